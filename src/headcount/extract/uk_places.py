"""Places of death in Ukrainian sentences, before or after the cue.

"У Курській області біля села Любимівка загинув …" → Любимівка; "під Кліщіївкою 3 жовтня в
полон потрапили …" → Кліщіївка; "На Покровському напрямку загинули …" → Покровський напрямок;
"загинув у зоні СВО" → зона СВО. A place in a sentence that tells a burial, a farewell or a
birth next to it is not where someone died ("поховали біля села …").
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.death_leads import CROAKED, FELL
from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.reference import UkrainianPlace, ukraine

_UP = "А-ЯІЇЄҐ"
_LOW = "а-яіїєґ'’ʼ"
_CUE = re.compile(r"\b(?:загину\w*|загибел\w*|загибл\w*|пол[іе]г\w*|помер\w*|вбит\w*|убит\w*|"
                  + FELL + "|" + CROAKED + "|"
                  r"ліквідован\w*|знищен\w*|зник\w*\s+без\s*вісти|полон\w*|"
                  # "помер від поранень під …": the death's cause, not a wound's place
                  r"(?<!від\s)(?<!их\s)поранен\w*|"
                  r"тіл[оа]\s+(?:[\w'’.,-]+\s+){0,8}?(?:виявил|знайшл)\w*|"
                  # the last news of the missing: "зв'язок з ним обірвався", "востаннє
                  # виходив на зв'язок"; a surrender: "здався біля …"
                  r"зв['’ʼ]язок\s+(?:з\s+(?:\w+\s+){1,4})?(?:обірва|перерва)\w*|"
                  r"виходи\w+\s+на\s+зв['’ʼ]язок|"
                  r"(?:здав(?:ся)?|здал(?:ася|ися|и))(?![а-яіїєґ])|"
                  r"пі(?:шов|шла)\s+з\s+життя|не\s+стало|смерть\s+(?:настал\w*|наступил\w*))",
                  re.I)
#: cues of a fate survived: the place after them is where one was wounded, captured or lost
_SURVIVED = re.compile(r"(?:полон|поранен|зник|зв|виходи|здав|здал)", re.I)


def _survived(body: str, pos: int) -> bool:
    """The cue nearest before ``pos`` (else the first after it) tells a fate survived: "був
    поранений під Бахмутом" (not "загинув під Бахмутом")."""
    cues = list(_CUE.finditer(body))
    before = [c for c in cues if c.end() <= pos]
    cue = before[-1] if before else next(iter(cues), None)
    return cue is not None and bool(_SURVIVED.match(cue.group(0)))
#: a death in a hospital: the hospital's town ("у військовому госпіталі в Дніпрі", "в лікарні
#: Мечникова у Дніпрі", "у лікарні Харкова", "в обласній лікарні м. Черкаси")
_HOSPITAL = re.compile(
    rf"(?<![{_LOW}])(?i:у|в)\s+(?:[{_LOW}]+\s+){{0,2}}(?i:госпітал|лікарн|шпитал|медзаклад)\w*")
#: the hospital's town: after "у"/"в" within a few words of a name or a number ("лікарні
#: Мечникова у Дніпрі", "лікарні № 3 м. Харкова"), else right after it ("лікарні Харкова")
_HOSPITAL_TOWN = (
    re.compile(rf"^(?:\s+(?:[{_UP}]?[{_LOW}]+|№\s*\d+|\d+)){{0,3}}?\s+(?i:у|в|м\.|міста|місті|с\.|села|селі|смт)"
               rf"\s*(?:(?i:м\.|міста|місті|с\.|села|селі|смт)\s*)?([{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*)"),
    re.compile(rf"^\s+([{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*)"),
)
#: a death told in Ukrainian ("загинув", "поліг", "помер", "не стало"); also read by
#: ukrainian.finish_mention (a declared-dead man's place told with his death)
DIED = re.compile(r"\b(?:помер\w*|пі(?:шов|шла)\s+з\s+життя|не\s+стало|загину\w*|"
                  r"загибел\w*|пол[іе]г\w*|полягл\w*|[ву]бит\w*|"
                  r"скона\w*|смерть\s+(?:настал\w*|наступил\w*)|" + FELL + "|" + CROAKED + ")",
                  re.I)
