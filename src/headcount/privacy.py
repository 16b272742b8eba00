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

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from headcount.settings import CONFIG_NAME, Workspace
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


def youngest(ages: Iterable[Any]) -> int | None:
    """The lowest age any source gives (a minor by any account is treated as one)."""
    known = [int(a) for a in ages if a is not None and str(a).strip().isdigit()]
    return min(known) if known else None


def removed(rules: PrivacyRules, person_id: str) -> bool:
    return person_id in rules.removed


def removed_ids(engine: Engine | Connection, rules: PrivacyRules) -> set[str]:
    """The persons to leave out: those listed, and those they were merged into since."""
    if not rules.removed:
        return set()
    p = s.person
    # one recursive query follows every chain of merges (SQLite and PostgreSQL alike)
    chain = (
        select(p.c.id, p.c.merged_into).where(p.c.id.in_(sorted(rules.removed))).cte(recursive=True)
    )
    chain = chain.union(select(p.c.id, p.c.merged_into).join(chain, p.c.id == chain.c.merged_into))
    with _connection(engine) as conn:
        found = set(conn.scalars(select(chain.c.id)))
    return found | set(rules.removed)


@contextmanager
def _connection(bind: Engine | Connection) -> Iterator[Connection]:
    if isinstance(bind, Connection):
        yield bind
    else:
        with bind.connect() as conn:
            yield conn


class LiveRules:
    """The rules as the workspace states them now, for a long-running app.

    ``headcount.toml`` and the removal file are looked at (their modification
    times) on every call and re-read when they change; the removals are expanded
    along merges (:func:`removed_ids`) again whenever the person graph changes
    (``search_state.generation``, bumped by every merge, split and link run).
    So a removal applies at once, and a merge made after it never shows the
    removed person on the record they were merged into.
    """

    def __init__(self, ws: Workspace, base: PrivacyRules | None = None) -> None:
        self.ws = ws
        self._fixed = base  # rules given by the caller (tests, overrides): no file to watch
        self._listed = base or PrivacyRules.from_workspace(ws)
        self._stamp: tuple[Any, ...] | None = None if base else self._files()
        self._expanded: tuple[tuple[Any, ...], PrivacyRules] | None = None
        self._lock = threading.Lock()

    def _files(self) -> tuple[Any, ...]:
        paths = [self.ws.root / CONFIG_NAME]
        name = self._listed_file()
        if name:
            paths.append(self.ws.root / name)
        return tuple(_mtime(x) for x in paths)

    def _listed_file(self) -> str | None:
        value = self.ws.section("privacy").get("removed_file")
        return str(value) if value else None

    def listed(self) -> PrivacyRules:
        """The rules as written (removals not expanded), re-read if the files changed."""
        if self._fixed is not None:
            return self._fixed
        stamp = self._files()
        if stamp != self._stamp:
            with self._lock:
                from headcount.settings import load_workspace

                try:
                    self.ws = load_workspace(self.ws.root)
                except Exception:  # a half-written file: keep the last good rules
                    return self._listed
                self._listed = PrivacyRules.from_workspace(self.ws)
                self._stamp = self._files()
        return self._listed

    def current(self, bind: Engine | Connection) -> PrivacyRules:
        """The rules with removals expanded along merges, as of now."""
        listed = self.listed()
        if not listed.removed:
            return listed
        with _connection(bind) as conn:
            generation = conn.scalar(
                select(s.search_state.c.generation).where(s.search_state.c.id == 1)
            )
            key = (listed.removed, generation)
            hit = self._expanded
            if hit is not None and hit[0] == key:
                return hit[1]
            rules = replace(listed, removed=frozenset(removed_ids(conn, listed)))
        self._expanded = (key, rules)
        return rules


def _mtime(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size
