"""extract_text: the people a text describes, each with facts and the words that support them."""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from headcount.extract import ner
from headcount.extract.ages import find_ages
from headcount.extract.all_but import share_all_but
from headcount.extract.attach import attach, date_facts
from headcount.extract.boundary import person_spans
from headcount.extract.bystanders import bystander
from headcount.extract.capitals import title_names
from headcount.extract.captions import drop_caption_fates
from headcount.extract.care import THE_WOUNDED
from headcount.extract.channel_only import channel_apart
from headcount.extract.civilians import drop_civilian_citizenship
from headcount.extract.clauses import LATER_CLAUSE, later_clause
from headcount.extract.comitative import share_comitative
from headcount.extract.date_roles import fill_dates
from headcount.extract.datelines import blank_datelines
from headcount.extract.dates import find_dates
from headcount.extract.demonyms import find_demonyms
from headcount.extract.enumerated import share_enumerated
from headcount.extract.former import drop_former_ranks
from headcount.extract.heading_place import share_heading_place
from headcount.extract.home_citizenship import home_citizenship
from headcount.extract.home_roles import fill_homes
from headcount.extract.illness import died_of_illness, veteran_of_another_war
from headcount.extract.incidents import incident_death, incident_event
from headcount.extract.kin_names import split_kin_names
from headcount.extract.kin_service import drop_kins_service, drop_whose_kin, serving_relative
from headcount.extract.linebreaks import join_broken_lines
from headcount.extract.list_entries import entry_names
from headcount.extract.list_headings import heading_fates, share_heading_fates
from headcount.extract.list_order import list_order
from headcount.extract.listed_countries import find_listed_countries
from headcount.extract.military import (
    company_channels,
    find_branches,
    find_channels,
    find_ranks,
    find_units,
    foreign_channel,
    pick_channel,
    pick_unit,
)
from headcount.extract.model import Fact
from headcount.extract.morph import LANGUAGES, current_language
from headcount.extract.morph import language as morph_language
from headcount.extract.mourning_town import mourning_town, mourning_unit
from headcount.extract.namesakes import split_namesakes
from headcount.extract.nationals import (
    UKRAINIAN_RANKS,
    find_nationals,
    find_ukrainian_units,
    one_foreign_country,
    share_country,
)
from headcount.extract.next_survivor import share_next_day
from headcount.extract.officials import acting_official
from headcount.extract.passport_names import passport_names
from headcount.extract.persons import Person, group
from headcount.extract.places import (
    document_regions,
    find_birth_places,
    find_death_places,
    find_farewell_home,
    find_listed_homes,
    find_other_homes,
    find_places,
    local_regions,
    named_regions,
    region_from_document,
    russian_nominative,
)
from headcount.extract.recruitment import RECRUIT_FIELDS, attach_recruitment
from headcount.extract.same_battle import share_clause_day, share_same_battle
from headcount.extract.same_place import share_same_place, share_wounded_place
from headcount.extract.same_time import SAME_DAY
from headcount.extract.same_unit import share_heading_unit, share_same_unit
from headcount.extract.shared_home import share_homes
from headcount.extract.spelled_initials import spell_out_initials
from headcount.extract.stated_region import stated_regions
from headcount.extract.status import STATUS_EVENT, find_status
from headcount.extract.text import MAX_CHARS, TextError, clean, detect_language, sentences, tokens
from headcount.extract.this_town import this_town_homes
from headcount.extract.uk_communities import find_communities
from headcount.extract.uk_mourned import mourned_in_russia
from headcount.extract.uk_name_order import surname_first
from headcount.extract.uk_places import merge_death_places as uk_death_places
from headcount.extract.uk_side import (
    enemy_captives,
    no_enemy_words,
    own_side,
    russian_homes,
    russian_service,
    taken_by_ukraine,
)
from headcount.extract.ukrainian import (
    add_pairs,
    finish_mention,
    foreign_nominative,
    merge_places,
    share_plural,
)
from headcount.extract.ukrainian import facts as uk_facts
from headcount.extract.ukrainian import find_places as uk_places
from headcount.extract.ukrainian import find_ranks as uk_ranks
from headcount.extract.ukrainian import person_spans as uk_person_spans
from headcount.extract.version import EXTRACTOR, EXTRACTOR_VERSION
from headcount.vocab import Channel, Status

#: the fields of an extracted mention, in order (all present, None when not stated)
FIELDS: tuple[str, ...] = (
    "name", "surname", "given_name", "patronymic", "name_latin", "name_key", "sex",
    "birth_date", "birth_date_precision", "death_date", "death_date_precision", "age",
    "region", "region_inferred", "region_occupied", "settlement", "citizenship",
    "citizenship_contested", "unit", "rank", "channel", "branch", "status", "status_date",
    "status_date_precision", "place_of_death", "place_of_birth", "other_dates", *RECRUIT_FIELDS,
)
#: a person is reported only if the text ties one of these to them
WAR_FIELDS = frozenset({"status", "death_date", "rank", "unit", "channel", "birth_date", "age"})


class ExtractWarning(UserWarning):
    """Something in a text extraction could not read, or read only in part."""


