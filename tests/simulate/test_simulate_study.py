"""The simulation study: estimates against known totals, and 'not estimable'."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

import pytest

from headcount.estimate.headline import HeadlineConfig
from headcount.simulate.study import PIPELINE, TRUTH, run_study, summarise


def test_identifiable_is_estimated_and_one_source_region_is_refused() -> None:
    cfg = HeadlineConfig(statuses=(), bootstrap=30)
    rows = run_study(["independent-3", "one-source-region"], replicates=3, people=300,
                     config=cfg)
    assert {r.mode for r in rows} == {TRUTH}
    summary = {s["scenario"]: s for s in summarise(rows)}
    ok = summary["independent-3"]
    assert ok["not_estimable"] == 0
    assert ok["median_abs_rel_error"] is not None and ok["median_abs_rel_error"] < 0.15
    assert ok["named"] < ok["people"] == 300  # some people no source names
    # the intervals' width as a share of the truth, over the estimable replicates
    widths = [(r.upper - r.lower) / 300 for r in rows
              if r.scenario == "independent-3" and r.estimable and r.upper and r.lower]
    assert ok["median_rel_width"] == pytest.approx(statistics.median(widths))
    assert 0 < ok["median_rel_width"] < 1
    bad = summary["one-source-region"]
    assert bad["not_estimable"] == 1 and "single_system_stratum" in bad["reasons"]
    assert bad["median_rel_width"] is None


def test_statuses_only_some_sources_report_are_estimated_by_group() -> None:
    cfg = HeadlineConfig(statuses=(), bootstrap=30)
    rows = run_study(["status-subset", "status-one-source"], replicates=3, people=300,
                     config=cfg)
    summary = {s["scenario"]: s for s in summarise(rows)}
    ok = summary["status-subset"]
    assert ok["not_estimable"] < 0.5
    assert ok["median_abs_rel_error"] is not None and ok["median_abs_rel_error"] < 0.15
    bad = summary["status-one-source"]
    assert bad["not_estimable"] == 1 and "single_system_status" in bad["reasons"]


def test_one_replicate_through_the_whole_pipeline() -> None:
    cfg = HeadlineConfig(statuses=(), bootstrap=0)
    rows = run_study(["independent-3"], replicates=1, people=60, pipeline=True, config=cfg)
    piped = [r for r in rows if r.mode == PIPELINE]
    assert len(piped) == 1
    r = piped[0]
    assert r.people == 60 and 0 < r.named <= 60
    assert r.persons > 0 and r.region_error >= 0
    assert r.estimate is None or r.estimate >= r.persons * 0.5


def test_replicates_reuse_the_first_replicates_linkage_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import headcount.link.run as link_run

    trained: list[bool] = []
    real = link_run.link_registry

    def spy(*args: Any, **kwargs: Any) -> Any:
        trained.append(bool(kwargs.get("retrain")))
        return real(*args, **kwargs)

    monkeypatch.setattr(link_run, "link_registry", spy)
    cfg = HeadlineConfig(statuses=(), bootstrap=0)
    rows = run_study(["independent-3"], replicates=2, people=40, pipeline=True, config=cfg)
    assert [r.replicate for r in rows if r.mode == PIPELINE] == [0, 1]
    assert trained == [True, False]


def test_workers_give_the_same_rows_in_the_same_order() -> None:
    cfg = HeadlineConfig(statuses=(), bootstrap=0)
    names = ["independent-3", "negative"]
    one = run_study(names, replicates=2, people=120, config=cfg)
    two = run_study(names, replicates=2, people=120, config=cfg, workers=2)
    key = [(r.scenario, r.replicate, r.mode, r.named, r.estimate) for r in one]
    assert key == [(r.scenario, r.replicate, r.mode, r.named, r.estimate) for r in two]
    assert [(r.scenario, r.replicate) for r in one] == [
        ("independent-3", 0), ("independent-3", 1), ("negative", 0), ("negative", 1)]


def test_kept_tables_give_the_same_estimate_again(tmp_path: Path) -> None:
    from headcount.simulate.study import kept_rows, reestimate

    cfg = HeadlineConfig(statuses=(), bootstrap=0)
    rows = run_study(["independent-3"], replicates=1, people=60, pipeline=True, config=cfg,
                     keep=tmp_path)
    assert (tmp_path / "independent-3-00.csv").is_file()
    again = reestimate(rows, tmp_path, cfg)
    for a, b in zip(rows, again, strict=True):
        assert (a.mode, a.estimable, a.reasons) == (b.mode, b.estimable, b.reasons)
        assert a.estimate == pytest.approx(b.estimate) if a.estimate else b.estimate is None
    partial, missing = kept_rows(tmp_path)  # as if the study had been interrupted
    assert missing
    assert kept_rows(tmp_path, rows) == (list(rows), False)
    assert [(r.mode, r.scenario, r.replicate, r.people, r.named) for r in partial] == [
        (r.mode, r.scenario, r.replicate, r.people, r.named) for r in rows]
    assert partial[1].persons == rows[1].persons and partial[1].noise == rows[1].noise
