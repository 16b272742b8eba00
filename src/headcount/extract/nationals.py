"""Nouns for a country's citizens ("непалец", "кубинцев", "шри-ланкийца", "сербка"): a
citizenship.

The nouns are not listed: a noun and its country's adjective share a stem ("непаль|ский" ↔
"непал|ец", "шри-ланк|ийский" ↔ "шри-ланк|иец", "серб|ский" ↔ "серб"), so the country table's
adjectives give the nouns of every country. A stem of two countries names none.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.foreign_service import find_foreign_service
from headcount.extract.military import one_soldier
from headcount.extract.model import Fact
from headcount.extract.morph import lemmas, parses
from headcount.extract.roles import KIN
from headcount.reference import Country, countries

#: adjective endings, longest first; what is left is the stem
_ADJ_ENDINGS = ("ийский", "ский")
#: noun endings of a citizen (masculine and feminine lemmas), longest first
_NOUN_ENDINGS = ("янин", "янка", "анин", "анка", "иец", "ийка", "ец", "ка", "")
_MIN_STEM = 3
_WORD = re.compile(r"\b[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?\b")


def _stem(word: str) -> str:
    return word.lower().replace("ё", "е").rstrip("ь")


@cache
def _index() -> dict[str, Country | None]:
    out: dict[str, Country | None] = {}
    for c in countries():
        adjective = (c.adjective or "").lower()
        for ending in _ADJ_ENDINGS:
            if adjective.endswith(ending) and len(adjective) - len(ending) >= _MIN_STEM:
                stem = _stem(adjective[: -len(ending)])
                out[stem] = c if out.get(stem, c) == c else None
                break
    return out


#: the lemmas of a Russian citizen's noun
_RUSSIANS = frozenset({"россиянин", "россиянка"})


def country_of(word: str) -> Country | None:
    """The country whose citizen ``word`` names ("непальца" → Непал), or None; a compound
    with what he was names it by its first part ("непалец-контрактник", "кубинца-наёмника",
    "таджик-мигрант")."""
    found = _country_of(word)
    if found is None and word[:7].lower() == "россиян" and lemmas(word) & _RUSSIANS:
        # "россиянин": no stem of "российский" (the lemmas read only for such a word)
        found = next((c for c in countries() if c.code == "RU"), None)
    if found is None and word.count("-") == 1:
        head, tail = word.split("-")
        cases = {p.tag.case for p in parses(head.lower())[:2] if "NOUN" in p.tag.grammemes}
        # a noun for a person, or one agreeing with the citizen's (the dictionary reads
        # "мигрант" as inanimate)
        if len(tail) > 3 and any("NOUN" in p.tag.grammemes and (
                "anim" in p.tag.grammemes or p.tag.case in cases)
                for p in parses(tail.lower())[:2]):
            found = _country_of(head)
    return found


def _country_of(word: str) -> Country | None:
    index = _index()
    ps = parses(word.lower())
    for p in ps[:2]:
        if not {"NOUN", "anim"} <= p.tag.grammemes or {"Name", "Surn", "Patr"} & p.tag.grammemes:
            continue
        if word[:1].isupper() and any({"Name", "Surn"} & q.tag.grammemes
                                      and q.score >= p.score for q in ps):
            continue  # "Мальцев": a surname first of all, not "мальцев" of Mali
        lemma = p.normal_form.replace("ё", "е")
        for ending in _NOUN_ENDINGS:
            if lemma.endswith(ending) and len(lemma) - len(ending) >= _MIN_STEM:
                found = index.get(_stem(lemma[: len(lemma) - len(ending)]))
                if found is not None:
                    return found
    return None


def find_nationals(text: str) -> list[Fact]:
    """Citizenship facts from nouns for citizens (a plural one speaks of several people), and
    from a country's embassy speaking of the person."""
    out = []
    for m in _WORD.finditer(text):
        country = country_of(m.group(0))
        if country is None:
            continue
        top = parses(m.group(0).lower())[0]
        if "plur" in top.tag.grammemes and _OTHER_SIDE.search(text[max(0, m.start() - 12) :
                                                                    m.start()]):
            continue  # "увидели его в списках у украинцев": the other side, not his
        if _someone_elses(text, m.start(), m.end()):
            continue  # "сын непальца-контрактника", "вместе с сирийцем Ахмадом": another's
        out.append(Fact("citizenship", country.code, m.start(), m.end(),
                        {"contested": country.contested, "plural": "plur" in top.tag.grammemes}))
    return sorted([*out, *find_missions(text), *find_foreign_service(text),
                   *find_country_citizens(text)], key=lambda f: f.start)


