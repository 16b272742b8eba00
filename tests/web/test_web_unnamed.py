"""Records no source names (a list published with the names removed) are counted on the
dashboard as records without names, not as persons pending confirmation."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert

from headcount.store import open_registry
from headcount.store import schema as s
from headcount.web.queries import stats

NOW = "2024-01-01T00:00:00+00:00"


def test_dashboard_counts_records_without_names_apart(tmp_path: Path) -> None:
    engine = open_registry(f"sqlite:///{tmp_path / 'r.sqlite'}")
    rows = [
        ("a1", "Петров Иван", "confirmed"),
        ("a2", "Сидоров Алексей", "pending"),
        ("a3", None, "pending"),
        ("a4", "  ", "pending"),
        ("a5", None, "rejected"),
    ]
    with engine.begin() as conn:
        conn.execute(
            insert(s.search_person),
            [
                {"person_id": pid, "name": name, "sort_key": name or "", "tokens": 0,
                 "grade": grade, "status": "killed", "updated_at": NOW}
                for pid, name, grade in rows
            ],
        )  # fmt: skip
    with engine.connect() as conn:
        st = stats(conn)
    assert (st["confirmed"], st["pending"], st["unnamed"]) == (1, 1, 2)
    assert st["persons"] == 4
    engine.dispose()
