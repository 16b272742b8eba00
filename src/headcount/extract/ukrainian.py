"""Ukrainian names: person spans read with Ukrainian morphology, and foreign names put in
the nominative.

natasha's NER is trained on Russian: on Ukrainian it splits names ("Сергій" |
"Олегович Панкратов"), takes words before them ("Полонений Савченко", "Новосибірська
Рябцев Віктор Семенович") and misses initials ("В. І" | "Козлова"). Here a name is a run
of capitalised words and initials in which every word is a name to pymorphy3-dicts-uk
(a given name, surname or patronymic) or a word it does not know; a known word that is
no name ("Засуджений", "Мати") or a place after a preposition ("з Чити") ends it. NER
spans are kept where they hold a name word the runs missed. Foreign names pymorphy does
not know are put in the nominative by their ending and the case of the words governing
them ("громадянина Непалу Бішну Прасада Шрестху" → Шрестха Бішну Прасад).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import cache
from typing import Any

from headcount.extract import uk_ages, uk_citizens, uk_units
from headcount.extract.attach import sentence_index
from headcount.extract.boundary import common_word_surname
from headcount.extract.forces import force_spans, without_forces
from headcount.extract.foreign_names import apposition_case, south_asian_text
from headcount.extract.foreign_provinces import foreign_province
from headcount.extract.gazetteer import Gazetteer
from headcount.extract.homes import (
    common_village_name,
    find_village,
    home_regions,
    home_settlements,
    occupied,
    ukrainian_name,
    village_region,
)
from headcount.extract.list_entries import SUN_ARTICLE
from headcount.extract.military import (
    abbreviation_pattern,
    captors_formation,
    negated,
    rank_facts,
)
from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.extract.namecase import NameParts, fathers_given, spanish_surname_first
from headcount.extract.nationals import find_country_citizens
from headcount.extract.persons import Person, PersonRef
from headcount.extract.text import Sentence, Token
from headcount.extract.uk_citizens import demonym_country
from headcount.extract.uk_places import (
    DIED,
    TOWN_ENDINGS,
    adjective_town,
    known_town,
    place_nominative,
    town_nominative,
)
from headcount.extract.uk_two_word_towns import two_word_town
from headcount.extract.verdicts import served_before
from headcount.reference import Country, Region, Settlement, countries
from headcount.vocab import Channel, Status

_UP = "А-ЯІЇЄҐ"
_LOW = "а-яіїєґ'’ʼ"
#: a capitalised word, or an initial (a capital with its dot, or alone — not a one-letter
#: word that opens a sentence: "У Курській області", "В Курську", "З Бєлгорода", "І")
#: a name particle inside a name, small or capitalised ("Абдулла ібн Рашид", "Ахмед Бен Салем",
#: "Хуан де ла Крус"): it joins the words around it and never opens a name
_PARTICLE = r"(?:ібн|бін|бінт|бен|абу|аль|ал|ель|ед|ван|фан|фон|дер|де|ла|ле|ді|дель|дос|да)"
_PARTICLE_WORD = re.compile(_PARTICLE, re.I)
_TOKEN = re.compile(rf"(?<![{_UP}{_LOW}])(?:[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*|"
                    rf"[{_UP}]\.|(?![УВЗІЙАОЯ]\s)[{_UP}](?=\s)|"
                    rf"{_PARTICLE}(?:-[{_UP}][{_LOW}]+|(?=\s+(?:[{_UP}][{_LOW}]|{_PARTICLE}\s)))|"
                    rf"{SUN_ARTICLE}-[{_UP}][{_LOW}]+)")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_PLACE_PREP = re.compile(r"(?:^|\s)(?:з|із|зі|в|у|під|до|біля|поблизу|над|на|м\.|с\.|смт|"
                         r"мешкан\w+|жител\w+|уродж\w+|міста|місті|села|селі|селища|селищі|"
                         r"станиці|ст\.|провінці[їя]|област[іь]|район[уі]?|округ[уі]?|"
                         r"штат[уі]?|регіон[уі]?|департамент[уі]?|держав[иі])\s*$", re.I)
#: capitalised words that open sentences or describe people: never part of a name
_NOT_NAMES = frozenset({
    "засуджений", "засудженого", "полонений", "полоненого", "мати", "батько", "син",
    "брат", "сестра", "дружина", "він", "вона", "вони", "де", "загинув", "загинула",
    "рядовий", "рядового", "сержант", "єфрейтор", "молодший", "старший", "лейтенант",
    "капітан", "майор", "полковник", "герой", "пам'ять", "вічна", "слава", "бійці",
    "окупант", "окупанта", "мобілізований", "мобілізованого", "контрактник", "доброволець",
    "уродженець", "мешканець", "мешканця", "житель", "жителя", "громадянин", "громадянина",
})


#: given names the dictionary knows only as another word (a town, a common noun)
_GIVEN_UNTAGGED = frozenset({"володимир", "богдан", "айдар", "баїр", "любомир", "ярополк", "лев",
                             "майя"})
_CASE_ENDING = re.compile(r"(?:ові|ом|ою|а|у|е|і|я|ю)$")


def _listed_given(word: str) -> bool:
    low = word.lower()
    return low in _GIVEN_UNTAGGED or _CASE_ENDING.sub("", low) in _GIVEN_UNTAGGED


def _is_name_word(word: str) -> bool:
    """A word Ukrainian morphology reads as a given name, surname or patronymic, or does not
    know (a foreign or rare name)."""
    low = word.lower()
    if low in _NOT_NAMES or _rank_word(low) or uk_ages.age_adjective(low):
        return False  # "Двадцятишестирічний Нгуема": his age, not his given name
    if _listed_given(word) or _patronymic(word):
        return True
    ps = parses(low)
    if not ps:
        return True
    if any(_NAME_TAGS & p.tag.grammemes for p in ps[:4]):
        # a known given name that is also a town ("Володимир") is a name in a run of names
        return not any("Geox" in p.tag.grammemes for p in ps[:1]) or any(
            "Name" in p.tag.grammemes and p.is_known for p in ps[:4])
    if (ps[0].is_known and "plur" in ps[0].tag.grammemes) or any(
            p.is_known and "Pltm" in p.tag.grammemes for p in ps[:4]):
        return False  # "Рідні", "Родичі": a plural noun opening a sentence
    return not ps[0].is_known and not any("Geox" in p.tag.grammemes for p in ps)


@cache
def _rank_words() -> frozenset[str]:
    return frozenset(w for rank in UK_RANKS for w in rank.split()
                     if w not in ("першого", "другого", "третього", "рангу", "армії"))


def _rank_word(low: str) -> bool:
    """A word of a rank in any case ("Майстер-сержант", "Старшини", "Мічмана"), also joined
    to what the man was ("сержант-контрактник")."""
    if low in _rank_words() or ("-" in low and low.split("-")[0] in _rank_words()):
        return True
    ps = parses(low)[:2]
    return any(p.normal_form in _rank_words() and not _NAME_TAGS & p.tag.grammemes
               for p in ps) and "-" in low


def _foreign_run(words: list[re.Match[str]]) -> bool:
    """Name words the dictionary does not know at all (a foreign name: "Према Бахадура")."""
    return sum(1 for w in words if not any(p.is_known for p in parses(w.group(0).lower())[:3])
               ) >= 1 and not any(w.group(0).endswith(".") for w in words)


def _common_noun(word: str) -> bool:
    """A capitalised word the dictionary knows only as a thing ("Тапу": тапа), the last word
    of a foreign name after its given names ("Према Бахадура Тапу")."""
    ps = parses(word.lower())[:3]
    return bool(ps) and all(p.is_known and {"NOUN", "inan"} <= p.tag.grammemes
                            and "Geox" not in p.tag.grammemes for p in ps)


def _patronymic(word: str) -> bool:
    """Tagged a patronymic, or made of a given name and a patronymic's suffix though the
    dictionary reads it as a plain noun ("Володимирович", "Богданівна")."""
    low = word.lower()
    return any("Patr" in p.tag.grammemes for p in parses(low)[:3]) or fathers_given(low)


def _surname(word: str) -> bool:
    return any("Surn" in p.tag.grammemes for p in parses(word.lower())[:3])


def _only_given(word: str) -> bool:
    if _listed_given(word):
        return True
    ps = parses(word.lower())[:3]
    return any("Name" in p.tag.grammemes and p.is_known for p in ps) and not any(
        "Surn" in p.tag.grammemes for p in ps)


def _given(word: str) -> bool:
    return _listed_given(word) or any({"Name", "Patr"} & p.tag.grammemes
                                        for p in parses(word.lower())[:3])


def _tagged(word: str) -> bool:
    return any(_NAME_TAGS & p.tag.grammemes for p in parses(word.lower())[:4])


def person_spans(text: str, ner_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of personal names in Ukrainian ``text``."""
    text = _CALL_SIGN_INSIDE.sub(_blank_call_sign, text)
    toks = list(_TOKEN.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for t in toks:
        # a name never runs over a line's end ("Аюр Баторович Гомбоєв\nОлексій …": two)
        if runs and re.fullmatch(r"[^\S\n]+|\.[^\S\n]*", text[runs[-1][-1].end() : t.start()]) and (
                runs[-1][-1].group(0).endswith(".") or len(runs[-1][-1].group(0)) == 1
                or text[runs[-1][-1].end() : t.start()].strip() == ""):
            runs[-1].append(t)
        else:
            runs.append([t])
    out: list[tuple[int, int]] = []
    for run in runs:
        words: list[re.Match[str]] = []
        for i, t in enumerate(run):
            w = t.group(0)
            initial = len(w.rstrip(".")) == 1
            if _PARTICLE_WORD.fullmatch(w) and i + 1 < len(run):
                if words:  # inside a name: the particle and the word after it are the name's
                    words.append(t)
                    continue
                if w[:1].islower():
                    continue  # "де Іван загинув": "where", no name of its own
            if words and _PARTICLE_WORD.fullmatch(words[-1].group(0)) and not initial and \
                    w.lower() not in _NOT_NAMES:
                words.append(t)  # "Бен Салем": whatever the dictionary reads in it
                continue
            if (i == 0 or not words) and not initial and _PLACE_PREP.search(
                    text[max(0, t.start() - 14) : t.start()]) and not _given(w) \
                    and not _with_someone(text, t, run):
                # "з Чити", "під Кремінною", "мешканців Кірова", "Мешканець Єфремова Артем":
                # a place, also after a cue word of the same run
                continue
            if (i == 0 or not words) and not initial and i + 2 < len(run) and _given(w) and (
                    _FROM_PREP.search(text[max(0, t.start() - 5) : t.start()])) and _given(
                    run[i + 1].group(0)) and _table_town(w):
                continue  # "військового з Салавата Євгена Гаврилова": his town, then his name
            if not words and not initial and demonym_country(w) is not None:
                continue  # "Шрі-ланкієць Нуван Кумара Сільва": his country's noun, no name
            if not words and not initial and i + 2 < len(run) and _given(
                    run[i + 1].group(0)) and not _only_given(run[i + 2].group(0)) and not (
                    _patronymic(run[i + 2].group(0))) and _noun_before_name(w):
                continue  # "Санінструкторка Анастасія Ільїна", "Родинам Олександра Кима"
            if not initial and _rank_word(w.lower()):  # "Майстер-сержант Ігор Литвин"
                _flush(words, out)
                words = []
                continue
            if initial or _is_name_word(w) or (
                    not words and i + 2 < len(run) and _only_given(run[i + 1].group(0))
                    and _patronymic(run[i + 2].group(0)) and w.lower() not in _NOT_NAMES
                    and not _a_person_noun(w)) or (
                    i + 1 < len(run) and _patronymic(run[i + 1].group(0))
                    and w[:1].isupper() and w.lower() not in _NOT_NAMES
                    and not _a_person_noun(w) and _plain_word(w)) or (
                    words and _given(words[-1].group(0)) and _SURNAME_ENDING.search(w)
                    and w.lower() not in _NOT_NAMES) or (
                    words and _noun_surname(words[-1].group(0), w,
                                            [x.group(0) for x in words[-2:]])) or (
                    _ner_surname(text, words, t, ner_spans)) or (
                    i + 1 < len(run) and _is_name_word(run[i + 1].group(0))
                    and _in_ner(t, ner_spans) and _plain_word(w)) or (
                    len(words) >= 2 and _foreign_run(words) and _common_noun(w)) or (
                    _south_asian_surname(text, words, t, ner_spans)) or (
                    not words and _entry_surname(text, t, run, i, ner_spans)) or (
                    not words and _foreign_first(text, t, run, i, ner_spans)) or (
                    not words and _capital_verb_name(text, t, run, i, ner_spans)) or (
                    _inside_ner_name(words, run, i, ner_spans)):
                # a surname the dictionary reads as another word after a given name
                # ("Рустема Галієва": not the adjective "галієвий"); a given name it knows
                # as a common noun where NER reads a name ("Рама Бахадура Таманга")
                # a surname morphology knows as another word before a given name and a
                # patronymic is still a surname ("Сизих Артем Олегович")
                words.append(t)
            else:
                _flush(words, out)
                words = []
        _flush(words, out)
    for m in _CAPS_SURNAME.finditer(text):  # "ІВАНОВ Сергій Петрович": a surname in capitals
        if _given(m.group(2)) and _is_name_word(m.group(1).capitalize()):
            out = [(a, b) for a, b in out if not (m.start() <= a and b <= m.end())]
            if not any(a < m.end() and m.start() < b for a, b in out):
                out.append((m.start(), m.end()))
    for s, e in ner_spans:  # a lone name NER found and no run kept ("Козлова")
        if not any(a < e and s < b for a, b in out) and _TOKEN.fullmatch(text[s:e]) and \
                _tagged(text[s:e]) and _is_name_word(text[s:e]) and not _PLACE_PREP.search(
                    text[max(0, s - 14) : s]):
            out.append((s, e))
    for m in _SON_NAMED.finditer(text):  # "Його син Дмитро … загинув": NER took the kin words
        if _given(m.group(1)) and not any(a < m.end(1) and m.start(1) < b for a, b in out):
            out.append((m.start(1), m.end(1)))
    out = [span for span in out if not _attribute_of_thing(text, span)]
    forces = force_spans(text)
    named: list[tuple[int, int]] = []
    for span in out:  # "Штаб-сержант Нацгвардії Ткаченко Юрій": the force is no name word
        kept = without_forces(text, span, forces)
        if kept is not None and (kept == span or " " in text[kept[0] : kept[1]]):
            named.append(kept)
    return sorted(named)


#: "from" right before a word: a town follows it more often than a name
_FROM_PREP = re.compile(r"(?:^|\s)(?:з|із|зі)\s+$", re.I)


def _table_town(word: str) -> bool:
    """``word`` (in an oblique case) is a town of the tables ("Салавата" → Салават)."""
    from headcount.extract.places import is_place

    return is_place(word) or is_place(town_nominative(word))


#: a son or a brother named by his given name alone after the man before ("Його син Дмитро",
#: "їхній молодший брат Олег"): he takes that man's surname (:mod:`headcount.extract.persons`)
_SON_NAMED = re.compile(rf"\b(?:[Йй]ого|[Її]хній|[Її]х)\s+(?:[{_LOW}'’-]+\s+){{0,2}}?"
                        rf"(?:син|брат)\s+([{_UP}][{_LOW}'’]+)(?![\w'’-])")


#: a call sign in quotes between a given name and a surname ("Олександр «Сокіл» Бондаренко")
_CALL_SIGN_INSIDE = re.compile(rf"([{_UP}][{_LOW}'’ʼ]+)(\s*[«\"„“][^«»\"„“”\n]{{1,25}}[»\"“”]\s*)"
                               rf"(?=[{_UP}][{_LOW}])")


#: short words opening a line that are no surname ("Та Олег …", "Це Іван …")
_FUNCTION_WORDS = frozenset({"та", "але", "бо", "чи", "що", "як", "це", "ось", "от", "ще",
                             "вже", "ні", "хоч", "аж", "до", "по", "на", "за", "під", "над",
                             "від", "між", "при", "про", "без", "для", "і", "й", "а", "ну"})
#: the start of a list entry: a number or a dash opening its line
_ENTRY_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[—–•-])[ \t]*$")


