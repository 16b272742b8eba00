"""run_extract on a small registry: mentions with evidence, idempotent, version-aware."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, select, update

from headcount.extract import EXTRACTOR_VERSION, run_extract
from headcount.store import schema as s

TEXT = "Рядовой Иван Сергеевич Петров, житель Кяхты, погиб 12 марта. Ивану было 34 года."


def _doc(doc_id: str, text: str, fmt: str = "html", **kw: Any) -> dict[str, Any]:
    row = {"id": doc_id, "source": "news", "format": fmt, "origin": f"{doc_id}.html",
           "ingested_at": "2023-04-01T00:00:00Z", "archive_path": "x", "size": len(text),
           "text": text, "published_at": "2023-04-01T10:00:00+03:00", "language": "ru"}
    row.update(kw)
    return row


def _registry(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(insert(s.source).values(
            name="news", kind="news", publisher="", language="ru", system="news",
            deduplicated=0, declaration={}, updated_at="2023-04-01T00:00:00Z"))
        conn.execute(insert(s.document), [
            _doc("a" * 64, TEXT),
            _doc("b" * 64, "Погода на выходные: ожидаются заморозки."),
            _doc("c" * 64, "\x01\x02\x05binary\x03\x04" * 50),
            _doc("d" * 64, "", fmt="json"),
        ])


def _mentions(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(s.mention).where(s.mention.c.extractor == "text")))


def test_run_extract_writes_mentions_with_evidence_and_is_idempotent(engine: Engine) -> None:
    _registry(engine)
    report = run_extract(engine)
    assert (report.documents, report.mentions, report.lists_skipped) == (3, 1, 1)
    assert [d for d, _ in report.failed] == ["c" * 64]
    assert "binary" in report.failed[0][1]
    (m,) = _mentions(engine)
    assert (m.name, m.status, m.death_date, m.age) == ("Петров Иван Сергеевич", "killed",
                                                       "2023-03-12", 34)
    assert (m.region, m.region_inferred, m.settlement) == ("RU-BU", 1, "Кяхта")
    assert m.extractor_version == EXTRACTOR_VERSION
    assert m.evidence["death_date"] == {"quote": "12 марта", "start": 51, "end": 59}
    assert TEXT[51:59] == "12 марта"
    again = run_extract(engine)
    assert (again.documents, again.mentions, again.up_to_date) == (0, 0, 3)
    assert len(_mentions(engine)) == 1
    with engine.connect() as conn:
        errors = dict(conn.execute(select(s.document.c.id, s.document.c.extract_error)).all())
    assert errors["a" * 64] is None and "binary" in errors["c" * 64]


def test_an_older_version_is_replaced(engine: Engine) -> None:
    _registry(engine)
    run_extract(engine)
    first = {m.id for m in _mentions(engine)}
    with engine.begin() as conn:
        conn.execute(update(s.document).values(extracted_version="0"))
        conn.execute(update(s.mention).values(extractor_version="0"))
    report = run_extract(engine)
    assert report.documents == 3
    ms = _mentions(engine)
    assert {m.id for m in ms} == first
    assert {m.extractor_version for m in ms} == {EXTRACTOR_VERSION}