#: a companion's noun: "погиб вместе с сирийцем Ахмадом", "наряду с кубинцем"
_COMPANION = re.compile(r"(?<![\w-])(?:вместе|наряду|совместно)\s+со?\s+$", re.I)
#: a word, then spaces, ending right before the citizen's noun
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)\s+$")
#: a name of two words right after a companion's noun ("вместе с россиянином Олегом
#: Журавлёвым"; not a given name alone: "с сирийцем Ахмадом")
_FULL_NAME_AFTER = re.compile(r"\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]")
#: a capitalised word right after the noun: the one it names ("вдова непальца Рама Тапы")
_NAME_AFTER = re.compile(r"\s+[А-ЯЁ]")


def _someone_elses(text: str, start: int, end: int) -> bool:
    """The citizen's noun at ``start``–``end`` is a companion's ("вместе с сирийцем") or,
    in the genitive after a kin word with no name after it, a relative's ("сын
    непальца-контрактника", "внук кубинца"), not the country of the one described."""
    before = text[max(0, start - 30) : start]
    if _COMPANION.search(before):
        # "вместе с сирийцем" (unnamed), not "вместе с россиянином Олегом Журавлёвым": the
        # companion named right after is one of the people, his noun his own
        return not _FULL_NAME_AFTER.match(text, end)
    kin = _WORD_BEFORE.search(before)
    if kin is None or not lemmas(kin.group(1)) & KIN or _NAME_AFTER.match(text, end):
        return False
    return any(p.tag.case == "gent" for p in parses(text[start:end].split("-")[0].lower())[:2])


#: a preposition before a plural noun for a country's people that makes them the other
#: side ("в плену у украинцев", "сдался к украинцам", "воевал против украинцев")
_OTHER_SIDE = re.compile(r"(?<![\w-])(?:у|к|ко|от|против)\s+$", re.I)


#: ranks only Ukraine's army has (Russia's lowest rank is "рядовой"; the sergeants' ranks of
#: 2020): a soldier so ranked serves Ukraine ("солдат Гнатюк Роман", "старшим солдатом Петром
#: Климчуком", "штаб-сержант 3 ОШБр")
UKRAINIAN_RANKS = frozenset({"солдат", "старший солдат", "головний сержант", "штаб-сержант",
                             "майстер-сержант", "старший майстер-сержант",
                             "головний майстер-сержант", "бригадний генерал"})
#: kinds of brigade only Ukraine's army has ("72-й окремій механізованій бригаді", "128-я
#: отдельная горно-штурмовая бригада", "бригада теробороны"): Russia's are motor rifle ones
_UKRAINIAN_BRIGADE = re.compile(
    r"\b(?:механизированн\w+|механізован\w+|мотопехотн\w+|мотопіхотн\w+|горно-штурмов\w+|"
    r"гірсько-штурмов\w+|егерск\w+|єгерськ\w+|(?:территориальн\w+|територіальн\w+)\s+"
    r"оборон\w+|терооборон\w+|тероборон\w+)\s+(?:[а-яёіїєґ'’-]+\s+)?(?:бригад\w*|батальйон\w*|"
    r"батальон\w*)|"
    # Ukraine's National Guard ("старший сержант Нацгвардии", "Національної гвардії"; Russia's
    # is "Росгвардия", "войска национальной гвардии") and its naval infantry brigades, 35th to
    # 39th (Russia's are the 40th, 61st, 155th, 336th and 810th)
    r"\bнацгвард\w*|\bнаціональн\w+\s+гварді\w*|\bнациональн\w+\s+гварди\w+\s+Украин\w+|"
    r"(?<![\w-])3[5-9]-?[а-яіїєґ]{0,3}\s+(?:отдельн\w+\s+|окрем\w+\s+)?бригад\w+\s+"
    r"(?:морской\s+пехоты|морської\s+піхоти)", re.I)