@dataclass
class Extraction:
    language: str
    mentions: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def as_date(value: date | datetime | str | None) -> date | None:
    """A publication date from a date, a datetime or an ISO string (None if unreadable)."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def extract(
    text: str,
    lang: str | None = None,
    published: date | datetime | str | None = None,
    *,
    max_chars: int = MAX_CHARS,
    learned: bool = True,
) -> Extraction:
    """Extract mentions and say what could not be read. Raises TextError for binary text.

    ``learned``: fill dates and homes the rules left unread with the learned models
    (:mod:`headcount.extract.date_roles`, :mod:`headcount.extract.home_roles`); off to
    measure the rules alone."""
    if not text or not text.strip():
        return Extraction(lang or "ru", warnings=["empty text"])
    cleaned, notes = clean(text, max_chars)
    cleaned = blank_datelines(cleaned)  # when the page was published, no reported date
    language = (lang or detect_language(cleaned)).lower()[:2]
    if language not in (*LANGUAGES, "en"):
        detected = detect_language(cleaned)
        notes.append(f"language {language!r} is not read; read as {detected!r}, detected")
        language = detected
    pub = as_date(published)
    if published is not None and pub is None:
        notes.append(f"publication date {published!r} not understood; relative dates skipped")
    named: list[tuple[int, int]] = []  # every naming of every person, described or not
    joined = join_broken_lines(cleaned)  # "погиб 29 сентября\nв районе …": one sentence
    if language == "en":
        from headcount.extract.english import extract_english

        readable = joined
        mentions = extract_english(readable, pub)
    else:  # Russian, or Ukrainian with its own dictionaries (the only others read)
        with morph_language(language):
            readable = title_names(joined)  # "ВОРОНИН Алексей Петрович": names in capitals
            mentions = _extract_russian(readable, pub, named, cleaned)
    if readable != cleaned:
        _quote_as_written(mentions, cleaned)
    share_homes(cleaned, mentions)
    share_heading_place(cleaned, language, mentions)
    company_channels(mentions)
    attach_recruitment(cleaned, mentions, "en" if language == "en" else "ru", pub)
    drop_civilian_citizenship(cleaned, mentions)
    mentions = [m for m in mentions if not acting_official(m, cleaned)
                and not serving_relative(m, cleaned) and not died_of_illness(m, cleaned)
                and not veteran_of_another_war(m, cleaned)
                and not bystander(m, cleaned)]
    if pub is not None and pub.year >= WAR_BEGAN:  # "Герою Советского Союза … (1921–1944)"
        mentions = [m for m in mentions if not _before_the_war(m.get("death_date"))]
    if learned:
        fill_dates(cleaned, language, pub, mentions)
        kept = {tuple(span) for m in mentions for span in m.get("spans") or ()}
        # the namings of relatives, officials and speakers: their own home towns are theirs
        fill_homes(cleaned, language, mentions, others=[s for s in named if s not in kept])
    return Extraction(language, mentions, notes)


def _quote_as_written(mentions: list[dict[str, Any]], text: str) -> None:
    """Evidence quoted from ``text`` itself (names read in title case are quoted as written)."""
    for m in mentions:
        for ev in (m.get("evidence") or {}).values():
            if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(
                    ev.get("end"), int) and "quote" in ev:
                ev["quote"] = text[ev["start"] : ev["end"]]


#: the year the war began: a death told before it, in a text published since, is history
WAR_BEGAN = 2014


def _before_the_war(death: Any) -> bool:
    return isinstance(death, str) and death[:4].isdigit() and int(death[:4]) < WAR_BEGAN


def extract_text(
    text: str, lang: str | None = None, published: date | datetime | str | None = None,
    *, learned: bool = True,
) -> list[dict[str, Any]]:
    """The people ``text`` describes, one mention (a plain dict) per person.

    Each mention has every field of ``FIELDS`` (None when the text does not
    state it), ``evidence`` (field → {"quote", "start", "end"}), ``spans`` (every
    naming of the person), ``locator``, ``extractor`` and ``extractor_version``.
    Never raises on bad input: binary-looking text gives no mentions and an
    ExtractWarning.
    """
    try:
        result = extract(text, lang, published, learned=learned)
    except TextError as exc:
        warnings.warn(str(exc), ExtractWarning, stacklevel=2)
        return []
    for note in result.warnings:
        if note != "empty text":
            warnings.warn(note, ExtractWarning, stacklevel=2)
    return result.mentions


def _extract_russian(text: str, published: date | None,
                     named: list[tuple[int, int]] | None = None,
                     written: str | None = None) -> list[dict[str, Any]]:
    """The mentions of a Russian or Ukrainian text; ``named`` receives every naming of every
    person it names, described or not; ``written``: the text before its names in capitals
    were put in title case."""
    toks = tokens(text)
    sents = sentences(text)
    ents = ner.entities(text)
    per = [(e.start, e.end) for e in ents if e.type == "PER"]
    grown = entry_names(text, per)  # "2) Куулар Буян, 1965 г.р.": names NER missed in a list
    grown += passport_names(written or text, [*per, *grown])  # "… Nimal JAYASURIYA и …"
    per = sorted([*(s for s in per if not any(a <= s[0] and s[1] <= b for a, b in grown)),
                  *grown])
    if current_language() == "uk":  # natasha's NER is Russian: Ukrainian names by morphology
        people = group(text, split_namesakes(text, split_kin_names(
            text, uk_person_spans(text, per))))
        foreign_nominative(people, text)
        surname_first(people, text)
        list_order(people, text, written)
        add_pairs(people, text)
    else:
        people = group(text, split_namesakes(text, split_kin_names(
            text, person_spans(text, per, alternates=False))))
        list_order(people, text, written)
    spell_out_initials(text, people)
    if not people:
        return []
    statuses = find_status(text)
    statuses = sorted([*statuses, *heading_fates(text, statuses)], key=lambda f: f.start)
    locs = [(e.start, e.end) for e in ents if e.type == "LOC"]
    facts: list[Fact] = [
        *statuses,
        *date_facts(text, find_dates(text, published), statuses, sents,
                    [(r.start, r.end) for p in people for r in p.refs]),
        *find_ages(text),
        *(uk_facts(text) if current_language() == "uk" else []),
        *find_units(text),
        *(find_ranks(toks, text) if current_language() != "uk" else uk_ranks(toks, text)),
        *find_branches(text),
        *find_channels(text),
        *(find_places(text, toks) if current_language() != "uk" else merge_places(
            find_places(text, toks), uk_places(text, [(r.start, r.end) for p in people
                                                      for r in p.refs]), text)),
        *(find_communities(text) if current_language() == "uk" else []),
        *find_demonyms(text),
        *(find_nationals(text) if current_language() != "uk" else []),
        *find_ukrainian_units(text),
        *find_farewell_home(text),
        *this_town_homes(text),
        *(find_death_places(text, locs) if current_language() != "uk" else
          uk_death_places(text, find_death_places(text, locs))),
        *find_birth_places(text, locs),
        *find_listed_homes(text, [(r.start, r.end) for p in people for r in p.refs]),
        *find_listed_countries(text, [(r.start, r.end) for p in people for r in p.refs]),
        *find_other_homes(text, [(r.start, r.end) for p in people for r in p.refs], locs),
    ]
    facts = stated_regions(text, facts)
    people = [p for p in people if not _a_place_of_death(p, facts, text)
              and not _a_units_namesake(p, facts, text)]
    if len(people) > 1:  # "гибель своего гражданина" speaks of a text's one person only
        facts = [f for f in facts if not f.extra.get("one_person")]
    facts = [f for f in facts if not _inside_name(f, people)]
    # "…, загинув 12.03.2024, Авдіївка.": the place after an entry's dated death is where
    # he died, not his home
    fates = {(f.start, f.end) for f in facts if f.extra.get("entry_fate")}
    facts = [f for f in facts if f.field not in ("settlement", "region")
             or (f.start, f.end) not in fates]
    facts = drop_former_ranks(text, drop_whose_kin(text, drop_kins_service(text, facts, sents, [
        (r.start, r.end) for p in people for r in p.refs])))
    by_person = attach(sorted(facts, key=lambda f: f.start), people, sents, text)
    # a text naming a foreign citizen or telling of convicts: a contract or a volunteer unit
    # implies no Russian citizenship there
    foreigners = any(f.field == "citizenship" and f.value != "RU" for f in facts)
    foreign_text = foreigners or any(
        f.field == "channel" and f.value == Channel.PRISONER for f in facts)
    if current_language() == "uk":
        share_plural(text, people, by_person, sents, facts)
    share_all_but(text, people, by_person, sents, facts)
    share_enumerated(text, people, by_person, sents, facts)
    share_heading_fates(text, people, by_person, statuses)
    share_comitative(text, people, by_person, sents)
    share_same_battle(text, people, by_person, sents, facts)
    share_same_battle(text, people, by_person, sents, facts, SAME_DAY, place=False)
    share_clause_day(text, people, by_person, sents)
    share_next_day(text, by_person, sents, facts)
    own_army = current_language() == "uk" and own_side(text)
    plain = current_language() == "uk" and not own_army and no_enemy_words(text) and not \
        russian_homes(facts) and not taken_by_ukraine(text) and not mourned_in_russia(text)
    out = []
    names = tuple((r.start, r.end) for p in people for r in p.refs)
    if named is not None:
        named.extend(names)
    codes = document_regions(toks, text, names)
    country = one_foreign_country(facts)
    for i, person in enumerate(people):
        own = share_country(by_person[i], country, bool(person.parts.patronymic))
        mention = assemble(text, person, own, foreign_text, own_army, plain, foreigners,
                           [(r.start, r.end) for p in people if p is not person for r in p.refs])
        if mention is not None and not person.subject and mention["status"] is None:
            continue  # a relative, an official or a speaker whose own fate the text never tells
        if mention is not None:
            if current_language() == "uk":
                finish_mention(mention, text)
            _region_of_home(mention, codes, text)
            home_citizenship(mention, foreigners)
            out.append(mention)
    share_same_place(out, text)
    share_same_unit(out, text)
    share_heading_unit(out, text)
    share_wounded_place(out, text, sents)
    drop_caption_fates(out, text)
    if current_language() == "ru":
        mourning_town(out, text)
        mourning_unit(out, text, [f for f in facts if f.field == "unit"])
        local_region(out, named_regions(toks, text, names), local_regions(toks, text, names),
                     text)
    return out


def local_region(mentions: list[dict[str, Any]], named: dict[str, tuple[int, int]],
                 local: dict[str, tuple[int, int]], text: str) -> None:
    """A local text (a district's or a town's site: "Администрация Усть-Кутского
    муниципального образования сообщает о гибели …", "В Дагестане простились …") naming one
    Russian region gives it to each of its people whose home it does not state (evidence
    ``rule: local text``); not to a foreigner nor to one with a home town of his own."""
    if len(named) != 1 or set(named) != set(local):
        return
    code, (start, end) = next(iter(local.items()))
    if not code.startswith("RU-"):
        return
    for m in mentions:
        if m.get("region") or m.get("settlement") or m.get("citizenship") not in (None, "RU"):
            continue
        m["region"], m["region_inferred"], m["region_occupied"] = code, True, False
        m["evidence"]["region"] = {"quote": text[start:end], "start": start, "end": end,
                                   "rule": "local text"}


#: a word for a village right before its name ("с. Тарбагатай", "в селе Кулунда")
_VILLAGE_BEFORE = re.compile(r"(?:(?<![\w-])[сдп]\.|\bпгт\.?|\bпос\.|\bсел[аоеу]|\bдеревн\w+|"
                             r"\bпос[её]лк\w*|\bстаниц\w+|\bаул\w*|\bулус\w*)\s*$", re.I)


#: the words of a formation's name right before its namesake ("імені контрадмірала", "имени
#: Героя России", "named after")
_NAMED_AFTER = re.compile(r"(?i:имени|імені|named\s+after)\s+(?:(?:[a-zа-яёіїєґ'’-]+|Геро[яй]|"
                          r"России|Росії|Украины|України|Советского|Радянського|Союзу?|"
                          r"Rear|Admiral|General|Hero|of|Russia)\s+){0,3}$")


def _a_units_namesake(person: Person, facts: list[Fact], text: str) -> bool:
    """Every mention of the person is the namesake of a unit's name ("36-ї бригади … імені
    контрадмірала Михайла Білинського", "батальоне имени Героя России Шаймуратова"): no
    person of the text (a soldier named right after "імені Шаймуратова" stays one)."""
    def namesake(start: int) -> bool:
        m = _NAMED_AFTER.search(text, max(0, start - 40), start)
        return m is not None and any(f.field == "unit" and f.start < m.start() < f.end
                                     for f in facts)
    return all(namesake(r.start) for r in person.refs)


def _not_ukraines_namesake(m: dict[str, Any], codes: frozenset[str], text: str) -> None:
    """A Russian text's village the tables know only in Ukraine ("житель с. Вороново" in a
    page of the Кожевниковский район): in a text naming Russian regions only, Ukraine's
    namesake is not his home — the village stays as written, its region is the text's."""
    region, ev = m.get("region"), m["evidence"].get("region") or {}
    if not (isinstance(region, str) and region.startswith("UA-") and m.get("region_inferred")
            and ev.get("rule") == "settlement" and codes
            and all(c.startswith("RU-") for c in codes)):
        return
    start, end = ev.get("start"), ev.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not _VILLAGE_BEFORE.search(
            text[max(0, start - 12) : start]):
        return
    m["settlement"], m["region"], m["region_inferred"] = text[start:end], None, None
    m["region_occupied"] = None
    m["evidence"]["settlement"] = {"quote": text[start:end], "start": start, "end": end}
    m["evidence"].pop("region", None)


