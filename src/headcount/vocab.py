"""Controlled vocabularies, in one place.

Every stage that writes or reads a coded value takes it from here, so a
misspelt status or channel is an error rather than a new category.
"""

from __future__ import annotations

from enum import StrEnum


class SourceKind(StrEnum):
    """What kind of publisher a source is."""

    NEWS = "news"
    SOCIAL = "social"
    GOVERNMENT = "government"
    COURT = "court"
    LIST = "list"
    FAMILY_REPORT = "family_report"
    POW_LIST = "pow_list"
    OBITUARY = "obituary"
    OTHER = "other"


class DocumentFormat(StrEnum):
    """How the bytes of a document are read."""

    HTML = "html"
    TEXT = "text"
    TELEGRAM = "telegram"
    JSONL = "jsonl"
    CSV = "csv"
    JSON = "json"


#: formats whose rows become mentions directly
LIST_FORMATS = frozenset({DocumentFormat.CSV, DocumentFormat.JSON})


class Status(StrEnum):
    """What a source says happened to a person."""

    KILLED = "killed"
    MISSING = "missing"
    CAPTURED = "captured"
    WOUNDED = "wounded"
    DESERTED = "deserted"
    RETURNED = "returned"
    DECLARED_DEAD = "declared_dead"
    SERVING = "serving"


class Channel(StrEnum):
    """How a person came to fight: the recruitment channel, not the branch."""

    CONTRACT = "contract"
    MOBILISED = "mobilised"
    CONSCRIPT = "conscript"
    VOLUNTEER_FORMATION = "volunteer_formation"
    PRISONER = "prisoner"
    PMC = "pmc"
    FOREIGN_CONTRACT = "foreign_contract"
    REGULAR = "regular"


class Branch(StrEnum):
    """Branch or arm of service, kept apart from the recruitment channel."""

    MOTOR_RIFLE = "motor_rifle"
    AIRBORNE = "airborne"
    MARINES = "marines"
    TANK = "tank"
    ARTILLERY = "artillery"
    SPECIAL_FORCES = "special_forces"
    AIR_FORCE = "air_force"
    NAVY = "navy"
    NATIONAL_GUARD = "national_guard"
    POLICE = "police"
    FSB = "fsb"
    SECURITY_SERVICES = "security_services"  # police, national guard or FSB, not told apart
    OTHER = "other"


class DatePrecision(StrEnum):
    """How much of a date a source gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Grade(StrEnum):
    """Confirmation grade of a person record."""

    CONFIRMED = "confirmed"
    PENDING = "pending"
    REJECTED = "rejected"


#: The fields a mention may carry. A list mapping maps columns onto these;
#: extraction fills the same fields from text.
MENTION_FIELDS: tuple[str, ...] = (
    "name",
    "callsign",
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "death_date",
    "age",
    "region",
    "settlement",
    "citizenship",
    "unit",
    "rank",
    "channel",
    "branch",
    "status",
    "status_date",
    "reported_date",
    "url",
    "record_id",
    "place_of_death",
    "note",
    # foreign recruits: how they came to fight
    "recruiter",
    "promised_job",
    "departure_date",
    "contract_date",
)

#: Mention fields holding dates; their precision is stored beside them. The
#: date a death was reported or confirmed is kept apart from the date of death.
DATE_FIELDS = frozenset(
    {"birth_date", "death_date", "status_date", "reported_date", "departure_date", "contract_date"}
)

#: Military ranks, one spelling each (the full Russian name), army then navy.
#: Lists abbreviate and decorate them ("мл. сержант", "гв. капитан"):
#: :func:`headcount.ingest.ranks.read_rank` reads those into one of these.
RANKS: tuple[str, ...] = (
    "рядовой",
    "ефрейтор",
    "младший сержант",
    "сержант",
    "старший сержант",
    "старшина",
    "прапорщик",
    "старший прапорщик",
    "младший лейтенант",
    "лейтенант",
    "старший лейтенант",
    "капитан",
    "майор",
    "подполковник",
    "полковник",
    "генерал-майор",
    "генерал-лейтенант",
    "генерал-полковник",
    "генерал армии",
    "маршал",
    "матрос",
    "старший матрос",
    "старшина 2 статьи",
    "старшина 1 статьи",
    "главный старшина",
    "главный корабельный старшина",
    "мичман",
    "старший мичман",
    "капитан-лейтенант",
    "капитан 3 ранга",
    "капитан 2 ранга",
    "капитан 1 ранга",
    "контр-адмирал",
    "вице-адмирал",
    "адмирал",
    "курсант",
)
