"""Home, citizenship and place of death in English text.

A home is a capitalised place after a home cue ("a native of", "from", "resident of",
"lived in", "grew up in", "village of") or a place in a list entry right after a name and
its year ("Denis Sokolov, 1996, Shadrinsk –"). Russian regions are found by their English
names in the reference table ("Irkutsk region", "Kurgan Oblast", "Buryatia"); Russian
towns by a transliteration key of the table's names ("Prokopyevsk" = Прокопьевск), which
gives the region (``inferred``) unless the name exists in several regions. A workplace,
a school or a burial place is never read as home: only the cues make one. Citizenship comes
from the country table's English names and demonyms (the same table the Russian reader
uses): "a Cuban citizen", "Uzbek citizen", "a citizen of Nepal", "from Nepal".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from headcount.extract.en_abroad import division_country, is_province, shared_division_country
from headcount.extract.homes import occupied, town_index
from headcount.extract.listed_countries import list_entry
from headcount.extract.model import Fact
from headcount.reference import Country, Region, countries, regions, settlements, villages

_PLACE = (r"[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+){0,2}"
          r"(?:\s+(?:ez|el|al|as|ad|ash|an|ar)-[A-Z][\w'’-]+)?"
          # Spanish names with a particle: "Ciego de Ávila", "Pinar del Río", "Santiago de Cuba"
          r"(?:\s+(?:de|del|de\s+la|de\s+los)\s+[A-Z][\w'’-]+)?")
_HOME_CUE = re.compile(
    # a cue opening a sentence is capitalised: "Born in Poltava, …", "A native of Kathmandu,"
    rf"\b(?:(?:[Aa]\s+|[Tt]he\s+)?[Nn]atives?\s+of|[Rr]esidents?\s+of|inhabitants?\s+of|"
    rf"(?:who\s+)?(?:had\s+)?lived\s+in|living\s+in|(?:who\s+)?lives\s+in|[Gg]rew\s+up\s+(?:here\s+)?in|"
    rf"[Hh]ails?\s+from|hailed\s+from|"
    rf"(?:was\s+)?[Bb]orn\s+(?:(?:on\s+)?[\w ,]{{0,20}}?(?:1[89]|20)\d\d,?\s+)?"
    # "born and raised in Kirov", "raised in Kisumu"
    rf"(?:and\s+(?:raised|bred|brought\s+up)\s+)?in|(?<![Ww]ere\s)[Rr]aised\s+in|"
    rf"[Oo]riginally\s+from|is\s+from|was\s+from|who\s+(?:had\s+)?came\s+from|"
    # "lived with his mother in Cienfuegos"
    rf"(?:lived|lives|living)\s+with\s+(?:his|her|their|[A-Z]\w+)\s+(?:[\w'’-]+\s+){{0,6}}?in|"
    rf"(?<![Rr]eturned\s)(?<![Ff]led\s)(?<![Cc]ame\s)(?<![Mm]oved\s)(?<![Tt]ravelled\s)"
    rf"(?<![Ff]ar\s)(?<![Aa]way\s)(?<![Rr]eleased\s)(?<![Rr]ecruited\s)(?<![Dd]ischarged\s)"
    rf"\bfrom|home\s*(?:town|village)\s+of|(?:village|town|city|settlement)\s+of|"
    # going home, the place after it: "his coffin came home to Novokuznetsk", "they will
    # return home, to Yakutsk", "buried at home in Kovrov"
    rf"(?:[Cc]ame|[Cc]omes?|[Cc]oming|[Bb]rought|[Rr]eturn(?:ed|s|ing)?|[Ss]ent|[Ff]lown|"
    rf"[Tt]aken|[Gg]o(?:ne|ing|es)?|[Ww]ent|[Gg]ot)\s+(?:back\s+)?home,?\s+to|"
    rf"\b(?:at|back)\s+home,?\s+in|\b[Hh]is\s+home\s+in|"
    rf"(?<=\d,\s)of)\s+"
    rf"(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:village|town|city|settlement|district)\s+of\s+)?"
    # "who lives in neighbouring Zhemchug", "from nearby Kondopoga"
    rf"(?:(?:neighbou?ring|nearby|the\s+nearby)\s+)?"
    rf"({_PLACE})"
)
#: a home in brackets right after a name: "Mr. Dil Bahadur Rai (Dharan)", "KUZNETSOV Denis
#: (b. 1993, Bratsk)", "Sandip Shrestha, 22 (Kathmandu)"
_BRACKET_HOME = re.compile(rf"\s*(?:,\s*\d{{1,2}}\s*)?\((?:(?:b\.|born)\s*)?"
                           rf"(?:(?:1[89]|20)\d\d\s*,\s*)?({_PLACE})\)")
#: "of" right after a name gives a home; not a possessive ("of Pskov's 76th division")
_NAME_OF = re.compile(rf"(?:\s*\((?:b\.|born)\s*(?:1[89]|20)\d\d\))?"
                      rf",?\s+of\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?({_PLACE})"
                      rf"(?!['’]s\b|[\w'’-])")
_WHERE_LIVED = re.compile(
    rf"\b(?:in|to)\s+({_PLACE}),\s+where\s+(?:he|she)\s+(?:had\s+)?(?:lived|was\s+living)\b|"
    rf"\bhome\s+(?:was|is)\s+in\s+({_PLACE})|"
    # the family speaking from home: "his family in Waling, Syangja said", "his family in
    # Kisumu told reporters"
    rf"\b(?:[Hh]is|[Hh]er)\s+family\s+in\s+({_PLACE})(?=(?:,\s+{_PLACE})?,?\s+(?:said|says|told|"
    rf"confirmed|reported)\b)|"
    rf"\b({_PLACE})\s+(?:resident|residents|native|natives|local)\s+(?=[A-Z])|"
    # "a Syktyvkar resident, was …", "our fellow Kurgan resident": the town before the noun
    rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ur|[Hh]is|[Hh]er|[Ff]ellow|[Ll]ong-?time|[Ll]ifelong)\s+"
    rf"(?:(?:fellow|long-?time|lifelong)\s+)?({_PLACE})\s+residents?\b|"
    # "another Narayanpet man, Syed Ilyas Hussaini": a town's man named after him
    rf"\b(?:[Aa]n?|[Aa]nother|[Tt]he\s+other)\s+({_PLACE})\s+(?:man|woman|youth|boy|girl|"
    rf"resident|native)\s*,\s+(?=[A-Z])")
#: a birthplace said before a noun: "a Pechora native serving nine years", "Tver-born
#: soldier Ivan Petrov" (a country's demonym before "-born" is no town: "Tajik-born")
_BORN_AFTER = re.compile(
    rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ur|[Hh]is|[Hh]er|[Ff]ellow)\s+(?:fellow\s+)?({_PLACE})"
    rf"\s+natives?\b|"
    r"(?<![\w'’-])([A-Z][\w'’]+(?:[- ][A-Z][\w'’]+)?)-born\b")
#: a home cue that tells where someone was born or comes from, not where they lived
_BIRTH_HOME = re.compile(r"\b(?:native|born|birth|hometown|home\s+(?:town|village)|grew\s+up|"
                         r"originally)\b[^.,;]{0,25}$", re.I)
_REGION_WORD = r"(?:region|oblast|krai|territory|republic|province|Region|Oblast|Krai|Republic)"
_REGION = re.compile(rf"\b({_PLACE})\s+{_REGION_WORD}\b|\b(?:Republic\s+of\s+)({_PLACE})")
_NOT_PLACE = frozenset({"The", "A", "His", "Her", "Their", "Russia", "Russian", "Ukraine",
                        "Ukrainian", "Moscow's", "Our", "This", "That", "Storm-Z", "Wagner",
                        "PMC", "January", "February", "March", "April", "May", "June", "July",
                        "August", "September", "October", "November", "December"})
_CITIZEN_BEFORE = re.compile(
    r"(?:citizens?\s+of|nationals?\s+of|subjects?\s+of|passport\s+of|"
    r"(?:embassy|consulate)\s+of|"
    r"(?<!native\s)(?<!natives\s)\bfrom)\s+(?:the\s+)?$", re.I)
#: "Relatives in Cuba say", "his family in Nepal": the person's country
_FAMILY_IN = re.compile(r"\b(?:relatives|family|parents|mother|father|wife|widow)\s+(?:back\s+)?"
                        r"(?:home\s+)?in\s+(?:the\s+)?$", re.I)
_CITIZEN_AFTER = re.compile(r"\s+(?:citizens?|nationals?|passport\s+holders?)\b", re.I)
#: a demonym gives citizenship before a word for a person ("Iraqi citizen", "Cuban recruit",
#: "Sri Lankan ex-soldier"), not before anything else ("Cuban outlet", "Ukrainian captivity")
_NATIONAL_AFTER = re.compile(
    r"(?:\s+(?:former|ex-|young|retired|army|military|contract|migrant|foreign))*\s*"
    r"(?:citizens?|nationals?|subjects?|man|men|woman|women|boy|guy|soldiers?|ex-soldiers?|"
    r"ex-servicem[ae]n|servicem[ae]n|serviceman|mercenar(?:y|ies)|recruits?|students?|"
    r"workers?|labou?rers?|migrants?|volunteers?|fighters?|veterans?|drivers?|teenagers?|"
    r"youths?|athletes?|boxers?|wrestlers?|nurses?|doctors?|engineers?|cooks?|builders?|"
    r"farmers?|father|husband|son|brother|prisoners?|convicts?|inmates?|POWs?|"
    r"runners?|players?|footballers?|journalists?|activists?|tourists?|teachers?|"
    r"mechanics?|welders?|electricians?|guards?|couriers?|chefs?|waiters?|nationals?|"
    r"residents?|expats?|emigrants?|immigrants?|job\s+seekers?|jobseekers?|embassy|consulate|"
    r"contract\s+soldiers?|paratroopers?|sergeant|private|officers?|captives?|"
    r"deserters?|passport\s+holders?|-born)\b", re.I)
_RU_PERSON_AFTER = re.compile(r"\s+(?:citizens?|nationals?|passport\s+holders?|soldiers?|"
                              r"servicem[ae]n|serviceman|prisoners?\s+of\s+war|POWs?|"
                              r"conscripts?|paratroopers?|contract\s+soldiers?)\b", re.I)
_DEATH_CUE = re.compile(
    r"\b(?:killed|died|perished|fell|lost\s+(?:his|her)\s+life|death|dead|KIA|"
    r"fatally\s+wounded|passed\s+away|gave\s+(?:his|her)\s+life|succumbed|was\s+shot|"
    # the enemy's words of a kill and a life laid down: "Liquidated on 2 March near Bakhmut"
    r"liquidated|eliminated|neutrali[sz]ed|laid\s+down\s+(?:his|her)\s+life)\b",
    re.I)
_DEATH_PLACE = re.compile(
    rf"\b(?:near|outside|at|in|around|close\s+to|on\s+the\s+outskirts\s+of|"
    # "during an assault on Chasiv Yar", "in the battle for Vuhledar", "on the Avdiivka front"
    rf"(?:assault|attack|advance|offensive|push|storming|strike|strikes|shelling|bombardment)\s+"
    rf"(?:on|of)|"
    rf"(?:battle|battles|fight|fighting|fights)\s+(?:for|over|around)|"
    rf"on(?=\s+the\s+[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)?\s+(?:front|direction|axis|sector)\b))\s+"
    # "in the area of Artyomovsk", "in the vicinity of the village of Robotyne"
    rf"(?:the\s+(?:area|vicinity|environs)\s+of\s+)?"
    rf"(?:(?:a|the)\s+(?:village|town|city)\s+of\s+|the\s+|Ukraine's\s+)?"
    # "in occupied Donetsk", "near Russian-held Tokmak", "in eastern Ukraine"
    rf"(?:(?:(?:Russian|Ukrainian)-)?(?:occupied|held|controlled)\s+|(?:eastern|southern|"
    rf"northern|western|embattled|besieged|frontline|front-line|ruined|devastated)\s+)?"
    rf"({_PLACE}(?:\s+(?:border\s+)?(?:direction|region|oblast|front|sector|axis|area|Oblast|"
    rf"Region))?)")
_ZONE = re.compile(r"\b(?:the\s+)?(?:special\s+military\s+operation|SMO)\s+zone\b|\bzone\s+of\s+"
                   r"the\s+special\s+military\s+operation\b", re.I)
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December)")
_HOSPITAL = re.compile(rf"\b(?:in|at)\s+(?:a\s+|the\s+)?(?:[A-Z][\w-]+\s+){{0,2}}?"
                       rf"(?i:(?:(?:military|regional|district|city|field|local|clinical|"
                       rf"central)\s+)?(?:hospital|clinic|infirmary|medical\s+cent(?:er|re)))"
                       # its number: "in City Hospital No. 1 in Rostov"
                       rf"(?:\s+(?:No\.?|#|№)\s*\d+)?,?\s+in\s+(?!{_MONTH_NAMES}\b)({_PLACE})")
#: the town of a hospital named before it: "in a Rostov hospital", "at a Belgorod military
#: hospital" (a hospital named after a person, "the Burdenko hospital", is no town)
_TOWN_HOSPITAL = re.compile(rf"\b(?:in|at)\s+(?:a|the)\s+({_PLACE})\s+(?:(?:military|regional|"
                            rf"district|city|field)\s+)?(?:hospital|clinic|infirmary)\b")
#: the dot of an abbreviated month ("killed on Aug. 11 near Mykolaiv") ends no clause
_MONTH_DOT = "".join(rf"(?<!\b{m})" for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                                              "Sep", "Sept", "Oct", "Nov", "Dec"))
#: nor does the dot of a number's abbreviation ("in City Hospital No. 1 in Rostov")
_CLAUSE_END = re.compile(_MONTH_DOT + r"(?<!\bNo)\.(?=\s|$)|\.(?=\s+[^\d\s]|\s*$)|"
                         r"[;!?\n]|\b(?:went\s+missing|missing|captured|who|joined|"
                         r"signed|born|lived|buried|funeral|farewell)\b|,\s+(?:but|and\s+(?:his|her|was)|while|where|who|after|"
                         r"when|his|her|according)\b|\s(?:before|since|but)\s|"
                         r"\safter\s(?!(?:\S+\s){0,8}?(?:fire|strike|shelling|attack|"
                         r"explosion|bombardment)\b)")
_LIST_HOME = re.compile(rf"\s*,?\s*(?:\(?(?:b\.\s*)?(?:1[89]|20)\d\d\)?|\d{{1,2}}|"
                        rf"[\d.]+\s*[-–—]\s*[\d.]+)?\s*,\s*(?:(?:the\s+)?(?:village|town|city)\s+of\s+)?"
                        rf"({_PLACE})\s*(?=[,–—(;:\n-]|\.(?:\s|$)|$)")


#: the English words for each kind of federal subject: "Altai Territory" is Altai Krai,
#: "Altai Republic" the republic, when two subjects share a stem
_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "край": (" krai", " kray", " territory"),
    "республика": (" republic",),
    "область": (" oblast", " region"),
}


@cache
def _region_names() -> dict[str, Region]:
    out: dict[str, Region] = {}
    for r in regions():
        if not r.name_en:
            continue
        full = r.name_en.lower().replace(".", ". ").replace("  ", " ").strip()
        out[full] = r
        for word in (" oblast", " krai", " republic", " region"):
            if full.endswith(word):
                out[full[: -len(word)]] = r
        stem = re.sub(r" (?:oblast|krai|republic|region)$", "", full)
        for word in (" oblast", " krai", " kray", " republic", " region", " territory",
                     " autonomous okrug", " autonomous oblast", " autonomous district",
                     " okrug"):
            if word in _TYPE_WORDS.get(r.type.lower(), ()):
                out[stem + word] = r  # "Altai Territory" is the krai, not the republic
            else:
                out.setdefault(stem + word, r)
        if r.code == "RU-SPE":
            out["st petersburg"] = out["saint petersburg"] = out["petersburg"] = r
        if r.code == "RU-SA":
            out["yakutia"] = r
        if r.code == "RU-KHM":
            out["khanty-mansiysk"] = out["yugra"] = r
        if r.code == "RU-ZAB":
            out["zabaikalsky"] = out["zabaikalye"] = out["transbaikal"] = r
        if r.code == "RU-ALT":
            out["altai"] = r
        if r.code == "RU-KDA":
            out["kuban"] = r
        if r.code == "RU-KEM":
            out["kuzbass"] = r
    return out


#: a burial place before a region named without a cue, in its clause
_BURIED_BEFORE = re.compile(r"\b(?:cemetery|graves?|graveyard|buried|burial|funeral|"
                            r"memorial|crosses)\b[^.;:\n]*$", re.I)


def find_region(name: str) -> Region | None:
    """The region an English name stands for: "Irkutsk", "Kurgan Oblast", "Buryatia"."""
    key = " ".join(name.lower().replace("’", "'").replace(".", ". ").split())
    key = re.sub(r"'s$", "", key)
    return _region_names().get(key)


@cache
def _settlement_keys(loose: bool) -> dict[str, list[tuple[str, str, int, bool]]]:
    from headcount.names.translit import loose_key, phonetic_key

    key = loose_key if loose else phonetic_key
    out: dict[str, list[tuple[str, str, int, bool]]] = {}
    for s in settlements():
        out.setdefault(key(s.name), []).append(
            (s.name, s.region_code, s.population, s.ambiguous))
    return out


def find_settlement(name: str) -> tuple[str, str | None] | None:
    """(Russian name, region code or None if ambiguous) of a Russian town written in Latin."""
    from headcount.names.translit import loose_key, phonetic_key

    if not name[:1].isupper():
        return None
    hits = _settlement_keys(False).get(phonetic_key(name)) or _settlement_keys(True).get(
        loose_key(name))
    if not hits:
        return None
    best = max(hits, key=lambda h: h[2])
    others = [pop for _, code, pop, _ in hits if code != best[1]]
    # a town by far the largest of its name is meant ("Kirov" is Киров of the Кировская
    # область, not the small Киров near Kaluga), as Ukrainian text reads it
    ambiguous = best[2] < 5 * max(others) if others else best[3]
    return best[0], None if ambiguous else best[1]


@cache
def _village_keys() -> dict[str, set[str]]:
    """Keys by sound of the village table's villages (their GeoNames Latin name and their
    Russian and Ukrainian names) → the regions with a village of that key ("" for a name
    that is also a common word or a town's); the looser keys the towns have would meet
    too many names abroad ("Douala" is no Дюла)."""
    from headcount.names.translit import phonetic_key

    towns = _settlement_keys(False)
    out: dict[str, set[str]] = {}
    for v in villages():
        if v.region_code.startswith("UA-") and not occupied(v.region_code):
            continue  # Ukraine's towns have their own table; its villages' Latin names
            # meet too many towns abroad ("Mogilev", "Brest")
        for n in {v.name_en, v.name, *v.aliases, *v.names_uk}:
            k = phonetic_key(n)
            if len(k) > 3:
                out.setdefault(k, set()).add("" if v.ambiguous or v.common or k in towns
                                             else v.region_code)
    return out


def find_village_region(name: str) -> str | None:
    """The region of a village of Russia or of an occupied region written in Latin
    ("Kulunda" → RU-ALT, "Kochevo" → RU-PER) when one region only has a village of that
    name and the name is no common word."""
    from headcount.names.translit import phonetic_key

    if not name[:1].isupper():
        return None
    codes = _village_keys().get(phonetic_key(name), set())
    return next(iter(codes)) if len(codes) == 1 and "" not in codes else None


#: a ward or municipality number after a town ("Putalibazar Municipality-8", "Besisahar
#: Municipality 5", "Bharatpur Metropolitan City-10"): the town is the name before it
_WARD = re.compile(r"\s+(?:Rural\s+|Sub-?\s*)?(?:Municipality|Metropolitan(?:\s+City)?|VDC|"
                   r"Ward)(?:[- ]?(?:No\.?\s*)?\d+)?$", re.I)


def _place_facts(name: str, start: int, end: int, cue: str, after: str = "",
                 text: str = "") -> list[Fact]:
    """Home facts for a place named after a home cue: a region, or a settlement (with the
    region it lies in when the table knows it), or a foreign place as written."""
    name = _WARD.sub("", re.sub(r"['’]s$", "", name))
    end = start + len(name)
    region = find_region(name)
    regional = re.match(rf"\s+{_REGION_WORD}\b", after)
    if region is not None and region.occupied and not regional and " " not in name:
        # "a resident of Donetsk": the city, in the occupied region named after it
        return [Fact("settlement", name, start, end, {"cue": cue}),
                Fact("region", region.code, start, end, {"inferred": True, "occupied": True})]
    if region is not None and (regional or " " in name or find_settlement(name) is None):
        return [Fact("region", region.code, start, end, {"occupied": region.occupied,
                                                         "cue": cue})]
    words = name.split()
    if words and words[-1].lower() in ("district", "okrug", "oblast", "krai", "region",
                                       "republic", "province", "county"):
        return []  # a region the table does not know, or a district: no settlement
    if re.match(r"\s+(?:province|state|district|county|governorate|region)\b", after) or \
            is_province(name):
        return []  # a foreign province is no settlement ("from Kerala", "Gandaki province")
    if re.match(r"\s+(?:volunteer\s+)?(?:battalion|brigade|regiment|division|detachment|unit|"
                r"company|group|corps|squad|PMC)\b", after, re.I):
        return []  # "of the Vostok battalion": a unit's name
    abroad = re.match(r"\s*(?:,\s*|\s+in\s+)(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
                      after)
    country = abroad and (_country(abroad.group(1)) or _country(abroad.group(1).split()[0]))
    if country and country.code != "RU":
        # "Osh in Kyrgyzstan", "Kandy, Sri Lanka": a town abroad, whatever its namesakes
        return [Fact("settlement", name, start, end, {"cue": cue, "abroad": True})]
    found = find_settlement(name)
    out = [Fact("settlement", name, start, end, {"cue": cue})]
    if found is not None and found[1] is not None:
        out.append(Fact("region", found[1], start, end, {"inferred": True, "cue": cue}))
    elif found is None and (oblast := ukrainian_town_oblast(
            name, _ukrainian_context(text, start))) is not None:
        # "a resident of Kharkiv", "of Vinnytsia": a town of Ukraine gives its oblast
        out.append(Fact("region", oblast, start, end, {"inferred": True, "cue": cue,
                                                       "occupied": occupied(oblast)}))
    elif found is None and (village := find_village_region(name)) is not None:
        # "from Kulunda", "a native of Kochevo": a village of one region (GeoNames)
        out.append(Fact("region", village, start, end, {"inferred": True, "cue": cue,
                                                        "occupied": occupied(village)}))
    return out


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d.lower() for c in countries() for d in c.demonyms_en)


def _demonym(name: str) -> bool:
    """A country's English demonym ("Tajik", "Kenyan")."""
    return name.lower() in _demonyms()


def _country(name: str) -> Country | None:
    return _countries_by_name().get(name.lower())


@cache
def _countries_by_name() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries():
        if c.name_en:
            out[c.name_en.lower()] = c
    return out


@cache
def _country_patterns() -> list[tuple[re.Pattern[str], Country, bool]]:
    """(pattern, country, is_demonym) for English country names and demonyms."""
    out = []
    for c in countries():
        if c.name_en:
            out.append((re.compile(rf"\b{re.escape(c.name_en)}\b"), c, False))
        for d in c.demonyms_en:
            out.append((re.compile(rf"\b{re.escape(d)}\b"), c, True))
    return out


#: one soldier of Ukraine's army after "Ukrainian" ("Ukrainian soldier Taras Melnyk", "a
#: Ukrainian marine"), not its troops as the captors ("Ukrainian soldiers took him prisoner")
_UA_SOLDIER_AFTER = re.compile(
    r"\s+(?:army\s+|armed\s+forces\s+|military\s+|border\s+|national\s+)?(?:soldier|"
    r"serviceman|servicewoman|marine|paratrooper|defender|infantryman|border\s+guard|"
    r"guardsman|officer|sergeant|private|corporal|lieutenant|captain|major|colonel|medic|"
    r"gunner|sniper|drone\s+operator|tank\s+commander)(?!s)\b", re.I)


#: a soldier who is someone else in the story ("surrendered to a Ukrainian drone operator")
_OTHER_PARTY = re.compile(r"\b(?:to|by|from|with|against|at|of)\s+(?:an?\s+|the\s+)?$", re.I)
#: after "Ukrainian soldier": the person's own description goes on to his name, a comma or the
#: sentence's end ("Ukrainian soldier Taras Melnyk", "Taras Melnyk, a Ukrainian marine,"), not
#: to a verb of another party ("A Ukrainian sniper killed Russian soldier Ivan Petrov")
_OWN_DESCRIPTION = re.compile(r"\s*(?:[,.;:)!?\n—–]|$|[A-Z]|(?:from|of|in|with|who|whose|"
                              r"named|called|identified|aged|born|serving)\b)")


def find_citizenship(text: str) -> list[Fact]:
    out: list[Fact] = []
    for pattern, c, demonym in _country_patterns():
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            if demonym:
                ok = bool(_NATIONAL_AFTER.match(text, m.end())) or bool(
                    re.search(r"\b(?:[Aa]n?|[Tt]he|is|was|\d+-year-old|young|\d+,)\s*$", before)
                    and re.match(r"\s*(?:[,.;)]|from\b|who\b|with\b|identified\s+as\b|named\b)",
                                 text[m.end():]))
                if c.code == "RU" and not _RU_PERSON_AFTER.match(text, m.end()):
                    ok = False  # "Russian army", "a Russian town": no citizenship
                if c.code == "UA":  # a citizen, or one soldier of Ukraine's army
                    soldier = _UA_SOLDIER_AFTER.match(text, m.end())
                    ok = bool(_CITIZEN_AFTER.match(text, m.end()) or (
                        soldier and not _OTHER_PARTY.search(before)
                        and _OWN_DESCRIPTION.match(text, soldier.end())))
            else:
                ok = bool(_CITIZEN_BEFORE.search(before) or _CITIZEN_AFTER.match(text, m.end())
                          or _FAMILY_IN.search(before))
                if re.search(r"\b(?:native|natives|born|grew\s+up)\s+(?:of|in)\s+(?:the\s+)?$",
                             before, re.I):
                    ok = False  # "a native of Tajikistan" is no citizenship
                if c.code in ("RU", "UA") and not _CITIZEN_AFTER.match(text, m.end()) and not \
                        re.search(r"citizens?\s+of\s+(?:the\s+)?$", before, re.I):
                    ok = False
            if ok:
                acquired = bool(re.search(r"\b(?:granted|received|got|acquired|obtained)\b",
                                          text[max(0, m.start() - 40) : m.start()], re.I))
                if acquired and c.code == "RU":
                    continue  # the grant is dated in other_dates; the origin stays
                out.append(Fact("citizenship", c.code, m.start(), m.end(),
                                {"contested": c.contested}))
    if not any(f.value != "RU" for f in out) and not _foreign_demonym(text):
        # a foreigner keeps the origin stated or implied ("Cuban mother says son died …")
        out += [Fact("citizenship", "RU", m.start(), m.end(), {"contested": False,
                                                               "acquired": True})
                for m in _RU_GRANTED.finditer(text)
                if not _NOT_GRANTED.search(text, max(0, m.start() - 40), m.start())]
    return sorted(out, key=lambda f: f.start)


def demonyms_before_names(text: str, names: Sequence[tuple[int, int]]) -> list[Fact]:
    """A foreign demonym right before a name the people finder read ("Sri Lankan Ruwan
    Dissanayake", "Nepali Bishnu Gurung", "Cuban Yoandri Perez"): that person's citizenship.
    Not Russia's or Ukraine's (their adjectives name an army's men or a side's as often), and
    not before a capitalised word that is no name ("Cuban Missile Crisis")."""
    starts = {s for s, _ in names}
    out = []
    for pattern, c, demonym in _country_patterns():
        if not demonym or c.code in ("RU", "UA"):
            continue
        for m in pattern.finditer(text):
            gap = re.match(r"[ \t]+", text[m.end():])
            if gap is not None and m.end() + gap.end() in starts:
                out.append(Fact("citizenship", c.code, m.start(), m.end(),
                                {"contested": c.contested}))
    return out


#: what ends a country in brackets or a list entry's country ("(Serbia), 38", "Sri Lanka, b.")
_AFTER_COUNTRY = re.compile(r"[ \t]*(?:\)|[,;]|\.?\s*$)")
#: … and one after "of" (_OF_COUNTRY)
_AFTER_OF_COUNTRY = re.compile(r"[ \t]*(?:[,;.)]|$|\b(?:and|were|was|who|had|have|has|is|are|"
                               r"died|said)\b)")
#: "of" and a capitalised word after a name, the end of that phrase after it (not "of
#: Ukraine's 93rd brigade", "of Nepal Police")
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def countries_after_names(text: str, names: Sequence[tuple[int, int]]) -> list[Fact]:
    """A country in brackets right after a name the people finder read ("Miloš Radovanović
    (Serbia), 38", "Chanda Mwansa (Zambia) died"), or between commas after the name that opens
    a list's entry ("- Dinesh Perera, Sri Lanka, b. 1990;"), as lists of foreign recruits
    write it: that person's citizenship. Not a country after a town ("Kraljevo (Serbia)")."""
    out = []
    for s, e in names:
        bm = re.match(r"[ \t]*\([ \t]*", text[e:])
        after = _AFTER_COUNTRY
        if bm is None and _OF_COUNTRY.match(text, e):
            # "Ram Thapa of Nepal, Jose Perez of Cuba and Rahul Singh of India were killed"
            bm = re.match(r"[ \t]+of[ \t]+(?:the[ \t]+)?", text[e:])
            after = _AFTER_OF_COUNTRY
        if bm is None and list_entry(text, s):
            # a list's entry: "- Dinesh Perera, Sri Lanka, b. 1990;"
            bm = re.match(r"[ \t]*,[ \t]*", text[e:])
        if bm is None:
            continue
        at = e + bm.end()
        for pattern, c, demonym in _country_patterns():
            m = pattern.match(text, at)
            if m is not None and not demonym and after.match(text, m.end()):
                out.append(Fact("citizenship", c.code, m.start(), m.end(),
                                {"contested": c.contested, "entry": True}))
                break
    return out


def _foreign_demonym(text: str) -> bool:
    """The text calls someone by a foreign country's demonym ("Cuban", "Nepali")."""
    return any(demonym and c.code not in ("RU", "UA") and pattern.search(text)
               for pattern, c, demonym in _country_patterns())


#: a grant of Russian citizenship or a Russian passport, told as done ("obtained Russian
#: citizenship in 2021", "was granted a Russian passport", "his Russian citizenship was
#: granted in May", "received citizenship of the Russian Federation")
_RU_GRANTED = re.compile(
    r"\b(?:granted|received|got|given|obtained|acquired|issued|took)\s+(?:him\s+|her\s+)?"
    r"(?:a\s+|the\s+)?(?:Russian\s+(?:citizenship|passport|nationality)|(?:citizenship|"
    r"passport|nationality)\s+of\s+(?:Russia|the\s+Russian\s+Federation))\b|"
    r"\bRussian\s+(?:citizenship|passport|nationality)\s+(?:was|had\s+been)\s+"
    r"(?:granted|issued|given)\b", re.I)
#: a grant denied, only promised or a relative's ("never obtained", "was promised", "his wife
#: received")
_NOT_GRANTED = re.compile(r"\b(?:not|never|no|promised|offered|hoped|wanted|(?:wife|mother|"
                          r"father|brother|sister|son|daughter|family|widow)\b[^.;]{0,20})\s*"
                          r"(?:\w+\s+)?$", re.I)


#: a region after a verb of fighting, dying or capture, or a convict's colony, is no home
_WHERE_FOUGHT = re.compile(r"\b(?:killed|died|wounded|injured|captured|missing|fighting|fought|"
                           r"served|serving|deployed|sent|stationed|buried|detained|surrendered|"
                           r"exercises?|drills?|training|trained|treated|hospitali[sz]ed|"
                           r"evacuated|transferred|based|posted|"
                           r"prisoner|hit|struck|shelled|attacked|positions?|trench(?:es)?|"
                           r"strike|attack|shelling|"
                           # where a convict served his term: "a penal colony in the Omsk region"
                           r"colon(?:y|ies)|prisons?|jails?|penitentiar(?:y|ies))"
                           r"\b[^.;]{0,30}\b(?:in|near|into|to|at)\s+"
                           r"(?:the\s+)?$", re.I)


#: a relative as the one who lives somewhere: "His mother, who lives in Tver", "his widow
#: lives with their sons in Tver", "told a cousin living in Moscow" — where relatives live is
#: no home of the person
_KIN_LIVES = re.compile(r"\b(?:his|her|their|a|an|one)\s+(?:\w+\s+)?(?:mother|father|parents|wife|"
                        r"widow|husband|family|sister|brother|son|sons|daughter|daughters|"
                        r"children|relatives?|grandmother|grandfather|fianc[ée]e?|partner|cousin|"
                        r"uncle|aunt|nephew|niece|girlfriend)\b"
                        r"(?:\s+[A-Z][\w'’-]+|\s*,\s*[^,.;!?]{1,40},)?"
                        r"(?:,?\s+(?:who\s+)?(?:still\s+)?)?$", re.I)


#: adjectives before "-born" that name no town ("Soviet-born", "Siberian-born",
#: "Chinese-born", "British-born")
_NOT_TOWN_BORN = re.compile(r"^(?:Soviet|Western|Eastern|Northern|Southern|Native|First|"
                            r"Second|Foreign|Local)$|(?:ian|ese|ish)$", re.I)
#: a relative set off right before a home told as a noun ("His mother, a Syktyvkar resident,",
#: "his wife, a Kirov native,"): the relative's home
_KIN_SET_OFF = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:mother|father|parents|wife|"
                          r"widow|husband|sister|brother|son|daughter|grandmother|grandfather|"
                          r"fianc[ée]e?|partner|cousin|uncle|aunt|girlfriend)"
                          r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s*,\s*$", re.I)


#: a cue that is only a word for a place ("the village of …"), and a preposition of where
#: something happened before it: the place is an event's, no home ("near the village of
#: Kurdyumovka", "buried in the town of Kimry"; not "from the village of …")
_PLACE_NOUN_CUE = re.compile(r"(?:village|town|city|settlement)\s+of\b")
_WHERE_AT = re.compile(r"\b(?:near|around|outside|towards|for|behind|under|across|"
                       # "in"/"at" only after a burial or a battle ("a house in the village
                       # of …", "killed at home in the village of …" may be a civilian's home)
                       r"(?:(?:buried|funeral|farewell|laid\s+to\s+rest|memorial|fighting|"
                       r"battles?|assault|storming|offensive|wounds|captured|positions?|"
                       r"trench(?:es)?)\b[^.;]{0,60}\b(?:in|at)))\s+(?:the\s+)?$", re.I)


#: a home said before the preposition ("grew up on a farm outside the village of …", "lived
#: near the town of …") or after the place ("at his school in the village of X, where he
#: lived"): the place is his home's all the same
_HOME_WORD = re.compile(r"\b(?:grew\s+up|lived|lives|living|born|raised|resided|resident|"
                        r"native|settled|moved|home|farm|family)\b", re.I)
_WHERE_HE_LIVED = re.compile(r"[^.;]{0,30}?,?\s+where\s+(?:he|she)\s+(?:had\s+|was\s+)?"
                             r"(?:\w+\s+)?(?:lived|grew\s+up|born|raised|was\s+born)\b", re.I)


def _clause_start(text: str, end: int) -> int:
    """Where the clause before ``end`` starts: after its last stop or comma."""
    return max(text.rfind(c, 0, end) for c in ".;,") + 1


def find_homes(text: str, names: list[tuple[int, int]]) -> list[Fact]:
    out: list[Fact] = []
    for m in (*_HOME_CUE.finditer(text), *_WHERE_LIVED.finditer(text),
              *_BORN_AFTER.finditer(text)):
        k = next(i for i in range(1, len(m.groups()) + 1) if m.group(i))
        name = m.group(k)
        if re.match(r"(?:who\s+)?(?:lives|lived|living)\b", m.group(0)) and _KIN_LIVES.search(
                text, max(0, m.start() - 80), m.start()):
            continue
        if m.re is _BORN_AFTER and (_demonym(name) or _NOT_TOWN_BORN.search(name)):
            continue  # "Tajik-born", "a Kenyan native", "Soviet-born": a country, no town
        if m.re is not _HOME_CUE and _KIN_SET_OFF.search(text, max(0, m.start() - 60),
                                                          m.start()):
            continue  # "His mother, a Syktyvkar resident,", "his wife, a Kirov native": hers
        cue = "born" if m.re is _BORN_AFTER else "lived" if m.re is _WHERE_LIVED or re.search(
            r"liv|resid|inhabit", text[m.start() : m.start(k)]) else "born" if _BIRTH_HOME.search(
                text[max(0, m.start() - 30) : m.start(k)]) else "home"
        if name.split()[0] in _NOT_PLACE or _country(name.split()[0]) is not None or \
                _country(name) is not None:
            continue
        if any(s <= m.start(k) < e for s, e in names):
            continue
        if _PLACE_NOUN_CUE.match(m.group(0)) and (at := _WHERE_AT.search(
                text, max(0, m.start() - 80), m.start())) is not None and not (
                _HOME_WORD.search(text, _clause_start(text, at.start()), at.start())
                or _WHERE_HE_LIVED.match(text, m.end(k))):
            continue  # "near the village of Kurdyumovka", "buried in the town of Kimry"
        cut = min((s for s, _ in names if m.start(k) < s < m.end(k)), default=None)
        if cut is not None:  # "from Colombia Juan Carlos …": the name is no part of the place
            name = text[m.start(k) : cut].rstrip()
        end = m.start(k) + len(name)
        out += _place_facts(name, m.start(k), end, cue, text[end : end + 30], text)
        # "from Bratsk (Irkutsk region)", "of Berezovka, Perm Krai", "from Kazan, Tatarstan"
        rm = re.match(rf"\s*(?:[(,]\s*|(?=in\s))(?:in\s+(?:the\s+)?)?({_PLACE})"
                      rf"(?:\s+{_REGION_WORD})?\b",
                      text[end:])
        # "in Buryatia's Tunkinsky district": the region before its possessive
        region = find_region(re.split(r"['’]s\b", rm.group(1))[0]) if rm else None
        if rm and region is not None and not any(f.field == "region" and f.start == m.start(k)
                                                 and not f.extra.get("inferred") for f in out):
            s = end + rm.start(1)
            out = [f for f in out if not (f.field == "region" and f.start == m.start(k))]
            out.append(Fact("region", region.code, s,
                            s + len(re.split(r"['’]s\b", rm.group(1))[0]),
                            # the place's cue: a birthplace's region yields to where he lived
                            {"occupied": region.occupied, "cue": cue}))
    for _, e in names:  # "Amit Kumar of Kathmandu", "Ivan Sokolov of the village of Ust-Kan"
        om = _NAME_OF.match(text, e)
        if om and re.search(r"['’]s$", om.group(1)):
            om = None  # "Captain Ivan Petrov of Russia's 76th division"
        if om and om.group(1).split()[0] not in _NOT_PLACE and _country(om.group(1)) is None \
                and _country(om.group(1).split()[0]) is None \
                and not any(f.start == om.start(1) for f in out):
            out += _place_facts(om.group(1), om.start(1), om.end(1), "home",
                                text[om.end(1) : om.end(1) + 30], text)
    for _, e in names:
        bm = _BRACKET_HOME.match(text, e)
        if bm and bm.group(1).split()[0] not in _NOT_PLACE and _country(bm.group(1)) is None \
                and not any(f.start == bm.start(1) for f in out):
            out += _place_facts(bm.group(1), bm.start(1), bm.end(1), "home", "", text)
    for s, e in names:  # list entries: "Denis Sokolov, 1996, Shadrinsk –"
        line_start = text.rfind("\n", 0, s) + 1
        if not re.fullmatch(r"\s*(?:\d+[.)]\s*|[-–—•▪*]\s*)?(?:[\w.]+\s+){0,3}",
                            text[line_start:s]) or "\n" not in text:
            continue
        lm = _LIST_HOME.match(text, e)
        if lm and lm.group(1).split()[0] not in _NOT_PLACE and _country(lm.group(1)) is None:
            out += _place_facts(lm.group(1), lm.start(1), lm.end(1), "list", "", text)
    for m in _REGION.finditer(text):  # a region named without a cue: a weak fallback
        name = m.group(1) or m.group(2)
        region = find_region(name)
        if region is None or any(f.start <= m.start() < f.end + 3 for f in out):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if re.search(r"\b(?:in|near|into|across|to|of)\s+(?:the\s+)?$", before) and \
                region.occupied:
            continue
        if _WHERE_FOUGHT.search(before) or _DIED_DATE_BEFORE.search(before):
            continue  # "was killed in Kursk region": where he died, not his home
        if _BURIED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "Graves … of the cemetery in Bakinskaya (Krasnodar Krai)": a burial's
        out.append(Fact("region", region.code, m.start(), m.end(),
                        {"context": True, "occupied": region.occupied}))
    return out


_HOSPITAL_AFTER = re.compile(r"\s+(?:(?:military|regional|district|city|field)\s+)?"
                             r"(?:hospital|clinic|infirmary)\b")


def _a_town(name: str) -> bool:
    return bool(find_settlement(name) or find_region(name) or is_ukrainian_place(name))


#: a list entry's death then its place: "— died 14 March 2025, Donetsk region;"
_DATE_THEN_PLACE = re.compile(
    r"\s+(?:on\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2})?,?\s+(?:19|20)\d\d\s*,\s+"
    rf"({_PLACE}(?:\s+(?:direction|region|oblast|front|sector|axis|area|Oblast|Region))?)"
    r"\s*(?=[;.\n]|$)")
_DIED_DATE_BEFORE = re.compile(r"\b(?:died|killed)\s+(?:on\s+)?[\w ]{3,25}?(?:19|20)\d\d\s*,\s*$",
                               re.I)


def _dated_list_places(text: str) -> list[Fact]:
    """"died 14 March 2025, Donetsk region;", "killed January 2025, Kupiansk direction.": a
    list entry's place of death after the date of the death."""
    out: list[Fact] = []
    for cue in re.finditer(r"\b(?:died|killed)\b", text):
        m = _DATE_THEN_PLACE.match(text, cue.end())
        if m and m.group(1).split()[0] not in _NOT_PLACE:
            out.append(Fact("place_of_death", m.group(1), m.start(1), m.end(1),
                            {"settlement": " " not in m.group(1)}))
    return out


#: a place and a clause of "where" that tells the death: "was sent to Bakhmut, where he was
#: killed on April 2", "moved to the outskirts of Avdiivka, where he died"
_WHERE_DIED = re.compile(
    rf"\b(?:to|near|in|into|outside|at|around|on)\s+(?:the\s+)?(?:(?:outskirts|area)\s+of\s+)?"
    rf"({_PLACE}),?\s+where\s+(?:(?!his\b|her\b|their\b|[Hh]is\b)[\w’'-]+\s+){{0,5}}?"
    rf"(?:killed|died|perished|fell|lost\s+(?:his|her)\s+life|succumbed)\b")


def _where_places(text: str) -> list[Fact]:
    return [Fact("place_of_death", m.group(1), m.start(1), m.end(1),
                 {"settlement": " " not in m.group(1)})
            for m in _WHERE_DIED.finditer(text) if m.group(1).split()[0] not in _NOT_PLACE]


#: a place fronted before the one killed and his verb: "On April 2, near Avdiivka, Vasily was
#: killed", "Near Kreminna, Private Ivan Sokolov was killed on May 3", "Outside Bakhmut, two
#: brothers from Ufa died"
#: words of a subject other than the one named: a group or someone's kin or comrades ("Around
#: Bakhmut, dozens of Wagner fighters were killed", "Near Tula, his brother was killed")
_NOT_HIS = (r"(?!who\b|which\b|where\b|and\b|but\b|his\b|her\b|their\b|[Dd]ozens\b|"
            r"[Hh]undreds\b|[Ss]cores\b|[Tt]housands\b|[Ss]everal\b|[Mm]any\b|[Bb]oth\b|"
            r"[Tt]wo\b|[Tt]hree\b|[Ff]our\b|[Ff]ive\b)")
_FRONTED = re.compile(
    rf"(?:^|[.!?]\s+|\n|,\s+)(?:[Nn]ear|[Oo]utside|[Aa]round|[Nn]ot\s+far\s+from|"
    rf"[Oo]n\s+the\s+outskirts\s+of)\s+({_PLACE}),\s+"
    rf"(?:{_NOT_HIS}[\w.’'-]+\s+){{1,6}}?"
    rf"was\s+(?:\w+\s+)?(?:killed|shot\s+dead|fatally\s+wounded)|"
    rf"(?:^|[.!?]\s+|\n|,\s+)(?:[Nn]ear|[Oo]utside|[Aa]round)\s+({_PLACE}),\s+"
    rf"(?:{_NOT_HIS}[\w.’'-]+\s+){{1,6}}?"
    rf"(?:died|perished|fell)\b")


def _fronted_places(text: str) -> list[Fact]:
    out = []
    for m in _FRONTED.finditer(text):
        g = 1 if m.group(1) else 2
        if m.group(g).split()[0] in _NOT_PLACE:
            continue
        out.append(Fact("place_of_death", m.group(g), m.start(g), m.end(g),
                        {"settlement": " " not in m.group(g)}))
    return out


def find_death_places(text: str) -> list[Fact]:
    out: list[Fact] = [*_dated_list_places(text), *_where_places(text), *_fronted_places(text)]
    for cue in _DEATH_CUE.finditer(text):
        rest = text[cue.end() : cue.end() + 160]
        end = _CLAUSE_END.search(rest)
        clause = rest[: end.start()] if end else rest
        hm = _HOSPITAL.search(clause)
        if hm is None:
            hm = _TOWN_HOSPITAL.search(clause)
            if hm and not _a_town(hm.group(1)):
                hm = None
        zm = _ZONE.search(clause)
        found: tuple[str, int, int] | None = None
        if hm:
            found = (hm.group(1), cue.end() + hm.start(1), cue.end() + hm.end(1))
        else:
            for pm in _DEATH_PLACE.finditer(clause):
                name = pm.group(1)
                first = name.split()[0]
                if first in _NOT_PLACE and name not in ("Ukraine",):
                    if first == "Ukraine":
                        found = ("Ukraine", cue.end() + pm.start(1), cue.end() + pm.end(1))
                        break
                    continue
                if re.match(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                            r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$)", first) or (
                                name.isupper() and len(name) <= 4) or re.search(r"['’]s$", name):
                    continue  # "in Russia's war"
                if _HOSPITAL_AFTER.match(clause, pm.end(1)) and not _a_town(name):
                    continue  # "in the Burdenko hospital": a hospital's namesake
                if name.endswith(" area"):  # "in the Zaporizhzhia area": the place itself
                    name = name[: -len(" area")]
                number = re.match(r"\.?\s*\d+\b", clause[pm.end(1):]) if name.endswith(
                    " No") else None
                if number:  # "in Hospital No. 3": the number is the name's
                    name += clause[pm.end(1):pm.end(1) + number.end()]
                found = (name, cue.end() + pm.start(1), cue.end() + pm.start(1) + len(name))
                break
        if found is None and zm:
            # the zone as written ("the special military operation zone", "SMO zone")
            written = re.sub(r"^the\s+", "", zm.group(0), flags=re.I)
            found = (" ".join(written.split()), cue.end() + zm.start(), cue.end() + zm.end())
        if found and re.search(r"\b(?:court|declared|tribunal)\b",
                               text[max(0, cue.start() - 20) : found[1]], re.I):
            continue  # "declared dead by a court in Chita": the court's town
        if found and not any(f.start == found[1] for f in out):
            out.append(Fact("place_of_death", found[0], found[1], found[2],
                            {"settlement": " " not in found[0]}))
    return out


