"""Home region, settlement, citizenship and place of death.

Places are looked up in the project's reference tables (headcount.reference)
by lemmas; what a place means for the person comes from the words before it:
"житель", "уроженец", "родом из", "из" make a home (or, for a country, a
citizenship: "гражданин Непала", "уроженец Таджикистана", "выходец из Кубы");
"погиб под", "в боях за" make a place of death. A settlement found in the
reference table gives its region (``inferred``) unless the name exists in
several regions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from headcount.extract import syntax
from headcount.extract.battle_places import battle_places
from headcount.extract.dates import MONTHS_GEN, MONTHS_PREP
from headcount.extract.death_leads import (
    CROAKED,
    FELL,
    only_circumstances,
    sortie_not_returned,
    without_circumstances,
    without_light_verb,
)
from headcount.extract.districts import find_districts, find_regional_units
from headcount.extract.foreign_provinces import foreign_province
from headcount.extract.gazetteer import Gazetteer, Hit
from headcount.extract.homes import (
    common_village_name,
    find_village,
    home_regions,
    home_settlements,
    home_villages,
    occupied,
    ukrainian,
    ukrainian_name,
    village_region,
)
from headcount.extract.military import captors_formation
from headcount.extract.model import Fact
from headcount.extract.morph import current_language, parses
from headcount.extract.nationals import captors_sentence, country_of, taking_sentence
from headcount.extract.roles import KIN, OFFICIAL, THEIR, kin_profession
from headcount.extract.sentences import SPACED_STOP, WORD_STOP, sentence_end, sentence_start
from headcount.extract.status import DEATH_CONFIRMED, HEART_STOPPED
from headcount.extract.text import Token, sentences, tokens
from headcount.extract.uk_communities import CAPTIVITY_WORDS as UK_CAPTIVITY_WORDS
from headcount.extract.uk_communities import DEATH_WORDS as UK_DEATH_WORDS
from headcount.extract.uk_communities import HOME_CUE as UK_HOME_CUE
from headcount.extract.uk_communities import NOT_HOME as UK_NOT_HOME
from headcount.extract.weekdays import MODIFIER_STEMS, WEEKDAY_STEMS
from headcount.reference import Country, Region, Settlement, countries, ukraine

#: coming home to a place: "вернулся домой, в …", "вернулся на родину, в …" (the home cue
#: `_HOME` and the towns the tables lack, `_CAME_HOME`, share it)
_CAME_HOME_WORDS = (r"(?:(?:вернул(?:ся|ась|ись|ось)|возвращ\w+ся)\s+(?:домой|на\s+родину)|"
                    # "home" with any verb, the place after it: "Домой, в Березники, он так
                    # и не вернулся", "тело доставили домой, в Тюмень", "привезли домой в
                    # Курган"
                    r"(?<![а-яё])домой),?\s+(?:в|во)\s+")
#: verbs of living and of growing up, and nouns of a resident or native: shared by the home
#: cues (`_HOME`) and the cue that tells a birthplace from a home (`_CUE_WORD`)
_LIVED_VERBS = r"прожива\w*|прожил\w*|жил[аи]?|живш\w+|живущ\w+|живёт|живет"
_GREW_VERBS = r"вырос\w*|рос|росл[аи]"
#: verbs of moving house: the place after "в" is where one then lived ("переехал в Курск")
_MOVED_VERBS = r"переехал[аи]?|переселил(?:ся|ась|ись)"
_MOVED_FROM = re.compile(rf"\b(?:{_MOVED_VERBS})(?:\s+[а-яё]+){{0,3}}?\s+(?:из|с|со)\s+"
                         r"(?:(?:город\w*|г\.|селени[еяюи]|сел[аоеу]|с\.|посёлк\w*|поселк\w*|п\.)\s*)?$",
                         re.I)
#: the last verb of moving house before a place (its relative read before the verb)
_MOVED_BEFORE = re.compile(rf"\b(?:{_MOVED_VERBS})\s+(?=[^.!?]*$)", re.I)
_RESIDENT_NOUNS = r"жител\w*|жительниц\w*"
_NATIVE_WORDS = r"уроженц\w*|уроженец|уроженк\w*|родом"
_HOME = re.compile(
    # coming home: "вернулся домой, в Железногорск", "вернулся на родину, в Амритсар"
    r"(?:(?:" + _CAME_HOME_WORDS + r"|(?<![а-яё])дома,\s+(?:в|во)\s+|"
    # "в 2019 году переехал в Курск", "переехал с семьёй жить в Тулу"
    rf"\b(?:{_MOVED_VERBS})(?:\s+[а-яё-]+){{0,3}}?\s+(?:в|во)\s+)"
    # at home, then the place: "похоронили дома, в Будённовске", "Дома, в Элдорете, ждут"
    r"(?:(?:город\w*|г\.|селени[еяюи]|сел[аоеу]|с\.|деревн\w+|д\.|посёлк\w*|поселк\w*|пос\.|п\.)\s*)?$)|"
    # "жил и работал в Ангарске": a home, where he also worked
    rf"(?:(?:{_LIVED_VERBS})\s+и\s+(?:работал\w*|трудил\w*)\s+(?:в|во)\s+"
    r"(?:(?:город\w*|г\.|селени[еяюи]|сел[аоеу]|с\.|деревн\w+|д\.|посёлк\w*|поселк\w*|пос\.|п\.|"
    r"станиц\w+|ст\.)\s*)?$)|"
    # "жил с семьёй в Бердске", "вырос здесь, в Ярцеве": a verb of living, a few words, "в"
    rf"(?:(?:{_LIVED_VERBS}|{_GREW_VERBS})\s+"
    r"(?:(?!работ|служ|уч)[а-яё]+,?\s+){1,3}(?:в|во)\s+"
    r"(?:(?:город\w*|г\.|селени[еяюи]|сел[аоеу]|с\.|деревн\w+|д\.|посёлк\w*|поселк\w*|пос\.|п\.|"
    r"станиц\w+|ст\.|аул\w*|улус\w*|хутор\w*|х\.)\s*)?$)|"
    rf"(?:{_RESIDENT_NOUNS}|{_NATIVE_WORDS}|выходц\w*|выходец|"
    rf"{_LIVED_VERBS}|проживш\w*|родил(?:ся|ась)|{_GREW_VERBS}|"
    r"земляк\w*|мешкан\w+|уроджен\w+|родн\w+|із|з|из|со|с)"
    r"(?:\s+(?:из|в|во|на))?"
    # "из нашего Новошахтинска", "в своём Тулуне": a possessive before the place
    r"(?:\s+(?:наш(?:его|ей|ем|ём)|сво(?:его|ей|ём|ем)))?"
    # "житель подмосковной Балашихи", "из уральского Миасса": an epithet of the place
    r"(?:\s+[а-яё]{4,}(?:ской|ского|ском|цкой|цкого|цком|ной|ного|нем|ном|ней|него))?"
    # "проживал в российском городе Белгороде": an adjective before "город"
    r"(?:\s+(?:(?:[а-яё]+(?:ом|ем|ого|его)\s+)?город\w*|г\.|селени[еяюи]|сел[аоеу]|с\.|деревн\w+|д\.|посёлк\w*|поселк\w*|пос\.|п\.|пгт\.?|"
    r"станиц\w+|ст\.|аул\w*|улус\w*|хутор\w*|х\.|рабоч\w+\s+посёлк\w*|"
    r"республик\w+|област\w+|кра[яюе]|район\w*))?\s*$",
    re.I,
)
_CITIZEN = re.compile(
    r"(?:граждан\w*|подданн\w*|уроженц\w*|уроженец|уроженк\w*|выходц\w*|выходец|родом|"
    r"прибыл\w*|приехал\w*|из)(?:\s+(?:из|республики|государства))?\s*$",
    re.I,
)
#: a capitalised word and an opening bracket right before a country: "Тхапа (Непал)"
_NAME_BRACKET = re.compile(r"(?:^|(?<=\s))(?:(\S+)\s+)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)"
                           r"\s*\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")
#: words before a place, not a name: "в Минске (Беларусь)", "посольство в Душанбе (…)"
_PLACE_BEFORE = re.compile(r"(?:в|во|из|под|на|у|около|возле|близ|г\.|город\w*)$", re.I)


def _name_before_bracket(before: str) -> bool:
    """``before`` ends with a name and an opening bracket: a capitalised word that is no
    place or organisation by its dictionary entries and follows no preposition of place."""
    m = _NAME_BRACKET.search(before)
    if m is None or (m.group(1) and _PLACE_BEFORE.search(m.group(1))):
        return False

    def a_place(word: str) -> bool:
        return any({"Geox", "Orgn"} & set(str(p.tag).replace(" ", ",").split(","))
                   for p in parses(word))

    if not a_place(m.group(2)):
        return True
    # a foreign surname the dictionary takes for a place ("Тапа", "Камау") after a given
    # name: "Рам Бахадур Тапа (Непал)", "Питер Мванги Камау (Кения)"
    from headcount.extract.boundary import is_name_word
    from headcount.names.order import GIVEN_ELEMENTS

    prev = (m.group(1) or "").strip(",")
    return prev[:1].isupper() and prev.isalpha() and (prev.lower() in GIVEN_ELEMENTS or (
        not a_place(prev) and is_name_word(prev)))
_PERSON_NOUN = re.compile(
    # a citizen, not citizenship ("обещали российское гражданство" names no one)
    r"\s*(?:граждан(?!ств)\w*|подданн\w*|наёмник\w*|наемник\w*|военн\w+|военнослужащ\w+|"
    r"бо[ей]ц\w*|солдат\w*|доброволец|добровольц\w*|контрактник\w*)\b",
    re.I,
)
_DEATH = re.compile(
    r"(?:погиб\w*|убит\w*|гибел\w+|скончал\w*|скончавш\w*|умер\w*|ранен\w*|бо[яеи]\w*(?:\s+за)?|"
    r"штурм\w*|наступлени\w*|обстрел\w*|"
    # Ukrainian: "загинув у Бахмутському районі", "у боях у Покровському районі"
    rf"{UK_DEATH_WORDS})"
    r"(?:\s+[\w-]+){0,4}?\s+(?:в|во|под|у|на|около|возле|близ|за|в\s+районе)\s*$",
    re.I,
)
#: where someone was captured, went missing or was wounded: no home ("попал в плен в августе
#: 2024 года в Курской области", "пропал без вести под Курском")
_FATE = re.compile(
    r"(?:плен\w*|пропал\w*(?:\s+без\s+вести)?|ранени\w*|сдал(?:ся|ась|ись)|"
    rf"(?:{UK_CAPTIVITY_WORDS})(?:\s+безвісти)?|здав(?:ся|ася|ися))"
    r"(?:\s+[\w-]+){0,5}?\s+(?:в|во|под|у|на|около|возле|близ|в\s+районе)\s*$",
    re.I,
)
#: a village's name after its kind: one word ("Нылга", "Усть-Ишим", "Кафыр-Кумух"), or two
#: when the first is an adjective ("Большое Чурашево", "Нижний Саянтуй", also soft: "Нижняя
#: Иволга", "Верхнее Кужебаево") — never a name that follows ("уроженец села Атланаул
#: Шамиль Абдулаевич")
TYPED_NAME = (r"((?:[А-ЯЁ][а-яё]+(?:ое|ая|яя|ее|ий|ый|ой|ие|ые)\s+)?"
              r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")
_TYPED = re.compile(
    r"(?:(?i:жител\w*|жительниц\w*|уроженц\w*|уроженец|уроженк\w*|родом\s+из|из)\s+"
    r"(?i:селени[еяюи]|сел[аеу]|с\.|деревн[иея]|д\.|посёлк[ае]|поселк[ае]|пос\.|п\.|пгт\.?|станиц[ыеу]|"
    r"ст\.|аул[ае]|улус[ае]|хутор[ае]|х\.|город[ае]|г\.)|"
    # "жил в селе Усть-Кяхта", "проживал в посёлке Двуреченск", "живёт в деревне Ильинское"
    r"(?i:прожива\w*|прожил\w*|жил[аи]?|живш\w+|живущ\w+|живёт|живет|вырос\w*|"
    r"родил(?:ся|ась))\s+(?:(?:[а-яё]+|\d{1,4}|\d{1,2}\.\d{1,2}\.\d{2,4})\s+){0,4}?"
    r"(?i:в|во)\s+(?:(?i:родн\w+|своём|своем)\s+)?"
    r"(?i:селени[еи]|сел[еу]|деревне|посёлке|поселке|станице|ауле|улусе|хуторе))\s*" + TYPED_NAME
)
_WINDOW = 60
#: a country someone was born in or comes from by birth: no citizenship by itself
#: ("уроженец Таджикистана", "родом из Киргизии", "уроженка Шри-Ланки")
_BORN_IN = re.compile(r"(?:уроженц\w*|уроженец|уроженк\w*|родом(?:\s+из)?)\s*$", re.I)
#: Russian citizenship or a Russian passport granted ("получил российский паспорт",
#: "оформил паспорт гражданина РФ", "российское гражданство ему дали в 2023 году")
_RU_GRANT = (r"(?:российское\s+гражданство|гражданство\s+(?:РФ|России|Российской\s+Федерации)|"
             r"российский\s+паспорт|паспорт\s+(?:гражданина\s+)?(?:РФ|России|Российской\s+"
             r"Федерации))")
_ACQUIRED = re.compile(
    r"\b(?:получил\w*|получивш\w+|оформил\w*|дали|выдали|приобр[её]л\w*|приняли\s+в)\s+"
    r"(?:\w+\s+){0,2}?" + _RU_GRANT + r"|\b" + _RU_GRANT + r"\s+(?:\w+\s+){0,2}?"
    r"(?:получил\w*|дали|выдали|оформил\w*)",
    re.I,
)


@cache
def _regions() -> Gazetteer[Region]:
    entries = [(r.name, r) for r in home_regions()]
    entries += [(a, r) for r in home_regions() for a in r.aliases]
    return Gazetteer(entries, capitalized=True)


@cache
def _settlements() -> Gazetteer[tuple[Settlement, ...]]:
    by_name: dict[str, list[Settlement]] = {}
    for s in home_settlements():
        by_name.setdefault(s.name, []).append(s)
    return Gazetteer(((n, tuple(v)) for n, v in by_name.items()), capitalized=True)


@cache
def _villages() -> Gazetteer[tuple[Settlement, ...]]:
    """The villages of the village table by their Russian names (GeoNames, 500 people or
    more): a home after a home cue, and only when the towns' table has no such name."""
    by_name: dict[str, list[Settlement]] = {}
    for s in home_villages():
        by_name.setdefault(s.name, []).append(s)
    return Gazetteer(((n, tuple(v)) for n, v in by_name.items()), capitalized=True)


