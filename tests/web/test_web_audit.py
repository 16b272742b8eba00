"""Every change is in the audit log with who and when; decisions are append-only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from headcount.store import schema as s

PAIR = ("m6", "m8")


def log(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return conn.execute(select(s.audit_log).order_by(s.audit_log.c.id)).all()


def test_changes_are_logged_with_who_and_when(
    make_client: Any, registry: Engine, helpers: Any
) -> None:
    rita = make_client("rita")
    token = helpers.csrf(rita)
    rita.post(
        "/review/decision",
        data={"left_id": PAIR[0], "right_id": PAIR[1], "verdict": "same", "csrf_token": token},
    )
    rita.post("/person/p3petrov/grade", data={"verdict": "confirm", "csrf_token": token})
    ada = make_client("ada")
    ada.post(
        "/admin/users",
        data={
            "name": "bob",
            "password": "long enough password",
            "role": "viewer",
            "csrf_token": helpers.csrf(ada),
        },
    )
    entries = [(e.who, e.action, e.target) for e in log(registry)]
    assert ("rita", "login", None) in entries
    assert ("rita", "pair_decision", f"{PAIR[0]}|{PAIR[1]}") in entries
    assert ("rita", "person_decision", "p3petrov") in entries
    assert ("ada", "user_add", "bob") in entries
    assert all(e.at.startswith("20") and e.at.endswith("+00:00") for e in log(registry))
    page = ada.get("/admin/audit").text
    assert "pair decision" in page and "rita" in page


def test_decisions_are_append_only_and_the_newest_wins(
    make_client: Any, registry: Engine, helpers: Any
) -> None:
    rita = make_client("rita")
    token = helpers.csrf(rita)
    for verdict in ("same", "different"):
        rita.post(
            "/review/decision",
            data={"left_id": PAIR[1], "right_id": PAIR[0], "verdict": verdict, "csrf_token": token},
        )
    with registry.connect() as conn:
        rows = conn.execute(select(s.decision).order_by(s.decision.c.id)).all()
    assert [(r.left_id, r.right_id, r.verdict) for r in rows] == [
        ("m6", "m8", "same"),
        ("m6", "m8", "different"),
    ]  # smaller id first
    assert rows[0].superseded_by == rows[1].id and rows[1].superseded_by is None


def test_same_merges_the_persons_and_the_queue_shrinks(
    make_client: Any, registry: Engine, helpers: Any
) -> None:
    rita = make_client("rita")
    assert rita.get("/api/v1/review/next").json()["total"] == 1
    rita.post(
        "/review/decision",
        data={
            "left_id": PAIR[0],
            "right_id": PAIR[1],
            "verdict": "same",
            "csrf_token": helpers.csrf(rita),
        },
    )
    assert rita.get("/api/v1/review/next").json()["total"] == 0
    with registry.connect() as conn:
        pm = {
            r[0]: r[1]
            for r in conn.execute(
                select(s.person_mention.c.mention_id, s.person_mention.c.person_id)
            )
        }
    assert pm["m6"] == pm["m8"]
    gone = "p7sidorov" if pm["m6"] == "p5minor" else "p5minor"
    r = rita.get(f"/person/{gone}", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == f"/person/{pm['m6']}"
    found = rita.get("/api/v1/search", params={"q": "Sidorov"}).json()
    assert [h["person_id"] for h in found["results"]] == [pm["m6"]]


def test_confirm_and_reject_a_record(make_client: Any, registry: Engine, helpers: Any) -> None:
    rita = make_client("rita")
    token = helpers.csrf(rita)
    rita.post(
        "/person/p3petrov/grade",
        data={"verdict": "reject", "note": "not a soldier", "csrf_token": token},
    )
    public = make_client()
    assert public.get("/person/p3petrov").status_code == 404
    assert "p3petrov" not in [
        h["person_id"]
        for h in public.get("/api/v1/search", params={"q": "Petrov"}).json()["results"]
    ]
    rita.post("/person/p3petrov/grade", data={"verdict": "confirm", "csrf_token": token})
    assert public.get("/api/v1/person/p3petrov").json()["grade"] == "confirmed"
    assert "not a soldier" in rita.get("/person/p3petrov").text
