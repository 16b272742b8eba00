"""Ukrainian military units and the rank "солдат".

Numbered formations in any case, put in the nominative with the ordinal's Ukrainian
ending: "у 155-й окремій бригаді морської піхоти" → 155-та окрема бригада морської піхоти,
"106-ї гвардійської повітряно-десантної дивізії" → 106-та гвардійська повітряно-десантна
дивізія, "37-го мотострілецького полку" → 37-й мотострілецький полк, "58-ї армії" → 58-ма
армія; "бригада імені короля Данила", "119-та бригада ТрО"; a brigade's abbreviation as
written ("65 ОМБр", "3 ОШБр", "36 ОБрМП"). Military unit numbers: "в/ч А1234", "військова
частина 12345". "солдат" is a rank right before a name ("солдат Ігор Мельник", not
"російський солдат"), and after a name and a comma before a unit or a comma ("Ткачук
Василь, солдат 65 ОМБр", "наш земляк, солдат 93-ї бригади").
"""

from __future__ import annotations

import re

from headcount.extract.military import (
    AGENT_AFTER,
    CAPTORS_BEFORE,
    captors_formation,
    past_namesake,
    plural_before,
)
from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.extract.namesakes import namesake_words
from headcount.extract.nationals import (
    RUSSIAN_SUFFIX,
    UKRAINIAN_UNIT_ABBREVIATION,
    captors_sentence,
)

_LOW = "а-яіїєґ'’ʼ"
#: head nouns: stem → (nominative, gender)
_HEADS = {
    "бригад": ("бригада", "femn"), "дивізі": ("дивізія", "femn"), "арммі": ("армія", "femn"),
    "армі": ("армія", "femn"), "рот": ("рота", "femn"), "ескадрил": ("ескадрилья", "femn"),
    "флотилі": ("флотилія", "femn"), "полк": ("полк", "masc"),
    "батальйон": ("батальйон", "masc"), "корпус": ("корпус", "masc"),
    "загон": ("загін", "masc"), "загін": ("загін", "masc"), "дивізіон": ("дивізіон", "masc"),
    "центр": ("центр", "masc"), "окруж": ("округ", "masc"),
}
_HEAD = (r"(бригад[аиіоуюо]*|дивізі(?:я|ї|ю|єю)|армі(?:я|ї|ю|єю)|рот[аиіу]|роті|ротою|"
         # the locative too: "у 1-му мотострілецькому батальйоні", "в 3-му армійському корпусі"
         r"полк(?:у|ом|ові|а)?|батальйон(?:у|ом|ові|а|і)?|корпус(?:у|ом|ові|а|і)?|загін|"
         r"загон(?:у|ом|ові|і)|дивізіон(?:у|ом|ові|а|і)?|ескадриль(?:я|ї|ю|єю))")
_UNIT = re.compile(
    rf"(?<![\d/])(\d{{1,4}})\s?[-–]?\s?(?:[{_LOW}]{{1,3}})?\s+"
    rf"((?:[{_LOW}]+(?:-[{_LOW}]+)?\s+){{0,4}}?){_HEAD}\b"
    rf"((?:\s+(?:[{_LOW}]+(?:ої|ого|их|ів|и|і|у|ення|ання|ля)|ВДВ|ППО|ВМФ|СпП|ССО|МП|ТрО|ТРО|"
    rf"НГУ)\b)"
    rf"{{0,3}})")
_COMPLEMENT_NOT = re.compile(r"^(?:з|із|зі|під|на|у|в|та|і|й|до|що|який|яка|де|біля|одного|"
                             r"якого|цього|того|свого|його|її|їх|якої|цієї|тієї|своєї)$", re.I)