#: a word for a village or a small town right before its name ("с. Победа", "в посёлке
#: Заря", "деревни Мир", "аул Хаджох")
_VILLAGE_WORD = re.compile(r"(?:(?<![\w-])[сдпх]\.|\bпгт\.?|\bпос\.|\bст\.|\bселени[еяюи]|"
                           r"\bсел[аоеу]|\bсело|\bдеревн\w+|\bпос[её]л(?:ок|к\w*)|\bстаниц\w+|\bаул\w*|"
                           r"\bулус\w*|\bхутор\w*|\bрабоч\w+\s+пос[её]лк\w*)\s*$", re.I)


_NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁ][а-яё]+)")


def _village_hits(text: str, toks: list[Token], used: list[tuple[int, int]]
                  ) -> list[Hit[tuple[Settlement, ...]]]:
    """The villages named in ``text`` outside the places found already: a name that is also
    a common word, a given name or a surname ("Победа", "Заря", "Маркова") only after a word
    for a village ("в селе Победа"); never the opening of a sentence."""
    out = []
    for h in _villages().find(toks):
        if len(h.value) > 1 or h.value[0].ambiguous:
            continue  # no region to give: the rules for villages the tables lack read it
        written = text[h.start : h.end]
        if any(s <= h.start < e or h.start <= s < h.end for s, e in used) or not _same_gender(
                written, h.value[0].name) or _DISTRICT_AFTER.match(text, h.end) or \
                _DIRECTION_AFTER.match(text, h.end):
            continue
        nxt = _NEXT_WORD.match(text, h.end)
        if nxt is not None and not any(p.is_known and {"Name", "Surn"} & p.tag.grammemes
                                       for p in parses(nxt.group(1).lower())):
            continue  # the first word of a longer name ("в селе Верхний Тылгаш")
        opening = max(text.rfind(".", 0, h.start), text.rfind("\n", 0, h.start)) + 1
        if _KIN.search(text[opening : h.start]):
            continue  # "Его мать до сих пор живёт в Кулунде": the relatives' home
        typed = bool(_VILLAGE_WORD.search(text[max(0, h.start - 20) : h.start]))
        if not typed and (common_village_name(h.value[0].name) or _a_person_word(written)
                          or _common_word_opening(text, h.start, h.end)):
            continue
        out.append(h)
    return out


@cache
def _countries() -> Gazetteer[Country]:
    entries = [(c.name, c) for c in countries()]
    entries += [(a, c) for c in countries() for a in c.aliases]
    return Gazetteer(entries, capitalized=True)


@cache
def _adjectives() -> Gazetteer[Country]:
    return Gazetteer((c.adjective, c) for c in countries() if c.adjective)


def _before(text: str, start: int) -> str:
    """The window before a place, from its sentence's start (not at the dot of "г.", "с.",
    "г.р." or of a date: "12.04.2002")."""
    window = text[max(0, start - _WINDOW) : start]
    return window[sentence_start(window, len(window), WORD_STOP):]


#: a home said after the place: "в Анжеро-Судженске, где он прожил всю жизнь", "в
#: Петрозаводске, в его родном городе"
_HOME_AFTER = re.compile(
    r"\s*,\s*(?:где\s+(?:он|она|они)?\s*(?:прожил\w*|жил\w*|вырос\w*|родил\w*)|"
    r"(?:в\s+)?(?:его|её|ее|их|своём|своем)?\s*родн\w+\s+(?:город\w*|сел\w*|посёлк\w*|"
    r"поселк\w*|станиц\w*|деревн\w*))",
    re.I,
)
#: a farewell or burial told at the start of a text, in the town it names: "В Прокопьевске
#: простились с мобилизованным земляком …", "11 октября в селе Чистюнька простились с …"
_FAREWELL_HOME = re.compile(
    r"^(?:[^.!?\n]{0,30}\s)?(?i:в|во)\s+(?:(?P<kind>(?i:селени[еи]|сел[еу]|городе|посёлке|поселке|станице|"
    r"деревне|г\.|с\.|п\.))\s+)?(?P<place>(?:[А-ЯЁ][а-яё]+(?:ом|ем|ой|ей)\s+)?"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
    r"(?:\s+[а-яё]+)?\s+(?i:простились|проводили\s+в\s+последний\s+путь|прощались|"
    r"(?:прош(?:ли|ло|ла)|состоял(?:ись|ось|ась)|пройд(?:ут|ёт|ет))\s+(?:прощание|"
    r"церемони[яи]\s+прощания|траурн\w+\s+церемони[яи]))"
)


#: endings of a place name in an oblique case → the nominative, for names pymorphy3 does
#: not know ("Торецком" → "Торецк", "Клещеевки" → "Клещеевка")
_ENDINGS = (("иным", "ино"), ("ыным", "ыно"), ("овым", "ово"), ("евым", "ево"),
            # a neuter village in the instrumental: "под Работином", "под Очеретином"
            ("ином", "ино"), ("ыном", "ыно"), ("овом", "ово"), ("евом", "ево"),
            ("ками", "ки"), ("кой", "ка"), ("кою", "ка"), ("ке", "ка"), ("ки", "ка"), ("ку", "ка"),
            # a plural name in the locative: "в Шихазанах" → Шихазаны, "в Вязниках" → Вязники
            ("ках", "ки"), ("гах", "ги"), ("хах", "хи"), ("жах", "жи"), ("шах", "ши"),
            ("чах", "чи"), ("щах", "щи"), ("ах", "ы"),
            # a village named by an adjective pymorphy3 does not know, in the neuter as such
            # villages are named: "в районе Старомайорского", "под Старомайорским"
            ("ого", "ое"), ("его", "ее"), ("ому", "ое"), ("ему", "ее"), ("ским", "ское"),
            ("цким", "цкое"),
            ("ной", "ная"), ("ную", "ная"), ("ском", "ск"), ("цком", "цк"), ("ске", "ск"),
            ("цке", "цк"), ("ска", "ск"), ("цка", "цк"), ("ом", ""), ("ем", "ь"),
            ("ой", "а"), ("ы", "а"), ("е", ""),
            # "(у села) Гончаровка", "Кременная": a feminine name already in the nominative
            ("ка", "ка"), ("ая", "ая"), ("а", ""), ("у", ""))
_INDECLINABLE = re.compile(r"(?:ино|ово|ево|ыно|ко|ло|ро|но|ы|и)$")


def _guess_nominative(word: str) -> str:
    if _INDECLINABLE.search(word) and not word.endswith(("ки", "ы")):
        return word
    if current_language() == "uk" and word.endswith(("ого", "ому")) and len(word) > 5:
        return word[:-3] + "е"  # Ukrainian's neuter: "біля Старомайорського" → Старомайорське
    for ending, nominative in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


def _nominative(words: str) -> str:
    head, sep, tail = words.partition("-на-")
    if sep:  # "Ростове-на-Дону" → "Ростов-на-Дону"
        return _nominative(head) + sep + tail
    if " " in words and current_language() == "ru":
        return _phrase_nominative(words)
    if " " in words or "-" in words or (len(words) > 1 and words.isupper()):
        return words  # several words, or an abbreviation ("США", "ДНР")
    ps = parses(words.lower())
    if ps and not ps[0].is_known:
        return _guess_nominative(words)
    village = _adjective_village(ps)
    if village is not None:
        return village[:1].upper() + village[1:]
    for p in sorted(ps, key=lambda p: "Geox" not in p.tag.grammemes):
        if "Geox" in p.tag.grammemes or "NOUN" in p.tag.grammemes:
            form = p.inflect({"nomn"})
            if form:
                word = form.word if "ё" in words.lower() else form.word.replace("ё", "е")
                return word[:1].upper() + word[1:]
    return words


def _adjective_village(ps: Sequence[Any]) -> str | None:
    """A village named by an adjective alone, in an oblique case of the masculine or neuter
    ("в районе Тоненького", "под Первомайским", "у Водяного"): its name in the neuter
    nominative, as such villages are named (Тоненькое, Первомайское, Водяное); None when
    the word reads as a noun too."""
    if not ps or any({"NOUN", "Geox"} & p.tag.grammemes for p in ps):
        return None
    adj = [p for p in ps if "ADJF" in p.tag.grammemes and p.tag.case in _OBLIQUE
           and p.tag.gender in ("masc", "neut") and p.tag.number == "sing"]
    if not adj or "ADJF" not in ps[0].tag.grammemes:
        return None
    form = adj[0].inflect({"nomn", "sing", "neut"})
    return form.word.replace("ё", "е") if form is not None else None


#: the oblique cases a place of several words is told in ("под Часовым Яром", "в Суджанском
#: районе", "у Великой Новосёлки")
_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct", "loc2", "gen2"})


def _phrase_nominative(words: str) -> str:
    """A place of several words in the nominative: the reference table's name when its words
    are the table's in another case ("Часовым Яром" → "Часов Яр"), else adjectives and their
    noun put in the nominative together ("Суджанском районе" → "Суджанский район"), else
    as written."""
    parts = words.split()
    named = _multiword_names().get((len(parts), parts[0][:3].lower()), ())
    for name in named:
        if all(_same_stem(w, n) for w, n in zip(parts, name.split(), strict=True)):
            return name
    if not all(re.fullmatch(r"[А-ЯЁа-яё]+", w) for w in parts):
        return words
    noun = next((p for p in parses(parts[-1].lower()) if "NOUN" in p.tag.grammemes
                 and p.tag.case in _OBLIQUE), None)
    if noun is None or noun.tag.number is None:
        return words
    gender = noun.tag.gender or "masc"
    out = []
    for w in parts[:-1]:
        adj = next((p for p in parses(w.lower()) if "ADJF" in p.tag.grammemes
                    and p.tag.case == noun.tag.case), None)
        form = adj.inflect({"nomn", noun.tag.number} | (
            {gender} if noun.tag.number == "sing" else set())) if adj else None
        if form is None:
            return words
        out.append(form.word)
    head = noun.inflect({"nomn", noun.tag.number})
    if head is None:
        return words
    out.append(head.word)
    return " ".join(o.capitalize() if w[:1].isupper() else o
                    for o, w in zip(out, parts, strict=True))


def _known_phrase(text: str, start: int, end: int) -> tuple[int, str]:
    """The end and nominative of a place that starts at a word: with the capitalised word
    after it when the two are a town of the reference table ("под Часовым Яром") or an
    adjective and its noun ("у Великой Новосёлки"), else the word alone."""
    nxt = re.match(r"\s+([А-ЯЁ][а-яё]+)\b", text[end:])
    if nxt is not None and current_language() == "ru":
        phrase = f"{text[start:end]} {nxt.group(1)}"
        name = _phrase_nominative(phrase)
        if name != phrase or phrase in _multiword_names().get(
                (2, phrase[:3].lower()), ()):
            # a town of the table ("под Часов Яр" as written), or an adjective agreeing with
            # its noun
            return end + nxt.end(), name
    return end, _nominative(text[start:end])


def _same_stem(word: str, name: str) -> bool:
    """``word`` may be ``name`` in another case: it begins with the name less its last two
    letters (never less than three) and is at most three letters longer."""
    w, n = word.lower().replace("ё", "е"), name.lower().replace("ё", "е")
    stem = n[: max(len(n) - 2, min(len(n), 3))]
    return w.startswith(stem) and len(w) - len(n) <= 3


@cache
def _multiword_names() -> dict[tuple[int, str], tuple[str, ...]]:
    """The names of several words of the towns a death may be told at, by their word count
    and first three letters."""
    out: dict[tuple[int, str], list[str]] = {}
    for s in home_settlements():
        if " " in s.name:
            out.setdefault((len(s.name.split()), s.name[:3].lower()), []).append(s.name)
    return {k: tuple(v) for k, v in out.items()}


def find_places(text: str, toks: list[Token]) -> list[Fact]:
    """Region, settlement, citizenship and place-of-death facts."""
    out: list[Fact] = []
    used: list[tuple[int, int]] = []
    country_hits = _countries().find(toks)
    for m in _OWN_CITIZEN.finditer(text):  # "Посольство Бангладеш … своего гражданина"
        said = [h for h in country_hits if h.end <= m.start()
                and not WORD_STOP.search(text, h.end, m.start())]
        if said:
            fact = _citizenship(said[-1].value, m.start(), m.end())
            if not re.match(r"сво(?:их|им|ими)\b", m.group(0), re.I):
                fact.extra["one_person"] = True  # one citizen: the text's one person
            out.append(fact)
    for hit in country_hits:
        before = _before(text, hit.start)
        bracketed = _CLOSE_BRACKET.match(text, hit.end) is not None and _name_before_bracket(
            before)  # "Навин Тхапа (Непал)", "Бакыт Осмонов (Киргизия)": the name's country
        stated = re.search(r"(?:граждан\w*|подданн\w*)(?:\s+(?:республики|государства))?\s*$",
                           before, re.I) is not None or bracketed
        if (_CITIZEN.search(before) and hit.value.code != "RU") or stated:
            fact = _citizenship(hit.value, hit.start, hit.end)
            if bracketed:  # that name's own, not the country of all the text's men
                fact.extra["entry"] = True
            if not stated:  # "уроженец Таджикистана": weaker than a citizenship stated
                fact.extra["native"] = True
                if _BORN_IN.search(before):  # where he was born, and no more (the guide)
                    fact.extra["birthplace"] = True
            out.append(fact)
            used.append((hit.start, hit.end))
    for m in _ACQUIRED.finditer(text):
        out.append(Fact("citizenship", "RU", m.start(), m.end(),
                        {"contested": False, "acquired": True}))
    for m in _UKRAINIAN_ARMY.finditer(text):  # "в 92-й бригаде ВСУ", "защищая Украину"
        if captors_sentence(text, m.start(), m.end()) or captors_formation(
                text, m.start(), m.end()):
            continue  # "Бойцы 47-й бригады ВСУ взяли в плен …": the captors' army, not his
        out.append(Fact("citizenship", "UA", m.start(), m.end(), {"contested": False}))
    for adj in _adjectives().find(toks):
        if _PERSON_NOUN.match(text, adj.end) and not (
                re.search(r"(?:ие|ые|их|ых|ими|ыми)$", text[adj.start : adj.end], re.I)
                and taking_sentence(text, adj.start, adj.end)):
            # not the captors ("Украинские военные взяли в плен гражданина Сирии")
            out.append(_citizenship(adj.value, adj.start, adj.end))
    region_hits = _regions().find(toks)
    for rh in region_hits:
        if _DIRECTION_AFTER.match(text, rh.end):
            continue  # "на Донецком направлении": a front's direction, read as such
        out.extend(_region_facts(text, rh))
        used.append((rh.start, rh.end))
    for sh in _settlements().find(toks):
        if any(s <= sh.start < e for s, e in used) or not _same_gender(
                text[sh.start : sh.end], sh.value[0].name) or _DISTRICT_AFTER.match(
                text, sh.end) or _DIRECTION_AFTER.match(text, sh.end):
            # "житель Октябрьского района": a district, not the town; "на Курском
            # направлении": a front's direction, not the town
            continue
        used.append((sh.start, sh.end))
        out.extend(_settlement_facts(text, sh))
    for vh in _village_hits(text, toks, used):
        if _DEATH.search(_before(text, vh.start)):
            continue  # where a death was: the NER's places and the death rules read it
        facts = _settlement_facts(text, vh)
        if facts:
            used.append((vh.start, vh.end))
        out.extend(facts)
    for m in _TYPED.finditer(text):
        if not any(s <= m.start(1) < e for s, e in used):
            name, end = m.group(1), m.end(1)
            if " " in name and (_UNIT_AFTER.match(text, end)
                                or _given_name_before_surname(name.split()[1], text, end)):
                name = name.split()[0]  # "в деревне Ильинское Кологривского района",
                end = m.start(1) + len(name)  # "житель станицы Каневской Роман Титов"
            if " " not in name:  # "станицы Каневской" → Каневская
                name = _adjective_nominative(name, m.group(0)[: m.start(1) - m.start()])
            before = _before(text, m.start(1))
            out.append(Fact("settlement", name, m.start(1), end,
                            {"plural": plural_home(before), **cue_flags(before)}))
    out.extend(_district_facts(text))
    out.extend(_anaphoric_homes(text, toks))
    return sorted(out, key=lambda f: f.start)