def _region_of_home(m: dict[str, Any], codes: frozenset[str], text: str = "") -> None:
    """A home town without its region: the region the rest of the text names, if one fits."""
    _not_ukraines_namesake(m, codes, text)
    if not m.get("settlement") or m.get("region") or m.get("citizenship") not in (None, "RU"):
        return
    start = m["evidence"].get("settlement", {}).get("start")
    village = isinstance(start, int) and bool(_VILLAGE_BEFORE.search(text[max(0, start - 12) :
                                                                          start]))
    code = region_from_document(str(m["settlement"]), codes,
                                village and m.get("citizenship") == "RU")
    if code is None:
        return
    m["region"], m["region_inferred"], m["region_occupied"] = code, True, False
    m["evidence"]["region"] = {**m["evidence"]["settlement"], "rule": "document"}
    quote = str(m["evidence"]["settlement"].get("quote", ""))
    if quote == m["settlement"] and code.startswith("RU-") and re.search(
            r"\bиз\s+$", text[: m["evidence"]["settlement"].get("start", 0)][-6:]):
        m["settlement"] = russian_nominative(quote)  # "из Чурапчи" in a text about Якутия


#: statuses with no place of death in any language (the guide's places are a death's, or a
#: missing, captured or wounded man's)
_NO_PLACE = frozenset({Status.RETURNED, Status.SERVING})


