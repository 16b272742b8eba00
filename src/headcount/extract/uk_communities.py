"""Ukrainian communities and districts named after their town: "Тетіївська міська рада",
"житель Оржицької громади", "с. Дубрівка Бердичівського району", "із Коломийщини" — the
oblast the town is in.

A hromada, its council and a district (район) are named by an adjective made from the
centre's name ("Тетіїв" → "Тетіївська", "Хмільник" → "Хмільницька", "Біла Церква" →
"Білоцерківський", "Стара Синява" → "Старосинявська", "Ланівці" → "Лановецька"). The
adjective and the towns of ``headcount.reference.ukraine`` are compared by their consonants
(the skeleton of ``ukrainian.skeleton``; the town's less a closing -ськ/-цьк/к/ц, the
adjective's less its suffix -ськ-/-цьк- and a closing й), so
no table of communities is needed; an adjective two towns could make names none.

A local council's or community's own announcement names the home of the people it mourns:
a weak fallback (``context``), used when no home region is stated; after a home cue
("житель Оржицької громади") it is that person's home region. A district after a word of
dying ("загинув у Бахмутському районі") is a place of death, never a home.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.homes import occupied, town_index
from headcount.extract.model import Fact
from headcount.extract.morph import language, parses
from headcount.extract.ukrainian import skeleton

_UP = "А-ЯІЇЄҐ"
_LOW = "а-яіїєґ'’ʼ"
#: an adjective in -ська/-цька (any case) before a council, community or district
_UNIT = re.compile(
    rf"(?<![{_LOW}])([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:ськ|цьк)(?:а|ої|ій|у|ою|ий|ого|ому|"
    rf"им|ім|е|і|их))\s+(?:(?:міськ|селищн|сільськ|територіальн|об['’ʼ]єднан)\w*\s+)?"
    rf"(?:(?:територіальн)\w*\s+)?(рад[аиіуо]\w*|громад\w*|ОТГ|ТГ|район\w*|р-н\w*)(?![{_LOW}])")
HOME_CUE = re.compile(
    r"(?:мешкан\w*|жител\w*|уродж\w*|родом\s+(?:з|із)|земля\w*|(?<![\w'’ʼ])(?:з|із))\s+"
    r"(?:(?:села|с\.|смт|селища|міста|м\.)\s*[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?"
    r"\s*,?\s*)?$", re.I)
#: Ukrainian words of a death, a wound or a battle, and of captivity or going missing (the
#: places' rules read them too: "загинув у Бахмутському районі", "зник безвісти під …")
DEATH_WORDS = r"загин\w*|загибел\w*|помер\w*|поранен\w*|бо[їя]\w*"
CAPTIVITY_WORDS = r"зник\w*|полон\w*"
#: a district where someone died, fought or is buried: not a home
NOT_HOME = re.compile(rf"\b(?:{DEATH_WORDS}|{CAPTIVITY_WORDS}|полег\w*|вбит\w*|похован\w*|"
                       r"поховал\w*|служи\w*|працю\w*|навча\w*|напрям\w*)\b[^.!?;]{0,40}$",
                      re.I)
_STRIP_TOWN = re.compile(r"(?:ськ|цьк|ск|цк|к|ц)$")
_CASE = re.compile(r"(?<=ськ|цьк)\w*$")
#: the adjective a town's name makes, by its ending: Хмільник → хмільницьк, Оржиця →
#: оржицьк, Коломия → коломийськ, Світловодськ → світловодськ, Тетіїв → тетіївськ
_MAKES = (("ськ", "ськ"), ("цьк", "цьк"), ("ець", "ецьк"), ("ик", "ицьк"), ("ук", "уцьк"),
          ("івка", "івськ"), ("ївка", "ївськ"), ("ця", "цьк"), ("ія", "ійськ"),
          ("ия", "ийськ"), ("а", "ськ"), ("я", "ськ"), ("е", "ськ"), ("і", "ськ"), ("и", "ськ"),
          ("", "ськ"))


def _adjective(name: str) -> str:
    low = name.lower().replace(" ", "")
    for end, made in _MAKES:
        if low.endswith(end):
            return low[: len(low) - len(end)] + made
    return low


@cache
def _indexes() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Ukrainian towns by the adjective they make, and by their consonants (less a closing
    suffix): key → the oblast's code of the one town with it (None: several)."""
    return (town_index(lambda p: (_adjective(p.name_uk),), 2),
            town_index(lambda p: (_STRIP_TOWN.sub("", skeleton(p.name_uk)),), 2))