#: a home said by pointing back at a town just named: "за одной партой в Кинешме сидели,
#: он оттуда родом", "в Ишиме, он там и вырос"
_THERE = re.compile(r"\b(?:оттуда\s+родом|родом\s+оттуда|(?:там|здесь)\s+(?:же\s+|и\s+)?"
                    r"(?:родил(?:ся|ась)|вырос(?:ла)?|жил[аи]?|прожил[аи]?))\b", re.I)


#: a death or fighting word just before a town: "погиб под Горловкой", "бои за Бахмут"
_FIGHT_BEFORE = re.compile(r"\b(?:погиб\w*|убит\w*|умер\w*|скончал\w*|ранен\w*|бо[йяеи]\w*|"
                           r"сражал\w*|воевал\w*|штурм\w*|оборон\w*|направлени\w*|"
                           r"загин\w*|помер\w*|обстрел\w*|освобожд\w*|защит\w*|защища\w*|"
                           r"отражени\w*|вторжени\w*)\b", re.I)
#: relatives as the subject of the pointing words: "там же жили его бабушка и дедушка"
_KIN = re.compile(r"\b(?:бабушк|дедушк|дед|бабк|родител|мам|мать|матер|отец|отц|папа|брат|"
                  r"сестр|жен|муж|дет|сын|доч|семь|родственник|тёт|тет|дяд|внук|внуч)\w*",
                  re.I)


def _kin_subject(text: str, m: re.Match[str]) -> bool:
    """Relatives, not the person, are the subject of the pointing words at ``m``: a kin
    word between the sentence's start and the words, or right after them."""
    a = sentence_start(text, m.start())
    after = re.split(r"[.!?;\n,]", text[m.end(): m.end() + 60], maxsplit=1)[0]
    return bool(_KIN.search(text[a: m.start()]) or _KIN.search(after))


def _anaphoric_homes(text: str, toks: list[Token]) -> list[Fact]:
    """The town of the same or the last sentence that "оттуда", "там", "здесь" point back
    at, as a home at the pointing words (so that it attaches to their subject)."""
    out: list[Fact] = []
    matches = list(_THERE.finditer(text))
    if not matches:
        return out
    hits = [h for h in _settlements().find(toks) if len(h.value) == 1]
    for m in matches:
        before = [h for h in hits if m.start() - 150 <= h.end <= m.start()]
        if not before:
            continue
        hit = before[-1]
        # the town where the person died or fought ("погиб под Горловкой. Там же жили …"),
        # or the relatives' home ("там же жили его бабушка и дедушка"), is not the person's
        if _FIGHT_BEFORE.search(_before(text, hit.start)[-40:]) or _kin_subject(text, m):
            continue
        town = hit.value[0]
        born = not re.search(r"жил|прожил", m.group(0), re.I)
        extra: dict[str, object] = {"born": True} if born else {}
        out.append(Fact("settlement", town.name, m.start(), m.end(), dict(extra)))
        out.append(Fact("region", town.region_code, m.start(), m.end(),
                        {"occupied": occupied(town.region_code), "inferred": True, **extra}))
    return out


_GENDERS = frozenset({"masc", "femn", "neut", "plur"})


def _genders(word: str) -> frozenset[str]:
    """The genders (or plural) an adjective form can have ("Октябрьское" → neut)."""
    out: set[str] = set()
    for p in parses(word.lower()):
        if "ADJF" in p.tag.grammemes:
            out |= p.tag.grammemes & _GENDERS or ({"plur"} if "plur" in p.tag.grammemes else set())
    return frozenset(out)


def _same_gender(written: str, name: str) -> bool:
    """A place named by an adjective is the table's only in the table's gender: "село
    Октябрьское" is not the town Октябрьский, "Первомайская" not Первомайск."""
    said, table = _genders(written.split()[0]), _genders(name.split()[0])
    return not said or not table or bool(said & table)


def _given_name_before_surname(word: str, text: str, end: int) -> bool:
    """``word`` can be a given name ("Роман", "Олег") and a capitalised word follows it: a
    person's name after a village's, not the village's second word."""
    return any(p.is_known and "Name" in p.tag.grammemes for p in parses(word.lower())) and bool(
        re.match(r"\s+[А-ЯЁ]", text[end:]))


#: the gender of a word for a kind of settlement, by its start
_KIND_GENDER = (("станиц", "femn"), ("деревн", "femn"), ("д.", "femn"), ("ст.", "femn"),
                ("сел", "neut"), ("с.", "neut"), ("хутор", "masc"), ("х.", "masc"),
                ("посёл", "masc"), ("посел", "masc"), ("пос.", "masc"), ("п.", "masc"),
                ("аул", "masc"), ("город", "masc"), ("г.", "masc"))


def _adjective_nominative(name: str, cue: str) -> str:
    """A village named by an adjective, said in an oblique case after its kind, in the
    nominative of the kind's gender: "станицы Каневской" → Каневская, "хутора Красного" →
    Красный; any other name as written."""
    if not re.search(r"(?:ой|ей|ого|его|ому|ему|ым|им|ом|ем|ую)$", name):
        return name
    kind = cue.split()[-1].lower() if cue.split() else ""
    gender = next((g for k, g in _KIND_GENDER if kind.startswith(k)), None)
    if gender is None:
        return name
    for p in parses(name.lower()):
        if "ADJF" in p.tag.grammemes and "nomn" not in p.tag.grammemes:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    return name


def _district_facts(text: str) -> list[Fact]:
    """The region of a district named after its town ("жителей Ядринского муниципального
    округа", "Глава Буйнакского района: …"): a home after a home cue, else a weak fallback."""
    out = []
    for start, end, town in find_districts(text):
        before = _before(text, start)
        if _DEATH.search(before) or _FATE.search(before) or _NOT_HOME.search(before) or (
                UK_NOT_HOME.search(before) and not UK_HOME_CUE.search(before)):
            continue  # "погиб в Бахмутском районе", "попал в плен в … районе", "загинув у …"
        extra: dict[str, object] = {"occupied": occupied(town.region_code),
                                    "inferred": True, "district": True}
        if not _HOME.search(before):
            extra["context"] = True
        out.append(Fact("region", town.region_code, start, end, extra))
    for start, end, code in find_regional_units(text):
        if not _DEATH.search(_before(text, start)):
            out.append(Fact("region", code, start, end, {"occupied": False, "inferred": True,
                                                         "district": True, "context": True}))
    return out


#: a country's own citizen: the country its sentence named before ("Правительство Зимбабве
#: потребовало объяснений после гибели своего гражданина")
_OWN_CITIZEN = re.compile(r"\b(?:сво(?:его|ему|им|ей|ю|я|и|их)|свой)\s+(?:граждан\w*|"
                          r"подданн\w*|соотечественник\w*)", re.I)
#: serving in Ukraine's army: a Ukrainian citizen ("ВСУ обстреляли" is no such thing)
#: ... not its troops as captors or enemy: "попал в плен к ВСУ", "в боях с ВСУ", "в
#: наступлении против ВСУ"
_UKRAINIAN_ARMY = re.compile(
    r"\b(?:(?:в|во|рядах|бригад\w*|батальон\w*|полк\w*|служ\w+\s+в)\s+"
    r"(?:(?!(?:плен|полон|к|ко|до|с|со|з|против|проти|от|від)\b)[\w-]+\s+){0,3}?"
    r"(?:ВСУ|ЗСУ|Вооруж[её]нных\s+сил\s+Украины|Збройних\s+сил\s+України)\b|"
    r"(?i:защищая)\s+Украину|(?i:захищаючи)\s+Україну)")


def is_place(word: str) -> bool:
    """``word`` (any case) is a settlement, region or country of the reference tables."""
    toks = tokens(word)
    return any(g.find(toks) for g in (_settlements(), _regions(), _countries()))


def _citizenship(c: Country, start: int, end: int) -> Fact:
    return Fact("citizenship", c.code, start, end, {"contested": c.contested})


#: words that make a place a workplace, a place of service or study, of a court or a
#: hospital, of a farewell or a burial, or where relatives live — not the person's home
_NOT_HOME = re.compile(
    r"(?:(?:(?<!жил\sи\s)(?<!жила\sи\s)(?<!проживал\sи\s)(?<!проживала\sи\s)"
    r"(?:работал\w*|трудил\w*)|работает|служил\w*|служит|учил\w*|учится|обучал\w*|"
    r"задержан\w*|оставил\w*|лечени\w*|госпитал\w*|больниц\w*|"
    r"живут|проживают|родител\w*|вахт\w*|колони\w*|"
    r"отбывал\w*|суд\w*|посольств\w*|приехал\w*|уехал\w*)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:в|во|на|из|под)|"
    # a farewell or burial is in a place, never "from" one: "простились с Сергеем
    # Мельниковым из села Октябрьское" gives his home
    r"(?:похорон\w*|прощани\w*|простятся|простились)(?:\s+[\w-]+){0,4}?\s+(?:в|во|на|под)|"
    # a body brought out of a place: "тело из Бахмута вывезли" (where he died, not his home)
    r"(?:тел[оа]|останк\w*)\s+из)"
    r"\s+(?:[\w-]+\s+){0,1}$",
    re.I,
)


#: a region's everyday name rather than its own: "Белгородчина", "Брянщина", "Прикамье",
#: "Зауралье", "Поморье", "Южный Урал"
_FOLK_ALIAS = re.compile(r"^(?:При|За|Помор|Краснояр)\w*ь(?:е|я|ю|ем)$|(?:щин|чин)\w*$|"
                         r"^Южн\w*\s+Урал", re.I)


#: a hospital right before the town ("ранены и находятся в госпитале в Ростове"): where one is
#: treated, which is where he died if he died there, not where he was wounded
_HOSPITAL_BEFORE = re.compile(r"(?:госпитал|больниц|клиник|медсанбат|санчаст)\w*\s+"
                              r"(?:в|во|г\.|города)\s*$", re.I)


def _hospital_mark(before: str) -> dict[str, bool]:
    return {"hospital": True} if _HOSPITAL_BEFORE.search(before) else {}


def _region_facts(text: str, hit: Hit[Region]) -> list[Fact]:
    before = _before(text, hit.start)
    r = hit.value
    if _DEATH.search(before):
        return [Fact("place_of_death", r.name, hit.start, hit.end, _hospital_mark(before))]
    if _NOT_HOME.search(before) or _FATE.search(before):
        return []
    if _FOLK_ALIAS.search(text[hit.start: hit.end]) and (
            _FIGHT_BEFORE.search(before[-40:]) or not _HOME.search(before)):
        # an everyday name ("Белгородчина", "Прикамье") is often where the fighting is:
        # a home only after a home cue, never after a death or fighting word
        return []
    if _HOME.search(before):
        flags = {"plural": plural_home(before), **cue_flags(before)}
        if r.type == "город":  # "жил в Севастополе": a federal city is the town as well
            return [Fact("settlement", r.name, hit.start, hit.end, flags),
                    Fact("region", r.code, hit.start, hit.end,
                         {"occupied": r.occupied, "inferred": True, **flags})]
        return [Fact("region", r.code, hit.start, hit.end, {"occupied": r.occupied, **flags})]
    if ukrainian(r.code):
        return []  # "в ДНР", "в Харьковской области" without a cue: most often the front
    return [Fact("region", r.code, hit.start, hit.end, {"occupied": False, "context": True})]


def other_region_after(text: str, end: int, code: str) -> bool:
    """Another region named right after a town ("посёлка Октябрьский Пермского края", "Березовка
    (Красноярский край)"): the town is that region's namesake, not the table's town."""
    lead = re.match(r"\s*[,(]?\s*", text[end:])
    start = end + (lead.end() if lead else 0)
    hits = _regions().find(tokens(text[start : start + 60]))
    return bool(hits) and hits[0].start == 0 and hits[0].value.code != code


def other_town_after(text: str, end: int, code: str) -> bool:
    """A town of another region named right after a district ("Днепровского района
    Херсона"): a district of that town."""
    lead = re.match(r"\s*[,(]?\s*", text[end:])
    start = end + (lead.end() if lead else 0)
    hits = _settlements().find(tokens(text[start : start + 40]))
    return bool(hits) and hits[0].start == 0 and len(hits[0].value) == 1 and \
        hits[0].value[0].region_code != code


def _settlement_facts(text: str, hit: Hit[tuple[Settlement, ...]]) -> list[Fact]:
    before = _before(text, hit.start)
    places = hit.value
    name = places[0].name
    if _DEATH.search(before):  # a town of Ukraine's table: its cues are read as NER places
        return [] if ukrainian_name(name) else [Fact("place_of_death", name, hit.start, hit.end,
                                                     _hospital_mark(before))]
    if not _HOME_AFTER.match(text, hit.end) and (
            _NOT_HOME.search(before) or not _HOME.search(before)):
        return []
    if _MOVED_FROM.search(before):
        return []  # "переехал из Кургана в Шадринск": the home he left
    if _relatives_home(text, hit.start):
        return []  # "Вдова бойца живёт в Кулунде": a relative's home, not his
    came = _CAME_HOME_BEFORE.search(before)
    if came is not None and _relatives_home(text, hit.start - len(before) + came.start()):
        return []  # "Его мать вернулась домой, в Курск": her home
    moved = _MOVED_BEFORE.search(before)
    if moved is not None and _relatives_home(text, hit.start - len(before) + moved.end()):
        return []  # "Его брат переехал из Кургана в Шадринск": his brother's home
    plural = plural_home(before)
    flags = cue_flags(before)
    facts = [Fact("settlement", name, hit.start, hit.end, {"plural": plural, **flags})]
    if len(places) == 1 and not other_region_after(text, hit.end, places[0].region_code) \
            and not _village_of_a_towns_name(text, hit.start, places[0]):
        r = places[0]
        facts.append(
            Fact("region", r.region_code, hit.start, hit.end,
                 {"occupied": occupied(r.region_code), "inferred": True, "plural": plural,
                  **flags})
        )
    return facts


