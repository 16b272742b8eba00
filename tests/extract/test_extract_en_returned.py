"""English `returned` status: coming home from the war (a war or captivity cue needed);
"returned to the front" or a bare "returned home" is no return."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict[str, Any]:
    found = extract_text(text, "en", "2024-06-01")
    assert len(found) == 1
    return found[0]


def _statuses(text: str) -> list[str | None]:
    return [m.get("status") for m in extract_text(text, "en", "2024-06-01")]


@pytest.mark.parametrize("text", [
    "Deepak Kumar returned home on Tuesday after being discharged from the Russian army.",
    "Arjun Sharma, 26, came back home from the war in March after his contract ended.",
    "Bishal Rai, who signed a contract in January, returned to Nepal from Russia last week.",
    "Private Ilya Zotov came back from the front in April 2024, his mother said.",
    "Rakesh Yadav, 29, finally returned home from the front line on May 2.",
])
def test_home_from_the_war_is_returned(text: str) -> None:
    assert _one(text)["status"] == "returned"


@pytest.mark.parametrize("text", [
    "Sergei Orlov was wounded in May and returned to the front in July.",
    "Raju Thapa returned from the front for leave in May, then went back.",
])
def test_back_to_the_front_or_on_leave_is_not_returned(text: str) -> None:
    assert "returned" not in _statuses(text)


@pytest.mark.parametrize("text", [
    "Vikram Rana, 30, returned home in May 2024.",
    "Sunil Magar returned home to his village to see his mother in May 2024.",
])
def test_a_bare_return_home_gives_no_status(text: str) -> None:
    assert "returned" not in _statuses(text)


def test_the_date_of_a_return_home_is_no_capture() -> None:
    person = _one("Arjun Sharma, 26, came back home from the war in March after his contract "
                  "ended.")
    assert "captured" not in (person.get("other_dates") or {})
