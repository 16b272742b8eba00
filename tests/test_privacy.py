"""Removals follow a person along every merge since, in one query."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert

from headcount.privacy import PrivacyRules, removed_ids
from headcount.store import open_registry
from headcount.store import schema as s


def _person(pid: str, merged_into: str | None = None) -> dict[str, object]:
    return {
        "id": pid, "state": "merged" if merged_into else "active", "merged_into": merged_into,
        "grade": "single", "grade_rule": "", "status_history": [],
        "created_at": "2024-01-01", "updated_at": "2024-01-01",
    }  # fmt: skip


def test_removals_follow_chains_of_merges_and_nothing_else(tmp_path: Path) -> None:
    engine = open_registry(f"sqlite:///{tmp_path / 'r.db'}")
    with engine.begin() as conn:
        conn.execute(insert(s.person), [
            _person("a", "b"), _person("b", "c"), _person("c"),  # a -> b -> c
            _person("d", "c"),  # merged into the same record, never removed itself
            _person("e", "f"), _person("f"),  # another chain
            _person("g"),
        ])  # fmt: skip
    rules = PrivacyRules(removed=frozenset({"a", "e", "gone"}))
    assert removed_ids(engine, rules) == {"a", "b", "c", "e", "f", "gone"}
    assert removed_ids(engine, PrivacyRules(removed=frozenset({"g"}))) == {"g"}
    assert removed_ids(engine, PrivacyRules()) == set()
    engine.dispose()
