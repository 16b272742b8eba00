"""Citizenship from Ukrainian demonyms and country adjectives.

"Росіянин", "росіянину", "кубинця", "непальці", "шрі-ланкійця", "єгиптянина", "казах",
"кубинський найманець", "індійського громадянина", "російський військовий",
"український захисник". A demonym names its country through the country's Russian
adjective in the reference table, compared by consonant skeleton (the Ukrainian and
Russian spellings share their consonants: "кубин-ець" / "кубин-ский"), so every country of
the table is read, not a list of them. An adjective gives a citizenship only before a word
for a person ("російської армії", "кубинський ром" give none).
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.reference import Country, countries

_LOW = "а-яіїєґ'’ʼ"
_MERGE = str.maketrans({"ж": "з", "ґ": "г", "щ": "ш", "ч": "ц"})
_VOWELS = re.compile(r"[аеєиіїоуюяыэёьъй'’ʼ\s-]")


def _skeleton(word: str) -> str:
    s = _VOWELS.sub("", word.lower().translate(_MERGE))
    return re.sub(r"(.)\1+", r"\1", s)  # "Кузбасс" / "Кузбас"


_RU_ADJ_ENDING = re.compile(r"(?:ск|цк)?(?:ий|ой|ая|ое|ие)$")
_UK_ADJ = re.compile(rf"\b([{_LOW}А-ЯІЇЄҐ-]{{3,}}?)(?:ськ|цьк)(?:ий|ого|ому|им|ім|а|ої|ій|"
                     rf"ою|у|і|их|ими|е)\b", re.I)
#: endings of demonyms: "кубин-ець", "непаль-ця", "єгипт-янина", "киргиз-ка"
_DEMONYM = re.compile(rf"\b([{_LOW}А-ЯІЇЄҐ-]{{3,}}?)(?:ець|єць|ця|цю|цеві|цем|ці|ців|цям|"
                      rf"цями|цях|янин|янина|янину|янином|янка|янки|яни|ян|янам)\b", re.I)
#: demonyms that are the adjective's stem itself ("казах", "узбека", "таджиків")
_BARE = re.compile(r"\b(казах|узбек|таджик|киргиз|туркмен|білорус|грузин|вірмен|серб|"
                   r"чех|словак|турк|фін|латиш|литовц|естонц|молдаван)(?:и|ин|ина|ину|"
                   r"а|у|ом|ів|ам|ами|ка|ки|ку)?\b", re.I)
_BARE_COUNTRY = {"казах": "KZ", "узбек": "UZ", "таджик": "TJ", "киргиз": "KG", "туркмен": "TM",
                 "білорус": "BY", "грузин": "GE", "вірмен": "AM", "серб": "RS", "чех": "CZ",
                 "словак": "SK", "турк": "TR", "фін": "FI", "латиш": "LV", "литовц": "LT",
                 "естонц": "EE", "молдаван": "MD"}
#: words for a person after a country adjective (a citizen, not citizenship: "обіцяв …
#: російське громадянство" names no one)
_PERSON = re.compile(
    rf"\s+(?:[{_LOW}]+(?:ий|ого|ому|им|ий|і|их|ими)\s+)?(?:найман|громадян(?!ств)|військов|"
    rf"солдат|"
    rf"окупант|контрактник|мобілізован|офіцер|морпіх|десантник|штурмовик|бо[єї]ц|бійц|"
    rf"полонен|військовополонен|ув['’ʼ]язнен|в['’ʼ]язн|доброволе?ц|добровольц|хлоп|"
    rf"чолов|юнак|студент|пілот|льотчик|снайпер|захисник|воїн|рекрут|вербован|загибл|"
    rf"підданий|піддан(?!ств)|генерал|полковник|майор|капітан|лейтенант|сержант|рядов)", re.I)
#: Russian citizenship or passport, in any order of its words ("російське громадянство",
#: "громадянство Росії", "російський паспорт", "паспорт громадянина РФ")
_RU_GRANT = (r"(?:російськ\w+\s+(?:громадянств|паспорт)\w*|(?:громадянств\w*|паспорт\w*\s+"
             r"(?:громадянина\s+)?)\s*(?:Росії|РФ|Російської\s+Федерації))")
_GRANT_VERB = r"(?:отрима(?:в|ла|ли|вши)|оформи(?:в|ла|ли|вши)|набу(?:в|ла|ли|вши)|(?:ви)?дал[иа]?)"
#: Russian citizenship got, the verb before or after it ("отримав російське громадянство",
#: "російське громадянство отримав у січні 2023 р.", "громадянство Росії йому дали"); not
#: promised ("обіцяв … російське громадянство" gives none)
_GRANTED = re.compile(rf"\b{_GRANT_VERB}\s+(?:[{_LOW}]+\s+){{0,2}}?{_RU_GRANT}|"
                      rf"\b{_RU_GRANT}\s+(?:[{_LOW}]+\s+){{0,2}}?{_GRANT_VERB}\b", re.I)
#: before the grant: a denial ("так і не отримав") or a relative its subject ("Його дружина
#: отримала", "мати")
_NOT_GRANTED = re.compile(r"(?:\bне|\b(?:дружина|мати|батько|батьки|брат|сестра|син|донька|"
                          r"дочка|вдова|родина|дружині|матері|батькові|батькам|братові|сестрі|"
                          rf"синові|доньці|вдові|родині)(?:\s+[{_LOW}]+){{0,3}}?)\s+$", re.I)
#: words a demonym-like ending does not make a demonym of
_NOT_DEMONYMS = frozenset({"мешканець", "мешканця", "мешканці", "мешканців", "уродженець",
                           "уродженця", "уродженці", "уродженців", "доброволець",
                           "добровольця", "добровольці", "найманець", "найманця", "найманці",
                           "боєць", "бійця", "бійці", "хлопець", "хлопця", "кінець", "кінці",
                           "молодець", "горець", "вівці"})


@cache
def _by_skeleton() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries():
        if c.adjective and not c.contested:
            stem = _RU_ADJ_ENDING.sub("", c.adjective.lower())
            out.setdefault(_skeleton(stem), c)
    return out


def _country(stem: str) -> Country | None:
    key = _skeleton(stem)
    return _by_skeleton().get(key) if len(key) >= 2 else None


def _a_thing(word: str) -> bool:
    """``word`` is known to the dictionary as no word for a person ("станиці", "вулиці")."""
    ps = parses(word.lower())[:3]
    return bool(ps) and all(p.is_known and "anim" not in p.tag.grammemes for p in ps)


def demonym_country(word: str) -> Country | None:
    """The country a Ukrainian demonym names ("Шрі-ланкієць", "непальця", "кубинець"), or
    None."""
    m = _DEMONYM.fullmatch(word)
    if m is None or word.lower() in _NOT_DEMONYMS or _a_thing(word):
        return None
    return _country(m.group(1))


def find_citizenship(text: str) -> list[Fact]:
    """Citizenship facts of Ukrainian demonyms and of country adjectives before a person.

    Ukraine only by its demonym ("українець"): "українськими військовими" are most often
    those who took the person prisoner; a plural adjective describes a group."""
    out: list[Fact] = []
    for m in _DEMONYM.finditer(text):
        if m.group(0).lower() in _NOT_DEMONYMS or _a_thing(m.group(0)):
            continue
        if m.group(0)[:1].isupper() and not re.search(r"(?:^|[.!?:;\n«\"(—–-])\s*$",
                                                      text[: m.start()]):
            continue  # capitalised mid-sentence: a name ("у селі Намці"), not a demonym
        c = _country(m.group(1))
        if c is not None:
            out.append(Fact("citizenship", c.code, m.start(), m.end(), {"contested": False}))
    for m in _BARE.finditer(text):
        out.append(Fact("citizenship", _BARE_COUNTRY[m.group(1).lower()], m.start(), m.end(),
                        {"contested": False}))
    for m in _GRANTED.finditer(text):  # "отримав російське громадянство у 2020 році"
        if _NOT_GRANTED.search(text, max(0, m.start() - 60), m.start()):
            continue  # "так і не отримав …", "Його дружина отримала …": none, or hers
        out.append(Fact("citizenship", "RU", m.start(), m.end(), {"contested": False}))
    for m in _UK_ADJ.finditer(text):
        c = _country(m.group(1))
        if c is not None and c.code != "UA" and _PERSON.match(text, m.end()) and not re.search(
                r"(?:их|ими|і)$", m.group(0)):
            out.append(Fact("citizenship", c.code, m.start(), m.end(), {"contested": False}))
    return sorted(out, key=lambda f: f.start)


#: a country's embassy, consulate or foreign ministry in Ukrainian ("Посольство Непалу",
#: "посольства Індії в Москві", "МЗС Куби")
_MISSION = re.compile(rf"\b(?i:посольств|(?:ген)?консульств|МЗС|міністерств\w*\s+закордонних\s+"
                      rf"справ)\w*\s+([А-ЯІЇЄҐ][{_LOW}]+(?:-[А-ЯІЇЄҐ][{_LOW}]+)*)")
#: the mission speaks after its name ("Посольство Індії повідомило, що …") …
_SPEAKS = re.compile(r"[^.;!?]{0,40}?\b(?:підтверди|повідоми|заяви|повідомля|інформува|"
                     r"впізна|опізна|займа\w*\s+репатріац|добива|репатрію|повернути\s+тіл|"
                     r"висловил\w*\s+співчутт)", re.I)
#: … or is quoted before it ("за даними посольства Шрі-Ланки", "як повідомило посольство")
_QUOTED = re.compile(r"(?:за\s+даними|за\s+словами|за\s+інформацією|як\s+(?:повідомило|"
                     r"підтвердило|заявило|повідомляє))\s+$", re.I)
#: the mission's sentence speaks of one citizen of its, or of his body
_OF_CITIZEN = re.compile(r"\b(?:громадянин(?:а|ові|у|ом)?|громадянк(?:а|и|у|ою)|"
                         r"співвітчизник(?:а|ові|у|ом)?|тіло|тіла|останки|останків)\b", re.I)
_NAME = re.compile(rf"\b[А-ЯІЇЄҐ][{_LOW}-]+\s+[А-ЯІЇЄҐ][{_LOW}-]+")
#: ... of several ("загинули щонайменше 16 громадян країни", "своїх громадян"): each person
#: the text names may be one
_OF_CITIZENS = re.compile(r"\b(?:громадян|громадянам|громадяни|співвітчизників|"
                          r"співвітчизники)\b", re.I)


def find_missions(text: str) -> list[Fact]:
    """Citizenship from a country's mission speaking of the person, as nationals.find_missions
    reads Russian: the mission reports (or is quoted) and its sentence names someone or one
    citizen of its. Not Russia's or Ukraine's own missions ("Посольство України в Непалі
    закликало …"), nor a mission that speaks of something else or of citizens in general
    ("звернулося з вимогою повернути громадян")."""
    from headcount.extract.ukrainian import country_word

    out = []
    for m in _MISSION.finditer(text):
        c = country_word(m.group(1))
        if c is None or c.contested or c.code in ("RU", "UA"):
            continue
        rest = re.sub(r"^\s+(?:в|у)\s+\w+", "", text[m.end() :])
        if not (_SPEAKS.match(rest) or _QUOTED.search(text, max(0, m.start() - 30), m.start())):
            continue
        a = max(text.rfind(ch, 0, m.start()) for ch in ".!?…\n") + 1
        ends = [i for i in (text.find(ch, m.end()) for ch in ".!?…\n") if i >= 0]
        sentence = text[a : m.start()] + " " + text[m.end() : min(ends, default=len(text))]
        named = _NAME.search(sentence)
        several = _OF_CITIZENS.search(sentence)
        if not named and not several and not _OF_CITIZEN.search(sentence):
            continue
        extra: dict[str, object] = {"contested": False}
        if not named and not several:
            extra["one_person"] = True  # "загибель свого громадянина": the text's one person
        out.append(Fact("citizenship", c.code, m.start(1), m.end(1), extra))
    return out


_COUNTRY_WORD = rf"([А-ЯІЇЄҐ][{_LOW}]+(?:-[А-ЯІЇЄҐ][{_LOW}]+)*)"
#: a foreign army someone served in: "колишній капрал армії Шрі-Ланки", "ветеран
#: збройних сил Непалу", "служив у поліції Куби" — its country's citizen
_FOREIGN_ARMY = re.compile(
    r"\b(?:армі[їяю]|збройних\s+сил(?:ах)?|сухопутних\s+військ(?:ах)?|ВМС|флоту|поліці[їяю]|"
    r"спецназу|гвардії)\s+" + _COUNTRY_WORD)
_SERVED_BEFORE = re.compile(r"\b(?:колишн\w+|відставн\w+|ветеран\w*|капрал\w*|сержант\w*|"
                            r"солдат\w*|офіцер\w*|військов\w+|служи(?:в|ла|ли)|прослужи\w+|"
                            r"звільни\w+\s+(?:з|із)|пішов\s+(?:з|із))[^.;!?]{0,30}$", re.I)
#: a country that speaks of its citizens ("Шрі-Ланка просить Москву повернути своїх громадян")
_OWN_CITIZENS = re.compile(_COUNTRY_WORD + r"[^.;!?\n]{0,60}?\bсвоїх\s+(?:громадян|"
                           r"співвітчизників|військових)\b")
#: "громадян країни", "громадяни цієї країни": the country the sentence named before
_OF_THE_COUNTRY = re.compile(r"\bгромадян(?:и|ам|ами)?\s+(?:цієї\s+|цiєї\s+)?країни\b", re.I)


def find_foreign_service(text: str) -> list[Fact]:
    """Citizenship from a foreign army one served in ("колишній капрал армії Шрі-Ланки
    Чамінда …") and the country of a text about its citizens as a group ("Шрі-Ланка просить
    Москву повернути своїх громадян", "За даними МЗС Шрі-Ланки, 16 громадян країни
    загинули"): the latter, marked plural, is the text's one foreign country
    (nationals.one_foreign_country), not any one man's."""
    from headcount.extract.foreign_service import find_foreign_service as served_abroad
    from headcount.extract.ukrainian import country_word

    out = served_abroad(text, _FOREIGN_ARMY, _SERVED_BEFORE)
    for m in _OWN_CITIZENS.finditer(text):
        c = country_word(m.group(1))
        if c is not None and not c.contested and c.code not in ("RU", "UA"):
            out.append(Fact("citizenship", c.code, m.start(1), m.end(1),
                            {"contested": False, "plural": True}))
    for m in _OF_THE_COUNTRY.finditer(text):
        a = max(text.rfind(ch, 0, m.start()) for ch in ".!?\n") + 1
        named = [c for c in (country_word(w.group(1)) for w in re.finditer(
            _COUNTRY_WORD, text[a : m.start()])) if c is not None and not c.contested]
        if named and named[-1].code not in ("RU", "UA"):
            out.append(Fact("citizenship", named[-1].code, m.start(), m.end(),
                            {"contested": False, "plural": True}))
    return out
