"""A small hand-made registry of mentions with known people, for the linkage tests."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Engine, insert

from headcount.store import schema as s

#: (source, kind, system, deduplicated)
SOURCES = [
    ("mz", "list", "mediazona", 1),
    ("family", "family_report", "families", 0),
    ("news", "news", "news", 0),
    ("anon", "list", "anonymised", 0),
]

#: person label -> mentions; the label is the ground truth, never shown to the linker
PEOPLE: dict[str, list[dict[str, Any]]] = {
    "thapa": [
        {"source": "mz", "name": "Тхапа Рам Бахадур", "death_date": "2023-03-12",
         "citizenship": "Непал", "status": "killed", "status_date": "2023-03-12"},
        {"source": "family", "name": "Ram Bahadur Thapa", "death_date": "2023-03-12",
         "status": "missing", "status_date": "2023-03-01"},
        {"source": "news", "name": "Рам Бахадур Тхапа", "death_date": "2023-03-13",
         "citizenship": "Непал"},
    ],
    "ivanov_a": [
        {"source": "mz", "name": "Иванов Иван Иванович", "birth_date": "1990-05-02",
         "death_date": "2023-01-10", "region": "Бурятия"},
        {"source": "news", "name": "Иван Иванов", "age": 32, "death_date": "2023-01-10",
         "region": "Бурятия"},
    ],
    "ivanov_b": [
        {"source": "mz", "name": "Иванов Иван Иванович", "birth_date": "1985-11-20",
         "death_date": "2023-06-01", "region": "Тыва"},
        {"source": "news", "name": "Иван Иванович Иванов", "birth_date": "1985-11-20",
         "death_date": "2023-06-01", "region": "Тыва"},
    ],
    "petrov": [
        {"source": "mz", "name": "Петров Сергей Алексеевич", "birth_date": "1995-02-14",
         "death_date": "2022-10-05", "region": "Курская область"},
        {"source": "news", "name": "Сергей Петров", "birth_date": "1995-02-14",
         "death_date": "2022-10-05", "region": "Курская область"},
        {"source": "family", "name": "Sergei Petrov", "birth_date": "1995-02-14",
         "death_date": "2022-10-06", "region": "Курская область"},
    ],
    "anon_1": [{"source": "anon", "birth_date": "1995", "death_date": "2022-10-05",
                "region": "Курская область"}],
    "anon_2": [{"source": "anon", "birth_date": "1995", "death_date": "2022-10-05",
                "region": "Курская область"}],
    "smirnov": [{"source": "mz", "name": "Смирнов Алексей Петрович", "birth_date": "1980-07-07",
                 "death_date": "2023-02-01", "region": "Пермский край"}],
    "kuznetsov": [
        {"source": "news", "name": "Дмитрий Кузнецов", "birth_date": "1992-04-04",
         "death_date": "2023-05-05", "region": "Омская область"},
        {"source": "family", "name": "Dmitrii Kuznetsov", "birth_date": "1992-04-04",
         "death_date": "2023-05-05"},
    ],
    "sokolov": [
        {"source": "news", "name": "Андрей Соколов", "death_date": "2022-04-01",
         "region": "Тверская область"},
        {"source": "family", "name": "Andrei Sokolov", "death_date": "2022-09-20"},
    ],
}  # fmt: skip


def mention_rows(people: dict[str, list[dict[str, Any]]] = PEOPLE) -> list[dict[str, Any]]:
    rows = []
    for label, mentions in people.items():
        for i, m in enumerate(mentions):
            mid = hashlib.sha256(f"{label}|{i}".encode()).hexdigest()[:32]
            rows.append({"id": mid, "truth": label, **m})
    return rows


def _precision(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def fill_registry(engine: Engine, rows: list[dict[str, Any]]) -> None:
    """Insert sources, one document per source, and ``rows`` as mentions."""
    now = "2024-01-01T00:00:00+00:00"
    with engine.begin() as conn:
        existing = {
            r[0] for r in conn.execute(s.source.select().with_only_columns(s.source.c.name))
        }
        for name, kind, system, dedup in SOURCES:
            if name in existing:
                continue
            conn.execute(
                insert(s.source).values(
                    name=name,
                    kind=kind,
                    publisher="",
                    language="ru",
                    system=system,
                    deduplicated=dedup,
                    declaration={},
                    updated_at=now,
                )
            )
            conn.execute(
                insert(s.document).values(
                    id=f"doc-{name}",
                    source=name,
                    format="json",
                    origin="test",
                    ingested_at=now,
                    archive_path="x",
                    size=0,
                    text="",
                    published_at=now,
                )
            )
        for r in rows:
            values = {k: v for k, v in r.items() if k != "truth"}
            for col in ("birth_date", "death_date", "status_date"):
                values[f"{col}_precision"] = _precision(values.get(col))
            conn.execute(insert(s.mention).values(
                document_id=f"doc-{r['source']}", locator=r["id"][:8], extractor="list",
                extractor_version="1", created_at=now, evidence={}, **values))  # fmt: skip


def filler(n: int) -> list[dict[str, Any]]:
    """Other people, each of one mention and a name of their own."""
    letters = "бвгдклмнпрст"
    out: list[dict[str, Any]] = []
    for i in range(n):
        a, b, c = letters[i % 12], letters[(i // 12) % 12], letters[(i // 144) % 12]
        out.append({"id": f"f{i}", "name": f"{(a + 'о' + b + c + 'ов').capitalize()} Иван"})
    return out


def pair_probabilities(rows: list[dict[str, Any]]) -> dict[frozenset[str], float]:
    """The match probability of every scored pair of ``rows`` (mentions with an ``id``) under
    the built-in registry model."""
    import pandas as pd

    from headcount.link.predict import predict
    from headcount.link.run import REGISTRY_COLUMNS, standardise_mentions
    from headcount.link.train import default_model

    std = standardise_mentions(pd.DataFrame(rows))
    pairs = predict(std, default_model(REGISTRY_COLUMNS, len(std)), floor=0.0)
    return {
        frozenset((a, b)): p
        for a, b, p in pairs[["unique_id_l", "unique_id_r", "match_probability"]].itertuples(
            index=False, name=None
        )
    }