_VCH = re.compile(r"\b(?:в/ч|військов\w+\s+частин\w+)\s+([А-ЯA-Z]?-?\d{4,5})\b")
_SOLDIER = re.compile(r"(?<![\w-])(?<!ський\s)(?<!цький\s)(?:[Сс]олдат|[Сс]олдата|[Сс]олдату|"
                      r"[Сс]олдатом)\s+(?=[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+\s+[А-ЯІЇЄҐ]|"
                      # an initial first: "Солдат В. Кравець", "солдат І. П. Гнатюк"
                      r"(?:[А-ЯІЇЄҐ]\.\s*){1,2}[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+)|"
                      # after a name and a comma, before a unit or another comma: "Ковальчук
                      # Андрій, солдат, стрілець", "наш земляк, солдат 93-ї бригади",
                      # "солдат 65 ОМБр"
                      r"(?<=,\s)солдат(?=\s*[,;—–]|\s+\d|\s+[А-ЯІЇЄҐ]{2,}|\s+(?:окрем|"
                      r"бригад|батальйон|роти|полку|взводу|ЗСУ|НГУ|ДПСУ|ТрО)\w*)")


def ordinal(number: str, gender: str) -> str:
    """The ordinal as Ukrainian writes it in figures: 58 → 58-ма, 106 → 106-та, 1 → 1-ша,
    3 → 3-тя; masculine 37 → 37-й."""
    if gender == "masc":
        return f"{number}-й"
    n = int(number)
    last, two = n % 10, n % 100
    if n % 1000 == 0:
        tail = "на"
    elif two in range(11, 20) or last in (0, 4, 5, 6, 9):
        tail = "ва" if two == 40 else "та"
    else:
        tail = {1: "ша", 2: "га", 3: "тя", 7: "ма", 8: "ма"}[last]
    return f"{number}-{tail}"


def nominative_adjective(word: str, gender: str) -> str:
    """An adjective in the nominative of ``gender``: by the dictionary, else its ending."""
    low = word.lower()
    for p in parses(low):
        if "ADJF" in p.tag.grammemes:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return form.word
    if gender == "femn":
        return re.sub(r"(?:ої|ій|ою|у)$", "а", low)
    return re.sub(r"(?:ого|ому|ім|им)$", "ий", low)


def _head(word: str) -> tuple[str, str]:
    low = word.lower()
    for stem in sorted(_HEADS, key=len, reverse=True):
        if low.startswith(stem):
            return _HEADS[stem]
    return low, "masc"


