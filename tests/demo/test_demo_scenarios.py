"""Simulation scenarios: known totals, unnamed people, dependence, one-source regions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from headcount.demo import generate
from headcount.demo.scenarios import BY_NAME, SCENARIOS, plan_scenario, planner


def named_by(name: str, seed: int, size: int) -> tuple[list, dict[str, set[str]]]:  # type: ignore[type-arg]
    people, plan = plan_scenario(BY_NAME[name], seed, size)
    got: dict[str, set[str]] = {p.pid: set() for p in people}
    for p, _ in plan.news:
        got[p.pid].add("news")
    for p, _ in plan.telegram_ru:
        got[p.pid].add("telegram")
    for p in plan.government:
        got[p.pid].add("government")
    for p in plan.mediazona:
        got[p.pid].add("mediazona")
    return people, got


@pytest.mark.parametrize("scenario", [s.name for s in SCENARIOS])
def test_population_has_its_size_and_people_no_source_names(scenario: str) -> None:
    people, got = named_by(scenario, 3, 400)
    assert len(people) == 400 == len({p.pid for p in people})
    sc = BY_NAME[scenario]
    assert not any(p.foreign for p in people)
    missing = [p for p in people if p.final.status == "missing"]
    assert all(p.death is None and len(p.events) == 1 for p in missing)
    assert all(p.death is not None for p in people if p not in missing)
    assert bool(missing) == (sc.living > 0)
    unnamed = sum(1 for v in got.values() if not v)
    if sc.fills is not None and sc.fill_rate == 1:
        assert unnamed == 0  # the gap-filler names everyone the others missed
    else:
        assert 0 < unnamed < 400


@pytest.mark.parametrize("scenario, rate", [("gap-filler", 1.0), ("gap-filler-part", 0.6),
                                            ("gap-filler-status", 1.0),
                                            ("gap-filler-part-status", 0.6)])
def test_a_gap_filler_names_those_the_others_missed(scenario: str, rate: float) -> None:
    _, got = named_by(scenario, 11, 3000)
    filler = BY_NAME[scenario].fills
    assert filler is not None
    missed = [v for v in got.values() if not v - {filler}]
    seen = [v for v in got.values() if v - {filler}]
    share_missed = sum(filler in v for v in missed) / len(missed)
    share_seen = sum(filler in v for v in seen) / len(seen)
    assert abs(share_missed - rate) < 0.06
    assert share_seen < 0.4


def test_dependence_moves_the_joint_chances() -> None:
    def conditional(name: str, src: str, on: str) -> tuple[float, float]:
        _, got = named_by(name, 5, 3000)
        with_on = [v for v in got.values() if on in v]
        without = [v for v in got.values() if on not in v]
        return (sum(src in v for v in with_on) / len(with_on),
                sum(src in v for v in without) / len(without))

    given, not_given = conditional("positive", "telegram", "news")
    assert given > not_given + 0.15
    given, not_given = conditional("negative", "mediazona", "government")
    assert given < not_given - 0.1


def test_one_source_regions_are_reached_by_that_source_alone() -> None:
    people, got = named_by("one-source-region", 7, 600)
    by_region: dict[str, set[str]] = {}
    for p in people:
        by_region.setdefault(p.region, set()).update(got[p.pid])
    alone = [r for r, v in by_region.items() if v == {"news"}]
    share = sum(1 for p in people if p.region in alone) / len(people)
    assert share >= 0.2


def test_a_scenario_corpus_keeps_the_unnamed_in_the_truth(tmp_path: Path) -> None:
    corpus = generate(tmp_path, seed=4, people=60, planner=planner("independent-3"))
    assert corpus.people == 60
    rows = (tmp_path / "truth" / "people.csv").read_text("utf-8").splitlines()[1:]
    assert len(rows) == 60
    assert any(row.split(",")[18] == "" for row in rows)  # a person no source names
    assert corpus.mentions > 0


@pytest.mark.parametrize("scenario", ["status-subset", "status-one-source"])
def test_the_missing_of_a_status_scenario_are_written_as_missing(tmp_path: Path,
                                                                  scenario: str) -> None:
    """A person a status scenario keeps alive is missing in the truth and in the news that
    or the Telegram post that names him (the renderers look for his missing event)."""
    generate(tmp_path, seed=5, people=80, planner=planner(scenario))
    with open(tmp_path / "truth" / "people.csv", encoding="utf-8") as fh:
        truth = list(csv.DictReader(fh))
    missing = [p for p in truth if p["final_status"] == "missing"]
    assert missing and len(missing) < len(truth)
    assert all(p["death_date"] == "" for p in missing)
    corpus = "\n".join(f.read_text("utf-8") for f in (tmp_path / "corpus").rglob("*")
                       if f.is_file() and f.suffix in (".html", ".json", ".jsonl"))
    assert "пропа" in corpus.lower()