def _entry_surname(text: str, t: re.Match[str], run: list[re.Match[str]], i: int,
                   ner_spans: list[tuple[int, int]]) -> bool:
    """A short surname the dictionary reads as a particle ("Ба", "Ну") opening a list entry
    before a name word, where NER reads a name: "2) Ба Усман (Сенегал), 31 рік"."""
    w = t.group(0)
    return (i == 0 and len(run) == 2 and 1 < len(w) <= 3 and w[:1].isupper()
            and w[1:].islower() and w.lower() not in _NOT_NAMES
            and w.lower() not in _FUNCTION_WORDS and _in_ner(t, ner_spans)
            and _is_name_word(run[i + 1].group(0))
            and bool(_ENTRY_START.search(text, max(0, t.start() - 12), t.start())))


def _foreign_first(text: str, t: re.Match[str], run: list[re.Match[str]], i: int,
                   ner_spans: list[tuple[int, int]]) -> bool:
    """The first word of a foreign name the dictionary reads as another word ("Прем": a
    verb), inside a sentence, where NER reads a name and the word after it is one the
    dictionary does not know ("громадянин Непалу Прем Бахадур Тапа"); or right after the
    name of a country, where NER reads none ("Громадянин Непалу Прем Бахадур Тапа загинув")."""
    w = t.group(0)
    if i + 1 >= len(run) or w.lower() in _NOT_NAMES or not w[1:].islower() or (
            _SENTENCE_OPEN.search(text, max(0, t.start() - 4), t.start())):
        return False
    after = run[i + 1].group(0)
    named = _in_ner(t, ner_spans) and _in_ner(run[i + 1], ner_spans)
    # "Громадянин Непалу Прем …": a country right before, where NER reads no name
    after_country = i > 0 and country_word(run[i - 1].group(0)) is not None
    return (named or after_country) and not any(
        p.is_known for p in parses(after.lower())[:3]) and _country_skeletons().get(
        skeleton(w)) is None and _region_noun(w) is None and not any(
        "Geox" in p.tag.grammemes for p in parses(w.lower())[:3])


def _inside_ner_name(words: list[re.Match[str]], run: list[re.Match[str]], i: int,
                     ner_spans: list[tuple[int, int]]) -> bool:
    """A capitalised word the dictionary reads as a verb or another word, between two name
    words of one name NER reads whole: "Перера Дінеш Прасанна" ("дінеш": you will go)."""
    w = run[i].group(0)
    if not words or i + 1 >= len(run) or not w[1:].islower() or w.lower() in _NOT_NAMES or (
            w.lower() in _FUNCTION_WORDS):
        return False
    top = parses(w.lower())[:1]
    if top and {"PREP", "CONJ", "PRCL", "NPRO"} & top[0].tag.grammemes:
        return False
    after = run[i + 1]
    return _in_ner(run[i], ner_spans) and _in_ner(after, ner_spans) and _in_ner(
        words[-1], ner_spans) and _is_name_word(after.group(0)) and any(
        s <= words[-1].start() and after.end() <= e for s, e in ner_spans)


#: a word opening its sentence or line
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…\n]\s*)$")


def _blank_call_sign(m: re.Match[str]) -> str:
    """The call sign blanked (offsets kept) when a given name stands before it."""
    if not _given(m.group(1)):
        return m.group(0)
    return m.group(1) + " " * len(m.group(2))


_WITH = re.compile(r"(?:^|\s)(?:з|із|зі)\s*$", re.I)
_WITH_FORM = re.compile(r"(?:ом|ем|єм|им|ім|ою|ею|єю)$")  # "з Задорожнім Іваном"


def _with_someone(text: str, t: re.Match[str], run: list[re.Match[str]]) -> bool:
    """"з Шерзодом Юлдашевим": after "з", two words in the instrumental are someone one is
    with — a place after "з" is in the genitive ("з Чити")."""
    return bool(_WITH.search(text, max(0, t.start() - 5), t.start())) and len(run) >= 2 and all(
        _WITH_FORM.search(w.group(0)) or (i == 0 and _INDECLINABLE_GIVEN.search(w.group(0)))
        for i, w in enumerate(run[:2])) and bool(_WITH_FORM.search(run[1].group(0)))


#: a foreign given name that does not decline ("з Бішну Тхапою")
_INDECLINABLE_GIVEN = re.compile(r"[бвгджзклмнпрстфхцчшщ][уюі]$")


def _noun_before_name(word: str) -> bool:
    """A noun for a person the dictionary guesses from its suffix ("Санінструкторка"), or a
    plural noun it knows ("Родинам"): no name word before a given name and a surname."""
    ps = parses(word.lower())[:4]
    if not ps or any(_NAME_TAGS & p.tag.grammemes for p in ps):
        return False
    top = ps[0].tag.grammemes
    return "NOUN" in top and (("anim" in top and not ps[0].is_known and bool(
        _PERSON_SUFFIX.search(word.lower()))) or (ps[0].is_known and "plur" in top))


#: the suffixes of a noun for a person's trade ("санінструкторка", "медичка", "розвідниця")
_PERSON_SUFFIX = re.compile(r"(?:ка|иця|ниця|ор|ер|ист|іст|ник|тель|чик|щик)$")


def _a_person_noun(word: str) -> bool:
    """A noun for people the dictionary knows that is no name ("Рідні", "Родичі")."""
    return any(p.is_known and "NOUN" in p.tag.grammemes and "anim" in p.tag.grammemes
               and not _NAME_TAGS & p.tag.grammemes for p in parses(word.lower())[:4]) and \
        not any(_NAME_TAGS & p.tag.grammemes for p in parses(word.lower())[:4])


#: endings of East Slavic surnames in any case
_SURNAME_ENDING = re.compile(r"(?:ов|ев|єв|ін|їн|ин)(?:а|у|им|ому|ої|ою|ій|і)?$|"
                             r"(?:енк|чук|юк|ук|ськ|цьк)(?:о|а|у|ом|ові|ий|ого|ому|им)$")


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_GENDERS = frozenset({"masc", "femn", "neut"})
_NEXT_LOWER = re.compile(rf"\s+([а-яіїєґ][{_LOW}]+)")


def _attribute_of_thing(text: str, span: tuple[int, int]) -> bool:
    """A "name" whose last word is an adjective agreeing with the lower-case noun of a thing
    right after it: a place's name ("Алеї Слави Свіштовського кладовища", "на Алеї Героїв
    Личаківського цвинтаря", "біля Шевченківського районного суду")."""
    m = _NEXT_LOWER.match(text, span[1])
    last = text[span[0] : span[1]].split()[-1]
    if m is None or last.endswith("."):
        return False

    def forms(word: str, pos: str) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for p in parses(word.lower())[:6]:
            g = p.tag.grammemes
            if pos not in g or (pos == "NOUN" and ("inan" not in g or "Name" in g)):
                continue
            number = "plur" if "plur" in g else next(iter(_GENDERS & g), "")
            out |= {(c, number) for c in _CASES & g}
        return out

    noun = m.group(1)
    if not any(p.is_known for p in parses(noun)[:2]) or any(
            {"PREP", "CONJ", "PRCL"} & p.tag.grammemes for p in parses(noun)):
        return False  # "загибель Івана Тихого під Бахмутом": "під" is no noun here
    nouns = forms(noun, "NOUN")
    if not nouns:  # "Шевченківського районного суду": an adjective, then the noun
        m2 = _NEXT_LOWER.match(text, m.end())
        if m2 is None or not forms(noun, "ADJF"):
            return False
        nouns = forms(m2.group(1), "NOUN") & forms(noun, "ADJF")
    return bool(nouns & forms(last, "ADJF"))


