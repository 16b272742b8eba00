"""A review decision on ids that do not exist is refused with 422 and a reason (never 500);
the decision, the graph update and the audit entry commit together or not at all."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from headcount.store import schema as s

PAIR = ("m6", "m8")


def counts(engine: Engine) -> tuple[int, int]:
    with engine.connect() as conn:
        decisions = conn.scalar(select(func.count()).select_from(s.decision))
        entries = conn.scalar(
            select(func.count())
            .select_from(s.audit_log)
            .where(s.audit_log.c.action.like("%decision"))
        )
    return int(decisions or 0), int(entries or 0)


@pytest.mark.parametrize(
    ("left", "right", "named"),
    [
        ("m6", "no-such-mention", "no-such-mention"),
        ("ghost-a", "ghost-b", "ghost-a"),
        ("p1petrov", "m8", "p1petrov"),  # a person id is not a mention id
        ("m6", "m6", "two different mentions"),
    ],
)
def test_unknown_mentions_are_a_422_with_a_reason(
    make_client: Any, registry: Engine, helpers: Any, left: str, right: str, named: str
) -> None:
    rita = make_client("rita")
    token = helpers.csrf(rita)
    for headers in ({}, {"HX-Request": "true"}):
        r = rita.post(
            "/review/decision",
            data={"left_id": left, "right_id": right, "verdict": "same", "csrf_token": token},
            headers=headers,
        )
        assert r.status_code == 422, r.text
        assert named in r.text
    assert counts(registry) == (0, 0)  # nothing stored


def test_decision_and_audit_entry_commit_together(
    make_client: Any, registry: Engine, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from headcount.web import audit

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("audit log unavailable")

    rita = make_client("rita")
    token = helpers.csrf(rita)
    monkeypatch.setattr(audit, "record", broken)
    r = rita.post(
        "/review/decision",
        data={"left_id": PAIR[0], "right_id": PAIR[1], "verdict": "same", "csrf_token": token},
    )
    assert r.status_code == 500
    assert counts(registry) == (0, 0)  # no decision without its audit entry
    with registry.connect() as conn:
        persons = dict(
            conn.execute(select(s.person_mention.c.mention_id, s.person_mention.c.person_id)).all()
        )
    assert persons["m6"] != persons["m8"]  # the merge was rolled back too
    monkeypatch.undo()
    r = rita.post(
        "/review/decision",
        data={"left_id": PAIR[0], "right_id": PAIR[1], "verdict": "same", "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert counts(registry) == (1, 1)