def _village_of_a_towns_name(text: str, start: int, town: Settlement) -> bool:
    """A village named like a town of another region, said as a village ("в посёлке
    Октябрьский" is none of the town Октябрьский of Башкортостан): no region from it."""
    if town.type == "village" or not _VILLAGE_WORD.search(text[max(0, start - 20) : start]):
        return False
    return any(v.region_code != town.region_code for v in find_village(town.name))


#: the last home cue of a window: a birth or childhood one ("уроженец", "родился", "вырос",
#: "родом из") or a noun of a resident or native that has a sex ("жительница", "уроженец")
_CUE_WORD = re.compile(
    rf"\b(?:(?P<born>{_NATIVE_WORDS}|выходец|выходц\w*|родил(?:ся|ась)|родивш\w+|"
    rf"{_GREW_VERBS})|"
    rf"(?P<lived>{_RESIDENT_NOUNS}|{_LIVED_VERBS}|{_MOVED_VERBS}))\b", re.I)


def cue_flags(before: str) -> dict[str, object]:
    """What the home cue right before a place says: ``born`` — where the person was born or
    grew up, which a place where he lived outweighs ("уроженец Новошахтинска, но жил в
    Краснодаре"); ``cue_sex`` — "F" after a singular feminine noun for a resident or native
    ("Жительница Новокузнецка ищет сына": the home of a woman, not of the son)."""
    cues = list(_CUE_WORD.finditer(before))
    if not cues:
        return {}
    cue = cues[-1]
    out: dict[str, object] = {}
    if cue.group("born"):
        out["born"] = True
    word = cue.group(0).lower()
    # the masculine nouns are said of women too ("житель Курска Анна Петрова", "уроженец
    # Енакиево Ольга Кравец"); the feminine ones never of a man
    if word.startswith(("жительниц", "уроженк")):
        ps = parses(word)
        if ps and "sing" in ps[0].tag.grammemes:
            out["cue_sex"] = "F"
    return out


_KIND = (r"(?:(?:город\w*|г\.|селени[еяюи]|сел[аоеу]|с\.|деревн\w+|д\.|посёлк\w*|поселк\w*|"
         r"пос\.|п\.|пгт\.?|станиц\w+|ст\.|аул\w*|улус\w*|хутор\w*|х\.)\s*)?")
#: "из" after a plural word for people ("Мальцевы из Ишима", "семьи Зотовых из села Кочёво",
#: "двое кубинцев из Гаваны") or after two given names sharing a surname ("Михаил и Елена
#: Гордиенко из Таганрога")
_FROM = re.compile(r"([А-ЯЁа-яё-]+)\s+(?:из|со)\s+" + _KIND + "$")
_PAIR_FROM = re.compile(r"(?<![А-ЯЁа-яё])(?<!из\s)(?<!со\s)(?<!в\s)(?<!во\s)(?<!под\s)"
                        r"[А-ЯЁ][а-яё]+\s+и\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё-]+\s+(?:из|со)\s+"
                        + _KIND + "$")


#: a plural word for the people of a place right before it ("трое жителей Ульяновской
#: области: …", "уроженцы Алтайского края сержант … и рядовой …", "земляки из Курской
#: области")
_RESIDENTS = re.compile(r"\b(?:жител(?:ей|и|ям|ями)|жительниц\w*|уроженц(?:ев|ы|ам|ами)|"
                        r"уроженок|уроженк(?:и|ам|ами)|земляк(?:ов|и|ам|ами)|мешканц(?:ів|і|ям)|уродженц(?:ів|і))"
                        r"(?:\s+(?:из|с|со|з|із))?\s+" + _KIND + "$", re.I)


def plural_home(before: str) -> bool:
    """The home after ``before`` is that of several people: the word before "из" is a plural
    noun for people (a family's surname, "кубинцев", "братьев") or names a pair."""
    if _PAIR_FROM.search(before) or _RESIDENTS.search(before):
        return True
    m = _FROM.search(before)
    if m is None:
        return False
    ps = parses(m.group(1).lower())
    return bool(ps) and ps[0].is_known and {"NOUN", "anim", "plur"} <= ps[0].tag.grammemes


_PREP = re.compile(
    r"(?:\b(?:в|во|под|під|у|около|возле|біля|близ|вблизи|поблизу|на|при|недалеко\s+от|"
    r"в\s+районе|в\s+районі)\s+"
    # (the words between in either language: "у військовому шпиталі в Донецьку")
    r"(?:[а-яёіїєґ'’-]+\s+){0,2}?"
    r"(?:(?:город\w*|г\.|сел[аоеуі]|с\.|деревн\w+|д\.|посёлк\w*|поселк\w*|пос\.|п\.|пгт\.?|"
    r"станиц\w+|хутор\w*|район\w*|област\w+|провинци\w+|префектур\w+|больниц\w+|н\.\s*п\.|"
    r"госпитал\w+|клиник\w+|поликлиник\w+|міст\w+|м\.|селищ\w+|смт|шпитал\w+|госпітал\w+|"
    r"лікарн\w+)\s+)?)$",
    re.I,
)
_DEATH_CUE = re.compile(
    # (a wound after "от"/"від" names the cause of a death, no wound's place: "скончался от
    # ранений в госпитале Луганска", "умер от полученных ранений в …", "помер від поранень у …")
    r"\b(?:пропал\w*\s+без\s+вести|попал\w*\s+в\s+плен|взят\w*\s+в\s+плен|"
    # the captors' verb, and a capture's participle: "взяли в плен двух российских военных в
    # районе Очеретино", "он был захвачен летом 2023 года под Работино", "захоплений під …"
    r"(?:взял[аи]?|взяв|узял[аи]?|узяв)\s+(?:[а-яёіїєґ-]+\s+){0,3}?(?:в\s+плен|[ув]\s+полон)|"
    r"захвач[её]н\w*|захоплен\w*|"
    # the words turned round: "В плен кубинец попал 28 мая под Волчанском"
    r"в\s+плен\s+(?:[А-ЯЁа-яё-]+\s+){0,3}?(?:попал|взят|взял)\w*|"
    r"(?<!от\s)(?<!ых\s)(?<!их\s)ранен\w*|"
    # the last news of the missing and the captured: "пропавший в ноябре под Курахово",
    # "связь с ним прервалась … в районе Клещеевки", "последний раз выходил на связь …, был в
    # районе н.п. Новогродовка", "сдался на … направлении"
    r"пропавш\w*|сдал(?:ся|ась|ись)|"
    r"связь\s+(?:с\s+(?:[А-ЯЁа-яё]+\s+){1,4})?(?:прервал|пропал|оборвал|потерял)\w*|"
    r"прервал\w*\s+связь|(?:выходил\w*|выходить|вышл?[аи]?)\s+на\s+связь|"
    r"зв['’ʼ]язок\s+(?:з\s+(?:\w+\s+){1,4})?(?:обірва|перерва)\w*|виходи\w+\s+на\s+зв['’ʼ]язок|"
    r"здал(?:ся|ася|ися)|"
    # a sortie he did not come back from: "ушёл на штурм под Часов Яр и не вернулся", "не
    # вернулся с боевого задания под Работином"
    r"не\s+вернул(?:ся|ась)\s+с\s+(?:боев\w+\s+)?(?:задани|штурм|выход)\w*|"
    r"зник\w*\s+безвісти|потрапи\w+\s+[ув]\s+полон|(?<!від\s)(?<!их\s)поранен\w*|"
    r"загину\w*|загибл\w*|поліг\w*|помер\w*|погиб\w*|убит\w*|убил\w*|гибел\w+|скончал\w*|скончавш\w*|умер\w*|застрел\w+|пал[аи]?\s+смертью|"
    r"уш(?:ёл|ел|ла)\s+из\s+жизни|не\s+стало|смертельн\w+\s+ранен\w*|(?<!не\s)утонул\w*|"
    # a heart that stopped: "Его сердце перестало биться 28 июня на Покровском направлении"
    + HEART_STOPPED + "|"
    # the verb "пасть" of a death in war, its past and its participle: "пал в боях под
    # Соледаром", "павшим при выполнении боевой задачи под Бахмутом"
    r"пал[аи]?\s+в\s+бо(?:ю|ях)|павш(?:ий|его|ему|им|ем|ая|ей|ую|ие|их|ими)\b|сложил\w*\s+голову|отдал\w*\s+(?:свою\s+)?жизнь|"
    + FELL + "|" + CROAKED + "|"
    # a death noun with its verb: "Смерть наступила в больнице Ростова", "смерть настала у
    # шпиталі Донецька", "загибель сталася під Бахмутом"
    r"смерть\s+(?:наступил\w*|настал\w*|застал\w*|произош\w*)|загибел\w+\s+(?:стал\w*|відбул\w*)|"
    # a life given, laid down or cut short, a death that overtook him, in both languages:
    # "віддав життя за Україну поблизу Авдіївки", "склав голову під Бахмутом", "жизнь
    # рядового Петрова оборвалась под Кременной", "смерть настигла его у Горловки"
    r"відда(?:в|ла|ли)\s+(?:сво[єї]\s+)?житт\w*|скла(?:в|ла|ли)\s+(?:свою\s+)?голов\w*|"
    r"(?:жизн[ьи]|житт[яю])\s+(?:[\w-]+\s+){0,3}?(?:оборвал|обірва)\w*|"
    r"(?:оборвал|обірва)\w*\s+(?:[\w-]+\s+)?(?:жизн|житт)\w*|"
    r"смерть\s+настиг\w*|настиг\w*\s+(?:[\w-]+\s+)?смерть|"
    # an enemy's words of the kill: "ликвидирован под Бахмутом", "ліквідований під Торецьком"
    r"ликвидирова\w+|ліквідова\w+|"
    # a death's noun of its own: "после кончины 17 марта в Каире", not a parent's in his
    # story ("после кончины матери в Твери он жил у бабушки", "своей жены"); a son's or a
    # husband's may be his own in his kin's words ("о кончине сына в госпитале Ростова")
    r"кончин\w*\b(?!\s+(?:сво(?:его|ей|их)\s|(?:(?:его|её|ее)\s+)?(?:матер|мам|отц|пап|бабушк|"
    r"дедушк|деда\b|родител))))", re.I)
_BIRTH_CUE = re.compile(r"\b(?:народи(?:вся|лася)|уроджен\w+|"
                        r"родил(?:ся|ась)|родивш\w+|уроженец|уроженк\w+|уроженц\w+|"
                        r"родом\s+из|родн\w+\s+город\w*|родн\w+\s+сел\w*)", re.I)
#: most characters between a cue and the place in one clause ("скончался 28 марта 2020
#: года в поликлинике Понте-Сан-Пьетро")
CLAUSE_GAP = 90
_CLAUSE_BREAK = re.compile(r"[.!?;\n]|,\s+(?:где|когда|который|которая|а|но)\b")


#: words shortened with a dot that end no clause ("у н.п. Очеретино", "г. Шумиха")
_ABBREVIATED = frozenset({"г", "гг", "с", "п", "н", "д", "ул", "пос", "обл", "ст", "пгт", "им",
                          "р", "м", "х", "мкр", "р-н", "р-на", "смт", "сел", "див"})
_WORD_BEFORE = re.compile(r"([\w-]+)$")
#: a month in Roman numerals inside a date ("30.X.2024")
_ROMAN_MONTH = re.compile(r"(?:X{0,1}I{1,3}|I?V|VI{1,3}|I?X)\.\d")


def _breaks(window: str) -> list[re.Match[str]]:
    """The clause breaks of ``window``: a dot in a date ("19.04.2024") or after an abbreviation
    ("н.п.", "г.") ends no clause."""
    out = []
    for m in _CLAUSE_BREAK.finditer(window):
        if m.group(0) == ".":
            if window[m.end() : m.end() + 1].isdigit() or _ROMAN_MONTH.match(window, m.end()):
                continue  # "19.04.2024", "30.X.2024"
            w = _WORD_BEFORE.search(window, 0, m.start())
            if w is not None and w.group(1).lower() in _ABBREVIATED:
                continue
        out.append(m)
    return out


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - CLAUSE_GAP) : start]
    cut = max((m.end() for m in _breaks(window)), default=0)
    return window[cut:]


def _clause_after(text: str, end: int) -> str:
    window = text[end : end + CLAUSE_GAP]
    found = _breaks(window)
    return window[: found[0].start()] if found else window


#: a word right before a place that makes it someone's country or home
_HOME_NOUN = re.compile(r"\b(?:граждан\w+|подданн\w+|уроженц\w+|уроженец|уроженк\w+|"
                        r"жител\w+|житель|выход\w+|громадян\w+|уродж\w+|мешкан\w+)\s+$", re.I)


#: the side someone fought on, not a place: "воевавшего на стороне России"
_SIDE = re.compile(r"\bна\s+сторон[еуы]\s+$", re.I)


#: a speaker or the one spoken to as a subject between a death and a place: a clause of
#: their own ("не стало Димы, мы с ним за одной партой в Кинешме сидели")
_SPEAKER = re.compile(r"(?:^|[\s,—–-])(?:мы|я|ты|вы)\s", re.I)


#: "у Курахова", "у Селидова", "у Очеретина": a town in -ово/-ево/-ино declined after "у",
#: read only where the table has the town (not "у Петрова": at someone's)
_AT_TOWN = re.compile(r"\bу\s+([А-ЯЁ][а-яё]+(?:ова|ева|ина|ына))\b")
_AT_TOWN_NOMINATIVE = {"ова": "ово", "ева": "ево", "ина": "ино", "ына": "ыно"}


#: a list entry's death, its date and then a lone place before the entry's end ("Фомин А.
#: В., 12.03.1985 г.р., погиб 02.01.2024, Клещеевка."): where he died
_ENTRY_FATE_PLACE = re.compile(
    r"\b(?:погиб(?:ла)?|умер(?:ла)?|скончал(?:ся|ась)|загинув|загинула|помер(?:ла)?)\s+"
    r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d)|\d{1,2}\s+[а-яёіїєґ]+\.?\s+\d{4})\s*"
    r"(?:г\.|р\.|года|року)?\s*,\s*([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)\s*(?=[.;]\s*(?:\n|$)|\n|$)")