#: a Ukrainian brigade's abbreviation (окрема … бригада: "65 ОМБр", "3 ОШБр", "36 ОБрМП",
#: "10 ОГШБр", "ОДШБр", "95-ї ОДШБр"), or territorial defence ("ТрО")
UKRAINIAN_UNIT_ABBREVIATION = re.compile(
    r"(?<![\w-])(\d{1,3})(?:-?[а-яіїєґ]{1,3})?\s+(О[А-ЯІЇЄҐа-яіїєґ]{0,5}Бр[А-ЯІЇЄҐа-яіїєґ]{0,4}|"
    r"ОШБ|ОМПБ|ОМБ|ОСБ|ОПБ|ОБ\s*ТрО)(?![\w-])|\bТрО\b")


#: a Russian fleet's, district's or army's abbreviation after a brigade's ("155 ОБрМП ТОФ",
#: "810 ОБрМП ЧФ", "40 ОБрМП ЗС РФ"): the brigade is Russia's, though abbreviated alike (and
#: kept in the unit as written: uk_units)
RUSSIAN_SUFFIX = re.compile(r"\s+(?:ТОФ|ЧФ|СФ|БФ|ПФ|ВМФ|ЗВО|ЦВО|ПдВО|ЮВО|ВВО|ЛенВО|ММО|"
                               r"(?:ЗС|ВС)\s+(?:РФ|Росії|России))(?![\w-])")


#: the numbers of Russia's own naval infantry brigades, abbreviated as Ukraine's are ("810
#: ОБрМП", "155 ОБрМП"); Ukraine's are 35–39
_RUSSIAN_MARINES = frozenset({"40", "61", "155", "336", "810"})


def _russian_marines(m: re.Match[str]) -> bool:
    """A naval infantry brigade's abbreviation with the number of one of Russia's."""
    return bool(m.group(1)) and m.group(1) in _RUSSIAN_MARINES and bool(
        m.group(2)) and m.group(2).upper() == "ОБРМП"


#: a sentence where Ukraine's soldiers take or kill someone: their brigade is the captors'
CAPTORS = re.compile(r"\b(?:взяли|взяв|узяли)\s+(?:[\w-]+\s+){0,4}?[ув]\s+полон|\bполонили|"
                     r"\bзахопили|\bзатримали|\bліквідували|\bзнищили|\bуразили|"
                     r"\bвзяли\s+в\s+плен|\bпленили|\bуничтожили|\bзадержали|"
                     # a surrender to them: "здався в полон бійцям …", "потрапив у полон до …",
                     # "сдался в плен бойцам …", "попал в плен к …"
                     r"\b(?:здав|здал|потрапи|опини|сдал|попа)\w*\s+(?:[ув]\s+полон\w*|в\s+плен\w*)\s+"
                     r"(?:до|к|ко)\s|"
                     r"\b(?:здав|здал|потрапи|опини|сдал|попа)\w*\s+(?:[ув]\s+полон\w*\s+|в\s+плен\w*\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:бійц|воїн|військов|захисник|десантник|морпіх|штурмовик|"
                     r"прикордонник|нацгвардійц|бойц|воин|военн|десантник|морпех|пограничник)\w*",
                     re.I)


#: Russia's soldiers as the captors, named in the nominative before or after the verb
#: ("Російські військові взяли в полон бійця 93-ї бригади", "Воїна 93-ї бригади взяли в
#: полон російські військові", "окупанти захопили в полон"): the unit named is the captive's
_CAPTURE_VERB = (r"(?:взял[иа]?|взяв|узял[иа]?|узяв|захопил[иа]?|захопив|захватил[иа]?|"
                 r"полонил[иа]?|полонив|пленил[иа]?)")
RUSSIAN_CAPTORS = re.compile(
    r"\b(?:російськ(?:і|ий)|российск(?:ие|ий)|ворож(?:і|ий))\s+(?:[\w'’ʼ-]+\s+){0,2}?"
    r"(?:військов\w*|військовослужбовц\w*|солдат\w*|бійц\w*|бойц\w*|окупант\w*|"
    r"оккупант\w*|десантник\w*|штурмовик\w*|военнослужащ\w*|военн\w*|сил[иы])\s+"
    r"(?:[\w'’ʼ-]+\s+){0,3}?" + _CAPTURE_VERB + r"\b|"
    r"\b(?:окупанти|оккупанты|росіяни|россияне|рашисти|ворог)\s+(?:[\w'’ʼ-]+\s+){0,3}?"
    + _CAPTURE_VERB + r"\b|"
    r"\b" + _CAPTURE_VERB + r"\s+(?:[\w'’ʼ-]+\s+){0,6}?(?:[ув]\s+полон|в\s+плен)\s+"
    r"(?:[\w'’ʼ-]+\s+){0,2}?(?:російські|российские|окупанти|оккупанты|росіяни|россияне|"
    r"рашисти)\b", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    b = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0),
            default=len(text))
    return text[a:b]


