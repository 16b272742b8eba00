"""Telegram Desktop exports (``result.json``) of two volunteer channels."""

from __future__ import annotations

import calendar
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from headcount.demo import pools
from headcount.demo.people import PUBLISH_END, Person
from headcount.demo.text import Doc, Mention, Spelling, archive_id, g, spell, years_word

COUNTRY_GEN = {"NP": "Непала", "IN": "Индии", "UZ": "Узбекистана", "TJ": "Таджикистана",
               "KG": "Киргизии", "CU": "Кубы", "LK": "Шри-Ланки"}
FRONT = ["под Покровском", "под Бахмутом", "в районе Авдеевки", "на Купянском направлении",
         "под Угледаром", "в Курской области", "под Работино", "в районе Кременной"]


@dataclass(frozen=True)
class Channel:
    key: str
    title: str
    chat_id: int
    foreign: bool


CHANNELS = (
    Channel("poisk_svoih_demo", "Ищем своих | пропавшие, пленные, погибшие", 1700123456, False),
    Channel("inostrancy_svo_demo", "Иностранцы на СВО", 1800654321, True),
)

Part = str | dict[str, str]


@dataclass
class Post:
    when: datetime
    parts: list[Part]
    mentions: list[Mention] = field(default_factory=list)
    photo: bool = False
    service: str = ""


def _d(d: date) -> str:
    return f"{d:%d.%m.%Y}"


def _birth(p: Person, rng: random.Random, m: Mention) -> str:
    roll = rng.random()
    if roll < 0.4:
        m.birth_date = p.birth.isoformat()
        return f"{_d(p.birth)} г.р."
    if roll < 0.8:
        m.birth_date = str(p.birth.year)
        return f"{p.birth.year} г.р."
    return ""


def _name(sp: Spelling, rng: random.Random, m: Mention) -> str:
    roll = rng.random()
    if roll < 0.45:
        m.name_form = sp.full(order="sgp")
    elif roll < 0.8:
        m.name_form = sp.full()
    elif sp.patronymic:
        m.name_form = sp.initials(surname_first=True)
    else:
        m.name_form = sp.short()
    return m.name_form


def _russian_post(p: Person, kind: str, rng: random.Random, m: Mention) -> list[Part]:
    sp = spell(p, rng, typo_rate=0.08, drop_patronymic=0.15, yo=rng.random() < 0.3)
    ev = next(e for e in p.events if e.status == kind)
    m.status, m.status_date = kind, ev.on.isoformat()
    tags = {"dat": {"type": "hashtag", "text": "#СВО"}}
    if kind == "missing":
        name = _name(sp, rng, m)
        birth = _birth(p, rng, m)
        m.region, m.settlement, m.unit = p.region, p.settlement, p.unit
        return [{"type": "bold", "text": "❗️ПРОПАЛ БЕЗ ВЕСТИ❗️"},
                f"\n{name}{', ' + birth if birth else ''}, {p.settlement}. {p.unit}.\n"
                f"Последний выход на связь — {_d(ev.on)}, {rng.choice(FRONT)}.\n"
                "Любая информация — в личные сообщения. ", {"type": "hashtag", "text": "#пропал"},
                " ", tags["dat"]]
    if kind == "captured":
        m.name_form, m.case = sp.full("acc"), "acc"
        return [f"Родные опознали {m.name_form} на видео, опубликованном украинской стороной. "
                f"Связь с ним пропала {_d(ev.on)}. Считаем, что {g(p, 'он', 'она')} в плену. ",
                {"type": "hashtag", "text": "#плен"}]
    if kind == "returned":
        m.name_form = sp.full() if rng.random() < 0.5 else sp.short()
        return ["🙏 Радостная новость! ", {"type": "bold", "text": m.name_form},
                f" вернулся домой из плена в ходе обмена {_d(ev.on)}. Спасибо всем, кто помогал!"]
    # killed
    m.death_date = ev.on.isoformat()
    if len(p.events) > 1:
        m.name_form, m.case = sp.full("gen"), "gen"
        return [f"Подтвердилась гибель {m.name_form}. С {_d(p.events[0].on)} "
                f"{g(p, 'он числился пропавшим', 'она числилась пропавшей')} без вести. "
                "Вечная память. ", tags["dat"]]
    name = _name(sp, rng, m)
    birth = _birth(p, rng, m)
    m.region, m.settlement = p.region, p.settlement
    died = g(p, "Погиб", "Погибла")
    return [{"type": "bold", "text": f"{died} {name}"},
            f"{', ' + birth if birth else ''}, {p.settlement}. {died} {_d(ev.on)}. "
            "Светлая память! Соболезнования родным."]