def find_death_places(text: str, locs: list[tuple[int, int]]) -> list[Fact]:
    """Named places (NER LOC spans) of a death: after a death cue in its clause ("погиб под
    Бахмутом", "скончался в больнице в Лиме") or before it ("В Донецке погиб рядовой …")."""
    out = []
    for start, end in locs:
        if "\n" in text[start:end]:  # a headline run into the next line
            end = start + text[start:end].index("\n")
        before = _clause_before(text, start)
        if not _PREP.search(before):
            continue
        lead = before[: _PREP.search(before).start()]  # type: ignore[union-attr]
        if _HOME_NOUN.search(before):
            continue  # "погиб находившийся в машине гражданин Грузии": his country, not where
        if _SIDE.search(before):
            continue  # "погиб, воюя на стороне России": the side he fought for
        after = _clause_after(text, end)
        if re.search(r"\w+(?:ом|ем)\s+направлени", text[start : end + 13]):
            continue  # "на Запорожском направлении": a front's direction, read below
        country = _countries().find(tokens(text[start:end]))
        cue = max(_DEATH_CUE.finditer(lead), key=lambda c: c.end(), default=None)
        if cue is None and not country:
            cue = _gapped_cue(text, start) or where_cue(text, end)
            lead = "" if cue is not None else lead
        if cue is not None and _SPEAKER.search(lead[cue.end():]):
            cue = None  # "не стало Димы, мы с ним … в Кинешме сидели": the speaker's clause
        if (cue is not None and not _another_verb(lead[cue.end():])) or (
            (not lead.strip(" ,—–(") and _DEATH_CUE.match(after.strip(" ,")))
            # "В Донецке погиб …", not "В Ижевске простились с …, погибшим под …"
            or (not lead.strip() and _cue_next(after[:50]))
                or (_only_when(lead) and _cue_next(after[:50]))):
            value, end = _district_of_region(text, start, end)
            out.append(Fact("place_of_death", value, start, end,
                            {"settlement": not country and not _regions().find(
                                tokens(text[start:end])), "country": bool(country),
                             "plural": _plural_cue(cue.group(0) if cue is not None else
                                                   after.strip(" ,—–")),
                             "survived": cue is not None and bool(
                                 _SURVIVED_CUE.match(cue.group(0)))}))
        elif _governed_by_death(text, start, end, 3):
            # "5 июня в Москве на 69-м году жизни скончался …", "в одной из клиник Германии
            # умер …": the place hangs on the death verb in the sentence's tree
            verb = _DEATH_CUE.search(_clause_after(text, end)[:60])
            out.append(Fact("place_of_death", _place_name(text, start, end), start, end,
                            {"settlement": not _regions().find(tokens(text[start:end])),
                             # "под Авдеевкой погибли двое наших парней — А и Б": theirs
                             "plural": verb is not None and _plural_cue(verb.group(0))}))
    taken = [(f.start, f.end) for f in out]
    for m in _NAMED_PLACE.finditer(text):
        clause = _clause_before(text, m.start())
        cues = list(_DEATH_CUE.finditer(clause))
        if not cues:  # "Евгений погиб под Кременной, Виктор — 7 декабря у Клещеевки"
            cues = [c for c in [_gapped_cue(text, m.start(1)) or where_cue(text, m.end(1))]
                    if c is not None]
        if not cues:  # "ушёл на штурм под Часов Яр и не вернулся"
            cues = [c for c in [sortie_not_returned(clause, text, m.end())] if c is not None]
        if not cues and (not clause.strip() or _only_when(clause)):
            # "В ночь на 5 мая у Клещеевки погиб …": the cue after the place
            after = _clause_after(text, m.end())[:50]
            cues = [c for c in [_DEATH_CUE.search(after)] if c is not None and _cue_next(after)]
        if any(s <= m.start(1) < e for s, e in taken) or not cues:
            continue
        end, name = _known_phrase(text, m.start(1), m.end(1))
        if _a_person_word(m.group(1)) and " " not in name:
            continue  # a surname's case, unless a town of two words starts with it ("под
            # Часов Яр")
        out.append(Fact("place_of_death", name, m.start(1), end,
                        {"settlement": True, "plural": _plural_cue(cues[-1].group(0)),
                         "survived": bool(_SURVIVED_CUE.match(cues[-1].group(0)))}))
    if current_language() == "ru":
        out = [_in_hospital(text, _town_after(text, f)) for f in out]
        out += _named_hospitals(text, out)
    taken = [(f.start, f.end) for f in out]
    for m in _SHELLED.finditer(text):
        if any(s <= m.start(1) < e for s, e in taken) or _a_person_word(m.group(1)):
            continue
        sent = next((x for x in sentences(text) if x.start <= m.start() < x.end), None)
        cues = list(_DEATH_CUE.finditer(text, sent.start, sent.end)) if sent else []
        if cues:  # "в результате обстрела Шебекино погибла …", "внаслідок обстрілу Херсона"
            out.append(Fact("place_of_death", _place_name(text, m.start(1), m.end(1)),
                            m.start(1), m.end(1),
                            {"settlement": not _regions().find(tokens(m.group(1))),
                             "plural": _plural_cue(cues[0].group(0)),
                             "survived": bool(_SURVIVED_CUE.match(cues[0].group(0)))}))
    for m in _DIRECTION.finditer(text):
        cues = list(_DEATH_CUE.finditer(_clause_before(text, m.start())))
        cues = cues or list(_DEATH_CUE.finditer(_clause_after(text, m.end())[:50]))
        if cues:  # "сдался 2 июня на Запорожском направлении", "На Торецком направлении погиб"
            out.append(Fact("place_of_death", f"{_neuter(m.group(1))} направление", m.start(1),
                            m.end(), {"settlement": False,
                                      "plural": _plural_cue(cues[-1].group(0)),
                                      "survived": bool(_SURVIVED_CUE.match(cues[-1].group(0)))}))
    for f in out:
        cues = list(_DEATH_CUE.finditer(_clause_before(text, f.start)))
        after = _clause_after(text, f.end)[:50]
        if cues and _LOST_CUE.match(cues[-1].group(0)) and not (
                (_cue_next(after) and not _CONFIRMED.search(after)) or where_cue(text, f.end)):
            f.extra["lost"] = True  # where he went missing or was taken: no death's place
    if current_language() == "ru":  # "подразделение вело бой у н.п. Макеевка, после чего
        # связь с ним прервалась", "Бой шёл у села Работино. Там он и погиб"
        taken = [(f.start, f.end) for f in out]
        out += [f for f in battle_places(text, _place_name)
                if not any(s < f.end and f.start < e for s, e in taken)]
    taken = [(f.start, f.end) for f in out]
    for m in _AT_TOWN.finditer(text):  # "погиб 25 октября у Курахова"
        town = _AT_TOWN_NOMINATIVE.get(m.group(1).lower()[-3:])
        name = m.group(1)[:-3] + town if town else ""
        if not name or ukrainian_name(name) is None or any(
                s <= m.start(1) < e for s, e in taken):
            continue
        cues = list(_DEATH_CUE.finditer(_clause_before(text, m.start())))
        if cues:
            out.append(Fact("place_of_death", name, m.start(1), m.end(1),
                            {"settlement": True, "plural": _plural_cue(cues[-1].group(0)),
                             "survived": bool(_SURVIVED_CUE.match(cues[-1].group(0)))}))
    taken = [(f.start, f.end) for f in out]
    for m in _ENTRY_FATE_PLACE.finditer(text):  # "…, погиб 02.01.2024, Клещеевка."
        if any(s <= m.start(1) < e for s, e in taken) or _a_person_word(m.group(1)):
            continue
        out.append(Fact("place_of_death", _nominative(m.group(1)), m.start(1), m.end(1),
                        {"settlement": True, "plural": False, "survived": False,
                         "entry_fate": True}))
    for m in _ZONE.finditer(text):
        cues = list(_DEATH_CUE.finditer(_clause_before(text, m.start())))
        lead = _clause_before(text, m.start())
        after = _clause_after(text, m.end())[:50]
        if not cues and (not lead.strip() or _only_when(lead)) and _cue_next(after):
            # "В зоне СВО погиб 34-летний …": the zone first, its death cue after it
            cues = [c for c in [_DEATH_CUE.search(after)] if c is not None]
        if cues:
            out.append(Fact("place_of_death", f"зона {m.group(1)}", m.start(), m.end(),
                            {"settlement": False, "vague": True,
                             "plural": _plural_cue(cues[-1].group(0))}))
    return out


#: cues of what a person survives: the place is where that happened, not where he died
_SURVIVED_CUE = re.compile(r"(?:пропал|пропавш|попал|взят|взял|взяв|узял|узяв|захвач|захопл|"
                           r"ранен|зник|потрапи|поранен|сдал|"
                           r"связь|прервал|выход|вышл?|зв|виходи|здал|уш\w*\s+(?:в|на)\s|пош|отправил|"
                           r"не\s+вернул)", re.I)
#: cues of going missing or being taken: the place is where he was lost, even when his
#: death was later confirmed ("пропал без вести у Авдеевки, гибель подтверждена …")
_LOST_CUE = re.compile(r"(?:пропал|пропавш|попал|взят|взял|взяв|узял|узяв|захвач|захопл|зник|"
                       r"потрапи|сдал|здал|связь|прервал|"
                       r"выход|вышл?|зв|виходи|уш\w*\s+(?:в|на)\s|пош|отправил|не\s+вернул)", re.I)
#: a death confirmed later, no death's verb: "гибель подтверждена", "смерть установлена"
_CONFIRMED = re.compile(DEATH_CONFIRMED, re.I)
#: a hospital before the town of a death: "в военном госпитале г. Ростова-на-Дону", "в
#: госпитале в Грозном", "в областной больнице города Курска", "в госпитале Луганска"
_HOSPITAL = re.compile(r"\b(?:в|во)\s+((?:[а-яё]+(?:ом|ем|ой|ей|ым|им)\s+){0,2}?"
                       r"(?:госпитал|больниц|клиник|"
                       r"медсанбат|санчаст)\w*)\s+((?:(?:в|во|г\.|города)\s*)?)$", re.I)


#: a town named right after the place of a death: "в синагоге Сан-Диего в городе Пауэй", "в
#: Донецкой области, в посёлке Ясное"
_TOWN_AFTER = re.compile(r",?\s+(?:в|во)\s+(?:городе|г\.|посёлке|поселке|пос\.|пгт\.?|селе|с\.|"
                         r"деревне|д\.|станице|хуторе)\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                         # the town ends the clause or the death follows, not a clause of its
                         # own ("погиб под Бахмутом, в селе Кузьминка его похоронили")
                         r"(?=\s*(?:[.,;:!?()\n—–-]|\d|$)|\s+(?:погиб|скончал|убит|умер)|"
                         r"\s+(?:при|во?|на|под|от|из-за|около|у|возле)\s)")


def _town_after(text: str, f: Fact) -> Fact:
    """The town named right after a place of death, the more precise of the two ("погиб в
    синагоге Сан-Диего в городе Пауэй" → "Пауэй")."""
    m = _TOWN_AFTER.match(text, f.end)
    if m is None or f.extra.get("hospital"):
        return f
    return Fact(f.field, _place_name(text, m.start(1), m.end(1)), m.start(1), m.end(1),
                {**f.extra, "settlement": True, "country": False})


def _in_hospital(text: str, f: Fact) -> Fact:
    """A death in a hospital of a town: the hospital and its town, the hospital named in the
    nominative and the town as written ("военный госпиталь г. Ростова-на-Дону", "госпиталь в
    Грозном") — how a volunteer writes where someone died of wounds."""
    m = _HOSPITAL.search(text, max(0, f.start - 60), f.start)
    if m is None or m.end() != f.start:
        return f
    words = m.group(1).split()
    noun = parses(words[-1].lower())[0]
    gender = next((g for g in ("masc", "femn", "neut") if g in noun.tag.grammemes), "masc")
    named = [_inflected(w, {"nomn", "sing", gender}) for w in words[:-1]]
    named.append(_inflected(words[-1], {"nomn", "sing"}))
    value = re.sub(r"\s+", " ", " ".join([*named, m.group(2).strip(), text[f.start : f.end]]))
    return Fact(f.field, value, m.start(1), f.end, {**f.extra, "hospital": True})


#: a hospital named by itself, in the locative: "в Гатчинской центральной районной больнице",
#: "в больнице «Тель ха-Шомер»", "в военном госпитале имени Бурденко", "в больнице № 2"
_NAMED_HOSPITAL = re.compile(
    r"\b(?:в|во)\s+((?:(?:[А-ЯЁ][а-яё-]+(?:ой|ей|ом|ем))\s+(?:[а-яё-]+(?:ой|ей|ом|ем)\s+){0,3}"
    r"(?:больниц|госпитал|клиник|медсанчаст|медсанбат)\w*)|"
    r"(?:(?:[а-яё-]+(?:ой|ей|ом|ем)\s+){0,3}(?:больниц|госпитал|клиник|медсанчаст)\w*\s+"
    r"(?:«[^»\n]{2,40}»|имени\s+(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё-]+|№\s*\d+)))")


def _named_hospitals(text: str, found: list[Fact]) -> list[Fact]:
    """Hospitals named by themselves where a death in their clause happened ("в Гатчинской
    центральной районной больнице умер …", "скончался в больнице «Тель ха-Шомер»"), in the
    nominative, unless a place of death already covers them."""
    out = []
    for m in _NAMED_HOSPITAL.finditer(text):
        if any(f.start <= m.end(1) and m.start(1) <= f.end for f in found):
            continue
        lead = _clause_before(text, m.start())
        cue = max(_DEATH_CUE.finditer(lead), key=lambda c: c.end(), default=None)
        if (cue is None or _another_verb(lead[cue.end():])) and not _cue_next(
                _clause_after(text, m.end())[:50]):
            continue
        words = re.match(r"((?:\S+\s+)*?\S*(?:больниц|госпитал|клиник|медсанчаст|медсанбат)\w*)"
                         r"(.*)", m.group(1), re.S)
        if words is None:
            continue
        head = words.group(1).split()
        noun = parses(head[-1].lower())[0]
        gender = next((g for g in ("masc", "femn", "neut") if g in noun.tag.grammemes), "masc")
        named = [_inflected(w, {"nomn", "sing", gender}) for w in head[:-1]]
        named.append(_inflected(head[-1], {"nomn", "sing"}))
        if head[0][:1].isupper():
            named[0] = named[0][:1].upper() + named[0][1:]
        value = re.sub(r"\s+", " ", " ".join(named) + words.group(2)).strip()
        out.append(Fact("place_of_death", value, m.start(1), m.end(1),
                        {"settlement": False, "hospital": True,
                         "survived": cue is not None and bool(_SURVIVED_CUE.match(cue.group(0)))}))
    return out


