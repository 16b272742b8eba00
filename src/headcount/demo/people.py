"""The ground-truth population: who exists, what happened to them and when."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from headcount.demo import geo, military, pools
from headcount.demo.names import translit

WAR_START = date(2022, 2, 24)
LAST_EVENT = date(2025, 3, 31)
PUBLISH_END = date(2025, 6, 30)


@dataclass(frozen=True)
class Event:
    status: str  # vocab.Status value
    on: date  # when the status took effect (death date for killed)
    reported: date  # when it became known


@dataclass
class Person:
    pid: str
    surname: str
    given: str
    patronymic: str
    sex: str
    birth: date
    citizenship: str
    region: str  # ISO 3166-2 or ""
    settlement: str
    settlement_gen: str
    district: str  # genitive, or ""
    channel: str
    branch: str
    unit: str
    unit_prep: str
    rank: str
    events: list[Event]
    latin_given: tuple[str, ...] = ()
    latin_surname: tuple[str, ...] = ()
    cyr_given: tuple[str, ...] = ()  # alternative Cyrillic spellings (foreigners)
    cyr_surname: tuple[str, ...] = ()
    family_only: bool = False
    sources: list[str] = field(default_factory=list)

    @property
    def foreign(self) -> bool:
        return self.citizenship != "RU"

    @property
    def death(self) -> date | None:
        return next((e.on for e in self.events if e.status == "killed"), None)

    @property
    def final(self) -> Event:
        return self.events[-1]

    def age_at(self, when: date) -> int:
        years = when.year - self.birth.year
        return years - ((when.month, when.day) < (self.birth.month, self.birth.day))

    @property
    def latin_name(self) -> str:
        if self.foreign:
            return f"{self.latin_given[0]} {self.latin_surname[0]}"
        return translit(f"{self.given} {self.surname}")


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


_CHANNEL_START = {
    "mobilised": date(2022, 10, 1), "prisoner": date(2022, 9, 1), "pmc": date(2022, 5, 1),
    "foreign_contract": date(2023, 5, 1), "volunteer_formation": date(2022, 6, 1),
}
_CHANNEL_END = {"pmc": date(2023, 6, 24)}
_AGES = {"conscript": (18, 21), "mobilised": (21, 50), "volunteer_formation": (24, 58)}
_FATE_RU = {"killed": 72, "missing_killed": 9, "missing": 8, "captured_returned": 7,
            "captured": 4}
_FATE_FOREIGN = {"killed": 55, "missing_killed": 8, "missing": 30, "captured": 5,
                 "captured_returned": 2}


def _events(rng: random.Random, fate: str, channel: str) -> list[Event]:
    start = _CHANNEL_START.get(channel, WAR_START)
    when = _day(rng, start, _CHANNEL_END.get(channel, LAST_EVENT))
    later = min(when + timedelta(days=rng.randint(40, 320)), LAST_EVENT)
    soon = min(when + timedelta(days=rng.randint(2, 25)), PUBLISH_END)
    if fate == "killed":
        return [Event("killed", when, soon)]
    if fate == "missing_killed":
        return [Event("missing", when, soon), Event("killed", when, later)]
    if fate == "missing":
        return [Event("missing", when, soon)]
    if fate == "captured":
        return [Event("captured", when, soon)]
    return [Event("captured", when, soon), Event("returned", later, later)]


def _feminine(surname: str) -> str:
    for m, f in (("ский", "ская"), ("цкий", "цкая"), ("кий", "кая"), ("ой", "ая"),
                 ("ый", "ая")):
        if surname.endswith(m):
            return surname[: -len(m)] + f
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname


def _fem_patronymic(p: str) -> str:
    return "Ильинична" if p == "Ильич" else p[:-2] + "на"


def _russian(rng: random.Random, pid: str, region: geo.Region) -> Person:
    sett = rng.choice(region.settlements)
    channel = _pick(rng, military.CHANNEL_WEIGHTS)
    sex = "F" if channel in ("contract", "volunteer_formation") and rng.random() < 0.08 else "M"
    if region.pool != "ru" and rng.random() < region.share:
        given_pool, surnames, fathers = pools.ETHNIC[region.pool]
        if rng.random() < 0.3:
            fathers = pools.FATHERS_RU
    else:
        given_pool, surnames, fathers = pools.GIVEN_RU_M, pools.SURNAMES_RU, pools.FATHERS_RU
    surname = rng.choice(surnames)
    patronymic = fathers[rng.choice(sorted(fathers))]
    given = rng.choice(given_pool)
    if sex == "F":
        surname, patronymic = _feminine(surname), _fem_patronymic(patronymic)
        given = rng.choice(pools.GIVEN_RU_F)
    unit, unit_prep, branch = _unit(rng, channel, region.iso)
    lo, hi = _AGES.get(channel, (20, 52))
    events = _events(rng, _pick(rng, _FATE_RU), channel)
    birth = events[0].on - timedelta(days=rng.randint(lo * 365 + 1, hi * 365 + 300))
    rank = _pick(rng, {k: v[1] for k, v in military.RANKS.items()})
    if channel in ("prisoner", "pmc", "conscript", "mobilised") and rng.random() < 0.7:
        rank = "рядовой"
    return Person(pid, surname, given, patronymic, sex, birth, "RU", region.iso, sett.name,
                  sett.gen, sett.district, channel, branch, unit, unit_prep, rank, events)


def _unit(rng: random.Random, channel: str, iso: str) -> tuple[str, str, str]:
    if channel in military.FORMATIONS:
        options = [f for f in military.FORMATIONS[channel] if not f[2] or iso in f[2].split()]
        nom, prep, _ = rng.choice(options)
        return nom, prep, "motor_rifle" if channel == "prisoner" else "other"
    if rng.random() < 0.25:
        num = rng.randint(10000, 99999)
        return f"в/ч {num}", f"войсковой части {num}", "motor_rifle"
    units = [u for u in military.UNITS if iso in u.regions] or list(military.UNITS)
    u = rng.choice(units)
    return u.nom, u.prep, u.branch


def _foreigner(rng: random.Random, pid: str) -> Person:
    cc = _pick(rng, pools.FOREIGN_WEIGHTS)
    givens, surnames, districts = pools.FOREIGN[cc]
    g_lat, g_cyr = rng.choice(givens)
    s_lat, s_cyr = rng.choice(surnames)
    patronymic = ""
    if cc in ("UZ", "TJ", "KG") and rng.random() < 0.4:
        patronymic = rng.choice(pools.CA_FATHERS)
    events = _events(rng, _pick(rng, _FATE_FOREIGN), "foreign_contract")
    birth = events[0].on - timedelta(days=rng.randint(20 * 365, 48 * 365))
    num = rng.randint(10000, 99999)
    home = rng.choice(districts)
    return Person(pid, s_cyr[0], g_cyr[0], patronymic, "M", birth, cc, "", home, home, "",
                  "foreign_contract", "motor_rifle", f"в/ч {num}", f"войсковой части {num}",
                  "рядовой", events, g_lat, s_lat, g_cyr, s_cyr)


def population(rng: random.Random, size: int) -> list[Person]:
    """``size`` people: about 80 % Russian citizens, the rest foreign recruits."""
    weights = {r.iso: r.weight for r in geo.REGIONS}
    people: list[Person] = []
    n_foreign = round(size * 0.2)
    for i in range(size):
        pid = f"P{i + 1:04d}"
        if i % 5 == 4 and n_foreign > 0:
            n_foreign -= 1
            people.append(_foreigner(rng, pid))
        else:
            people.append(_russian(rng, pid, geo.REGION_BY_ISO[_pick(rng, weights)]))
    # a few namesakes: same surname and given name, different people
    russians = [p for p in people if not p.foreign and p.sex == "M"]
    for a, b in zip(russians[3::97], russians[50::97], strict=False):
        b.surname, b.given = a.surname, a.given
    return people
