"""Ranks as lists write them are one rank of the vocabulary."""

from __future__ import annotations

import pytest

from headcount.ingest.ranks import read_rank
from headcount.vocab import RANKS


@pytest.mark.parametrize(
    ("cell", "rank", "guards"),
    [
        ("мл сержант", "младший сержант", False),
        ("мл. сержант", "младший сержант", False),
        ("Младший  сержант", "младший сержант", False),
        ("ст. лейтенант", "старший лейтенант", False),
        ("ст.лейтенант", "старший лейтенант", False),
        ("гв. капитан", "капитан", True),
        ("гвардии старший прапорщик", "старший прапорщик", True),
        ("гв.рядовой", "рядовой", True),
        ("ген.-майор", "генерал-майор", False),
        ("генерал майор", "генерал-майор", False),
        ("подп-к", "подполковник", False),
        ("капитан I ранга", "капитан 1 ранга", False),
        ("капитан 2-го ранга", "капитан 2 ранга", False),
        ("капитан третьего ранга", "капитан 3 ранга", False),
        ("старшина второй статьи", "старшина 2 статьи", False),
        ("старшина 1 ст.", "старшина 1 статьи", False),
        ("ст. матрос", "старший матрос", False),
        ("Ефрейтор", "ефрейтор", False),
    ],
)
def test_abbreviated_and_decorated_ranks_are_one_rank(cell: str, rank: str, guards: bool) -> None:
    r = read_rank(cell)
    assert r is not None and (r.rank, r.guards) == (rank, guards)
    assert r.rank in RANKS


def test_service_and_reserve_are_qualifiers_not_ranks() -> None:
    justice = read_rank("майор юстиции")
    reserve = read_rank("полковник запаса")
    assert justice is not None and justice.rank == "майор"
    assert dict(justice.qualifiers) == {"service": "юстиции"}
    assert reserve is not None and dict(reserve.qualifiers) == {"reserve": True}


@pytest.mark.parametrize("cell", ["доброволец", "боец", "командир отделения", "сержантик"])
def test_what_is_no_rank_is_not_read(cell: str) -> None:
    assert read_rank(cell) is None
