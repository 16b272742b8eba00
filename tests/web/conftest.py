"""A small registry made by hand (persons, mentions with evidence, a pair to review), three
accounts, and TestClients of the web app on it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert

from headcount.settings import Workspace, init_workspace
from headcount.store import open_registry
from headcount.store import schema as s
from headcount.web.auth import add_user

PASSWORD = "correct horse battery"
NOW = "2024-01-01T00:00:00+00:00"
ARCHIVED_HTML = b"<html><body><script>alert('x')</script><p>Ivan Petrov, Samara</p></body></html>"

# person id -> (grade, status, birth, death, region, citizenship, [mentions])
# mention: (id, source, name, fields)
PEOPLE: dict[str, Any] = {
    "p1petrov": (
        "confirmed",
        "killed",
        "1990-01-02",
        "2023-03-05",
        "RU-SAM",
        "RU",
        [
            (
                "m1",
                "news",
                "Петров Иван Сергеевич",
                {
                    "birth_date": "1990-01-02",
                    "settlement": "Самара",
                    "unit": "в/ч 11111",
                    "channel": "mobilised",
                },
            ),
            ("m2", "list", "Ivan Petrov", {"birth_date": "1990-02-01"}),
        ],
    ),
    "p2petrova": (
        "pending",
        "killed",
        "1985",
        "2023-04",
        "RU-SAM",
        "RU",
        [
            ("m3", "news", "Петрова Анна Ивановна", {}),
        ],
    ),
    "p3petrov": (
        "pending",
        "killed",
        "1970",
        "2022-12",
        "RU-BU",
        "RU",
        [
            ("m4", "list", "Петров Иван Николаевич", {"channel": "contract"}),
        ],
    ),
    "p4thapa": (
        "pending",
        "missing",
        "1995-05-05",
        None,
        None,
        "NP",
        [
            (
                "m5",
                "list",
                "Тхапа Рам Бахадур",
                {"birth_date": "1995-05-05", "settlement": "Pokhara", "unit": "отряд «Шторм»"},
            ),
        ],
    ),
    "p5minor": (
        "confirmed",
        "killed",
        "2006-06-01",
        "2023-08-01",
        "RU-SAM",
        "RU",
        [
            (
                "m6",
                "news",
                "Сидоров Алексей Петрович",
                {"birth_date": "2006-06-01", "settlement": "Тольятти"},
            ),
        ],
    ),
    "p6removed": (
        "confirmed",
        "killed",
        "1980",
        "2023-01",
        "RU-SAM",
        "RU",
        [
            ("m7", "news", "Кузнецов Removed Петрович", {}),
        ],
    ),
    "p7sidorov": (
        "pending",
        "killed",
        None,
        "2023-09",
        "RU-SAM",
        "RU",
        [
            ("m8", "list", "Sidorov Aleksei", {}),
        ],
    ),
}
PAIR = ("m6", "m8")  # to review


def build_registry(engine: Engine, archive: Path) -> None:
    with engine.begin() as conn:
        for name, system in (("news", "media"), ("list", "lists")):
            conn.execute(
                insert(s.source).values(
                    name=name,
                    kind="news",
                    publisher=f"{name} pub",
                    system=system,
                    declaration={},
                    updated_at=NOW,
                )
            )
        for doc, src in (("d-news", "news"), ("d-list", "list")):
            rel = f"{doc}.bin"
            (archive / rel).write_bytes(ARCHIVED_HTML)
            conn.execute(
                insert(s.document).values(
                    id=doc,
                    source=src,
                    format="html",
                    origin=rel,
                    url=f"https://{src}.example/1",
                    ingested_at=NOW,
                    published_at="2023-05-01",
                    archive_path=rel,
                    size=10,
                    text="",
                )
            )
        conn.execute(
            insert(s.link_run).values(
                started_at=NOW, state="complete", engine="duckdb", model="test", threshold=0.9
            )
        )
        for pid, (grade, status, born, died, region, cit, mentions) in PEOPLE.items():
            conn.execute(
                insert(s.person).values(
                    id=pid,
                    state="active",
                    grade=grade,
                    grade_rule="test",
                    name=mentions[0][2],
                    birth_date=born,
                    death_date=died,
                    region=region,
                    citizenship=cit,
                    status=status,
                    mentions=len(mentions),
                    sources=len({m[1] for m in mentions}),
                    conflicts=0,
                    status_history=[{"status": status, "date": died, "mention": mentions[0][0]}],
                    created_run=1,
                    updated_run=1,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
            for mid, src, name, fields in mentions:
                evidence = {"name": {"quote": name}}
                evidence.update({k: {"quote": f"«{v}»"} for k, v in fields.items()})
                conn.execute(
                    insert(s.mention).values(
                        id=mid,
                        document_id=f"d-{src}",
                        source=src,
                        locator=mid,
                        extractor="test",
                        extractor_version="1",
                        created_at=NOW,
                        name=name,
                        status=status,
                        death_date=died,
                        region=region,
                        citizenship=cit,
                        evidence=evidence,
                        **fields,
                    )
                )
                conn.execute(
                    insert(s.person_mention).values(
                        mention_id=mid, person_id=pid, run_id=1, rule="model"
                    )
                )
        conn.execute(
            insert(s.person_field).values(
                person_id="p1petrov",
                field="birth_date",
                value="1990-01-02",
                rule="most sources",
                mentions=["m1"],
                alternatives=[{"value": "1990-02-01", "mentions": ["m2"]}],
                conflict=1,
            )
        )
        conn.execute(
            insert(s.link_pair).values(
                left_id=PAIR[0], right_id=PAIR[1], run_id=1, probability=0.5, weight=0.0
            )
        )


@pytest.fixture(scope="session")
def template_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once (argon2 hashing is slow on purpose); each test gets a copy."""
    ws = init_workspace(tmp_path_factory.mktemp("web") / "ws", "test")
    with (ws.root / "headcount.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[privacy]\nremoved = ["p6removed"]\n')
    engine = open_registry(ws.database_url)
    build_registry(engine, ws.archive_dir)
    for name, role in (("rita", "researcher"), ("vic", "viewer"), ("ada", "admin")):
        add_user(engine, name, PASSWORD, role, who=None)
    engine.dispose()
    return ws.root


@pytest.fixture
def workspace(template_workspace: Path, tmp_path: Path) -> Workspace:
    from headcount.settings import load_workspace

    root = tmp_path / "ws"
    shutil.copytree(template_workspace, root)
    return load_workspace(root)


@pytest.fixture
def registry(workspace: Workspace) -> Iterator[Engine]:
    engine = open_registry(workspace.database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def make_client(workspace: Workspace, registry: Engine) -> Iterator[Callable[..., TestClient]]:
    from headcount.web.app import create_app

    clients: list[TestClient] = []

    def make(
        user: str | None = None, base_url: str = "http://testserver", **settings: Any
    ) -> TestClient:
        settings.setdefault("search_per_minute", 0)
        settings.setdefault("login_per_minute", 0)
        app = create_app(workspace, engine=registry, **settings)
        client = TestClient(app, base_url=base_url, raise_server_exceptions=False)
        clients.append(client)
        if user:
            login(client, user)
        return client

    yield make
    for c in clients:
        c.close()  # without `with`, the app's lifespan never ran: stop its workers here
        c.app.state.hc.jobs.shutdown()  # type: ignore[attr-defined]


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


def csrf_token(client: TestClient) -> str:
    return str(client.get("/api/v1/session").json()["csrf_token"])


def login(client: TestClient, user: str, password: str = PASSWORD) -> Any:
    token = csrf_token(client)
    return client.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": token},
        follow_redirects=False,
    )


@pytest.fixture
def helpers() -> Any:
    class H:
        csrf = staticmethod(csrf_token)
        login = staticmethod(login)
        password = PASSWORD

    return H
