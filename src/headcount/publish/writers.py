"""Writers: the three export tables into files of one format, a chunk at a time.

A writer is made on the output folder, given each chunk of
:func:`headcount.publish.records.iter_tables` in turn (``write``), and closed
(``close``), which returns {file: rows}. ``write_<format>(tables, out)`` writes
one whole set of tables.

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
from typing import Any, Protocol

import pandas as pd

from headcount.csvsafe import safe_frame
from headcount.publish.records import ExportTables
from headcount.stats.places import country_code

DATASET = "headcount"


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    out = df.astype(object).where(df.notna(), None).to_dict("records")
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()} for r in out]


TABLES = ("persons", "sources", "evidence")


class Writer(Protocol):
    def __init__(self, out: Path) -> None: ...

    def write(self, t: ExportTables) -> None: ...

    def close(self) -> dict[str, int]: ...


def _tables(t: ExportTables) -> tuple[tuple[str, pd.DataFrame], ...]:
    return (("persons", t.persons), ("sources", t.sources), ("evidence", t.evidence))


class CsvWriter:
    """persons.csv, sources.csv, evidence.csv."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.rows = dict.fromkeys(TABLES, 0)
        self.started = False

    def write(self, t: ExportTables) -> None:
        for name, df in _tables(t):
            mode, header = ("a", False) if self.started else ("w", True)
            safe_frame(df).to_csv(self.out / f"{name}.csv", index=False, mode=mode, header=header)
            self.rows[name] += len(df)
        self.started = True

    def close(self) -> dict[str, int]:
        return {f"{name}.csv": n for name, n in self.rows.items()}


class ParquetWriter:
    """persons.parquet, sources.parquet, evidence.parquet (a row group per chunk)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.rows = dict.fromkeys(TABLES, 0)
        self.writers: dict[str, Any] = {}

    def write(self, t: ExportTables) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for name, df in _tables(t):
            table = pa.Table.from_pandas(_typed(df), preserve_index=False)
            writer = self.writers.get(name)
            if writer is None:
                path = self.out / f"{name}.parquet"
                writer = self.writers[name] = pq.ParquetWriter(
                    path, table.schema, compression="zstd"
                )
            elif not table.schema.equals(writer.schema, check_metadata=False):
                table = table.cast(writer.schema)
            writer.write_table(table)
            self.rows[name] += len(df)

    def close(self) -> dict[str, int]:
        for writer in self.writers.values():
            writer.close()
        return {f"{name}.parquet": n for name, n in self.rows.items()}


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].astype("string")
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


class JsonlWriter:
    """persons.jsonl: one person a line, sources and evidence nested."""

    def __init__(self, out: Path) -> None:
        self.fh = (out / "persons.jsonl").open("w", encoding="utf-8")
        self.rows = 0

    def write(self, t: ExportTables) -> None:
        rows = _nested(t)
        self.fh.writelines(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
        self.rows += len(rows)

    def close(self) -> dict[str, int]:
        self.fh.close()
        return {"persons.jsonl": self.rows}


#: the contested entities' codes in FollowTheMoney's country vocabulary (the registry
#: keeps ISO 3166-2 codes, and its own XS-OS for South Ossetia)
FTM_CONTESTED = {"GE-AB": "ge-ab", "XS-OS": "x-so", "MD-SN": "md-pmr"}


def ftm_country(code: str | None) -> str | None:
    """A registry country code as FollowTheMoney writes it; None for a non-code."""
    if not code:
        return None
    if code in FTM_CONTESTED:
        return FTM_CONTESTED[code]
    return code.lower() if len(code) == 2 else None


def ftm_entity(p: dict[str, Any]) -> dict[str, Any]:
    """One FollowTheMoney ``Person`` entity (id ``headcount-<person id>``) as a dict."""
    props: dict[str, list[str]] = defaultdict(list)

    def add(prop: str, value: Any) -> None:
        if value is not None and str(value).strip():
            props[prop].append(str(value).strip())

    add("name", p.get("name"))
    add("birthDate", p.get("birth_date"))
    add("deathDate", p.get("death_date"))
    add("citizenship", ftm_country(country_code(p.get("citizenship"))))
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


class FtmWriter:
    """entities.ftm.json: FollowTheMoney ``Person`` entities, one a line."""

    def __init__(self, out: Path) -> None:
        self.fh = (out / "entities.ftm.json").open("w", encoding="utf-8")
        self.rows = 0

    def write(self, t: ExportTables) -> None:
        rows = _nested(t)
        self.fh.writelines(
            json.dumps(ftm_entity(p), ensure_ascii=False, sort_keys=True) + "\n" for p in rows
        )
        self.rows += len(rows)

    def close(self) -> dict[str, int]:
        self.fh.close()
        return {"entities.ftm.json": self.rows}


FTS_COLUMNS = ("name", "region_name", "settlement", "unit")  # "rank" is reserved in FTS5


class DatasetteWriter:
    """headcount.db (person, person_source, evidence, person_fts) and metadata.json."""

    def __init__(self, out: Path) -> None:
        self.out = out
        db = out / "headcount.db"
        db.unlink(missing_ok=True)
        self.con = sqlite3.connect(db)
        self.con.execute("PRAGMA journal_mode=OFF")
        self.con.execute("PRAGMA synchronous=OFF")
        self.persons = 0
        self.created = False

    def write(self, t: ExportTables) -> None:
        for name, df in (
            ("person", t.persons),
            ("person_source", t.sources),
            ("evidence", t.evidence),
        ):
            cols = list(df.columns)
            if not self.created:
                key = " PRIMARY KEY" if name == "person" else ""
                self.con.execute(
                    f"CREATE TABLE {name} ("
                    + ", ".join(f'"{c}"{key if c == "id" else ""}' for c in cols)
                    + ")"
                )
            self.con.executemany(
                f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})",
                (tuple(r.values()) for r in _records(df)),
            )
        self.created = True
        self.persons += len(t.persons)

    def close(self) -> dict[str, int]:
        con = self.con
        try:
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
        (self.out / "metadata.json").write_text(json.dumps(meta, indent=2), "utf-8")
        return {"headcount.db": self.persons, "metadata.json": 1}


#: format -> writer class
STREAMS: dict[str, Callable[[Path], Writer]] = {
    "csv": CsvWriter,
    "parquet": ParquetWriter,
    "jsonl": JsonlWriter,
    "ftm": FtmWriter,
    "datasette": DatasetteWriter,
}


def _whole(fmt: str) -> Callable[[ExportTables, Path], dict[str, int]]:
    def write(t: ExportTables, out: Path) -> dict[str, int]:
        writer = STREAMS[fmt](out)
        writer.write(t)
        return writer.close()

    write.__name__ = f"write_{fmt}"
    write.__doc__ = f"Write ``t`` into ``out`` as {fmt}; returns {{file: rows}}."
    return write


write_csv = _whole("csv")
write_parquet = _whole("parquet")
write_jsonl = _whole("jsonl")
write_ftm = _whole("ftm")
write_datasette = _whole("datasette")

WRITERS: dict[str, Callable[[ExportTables, Path], dict[str, int]]] = {
    "csv": write_csv,
    "parquet": write_parquet,
    "jsonl": write_jsonl,
    "ftm": write_ftm,
    "datasette": write_datasette,
}
