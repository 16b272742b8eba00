"""One headline estimate: the CLI, the report, the API and the dashboard show the same."""

from __future__ import annotations

import html
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from headcount.cli import app
from headcount.estimate.errors import EstimationError
from headcount.estimate.headline import HeadlineConfig, headline_estimate, workspace_config
from headcount.pipeline import DemoRun, build_demo
from headcount.settings import load_workspace
from headcount.stats.report import build_report
from headcount.web.app import create_app

SETTINGS = '\n[estimate]\nbootstrap = 40\nseed = 7\nstatuses = ["killed"]\n'


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    run = build_demo(tmp_path_factory.mktemp("headline"), people=70, seed=5)
    toml = run.workspace.root / "headcount.toml"
    toml.write_text(toml.read_text("utf-8") + SETTINGS, "utf-8")
    return run


def test_four_surfaces_give_one_figure_and_one_description(demo: DemoRun) -> None:
    ws = load_workspace(demo.workspace.root)
    config = workspace_config(ws.section("estimate"))
    assert config.bootstrap == 40 and config.seed == 7 and config.statuses == ("killed",)
    head = headline_estimate(demo.engine, config).to_dict()
    assert head["description"].startswith("persons recorded as killed")
    assert "interval" in head["description"] and "model" in head["description"]
    # the command line
    out = CliRunner().invoke(app, ["estimate", "-w", str(ws.root), "--format", "json"])
    cli = json.loads(out.stdout)
    assert out.exit_code == (0 if head["estimable"] else 3)
    # the API and the dashboard
    client = TestClient(create_app(ws, engine=demo.engine))
    api = client.get("/api/v1/estimate").json()
    page = client.get("/").text
    # the report
    report = build_report(demo.engine, ws)
    for other in (cli, api):
        for key in ("figure", "description", "estimable", "estimate", "lower", "upper", "why"):
            assert other.get(key) == head.get(key), key
    for text in (page, report):
        # escaped either way: Jinja writes an apostrophe as &#39;, html.escape as &#x27;
        assert head["description"] in html.unescape(text)
        if head["estimable"]:
            assert f"{head['estimate']:,.0f}" in text
            if head["lower"] is not None:  # the bounds as the CLI rounds them
                bounds = f"{head['lower']:,.0f}–{head['upper']:,.0f}"
                assert bounds in text.replace("\u202f", ","), bounds
        else:
            assert "not estimable" in text and head["why"] in html.unescape(text)


def test_the_config_decides_what_is_counted(demo: DemoRun) -> None:
    killed = headline_estimate(demo.engine, HeadlineConfig(statuses=("killed",), bootstrap=0))
    everyone = headline_estimate(demo.engine, HeadlineConfig(statuses=(), bootstrap=0))
    assert everyone.observed > killed.observed > 0
    assert everyone.description.startswith("all persons")
    assert ", ".join(killed.systems) in killed.description


def test_one_system_is_not_estimable(demo: DemoRun) -> None:
    systems = headline_estimate(demo.engine, HeadlineConfig(bootstrap=0)).systems
    config = HeadlineConfig(exclude_systems=tuple(systems[1:]), bootstrap=0)
    head = headline_estimate(demo.engine, config)
    assert not head.estimable
    assert head.figure == "not estimable from these sources"
    assert [r.code for r in head.reasons] == ["too_few_systems"]


@pytest.mark.parametrize(
    "section, message",
    [
        ({"method": "magic"}, "method 'magic'"),
        ({"colour": "red"}, "unknown setting"),
        ({"bootstrap": 3}, "bootstrap"),
        ({"resample": "people"}, "resample 'people' is not one of observed, population"),
        ({"resample": ["population"]}, "resample"),
    ],
)
def test_bad_settings_name_the_setting(section: dict[str, object], message: str) -> None:
    with pytest.raises(EstimationError, match=message):
        workspace_config(section)


def test_statuses_any_means_everyone() -> None:
    assert workspace_config({"statuses": ["any"]}).statuses == ()
    assert workspace_config({"statuses": "killed"}).statuses == ("killed",)

    assert workspace_config(None) == HeadlineConfig()