#: a text about a country's recruits names the country through its state or its people:
#: "Kenyan officials", "Nepal's foreign ministry", "the Indian embassy", "the Government
#: of Kenya", "12 Nepalis have been killed"
_STATE_WORDS = (r"(?:officials?|authorities|government|embassy|ministry|foreign\s+ministry|"
                r"consulate|ambassador|diplomats?|police|president|prime\s+minister|"
                r"parliament|media|press)")
#: the text is about recruits fighting for Russia, not a news item that quotes a country
_RECRUITS = re.compile(r"\b(?:contracts?|recruit\w*|lured|mercenar\w+|fighting\s+for\s+Russia|"
                       r"Russian\s+(?:army|military|forces)|sent\s+(?:him|them)\s+to\s+the\s+"
                       r"front|promised\s+(?:him|them)?\s*(?:a\s+)?jobs?|promises?\s+of\s+"
                       r"(?:a\s+)?(?:\w+\s+)?jobs?)\b", re.I)


def find_country_cues(text: str) -> list[Fact]:
    """Citizenship of the people of a text about one country's recruits, as the text names
    that country beside them (not of any one person): its state ("Kenyan officials",
    "Nepal's foreign ministry", "the Government of Kenya") or its people as a plural noun
    ("Nepalis have been killed"). Empty when the text speaks of no recruiting."""
    if not _RECRUITS.search(text):
        return []
    out: list[Fact] = []
    for c in countries():
        if not c.name_en or c.code in ("RU", "UA"):
            continue
        name = re.escape(c.name_en)
        plural = "|".join(re.escape(d) + "s" for d in c.demonyms_en if not d.endswith("s"))
        adjs = "|".join(re.escape(d) for d in c.demonyms_en)
        parts = [rf"\b{name}(?:'s|’s)\s+(?:\w+\s+)?{_STATE_WORDS}\b",
                 rf"\b(?:[Gg]overnment|[Ee]mbassy|[Mm]inistry|[Pp]resident)\s+of\s+(?:the\s+)?"
                 rf"{name}\b"]
        if adjs:
            parts.append(rf"\b(?:{adjs})\s+(?:\w+\s+)?{_STATE_WORDS}\b")
        if plural:
            parts.append(rf"\b(?:{plural})\b")
        for m in re.finditer("|".join(parts), text):
            out.append(Fact("citizenship", c.code, m.start(), m.end(),
                            {"contested": c.contested, "document": True}))
    return out


