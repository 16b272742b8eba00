"""Every route of the app × every role × with and without the CSRF token.

The routes are read from the FastAPI app itself, and the role each needs from its
dependencies (``require(Role.X)``), so a route added later is covered without
editing this file. Invariants:

- nothing answers 5xx;
- no write (POST, PUT, PATCH, DELETE) changes anything without the session's CSRF
  token: decisions, grades, users, sessions and the audit log are compared
  before and after;
- a route that needs a role refuses every lower role (401/403, or a redirect to
  the login page), with or without the token, and changes nothing;
- the role it needs is let through (no 401/403).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from security_session import login
from sqlalchemy import func, select

from headcount.store import schema as s
from headcount.web.auth import Role

ROLE_OF = {None: -1, "vic": 0, "rita": 1, "ada": 2}
WRITES = {"POST", "PUT", "PATCH", "DELETE"}


def _needed(route: APIRoute) -> Role | None:
    """The role a route's dependencies require (None: public)."""
    found: list[Role] = []

    def walk(dep: Any) -> None:
        call = getattr(dep, "call", None)
        if call is not None and getattr(call, "__qualname__", "").startswith("require."):
            for cell in call.__closure__ or ():
                if isinstance(cell.cell_contents, Role):
                    found.append(cell.cell_contents)
        for sub in getattr(dep, "dependencies", []):
            walk(sub)

    walk(route.dependant)
    return max(found, key=lambda r: r.level) if found else None


def _api_routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, APIRoute]]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield prefix, route
        inner = getattr(route, "original_router", None)  # routers included into the app
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from _api_routes(inner.routes, prefix + str(getattr(context, "prefix", "")))


def _routes(app: Any) -> Iterator[tuple[str, str, Role | None]]:
    for prefix, route in _api_routes(app.routes):
        for method in sorted(route.methods):
            yield method, prefix + route.path, _needed(route)


def _fill(path: str, ids: dict[str, str]) -> str:
    for key, value in ids.items():
        path = path.replace("{" + key + "}", value)
    return path


def _fingerprint(engine: Any) -> str:
    h = hashlib.sha256()
    with engine.connect() as conn:
        for table in (s.decision, s.audit_log, s.user, s.trace_case):
            h.update(str(conn.scalar(select(func.count()).select_from(table))).encode())
        u = s.user.c
        users = select(u.name, u.role, u.active, u.session_epoch).order_by(u.name)
        for row in conn.execute(users):
            h.update(repr(tuple(row)).encode())
        for row in conn.execute(select(s.person.c.id, s.person.c.grade).order_by(s.person.c.id)):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


@pytest.fixture(scope="module")
def matrix(demo: Any) -> dict[str, Any]:
    from headcount.web.app import create_app

    app = create_app(demo.workspace, engine=demo.engine, search_per_minute=0, login_per_minute=0)
    with demo.engine.connect() as conn:
        pm = s.person_mention
        pair = conn.execute(select(pm.c.mention_id).limit(2)).scalars().all()
        ids = {
            "person_id": conn.scalar(select(s.person.c.id).where(s.person.c.state == "active")),
            "document_id": conn.scalar(select(s.document.c.id)),
            "case_id": "999999",
            "name": "nobody",
        }
    return {"app": app, "ids": ids, "pair": pair, "routes": list(_routes(app))}


def _client(matrix: dict[str, Any], user: str | None) -> TestClient:
    client = TestClient(matrix["app"], raise_server_exceptions=False)
    if user:
        assert login(client, user).status_code == 303
    return client


def test_every_route_is_known_to_the_matrix(matrix: dict[str, Any]) -> None:
    routes = {(m, p) for m, p, _ in matrix["routes"]}
    assert ("POST", "/api/v1/decisions") in routes and ("POST", "/trace") in routes
    needs = {p: r for _, p, r in matrix["routes"]}
    assert needs["/admin/users"] is Role.ADMIN and needs["/review"] is Role.RESEARCHER
    assert needs["/person/{person_id}"] is None


@pytest.mark.parametrize("user", [None, "vic", "rita", "ada"])
@pytest.mark.parametrize("with_token", [False, True])
def test_route_role_csrf_matrix(
    demo: Any, matrix: dict[str, Any], user: str | None, with_token: bool
) -> None:
    failures: list[str] = []
    client = _client(matrix, user)
    # logout last: it ends the session
    routes = sorted(matrix["routes"], key=lambda r: r[1] == "/logout")
    for method, path, needed in routes:
        url = _fill(path, matrix["ids"])
        token = client.get("/api/v1/session").json()["csrf_token"] if with_token else None
        headers = {"X-CSRF-Token": token} if token else {}
        data = {"csrf_token": token} if token else {}
        before = _fingerprint(demo.engine)
        if method in WRITES:
            if path.startswith("/api/"):
                body = {"kind": "pair", "left_id": matrix["pair"][0],
                        "right_id": matrix["pair"][1], "verdict": "unsure"}  # fmt: skip
                r = client.request(method, url, json=body, headers=headers)
            else:
                r = client.request(method, url, data=data, headers=headers,
                                   follow_redirects=False)  # fmt: skip
        else:
            r = client.request(method, url, follow_redirects=False)
        where = f"{method} {path} as {user or 'anonymous'} token={with_token}: {r.status_code}"
        if r.status_code >= 500:
            failures.append(where + " (server error)")
        allowed = needed is None or ROLE_OF[user] >= needed.level
        refused = r.status_code in (401, 403) or (
            r.status_code == 303 and r.headers.get("location", "").startswith("/login")
        )
        if not allowed and not refused:
            failures.append(where + f" (needs {needed})")
        if allowed and needed is not None and r.status_code in (401, 403) and with_token:
            failures.append(where + " (refused the role it needs)")
        changed = _fingerprint(demo.engine) != before
        if changed and (method not in WRITES or not with_token or not allowed):
            failures.append(where + " (changed the registry)")
        if method in WRITES and not with_token and r.status_code not in (401, 403, 303, 413):
            failures.append(where + " (a write without the CSRF token was not refused)")
    assert not failures, "\n".join(failures)