_NEAR = re.compile(
    rf"(?<![{_LOW}])(?i:під|біля|поблизу|неподалік(?:\s+від)?|недалеко\s+від|в\s+районі|у\s+районі|на\s+околиц\w+|"
    rf"під\s+час\s+(?:штурму|боїв\s+за|бою\s+за|оборони)|(?:в|у)\s+ході\s+штурму)\s+"
    rf"(?:(?:села|селища|міста|м\.|с\.|смт|н\.\s*п\.|населеного\s+пункту)\s*)?"
    rf"([{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*)(?:\s+([{_UP}][{_LOW}]+))?")
#: a town before a clause of "де" that tells the death: "відправили до Бахмута, де він
#: загинув", "перекинули в район Авдіївки, де 12 лютого загинув"
_WHERE = re.compile(
    rf"(?<![{_LOW}])(?i:до|в|у|на|під)\s+(?:(?i:район|околиц\w+|села|міста|м\.|с\.)\s*)?"
    rf"([{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*)(?:\s+([{_UP}][{_LOW}]+))?\s*,\s*де\s+"
    rf"(?:[^,.!?;:\n]{{0,40}}?\s)?(?=(?:загину|загибел|пол[іе]г|помер|вбит|убит|"
    rf"зник|потрапи|поранен|пі(?:шов|шла)\s+з\s+життя))")
_DIRECTION = re.compile(rf"(?<![{_LOW}])(?i:на|в|у)\s+([{_UP}][{_LOW}]+(?:ому|ькому))\s+"
                        rf"(напрямку|напрямі)\b")
#: "у Бахмутському районі", "в Курській області": a district or a region by its adjective
_AREA = re.compile(rf"(?<![{_LOW}])(?i:на|в|у)\s+([{_UP}][{_LOW}]+(?:ськ|цьк)(?:ому|ій))\s+"
                   rf"(районі|області)\b")
#: "на Луганщині", "на Донеччині": a land named after its region
_LAND = re.compile(rf"(?<![{_LOW}])(?i:на)\s+([{_UP}][{_LOW}]+(?:щин|ччин)(?:і|у|а))\b")
_ZONE = re.compile(r"(?<![а-яіїєґ])(?i:в|у)\s+зоні\s+(СВО|бойових\s+дій)")
_NOT_DEATH = re.compile(r"\b(?:поховал\w*|похован\w*|поховають|похорон\w*|прощання|"
                        r"народи\w+|уродж\w+|мешка\w+|жив\w*|прожива\w+|служи\w*|навча\w+|"
                        r"працю\w+|працюва\w+|колоні\w*)\b[^.!?;]{0,30}$", re.I)
#: a sentence: not ended by the dots of a date, an initial or a place's abbreviation
#: ("18.01.2023", "р.н.", "Д. О. Марченком", "у лікарні м. Дніпро"); a line of a list without
#: a full stop is one too ("• солдат …, загинув біля Часового Яру;")
_SENTENCE = re.compile(r"(?:(?<![\w'’ʼ])(?:м|с|смт|сел|обл|вул|н\.\s*п|[А-ЯІЇЄҐ])\.|[^.!?\n]|"
                       r"[.!?](?!\s+[А-ЯІЇЄҐA-Z«\"]|\s*$))+(?:[.!?]+|(?=\n)|$)")
#: endings of a town in the instrumental and the nominative's, for names not in the dictionary
TOWN_ENDINGS = (("ським", "ськ"), ("цьким", "цьк"), ("им", "е"), ("ою", "а"), ("ом", ""),
                 ("ем", ""), ("єм", "й"),
                 # the genitive of a town shaped as a neuter adjective ("поблизу
                 # Свердликового" → Свердликове, "біля Мирнового" → Мирнове)
                 ("ового", "ове"), ("евого", "еве"), ("євого", "єве"))


