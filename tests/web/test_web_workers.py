"""Several worker processes on one workspace: sessions, the search cache and rate limits.

Each "worker" here is an app with its own engine, as a process would have."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text

from headcount.settings import Workspace
from headcount.store import open_registry, upgrade
from headcount.store import schema as s
from headcount.store.engine import alembic_config
from headcount.web import index
from headcount.web.app import create_app
from headcount.web.config import workspace_secret
from headcount.web.ratelimit import per_worker


@pytest.fixture
def workers(workspace: Workspace) -> Iterator[list[TestClient]]:
    """Two apps on the workspace, each with its own engine and no rate limits."""
    engines = [open_registry(workspace.database_url) for _ in range(2)]
    clients = [
        TestClient(
            create_app(workspace, engine=e, search_per_minute=0, login_per_minute=0),
            raise_server_exceptions=False,
        )
        for e in engines
    ]
    yield clients
    for c, e in zip(clients, engines, strict=True):
        c.close()
        e.dispose()


def found(client: TestClient, q: str) -> list[str]:
    r = client.get("/api/v1/search", params={"q": q})
    assert r.status_code == 200, r.text
    return [h["person_id"] for h in r.json()["results"]]


def test_a_session_made_by_one_worker_works_on_another(
    workers: list[TestClient], helpers: Any
) -> None:
    a, b = workers
    assert helpers.login(a, "rita").status_code == 303
    b.cookies.update(a.cookies)
    me = b.get("/api/v1/session").json()
    assert me["user"] == "rita"
    r = b.post(
        "/api/v1/decisions",
        json={"kind": "person", "left_id": "p1petrov", "verdict": "confirm"},
        headers={"X-CSRF-Token": me["csrf_token"]},
    )
    assert r.status_code in (200, 201), r.text


def test_another_processs_index_write_reaches_this_cache_at_once(
    workers: list[TestClient], registry: Engine
) -> None:
    public = workers[1]
    assert "p3petrov" in found(public, "Petrov")
    # what another process does on a rejection: its keys move out of reach, the
    # generation is bumped in the same transaction (this process's counter is not)
    local = index.generation()
    with registry.begin() as conn:
        conn.execute(
            text("UPDATE search_person SET grade = 'rejected' WHERE person_id = 'p3petrov'")
        )
        conn.execute(
            text("UPDATE search_token SET token = '~' || token WHERE person_id = 'p3petrov'")
        )
    assert "p3petrov" in found(public, "Petrov")  # cached: nothing said the index changed
    with registry.begin() as conn:
        conn.execute(text("UPDATE search_state SET generation = generation + 1"))
    assert index.generation() == local
    assert "p3petrov" not in found(public, "Petrov")


def test_rejected_records_are_out_of_the_publics_reach_but_not_researchers(
    make_client: Any, registry: Engine, helpers: Any
) -> None:
    rita = make_client("rita")
    r = rita.post(
        "/person/p3petrov/grade", data={"verdict": "reject", "csrf_token": helpers.csrf(rita)}
    )
    assert r.status_code in (200, 303), r.text
    with registry.connect() as conn:
        tokens = conn.scalars(
            select(s.search_token.c.token).where(s.search_token.c.person_id == "p3petrov")
        ).all()
    assert tokens and all(t.startswith(index.HIDDEN) for t in tokens)
    assert "p3petrov" not in found(make_client(), "Petrov Ivan")
    assert "p3petrov" not in found(make_client(), "Petrov")
    assert "p3petrov" in found(rita, "Petrov Ivan")
    assert "p3petrov" in found(rita, "Petrov")
    page = rita.get("/api/v1/search", params={"q": "Petrov Ivan", "grade": "rejected"}).json()
    assert [h["person_id"] for h in page["results"]] == ["p3petrov"]


def test_the_migration_moves_rejected_records_keys(registry: Engine) -> None:
    with registry.begin() as conn:
        conn.execute(
            text("UPDATE search_person SET grade = 'rejected' WHERE person_id = 'p4thapa'")
        )
    cfg = alembic_config(registry)
    command.downgrade(cfg, "0007")
    with registry.connect() as conn:
        plain = conn.scalars(text("SELECT token FROM search_token WHERE person_id = 'p4thapa'"))
        assert not any(t.startswith(index.HIDDEN) for t in plain)
    upgrade(registry)
    with registry.connect() as conn:
        moved = conn.scalars(text("SELECT token FROM search_token WHERE person_id = 'p4thapa'"))
        assert all(t.startswith(index.HIDDEN) for t in moved)
        others = conn.scalars(text("SELECT token FROM search_token WHERE person_id = 'p1petrov'"))
        assert not any(t.startswith(index.HIDDEN) for t in others)
        assert conn.scalar(select(s.search_state.c.generation)) == 0


def test_rate_limits_are_shared_out_among_workers(workspace: Workspace, registry: Engine) -> None:
    assert per_worker(60, 1) == 60 and per_worker(60, 2) == 30 and per_worker(10, 3) == 4
    assert per_worker(0, 4) == 0  # no limit stays none
    app = create_app(workspace, engine=registry, search_per_minute=4, workers=2, trust_proxy=True)
    with TestClient(app) as client:
        a = {"X-Forwarded-For": "192.0.2.9"}
        codes = [
            client.get("/api/v1/search", params={"q": "Petrov"}, headers=a).status_code
            for _ in range(3)
        ]
    assert codes == [200, 200, 429]


def test_workers_starting_together_share_one_session_key(tmp_path: Path) -> None:
    keys = {workspace_secret(tmp_path) for _ in range(3)}
    assert len(keys) == 1 and len(keys.pop()) > 40
    assert [p.name for p in tmp_path.iterdir()] == [".web-secret"]
    assert (tmp_path / ".web-secret").stat().st_mode & 0o777 == 0o600