def taking_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around ``start``–``end`` tells soldiers of either side taking or killing
    someone ("Российские военные взяли в плен украинского десантника")."""
    return bool(CAPTORS.search(_sentence(text, start, end)))


def captors_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around ``start``–``end`` tells Ukraine's soldiers taking or killing
    someone ("Бійці 92-ї ОШБр взяли в полон окупанта"), not Russia's taking him."""
    sentence = _sentence(text, start, end)
    return bool(CAPTORS.search(sentence)) and not RUSSIAN_CAPTORS.search(sentence)


#: one man of Ukraine's army in a Russian text ("военнослужащий ВСУ", "боец ВСУ",
#: "украинский военный", "пленного морпеха ВСУ"), not its troops as the captors or enemy
_UA_SERVICEMAN = re.compile(
    r"\b(?:военнослужащ(?:ий|его|им|ем)|бо(?:ец|йца|йцом)|солдат(?:а|ом)?|"
    r"военн(?:ый|ого|ым)|пленн(?:ый|ого|ым)|морпех(?:а|ом)?|десантник(?:а|ом)?|"
    r"пограничник(?:а|ом)?|мобилизованн(?:ый|ого|ым)|сержант(?:а|ом)?|"
    r"офицер(?:а|ом)?)\s+(?:\d{1,3}(?:-?[а-я]{1,3})?\s+[а-яё-]+\s+(?:[а-яё-]+\s+)?"
    r"бригады\s+)?(?:ВСУ|ЗСУ|ВС\s+Украины|ВФУ)\b|"
    r"\bукраинск(?:ий|ого|ому|им)\s+(?:военнослужащ|военн|солдат|бо(?:ец|йц)|пленн|морпех|"
    r"десантник|пограничник|сержант|офицер)\w*|"
    # the same in a Ukrainian text: "українського військового Олексія Дуду", "військовий ЗСУ"
    r"\bукраїнськ(?:ий|ого|ому|им)\s+(?:військовослужбов|військов|солдат|боєць|бійц|"
    r"полонен|морпіх|десантник|прикордонник|сержант|офіцер|захисник|воїн)\w*|"
    r"\b(?:військовослужбов\w+|військов(?:ий|ого|ому|им)|бо(?:єць|йця|йцем)|воїн(?:а|ом)?|"
    r"солдат(?:а|ом)?|морпіх(?:а|ом)?)\s+ЗСУ\b", re.I)


#: the soldier named is the captor or the killer ("боец ВСУ взял в плен …")
_TAKES = re.compile(r"[^.;!?]{0,30}?\b(?:взял\w*\s+в\s+плен|захватил\w*|пленил\w*|"
                    r"уничтожил\w*|ликвидировал\w*|застрелил\w*|уби(?:л|вш)\w*|"
                    r"взя(?:в|ли)\s+[ув]\s+полон|захопи(?:в|ли)|полони(?:в|ли)|знищи(?:в|ли)|"
                    r"ліквідува(?:в|ли)|застрели(?:в|ли)|вби(?:в|ли))", re.I)


def find_ukrainian_units(text: str) -> list[Fact]:
    """Citizenship UA from a kind of unit only Ukraine's army has, named in words or by its
    abbreviation (not the captors' brigade: "Бійці 92 ОШБр взяли в полон …", "Бійці 47-ї
    окремої механізованої бригади взяли в полон …"), and from one
    man called Ukraine's soldier ("военнослужащий ВСУ", "украинский военный"; not the one
    surrendered to: "сдался бойцу ВСУ" is no fact of his)."""
    out = [Fact("citizenship", "UA", m.start(), m.end(), {"contested": False})
           for m in _UKRAINIAN_BRIGADE.finditer(text)
           if not captors_sentence(text, m.start(), m.end())]
    out += [Fact("citizenship", "UA", m.start(), m.end(), {"contested": False})
            for m in UKRAINIAN_UNIT_ABBREVIATION.finditer(text)
            if not captors_sentence(text, m.start(), m.end()) and not RUSSIAN_SUFFIX.match(
                text, m.end()) and "МСБр" not in m.group(0).upper()
            and not _russian_marines(m)]
    out += [Fact("citizenship", "UA", m.start(), m.end(), {"contested": False})
            for m in _UA_SERVICEMAN.finditer(text)
            if not re.search(r"\b(?:к|ко|от|с|со|у|против|до|від|проти|рук(?:ами)?)\s+$",
                             text[max(0, m.start() - 8) : m.start()], re.I)
            and not _TAKES.match(text, m.end())
            and one_soldier(text, m.start(), m.start() + len(m.group(0).split()[0]) + 1)]
    return sorted(out, key=lambda f: f.start)


