"""Migration 0011: trace case names unique per owner, on a registry that already holds
cases with their rows (SQLite rebuilds the table: the rows pointing at it must survive)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from headcount.store import schema as s
from headcount.store.engine import connect, upgrade

NOW = "2024-01-01T00:00:00+00:00"


def case(name: str, who: str | None) -> dict[str, object]:
    return {"name": name, "created_by": who, "created_at": NOW, "updated_at": NOW,
            "rows": 1, "columns": {}, "options": {}}  # fmt: skip


@pytest.mark.parametrize("start", ["0010", "0006"])  # 0006: earlier migrations run first
def test_names_become_unique_per_owner_and_nothing_is_lost(db_url: str, start: str) -> None:
    engine: Engine = connect(db_url)
    try:
        upgrade(engine, start)
        with engine.begin() as conn:
            conn.execute(insert(s.trace_case).values(id=1, **case("nepal", "rita")))
            conn.execute(insert(s.trace_row).values(case_id=1, row=1, data={"a": "b"}, messages=[]))
        upgrade(engine)
        with engine.begin() as conn:  # another owner may use the name now
            conn.execute(insert(s.trace_case).values(id=2, **case("nepal", "ada")))
        with pytest.raises(IntegrityError), engine.begin() as conn:  # the same owner may not
            conn.execute(insert(s.trace_case).values(id=3, **case("nepal", "rita")))
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(s.trace_row)) == 1
            assert conn.scalar(select(s.trace_case.c.name).where(s.trace_case.c.id == 1)) == "nepal"
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        engine.dispose()