def _inflected(word: str, grammemes: set[str]) -> str:
    for p in parses(word.lower()):
        form = p.inflect(grammemes)
        if form is not None:
            return form.word
    return word.lower()


#: the captors' verb of a capture, the first word of its cue
_CAPTORS_VERB = re.compile(r"(?:взял|взяв|узял|узяв)")


def _plural_cue(cue: str) -> bool:
    """A death cue in the plural ("погибли", "погибших"): its place is everyone's it speaks
    of."""
    words = re.findall(r"[а-яёіїєґ]+", cue.lower())
    if words and _CAPTORS_VERB.match(words[0]):
        return False  # "взяли в плен …": the captors' number, not the captives'
    ps = parses(words[0]) if words else ()
    return bool(ps) and "plur" in ps[0].tag.grammemes and bool(
        {"VERB", "PRTF", "ADJF"} & ps[0].tag.grammemes)


#: a capitalised place after "под", "в районе", "у н.п.": read even when NER misses it
_NAMED_PLACE = re.compile(
    # a settlement in brackets after the death of a list's entry: "погиб 19.03.2024 (н.п.
    # Работино)", "(в районе н.п. Кременная)"
    r"(?:\((?=\s*(?:в\s+районе\s+|у\s+|под\s+)?н\.\s*п\.)\s*(?:(?:в\s+районе|у|под)\s+)?|"
    r"\b(?:под|під|в\s+районе|в\s+районі|у\s+н\.\s*п\.|у\s+(?:села|посёлка|поселка|города)|"
    r"возле|около|біля|поблизу|близ|вблизи|в\s+(?:больниц|поликлиник|госпитал|клиник)\w*|"
    r"(?:при|в\s+ходе|во\s+время)\s+(?:взяти[ия]|штурм[еа]|оборон[еы]|освобождени[ия]|"
    r"обстрел[еа]|бо[её]в\s+за|боя\s+за)(?:\s+[а-яё]+(?:ого|его|ой|ей))?"
    r"(?:\s+(?:села|посёлка|поселка|города|деревни))?|"
    r"у(?=\s+(?:[А-ЯЁ][а-яё]+(?:ой|ого)\s+)?[А-ЯЁ][а-яё]+(?:ки|ска|цка|ово|ево|ино|нок|рок|нной|"
    r"вок)\b))\s+)"
    r"(?:(?:н\.\s*п\.|нп|с\.|пос\.|пгт\.?|д\.|г\.|х\.|села|селища|посёлка|поселка|"
    r"деревни|хутора|міста|смт)\s*)?"
    r"([А-ЯЁІЇЄ][а-яёіїє]+(?:-[А-ЯЁІЇЄ]?[а-яёіїє]+)*)")
#: a town shelled or struck: where those its sentence tells died were killed ("в результате
#: обстрела Шебекино погибла …", "при ударе по Белгороду", "внаслідок обстрілу Херсона")
_SHELLED = re.compile(
    r"\b(?i:в\s+результате|внаслідок|при|під\s+час|во\s+время)\s+(?:[а-яёіїє]+\s+){0,2}?"
    r"(?i:обстрел\w*|обстріл\w*|(?:удар\w*|атак\w*|налёт\w*|налет\w*)\s+(?:[а-яёіїє]+\s+)?"
    r"(?:по|на))\s+(?:(?i:села|посёлка|поселка|города|міста|м\.|г\.|с\.)\s*)?"
    r"([А-ЯЁІЇЄ][а-яёіїє'’]+(?:-[А-ЯЁІЇЄ]?[а-яёіїє]+)*)")
_ZONE = re.compile(r"\b(?i:в)\s+зоне\s+(?:проведения\s+)?(СВО|специальной\s+военной\s+операции|"
                   r"боевых\s+действий)")


#: a front's direction: "на Запорожском направлении", "на Купянском направлении"
_DIRECTION = re.compile(r"\b(?i:на|в)\s+([А-ЯЁ][а-яё]+(?:ом|ем))\s+(?i:направлении)\b")


def _neuter(adjective: str) -> str:
    """An adjective in the locative back to the neuter nominative ("Запорожском" →
    "Запорожское")."""
    for p in parses(adjective.lower()):
        if "ADJF" in p.tag.grammemes:
            form = p.inflect({"nomn", "sing", "neut"})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    return re.sub(r"(?:ом|ем)$", "ое", adjective)


def _governed_by_death(text: str, start: int, end: int, steps: int) -> bool:
    """The place (a span) depends, within ``steps`` heads, on a death cue of its sentence."""
    sent = next((x for x in sentences(text) if x.start <= start < x.end), None)
    if sent is None or end > sent.end:
        return False
    cues = [(m.start(), m.end()) for m in _DEATH_CUE.finditer(text, sent.start, sent.end)]
    if not cues:
        return False
    tree = syntax.parse(text, sent.start, sent.end)
    if tree is None:
        return False
    heads = tree.span_heads(start, end)
    if len(heads) != 1 or tree.rels[heads[0]] not in ("obl", "nmod"):
        return False
    for i in tree.path_up(heads[0], steps)[1:]:
        a, b = tree.spans[i]
        if any(s < b and a < e for s, e in cues):
            return True
        if tree.rels[i] not in ("obl", "nmod", "flat", "flat:name", "appos", "amod"):
            return False
    return False


#: words that only say when ("30 сентября 2024 года", "утром 8 февраля", "в ночь на 5 мая")
_WHEN_WORDS = frozenset({"года", "году", "г", "утром", "вечером", "ночью", "днём", "днем", "в",
                         "во", "ночь", "на", "с", "около", "часов", "рано", "поздно", "тот",
                         "же", "день", "этот", "прошлом", *MONTHS_GEN, *MONTHS_PREP})


#: a clause with its verb left out, from its name to a place: "…, Виктор — 7 декабря у …",
#: "…, а Артём — 2 ноября в …"
#: (the one named may be described first, the place may follow the dash at once: "…, а его
#: сослуживец Антон Зуев — под Сватово")
_GAPPED_CLAUSE = re.compile(r"[,;]\s*(?:а\s+)?(?:[а-яё]+\s+){0,4}?[А-ЯЁ][а-яё]+"
                            r"(?:\s+[А-ЯЁ][а-яё]+){0,2}\s*[—–]\s(?:[^,;.!?\n]{0,40}?\s)?"
                            r"(?:у|под|в|во|возле|около|близ)\s+$")


def _gapped_cue(text: str, start: int) -> re.Match[str] | None:
    """The death cue of the clause before a clause with its verb left out, for a place in the
    latter ("Евгений погиб под Кременной, Виктор — 7 декабря у Клещеевки")."""
    gap = _GAPPED_CLAUSE.search(text, max(0, start - 120), start)
    if gap is None or gap.end() != start:
        return None
    clause = _clause_before(text, gap.start())
    cues = list(_DEATH_CUE.finditer(clause))
    return cues[-1] if cues else None


def _only_when(lead: str) -> bool:
    """A clause's words before a place that only date it ("30 сентября 2024 года под
    Селидово Михаил погиб", "Утром 8 февраля под Кременной погиб …")."""
    lead = re.split(r",\s+(?:что|как)\s+", lead)[-1]  # "… сообщает, что 9 сентября …"
    if only_circumstances(lead):
        return True  # "При выполнении боевой задачи в зоне СВО погиб …"
    words = re.findall(r"[а-яё]+|\d+", without_circumstances(lead).lower())
    return bool(words) and any(w.isdigit() or w in MONTHS_GEN or w in MONTHS_PREP
                               or _weekday(w) for w in words) and all(
        w.isdigit() or w in _WHEN_WORDS or _weekday(w) or _weekday_modifier(w) for w in words)


def _weekday(word: str) -> bool:
    """A day of the week in any case ("В воскресенье, 16 октября …", "в пятницу")."""
    return any(word.startswith(s) for stems in WEEKDAY_STEMS["ru"] for s in stems)


def _weekday_modifier(word: str) -> bool:
    """"минувший", "прошлую", "ближайшую": a word dating a weekday."""
    return any(word.startswith(s) for stems in MODIFIER_STEMS["ru"] for s in stems)


#: a clause of "где" (or "де") right after a place: "отправлен под Бахмут, где погиб 2
#: апреля", "бросили в атаку под Курахово, где 29 ноября он и попал в плен"
_WHERE = re.compile(r"\s*[,—–-]?\s*(?:где|де)\s+([^,.!?;:\n]{0,60})", re.I)


def where_cue(text: str, end: int) -> re.Match[str] | None:
    """The death cue of a clause of "где" right after a place (at ``end``) with no other
    verb before it ("под Бахмут, где погиб"; not "в Курске, где работает его брат,
    погибший …")."""
    where = _WHERE.match(text, end)
    if where is None:
        return None
    cue = _DEATH_CUE.search(where.group(1))
    if cue is None or _another_verb(where.group(1)[: cue.start()]):
        return None
    return cue


def _cue_next(after: str) -> bool:
    """A death cue follows the place with no other verb before it ("под Селидово Михаил
    погиб", not "под Бахмутом служил, а погиб …")."""
    cue = _DEATH_CUE.search(after)
    # "под Бахмутом получил тяжёлое ранение", "у Кременной был тяжело ранен"
    return cue is not None and not _another_verb(without_light_verb(after[: cue.start()]))


#: a participle of living: the place after it is a home ("погиб рядовой, проживавший в
#: Подольске")
_LIVED_PARTICIPLE = re.compile(rf"\b(?:{_LIVED_VERBS}|проживш\w*)\b", re.I)


def _another_verb(words: str) -> bool:
    """A finite verb or an infinitive among ``words``, or a participle of living: the place
    after it is that verb's ("родители погибшей приехали на суд из Китая", "погиб, когда
    возвращался в Курск", "погиб Иван Петров, проживавший в Подольске")."""
    if _LIVED_PARTICIPLE.search(words):
        return True
    for w in re.findall(r"[а-яё]+", words.lower()):
        ps = parses(w)
        if ps and ps[0].is_known and {"VERB", "INFN"} & ps[0].tag.grammemes:
            return True
    return False


def _a_person_word(word: str) -> bool:
    """A word pymorphy knows as a given name, surname or patronymic and not as a place (nor
    as a town of Ukraine's table: "Бахмута" is read as a given name's case)."""
    ps = parses(word.lower())
    if not (bool(ps) and ps[0].is_known and bool(
            {"Name", "Surn", "Patr"} & ps[0].tag.grammemes) and "Geox" not in ps[0].tag.grammemes):
        return False
    lemma = ps[0].normal_form
    return ukrainian_name(lemma[:1].upper() + lemma[1:]) is None


#: a region in the genitive right after a district ("в Суджанском районе Курской области",
#: "в Волновахском районе ДНР")
_REGION_AFTER_DISTRICT = re.compile(
    r"\s+(?:[А-ЯЁ][а-яё-]+(?:ой|ого)\s+(?:области|края|автономного\s+округа)|"
    r"(?:Республики\s+)?[А-ЯЁ][а-яё-]+(?:ии|ан)\b|ДНР|ЛНР)")


def _district_of_region(text: str, start: int, end: int) -> tuple[str, int]:
    """A district of a death with the region written after it: the district in the
    nominative and the region as written ("Суджанский район Курской области"), and the
    span's new end; any other place by itself."""
    name = _place_name(text, start, end)
    if not re.search(r"\bрайон\w*$", text[start:end], re.I):
        return name, end
    m = _REGION_AFTER_DISTRICT.match(text, end)
    if m is None or not _regions().find(tokens(m.group(0))):
        return name, end
    return f"{name} {m.group(0).strip()}", m.end()


def _place_name(text: str, start: int, end: int) -> str:
    """A place in the nominative: a region by its reference name, else the words inflected."""
    hits = _regions().find(tokens(text[start:end]))
    if hits and hits[0].start == 0:
        return hits[0].value.name
    return _nominative(text[start:end])


def find_birth_places(text: str, locs: list[tuple[int, int]]) -> list[Fact]:
    """Named places (NER LOC spans) of a birth: "родился в 1958 году в Москве", "уроженец
    города Орска", "родилась в семье рабочих в Наньпине"."""
    out = []
    for start, end in locs:
        before = _clause_before(text, start)
        if not _BIRTH_CUE.search(before):
            continue
        if not (_PREP.search(before) or re.search(r"(?:уроженец|уроженк\w+|уроженц\w+|из)\s+"
                                                  r"(?:[а-яё.]+\s+){0,2}$", before, re.I)):
            continue
        out.append(Fact("place_of_birth", _nominative(text[start:end]), start, end))
    return out


#: (a bracket of life dates ends none: "Аюшеев Солбон (1999–2022), рядовой, с. Усть-Кяхта")
_ENTRY_END = re.compile(r"[;▪•·\n]|(?<!\d)(?<!г\.р\.)\)\s*(?:[,;.]|\s+и\s)|"
                        r"(?<![\s(]\w)(?<!пос)(?<!пгт)\.\s+[А-ЯЁ]")
#: a word for a region or a district after a village's name: the word before it is the
#: district's adjective, not the village's ("Ильинское Кологривского района")
_UNIT_AFTER = re.compile(r"\s+(?:муниципальн\w+\s+|городск\w+\s+|автономн\w+\s+)?(?:район\w*|"
                         r"област\w*|округ\w*|кра[яюе]\b|улус\w*|кожуун\w*|обл\.|"
                         r"республик\w*)", re.I)
#: a region or district after a village in a list entry ("с. Усть-Ишим Омской области")
_UNIT_TAIL = re.compile(r"\s+[А-ЯЁ][а-яё-]+(?:ой|ого|ий|ая)\s+(?:муниципальн\w+\s+)?"
                        r"(?:област\w*|район\w*|округ\w*|кра[яюе]|обл\.?|р-н[аеу]?\.?)$")
_DISTRICT_AFTER = re.compile(r"\s+(?:муниципальн\w+\s+|городск\w+\s+)?(?:район\w*|"
                             r"округ\w*|улус\w*|кожуун\w*|р-н\w*)\b", re.I)
#: a front's direction after a place's adjective ("на Курском направлении", "на Покровському
#: напрямку"): the adjective names no town
_DIRECTION_AFTER = re.compile(r"\s+(?:направлени\w*|напрям\w*)\b", re.I)
_TYPE_PREFIX = re.compile(r"^(?:г\.|с\.|д\.|п\.|пос\.|пгт\.?|ст\.|город|село|посёлок|поселок)\s*",
                          re.I)


