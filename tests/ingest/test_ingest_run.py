"""Ingest into a registry, on SQLite and PostgreSQL: provenance, idempotence, failures."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from headcount.ingest import Source, ingest, parse_source
from headcount.ingest import run as run_module
from headcount.store import schema as s


def _count(engine: Engine, table: s.Table) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def test_every_kind_is_archived_with_provenance(
    engine: Engine, tmp_path: Path, samples: dict[str, Path], family_source: Source
) -> None:
    archive = tmp_path / "archive"
    news = parse_source({"name": "news", "kind": "news", "url_template": "https://t.me/pb/{id}"})
    texts = [samples[k] for k in ("html", "telegram", "text", "jsonl")]
    report = ingest(engine, archive, news, texts, base=samples["html"].parent)
    assert report.ok, report.errors
    assert report.documents_new == 1 + 2 + 1 + 2
    report = ingest(engine, archive, family_source, [samples["csv"]])
    assert report.ok and report.mentions == 2
    with engine.connect() as conn:
        html = conn.execute(select(s.document).where(s.document.c.format == "html")).one()
        raw = samples["html"].read_bytes()
        assert html.id == hashlib.sha256(raw).hexdigest()
        assert (archive / html.archive_path).read_bytes() == raw
        assert html.origin == "article.html"
        assert html.source == "news"
        assert html.url.startswith("https://kyakhta.example/")
        mentions = conn.execute(select(s.mention).order_by(s.mention.c.locator)).all()
    assert [m.name for m in mentions] == ["Ram Bahadur Thapa", "Bikram Gurung"]
    assert mentions[0].evidence["name"] == {"column": "full_name", "quote": "Ram Bahadur Thapa"}
    assert mentions[0].extra == {"remarks": "left in 2023"}
    assert report.warnings and "remarks" in report.warnings[0][1]


def test_ingesting_the_same_bytes_again_adds_nothing(
    engine: Engine, tmp_path: Path, samples: dict[str, Path], family_source: Source
) -> None:
    news = parse_source({"name": "news", "kind": "news"})
    folder = samples["html"].parent
    first = ingest(engine, tmp_path / "a", news, [samples["html"], samples["jsonl"]])
    copy = tmp_path / "copy.html"
    copy.write_bytes(samples["html"].read_bytes())
    again = ingest(engine, tmp_path / "a", news, [samples["html"], copy, samples["jsonl"]])
    assert first.documents_new == 3
    assert (again.documents_new, again.documents_seen) == (0, 4)
    ingest(engine, tmp_path / "a", family_source, [samples["csv"]])
    ingest(engine, tmp_path / "a", family_source, [samples["csv"]])
    assert _count(engine, s.document) == 4
    assert _count(engine, s.mention) == 2
    assert folder.exists()


def test_a_bad_file_is_reported_and_the_others_go_in(
    engine: Engine, tmp_path: Path, samples: dict[str, Path]
) -> None:
    news = parse_source({"name": "news", "kind": "news"})
    folder = samples["html"].parent
    (folder / "broken.jsonl").write_text('{"text": "Погиб Иванов"}\n{"text": \n', "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    report = ingest(engine, tmp_path / "a", news, [folder], base=folder)
    failed = sorted(p for p, _ in report.errors)
    assert failed == ["broken.jsonl", "empty.txt", "family.csv"]  # csv: no mapping for news
    assert any("broken.jsonl: line 2: invalid JSON" in m for _, m in report.errors)
    with engine.connect() as conn:
        origins = set(conn.scalars(select(s.document.c.origin)))
        run = conn.execute(select(s.ingest_run)).one()
        errors = conn.execute(select(s.ingest_error)).all()
    assert not any(o.startswith(("broken", "empty", "family")) for o in origins)
    assert "article.html" in origins and "note.txt" in origins
    assert run.state == "failed" and run.errors == 3 and len(errors) == 3


def test_a_file_that_fails_while_writing_leaves_nothing(
    engine: Engine,
    tmp_path: Path,
    samples: dict[str, Path],
    family_source: Source,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_rows = run_module._mention_rows

    def broken(*args: object, **kwargs: object) -> list:
        rows = real_rows(*args, **kwargs)  # type: ignore[arg-type]
        rows[-1]["id"] = rows[0]["id"]  # a primary-key clash inside the transaction
        return rows

    monkeypatch.setattr(run_module, "_mention_rows", broken)
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"):
        ingest(engine, tmp_path / "a", family_source, [samples["csv"]])
    assert _count(engine, s.document) == 0
    assert _count(engine, s.mention) == 0
    monkeypatch.setattr(run_module, "_mention_rows", real_rows)
    report = ingest(engine, tmp_path / "a", family_source, [samples["csv"]])
    assert report.ok and (report.documents_new, report.mentions) == (1, 2)


def test_an_interrupted_run_is_completed_by_the_next(
    engine: Engine, tmp_path: Path, samples: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    news = parse_source({"name": "news", "kind": "news"})
    files = [samples[k] for k in ("html", "text", "jsonl")]
    real_store = run_module.store_documents
    calls = {"n": 0}

    def dies_on_second_file(*args: object, **kwargs: object) -> tuple[int, int, int]:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl-C mid-run
        return real_store(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run_module, "store_documents", dies_on_second_file)
    with pytest.raises(KeyboardInterrupt):
        ingest(engine, tmp_path / "a", news, files)
    assert _count(engine, s.document) == 1
    monkeypatch.setattr(run_module, "store_documents", real_store)
    report = ingest(engine, tmp_path / "a", news, files)
    assert (report.documents_new, report.documents_seen) == (3, 1)
    assert _count(engine, s.document) == 4


def test_min_documents_expectation_is_an_error(
    engine: Engine, tmp_path: Path, samples: dict[str, Path]
) -> None:
    news = parse_source(
        {"name": "news", "kind": "news", "expect": {"min_documents": 5}}, "sources/news.yml"
    )
    report = ingest(engine, tmp_path / "a", news, [samples["html"]])
    assert not report.ok
    assert "holds 1 documents, expected at least 5" in report.errors[0][1]
    assert _count(engine, s.document) == 1  # what was read stays: it is valid