def _a_place_of_death(person: Person, facts: list[Fact], text: str) -> bool:
    """A "person" named by one word that a place-of-death or a home rule reads as a town
    after its preposition or cue ("погиб у Крынок", "вела бои у Клещеевки", "жил в родных
    Шихазанах"; not a list's entry, "Зуев, Иванов", nor a town named with no cue)."""
    return all(" " not in text[r.start : r.end] and any(
        (f.field == "place_of_death" or (f.field == "settlement" and not (
            f.extra.get("listed") or f.extra.get("context"))))
        and f.start <= r.start and r.end <= f.end for f in facts) for r in person.refs)


def _inside_name(f: Fact, people: list[Person]) -> bool:
    return any(r.start <= f.start and f.end <= r.end for p in people for r in p.refs)


def _on_heading_line(text: str, pos: int) -> bool:
    """``pos`` is on a line that ends with a colon and a list's entry opens the next line."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0 or not text[start:end].rstrip().endswith(":"):
        return False
    return re.match(r"[ \t]*(?:\d{1,3}[.)]|[—–•▪*-])", text[end + 1 :]) is not None


def _pick(facts: list[Fact], name: str, text: str = "") -> Fact | None:
    """The first fact for a field, or for a date the most precise one — a list entry's own
    before its heading's ("Список погибших в декабре:" … "погиб 14.12.2023")."""
    found = [f for f in facts if f.field == name]
    if not found:
        return None
    if name.endswith("_date"):
        rank = {"day": 0, "month": 1, "year": 2}
        if text and len(found) > 1:  # a date on a list's heading line ("Confirmed deaths, 1–14
            # March:\n1. … killed 2 March"), though no rule marked it the heading's
            found = [Fact(f.field, f.value, f.start, f.end, {**f.extra, "headed": True})
                     if _on_heading_line(text, f.start) else f for f in found]
        best = min(found, key=lambda f: (bool(f.extra.get("headed")),
                                         rank.get(str(f.extra.get("precision")), 3), f.start))
        # an entry's bare year under its heading's month of that year ("погибшие в сентябре
        # 2024 г.:" … "Игнатенко А. В. (2001–2024)"): the heading's is more precise
        finer = [f for f in found if f.extra.get("headed") and str(f.value).startswith(
            f"{best.value}-")] if not best.extra.get("headed") and len(str(best.value)) == 4 \
            else []
        return finer[0] if finer else best
    if name in ("region", "settlement"):  # a place said without a home cue comes last, and
        # where someone was born or grew up after where he lived; a town named only by a
        # demonym after a town said ("курянин, уроженец Рыльска": the demonym may mean the
        # region)
        return min(found, key=lambda f: (bool(f.extra.get("context")),
                                         name == "settlement" and bool(f.extra.get("demonym")),
                                         bool(f.extra.get("born")), f.start))
    if name == "place_of_death":  # a settlement is more precise than a region
        return min(found, key=lambda f: (not f.extra.get("settlement", False),
                                         bool(f.extra.get("country")), f.start))
    if name == "citizenship":  # citizenship acquired later is the one held; a country he
        # is only from ("уроженец Таджикистана, гражданин РФ") comes last
        return min(found, key=lambda f: (not f.extra.get("acquired"),
                                         bool(f.extra.get("native")), f.start))
    if name == "unit":  # the unit he is in now, not one of the past
        return pick_unit(found, text)
    return found[0]


