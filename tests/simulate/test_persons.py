"""Persons against people: the difference split into its causes."""

from __future__ import annotations

from pathlib import Path

import pytest

from headcount.pipeline import DemoRun, build_demo
from headcount.simulate.persons import noise_kind, person_errors


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    return build_demo(tmp_path_factory.mktemp("persons"), people=50, seed=5, report=False)


def test_causes_add_up_to_the_persons(run: DemoRun) -> None:
    e = person_errors(run.engine, run.workspace.root)
    assert e.people_named == 50  # the bundled example names everyone
    assert e.persons == e.people_named - e.absent + e.split + e.noise - e.hidden_by_merges
    assert e.exact + e.merged + e.noise == e.persons
    assert sum(e.noise_kinds.values()) == e.noise
    assert e.as_dict()["persons"] == e.persons


def test_noise_kinds() -> None:
    places = {"агинское", "кяхта"}
    assert noise_kind("Агинское", places) == "place"
    assert noise_kind("Курбанова", places) == "kin"
    assert noise_kind("Максимова Ярослава", places) == "kin"
    assert noise_kind("Русаков Ефрейтор", places) == "rank"
    assert noise_kind("Шолбан Куулар", places) == "other"


def test_a_clean_person_is_exact(tmp_path: Path, run: DemoRun) -> None:
    e = person_errors(run.engine, run.workspace.root)
    assert e.exact > 0.8 * e.people_named
