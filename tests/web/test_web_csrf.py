"""CSRF: every form and every API write needs the session's token; researchers' writes work."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select

from headcount.store import schema as s

PAIR = ("m6", "m8")


def decisions(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(s.decision)) or 0)


def test_login_form_needs_the_token(client: Any, helpers: Any) -> None:
    r = client.post("/login", data={"username": "rita", "password": helpers.password})
    assert r.status_code == 403
    assert client.get("/api/v1/session").json()["user"] is None


def test_a_researchers_form_without_or_with_a_wrong_token_is_refused(
    make_client: Any, registry: Engine, helpers: Any
) -> None:
    client = make_client("rita")
    data = {"left_id": PAIR[0], "right_id": PAIR[1], "verdict": "same"}
    assert client.post("/review/decision", data=data).status_code == 403
    other = make_client("rita")  # another session's token does not do
    assert (
        client.post(
            "/review/decision", data={**data, "csrf_token": helpers.csrf(other)}
        ).status_code
        == 403
    )
    assert decisions(registry) == 0
    r = client.post(
        "/review/decision",
        data={**data, "csrf_token": helpers.csrf(client)},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert decisions(registry) == 1


def test_api_write_needs_the_header(make_client: Any, registry: Engine, helpers: Any) -> None:
    client = make_client("rita")
    body = {"kind": "pair", "left_id": PAIR[0], "right_id": PAIR[1], "verdict": "different"}
    assert client.post("/api/v1/decisions", json=body).status_code == 403
    assert (
        client.post("/api/v1/decisions", json=body, headers={"X-CSRF-Token": "guess"}).status_code
        == 403
    )
    r = client.post("/api/v1/decisions", json=body, headers={"X-CSRF-Token": helpers.csrf(client)})
    assert r.status_code == 201 and r.json()["who"] == "rita"
    assert decisions(registry) == 1


def test_logout_needs_the_token(make_client: Any) -> None:
    client = make_client("rita")
    assert client.post("/logout").status_code == 403
    assert client.get("/api/v1/session").json()["user"] == "rita"


def test_forms_carry_the_token(make_client: Any, helpers: Any) -> None:
    client = make_client("ada")
    token = helpers.csrf(client)
    for path in ("/review", "/admin/users", "/person/p1petrov"):
        page = client.get(path).text
        assert f'name="csrf_token" value="{token}"' in page, path
