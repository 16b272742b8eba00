"""A demo workspace (fictional people, extracted and linked as in production), three
accounts, and TestClients of the web app on it: the attacks run against this."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from security_session import PASSWORD, login
from sqlalchemy import Engine

from headcount.settings import Workspace

ROLES = {"rita": "researcher", "vic": "viewer", "ada": "admin"}


@dataclass
class Demo:
    workspace: Workspace
    engine: Engine
    root: Path


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    from headcount.pipeline import build_demo
    from headcount.web.auth import add_user

    root = tmp_path_factory.mktemp("security-demo")
    built = build_demo(root, seed=2022, people=120)
    for name, role in ROLES.items():
        add_user(built.engine, name, PASSWORD, role, who=None)
    yield Demo(built.workspace, built.engine, root)
    built.engine.dispose()


@pytest.fixture
def demo_client(demo: Demo) -> Iterator[Callable[..., TestClient]]:
    from headcount.web.app import create_app

    made: list[TestClient] = []

    def make(user: str | None = None, **settings: Any) -> TestClient:
        settings.setdefault("search_per_minute", 0)
        settings.setdefault("login_per_minute", 0)
        app = create_app(demo.workspace, engine=demo.engine, **settings)
        client = TestClient(app, raise_server_exceptions=False)
        made.append(client)
        if user:
            assert login(client, user).status_code == 303
        return client

    yield make
    for c in made:
        c.close()  # without `with`, the app's lifespan never ran: stop its workers here
        c.app.state.hc.jobs.shutdown()  # type: ignore[attr-defined]
