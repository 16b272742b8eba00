"""New passwords are judged by a strength estimate and a common-password list (zxcvbn,
shipped in its package), wherever one is set: ``user add``, ``user password``, the admin
form. A refusal says why."""

from __future__ import annotations

import secrets
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from test_web_cli import app
from typer.testing import CliRunner

from headcount.web import auth
from headcount.web.passwords import refusal

COMMON = [
    "password123",
    "qwertyuiop",
    "1234567890",
    "iloveyou123",
    "1qaz2wsx3edc",
    "Password1!",
    "qwerty123456",
    "letmein2020",
    "abc123abc123",
    "football1234",
]


@given(st.characters(codec="utf-8", exclude_categories=("Cs",)), st.integers(10, 60))
@settings(max_examples=60, deadline=None)
def test_one_character_repeated_is_refused(ch: str, n: int) -> None:
    assert refusal(ch * n) is not None


@given(
    st.sampled_from(string.ascii_lowercase),
    st.sampled_from(["1234567890", "qwertyuiop", "poiuytrewq", "0987654321", "zxcvbnm,./"]),
    st.integers(10, 26),
)
@settings(max_examples=40, deadline=None)
def test_sequences_and_keyboard_walks_are_refused(start: str, row: str, n: int) -> None:
    i = string.ascii_lowercase.index(start)
    assert refusal((string.ascii_lowercase * 2)[i : i + n]) is not None  # abcdefghij...
    assert refusal((row * 3)[:n]) is not None  # a keyboard row, repeated


@pytest.mark.parametrize("password", COMMON)
def test_common_passwords_are_refused_naming_why(password: str) -> None:
    why = refusal(password)
    assert why is not None and "refused" in why
    assert "common" in why.lower() or "guess" in why.lower() or "pattern" in why.lower()


@given(st.sampled_from(["rita", "ivan.petrov", "researcher7"]), st.integers(1950, 2030))
@settings(max_examples=20, deadline=None)
def test_the_user_name_with_a_year_is_refused(name: str, year: int) -> None:
    assert refusal(f"{name}{year}!", (name,)) is not None


def test_short_passwords_are_refused_by_length() -> None:
    assert "at least 10 characters" in (refusal("Xk9#fQ2") or "")


@pytest.mark.parametrize("n", range(5))
def test_random_and_passphrase_passwords_are_accepted(n: int) -> None:
    assert refusal(secrets.token_urlsafe(12)) is None
    assert refusal(f"violet {n} tractor harbour lemonade") is None


def test_add_user_and_set_password_refuse_weak_passwords(registry: Engine) -> None:
    with pytest.raises(auth.AccountError, match="repeat"):
        auth.add_user(registry, "eve", "aaaaaaaaaa", "viewer", who=None)
    with pytest.raises(auth.AccountError, match="refused"):
        auth.set_password(registry, "rita", "rita20242024", who="rita")


def test_the_cli_refuses_weak_passwords(tmp_path: Path) -> None:
    from headcount.settings import init_workspace

    ws = init_workspace(tmp_path / "ws")
    runner = CliRunner()
    r = runner.invoke(
        app(), ["user", "add", "bob", "-w", str(ws.root)], input="aaaaaaaaaa\naaaaaaaaaa\n"
    )
    assert r.exit_code == 2
    assert any(x.startswith("error: this password is refused") and '"aaa"' in x
               for x in r.output.splitlines())  # one line, naming why  # fmt: skip
    strong = "violet tractor harbour lemonade"
    r = runner.invoke(
        app(), ["user", "add", "bob", "-w", str(ws.root)], input=f"{strong}\n{strong}\n"
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app(), ["user", "password", "bob", "-w", str(ws.root)], input="qwertyuiop\nqwertyuiop\n"
    )
    assert r.exit_code == 2 and "common" in r.output


def test_the_admin_form_refuses_weak_passwords(make_client: Any, helpers: Any) -> None:
    ada = make_client("ada")
    r = ada.post(
        "/admin/users",
        data={
            "name": "bob",
            "password": "password123",
            "role": "viewer",
            "csrf_token": helpers.csrf(ada),
        },
    )
    assert r.status_code == 400 and "refused" in r.text
    assert "bob" not in [u["name"] for u in auth.list_users(ada.app.state.hc.engine)]  # type: ignore[attr-defined]


def change(client: Any, helpers: Any, current: str, new: str, confirm: str | None = None) -> Any:
    return client.post(
        "/account/password",
        data={
            "current": current,
            "new": new,
            "confirm": new if confirm is None else confirm,
            "csrf_token": helpers.csrf(client),
        },
        follow_redirects=False,
    )


def test_a_user_changes_their_own_password_in_the_web_app(
    make_client: Any, helpers: Any, registry: Engine
) -> None:
    vic, other_device = make_client("vic"), make_client("vic")
    assert vic.get("/account/password").status_code == 200
    r = change(vic, helpers, helpers.password, "qwertyuiop")
    assert r.status_code == 400 and "common" in r.text  # the same rules as everywhere
    r = change(vic, helpers, "not my password at all", "violet tractor harbour lemonade")
    assert r.status_code == 401
    r = change(vic, helpers, helpers.password, "violet tractor harbour lemonade", "other")
    assert r.status_code == 400 and "differ" in r.text
    assert auth.password_matches(registry, "vic", helpers.password)  # nothing changed yet
    r = change(vic, helpers, helpers.password, "violet tractor harbour lemonade")
    assert r.status_code == 303
    assert auth.password_matches(registry, "vic", "violet tractor harbour lemonade")
    assert vic.get("/api/v1/session").json()["user"] == "vic"  # this session goes on
    assert other_device.get("/api/v1/session").json()["user"] is None  # the others end


def test_the_password_page_needs_a_login_and_the_token(make_client: Any, helpers: Any) -> None:
    anon = make_client()
    assert anon.get("/account/password", follow_redirects=False).status_code == 303
    vic = make_client("vic")
    r = vic.post(
        "/account/password",
        data={"current": helpers.password, "new": "violet tractor harbour lemonade",
              "confirm": "violet tractor harbour lemonade"},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 403
