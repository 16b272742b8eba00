"""District administration sites: formal condolences and posthumous awards."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from headcount.demo import military
from headcount.demo.html_templates import TEMPLATES, Page
from headcount.demo.names import slugify
from headcount.demo.people import Person
from headcount.demo.text import Doc, Mention, g, publish_after, ru_date, spell


@dataclass(frozen=True)
class GovSite:
    key: str
    org: str  # nominative, in the header
    district: str  # genitive, as in Settlement.district
    region: str
    domain: str
    tz: str
    head: str  # the head of the district: a name on every page, a person of no interest


SITES: tuple[GovSite, ...] = (
    GovSite("kyakhta-adm", "Администрация муниципального образования «Кяхтинский район»",
            "Кяхтинского района", "RU-BU", "kyakhta-adm.example", "+08:00",
            "Глава МО «Кяхтинский район» Б. Д. Найданов"),
    GovSite("dzun-khemchik-adm", "Администрация Дзун-Хемчикского кожууна Республики Тыва",
            "Дзун-Хемчикского кожууна", "RU-TY", "dzun-khemchik-adm.example", "+07:00",
            "Председатель администрации кожууна А. О. Ондар"),
    GovSite("uchaly-adm", "Администрация муниципального района Учалинский район "
            "Республики Башкортостан", "Учалинского района", "RU-BA", "uchaly-adm.example",
            "+05:00", "Глава администрации района Р. Ф. Галимов"),
)
SITE_BY_DISTRICT = {s.district: s for s in SITES}
MENU = ["Главная", "Администрация", "Документы", "Новости", "Муниципальные услуги",
        "Обращения граждан", "Контакты"]
SIDEBAR = ["О проведении публичных слушаний", "График приёма граждан",
           "Поддержка семей участников СВО: меры и контакты", "Отчёт главы района за год"]


def _name_gen(p: Person, rng: random.Random, m: Mention) -> str:
    sp = spell(p, rng, typo_rate=0.03, drop_patronymic=0.05)
    rank_gen = military.RANKS[p.rank][0]
    m.rank, m.case = p.rank, "gen"
    m.name_form = sp.full("gen", order="sgp")
    return f"{rank_gen} {m.name_form}"


def _birth(p: Person, rng: random.Random, m: Mention) -> str:
    if rng.random() < 0.5:
        m.birth_date = p.birth.isoformat()
        return f"{p.birth:%d.%m.%Y} г.р."
    m.birth_date = str(p.birth.year)
    return f"{p.birth.year} г.р."


def _condolence(site: GovSite, p: Person, rng: random.Random, m: Mention
                ) -> tuple[str, list[str]]:
    death = p.death or p.events[0].on
    who = _name_gen(p, rng, m)
    birth = _birth(p, rng, m)
    m.death_date = m.status_date = death.isoformat()
    m.status, m.region, m.settlement = "killed", p.region, p.settlement
    cue = {"mobilised": "мобилизованного", "prisoner": "", "pmc": "",
           "volunteer_formation": "добровольца"}.get(p.channel, "")
    title = rng.choice(["Соболезнования", "Выражаем глубокие соболезнования",
                        "Вечная память герою"])
    died = g(p, "погибшего", "погибшей")
    paras = [
        f"{site.org} выражает глубокие соболезнования родным и близким "
        f"{cue + ' ' if cue else ''}{who}, {birth}, {died} {ru_date(death)} при выполнении "
        "задач специальной военной операции.",
        _bio(p),
        f"Служил{g(p, '', 'а')} в {p.unit_prep}.",
        "Прощание состоится в районном Доме культуры. Светлая память!",
        site.head,
    ]
    if cue:
        m.channel = p.channel
    m.unit = p.unit
    return title, paras


def _bio(p: Person) -> str:
    name = f"{p.given} {p.patronymic}".strip()
    if p.settlement_gen.startswith("села "):
        school = f"в {p.settlement_gen.replace('села ', 'селе ')}"
    else:
        school = "в родном районе"
    return (f"{name} родил{g(p, 'ся', 'ась')} в {p.birth.year} году, окончил{g(p, '', 'а')} "
            f"среднюю школу {school}.")


def _awards(site: GovSite, ps: list[Person], rng: random.Random, ms: list[Mention]
            ) -> tuple[str, list[str]]:
    names = []
    for p, m in zip(ps, ms, strict=True):
        names.append(_name_gen(p, rng, m))
        m.status, m.region = "killed", p.region
    paras = [
        "В администрации района состоялась церемония передачи государственных наград "
        "семьям военнослужащих, погибших в ходе специальной военной операции.",
        "Ордена Мужества (посмертно) переданы родным " + ", ".join(names) + ".",
        f"Награды вручил военный комиссар. {site.head}",
    ]
    return "Награды героев переданы семьям", paras


def render(rng: random.Random, people: list[Person]) -> list[Doc]:
    """Condolences for each person, and award pages naming several of them."""
    docs: list[Doc] = []
    used: set[str] = set()
    by_site: dict[str, list[Person]] = {s.key: [] for s in SITES}
    for p in sorted(people, key=lambda q: (q.events[-1].reported, q.pid)):
        by_site[SITE_BY_DISTRICT[p.district].key].append(p)
    for site in SITES:
        ps = by_site[site.key]
        for p in ps:
            m = Mention(site.key, "", "", p.pid, "", "gen", "killed", citizenship="RU")
            title, paras = _condolence(site, p, rng, m)
            docs.append(_doc(site, rng, title, paras, publish_after(rng, p.events[-1].reported,
                                                                     1, 10), [m], used))
        for i in range(0, len(ps) - 1, 4):
            group = ps[i:i + rng.randint(2, 3)]
            if len(group) < 2 or rng.random() < 0.4:
                continue
            ms = [Mention(site.key, "", "", q.pid, "", "gen", "killed", citizenship="RU")
                  for q in group]
            title, paras = _awards(site, group, rng, ms)
            when = publish_after(rng, max(q.events[-1].reported for q in group), 60, 200)
            docs.append(_doc(site, rng, title, paras, when, ms, used))
    return docs


def _doc(site: GovSite, rng: random.Random, title: str, paras: list[str], pub: date,
         ms: list[Mention], used: set[str]) -> Doc:
    num = rng.randint(1000, 9999)
    key = f"{pub:%Y-%m-%d}-{slugify(title, 40)}-{num}"
    while key in used:
        key += "-2"
    used.add(key)
    hh, mm = rng.randint(9, 17), rng.randint(0, 59)
    page = Page(site.org, site.domain, title, f"{pub.isoformat()}T{hh:02d}:{mm:02d}:00{site.tz}",
                f"{pub:%d.%m.%Y}", f"https://{site.domain}/news/{num}-{slugify(title, 40)}",
                paras, [(t, f"https://{site.domain}/news/{rng.randint(100, 999)}")
                        for t in SIDEBAR], [], MENU, "Новости")
    path = f"corpus/government/{site.key}/{key}.html"
    for m in ms:
        m.path = path
    return Doc(path, TEMPLATES["government"](page), ms)

