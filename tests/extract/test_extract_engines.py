"""Whichever reads the documents — this process, a pool of processes, Spark in local
mode — the registry ends up with the same mentions, errors and report."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select

from headcount.extract.store import BATCH, run_extract
from headcount.store import open_registry
from headcount.store import schema as s

_SURNAMES = ("Петров", "Соколов", "Кузнецов", "Тарасов", "Мельников", "Сидоренко", "Юлдашев")
_GIVEN = ("Иван", "Дмитрий", "Сергей", "Алексей", "Вадим", "Шерзод", "Николай")
_PATRONYMIC = ("Сергеевич", "Андреевич", "Игоревич", "Олегович")
_TOWNS = ("Кяхты", "Кемерова", "Иркутска", "Ташкента", "Бердска")
_MONTHS = ("января", "марта", "мая", "августа", "октября")
_TEMPLATES = (
    "Рядовой {g} {p} {s}, житель {t}, погиб {d} {m} 2023 года. Ему был {a} год.",
    "В Донецке погиб мобилизованный {s} {g} {p} ({y} г.р.). Прощание состоится {d} {m}.",
    "{s} {g} ({y} г.р.) и {s2} {g2} погибли в {m2} 2023 года. Оба подписали контракт.",
    "Простились с капитаном {s}ым и рядовым {s2}ым, который погиб под Бахмутом.",
    "Гражданин Непала {g} {s} подписал контракт и пропал без вести {d} {m} 2024 года.",
    "Private {gl} {sl}, 34, of Omsk was killed in Ukraine's Zaporizhzhia region in May 2023.",
    "Загинув мешканець Житомира Петренко Іван Олексійович, {y} року народження.",
    "Погода на выходные: ожидаются заморозки до {a} градусов.",
)


def corpus(n: int, seed: int = 19) -> list[dict[str, Any]]:
    """``n`` documents made from obituary templates (Russian, English, Ukrainian, one
    person or two, none), with a binary, an empty one, a list and an unknown language."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        template = _TEMPLATES[i % len(_TEMPLATES)]
        text = template.format(
            s=rng.choice(_SURNAMES), g=rng.choice(_GIVEN), p=rng.choice(_PATRONYMIC),
            s2=rng.choice(_SURNAMES), g2=rng.choice(_GIVEN), t=rng.choice(_TOWNS),
            d=rng.randint(1, 28), m=rng.choice(_MONTHS), m2="мае", a=rng.randint(19, 59),
            y=rng.randint(1965, 2004), gl=rng.choice(("John", "Ahmed", "Alexis")),
            sl=rng.choice(("Smith", "Hassan", "Perez")))
        docs.append(_doc(f"{i:04d}", text, language=None if i % 3 else "ru"))
    docs += [
        _doc("binary", "\x01\x02\x05binary\x03\x04" * 50),
        _doc("empty", "   "),
        _doc("list", "name,status\nИванов,killed\n", fmt="csv"),
        _doc("german", "Рядовой Иван Петров погиб 12 марта.", language="de",
             published="not a date"),
    ]
    return docs


def _doc(doc_id: str, text: str, fmt: str = "html", language: str | None = "ru",
         published: str = "2024-03-14T10:00:00+03:00") -> dict[str, Any]:
    return {"id": doc_id.ljust(64, "0"), "source": "news", "format": fmt,
            "origin": f"{doc_id}.{fmt}", "ingested_at": "2024-03-14T00:00:00Z",
            "archive_path": "x", "size": len(text), "text": text, "published_at": published,
            "language": language}


def _registry(url: str, docs: list[dict[str, Any]]) -> Engine:
    engine = open_registry(url)
    with engine.begin() as conn:
        conn.execute(insert(s.source).values(
            name="news", kind="news", publisher="", language="ru", system="news",
            deduplicated=0, declaration={}, updated_at="2024-03-14T00:00:00Z"))
        conn.execute(insert(s.document), docs)
    return engine


def stored(engine: Engine) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    """Every mention (but the time it was written) and every document's extraction state."""
    with engine.connect() as conn:
        mentions = [
            {k: v for k, v in r.items() if k != "created_at"}
            for r in conn.execute(select(s.mention).order_by(s.mention.c.id)).mappings()
        ]
        documents = [tuple(r) for r in conn.execute(
            select(s.document.c.id, s.document.c.extracted_version, s.document.c.extract_error)
            .order_by(s.document.c.id))]
    return mentions, documents


def _run(url: str, docs: list[dict[str, Any]], **how: Any) -> tuple[Any, ...]:
    engine = _registry(url, docs)
    seen: list[tuple[int, int]] = []
    report = run_extract(engine, progress=lambda done, total: seen.append((done, total)), **how)
    result = (*stored(engine), report.as_dict())
    engine.dispose()
    return result, seen


@pytest.fixture(scope="module")
def docs() -> list[dict[str, Any]]:
    return corpus(2 * BATCH + 5)  # more than a transaction's batch, not a multiple of it