def _noun_surname(given: str, word: str, before: list[str] | None = None) -> bool:
    """A surname the dictionary knows only as a common noun ("Білик", "Ворона", "Шевчик")
    right after a given name in the same case and number: "з Олегом Біликом", "Олега
    Білика", "Івана Ворони" — not a place, a rank, nor a word that is never a name."""
    low = word.lower()
    if not word[1:].islower() or low in _NOT_NAMES or _rank_word(low) or "-" in word:
        return False
    ps = [p for p in parses(low)[:4] if p.is_known]
    if ps and "ADJF" in ps[0].tag.grammemes:  # "Івана Білого", "з Іваном Гречаним"
        return common_word_surname(word, list(before or [given]), False)
    if not ps or "NOUN" not in ps[0].tag.grammemes or any(
            "Geox" in p.tag.grammemes for p in ps) or _settlement(word) is not None or (
            _region_noun(word) is not None):
        return False
    named = {c for p in parses(given.lower())[:4] if "Name" in p.tag.grammemes
             and "plur" not in p.tag.grammemes for c in _CASES & p.tag.grammemes}
    nouns = {c for p in ps if "NOUN" in p.tag.grammemes and "plur" not in p.tag.grammemes
             for c in _CASES & p.tag.grammemes}
    return bool(named & nouns)


def _south_asian_surname(text: str, words: list[re.Match[str]], t: re.Match[str],
                         ner_spans: list[tuple[int, int]]) -> bool:
    """A Nepali or Indian surname the dictionary knows as a thing ("Раї", "Рана", "Шерпа")
    after two given names it reads as other words ("Рам Кумара"), where NER reads them all
    as one name in a text about South Asians; or after one given name the dictionary does
    not know ("Санджай Рана")."""
    return bool(words) and (len(words) >= 2 or _foreign_run(words)) and _common_noun(
        t.group(0)) and _in_ner(t, ner_spans) and all(
        _in_ner(w, ner_spans) for w in words[-2:]) and south_asian_text(text)


def _capital_verb_name(text: str, t: re.Match[str], run: list[re.Match[str]], i: int,
                       ner_spans: list[tuple[int, int]]) -> bool:
    """A capitalised word inside a sentence that Ukrainian reads only as a verb, opening a
    name NER reads with the names after it ("його земляк Дінеш Кумара Сільва": "дінеш" is a
    form of "діти"): a foreign given name; a verb opening a sentence is not one
    ("Загинули Володимир …")."""
    if i + 1 >= len(run) or not _in_ner(t, ner_spans) or not _in_ner(run[i + 1], ner_spans):
        return False
    before = text[: t.start()].rstrip(" \t")
    if not before or before[-1] in ".!?\n:«\"—–(" or not t.group(0)[1:].islower():
        return False
    ps = parses(t.group(0).lower())[:3]
    # not a past form: a capital "Загинув" inside a sentence is a slip, not a name
    return bool(ps) and all({"VERB", "INFN"} & p.tag.grammemes and "past" not in
                            p.tag.grammemes for p in ps) and _is_name_word(run[i + 1].group(0))


def _in_ner(t: re.Match[str], ner_spans: list[tuple[int, int]]) -> bool:
    return any(s <= t.start() and t.end() <= e for s, e in ner_spans)


def _ner_surname(text: str, words: list[re.Match[str]], t: re.Match[str],
                 ner_spans: list[tuple[int, int]]) -> bool:
    """A surname the dictionary reads as a common noun ("Сержант Олег Шторм") right after a
    given name, where NER reads both as one name."""
    if not words or not _given(words[-1].group(0)) or t.group(0).lower() in _NOT_NAMES:
        return False
    start = words[-1].start()
    if _PLACE_PREP.search(text[max(0, words[0].start() - 14) : words[0].start()]):
        return False  # "з міста Біла Церква": a place NER reads as a name
    return any(s <= start and t.end() <= e for s, e in ner_spans) and _plain_word(t.group(0))


def _plain_word(word: str) -> bool:
    """A word that may be a name where NER says so: not a place, nor a word never a name."""
    low = word.lower()
    if uk_ages.age_adjective(low):
        return False  # "Двадцятишестирічний Нгуема": his age
    ps = parses(low)[:3]
    if ps and ps[0].is_known and {"VERB", "INFN", "GRND", "ADVB", "PREP", "CONJ", "PRCL",
                                  "NPRO"} & ps[0].tag.grammemes:
        return False  # "Загинули Володимир …": a verb opening the sentence
    if any(p.is_known and "anim" in p.tag.grammemes and not _NAME_TAGS & p.tag.grammemes
           for p in ps) or uk_citizens.find_citizenship(word):
        return False  # a word for a person: "Непалець", "Медик"
    return low not in _NOT_NAMES and not any("Geox" in p.tag.grammemes for p in ps) \
        and _country_skeletons().get(skeleton(word)) is None and _settlement(word) is None \
        and _region_noun(word) is None


#: a surname in capitals before a given name (and a patronymic), as lists write it
_CAPS_SURNAME = re.compile(rf"(?<![{_UP}{_LOW}])([{_UP}]{{4,}}(?:-[{_UP}]{{2,}})?)\s+"
                           rf"([{_UP}][{_LOW}]+)(?:\s+([{_UP}][{_LOW}]+(?:ович|евич|йович|івна|"
                           rf"ївна|овна|евна)))?")


def _flush(words: list[re.Match[str]], out: list[tuple[int, int]]) -> None:
    whole = [w for w in words if len(w.group(0).rstrip(".")) > 1]
    if len(whole) == 1 and len(words) >= 2 and words[0] is whole[0] and not _only_given(
            whole[0].group(0)):
        out.append((words[0].start(), words[-1].end()))  # "Ковальов О. В.": surname, initials
        return
    while words and len(words[-1].group(0).rstrip(".")) == 1:
        words = words[:-1]  # initials with no surname after them
    if len(words) >= 3 and not any(_patronymic(w.group(0)) for w in words) and \
            _only_given(words[-1].group(0)) and _surname(words[-2].group(0)) and \
            _given(words[0].group(0)) and not spanish_surname_first([w.group(0) for w in words]):
        out.append((words[0].start(), words[-2].end()))  # "Тимура Ахмєтова Ельвіра": two
        return
    if len(words) >= 2:  # a lone word is a name only where NER says so
        out.append((words[0].start(), words[-1].end()))


#: case → (ending of the oblique form, nominative ending) for names pymorphy does not know
_FOREIGN_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "gent": (("и", "а"), ("у", "а"), ("а", "")),
    "accs": (("у", "а"), ("а", "")),
    "datv": (("ові", ""), ("еві", ""), ("і", "а"), ("у", "")),
    "ablt": (("ом", ""), ("ем", ""), ("ою", "а"), ("ею", "я")),
    "loct": (("ові", ""), ("і", "")),
}