def one_foreign_country(facts: list[Fact]) -> Fact | None:
    """The foreign country of a text about foreign recruits: the one country other than
    Russia and Ukraine its citizenship facts name ("Двое кубинцев …", "Nepali nationals",
    "a list of Cuban citizens"), or None when they name several or none."""
    foreign = [f for f in facts if f.field == "citizenship" and f.value not in ("RU", "UA")
               and not f.extra.get("acquired")]
    if not foreign or len({f.value for f in foreign}) != 1:
        return None
    # a country told of the text's men (a heading, "Nepali nationals") before one a list's
    # entry gives its own man only
    return next((f for f in foreign if not f.extra.get("entry")), foreign[0])


#: channels of a man called up in Russia: never a foreign recruit
_CALLED_UP = frozenset({"mobilised", "conscript", "regular"})


def share_country(facts: list[Fact], country: Fact | None, patronymic: bool) -> list[Fact]:
    """A person of a text about recruits of one foreign country who has no citizenship of
    his own is its citizen — unless something makes him Russian: a patronymic, a home in
    Russia, a call-up."""
    if country is None or patronymic or any(f.field == "citizenship" for f in facts):
        return facts
    if country.extra.get("entry"):
        return facts  # "— Дінеш Перера, Шрі-Ланка, …;\n— Іван Петров, Курськ, …": each entry's own
    if any(f.field == "region" and str(f.value).startswith("RU-") and not f.extra.get("context")
           for f in facts):  # "Рядовой Иван Сомов из Ишима … погиб непалец Рам Тапа"
        return facts
    if any(f.field == "channel" and str(f.value) in _CALLED_UP for f in facts):
        return facts
    return [*facts, Fact("citizenship", country.value, country.start, country.end,
                         {**country.extra, "document": True, "plural": False})]


#: a country's embassy or ministry that speaks of the person ("Посольство Непала подтвердило
#: гибель …", "в консульстве Кубы сообщили"): he is its citizen
_MISSION = r"(?:[Пп]осольств|(?:[Гг]ен)?[Кк]онсульств|МИД|[Мм]инистерств\w*\s+иностранных\s+дел)\w*"
_SPEAKS = re.compile(r"[^.;!?]{0,40}?\b(?:подтверди|сообщи|заяви|уведоми|информирова|"
                     r"опозна|занима\w*\s+репатриац|добива|репатриир|вернуть\s+тел|"
                     r"обратил|выразил\w*\s+соболезн|просит)", re.I)


def _mission_names() -> dict[str, Country]:
    """A country's names after "посольство": the genitive, and the name itself (indeclinable
    ones: "Бангладеш"), keyed by :func:`_name_key`."""
    out: dict[str, Country] = {}
    for c in countries():
        if c.contested or c.code in ("RU", "UA"):
            continue
        for name in (c.name_gen, c.name):
            if name:
                out.setdefault(_name_key(name), c)
    return out


def _name_key(name: str) -> str:
    """A country's name with its capital first letter kept ("Того", "Мали"; in lower case
    they are ordinary words) and the rest in lower case ("Шри-Ланки", "Шри-ланки")."""
    return name[:1] + name[1:].lower()


@cache
def _missions() -> re.Pattern[str]:
    names = sorted(_mission_names(), key=len, reverse=True)
    alternatives = "|".join(rf"{re.escape(n[:1])}(?i:{re.escape(n[1:])})" for n in names)
    return re.compile(rf"\b{_MISSION}\s+(?:в\s+\w+\s+)?({alternatives})(?![\w-])")


#: the mission's sentence speaks of a citizen of its ("своего гражданина", "its citizen",
#: "возвращения тела")
_OF_CITIZEN = re.compile(r"\b(?:граждан(?!ск)\w*|гражданк\w*|соотечественник\w*|тел(?:о|а)\b|"
                         r"останк\w*|citizens?\b|nationals?\b|body\b|remains\b)", re.I)
