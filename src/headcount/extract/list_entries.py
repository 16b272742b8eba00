"""The name that opens a list entry, read by the entry's shape.

Lists of the dead and of captives open each entry with a name and go on after a comma, a
dash or a bracket: "— ГУРУНГ БИШАЛ, (1965–2023), гражданин Непала", "2) Куулар Буян,
08.09.1965 г.р.", "аль-Халаби Хасан — 42 года". natasha's NER, trained on news prose, misses
names it has not seen when nothing around them is a sentence — foreign and Siberian names
above all, and names in capitals. Here the entry's shape finds them: two to five words that
a name may be (a name part the dictionary knows, or a word it does not know at all — not a
common word, a place, nor an abbreviation), right after the entry's mark, up to the
punctuation that ends the name. Used to put such names in title case
(:mod:`headcount.extract.capitals`) and to add those NER missed (:func:`entry_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from headcount.extract.morph import parses
from headcount.names.order import is_patronymic

#: a list entry's mark: a number or a dash or a bullet ("1.", "2)", "—", "•", "▪")
MARK = r"(?:\d{1,3}[.)]|[—–•·*▪►🔹🔸▫◾◽➖-])"
#: a list entry's start: a line's start, then its mark if it has one
ENTRY = re.compile(rf"^[ \t]*(?:{MARK}[ \t]*)?", re.M)
#: the Arabic article before a "sun letter", written as it sounds and joined to the surname
#: ("ат-Тамімі", "ас-Саїді", "ан-Наджар", "аш-Шамсі")
SUN_ARTICLE = r"(?:ат|ас|ад|ан|ар|аш|аз)"
#: an entry of a list run together on one line, after a colon or a semicolon ("…: RATHNAYAKE
#: Kasun; PERERA Nuwan (32); …")
_INLINE = re.compile(r"(?<=[:;])[ \t]+")
#: a word of a name in a list entry, in capitals or title case, in Cyrillic or Latin letters
#: ("АЛЬ-ХАЛАБИ", "Кіпроно", "GURUNG"), or a surname's particle joined to it ("аль-Джубури")
_WORD = re.compile(r"[ \t]*((?:(?:аль|ал|эль|ель|al|el)-)?[A-ZА-ЯЁІЇЄҐ][A-Za-zА-ЯЁІЇЄҐа-яёіїєґ'’]*"
                   r"(?:-[A-Za-zА-ЯЁІЇЄҐа-яёіїєґ'’]+)*)(?![\w.])")
#: an initial after a surname ("Дашиев Б. Д.")
_INITIAL = re.compile(r"[ \t]*([A-ZА-ЯЁІЇЄҐ]\.)")
#: the words of an entry's name at most
_MAX_WORDS = 5
#: what ends an entry's name: punctuation, a bracket, a table's bar, or the line's end
_NAME_END = ",;:—–-(.|/\n"
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
#: an unmarked entry's line at most (characters): longer, a paragraph
UNMARKED_LINE = 120


def may_be_name(word: str) -> bool:
    """A word a name may be: a name part the dictionary knows, or a word it does not know at
    all (a foreign name: "ООРЖАК", "Мутуа"); not an abbreviation ("СВО"), nor a common word
    ("ПОГИБ", "Вечная"), nor a place ("Курск")."""
    core = re.sub(r"^(?:аль|ал|эль|ель)-", "", word, flags=re.I)
    if re.fullmatch(r"[A-Za-z'’-]+", core):  # in a Russian or Ukrainian list: a foreigner's
        return len(core) >= 2 and re.search(r"[aeiouyAEIOUY]", core) is not None
    if len(core) < 2 or not re.search(r"[аеёиіїєоуыэюяАЕЁИІЇЄОУЫЭЮЯ]", core):
        return False
    ps = parses(core.lower().split("-")[-1])
    if not ps or not any(p.is_known for p in ps):
        return True  # a word the dictionary only guesses at ("ООРЖАК", "Айдис")
    known = [p for p in ps if p.is_known]
    if any("Abbr" in p.tag.grammemes for p in known[:2]) and word.isupper():
        return False
    return any(_NAME_TAGS & p.tag.grammemes for p in known)


def _noun(word: str, places: bool = False) -> bool:
    """A noun the dictionary knows, no abbreviation nor, unless ``places``, a place's or an
    organisation's name ("буян", "тапа"; not "Курск"): a name too, maybe."""
    known = [p for p in parses(word.lower()) if p.is_known]
    barred = {"Abbr"} if places else {"Abbr", "Geox", "Orgn"}
    return bool(known) and "NOUN" in known[0].tag.grammemes and not any(
        barred & p.tag.grammemes for p in known)


def _unknown(word: str) -> bool:
    return not any(p.is_known for p in parses(word.lower()))


