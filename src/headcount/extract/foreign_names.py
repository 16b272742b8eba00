"""Foreign names read by the text around them, not by the dictionary alone.

- Case: natasha/slovnet's morphology tagger reads a Russian name's case and gender from its
  sentence ("похоронили Фаррухджона Саидова": accusative, masculine → Саидов Фаррухджон;
  "погиб Чаминда Пушпакумара Ратнаяке": nominative, the -а kept). Used where the words right
  before the name say nothing (a verb, a clause start).
- A foreign recruit named by his given name alone, with his age or home right after it and
  his fate in the clause ("його товариш Нуван з Курунеґали, 27 років, загинув"): a person
  with no surname (:func:`lone_given_names`).
- South Asian names: in a text about Nepal, Sri Lanka, India, Bangladesh or Pakistan, a
  three-word name written given first keeps its two first words as the given names ("Ранджит
  Прасанна Перера" → Перера, Ранджит Прасанна), not a Spanish double surname ("Прасанна
  Перера"), which the guide keeps for Spanish and Portuguese names only.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from headcount.extract.morph import parses
from headcount.extract.namecase import NameParts
from headcount.extract.sentences import STOP, sentence_around, sentence_end, sentence_start

#: a South Asian country, its citizens or its capital, in Russian, Ukrainian or English
_SOUTH_ASIA = re.compile(
    r"\b(?:непал\w*|шри-ланк\w*|шрі-ланк\w*|(?:шри|шрі)ланк\w*|ланкий\w*|ланкій\w*|"
    r"инди[яиюе]й?|інді[яїює]\w*|индиец\w*|индийц\w*|индийск\w*|індієць|індійц\w*|індійськ\w*|"
    r"бангладеш\w*|пакистан\w*|пакістан\w*|катманду|коломбо|"
    r"nepal\w*|sri\s+lanka\w*|india|indian|bangladesh\w*|pakistan\w*|kathmandu|colombo)\b",
    re.I,
)
#: a first surname of a Spanish or Portuguese double surname ("Родригес", "Гонсалес")
_IBERIAN_FIRST = re.compile(r"[^аеёиоуыэюяіїє](?:ес|ез|эс|ас)$")


#: a country of sub-Saharan Africa whose recruits the news names, its citizens, in Russian,
#: Ukrainian or English: their names given first end with one surname ("Дэвид Кипчумба
#: Ротич" → Ротич, Дэвид Кипчумба), as South Asian ones do
_AFRICA = re.compile(
    r"\b(?:кени\w*|кені\w*|кениец|кенийц\w*|кенієць|кенійц\w*|нигери\w*|нігері\w*|"
    r"камерун\w*|ган[аеуы]\b|ганц\w*|гане\w*|уганд\w*|танзани\w*|танзані\w*|замби\w*|"
    r"замбі\w*|зимбабв\w*|руанд\w*|бурунди\w*|бурунді\w*|того\b|тоголез\w*|сенегал\w*|"
    r"малави\w*|малаві\w*|эфиопи\w*|ефіопі\w*|конго\b|конголез\w*|сьерра-леоне|"
    r"kenya\w*|nigeria\w*|cameroon\w*|ghana\w*|uganda\w*|tanzania\w*|zambia\w*|"
    r"zimbabwe\w*|rwanda\w*|burundi\w*|togo\w*|senegal\w*|malawi\w*|ethiopia\w*|"
    r"congo\w*|sierra\s+leone\w*)\b", re.I)


def south_asian_text(text: str) -> bool:
    """The text is about people of a South Asian country."""
    return _SOUTH_ASIA.search(text) is not None


def one_surname_text(text: str) -> bool:
    """The text is about people of a South Asian or a sub-Saharan African country, whose
    three-word names written given first end with one surname."""
    return south_asian_text(text) or _AFRICA.search(text) is not None


_SOUTH_ASIAN_CODES = frozenset({"NP", "IN", "LK", "BD", "PK"})
_UK_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "І": "И", "Ї": "И", "Є": "Е"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def south_asian_name(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is of a South Asian person: its own sentence says so, or
    the text does and its sentence names no other country ("Кіпчоге Деніс (Кенія)" in a
    list of prisoners from Nepal and Kenya is a Kenyan's name, surname first)."""
    from headcount.extract.nationals import country_of
    from headcount.reference.resolve import find_country

    if not south_asian_text(text):
        return False
    left, right = sentence_around(text, start, end)
    sentence = text[left:right]
    if south_asian_text(sentence):
        return True
    for m in _WORD.finditer(sentence):
        word = m.group()
        if left + m.start() < end and left + m.end() > start:
            continue  # the name's own words
        country = (find_country(word) or find_country(word.translate(_UK_LETTERS))
                   if word[:1].isupper() else None) or country_of(word)
        if country is not None and country.code not in _SOUTH_ASIAN_CODES:
            return False
    return True