def find_listed_homes(text: str, names: list[tuple[int, int]]) -> list[Fact]:
    """Towns written right after a name in a list entry: "рядовой Ооржак Айдын (г. Кызыл)",
    "Семёнов Андрей, 1981 г.р., Боровичи" — the person's home."""
    out: list[Fact] = []
    for _, end in names:
        window = text[end : end + 90]
        stop = _ENTRY_END.search(window)
        entry = window[: stop.start() + 1] if stop else window
        pos = end
        for piece in re.split(r"([,()]|\s[—–-]\s)", entry):
            start = pos
            pos += len(piece)
            bare = _TYPE_PREFIX.sub("", piece.strip(" ;.▪•·\n")).strip(" ;.")
            bare = _UNIT_TAIL.sub("", bare)  # "Усть-Ишим Омской области": the village
            if not bare or not bare[:1].isupper():
                continue
            offset = start + piece.index(bare)
            toks = tokens(bare)
            hits = _settlements().find(toks)
            if len(hits) == 1 and hits[0].end - hits[0].start == len(bare):
                hit = hits[0]
                shifted = Hit(hit.value, offset, offset + len(bare), hit.first, hit.last)
                out.extend(_settlement_facts_home(shifted))
            elif _TYPE_PREFIX.match(piece.strip(" ;.▪•·\n")) and re.fullmatch(TYPED_NAME, bare):
                # a village the table does not have, its kind said: "(с. Нылга)", ", д. Хочашево,"
                out.append(Fact("settlement", bare, offset, offset + len(bare), {"listed": True}))
    return out


_TOWN = r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
#: a home cue before a town the table does not have (abroad, or a village without its kind)
_HOME_CUE = re.compile(r"\b(?i:жител\w+|жительниц\w+|уроженц\w+|уроженец|уроженк\w+|"
                       r"(?:родом|выходец|выходц\w+)\s+(?:(?:он|она)\s+)?из|"
                       # "гражданин Узбекистана из Самарканда": a town of his country
                       r"граждан(?:ин|ина|ину|ином|ке|ка|ки|кой)\s+[А-ЯЁ][а-яё-]+\s+из|"
                       # "в родном кишлаке Чорбог", "жил в родных Шихазанах"
                       r"родн\w+\s+(?:город\w*|сел\w+|деревн\w+|кишлак\w*|аул\w*|посёлк\w*|"
                       r"поселк\w*|станиц\w+|хутор\w*|улус\w*)|(?:в|во)\s+родн(?:ом|ой|ых)|"
                       r"на\s+родине,?\s+в)\s+" + _TOWN)
_FROM_TOWN = re.compile(r"\s+из\s+" + _TOWN)
#: "из" after a name and his age set off: "Нуван Дисанаяке, 36 лет, из Курунегалы", "Нуван
#: Херат (39 лет) из Матары"
_AGED_FROM_TOWN = re.compile(r"(?:,\s*\d{1,2}\s*(?:лет|год|года)\s*,?|\s*\(\d{1,2}"
                             r"(?:\s*(?:лет|год|года))?\)\s*,?)" + _FROM_TOWN.pattern)
#: coming home to a town: "вернулся домой, в Амритсар", "вернулся домой в Железногорск после
#: обмена" (not "вернулся домой в отпуск": no name)
_CAME_HOME = re.compile(r"\b(?i:" + _CAME_HOME_WORDS + ")" + _TOWN)
_CAME_HOME_BEFORE = re.compile(r"\b" + _CAME_HOME_WORDS + r"(?:\S+\s*)?$", re.I)
_UK_TOWN = r"([А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:-[А-ЯІЇЄҐа-яіїєґ][а-яіїєґ'’ʼ]+)*)"
#: the Ukrainian home cues before a town the tables do not have: "родом із Камагуея",
#: "уродженець Гавани", "мешканець Яунде", "у рідному Яунде"
_UK_HOME_CUE = re.compile(r"(?<![\w'’ʼ])(?i:уродженц\w+|уродженець|уродженк\w+|мешкан\w+|"
                          r"жител\w+|(?:родом|вихід\w+|вихідц\w+)\s+(?:(?:він|вона)\s+)?(?:з|із|зі)|"
                          r"(?:у|в)\s+рідн(?:ому|ій)(?:\s+(?:місті|селі))?)\s+" + _UK_TOWN)
#: the Ukrainian cues of where one was born or comes from (not of a resident's home: "жителів
#: Кузбасу" names a region)
_UK_NATIVE = re.compile(r"(?i:уродж|родом|вихід)")
_UK_FROM_TOWN = re.compile(r"(?:,\s*\d{1,2}\s*(?:років|рік|роки)\s*,?|\s*\(\d{1,2}"
                           r"(?:\s*(?:років|рік|роки))?\)\s*,?)?\s+(?:з|із|зі)\s+" + _UK_TOWN)
#: a verb of living or growing up, a few words, "в" and a town the tables do not have: "жил
#: в Шихазанах", "Братья выросли в Кулунде" (a plural verb: the home of several) — not
#: after a relative of his ("его родители живут в …", `_relatives_home`)
_LIVED_IN = re.compile(
    r"\b(?i:(?:жил|проживал|прожил)[аи]?|живёт|живет|проживает|вырос(?:ла|ли)?)\s+"
    r"(?:(?!работ|служ|уч)[а-яё]+,?\s+){0,2}?"
    r"(?i:в|во)\s+" + _TOWN)


_KIN_BEFORE = re.compile(r"(?:\b(?P<poss>его|её|ее|их|с?во\w*)\s+(?:[а-яё]+\s+)?|"
                         r"(?:^|[.!?;:—–\n]\s*|,\s+а\s+)(?P<pre>[А-ЯЁа-яё]+\s+)?)"
                         r"\b(?P<word>(?:(?P<kin>родител|мать|матер|мама|отец|отц|папа|семья|семь|жена|жён|вдов|"
                         r"супруг|бабушк|дедушк)|сестр|брат|дети|детей|сын|доч)\w*)(?P<hyphen>-)?(?:\s+|(?=,))"
                         r"(?P<gap>(?-i:[а-яё]+\s+){0,3}|(?-i:[а-яё]+\s*){0,3}"
                         # the relative's own name set off after it: "Сын погибшего, 12-летний
                         # Артём, живёт с бабушкой в …"
                         r",\s*(?:\d+[-‑–]?\s*)?(?-i:[а-яё-]*летн[а-яё]*\s+)?"
                         r"(?-i:[А-ЯЁ][а-яё-]+\s*){1,3},\s+(?:(?-i:[а-яё]+\s+){0,3}))$", re.I)
#: a home noun in an oblique case after the kin word: the soldier's own ("матери мобилизованного
#: жителя Оренбурга")
_HIS_HOME_NOUN = re.compile(r"\b(?:жител(?:я|ю|ем|е)|уроженц(?:а|у|ем|е)|резидент(?:а|у|ом))\s",
                            re.I)


def _relatives_home(text: str, start: int) -> bool:
    """A home cue (a living verb, "в") at ``start`` that follows a word for someone else's
    relative ("Мать погибшего живёт в …", "Вдова бойца живёт в …", "его родители живут в …",
    "а сестра его живёт в …"), not the persons' own ("Братья выросли в …", "Сыновья родились
    в …", "Сестра милосердия из Белгорода", "матери мобилизованного жителя Оренбурга")."""
    m = _KIN_BEFORE.search(text, max(0, start - 60), start)
    if m is None or m.group("hyphen"):
        return False  # "Сестра-хозяйка"
    gap = m.group("gap")
    before = text[max(0, m.start("word") - 30) : m.start("word")].split()
    if kin_profession(before[-1] if before else "", gap.split()[0] if gap.split() else ""):
        return False  # "Сестра милосердия", "медицинская сестра"
    if _HIS_HOME_NOUN.search(gap):
        return False
    if m.group("poss") or m.group("kin") or (m.group("pre") or "").strip().lower() in THEIR:
        return True  # "его брат", "Его сестра", "Мать", "Вдова": another person's
    # "Сестра погибшего живёт в …", not "Братья выросли в …": a sibling or child of the
    # soldier has his genitive or "его" after the word
    first = gap.split()[0].rstrip(",") if gap.split() else ""
    if not first:
        return False
    if first.lower() in THEIR:  # a pronoun after a sibling's word: "сестра его живёт в …"
        return True
    return any(p.tag.case == "gent" and "VERB" not in p.tag.grammemes
               and ("NOUN" in p.tag.grammemes or "ADJF" in p.tag.grammemes
                    or "PRTF" in p.tag.grammemes) for p in parses(first.lower())[:1])


