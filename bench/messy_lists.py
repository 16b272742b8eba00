"""Generated lists in the two published formats, with the messy cells real lists have.

The full published lists are not in the project; their messy cells are of a few
classes (see docs/ingest.md): placeholders for unknown day, month or year,
month-year and year-only dates, uncertainty marks, bounds, typing slips, dates
that no reading can be trusted for, call signs in the name, decorated ranks,
values no lookup knows, and places that are not countries. This module writes
such lists with a known number of cells of each class, so the benchmark can
check what ingest makes of them: every row stored, every slip repaired, every
unreadable cell given exactly one warning.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

GIVEN_RU = ["Иван", "Сергей", "Андрей", "Алексей", "Дмитрий", "Олег", "Фуад", "Одилджон"]
SURNAMES_RU = ["Петров", "Иванов", "Сидоров", "Кузнецов", "Мамедов", "Ёрбеков", "Тхапа"]
PATRONYMICS = ["Сергеевич", "Иванович", "Абиджанович", "Фархад оглы", "Рустам угли"]
GIVEN_ES = ["Хуан Карлос", "Андрес Фелипе", "Кевин Дэвид", "Хорхе", "Виктор", "Льюис Энрике"]
SURNAMES_ES = ["Гонсалес", "Мора Местра", "Пинедо дель Кампо", "де лос Рейес Альманса",
               "Лопес Осорио", "Варгас Сапата"]  # fmt: skip
CALLSIGNS = ['"Lobo"', '"Puma"', "«Гром»", "(позывной «Тайфун»)", '"\u00a0Odin",']
COUNTRIES = ["Колумбия", "Грузия", "Узбекистан", "Непал", "Южная Осетия", "Абхазия", "Чили",
             "Ливан", "Барбадос", "Коста-Рика", "Тайвань", "США", "Brazil"]  # fmt: skip
NOT_COUNTRIES = ["Неопределенно", "Французский легион", "Африка", "Запорожская область"]
TYPES = ["добровольцы", "заключенные", "ЧВК", "мобилизованные", "морпехи", "нацгвардия",
         "другие войска", "мотострелковые войска", "нет данных"]  # fmt: skip
UNMAPPED_TYPES = ["стройбат", "кадеты Суворовского училища"]
RANKS = ["рядовой", "мл сержант", "ст. лейтенант", "гв. капитан", "ефрейтор", None, None]
UNMAPPED_RANKS = ["доброволец", "боец"]


@dataclass
class Planted:
    """What the generator put in: rows, and cells by class."""

    rows: int = 0
    repairable: int = 0  # typing slips with one reading
    unreadable: int = 0  # cells that must stay raw with a warning
    callsigns: int = 0
    classes: dict[str, int] = field(default_factory=dict)

    def add(self, cls: str) -> None:
        self.classes[cls] = self.classes.get(cls, 0) + 1


def _date_cell(rng: random.Random, d: date, iso: bool, planted: Planted) -> str:
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"
    roll = rng.random()
    if roll < 0.80:
        return f"{yy}-{mm}-{dd}" if iso else f"{dd}.{mm}.{yy}"
    if roll < 0.85:
        planted.add("placeholder")
        return rng.choice([f"{yy}-{mm}-", f"??.{mm}.{yy}", f"хх.{mm}.{yy}", f"xx.xx.{yy}"])
    if roll < 0.88:
        planted.add("month or year")
        return rng.choice([f"{mm}.{yy}", f"{yy}-{mm}", yy])
    if roll < 0.90:
        planted.add("uncertain or bound")
        return rng.choice([f"около {yy}", f"~{mm}.{yy}", f"до {dd}.{mm}.{yy}", f"{dd}.{mm}.{yy}?",
                           f"между {mm}.{yy} и {yy}"])  # fmt: skip
    if roll < 0.96:
        planted.add("slip")
        planted.repairable += 1
        return rng.choice([f"{dd}..{mm}.{yy}", f"{dd}.{mm}.{yy}.", f"{dd}{mm}.{yy}",
                           f"{dd}.{mm}-{yy}", f"{dd} {mm} {yy}", f"{dd},{mm},{yy}"])  # fmt: skip
    planted.add("unreadable")
    planted.unreadable += 1
    return rng.choice(
        [f"31.02.{yy}", f"{dd}.{mm}.{yy[2:]}", "неизвестно", f"{dd}.13.{yy}", "хх.хх.хххх"]
    )


def _name(rng: random.Random, spanish: bool, planted: Planted) -> str:
    if spanish:
        name = f"{rng.choice(GIVEN_ES)} {rng.choice(SURNAMES_ES)}"
    else:
        name = f"{rng.choice(SURNAMES_RU)} {rng.choice(GIVEN_RU)} {rng.choice(PATRONYMICS)}"
    if rng.random() < 0.4:
        planted.callsigns += 1
        name += " " + rng.choice(CALLSIGNS)
    return name


def _pick(rng: random.Random, good: list[str], bad: list[str], rate: float, planted: Planted,
          why: str) -> str:
    """A good value, or at ``rate`` a bad one (counted as planted, with its reason)."""
    if rng.random() < rate:
        planted.unreadable += 1
        planted.add(why)
        return rng.choice(bad)
    return rng.choice(good)


def mediazona(n: int, seed: int = 1) -> tuple[list[dict[str, Any]], Planted]:
    """A Mediazona-format list of foreigners (JSON records) with messy cells."""
    rng = random.Random(seed)
    planted = Planted(rows=n)
    rows = []
    for i in range(n):
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
        died = date(2022, 2, 24) + timedelta(days=rng.randrange(1300))
        country = _pick(rng, COUNTRIES, NOT_COUNTRIES, 0.02, planted, "not a country")
        kind = _pick(rng, TYPES, UNMAPPED_TYPES, 0.01, planted, "unmapped type")
        rank = _pick(rng, RANKS, UNMAPPED_RANKS, 0.01, planted, "unmapped rank")
        rows.append({
            "name": _name(rng, rng.random() < 0.3, planted),
            "region": "Иностранцы",
            "regionDisplay": country,
            "type": kind,
            "rank": rank,
            "age": died.year - born.year if rng.random() < 0.5 else None,
            "birth": _date_cell(rng, born, False, planted) if rng.random() < 0.6 else None,
            "death": _date_cell(rng, died, False, planted) if rng.random() < 0.6 else None,
            "source": f"https://archive.example/{i}",
            "uid": f"{seed:08d}{i:056d}",
            "new": 0,
            "originalUrl": f"row_{i}",
            "originalId": i,
        })  # fmt: skip
    return rows, planted


def lostarmour(n: int, seed: int = 1) -> tuple[list[dict[str, Any]], Planted]:
    """A lostarmour-format list of foreign fighters (JSON records) with messy cells."""
    rng = random.Random(seed)
    planted = Planted(rows=n)
    rows = []
    for i in range(n):
        died = date(2022, 2, 24) + timedelta(days=rng.randrange(1300))
        country = _pick(rng, COUNTRIES, NOT_COUNTRIES, 0.02, planted, "not a country")
        rows.append({
            "number": n - i,
            "name": _name(rng, rng.random() < 0.7, planted),
            "citizenship": country,
            "placeAndCause": "Равнополье (Запорожская область)" if rng.random() < 0.5 else "",
            "dateOfDeath": _date_cell(rng, died, True, planted),
            "note": rng.choice(["", "33 омбр", "Интернациональный Легион"]),
            "link": f"https://t.me/example/{i}",
        })  # fmt: skip
    return rows, planted