def assemble(text: str, person: Person, facts: list[Fact],
             foreign_text: bool = True, own_army: bool = False,
             plain: bool = False, foreigners: bool = False,
             others: Sequence[tuple[int, int]] = ()) -> dict[str, Any] | None:
    """One person's mention dict, or None if the text ties nothing about the war to them.

    ``own_army``: a Ukrainian text about Ukraine's own soldiers (`uk_side.own_side`);
    ``plain``: a Ukrainian text with no word for the enemy (`uk_side.no_enemy_words`);
    ``foreigners``: the text names a foreign country's citizen or native; ``others``: the
    namings of everyone else."""
    m: dict[str, Any] = dict.fromkeys(FIELDS)
    evidence: dict[str, dict[str, Any]] = {}
    chosen: dict[str, Fact] = {}
    statuses = [f for f in facts if f.field == "status"]
    # a list entry's own status ("… — пропал без вести") over its heading's ("Список погибших:")
    # — unless the entry only tells how the heading's fate came about ("Вернулись из плена:" …
    # "— попал в плен под Курском"): a capture before the return, going missing before it
    own = [f for f in statuses if not f.extra.get("headed")]
    heads = {f.value for f in statuses if f.extra.get("headed")}
    if own and any(all(f.value in _EARLIER.get(h, ()) for f in own) for h in heads):
        own = []
    statuses = own or statuses
    # words of mourning ("Вечная память!") only when nothing else tells the fate
    statuses = [f for f in statuses if not f.extra.get("weak")] or statuses
    if any(f.value == Status.DESERTED for f in statuses):  # "Военная полиция разыскивает
        # рядового …, самовольно оставившего часть": sought as a deserter, not missing
        statuses = [f for f in statuses if not (f.value == Status.MISSING and _SOUGHT_CUE.match(
            text, f.start, f.end))]
    if statuses:
        best = min(statuses, key=lambda f: (_STATUS_ORDER.index(f.value), f.start))
        chosen["status"] = best
        if best.value not in (Status.KILLED, Status.DECLARED_DEAD) and not best.extra.get(
                "headed"):  # "Героїв, які загинули в березні:" … "— зник безвісти 20 березня"
            facts = [f for f in facts if not (f.field == "death_date" and f.extra.get("headed"))]
        dated = [
            f for f in facts if f.field == "status_date" and f.extra.get("status") == best.value
        ]
        picked = _pick(dated, "status_date", text)
        if picked is not None:
            chosen["status_date"] = picked
    channels = [f for f in facts if f.field == "channel"]
    if channels:
        chosen["channel"] = pick_channel(channels, text)
    sex = person.parts.sex
    facts = [f for f in facts if not (sex and f.extra.get("cue_sex") not in (None, sex))]
    for name in ("birth_date", "death_date", "age", "unit", "rank", "branch", "region",
                 "settlement", "citizenship", "place_of_death", "place_of_birth"):
        f = _pick(facts, name, text)
        if f is not None:
            chosen[name] = f
    home, region = chosen.get("settlement"), chosen.get("region")
    if home is not None and home.extra.get("abroad") and region is not None and (
            region.extra.get("context")):
        del chosen["region"]  # "родом из Кабула … подписал контракт в Москве": not his region
    _place_with_date(chosen, facts, [(r.start, r.end) for r in person.refs])
    if "death_date" not in chosen:  # "Снаряд попал в остановку утром 20 марта … погибла"
        incident = incident_death(chosen.get("status"), facts)
        if incident is not None:
            chosen["death_date"] = incident
    _bound_death(chosen, [f for f in facts if f.field == "other_date"])
    _death_by_court(text, chosen, facts)
    _citizenship(chosen, facts, foreign_text, text, own_army,
                 [(r.start, r.end) for r in person.refs], plain, foreigners)
    if chosen.get("status") is None and "death_date" in chosen:
        chosen["status"] = chosen["death_date"]
    status = chosen.get("status")
    if status is not None and (status.value in _NO_PLACE or (
            status.value == Status.DESERTED and current_language() == "ru")):
        # a deserter's place is where he ran or was caught; one who came home from captivity
        # or serves on has no place of death, not even that of his capture
        chosen.pop("place_of_death", None)
    place = chosen.get("place_of_death")
    if status is not None and status.value == Status.WOUNDED and place is not None and (
            place.extra.get("hospital")):
        chosen.pop("place_of_death", None)  # "находятся в госпитале в Ростове": where he is
        # treated, not where he was wounded
    if status is not None and status.value == Status.KILLED and place is not None and (
            place.extra.get("lost")):
        # "пропал без вести у Авдеевки, гибель подтверждена": where he went missing, not
        # where he died (a court's date of death keeps it: status declared_dead)
        chosen.pop("place_of_death", None)
    if not WAR_FIELDS & chosen.keys():
        return None
    if WAR_FIELDS & chosen.keys() == {"channel"} and channel_apart(
            text, person, chosen["channel"], others):
        return None  # the channel of the men a text is about, read beside no naming of hers
    other_dates: dict[str, str] = {}
    dated = sorted((f for f in facts if f.field == "other_date"), key=lambda f: f.start)
    if current_language() == "ru":
        dated = _nearest_to_cue(dated, text)
    one_of: list[tuple[str, str]] = []  # (value, event): the guide keeps one of them
    for f in dated:
        event = str(f.extra["event"])
        if event in _ONE_OF:
            one_of.append((str(f.value), event))
        elif event in other_dates and str(f.value).startswith(other_dates[event] + "-"):
            # "торік у серпні … Контракт він підписав 27 серпня": the day of that month
            other_dates[event] = str(f.value)
        else:
            other_dates.setdefault(event, str(f.value))
    status, when = chosen.get("status"), chosen.get("status_date")
    if status is not None and when is not None and status.value in _DATED_EVENTS:
        one_of.append((str(when.value), str(status.value)))  # not a death date
    elif status is not None and when is not None and status.value == Status.DECLARED_DEAD \
            and "death_date" in chosen and str(when.value) != str(chosen["death_date"].value):
        # "Суд 3 июля признал умершим …; датой смерти признано 14 января": the decision
        one_of.append((str(when.value), STATUS_EVENT[Status.DECLARED_DEAD]))
    elif when is None and (struck := incident_event(status, facts, _DATED_EVENTS)):
        one_of.append(struck)  # "hit by a drone strike on September 9 … seriously wounded"
    elif status is not None and when is not None and status.value == Status.RETURNED and (
            current_language() == "ru"):
        # the exchange that brought him back ("в ходе обмена 25 июня вернулись …"): an event
        # of its own in the Russian guide (the English and Ukrainian one dates no return);
        # his capture, when dated, still wins
        one_of.append((str(when.value), "other"))
    if current_language() == "uk" or (status is not None and status.value == Status.RETURNED):
        # the day someone went missing or was captured ("зник безвісти 11 листопада"; before
        # an exchange: "попал в плен ещё в октябре 2022 года")
        one_of += [(str(f.value), str(f.extra["status"])) for f in facts
                   if f.field == "status_date" and f.extra.get("status") in _OTHER_STATUS_DATES]
    elif status is not None and status.value == Status.KILLED and status.extra.get("confirmed"):
        # missing, then his death confirmed ("Пропал без вести 15 октября …, гибель
        # подтверждена 12 декабря"): the day he went missing is an event of its own
        one_of += [(str(f.value), "missing") for f in facts
                   if f.field == "status_date" and f.extra.get("status") == Status.MISSING]
    death = chosen.get("death_date")
    if death is not None and status is not None and status.value == Status.KILLED:
        # "20 мая был тяжело ранен, а 23 мая скончался": the wounding of one who died of it
        # (not "рятувала поранених з 2015 року": the wounded she saved; not years before)
        one_of += [(str(f.value), "wounded") for f in facts
                   if f.field == "status_date" and f.extra.get("status") == Status.WOUNDED
                   and str(f.value) < str(death.value)[: len(str(f.value))]
                   and int(str(f.value)[:4]) >= int(str(death.value)[:4]) - 1
                   and not THE_WOUNDED.fullmatch(text, f.start, f.end)]
    if death is not None:  # going missing on the day he died is no event of its own (the
        # guide: "missing … when it is not a death date")
        one_of = [(v, e) for v, e in one_of if not (e == "missing" and v == str(death.value))]
    if one_of:
        value, event = one_other(one_of, Status(status.value) if status is not None
                                 and status.field == "status" else None)
        other_dates.setdefault(event, value)
    channel = chosen.get("channel")
    if channel is not None and channel.value == Channel.CONSCRIPT and "mobilised" in \
            other_dates and "conscription" not in other_dates:
        # "Єгора призвали у травні": a conscript's call-up is his conscription
        other_dates["conscription"] = other_dates.pop("mobilised")
    m["other_dates"] = other_dates or None
    for name, f in chosen.items():
        value = Status.KILLED if name == "status" and f.field == "death_date" else f.value
        m[name] = str(value) if name in ("status", "channel", "branch") else value
        evidence[name] = f.evidence(text)
        if name.endswith("_date"):
            m[f"{name}_precision"] = str(f.extra["precision"])
    region = chosen.get("region")
    if region is not None:
        m["region_inferred"] = bool(region.extra.get("inferred") or region.extra.get("context"))
        m["region_occupied"] = bool(region.extra.get("occupied"))
        if region.extra.get("context"):
            evidence["region"]["rule"] = "document"
        elif region.extra.get("inferred"):
            evidence["region"]["rule"] = "settlement"
    if "citizenship" in chosen:
        m["citizenship_contested"] = bool(chosen["citizenship"].extra.get("contested"))
        if chosen["citizenship"].extra.get("inferred"):
            evidence["citizenship"]["rule"] = "inferred"
    parts = person.parts
    ref = person.best
    m.update(name=parts.full, surname=parts.surname or None, given_name=parts.given or None,
             patronymic=parts.patronymic or None, sex=parts.sex or None)
    m["name_latin"], m["name_key"] = _latin(parts.full)
    evidence["name"] = {"quote": text[ref.start : ref.end], "start": ref.start,
                        "end": ref.end}
    m["evidence"] = evidence
    m["spans"] = [[r.start, r.end] for r in person.refs]
    m["locator"] = f"text:{person.refs[0].start}-{person.refs[0].end}"
    m["extractor"], m["extractor_version"] = EXTRACTOR, EXTRACTOR_VERSION
    return m


