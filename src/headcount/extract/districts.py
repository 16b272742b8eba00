"""Districts named after their town: "Ядринского муниципального округа", "Буйнакский район",
"Кологривский район", "Шарыповского округа" — the region the town is in.

A district (район, муниципальный или городской округ, улус, кожуун) is most often named by
an adjective made from its centre's name ("Ядрин" → "Ядринский", "Буйнакск" → "Буйнакский",
"Шарыпово" → "Шарыповский", "Кяхта" → "Кяхтинский"). The adjective's stem is looked up in the
demonym index generated from the settlement table (a stem of two towns names none), so
districts need no table of their own. Districts named after people or ideas ("Ленинский",
"Кировский", "Октябрьский") are in every region and name none.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.demonyms import town_by_stem
from headcount.extract.homes import find_village, home_settlements, village_by_stem
from headcount.extract.morph import parses
from headcount.reference import Settlement

#: an adjective in -ский / -цкий (Ukrainian -ський / -цький) before a word for a district,
#: "муниципальный" or "городской" between them
_DISTRICT = re.compile(
    r"\b([А-ЯЁІЇЄ][а-яёіїє'’]+(?:-[А-ЯЁІЇЄа-яёіїє][а-яёіїє'’]+)?(?:ск|цк|ськ|цьк)"
    r"(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ій|ої|ою|ім|а|е|у))\s+"
    r"(?:(?:муниципальн|городск|муніципальн|міськ)\w+\s+)?(?:район\w*|округ\w*|улус\w*|"
    r"кожуун\w*|"
    r"(?<=муниципального\s)образовани\w*|(?<=муниципальное\s)образование|"
    r"(?<=муниципальному\s)образованию|(?<=муниципальном\s)образовании)\b")
#: a Ukrainian adjective's letters and endings in Russian spelling ("Кулундинського" →
#: кулундинский), for the stem's look-up
_UK_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "'": "", "’": ""})
_UK_ADJECTIVE = re.compile(r"(?:ськ|цьк)(?:ий|ого|ому|им|ім|ої|ою|ій|а|е|у)$")
#: district names that are not a town's: in many regions at once
_GENERIC = frozenset({
    "ленинский", "кировский", "советский", "октябрьский", "первомайский", "пролетарский",
    "красноармейский", "калининский", "свердловский", "фрунзенский", "дзержинский",
    "куйбышевский", "ворошиловский", "орджоникидзевский", "железнодорожный", "заводской",
    "центральный", "промышленный", "индустриальный", "кузнецкий", "приморский", "северный",
    "южный", "западный", "восточный", "городской", "сельский", "муниципальный", "московский",
    "коминтерновский", "ждановский", "комсомольский", "пушкинский", "гагаринский",
    "чкаловский", "мичуринский", "краснознамённый", "краснознаменный", "заречный",
})
#: suffixes of the adjective, the longest first; what is left is the town's stem
_SUFFIXES = ("инский", "ынский", "ский", "цкий")


def town_of_district(adjective: str) -> Settlement | None:
    """The town a district adjective names ("Ядринского" → Ядрин), or None."""
    word = adjective.lower()
    if (uk := _UK_ADJECTIVE.search(word)) is not None:  # Ukrainian: "Кулундинського"
        lemma = word[: uk.start()].translate(_UK_LETTERS) + (
            "цкий" if uk.group(0).startswith("ц") else "ский")
    else:
        ps = parses(word)
        lemma = ps[0].normal_form if ps else word
    lemma = lemma.replace("ё", "е")
    if lemma in _GENERIC:
        return None
    abroad = None
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix):
            stem = lemma[: -len(suffix)] + ("ц" if suffix == "цкий" else "")
            town = town_by_stem(stem) or _short_town(stem) or _fleeting(stem)
            if town is not None and town.region_code.startswith("RU-"):
                return town
            abroad = abroad or town
    named = _named_village(lemma)
    if named is not None:
        return named  # "Каневского района": Каневская's (Kuban), not Канев's (Ukraine)
    if abroad is not None:
        return abroad
    for suffix in _SUFFIXES:  # a district named after a village: "Кочёвский" → Кочёво
        if lemma.endswith(suffix):
            village = village_by_stem(lemma[: -len(suffix)] + ("ц" if suffix == "цкий" else ""))
            if village is not None:
                return village
    return None


_VOWELS = frozenset("аеёиоуыэюя")


def _fleeting(stem: str) -> Settlement | None:
    """A town whose name loses a vowel the adjective has ("вязем" → Вязьма, "Вяземский";
    "ельн" keeps it): the stem with its last "е" between consonants dropped or softened."""
    if len(stem) < 4 or stem[-2] != "е" or stem[-3] in _VOWELS or stem[-1] in _VOWELS:
        return None
    for alt in (stem[:-2] + "ь" + stem[-1], stem[:-2] + stem[-1]):
        town = town_by_stem(alt)
        if town is not None and town.region_code.startswith("RU-"):
            return town
    return None


def _named_village(lemma: str) -> Settlement | None:
    """The one village in Russia named by the district's adjective itself, in the feminine
    (a stanitsa: "каневский" → Каневская, "брюховецкий" → Брюховецкая), or None."""
    if not lemma.endswith("ий"):
        return None
    found = find_village(lemma[:-2] + "ая")
    if len(found) != 1 or found[0].ambiguous or not found[0].region_code.startswith("RU-"):
        return None
    return found[0]


#: endings a short town's name loses before a district's suffix ("Зим|а" → "Зиминский")
_SHORT_ENDINGS = ("а", "о", "я", "ы", "и", "ь", "е")


@cache
def _short_towns() -> dict[str, Settlement | None]:
    out: dict[str, Settlement | None] = {}
    for s in home_settlements():
        name = s.name.lower().replace("ё", "е")
        if len(name) <= 4 and name[-1] in _SHORT_ENDINGS:
            stem = name[:-1]
            out[stem] = None if stem in out and out[stem] != s else s
    return out


def _short_town(stem: str) -> Settlement | None:
    """A town of a short name the demonyms' stems leave out ("зим" → Зима, "ув" gives none:
    Ува is a village): a district named after it is its ("Зиминский район" is Зима's, not a
    village Зимино's)."""
    return _short_towns().get(stem) if 2 <= len(stem) < 4 else None


def find_districts(text: str) -> list[tuple[int, int, Settlement]]:
    """Every district named after a town: (start, end of the phrase, the town)."""
    out = []
    for m in _DISTRICT.finditer(text):
        town = town_of_district(m.group(1))
        if town is not None and not town.ambiguous and not _other_region_after(
                text, m.end(), town.region_code):
            out.append((m.start(), m.end(), town))
    return out


def _other_region_after(text: str, end: int, code: str) -> bool:
    """Another region or a town of another region named right after the district
    ("Каневского района Черкасской области", "Николаевского района Ульяновской области",
    "Днепровского района Херсона"): the district is theirs, not the town's or stanitsa's of
    its stem."""
    from headcount.extract.places import other_region_after, other_town_after

    return other_region_after(text, end, code) or other_town_after(text, end, code)


#: words for a municipality that one region alone uses: Yakutia's rural "наслег", Tuva's
#: districts ("кожуун") and rural settlements ("сумон"); the region is named with them
_ONE_REGION = {"наслег": "RU-SA", "кожуун": "RU-TY", "сумон": "RU-TY"}
_ONE_REGION_WORD = re.compile(r"\b(наслег|кожуун|сумон)(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b", re.I)


#: a district called "улус" after its adjective: Yakutia's alone ("Горного улуса", "в
#: Чурапчинском улусе"); Buryatia's "улус" is a village, written before its name ("улус
#: Шалуты"), and names no region here
_YAKUT_ULUS = re.compile(r"\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ий|ого|ому|им|ом)\s+"
                         r"(улус(?:а|у|ом|е)?)\b")


def find_regional_units(text: str) -> list[tuple[int, int, str]]:
    """Municipalities named by a word only one region uses ("МО «Бетюнский наслег»",
    "Барун-Хемчикского кожууна", "Горного улуса"): (start, end of the word, the region's
    code)."""
    return [*((m.start(), m.end(), _ONE_REGION[m.group(1).lower()])
              for m in _ONE_REGION_WORD.finditer(text)),
            *((m.start(1), m.end(1), "RU-SA") for m in _YAKUT_ULUS.finditer(text))]