def _nominative(word: str, case: str, last: bool) -> str:
    """A foreign masculine name word in the nominative by its ending: "Прасада" → Прасад,
    "Шрестху" (accusative) → Шрестха."""
    if " " in word:
        return word
    for ending, nom in _FOREIGN_ENDINGS.get(case, ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            if nom == "а" and not last:
                continue  # a given name in -у/-и stays ("Бішну")
            stem = word[: len(word) - len(ending)]
            if nom == "" and stem[-1:] in "аеиіоуяюєї":
                continue
            return stem + nom
    return word


def foreign_nominative(people: list[Person], text: str) -> None:
    """Put foreign names written in an oblique case in the nominative, in place: only words
    left as written that pymorphy does not know as a name in the nominative."""
    for person in people:
        for i, ref in enumerate(person.refs):
            p = ref.parts
            if len(p.surname) > 1 and p.surname.isupper():  # "ІВАНОВ Сергій" → Іванов
                p = NameParts("-".join(w.capitalize() for w in p.surname.split("-")), p.given,
                              p.patronymic, p.sex, p.case, p.initials)
                person.refs[i] = ref = PersonRef(ref.start, ref.end, p, ref.subject)
            case = p.case or _governing_case(text, ref.start)
            given, surname = p.given, p.surname
            written_words = text[ref.start : ref.end].split()
            if (_NOMINATIVE_HEAD.search(text, max(0, ref.start - 60), ref.start)
                    or _verb_after(text, ref.end)) and \
                    len(written_words) == len(f"{given} {surname}".split()) and \
                    not p.patronymic and p.case != "ablt":  # ("з Олегом Гнатюком": no subject)
                # "Громадянин Шрі-Ланки Нуван Кумара": the nominative, whatever case the
                # dictionary reads in a foreign word ("Кумара" is no genitive of Кумар)
                given = _as_written_words(given, written_words)
                surname = _as_written_words(surname, written_words)
                if (given, surname) != (p.given, p.surname):
                    person.refs[i] = PersonRef(ref.start, ref.end, NameParts(
                        surname, given, "", p.sex or "M", "nomn", p.initials), ref.subject)
                continue
            if case not in ("", "nomn") and surname:
                written = set(text[ref.start : ref.end].split())
                given = " ".join(_nominative(w, case, False) if _as_written(w, written) else w
                                 for w in p.given.split())
                surname = (_nominative(p.surname, case, True)
                           if _as_written(p.surname, written) else p.surname)
            as_written = text[ref.start : ref.end].strip("«»\"").split()
            if len(as_written) == 3 and _only_given(as_written[2]) and not any(
                    _given(w) for w in as_written[:2]) and _SPANISH.search(as_written[1]):
                # "Рохас Мартінес Ернесто": a double surname written before the given name
                person.refs[i] = PersonRef(ref.start, ref.end, NameParts(
                    f"{as_written[0]} {as_written[1]}", as_written[2], "", "M", "nomn",
                    p.initials), ref.subject)
                continue
            words = given.split()
            if len(words) >= 2 and _SPANISH.search(words[-1]) and _SPANISH.search(surname):
                given, surname = " ".join(words[:-1]), f"{words[-1]} {surname}"
            if (given, surname) != (p.given, p.surname):
                person.refs[i] = PersonRef(ref.start, ref.end, NameParts(
                    surname, given, p.patronymic, p.sex or "M", "nomn", p.initials), ref.subject)


def _verb_after(text: str, end: int) -> bool:
    """The name is the subject of the verb right after it, in the past tense of one man
    ("… Лакшман Пушпа Кумара загинув"): it is written in the nominative."""
    m = re.match(rf"\s+([{_LOW}]+)", text[end : end + 30])
    return m is not None and any(
        {"VERB", "past", "masc"} <= p.tag.grammemes and "plur" not in p.tag.grammemes
        for p in parses(m.group(1))[:1])


def _as_written_words(words: str, written: list[str]) -> str:
    """Each word as the text writes it (the written word of the same first letters)."""
    return " ".join(next((w for w in written if w[:3] == x[:3]), x) for x in words.split())


#: a foreigner's descriptor in the nominative and his country right before his name
_NOMINATIVE_HEAD = re.compile(
    rf"(?<![{_LOW}])(?:[Гг]ромадянин|[Гг]ромадянка|[Пп]ідданий|[Нн]айманець)\s+"
    rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*\s+){{1,2}}$")
#: Spanish patronymic surnames in Cyrillic: Ернандес, Мартінес, Родрігес, Перес, Гонсалес
_SPANISH = re.compile(r"(?:[еиіа]с|[еиі]з)$")


def _as_written(word: str, written: set[str]) -> bool:
    if word not in written or word.endswith("."):
        return False
    return not any(_NAME_TAGS & p.tag.grammemes and p.tag.case == "nomn" and p.is_known
                   for p in parses(word.lower())[:4])


def _governing_case(text: str, start: int) -> str:
    """The case of the nearest noun or adjective before a name ("громадянина Непалу …")."""
    window = text[max(0, start - 80) : start]
    window = window[max((m.end() for m in _CLAUSE_STOP.finditer(window)), default=0):]
    words = re.findall(rf"[{_LOW}{_UP}\d-]+", window)[-6:]
    beside = apposition_case(words)
    if beside is not None:  # "сержант поліції Шрі-Ланки Німал …": the sergeant's case
        return beside[0]
    for k, word in reversed(list(enumerate(words))):
        if word[:1].isupper():
            continue
        for p in parses(word.lower())[:1]:
            g = p.tag.grammemes
            if "NOUN" in g and "anim" not in g:
                if k == len(words) - 1 and p.tag.case and "Name" not in g and not (
                        k and words[k - 1].lower() in _PREPOSITIONS):
                    return "gent"  # "тіло Жана Мбарги": a thing's noun right before (not
                    # "товариш по службі Нувана Джаясінгхе": the noun has its preposition)
                continue  # "сержант армії Шрі-Ланки Ранджит …": the noun governs the country
            if {"NOUN", "ADJF", "PRTF"} & g and p.tag.case and (
                    "plur" not in g or p.tag.case in ("gent", "datv", "ablt")):
                # "двох громадян Непалу — Бішну Гурунга і Суреша Тхапу": each in the genitive
                return str(p.tag.case)
    return ""


_PREPOSITIONS = frozenset({"по", "з", "із", "зі", "в", "у", "на", "до", "від", "для", "без",
                           "під", "над", "за", "при", "про", "через", "біля", "після"})
#: where the clause of a name begins: no word before it governs the name
_CLAUSE_STOP = re.compile(r"[.!?;,:]\s|\n")


#: Ukrainian ranks, as the gold and the registry write them (lower case, nominative)
UK_RANKS = (
    "рядовий", "старший солдат", "єфрейтор", "молодший сержант", "сержант",
    "старший сержант", "головний сержант", "штаб-сержант", "майстер-сержант",
    "старший майстер-сержант", "головний майстер-сержант", "старшина", "головний старшина",
    "головний корабельний старшина", "прапорщик", "старший прапорщик",
    "молодший лейтенант", "лейтенант", "старший лейтенант", "капітан", "майор",
    "підполковник", "полковник", "бригадний генерал", "генерал-майор", "генерал-лейтенант",
    "генерал-полковник",
    "генерал армії", "матрос", "старший матрос", "мічман", "старший мічман",
    "капітан-лейтенант", "капітан третього рангу", "капітан другого рангу",
    "капітан першого рангу",
)
#: Ukrainian rank words as lists and posts shorten them ("мол. с-т", "ст. сол.", "єфр.")
UK_SHORT = {
    "с-т": "сержант", "серж.": "сержант", "л-т": "лейтенант", "лейт.": "лейтенант",
    "єфр.": "єфрейтор", "ряд.": "рядовий", "сол.": "солдат", "солд.": "солдат",
    "к-н": "капітан", "кап.": "капітан", "м-р": "майор", "п/п-к": "підполковник",
    "п/пк": "підполковник", "п-к": "полковник", "ст-н": "старшина", "пр-к": "прапорщик",
    "прап.": "прапорщик", "матр.": "матрос", "сержант": "сержант", "лейтенант": "лейтенант",
    "матрос": "матрос", "прапорщик": "прапорщик", "мічман": "мічман", "старшина": "старшина",
    "солдат": "солдат",
}
UK_PREFIXES = {"мол": "молодший", "мл": "молодший", "ст": "старший", "гол": "головний"}
_ABBREVIATED = abbreviation_pattern(UK_PREFIXES, UK_SHORT)


@cache
def _ranks() -> Gazetteer[str]:
    return Gazetteer(((r, r) for r in UK_RANKS), lang="uk")


def find_ranks(toks: list[Token], text: str) -> list[Fact]:
    """Ukrainian ranks in the nominative ("молодшого сержанта" → молодший сержант)."""
    return rank_facts(toks, text, _ABBREVIATED, UK_PREFIXES, _ranks(), UK_SHORT,
                      frozenset({*UK_RANKS, "солдат"}))


# ---------------------------------------------------------------- places

_MERGE = str.maketrans({"ж": "з", "ґ": "г", "щ": "ш", "ч": "ц"})
_VOWELS = re.compile(r"[аеєиіїоуюяыэёьъ'’ʼ\s-]")


def skeleton(word: str) -> str:
    """Consonants of a place name, alike in its Russian and Ukrainian spellings
    ("Воронезька" / "Воронежская" → врнз…; "Пермі" / "Пермь" → прм)."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", word.lower().translate(_MERGE)))


_ADJ_ENDING = re.compile(r"(?:ськ|цьк|ск|цк|ьк|к)?(?:ої|ій|ою|а|ий|ого|ому|им|ім|ая|ой|ую)$")


@cache
def _region_skeletons() -> dict[str, list[Region]]:
    out: dict[str, list[Region]] = {}
    for r in home_regions():
        words = r.name.split()
        adj = next((w for w in words if w.lower() not in ("область", "край", "республика",
                                                           "автономный", "округ")), words[0])
        for key in {skeleton(_ADJ_ENDING.sub("", adj.lower())), *map(skeleton, r.aliases)}:
            out.setdefault(key, []).append(r)
    return out


_KIND = {"обл": "область", "обл.": "область", "краю": "край", "республіки": "республика"}


@cache
def _settlement_skeletons() -> dict[str, list[Settlement]]:
    out: dict[str, list[Settlement]] = {}
    for s in home_settlements():
        out.setdefault(skeleton(s.name), []).append(s)
        native = ukrainian_name(s.name)  # "Миколаєва": Миколаїв, not Николаев's consonants
        if native is not None and skeleton(native) != skeleton(s.name):
            out.setdefault(skeleton(native), []).append(s)
        if native is not None and native.endswith("к"):  # "у Кременчуці", "Хмільнику"
            alternated = skeleton(native[:-1] + "ц")
            if s not in out.get(alternated, []):
                out.setdefault(alternated, []).append(s)
    return out


_UK_HOME = re.compile(
    rf"\b(?i:(мешкан(?:ець|ця|цю|цем|ка|ки|ці|ців)|жител(?:ь|я|ю|ем|ька|ьки|і|ів)|"
    rf"уродж(?:енець|енця|енцю|енцем|енка|енки|енці|енців)|родом\s+(?:з|із)|"
    # "громадянин Узбекистану із Самарканда": a town of the country he is a citizen of
    rf"громадян(?:ин|ина|инові|ином|ка|ки|ці|кою)\s+[{_UP}][{_LOW}'’ʼ-]+\s+(?:з|із|зі)|"
    # "до рідної Коломиї повернувся", "у рідному Ніжині"
    rf"(?:до|у|в|з|із)\s+(?:свого\s+|своєї\s+|свій\s+|свою\s+)?рідн(?:ого|ої|ому|ій|ий|е|у|ю)|"
    rf"(?:жи(?:в|ве|ла|ли)|прожива(?:в|ла|ли|є|ння)|прожи(?:в|ла|ли)|мешка(?:в|ла|ли|є)|виріс|виросла)"
    # "жив із дружиною та донькою в Абакані": his household between the verb and the town
    rf"(?:\s+[{_LOW}]+){{0,4}}?\s+(?:у|в)|"
    # "народився 1 травня 1975 року в селі Середкевичі": a birthplace, a date between
    rf"народи(?:вся|лася)(?:\s+(?:[{_LOW}]+|\d{{1,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}))"
    rf"{{0,4}}?\s+(?:у|в)(?=\s+(?:селі|селищі|місті|с\.|смт|м\.)\s*[{_UP}])|"
    # a community's own town: "наш Бердичів проводжатиме", "у нашому Хмільнику"
    rf"(?<![{_LOW}])наш(?:ого|ому|им|а|ої|ій|ою|е)?(?=\s+[{_UP}])|"
    # at home, then the place: "Удома, в Накуру, на нього чекають", "вдома, у селі Рибне"
    rf"(?<![{_LOW}])(?:у|в)?дома,\s+(?:у|в)|"
    # going home, then the place: "тіло доставили додому, у Тюмень", "додому, до Березників,
    # він так і не повернувся"
    rf"(?<![{_LOW}])додому,?\s+(?:до|у|в)|"
    # a home said after the place: "у Кременчуці, де ми живемо", "в Тольятті, де жив з
    # родиною"
    rf"(?<![{_LOW}])(?:у|в)(?=\s+(?:(?:місті|селі|селищі|м\.|с\.|смт)\s*)?"
    rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*\s*,\s*де\s+(?:(?:він|вона|ми|вони)\s+)?"
    rf"(?:раніше\s+|досі\s+|тепер\s+)?(?:жи(?:в|ла|ли|ве|вуть|вемо)|мешка\w+|прожива\w+|"
    rf"вир(?:іс|осла|осли))\b"
    # "де живе його мати": a relative's home, not his
    rf"(?!\s+(?:його|її|їх|їхн\w+|мати|батько|батьки|родина|дружина|вдова|сестра|брат)\b)))|"
    rf"з|із|зі)\s+"
    # "мешканець підмосковної Балашихи", "з уральського Міасса": an epithet of the place
    rf"(?:[{_LOW}]{{4,}}(?:ської|ського|ськім|цької|цького|ної|ного|ній|ному)\s+)?"
    rf"(?:(?:міста|місті|місто|м\.|села|селі|село|с\.|селища|селищі|селище|смт|станиці|ст\.)\s*)?"
    rf"([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*)"
    rf"(?:\s+(області|обл\.|краю|республіки))?")
#: endings of Ukrainian villages' names (Іванівка, Човновиця, Роботине, Курахове, Мирне)
_VILLAGE_ENDING = re.compile(r"(?:ка|ця|ня|не|ве|ще|че)$")
_SECOND_WORD = re.compile(rf"\s+([{_UP}][{_LOW}]+)(?!\s+(?:області|обл\.|краю|району|р-ну))")
#: the region after a home, also past its district or community ("с. Ставки Бердичівського
#: району Житомирської області", "села Кошів, Тетіївської громади, Київської області")
_REGION_AFTER = re.compile(
    rf"\s*[,(]?\s*(?:[{_UP}][{_LOW}]+\s+(?:(?:міської|селищної|сільської|територіальної)\s+)?"
    rf"(?:району|р-ну|громади|ОТГ|округу)\s*,?\s*)?([{_UP}][{_LOW}]+)\s+(області|обл\.|краю)")
_OBLAST = re.compile(rf"\b([{_UP}][{_LOW}]+)\s+(?:області|обл\.|краю)\b")


def _region(adj: str, kind: str = "") -> Region | None:
    """The region a Ukrainian adjective names, of the kind its noun says ("Алтайського
    краю" → Алтайский край, not Республика Алтай)."""
    hits = _region_skeletons().get(skeleton(_ADJ_ENDING.sub("", adj.lower())), [])
    want = _KIND.get(kind.lower(), "область" if kind.lower().startswith("област") else "")
    typed = [r for r in hits if want and want in r.name.lower()]
    found = typed or hits
    return found[0] if found else None


@cache
def _by_name() -> dict[str, list[Settlement]]:
    out: dict[str, list[Settlement]] = {}
    for s in home_settlements():
        out.setdefault(s.name, []).append(s)
    return out


def _regional(row: Settlement) -> bool:
    """A town gives its region: its name is in one region only, or it is by far the largest
    of its name ("Кірова" is Киров of the Кировская область, not the small Киров near
    Kaluga)."""
    if not row.ambiguous:
        return True
    others = [s.population for s in _by_name().get(row.name, []) if s is not row]
    return bool(others) and row.population >= 5 * max(others)


def _settlement(word: str) -> tuple[str, Settlement] | None:
    """A Russian town written in Ukrainian, also with an adjective's case ending
    ("Каменська-Уральського")."""
    found = _settlement_as_written(word)
    if found is not None and not _spelt_like(word, found[1].name) and not _spelt_like(
            word, ukrainian_name(found[1].name) or "") and _region_noun(word) is not None:
        return None  # "з Туви" is Tuva, not Тутаев of like consonants
    if found is None and re.search(r"(?:ого|ому|ім|ої|ій|ою)$", word):
        adjective = re.sub(r"(?:ого|ому|ім)$", "ий", re.sub(r"(?:ої|ій|ою)$", "а", word))
        *head, tail = adjective.split("-")
        adjective = "-".join([*(_head_nominative(h) for h in head), tail])
        found = _settlement_as_written(adjective)
        if found is not None:
            return adjective, found[1]
    return found


def _head_nominative(word: str) -> str:
    """The first part of a hyphenated town in the nominative ("Каменська-" → Каменськ,
    "Кам'янця-" → Кам'янець)."""
    if re.search(r"(ськ|цьк)(?:а|у|ом)$", word):
        return re.sub(r"(ськ|цьк)(?:а|у|ом)$", r"\1", word)
    for p in parses(word.lower())[:2]:
        if p.is_known and "NOUN" in p.tag.grammemes and p.tag.case not in (None, "nomn"):
            return p.normal_form[:1].upper() + p.normal_form[1:]
    return word


#: a locative's consonant before its "-і" that stands for the nominative's г, к or х
_ALTERNATED = re.compile(r"(?<=[а-яіїєґ'’ʼ]{3})([зцс])і$")
_UNALTERNATE = {"з": "г", "ц": "к", "с": "х"}


def _settlement_as_written(word: str) -> tuple[str, Settlement] | None:
    """(Ukrainian nominative, the table's row) of a Russian town written in Ukrainian in any
    case: "Бєлгорода" → Бєлгород, "Пермі" → Перм, "Чити" → Чита, "Улан-Уде" stays; a word
    the dictionary reads as a place's nominative is no other town of like consonants
    ("села Кошів" is no Russian "Коша")."""
    found = _like_consonants(word)
    if found is None and (alt := _ALTERNATED.search(word)) is not None:
        # "в Оренбурзі", "у Калузі", "в Находці": the locative turns г, к, х into з, ц, с
        found = _like_consonants(word[: alt.start()] + _UNALTERNATE[alt.group(1)] + "і")
    if found is not None and found[0].lower() != word.lower():
        ps = parses(word.lower())[:1]
        if ps and ps[0].is_known and ps[0].tag.case == "nomn" and "inan" in ps[0].tag.grammemes \
                and not _NAME_TAGS & ps[0].tag.grammemes:
            return None
    return found


def _ikavism(lemma: str, word: str) -> bool:
    """A guessed nominative that turns the text's "е" or "о" into "і" ("Воронежа" → Вороніж,
    "Льгова" → Льгів): a Ukrainian sound change Russian towns written in Ukrainian do not
    take (Воронеж, Льгов)."""
    return any(a == "і" and b in "ео" for a, b in zip(lemma, word, strict=False))


_VOWEL_START = re.compile(r"^[аеєиіїоуюяэё]", re.I)


def _common_start(a: str, b: str) -> int:
    """How many first letters two spellings share."""
    return next((i for i, (x, y) in enumerate(zip(a.lower(), b.lower(), strict=False))
                 if x != y), min(len(a), len(b)))


def _like_consonants(word: str) -> tuple[str, Settlement] | None:
    hits = [h for h in _settlement_skeletons().get(skeleton(word), [])
            # "Ізюма" is no Зима: a name opening with a vowel is one opening with a vowel
            if bool(_VOWEL_START.match(h.name)) == bool(_VOWEL_START.match(word))]
    if hits and len(skeleton(word)) < 2:  # "Уфи", "Уфа": only the same word but its ending
        hits = [h for h in hits if h.name.lower()[:-1] == word.lower()[: len(h.name) - 1]]
    if not hits:
        return None
    named = _NAMED_REGIONS.get()
    if named and any(h.region_code in named for h in hits):
        hits = [h for h in hits if h.region_code in named]  # the region the text names
    elif named and len(word) > 4 and not any(skeleton(h.name) == skeleton(word) and
                                             h.name[:3].lower() == word[:3].lower()
                                             for h in hits):
        return None  # another town of like consonants in a region the text does not name
    # the town spelt most like the word is meant over a larger one of like consonants only
    # ("Тетієва" is Тетіїв, not Тутаев; "Кременчуці" Кременчук, not Кременець)
    alike = {id(h): max(_common_start(word, h.name), _common_start(word, ukrainian_name(h.name)
                                                                   or "")) for h in hits}
    most = max(alike.values())
    spelt = [h for h in hits if alike[id(h)] == most] if most >= 3 else []
    best = max(spelt or hits, key=lambda s: (  # "Кременця": Кременець's own consonants
        skeleton(word) in (skeleton(s.name), skeleton(ukrainian_name(s.name) or "")),
        s.population))
    native = ukrainian_name(best.name)
    if native is not None:  # a town of Ukraine: as Ukrainians write it ("Вінниці" → Вінниця)
        return native, best
    for p in parses(word.lower())[:2]:  # "Орла" → Орел: a fleeting vowel the ending hides
        if not best.name.endswith(("ы", "и")) and "-" not in word and p.is_known \
                and "NOUN" in p.tag.grammemes \
                and p.tag.case not in (None, "nomn") and not _NAME_TAGS & p.tag.grammemes \
                and skeleton(p.normal_form) == skeleton(best.name) \
                and p.normal_form[-1:] == best.name.lower()[-1:] \
                and not _ikavism(p.normal_form, word.lower()):
            return p.normal_form[:1].upper() + p.normal_form[1:], best
    ru_tail = re.search(r"[аеиоуыэюяь]*$", best.name.lower())
    tail = ru_tail.group(0) if ru_tail else ""
    stem = re.sub(r"(?:ом|ою|ах|ів|ові|ої|ого|ому|ім|ей|[аеєиіїоуюя])$", "", word)
    if best.name.lower().endswith(("о", "е", "э")):
        return word, best  # indeclinable: "Улан-Уде", "Иваново"
    if tail in ("и", "ы") and word.endswith("и"):
        return word, best  # a plural name: "Березники", "Набережні Челни"
    if tail == "ь" and re.search(r"[нлтдзсц]$", stem):
        return stem + "ь", best  # "Казані" → Казань (not "Пермі" → Перм)
    mapped = {"а": "а", "я": "я", "ы": "и", "и": "і", "о": "о", "е": "е", "ь": "", "ий": "ий",
              "ый": "ий", "ая": "а", "ое": "е", "ое ": "е"}.get(tail, "")
    if word.endswith("ськ") or word.endswith("цьк"):
        return word, best
    if best.name.lower().endswith("ец") and stem.endswith("ц"):
        return stem[:-1].rstrip("ь") + "ець", best  # "Єльця" → Єлець: the vowel comes back
    return stem + mapped, best


_BRACKETED = re.compile(rf"\s*\(\s*(?:(?:обидва|обоє|усі|всі)\s*[—–-]\s*)?"
                        rf"(?:\d{{1,4}}\s*(?:рок(?:ів|и|у)?|рік|р\.\s*н\.|р\.н\.|р\.)\s*,\s*)?"
                        rf"(?:(?:с|м|смт)\.\s*)?"
                        rf"([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*)\s*\)")


def _region_noun(word: str) -> Region | None:
    """The region a one-word name in any case gives ("Бурятії", "Кузбасу", "Бєлгородщини",
    "Курщину"), through its nominative and the region's consonants."""
    for p in parses(word.lower())[:2]:
        if "NOUN" not in p.tag.grammemes or _NAME_TAGS & p.tag.grammemes:
            continue
        stem = re.sub(r"(?:щ|чч)ин[аиіуою]*$", "", p.normal_form)  # "Хмельниччини"
        hits = _region_skeletons().get(skeleton(_ADJ_ENDING.sub("", stem)), []) or \
            _region_skeletons().get(skeleton(stem), [])
        # "у Москві": the federal city of that very name, not the oblast named after it
        city = next((r for r in hits if r.type == "город"
                     and skeleton(r.name) == skeleton(p.normal_form)), None)
        if city is not None:
            return city
        if hits and len(skeleton(stem)) >= 2:
            return hits[0]
    return None


def _geographic(word: str) -> bool:
    """The dictionary knows the word as a place name ("Житомира"), not an organisation."""
    return any(p.is_known and "Geox" in p.tag.grammemes for p in parses(word.lower())[:2])


#: a town's locative of a stem ending in a consonant ("в Абакані", "в Аскизі") and its length
_CONSONANT_LOCATIVE = re.compile(r"^[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]{2,}[бвгґдзклмнпрстфхцчшщ]і$")


def _town(word: str) -> str | None:
    """A capitalised word the dictionary knows as a noun, not a name nor a country, in the
    nominative ("Житомира" → Житомир, "Полтави" → Полтава)."""
    ps = parses(word.lower())[:2]
    if not ps or not ps[0].is_known or _NAME_TAGS & ps[0].tag.grammemes or \
            "NOUN" not in ps[0].tag.grammemes or ps[0].tag.case not in ("gent", "loct", "nomn"):
        return None
    if _country_skeletons().get(skeleton(word)) is not None:
        return None
    lemma = ps[0].normal_form
    if re.search(r"(?:щ|чч)ина$", lemma):
        return None  # "Хмельниччина", "Полтавщина": a land, not a town
    return lemma[:1].upper() + lemma[1:]


#: the regions the text being read names ("з Пермського краю"): a town of like consonants
#: is the one in them
_NAMED_REGIONS: ContextVar[frozenset[str]] = ContextVar("uk_named_regions",
                                                       default=frozenset())


def _regions_named(text: str) -> frozenset[str]:
    found = (_region(m.group(1), m.group(0).split()[-1]) for m in _OBLAST.finditer(text))
    return frozenset(r.code for r in found if r is not None)


def find_places(text: str, names: list[tuple[int, int]]) -> list[Fact]:
    token = _NAMED_REGIONS.set(_regions_named(text))
    try:
        return _born_homes(text, _find_places(text, names))
    finally:
        _NAMED_REGIONS.reset(token)


#: a native place's cue right before a town ("Уродженець Мурманська", "уродженка с. Ярівка",
#: "родом із Тули"): where someone lived wins over it
_BORN_BEFORE = re.compile(r"(?:(?:уродж(?:енець|енця|енцю|енцем|енка|енки|енці|енців)\s+"
                          r"(?:(?:з|із|зі)\s+)?|"
                          # "Родом окупант із Благовєщенська", "родом він зі Ставрополя"
                          r"родом(?:\s+[\w'’ʼ-]+){0,2}?\s+(?:з|із|зі)\s+|родом\s+)"
                          r"(?:(?:міста|м\.|села|с\.|селища|смт)\s*)?|"
                          r"народи(?:вся|лася)(?:\s+[\w.]+){0,4}?\s+(?:у|в)\s+"
                          r"(?:(?:селі|селищі|місті|с\.|смт|м\.)\s*))$", re.I)


def _born_homes(text: str, facts: list[Fact]) -> list[Fact]:
    """Homes after a native place's cue, marked ``born`` (where he lived comes first)."""
    return [Fact(f.field, f.value, f.start, f.end, {**f.extra, "born": True})
            if f.field in ("settlement", "region") and _BORN_BEFORE.search(
                text, max(0, f.start - 40), f.start) else f for f in facts]


def _find_places(text: str, names: list[tuple[int, int]]) -> list[Fact]:
    """Home settlement and region after a Ukrainian home cue ("мешканець Житомира",
    "з Курганської області", "з міста Шахти Ростовської області") or in brackets after a
    name in a list ("рядовий Баїр Цидендамбаєв (Кяхта)")."""
    out: list[Fact] = []
    for _, e in names:
        bm = _BRACKETED.match(text, e)
        found = _settlement(bm.group(1)) if bm else None
        if bm and found is None and re.search(r"(?:с|смт)\.\s*$", text[bm.start() : bm.start(1)]):
            # "(обидва — с. Мухоршибір)": a village the table lacks, its kind written
            out.append(Fact("settlement", bm.group(1), bm.start(1), bm.end(1), {"listed": True}))
            continue
        if bm and found is not None:
            out.append(Fact("settlement", found[0], bm.start(1), bm.end(1), {"listed": True}))
            if _regional(found[1]):
                out.append(Fact("region", found[1].region_code, bm.start(1), bm.end(1),
                                {"inferred": True, "listed": True}))
    out += _listed_homes(text, names)
    for m in _UK_HOME.finditer(text):
        word = m.group(2)
        if any(s <= m.start(2) < e for s, e in names):
            continue
        if not m.group(1) and any(p.is_known and p.tag.case == "ablt"
                                  for p in parses(word.lower())[:1]):
            continue  # "з Героєм", "з Іваном": "with", not "from"
        if m.group(3):
            region = _region(word, m.group(3))
            if region is not None:
                out.append(Fact("region", region.code, m.start(2), m.end(3),
                                {"occupied": region.occupied}))
            continue
        if country_word(word) is not None:
            continue  # "найманця з Сомалі", "уродженець Непалу": a country, no town
        if m.group(1) and m.group(1).lower().startswith("наш") and (not (
                _settlement(word) or _geographic(word)) or _only_given(word)):
            continue  # "наш Герой", "нашого Сашка", "нашого Тараса": no town
        typed = re.search(r"(?:села|селі|село|с\.|селища|селищі|селище|смт|міста|місті|місто|м\.|"
                          r"станиці|ст\.)\s*$",
                          text[m.start() : m.start(2)])
        pair = _SECOND_WORD.match(text, m.end(2))
        two = place_nominative(word, pair.group(1)) if pair and not m.group(3) else ""
        russian = _settlement(two) if " " in two else None
        if russian is not None and not _spelt_like(two, russian[1].name):
            russian = None
        if pair is not None and not m.group(3) and (
                named := two_word_town(word, pair.group(1))) is not None:
            two, russian = named[0], named  # "з Нижнього Тагіла", "уродженець Старого Оскола"
        if not typed and pair is not None and known_town(word, pair.group(1)) is None \
                and russian is None:
            two = ""
        if " " in two and pair is not None:
            # "с. Велика Березна", "смт Стара Синява": an adjective and its noun; "з Нижнього
            # Тагілу": a Russian town of two words (its region from the table)
            out += _home_facts(text, two, russian[1] if russian else None, m.start(2),
                               pair.end(1))
            place = known_town(word, pair.group(1))
            if place is not None and out[-1].field != "region":
                out.append(Fact("region", place.code, m.start(2), pair.end(1),
                                {"inferred": True, "occupied": occupied(place.code)}))
            continue
        home: tuple[str, Settlement | None] | None = _settlement(word)
        row0 = home[1] if home is not None else None
        if row0 is not None and typed and _VILLAGE_KIND.match(typed.group(0)) \
                and not _spelt_like(word, row0.name) \
                and not _spelt_like(word, ukrainian_name(row0.name) or ""):
            # "села Борсуки" is no Бирск, "село Бобрик" no Боярка: a village is not a town of
            # like consonants
            home = None
        if home is None and not typed:
            region = _region_noun(word)
            if region is not None and region.type == "город":
                # "жив у Москві", "із Севастополя": a federal city is the town as well
                out += [Fact("settlement", region.name, m.start(2), m.end(2), {}),
                        Fact("region", region.code, m.start(2), m.end(2),
                             {"occupied": region.occupied, "inferred": True})]
                continue
            if region is not None:  # "з Бурятії", "уродженець Якутії", "з Бєлгородщини"
                out.append(Fact("region", region.code, m.start(2), m.end(2),
                                {"occupied": region.occupied}))
                continue
            if m.group(1) and "рідн" in m.group(1) and not _geographic(word):
                continue  # "до рідної Укрзалізниці", "у рідному Приватбанку": a workplace
            # a strong cue, not a bare "з" ("з Міноборони", "із Пенджабу": no town)
            town = _town(word) if m.group(1) else None
            if town is not None and foreign_province(town):
                continue  # "родом із Пенджабу", "уродженець Синду": a province, no town
            if town is None and m.group(1) and re.search(r"(?:ськ|цьк)(?:у|а|ом)$", word):
                town = re.sub(r"(?:у|а|ом)$", "", word)  # "жили у Світловодську"
            if town is None and m.group(1) and re.search(r"(?<![\w'’ʼ])(?:у|в)$", m.group(1)) \
                    and _CONSONANT_LOCATIVE.search(word) and (
                        _settlement(word[:-1]) is not None or find_village(word[:-1])):
                # "жив із дружиною в Абакані": a locative of a consonant's stem, when the
                # tables know the stem ("в Гавані" is Гавана's, "в Балашисі" Балашиха's)
                town = word[:-1]
            if town is None:
                continue
            home = (town, None)  # "мешканець Житомира": a town not in the table
        nominative, row = home if home is not None else (word, None)
        village = _town(word) if typed and row is None else None
        if village is not None and _VILLAGE_ENDING.search(village) and not any(
                p.tag.case == "nomn" and (p.tag.number != "plur" or "Pltm" in p.tag.grammemes)
                for p in parses(word.lower())[:3]) and not any(
                    p.tag.case == "nomn" and "Pltm" in p.tag.grammemes
                    for p in parses(word.lower())):
            # "села Іванівки" → Іванівка; "села Лука", "с. Пилипи" are in the nominative,
            # and so is a name the dictionary has as a plural ("села Ставки", "села Борсуки"),
            # and a town abroad stays as written ("з міста Амбала")
            nominative = village
        out += _home_facts(text, nominative, row, m.start(2), m.end(2))
    return out


#: a word for a village or a small town before its name
_VILLAGE_KIND = re.compile(r"(?:села|селі|село|с\.|селища|селищі|селище|смт)", re.I)
_TO_RUSSIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "ё": "е", "'": "", "’": "", "ʼ": ""})