def test_every_setting_and_reason_is_documented() -> None:
    from dataclasses import fields
    from pathlib import Path

    from headcount.estimate.estimability import CODES

    text = (Path(__file__).resolve().parents[2] / "docs" / "estimate.md").read_text("utf-8")
    for f in fields(HeadlineConfig):
        assert f"{f.name} =" in text, f.name
    for code in CODES:
        assert f"`{code}`" in text, code


def test_coverage_from_a_sample_of_the_truth(demo: DemoRun) -> None:
    import csv

    import pandas as pd

    from headcount.estimate.coverage import coverage_estimate

    with open(demo.workspace.root / "truth" / "people.csv", encoding="utf-8") as fh:
        killed = [r for r in csv.DictReader(fh) if r["final_status"] == "killed"][:20]
    sample = pd.DataFrame({"full_name": [r["latin_name"] for r in killed],
                           "date_of_birth": [r["birth_date"] for r in killed]})
    res = coverage_estimate(sample, demo.engine, demo.workspace.root, statuses=("killed",))
    assert res.sample == 20 and res.matched + res.possible > 0
    assert res.coverage_lower <= res.coverage <= res.coverage_upper
    assert res.lower <= res.estimate <= res.upper
    assert res.documented >= res.matched


def test_headline_is_computed_once_per_registry_state_and_config(
    demo: DemoRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import threading

    from sqlalchemy import update

    from headcount.estimate import cache
    from headcount.store import schema as s

    root = demo.workspace.root
    shutil.rmtree(root / cache.CACHE_DIR, ignore_errors=True)
    calls: list[HeadlineConfig] = []
    real = cache.headline_estimate

    def counted(engine: object, config: HeadlineConfig) -> object:
        calls.append(config)
        return real(demo.engine, config)

    monkeypatch.setattr(cache, "headline_estimate", counted)
    config = HeadlineConfig(statuses=("killed",), bootstrap=20, seed=3)
    got: list[dict[str, object]] = []
    threads = [threading.Thread(target=lambda: got.append(
        cache.headline_dict(demo.engine, config, root))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len(got) == 3 and got[0] == got[1] == got[2]
    assert cache.headline_dict(demo.engine, config, root) == got[0] and len(calls) == 1
    cache.headline_dict(demo.engine, config.replace(seed=4), root)
    assert len(calls) == 2  # another config, another figure
    key = cache.cache_key(demo.engine, config)
    p = s.person
    with demo.engine.begin() as conn:
        pid, grade = conn.execute(
            p.select().with_only_columns(p.c.id, p.c.grade).where(p.c.grade != "rejected")
            .limit(1)).one()
        conn.execute(update(p).where(p.c.id == pid).values(grade="rejected"))
    try:
        assert cache.cache_key(demo.engine, config) != key  # the registry changed
    finally:
        with demo.engine.begin() as conn:
            conn.execute(update(p).where(p.c.id == pid).values(grade=grade))
    assert cache.cache_key(demo.engine, config) == key


def test_dashboard_serves_the_figure_computed_in_the_background(demo: DemoRun) -> None:
    import shutil
    import time

    from headcount.estimate import cache

    ws = load_workspace(demo.workspace.root)
    shutil.rmtree(ws.root / cache.CACHE_DIR, ignore_errors=True)
    with TestClient(create_app(ws, engine=demo.engine)) as client:
        first = client.get("/api/v1/estimate").json()
        assert first.get("computing") is True and first["figure"] == "being computed"
        assert "being computed" in client.get("/").text
        deadline = time.monotonic() + 300
        est = first
        while est.get("computing") and time.monotonic() < deadline:
            time.sleep(1)
            est = client.get("/api/v1/estimate").json()
    head = cache.headline_dict(demo.engine, workspace_config(ws.section("estimate")), ws.root)
    assert est == head


@pytest.mark.parametrize("value", [269.6, 269.4, 1234.5, 240.0, 99.5])
def test_report_and_dashboard_round_as_the_cli(value: float) -> None:
    """An interval's bound of 269.6 is 270 on every surface, never a truncated 269."""
    from headcount.stats.report import _num
    from headcount.web.filters import number

    cli = f"{value:,.0f}"
    assert _num(value) == cli
    assert number(value).replace("\u202f", ",") == cli


def test_dashboard_number_of_nothing_is_a_dash() -> None:
    from headcount.web.filters import number

    assert [number(v) for v in (None, "x", float("nan"), float("inf"))] == ["—"] * 4
    assert number(12) == "12" and number("12") == "12"