def find_other_homes(text: str, names: list[tuple[int, int]],
                     locs: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """Home towns the tables do not have ("житель Хараре", "Мухаммад аль-Хасан из Хомса",
    "двое кубинцев из Гаваны"): after a home cue, or "из" right after a name or a plural
    word for people; a word pymorphy knows as a place, put in the nominative. A word it does
    not know is a town after a home cue, or after "из" when the NER tagged it a place
    (``locs``: "Викас Чаудхари из Лудхианы", not "Иван Петров из Росгвардии")."""
    uk = current_language() == "uk"
    home_cue = _UK_HOME_CUE if uk else _HOME_CUE
    cues = [*home_cue.finditer(text), *([] if uk else _CAME_HOME.finditer(text))]
    cued = {m.start(1) for m in cues}
    found: list[tuple[re.Match[str], bool]] = [(m, False) for m in cues]
    for _, end in names:
        m = (_UK_FROM_TOWN.match(text, end) if uk else
             _FROM_TOWN.match(text, end) or _AGED_FROM_TOWN.match(text, end))
        if m is not None:
            found.append((m, False))
    if uk:
        return _other_homes(text, found, cued, locs)
    for m in re.finditer(r"\b[А-ЯЁа-яё][а-яё]+" + _FROM_TOWN.pattern, text):
        if plural_home(text[m.start() : m.start(1)]):
            found.append((m, True))
        elif _one_person_word(m.group(0).split()[0]) and not _relatives_home(
                text, m.start() + len(m.group(0).split()[0]) + 1):
            # "Молодой человек из Вадодары", "Парень из Худжанда": a word for one man, not
            # for his kin ("его мать из Курска"); a word unknown to the dictionary only when
            # the NER tags it a place ("Боец из Росгвардии": no town)
            found.append((m, False))
    for m in _LIVED_IN.finditer(text):
        if _relatives_home(text, m.start()):
            continue
        cued.add(m.start(1))
        found.append((m, m.group(0).split()[0].lower().endswith("ли")))
    return _other_homes(text, found, cued, locs)


def _uk_region(word: str) -> bool:
    """A Ukrainian word naming a region of Russia in any case ("Туви", "Бурятії")."""
    from headcount.extract.ukrainian import _region_noun

    return _region_noun(word) is not None


def _other_homes(text: str, found: list[tuple[re.Match[str], bool]], cued: set[int],
                 locs: Sequence[tuple[int, int]]) -> list[Fact]:
    """The towns of ``found`` (a cue's match, its town the first group; whether it is the
    home of several) that the tables do not have, in the nominative."""
    uk = current_language() == "uk"
    out: list[Fact] = []
    for m, plural in found:
        word = m.group(1)
        if any(f.start == m.start(1) for f in out) or is_place(word):
            continue
        if _UNIT_AFTER.match(text, m.end(1)):
            continue  # "житель Кочёвского района": a district's or region's adjective
        if uk and _UK_NOT_A_TOWN.search(word):
            continue
        if not (_known_place(word) or (_unknown_word(word) and (m.start(1) in cued or any(
                a <= m.start(1) < b for a, b in locs))) or (uk and _uk_town_abroad(
                    word, m.start(1) in cued and bool(_UK_NATIVE.match(m.group(0)))))):
            continue  # "из Минобороны", "житель Ивана": no town
        if m.re is _CAME_HOME and _relatives_home(text, m.start()):
            continue  # "его брат вернулся домой, в Амритсар"
        if m.re is _CAME_HOME and _unknown_word(word):
            name = _accusative_nominative(word)  # "вернулся домой, в Покхару"
        elif uk:
            name = _uk_nominative(word, text[max(0, m.start(1) - 12) : m.start(1)])
            if _ukrainian_town(name):
                continue  # a town of Ukraine: its own rules read it
        else:
            # a genitive after "из" or a noun of a native or resident ("уроженец Кисуму")
            name = _from_genitive(word) if _unknown_word(word) and re.search(
                rf"\b(?:из|{_NATIVE_WORDS}|{_RESIDENT_NOUNS}|выходц\w*|выходец)\s+$",
                text[max(0, m.start(1) - 16) : m.start(1)], re.I) else _nominative(word)
        if foreign_province(name) or foreign_province(_nominative(word)):
            continue  # "из Пенджаба", "з Синду", "вернулся домой, в Синд": a province
        if uk and _uk_region(word):
            continue  # "з Туви": Russia's region, read as one
        # "родом із Лудхіани …, жив у Ставрополі": where he was born, which a place he lived
        # in outweighs
        born = {"born": True} if uk and _UK_NATIVE.match(m.group(0)) else {}
        out.append(Fact("settlement", name, m.start(1), m.end(1),
                        {"plural": plural, "abroad": True, **born}))
    return out


#: genitive endings after "из" → the nominative: a hushing consonant takes "-и" for "-а", a
#: plural name "-ов/-ев"; used only when the nominative is a known word or place, since many
#: names abroad do not decline ("из Ранчи")
_GENITIVE = (("чи", "ча"), ("щи", "ща"), ("жи", "жа"), ("ши", "ша"), ("цев", "цы"),
             ("ков", "ки"), ("ов", "ы"), ("ев", "и"))


def _from_genitive(word: str) -> str:
    """The nominative of an unknown name after "из", only when that nominative is a known
    place or word ("Чурапчи" → Чурапча); an indeclinable name stays as written ("из Ранчи",
    "из Кишинев", "из Кисуму")."""
    if "-" not in word:
        geox = _geox_genitive(word)
        if geox is not None:  # "из Мухоршибири": pymorphy guesses a place in the genitive
            return geox
        for ending, nominative in _GENITIVE:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                guess = word[: -len(ending)] + nominative
                if is_place(guess) or _known_place(guess) or _known_word(guess):
                    return guess
                return word
        if re.search(r"[уюоеэ]$", word):
            return word  # no Russian genitive ends so: "из Кисуму", "из Бамако" do not decline
    head, _, tail = word.rpartition("-")
    if head and tail[:1].isupper():
        return f"{head}-{_from_genitive(tail)}"  # "из Дейр-эз-Зора": the last part declines
    return _nominative(word)


#: a Ukrainian genitive of a town abroad after "з"/"уродженець" → its nominative: "Камагуея" →
#: Камагуей, "Худжанда" → Худжанд, "Матари" → Матара; a name ending otherwise does not
#: decline ("з Яунде", "з Тольятті")
_UK_GENITIVE = (("уя", "уй"), ("ея", "ей"), ("ая", "ай"), ("оя", "ой"), ("ія", "ій"))
_UK_CONSONANT_A = re.compile(r"[бвгґджзклмнпрстфхцчшщ]а$")
_UK_CONSONANT_I = re.compile(r"[бвгґдзклмнпрстфхцчшщ]и$")


def _uk_nominative(word: str, before: str) -> str:
    """A Ukrainian town abroad in the nominative: the dictionary's when it knows a place or
    thing, else by its ending after a genitive's cue ("родом із Камагуея" → Камагуей); after
    "у рідному" a locative stays as written ("у рідному Яунде")."""
    if "-" in word:
        return word
    ps = parses(word.lower())
    if ps and ps[0].is_known:
        for p in ps:
            if p.is_known and {"NOUN", "inan"} <= p.tag.grammemes and p.tag.case == "gent":
                return p.normal_form[:1].upper() + p.normal_form[1:]
        return word
    native = re.search(r"рідн(\w+)\s+(?:\w+\s+)?$", before, re.I)
    if native and re.search(r"[бвгґдзклмнпрстфхцчшщ]і$", word) and len(word) > 4:
        # the adjective's gender tells the locative's stem: "у рідному Аскизі" → Аскиз, "у
        # рідній Кямі" → Кяма
        return word[:-1] + ("а" if native.group(1).lower() == "ій" else "")
    if native and native.group(1).lower() == "ому" and re.search(r"(?:ськ|цьк)у$", word):
        return word[:-1]  # "у рідному Хоринську" → Хоринськ
    if native:
        return word
    for ending, nominative in _UK_GENITIVE:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    if _UK_CONSONANT_A.search(word) and len(word) > 4:
        return word[:-1]
    if _UK_CONSONANT_I.search(word) and len(word) > 4:
        return word[:-1] + "а"
    return word


def _one_person_word(word: str) -> bool:
    """A common noun for one living person in the nominative ("человек", "парень", "боец"),
    no name."""
    ps = parses(word.lower())
    return bool(ps) and ps[0].is_known and {"NOUN", "anim", "sing", "nomn"} <= ps[0].tag.grammemes \
        and not {"Name", "Surn", "Patr"} & ps[0].tag.grammemes \
        and ps[0].normal_form not in KIN | OFFICIAL \
        and (ps[0].normal_form in _HIM_WORDS or country_of(word) is not None)


#: the words a story calls the one it is about by, not another man's trade ("Волонтёр из
#: Лудхианы привёз тело", "Врач из Вадодары подтвердил смерть" name a town of someone else)
_HIM_WORDS = frozenset({"человек", "парень", "мужчина", "юноша", "мальчик", "солдат", "боец",
                        "военный", "военнослужащий", "наёмник", "наемник", "иностранец",
                        "доброволец", "контрактник", "мобилизованный", "срочник", "рядовой",
                        "уроженец", "выходец", "гражданин", "житель"})


def _accusative_nominative(word: str) -> str:
    """An unknown town's nominative from its accusative after "в": "-у" → "-а", "-ю" → "-я"
    ("в Покхару" → Покхара); a masculine's accusative is its nominative ("в Амритсар")."""
    if "-" not in word and len(word) > 4 and re.search(r"[^аеёиоуыэюя][ую]$", word):
        return word[:-1] + ("а" if word.endswith("у") else "я")
    return word


#: the endings of a Ukrainian instrumental: "з Мбаргою", "з Омонді" is no town's
_UK_ABLATIVE = re.compile(r"(?:ою|ею|єю|ом|ем|єм|им|ім)$")


#: no town: a region's genitive ("Якутії", "Полтавщини"), a town of two words whose
#: adjective its own rules read ("Каменська-Уральського")
_UK_NOT_A_TOWN = re.compile(r"(?:щини|ччини|ії|-[А-ЯІЇЄҐ]\w+(?:ого|ої|ому))$")


def _uk_town_abroad(word: str, cued: bool) -> bool:
    """A Ukrainian word that may be a town abroad: after a home cue, a thing's noun in the
    genitive the dictionary knows and that is no name ("уродженець Гавани"); after "з" and a
    name, a word it does not know in no instrumental ("Мбарга з Яунде", not "з Мбаргою")."""
    ps = parses(word.lower())
    if not ps or _UK_NOT_A_TOWN.search(word):
        return False
    if ps[0].is_known:
        return cued and not {"Name", "Surn", "Patr"} & ps[0].tag.grammemes and any(
            {"NOUN", "inan"} <= p.tag.grammemes and p.tag.case == "gent" for p in ps[:2])
    return not _UK_ABLATIVE.search(word)


@cache
def _ukrainian_towns() -> frozenset[str]:
    return frozenset(p.name_uk.lower() for p in ukraine())


def _ukrainian_town(name: str) -> bool:
    return name.lower() in _ukrainian_towns()


def _geox_genitive(word: str) -> str | None:
    """The nominative pymorphy3 gives an unknown word it reads as a place in the genitive
    ("Мухоршибири" → Мухоршибирь, "Нылги" → Нылга), or None."""
    for p in parses(word.lower()):
        if {"Geox", "gent"} <= p.tag.grammemes and p.normal_form != word.lower():
            return p.normal_form[:1].upper() + p.normal_form[1:]
    return None


def russian_nominative(word: str) -> str:
    """The nominative of a village's name after "из" in a text about a Russian region,
    declined as a Russian name is ("Чурапчи" → Чурапча, "Намцев" → Намцы); the name
    itself when no ending fits. Abroad such names often do not decline ("из Ранчи"), so
    `_from_genitive` keeps them; a Russian region named by the text tells them apart."""
    if "-" in word or " " in word:
        return word
    for ending, nominative in _GENITIVE:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


def _known_word(word: str) -> bool:
    ps = parses(word.lower())
    return bool(ps) and ps[0].is_known


def _unknown_word(word: str) -> bool:
    """A word pymorphy3 does not know, or a name of hyphenated parts none of which is a
    person's ("Лудхианы", "Вадодары", "Сан-Паулу", "Сантьяго-де-Куба"): a town abroad
    after a home cue."""
    if "-" in word:
        return not any(_a_person_word(p) for p in word.split("-") if p[:1].isupper())
    ps = parses(word.lower())
    return bool(ps) and not ps[0].is_known


def _known_place(word: str) -> bool:
    """pymorphy3 knows ``word`` as a place name (a town abroad: "Хомса", "Гаваны")."""
    ps = parses(word.lower())
    return bool(ps) and ps[0].is_known and "Geox" in ps[0].tag.grammemes


def _settlement_facts_home(hit: Hit[tuple[Settlement, ...]]) -> list[Fact]:
    places = hit.value
    facts = [Fact("settlement", places[0].name, hit.start, hit.end, {"listed": True})]
    if len(places) == 1:
        r = places[0]
        facts.append(Fact("region", r.region_code, hit.start, hit.end,
                          {"occupied": occupied(r.region_code), "inferred": True,
                           "listed": True}))
    return facts


def find_farewell_home(text: str) -> list[Fact]:
    """The town of a farewell told in a text's first sentence, as a weak home (a fallback for
    a person whose home the text does not state)."""
    m = _FAREWELL_HOME.match(text.lstrip())
    if m is None:
        return []
    offset = len(text) - len(text.lstrip())
    start, end = m.start("place") + offset, m.end("place") + offset
    hits = _settlements().find(tokens(m.group("place")))
    if hits and hits[0].end - hits[0].start == len(m.group("place")):
        place = hits[0].value
        # the town of everyone the farewell names ("простились с А и Б"): shared
        facts = [Fact("settlement", place[0].name, start, end, {"context": True, "plural": True})]
        if len(place) == 1:
            facts.append(Fact("region", place[0].region_code, start, end,
                              {"occupied": occupied(place[0].region_code),
                               "inferred": True, "context": True, "plural": True}))
        return facts
    if m.group("kind") and " " not in m.group("place"):  # a village the table does not have
        return [Fact("settlement", m.group("place"), start, end,
                     {"context": True, "plural": True})]
    return []


@cache
def _settlements_by_name() -> dict[str, tuple[Settlement, ...]]:
    out: dict[str, list[Settlement]] = {}
    for s in home_settlements():
        out.setdefault(s.name.lower().replace("ё", "е"), []).append(s)
    return {k: tuple(v) for k, v in out.items()}


def document_regions(toks: list[Token], text: str = "",
                     names: tuple[tuple[int, int], ...] = ()) -> frozenset[str]:
    """Russian regions a text names, by their names, by towns only one region has or by
    districts named after such towns (the occupied territories left out: most often where
    the fighting is); when exactly one region is named by its name or a district's, that
    one alone. The people's names (``names``) are no places: "Эдуардом Кирилловым" names no
    town Кириллов, "Олега Кургана" no Курган."""
    named = named_regions(toks, text, names)
    if len(named) == 1:  # a region or district named outweighs towns merely mentioned (a
        return frozenset(named)  # hospital in Ростов-на-Дону)
    codes = set(named)
    for h in _settlements().find(toks):
        if len(h.value) == 1 and not h.value[0].region_code.startswith("UA-") and not _within(
                h.start, names) and not (
                text and (_common_word_opening(text, h.start, h.end)
                          or not _same_gender(text[h.start : h.end], h.value[0].name)
                          or _a_person_word(text[h.start : h.end])
                          or _inside_a_longer_name(text, h.start)
                          or _village_of_a_towns_name(text, h.start, h.value[0])
                          or _SERVED_IN.search(_before(text, h.start)))):  # "Иванова": a name
            codes.add(h.value[0].region_code)
    return frozenset(codes)


#: a town where someone served ("служил срочную в Чите", "проходил службу в Пскове"): far
#: from home as a rule, it places no village of the text
_SERVED_IN = re.compile(r"(?:служил\w*|служб\w+)(?:\s+[\w-]+){0,2}?\s+(?:в|во|под)\s+$",
                        re.I)


def _within(start: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= start < e for s, e in spans)


def named_regions(toks: list[Token], text: str = "",
                  names: tuple[tuple[int, int], ...] = ()) -> dict[str, tuple[int, int]]:
    """Russian regions a text names by their names or by a district's (not where someone
    died or was taken, not inside a person's name), each with its first mention."""
    out: dict[str, tuple[int, int]] = {}
    found = [(h.value.code, h.start, h.end) for h in _regions().find(toks)
             if not ukrainian(h.value.code) and not _within(h.start, names)
             and not (text and (_DEATH.search(_before(text, h.start))
                                or _FATE.search(_before(text, h.start))))]  # not "погиб в
    # Курской области", "попал в плен в Курской области": where he died or was taken is no home
    found += [(t.region_code, s, e) for s, e, t in find_districts(text)
              if not t.region_code.startswith("UA-")]
    found += [(code, s, e) for s, e, code in find_regional_units(text)]
    for code, start, end in sorted(found, key=lambda x: x[1]):
        out.setdefault(code, (start, end))
    return out


#: a first sentence telling of the dead of a place: "В Дагестане простились с …",
#: "Администрация … с прискорбием сообщает о гибели", "скорбим", "земляков"
_MOURNING = re.compile(r"\b(?:простил\w*|прощани\w*|похорон\w*|проводил\w*\s+в\s+последн|"
                       r"прискорби\w*|скорб\w*|соболезновани\w*|земляк\w*|памят\w*|"
                       r"помяни\w*|погибш\w*|гибел\w*)", re.I)


_IN_BEFORE = re.compile(r"(?<!\w)(?:в|во|В|Во)\s+$")


def local_regions(toks: list[Token], text: str,
                  names: tuple[tuple[int, int], ...] = ()) -> dict[str, tuple[int, int]]:
    """The regions a local text speaks from: named by a district or municipality ("Глава
    Увинского района", "Усть-Кутского муниципального образования"), or by its name in a
    first sentence of mourning, after "в" ("В Дагестане простились с …"; not "Министерство
    … Республики Марий Эл сообщает о гибели": an office's, nobody's home) — each with its
    mention."""
    first = text.find("\n", 0, 300)
    first = first if first >= 0 else min(len(text), 300)
    head = text[: sentence_end(text[:first], 0, SPACED_STOP, with_stop=True)]
    out: dict[str, tuple[int, int]] = {}
    for s, e, t in find_districts(text):
        if not t.region_code.startswith("UA-"):
            out.setdefault(t.region_code, (s, e))
    for s, e, code in find_regional_units(text):
        out.setdefault(code, (s, e))
    if _MOURNING.search(head):
        for h in _regions().find(toks):
            if h.end <= len(head) and not ukrainian(h.value.code) and not _within(
                    h.start, names) and _IN_BEFORE.search(text[max(0, h.start - 4) : h.start]):
                out.setdefault(h.value.code, (h.start, h.end))
    return out


_CAPITALISED_BEFORE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+$")


def _inside_a_longer_name(text: str, start: int) -> bool:
    """In a Ukrainian text, a town found as the second word of a capitalised pair is part of
    another place's name ("села Великі Гаї" names no town Гай of Оренбургская область)."""
    if current_language() != "uk":
        return False
    before = text[max(0, start - 30) : start]
    m = _CAPITALISED_BEFORE.search(before)
    return m is not None and before[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n")


def _common_word_opening(text: str, start: int, end: int) -> bool:
    """A word opening a sentence, capitalised only for that, that pymorphy knows as a common
    word before a place ("Светлая память героям" is no town Светлый)."""
    if text[:start].rstrip()[-1:] not in ("", ".", "!", "?", "\n"):
        return False
    ps = parses(text[start:end].split()[0].lower())
    return bool(ps) and ps[0].is_known and not ({"Geox", "Name", "Surn"} & ps[0].tag.grammemes)


def region_from_document(settlement: str, codes: frozenset[str],
                         russian: bool = False) -> str | None:
    """The region of a home town the text gives without its region: of the town's regions
    (a name several regions have), the one the text names ("Железногорск" in a text about
    Курская область); a village the table does not have lies in the one region the text
    names ("жил в деревне Ильинское" in a text that names only Костромская область), or
    the region of the village table's village of that name when the text names no other
    ("в селе Кулунда" → Алтайский край).
    ``russian``: the person is a Russian citizen, so a place pymorphy knows is no town
    abroad ("с. Тарбагатай" in a text about Бурятия)."""
    known = _settlements_by_name().get(settlement.lower().replace("ё", "е"))
    village = None if known else village_region(settlement)
    if village is not None and (not codes or village in codes):
        return village  # "жил в селе Кулунда": a village of one region (GeoNames)
    if not known and not russian and _known_place(settlement):
        return None  # a town the table does not have but pymorphy knows: abroad ("Хомс")
    found = {s.region_code for s in known} & codes if known else set(codes)
    return found.pop() if len(found) == 1 else None
