"""The JSON API, the pages, archived copies, errors and logs."""

from __future__ import annotations

import logging
from typing import Any

from fastapi.testclient import TestClient

from headcount.web.logs import NoQueryAccessFormatter


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/search",
        "/api/v1/person/{person_id}",
        "/api/v1/stats",
        "/api/v1/estimate",
        "/api/v1/decisions",
        "/api/v1/session",
    ):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404  # no CDN-loaded docs UI


def test_person_json_traces_every_value_to_a_source(client: TestClient) -> None:
    p = client.get("/api/v1/person/p1petrov").json()
    assert p["name"] == "Петров Иван Сергеевич" and p["grade"] == "confirmed"
    for f in p["fields"]:
        assert f["sources"], f["field"]
        assert all(s["document"] and s["source"] for s in f["sources"])
    name = next(f for f in p["fields"] if f["field"] == "name")
    assert name["conflict"] is False  # Ivan Petrov is a spelling, not a conflict
    assert p["status_history"][0]["status"] == "killed"


def test_stats_and_estimate(client: TestClient) -> None:
    st = client.get("/api/v1/stats").json()
    assert st["confirmed"] == 2 and st["pending"] == 4
    assert {r["key"] for r in st["by_status"]} == {"killed", "missing"}
    est = client.get("/api/v1/estimate").json()
    assert "estimable" in est and "description" in est and "figure" in est


def test_pages_render(make_client: Any) -> None:
    client = make_client("ada")
    for path in (
        "/",
        "/search",
        "/search?q=Petrov",
        "/person/p1petrov",
        "/review",
        "/admin/users",
        "/admin/audit",
        "/login",
    ):
        r = client.get(path)
        assert r.status_code == 200, path
        assert "<script>" not in r.text  # scripts come from /static only


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_permissions_policy_on_every_response(make_client: Any) -> None:
    client = make_client()
    for path in ("/", "/api/v1/search?q=Petrov", "/no-such-page", "/document/d-news/archive"):
        policy = client.get(path).headers.get("permissions-policy", "")
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in policy, (path, feature)


def test_hsts_only_over_https(make_client: Any) -> None:
    assert "strict-transport-security" not in make_client().get("/").headers  # plain HTTP
    for path in ("/", "/api/v1/health", "/no-such-page"):
        hsts = make_client(base_url="https://testserver").get(path).headers
        max_age = int(hsts["strict-transport-security"].split("max-age=")[1].split(";")[0])
        assert max_age >= 180 * 24 * 3600, path  # long enough to matter


def test_hsts_behind_the_tls_proxy(workspace: Any, registry: Any) -> None:
    """As ``serve --proxy`` runs it: uvicorn takes the scheme from the proxy's header."""
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    from headcount.web.app import create_app

    app = ProxyHeadersMiddleware(create_app(workspace, engine=registry), trusted_hosts="*")
    with TestClient(app) as client:  # type: ignore[arg-type]
        tls = client.get("/", headers={"X-Forwarded-Proto": "https"}).headers
        plain = client.get("/", headers={"X-Forwarded-Proto": "http"}).headers
    assert "max-age=" in tls["strict-transport-security"]
    assert "strict-transport-security" not in plain


def test_archived_html_is_served_as_sandboxed_text(make_client: Any) -> None:
    r = make_client("rita").get("/document/d-news/archive")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["content-security-policy"].startswith("sandbox")
    assert b"<script>" in r.content  # shown as text, never run


def test_vendored_htmx_is_served_locally(client: TestClient) -> None:
    r = client.get("/static/vendor/htmx.min.js")
    assert r.status_code == 200 and b"htmx" in r.content[:2000]
    assert "/static/vendor/htmx.min.js" in client.get("/").text


def test_errors_never_show_a_stack_trace(client: TestClient) -> None:
    app: Any = client.app

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    @app.get("/api/v1/boom")
    def api_boom() -> None:
        raise RuntimeError("secret internals")

    for path in ("/boom", "/api/v1/boom"):
        r = client.get(path)
        assert r.status_code == 500
        assert "Traceback" not in r.text and "secret internals" not in r.text
        assert "RuntimeError" not in r.text
    r = client.get("/person/nobody")
    assert r.status_code == 404 and "Not found" in r.text
    assert client.get("/api/v1/person/nobody").json() == {
        "error": "no such person in the public registry"
    }


def test_access_log_has_no_query_strings() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("203.0.113.9:5555", "GET", "/search?q=Петров+Иван", "1.1", 200),
        None,
    )
    line = NoQueryAccessFormatter("%(message)s").format(record)
    assert line == "GET /search 200"
    assert "Петров" not in line and "203.0.113.9" not in line


def test_open_redirects_are_refused(client: TestClient, helpers: Any) -> None:
    token = helpers.csrf(client)
    r = client.post(
        "/login",
        data={
            "username": "rita",
            "password": helpers.password,
            "next": "//evil.example/",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"
