"""Which word of a name is the surname: the order a list writes its names in.

Russian lists write "Surname Given Patronymic"; lists of foreigners often write "Given
[Given] Surname [Surname]", and consulates' and captors' papers the surname first in
capitals. Each name is scored both ways (pymorphy3's dictionary of given names and surnames,
for Latin letters through their likeliest Cyrillic spelling; the place of a patronymic;
surname endings; a South Asian given element such as "Бахадур" or "Kumar"; a particle such
as "аль-" opening a surname); a name with no evidence takes the order most decided names of
its list have. A surname written in capitals (``ИВАНОВ Иван``, ``GURUNG Bishal``) is the
surname whatever its place; patronymics are known by their endings or, short forms
(``Саввич``, ``Лукич``), by pymorphy3's dictionary.

Known limit: in a list of foreigners written given name first, where the given names end and
the surnames begin has no evidence in three words ("Хаир Аячи Санчес" is one given name and
two surnames, "Нуван Прасанна Дисанаяке" two and one); the rules take two surnames.

Kept whole: particles with the word after them (``дель Кампо``, ``де ла Крус``, ``ван
Дейк``, ``бин Ладен``, ``аль-``) and Central Asian patronymics (``Фархад оглы``, ``Рустам
угли``, ``Айбек кызы``). Used by ingest for a table's name column
(:mod:`headcount.ingest.list_names`) and by extraction for a text's list
(:mod:`headcount.extract.list_order`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile

from headcount.names.morph import analyzer

_PARTICLES = frozenset(
    [
        "дель",
        "де",
        "ла",
        "лос",
        "лас",
        "дос",
        "дас",
        "да",
        "ду",
        "ди",
        "дю",
        "ван",
        "фон",
        "дер",
        "ден",
        "тер",
        "бин",
        "бен",
        "ибн",
        "аль",
        "эль",
        "ле",
        "del",
        "de",
        "la",
        "los",
        "las",
        "dos",
        "das",
        "da",
        "do",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "ben",
        "ibn",
        "al",
        "el",
        "le",
    ]
)
_CA_PATRONYMIC = frozenset(
    [
        "оглы",
        "оглу",
        "угли",
        "улы",
        "уулу",
        "кызы",
        "кизи",
        "гызы",
        "qizi",
        "ogli",
        "o'g'li",
        "ogly",
        "oglu",
        "uulu",
        "kyzy",
    ]
)
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")
_PATRONYMIC_FUSED = re.compile(r"(?:оглы|угли|уулу|кызы)$")
_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ская|цкая|ова|ева|ина|ына|швили|дзе|ян|янц|енко|ук|юк|"
    r"ович|ов|ий|ая)$"
)

#: particles that open East Asian names as names of their own ("Ван Тхань Нгуен", "Ле Ван
#: Хунг"): capitalised first, no particle
_ASIAN_NAMES = frozenset({"ван", "ле", "да", "ди", "ду", "бин", "van", "le", "da", "di", "du"})
#: a surname's particle joined to it ("аль-Джубури", "al-Obeidi"; not "Ван", a given name too)
_HYPHENED_PARTICLE = re.compile(r"(?:аль|эль|ал|ель|al|el)-", re.I)
#: a Spanish "son of" surname in Cyrillic ("Мартинес", "Лопес", "Гонсалез", "Мартінес")
_SPANISH_SON_OF = re.compile(r"[^аеёиіоуыэюя](?:ес|ез|эс)$")
#: given names with that ending
_GIVEN_IN_ES = frozenset({"андрес", "мойсес", "ульисес", "улісес"})
#: a Russian surname's ending in Ukrainian spelling ("Кузнєцов", "Зайцев", "Ільїн")
_UK_SURNAME = re.compile(r"(?:єв|ів|їн|ін)$")
#: a Russian patronymic in Latin letters ("Vladimirovich", "Petrovna")
_LATIN_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovna|evna|yevna|ichna)$")
#: given elements of South Asian names: the last of three words or the middle one is a given
#: name ("Тапа Суман Бахадур", "Raju Kumar Shrestha"); alone, "Кумар" is a surname too
GIVEN_ELEMENTS = frozenset({
    "бахадур", "кумар", "прасад", "радж", "лал", "чандра", "нат", "мохан", "прасанна",
    "бахадура", "прасада", "кумара", "bahadur", "kumar", "prasad", "raj", "lal", "chandra",
    "nath", "mohan", "prasanna"})


#: South Asian surnames that are never given names, in Cyrillic (Russian and Ukrainian) and
#: Latin: a two-word name that opens with one is written surname first ("Гурунг Бикрам",
#: "Gurung Bikram")
_SOUTH_ASIAN_SURNAME_WORDS = (
    "гурунг магар тхапа тапа таманг лимбу лімбу шрестха шерпа карки кхадка адхикари "
    "адхікарі бхандари бхандарі баснет пун гхале сунувар бишвакарма бішвакарма бохара "
    "тхакури тхакурі чхетри чхетрі бхаттараи бхаттараї дахал поудел паудел покхарел "
    "перера джаясурия джаясурія виджесингхе віджесінгхе ратнаяке ратнаяка дисанаяке "
    "дісанаяке gurung magar thapa tamang limbu shrestha sherpa karki khadka adhikari "
    "bhandari basnet ghale sunuwar bishwakarma thakuri chhetri bhattarai dahal poudel "
    "paudel pokharel perera jayasuriya wijesinghe ratnayake dissanayake")
SOUTH_ASIAN_SURNAMES = frozenset(_SOUTH_ASIAN_SURNAME_WORDS.split())


def south_asian_surname_first(words: Sequence[str]) -> bool:
    """A two-word name whose first word is a known South Asian surname and second is not
    ("Гурунг Бикрам", "Тхапа Рам", "Gurung Bikram")."""
    low = [w.casefold().replace("ё", "е") for w in words]
    return len(low) == 2 and low[0] in SOUTH_ASIAN_SURNAMES and low[1] not in (
        SOUTH_ASIAN_SURNAMES)


@lru_cache(maxsize=65536)
def _latin_given_score(low: str) -> float:
    """A Latin word's given-name score: the score of its likeliest Cyrillic spelling."""
    from headcount.names.russian import learned_spellings

    spellings = learned_spellings(low)
    return _given_score(spellings[0]) if spellings else 0.0