def given_names_first(parts: NameParts) -> NameParts:
    """A South Asian name read as a double surname given back its second given name:
    (Прасанна Перера, Ранджит) → (Перера, Ранджит Прасанна)."""
    first, _, last = parts.surname.partition(" ")
    if not last or " " in last or not parts.given or parts.patronymic or (
            _IBERIAN_FIRST.search(first.lower())):
        return parts
    return NameParts(last, f"{parts.given} {first}", "", parts.sex, parts.case, parts.initials)


_CASES = {"Nom": "nomn", "Gen": "gent", "Acc": "accs", "Dat": "datv", "Ins": "ablt",
          "Loc": "loct"}
_GENDERS = {"Masc": "masc", "Fem": "femn"}


@cache
def _tagger() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsMorphTagger, Segmenter

    return Segmenter(), NewsMorphTagger(NewsEmbedding())


@lru_cache(maxsize=256)
def _tags(sentence: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, pos, case, gender) of each token of ``sentence``."""
    from natasha import Doc

    segmenter, tagger = _tagger()
    doc = Doc(sentence)
    doc.segment(segmenter)
    doc.tag_morph(tagger)
    return tuple((t.start, t.stop, str(t.pos), str(t.feats.get("Case", "")),
                  str(t.feats.get("Gender", ""))) for t in doc.tokens)


#: the word right after a name, past a dash or the end of its brackets
_VERB_AFTER = re.compile(r"\s*(?:[—–-]\s*)?([а-яё]+)\b")


def tagged_case(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(case, gender) natasha's tagger gives most words of the Russian name at
    ``text[start:end]`` in its sentence, or None when they disagree or are no names
    ("Чаминда Пушпакумара Ратнаяке": two nominatives outvote a dative)."""
    verb = _VERB_AFTER.match(text, end)
    if verb is not None:
        past = [p for p in parses(verb.group(1).lower())[:1]
                if {"VERB", "past", "sing"} <= p.tag.grammemes and p.tag.gender]
        if past:  # "Прасанна Кумара Диссанаяке пропал без вести": the verb's subject
            return "nomn", str(past[0].tag.gender)
    left = sentence_start(text, start, floor=max(0, start - 300))
    right = STOP.search(text, end)
    stop = right.end() if right else min(len(text), end + 300)
    sentence = text[left:stop]
    found = [(case, gender) for s, e, pos, case, gender in _tags(sentence)
             if left + s < end and start < left + e and pos == "PROPN"]
    if not found:
        return None
    (case, gender), votes = Counter(found).most_common(1)[0]
    if 2 * votes <= len(found):
        return None  # no reading most words share
    if re.search(r"(?:ом|ем|ым|им|ой|ею|ою)\b", text[start:end]):
        return None  # "Фаррухом Ильхомом Саидом": the endings say the instrumental
    if case not in ("Nom", "Gen", "Acc") or gender not in _GENDERS:
        return None  # the cases where a name in -а is ambiguous; the rest by their endings
    return _CASES[case], _GENDERS[gender]


#: a capitalised word (a given name the dictionary does not know) with an age or a home
#: right after it
_LONE_GIVEN = re.compile(
    r"(?<=[а-яёіїєґ,] )([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,})(?=\s*,\s*\d{1,2}\s*(?:рок|лет|год|рік)\w*\s*,"
    r"|\s*\(\d{1,2}(?:\s*(?:рок|лет|год|рік)\w*)?\)|\s+(?:з|із|зі|из)\s+[А-ЯЁІЇЄҐ])")
#: his fate in the rest of the clause
_FATE = re.compile(r"^[^.;!?]{0,160}?\b(?:загину\w*|погиб\w*|убит\w*|вбит\w*|поранен\w*|"
                   r"ранен\w*|зник\w*|пропа\w*|полон\w*|плен\w*|шпитал\w*|госпитал\w*|"
                   r"помер\w*|скончал\w*)", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:з|із|зі|из|в|у|во|на|до|под|під|біля|около)\s+$", re.I)

