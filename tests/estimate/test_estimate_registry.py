"""Capture histories built from the registry's linked persons."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from headcount.estimate.errors import EstimationError
from headcount.estimate.registry import COUNT, capture_histories
from headcount.pipeline import build_demo
from headcount.store import schema as s


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return build_demo(tmp_path_factory.mktemp("est"), people=80, seed=11)


def test_every_killed_person_is_counted_once_by_its_systems(demo) -> None:  # type: ignore[no-untyped-def]
    table = capture_histories(demo.engine)
    p = s.person
    with demo.engine.connect() as conn:
        killed = conn.scalar(
            select(func.count()).select_from(p).where(
                p.c.state == "active", p.c.grade != "rejected", p.c.status == "killed"
            )
        )
        systems = set(conn.scalars(select(s.source.c.system).distinct()))
    lists = [c for c in table.columns if c != COUNT]
    assert int(table[COUNT].sum()) == killed
    assert set(lists) <= systems and len(lists) >= 2
    assert ((table[lists] == 0) | (table[lists] == 1)).all().all()
    assert (table[lists].sum(axis=1) >= 1).all()  # nobody is on no list


def test_strata_and_exclusions(demo) -> None:  # type: ignore[no-untyped-def]
    whole = capture_histories(demo.engine)
    by_region = capture_histories(demo.engine, by=["region"])
    assert int(by_region[COUNT].sum()) == int(whole[COUNT].sum())
    assert "region" in by_region.columns
    fewer = capture_histories(demo.engine, exclude_systems=["mediazona"])
    assert "mediazona" not in fewer.columns
    assert int(fewer[COUNT].sum()) <= int(whole[COUNT].sum())


def test_bad_requests_are_clear_errors(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EstimationError, match="cannot stratify by colour"):
        capture_histories(demo.engine, by=["colour"])
    with pytest.raises(EstimationError, match="no linked persons"):
        capture_histories(demo.engine, status="deserted")