def find_units(text: str) -> list[Fact]:
    """Numbered formations in the nominative and unit numbers."""
    out: list[Fact] = []
    for m in _UNIT.finditer(text):
        if any(f.start <= m.start() < f.end for f in out):
            continue  # the formation above one already read ("… 110-ї окремої бригади")
        noun, gender = _head(m.group(3))
        adjectives = [nominative_adjective(w, gender) for w in m.group(2).split()]
        if any(not re.search(r"(?:ий|а|я|ій)$", a) for a in adjectives):
            continue  # a word between the number and the noun that is no adjective
        tail: list[str] = []
        for w in m.group(4).split():
            if _COMPLEMENT_NOT.match(w):
                break
            tail.append(w)
        tail = tail[: next((i for i, w in enumerate(tail) if w.lower() == "імені" or not
                            _genitive(w)), len(tail))]
        end = m.end(3)
        if tail:
            end = m.start(4) + m.group(4).find(tail[-1]) + len(tail[-1])
        if re.match(r"\s+(?:одного|однієї|одної)\s+(?:з|із)\b", text[end:]):
            continue  # "1-го батальйону одного з полків": a part of a unit not named
        if CAPTORS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "потрапив у полон до бійців 225-го батальйону": the captors'
        number = ordinal(m.group(1), gender)
        if m.group(3).lower() == noun and adjectives == [w.lower() for w in m.group(2).split()]:
            # in the nominative, the number as written ("72-а окрема механізована бригада",
            # "72 окрема механізована бригада")
            number = re.sub(r"\s+", "", text[m.start() : m.start(2)]).replace("–", "-")
        value = " ".join([number, *adjectives, noun, *tail])
        above = _ABOVE.match(text, end)
        if above is not None:  # "1-й батальйон 346-го мотострілецького полку", as written
            value, end = f"{value} {' '.join(above.group(0).split())}", above.end()
        name = _NAME.match(text, end) or namesake(text, end)
        if name is not None:  # "93-й окремій механізованій бригаді «Холодний Яр»"
            value, end = f"{value} {name.group(0).strip()}", name.end()
        side = RUSSIAN_SUFFIX.match(text, end)
        if side is not None:  # "155-та бригада морської піхоти ЗС РФ", as written
            value, end = f"{value} {' '.join(side.group(0).split())}", side.end()
        if AGENT_AFTER.match(text, past_namesake(text, end)) and not re.search(
                r"(?:служи\w*|воюва\w*|у\s+складі)[^.;!?]{0,40}$", text[max(0, m.start() - 60):
                                                                   m.start()], re.I):
            # "3-ї штурмової бригади знищили розрахунок", "36-ї бригади … імені контрадмірала
            # Михайла Білинського взяли в полон": the side that killed or took him, read after
            # the formation's whole name
            continue
        plural = plural_before(text, m.start())  # "Дронов і Гатауллін служили в 6-й армії"
        out.append(Fact("unit", value, m.start(), end, {"plural": True} if plural else {}))
    for m in _NAMED_HEAD.finditer(text):
        name = namesake(text, m.end())
        if name is None or any(f.start <= m.start() < f.end for f in out) or \
                captors_formation(text, m.start(), name.end()):
            continue  # "воїни бригади імені короля Данила захопили в полон": the captors'
        # "добровольцем батальйону імені Шаймуратова" → батальйон імені Шаймуратова
        value = f"{_head(m.group(0))[0]} {' '.join(name.group(0).split())}"
        plural = plural_before(text, m.start())
        out.append(Fact("unit", value, m.start(), name.end(), {"plural": True} if plural else {}))
    for m in _VCH.finditer(text):
        # as written, in the nominative: "військової частини А1234" → військова частина А1234
        kind = "в/ч" if m.group(0).startswith("в/ч") else "військова частина"
        out.append(Fact("unit", f"{kind} {m.group(1)}", m.start(), m.end()))
    for m in UKRAINIAN_UNIT_ABBREVIATION.finditer(text):
        if m.group(1) is None or any(f.start <= m.start() < f.end for f in out) or \
                captors_sentence(text, m.start(), m.end()):
            continue  # "Бійці 92-ї ОШБр взяли в полон …": the captors' brigade
        # "солдат 65 ОМБр", "штаб-сержант 3 ОШБр": an abbreviated brigade, as written
        plural = plural_before(text, m.start())
        value, end = m.group(0), m.end()
        side = RUSSIAN_SUFFIX.match(text, end)
        if side is not None:  # "155 ОБрМП ТОФ": the fleet's, as written
            value, end = f"{value} {' '.join(side.group(0).split())}", side.end()
        name = _NAME.match(text, end)
        if name is not None:  # "47 ОМБр «Маґура»": its name in quotes, as written
            value, end = f"{value} {name.group(0).strip()}", name.end()
        out.append(Fact("unit", value, m.start(), end, {"plural": True} if plural else {}))
    return out


#: the formation a unit is part of, in the genitive as written ("2-го батальйону 110-ї окремої
#: механізованої бригади", "роти військової частини А1234"), or its fleet or military
#: district ("бригади берегової оборони Чорноморського флоту")
_ABOVE = re.compile(
    rf"\s+\d{{1,4}}\s?[-–]?\s?(?:го|ї|ої|ого)\s+(?:[{_LOW}]+(?:-[{_LOW}]+)?\s+){{0,4}}?"
    r"(?:бригади|дивізії|полку|армії|корпусу|загону|дивізіону|флотилії|батальйону)\b"
    rf"(?:\s+[{_LOW}]+(?:ої|ого)\s+[{_LOW}]+(?:и|і|у))?"
    rf"(?:\s+[А-ЯІЇЄҐ][{_LOW}]+(?:ого|ої)\s+(?:флоту|флотилії|військового\s+округу))?|"
    r"\s+(?:військової\s+частини|в/ч)\s+[А-ЯA-Z]?-?\d{4,5}\b|"
    rf"\s+[А-ЯІЇЄҐ][{_LOW}]+(?:ого|ої)\s+(?:флоту|флотилії|військового\s+округу)\b")
#: a formation named after someone with no number ("батальйону імені Шаймуратова")
_NAMED_HEAD = re.compile(r"\b(?:батальйон(?:у|ом|ові|і)?|"
                         r"бригад(?:а|и|і|у|ою)|полк(?:у|ом|ові)?|загін|загон(?:у|ом|і))"
                         r"(?=\s+імені\s)")