#: a mission's or a foreign ministry's word: it speaks, or it is quoted
_MISSION_WORDS = (r"(?:embassy|consulate|mission|foreign\s+ministry|ministry\s+of\s+foreign\s+"
                  r"affairs|foreign\s+office|ambassador)")
_MISSION_SPEAKS = re.compile(r"[^.;!?]{0,40}?\b(?:said|says|confirmed|confirms|reported|reports|"
                             r"announced|announces|informed|told|identified|named|stated)\b",
                             re.I)
_MISSION_QUOTED = re.compile(r"\b(?:according\s+to|said\s+by|confirmed\s+by|reported\s+by)"
                             r"\s+(?:the\s+)?$", re.I)


def find_missions(text: str, names: Sequence[tuple[int, int]]) -> list[Fact]:
    """A country's mission or foreign ministry that speaks of a person named in its sentence
    ("Nepal's embassy in Moscow said Bishnu Gurung, 31, was killed", "Sri Lanka's foreign
    ministry confirmed the death of Nishantha Perera", "according to the embassy of Nepal"):
    its country is that person's citizenship, as nationals.find_missions reads Russian. Not
    Russia's or Ukraine's own, and not a sentence that names no one."""
    out: list[Fact] = []
    for c in countries():
        if not c.name_en or c.code in ("RU", "UA"):
            continue
        name = re.escape(c.name_en)
        adjs = "|".join(re.escape(d) for d in c.demonyms_en)
        parts = [rf"\b{name}(?:'s|’s)\s+{_MISSION_WORDS}\b",
                 rf"\b{_MISSION_WORDS}\s+of\s+(?:the\s+)?{name}\b"]
        if adjs:
            parts.append(rf"\b(?:{adjs})\s+{_MISSION_WORDS}\b")
        for m in re.finditer("|".join(parts), text, re.I):
            after = re.sub(r"^\s+(?:in|to)\s+[A-Z][\w-]+", "", text[m.end():])
            if not (_MISSION_SPEAKS.match(after) or _MISSION_QUOTED.search(
                    text, max(0, m.start() - 30), m.start())):
                continue
            a = max(text.rfind(ch, 0, m.start()) for ch in ".!?\n") + 1
            b = min((i for i in (text.find(ch, m.end()) for ch in ".!?\n") if i >= 0),
                    default=len(text))
            if any(a <= s < b for s, _ in names):
                out.append(Fact("citizenship", c.code, m.start(), m.end(),
                                {"contested": c.contested}))
    return out


