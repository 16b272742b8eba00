"""Places of death in Ukrainian sentences, before or after the cue.

"У Курській області біля села Любимівка загинув …" → Любимівка; "під Кліщіївкою 3 жовтня в
полон потрапили …" → Кліщіївка; "На Покровському напрямку загинули …" → Покровський напрямок;
"загинув у зоні СВО" → зона СВО. A place in a sentence that tells a burial, a farewell or a
birth next to it is not where someone died ("поховали біля села …").
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact
from headcount.extract.morph import parses

_UP = "А-ЯІЇЄҐ"
_LOW = "а-яіїєґ'’ʼ"
_CUE = re.compile(r"\b(?:загину\w*|загибел\w*|загибл\w*|пол[іе]г\w*|помер\w*|вбит\w*|убит\w*|"
                  r"ліквідован\w*|знищен\w*|зник\w*\s+без\s*вісти|полон\w*|поранен\w*|"
                  r"тіл[оа]\s+(?:[\w'’.,-]+\s+){0,8}?(?:виявил|знайшл)\w*|"
                  # the last news of the missing: "зв'язок з ним обірвався", "востаннє
                  # виходив на зв'язок"; a surrender: "здався біля …"
                  r"зв['’ʼ]язок\s+(?:з\s+(?:\w+\s+){1,4})?(?:обірва|перерва)\w*|"
                  r"виходи\w+\s+на\s+зв['’ʼ]язок|"
                  r"(?:здав(?:ся)?|здал(?:ася|ися|и))(?![а-яіїєґ]))", re.I)
_NEAR = re.compile(
    rf"(?<![{_LOW}])(?i:під|біля|поблизу|неподалік\s+від|в\s+районі|у\s+районі|на\s+околиц\w+|"
    rf"під\s+час\s+(?:штурму|боїв\s+за|бою\s+за|оборони)|(?:в|у)\s+ході\s+штурму)\s+"
    rf"(?:(?:села|селища|міста|м\.|с\.|смт|н\.\s*п\.|населеного\s+пункту)\s*)?"
    rf"([{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*)")
_DIRECTION = re.compile(rf"(?<![{_LOW}])(?i:на|в|у)\s+([{_UP}][{_LOW}]+(?:ому|ькому))\s+"
                        rf"(напрямку|напрямі)\b")
#: "на Луганщині", "на Донеччині": a land named after its region
_LAND = re.compile(rf"(?<![{_LOW}])(?i:на)\s+([{_UP}][{_LOW}]+(?:щин|ччин)(?:і|у|а))\b")
_ZONE = re.compile(r"(?<![а-яіїєґ])(?i:в|у)\s+зоні\s+(СВО|бойових\s+дій)")
_NOT_DEATH = re.compile(r"\b(?:поховал\w*|похован\w*|поховають|похорон\w*|прощання|"
                        r"народи\w+|уродж\w+|мешка\w+|жив\w*|прожива\w+|служи\w*|навча\w+|"
                        r"працю\w+|працюва\w+|колоні\w*)\b[^.!?;]{0,30}$", re.I)
#: a sentence: not ended by the dots of a date or an initial ("18.01.2023", "р.н.")
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?!\s+[А-ЯІЇЄҐA-Z«\"]|\s*$))+(?:[.!?]+|$)")
#: endings of a town in the instrumental and the nominative's, for names not in the dictionary
_INSTRUMENTAL = (("ським", "ськ"), ("цьким", "цьк"), ("им", "е"), ("ою", "а"), ("ом", ""),
                 ("ем", ""), ("єм", "й"))


def town_nominative(word: str) -> str:
    """A one-word town in the nominative: by the dictionary, else by its ending ("Кліщіївкою"
    → Кліщіївка, "Коренєвим" → Коренєве); a name already in the nominative stays."""
    ps = parses(word.lower())
    for p in ps[:3]:
        if p.is_known and "NOUN" in p.tag.grammemes and p.tag.case not in (None, "nomn"):
            form = p.inflect({"nomn"})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    if ps and ps[0].is_known:
        return word
    for ending, nominative in _INSTRUMENTAL:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


def _adjective_nominative(word: str) -> str:
    for p in parses(word.lower()):
        if "ADJF" in p.tag.grammemes:
            form = p.inflect({"nomn", "sing", "masc"})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    return re.sub(r"ому$", "ий", word)


def find_death_places(text: str) -> list[Fact]:
    """Places of death named near a Ukrainian death, capture or wounding in one sentence."""
    out: list[Fact] = []
    for sent in _SENTENCE.finditer(text):
        body = sent.group(0)
        if not _CUE.search(body):
            continue
        base = sent.start()
        for m in _NEAR.finditer(body):
            if _NOT_DEATH.search(body[: m.start()]):
                continue
            out.append(Fact("place_of_death", town_nominative(m.group(1)), base + m.start(1),
                            base + m.end(1), {"settlement": True}))
        for m in _DIRECTION.finditer(body):
            if _NOT_DEATH.search(body[: m.start()]):
                continue
            # as precise as the text gets: before the town a reader makes of its adjective
            out.append(Fact("place_of_death", f"{_adjective_nominative(m.group(1))} напрямок",
                            base + m.start(1), base + m.end(2), {"settlement": True}))
        for m in _LAND.finditer(body):
            if _NOT_DEATH.search(body[: m.start()]):
                continue
            land = re.sub(r"(?:і|у)$", "а", m.group(1))
            out.append(Fact("place_of_death", land, base + m.start(1), base + m.end(1),
                            {"settlement": False}))
        for m in _ZONE.finditer(body):
            out.append(Fact("place_of_death", f"зона {m.group(1)}", base + m.start(),
                            base + m.end(), {"settlement": False}))
    return out


_OBLAST_NOUN = re.compile(r"(?:щ|чч)ин[аиіуою]*$")


def merge_death_places(text: str, russian: list[Fact]) -> list[Fact]:
    """The Ukrainian reader's places of death, and the Russian readers' in sentences where it
    found none; a land named by "-щина" ("на Донеччині") is no town."""
    own = find_death_places(text)
    spans = [(s.start(), s.end()) for s in _SENTENCE.finditer(text)]

    def sentence(pos: int) -> int:
        return next((i for i, (a, b) in enumerate(spans) if a <= pos < b), -1)

    mine = {sentence(f.start) for f in own}
    kept = []
    for f in russian:
        if f.field == "place_of_death" and sentence(f.start) in mine:
            continue
        if f.field == "place_of_death" and _OBLAST_NOUN.search(str(f.value)):
            f = Fact(f.field, f.value, f.start, f.end, {**f.extra, "settlement": False})
        kept.append(f)
    return [*own, *kept]