#: a unit's name in quotes after it, as written
_NAME = re.compile(r"\s*«[^»\n]{2,30}»")
#: a unit named after someone, as written ("бригада імені Чорних Запорожців"): its titles in
#: lower case, then capitalised words, of which :func:`namesake` keeps the namesake's
_NAMESAKE = re.compile(rf"\s+імені\s+(?:(?:Героя|Героїв)\s+(?:України|Радянського\s+Союзу)\s+)?"
                       rf"(?:[{_LOW}-]+\s+){{0,2}}?([А-ЯІЇЄҐ][\w'’ʼ-]+"
                       r"(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+){0,3})")
_WORD = re.compile(r"\S+")


def namesake(text: str, end: int) -> re.Match[str] | None:
    """The namesake of a unit ending at ``end`` ("бригади імені генерал-хорунжого Марка
    Безручка"), without the soldier's name that may follow it ("… Безручка Тараса
    Мельничука"): a match whose ``end()`` is where the namesake ends."""
    m = _NAMESAKE.match(text, end)
    if m is None:
        return None
    words = list(_WORD.finditer(m.group(1)))
    keep = namesake_words([w.group(0) for w in words], whole=True)
    return _NAMESAKE.match(text, end, m.start(1) + words[keep - 1].end())
#: abbreviations that name a formation ("морської піхоти ВДВ")
_ABBREVIATION = re.compile(r"^(?:[А-ЯІЇЄҐA-Z]{2,5}|ТрО|СпП)$")


def _genitive(word: str) -> bool:
    """A word of a unit's complement: an abbreviation, or a noun or adjective in the genitive
    ("морської піхоти"; not a verb: "3-ї штурмової бригади знищили")."""
    if _ABBREVIATION.match(word):
        return True
    return any("gent" in p.tag.grammemes and {"NOUN", "ADJF"} & p.tag.grammemes
               for p in parses(word.lower()))


#: "солдат" in any singular case right before the unit it serves in ("Солдат військової
#: частини А1234 …", "солдатом 47-ї окремої бригади", "солдата батальйону «Донбас»")
_SOLDIER_OF = re.compile(
    r"(?<![\w-])[Сс]олдат(?:а|у|ом|ові)?\s+(?=\d|в/ч\b|військов\w*\s+частин|(?:окрем|бригад|"
    r"батальйон|полку|роти|взводу|загону|дивізіон|Нацгвард|Національн\w*\s+гвард|"
    r"прикордонн|Державн\w*\s+прикордонн)\w*|(?:ЗСУ|НГУ|ДПСУ|ТрО|ССО|ДШВ)\b)")
#: a word before "солдат" that makes him another army's ("російський солдат", "ворожого
#: солдата")
_OTHER_ARMY = re.compile(r"(?:ськ|цьк|зьк)\w*\s+$|\bворож\w*\s+$", re.I)


def find_soldier_rank(text: str) -> list[Fact]:
    """"солдат" right before a name or the unit he serves in, not after a country's
    adjective."""
    out = [Fact("rank", "солдат", m.start(), m.end()) for m in _SOLDIER.finditer(text)
           if not _OTHER_ARMY.search(text, max(0, m.start() - 25), m.start())]
    for m in _SOLDIER_OF.finditer(text):
        if any(f.start <= m.start() < f.end for f in out) or _OTHER_ARMY.search(
                text, max(0, m.start() - 25), m.start()):
            continue
        out.append(Fact("rank", "солдат", m.start(), m.start() + len(m.group(0).split()[0])))
    return sorted(out, key=lambda f: f.start)


