"""Accounts: argon2id hashes, login and logout, session cookies, sessions ending on changes."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from headcount.store import schema as s
from headcount.web import auth


def test_passwords_are_stored_as_argon2id_hashes(registry: Engine, helpers: Any) -> None:
    with registry.connect() as conn:
        hashes = list(conn.scalars(select(s.user.c.password_hash)))
    assert len(hashes) == 3
    assert all(h.startswith("$argon2id$") and helpers.password not in h for h in hashes)
    assert "m=65536" in hashes[0]  # 64 MiB: memory-hard


def test_login_sets_a_safe_session_cookie(make_client: Any, helpers: Any) -> None:
    client = make_client()
    r = helpers.login(client, "rita")
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert client.get("/api/v1/session").json()["user"] == "rita"


def test_cookie_is_secure_over_tls(make_client: Any, helpers: Any) -> None:
    client = make_client(base_url="https://testserver")
    r = helpers.login(client, "rita")
    assert "Secure" in r.headers["set-cookie"]


def test_login_renews_the_csrf_token(make_client: Any, helpers: Any) -> None:
    client = make_client()
    before = helpers.csrf(client)
    helpers.login(client, "rita")
    assert helpers.csrf(client) != before  # no session fixation


def test_wrong_password_and_unknown_user_are_refused_alike(
    client: TestClient, helpers: Any
) -> None:
    for user, pw in (("rita", "wrong password!"), ("nobody", "wrong password!")):
        r = helpers.login(client, user, pw)
        assert r.status_code == 401
        assert "Wrong user name or password" in r.text
    assert client.get("/api/v1/session").json()["user"] is None


def test_logout_ends_the_session(make_client: Any, helpers: Any) -> None:
    client = make_client("rita")
    r = client.post("/logout", data={"csrf_token": helpers.csrf(client)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/v1/session").json()["user"] is None
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_a_cookie_saved_before_logout_is_dead_on_the_server(make_client: Any, helpers: Any) -> None:
    client = make_client("rita")
    saved = dict(client.cookies)
    token = helpers.csrf(client)
    client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    thief = make_client()
    thief.cookies.update(saved)  # the cookie as it was before logout, replayed
    assert thief.get("/api/v1/session").json()["user"] is None
    assert thief.get("/review", follow_redirects=False).status_code == 303
    body = {"kind": "person", "left_id": "p1petrov", "verdict": "reject"}
    r = thief.post("/api/v1/decisions", json=body, headers={"X-CSRF-Token": token})
    assert r.status_code in (401, 403)


def test_a_password_change_ends_the_users_sessions(make_client: Any, registry: Engine) -> None:
    client = make_client("rita")
    auth.set_password(registry, "rita", "another long passphrase 7", who="rita")
    assert client.get("/api/v1/session").json()["user"] is None


def test_changing_a_role_or_deactivating_ends_the_users_sessions(
    make_client: Any, registry: Engine
) -> None:
    client = make_client("rita")
    assert client.get("/review").status_code == 200
    auth.set_role(registry, "rita", "viewer", who="ada")
    assert client.get("/api/v1/session").json()["user"] is None
    client = make_client("vic")
    auth.set_active(registry, "vic", False, who="ada")
    assert client.get("/api/v1/session").json()["user"] is None
    assert auth.authenticate(registry, "vic", "correct horse battery") is None


def test_a_forged_cookie_is_ignored(client: TestClient) -> None:
    client.cookies.set(auth.COOKIE, "eyJ1IjogMX0.forged.signature")
    assert client.get("/api/v1/session").json()["user"] is None
    assert client.get("/admin/users", follow_redirects=False).status_code == 303


def test_short_passwords_and_bad_names_are_refused(registry: Engine) -> None:
    import pytest

    with pytest.raises(auth.AccountError):
        auth.add_user(registry, "eve", "short", "viewer", who=None)
    with pytest.raises(auth.AccountError):
        auth.add_user(registry, "<script>", "long enough password", "viewer", who=None)
    with pytest.raises(auth.AccountError):
        auth.add_user(registry, "rita", "long enough password", "viewer", who=None)


def test_login_attempts_are_rate_limited(make_client: Any, helpers: Any) -> None:
    client = make_client(login_per_minute=2)
    codes = [helpers.login(client, "rita", "wrong password!").status_code for _ in range(3)]
    assert codes == [401, 401, 429]


def test_failed_logins_keep_no_typed_name_in_the_audit_log(
    client: TestClient, registry: Engine, helpers: Any
) -> None:
    from sqlalchemy import select

    from headcount.store import schema as s

    typed = ("Tr0ub4dor&3-typed-in-the-wrong-box", "rita", "Tr0ub4dor&3-typed-in-the-wrong-box")
    for name in typed:
        assert helpers.login(client, name, "wrong password!").status_code == 401
    with registry.connect() as conn:
        rows = conn.execute(select(s.audit_log).where(s.audit_log.c.action == "login_failed")).all()
    assert len(rows) == 3  # each failure is logged...
    text = " ".join(f"{r.who} {r.target} {r.detail}" for r in rows)
    assert "Tr0ub4dor" not in text and "rita" not in text  # ...without what was typed
    targets = [r.target for r in rows]
    assert targets[0] == targets[2] != targets[1]  # repeated failures on one name show
    assert [r.detail["account"] for r in rows] == [False, True, False]
