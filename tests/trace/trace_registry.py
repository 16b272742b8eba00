"""A small linked registry made by hand for the trace tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert

from headcount.store import schema as s

NOW = "2024-05-01T00:00:00+00:00"
# person id -> (status, mentions: (id, source, name, fields))
PEOPLE: dict[str, tuple[str, list[tuple[str, str, str, dict[str, Any]]]]] = {
    "pthapa": ("killed", [("m1", "list", "Тхапа Рам Бахадур",
                           {"birth_date": "1995-05-05", "citizenship": "NP",
                            "death_date": "2024-03-01", "recruiter": "Global Jobs"})]),
    "pivanov": ("killed", [("m2", "news", "Иванов Иван Иванович",
                            {"birth_date": "1980-01-01", "citizenship": "RU",
                             "death_date": "2023-02-02"})]),
    "pgurung": ("captured", [("m3", "list", "Гурунг Мадан", {"citizenship": "NP"})]),
    "pfamily": ("missing", [("m4", "family", "Bishnu Shrestha",
                             {"birth_date": "1991-01-01", "citizenship": "NP"})]),
}  # fmt: skip


def add_run(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(insert(s.link_run).values(started_at=NOW, state="complete", engine="duckdb",
                                               model="test", threshold=0.9))  # fmt: skip


def add_mention(engine: Engine, person: str, mid: str, source: str, name: str,
                status: str, fields: dict[str, Any]) -> None:  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(s.mention).values(
            id=mid, document_id=f"d-{source}", source=source, locator=mid, extractor="test",
            extractor_version="1", created_at=NOW, name=name, status=status,
            evidence={"name": {"quote": name}, "status": {"quote": f"{status} «{name}»"},
                      **{k: {"quote": str(v)} for k, v in fields.items()}},
            **fields,
        ))  # fmt: skip
        conn.execute(insert(s.person_mention).values(mention_id=mid, person_id=person, run_id=1,
                                                     rule="model"))  # fmt: skip


def build(engine: Engine) -> None:
    with engine.begin() as conn:
        for name, kind in (("news", "news"), ("list", "list"), ("family", "family_report")):
            conn.execute(insert(s.source).values(name=name, kind=kind, publisher=name,
                                                 system=name, declaration={}, updated_at=NOW))
            conn.execute(insert(s.document).values(
                id=f"d-{name}", source=name, format="html", origin=f"{name}.html",
                url=f"https://{name}.example/1", ingested_at=NOW, published_at="2024-04-01",
                archive_path=f"{name}.bin", size=1, text=""))  # fmt: skip
    add_run(engine)
    with engine.begin() as conn:
        for pid, (status, mentions) in PEOPLE.items():
            f = mentions[0][3]
            conn.execute(insert(s.person).values(
                id=pid, state="active", grade="confirmed", grade_rule="test",
                name=mentions[0][2], birth_date=f.get("birth_date"),
                death_date=f.get("death_date"), citizenship=f.get("citizenship"), status=status,
                mentions=len(mentions), sources=1, conflicts=0,
                status_history=[{"status": status, "date": f.get("death_date"),
                                 "mention": mentions[0][0]}],
                created_run=1, updated_run=1, created_at=NOW, updated_at=NOW))  # fmt: skip
    for pid, (status, mentions) in PEOPLE.items():
        for mid, src, name, fields in mentions:
            add_mention(engine, pid, mid, src, name, status, fields)