#: common adjectives in -ський/-цький no town's name makes, though a town's may look alike
#: ("Українська громада Чикаго" is no community of Українськ)
_COMMON = frozenset({
    "український", "міський", "сільський", "селищний", "обласний", "районний",
    "територіальний", "об'єднаний", "громадський", "державний", "національний",
    "європейський", "американський", "канадський", "польський", "російський",
    "єврейський", "християнський", "козацький", "людський", "світський", "братський"})


def _common(adjective: str) -> bool:
    """Whether an adjective is a common one rather than a town's: one of ``_COMMON``, or a
    quality that has degrees (a colour or a size: "Червона", "Велика")."""
    with language("uk"):
        for p in parses(adjective.lower().replace("’", "'").replace("ʼ", "'")):
            if "ADJF" not in p.tag.grammemes:
                continue
            if "compb" in p.tag.grammemes or p.normal_form.replace("ʼ", "'") in _COMMON:
                return True
    return False


def oblast_of(adjective: str) -> str | None:
    """The oblast's code of the town an adjective of a community or district is made from
    ("Тетіївської" → UA-32, "Хмільницький" → UA-05, "Білоцерківського" → UA-32), or None."""
    if _common(adjective):
        return None
    low = adjective.lower()
    made, consonants = _indexes()
    stem = _CASE.sub("", low)
    if stem in made:
        return made[stem]
    bare = re.sub(r"(?:ськ|цьк)$", "", stem)
    if len(bare) < 3:
        return None
    return consonants.get(re.sub(r"й$", "", skeleton(bare)))  # "Коломийська" ↔ Коломия


#: a land named after its town, after "з" or a word of a native ("із Коломийщини",
#: "уродженець Ніжинщини")
_LAND = re.compile(rf"(?i:(?<![{_LOW}])(?:з|із|зі)|уродж\w+|мешкан\w+|жител\w+)\s+"
                   rf"([{_UP}][{_LOW}]+)(щин|ччин)(?:а|и|у|і|ою)(?![{_LOW}])")


def land_oblast(stem: str) -> str | None:
    """The oblast's code of the town a land's stem names ("Коломий" of "Коломийщина" →
    UA-26, "Кременчу" of "Кременчуччина" → UA-53), or None."""
    _, consonants = _indexes()
    key = re.sub(r"й$", "", skeleton(stem))
    return consonants.get(key) if len(key) >= 2 else None


def find_communities(text: str) -> list[Fact]:
    """Home regions from communities, districts and lands named after a Ukrainian town."""
    out: list[Fact] = []
    for m in _LAND.finditer(text):
        code = land_oblast(m.group(1) + ("ч" if m.group(2) == "ччин" else ""))
        if code is not None:
            out.append(Fact("region", code, m.start(1), m.end(), {"occupied": occupied(code)}))
    for m in _UNIT.finditer(text):
        code = oblast_of(m.group(1))
        if code is None:
            continue
        before = text[max(0, m.start() - 80) : m.start()]
        cue = bool(HOME_CUE.search(before))
        if not cue and NOT_HOME.search(before):
            continue
        district = m.group(2).lower().startswith(("район", "р-н"))
        if district and not cue:
            continue  # a district alone may be where someone fought: only a home's district
        extra: dict[str, object] = {"inferred": True, "district": True,
                                 "occupied": occupied(code)}
        if not cue:
            extra["context"] = True
        out.append(Fact("region", code, m.start(1), m.end(2), extra))
    return out
