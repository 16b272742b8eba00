"""Shared pieces for the renderers: dates, numerals, name spellings, truth records."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from headcount.demo.names import Case, inflect_full, inflect_surname, initials, typo
from headcount.demo.people import PUBLISH_END, Person

MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")
MONTHS_PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
               "сентябре", "октябре", "ноябре", "декабре")
#: instrumental of small numbers of people («простились с тремя земляками»)
COUNT_INS = {2: "двумя", 3: "тремя", 4: "четырьмя"}
COUNT_ACC = {2: "двух", 3: "трёх", 4: "четырёх"}
_GEN_NOUNS = {"житель": "жителя", "жительница": "жительницы", "уроженец": "уроженца",
              "уроженка": "уроженки"}


def to_gen(phrase: str) -> str:
    """«житель Кяхты» → «жителя Кяхты» (only the head noun changes)."""
    head, _, rest = phrase.partition(" ")
    return f"{_GEN_NOUNS.get(head, head)} {rest}"


def ru_date(d: date, year: bool = True) -> str:
    """«12 марта 2023 года»."""
    text = f"{d.day} {MONTHS_GEN[d.month - 1]}"
    return f"{text} {d.year} года" if year else text


def years_word(n: int) -> str:
    """«1 год», «34 года», «25 лет»."""
    if 11 <= n % 100 <= 14:
        return f"{n} лет"
    return f"{n} " + {1: "год", 2: "года", 3: "года", 4: "года"}.get(n % 10, "лет")


def cap(text: str) -> str:
    """Upper-case the first letter only (str.capitalize lowers the rest)."""
    return text[:1].upper() + text[1:]


def g(p: Person, masc: str, fem: str) -> str:
    """Pick the word form agreeing with the person's sex."""
    return fem if p.sex == "F" else masc


def publish_after(rng: random.Random, when: date, lo: int = 2, hi: int = 30) -> date:
    return min(when + timedelta(days=rng.randint(lo, hi)), PUBLISH_END)


def archive_id(rng: random.Random) -> str:
    """A made-up archive.ph short id."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
                   for _ in range(5))


@dataclass(frozen=True)
class Spelling:
    """How one mention spells a person: possibly a variant, a typo, no patronymic."""

    surname: str
    given: str
    patronymic: str
    sex: str

    def full(self, case: Case = "nom", order: str = "gps") -> str:
        return inflect_full(self.surname, self.given, self.patronymic, case, self.sex, order)

    def short(self, case: Case = "nom") -> str:
        """Given name and surname: «Ивану Петрову»."""
        return inflect_full(self.surname, self.given, "", case, self.sex, "gs")

    def sur(self, case: Case = "nom") -> str:
        return inflect_surname(self.surname, case, self.sex)

    def initials(self, case: Case = "nom", surname_first: bool = False) -> str:
        ini = initials(self.given, self.patronymic)
        return f"{self.sur(case)} {ini}" if surname_first else f"{ini} {self.sur(case)}"


def spell(p: Person, rng: random.Random, *, typo_rate: float = 0.05,
          drop_patronymic: float = 0.0, yo: bool = True) -> Spelling:
    """A spelling of ``p`` as one source writes it."""
    surname, given, patronymic = p.surname, p.given, p.patronymic
    if p.cyr_surname:
        surname = rng.choice(p.cyr_surname) if rng.random() < 0.4 else p.cyr_surname[0]
    if p.cyr_given:
        given = rng.choice(p.cyr_given) if rng.random() < 0.4 else p.cyr_given[0]
    if rng.random() < typo_rate:
        surname = typo(surname, rng)
    if rng.random() < drop_patronymic:
        patronymic = ""
    if not yo:
        surname, given, patronymic = (s.replace("ё", "е") for s in (surname, given, patronymic))
    return Spelling(surname, given, patronymic, p.sex)


@dataclass
class Mention:
    """One naming of a person in one document, with the facts that naming states."""

    source: str
    path: str
    locator: str
    person_id: str
    name_form: str
    case: str
    status: str
    status_date: str = ""
    death_date: str = ""
    birth_date: str = ""  # ISO, or just the year
    age: str = ""
    region: str = ""
    settlement: str = ""
    unit: str = ""
    rank: str = ""
    channel: str = ""
    citizenship: str = ""

    FIELDS = ("source", "path", "locator", "person_id", "name_form", "case", "status",
              "status_date", "death_date", "birth_date", "age", "region", "settlement",
              "unit", "rank", "channel", "citizenship")

    def row(self) -> list[str]:
        return [str(getattr(self, f)) for f in self.FIELDS]


@dataclass
class Doc:
    """A rendered document: where it goes, its bytes, and whom it names."""

    path: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
