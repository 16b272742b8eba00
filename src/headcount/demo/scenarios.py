"""Simulation scenarios: populations with a known total, some of whom no source names.

A scenario says which sources exist (news sites, a Telegram channel, district
government sites, a Mediazona-format list) and how likely each is to name each
person: a base rate on the logit scale, shifted by the person's region (a random
effect per region), recruitment channel and age, and by whether a source it depends on
named the person (an odds ratio above 1: positive dependence, below 1: negative).
``only`` makes a sizeable set of regions reachable by one source alone, the case where
no estimator can know how many that source missed (not identifiable). ``fills`` makes
one source a gap-filler: it names those the other sources missed with probability
``fill_rate`` (the demo's Telegram channel names everyone the others miss), a strong
negative dependence between it and all the others together.

Everyone simulated has died, except in the scenarios with ``living``: there a share of
the people are missing, and only ``living_sources`` name them (a list of the dead never
names the missing), so the statuses differ in the systems that can report them. People no
source names stay in ``truth/people.csv`` with no sources. The corpus is rendered by
the demo's renderers, with their noise (case forms, transliteration variants, name
order, typos, partial dates, missing fields, the same person twice in one source).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from functools import partial

from headcount.demo import render_government
from headcount.demo.people import Event, Person, population
from headcount.demo.plan import Plan

SOURCES = ("news", "telegram", "government", "mediazona")
#: the source each scenario source name becomes in the registry (its MSE system)
SYSTEM = {"news": "media", "telegram": "telegram", "government": "government",
          "mediazona": "mediazona"}


@dataclass(frozen=True)
class Scenario:
    """How sources name people (logit scale); see the module docstring."""

    name: str
    base: dict[str, float]
    region_sd: float = 0.0
    channel: dict[str, float] = field(default_factory=dict)
    age: float = 0.0  # per 10 years above 35
    depends: tuple[tuple[str, str, float], ...] = ()  # (source, on source, odds ratio)
    only: str | None = None  # one source alone reaches ``only_share`` of people
    only_share: float = 0.25
    fills: str | None = None  # this source names those the others missed ...
    fill_rate: float = 1.0  # ... with this probability
    #: a share of the people are alive and missing, and only these sources name them
    living: float = 0.0
    living_sources: tuple[str, ...] = ("news", "telegram")
    identifiable: bool = True
    description: str = ""

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s for s in SOURCES if s in self.base)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("independent-3", {"news": _logit(0.5), "telegram": _logit(0.45),
                               "mediazona": _logit(0.55)},
             description="three sources, equal chances for everyone"),
    Scenario("independent-4", {"news": _logit(0.4), "telegram": _logit(0.35),
                               "mediazona": _logit(0.5), "government": _logit(0.3)},
             description="four sources, equal chances for everyone"),
    Scenario("region", {"news": _logit(0.45), "telegram": _logit(0.4),
                        "mediazona": _logit(0.5), "government": _logit(0.35)},
             region_sd=0.6, description="chances differ by region (all sources alike)"),
    Scenario("channel-age", {"news": _logit(0.45), "telegram": _logit(0.4),
                             "mediazona": _logit(0.5), "government": _logit(0.35)},
             channel={"prisoner": -0.8, "pmc": -0.6, "mobilised": 0.3}, age=0.3,
             description="chances differ by recruitment channel and age"),
    Scenario("positive", {"news": _logit(0.4), "telegram": _logit(0.35),
                          "mediazona": _logit(0.5), "government": _logit(0.3)},
             depends=(("telegram", "news", 4.0),),
             description="Telegram reposts the news: odds ratio 4"),
    Scenario("negative", {"news": _logit(0.45), "telegram": _logit(0.4),
                          "mediazona": _logit(0.5), "government": _logit(0.35)},
             depends=(("mediazona", "government", 0.3),),
             description="the list skips those the government already named: odds ratio 0.3"),
    Scenario("sparse", {"news": _logit(0.3), "telegram": _logit(0.25),
                        "mediazona": _logit(0.35), "government": _logit(0.25)},
             region_sd=0.3, description="four sources, each naming about a quarter"),
    Scenario("one-source-region", {"news": _logit(0.45), "telegram": _logit(0.4),
                                   "mediazona": _logit(0.5)},
             only="news", identifiable=False,
             description="a quarter of the people live where only the news reaches"),
    Scenario("one-source-region-list", {"news": _logit(0.45), "telegram": _logit(0.4),
                                        "mediazona": _logit(0.5),
                                        "government": _logit(0.35)},
             only="mediazona", only_share=0.3, identifiable=False,
             description="three in ten live where only the list reaches"),
    Scenario("gap-filler", {"news": _logit(0.45), "telegram": _logit(0.3),
                            "mediazona": _logit(0.5), "government": _logit(0.35)},
             fills="telegram",
             description="Telegram names everyone the others missed (no one is unnamed)"),
    Scenario("gap-filler-part", {"news": _logit(0.45), "telegram": _logit(0.3),
                                 "mediazona": _logit(0.5), "government": _logit(0.35)},
             fills="telegram", fill_rate=0.6,
             description="Telegram names six in ten of those the others missed"),
    Scenario("status-subset", {"news": _logit(0.45), "telegram": _logit(0.4),
                               "mediazona": _logit(0.5), "government": _logit(0.35)},
             living=0.3,
             description="three in ten are missing, whom only the news and Telegram name"),
    Scenario("gap-filler-status", {"news": _logit(0.45), "telegram": _logit(0.3),
                                   "mediazona": _logit(0.5), "government": _logit(0.35)},
             fills="telegram", living=0.3,
             description="Telegram names everyone the others missed, the missing too, "
                         "whom only the news and Telegram name"),
    Scenario("gap-filler-part-status", {"news": _logit(0.45), "telegram": _logit(0.3),
                                        "mediazona": _logit(0.5),
                                        "government": _logit(0.35)},
             fills="telegram", fill_rate=0.6, living=0.3,
             description="Telegram names six in ten of those the others missed, the "
                         "missing too, whom only the news and Telegram name"),
    Scenario("status-one-source", {"news": _logit(0.45), "telegram": _logit(0.4),
                                   "mediazona": _logit(0.5), "government": _logit(0.35)},
             living=0.2, living_sources=("telegram",), identifiable=False,
             description="two in ten are missing, whom only Telegram names"),
)
BY_NAME = {s.name: s for s in SCENARIOS}


def _dead_russians(seed: int, size: int) -> list[Person]:
    """``size`` people who died, Russian citizens (the sources here are Russian)."""
    rng = random.Random(f"headcount-sim:{seed}:people")
    crowd: list[Person] = []
    batch = 0
    while len(crowd) < size:
        more = population(random.Random(f"{rng.random()}:{batch}"), max(2 * size, 50))
        for p in more:
            if not p.foreign and p.death is not None:
                p.pid = f"P{len(crowd) + 1:04d}"
                p.events = [e for e in p.events if e.status == "killed"] or p.events
                crowd.append(p)
                if len(crowd) == size:
                    break
        batch += 1
    return crowd


def _only_regions(people: list[Person], share: float, rng: random.Random) -> set[str]:
    """Regions holding about ``share`` of the people (whole regions, largest first)."""
    counts: dict[str, int] = {}
    for p in people:
        counts[p.region] = counts.get(p.region, 0) + 1
    regions = sorted(counts, key=lambda r: (-counts[r], r))
    rng.shuffle(regions)
    chosen: set[str] = set()
    total = 0
    for r in regions:
        if total >= share * len(people):
            break
        chosen.add(r)
        total += counts[r]
    return chosen


def plan_scenario(scenario: Scenario, seed: int, size: int) -> tuple[list[Person], Plan]:
    """The population and who reports whom (a :data:`~headcount.demo.generate.Planner`)."""
    people = _dead_russians(seed, size)
    rng = random.Random(f"headcount-sim:{seed}:{scenario.name}:plan")
    regions = sorted({p.region for p in people})
    effect = {r: rng.gauss(0, scenario.region_sd) for r in regions}
    only = _only_regions(people, scenario.only_share, rng) if scenario.only else set()
    plan = Plan()
    for p in people:
        named: set[str] = set()
        alive = scenario.living > 0 and rng.random() < scenario.living
        status = "missing" if alive else "killed"
        age = (p.age_at(p.death) - 35) / 10 if p.death else 0.0
        if alive:  # missing since the day he would have died: what the sources report
            first = p.events[0]
            p.events = [Event("missing", first.on, first.reported)]
        for src in [s for s in scenario.sources if s != scenario.fills]:
            if p.region in only and src != scenario.only:
                continue
            if alive and src not in scenario.living_sources:
                continue
            if src == "government" and p.district not in render_government.SITE_BY_DISTRICT:
                continue
            x = (scenario.base[src] + effect[p.region] + scenario.channel.get(p.channel, 0.0)
                 + scenario.age * age)
            for who, on, odds in scenario.depends:
                if who == src and on in named:
                    x += math.log(odds)
            if rng.random() < _expit(x):
                named.add(src)
        if scenario.fills is not None:
            chance = scenario.fill_rate if not named else _expit(scenario.base[scenario.fills])
            if rng.random() < chance:
                named.add(scenario.fills)
        if "news" in named:
            plan.news.append((p, status))
        if "telegram" in named:
            plan.telegram_ru.append((p, status))
        if "government" in named:
            plan.government.append(p)
        if "mediazona" in named:
            plan.mediazona.append(p)
    return people, plan


def planner(name: str) -> partial[tuple[list[Person], Plan]]:
    """The planner of scenario ``name`` for :func:`headcount.demo.generate.generate`."""
    return partial(plan_scenario, BY_NAME[name])
