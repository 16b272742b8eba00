"""Decisions are append-only: validated, stored with who and when, superseded not edited."""

from __future__ import annotations

import pytest
from link_people import mention_rows
from sqlalchemy import Engine

from headcount.link.decisions import (
    DecisionError,
    constraints,
    current_decisions,
    decision_history,
    record_decision,
)


def test_decisions_supersede_and_keep_history(registry: Engine) -> None:
    a, b = (r["id"] for r in mention_rows()[:2])
    first = record_decision(registry, b, a, "same", "anna", "photo")
    second = record_decision(registry, a, b, "different", "boris", None)
    history = decision_history(registry, b, a)
    assert [h["id"] for h in history] == [first, second]
    assert history[0]["superseded_by"] == second and history[1]["superseded_by"] is None
    assert history[0]["left_id"] == min(a, b)  # smaller id first
    assert history[0]["who"] == "anna" and history[0]["created_at"]
    now = current_decisions(registry)
    assert [d["verdict"] for d in now] == ["different"]
    con = constraints(now)
    assert con.different == [tuple(sorted((a, b)))] and con.same == []


def test_bad_decisions_are_refused(registry: Engine) -> None:
    a, b = (r["id"] for r in mention_rows()[:2])
    with pytest.raises(DecisionError, match="same, different or unsure"):
        record_decision(registry, a, b, "maybe", "anna")
    with pytest.raises(DecisionError, match="who"):
        record_decision(registry, a, b, "same", " ")
    with pytest.raises(DecisionError, match="no mention"):
        record_decision(registry, a, "nope", "same", "anna")
    with pytest.raises(DecisionError, match="two different"):
        record_decision(registry, a, a, "same", "anna")
    with pytest.raises(DecisionError, match="no person"):
        record_decision(registry, "p0", None, "confirm", "anna")