#: the places that follow a home: "Bhaluhi, Bara district, Nepal", "Hyderabad in India's
#: Telangana state", "Ibb in western Yemen"
_HOME_CHAIN = re.compile(
    # "Punjab's Hoshiarpur district, India": the kind of the first place, then the chain
    rf"(?:\s+(?:district|province|state|county|region)(?=\s*,|\s+in\s))?"
    rf"(?:(?:\s*,\s*|\s+in\s+)(?:the\s+)?(?:(?:north|south|east|west|central|far|remote|rural)"
    rf"[\w-]*\s+)?{_PLACE}(?:\s+(?:district|province|state|county|region|division|governorate|"
    rf"department))?)*")
_COUNTRY_RUN = re.compile(rf"{_PLACE}")
#: "from a village in Punjab's Hoshiarpur district", "of a small town near Kandy"
_HOME_VILLAGE = re.compile(rf"\b(?:from|of|in)\s+(?:a|the|his|her|their)\s+(?:[a-z]+\s+)?"
                           rf"(?:village|town|city|hamlet|district|province)\s+(?:in|near|of|outside)\s+"
                           rf"(?:the\s+)?({_PLACE})")


def find_home_countries(text: str) -> list[Fact]:
    """Citizenship implied by a home abroad: the country, or a division of it, named in the
    place someone lives in or comes from ("from Jhapa, Nepal", "a resident of Hyderabad in
    India's Telangana state", "of Thrissur, Kerala", "from Haryana's Kaithal district").
    Not from where someone was born ("a native of Kulob", "born in Osh"), which the guides
    read as no citizenship, nor Russia or Ukraine."""
    out: list[Fact] = []
    for m in (*_HOME_CUE.finditer(text), *_HOME_VILLAGE.finditer(text)):
        if _BIRTH_HOME.search(text, max(0, m.start() - 30), m.start(1)):
            continue
        chain = _HOME_CHAIN.match(text, m.end(1))
        stop = chain.end() if chain else m.end(1)
        if m.re is _HOME_CUE and m.group(0)[:4].lower() == "from" and _not_a_home(
                text, m.start(), stop):
            continue
        # every country and division named in the chain: a country named wins over a
        # division, a later (larger) place over an earlier one ("from Ilam in Iran",
        # "from Bhojpur in Bihar")
        countries: list[Fact] = []
        divisions: list[Fact] = []
        for pm in _COUNTRY_RUN.finditer(text, m.start(1), stop):
            start = pm.start()
            # "India's Telangana state": each part of a possessive run on its own
            for part in re.split(r"(?<=['’]s)\s+", pm.group(0)):
                name = re.sub(r"['’]s$", "", part)
                country = _country(name)
                code = country.code if country is not None else division_country(name) or \
                    shared_division_country(name, text)
                if code is not None and code not in ("RU", "UA"):
                    fact = Fact("citizenship", code, start, start + len(name),
                                {"contested": False, "home": True})
                    (countries if country is not None else divisions).append(fact)
                start += len(part) + 1
        if countries or divisions:
            out.append((countries or divisions)[-1])
    return out


