"""Whose home a town of a text is, by a model learned from annotated obituaries.

The rules of :mod:`headcount.extract.places` (and its Ukrainian and English twins) read a
home from the cues they were written for ("житель", "уроженец", "a native of"); a text
phrased otherwise ("2. Колесников Игорь (1979–2023), Чита, сержант", "повернувся до
Саратова", "came home to Novokuznetsk", "Жительнице Шебекина был 51 год") leaves the home
unread although the package's gazetteers know the town. Here every town or village the
gazetteers find (Russia's and Ukraine's towns and the villages table, by lemmas in Russian,
by consonants in Ukrainian, by sound in English) is classified — a person's home, a place
of death, or neither — by a multinomial logistic regression over the words around it
(lemmas and word beginnings, left and right of the place, in its sentence, the nearest verb
and noun), its grammatical case, whether it sits in a list entry after a name or bracketed
dates, whether the rules hold it as a place of death, and how far it is from a person's
name. A place inside a name, in quotes, naming a region or district ("Курской области"),
or after a relative who is the subject ("Его мать живёт в Сургуте") is no candidate. The
model is trained by ``bench/train_home_roles.py`` on the dev halves of the gold obituaries
(``bench/data/obituaries``) and ships as ``home_roles.json`` beside this module.

:func:`fill_homes` uses it only as a fallback: a mention with no ``settlement`` gets the
place classified as a home with a probability of at least :data:`THRESHOLD` whose owner it
is (the person named nearest before the place in its sentence, else the one named last
before it in its paragraph, else the first named after it in its sentence, else the text's
only person), and, when its ``region`` is empty and it is no foreigner, the place's region
(``region_inferred``). A value the rules set is never replaced. The same for an empty
``place_of_death`` of a killed person is there (``death_threshold``) but off: the
cross-validation did not support it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from headcount.extract.date_roles import _VERB, Model, _words, packaged_model
from headcount.extract.morph import language, parses
from headcount.extract.roles import KIN

#: what a place can be to a person: nothing, home, or where they died
ROLES = ("none", "home", "death")
#: the least probability of a home for it to fill a slot (chosen by cross-validation on the
#: dev halves and checked on first readings: ``bench/train_home_roles.py --cv``)
THRESHOLD = 0.7
#: the same for an empty place of death of a killed person (None: no place of death is
#: filled)
DEATH_THRESHOLD: float | None = None
_LEFT, _RIGHT, _NEAR = 6, 4, 2
#: a relative's word (the package's kin lemmas, and their English words): a home near it
#: may be the relative's
_KIN = KIN | {"mother", "father", "parents", "wife", "widow", "husband", "sister", "brother",
              "son", "sons", "daughter", "daughters", "children", "family", "relatives",
              "grandmother", "grandfather"}
_MODEL = "home_roles.json"
#: citizenships whose holders may have a home region (the guide: none for foreigners)
_HOME_CITIZENS = frozenset({"RU", "UA"})


@dataclass(frozen=True)
class Place:
    """A town or village a gazetteer found: its nominative as the rules write it, its
    region's code when the tables give one, its span, and whether it is a village."""

    name: str
    region: str | None
    start: int
    end: int
    village: bool = False


def _norm(value: object) -> str:
    return " ".join(str(value).lower().replace("ё", "е").replace("—", "-").split())


def _overlaps(a: int, b: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in spans)


def _russian_places(text: str) -> list[Place]:
    from headcount.extract.places import (
        _DIRECTION_AFTER,
        _DISTRICT_AFTER,
        _settlements,
        _village_hits,
    )
    from headcount.extract.text import tokens
    from headcount.extract.ukrainian import _regional

    out: list[Place] = []
    with language("ru"):
        toks = tokens(text)
        used: list[tuple[int, int]] = []
        for h in _settlements().find(toks):
            if _DISTRICT_AFTER.match(text, h.end) or _DIRECTION_AFTER.match(text, h.end):
                continue  # "Октябрьского района", "на Курском направлении"
            row = max(h.value, key=lambda s: s.population)
            used.append((h.start, h.end))
            out.append(Place(row.name, row.region_code if _regional(row) else None,
                             h.start, h.end))
        for h in _village_hits(text, toks, used):
            v = h.value[0]
            out.append(Place(v.name, None if v.ambiguous else v.region_code, h.start, h.end,
                             True))
    return out


