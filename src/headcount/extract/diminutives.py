"""Familiar forms of Russian and Ukrainian given names: "Саша", "Сашко", "Шурик" are
Александр / Олександр; "Дима", "Дімка" are Дмитрий / Дмитро.

Relatives' posts and farewell notices name the dead by a familiar form next to the
full one ("Погиб Дмитрий Соколов … Дима с детства мечтал …"). The same surname with a
familiar form of the same given name is one person, and the full form is the name
recorded (the guide: diminutives are not names). The table is the closed set of common
familiar forms; a word is also read as a familiar form when it is one of them with a
suffix of endearment or of the colloquial register ("Ванька", "Серёженька", "Сашуля").
Keys are lowercase, ё written е. A form that is itself a full name ("Олесь", "Мила",
"Данила") or that stands for several names alike ("Слава", "Гоша", "Витя", "Ксюша") is
left out: it joins no one. A familiar form stands for one name only ("Дима" is Дмитрий,
not Вадим; "Лёша" is Алексей, not Леонид); only the Russian and the Ukrainian full forms of
one name ("Александр", "Олександр") share it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from headcount.names.translit import loose_key, phonetic_key

_CYRILLIC = re.compile(r"[а-яёіїєґ]")

#: full form → its familiar forms (Russian and Ukrainian full forms listed apart)
_FORMS: dict[str, tuple[str, ...]] = {
    "александр": ("саша", "шура", "шурик", "саня", "санек", "сашок", "алекс"),
    "олександр": ("саша", "сашко", "сашка", "саня", "шура", "лесик"),
    "алексей": ("алеша", "леша", "леха", "алешка", "лешка"),
    "олексій": ("олекса", "льоша", "льоха", "олексійко"),
    "анатолий": ("толя", "толик"), "анатолій": ("толя", "толик"),
    "андрей": ("андрюша", "андрюха"), "андрій": ("андрійко", "андрюша", "андрюха"),
    "антон": ("антоша", "тоша"),
    "аркадий": ("аркаша",), "артем": ("темка", "артемка"),
    "артур": ("артурчик",), "борис": ("боря",),
    "вадим": ("вадик",), "валентин": ("валя",), "валерий": ("валера",),
    "валерій": ("валера",), "василий": ("вася", "василек"), "василь": ("вася", "василько"),
    "виктор": ("витек", "витюша"), "віктор": ("вітько",),
    "виталий": ("виталик",), "віталій": ("віталік",),
    "владимир": ("володя", "вова", "вовка", "вовчик", "володька"),
    "володимир": ("володя", "вова", "вовчик", "володько"),
    "владислав": ("влад", "владик"), "вячеслав": ("славик",),
    "в'ячеслав": ("славик",), "геннадий": ("гена",), "геннадій": ("гена",),
    "георгий": ("жора", "гога"), "григорий": ("гриша",), "григорій": ("гриша", "гриць"),
    "даниил": ("даня",), "данило": ("даня", "данилко"), "денис": ("дениска",),
    "дмитрий": ("дима", "митя", "димон", "димка", "митяй"),
    "дмитро": ("діма", "дімка", "дімон", "митько"),
    "евгений": ("женя", "жека", "женек"), "євген": ("женя", "жека", "євгенко"),
    "егор": ("егорка",), "иван": ("ваня", "ванюша", "ванек", "ванька"),
    "іван": ("ваня", "івась", "іванко", "ванько"), "игорь": ("игорек",),
    "ігор": ("ігорко",), "илья": ("илюша", "илюха"), "кирилл": ("киря", "кирюша", "кирюха"),
    "кирило": ("кирюша",), "константин": ("костя", "костик"), "костянтин": ("костя", "костик"),
    "леонид": ("леня",), "леонід": ("льоня",), "максим": ("макс", "максимка"),
    "михаил": ("миша", "мишка", "миха"), "михайло": ("миша", "михась", "михайлик"),
    "никита": ("никитка",), "николай": ("коля", "колян", "николаша"),
    "микола": ("коля", "миколка", "колян"), "олег": ("олежек", "олежка"),
    "павел": ("паша", "павлик", "пашка"), "павло": ("паша", "павлусь", "павлик"),
    "петр": ("петя", "петька", "петруша"), "петро": ("петя", "петрик", "петрусь"),
    "роман": ("рома", "ромка", "ромчик"), "руслан": ("русик",),
    "сергей": ("сережа", "серега", "сережка"), "сергій": ("сергійко",),
    "станислав": ("стас",), "станіслав": ("стас",),
    "степан": ("степа",), "тарас": ("тарасик",), "тимур": ("тима",),
    "федор": ("федя",), "федір": ("федько", "федя"), "юрий": ("юра", "юрка", "юрчик"),
    "юрій": ("юра", "юрко", "юрчик"), "ярослав": ("ярик", "ярко"),
    "анна": ("аня", "анечка", "нюра"), "ганна": ("ганя", "ганнуся", "аня"),
    "екатерина": ("катя", "катюша"), "катерина": ("катя", "катруся"),
    "елена": ("лена", "аленка"), "олена": ("лена", "оленка"),
    "мария": ("маша", "маня", "маруся"), "марія": ("маша", "маруся", "марічка"),
    "наталья": ("наташа", "ната"), "наталія": ("наташа", "наталка"),
    "ольга": ("оля",), "светлана": ("света",), "світлана": ("світла",),
    "татьяна": ("таня",), "тетяна": ("таня",), "юлия": ("юля",), "юлія": ("юля",),
    "ирина": ("ира",), "ірина": ("іра",), "оксана": (), "ксения": (),
    "людмила": ("люда",), "надежда": ("надя",), "надія": ("надя",),
    "вера": ("верочка",), "віра": ("віронька",), "виктория": ("вика",),
    "вікторія": ("віка",), "евгения": ("женя",),
}
#: suffixes of endearment and of the colloquial register on a familiar form's stem
_SUFFIXES = ("ка", "ька", "ечка", "енька", "онька", "очка", "уля", "уша", "юша", "юня",
             "ок", "ек", "ик", "ко", "чик")


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


def _build() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for full, forms in _FORMS.items():
        for form in forms:
            out.setdefault(form, set()).add(full)
    return {k: frozenset(v) for k, v in out.items()}


_FULL_OF = _build()
_FULL = frozenset(_FORMS)


@cache
def _latin() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The table for names written in Latin letters: a familiar form by its spelling
    (:func:`headcount.names.translit.phonetic_key`: "Sasha", "Vanya"; "Leon" is no "Лена"),
    the full names by their loose keys ("Alexander", "Aleksandr")."""
    out: dict[str, set[str]] = {}
    for form, fulls in _FULL_OF.items():
        out.setdefault(phonetic_key(form), set()).update(
            loose_key(f) for f in fulls)
    full = frozenset(loose_key(f) for f in _FULL)
    return {k: frozenset(v) for k, v in out.items() if k}, full


