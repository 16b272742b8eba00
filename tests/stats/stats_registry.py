"""A small hand-built registry for the stats and publish tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from headcount.store import open_registry
from headcount.store import schema as s

NOW = "2024-01-01T00:00:00+00:00"

# id, grade, status, region, citizenship, birth, death, reported, age, channel, settlement, unit
PEOPLE: list[tuple[Any, ...]] = [
    (
        "p01",
        "confirmed",
        "killed",
        "RU-TY",
        "RU",
        "1990",
        "2022-03-05",
        "2022-03-20",
        32,
        "contract",
        "Кызыл",
        "55th brigade",
    ),
    (
        "p02",
        "confirmed",
        "killed",
        "Tuva",
        "RU",
        "1985",
        "2022-03-17",
        "2022-04-02",
        None,
        "mobilised",
        None,
        None,
    ),
    (
        "p03",
        "pending",
        "killed",
        "RU-BU",
        "RU",
        None,
        "2022-04",
        "2022-05-01",
        40,
        "prisoner",
        None,
        None,
    ),
    (
        "p04",
        "pending",
        "missing",
        "RU-BU",
        "RU",
        "1991",
        None,
        "2023-01-10",
        None,
        "contract",
        "Улан-Удэ",
        "37th brigade",
    ),
    (
        "p05",
        "confirmed",
        "killed",
        "Республика Бурятия",
        "NP",
        "2006",
        "2023-02-01",
        "2023-02-11",
        17,
        "foreign_contract",
        "Kathmandu",
        "unit 1",
    ),
    (
        "p06",
        "rejected",
        "killed",
        "RU-TY",
        "RU",
        None,
        "2022-03-01",
        None,
        30,
        "contract",
        None,
        None,
    ),
    ("p07", "confirmed", "captured", None, "RU", "1980", None, None, 43, None, "Москва", "u7"),
]


def build(tmp: Path, people: list[tuple[Any, ...]] = PEOPLE, url: str | None = None) -> Engine:
    """The registry of ``people`` at ``url`` (default: a SQLite file in ``tmp``)."""
    engine = open_registry(url or f"sqlite:///{tmp / 'registry.sqlite'}")
    with engine.begin() as conn:
        conn.execute(
            insert(s.source),
            [
                {
                    "name": "list-a",
                    "kind": "list",
                    "publisher": "",
                    "language": "ru",
                    "system": "alpha",
                    "deduplicated": 0,
                    "declaration": {},
                    "updated_at": NOW,
                },
                {
                    "name": "news-b",
                    "kind": "news",
                    "publisher": "",
                    "language": "ru",
                    "system": "beta",
                    "deduplicated": 0,
                    "declaration": {},
                    "updated_at": NOW,
                },
            ],
        )
        conn.execute(
            insert(s.document),
            [
                {
                    "id": f"doc-{n}",
                    "source": n,
                    "format": "csv",
                    "origin": "x",
                    "url": f"https://{n}",
                    "ingested_at": NOW,
                    "archive_path": "x",
                    "size": 0,
                    "text": "",
                }
                for n in ("list-a", "news-b")
            ],
        )
        conn.execute(
            insert(s.link_run).values(
                id=1,
                started_at=NOW,
                finished_at=NOW,
                state="complete",
                engine="duckdb",
                model="m",
                threshold=0.9,
            )
        )
        for i, (
            pid,
            grade,
            status,
            region,
            cit,
            birth,
            death,
            rep,
            age,
            channel,
            settl,
            unit,
        ) in enumerate(people):
            sources = ["list-a"] if i % 2 == 0 else ["list-a", "news-b"]
            conn.execute(
                insert(s.person).values(
                    id=pid,
                    state="active",
                    grade=grade,
                    grade_rule="test",
                    name=f"Name {pid}",
                    birth_date=birth,
                    death_date=death,
                    region=region,
                    citizenship=cit,
                    status=status,
                    mentions=len(sources),
                    sources=len(sources),
                    conflicts=0,
                    status_history=[],
                    created_run=1,
                    updated_run=1,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
            for src in sources:
                mid = f"m-{pid}-{src}"
                conn.execute(
                    insert(s.mention).values(
                        id=mid,
                        document_id=f"doc-{src}",
                        source=src,
                        locator=str(i),
                        extractor="list",
                        extractor_version="1",
                        created_at=NOW,
                        birth_date=birth,
                        death_date=death,
                        age=age,
                        region=region,
                        settlement=settl,
                        citizenship=cit,
                        unit=unit,
                        channel=channel,
                        status=status,
                        reported_date=rep,
                        evidence={
                            "region": {"quote": str(region)},
                            "settlement": {"quote": str(settl)},
                            "unit": {"quote": str(unit)},
                        },
                    )
                )
                conn.execute(
                    insert(s.person_mention).values(
                        mention_id=mid, person_id=pid, run_id=1, rule="single"
                    )
                )
            for fld, val in (("channel", channel), ("settlement", settl), ("unit", unit)):
                if val is not None:
                    conn.execute(
                        insert(s.person_field).values(
                            person_id=pid,
                            field=fld,
                            value=val,
                            rule="t",
                            mentions=[],
                            alternatives=[],
                            conflict=0,
                        )
                    )
    return engine
