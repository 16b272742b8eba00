"""Hostile sources through the whole chain: ingest → extract → link → web pages, API,
archive → exports. Script in names, titles, publishers and URLs never runs; links are
http(s) only; no CSV cell starts a formula; nothing fails with a server error."""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from headcount.csvsafe import TRIGGERS
from headcount.store import schema as s

PAGE = """<html><head><title><script>alert(1)</script></title></head><body>
<p>Рядовой Иван Сергеевич Петров<script>alert('x')</script> погиб 12 марта 2023 года.
Ему было 34 года.</p>
<p><a href="javascript:alert(1)">ссылка</a> "><img src=x onerror=alert(2)> Рядовой Пётр
Иванович Сидоров пропал без вести 5 мая 2023 года.</p></body></html>"""
LIST = """id,name,born,status,url
1,"=HYPERLINK(""http://evil.example"",""x"")",1990-01-01,killed,javascript:alert(1)
2,"<script>alert(3)</script>Кузнецов Олег",1985-02-02,killed,http://ok.example/1
3,"@SUM(1+1) Волков Антон",1991-03-03,missing,"data:text/html,<script>alert(4)</script>"
4,"+7 Морозов Денис",1980-04-04,killed,http://ok.example/2
5,"Зайцев\u200dИгорь \u202eвонаволс",1979-05-05,killed,//evil.example/x
"""
SOURCES = {
    "news.yml": 'name: news\nkind: news\npublisher: "<b>Evil</b> \\" onmouseover=alert(1)"\n'
    "language: ru\nsystem: media\nformat: html\npaths:\n- files/news\n",
    "list.yml": "name: list\nkind: list\npublisher: A list\nlanguage: ru\nsystem: lists\n"
    "format: csv\nmapping:\n  record_id: id\n  name: name\n  birth_date: born\n"
    "  status: status\n  url: url\npaths:\n- files/list.csv\n",
}
TAG = re.compile(r"<([a-zA-Z][\w-]*)([^>]*)>")
HANDLER = re.compile(r"\bon\w+\s*=|(?:href|src)\s*=\s*[\"']?\s*(?:javascript|data):", re.I)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from headcount.extract.store import run_extract
    from headcount.ingest.run import ingest
    from headcount.ingest.workspace import declared_paths, load_sources
    from headcount.link.run import link_registry
    from headcount.settings import init_workspace
    from headcount.store import open_registry

    root = tmp_path_factory.mktemp("hostile") / "ws"
    ws = init_workspace(root, "hostile")
    (root / "files" / "news").mkdir(parents=True)
    (root / "files" / "news" / "a.html").write_text(PAGE, "utf-8")
    (root / "files" / "list.csv").write_text(LIST, "utf-8")
    for name, text in SOURCES.items():
        (root / "sources" / name).write_text(text, "utf-8")
    engine = open_registry(ws.database_url)
    for src in load_sources(ws):
        report = ingest(engine, ws.archive_dir, src, declared_paths(ws, src), base=ws.root)
        assert not report.errors, report
    run_extract(engine)
    link_registry(engine, ws.root, retrain=True)
    yield ws, engine
    engine.dispose()


def _unsafe(page: str) -> list[str]:
    """Tags that could run something: scripts not from /static, images, frames, event
    handler attributes, javascript: or data: links (escaped text is not a tag)."""
    out = []
    for m in TAG.finditer(page):
        name, attrs = m.group(1).lower(), m.group(2)
        script = name == "script" and 'src="/static/' not in attrs
        active = name in ("img", "iframe", "svg", "object", "embed", "b")
        if script or active or HANDLER.search(attrs):
            out.append(m.group(0))
    return out


def test_pages_api_and_archive_never_run_hostile_text(hostile: Any) -> None:
    from headcount.web.app import create_app

    ws, engine = hostile
    client = TestClient(create_app(ws, engine=engine, search_per_minute=0),
                        raise_server_exceptions=False)  # fmt: skip
    with engine.connect() as conn:
        persons = list(conn.scalars(select(s.person.c.id).where(s.person.c.state == "active")))
        docs = list(conn.scalars(select(s.document.c.id)))
    assert len(persons) >= 5
    names = []
    for pid in persons:
        page = client.get(f"/person/{pid}")
        assert page.status_code == 200
        assert not _unsafe(page.text), (pid, _unsafe(page.text))
        hrefs = re.findall(r'href="([^"]+)"', page.text)
        assert all(h.startswith(("/", "http://", "https://")) and not h.startswith("//")
                   for h in hrefs), hrefs  # fmt: skip
        data = client.get(f"/api/v1/person/{pid}").json()
        names.append(data["name"])
    assert any("HYPERLINK" in (n or "") for n in names)  # kept, as text
    for q in ("<script>alert(3)</script>", "=HYPERLINK(", "Кузнецов", "' OR 1=1 --", "%00"):
        assert client.get("/api/v1/search", params={"q": q}).status_code == 200
        r = client.get("/search", params={"q": q})
        assert r.status_code == 200 and not _unsafe(r.text), (q, _unsafe(r.text))
    for doc in docs:
        r = client.get(f"/document/{doc}/archive")
        if r.status_code == 200:
            assert r.headers["content-type"].startswith("text/plain")
            assert "sandbox" in r.headers["content-security-policy"]
            assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/", headers={"host": "evil.example"}).status_code in (200, 400)


@pytest.mark.parametrize("public", [True, False])
def test_exports_of_hostile_sources_are_inert(hostile: Any, tmp_path: Path, public: bool) -> None:
    from headcount.publish import export_registry

    ws, engine = hostile
    for fmt in ("csv", "jsonl", "datasette", "ftm", "parquet"):
        export_registry(engine, ws, fmt, tmp_path / fmt, public=public, record=False)
    cells = []
    for f in (tmp_path / "csv").glob("*.csv"):
        with f.open(newline="", encoding="utf-8") as fh:
            cells += [c for row in csv.reader(fh) for c in row]
    bad = [c for c in cells if c.startswith(TRIGGERS) and not re.fullmatch(r"[+-]?\d+(\.\d+)?", c)]
    assert not bad, bad
    text = (tmp_path / "jsonl" / "persons.jsonl").read_text("utf-8")
    assert "HYPERLINK" in html.unescape(text)  # the values are kept, as data
