"""The trace upload page: only case workers (researcher or admin) upload and see cases;
a list is stored only when asked, never shown publicly, and can be deleted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from headcount.store import schema as s

LIST = (
    b"case_no,full_name,date_of_birth,country,phone_of_relative\n"
    b"NP-1,Ram Bahadur Thapa,1995-05-05,Nepal,+977-000\n"
    b"NP-2,Zzyzx Qwerty,1990-01-01,Nepal,\n"
    b"NP-3,,1990-01-01,Nepal,\n"
)
SECRET = "Zzyzx Qwerty"  # a name only the uploaded list holds


def upload(client: TestClient, helpers: Any, **form: str) -> Any:
    token = helpers.csrf(client)
    return client.post(
        "/trace",
        data={"csrf_token": token, **form},
        files={"file": ("missing.csv", LIST, "text/csv")},
        follow_redirects=False,
    )


def count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def test_anonymous_cannot_see_or_upload(client: TestClient, helpers: Any,
                                        registry: Engine) -> None:  # fmt: skip
    page = client.get("/trace", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    resp = upload(client, helpers, save="1", case_name="x")
    assert resp.status_code in (303, 403)
    assert count(registry, s.trace_case) == 0


def test_viewer_cannot_upload_or_see_cases(make_client: Callable[..., TestClient],
                                           helpers: Any, registry: Engine) -> None:  # fmt: skip
    rita = make_client("rita")
    assert upload(rita, helpers, save="1", case_name="nepal").status_code == 200
    case_id = rita.get("/trace").text.split("/trace/cases/")[1].split('"')[0]
    vic = make_client("vic")
    assert vic.get("/trace").status_code == 403
    assert upload(vic, helpers, save="1", case_name="vic").status_code == 403
    assert vic.get(f"/trace/cases/{case_id}").status_code == 403
    assert count(registry, s.trace_case) == 1
    token = helpers.csrf(vic)
    resp = vic.post(f"/trace/cases/{case_id}/delete", data={"csrf_token": token})
    assert resp.status_code == 403
    assert count(registry, s.trace_case) == 1


def test_researcher_matches_without_storing(make_client: Callable[..., TestClient],
                                            helpers: Any, registry: Engine) -> None:  # fmt: skip
    rita = make_client("rita")
    resp = upload(rita, helpers)
    assert resp.status_code == 200
    assert resp.headers["cache-control"] == "no-store"
    assert "p4thapa" in resp.text  # Тхапа Рам Бахадур, across scripts and name order
    assert "no name" in resp.text  # the empty row's message
    assert "phone_of_relative" in resp.text  # the unused column is named
    for table in (s.trace_case, s.trace_row, s.trace_watch):
        assert count(registry, table) == 0
    with registry.connect() as conn:
        entries = conn.execute(select(s.audit_log.c.action, s.audit_log.c.detail)).all()
    assert any(a == "trace_upload" for a, _ in entries)
    assert SECRET not in str(entries)  # the log holds counts, never names


def test_upload_needs_csrf(make_client: Callable[..., TestClient], registry: Engine) -> None:
    rita = make_client("rita")
    resp = rita.post("/trace", data={"save": "1", "case_name": "x", "csrf_token": "forged"},
                     files={"file": ("m.csv", LIST, "text/csv")})  # fmt: skip
    assert resp.status_code == 403
    assert count(registry, s.trace_case) == 0


def test_saved_case_is_private_and_deletable(make_client: Callable[..., TestClient],
                                             helpers: Any, registry: Engine) -> None:  # fmt: skip
    rita = make_client("rita")
    assert upload(rita, helpers, save="1", case_name="nepal").status_code == 200
    assert count(registry, s.trace_row) == 3
    assert count(registry, s.trace_watch) >= 1  # Thapa's row watches p4thapa
    case_id = rita.get("/trace").text.split("/trace/cases/")[1].split('"')[0]
    assert SECRET in rita.get(f"/trace/cases/{case_id}").text
    # nowhere public: search, the person page, the API
    anon = make_client()
    for url in (
        "/search?q=Zzyzx",
        "/person/p4thapa",
        "/api/v1/search?q=Zzyzx",
        "/",
        f"/trace/cases/{case_id}",
    ):
        assert SECRET not in anon.get(url).text, url
    # the admin sees it too
    assert make_client("ada").get(f"/trace/cases/{case_id}").status_code == 200
    token = helpers.csrf(rita)
    resp = rita.post(f"/trace/cases/{case_id}/delete", data={"csrf_token": token},
                     follow_redirects=False)  # fmt: skip
    assert resp.status_code == 303
    for table in (s.trace_case, s.trace_row, s.trace_watch, s.trace_hit):
        assert count(registry, table) == 0
    assert rita.get(f"/trace/cases/{case_id}").status_code == 404


def test_bad_file_gives_a_message(make_client: Callable[..., TestClient], helpers: Any) -> None:
    rita = make_client("rita")
    token = helpers.csrf(rita)
    resp = rita.post("/trace", data={"csrf_token": token},
                     files={"file": ("x.csv", b"colour,size\nred,2\n", "text/csv")})  # fmt: skip
    assert resp.status_code == 422
    assert "no name column" in resp.text


def test_case_names_are_per_user_and_a_refusal_reveals_no_other_users_case(
    make_client: Callable[..., TestClient], helpers: Any, registry: Engine
) -> None:
    rita, ada = make_client("rita"), make_client("ada")
    assert upload(rita, helpers, save="1", case_name="nepal embassy").status_code == 200
    r = upload(ada, helpers, save="1", case_name="nepal embassy")
    assert r.status_code == 200, r.text  # not a 409: ada learns nothing of rita's cases
    assert count(registry, s.trace_case) == 2
    again = upload(rita, helpers, save="1", case_name="nepal  embassy")
    assert again.status_code == 409 and "you have a case named" in again.text
    assert count(registry, s.trace_case) == 2