_UK_WORD = re.compile(r"(?<![\w'’ʼ-])[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’ʼ]+)*")


#: the endings of a plural town's cases but the nominative ("Чебоксарах", "Березників")
_UK_PLURAL = re.compile(r"(?:ах|ях|ами|ями|ам|ям|ів|їв)$")


def _ukrainian_places(text: str) -> list[Place]:
    from headcount.extract.ukrainian import _NAMED_REGIONS, _regional, _regions_named, _settlement

    out: list[Place] = []
    with language("uk"):
        token = _NAMED_REGIONS.set(_regions_named(text))
        try:
            for m in _UK_WORD.finditer(text):
                found = _settlement(m.group())
                plural = _UK_PLURAL.search(m.group())
                if found is None and plural is not None:
                    # a plural name's case ("у Чебоксарах", "до Березників"): its stem, then
                    # its nominative's ending
                    stem = m.group()[: plural.start()]
                    found = _settlement(stem) or _settlement(stem + "и")
                if found is None:
                    continue
                name, row = found
                out.append(Place(name, row.region_code if _regional(row) else None,
                                 m.start(), m.end()))
        finally:
            _NAMED_REGIONS.reset(token)
    return out


_EN_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?:\s[A-Z][a-z]+)?")


def _english_places(text: str) -> list[Place]:
    from headcount.extract.en_places import (
        _NOT_PLACE,
        find_settlement,
        find_village_region,
        ukrainian_town_oblast,
    )

    out: list[Place] = []
    for m in _EN_WORD.finditer(text):
        for name in (m.group(), m.group().split()[0]) if " " in m.group() else (m.group(),):
            if name.split()[0] in _NOT_PLACE or len(name) < 4:
                continue
            found = find_settlement(name)
            region: str | None = None
            if found is not None:
                region = found[1]
            elif (oblast := ukrainian_town_oblast(name, False)) is not None:
                region = oblast
            elif (village := find_village_region(name)) is not None:
                region = village
            else:
                continue
            out.append(Place(name, region, m.start(), m.start() + len(name)))
            break
    return out


def found_places(text: str, lang: str) -> list[Place]:
    """Every town or village of the package's gazetteers named in ``text``."""
    if lang == "en":
        return _english_places(text)
    if lang == "uk":
        return _ukrainian_places(text)
    return _russian_places(text)


_LIST_LINE = re.compile(r"\s*(?:\d+[.)]|[-–—•▪*])\s*")
_AFTER_NAME = re.compile(r"(?:\)|\d{4}|г\.р\.|р\.н\.)\s*[,.–—-]?\s*$")
_REGION_AFTER = re.compile(
    r"\s*[,(]?\s*(?:[\w-]+\s+){0,2}?(?:обл\w*|кра[йяю]\w*|республик\w*|район\w*|р-н\w*|"
    r"област\w*|округ\w*|громад\w*|region|oblast|krai|republic|district|territory)\b", re.I)


def _bucket(n: int | None) -> str:
    if n is None:
        return "none"
    for bound in (0, 2, 5, 10):
        if n <= bound:
            return str(bound)
    return "far"