#: a "from" that is no home: travel ("flew from Colombo to Moscow"), a source ("a post
#: from Granma", "reports from Kathmandu")
_TRAVEL_BEFORE = re.compile(
    r"\b(?:fl[eo]wn?|flights?|flying|travell?ed|travell?ing|trips?|journey(?:ed)?|drove|driven|"
    r"sailed|arrived|arriving|departed|returning|returned|went|moved|transferred|"
    r"taken|brought|sent|deported|evacuated|posts?|posted|reports?|reported|reporting|"
    r"quoted|message|messages|letters?|video|photos?|footage|statement|news|newspapers?|"
    r"dispatch|broadcast|interview|according|writes|wrote|called|calls|phoned)\b[^.;,]{0,40}$",
    re.I)
_TRAVEL_AFTER = re.compile(
    r"\s*(?:to|via|for)\s+[A-Z]|\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}"
    r"(?:newspaper|daily|paper|outlet|agency|channel|broadcaster|website|magazine)\b")


def _not_a_home(text: str, cue: int, stop: int) -> bool:
    """Whether a bare "from" at ``cue`` names where someone travelled from or a source."""
    before = text[max(0, cue - 60) : cue]
    return bool(_TRAVEL_BEFORE.search(before) or _TRAVEL_AFTER.match(text, stop))


