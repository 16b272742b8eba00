"""Privacy rules for what leaves the registry through the app (as for public exports).

- People whose relatives asked for removal are left out (404, not in search).
- The living (every status but killed and declared dead, and no status) and
  minors (under 18 at the date of their status, or today) are shown without
  birth date, settlement or unit, and without the quotes that give them,
  unless ``[privacy] show_living_details`` / ``show_minor_details`` allow it.
  Their archived documents are not served to the public either.

Researchers and admins see everything: they need it to judge matches.
"""

from __future__ import annotations

from datetime import date

from headcount.web.config import PrivacyRules

HIDDEN_FIELDS = ("birth_date", "settlement", "unit")
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
    """Whether birth date, settlement and unit must be withheld from the public."""
    if is_living(status) and not rules.show_living_details:
        return True
    return is_minor(birth_date, at, age) and not rules.show_minor_details


def removed(rules: PrivacyRules, person_id: str) -> bool:
    return person_id in rules.removed
