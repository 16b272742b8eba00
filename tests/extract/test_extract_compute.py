"""Where `headcount extract` reads documents: options, then [extract], then [link]."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from headcount.cli import app
from headcount.extract.compute import MAX_AUTO_WORKERS, Compute, SettingError, placement

runner = CliRunner()


def test_defaults_are_one_process_per_core_on_this_machine() -> None:
    where = placement({}, {})
    assert where.compute is Compute.local
    assert where.workers == min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
    assert where.spark_master is None


def test_options_win_over_settings_and_link_lends_its_master() -> None:
    link = {"spark_master": "spark://linkage:7077"}
    where = placement({"engine": "spark", "workers": 3}, link)
    assert (where.compute, where.workers, where.spark_master) == (
        Compute.spark, 3, "spark://linkage:7077")
    own = placement({"spark_master": "spark://extract:7077"}, link, "local", 1)
    assert (own.compute, own.workers, own.spark_master) == (
        Compute.local, 1, "spark://extract:7077")


@pytest.mark.parametrize(("conf", "word"), [({"engine": "dask"}, "engine"),
                                            ({"workers": -1}, "workers"),
                                            ({"workers": "two"}, "workers"),
                                            ({"workers": True}, "workers")])
def test_a_bad_setting_is_named(conf: dict[str, object], word: str) -> None:
    with pytest.raises(SettingError, match=rf"\[extract\] {word}"):
        placement(conf, {})


def _workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    (root / "sources" / "news.yml").write_text(
        "name: news\nkind: news\nsystem: news\nlanguage: ru\n", "utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    for i, (name, town) in enumerate((("Иван Сергеевич Петров", "Кяхты"),
                                      ("Дмитрий Андреевич Соколов", "Бердска"),
                                      ("Алексей Олегович Тарасов", "Иркутска"))):
        (pages / f"{i}.txt").write_text(f"Рядовой {name}, житель {town}, погиб 12 марта "
                                        "2023 года.", "utf-8")
    done = runner.invoke(app, ["ingest", "-w", str(root), "news", str(pages)])
    assert done.exit_code == 0, done.output
    return root


def test_the_command_reads_in_two_processes(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    done = runner.invoke(app, ["extract", "-w", str(root), "-j", "2", "--format", "json"])
    assert done.exit_code == 0, done.output
    (row,) = json.loads(done.stdout)
    assert (row["documents"], row["mentions"], row["failed"]) == (3, 3, [])


def test_a_bad_engine_setting_is_one_line_and_reads_nothing(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    config = root / "headcount.toml"
    config.write_text(config.read_text("utf-8") + '\n[extract]\nengine = "dask"\n', "utf-8")
    done = runner.invoke(app, ["extract", "-w", str(root)])
    assert done.exit_code == 2
    assert "[extract] engine = 'dask'" in done.output
    again = runner.invoke(app, ["extract", "-w", str(root), "--engine", "local", "-j", "1",
                                "--format", "json"])
    assert json.loads(again.stdout)[0]["documents"] == 3
