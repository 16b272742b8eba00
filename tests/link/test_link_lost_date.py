"""The day a person was lost to his family — gone missing, captured, last heard from —
compared between mentions.

A family's appeal ("Связь с ним пропала 19.06.2023. Считаем, что он в плену") and the
news of his return ("попал в плен 19 июня 2023 года … вернулся домой") often name the
man by surname and given name alone on one side and with the patronymic on the other,
with no birth or death date: the name alone is no link where namesakes are common, the
day of the capture told by both is. Hard negatives: namesakes lost on other days.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest
from link_people import filler, pair_probabilities

from headcount.link.run import lost_dates, standardise_mentions
from headcount.link.settings import comparisons


def _namesakes(surname: str, given: str, patronymics: list[str]) -> list[dict[str, Any]]:
    return [{"id": f"n-{surname}-{k}", "name": f"{surname} {given} {p}", "status": "killed",
             "death_date": f"2022-{k + 3:02d}-1{k}"} for k, p in enumerate(patronymics)]


def _appeal(uid: str, name: str, contact: str | None) -> dict[str, Any]:
    other = {"contact": contact} if contact else {}
    return {"id": uid, "name": name, "status": "captured", "extra": {"other_dates": other}}


def _returned(uid: str, name: str, captured: str | None, exchanged: str) -> dict[str, Any]:
    other = {"captured": captured} if captured else {}
    return {"id": uid, "name": name, "status": "returned", "status_date": exchanged,
            "extra": json.dumps({"other_dates": other})}  # the registry's JSON as text too


def test_the_lost_day_comes_from_the_events_then_a_captured_or_missing_status() -> None:
    rows = pd.DataFrame([
        {"extra": {"other_dates": {"contact": "2023-06-19", "mobilised": "2022-10"}}},
        {"extra": json.dumps({"other_dates": {"missing": "2024-01", "contact": "2023-12-30"}})},
        {"extra": {"other_dates": {"farewell": "2024-04-18"}}, "status": "killed",
         "status_date": "2024-04-01"},  # a death's date is not the day he was lost
        {"extra": None, "status": "captured", "status_date": "2023-03-02"},  # a list's
        {"extra": "not json", "status": "missing", "status_date": None},
        {"extra": {"other_dates": {"other": "2024-10-05"}}, "status": "returned",
         "status_date": "2024-10-05"},  # an exchange is many men's day
    ])  # fmt: skip
    assert list(lost_dates(rows)) == ["2023-06-19", "2024-01", None, "2023-03-02", None, None]


def test_the_comparison_is_used_only_where_some_mention_dates_the_loss() -> None:
    plain = standardise_mentions(pd.DataFrame([{"id": "a", "name": "Иванов Иван"}]))
    assert plain["lost_ym"].isna().all()
    names = [c.get_comparison("duckdb").output_column_name
             for c in comparisons(["lost_ym", "region"])]  # fmt: skip
    assert "lost" in names
    assert "lost" not in [c.get_comparison("duckdb").output_column_name
                          for c in comparisons(["region"])]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "floor"),
    [("2023-06-19", "2023-06-19", 0.9),  # one day told by both
     ("2023-05-17", "2023-05-19", 0.5),  # the last call, the capture two days later
     ("19.06.2023", "2023-06-19", 0.9)],  # written otherwise
)  # fmt: skip
def test_an_appeal_and_the_news_of_return_dating_one_loss_link(
    first: str, second: str, floor: float
) -> None:
    base = [*filler(80), *_namesakes("Дьячков", "Станислав", ["Петрович", "Олегович"])]
    rows = [*base, _appeal("a", "Дьячков Станислав Анатольевич", first),
            _returned("b", "Дьячков Станислав", second, "2023-10-06")]  # fmt: skip
    undated = [*base, _appeal("a", "Дьячков Станислав Анатольевич", None),
               _returned("b", "Дьячков Станислав", None, "2023-10-06")]  # fmt: skip
    with_day = pair_probabilities(rows).get(frozenset(("a", "b")), 0.0)
    without = pair_probabilities(undated).get(frozenset(("a", "b")), 0.0)
    assert without < 0.5  # the name alone, beside its namesakes
    assert with_day > floor


def test_namesakes_lost_on_other_days_stay_apart() -> None:
    """Two men of one name whose families lost them months apart; and the bare name of
    one beside the other's full name."""
    base = [*filler(80), *_namesakes("Веселов", "Вадим", ["Петрович", "Олегович"])]
    rows = [*base,
            _appeal("a", "Веселов Вадим Алексеевич", "2024-03-17"),
            _appeal("b", "Веселов Вадим Васильевич", "2024-07-31"),
            _returned("c", "Веселов Вадим", "2024-07-30", "2024-10-05")]  # fmt: skip
    undated = [*base,
               _appeal("a", "Веселов Вадим Алексеевич", None),
               _appeal("b", "Веселов Вадим Васильевич", None),
               _returned("c", "Веселов Вадим", None, "2024-10-05")]  # fmt: skip
    dated, plain = pair_probabilities(rows), pair_probabilities(undated)
    ab = frozenset(("a", "b"))
    assert dated.get(ab, 0.0) < 0.5
    # c was captured the day after b's last call: he is b, and less likely a than with
    # no dates at all
    bc = frozenset(("b", "c"))
    assert dated.get(bc, 0.0) > 0.5 > plain.get(bc, 0.0)
    assert dated.get(frozenset(("a", "c")), 0.0) < plain.get(frozenset(("a", "c")), 0.0)
