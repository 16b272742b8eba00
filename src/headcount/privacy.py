"""Privacy rules for everything that leaves the registry: web pages, the API, exports.

One implementation for the app and the public exports (``docs/privacy.md``):

- People whose relatives asked for removal are left out (404, not in search,
  not in counts or exports), and so is any record they were merged into since.
- The living (every status but killed and declared dead, and no status) and
  minors (under 18 at the date of their status, or today) are shown without
  birth date, age, settlement or unit, and without the quotes that give them,
  unless ``[privacy] show_living_details`` / ``show_minor_details`` allow it.
  Their archived documents are not served to the public either.

Researchers and admins see everything in the app: they need it to judge matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from headcount.settings import Workspace
from headcount.store import schema as s


@dataclass(frozen=True)
class PrivacyRules:
    """What public pages and the API may show (see docs/web.md)."""

    show_living_details: bool = False  # birth date, settlement, unit of the missing, captured…
    show_minor_details: bool = False  # the same of people under 18
    removed: frozenset[str] = frozenset()  # person ids whose relatives asked for removal

    @classmethod
    def from_workspace(cls, ws: Workspace) -> PrivacyRules:
        sec = ws.section("privacy")
        removed = {str(x) for x in sec.get("removed", []) or []}
        path = sec.get("removed_file")
        if path:
            file = (ws.root / str(path)).resolve()
            if file.is_file():
                for line in file.read_text("utf-8").splitlines():
                    line = line.split("#", 1)[0].strip()
                    if line:
                        removed.add(line)
        return cls(
            show_living_details=bool(sec.get("show_living_details", False)),
            show_minor_details=bool(sec.get("show_minor_details", False)),
            removed=frozenset(removed),
        )


# age with the date of death gives the birth year: it goes with the birth date
HIDDEN_FIELDS = ("birth_date", "age", "settlement", "unit")
DEAD = frozenset({"killed", "declared_dead"})
ADULT = 18


def is_living(status: str | None) -> bool:
    return status not in DEAD


def _year(value: str | None) -> int | None:
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def is_minor(
    birth_date: str | None, at: str | None = None, age: int | None = None, today: date | None = None
) -> bool:
    """Under 18 at ``at`` (the date of death or status) or today; unknown: not a minor."""
    if age is not None:
        return age < ADULT
    born = _year(birth_date)
    if born is None:
        return False
    ref = _year(at) or (today or date.today()).year
    if ref - born > ADULT:
        return False
    if ref - born < ADULT:
        return True
    # born exactly 18 years before: compare month-day where both are known
    b, r = (birth_date or "")[5:], (at or (today or date.today()).isoformat())[5:]
    return not (b and r) or r < b


def restricted(
    rules: PrivacyRules,
    status: str | None,
    birth_date: str | None,
    at: str | None = None,
    age: int | None = None,
) -> bool:
    """Whether birth date, age, settlement and unit must be withheld from the public."""
    if is_living(status) and not rules.show_living_details:
        return True
    return is_minor(birth_date, at, age) and not rules.show_minor_details


def removed(rules: PrivacyRules, person_id: str) -> bool:
    return person_id in rules.removed


def removed_ids(engine: Engine, rules: PrivacyRules) -> set[str]:
    """The persons to leave out: those listed, and those they were merged into since."""
    if not rules.removed:
        return set()
    p = s.person
    with engine.connect() as conn:
        merged = dict(
            conn.execute(select(p.c.id, p.c.merged_into).where(p.c.merged_into.is_not(None))).all()
        )
    out = set()
    for listed in rules.removed:
        seen: set[str] = set()
        pid: str | None = listed
        while pid and pid not in seen:
            seen.add(pid)
            out.add(pid)
            pid = merged.get(pid)
    return out