def _latin_forms(word: str) -> frozenset[str]:
    table, full = _latin()
    if not word or loose_key(word) in full:
        return frozenset()
    return table.get(phonetic_key(word), frozenset())


@lru_cache(maxsize=4096)  # a name written many times is looked up once
def full_forms(given: str) -> frozenset[str]:
    """The full given names a familiar form ``given`` (a nominative key: "саша", "ванька")
    stands for; empty for a full name or a word that is no familiar form. A name in Latin
    letters gives the loose keys of the full names ("Dima" → DMTR, VDM)."""
    word = _key(given)
    if word and not _CYRILLIC.search(word):
        return _latin_forms(word)
    if not word or word in _FULL:
        return frozenset()
    if word in _FULL_OF:
        return _FULL_OF[word]
    for suffix in _SUFFIXES:  # "ванька" ← "ваня", "серёженька" ← "серёжа"
        stem = word[: -len(suffix)] if word.endswith(suffix) else ""
        if len(stem) >= 2:
            for end in ("а", "я", ""):
                if stem + end in _FULL_OF:
                    return _FULL_OF[stem + end]
    return frozenset()


def same_given(a: str, b: str) -> bool:
    """Two given names (nominative keys) that are forms of one name: equal, or a familiar
    form and its full form, or two familiar forms of one full name."""
    a, b = _key(a), _key(b)
    if a == b:
        return True
    if not _CYRILLIC.search(a + b):  # "Sasha" and "Alexander": by loose keys
        ka, kb = loose_key(a), loose_key(b)
        fa, fb = full_forms(a) or frozenset({ka}), full_forms(b) or frozenset({kb})
        return bool(fa & fb)
    fa, fb = full_forms(a) or frozenset({a}), full_forms(b) or frozenset({b})
    return bool(fa & fb)


def familiar(given: str) -> bool:
    """A given name that is a familiar form ("Дима", "Сашко"), not a full one."""
    return bool(full_forms(given))


__all__ = ["familiar", "full_forms", "same_given"]