def _spelt_like(word: str, name: str) -> bool:
    """A Ukrainian spelling of a Russian name: their first three letters alike once the
    letters proper to Ukrainian are put back ("Бірська" / Бирск; not "Борсуки" / Бирск)."""
    return word.lower().translate(_TO_RUSSIAN)[:3] == name.lower().translate(_TO_RUSSIAN)[:3]


def _home_facts(text: str, nominative: str, row: Settlement | None, start: int,
                end: int) -> list[Fact]:
    """A home town and its region: the one named after it ("с. Велика Березна Закарпатської
    області"), else the table's."""
    out = [Fact("settlement", nominative, start, end, {})]
    after = _REGION_AFTER.match(text, end)
    region = _region(after.group(1), after.group(2)) if after else None
    if region is not None and after is not None:
        out.append(Fact("region", region.code, end + after.start(1), end + after.end(1),
                        {"occupied": region.occupied}))
    elif row is not None and _regional(row):
        out.append(Fact("region", row.region_code, start, end, {"inferred": True}))
    elif row is None and (code := village_region(nominative)) is not None and (
            not common_village_name(nominative)
            or _VILLAGE_KIND.search(text[max(0, start - 8) : start])):
        # "із села Човновиця", "з Кулунди": a village of one region (GeoNames); a name that
        # is also a word ("Перемога") only after a word for a village
        out.append(Fact("region", code, start, end, {"inferred": True,
                                                     "occupied": occupied(code)}))
    return out


