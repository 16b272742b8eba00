"""Text as extraction sees it: cleaned (offsets kept), split into tokens and sentences.

Cleaning never changes the length of the text, so every offset found in the
cleaned text is an offset in the document's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from razdel import sentenize

#: texts longer than this are cut (at a paragraph break) before extraction
MAX_CHARS = 200_000
#: a text with more than this share of control or replacement characters is not read
MAX_JUNK_SHARE = 0.05

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\u200b-\u200f\u2028\u2029\ufeff]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[-–][а-яa-z]+)?|[^\w\s]", re.UNICODE)
# Latin letters that look like Cyrillic ones, found inside Cyrillic words
_HOMOGLYPHS = str.maketrans("AaBCcEeHKMOoPpTXxYy", "АаВСсЕеНКМОоРрТХхУу")
_MIXED = re.compile(r"\b(?=\w*[а-яё])(?=\w*[a-z])\w+\b", re.IGNORECASE)
_LATIN_OK = set("AaBCcEeHKMOoPpTXxYy")


class TextError(ValueError):
    """A text that extraction refuses to read (binary-looking)."""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def _fix_mixed(match: re.Match[str]) -> str:
    word = match.group(0)
    latin = [c for c in word if "a" <= c.lower() <= "z"]
    if all(c in _LATIN_OK for c in latin):
        return word.translate(_HOMOGLYPHS)
    return word


def clean(text: str, max_chars: int = MAX_CHARS) -> tuple[str, list[str]]:
    """The text to extract from (same offsets) and warnings about what was changed.

    Raises TextError for binary-looking text.
    """
    warnings: list[str] = []
    if len(text) > max_chars:
        cut = text.rfind("\n", 0, max_chars)
        cut = cut if cut > max_chars // 2 else max_chars
        warnings.append(f"text of {len(text):,} characters cut to the first {cut:,}")
        text = text[:cut]
    junk = len(_CONTROL.findall(text))
    if text and junk / len(text) > MAX_JUNK_SHARE:
        raise TextError(
            f"text looks binary: {junk:,} of {len(text):,} characters are control characters"
        )
    if junk:
        text = _CONTROL.sub(" ", text)
    fixed = _MIXED.sub(_fix_mixed, text)
    if fixed != text:
        warnings.append("Latin look-alike letters inside Cyrillic words read as Cyrillic")
    return fixed, warnings


def tokens(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def sentences(text: str) -> list[Sentence]:
    """Sentences with the number of the paragraph (blank-line or newline separated) they are in."""
    out: list[Sentence] = []
    offset = 0
    for number, para in enumerate(text.split("\n")):
        if para.strip():
            for s in _joined_at_places(para, list(sentenize(para))):
                start = s.start
                for m in _AFTER_ABBREVIATION.finditer(para, s.start, s.stop):
                    out.append(Sentence(offset + start, offset + m.start(), number))
                    start = m.end()
                out.append(Sentence(offset + start, offset + s.stop, number))
        offset += len(para) + 1
    return out


#: a settlement's abbreviation ending what razdel took for a sentence ("з м.", "с.", "смт.")
#: when a capitalised place name follows: no sentence end ("з м. Стерлітамак;")
_PLACE_ABBREVIATION = re.compile(r"(?:^|[\s(,;])(?:м|с|смт|сел|пос|вул)\.$")
_PLACE_AFTER = re.compile(r"\s*[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+(?:\s|[,;.)]|$)")


class _Span:
    """A sentence of one paragraph, by its offsets (what ``sentences`` reads of razdel's)."""

    def __init__(self, start: int, stop: int) -> None:
        self.start = start
        self.stop = stop


def _joined_at_places(para: str, spans: list[Any]) -> list[_Span]:
    """razdel's sentences of ``para``, rejoined where one ends in a settlement's abbreviation
    and the next begins with the place's name."""
    out: list[_Span] = []
    for s in spans:
        if out and _PLACE_ABBREVIATION.search(para, out[-1].start, out[-1].stop) and \
                _PLACE_AFTER.match(para, out[-1].stop):
            out[-1].stop = s.stop
            continue
        out.append(_Span(s.start, s.stop))
    return out


#: a sentence end razdel misses after "г.р." or "2024 г.": the next sentence starts with a
#: capitalised word followed by a lower-case one ("1991 г.р. Оба служили …"), not a name
_AFTER_ABBREVIATION = re.compile(
    r"(?:(?<=г\.р\.)|(?<=г\.\sр\.)|(?<=\d\sг\.)|(?<=\dг\.))\s+(?=[А-ЯЁ][а-яё]+\s+[а-яё])")


_UK_ONLY = frozenset("іїєґ")
_RU_ONLY = frozenset("ыэъё")


#: words of one language and not the other, for texts with no telling letter
_UK_WORDS = re.compile(r"\b(?:загинув|загинула|загинули|мешканець|мешканця|року|роки|років|що|"
                       r"його|який|яка|як|та|але|це|під\s+час|р\.\s*н\.|уродженець|полон|"
                       r"зник|безвісти|поранення|вона|воно|вони|разом|тому|коли|вже|дуже|"
                       r"також|бойового|завдання|похорон|прощання)\b")
_RU_WORDS = re.compile(r"\b(?:погиб|погибла|погибли|житель|жителя|года|годы|лет|что|его|"
                       r"который|которая|как|и|но|это|во\s+время|г\.\s*р\.|уроженец|плен|"
                       r"пропал|без\s+вести|ранения|она|оно|они|вместе|потому|когда|уже|"
                       r"очень|также|боевого|задания|похороны|прощание)\b")
_UK_APOSTROPHE = re.compile(r"[а-я]['’ʼ][яюєї]")


def detect_language(text: str) -> str:
    """"ru" or "uk" when Cyrillic letters are at least a third of the letters, else "en".

    Ukrainian has і, ї, є, ґ and lacks ы, э, ъ, ё: a Cyrillic text with more of the
    former than of the latter is Ukrainian.
    """
    sample = text[:20_000]
    low = sample.lower()
    cyr = sum(1 for c in low if "а" <= c <= "я" or c in "ёіїєґ")
    lat = sum(1 for c in low if "a" <= c <= "z")
    if cyr * 2 < lat:
        return "en"
    uk = sum(1 for c in low if c in _UK_ONLY)
    ru = sum(1 for c in low if c in _RU_ONLY)
    if not uk and not ru:  # no telling letter: Ukrainian and Russian words
        uk = len(_UK_WORDS.findall(low)) + len(_UK_APOSTROPHE.findall(low))
        ru = len(_RU_WORDS.findall(low))
        return "uk" if uk > ru else "ru"
    return "uk" if (uk > 2 * ru and uk >= 2) or (uk and not ru) else "ru"