def town_nominative(word: str) -> str:
    """A one-word town in the nominative: by the dictionary, else by its ending ("Кліщіївкою"
    → Кліщіївка, "Коренєвим" → Коренєве); a name already in the nominative stays."""
    ps = parses(word.lower())
    for p in ps[:3]:
        if p.is_known and "NOUN" in p.tag.grammemes and p.tag.case not in (None, "nomn"):
            form = p.inflect({"nomn"})
            lemma = form.word if form is not None else p.normal_form
            return lemma[:1].upper() + lemma[1:]
    shaped = adjective_town(word)
    if shaped is not None:
        return shaped
    if ps and ps[0].is_known:
        return word
    if ps and {"NOUN", "plur"} <= ps[0].tag.grammemes and ps[0].tag.case in ("gent", "loct", "ablt",
                                                                            "datv"):
        form = ps[0].inflect({"nomn", "plur"})  # "під Кринками", "біля Кринок" → Кринки
        if form is not None:
            return form.word[:1].upper() + form.word[1:]
    for ending, nominative in TOWN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


#: a town's genitive the dictionary reads as an adjective, and the town's nominative
_ADJECTIVE_GENITIVE = (("ська", "ськ"), ("цька", "цьк"), ("ого", "е"))


def adjective_town(word: str) -> str | None:
    """A town shaped as an adjective, in the genitive a preposition of nearness gives it
    ("біля Покровська" → Покровськ, "у районі Куп'янська" → Куп'янськ, "поблизу Опитного" →
    Опитне, "біля Сіверського" → Сіверське): the dictionary reads the word first as an
    adjective, the town's noun in the genitive comes after (or, for a town it lacks, the
    ending tells it); None for a word read first as no adjective."""
    ps = parses(word.lower())
    if not any("ADJF" in p.tag.grammemes for p in ps[:1]):
        return None
    nouns = [p for p in ps if "NOUN" in p.tag.grammemes and "Surn" not in p.tag.grammemes]
    town = next((p for p in nouns if "inan" in p.tag.grammemes and p.tag.case == "gent"), None)
    if town is not None:
        form = town.inflect({"nomn"})
        name = form.word if form is not None else town.normal_form
        return name[:1].upper() + name[1:]
    if nouns:
        return None
    for ending, nominative in _ADJECTIVE_GENITIVE:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + nominative
    return None


def _adjective(word: str) -> bool:
    """A word the dictionary reads as an adjective, too, and first as no given name
    ("Часового", "Великої", "Старому"; not "Івана")."""
    ps = parses(word.lower())
    return bool(ps) and ps[0].is_known and any("ADJF" in p.tag.grammemes for p in ps) and not (
        {"Name", "Patr"} & ps[0].tag.grammemes)


_VOWELS = re.compile(r"[аеєиіїоуюяь'’ʼ-]")


def _key(word: str) -> str:
    """The first consonants of a word, alike in its nominative and its cases ("Часів" /
    "Часового", "Ріг" / "Рогу", "Яр" / "Яру")."""
    return _VOWELS.sub("", word.lower())[:3]


@cache
def _two_word_towns() -> tuple[tuple[str, str, UkrainianPlace], ...]:
    return tuple((_key(words[0]), _key(words[1]), p) for p in ukraine()
                 if p.kind == "city" and len(words := p.name_uk.split()) == 2)


def known_town(first: str, second: str) -> UkrainianPlace | None:
    """A town of two words in the reference table, in any case ("Кривого Рогу", "під Кривим
    Рогом"): each word's consonants begin with those of the table's word."""
    a, b = _VOWELS.sub("", first.lower()), _VOWELS.sub("", second.lower())
    return next((p for k1, k2, p in _two_word_towns() if a.startswith(k1) and b.startswith(k2)
                 and first[:1] == p.name_uk[:1]), None)


def place_nominative(first: str, second: str | None) -> str:
    """A place of one word, or of an adjective and a noun, in the nominative: a town of the
    reference table by its consonants ("Часового Яру" → Часів Яр, "Кривого Рогу" → Кривий
    Ріг), else the adjective agreeing with its noun ("Великої Березни" → Велика Березна,
    "Великих Гаїв" → Великі Гаї); a second word that is no noun of a place is left out."""
    known = known_town(first, second) if second else None
    if known is not None:
        return known.name_uk
    if not second or not _adjective(first) or not _place_noun(second):
        return town_nominative(first)
    if _reads_nominative(first, "ADJF") and _reads_nominative(second, "NOUN"):
        return f"{first} {second}"  # "смт Стара Синява", "села Великі Гаї"
    noun = town_nominative(second)
    ps = [p for p in parses(noun.lower()) if "NOUN" in p.tag.grammemes
          and p.tag.case == "nomn"][:1]
    grams = {"nomn"}
    if ps and ps[0].tag.number == "plur":
        grams.add("plur")
    elif ps and ps[0].tag.gender:
        grams.add(str(ps[0].tag.gender))
    for p in parses(first.lower()):
        if "ADJF" in p.tag.grammemes:
            form = p.inflect(grams)
            if form is not None:
                return f"{form.word[:1].upper()}{form.word[1:]} {noun}"
    return town_nominative(first)