#: the end of a list entry, and its pieces
_ENTRY_STOP = re.compile(r"[;\n]|\s[—–-]\s")
_ENTRY_PIECE = re.compile(
    rf"^\s*(?:(?:з|із)\s+)?(?:(?:м|с|смт|ст)\.\s*|смт\s+)?"
    rf"([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*)(?:\s+(?P<second>[{_UP}][{_LOW}]+))?"
    rf"(?:\s+([{_UP}][{_LOW}]+)\s+(області|обл\.|краю))?\s*\.?\s*$")


_ENTRY_SENTENCE_END = re.compile(rf"(?<=[{_LOW}]{{2}})\.(?=\s+[{_UP}])")


_REGION_ALONE = re.compile(rf"^\s*(?:(?:з|із)\s+)?([{_UP}][{_LOW}]+)\s+(область|області|обл\.|"
                           rf"край|краю)\s*\.?\s*$")


def _listed_homes(text: str, names: list[tuple[int, int]]) -> list[Fact]:
    """A town in a person's list entry: "Гуров Сергій Павлович, 1979 р.н., Прокоп'євськ —",
    "Сизих Артем Олегович, 2004 р.н., строковик, м. Льгов Курської області —", "Ягудін Ф. Р.,
    1977 р.н., з м. Стерлітамак;"."""
    out: list[Fact] = []
    for _, end in names:
        window = text[end : end + 120]
        # a dash inside brackets ("(12.03.1985 – 20.02.2023)") ends no entry
        masked = re.sub(r"\([^()\n]*\)", lambda b: "(" + "x" * (len(b.group(0)) - 2) + ")", window)
        stop = _ENTRY_STOP.search(masked)
        entry = window[: stop.start()] if stop else window
        # the entry's first sentence: "45 років, м. Курган. Мобілізований …" (a period after
        # a word of two letters or more; "м.", "р.н." and initials end none)
        if (period := _ENTRY_SENTENCE_END.search(masked[: len(entry)])) is not None:
            entry = entry[: period.end()]
        pos = end
        for piece in entry.split(","):
            start, pos = pos, pos + len(piece) + 1
            m = _ENTRY_PIECE.match(piece)
            if not re.search(r"\d|р\.\s*н\.", text[end:start] or "x"):
                continue  # only after the year of birth: the name's own words come first
            alone = _REGION_ALONE.match(piece)
            region = _region(alone.group(1), alone.group(2)) if alone else None
            if alone and region is not None:  # "1996 р.н., Липецька область;"
                out.append(Fact("region", region.code, start + alone.start(1),
                                start + alone.end(2), {"occupied": region.occupied,
                                                       "listed": True}))
                break
            if m is None:
                continue
            found = _settlement(m.group(1))
            if m.group("second"):  # "м. Нижній Тагіл": a Russian town of two words, or none
                found = two_word_town(m.group(1), m.group("second"))
                if found is None:
                    continue
            typed = re.match(r"\s*(?:(?:з|із)\s+)?(?:м|с|смт|ст)\.?\s", piece)
            if found is not None and typed and _a_village_not_the_town(piece, m.group(1), found):
                found = None  # "с. Кетово" is no town Котово of like consonants
            if found is None and not typed:
                continue
            a, b = start + m.start(1), start + m.end("second" if m.group("second") else 1)
            out.append(Fact("settlement", found[0] if found else m.group(1), a, b,
                            {"listed": True}))
            region = _region(m.group(3), m.group(4)) if m.group(3) else None
            if region is not None:
                out.append(Fact("region", region.code, a, start + m.end(4),
                                {"occupied": region.occupied, "listed": True}))
            elif found is not None and _regional(found[1]):
                out.append(Fact("region", found[1].region_code, a, b,
                                {"inferred": True, "listed": True}))
            elif found is None and (code := village_region(m.group(1))) is not None:
                out.append(Fact("region", code, a, b,  # "с. Кетово": the villages' table
                                {"occupied": occupied(code), "inferred": True, "listed": True}))
            break
    return out


