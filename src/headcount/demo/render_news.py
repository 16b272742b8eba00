"""Regional news sites: obituaries, appeals about the missing, returns from captivity."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from headcount.demo import geo, pools
from headcount.demo.html_templates import TEMPLATES, Page
from headcount.demo.names import slugify
from headcount.demo.people import Person
from headcount.demo.text import (
    COUNT_ACC,
    COUNT_INS,
    MONTHS_PREP,
    Doc,
    Mention,
    Spelling,
    cap,
    g,
    publish_after,
    ru_date,
    spell,
    to_gen,
    years_word,
)


@dataclass(frozen=True)
class NewsSite:
    key: str
    title: str
    domain: str
    regions: tuple[str, ...]
    template: str
    tz: str
    url: str  # path pattern under the domain
    menu: tuple[str, ...]


SITES: tuple[NewsSite, ...] = (
    NewsSite("baikal-vesti", "Байкальские вести", "baikal-vesti.example",
             ("RU-BU", "RU-ZAB", "RU-IRK"), "portal", "+08:00", "news/{y}/{m}/{slug}",
             ("Новости", "Общество", "Происшествия", "СВО", "Спорт", "Афиша")),
    NewsSite("tuva-online", "Тува онлайн", "tuva-online.example",
             ("RU-TY", "RU-KK", "RU-KYA", "RU-SA", "RU-AMU", "RU-PRI"), "gazette", "+07:00",
             "{y}/{m}/{d}/{slug}", ("Главная", "Новости", "Районы", "Культура", "Архив")),
    NewsSite("ural-pulse", "Уральский пульс", "ural-pulse.example",
             ("RU-SVE", "RU-CHE", "RU-PER", "RU-KGN", "RU-TYU", "RU-UD", "RU-ALT", "RU-NVS",
              "RU-OMS", "RU-KEM"), "newsfeed", "+05:00", "text/{slug}",
             ("Лента", "Город", "Экономика", "Армия", "Мнения", "Контакты")),
    NewsSite("yug-segodnya", "Юг сегодня", "yug-segodnya.example",
             ("RU-KDA", "RU-ROS", "RU-DA", "RU-STA", "RU-VGG", "RU-CE"), "media", "+03:00",
             "articles/{slug}", ("Новости", "Кубань", "Дон", "Кавказ", "Спецоперация")),
    NewsSite("volga-info", "Волга-Инфо", "volga-info.example",
             ("RU-BA", "RU-TA", "RU-ORE", "RU-SAM", "RU-SAR", "RU-NIZ", "RU-MOS", "RU-MOW",
              "RU-SPE"), "tabloid", "+03:00", "{y}{m}{d}/{slug}",
             ("Новости", "Регион", "Люди", "Происшествия", "Видео")),
)
SITE_BY_REGION = {iso: s for s in SITES for iso in s.regions}

RELATED = [
    "Глава района провёл встречу с семьями участников СВО",
    "В школе открыли «Парту героя»",
    "Волонтёры отправили на фронт очередную партию гуманитарной помощи",
    "Как получить выплаты семьям военнослужащих: разъяснения соцзащиты",
    "В районе отремонтируют дорогу к кладбищу",
    "Пункт отбора на контракт изменил график работы",
    "Жителям напомнили о льготах для участников СВО",
    "В доме культуры прошёл концерт в поддержку бойцов",
    "Погода на выходные: ожидаются заморозки",
    "Открыт сбор на маскировочные сети",
]

Story = tuple[Person, str]  # the person and the event the article is about


def _place(p: Person, rng: random.Random) -> tuple[str, str, str]:
    """(phrase, region iso stated, settlement stated) — «житель Кяхтинского района»."""
    who = g(p, "житель", "жительница")
    if p.district and rng.random() < 0.4:
        return f"{who} {p.district}", p.region, ""
    if rng.random() < 0.75:
        return f"{who} {p.settlement_gen}", p.region, p.settlement
    region = geo.REGION_BY_ISO[p.region]
    return f"{g(p, 'уроженец', 'уроженка')} {region.gen}", p.region, ""


def _channel_cue(p: Person, sp: Spelling, rng: random.Random) -> str:
    on = g(p, "Он", "Она")
    start = p.events[0].on - timedelta(days=rng.randint(60, 300))
    month = MONTHS_PREP[start.month - 1]
    cues = {
        "mobilised": [f"В {month} {start.year} года {sp.given} был мобилизован.",
                      f"Мобилизованный {sp.sur()} служил в {p.unit_prep}."],
        "contract": [f"{on} подписал{g(p, '', 'а')} контракт с Министерством обороны и "
                     f"служил{g(p, '', 'а')} в {p.unit_prep}.",
                     f"Контрактник, служил{g(p, '', 'а')} в {p.unit_prep}."],
        "prisoner": ["Бывший заключённый, подписавший контракт с «Шторм Z».",
                     f"{on} отбывал наказание в исправительной колонии и подписал контракт с "
                     "Минобороны, воевал в штурмовом отряде «Шторм Z»."],
        "pmc": [f"{on} был бойцом ЧВК «Вагнер».", "Боец ЧВК «Вагнер»."],
        "volunteer_formation": [f"Ушёл на фронт добровольцем, воевал в {p.unit_prep}.",
                                f"Доброволец, служил{g(p, '', 'а')} в {p.unit_prep}."],
        "regular": [f"Кадровый военный, служил в {p.unit_prep}."],
        "conscript": [f"Проходил срочную службу в {p.unit_prep}."],
    }
    return rng.choice(cues.get(p.channel, [f"Служил в {p.unit_prep}."]))


def _death_article(p: Person, rng: random.Random, m: Mention) -> tuple[str, list[str]]:
    sp = spell(p, rng, drop_patronymic=0.2, yo=rng.random() < 0.5)
    place, m.region, m.settlement = _place(p, rng)
    death = p.death or p.events[0].on
    if rng.random() < 0.15:
        death += timedelta(days=rng.choice((-2, -1, 1, 2)))
    died = g(p, "погиб", "погибла")
    lead = rng.choice([
        f"В ходе специальной военной операции {died} {place} {sp.full()}.",
        f"{cap(place)} {sp.full()} {died} в зоне СВО.",
        f"В зоне специальной военной операции {died} {sp.full()}, {place}.",
    ])
    title = rng.choice([
        f"{cap(place)} {died} в зоне СВО",
        f"Стало известно о гибели {sp.short('gen')} в зоне СВО",
        f"{sp.short()} {died} в ходе спецоперации",
    ])
    m.name_form = sp.full()
    paras = [lead]
    age = p.age_at(death)
    roll = rng.random()
    if roll < 0.35:
        paras.append(f"{sp.short('dat')} было {years_word(age)}.")
        m.age = str(age)
    elif roll < 0.6:
        paras.append(f"{sp.given} родил{g(p, 'ся', 'ась')} {ru_date(p.birth)}.")
        m.birth_date = p.birth.isoformat()
    elif roll < 0.8:
        paras.append(f"{g(p, 'Он', 'Она')} родил{g(p, 'ся', 'ась')} в {p.birth.year} году.")
        m.birth_date = str(p.birth.year)
    paras.append(_channel_cue(p, sp, rng))
    m.channel, m.unit = p.channel, (p.unit if p.unit_prep in paras[-1] else "")
    if rng.random() < 0.6:
        paras.append(f"{cap(p.rank)} {sp.sur()} {died} {ru_date(death)} "
                     "при выполнении боевого задания.")
        m.rank, m.death_date = p.rank, death.isoformat()
    if len(p.events) > 1:
        paras.append(f"Ранее {g(p, 'он считался пропавшим', 'она считалась пропавшей')} "
                     f"без вести.")
    if p.sex == "F":
        paras.append(f"{sp.given} служила санинструктором, выносила раненых с поля боя.")
    kin = rng.choice(["жена и двое детей", "мать и сестра", "родители и младший брат"])
    paras.append(rng.choice([
        f"Прощание с {sp.sur('ins')} пройдёт в местном доме культуры.",
        f"Похоронят {sp.sur('acc')} на родине.",
        f"У {sp.sur('gen')} остались {kin}.",
    ]))
    if rng.random() < 0.4:
        paras.append(f"Глава района {rng.choice(pools.OFFICIALS)} выразил соболезнования "
                     "родным и близким погибшего.")
    m.status, m.status_date = "killed", m.death_date
    return title, paras


def _group_article(ps: list[Person], rng: random.Random, ms: list[Mention]
                   ) -> tuple[str, list[str]]:
    first = ps[0]
    if first.district and all(q.district == first.district for q in ps):
        where = "в " + (first.district.replace("ого ", "ом ").replace("района", "районе")
                        .replace("кожууна", "кожууне"))
    else:
        where = geo.REGION_BY_ISO[first.region].prep
    title = f"{cap(where)} простились с {COUNT_INS[len(ps)]} земляками, погибшими в зоне СВО"
    paras = [f"На этой неделе {where} проводили в последний путь "
             f"{COUNT_ACC[len(ps)]} военнослужащих."]
    for p, m in zip(ps, ms, strict=True):
        sp = spell(p, rng, drop_patronymic=0.1)
        death = p.death or p.events[0].on
        paras.append(f"{cap(p.rank)} {sp.full(order='sgp')}, "
                     f"{p.birth.year} г.р., "
                     f"служил в {p.unit_prep}, погиб {ru_date(death)}.")
        m.name_form = sp.full(order="sgp")
        m.birth_date, m.unit, m.rank = str(p.birth.year), p.unit, p.rank
        m.death_date = m.status_date = death.isoformat()
        m.status, m.region = "killed", p.region
    paras.append("Все они посмертно награждены орденами Мужества.")
    return title, paras


def _missing_article(p: Person, rng: random.Random, m: Mention) -> tuple[str, list[str]]:
    sp = spell(p, rng, drop_patronymic=0.1)
    ev = next(e for e in p.events if e.status == "missing")
    place, m.region, m.settlement = _place(p, rng)
    place = to_gen(place)
    m.name_form, m.case = sp.full("acc"), "acc"
    m.status, m.status_date, m.unit = "missing", ev.on.isoformat(), p.unit
    title = f"Родные разыскивают пропавшего без вести бойца {sp.short('acc')}"
    paras = [f"Родственники разыскивают {sp.full('acc')}, {place}.",
             f"Связь с ним прервалась {ru_date(ev.on)}. {sp.given} служил в {p.unit_prep}.",
             f"Всех, кто что-либо знает о судьбе {sp.sur('gen')}, просят сообщить в редакцию."]
    return title, paras


def _captivity_article(p: Person, rng: random.Random, m: Mention) -> tuple[str, list[str]]:
    sp = spell(p, rng, drop_patronymic=0.3)
    place, m.region, m.settlement = _place(p, rng)
    captured = p.events[0]
    if p.final.status == "returned":
        ret = p.final
        m.name_form, m.status, m.status_date = sp.full(), "returned", ret.on.isoformat()
        title = f"{sp.short()} вернулся домой из плена"
        paras = [f"{cap(place)} {sp.full()} вернулся домой после обмена пленными.",
                 f"{sp.given} попал в плен {ru_date(captured.on)}, обмен состоялся "
                 f"{ru_date(ret.on)}.",
                 "Сейчас он проходит лечение и реабилитацию."]
        return title, paras
    m.name_form, m.case = sp.full("gen"), "gen"
    m.status, m.status_date = "captured", captured.on.isoformat()
    title = "Мать просит помочь вернуть сына из плена"
    paras = [f"Мать {sp.full('gen')}, {to_gen(place)}, обратилась "
             "к уполномоченному по правам человека.",
             f"По её словам, сын попал в плен {ru_date(captured.on)}; его видели на видео, "
             "опубликованном украинской стороной."]
    return title, paras


def _comments(rng: random.Random, when: date) -> list[tuple[str, str, str]]:
    texts = [
        "Светлая память герою!", "Соболезнования семье.", "Царствие небесное.",
        "Сколько ещё наших ребят должно погибнуть?",
        "Вечная память. Мой брат {n} {s} тоже там, пропал в мае — кто что знает, напишите.",
        "Учился с ним в одной школе, хороший был парень.",
        "А где {s} из администрации? Обещали помочь семьям и пропали.",
        "Держитесь, родные.",
    ]
    out = []
    for i in range(rng.randint(2, 5)):
        t = rng.choice(texts).format(n=rng.choice(pools.NOISE_GIVEN),
                                     s=rng.choice(pools.NOISE_SURNAMES))
        d = when + timedelta(days=i // 2)
        out.append((rng.choice(pools.COMMENTERS), f"{d:%d.%m.%Y} {rng.randint(7, 23):02d}:"
                    f"{rng.randint(0, 59):02d}", t))
    return out


def _page(site: NewsSite, rng: random.Random, title: str, paras: list[str], pub: date,
          used: set[str]) -> tuple[str, str]:
    slug = slugify(title)
    base = site.url.format(y=pub.year, m=f"{pub.month:02d}", d=f"{pub.day:02d}", slug=slug)
    key = f"{pub:%Y-%m-%d}-{slug}"
    while key in used:
        key += "-2"
    used.add(key)
    hh, mm = rng.randint(7, 21), rng.randint(0, 59)
    related = [(t, f"https://{site.domain}/news/{rng.randint(10000, 99999)}")
               for t in rng.sample(RELATED, 4)]
    page = Page(site.title, site.domain, title, f"{pub.isoformat()}T{hh:02d}:{mm:02d}:00{site.tz}",
                f"{ru_date(pub)}, {hh:02d}:{mm:02d}", f"https://{site.domain}/{base}", paras,
                related, _comments(rng, pub), list(site.menu), "Общество")
    return f"corpus/news/{site.key}/{key}.html", TEMPLATES[site.template](page)


def render(rng: random.Random, stories: list[Story]) -> list[Doc]:
    """One article per story, some stories merged into group obituaries."""
    docs: list[Doc] = []
    used: set[str] = set()
    pending = sorted(stories, key=lambda s: (s[0].events[-1].reported, s[0].pid, s[1]))
    grouped: set[str] = set()
    for i, (p, kind) in enumerate(pending):
        if p.pid + kind in grouped:
            continue
        site = SITE_BY_REGION[p.region]
        group = [p]
        if kind == "killed" and rng.random() < 0.5:
            for q, k2 in pending[i + 1:]:
                near = (q.events[-1].reported - p.events[-1].reported).days < 45
                if (k2 == "killed" and q.region == p.region and q.sex == "M" and near
                        and q.pid + k2 not in grouped and len(group) < 3 and p.sex == "M"):
                    group.append(q)
        ms = [Mention(site.key, "", "", q.pid, "", "nom", "", citizenship="RU") for q in group]
        if len(group) > 1:
            title, paras = _group_article(group, rng, ms)
            grouped.update(q.pid + "killed" for q in group)
            when = max(q.events[-1].reported for q in group)
        elif kind == "killed":
            title, paras = _death_article(p, rng, ms[0])
            when = p.events[-1].reported
        elif kind == "missing":
            title, paras = _missing_article(p, rng, ms[0])
            when = p.events[0].reported
        else:
            title, paras = _captivity_article(p, rng, ms[0])
            when = p.events[-1].reported
        path, html = _page(site, rng, title, paras, publish_after(rng, when, 0, 6), used)
        for m in ms:
            m.path, m.locator = path, ""
        docs.append(Doc(path, html, ms))
    return docs
