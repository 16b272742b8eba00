"""Names as published lists write them: call signs apart, order told, compounds whole.

- A call sign or nickname in quotes or brackets — ``"Torito"``, ``«Гром»``,
  ``(позывной «Гром»)``, ``(Гром)`` — goes to its own field, never into the name.
- Word order: Russian lists write "Surname Given Patronymic"; lists of
  foreigners often write "Given [Given] Surname [Surname]" in Cyrillic. Each row
  is scored both ways (pymorphy3's dictionary of given names and surnames, the
  place of a patronymic, surname endings); a row with no evidence takes the
  order most decided rows of its list have. A surname written in capitals
  (``ИВАНОВ Иван``) is the surname whatever its place; patronymics are known by
  their endings or, short forms (``Саввич``, ``Лукич``), by pymorphy3's dictionary.
- Known limit: in a list of foreigners written given name first, where the given
  names end and the surnames begin has no evidence in three words ("Хаир Аячи
  Санчес" is one given name and two surnames, "Нуван Прасанна Дисанаяке" two and
  one); the rules take two surnames (tests/ingest: a held-out table measures it).
- Kept whole: particles with the word after them (``дель Кампо``, ``де ла
  Крус``, ``ван Дейк``, ``бин Ладен``, ``аль-``), Spanish and Portuguese double
  surnames (the words after the given names), and Central Asian patronymics
  (``Фархад оглы``, ``Рустам угли``, ``Айбек кызы``).

Parts are filled only when the order is known; otherwise the name stays whole
and linkage splits it by its own rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile

from headcount.ingest.records import MentionRecord
from headcount.names.morph import analyzer

_QUOTED = re.compile(r"[\"«“„‟]\s*([^\"«»“”„‟]+?)\s*[\"»”“‟]")
_BRACKETED = re.compile(r"[(\[]\s*([^()\[\]]*?)\s*[)\]]")
_CALLSIGN_WORD = re.compile(
    r"^(?:позывной|позывн\.|п/з|прозвище|кличка|call\s*sign|callsign|nickname|aka|a\.k\.a\.)"
    r"\s*[:\-–—]?\s*",
    re.I,
)
_CALLSIGN_ANYWHERE = re.compile(
    r"[,;]?\s*(?<!\w)(?:позывной|позывн\.|п/з|прозвище|кличка|call\s*sign|callsign|nickname|"
    r"aka|a\.k\.a\.)(?!\w)\s*[:\-–—]?",
    re.I,
)
_NOT_A_NAME = frozenset(
    {"неопознанный", "неопознанная", "неизвестный", "неизвестная", "неизвестен", "нет данных",
     "не установлен", "не установлено", "unknown", "unidentified", "n/a", "-", "—", "?"}
)  # fmt: skip
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


@dataclass(frozen=True)
class NameReading:
    name: str | None  # the name without call signs; None when the cell holds none
    callsign: str | None = None
    reason: str | None = None  # why the cell is no name (a warning)


@lru_cache(maxsize=65536)
def read_name(value: str) -> NameReading:
    """Call signs out of a name cell; placeholders ("Неопознанный") out of the name.

    >>> read_name('Хорхе Фабиан Варгас Сапата "Puma"')
    NameReading(name='Хорхе Фабиан Варгас Сапата', callsign='Puma', reason=None)
    >>> read_name("Иванов Иван (позывной «Гром»)").callsign
    'Гром'
    """
    text = " ".join(value.replace("\u00a0", " ").split())
    signs: list[str] = []

    def bracket(m: re.Match[str]) -> str:
        inner = m.group(1)
        quoted = _QUOTED.findall(inner)
        inner = _CALLSIGN_WORD.sub("", _QUOTED.sub(" ", inner)).strip(" ,;")
        found = [q for q in quoted if q.strip()] or ([inner] if inner else [])
        if any(ch.isdigit() for ch in "".join(found)):
            return m.group(0)  # "(1990)": not a call sign, left in place
        signs.extend(found)
        return " "

    text = _BRACKETED.sub(bracket, text)
    signs.extend(_QUOTED.findall(text))
    text = _QUOTED.sub(" ", text)
    text = _CALLSIGN_ANYWHERE.sub(" ", text)
    name = " ".join(text.split()).strip(" ,;:-–—\"'«»")
    callsign = "; ".join(dict.fromkeys(s.strip(" ,") for s in signs if s.strip(" ,"))) or None
    if name.casefold() in _NOT_A_NAME:
        return NameReading(None, callsign, "not a name (an unidentified person): kept as written")
    return NameReading(name or None, callsign)


# --- word order and parts ---------------------------------------------------


@lru_cache(maxsize=65536)
def _given_score(word: str) -> float:
    """> 0: a given name; < 0: a surname; 0: no evidence. From pymorphy3's dictionary
    (known words only: its guesses for unknown words are noise) and surname endings."""
    low = word.casefold().replace("ё", "е")
    if not re.fullmatch(r"[а-яё-]+", low):
        return 0.0
    score = 0.0
    morph = analyzer()
    russian_ending = bool(_SURNAME.search(low)) and len(low) > 4
    if morph.word_is_known(low):
        parses = morph.parse(low)
        score += sum(p.score for p in parses if "Name" in p.tag)
        # its surnames of other languages ("Карлос", "Робинсон") are given names as often
        if russian_ending:
            score -= sum(p.score for p in parses if "Surn" in p.tag)
    if russian_ending:
        score -= 0.5
    return score


@lru_cache(maxsize=65536)
def _is_patronymic(low: str) -> bool:
    """By its ending ("-ович", "-овна", "-оглы"…) or, for the short forms without one
    ("Саввич", "Лукич", "Фомич", "Кузьминична"), by pymorphy3's dictionary."""
    if _PATRONYMIC.search(low) or (_PATRONYMIC_FUSED.search(low) and len(low) > 6):
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
        elif units and _is_patronymic(low):  # never first: "Живкович Братислав" is a surname
            units.append((w, "patronymic"))
        elif low in _PARTICLES or re.match(r"^(?:аль|эль|al|el)-", low):
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
class _Parts:
    surname_first: tuple[str, str, str] | None  # (surname, given, patronymic)
    given_first: tuple[str, str, str] | None
    vote: float  # > 0: given first; < 0: surname first