def _a_village_not_the_town(piece: str, word: str, found: tuple[str, Settlement]) -> bool:
    """A village ("с. Кетово") that the towns' table reads as a town of like consonants but
    another spelling (Котово): the village of that name is meant, whose region the text or the
    villages' table gives."""
    if not re.match(r"\s*(?:(?:з|із)\s+)?с\.?\s", piece):
        return False
    name = found[1].name
    spelt = max(_common_start(word, name), _common_start(word, ukrainian_name(name) or ""))
    return spelt < min(len(word), len(name)) - 2


def merge_places(russian: list[Fact], ukrainian: list[Fact], text: str = "") -> list[Fact]:
    """The Russian readers' homes where the Ukrainian reader found none at that place (the
    Russian reader puts Ukrainian town names in a Russian nominative)."""
    return [f for f in russian if not (f.field in ("settlement", "region") and any(
        u.start < f.end and f.start < u.end for u in ukrainian)) and not _captors(text, f)] \
        + ukrainian


#: Ukraine's soldiers acting on someone: their army is not his
_CAPTORS = re.compile(r"\b(?:взяли|взяв|узяли)\s+(?:[\w-]+\s+){0,4}?[ув]\s+полон|\bполонили|"
                      r"\bзахопили|\bзатримали|\bліквідували|\bзнищили|\bуразили", re.I)


def _captors(text: str, f: Fact) -> bool:
    """A Ukrainian-army citizenship in a sentence where Ukraine's soldiers take, hold or kill
    someone ("Бійці однієї з бригад ЗСУ … взяли в полон громадянина Непалу")."""
    if f.field != "citizenship" or f.value != "UA":
        return False
    start = max(text.rfind(".", 0, f.start), text.rfind("\n", 0, f.start)) + 1
    end = min((i for i in (text.find(".", f.end), text.find("\n", f.end)) if i >= 0),
              default=len(text))
    return bool(_CAPTORS.search(text[start:end]))


@cache
def _country_skeletons() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries():
        if not c.contested:
            out.setdefault(skeleton(c.name_gen), c)
    return out


_FIRST = str.maketrans({"і": "и", "є": "е", "ї": "и"})


def country_word(word: str) -> Country | None:
    """The country a capitalised word names in Ukrainian, in any case ("Сомалі", "Непалу",
    "Куби"): its consonants and its first two letters are the country's (not "Сміла")."""
    c = _country_skeletons().get(skeleton(word))
    if c is None or len(skeleton(word)) < 2:
        return None
    head = word[:2].lower().translate(_FIRST)
    return c if head == c.name_gen[:2].lower() else None


#: a foreign fighter from a country: "найманця з Сомалі", "рекрут із Непалу"
_FIGHTER_FROM = re.compile(rf"\b(?i:найман\w*|рекрут\w*|іноземц\w+|іноземн\w+\s+(?:найман|"
                           rf"бойовик)\w*|бойовик\w*)\s+(?i:з|із|зі)\s+"
                           rf"([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*)")


_CITIZEN = re.compile(rf"\b(?i:громадян(?:ин|ина|инові|ином|ка|ки|ці|и|ам|ами)?|підданий|"
                      rf"підданого)\s+"
                      rf"([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*)")


#: a country in brackets right after a name, as POW lists write it ("Ба Усман (Сенегал)")
_BRACKET_COUNTRY = re.compile(rf"(?<=[{_LOW}])\s*\(\s*([{_UP}][{_LOW}'’-]+)\s*\)")


def find_citizenship(text: str) -> list[Fact]:
    """"громадянина Непалу" → NP (missions: uk_citizens.find_missions)."""
    out = []
    for m in _CITIZEN.finditer(text):
        c = _country_skeletons().get(skeleton(m.group(1)))
        if c is not None and len(skeleton(m.group(1))) >= 2:
            # "двох громадян Непалу — …", "громадяни Куби": every one named after it
            plural = bool(re.match(r"(?i:громадян(?:и|ам|ами)?)\s", m.group(0)))
            out.append(Fact("citizenship", c.code, m.start(), m.end(),
                            {"contested": c.contested, **({"plural": True} if plural else {})}))
    for m in _BRACKET_COUNTRY.finditer(text):  # "Тапа Суман Бахадур (Непал), …"
        c = country_word(m.group(1))
        if c is not None:
            out.append(Fact("citizenship", c.code, m.start(1), m.end(1),
                            {"contested": c.contested}))
    for m in _FIGHTER_FROM.finditer(text):
        c = country_word(m.group(1))
        if c is not None and c.code not in ("RU", "UA"):
            out.append(Fact("citizenship", c.code, m.start(), m.end(),
                            {"contested": c.contested}))
    return out


_UNIT_WORDS = (
    "один одна два дві три чотири п'ять шість сім вісім дев'ять десять одинадцять "
    "дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять "
    "вісімнадцять дев'ятнадцять"
)
_UNITS_1_19 = _UNIT_WORDS.split()
_TENS = {"двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50, "шістдесят": 60,
         "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90}
_NUM = (r"(\d{2}|(?:двадцять|тридцять|сорок|п['’]ятдесят|шістдесят|сімдесят|вісімдесят|"
        r"дев['’]яносто)(?:\s+(?:один|одна|два|дві|три|чотири|п['’]ять|шість|сім|вісім|"
        r"дев['’]ять))?|вісімнадцять|дев['’]ятнадцять)")
_AGE = re.compile(rf"\b(?:йому|їй)\s+(?:було|був|була|виповнилося)\s+(?:лише\s+|всього\s+|"
                  rf"тільки\s+)?{_NUM}\b|\bу\s+віці\s+{_NUM}\b|,\s*{_NUM}\s+(?:рік|роки|років)\b",
                  re.I)
#: "сорокарічний", "двадцятип'ятирічний"
_AGE_WORD = re.compile(r"\b(двадцяти|тридцяти|сорока|п['’]ятдесяти|шістдесяти)"
                       r"(одно|дво|три|чотири|п['’]яти|шести|семи|восьми|дев['’]яти)?річн\w+",
                       re.I)
_AGE_TENS = {"двадцяти": 20, "тридцяти": 30, "сорока": 40, "п'ятдесяти": 50, "шістдесяти": 60}
_AGE_UNITS = {"одно": 1, "дво": 2, "три": 3, "чотири": 4, "п'яти": 5, "шести": 6, "семи": 7,
              "восьми": 8, "дев'яти": 9}


def _number(words: str) -> int | None:
    w = words.lower().replace("’", "'").split()
    if not w:
        return None
    if w[0].isdigit():
        return int(w[0])
    total = _TENS.get(w[0], 0)
    if not total and w[0] in _UNITS_1_19:
        return _UNITS_1_19.index(w[0]) + 1 if _UNITS_1_19.index(w[0]) < 2 else None
    if len(w) > 1 and w[1] in _UNITS_1_19:
        total += [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][_UNITS_1_19.index(w[1])]
    return total or (18 if w[0] == "вісімнадцять" else 19 if w[0].startswith("дев'ятн")
                     else None)


def find_ages(text: str) -> list[Fact]:
    out = []
    for m in _AGE.finditer(text):
        k = next(i for i in (1, 2, 3) if m.group(i))
        n = _number(m.group(k))
        if n is not None and 16 <= n <= 90:
            out.append(Fact("age", n, m.start(k), m.end(k)))
    for m in _AGE_WORD.finditer(text):
        tens = _AGE_TENS[m.group(1).lower().replace("’", "'")]
        units = _AGE_UNITS.get((m.group(2) or "").lower().replace("’", "'"), 0)
        out.append(Fact("age", tens + units, m.start(), m.end()))
    return out


_UNIT = re.compile(r"\b(батальйон|загін|загон|бригад|полк|спецпідрозділ|підрозділ)\w*\s+"
                   r"«([^»]{1,30})»"
                   r"(\s*\((?:БАРС|Барс)[^()\n]{0,6}\))?|"
                   r"(?:\bПВК\s+)?[«„“](Вагнер|Шторм[- ]?Z)[»“”]|\bПВК\s+«?Вагнер»?|"
                   # the volunteer brigade "Пятнашка" in any case: "у «Пятнашці»"
                   r"[«„“]?\b(П['’ʼ]?ятнаш)(?:ка|ки|ці|ку|кою)\b[»“”]?")
#: the kind of a named formation before its noun, kept as written ("добровольчого батальйону
#: «Байкал»", "окремого штурмового загону «Вовки»")
_UNIT_KIND = re.compile(r"(?<![\w'’-])(?:(?:добровольч|штурмов|окрем|інтернаціональн|"
                        r"розвідувальн|спеціальн)(?:ий|ого|ому|им|ім|а|ої|ій|ою|у)\s+){1,2}$",
                        re.I)
_UNIT_NOM = {"батальйон": "батальйон", "загін": "загін", "загон": "загін", "бригад": "бригада",
             "полк": "полк", "підрозділ": "підрозділ", "спецпідрозділ": "спецпідрозділ"}


def find_units(text: str) -> list[Fact]:
    """Named units in the nominative: "батальйону «Вятка»" → батальйон «Вятка»."""
    out = []
    for m in _UNIT.finditer(text):
        if m.group(1) and captors_formation(text, m.start(), m.end()):
            continue  # "Воїни бригади «Хартія» полонили …": the captors'
        if m.group(1) and re.fullmatch(r"Шторм[- ]?[ZV]|БАРС[- ]?\d{1,2}", m.group(2)):
            value = m.group(2)  # "загону «Шторм Z»", "загону «БАРС-16»": by its name
        elif m.group(1):  # with a name in brackets as written: "батальйон «Кузбас» (БАРС)"
            value = f"{_UNIT_NOM[m.group(1).lower()]} «{m.group(2)}»"
            value += f" {m.group(3).strip()}" if m.group(3) else ""
            kind = _UNIT_KIND.search(text, max(0, m.start() - 60), m.start())
            if kind is not None:  # "добровольчого загону «Терек»" → добровольчий загін «Терек»
                gender = "femn" if value.startswith("бригада") else "masc"
                value = " ".join([*(uk_units.nominative_adjective(w, gender)
                                    for w in kind.group(0).split()), value])
                out.append(Fact("unit", value, kind.start(), m.end()))
                continue
        elif m.group(0).startswith("ПВК"):
            value = m.group(0)  # as written: "ПВК «Вагнер»"
        elif m.group(5):
            if re.search(r"(?:,|\bі|\bта|\bй)\s+$", text[max(0, m.start() - 5) : m.start()]):
                continue  # "бійців «Ахмату», БАРС і «Пятнашки»": one of the formations listed
            value = f"{m.group(5)}ка"  # in the nominative: "у «Пятнашці»" → Пятнашка
        else:
            value = m.group(4)
        out.append(Fact("unit", value, m.start(), m.end()))
    full = next((f.value for f in out if f.value in ("ПВК «Вагнер»", "ПВК Вагнер")), None)
    if full is not None:  # the company's full name once: for every bare «Вагнер»
        out = [Fact(f.field, full, f.start, f.end, f.extra) if f.value == "Вагнер" else f
               for f in out]
    return out


_CHANNELS = (
    (Channel.PRISONER, re.compile(
        r"\bвідбува\w+\s+(?:\w+\s+)?(?:покаранн|термін|строк)\w*|\bв['’ʼ]язн\w+|"
        r"\bзавербова\w+\s+(?:\w+\s+){0,2}?(?:у|в|з|із)\s+(?:колоні|ІК|СІЗО|в['’ʼ]язниц)",
        re.I)),
    (Channel.VOLUNTEER_FORMATION, re.compile(
        r"\bдобровол\w+\s+(?:[а-яіїє'’\d-]+\s+){0,6}?(?:батальйон|загін|загон|бригад|"
        r"підрозділ|формуван)\w*|"
        r"\bдобровольч\w+\s+(?:батальйон|загін|загон|формуван|підрозділ)\w*", re.I)),
    # recruited, or lured by a promised job: a contract (a foreigner's: foreign_contract)
    (Channel.CONTRACT, re.compile(
        r"\bзавербува\w+|\bзавербован\w+|\b(?:по)?обіця\w+\s+(?:\w+\s+){0,3}?"
        r"робот\w*|\bпід\s+виглядом\s+(?:\w+\s+){0,2}?робот\w*", re.I)),
    (Channel.REGULAR, re.compile(r"\bкадров\w+\s+(?:офіцер|військов)\w*", re.I)),
    (Channel.MOBILISED, re.compile(r"\bмобілізува\w*|\bмобілізу(?:ють|вали|вав)\w*", re.I)),
)


def find_channels(text: str) -> list[Fact]:
    return [Fact("channel", c, m.start(), m.end()) for c, p in _CHANNELS for m in p.finditer(text)
            if not negated(text, m.start())  # "не був в'язнем"
            and not (c == Channel.PRISONER and served_before(text, m.start(), m.end()))]


def facts(text: str) -> list[Fact]:
    """What the Russian readers miss in Ukrainian: citizenship (also from demonyms), ages in
    every wording, named and numbered units, "солдат", volunteer and career channels."""
    units = [*find_units(text), *uk_units.find_units(text)]
    return [*find_citizenship(text), *uk_citizens.find_citizenship(text),
            *uk_citizens.find_missions(text), *uk_citizens.find_foreign_service(text),
            *find_country_citizens(text), *uk_ages.find_ages(text), *units,
            *uk_units.find_services(text, units), *uk_units.find_soldier_rank(text),
            *find_channels(text)]


_PLURAL_SUBJECT = re.compile(r"\b(?:усі|всі|обидва|обоє|обидві|вони|двоє|троє|четверо|п['’]ятеро|"
                             r"шестеро|брати|батько\s+і\s+син|"
                             # "Прощання з обома відбулося 8 липня", "поховали всіх трьох"
                             r"обох|обома|обидвох|обидвома|ними|усіх|всіх|усіма|всіма)\b", re.I)
#: a plural predicate: what it tells goes to everyone its sentence names
_PLURAL_VERB = re.compile(r"\b(?:загинули|полягли|померли|потрапили|зникли|здалися|"
                          r"опинилися|були\s+(?:вбиті|поранені|взяті))\b", re.I)
_PLURAL_VERB_FIELDS = frozenset({"place_of_death", "status", "status_date", "death_date"})
_PLURAL_HOME = re.compile(r"\b(?:мешканц|жител|уродженц)\w*", re.I)
_SHARED_FIELDS = frozenset({"channel", "other_date", "status", "status_date", "death_date",
                            "unit", "place_of_death"})
#: a ceremony's plural object: "Сьогодні поховали наших побратимів", "попрощалися з
#: героями" — everyone the text names, after it when no one is named before
_PLURAL_OBJECT = re.compile(r"\b(?:побратим(?:ів|ами)|захисник(?:ів|ами)|геро(?:їв|ями)|"
                            r"земляк(?:ів|ами)|воїн(?:ів|ами)|бійц(?:ів|ями))\b", re.I)


def share_plural(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                 sents: list[Sentence], facts: list[Fact]) -> None:
    """Facts said of several people at once, in place: "Усі п'ятеро були мобілізовані
    восени 2022 року" (a sentence naming nobody) gives its facts to everyone named before;
    "загибель трьох мешканців Кірова: …, … та …" gives its status and home to everyone
    the list after the colon names; "ліквідованих окупантів. Це рядовий …" gives its status
    to the people of the next sentence."""
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs if r.subject]
    if len({i for _, i in refs}) < 2:
        return
    by_sent: dict[int, set[int]] = {}
    for s, i in refs:
        by_sent.setdefault(sentence_index(sents, s), set()).add(i)

    def give(f: Fact, who: set[int]) -> None:
        for i in who:
            if f not in by_person[i] and not (f.field != "other_date" and any(
                    g.field == f.field for g in by_person[i])):
                by_person[i].append(f)

    for f in facts:
        si = sentence_index(sents, f.start)
        sent = text[sents[si].start : sents[si].end]
        if si not in by_sent and f.field in _SHARED_FIELDS and _PLURAL_SUBJECT.search(sent):
            give(f, {i for s, i in refs if s < f.start})
        elif si not in by_sent and f.field == "other_date" and f.extra.get("event") in (
                "funeral", "farewell") and _PLURAL_OBJECT.search(sent):
            before = {i for s, i in refs if s < f.start}
            give(f, before or {i for _, i in refs})
        elif si not in by_sent and f.field == "status" and si + 1 in by_sent and (re.search(
                r"\w+(?:их|их)\b", text[f.start : f.end + 3]) or _AMONG.match(
                    text, sents[si + 1].start)):
            # "… повернулися 150 українських захисників. Серед них — …": the people listed
            give(f, by_sent[si + 1])
            for i in by_sent[si + 1]:  # a return outranks the captivity it ends
                by_person[i][:] = [g for g in by_person[i] if not (
                    g.field == "status" and g.value == Status.CAPTURED
                    and f.value == Status.RETURNED)]
                give(f, {i})  # one status a person: none added over another kept
        elif si in by_sent and f.field in ("status", "settlement", "region") and ":" in \
                text[f.end : sents[si].end] and (f.field == "status" or _PLURAL_HOME.search(
                    text[max(0, f.start - 25) : f.start])):
            colon = text.index(":", f.end)
            give(f, {i for s, i in refs if sentence_index(sents, s) == si and s > colon})
        elif si in by_sent and len(by_sent[si]) > 1 and f.field in _PLURAL_VERB_FIELDS and \
                _PLURAL_VERB.search(sent) and not re.search(r",\s+(?:а|але)\s", sent) and not (
                    _in_own_brackets(text, f, people)):
            # "На Покровському напрямку 12 травня загинули рядовий А та єфрейтор Б"
            give(f, by_sent[si])
        elif si in by_sent and f.field in ("settlement", "region") and _PLURAL_HOME.search(
                text[max(0, f.start - 25) : f.start]) and re.match(
                    r"(?:\s+(?:області|обл\.|краю))?\s*,", text[f.end :]):
            # "Двоє мешканців Курська, Олексій Жуков і Дмитро Бєлов, …": everyone listed
            give(f, {i for s, i in refs if sentence_index(sents, s) == si and s > f.end})
        elif si in by_sent and f.field in ("settlement", "region") and re.match(
                r"(?:\s+[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+\s+(?:області|обл\.|краю))?\s*[—–:]",
                text[f.end :]) and not any(sents[si].start <= s < f.start for s, _ in refs):
            # "батько і син з Липецька — Володимир … та Максим …": a home before the dash
            # or colon that lists the people, no one named before it
            give(f, {i for s, i in refs if sentence_index(sents, s) == si and s > f.end})