def _place_noun(word: str) -> bool:
    """A word the dictionary does not know, or knows as the noun of a thing or a place and
    first as no name ("Березни", "Синява", "Гаї"; not "Івана", "Петренка")."""
    ps = parses(word.lower())
    if not ps or not ps[0].is_known:
        return True
    return not {"Name", "Surn", "Patr"} & ps[0].tag.grammemes and any(
        "NOUN" in p.tag.grammemes and bool({"inan", "Geox"} & p.tag.grammemes) for p in ps)


def _reads_nominative(word: str, pos: str) -> bool:
    return any(pos in p.tag.grammemes and p.tag.case == "nomn" for p in parses(word.lower()))


def _a_place(word: str) -> bool:
    """A word the dictionary reads as a place or a thing first, or does not know at all (not
    a name: "лікарні Мечникова")."""
    ps = parses(word.lower())[:2]
    return not ps or not ps[0].is_known or "Geox" in ps[0].tag.grammemes or (
        {"NOUN", "inan"} <= ps[0].tag.grammemes
        and not {"Name", "Surn", "Patr"} & ps[0].tag.grammemes)


def _adjective_nominative(word: str, gender: str = "masc") -> str:
    for p in parses(word.lower()):
        if "ADJF" in p.tag.grammemes:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    return re.sub(r"ому$", "ий", word) if gender == "masc" else re.sub(r"ій$", "а", word)


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
            value, end = place_nominative(m.group(1), m.group(2)), m.end(1)
            if " " in value:
                end = m.end(2)
            out.append(Fact("place_of_death", value, base + m.start(1), base + end,
                            {"settlement": True, "survived": _survived(body, m.start())}))
        for m in _WHERE.finditer(body):
            if any(f.start <= base + m.start(1) < f.end for f in out):
                continue
            value, end = place_nominative(m.group(1), m.group(2)), m.end(1)
            if " " in value:
                end = m.end(2)
            out.append(Fact("place_of_death", value, base + m.start(1), base + end,
                            {"settlement": True, "survived": _survived(body, m.end())}))
        for m in _DIRECTION.finditer(body):
            if _NOT_DEATH.search(body[: m.start()]):
                continue
            # as precise as the text gets: before the town a reader makes of its adjective
            out.append(Fact("place_of_death", f"{_adjective_nominative(m.group(1))} напрямок",
                            base + m.start(1), base + m.end(2), {"settlement": True}))
        for m in _AREA.finditer(body):
            if _NOT_DEATH.search(body[: m.start()]):
                continue
            district = m.group(2) == "районі"
            noun = "район" if district else "область"
            adjective = _adjective_nominative(m.group(1), "masc" if district else "femn")
            out.append(Fact("place_of_death", f"{adjective} {noun}", base + m.start(1),
                            base + m.end(2), {"settlement": False}))
        for m in _LAND.finditer(body):
            if _NOT_DEATH.search(body[: m.start()]):
                continue
            land = re.sub(r"(?:і|у)$", "а", m.group(1))
            out.append(Fact("place_of_death", land, base + m.start(1), base + m.end(1),
                            {"settlement": False}))
        for m in _HOSPITAL.finditer(body):
            if not DIED.search(body) or _NOT_DEATH.search(body[: m.start()]):
                continue
            for pattern in _HOSPITAL_TOWN:
                t = pattern.search(body[m.end() : m.end() + 60])
                if t and _a_place(t.group(1)):  # "лікарні Мечникова": a namesake, no town
                    a, b = base + m.end() + t.start(1), base + m.end() + t.end(1)
                    out.append(Fact("place_of_death", town_nominative(t.group(1)), a, b,
                                    {"settlement": True, "hospital": True}))
                    break
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
