"""Writers: the three export tables into files of one format. Each returns {file: rows}.

- ``csv``: persons.csv, sources.csv, evidence.csv (UTF-8, header row);
- ``parquet``: the same three tables as Parquet;
- ``jsonl``: persons.jsonl, one person a line with its sources and evidence nested;
- ``ftm``: entities.ftm.json, FollowTheMoney ``Person`` entities, one a line
  (built and validated with the ``followthemoney`` package when it is
  installed, else written by the same schema);
- ``datasette``: headcount.db (SQLite: person, person_source, evidence, and the
  full-text index person_fts) with metadata.json, for ``datasette headcount.db
  --metadata metadata.json``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from headcount.publish.records import ExportTables
from headcount.stats.places import country_code

DATASET = "headcount"


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    out = df.astype(object).where(df.notna(), None).to_dict("records")
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()} for r in out]


def write_csv(t: ExportTables, out: Path) -> dict[str, int]:
    for name, df in (("persons", t.persons), ("sources", t.sources), ("evidence", t.evidence)):
        df.to_csv(out / f"{name}.csv", index=False)
    return {
        "persons.csv": len(t.persons),
        "sources.csv": len(t.sources),
        "evidence.csv": len(t.evidence),
    }


def write_parquet(t: ExportTables, out: Path) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    for name, df in (("persons", t.persons), ("sources", t.sources), ("evidence", t.evidence)):
        table = pa.Table.from_pandas(_typed(df), preserve_index=False)
        pq.write_table(table, out / f"{name}.parquet", compression="zstd")
    return {
        "persons.parquet": len(t.persons),
        "sources.parquet": len(t.sources),
        "evidence.parquet": len(t.evidence),
    }


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = (
                out[col].map(lambda v: None if v is None or v != v else str(v)).astype("string")
            )
    return out


def _nested(t: ExportTables) -> list[dict[str, Any]]:
    sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _records(t.sources):
        sources[r.pop("person_id")].append(r)
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _records(t.evidence[["person_id", "mention_id", "field", "quote"]]):
        evidence[r.pop("person_id")].append(r)
    out = []
    for p in _records(t.persons):
        p["sources"] = sources.get(p["id"], [])
        p["evidence"] = evidence.get(p["id"], [])
        out.append(p)
    return out


def write_jsonl(t: ExportTables, out: Path) -> dict[str, int]:
    rows = _nested(t)
    with (out / "persons.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    return {"persons.jsonl": len(rows)}


def ftm_entity(p: dict[str, Any]) -> dict[str, Any]:
    """One FollowTheMoney ``Person`` entity (id ``headcount-<person id>``) as a dict."""
    props: dict[str, list[str]] = defaultdict(list)

    def add(prop: str, value: Any) -> None:
        if value is not None and str(value).strip():
            props[prop].append(str(value).strip())

    add("name", p.get("name"))
    add("birthDate", p.get("birth_date"))
    add("deathDate", p.get("death_date"))
    cc = country_code(p.get("citizenship"))
    add("citizenship", cc.lower() if cc and len(cc) == 2 else None)
    add("address", ", ".join(v for v in (p.get("settlement"), p.get("region_name")) if v) or None)
    add("position", p.get("rank"))
    add("status", p.get("status"))
    add("gender", "male" if p.get("sex") == "M" else None)
    for src in p.get("sources", []):
        add("sourceUrl", src.get("url"))
        add("publisher", src.get("source"))
    add(
        "notes",
        f"headcount grade: {p.get('grade')}; recruitment channel: {p.get('channel')}"
        if p.get("channel")
        else f"headcount grade: {p.get('grade')}",
    )
    add("topics", "mil")
    entity = {
        "id": f"{DATASET}-{p['id']}",
        "schema": "Person",
        "properties": {k: sorted(set(v)) for k, v in props.items()},
    }
    try:
        from followthemoney import model
    except ImportError:  # written by the documented schema instead
        return entity
    proxy = model.get_proxy(entity, cleaned=False)
    return dict(proxy.to_dict())


def write_ftm(t: ExportTables, out: Path) -> dict[str, int]:
    rows = _nested(t)
    with (out / "entities.ftm.json").open("w", encoding="utf-8") as fh:
        for p in rows:
            fh.write(json.dumps(ftm_entity(p), ensure_ascii=False, sort_keys=True) + "\n")
    return {"entities.ftm.json": len(rows)}


FTS_COLUMNS = ("name", "region_name", "settlement", "unit")  # "rank" is reserved in FTS5


def write_datasette(t: ExportTables, out: Path) -> dict[str, int]:
    db = out / "headcount.db"
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        for name, df in (
            ("person", t.persons),
            ("person_source", t.sources),
            ("evidence", t.evidence),
        ):
            cols = list(df.columns)
            key = " PRIMARY KEY" if name == "person" else ""
            con.execute(
                f"CREATE TABLE {name} ("
                + ", ".join(f'"{c}"{key if c == "id" else ""}' for c in cols)
                + ")"
            )
            con.executemany(
                f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})",
                (tuple(r.values()) for r in _records(df)),
            )
        con.execute("CREATE INDEX ix_person_source_person ON person_source (person_id)")
        con.execute("CREATE INDEX ix_evidence_person ON evidence (person_id)")
        fts = ", ".join(f'"{c}"' for c in FTS_COLUMNS)
        con.execute(
            f"CREATE VIRTUAL TABLE person_fts USING fts5({fts}, content='person', "
            "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
        )
        con.execute(f"INSERT INTO person_fts (rowid, {fts}) SELECT rowid, {fts} FROM person")
        con.commit()
    finally:
        con.close()
    meta = {
        "title": "headcount registry",
        "description": "Persons documented from open sources, with their sources and evidence.",
        "databases": {
            "headcount": {
                "tables": {
                    "person": {
                        "fts_table": "person_fts",
                        "fts_pk": "rowid",
                        "sort_desc": "updated_at",
                        "facets": ["grade", "status", "region_name", "channel"],
                    }
                }
            }
        },
    }
    (out / "metadata.json").write_text(json.dumps(meta, indent=2), "utf-8")
    return {"headcount.db": len(t.persons), "metadata.json": 1}


WRITERS: dict[str, Callable[[ExportTables, Path], dict[str, int]]] = {
    "csv": write_csv,
    "parquet": write_parquet,
    "jsonl": write_jsonl,
    "ftm": write_ftm,
    "datasette": write_datasette,
}