#: a place of death this close (characters) to the death date is told with it
_WITH_DATE = 100


def _place_with_date(chosen: dict[str, Fact], facts: list[Fact],
                     names: list[tuple[int, int]]) -> None:
    """Of several places of death or ages, the one told with the death ("В Бергамо умер
    боксёр …. Он умер 28 марта в возрасте 61 года в поликлинике Понте-Сан-Пьетро") is the
    account to keep."""
    death = chosen.get("death_date") or chosen.get("status")
    if death is None:
        return
    for name in ("place_of_death", "age"):
        found = [f for f in facts if f.field == name]
        if name == "age" and any(_beside(f, names) for f in found):
            continue  # "Иван Белоусов, 19, …", "26-летнюю Чжан Инъин": the age at the name
        if name == "place_of_death" and current_language() == "uk" and any(
                f.extra.get("hospital") for f in found):
            continue  # "в лікарні … у Дніпрі пішов з життя": the hospital's town, not the front
        near = [f for f in found if max(f.start - death.end, death.start - f.end) <= _WITH_DATE]
        if name == "place_of_death" and _land_before_town(near, found, facts):
            continue  # "загинув на Донеччині. … найманець загинув під Бахмутом": the town
        if name == "place_of_death" and _town_beyond_front(near, chosen):
            continue  # "взяли в плен на Запорожском направлении … Сдался он у села
            # Новодаровка": his own town told apart outweighs the front near the news
        if len(found) > 1 and near:
            chosen[name] = min(near, key=lambda f: (
                bool(f.extra.get("survived")) and (death.field == "death_date" or (
                    death.value == Status.KILLED)),  # not where he was wounded'
                name == "place_of_death" and not f.extra.get("settlement", False),
                bool(f.extra.get("country")),  # a hospital or a region is more precise
                max(f.start - death.end, death.start - f.end)))


def _town_beyond_front(near: list[Fact], chosen: dict[str, Fact]) -> bool:
    """The places near the news are fronts or lands only, and the place already chosen is a
    town of one who did not die, or of the death itself (not the town of a wound survived)."""
    town = chosen.get("place_of_death")
    status = chosen.get("status")
    return bool(near) and town is not None and bool(town.extra.get("settlement")) and not any(
        f.extra.get("settlement") for f in near) and (
        not town.extra.get("survived") or (status is not None and status.value != Status.KILLED))


def _land_before_town(near: list[Fact], found: list[Fact], facts: list[Fact]) -> bool:
    """Ukrainian: the places near the death are lands only ("на Донеччині") and a later
    account of the death names its town ("найманець загинув під Бахмутом"; not "був
    поранений під Бахмутом"): the town is kept."""
    deaths = [f for f in facts if f.field == "status" and f.value == Status.KILLED]
    return current_language() == "uk" and bool(near) and not any(
        f.extra.get("settlement") for f in near) and any(
        f.extra.get("settlement") and not f.extra.get("survived") and any(
            0 <= f.start - d.end <= 12 for d in deaths) for f in found)


def _beside(f: Fact, names: list[tuple[int, int]]) -> bool:
    return any(0 <= f.start - e <= 3 or 0 <= s - f.end <= 2 for s, e in names)


#: channels and ranks of someone serving in Russia's forces: citizenship RU unless stated
_RU_CHANNELS = frozenset({Channel.MOBILISED, Channel.CONSCRIPT, Channel.REGULAR})


#: channels that imply Russian citizenship in a text that names no foreign citizen
_RU_IF_NO_FOREIGNER = frozenset({Channel.VOLUNTEER_FORMATION, Channel.CONTRACT})


#: words that call a person one who serves ("захисник", "воїн", "на щиті", "поховали наших
#: побратимів", a rank word the person's facts lack, "до лав ЗСУ", a call sign): with them a
#: status in a text about Ukraine's own is a soldier's; without, a civilian's
_SERVICE_WORD = re.compile(
    r"\bзахисни(?:к|ка|ку|ком|ці|ця|цю|цею|ки|ків|кам|ками)\b|\bвоїн\w*|\bпобратим\w*|"
    r"\bвійськовослужбов\w+|\bбо(?:єць|йця|йцю|йцем)\b|\bбійц(?:і|ів|ям|ями)\b|"
    r"\bоборон(?:ець|ця|цю|цем|ці|ців)\b|\bна\s+щиті\b|\b(?:солдат|сержант|рядов|матрос|"
    r"старшин|єфрейтор|прапорщик|лейтенант|капітан|майор|полковник|офіцер|командир)\w*|"
    r"\bЗСУ\b|\bдо\s+лав\b|\bбойов\w+\s+медик\w*|\bмобілізован\w*|\bслужи(?:в|ла|ти)\b|"
    r"\bпозиці\w*|«[^»\s]{2,20}»\s*[—–]", re.I)


