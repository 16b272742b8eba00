"""Anonymous visitors and viewers cannot change anything, through the forms or the API.

Every write endpoint is tried with and without a valid CSRF token; afterwards the
decisions, persons, users and audit log are exactly as before.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from headcount.store import schema as s

PAIR = ("m6", "m8")  # the pair to review in conftest.py

FORM_WRITES = [
    ("/review/decision", {"left_id": PAIR[0], "right_id": PAIR[1], "verdict": "same"}),
    ("/person/p1petrov/grade", {"verdict": "reject"}),
    ("/admin/users", {"name": "mallory", "password": "long enough password", "role": "admin"}),
    ("/admin/users/vic", {"role": "admin"}),
    ("/admin/users/rita", {"active": "0"}),
]
API_WRITES = [
    (
        "/api/v1/decisions",
        {"kind": "pair", "left_id": PAIR[0], "right_id": PAIR[1], "verdict": "same"},
    ),
    ("/api/v1/decisions", {"kind": "person", "left_id": "p1petrov", "verdict": "reject"}),
]


def snapshot(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        return {
            "decisions": conn.scalar(select(func.count()).select_from(s.decision)),
            "persons": conn.execute(
                select(s.person.c.id, s.person.c.grade, s.person.c.state).order_by(s.person.c.id)
            ).all(),
            "links": conn.execute(
                select(s.person_mention).order_by(s.person_mention.c.mention_id)
            ).all(),
            "users": conn.execute(
                select(s.user.c.name, s.user.c.role, s.user.c.active).order_by(s.user.c.name)
            ).all(),
            "audit": conn.execute(
                select(s.audit_log.c.action).where(
                    s.audit_log.c.action.not_in(("login", "login_failed"))
                )
            ).all(),
        }


@pytest.mark.parametrize("who", [None, "vic"])
@pytest.mark.parametrize("with_token", [False, True])
def test_anonymous_and_viewers_cannot_write_through_forms(
    make_client: Any, registry: Engine, helpers: Any, who: str | None, with_token: bool
) -> None:
    client = make_client(who)
    before = snapshot(registry)
    for path, data in FORM_WRITES:
        payload = dict(data)
        if with_token:
            payload["csrf_token"] = helpers.csrf(client)
        r = client.post(path, data=payload, follow_redirects=False)
        if who is None and with_token:
            assert r.status_code == 303 and r.headers["location"].startswith("/login"), path
        else:
            assert r.status_code == 403, (path, r.status_code)
    assert snapshot(registry) == before


@pytest.mark.parametrize("who", [None, "vic"])
@pytest.mark.parametrize("with_token", [False, True])
def test_anonymous_and_viewers_cannot_write_through_the_api(
    make_client: Any, registry: Engine, helpers: Any, who: str | None, with_token: bool
) -> None:
    client = make_client(who)
    before = snapshot(registry)
    for path, body in API_WRITES:
        headers = {"X-CSRF-Token": helpers.csrf(client)} if with_token else {}
        r = client.post(path, json=body, headers=headers)
        expected = (401 if who is None else 403) if with_token else 403
        assert r.status_code == expected, (path, r.status_code, r.text)
        assert "error" in r.json()
    assert snapshot(registry) == before


def test_researchers_cannot_manage_users(make_client: Any, registry: Engine, helpers: Any) -> None:
    client = make_client("rita")
    before = snapshot(registry)
    for path, data in FORM_WRITES[2:]:
        r = client.post(
            path, data={**data, "csrf_token": helpers.csrf(client)}, follow_redirects=False
        )
        assert r.status_code == 403
    assert client.get("/admin/users").status_code == 403
    assert client.get("/admin/audit").status_code == 403
    assert snapshot(registry) == before


def test_viewer_cannot_read_the_review_queue(make_client: Any) -> None:
    client = make_client("vic")
    assert client.get("/review").status_code == 403
    assert client.get("/api/v1/review/next").status_code == 403


def test_unknown_methods_change_nothing(client: TestClient, registry: Engine) -> None:
    before = snapshot(registry)
    for path in ("/person/p1petrov", "/api/v1/person/p1petrov", "/search"):
        for method in ("PUT", "DELETE", "PATCH"):
            assert client.request(method, path).status_code == 405
    assert snapshot(registry) == before


def test_admin_manages_users(make_client: Any, registry: Engine, helpers: Any) -> None:
    client = make_client("ada")
    token = helpers.csrf(client)
    r = client.post(
        "/admin/users",
        data={
            "name": "bob",
            "password": "long enough password",
            "role": "viewer",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    r = client.post(
        "/admin/users/bob", data={"role": "researcher", "csrf_token": token}, follow_redirects=False
    )
    assert r.status_code == 303
    assert "bob" in client.get("/admin/users").text
    with registry.connect() as conn:
        assert conn.scalar(select(s.user.c.role).where(s.user.c.name == "bob")) == "researcher"
    # an admin cannot lock themselves out
    r = client.post("/admin/users/ada", data={"active": "0", "csrf_token": token})
    assert r.status_code == 400