def features(text: str, p: Place, lang: str, mentions: list[dict[str, Any]],
             sentences: list[tuple[int, int]] | None = None,
             places: Iterable[Place] = ()) -> list[str]:
    """The features of place ``p`` of ``text`` (see the module's docstring); ``mentions``:
    the rules' mentions of the text (their names' spans and the places they hold)."""
    bounds = sentences if sentences is not None else sentence_spans(text)
    s0, s1 = next(((a, b) for a, b in bounds if a <= p.start < b), (0, len(text)))
    left = _words(text, s0, p.start, lang)[::-1]
    right = _words(text, p.end, s1, lang)
    country = "none" if p.region is None else "UA" if p.region.startswith("UA-") else "RU"
    out = [f"lang:{lang}", f"country:{country}", f"village:{p.village}",
           f"region:{p.region is not None}"]
    for side, words, n in (("L", left, _LEFT), ("R", right, _RIGHT)):
        for i, (w, _) in enumerate(words[:n]):
            out += [f"{side}:{w}", f"{side}p:{w[:4]}"]
            if i < _NEAR:
                out += [f"{side}{i}:{w}", f"{side}{i}p:{w[:4]}"]
        verb = next((w for w, pos in words if pos in _VERB), None)
        noun = next((w for w, pos in words[:n] if pos == "NOUN"), None)
        if verb:
            out += [f"{side}V:{verb}", f"V:{verb}"]
        if noun:
            out += [f"{side}N:{noun}"]
    if any(w in _KIN for w, _ in left[:_LEFT]):
        out.append("kinL")  # "его мать живёт в …", "his mother still lives in …"
    if any(w in _KIN for w, _ in right[:_RIGHT]):
        out.append("kinR")
    if not left:
        out.append("opening")
    if not right:
        out.append("closing")
    if lang != "en":
        with language(lang):
            ps = parses(text[p.start : p.end].split()[0].lower())
        out.append(f"case:{ps[0].tag.case if ps else None}")
        if any({"Name", "Surn", "Patr"} & q.tag.grammemes for q in ps[:2]) and not any(
                "Geox" in q.tag.grammemes for q in ps):
            out.append("person_word")  # "нашого Тараса": a name rather than a town
    line0 = text.rfind("\n", 0, p.start) + 1
    if _LIST_LINE.match(text, line0):
        out.append("list")
    before = text[s0 : p.start]
    if _AFTER_NAME.search(before):
        out.append("after_name")
    if before.rstrip().endswith(","):
        out.append("after_comma")
    if before.rstrip().endswith("("):
        out.append("bracketed")
    if _REGION_AFTER.match(text, p.end):
        out.append("region_after")
    # how far the nearest name is, in words, before and after the place in its sentence
    spans = [(a, b) for m in mentions for a, b in m.get("spans") or ()]
    gaps_before = [len(_words_between(text, b, p.start)) for a, b in spans if s0 <= a and
                   b <= p.start]
    gaps_after = [len(_words_between(text, p.end, a)) for a, b in spans if p.end <= a < s1]
    out.append(f"nameL:{_bucket(min(gaps_before, default=None))}")
    out.append(f"nameR:{_bucket(min(gaps_after, default=None))}")
    out.append(f"people:{min(len(mentions), 3)}")
    key = _norm(p.name)
    if any(_norm(m.get("place_of_death") or "") == key for m in mentions):
        out.append("held:death")  # where the rules say someone died
    earlier = [o for o in places if o.end <= p.start]
    out.append(f"first:{not any(_norm(o.name) == key for o in earlier)}")
    out.append(f"first_place:{not earlier}")
    return out