@pytest.fixture(scope="module")
def one_process(docs: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[Any, ...]:
    return _run(f"sqlite:///{tmp_path_factory.mktemp('one') / 'one.sqlite'}", docs)


def test_one_process_reads_the_corpus(one_process: tuple[Any, ...],
                                      docs: list[dict[str, Any]]) -> None:
    (mentions, documents, report), seen = one_process
    texts = len(docs) - 1  # the list document is not read
    assert report["documents"] == texts and report["lists_skipped"] == 1
    assert report["mentions"] == len(mentions) > BATCH  # every batch was written
    assert [f["document"] for f in report["failed"]] == ["binary".ljust(64, "0")]
    assert any("'de'" in w["message"] for w in report["warnings"])
    assert {m["document_id"][:4] for m in mentions} >= {"0000", "0005", "0006"}  # ru, en, uk
    assert sum(v is not None for _, v, _ in documents) == texts
    assert seen[0] == (0, texts) and seen[-1] == (texts, texts)
    assert [d for d, _ in seen] == list(range(texts + 1))


def test_two_processes_store_what_one_process_stores(
        one_process: tuple[Any, ...], docs: list[dict[str, Any]], db_url: str) -> None:
    two, seen = _run(db_url, docs, workers=2)  # on SQLite and PostgreSQL
    assert two == one_process[0]
    assert seen == one_process[1]  # the progress bar counts every document


@pytest.mark.slow
@pytest.mark.spark
def test_spark_local_mode_stores_what_one_process_stores(
        one_process: tuple[Any, ...], docs: list[dict[str, Any]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from headcount.extract import spark

    reason = spark.spark_unavailable()
    if reason:
        if os.environ.get("HEADCOUNT_REQUIRE_SPARK") == "1":
            pytest.fail(f"HEADCOUNT_REQUIRE_SPARK=1 but {reason}")
        pytest.skip(reason)
    # several waves: one is read while the one before is written
    monkeypatch.setattr(spark, "wave_size", lambda slots: 16)
    waves: list[int] = []
    read = spark._read_wave

    def counted(context: Any, wave: list[Any], slots: int) -> Any:
        waves.append(len(wave))
        return read(context, wave, slots)

    monkeypatch.setattr(spark, "_read_wave", counted)
    on_spark, seen = _run(f"sqlite:///{tmp_path / 'spark.sqlite'}", docs, compute="spark",
                          spark_master="local[2]")
    assert len(waves) > 2 and sum(waves) == len(docs) - 1
    assert on_spark == one_process[0]
    assert seen[-1] == one_process[1][-1]
    # linkage later in the same process still has Splink's string functions: a jar joins
    # the driver's class path only when the JVM starts, which extraction may have done
    from headcount.link.engines import _spark_api

    session = _spark_api("local[2]", 10).spark
    assert session.sql("SELECT damerau_levenshtein('abcd', 'abdc') AS d").collect()[0]["d"] == 1


def test_a_failed_spark_job_is_one_line_and_what_was_read_is_kept(
        docs: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No Spark needed: the session and the job are stand-ins; the second wave fails."""
    from headcount.extract import spark
    from headcount.extract.work import extract_job

    stopped: list[bool] = []

    class Session:
        class sparkContext:  # the attribute a Spark session has
            defaultParallelism = 2

        def stop(self) -> None:
            stopped.append(True)

    def read(context: Any, wave: list[Any], slots: int) -> Any:
        if wave[0].id.startswith("0003"):
            raise RuntimeError("An error occurred while calling o42.collect.\n"
                               ": org.apache.spark.SparkException: Job aborted")
        return [extract_job(job) for job in wave]

    monkeypatch.setattr(spark, "_session", lambda master: (Session(), True))
    monkeypatch.setattr(spark, "wave_size", lambda slots: 3)
    monkeypatch.setattr(spark, "_read_wave", read)
    engine = _registry(f"sqlite:///{tmp_path / 'failed.sqlite'}", docs)
    with pytest.raises(spark.SparkFailed, match=r"^An error occurred .* o42\.collect\.$"):
        run_extract(engine, compute="spark")
    assert stopped == [True]
    _, documents = stored(engine)
    assert [d[0][:4] for d in documents if d[1] is not None] == ["0000", "0001", "0002"]
    again = run_extract(engine)  # the next run does the rest
    assert again.documents == len(docs) - 1 - 3
    engine.dispose()


def _blas_threads(info: list[dict[str, Any]]) -> set[int]:
    return {i["num_threads"] for i in info if i["user_api"] == "blas"}


def test_numpy_runs_on_one_thread_where_documents_are_read() -> None:
    """OpenBLAS's thread per core spun more than it multiplied slovnet's small matrices."""
    import multiprocessing as mp

    from threadpoolctl import threadpool_info

    from headcount.extract.pool import extract_locally
    from headcount.extract.work import Job, start_worker

    job = Job("x", "news", "Рядовой Иван Петров погиб 12 марта 2023 года.", "ru", None)
    inside = [_blas_threads(threadpool_info()) for _ in extract_locally([job], workers=1)]
    assert inside == [{1}]
    with mp.get_context("spawn").Pool(1, initializer=start_worker) as pool:
        assert _blas_threads(pool.apply(threadpool_info)) == {1}