def name_run(words: list[str]) -> bool:
    """Every word a name may be; or all but one, a noun the dictionary knows ("КУУЛАР БУЯН
    ОЛЕГОВИЧ", "ТАПА Суман": "буян" and "тапа" are common words too); initials after one
    word a name may be ("Дашиев Б. Д."; not "Курская О.": a place's adjective)."""
    initials = [w for w in words[1:] if _INITIAL.fullmatch(w)]
    if initials:
        return len(words) - len(initials) == 1 and may_be_name(words[0])
    odd = [w for w in words if not may_be_name(w)]
    # beside a word no dictionary knows (a foreign name), a place's word is a name too
    # ("КУУЛАР БУЯН": Буян is an island)
    return not odd or (len(odd) == 1 and len(words) >= 2 and _noun(
        odd[0], places=any(_unknown(w) for w in words if w not in odd)))


def entry_words(text: str) -> Iterator[tuple[bool, list[tuple[int, int]]]]:
    """(marked, the spans of the words of the name) of each line that opens with a name
    shaped as a list entry's: two to five words, then punctuation or the line's end."""
    starts = [(m.end(), bool(m.group(0).strip())) for m in ENTRY.finditer(text)]
    starts += [(m.end(), True) for m in _INLINE.finditer(text)]
    for pos, marked in sorted(starts):
        words: list[tuple[int, int]] = []
        while len(words) <= _MAX_WORDS:
            m = _WORD.match(text, pos)
            if m is None and words and not _INITIAL.match(text, words[0][0]):
                m = _INITIAL.match(text, pos)  # "Дашиев Б. Д. | 1990 г.р. | …"
            if m is None:
                break
            words.append((m.start(1), m.end(1)))
            pos = m.end()
        rest = text[pos : pos + 3].lstrip(" \t")
        if 2 <= len(words) <= _MAX_WORDS and (not rest or rest[0] in _NAME_END):
            yield marked, words


#: what an entry tells of a person: a birth, an age, a life, a citizenship, a rank, a
#: recruitment, a fate ("— КОМАНДА ЗАРЯ — 12 очков" is a team, "— T-90M, Kursk region" a tank)
_PERSON_SIGN = re.compile(
    r"г\.\s?р\.|р\.\s?н\.|\b(?:лет|года?|год|років|роки|рік)\b|y\.\s?o\.|\bborn\b|\bb\.\s*\d|"
    r"\bage[ds]?\b|(?:^\W*|,\s*)\d{2}\b|\(\d{2}\)|\d{4}\s*[–—-]\s*\d{4}|\d{2}\.\d{2}\.\d{2,4}|"
    r"гражданин|громадянин|citizen|уроженец|уродженець|native|житель|мешканець|рядов|сержант|"
    r"ефрейтор|єфрейтор|лейтенант|капитан|капітан|солдат|private|sergeant|corporal|lieutenant|"
    r"мобилиз|мобіліз|mobili[sz]ed|контракт|contract|позывной|позивний|call\s*sign|погиб|"
    r"загинув|пропал|зник|ранен|поранен|плен|полон", re.I)


def _patronymic(word: str) -> bool:
    return is_patronymic(word.casefold()) or bool(re.search(r"(?:ovich|evich)$", word, re.I))


def tells_a_person(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (an entry, or what follows its name) tells of a person: a sign of
    :data:`_PERSON_SIGN` or a patronymic."""
    return _PERSON_SIGN.search(text[start:end]) is not None or any(
        _patronymic(w) for w in re.findall(r"[^\W\d_]+", text[start:end]))


def a_persons(text: str, words: list[tuple[int, int]]) -> bool:
    """The entry is a person's: a patronymic in the name, or a person's sign after it."""
    if any(_patronymic(text[a:b]) for a, b in words[1:]):
        return True
    end = text.find("\n", words[-1][1])
    return tells_a_person(text, words[-1][1], len(text) if end < 0 else end)


def _table_row(text: str, start: int) -> bool:
    """The line at ``start`` is a table's row, its cells between bars ("Дашиев Б. Д. | 1990
    г.р. | с. Агинское | …"): an entry however long."""
    end = text.find("\n", start)
    return text.count("|", start, len(text) if end < 0 else end) >= 2


def _line_length(text: str, start: int) -> int:
    end = text.find("\n", start)
    return (len(text) if end < 0 else end) - text.rfind("\n", 0, start) - 1


def entry_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names opening the entries of a list (two entries at least, marked, or short lines)
    that no span of ``spans`` covers, each word a name may be; a span inside one grows to
    it (the caller drops the smaller)."""
    found = [(marked, words) for marked, words in entry_words(text)
             if (marked or _line_length(text, words[0][0]) <= UNMARKED_LINE
                 or _table_row(text, words[0][0]))
             and name_run([text[a:b] for a, b in words]) and a_persons(text, words)]
    if len(found) < 2:
        return []
    out = []
    for _, words in found:
        start, end = words[0][0], words[-1][1]
        if any(s <= start and end <= e for s, e in spans):
            continue
        out.append((start, end))
    return out


__all__ = ["ENTRY", "MARK", "SUN_ARTICLE", "UNMARKED_LINE", "a_persons", "entry_names",
           "entry_words", "may_be_name", "name_run", "tells_a_person"]
