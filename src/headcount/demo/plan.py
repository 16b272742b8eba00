"""Which sources report which person, and about which event."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from headcount.demo import render_government
from headcount.demo.people import Person

Story = tuple[Person, str]


@dataclass
class Plan:
    news: list[Story] = field(default_factory=list)
    telegram_ru: list[Story] = field(default_factory=list)
    telegram_foreign: list[Story] = field(default_factory=list)
    government: list[Person] = field(default_factory=list)
    mediazona: list[Person] = field(default_factory=list)
    family: list[Person] = field(default_factory=list)


def _size(plan: Plan) -> int:
    return (len(plan.news) + len(plan.telegram_ru) + len(plan.government)
            + len(plan.mediazona))


def _russian(p: Person, rng: random.Random, plan: Plan) -> None:
    before = _size(plan)
    statuses = [e.status for e in p.events]
    if p.death:
        if rng.random() < 0.65:
            plan.news.append((p, "killed"))
            if "missing" in statuses and rng.random() < 0.3:
                plan.news.append((p, "missing"))
        if rng.random() < 0.7:
            plan.mediazona.append(p)
        if p.district in render_government.SITE_BY_DISTRICT and rng.random() < 0.85:
            plan.government.append(p)
    elif rng.random() < {"missing": 0.35, "captured": 0.3}.get(statuses[-1], 0.5):
        plan.news.append((p, statuses[0] if statuses[-1] == "missing" else statuses[-1]))
    odds = {"missing": 0.7, "captured": 0.7, "returned": 0.6,
            "killed": 0.6 if "missing" in statuses else 0.3}
    for status in statuses:
        if rng.random() < odds[status]:
            plan.telegram_ru.append((p, status))
    if _size(plan) == before:
        plan.telegram_ru.append((p, statuses[-1]))


def _foreigner(p: Person, rng: random.Random, plan: Plan) -> None:
    statuses = [e.status for e in p.events]
    if statuses == ["missing"] and rng.random() < 0.65:
        p.family_only = True
        plan.family.append(p)
        return
    reported = False
    for status in statuses:
        if rng.random() < 0.75:
            plan.telegram_foreign.append((p, status))
            reported = True
    if p.death and rng.random() < 0.5:
        plan.mediazona.append(p)
        reported = True
    if not reported:
        plan.telegram_foreign.append((p, statuses[-1]))
    odds = 0.95 if "missing" in statuses else 0.7 if "captured" in statuses else 0.6
    if rng.random() < odds:
        plan.family.append(p)


def make_plan(people: list[Person], rng: random.Random) -> Plan:
    plan = Plan()
    for p in people:
        (_foreigner if p.foreign else _russian)(p, rng, plan)
    # a few Russians abroad-registered, listed in Latin by relatives
    pairs = ({(p.pid, "news") for p, _ in plan.news}
             | {(p.pid, "telegram") for p, _ in plan.telegram_ru}
             | {(p.pid, "gov") for p in plan.government}
             | {(p.pid, "mz") for p in plan.mediazona})
    listed = Counter(pid for pid, _ in pairs)
    missing_ru = [p for p in people if not p.foreign and p.events[0].status == "missing"
                  and 0 < listed[p.pid] < 4]
    plan.family.extend(missing_ru[:4])
    return plan
