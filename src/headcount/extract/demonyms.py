"""Demonyms: the words that say which town someone is from ("иркутянин", "улан-удэнец",
"кемеровчанка", "североморцы"), and the town they name.

The index is generated from the reference settlements: a demonym's stem (the word without
its suffix: -чанин, -янин, -анин, -ец, -нец …) is a town's name without its ending
(-ск, -цк, -о, -е, -ье, -ь, -а …): "иркут|янин" ↔ "Иркут|ск", "кемеров|чанин" ↔
"Кемеров|о". A stem that could be two towns names none.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.homes import home_settlements, occupied, ukrainian_name
from headcount.extract.model import Fact
from headcount.extract.morph import current_language, lemmas, parses
from headcount.extract.nationals import country_of
from headcount.reference import Settlement, ukraine

#: the ending of a word that names where a person is from (also used to keep such words
#: out of names: "Кемеровчанин Тарасов", "Улан-удэнец погиб")
DEMONYM_END = r"(?:чанин|чанка|янин|янка|анин|нец|нка|ичи|цы)"
DEMONYM_WORD = re.compile(DEMONYM_END + r"$", re.I)

#: demonym suffixes (masculine and feminine lemmas, plural of -анин), longest first
_SUFFIXES = ("чанин", "чанка", "чане", "янин", "янка", "яне", "анин", "анка", "нец", "ец")
#: endings a town's name loses before the suffix
_TOWN_ENDINGS = ("ск", "цк", "ье", "ое", "о", "е", "ь", "а", "я", "ы", "и", "")
_MIN_STEM = 4
_CANDIDATE = re.compile(r"\b[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?(?:чан|ян|ан|е?ц)\w{0,4}\b")


@cache
def _index() -> dict[str, Settlement | None]:
    out: dict[str, Settlement | None] = {}
    uk = {p.name: p.name_uk for p in ukraine() if p.kind == "city"}
    named = [(s.name, s) for s in home_settlements()]
    # a Ukrainian town by its Ukrainian name too ("коломиянка" ↔ Коломия, "Коломыя")
    named += [(uk[s.name], s) for s in home_settlements() if uk.get(s.name, s.name) != s.name]
    for written, s in named:
        name = written.lower().replace("ё", "е")
        for ending in _TOWN_ENDINGS:
            if ending and not name.endswith(ending):
                continue
            stem = name[: len(name) - len(ending)]
            if len(stem) < _MIN_STEM:
                continue
            if stem in out and (out[stem] is None or out[stem] != s):
                out[stem] = None  # two towns: no answer
            else:
                out[stem] = s
    return out


def town_by_stem(stem: str) -> Settlement | None:
    """The one settlement whose name without its ending is ``stem`` ("ядрин", "буйнак")."""
    return _index().get(stem.lower().replace("ё", "е")) if len(stem) >= _MIN_STEM else None


def town_of(word: str) -> Settlement | None:
    """The settlement a demonym names ("иркутянина" → Иркутск), or None."""
    index = _index()
    for form in sorted(lemmas(word)):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= _MIN_STEM:
                found = index.get(form[: -len(suffix)])
                if found is not None:
                    return found
    return _irregular_town(word)


#: demonyms not made by a suffix on the town's stem ("омич" Омск, "туляк" Тула, "курянин"
#: Курск, "нижегородец" Нижний Новгород): the regional centres and large towns whose
#: demonym is irregular, masculine and feminine lemmas
_IRREGULAR = {
    "омич": "Омск", "омичка": "Омск", "томич": "Томск", "томичка": "Томск",
    "москвич": "Москва", "москвичка": "Москва", "костромич": "Кострома",
    "костромичка": "Кострома", "туляк": "Тула", "тулячка": "Тула", "пермяк": "Пермь",
    "пермячка": "Пермь", "нижегородец": "Нижний Новгород", "нижегородка": "Нижний Новгород",
    "архангелогородец": "Архангельск", "архангелогородка": "Архангельск",
    "петербуржец": "Санкт-Петербург", "петербурженка": "Санкт-Петербург",
    "оренбуржец": "Оренбург", "оренбурженка": "Оренбург", "екатеринбуржец": "Екатеринбург",
    "екатеринбурженка": "Екатеринбург", "псковитянин": "Псков", "псковитянка": "Псков",
    "пскович": "Псков", "псковичка": "Псков", "тверитянин": "Тверь", "тверитянка": "Тверь",
    "тверяк": "Тверь", "тверячка": "Тверь", "курянин": "Курск", "курянка": "Курск",
    "липчанин": "Липецк", "липчанка": "Липецк", "вологжанин": "Вологда",
    "вологжанка": "Вологда", "сочинец": "Сочи", "сочинка": "Сочи", "смолянин": "Смоленск",
    "смолянка": "Смоленск", "калужанин": "Калуга", "калужанка": "Калуга",
    "орловчанин": "Орёл", "орловчанка": "Орёл", "орловец": "Орёл",
    "череповчанин": "Череповец", "череповчанка": "Череповец", "ярославец": "Ярославль",
    "уфимец": "Уфа", "уфимка": "Уфа", "читинец": "Чита", "читинка": "Чита",
    "пензенец": "Пенза", "пензячка": "Пенза", "пензяк": "Пенза",
    "махачкалинец": "Махачкала", "махачкалинка": "Махачкала", "грозненец": "Грозный",
    "грозненка": "Грозный", "нальчанин": "Нальчик", "нальчанка": "Нальчик",
    "ставрополец": "Ставрополь", "ставропольчанин": "Ставрополь",
    "ставропольчанка": "Ставрополь", "новокузнечанин": "Новокузнецк",
    "новокузнечанка": "Новокузнецк", "благовещенец": "Благовещенск",
    "ялтинец": "Ялта", "ялтинка": "Ялта", "дончанин": "Донецк", "дончанка": "Донецк",
    "горловчанин": "Горловка", "горловчанка": "Горловка", "макеевчанин": "Макеевка",
    "макеевчанка": "Макеевка", "тольяттинец": "Тольятти", "тольяттинка": "Тольятти",
    "норильчанин": "Норильск", "норильчанка": "Норильск", "элистинец": "Элиста",
    "йошкаролинец": "Йошкар-Ола", "йошкаролинка": "Йошкар-Ола",
    "ханты-мансиец": "Ханты-Мансийск", "южносахалинец": "Южно-Сахалинск",
    "нарьянмарец": "Нарьян-Мар", "кызылчанин": "Кызыл", "кызылчанка": "Кызыл",
    "ельчанин": "Елец", "ельчанка": "Елец", "самарец": "Самара", "самарчанин": "Самара",
    "самарчанка": "Самара", "новгородец": "Великий Новгород", "новгородка": "Великий Новгород",
    "астраханец": "Астрахань", "астраханка": "Астрахань", "магнитогорец": "Магнитогорск",
    "магнитогорка": "Магнитогорск", "севастополец": "Севастополь",
    "севастопольчанин": "Севастополь", "севастопольчанка": "Севастополь",
    "симферополец": "Симферополь", "симферопольчанин": "Симферополь",
    "симферопольчанка": "Симферополь",
}
_IRREGULAR_WORD = re.compile(
    r"\b(?i:" + "|".join(sorted({k[:5] for k in _IRREGULAR}, key=len, reverse=True))
    + r")[А-ЯЁа-яё-]*\b")


#: the federal cities: a region of their own, no town of the table
_CITIES = {"Москва": "RU-MOW", "Санкт-Петербург": "RU-SPE"}

#: words that say which region someone is from, no town named: a region's own demonym
#: ("кузбассовец", "югорчанка", "забайкалец") and the people of a small republic named for
#: them ("тувинец", "дагестанка", "бурят"); masculine and feminine lemmas, Russian and
#: Ukrainian. Not the Tatars, Bashkirs or Russians: peoples living across many regions.
_REGIONAL = {
    "RU-KEM": ("кузбассовец", "кузбассовка", "кузбасовец", "кузбасівець", "кузбасівка"),
    "RU-KHM": ("югорчанин", "югорчанка", "югорець"),
    "RU-YAN": ("ямалец", "ямалка", "ямалець"),
    "RU-ZAB": ("забайкалец", "забайкалка", "забайкалець"),
    "RU-PRI": ("приморец", "приморка", "приморець"),
    "RU-SAK": ("сахалинец", "сахалинка", "сахалінець", "сахалінка"),
    "UA-43": ("крымчанин", "крымчанка", "кримчанин", "кримчанка"),
    "RU-TY": ("тувинец", "тувинка", "тувинець"),
    "RU-SA": ("якут", "якутка"),
    "RU-BU": ("бурят", "бурятка"),
    "RU-KL": ("калмык", "калмычка", "калмик", "калмичка"),
    "RU-DA": ("дагестанец", "дагестанка", "дагестанець"),
    "RU-CE": ("чеченец", "чеченка", "чеченець"),
    "RU-IN": ("ингуш", "ингушка", "інгуш", "інгушка"),
    "RU-SE": ("осетин", "осетинка"),
    "RU-KB": ("кабардинец", "кабардинка", "кабардинець", "балкарец", "балкарка",
              "балкарець"),
    "RU-KC": ("карачаевец", "карачаевка", "карачаївець"),
    "RU-AD": ("адыгеец", "адыгейка", "адигеєць"),
    "RU-KK": ("хакас", "хакаска"),
    "RU-CU": ("чуваш", "чувашка"),
    "RU-MO": ("мордвин", "мордвинка", "мордовка"),
    "RU-UD": ("удмурт", "удмуртка"),
    "RU-ME": ("мариец", "марийка", "марієць"),
    "RU-KR": ("карел", "карелка"),
}  # fmt: skip
_REGION_OF = {word: code for code, words in _REGIONAL.items() for word in words}
_REGIONAL_WORD = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted({k[:4] for k in _REGION_OF}, key=len, reverse=True))
    + r")[а-яёіїєґ]*(?![\w-])")


def _regional_code(text: str, m: re.Match[str]) -> str | None:
    """The region a regional demonym names ("тувинец" → RU-TY), or None: never a surname
    made from one ("Чувашов", "Карелин") nor a capitalised word inside a sentence."""
    word = m.group(0)
    if _surname_like(text, m) or _thing(text, m):
        return None
    for p in parses(word.lower()):
        if {"Surn", "Name"} & p.tag.grammemes:
            continue
        code = _REGION_OF.get(p.normal_form.replace("ё", "е"))
        if code is not None:
            return code
    return None


def _irregular_name(word: str) -> str | None:
    """The town an irregular demonym names ("омичей" → Омск), or None — never for a
    surname made from one ("Уфимцев", "Пермяков")."""
    ps = parses(word.lower())
    if not ps or {"Surn", "Name"} & ps[0].tag.grammemes:
        return None
    for p in ps:
        name = _IRREGULAR.get(p.normal_form.replace("ё", "е"))
        if name is not None and not {"Surn", "Name"} & p.tag.grammemes:
            return name
    return None


def _irregular_town(word: str) -> Settlement | None:
    name = _irregular_name(word)
    return _by_name().get(name) if name is not None else None


@cache
def _by_name() -> dict[str, Settlement]:
    out: dict[str, Settlement] = {}
    for s in home_settlements():
        out.setdefault(s.name, s)
    return out


def find_demonyms(text: str) -> list[Fact]:
    """Home facts from demonyms: the settlement and the region it is in (inferred)."""
    out: list[Fact] = []
    irregular = [m for m in _IRREGULAR_WORD.finditer(text)
                 if not _surname_like(text, m) and not _thing(text, m)]
    for m in irregular:  # "москвич", "петербуржцы": a region alone
        code = _CITIES.get(_irregular_name(m.group(0)) or "")
        if code is not None:
            out.append(Fact("region", code, m.start(), m.end(),
                            {"demonym": True, "plural": _plural(m.group(0)), "inferred": True,
                             "occupied": False}))
    for m in _REGIONAL_WORD.finditer(text):  # "кузбассовец", "тувинка": a region alone
        code = _regional_code(text, m)
        if code is not None:
            out.append(Fact("region", code, m.start(), m.end(),
                            {"demonym": True, "plural": _plural(m.group(0)), "inferred": True,
                             "occupied": occupied(code)}))
    for m in (*_OURS_ADJECTIVE.finditer(text), *_PEOPLE_ADJECTIVE.finditer(text)):
        town = _town_of_adjective(m.group("adj"))
        if town is not None:
            extra = {"demonym": True, "plural": _plural(m.group("adj"))}
            out.append(Fact("settlement", _written(town), m.start("adj"), m.end("adj"), extra))
            if not town.ambiguous:
                out.append(Fact("region", town.region_code, m.start("adj"), m.end("adj"),
                                {**extra, "inferred": True,
                                 "occupied": occupied(town.region_code)}))
    for m in [*_CANDIDATE.finditer(text), *irregular]:
        if any(f.start == m.start() for f in out) or _thing(text, m) or country_of(
                m.group(0)) is not None:
            continue  # "украинцы" are Ukraine's people, not Украинск's
        town = town_of(m.group(0))
        if town is None:
            continue
        extra = {"demonym": True, "plural": _plural(m.group(0))}
        out.append(Fact("settlement", _written(town), m.start(), m.end(), extra))
        if not town.ambiguous:
            out.append(Fact("region", town.region_code, m.start(), m.end(),
                            {**extra, "inferred": True,
                             "occupied": occupied(town.region_code)}))
    return out


#: a word in quotes, or one after "на"/"в" (a vehicle, a club: "ездил на старом «Москвиче»",
#: "ездил на москвиче"), with up to two adjectives between
_OPEN_QUOTE = re.compile(r"[«„\"“]\s*$")
_CLOSE_QUOTE = re.compile(r"^\s*[»“”\"]")
_ON_VEHICLE = re.compile(r"(?<![\w-])(?:на|в)\s+(?:[а-яё-]+\s+){0,2}[«„\"“]?\s*$", re.I)


def _thing(text: str, m: re.Match[str]) -> bool:
    """A demonym that names a thing, not a person's home: in quotes, or a vehicle after
    "на"/"в" ("на старом «Москвиче»", "на москвиче")."""
    before = text[max(0, m.start() - 60): m.start()]
    if _OPEN_QUOTE.search(before) or _CLOSE_QUOTE.search(text[m.end(): m.end() + 3]):
        return True
    return bool(_ON_VEHICLE.search(before))


def _surname_like(text: str, m: re.Match[str]) -> bool:
    """A capitalised word inside a sentence, or one shaped as a surname ("Пермяков",
    "Туляков", "Смолянинов"): a name made from a demonym, not one."""
    word = m.group(0)
    if not word[:1].isupper():
        return False
    # a line's start too: a heading before it ends with no full stop
    opening = text[: m.start()].rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n", "—", ":", "«")
    return not opening or bool(re.search(r"(?:ов|ев|ёв|ин|ын)[аы]?$", word))


def _plural(word: str) -> bool:
    """"североморцев", "земляки-иркутяне": the word speaks of several people."""
    top = parses(word.lower())
    return bool(top) and "plur" in top[0].tag.grammemes


#: a place adjective said of people: before a word for lads, men or fellows ("нурлатские
#: ребята", "кемеровські хлопці") or after "наш"/"оба" and a comma ("оба наши, нурлатские")
_ADJ = r"(?P<adj>[а-яёіїє]+(?:ск|цьк|зьк)(?:ий|ие|ая|ой|ого|их|ій|і|а|ого|ому))"
_OURS_ADJECTIVE = re.compile(
    r"\b(?:наш[аиеіу]?|оба|обе|обидва|обидві|свої|свои)\s*,?\s+" + _ADJ + r"\b(?!\s+"
    r"(?:район|округ|улус|громад|област|облас|край|кра[яюе]|завод|комбинат|школ|техникум|"
    r"колледж|училищ|военкомат|військкомат|батальон|батальйон|полк|отряд|загін))", re.I)
_PEOPLE_ADJECTIVE = re.compile(
    r"(?:[—–,]\s*|\bнаш[иі]\s+)" + _ADJ + r"\s+(?:ребят\w*|пацан\w*|парн(?:и|ей|ям)|парень|"
    r"парня|мужик\w*|хлопц\w*|хлопець|земляк\w*|бойц\w*|бійц\w*|солдат\w*|мужчин\w*|чоловік\w*)"
    r"(?=\s*(?:[,.;!)—–]|$))", re.I)


def _town_of_adjective(word: str) -> Settlement | None:
    """The town a place adjective names ("нурлатские" → Нурлат), or None."""
    from headcount.extract.districts import town_of_district

    return town_of_district(word.replace("цьк", "цк").replace("зьк", "зк").replace(
        "ьк", "к")) if word[:1].islower() else None


def _written(town: Settlement) -> str:
    """The town's name in the text's language: a Ukrainian town in a Ukrainian text by its
    Ukrainian name ("коломиянка" → Коломия)."""
    if current_language() == "uk":
        return ukrainian_name(town.name) or town.name
    return town.name
