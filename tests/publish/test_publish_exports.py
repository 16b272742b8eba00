from __future__ import annotations

import asyncio
import csv
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import update
from stats_registry import build

from headcount.publish import export_registry
from headcount.settings import init_workspace, load_workspace
from headcount.store import schema as s


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_full_export_has_persons_sources_evidence_and_manifest(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    res = export_registry(engine, w, "csv", tmp_path / "out")
    persons = {r["id"]: r for r in read_csv(tmp_path / "out" / "persons.csv")}
    assert sorted(persons) == ["p01", "p02", "p03", "p04", "p05", "p07"]  # p06 rejected
    assert persons["p04"]["settlement"] == "Улан-Удэ"
    assert persons["p02"]["region_code"] == "RU-TY"
    sources = read_csv(tmp_path / "out" / "sources.csv")
    assert len([r for r in sources if r["person_id"] == "p02"]) == 2
    m = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert m["counts"]["persons"] == 6 and res.persons == 6
    import hashlib

    for f in m["files"]:
        assert (
            hashlib.sha256((tmp_path / "out" / f["path"]).read_bytes()).hexdigest() == f["sha256"]
        )
    assert m["changes"] == {"added": 6, "changed": 0, "removed": 0}
    assert m["previous_release"] is None
    assert m["registry"]["link_run"] == 1


def test_public_export_withholds_details_of_living_and_minors(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    export_registry(engine, w, "csv", tmp_path / "pub", public=True)
    persons = {r["id"]: r for r in read_csv(tmp_path / "pub" / "persons.csv")}
    for pid in ("p04", "p07", "p05"):  # missing, captured, a minor (17)
        assert persons[pid]["birth_date"] == persons[pid]["settlement"] == ""
        assert persons[pid]["unit"] == ""
    assert persons["p01"]["settlement"] == "Кызыл" and persons["p01"]["birth_date"] == "1990"
    evidence = read_csv(tmp_path / "pub" / "evidence.csv")
    hidden = {(r["person_id"], r["field"]) for r in evidence}
    assert ("p04", "settlement") not in hidden and ("p04", "region") in hidden
    assert ("p01", "settlement") in hidden
    text = (tmp_path / "pub" / "evidence.csv").read_text()
    assert "Улан-Удэ" not in text and "Kathmandu" not in text
    m = json.loads((tmp_path / "pub" / "manifest.json").read_text())
    assert m["counts"]["withheld_details"] == 3


def test_settings_may_allow_details_and_removal_list_leaves_people_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = init_workspace(tmp_path / "ws")
    engine = build(w.root)
    # p08 was merged into p03 since the family of p08 asked: p03 goes too
    with engine.begin() as conn:
        conn.execute(update(s.person).where(s.person.c.id == "p03").values(id="p03"))
        conn.execute(
            s.person.insert().values(
                id="p08",
                state="merged",
                merged_into="p03",
                grade="pending",
                grade_rule="t",
                mentions=0,
                sources=0,
                conflicts=0,
                status_history=[],
                created_at="x",
                updated_at="x",
            )
        )
    (w.root / "removals.txt").write_text("# relatives' requests\np01\np08  # by phone\n")
    cfg = w.root / "headcount.toml"
    cfg.write_text(
        cfg.read_text() + '\n[privacy]\nshow_living_details = true\nremoved_file = "removals.txt"\n'
    )
    w = load_workspace(w.root)
    export_registry(engine, w, "jsonl", tmp_path / "pub", public=True)
    rows = {
        json.loads(x)["id"]: json.loads(x)
        for x in (tmp_path / "pub" / "persons.jsonl").read_text().splitlines()
    }
    assert sorted(rows) == ["p02", "p04", "p05", "p07"]
    assert rows["p04"]["settlement"] == "Улан-Удэ"  # living details allowed
    assert rows["p05"]["settlement"] is None  # minors still withheld
    assert "p01" not in (tmp_path / "pub" / "persons.jsonl").read_text()
    engine.dispose()


def test_manifest_diff_between_two_releases(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    export_registry(engine, w, "parquet", tmp_path / "r1")
    with engine.begin() as conn:
        conn.execute(update(s.person).where(s.person.c.id == "p02").values(death_date="2022-03-18"))
        conn.execute(update(s.person).where(s.person.c.id == "p03").values(grade="rejected"))
        conn.execute(update(s.person).where(s.person.c.id == "p06").values(grade="pending"))
    res = export_registry(engine, w, "csv", tmp_path / "r2")
    m = res.manifest
    assert m["previous_release"]["format"] == "parquet"
    assert m["changes"] == {"added": 1, "changed": 1, "removed": 1}
    changes = read_csv(tmp_path / "r2" / "changes.csv")
    assert changes == [
        {"person_id": "p02", "change": "changed"},
        {"person_id": "p03", "change": "removed"},
        {"person_id": "p06", "change": "added"},
    ]
    # a public release is compared with the previous public one only
    pub = export_registry(engine, w, "csv", tmp_path / "p1", public=True)
    assert pub.manifest["previous_release"] is None


def test_ftm_entities_are_valid_person_entities(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    export_registry(engine, w, "ftm", tmp_path / "ftm")
    lines = (tmp_path / "ftm" / "entities.ftm.json").read_text().splitlines()
    assert len(lines) == 6
    model = pytest.importorskip("followthemoney").model
    for line in lines:
        data = json.loads(line)
        proxy = model.get_proxy(data)
        assert proxy.schema.name == "Person"
        assert proxy.id == data["id"] and proxy.id.startswith("headcount-p0")
    p05 = next(json.loads(x) for x in lines if '"headcount-p05"' in x)
    assert p05["properties"]["citizenship"] == ["np"]
    assert p05["properties"]["name"] == ["Name p05"]


def test_datasette_database_has_full_text_search(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    export_registry(engine, w, "datasette", tmp_path / "site")
    import sqlite3

    con = sqlite3.connect(tmp_path / "site" / "headcount.db")
    hits = con.execute(
        "SELECT p.id FROM person_fts JOIN person p ON p.rowid = person_fts.rowid"
        " WHERE person_fts MATCH 'Buryatia' ORDER BY p.id"
    ).fetchall()
    assert [h[0] for h in hits] == ["p03", "p04", "p05"]
    con.close()
    datasette = pytest.importorskip("datasette.app")
    meta = json.loads((tmp_path / "site" / "metadata.json").read_text())

    async def search() -> list[dict[str, object]]:
        ds = datasette.Datasette([str(tmp_path / "site" / "headcount.db")], metadata=meta)
        await ds.invoke_startup()
        r = await ds.client.get("/headcount/person.json?_search=Tuva&_shape=array")
        assert r.status_code == 200
        return list(r.json())

    # in a thread of its own: another test's browser may keep an event loop running here
    with ThreadPoolExecutor(max_workers=1) as pool:
        rows = pool.submit(asyncio.run, search()).result()
    assert sorted(r["id"] for r in rows) == ["p01", "p02"]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl", "ftm", "datasette"])
def test_exports_in_chunks_equal_one_chunk(fmt, tmp_path, db_url, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    import pyarrow.parquet as pq

    from headcount.publish import records

    w = init_workspace(tmp_path / "ws")
    engine = build(tmp_path, url=db_url)  # on SQLite and on PostgreSQL
    try:
        outs = []
        for chunk in (1000, 2):
            monkeypatch.setattr(records, "CHUNK", chunk)
            out = tmp_path / f"out-{chunk}"
            res = export_registry(engine, w, fmt, out, public=True, record=False)
            outs.append((out, res.manifest))
    finally:
        engine.dispose()
    (one, m1), (many, m2) = outs
    assert m1["counts"] == m2["counts"] and m1["counts"]["persons"] == 6
    assert [f["rows"] for f in m1["files"]] == [f["rows"] for f in m2["files"]]
    for f in sorted(one.iterdir()):
        other = many / f.name
        if f.suffix == ".parquet":
            assert pq.read_table(f).equals(pq.read_table(other)), f.name
        elif f.suffix == ".db":
            a, b = sqlite3.connect(f), sqlite3.connect(other)
            for table in ("person", "person_source", "evidence"):
                q = f"SELECT * FROM {table} ORDER BY rowid"
                assert a.execute(q).fetchall() == b.execute(q).fetchall(), table
            a.close()
            b.close()
        elif f.name != "manifest.json":
            assert f.read_bytes() == other.read_bytes(), f.name


def test_ftm_keeps_contested_citizenships_in_its_own_codes() -> None:
    registry = pytest.importorskip("followthemoney").registry
    from headcount.publish.writers import ftm_country
    from headcount.reference import countries

    for c in countries():
        code = ftm_country(c.code)
        assert code is not None and registry.country.clean(code) == code, c.code
    assert ftm_country("XS-OS") == "x-so" and ftm_country("Atlantis") is None


def test_exports_say_how_an_age_was_had_and_withhold_it_with_the_age(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    export_registry(engine, w, "csv", tmp_path / "full", record=False)
    full = {r["id"]: r for r in read_csv(tmp_path / "full" / "persons.csv")}
    assert (full["p02"]["age"], full["p02"]["age_basis"]) == ("37", "birth and death years")
    assert (full["p01"]["age"], full["p01"]["age_basis"]) == ("32", "stated")
    export_registry(engine, w, "csv", tmp_path / "pub", public=True, record=False)
    pub = {r["id"]: r for r in read_csv(tmp_path / "pub" / "persons.csv")}
    assert pub["p05"]["age"] == pub["p05"]["age_basis"] == ""  # a minor: withheld
    assert pub["p02"]["age_basis"] == "birth and death years"