#: Ukraine's services and forces named without a number, in the nominative as a volunteer
#: writes them; ``True``: only Ukraine has it (a citizenship UA), ``False``: Russia too
_SERVICES: tuple[tuple[re.Pattern[str], str, bool], ...] = tuple(
    (re.compile(p), v, own) for p, v, own in (
        (r"\bНаціональн(?:а|ої|ій|у|ою)\s+гварді(?:я|ї|ю|єю)(?:\s+України)?\b",
         "Національна гвардія", True),
        (r"\bНацгварді(?:я|ї|ю|єю)\b", "Нацгвардія", True),
        (r"\bНГУ\b", "НГУ", True),
        (r"\bДержавн(?:а|ої|ій|у|ою)\s+прикордонн(?:а|ої|ій|у|ою)\s+служб(?:а|и|і|у|ою)"
         r"(?:\s+України)?\b", "Державна прикордонна служба", True),
        (r"\bДПСУ\b", "ДПСУ", True),
        (r"\bСил(?:и|ах|ам|ами)?\s+(?:територіальної\s+оборони|ТрО)\b",
         "Сили територіальної оборони", True),
        (r"(?<!Сил\s)(?<!Сили\s)(?<!Силах\s)\bТрО\b", "ТрО", True),
        (r"\b[Тт]ероборон(?:а|и|і|у|ою)\b", "тероборона", True),
        (r"\bДШВ\b", "ДШВ", True),
        (r"\bССО\b", "ССО", False),
        (r"\b[Мм]орськ(?:а|ої|ій|у|ою)\s+піхот(?:а|и|і|у|ою)\b", "морська піхота", False),
    ))
#: a service that speaks, not one someone served in ("за даними ДПСУ", "у Нацгвардії
#: повідомили")
_REPORTS = (r"(?:повідоми\w*|повідомля\w*|інформу\w*|проінформува\w*|пише|писали|написа\w*|"
            r"розпові\w*|заяви\w*|заявля\w*|зазнач\w*|опублікува\w*|оприлюдни\w*|"
            r"підтверди\w*|підтверджу\w*|передає|звіту\w*|наголоси\w*|уточни\w*|"
            r"сообщ\w*|сообщил\w*|пишет|заявил\w*|подтверди\w*)")
_SPEAKS_BEFORE = re.compile(r"(?:за\s+(?:даними|інформацією|словами|повідомленням)|"
                            r"згідно\s+(?:з|із|зі)|як\s+(?:\w+\s+)?" + _REPORTS + r"|"
                            + _REPORTS + r"|пресслужб\w*|речни\w*|представни\w*|"
                            r"командуванн\w*)\s+(?:\w+\s+){0,1}$", re.I)
_SPEAKS_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?" + _REPORTS, re.I)
#: a border guard of Ukraine's ("прикордонник Тарас …"), not Russia's FSB
_BORDER_GUARD = re.compile(r"\b[Пп]рикордонни(?:к|ка|ку|ком|ки|ків)\b")
_RUSSIAN_SERVICE = re.compile(r"\bФСБ\b|\bросійськ\w+|\bРФ\b|\bРосгвард\w*", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    b = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0),
            default=len(text))
    return text[a:b]


def find_services(text: str, units: list[Fact]) -> list[Fact]:
    """Ukraine's services a person served in, named without a number ("штаб-сержант
    Нацгвардії", "служив у ДПСУ", "військовослужбовець ТрО"): a unit when ``units`` (the
    text's numbered ones) has none there, and a citizenship UA for a service only Ukraine
    has; a border guard ("прикордонник") is Ukraine's unless the sentence speaks of Russia's.
    Not a service that reports or captures ("за даними ДПСУ", "прикордонники взяли в полон")."""
    out: list[Fact] = []
    for pattern, value, own in _SERVICES:
        for m in pattern.finditer(text):
            if _SPEAKS_BEFORE.search(text, max(0, m.start() - 30), m.start()) or \
                    _SPEAKS_AFTER.match(text, m.end()) or captors_sentence(
                        text, m.start(), m.end()):
                continue
            if _RUSSIAN_SERVICE.search(_sentence(text, m.start(), m.end())) and not own:
                continue
            if not any(f.start <= m.start() < f.end or m.start() <= f.start < m.end()
                       for f in [*units, *out]):
                out.append(Fact("unit", value, m.start(), m.end()))
            if own:
                out.append(Fact("citizenship", "UA", m.start(), m.end(), {"contested": False}))
    for m in _BORDER_GUARD.finditer(text):
        sentence = _sentence(text, m.start(), m.end())
        if not _RUSSIAN_SERVICE.search(sentence) and not captors_sentence(
                text, m.start(), m.end()):
            out.append(Fact("citizenship", "UA", m.start(), m.end(), {"contested": False}))
    return sorted(out, key=lambda f: f.start)