@lru_cache(maxsize=65536)
def spanish_son_of(word: str) -> bool:
    """A Spanish "son of" surname in Cyrillic ("Мартинес", "Лопес", "Мартінес"), not one of
    the given names that end so ("Андрес")."""
    low = word.casefold()
    return _SPANISH_SON_OF.search(low) is not None and low not in _GIVEN_IN_ES


def _given_score(word: str) -> float:
    """> 0: a given name; < 0: a surname; 0: no evidence. From pymorphy3's dictionary
    (known words only: its guesses for unknown words are noise) and surname endings."""
    low = word.casefold().replace("ё", "е")
    if re.fullmatch(r"[a-z'-]+", low):
        return _latin_given_score(low)
    if not re.fullmatch(r"[а-яёіїєґ'’-]+", low):
        return 0.0
    if spanish_son_of(low):
        return -0.5  # "Мартинес", "Эрнандес": the dictionary's given names, Spanish surnames
    score = 0.0
    # a Ukrainian spelling ("Пітер", "Кузнєцов") by the Ukrainian dictionary
    morph = analyzer("uk") if re.search(r"[іїєґ]", low) else analyzer()
    russian_ending = bool(_SURNAME.search(low) or _UK_SURNAME.search(low)) and len(low) > 4
    if morph.word_is_known(low):
        parses = morph.parse(low)
        # a surname's ending on a given name's plural ("Саидов": of the Саиды) is a surname
        score += sum(p.score for p in parses if "Name" in p.tag and not (
            russian_ending and "plur" in p.tag))
        # its surnames of other languages ("Карлос", "Робинсон") are given names as often
        if russian_ending:
            score -= sum(p.score for p in parses if "Surn" in p.tag)
    if russian_ending:
        score -= 0.5
    return score