def _served(text: str, refs: list[tuple[int, int]], after: int = 0) -> bool:
    """A word for one who serves in the sentence that names the person or the one before
    it ("Сьогодні поховали наших побратимів. «Грім» — Дмитро …"), or in the ``after``
    sentences after it ("… загинув під Костянтинівкою. Він пішов до війська …")."""
    for s, e in refs:
        ends = [m.end() for m in re.finditer(r"[.!?]\s", text[:s])]
        begin = ends[-2] if len(ends) > 1 else 0
        stops = [m.start() for m in re.finditer(r"[.!?](?:\s|$)", text[e:])]
        stop = stops[after] if len(stops) > after else None
        words = _SERVICE_WORD if not after else _SERVED_AFTER
        if words.search(text[begin : e + stop if stop is not None else len(text)]):
            return True
    return False


#: service words a sentence after the name may add: "пішов до війська", "у 80-й бригаді"
_SERVED_AFTER = re.compile(_SERVICE_WORD.pattern + r"|\bдо\s+(?:війська|армії)\b|"
                           r"\bбригад\w*|\bбатальйон\w*|\bпіхотин\w*", re.I)


def _citizenship(chosen: dict[str, Fact], facts: list[Fact], foreign_text: bool = True,
                 text: str = "", own_army: bool = False,
                 refs: list[tuple[int, int]] | None = None, plain: bool = False,
                 foreigners: bool = False) -> None:
    """Citizenship as a volunteer reads it: a foreigner's contract is foreign_contract and
    his home is no Russian region; a local man's obituary implies Russian citizenship.

    ``plain``: a Ukrainian text with no word for the enemy ("Служив за контрактом у 155-й
    бригаді", "Ми жили у Світловодську … Він пішов до війська"): one who served there with
    no home or a home in free Ukraine is Ukraine's soldier. ``foreigners``: the text names
    a foreign country's citizen or native."""
    facts = [f for f in facts if not f.extra.get("birthplace")]
    held = chosen.get("citizenship")
    if held is not None and held.extra.get("birthplace"):  # "уроженец Таджикистана" alone
        again = _pick(facts, "citizenship")  # tells where he was born, not his citizenship
        if again is None:
            del chosen["citizenship"]
        else:
            chosen["citizenship"] = again
    foreign = [f for f in facts if f.field == "citizenship" and f.value != "RU"]
    channel = chosen.get("channel")
    if foreign:
        held = chosen.get("citizenship")
        channel = foreign_channel(text, channel, foreign, held,
                                  "status" in chosen or "death_date" in chosen)
        if channel is not None:
            chosen["channel"] = channel
        russian_now = held is not None and held.value == "RU" and held.extra.get("acquired")
        if "region" in chosen and not str(chosen["region"].value).startswith("UA-") and (
                not russian_now):  # a foreigner's home in Russia; Ukraine's is kept
            del chosen["region"]
        return
    if "citizenship" in chosen:
        return
    region = chosen.get("region")
    rank = chosen.get("rank")
    russian = russian_service(text, chosen)  # "гвардії єфрейтор", "в/ч 38643"
    if own_army and not russian and not (region is not None and str(region.value).startswith(
            "RU-")):
        # "наш земляк, захисник …", "повернулися … українських захисників. Серед них —
        # старший сержант …": Ukraine's soldier, whatever his rank or call-up
        # a status alone is no basis: "загинув наш земляк …, водій тролейбуса" is a
        # civilian killed by shelling, unless the sentence calls him a defender or warrior
        # one held captive or back from captivity is a prisoner of war ("досі перебуває в
        # полоні")
        status = chosen.get("status")
        pow_ = status is not None and status.value in (Status.CAPTURED, Status.RETURNED)
        kinds = ("rank", "unit", "channel", "status") if pow_ or _served(text, refs or []) \
            else ("rank", "unit", "channel")
        basis = next((chosen[k] for k in kinds if k in chosen), None)
        if basis is not None:
            chosen["citizenship"] = Fact("citizenship", "UA", basis.start, basis.end,
                                         {"contested": False, "inferred": True})
            return
    if plain and not russian and (region is None or (str(region.value).startswith("UA-") and not (
            region.extra.get("occupied") or region.extra.get("context")))):
        kinds = ("rank", "unit", "channel", "status") if _served(text, refs or [], 2) else (
            "rank", "unit", "channel")
        basis = next((chosen[k] for k in kinds if k in chosen), None)
        if basis is not None:
            chosen["citizenship"] = Fact("citizenship", "UA", basis.start, basis.end,
                                         {"contested": False, "inferred": True})
            return
    if rank is not None and rank.value in UKRAINIAN_RANKS and not russian:  # "солдат"
        chosen["citizenship"] = Fact("citizenship", "UA", rank.start, rank.end,
                                     {"contested": False, "inferred": True})
        return
    if region is not None and str(region.value).startswith("UA-") and not region.extra.get(
            "context"):
        return  # a home in Ukraine, occupied or not ("житель Макеевки"), implies no Russian one
    status = chosen.get("status")
    if current_language() == "uk" and not own_army and not foreigners and status is not None \
            and status.value == Status.CAPTURED and enemy_captives(text):
        # "Бійці 47-ї бригади взяли в полон двох військовослужбовців ЗС РФ. Перший із
        # полонених — …": the enemy's soldier held by Ukraine is Russia's
        chosen["citizenship"] = Fact("citizenship", "RU", status.start, status.end,
                                     {"contested": False, "inferred": True})
        return
    home = region is not None and not region.extra.get("context") and str(
        region.value).startswith("RU-")
    serving = channel is not None and (channel.value in _RU_CHANNELS or (
        channel.value in _RU_IF_NO_FOREIGNER and not foreign_text))
    status = chosen.get("status")
    # "прощания с нашими земляками, погибшими в зоне СВО", "о гибели ещё восьми земляков":
    # a Russian text mourning its own, or speaking of the war as Russia's "special operation"
    war = status if status is not None else channel if channel is not None else chosen.get(
        "unit")
    local = current_language() == "ru" and war is not None and not foreigners and (
        channel is None or channel.value != Channel.PRISONER) and bool(_LOCAL_WAR.search(
            text))
    if home or serving or "rank" in chosen or local or russian:
        basis = (region if home and region is not None
                 else channel if channel is not None else chosen.get("rank", war))
        assert basis is not None
        chosen["citizenship"] = Fact("citizenship", "RU", basis.start, basis.end,
                                     {"contested": False, "inferred": True})