#: a sentence's end: a stop before a space or the text's end (not the dot of an initial or of a
#: one-letter abbreviation: "YESIPOV V. V.", "г. Чита"), or a line break
_STOP = re.compile(r"(?<!\b\w)[.!?…](?=\s|$)|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text`` (see :data:`_STOP`)."""
    out, start = [], 0
    for m in _STOP.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


_ANY_WORD = re.compile(r"[^\W_]+")


def _words_between(text: str, start: int, end: int) -> list[str]:
    return _ANY_WORD.findall(text, start, end)


#: a word after a place's name that makes it a region's or a district's ("Курской области",
#: "Липецька область", "Kursk region"): the rules read those
_UNIT_AFTER = re.compile(r"\s+(?:муниципальн\w+\s+|городск\w+\s+)?(?:област|обл\b|кра[йяюеє]|"
                         r"республик|район|р-н|округ|улус|громад|region|oblast|krai|republic|"
                         r"district|territory)", re.I)
#: an opening quote right before a place's name: a unit's, a call sign's or a firm's name
#: ("отряд «Терек»", "позывной «Жук»")
_QUOTED = re.compile(r"[«\"“„']\s*$")
#: an office of a town right before its name: the town an official heads, not a home of the
#: person the official speaks of ("Мэр Шадринска … сообщила о гибели рядового …", "Міський
#: голова Полтави …", "the mayor of Kurgan")
_OFFICE_OF = re.compile(
    r"(?<!\w)(?:мэр\w*|глав[аеуы]|главой|градоначальник\w*|губернатор\w*|очільник\w*|"
    r"(?:міськ\w+|сільськ\w+|селищн\w+)\s+голов\w*|mayor|governor)\s+(?:(?:of\s+)?(?:the\s+)?"
    r"(?:города|города-героя|міста|села|селища|city\s+of|town\s+of|г\.|м\.|с\.)\s*|of\s+)?$",
    re.I)


_EN_KIN = re.compile(r"(?<!\bwith\s)(?<!\bto\s)(?<!\bby\s)(?<!\bnear\s)(?<!\bbeside\s)"
                     r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:mother|father|parents|wife|widow|"
                     r"husband|sister|brother|sons?|daughters?|children|family|relatives|"
                     r"grandmother|grandfather)\b(?!['’]s)", re.I)


def _relatives_place(text: str, s0: int, p: Place, lang: str,
                     spans: Iterable[tuple[int, int]] = ()) -> bool:
    """A relative is the subject before the place in its sentence, after any person's name
    ("Его мать живёт в Сургуте", "Його батько похований у Котласі", "His mother still lives
    in Surgut"): their place, not the person's (a relative in another case is company: "жив
    із дружиною в Абакані"; "его сослуживец Артём Ковалёв из Мичуринска": the named one's)."""
    s0 = max([s0, *(b for a, b in spans if s0 <= a and b <= p.start)])
    if lang == "en":
        return _EN_KIN.search(text, s0, p.start) is not None
    with language(lang):
        for m in list(_ANY_WORD.finditer(text, s0, p.start))[-8:]:
            w = m.group().lower()
            ps = parses(w)
            if ps and ps[0].normal_form.replace("ё", "е") in _KIN - {"чоловік"} and \
                    ps[0].tag.case == "nomn":  # (чоловік: a man as well as a husband)
                return True
    return False


#: a burial or a farewell told in a sentence (the guide: its place is no home unless the text
#: says the person lived there)
_CEREMONY = re.compile(r"(?<!\w)(?:похорон\w*|прощани\w*|простил\w*|простят\w*|"
                       r"проводил\w*\s+в\s+последн\w*|поховал\w*|похован\w*|поховают\w*|"
                       r"прощанн\w*|попрощал\w*|провели\s+в\s+останн\w*|buried|burial|funeral|"
                       r"farewell|laid\s+to\s+rest)", re.I)
#: a home said in the sentence all the same: "где он жил", "де мешкав", "where he lived"
_LIVED = re.compile(r"(?<!\w)(?:жил\w*|жив[уеёяш]\w*|прожива\w*|прожил\w*|мешка\w*|жи(?:в|ла|ли)\b|"
                    r"вырос\w*|виріс|виросл\w*|родом|уроженц\w*|уроженец|уродж\w*|"
                    # "в родном Шадринске", not the relatives at a farewell ("пришли родные")
                    r"родн(?!(?:ые|ых|ым|ыми)\b)\w*|"
                    r"lived|lives|living|grew\s+up|resident|native|home)", re.I)
#: the place right after a preposition of where: the ceremony's place ("В Ангарске прошли
#: похороны", "похоронили в селе Зыково", "buried in Lgov"), not a town bidding farewell
#: ("Новотроицк простился с …")
_AT = re.compile(r"(?<!\w)(?:в|во|у|на|in|at)\s+(?:(?:городе|селе|посёлке|поселке|деревне|"
                 r"станице|місті|селі|селищі|г\.|с\.|м\.|the\s+(?:town|village|city)\s+of)\s*)?$",
                 re.I)


def _ceremony_place(text: str, s0: int, s1: int, p: Place,
                    others: Iterable[Place] = ()) -> bool:
    """The place where a burial or a farewell is held, in a sentence that says nothing of a
    home — of this place: a home told of another place of the sentence, past it, is that
    place's ("Похоронят Петрова в Шадринске, Сидорова — в Кургане, откуда он родом")."""
    if _AT.search(text, max(s0, p.start - 30), p.start) is None or \
            _CEREMONY.search(text, s0, s1) is None:
        return False
    between = [o for o in others if o.start != p.start and s0 <= o.start < s1]
    return not any(
        not any(min(p.end, m.start()) <= o.start < max(p.start, m.end()) for o in between)
        for m in _LIVED.finditer(text, s0, s1))


#: "the town of", "the village of" before an English place
_PLACE_NOUN = re.compile(r"(?:the\s+)?(?:town|village|city|settlement)\s+of\s+$", re.I)


#: a death told before the place in its sentence ("погиб 3 мая, тело из Бахмута вывезли")
_DIED = re.compile(r"(?<!\w)(?:погиб\w*|убит\w*|загин\w*|скончал\w*|помер\w*|killed|died)",
                   re.I)


def _event_place(text: str, s0: int, s1: int, p: Place, lang: str) -> bool:
    """Where someone died, fought, was wounded or served, by the rules' own cues before the
    place ("погиб под", "служил в", "wounded near the town of"): no home."""
    if lang == "en":
        from headcount.extract.en_places import _WHERE_AT, _WHERE_FOUGHT

        clause = _PLACE_NOUN.sub("", text[s0 : p.start])
        return bool(_WHERE_FOUGHT.search(clause) or _WHERE_AT.search(clause) or (
            _DIED.search(clause) and not _LIVED.search(text, s0, s1)))
    from headcount.extract.places import _DEATH, _FATE, _SERVED_IN, _before

    before = _EPITHET.sub("", _before(text, p.start))  # "служил в подмосковной Балашихе"
    return bool(_DEATH.search(before) or _FATE.search(before) or _SERVED_IN.search(before)
                or (_DIED.search(text, s0, p.start) and not _LIVED.search(text, s0, s1)))


_CLAUSE_MARK = re.compile(r"[,;:()]")
#: a work, a study or a term told in the clause before a place ("работал в г. Кинешма …",
#: "навчався у Харкові", "worked in Surgut"): the guide's workplace, school or colony, no home
_WORKED = re.compile(r"(?<!\w)(?:работа(?:л|ла|ли|ет|ют|ющ)\w*|трудил\w*|трудоустро\w*|"
                     r"учил(?:ся|ась|ись)|обучал\w*|окончил\w*|закончил\w*|отбыва\w*|"
                     r"працю\w*|працював\w*|навча\w*|закінчи\w*|відбува\w*|worked|works|"
                     r"working|employed|studied|graduated)(?!\w)", re.I)


def _work_place(text: str, s0: int, p: Place) -> bool:
    """A work, a study or a prison term told in the clause right before the place, and no
    home there (see :data:`_WORKED`)."""
    lo = max([s0, *(m.end() for m in _CLAUSE_MARK.finditer(text, s0, p.start))])
    return _WORKED.search(text, lo, p.start) is not None and _LIVED.search(
        text, lo, p.start) is None


#: an adjective right before a place ("подмосковной", "уральського")
_EPITHET = re.compile(r"(?<=\s)[а-яёіїєґ'’-]+(?:ой|ей|ом|ем|ого|его|ий|ый|ая|ую|ій|ої|ому|ім)\s+$")
_POSSESSIVE = frozenset({"её", "ее", "его", "их", "її", "його", "їх", "her", "his", "their"})


def _kin_named_after(text: str, p: Place, s1: int, spans: Iterable[tuple[int, int]],
                     lang: str) -> bool:
    """A relative's word with a possessive between the place and the next name of its
    sentence ("Жительнице Челябинска пришло извещение: её брат Артём Лукин погиб"): the place
    is the relative's, not the named person's."""
    named = [a for a, _ in spans if p.end <= a < s1]
    if not named:
        return False
    end = min(named)
    words = [m.group().lower() for m in _ANY_WORD.finditer(text, p.end, end)]
    for w, nxt in pairwise(words):
        if w in _POSSESSIVE:
            if lang == "en":
                if nxt in _KIN:
                    return True
                continue
            with language(lang):
                ps = parses(nxt)
            if ps and ps[0].normal_form.replace("ё", "е") in _KIN:
                return True
    return False


#: an English place that is the first word of a longer name ("Naval Infantry Brigade") or a
#: possessive ("Pskov's airborne division")
_EN_LONGER = re.compile(r"(?:['’]s\b|\s+[A-Z])")


_CAPITAL_AFTER = re.compile(r"\s+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+")


def _given_name(text: str, p: Place, lang: str) -> bool:
    """A given name before a capitalised word ("Олександр Мамай"): a name, not the town its
    stem resembles (Олександрія)."""
    word = text[p.start : p.end]
    if lang == "en" or " " in word or not _CAPITAL_AFTER.match(text, p.end):
        return False
    with language(lang):
        return any("Name" in q.tag for q in parses(word.lower())[:3])


def candidates(text: str, lang: str, mentions: list[dict[str, Any]],
               sentences: list[tuple[int, int]] | None = None) -> list[Place]:
    """The places of ``text`` that may be someone's: none inside a person's name, in quotes,
    naming a region or a district, after an office it names ("мэр Шадринска"), after a
    relative who is the subject of the sentence or before one named, where a burial or a
    farewell is held, or where someone died, fought or served by the rules' cues."""
    spans = [(a, b) for m in mentions for a, b in m.get("spans") or ()]
    bounds = sentences if sentences is not None else sentence_spans(text)
    out = []
    found = found_places(text, lang)
    for p in found:
        if _overlaps(p.start, p.end, spans) or _UNIT_AFTER.match(text, p.end) or \
                _QUOTED.search(text, max(0, p.start - 2), p.start) or \
                _OFFICE_OF.search(text, max(0, p.start - 40), p.start) or \
                _given_name(text, p, lang):
            continue
        s0, s1 = next(((a, b) for a, b in bounds if a <= p.start < b), (0, len(text)))
        if lang == "en" and _EN_LONGER.match(text, p.end):
            continue
        if not _relatives_place(text, s0, p, lang, spans) and not _ceremony_place(
                text, s0, s1, p, found) and not _event_place(text, s0, s1, p, lang) and \
                not _kin_named_after(text, p, s1, spans, lang) and not _work_place(
                    text, s0, p):
            out.append(p)
    return out


def shipped_model() -> Model | None:
    """The home-place model shipped with the package (None when the file is absent)."""
    return packaged_model(_MODEL)


def _owner(text: str, mentions: list[dict[str, Any]], p: Place,
           bounds: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The mention named nearest before ``p`` in its sentence, else first after it there,
    else the one named last before it in its paragraph, else the text's only mention."""
    s0, s1 = next(((a, b) for a, b in bounds if a <= p.start < b), (0, 0))
    para = text.rfind("\n", 0, p.start) + 1
    best: tuple[int, dict[str, Any]] | None = None
    for m in mentions:
        for a, b in m.get("spans") or ():
            if s0 <= a < s1:
                rank = p.start - b if b <= p.start else 200_000 + a - p.end
            elif para <= a and b <= s0:
                rank = 100_000 + p.start - b
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, m)
    if best is not None:
        return best[1]
    return mentions[0] if len(mentions) == 1 else None


def proposals(text: str, lang: str, mentions: list[dict[str, Any]], model: Model,
              threshold: float = THRESHOLD, role: str = "home"
              ) -> Iterator[tuple[dict[str, Any], Place, float]]:
    """(mention, place, probability) for each place the model gives ``role`` at least
    ``threshold``, with its owner."""
    if role not in model.classes:
        return
    k = model.classes.index(role)
    bounds = sentence_spans(text)
    places = candidates(text, lang, mentions, bounds)
    for p in places:
        prob = model.proba(features(text, p, lang, mentions, bounds, places))[k]
        if prob < threshold:
            continue
        owner = _owner(text, mentions, p, bounds)
        if owner is not None:
            yield owner, p, prob


def _others_own(text: str, p: Place, others: Sequence[tuple[int, int]],
                mentions: list[dict[str, Any]]) -> bool:
    """The sentence's tree tells the place of one of ``others``, not of a mention."""
    from headcount.extract import syntax

    start, end = next(((s, e) for s, e in sentence_spans(text) if s <= p.start < e),
                      (0, len(text)))
    theirs = [(s, e, 1) for s, e in others if start <= s < end]
    if not theirs:
        return False
    ours = [(s, e, 0) for m in mentions for s, e in m.get("spans") or () if start <= s < end]
    tree = syntax.parse(text, start, end)
    return tree is not None and syntax.told_of(tree, (p.start, p.end), theirs + ours) == 1


def _best(found: Iterable[tuple[dict[str, Any], Place, float]], field: str
          ) -> list[tuple[dict[str, Any], Place, float]]:
    """The likeliest place of each mention whose ``field`` is empty."""
    best: dict[int, tuple[dict[str, Any], Place, float]] = {}
    for m, p, prob in found:
        if not m.get(field) and (id(m) not in best or best[id(m)][2] < prob):
            best[id(m)] = (m, p, prob)
    return list(best.values())


def fill_homes(text: str, lang: str, mentions: list[dict[str, Any]],
               model: Model | None = None, threshold: float = THRESHOLD,
               death_threshold: float | None = DEATH_THRESHOLD,
               others: Sequence[tuple[int, int]] = ()) -> None:
    """Fill an empty home ``settlement`` (and an empty ``region`` from it) of ``mentions``
    from the places the rules left unread (in place); with ``death_threshold``, an empty
    ``place_of_death`` of a killed person as well. A place the sentence tells of one of
    ``others`` (namings of people not described: "по словам сослуживца Олега Кравца,
    уроженца Омска") is his, no one's here."""
    from headcount.extract.homes import occupied

    model = model if model is not None else shipped_model()
    if model is None or not mentions:
        return

    def mine(found: Iterable[tuple[dict[str, Any], Place, float]]
             ) -> Iterator[tuple[dict[str, Any], Place, float]]:
        return (x for x in found if not (others and _others_own(text, x[1], others, mentions)))

    homes = _best(mine(proposals(text, lang, mentions, model, threshold)), "settlement")
    deaths = [] if death_threshold is None else [
        found for found in _best(mine(proposals(text, lang, mentions, model, death_threshold,
                                                "death")), "place_of_death")
        if found[0].get("status") == "killed"]
    for m, p, prob in deaths:
        m["place_of_death"] = p.name
        m.setdefault("evidence", {})["place_of_death"] = {
            "quote": text[p.start : p.end], "start": p.start, "end": p.end,
            "rule": "home_roles", "probability": round(prob, 3)}
    for m, p, prob in homes:
        quote = {"quote": text[p.start : p.end], "start": p.start, "end": p.end,
                 "rule": "home_roles", "probability": round(prob, 3)}
        m["settlement"] = p.name
        evidence = m.setdefault("evidence", {})
        evidence["settlement"] = quote
        citizen = m.get("citizenship")
        if not m.get("region") and p.region is not None and (
                citizen is None or citizen in _HOME_CITIZENS):
            m["region"] = p.region
            m["region_inferred"] = True
            m["region_occupied"] = occupied(p.region)
            evidence["region"] = {**quote, "rule": "settlement", "by": "home_roles"}