@lru_cache(maxsize=65536)
def is_patronymic(low: str) -> bool:
    """By its ending ("-ович", "-овна", "-оглы"…) or, for the short forms without one
    ("Саввич", "Лукич", "Фомич", "Кузьминична"), by pymorphy3's dictionary."""
    if _PATRONYMIC.search(low) or (_PATRONYMIC_FUSED.search(low) and len(low) > 6):
        return True
    if _LATIN_PATRONYMIC.search(low) and len(low) > 6:
        return True
    if not re.fullmatch(r"[а-яё]+", low) or not analyzer().word_is_known(low):
        return False
    parses = analyzer().parse(low)
    return sum(p.score for p in parses if "Patr" in p.tag) >= 0.5


def _units(words: Sequence[str]) -> list[tuple[str, str]]:
    """Words grouped into (text, kind): kind is "patronymic", "particle" (a surname
    that begins with a particle: kept whole with what follows) or "word"."""
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        w = words[i]
        low = w.casefold()
        if low in _CA_PATRONYMIC and units:
            prev, _ = units.pop()
            units.append((f"{prev} {w}", "patronymic"))
        elif units and is_patronymic(low):  # never first: "Живкович Братислав" is a surname
            units.append((w, "patronymic"))
        elif (low in _PARTICLES and (units or w.islower() or low not in _ASIAN_NAMES)) or (
                re.match(r"^(?:аль|эль|al|el)-", low)):
            j = i
            while j < len(words) and words[j].casefold() in _PARTICLES:
                j += 1
            units.append((" ".join(words[i : j + 1]), "particle"))
            i = j
        else:
            units.append((w, "word"))
        i += 1
    return units


@dataclass(frozen=True)
class Reading:
    """A name read both ways: (surname, given, patronymic) in each order, and which the
    evidence favours."""

    surname_first: tuple[str, str, str] | None  # (surname, given, patronymic)
    given_first: tuple[str, str, str] | None
    vote: float  # > 0: given first; < 0: surname first


def _capitals(words: Sequence[str]) -> Reading | None:
    """Where a list writes the surname in capitals and the rest not ("ИВАНОВ Иван
    Иванович", "Хари Бахадур ТХАПА МАГАР"), the capitals are the surname."""
    caps = [w.isupper() and sum(ch.isalpha() for ch in w) > 1 for w in words]
    if not any(caps) or all(caps):
        return None
    lead = len(caps) - len(list(dropwhile(bool, caps)))
    trail = len(caps) - len(list(dropwhile(bool, reversed(caps))))
    if lead and not any(caps[lead:]):
        surname, others, vote = words[:lead], words[lead:], -10.0
    elif trail and not any(caps[:-trail]):
        surname, others, vote = words[-trail:], words[:-trail], 10.0
    else:
        return None
    units = _units(others)
    given = " ".join(u for u, k in units if k != "patronymic")
    patronymic = " ".join(u for u, k in units if k == "patronymic")
    if not given:
        return None
    parts = (" ".join(surname), given, patronymic)
    return Reading(parts, parts, vote)