#: a Russian text's words for its own dead or for the war as Russia calls it
_LOCAL_WAR = re.compile(r"\bземляк\w*|\bСВО\b|\bспециальн\w+\s+военн\w+\s+операци\w*|"
                        r"\bспецоперац\w*", re.I)


#: statuses whose date is an event of its own in other_dates (going missing, captured,
#: wounded, deserting), kept apart from any death date
_DATED_EVENTS = frozenset({Status.MISSING, Status.CAPTURED, Status.WOUNDED, Status.DESERTED})
#: a court that takes the day someone went missing as the date of death
_COURT_DAY = re.compile(r"\bдат\w*\s+(?:его\s+)?смерти\b[^.]{0,60}?\b(?:исчезновени|пропаж|"
                        r"пропал|безвест)\w*|"
                        # "The court recognised that day as the date of his death", "… took the
                        # day he went missing as the date of death"
                        r"\b(?:that|this|the\s+same)\s+day\s+as\s+(?:the|his|her)\s+(?:date|day)\s+"
                        r"of\s+(?:his\s+|her\s+)?death\b|\bthe\s+day\s+(?:he|she)\s+(?:went\s+missing|"
                        r"disappeared|was\s+last\s+seen)\s+as\s+(?:the|his|her)\s+(?:date|day)\s+of\b",
                        re.I)


def _death_by_court(text: str, chosen: dict[str, Fact], facts: list[Fact]) -> None:
    """"Датой смерти суд определил день исчезновения": the date of going missing is the
    death date of someone declared dead."""
    status = chosen.get("status")
    if "death_date" in chosen or status is None or status.value != Status.DECLARED_DEAD:
        return
    missing = [f for f in facts if f.field == "status_date" and f.extra.get("status") ==
               Status.MISSING]
    if missing and _COURT_DAY.search(text):
        day = min(missing, key=lambda f: f.start)
        chosen["death_date"] = Fact("death_date", day.value, day.start, day.end, day.extra)


def _nearest_to_cue(dated: list[Fact], text: str) -> list[Fact]:
    """Of the dates one event got, the one nearest the event's words first ("отслуживший в
    ВДВ с 1994 по 1996 год, в ноябре 2022 года … подписал контракт": November 2022); a date
    that closes a clause before its cue's is farther than any in the cue's own clause ("Тело
    доставили 14 августа, похоронили его на следующий день": the day after)."""
    def gap(f: Fact) -> int:
        cue = f.extra.get("cue")
        if not isinstance(cue, tuple):
            return 0
        return max(cue[0] - f.end, f.start - cue[1], 0) + (
            LATER_CLAUSE if later_clause(text, f.end, cue[0]) else 0)
    return sorted(dated, key=lambda f: (str(f.extra["event"]), gap(f), f.start))


#: events a person's record keeps one of (the guide's "other"), in every language: going
#: missing, captured, wounded or deserting, the last contact, a court's decision, an award, a
#: conscription, a departure or arrival, a body's return, and what English tells as "other"
_ONE_OF = frozenset({"missing", "captured", "wounded", "deserted", "contact", "court",
                     "award", "conscription", "departure", "repatriation", "other"})




def one_other(dated: list[tuple[str, str]], status: Status | None) -> tuple[str, str]:
    """Of several (date, event) pairs, in the order told, the one a volunteer keeps, the same
    in every language: the event of the person's status (a deserter's leaving the unit, not
    the court that sentenced him later; a returned prisoner's capture, not the exchange),
    else the latest news of the person ("last heard from him on October 20" after "flew to
    Moscow in September"; "пропал без вести 14.01.2024 … выходил на связь 11 января");
    of one kind of event the first told (the decree of an award, not the day it was handed
    over)."""
    own = [d for d in dated if status is not None and d[1] == STATUS_EVENT.get(status)]
    if own:
        return own[0]
    first: dict[str, tuple[str, str]] = {}
    for n, d in enumerate(dated):  # ("other" names no kind: each is its own)
        first.setdefault(d[1] if d[1] != "other" else f"other{n}", d)
    return max(first.values(), key=lambda d: d[0])


#: events that come after a death: a death date later than one of them is misread
_AFTER_DEATH = frozenset({"funeral", "farewell"})


def _bound_death(chosen: dict[str, Fact], others: list[Fact]) -> None:
    """A death is no later than the funeral: a relative death date after it is last year's,
    any other one after it is dropped."""
    death = chosen.get("death_date")
    if death is None:
        return
    bounds = [str(o.value) for o in others if o.extra.get("event") in _AFTER_DEATH]
    if not bounds:
        return
    bound = min(bounds)
    value = str(death.value)
    if value[: len(bound)] <= bound[: len(value)]:
        return
    if death.extra.get("relative") and len(value) >= 7:
        earlier = f"{int(value[:4]) - 1:04d}{value[4:]}"
        chosen["death_date"] = Fact(death.field, earlier, death.start, death.end, death.extra)
        if chosen.get("status_date") is death or (
                "status_date" in chosen and chosen["status_date"].start == death.start):
            chosen["status_date"] = Fact("status_date", earlier, death.start, death.end,
                                         chosen["status_date"].extra)
    else:
        del chosen["death_date"]


#: statuses whose date is kept in other_dates ("зник безвісти 11 листопада")
_OTHER_STATUS_DATES = frozenset({Status.MISSING, Status.CAPTURED, Status.DESERTED})
#: the fates that come before a list heading's fate, as its steps: an entry telling one of
#: them tells how it came to the heading's ("Вернулись из плена:" … "— попал в плен в мае")
_EARLIER: dict[str, frozenset[str]] = {
    Status.RETURNED: frozenset({Status.CAPTURED, Status.MISSING, Status.WOUNDED}),
    Status.CAPTURED: frozenset({Status.MISSING, Status.WOUNDED}),
    Status.KILLED: frozenset({Status.WOUNDED}),
}
#: a search, not a loss: "разыскивает", "розшукує", "ищет"
_SOUGHT_CUE = re.compile(r"(?:разыскива|розшук|ищ|шука)", re.I)
_STATUS_ORDER = (Status.DECLARED_DEAD, Status.KILLED, Status.RETURNED, Status.CAPTURED,
                 Status.MISSING, Status.DESERTED, Status.WOUNDED, Status.SERVING)


def _latin(name: str) -> tuple[str | None, str | None]:
    """ICAO 9303 key and loose key from headcount.names (None if that module is absent)."""
    try:
        from headcount.names import latin_key, loose_key
    except ImportError:  # pragma: no cover - names is a sibling package being written
        return None, None
    return latin_key(name) or None, loose_key(name) or None
