"""For every person whose details are withheld (the living, minors), no withheld value
(settlement, birth date, age, unit) appears, in any form, in anything the public gets:
the person page, the API, search, every public export format, the archived documents."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from security_leaks import Secrets, leaks, strings
from sqlalchemy import select

from headcount import privacy
from headcount.publish import export_registry
from headcount.store import schema as s
from headcount.web.filters import place


def _restricted(demo: Any) -> dict[str, tuple[Secrets, list[str]]]:
    """Person id -> (every withheld value any source gives, the documents naming them)."""
    rules = privacy.PrivacyRules.from_workspace(demo.workspace)
    p, pm, m = s.person, s.person_mention, s.mention
    out: dict[str, tuple[Secrets, list[str]]] = {}
    with demo.engine.connect() as conn:
        persons = conn.execute(
            select(p).where(p.c.state == "active", p.c.grade != "rejected")
        ).all()
        for row in persons:
            ms = conn.execute(
                select(m).join(pm, pm.c.mention_id == m.c.id).where(pm.c.person_id == row.id)
            ).all()
            age = min((int(x.age) for x in ms if x.age is not None), default=None)
            if not privacy.restricted(rules, row.status, row.birth_date, row.death_date, age):
                continue
            secrets = Secrets()
            for x in [row, *ms]:
                secrets.add(x._mapping)
                for value in (x.region, x.citizenship):  # published facts
                    for w in re.findall(r"[^\W\d_]+", f"{value} {place(value)}".casefold()):
                        secrets.published.add(w)
            if secrets:
                out[row.id] = (secrets, sorted({x.document_id for x in ms}))
    return out


@pytest.fixture(scope="module")
def restricted(demo: Any) -> dict[str, tuple[Secrets, list[str]]]:
    found = _restricted(demo)
    assert len(found) >= 10, "the demo should have living persons and minors with details"
    return found


def _visible_text(page: str) -> str:
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_person_pages_and_api_state_no_withheld_value(demo_client: Any, restricted: Any) -> None:
    public, viewer = demo_client(), demo_client("vic")
    failures = []
    for pid, (secrets, _) in restricted.items():
        for client in (public, viewer):
            page = client.get(f"/person/{pid}")
            assert page.status_code == 200
            api = client.get(f"/api/v1/person/{pid}").json()
            assert api["restricted"] is True
            for where, text in (
                ("page", _visible_text(page.text)),
                ("api", "\n".join(strings(api))),
            ):
                failures += [f"{pid} {where}: {x}" for x in leaks(text, secrets)]
    assert not failures, "\n".join(failures[:20])


def test_search_results_state_no_withheld_value(demo_client: Any, restricted: Any) -> None:
    client = demo_client()
    failures = []
    for pid, (secrets, _) in list(restricted.items())[:25]:
        name = client.get(f"/api/v1/person/{pid}").json()["name"]
        found = client.get("/api/v1/search", params={"q": name}).json()
        mine = [h for h in found["results"] if h["person_id"] == pid]
        assert mine, f"{pid} not found by its name"
        assert mine[0]["birth_date"] is None
        failures += [f"{pid}: {x}" for x in leaks("\n".join(strings(mine)), secrets)]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "datasette"])
def test_public_exports_state_no_withheld_value(
    demo: Any, restricted: Any, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / fmt
    export_registry(demo.engine, demo.workspace, fmt, out, public=True, record=False)
    by_person: dict[str, list[str]] = {}
    if fmt == "csv":
        import pandas as pd

        for name in ("persons", "sources", "evidence"):
            df = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
            key = "id" if name == "persons" else "person_id"
            for pid, line in zip(df[key], df.astype(str).agg(" | ".join, axis=1), strict=True):
                by_person.setdefault(pid, []).append(line)
    elif fmt == "jsonl":
        for line in (out / "persons.jsonl").read_text("utf-8").splitlines():
            rec = json.loads(line)
            by_person[rec["id"]] = list(strings(rec))
    else:
        import sqlite3

        con = sqlite3.connect(out / "headcount.db")
        for table, key in (("person", "id"), ("evidence", "person_id")):
            cur = con.execute(f"SELECT * FROM {table}")
            cols = [c[0] for c in cur.description]
            for row in cur:
                rec = dict(zip(cols, row, strict=True))
                by_person.setdefault(str(rec[key]), []).append(" | ".join(map(str, row)))
        con.close()
    failures = []
    for pid, (secrets, _) in restricted.items():
        text = "\n".join(by_person.get(pid, []))
        assert text, f"{pid} missing from the {fmt} export"
        failures += [f"{pid}: {x}" for x in leaks(text, secrets)]
    assert not failures, "\n".join(failures[:20])


def test_archived_documents_naming_them_are_not_public(demo_client: Any, restricted: Any) -> None:
    public, researcher = demo_client(), demo_client("rita")
    failures = []
    for pid, (secrets, docs) in restricted.items():
        for doc in docs:
            r = public.get(f"/document/{doc}/archive")
            if r.status_code == 200:
                failures += [f"{pid} {doc}: {x}" for x in leaks(r.text, secrets)] or [
                    f"{pid} {doc}: served"
                ]
    assert not failures, "\n".join(failures[:20])
    pid, (_, docs) = next(iter(restricted.items()))
    assert researcher.get(f"/document/{docs[0]}/archive").status_code == 200