#: the fate is someone else's: a relative clause or a relative between ("брат которого
#: погиб", "чей сын", "его брат погиб")
_KIN_WORD = r"(?:брат|сын|муж|отец|сестр|мат|дочь|доч|внук|син|чоловік|батьк|донька|онук)\w*"
_OTHERS_FATE = re.compile(
    rf"\b(?:{_KIN_WORD}\s+(?:котор|яко)\w+|(?:котор|яко)\w+\s+{_KIN_WORD}|"
    rf"(?:чей|чья|чьи|чий|чия|чиї|его|её|ее|їх|його|її|их)\s+(?:\w+\s+)?{_KIN_WORD})", re.I)
#: a speaker: "рассказал Андрей из Курска", "розповів Тарас з Ніжина"
_SPEAKER_BEFORE = re.compile(r"\b(?:рассказал\w*|сообщил\w*|говорит|сказал\w*|вспоминает|"
                             r"пишет|написал\w*|розповів\w*|розповіла|повідомив\w*|каже|"
                             r"згадує|пише|написав)\s+$", re.I)


def lone_given_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each given name standing alone as a person: a word the
    dictionary does not know or knows as a given name, not inside a name already found,
    not where a place stands, with an age or a home after it and a fate in its clause."""
    from headcount.extract.morph import parses
    from headcount.extract.places import is_place

    out: list[tuple[int, int, str]] = []
    for m in _LONE_GIVEN.finditer(text):
        start, end, word = m.start(1), m.end(1), m.group(1)
        if any(s <= start < e for s, e in taken) or _PLACE_BEFORE.search(
                text, max(0, start - 8), start):
            continue
        ps = parses(word.lower())
        if not ps or (ps[0].is_known and "Name" not in ps[0].tag.grammemes) or is_place(word) or (
                _SURNAME_ENDING.search(word.lower())) or _after_rank(text, start):
            continue  # "рядовой Монгуш из Кызыла", "Дамдинов из Кижинги": a surname
        fate = _FATE.search(text[end : sentence_end(text, end)])
        if not fate or _OTHERS_FATE.search(fate.group(0)) or _SPEAKER_BEFORE.search(
                text, max(0, start - 30), start):
            continue  # "Андрей из Курска, брат которого погиб": the brother's fate
        out.append((start, end, word))
    return out


#: endings of Russian and Ukrainian surnames: a lone word with one is a surname
_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|єв|ин|ын|ін|їн|ский|цкий|ський|цький|енко|чук|юк|ук)$")


@cache
def _rank_words() -> frozenset[str]:
    from headcount.extract.military import RANKS
    from headcount.extract.ukrainian import UK_RANKS

    return frozenset(w for rank in (*RANKS, *UK_RANKS) for w in rank.split())


def _after_rank(text: str, start: int) -> bool:
    """A rank right before the word: "сержант Монгуш" names him by his surname."""
    m = re.search(r"([а-яёіїєґ-]+)\s+$", text[max(0, start - 30) : start], re.I)
    return m is not None and m.group(1).lower() in _rank_words()


def apposition_case(words: list[str]) -> tuple[str, str] | None:
    """The words before a name end in a genitive phrase of things that hangs on a person's
    noun ("отставной сержант ланкийской армии", "капрал армії Шрі-Ланки"): the name stands
    beside that noun, in its case and gender — (case, gender) of the noun, or None."""
    from headcount.extract.morph import parses

    k = len(words) - 1
    things = 0
    while k >= 0 and things < 4:
        word = words[k]
        top = parses(word.lower())[:1]
        if not top:
            return None
        g = top[0].tag.grammemes
        if word[:1].isupper() and not things:
            k -= 1  # the country's name itself ("армії Шрі-Ланки")
            continue
        noun = "NOUN" in g
        genitive = any(p.tag.case == "gent" and ("NOUN" in p.tag.grammemes) == noun
                       for p in parses(word.lower())[:4])
        if ("NOUN" in g and "inan" in g and genitive) or (
                {"ADJF", "PRTF"} & g and genitive and things):
            things += 1
            k -= 1
            continue
        if things and "NOUN" in g and "anim" in g and not {"Name", "Surn", "Patr"} & g and (
                "plur" not in g):
            gender = "masc" if "masc" in g else "femn" if "femn" in g else ""
            return (str(top[0].tag.case), gender) if gender and top[0].tag.case else None
        return None
    return None