@cache
def _ukrainian_keys() -> frozenset[str]:
    from headcount.names.translit import phonetic_key
    from headcount.reference import ukraine

    out: set[str] = set()
    for p in ukraine():
        for name in (p.name, p.name_uk):
            key = phonetic_key(name)
            out.update((key, key.replace("G", "H")))
    return frozenset(out)


def _sound(name: str) -> tuple[str, str]:
    from headcount.names.translit import phonetic_key

    key = phonetic_key(name)
    return key, key.replace("G", "H")


def _spelling(name: str) -> str:
    """A Latin spelling as transliterations write it ("Vinnytsia" = "Вінниця", "Kryvyi Rih" =
    "Кривий Ріг"), not by sound ("Alexandria" is no "Олександрія")."""
    from headcount.names.translit import latin_key

    return latin_key(name).replace("Y", "I").replace("G", "H")


@cache
def _ukrainian_towns(by_sound: bool) -> dict[str, str | None]:
    if by_sound:
        return town_index(lambda p: (*_sound(p.name), *_sound(p.name_uk)))
    return town_index(lambda p: (_spelling(p.name), _spelling(p.name_uk)))


def ukrainian_town_oblast(name: str, by_sound: bool = True) -> str | None:
    """The oblast's code of a town of Ukraine the reference table has, written in Latin from
    its Ukrainian or Russian name ("Kharkiv", "Kremenchuk", "Bila Tserkva"); None when two
    oblasts have a town of that name. ``by_sound=False``: only a name spelt as its
    transliteration, not one that merely sounds alike ("Alexandria")."""
    if not name[:1].isupper():
        return None
    found = _ukrainian_towns(False).get(_spelling(name))
    if found is not None or not by_sound:
        return found
    key, key_h = _sound(name)
    return _ukrainian_towns(True).get(key) or _ukrainian_towns(True).get(key_h)