@lru_cache(maxsize=65536)
def read_order(name: str) -> Reading:
    """``name`` (words as written, capitals kept) read surname first and given name first.

    >>> read_order("Тапа Суман Бахадур").surname_first
    ('Тапа', 'Суман Бахадур', '')
    >>> read_order("Тапа Суман Бахадур").vote < 0
    True
    >>> read_order("GURUNG Bishal").surname_first
    ('GURUNG', 'Bishal', '')
    """
    marked = _capitals(name.split())
    if marked is not None:
        return marked
    units = _units(name.split())
    pat = [u for u, k in units if k == "patronymic"]
    rest = [(u, k) for u, k in units if k != "patronymic"]
    patronymic = " ".join(pat)
    if len(rest) < 2 or len(pat) > 1:
        return Reading(None, None, 0.0)
    scores = [(_given_score(u) if k == "word" else -1.0) for u, k in rest]
    texts = [u for u, _ in rest]
    # surname first: the surname is the first unit with any particle units after it
    s_end = 1
    while s_end < len(rest) - 1 and rest[s_end][1] == "particle":
        s_end += 1
    sf = (" ".join(texts[:s_end]), " ".join(texts[s_end:]), patronymic)
    # given first: one given name before two surnames ("Хаир Аячи Санчес"), two before
    # two ("Кевин Дэвид Мора Местра"), two of three when the middle one is a given name
    n = len(rest)
    g_end = max(1, n - 2)
    if g_end > 1 and scores[1] < -0.2:
        g_end = 1
    if n == 3 and rest[1][1] == "word" and (
            scores[1] > 0.2 or texts[1].casefold() in GIVEN_ELEMENTS):
        g_end = 2  # "Джонатан Эндрю Пебли": a second given name, one surname
    gf = (" ".join(texts[g_end:]), " ".join(texts[:g_end]), patronymic)
    vote = scores[0] - scores[-1]
    if pat and units[-1][1] == "patronymic" and len(rest) == 2:
        vote -= 0.5  # "Surname Given Patronymic" is the Russian norm
    if pat and units[1][1] == "patronymic":
        vote += 1.0  # "Given Patronymic Surname"
    low = [t.casefold() for t in texts]
    if n >= 3 and low[-1] in GIVEN_ELEMENTS and low[0] not in GIVEN_ELEMENTS:
        vote -= 1.0  # "Тапа Суман Бахадур": a given element closes a name written surname first
    elif n == 3 and low[1] in GIVEN_ELEMENTS:
        vote += 1.0  # "Раджу Кумар Шрестха"
    if _HYPHENED_PARTICLE.match(texts[0]):
        vote -= 1.0  # "аль-Джубури Ахмед": a surname's particle opens the name
    elif _HYPHENED_PARTICLE.match(texts[-1]):
        vote += 1.0  # "Ахмед аль-Джубури"
    return Reading(sf, gf, vote)


def list_orders(names: Sequence[str | None], margin: float = 0.3, strong: float = 1.0,
                ) -> tuple[list[tuple[str, str, str] | None], str | None]:
    """The parts (surname, given, patronymic) of each name of one list whose order is known,
    and the list's order ("given_first", "surname_first" or None when it does not tell).

    A name's own evidence decides when it is clear; the others take the order most decided
    names of the list have.

    >>> parts, order = list_orders(["Петров Иван Сергеевич", "Нджоку Эмека"])
    >>> order, parts[1]
    ('surname_first', ('Нджоку', 'Эмека', ''))
    """
    readings = [read_order(n) if n else None for n in names]
    votes: Counter[str] = Counter()
    for r in readings:
        if r is not None and r.surname_first is not None and abs(r.vote) >= margin:
            votes["given_first" if r.vote > 0 else "surname_first"] += 1
    decided = sum(votes.values())
    majority = None
    needed = margin  # the evidence a name needs to take its own order
    if decided:
        order, count = votes.most_common(1)[0]
        if count >= 0.6 * decided:
            majority = order
        if count >= 0.75 * decided and decided >= 5:
            needed = max(margin, strong)  # a clear list: a name departs on clear evidence
    out: list[tuple[str, str, str] | None] = []
    for r in readings:
        if r is None or r.surname_first is None or r.given_first is None:
            out.append(None)
            continue
        own = "given_first" if r.vote > 0 else "surname_first"
        if abs(r.vote) >= margin and (own == majority or abs(r.vote) > needed):
            chosen = own
        elif majority is not None:
            chosen = majority
        else:
            out.append(None)
            continue
        out.append(r.given_first if chosen == "given_first" else r.surname_first)
    return out, majority