#: ... of several citizens ("погибли 16 граждан страны", "своих граждан", "its nationals"):
#: each person the text names may be one
_OF_CITIZENS = re.compile(r"\b(?:граждан|гражданам\w*|граждане|соотечественников|"
                          r"соотечественники|citizens|nationals)\b", re.I)
#: a name in the sentence: two capitalised words ("Рам Тапа", "Хорхе Переса")
_NAME = re.compile(r"\b[А-ЯЁA-Z][а-яёa-z'’-]+\s+[А-ЯЁA-Z][а-яёa-z'’-]+")


def _of_person(text: str, m: re.Match[str]) -> str | None:
    """The mission's sentence names someone ("named"), or speaks of a citizen of its
    ("citizen": then only of a text's one person) or of several ("citizens": "погибли не
    менее 16 граждан страны"): it speaks of the person, not of anything else ("Посольство
    Франции заявило протест")."""
    a = max(text.rfind(c, 0, m.start()) for c in ".!?…\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?…\n") if i >= 0]
    b = min(ends, default=len(text))
    sentence = text[a : m.start()] + " " + text[m.end() : b]
    if _NAME.search(sentence):
        return "named"
    if _OF_CITIZENS.search(sentence):
        return "citizens"
    return "citizen" if _OF_CITIZEN.search(sentence) else None


#: a citizen named by no country after the word ("ещё одного гражданина", "громадянина,
#: завербованого …"): the country is the one the sentence named before him
_CITIZEN_WORD = re.compile(r"\b(?:гражданин\w*|громадянин\w*|гражданам?\b|громадян\b)"
                           r"(?!\s+(?:[A-ZА-ЯЁІЇЄҐ]|других|інших|иных|стран|країн|РФ))", re.I)
#: a capitalised word that may name the country ("В Індії", "Непал подтвердил")
_CAPITAL = re.compile(r"\b[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)*")


def find_country_citizens(text: str) -> list[Fact]:
    """"В Індії підтвердили загибель ще одного громадянина", "Непал подтвердил гибель
    своего гражданина": the one foreign country the sentence names before a citizen
    named by no country — of the text's one person (``one_person``), or, said of several
    citizens, the text's country (``plural``, :func:`one_foreign_country`)."""
    from headcount.extract.sentences import sentence_around
    from headcount.extract.status import find_status
    from headcount.extract.ukrainian import country_word

    out = []
    for m in _CITIZEN_WORD.finditer(text):
        a, b = sentence_around(text, m.start(), m.end())
        if not find_status(text[a:b]):
            continue  # "Посольство Індії вимагає повернути громадян": no one's fate told
        named = {c.code: c for c in (country_word(w.group(0)) for w in _CAPITAL.finditer(
            text, a, m.start())) if c is not None}
        if len(named) == 1:
            (c,) = named.values()
            if not c.contested and c.code not in ("RU", "UA"):
                # one citizen: the text's one person; several: each man it names may be one
                one = m.group(0).lower().startswith(("гражданин", "громадянин"))
                out.append(Fact("citizenship", c.code, m.start(), m.end(),
                                {"contested": False, "one_person" if one else "plural": True}))
    return out


def find_missions(text: str) -> list[Fact]:
    """Citizenship from a country's embassy or foreign ministry speaking of the person (its
    sentence names him or a citizen of its); not a mission named for anything else ("его жена
    работает в посольстве Италии", "Посольство Франции заявило протест")."""
    by_name = _mission_names()
    out = []
    for m in _missions().finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if not (_SPEAKS.match(text, m.end()) or re.search(
                r"(?:по\s+данным|по\s+словам|по\s+информации|"
                # the verb before: "Как сообщило посольство Непала, …"
                r"(?:сообщил|заявил|подтвердил|уточнил|информировал)\w*)\s+$", before, re.I)):
            continue
        of = _of_person(text, m)
        if of is None:
            continue
        country = by_name[_name_key(m.group(1))]
        extra: dict[str, object] = {"contested": False}
        if of == "citizen":
            extra["one_person"] = True  # "гибель своего гражданина": the text's one person
        out.append(Fact("citizenship", country.code, m.start(1), m.end(1), extra))
    return out