def _capitals(words: Sequence[str]) -> _Parts | None:
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
    return _Parts(parts, parts, vote)


@lru_cache(maxsize=65536)
def _parts(name: str) -> _Parts:
    marked = _capitals(name.split())
    if marked is not None:
        return marked
    units = _units(name.split())
    pat = [u for u, k in units if k == "patronymic"]
    rest = [(u, k) for u, k in units if k != "patronymic"]
    patronymic = " ".join(pat)
    if len(rest) < 2 or len(pat) > 1:
        return _Parts(None, None, 0.0)
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
    if n == 3 and rest[1][1] == "word" and scores[1] > 0.2:
        g_end = 2  # "Джонатан Эндрю Пебли": a second given name, one surname
    gf = (" ".join(texts[g_end:]), " ".join(texts[:g_end]), patronymic)
    vote = scores[0] - scores[-1]
    if pat and units[-1][1] == "patronymic" and len(rest) == 2:
        vote -= 0.5  # "Surname Given Patronymic" is the Russian norm
    if pat and units[1][1] == "patronymic":
        vote += 1.0  # "Given Patronymic Surname"
    return _Parts(sf, gf, vote)


def order_names(
    mentions: Sequence[MentionRecord], margin: float = 0.3, strong: float = 1.0
) -> str | None:
    """Fill surname, given name and patronymic of list rows whose order is known.

    A row's own evidence decides when it is clear; other rows take the order
    most decided rows of the list have. Returns that order ("given_first",
    "surname_first") or None when the list does not tell.
    """
    parts: list[_Parts | None] = []
    votes: Counter[str] = Counter()
    for m in mentions:
        name = m.fields.get("name")
        if not name or any(f in m.fields for f in ("surname", "given_name")):
            parts.append(None)
            continue
        p = _parts(str(name))
        parts.append(p)
        if p.surname_first is not None and abs(p.vote) >= margin:
            votes["given_first" if p.vote > 0 else "surname_first"] += 1
    decided = sum(votes.values())
    majority = None
    needed = margin  # the evidence a row needs to take its own order
    if decided:
        order, count = votes.most_common(1)[0]
        if count >= 0.6 * decided:
            majority = order
        if count >= 0.75 * decided and decided >= 5:
            needed = max(margin, strong)  # a clear list: a row departs from it on clear evidence
    for m, part in zip(mentions, parts, strict=True):
        if part is None or part.surname_first is None or part.given_first is None:
            continue
        own = "given_first" if part.vote > 0 else "surname_first"
        if abs(part.vote) >= margin and (own == majority or abs(part.vote) > needed):
            order = own
        elif majority is not None:
            order = majority
        else:
            continue
        chosen = part.given_first if order == "given_first" else part.surname_first
        surname, given, patronymic = chosen
        m.fields["surname"] = surname
        m.fields["given_name"] = given
        if patronymic:
            m.fields["patronymic"] = patronymic
    return majority
