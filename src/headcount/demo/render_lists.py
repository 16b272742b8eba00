"""Named lists: a Mediazona-format JSON list and a family missing-persons CSV."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
from datetime import timedelta
from typing import Any

from headcount.demo import geo, military, pools
from headcount.demo.names import translit
from headcount.demo.people import Person
from headcount.demo.text import Doc, Mention, archive_id, spell

MZ_PATH = "corpus/lists/mediazona.json"
FAMILY_PATH = "corpus/family/missing_persons.csv"
FAMILY_COLUMNS = ("case_no", "full_name", "date_of_birth", "home_district", "country",
                  "date_of_departure", "recruiter", "last_contact", "phone_of_relative")
RECRUITERS = ["agent in Kathmandu", "Facebook advertisement", "friend already in Russia",
              "agency 'Work in Russia' (Moscow)", "unknown", "TikTok video", "cousin",
              "student visa agent", ""]


def _mz_type(p: Person) -> str:
    if p.channel in military.MZ_TYPE:
        return military.MZ_TYPE[p.channel]
    return military.MZ_BRANCH.get(p.branch, "нет данных")


def mediazona(rng: random.Random, people: list[Person], seed: int) -> Doc:
    """The list in Mediazona's JSON format; only the dead appear in it."""
    rows: list[dict[str, Any]] = []
    mentions: list[Mention] = []
    order = sorted(people, key=lambda p: (p.final.reported, p.pid))
    for i, p in enumerate(order):
        sp = spell(p, rng, typo_rate=0.02, drop_patronymic=0.03, yo=rng.random() < 0.3)
        name = sp.full(order="sgp")
        death = p.death
        assert death is not None
        if rng.random() < 0.1:
            death += timedelta(days=rng.choice((-1, 1)))
        age = p.age_at(death) if rng.random() < 0.8 else None
        birth = p.birth if rng.random() < 0.45 else None
        rank = p.rank if rng.random() < 0.75 else None
        region = "Иностранцы" if p.foreign else geo.REGION_BY_ISO[p.region].name
        display = pools.COUNTRIES[p.citizenship][0] if p.foreign else region
        rows.append({
            "name": name, "region": region, "regionDisplay": display, "type": _mz_type(p),
            "rank": rank, "age": age,
            "birth": f"{birth:%d.%m.%Y}" if birth else None, "death": f"{death:%d.%m.%Y}",
            "source": f"https://archive.ph/{archive_id(rng)}" if rng.random() < 0.85 else None,
            "uid": hashlib.sha256(f"headcount-demo:{seed}:mz:{p.pid}".encode()).hexdigest(),
            "new": 0, "originalUrl": name.replace(" ", "_"), "originalId": 1000 + i * 7,
        })
        mentions.append(Mention(
            "mediazona", MZ_PATH, str(i), p.pid, name, "nom", "killed",
            status_date=death.isoformat(), death_date=death.isoformat(),
            birth_date=birth.isoformat() if birth else "", age="" if age is None else str(age),
            region=p.region, rank=rank or "", channel=p.channel if _mz_type(p) in
            military.MZ_TYPE.values() else "", citizenship=p.citizenship,
        ))
    text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    return Doc(MZ_PATH, text, mentions)


def _latin_name(p: Person, rng: random.Random) -> str:
    if p.foreign:
        given = rng.choice(p.latin_given) if rng.random() < 0.5 else p.latin_given[0]
        surname = rng.choice(p.latin_surname) if rng.random() < 0.5 else p.latin_surname[0]
    else:
        scheme = rng.choice(("icao", "bgn"))
        given = translit(f"{p.given} {p.patronymic}".strip(), scheme)
        surname = translit(p.surname, scheme)
    roll = rng.random()
    if roll < 0.55:
        return f"{given} {surname}"
    if roll < 0.8:
        return f"{surname.upper()} {given}"
    return f"{surname} {given}"


def family(rng: random.Random, people: list[Person]) -> Doc:
    """A family/consular list of the missing, in Latin script; phones are fake."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(FAMILY_COLUMNS)
    mentions: list[Mention] = []
    order = sorted(people, key=lambda p: (p.events[0].on, p.pid))
    for i, p in enumerate(order):
        country_en = pools.COUNTRIES[p.citizenship][1] if p.foreign else "Russia"
        phone = (pools.COUNTRIES[p.citizenship][2] if p.foreign else "+7-900000") + \
            f"{rng.randint(0, 99999):05d}"
        first = p.events[0].on
        last_contact = first - timedelta(days=rng.randint(0, 12))
        roll = rng.random()
        dob = (p.birth.isoformat() if roll < 0.6 else f"{p.birth:%d/%m/%Y}" if roll < 0.9
               else "")
        name = _latin_name(p, rng)
        home = p.settlement if p.foreign else translit(p.settlement)
        out.writerow([
            f"{p.citizenship}-{first.year}-{i + 1:04d}", name, dob, home, country_en,
            (first - timedelta(days=rng.randint(30, 240))).isoformat(),
            rng.choice(RECRUITERS) if p.foreign else "", last_contact.isoformat(), phone,
        ])
        mentions.append(Mention(
            "family-missing", FAMILY_PATH, str(i), p.pid, name, "nom", "missing",
            status_date=last_contact.isoformat(), birth_date=p.birth.isoformat() if dob else "",
            settlement=home, citizenship=p.citizenship,
        ))
    return Doc(FAMILY_PATH, buf.getvalue(), mentions)