#: Ukraine or one of its oblasts named in English: a text about Ukraine
_UKRAINE = re.compile(r"\bUkrain\w*|\b(?:Vinnytsia|Volyn|Dnipropetrovsk|Donetsk|Zhytomyr|"
                      r"Zakarpattia|Zaporizhzhia|Ivano-Frankivsk|Kyiv|Kirovohrad|Luhansk|Lviv|"
                      r"Mykolaiv|Odesa|Poltava|Rivne|Sumy|Ternopil|Kharkiv|Kherson|Khmelnytskyi|"
                      r"Cherkasy|Chernivtsi|Chernihiv|Crimea)\b")


def _ukrainian_context(text: str, start: int) -> bool:
    """Whether a town named at ``start`` may be matched by sound: the text is about Ukraine
    and the sentence names no other country nor its people ("Egyptian student …, a resident
    of Alexandria")."""
    if not text or not _UKRAINE.search(text):
        return False
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0),
                default=len(text))
    sentence = text[left:right]
    return not any(c.code not in ("UA", "RU") and pattern.search(sentence)
                   for pattern, c, _ in _country_patterns())


def is_ukrainian_place(name: str) -> bool:
    """Whether a Latin name is one of Ukraine's oblasts or larger towns in the reference
    table, transliterated from Russian or Ukrainian ("Chasiv Yar", "Kryvyi Rih")."""
    from headcount.names.translit import phonetic_key

    return phonetic_key(name).replace("G", "H") in _ukrainian_keys()
