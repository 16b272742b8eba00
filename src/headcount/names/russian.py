"""Names as Russian writes them: Latin names transcribed by Russian practical conventions.

A Latin-script name reaches a Russian source through the practical
transcription of its language: Schwarz becomes Шварц, Jolene Джолин, Jiménez
Хименес, Wójcik Вуйцик, Yoshida Ёсида. The romanisation of the Russian side
(:func:`headcount.names.latin_key`) cannot meet those spellings halfway, so
here the Latin side goes the other way: each convention below transcribes a
Latin name into Cyrillic, and both scripts are then folded to a coarse
spelling (ё/е/э, й/и/ы, щ/ш, soft and hard signs, doubled letters).

The language of a name is unknown, so there is one key per convention
(:data:`CONVENTIONS`); a Cyrillic name has the same key under all of them.
Three conventions, ``wd``, ``wd2`` and ``wd3``, are not written by hand but
learned from Wikidata's pairs of names (``bench/translit_rules.py``): the
Cyrillic letters of each Latin letter in its context, with their shares, read
from ``data/latin_to_russian.txt``; they are a word's three likeliest spellings
(:func:`learned_spellings`: Willan is Виллан in German, Уиллан in English).
Two names are compared convention by convention and the best agreement
counts — in SQL, ``greatest(jaro_winkler(l.ru_en, r.ru_en), …)``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.resources import files
from re import _constants as _sre  # type: ignore[attr-defined]
from re._parser import parse as _sre_parse
from typing import Any

from anyascii import anyascii

from headcount.names.translit import script_of

_V = "aeiouyаеёиоуыэюя"  # vowels, Latin and Cyrillic (rules see both mid-way)
_C = "bcdfghjklmnpqrstvwxzбвгджзйклмнпрстфхцчшщ"

#: letters with diacritics, which tell their sound (and often the language)
_LETTERS: dict[str, str] = {
    "ß": "сс", "ä": "э", "ö": "ё", "ü": "ю", "ø": "ё", "å": "о", "æ": "э", "œ": "ё",
    "ñ": "нь", "ş": "ш", "ș": "ш", "ţ": "ц", "ț": "ц", "ğ": "", "ı": "ы", "č": "ч",
    "ć": "ч", "š": "ш", "ś": "сь", "ž": "ж", "ż": "ж", "ź": "зь", "ł": "л", "ń": "нь",
    "ą": "он", "ę": "ен", "ř": "рж", "ě": "е", "ň": "нь", "ő": "ё", "ű": "ю", "đ": "дж",
    "ō": "о", "ū": "у", "ā": "а", "ē": "э", "ī": "и", "ǎ": "а", "ǐ": "и", "ǔ": "у",
    "ý": "и", "ÿ": "и",
}  # fmt: skip

# Groups read alike in every language that has them, applied first.
_FIRST: tuple[tuple[str, str], ...] = (
    (r"tsch", "ч"),
    (r"szcz|shch", "щ"),
    (r"sch", "ш"),
)

# Rules of every convention, applied after the convention's own rules, in order.
_COMMON: tuple[tuple[str, str], ...] = (
    (r"tch", "ч"),
    (r"sh|sz", "ш"),
    (r"cz", "ч"),
    (r"zh", "ж"),
    (r"kh", "х"),
    (r"dzh|dj", "дж"),
    (r"ch", "ч"),
    (r"ck", "к"),
    (r"ph", "ф"),
    (r"th", "т"),
    (r"gh", "г"),
    (r"(?<=[bdgkprt])h", ""),
    (r"dz", "дз"),
    (r"ts|tz", "ц"),
    (r"qu", "кв"),
    (r"q", "к"),
    (r"x", "кс"),
    (r"c(?=[eiy])|ç", "с"),
    (r"ó", "о"),
    (r"c", "к"),
    (r"(?<=[" + _V + r"])h(?![" + _V + r"])", ""),
    (r"h", "х"),
    (r"^y(?=[" + _V + r"])|(?<=[" + _V + r"])y(?=[" + _V + r"])", "й"),
    (r"y", "и"),
    (r"^j(?=[" + _V + r"])|(?<=[" + _V + r"])j", "й"),
    (r"j", "дж"),
    (r"ou", "у"),
    (r"oo", "у"),
    (r"ee", "и"),
    (r"w", "в"),
    (r"ski$", "ский"),
    (r"ius$", "ий"),
)

#: one consonant, then a word's end that leaves the vowel before it long in English
_LONG = r"[bcdfgklmnpstvzс](?:e|y|ey|ie)$"

#: Latin -> Cyrillic letters once the groups above are done
_PLAIN = str.maketrans("abdefgiklmnoprstuvz", "абдефгиклмнопрстувз")

#: each convention's own rules, tried before the common ones
CONVENTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    # English (and the default for a name of unknown language)
    "en": (
        (r"^j", "дж"),
        (r"g(?=[eiy])", "дж"),
        (r"(?<=[" + _C + r"])e$", ""),
        (r"(?<=[" + _V + r"])w", "у"),
        (r"^w", "у"),
        (r"ea", "и"),
        (r"ey$", "и"),
        (r"ay$", "ей"),
        (r"u(?=[" + _C + r"]{2}|[" + _C + r"]$)", "а"),
        (r"(?<=[" + _V + r"])s(?=[" + _V + r"])", "з"),
    ),
    # English as Russian hears it: a short a is э, ur/er/ir before a consonant ер
    # (Cassin Кэссин, Carol Кэрол, Burton Бертон, Ratledge Рэтлидж); a long vowel
    # (one consonant, then a final e, y, ey or ie) is said as its name: Lacey Лэйси, Vane
    # Вейн, Riley Райли, Cole Коул; aw and a final ow оу (Dawson Доусон, Barlow
    # Барлоу), ew ью (Lewis Льюис, Andrew Эндрю), all/alk/alt ол (Walter Уолтер)
    "en2": (
        (r"^j", "дж"),
        (r"g(?=[eiy])", "дж"),
        (r"c(?=[eiy])", "с"),
        (r"a(?=" + _LONG + r")", "эй"),
        (r"[iy](?=[" + _C + r"](?:e|ey)$)", "ай"),
        (r"o(?=[" + _C + r"]e$)", "оу"),
        (r"ie$", "и"),
        (r"(?<=[" + _C + r"])e$", ""),
        (r"aw|ow$", "оу"),
        (r"(?<=[rlj])ew", "ю"),
        (r"ew", "ью"),
        (r"a(?=ll|lk|lt)", "о"),
        (r"(?<=[" + _V + r"])w|^w", "у"),
        (r"[uei]r(?=[" + _C + r"])", "ер"),
        (r"a(?=[" + _C + r"])", "э"),
        (r"ea|ee", "и"),
        (r"ey$|y$", "и"),
        (r"(?<=[" + _V + r"])s(?=[" + _V + r"])", "з"),
    ),
    # German, Dutch, Scandinavian
    "de": (
        (r"ch", "х"),
        (r"ei", "ай"),
        (r"eu|äu", "ой"),
        (r"ie", "и"),
        (r"z", "ц"),
        (r"^s(?=[" + _V + r"])", "з"),
        (r"c(?=[eiy])", "ц"),
        (r"oe", "у"),
        (r"ij", "ей"),
        (r"(?<=[" + _V + r"])s(?=[" + _V + r"])", "з"),
    ),
    # French
    "fr": (
        (r"eaux?$|eau|au", "о"),
        (r"ou", "у"),
        (r"eux?$|eu", "ё"),
        (r"ier$", "ье"),
        (r"ill?e?t?$", "й"),
        (r"et$", "е"),
        (r"oi", "уа"),
        (r"ch", "ш"),
        (r"j", "ж"),
        (r"g(?=[eiy])", "ж"),
        (r"gn", "нь"),
        (r"qu", "к"),
        (r"[sxz]$", ""),
        (r"(?<=[" + _V + r"r])[td]$", ""),
        (r"(?<=[" + _C + r"])e$", ""),
        (r"ill", "й"),
        (r"ai|ei", "е"),
        (r"u(?![" + _V + r"])", "ю"),
        (r"^h", ""),
        (r"(?<=[" + _V + r"])s(?=[" + _V + r"])", "з"),
    ),
    # Spanish, Portuguese, Italian
    "es": (
        (r"j", "х"),
        (r"g(?=[eiy])", "х"),
        (r"ll", "ль"),
        (r"qu", "к"),
        (r"gu(?=[eiy])", "г"),
        (r"z", "с"),
        (r"(?<![cspkgt])h", ""),
        (r"ç", "с"),
    ),
    "it": (
        (r"gi(?=[aou])", "дж"),
        (r"ci(?=[aou])", "ч"),
        (r"sc(?=[ei])", "ш"),
        (r"c(?=[ei])", "ч"),
        (r"ch", "к"),
        (r"g(?=[ei])", "дж"),
        (r"gh", "г"),
        (r"gli", "ли"),
        (r"gn", "нь"),
        (r"z", "ц"),
        (r"(?<![cspkgt])h", ""),
        (r"(?<=[" + _V + r"])s(?=[" + _V + r"])", "з"),
    ),
    # Polish, Czech, Hungarian, other Slavic and Baltic
    "pl": (
        (r"ch", "х"),
        (r"(?<=[" + _C + r"])rz|^rz", "ж"),
        (r"rz", "рж"),
        (r"c", "ц"),
        (r"ie", "е"),
        (r"j", "й"),
        (r"ów", "уф"),
        (r"ó", "у"),
        (r"ski$", "ский"),
        (r"cki$", "цкий"),
    ),
    # Hungarian
    "hu": (
        (r"sz", "с"),
        (r"cs", "ч"),
        (r"ch", "х"),
        (r"zs", "ж"),
        (r"gy", "дь"),
        (r"ny", "нь"),
        (r"ly", "й"),
        (r"s", "ш"),
        (r"c", "ц"),
        (r"j", "й"),
    ),
    # Japanese, Chinese and Korean romanisations (Polivanov, Palladius)
    "ja": (
        (r"sh(?=[auo])", "сь"),
        (r"ch(?=[auo])", "ть"),
        (r"j(?=[auo])", "дзь"),
        (r"shi", "си"),
        (r"chi", "ти"),
        (r"tsu", "цу"),
        (r"sh", "с"),
        (r"ch", "т"),
        (r"^j|(?<=[" + _V + r"n])j", "дз"),
        (r"z", "дз"),
        (r"(?<=[" + _V + r"n])dz", "дз"),
        (r"fu", "фу"),
        (r"(?<=ь)a|ya", "я"),
        (r"(?<=ь)u|yu", "ю"),
        (r"(?<=ь)o|yo", "ё"),
        (r"e", "э"),
        (r"x", "с"),
        (r"q", "ц"),
    ),
    # Russian, Ukrainian and Belarusian names romanised
    "ru": (
        (r"^e", "э"),
        (r"y(?=[" + _C + r"])|y$", "ы"),
        (r"[yi]a", "я"),
        (r"[yi]u", "ю"),
        (r"[yi]o", "ё"),
        (r"ye|ie", "е"),
        (r"j", "й"),
    ),
    # Ukrainian and Belarusian national romanisations: h is г, kh х, y и, ie/ye є
    "uk": (
        (r"(?<![kszc])h", "г"),
        (r"^ye|^ie", "е"),
        (r"yi|ï", "и"),
        (r"[yi]a", "я"),
        (r"[yi]u", "ю"),
        (r"[yi]e", "е"),
        (r"y(?=[" + _C + r"])|y$", "и"),
        (r"j", "й"),
    ),
    # Chinese (pinyin, Palladius)
    "zh": (
        (r"ng$", "н"),
        (r"zh", "чж"),
        (r"j|z", "цз"),
        (r"q|c(?!h)", "ц"),
        (r"x", "с"),
        (r"ian", "янь"),
        (r"(?<=[" + _C + r"])ie", "е"),
        (r"iu", "ю"),
        (r"ui", "уй"),
        (r"ong", "ун"),
        (r"ei", "эй"),
        (r"^yi", "и"),
        (r"^you", "ю"),
        (r"^yu", "юй"),
        (r"^w(?=[uo])", ""),
    ),
    # Turkish and Azerbaijani
    "tr": (
        (r"ç", "ч"),
        (r"c", "дж"),
        (r"ə", "э"),
        (r"x", "х"),
        (r"j", "ж"),
    ),
    # learned from Wikidata's name pairs, every language at once: no rules of their own
    # here, see learned_spellings and data/latin_to_russian.txt; wd2 and wd3 are the
    # second and third likeliest spellings (the first again when there are no others)
    "wd": (),
    "wd2": (),
    "wd3": (),
}
#: the learned conventions: a Latin word's likeliest spelling, second, third
LEARNED = ("wd", "wd2", "wd3")
_LEARNED = {name: rank for rank, name in enumerate(LEARNED)}

#: the contexts of the learned rules, shortest first: (letters left, letters right,
#: whether the Cyrillic chunk written last counts)
_Level = tuple[int, int, bool]
CHAIN: tuple[_Level, ...] = (
    (0, 0, False),
    (0, 1, False),
    (1, 1, False),
    (1, 1, True),
    (1, 2, True),
    (2, 2, True),
    (2, 3, True),
    (3, 3, True),
)


_LONGEST_FIRST = tuple(reversed(CHAIN))


def context_key(padded: str, i: int, level: _Level, last: str) -> str:
    """The rule key of letter ``padded[i]`` (``^word$``) in the context ``level``."""
    left, right, with_last = level
    key = f"{padded[max(0, i - left) : i]}|{padded[i]}|{padded[i + 1 : i + 1 + right]}"
    return f"{key}|{last}" if with_last else key


#: how many partial spellings are followed letter by letter to find a word's
#: :data:`LEARNED` spellings
_BEAM = 10
_Chunks = tuple[tuple[str, float], ...]  # a context's chunks and their log shares


@cache
def _rules() -> dict[str, _Chunks]:
    """Context -> its chunks, likeliest first, with the log of their share."""
    text = files("headcount.names").joinpath("data", "latin_to_russian.txt").read_text("utf-8")
    rules = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, *chunks = line.split("\t")
            pairs = (chunk.rpartition(":") for chunk in chunks)
            rules[key] = tuple((chunk, math.log(float(share))) for chunk, _, share in pairs)
    return rules


@cache
def _learned_letter(ch: str) -> str:
    """A letter the rules know, for one they may not (ő -> o, ɛ -> e)."""
    rules = _rules()
    if f"|{ch}|" in rules:
        return ch
    base = unicodedata.normalize("NFKD", ch)[0]
    if f"|{base}|" in rules:
        return base
    return "".join(c for c in anyascii(ch).lower() if f"|{c}|" in rules)


_NO_CHUNK: _Chunks = (("", 0.0),)


@lru_cache(maxsize=200_000)
def learned_spellings(word: str) -> tuple[str, ...]:
    """A lower-case Latin word in Cyrillic by the learned rules: its likeliest spellings,
    one for each of the :data:`LEARNED` conventions at most, the likeliest first.

    Each letter's chunks and their shares come from the longest known context
    (the letters around it and the chunk written last); the spellings are the
    likeliest chains of chunks, followed ``_BEAM`` at a time.

    >>> learned_spellings("willan")
    ('виллан', 'уиллан', 'вилан')
    """
    rules = _rules()
    padded = "^" + "".join(_learned_letter(ch) for ch in word) + "$"
    beam: list[tuple[float, str, str]] = [(0.0, "", "^")]  # log share, spelling, last chunk
    for i in range(1, len(padded) - 1):
        # the longest context without the last chunk: the same for every spelling
        plain = _longest(rules, padded, i, _PLAIN_LEVELS, "") or _NO_CHUNK
        after: dict[str, _Chunks] = {}  # chunks by the last chunk written
        grown = []
        for score, text, last in beam:
            if last not in after:
                after[last] = _longest(rules, padded, i, _LAST_LEVELS, last) or plain
            grown += [(score + logp, text + chunk, chunk or last) for chunk, logp in after[last]]
        grown.sort(key=lambda item: -item[0])
        beam = grown[:_BEAM]
    spellings: list[str] = []
    for _, text, _ in beam:
        if text not in spellings:
            spellings.append(text)
            if len(spellings) == len(LEARNED):
                break
    return tuple(spellings)


def _longest(
    rules: dict[str, _Chunks], padded: str, i: int, levels: Iterable[_Level], last: str
) -> _Chunks | None:
    """The chunks of the longest of ``levels`` known for letter ``padded[i]``."""
    for level in levels:
        found = rules.get(context_key(padded, i, level, last))
        if found:
            return found
    return None


_PLAIN_LEVELS = tuple(level for level in _LONGEST_FIRST if not level[2])
_LAST_LEVELS = tuple(level for level in _LONGEST_FIRST if level[2])


def _prefixes(pattern: str) -> tuple[str, ...] | None:
    """Texts one of which every match of ``pattern`` begins with (lookarounds aside):
    ``eaux?$|eau|au`` -> ("au", "eau"), ``sh|sz`` -> ("s",) (the parser factors the
    common letter out); None when there is no such short list (any letter, a range,
    a match of nothing)."""

    def starts(items: Any) -> set[str] | None:
        run = ""
        for op, av in items:
            if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
                if run:
                    break
                continue  # zero width before the match: it begins with what follows
            if op is _sre.LITERAL:
                run += chr(av)
                continue
            if run:
                break
            if op is _sre.IN:
                if any(o is not _sre.LITERAL for o, _ in av):
                    return None
                return {chr(a) for _, a in av}
            if op is _sre.BRANCH:
                out: set[str] = set()
                for alternative in av[1]:
                    found = starts(alternative)
                    if found is None:
                        return None
                    out |= found
                return out
            if op is _sre.SUBPATTERN:
                return starts(av[-1])
            if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
                return starts(av[2])
            return None
        return {run} if run else None

    found = starts(_sre_parse(pattern))
    return tuple(sorted(found)) if found else None


def _literal(pattern: str, repl: str) -> str | None:
    """The text a rule matches when it is one plain text (then ``str.replace`` does
    what ``re.sub`` would, several times faster), else None."""
    if "\\" in repl or not pattern:
        return None
    items = list(_sre_parse(pattern))
    if all(op is _sre.LITERAL for op, _ in items):
        return "".join(chr(av) for _, av in items)
    return None


#: a rule compiled: the pattern, its replacement, the texts a match begins with (a
#: rule none of whose beginnings is in the word cannot match it and is skipped: most
#: are) and, for a rule of one plain text, that text
_Rule = tuple[re.Pattern[str], str, tuple[str, ...] | None, str | None]


def _compile(rules: Iterable[tuple[str, str]]) -> tuple[_Rule, ...]:
    return tuple((re.compile(p), r, _prefixes(p), _literal(p, r)) for p, r in rules)


def _apply(rules: tuple[_Rule, ...], word: str) -> str:
    """``word`` with each rule substituted in turn, as ``re.sub`` would."""
    for pattern, repl, prefixes, literal in rules:
        if literal is not None:
            word = word.replace(literal, repl)
            continue
        if prefixes is not None:
            for prefix in prefixes:
                if prefix in word:
                    break
            else:
                continue  # no match can begin anywhere in the word
        word = pattern.sub(repl, word)
    return word


#: each hand-written convention's rules, in order (the learned ones have none)
_COMPILED: dict[str, tuple[_Rule, ...]] = {
    name: _compile((*_FIRST, *own, *_COMMON))
    for name, own in CONVENTIONS.items()
    if name not in _LEARNED
}

# Folding of Cyrillic spellings, both scripts' keys alike, applied in order.
_FOLD: tuple[_Rule, ...] = _compile(
    (
        (r"[ьъ']", ""),
        (r"(?<=[бгдкпт])х", ""),  # Тхапа, Бхаттарай: aspiration, written in Indian names
        (r"(?<=[жшщчц])[ыи]", "и"),
        (r"я", "йа"),
        (r"ю", "йу"),
        (r"ё", "йо"),
        (r"[эе]", "е"),
        (r"[ыи]й$", "и"),  # -ий, -ый: Rutkowski, Рутковский
        (r"[йыи]+", "и"),
        (r"щ", "ш"),
        (r"ие", "е"),
        (r"(.)\1+", r"\1"),
    )
)
_NON_LETTER = re.compile(r"[^a-zа-яё]+")

#: letters of other Cyrillic alphabets, as Russian writes them
_OTHER_CYRILLIC = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "ё", "ұ": "у", "ү": "ю", "һ": "х",
    "і": "и", "ў": "у", "ҳ": "х", "ҷ": "дж", "ӣ": "и", "ӯ": "у", "є": "е", "ї": "и",
    "ґ": "г",
})  # fmt: skip


@cache
def _latin_letters(token: str) -> str:
    out = []
    for ch in token.lower().replace("ść", "щ").replace("śc", "щ"):
        if ch in _LETTERS:
            out.append(_LETTERS[ch])
        elif ch.isascii() or "\u0400" <= ch <= "\u04ff" or ch in "əçó":  # ə, ç, ó: by convention
            out.append(ch)
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if base.isascii() else anyascii(ch).lower())
    return "".join(out)


@cache
def _fold(cyrillic: str) -> str:
    return _apply(_FOLD, _NON_LETTER.sub("", cyrillic.replace("ə", "е")))


@cache
def russian_token(token: str, convention: str = "en") -> str:
    """One name token in coarse Cyrillic, a Latin token transcribed by ``convention``.

    >>> russian_token("Schwarz", "de"), russian_token("Шварц")
    ('шварц', 'шварц')
    >>> russian_token("Yoshida", "ja"), russian_token("Ёсида")
    ('иосида', 'иосида')
    """
    word = token.lower().translate(_OTHER_CYRILLIC)
    if script_of(word) != "cyrillic" and convention in _LEARNED:
        spellings = learned_spellings(word)
        word = spellings[min(_LEARNED[convention], len(spellings) - 1)] if spellings else ""
    elif script_of(word) != "cyrillic":
        word = _apply(_COMPILED[convention], _latin_letters(word)).translate(_PLAIN)
    return _fold(word)


def russian_key(name: str, convention: str = "en") -> str:
    """A name spelt as Russian writes it, coarsely; Latin words by ``convention``.

    >>> russian_key("Ram Bahadur Thapa", "de") == russian_key("Рам Бахадур Тхапа")
    True
    """
    words = re.split(r"[\s\-]+", name.strip())
    return " ".join(k for k in (russian_token(w, convention) for w in words) if k)


def russian_keys(name: str) -> dict[str, str]:
    """:func:`russian_key` under every convention, by convention name."""
    return {c: russian_key(name, c) for c in CONVENTIONS}


#: log-probability of a letter the learned rules do not explain (a typo, a dropped or
#: an added letter): Wikidata's pairs hold such spellings, and so do people's lists
_MISS = math.log(1e-3)


#: the hand-written conventions (not learned from pairs)
HAND = tuple(c for c in CONVENTIONS if c not in LEARNED)


@lru_cache(maxsize=500_000)
def coverage(word: str, cyrillic: str) -> float:
    """How much of a Latin ``word`` a Cyrillic token writes: the token's coarse length
    against the median length of the word's transcriptions under the hand-written
    conventions, at most 1. A spelling that drops a syllable covers less than one that
    writes every letter, however alike their beginnings.

    >>> coverage("tinus", "Тин") < coverage("tinus", "Тинус") == 1.0
    True
    """
    lengths = sorted(len(russian_token(word, c)) for c in HAND)
    middle = lengths[len(lengths) // 2] if len(lengths) % 2 else (
        (lengths[len(lengths) // 2 - 1] + lengths[len(lengths) // 2]) / 2)  # fmt: skip
    if not middle:
        return 1.0
    return min(1.0, len(russian_token(cyrillic)) / middle)


@lru_cache(maxsize=500_000)
def spelling_score(word: str, cyrillic: str) -> float:
    """How likely the learned rules (:func:`learned_spellings`) write the Latin ``word``
    as ``cyrillic``: the log-probability of the best alignment of the two, letter by
    letter in context, per Latin letter (0 is certain; a letter the rules do not
    explain costs log 1e-3). Ranks the Cyrillic spellings of one Latin word.

    >>> spelling_score("willan", "уиллан") > spelling_score("willan", "вилан")
    True
    """
    rules = _rules()
    padded = "^" + "".join(_learned_letter(ch) for ch in word.lower()) + "$"
    target = cyrillic.lower()
    n = len(target)
    # (position in the target, last chunk written) -> best log-probability so far
    states: dict[tuple[int, str], float] = {(0, "^"): 0.0}
    for i in range(1, len(padded) - 1):
        plain = _longest(rules, padded, i, _PLAIN_LEVELS, "") or _NO_CHUNK
        grown: dict[tuple[int, str], float] = {}
        for (j, last), score in states.items():
            chunks = _longest(rules, padded, i, _LAST_LEVELS, last) or plain
            steps = [((j + len(chunk), chunk or last), score + logp)
                     for chunk, logp in chunks if target.startswith(chunk, j)]  # fmt: skip
            steps.append(((j, last), score + _MISS))  # the letter not written
            if j < n:  # the letter written as another one
                steps.append(((j + 1, target[j]), score + _MISS))
            if j + 1 < n:
                steps.append(((j + 2, target[j : j + 2]), score + 2 * _MISS))
            for key, value in steps:
                if value > grown.get(key, -math.inf):
                    grown[key] = value
        states = grown
    best = max(score + (n - j) * _MISS for (j, _), score in states.items())
    return best / max(len(padded) - 2, 1)


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short texts."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@cache
def _hand_spellings(word: str) -> tuple[str, ...]:
    """A Latin word in Cyrillic under each hand-written convention, unfolded."""
    letters = _latin_letters(word)
    return tuple(_apply(_COMPILED[c], letters).translate(_PLAIN) for c in HAND)


@lru_cache(maxsize=500_000)
def hand_similarity(word: str, cyrillic: str) -> float:
    """How near a Cyrillic token is, letter for letter (э, ь, ы and doubled letters
    counted), to a Latin ``word``'s spelling under the nearest hand-written convention:
    1 - edit distance / the longer length. The folded keys cannot tell Дэнси from Данси
    or Коллери from Колери; a convention that writes the candidate as it is can.

    >>> hand_similarity("callery", "Коллери") > hand_similarity("callery", "Калери")
    True
    """
    return max(hand_similarities(word.lower(), cyrillic), default=0.0)


@lru_cache(maxsize=500_000)
def hand_similarities(word: str, cyrillic: str) -> tuple[float, ...]:
    """:func:`hand_similarity` under each hand-written convention (:data:`HAND`)."""
    target = cyrillic.lower()
    return tuple(1 - _edit_distance(x, target) / max(len(x), len(target), 1)
                 for x in _hand_spellings(word.lower()))  # fmt: skip


@lru_cache(maxsize=500_000)
def agreement(word: str, cyrillic: str) -> float:
    """The share of the conventions (:data:`CONVENTIONS`) under which a Latin ``word``'s
    coarse spelling is the Cyrillic token's: a spelling many conventions reach is
    likelier than one only a single convention does.

    >>> agreement("nowak", "Новак") > agreement("nowak", "Новик")
    True
    """
    key = russian_token(cyrillic)
    return sum(russian_token(word, c) == key for c in CONVENTIONS) / len(CONVENTIONS)


@lru_cache(maxsize=500_000)
def learned_similarity(word: str, cyrillic: str) -> float:
    """How near a Cyrillic token is, letter for letter, to the nearest of a Latin
    ``word``'s learned spellings (:func:`learned_spellings`): 1 - edit distance / the
    longer length. Where the hand-written conventions know no rule for a language
    (Finnish ä as я, Greek th as ф), the spellings learned from pairs may.

    >>> learned_similarity("willan", "Уиллан") > learned_similarity("willan", "Уилан")
    True
    """
    target = cyrillic.lower()
    return max((1 - _edit_distance(x, target) / max(len(x), len(target), 1)
                for x in learned_spellings(word.lower())), default=0.0)  # fmt: skip