def _foreign_post(p: Person, kind: str, rng: random.Random, m: Mention) -> list[Part]:
    sp = spell(p, rng, typo_rate=0.03, drop_patronymic=0.5)
    ev = next(e for e in p.events if e.status == kind)
    m.status, m.status_date, m.citizenship = kind, ev.on.isoformat(), p.citizenship
    who = f"Гражданин {COUNTRY_GEN[p.citizenship]}"
    tag: dict[str, str] = {"type": "hashtag", "text": "#иностранцы"}
    if kind == "killed":
        m.death_date = ev.on.isoformat()
        m.name_form = sp.full() if rng.random() < 0.6 else sp.full(order="sgp")
        age = p.age_at(ev.on)
        if rng.random() < 0.5:
            m.age = str(age)
            return [f"{who} {m.name_form}, {years_word(age)}, погиб {_d(ev.on)} "
                    f"{rng.choice(FRONT)}. Он подписал контракт с Минобороны РФ. ", tag]
        return [f"{who} {m.name_form} погиб {_d(ev.on)}. ", tag, " ",
                {"type": "link", "text": f"https://archive.ph/{archive_id(rng)}"}]
    if kind == "missing":
        m.name_form, m.case = sp.full("gen"), "gen"
        return [f"Семья {m.name_form} ({pools.COUNTRIES[p.citizenship][0]}) "
                f"не может связаться с ним с {_d(ev.on)}. Родные просят помочь найти. ", tag]
    m.name_form, m.case = sp.full(), "nom"
    if kind == "returned":
        return [f"{m.name_form} из {COUNTRY_GEN[p.citizenship]} вернулся из плена {_d(ev.on)}."]
    return [f"{who} {m.name_form} попал в плен {_d(ev.on)}. ", tag]


_NOISE: list[list[Part]] = [
    ["Внимание: ", {"type": "bold", "text": "мошенники"},
     " звонят родственникам пропавших и требуют деньги за информацию. Не переводите!"],
    ["Сбор на тепловизоры закрыт, спасибо всем! Отчёт: ",
     {"type": "text_link", "text": "по ссылке", "href": "https://telegra.ph/otchet-demo"}],
    ["Как подать запрос в Международный комитет Красного Креста: ",
     {"type": "link", "text": "https://www.icrc.org/ru"}],
    ["Напоминаем: мы не собираем деньги за поиск. Только информация."],
    ["Прямой эфир с юристом о выплатах семьям — в четверг в 19:00 мск."],
]


def _message(post: Post, mid: int, ch: Channel) -> dict[str, Any]:
    local = post.when.strftime("%Y-%m-%dT%H:%M:%S")
    unix = str(calendar.timegm(post.when.timetuple()) - 3 * 3600)
    base: dict[str, Any] = {"id": mid, "type": "service" if post.service else "message",
                            "date": local, "date_unixtime": unix}
    if post.service:
        base.update({"actor": ch.title, "actor_id": f"channel{ch.chat_id}",
                     "action": post.service})
        if post.service == "create_channel":
            base["title"] = ch.title
        else:
            base["message_id"] = max(1, mid - 3)
        base.update({"text": "", "text_entities": []})
        return base
    base.update({"from": ch.title, "from_id": f"channel{ch.chat_id}"})
    if post.photo:
        base.update({"photo": f"photos/photo_{mid}@{post.when:%d-%m-%Y_%H-%M-%S}.jpg",
                     "width": 1280, "height": 960})
    plain = all(isinstance(x, str) for x in post.parts)
    text = "".join(x for x in post.parts if isinstance(x, str))
    base["text"] = text if plain else post.parts
    base["text_entities"] = [{"type": "plain", "text": x} if isinstance(x, str) else x
                             for x in post.parts if x]
    return base


def render(rng: random.Random, ch: Channel, stories: list[tuple[Person, str]]) -> Doc:
    """One export: a post per story, plus photos, noise and service messages."""
    path = f"corpus/telegram/{ch.key}/result.json"
    start = datetime(2022, 3, 2, 9, 0)
    posts = [Post(start, [], service="create_channel")]
    for p, kind in stories:
        ev = next(e for e in p.events if e.status == kind)
        day = min(ev.reported + timedelta(days=rng.randint(0, 5)), PUBLISH_END)
        when = datetime(day.year, day.month, day.day, rng.randint(8, 23), rng.randint(0, 59))
        m = Mention(ch.key, path, "", p.pid, "", "nom", kind, citizenship=p.citizenship)
        render_one = _foreign_post if ch.foreign else _russian_post
        posts.append(Post(when, render_one(p, kind, rng, m), [m], photo=rng.random() < 0.3))
    for _ in range(max(4, len(stories) // 6)):
        d = start + timedelta(days=rng.randint(1, (PUBLISH_END - start.date()).days),
                              minutes=rng.randint(0, 900))
        if rng.random() < 0.5:
            posts.append(Post(d, [], photo=True))
        else:
            posts.append(Post(d, list(rng.choice(_NOISE))))
    posts.append(Post(start + timedelta(days=200), [], service="pin_message"))
    posts.sort(key=lambda x: (x.when, x.service == "", x.mentions[0].person_id
                              if x.mentions else ""))
    messages = []
    for mid, post in enumerate(posts, start=1):
        for m in post.mentions:
            m.locator = str(mid)
        messages.append(_message(post, mid, ch))
    export = {"name": ch.title, "type": "public_channel", "id": ch.chat_id,
              "messages": messages}
    text = json.dumps(export, ensure_ascii=False, indent=1) + "\n"
    return Doc(path, text, [m for post in posts for m in post.mentions])