def _in_own_brackets(text: str, f: Fact, people: list[Person]) -> bool:
    """``f`` stands in brackets right after a name ("Кузьмін Іван Олегович (1990–2024), …"):
    that entry's own, not the whole list's."""
    opening = text.rfind("(", 0, f.start)
    if opening < 0 or ")" in text[opening : f.start]:
        return False
    return any(r.end <= opening and not text[r.end : opening].strip()
               for p in people for r in p.refs)


#: a sentence listing some of the people the one before it counts
#: (not a bare "Це", which opens many a sentence: "Це —" or "Це були" before the list)
_AMONG = re.compile(r"\s*(?:(?:Серед\s+(?:них|яких|загиблих|полонених|звільнених)|Ними\s+були|"
                    r"Їхні\s+імена|Їх\s+імена|Це\s+були)\b|Це\s*[—–-]|"
                    r"Це\s+(?=(?:старш|молодш|головн)?\w*\s*(?:рядов|солдат|сержант|"
                    r"матрос|старшин|єфрейтор|лейтенант|капітан|майор|полковник|підполковник|"
                    r"прапорщик)))", re.I)


#: statuses whose place the Ukrainian gold does not count as a place of death
_NOT_DEATH = frozenset({"missing", "captured", "wounded", "deserted", "returned", "serving"})


def finish_mention(m: dict[str, Any], text: str = "") -> None:
    """The place of death in the nominative ("на Запорізькому напрямку" → Запорізький
    напрямок), and none where nobody died (where someone went missing is no place of
    death; one declared dead keeps a place told with his death in its sentence)."""
    place = m.get("place_of_death")
    if not place:
        return
    if m.get("status") in _NOT_DEATH or (m.get("status") == "declared_dead"
                                         and not _death_beside(m, text)):
        m["place_of_death"] = None
        m["evidence"].pop("place_of_death", None)
        return
    words = place.split()
    if len(words) == 2:
        m["place_of_death"] = " ".join(_nominative_word(w) for w in words)
    elif len(words) == 1 and "-" not in place:
        m["place_of_death"] = _town_nominative(place)


def _death_beside(m: dict[str, Any], text: str) -> bool:
    """Is a death told in the sentence of the place of death's quote ("загинув у боях за
    Бахмут")? Without one the place is where he went missing ("зник під Кліщіївкою")."""
    ev = m.get("evidence", {}).get("place_of_death")
    if not text or not ev or ev.get("start") is None:
        return False
    start, end = int(ev["start"]), int(ev["end"])
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return bool(DIED.search(text[left:min(rights, default=len(text))]))


def _town_nominative(word: str) -> str:
    """A one-word town in the nominative: by the dictionary, else by its ending."""
    for p in parses(word.lower()):
        if "Geox" in p.tag.grammemes and p.tag.case and p.tag.case != "nomn":
            form = p.inflect({"nomn"})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    ps = parses(word.lower())
    if ps and ps[0].is_known and "Geox" in ps[0].tag.grammemes:
        return word
    shaped = adjective_town(word)
    if shaped is not None:
        return shaped  # "біля Опитного" → Опитне, "на околицях Покровська" → Покровськ
    for ending, nominative in TOWN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


def _nominative_word(word: str) -> str:
    ps = parses(word.lower())
    if any(p.tag.case == "nomn" or ("ADJF" in p.tag.grammemes and p.tag.case is None)
           for p in ps[:4]):
        return word  # "Часів Яр", "Велика Березна": read in the nominative already
    for p in ps:
        if p.tag.case and p.tag.case != "nomn" and {"NOUN", "ADJF"} & p.tag.grammemes:
            form = p.inflect({"nomn"})
            if form is not None:
                w = form.word
                return w[:1].upper() + w[1:] if word[:1].isupper() else w
    return word


#: "брати Олег і Денис Морозови", "Батько і син Гончаренки": two people, one surname
_PAIR = re.compile(rf"\b([{_UP}][{_LOW}]+)\s+(?:і|й|та)\s+([{_UP}][{_LOW}]+)\s+"
                   rf"([{_UP}][{_LOW}]+(?:ови|еви|єви|іни|ини|ки|ні|і))\b")


def _singular(surname: str) -> str:
    for plural, single in (("ови", "ов"), ("еви", "ев"), ("єви", "єв"), ("іни", "ін"),
                           ("ини", "ин"), ("ки", "ко")):
        if surname.endswith(plural):
            return surname[: -len(plural)] + single
    return surname


def add_pairs(people: list[Person], text: str) -> None:
    """Two given names and a plural surname are two people, in place."""
    for m in _PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        if not (_given(a) and _given(b)):
            continue
        surname = _singular(m.group(3))
        people[:] = [p for p in people if not any(m.start() <= r.start < m.end()
                                                   for r in p.refs)]
        for word, start, end in ((a, m.start(1), m.end(1)), (b, m.start(2), m.end(3))):
            given = next((p.normal_form for p in parses(word.lower())
                          if "Name" in p.tag.grammemes), word.lower())
            people.append(Person([PersonRef(start, end, NameParts(
                surname, given[:1].upper() + given[1:], "", "M", "nomn"))]))
    people.sort(key=lambda p: p.refs[0].start)
