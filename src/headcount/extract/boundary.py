"""Person-span boundaries repaired: status, demonym, rank and title words trimmed off.

natasha's PER spans often take in a word before the name that is a noun or a
participle describing the person: "Осуждённый Кузнецов Дмитрий Андреевич",
"Кемеровчанин Тарасов", "Доброволец Иван Петров", "Рядовой Козлов". A span is
trimmed, at both ends, to the words pymorphy3 tags as a given name, surname or
patronymic, or that it does not know (foreign names, rare surnames), keeping
initials and the Central Asian patronymic particles. A known word that is only
a common noun is kept where it stands as a surname before a given name and a
patronymic ("Голубь Иван Петрович"), unless it is a participle, an adjective or
a word that describes a person (уроженец, житель, доброволец…).
"""

from __future__ import annotations

import re
from functools import lru_cache

from headcount.extract.demonyms import DEMONYM_END, DEMONYM_WORD, town_of
from headcount.extract.forces import force_spans, without_forces
from headcount.extract.military import RANKS, RU_SHORT
from headcount.extract.morph import current_language, parses
from headcount.extract.namecase import PARTICLES, SPANISH_SURNAMES, patronymic_case
from headcount.extract.nationals import country_of
from headcount.extract.uk_ages import age_adjective
from headcount.extract.uk_citizens import demonym_country
from headcount.names.order import spanish_son_of

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Init"})
#: name particles: the Central Asian patronymic ones and the nobiliary/Arabic ones
_PARTICLES = PARTICLES | frozenset({"ибн", "бин", "бен", "бинт", "абу", "аль", "ал", "де", "да",
                                    "ван", "фон", "фог", "дер", "ла", "ле", "эль", "дель", "ди",
                                    "du", "de", "van", "von", "bin", "al", "el"})
#: lemmas that describe a person and never are a surname at the start of a name
DESCRIPTORS = frozenset({
    "уроженец", "уроженка", "житель", "жительница", "доброволец", "добровольница",
    "мобилизованный", "осуждённый", "осужденный", "заключённый", "заключенный", "военнослужащий",
    "боец", "солдат", "офицер", "контрактник", "ветеран", "герой", "участник", "земляк",
    "землячка", "выходец", "наёмник", "наемник", "гражданин", "гражданка", "пленный",
    "военнопленный", "медсестра", "медбрат", "врач", "фельдшер", "санитар", "санинструктор",
    "срочник", "призывник", "резервист", "ополченец", "кадет", "курсант",
    "командир", "замкомандир", "штурмовик", "снайпер", "сапёр", "сапер", "пулемётчик",
    "пулеметчик", "гранатомётчик", "гранатометчик", "водитель", "механик", "стрелок",
    "разведчик", "десантник", "танкист", "артиллерист", "морпех", "связист", "погибший",
    "покойный", "бывший", "экс", "известный", "писатель", "журналист", "глава", "депутат",
    "супруг", "супруга", "вдова", "мать", "отец", "сын", "дочь", "брат", "сестра",
    # Ukrainian
    "засуджений", "мобілізований", "військовослужбовець", "уродженець", "уродженка",
    "мешканець", "мешканка", "полонений", "загиблий", "боєць", "рядовий", "єфрейтор",
    "молодший", "старший", "лейтенант", "капітан", "підполковник", "полковник", "окупант",
    "строковик", "призовник", "резервіст", "найманець", "доброволець",
})


#: the words of military ranks ("Ефрейтор Русаков погиб": the rank is no given name)
RANK_WORDS = frozenset(w.replace("ё", "е") for rank in RANKS for w in rank.split()
                       if w.isalpha() and w not in ("армии", "ранга"))


#: a name tag this likely (pymorphy3 score) makes a word a name word ("Герой" is not "Гера")
MIN_SCORE = 0.05


#: abbreviations of ranks and titles written before names ("Гв. мл. сержант")
ABBREVIATIONS = frozenset({"гв", "мл", "ст", "ряд", "ефр", "серж", "лейт", "капт", "подп",
                           "полк", "ген", "майор", "прап", "г-н", "г-жа", "тов",
                           # shortened rank words ("к-н", "с-т", "ст-на")
                           *(w.rstrip(".") for w in RU_SHORT if not w.isalpha())})


def is_name_word(word: str) -> bool:
    """A word that may be part of a person's name (a name-tagged or unknown word, an initial)."""
    return _is_name_word(word, current_language())


@lru_cache(maxsize=100_000)
def _is_name_word(word: str, lang: str) -> bool:
    w = word.rstrip(".")
    if not w or w.lower() in ABBREVIATIONS:
        return False
    if len(w) == 1 or w.lower() in _PARTICLES or not any("а" <= c <= "я" for c in w.lower()):
        return True
    ps = parses(w.lower())
    if not ps or not ps[0].is_known:
        return True
    return any(_NAME_TAGS & p.tag.grammemes and p.score >= MIN_SCORE for p in ps)


#: a man of a unit or a force by its name ("вагнеровец", "ахматовцы", "кадыровца",
#: "вагнерівець", "азовці"): a descriptor, never a surname, also alone at a sentence's start
MEMBER_NOUN = re.compile(
    r"(?:вагнер|ахмат|кадыр|кадир|барс|пригожин|азов|айдар|редут|шторм|донбас)"
    r"(?:ов|ев|ів)?(?:ец|ца|цу|цем|це|цы|цев|цам|цами|цах|ець|цеві|цю|ці|ців|цям|цями|цях)")


def _kind(word: str) -> str:
    """"name"; "descriptor" (a word describing a person, a participle or an adjective);
    "noun" (a person noun that may also be a rare surname: Голубь, Сокол); "other"."""
    return _kind_in(word, current_language())


@lru_cache(maxsize=100_000)
def _kind_in(word: str, lang: str) -> str:
    if DEMONYM_WORD.search(word) and town_of(word) is not None:  # "Улан-удэнец", unknown
        return "descriptor"
    if country_of(word) is not None:  # "Бангладешца Мохаммада Рахмана": a citizen's noun
        return "descriptor"
    if lang == "uk" and demonym_country(word) is not None:  # "Шрі-ланкієць Нуван Сільва"
        return "descriptor"
    if "-" in word and any(p.normal_form.replace("ё", "е") in RANK_WORDS
                           for p in parses(word.split("-")[0].lower())[:2]):
        return "descriptor"  # "Сержант-контрактник Баир Цыренов": a rank and what he was
    if MEMBER_NOUN.fullmatch(word.lower()):
        return "descriptor"  # "Вагнеровец Иван Сомов", "Ахматовцы": a unit's man
    if age_adjective(word):
        return "descriptor"  # "Двадцятишестирічний Нгуема": his age, unknown to the dictionary
    if is_name_word(word):
        return "name"
    if word.lower() in ABBREVIATIONS:
        return "descriptor"
    ps = parses(word.lower())
    if any(p.normal_form.replace("ё", "е") in DESCRIPTORS | RANK_WORDS for p in ps):
        return "descriptor"
    top = ps[0].tag.grammemes
    if {"PRTF", "ADJF"} & top and not {"Poss", "Apro"} & top and not any(
            _NAME_TAGS & p.tag.grammemes for p in ps):  # "Царёв" (possessive), "Том" (a name)
        return "descriptor"
    if "NOUN" in top and "anim" in top and _PERSON_NOUN.search(ps[0].normal_form):
        return "noun"
    return "other"


#: a surname's shape: a possessive suffix (-ов, -ев, -ин…) and perhaps a case ending, Russian
#: or Ukrainian ("Бойцов", "Бойцовым", "Стрелковой", "Стрєлкову", "Мальцевою")
_SURNAME_SHAPE = re.compile(
    r"([а-яёіїєґ'’]+?(?:ов|ев|ёв|єв|ин|ын|ін|їн))"
    r"(?:а|у|е|ы|ым|им|ом|ой|ою|ей|ому|ові|ої|ій|і|ых|их)?")
_INITIAL = re.compile(r"[А-ЯЁІЇЄҐ]\.")


@lru_cache(maxsize=100_000)
def surname_shaped(word: str) -> bool:
    """A capitalised word shaped as a Russian or Ukrainian surname that is no common noun's
    dictionary form: "Бойцов", "Мальцев" and "Героев" (plurals of person nouns as well),
    "Бойцовым", "Стрелковой"; not "Гражданин", "Кемеровчанина", "Осетин"."""
    w = word.rstrip(".")
    m = _SURNAME_SHAPE.fullmatch(w.lower())
    if not m or not w[:1].isupper() or len(w) < 4:
        return False
    base = m.group(1)
    if DEMONYM_WORD.search(w) or country_of(w) is not None:
        return False
    low = w.lower().replace("ё", "е")
    return not any(not {"Surn", "Name", "Patr"} & p.tag.grammemes and (
        p.normal_form.replace("ё", "е") == low or (
            "NOUN" in p.tag.grammemes and p.normal_form.replace("ё", "е") == base.replace(
                "ё", "е"))) for p in parses(w.lower()))  # "Рядовой", "Гражданина"


def _given_or_initial(word: str) -> bool:
    return bool(_INITIAL.fullmatch(word[:2])) or (word[:1].isupper() and _given(word.rstrip(".")))


def noun_surname(word: str, before: str | None, after: str | None) -> bool:
    """A surname-shaped word next to a given name (before it, or after a given name or a
    patronymic): the surname, whatever else pymorphy3 reads it as ("Мальцев Игорь",
    "Бойцовым Игорем", "Олег Стрелков"; not "Героев России", "Добровольцев из Бурятии")."""
    if not surname_shaped(word):
        return False
    if after is not None and _given_or_initial(after):
        return True
    return before is not None and before[:1].isupper() and (
        _given(before.rstrip(".")) or _strong(before, _PATR_TAG) or bool(
            _INITIAL.fullmatch(before[-2:])))


def _lemma_descriptor(word: str) -> bool:
    return not is_name_word(word) and any(
        p.normal_form.replace("ё", "е") in DESCRIPTORS for p in parses(word.lower()))


def _not_a_name(word: str) -> bool:
    """A lone word that names no one: a descriptor or a place name."""
    kind = _kind(word.rstrip("."))
    if MEMBER_NOUN.fullmatch(word.rstrip(".").lower()):
        return True  # "Вагнеровец погиб под Бахмутом": who he was, not his name
    if age_adjective(word):
        return True  # "Сорокатрёхлетний Виталий Гуров": NER's span of his age alone
    if kind in ("name", "noun"):
        return False
    ps = parses(word.rstrip(".").lower())
    top = ps[0]
    if kind == "descriptor" and any(p.normal_form.replace("ё", "е") in RANK_WORDS for p in ps):
        return True  # "Рядовой, в/ч 22179.": a rank alone
    return _lemma_descriptor(word.rstrip(".")) or word.lower() in ABBREVIATIONS or (
        top.score >= 0.5 and bool({"Geox", "PRTF"} & top.tag.grammemes)) or (
        {"ADJF", "plur"} <= top.tag.grammemes and top.is_known)  # "Двоюродные"


#: endings of nouns that name a kind of person (demonyms, trades): "кемеровчанин",
#: "новосибирец", "томичка", "москвич" — not given names that are nouns ("Муху", "Фрица")
_PERSON_NOUN = re.compile(DEMONYM_END + r"$|(?:ец|ист|ник|тель|чик|щик|ка|ица|ант|ент|ор|ер|"
                          r"ач|ич|ок)$")


def _surname_like(word: str) -> bool:
    """A word that can be the surname of a name (not a given name, not a patronymic)."""
    w = word.rstrip(".")
    ps = parses(w.lower())
    if len(w) == 1 or not ps or not ps[0].is_known:
        return len(w) > 1
    if any({"Name", "Patr"} & p.tag.grammemes and p.score >= 0.3 for p in ps):
        return False
    return any("Surn" in p.tag.grammemes for p in ps)


_PLACE_TYPE = re.compile(
    r"(?:(?<!\d)(?<!\d\s)\b(?:г|с|д|п|пос|пгт|ст|х|дер)\.|\b(?:пос[её]лок|село|город|деревня|"
    r"станица|хутор|аул|пгт))\s*$", re.I)
#: one word after an inflected settlement word, perhaps with an adjective of the place's name
#: ("жителя посёлка Маркова", "с. Большое Чурашево") — a place; not after "города" ("мэр
#: города Лужков"), and two words are a person
_PLACE_TYPE_ONE = re.compile(
    r"(?i:(?<!\d)(?<!\d\s)\b(?:г|с|д|п|пос|пгт|ст|х|дер)\.|\b(?:пос[её]л(?:ок|к[аеу])|"
    r"сел[оаеу]|деревн[яиюе]|станиц[аыеу]|хутор[аеу]?|аул[аеу]?|пгт))\s*"
    r"(?:[А-ЯЁ][а-яё]+(?:ое|ая|ий|ый|ой|ее|ие|ые|ого|ей|ом|ую)\s+)?$")
_FROM = re.compile(r"\b(?:из|із|від|зі)\s+$", re.I)
_UK_FROM = re.compile(r"\b(?:із|від|зі|з)\s+$", re.I)
_WITH_OR_FROM = re.compile(r"\b[зс]\s+$", re.I)
_ABLT = re.compile(r"(?:ом|ем|єм|ою|ею|єю|им|ым|ой|ей)$")
#: a preposition of place right before a lone word: "у Соледара", "под Бахмутом", "біля
#: Курахового"
_AT_PLACE = re.compile(r"\b(?:у|под|близ|возле|около|вблизи|неподал[её]ку\s+от|біля|під|"
                       r"поблизу|неподалік\s+від)\s+$", re.I)

_HOME_BEFORE = re.compile(r"\b(?:уроженц?\w*|житель\w*|жительниц\w*|выход(?:ец|ц\w*)\s+из)\s+$",
                          re.I)


def _village_cut(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """"уроженец села Атланаул Шамиль Абдулаевич": after a settlement word, a first word that
    is no given name before one that is names the village; the name starts after it."""
    if not _PLACE_TYPE_ONE.search(text, max(0, span[0] - 30), span[0]):
        return span
    words = list(_WORD.finditer(text, span[0], span[1]))
    if len(words) < 3 or not _given(words[1].group(0)) or _given(words[0].group(0)):
        return span
    return words[1].start(), span[1]


#: a surname that reads as a plural adjective (Гладких, Седых, Черных), in every case alike
_INDECLINABLE_ADJ = re.compile(r"^[А-ЯЁ][а-яё]+(?:их|ых)$")


def _place_name(word: str) -> bool:
    """A word pymorphy3 knows first of all as a place (a country, a town: "Куба", "Непала")."""
    ps = parses(word.lower())
    return bool(ps) and ps[0].is_known and "Geox" in ps[0].tag.grammemes and ps[0].score >= 0.5


def _known_given(word: str) -> bool:
    return any(p.is_known and "Name" in p.tag.grammemes for p in parses(word.lower()))


def _given(word: str) -> bool:
    return any("Name" in p.tag.grammemes and p.score >= 0.3 for p in parses(word.lower()))


#: adjectives said of a person before his name ("Дорогой Иван Петрович"), never his surname
_ADDRESS_ADJECTIVES = frozenset({
    "дорогой", "любимый", "родной", "милый", "светлый", "вечный", "молодой", "юный", "храбрый",
    "отважный", "славный", "верный", "добрый", "настоящий", "бравый", "доблестный", "героический",
    "бессмертный", "незабвенный", "святой", "великий", "старый", "последний", "единственный",
    "новый", "лучший", "простой", "скромный", "дорогий", "любий", "рідний", "світлий",
    "вічний", "молодий", "хоробрий", "славний", "вірний", "добрий", "справжній",
})
#: a man's surname in a consonant, declined as a noun, by case ("Голубом", "Кота")
_NOUN_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"),
                 "ablt": ("ом", "ем"), "loct": ("е",)}


_ADJ_OR_NOUN = frozenset({"ADJF", "NOUN"})


def common_word_surname(word: str, rest: list[str], at_start: bool, entry: bool = False,
                        adjective_only: bool = False) -> bool:
    """A capitalised adjective or common noun next to a given name and a patronymic (or a
    given name alone), agreeing with it in case and gender, is the surname, declined with it:
    "погиб Тихий Дмитрий Андреевич", "похоронили Кота Сергея Рашидовича", "с Голубом
    Ильдаром", "медсестра Луговая Гульнара". At a sentence's start only where the name is a
    list's entry (``entry``: a comma, bracket, dash or the line's end after it: "Тихий Дмитрий
    Андреевич, 1990 г.р."), since any word opening a sentence is capitalised ("Мужественный
    Алексей Викторович погиб", "Могилу Андрея Викторовича …"); never a word that describes a
    person or a place, an address ("Дорогой Иван Петрович"), a plural or neuter ("Похороны",
    "ордена Мужества"), nor a noun of the other gender ("ордена Красной Звезды Андрея")."""
    w = word.rstrip(".")
    if (not rest or len(rest) > 2 or not w[:1].isupper() or not w[1:].islower() or len(w) < 3
            or not _known_given(rest[0]) or (at_start and not entry)
            or (len(rest) == 2 and not _strong(rest[1], _PATR_TAG))):
        return False
    ps = parses(w.lower())
    if not ps or not ps[0].is_known or age_adjective(w) or any(
            p.normal_form.replace("ё", "е") in DESCRIPTORS | RANK_WORDS | _ADDRESS_ADJECTIVES
            or {"PRTF", "Geox", "Apro", "Anum", "Poss", "Name", "Patr"} & p.tag.grammemes
            for p in ps[:3]):
        return False
    top = ps[0].tag.grammemes
    if not _ADJ_OR_NOUN & top or {"plur", "Pltm", "neut"} & top or (
            adjective_only and "ADJF" not in top):
        return False  # "Погиб Алексей …" (a verb), "Похороны", "ордена Мужества"
    if DEMONYM_WORD.search(w) or country_of(w) is not None or MEMBER_NOUN.fullmatch(w.lower()):
        return False
    named = {(str(p.tag.case), str(p.tag.gender)) for p in parses(rest[0].lower())
             if "Name" in p.tag.grammemes and "plur" not in p.tag.grammemes}
    if any(str(p.tag.case) == c and (str(p.tag.gender) == g or "ms-f" in p.tag.grammemes)
           for p in ps[:4] if _ADJ_OR_NOUN & p.tag.grammemes and "plur" not in p.tag.grammemes
           for c, g in named):
        return True
    # "с Голубом Ильдаром": a surname the dictionary reads as another word's form, declined
    # with the given name as a man's noun
    return not at_start and any(
        w.lower().endswith(e) and rest[0].lower().endswith(e)
        for c, _ in named for e in _NOUN_ENDINGS.get(c, ()))


#: after a list entry's name: a comma, a bracket, a dash or the line's end
_ENTRY_AFTER = re.compile(r"[ \t]*(?:[,(—–]|-\s|$)", re.M)


def _spanish_pair(words: list[str]) -> bool:
    """Two Spanish surnames, the first a "son of" one or a common one ("Родригес Кастро",
    "Гарсия Лопес"), and no given name among them."""
    return len(words) == 2 and (spanish_son_of(words[0])
                                or words[0].lower() in SPANISH_SURNAMES) and not any(
        _known_given(w) for w in words)


def _oblique_noun(word: str, kind: str) -> bool:
    """A person's noun in an oblique case ("Санитарке"), or a plural noun of a thing in one
    ("Родинам", "Семьям"): never a surname as written (a surname in the dative is a name's,
    "Морозу Ивану")."""
    ps = parses(word.lower())
    if not ps or surname_shaped(word) or any(
            p.tag.case not in ("datv", "ablt", "loct") or _NAME_TAGS & p.tag.grammemes
            for p in ps):
        return False  # not "Слепцов", "Лапин" (genitives of "слепец", "лапина")
    if kind == "noun":
        return True
    return kind == "other" and all({"NOUN", "inan", "plur"} <= p.tag.grammemes for p in ps)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the name inside ``text[start:end]`` (the span itself if nothing to trim)."""
    words = [(m.start() + start, m.end() + start, m.group(0))
             for m in _WORD.finditer(text[start:end])]
    lo, hi = 0, len(words)
    first = parses(words[0][2].lower()) if words else ()
    if len(words) >= 3 and _HOME_BEFORE.search(text, max(0, start - 30), start) and any(
            "gent" in p.tag.grammemes for p in first) and (not any(
            {"Surn", "nomn"} <= p.tag.grammemes or {"Name", "nomn"} <= p.tag.grammemes
            for p in first) or _a_place(words[0][2])):
        lo = 1  # "Уроженец Энгельса Евгений Шмаков", "житель Серова Юрий Кузнецов": the
        # place is not the name
    while lo < hi - 1:
        kind = _kind(words[lo][2].rstrip("."))
        rest = [w for _, _, w in words[lo + 1 : hi]]
        if lo == 0 and len(rest) >= 2 and _known_given(rest[0]) and _oblique_noun(
                words[lo][2], kind):
            lo += 1  # "Санитарке Ирине Голубь", "Родинам Олександра Кима": a person's or a
            continue  # family's noun in an oblique case before the name, no surname
        if lo == 0 and _surname_after(text, end, rest) and not (
                surname_shaped(words[lo][2]) or _strong(words[lo][2], frozenset({"Surn"}))):
            lo += 1  # "Кузбассовец Денис Олегович | Шмаков": the surname NER left out follows
            continue  # the patronymic; the word before is who he was, whatever it is
        if kind == "noun" and not any(_surname_like(w) for w in rest):
            break
        if kind == "noun" and lo == 0 and _spanish_pair(rest):
            break  # "Юниор Родригес Кастро": a given name before two Spanish surnames
        if _known_given(rest[0]) and _INDECLINABLE_ADJ.search(words[lo][2]) and lo == 0:
            break  # "Гладких Сергея Петровича": a surname in -их/-ых, not an adjective
        if kind == "other" and _known_given(rest[0]) and _place_name(words[lo][2]):
            lo += 1  # "гражданин Республики Куба Рейнальдо …": the country is no name
            continue
        if kind not in ("descriptor", "noun"):
            break
        if lo == 0 and common_word_surname(words[lo][2], rest, _sentence_start(text, start),
                                           bool(_ENTRY_AFTER.match(text, end))):
            break  # "Тихий Дмитрий Андреевич": a surname that is an adjective
        if noun_surname(words[lo][2], None, rest[0]):
            break  # "Мальцев Игорь Андреевич", "Бойцовым Игорем": a surname, not "бойцов"
        lo += 1
    while hi - 1 > lo and _lemma_descriptor(words[hi - 1][2].rstrip(".")) and not noun_surname(
            words[hi - 1][2], words[hi - 2][2], None):  # "Игорь Бойцов"
        hi -= 1
    if not words:
        return start, end
    s, e = words[lo][0], words[hi - 1][1]
    if text[e - 1 : e] == ".":
        e -= 1
    return s, e


_SPLIT = re.compile(r"\s*(?:[^\w\s.'’-]|\s[—–-]\s|\n)\s*")  # a name never runs over a line


_ROMAN = re.compile(r"[IVXLC]+\.?")


_READABLE = re.compile(r"[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]")


def _script(piece: str) -> str:
    """"lat" for a piece written mostly in Latin letters, else "cyr" (a roman numeral or a
    Latin look-alike letter in a Cyrillic word does not make it Latin)."""
    if _ROMAN.fullmatch(piece.strip()):
        return "cyr"
    lat = sum("a" <= c.lower() <= "z" for c in piece)
    cyr = sum("а" <= c.lower() <= "я" or c in "ёіїєґЁІЇЄҐ" for c in piece)
    return "lat" if lat > cyr else "cyr"


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut where it runs over punctuation ("Хитли (Гецлаф", "Овечкин, Фёдоров") or
    from Cyrillic into Latin script ("Джошуа Вольфа (Joshua Wolf")."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SPLIT.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    pieces: list[tuple[int, int]] = []
    for s, e in out:
        words = list(_WORD.finditer(text, s, e))
        if not words:
            continue
        run: list[re.Match[str]] = []
        for w in words:
            word = w.group(0)
            if word.islower() and word.rstrip(".") not in _PARTICLES:
                if run:  # "Тетяною Кузнєцовою з Бєлгорода": a preposition ends the name
                    pieces.append((run[0].start(), run[-1].end()))
                run = []
                continue
            if run and not _ROMAN.fullmatch(word) and _script(word) != _script(
                    run[-1].group(0)):
                pieces.append((run[0].start(), run[-1].end()))
                run = []
            run.append(w)
        if run:
            pieces.append((run[0].start(), run[-1].end()))
    return [cut for s, e in pieces for cut in _case_cut(text, s, e)]


def _name_cases(word: str) -> set[str]:
    return {str(p.tag.case) for p in parses(word.lower())
            if {"Name", "Surn"} & p.tag.grammemes and "plur" not in p.tag.grammemes}


def _case_cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A given name in the nominative after a name in an oblique case is another person:
    "Брат погибшего Рустама Галиева Ильдар", "Мать погибшего Олега Сидорова Анна"."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 3:
        return [(start, end)]
    last = words[-1].group(0)
    if _name_cases(last) != {"nomn"} or not any(
            "Name" in p.tag.grammemes for p in parses(last.lower())):
        return [(start, end)]
    first = words[0].group(0)
    given = {str(p.tag.case) for p in parses(first.lower()) if "Name" in p.tag.grammemes}
    if given and "nomn" not in given and "gent" in given and all(
            "gent" in _name_cases(w.group(0)) for w in words[1:-1]):
        # the given name that opens it is oblique only; its surname agrees with it
        return [(start, words[-2].end()), (words[-1].start(), end)]
    return [(start, end)]


#: most words a name made of two adjacent NER spans may have (no word twice: a headline
#: "Виталий Костомаров Виталий Костомаров" is two namings)
MAX_JOINED = 4


#: a word after these is the name of a namesake ("университета имени Сеченова Борис Изотов")
_NAMED_AFTER = re.compile(r"\b(?:имени|им\.)\s*$", re.I)
_PREV_WORD = re.compile(r"([А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?)\b")


_PATRONYMIC_START = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")
_PATR_TAG = frozenset({"Patr"})


def _strong(word: str, tags: frozenset[str]) -> bool:
    """A word pymorphy3 reads first of all as a name part of ``tags``."""
    ps = parses(word.lower())
    return bool(ps) and any(tags & p.tag.grammemes and p.score >= 0.3 for p in ps)


def _extended(text: str, start: int, end: int,
              others: list[tuple[int, int]]) -> tuple[int, int]:
    """A span grown by a surname or patronymic NER left out next to it ("Морозова Елена"),
    or by the given name before a patronymic it starts with ("житель Ак-Довурака Белек
    Шолбанович Монгуш": natasha reads "Ак-Довурака Белек" as a place)."""
    words = _WORD.findall(text[start:end])
    if len(words) >= 3:
        return start, end
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if (m and words and _PATRONYMIC_START.search(words[0]) and _strong(words[0], _PATR_TAG)
            and _kind(m.group(1)) != "descriptor" and not _a_place(m.group(1))
            and m.group(1).lower() not in text[start:end].lower()):
        return m.start(1), end
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if (m and len(words) == 2 and (_known_given(words[0]) or not any(
            p.is_known for p in parses(words[0].lower())[:3])) and (
                _strong(words[1], _PATR_TAG) or _INITIAL.fullmatch(words[1]))
            and (_kind(m.group(1)) == "name" or _INDECLINABLE_ADJ.search(m.group(1))
                 or _unknown_entry_word(text, m) or noun_surname(m.group(1), None, words[0])
                 or common_word_surname(m.group(1), words, _sentence_start(text, m.start(1)),
                                        bool(_ENTRY_AFTER.match(text, end))))
            and not _a_place(m.group(1)) and m.group(1).lower() not in text[start:end].lower()
            and not _NAMED_AFTER.search(text, max(0, m.start() - 8), m.start())
            and not any(s <= m.start(1) < e for s, e in others)
            and not _surname_after(text, end, words)):
        return m.start(1), end  # "1. Долгих Никита Сергеевич": a list's surname NER left out
        # (also before a given name the dictionary lacks: "1. Очиров Аюр Баирович")
    has_surname = any(_surname_like(w) for w in words)
    if (m and not has_surname and not _NAMED_AFTER.search(text, max(0, m.start() - 8), m.start())
            and not any(s <= m.start(1) < e for s, e in others)
            and _strong(m.group(1), frozenset({"Surn"})) and _kind(m.group(1)) == "name"
            and m.group(1).lower() not in text[start:end].lower()):
        before = text[max(0, m.start() - 2) : m.start()].strip()
        if (before and before[-1] not in ".!?\n«\"") or _ENTRY_OPEN.search(
                text, max(0, m.start(1) - 8), m.start(1)):
            # not the first word of a sentence, or the first of a list's entry ("4. Шмаков
            # Илья, 19 лет")
            start = m.start(1)
    m = _NEXT_WORD.match(text, end)
    if (m and m.group(1).lower() not in text[start:end].lower()
            and _strong(m.group(1), frozenset({"Patr"} if has_surname else {"Patr", "Surn"}))
            and not _strong(text[start:end].split()[-1], frozenset({"Surn"}))
            and _kind(m.group(1)) == "name"):
        end = m.end(1)
    elif (m and len(words) == 2 and not has_surname and m.group(1).lower() not in (
            text[start:end].lower()) and common_word_surname(m.group(1), words, False,
                                                             adjective_only=True)):
        end = m.end(1)  # "о гибели Никиты Андреевича Тихого": a surname that is an adjective
    return start, end


def _surname_after(text: str, end: int, rest: list[str]) -> bool:
    """A given name and a patronymic (``rest``) followed by a surname-shaped word (the third
    of ``rest``, or right after ``end``): the person's surname, not the word before the
    given name."""
    if len(rest) == 3:  # the surname inside the span: "Кузбассовец Денис Олегович Шмаков"
        after: str | None = rest[2]
    else:
        m = _NEXT_WORD.match(text, end)
        after = m.group(1) if m and len(rest) == 2 else None
    return after is not None and _given(rest[0].rstrip(".")) and _strong(
        rest[1], _PATR_TAG) and surname_shaped(after) and _kind(after) == "name"


def _sentence_start(text: str, at: int) -> bool:
    """Nothing but a sentence's end, a line's start or a quote before ``at``."""
    before = text[max(0, at - 3) : at].rstrip()
    return not before or before[-1] in ".!?\n«\"—:"


#: one capital letter: the father's name by its initial ("Гомбоев Жаргал Б.")
_INITIAL = re.compile(r"[А-ЯЁІЇЄҐ]\.?")
#: the start of a list entry: a number or a dash opening its line
_ENTRY_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[—–•▪️-])[ \t]*$")


def _unknown_entry_word(text: str, m: re.Match[str]) -> bool:
    """A word the dictionary does not know opening a list entry before a given name and a
    patronymic: the surname ("1. Очиров Аюр Баирович")."""
    word = m.group(1)
    return word[:1].isupper() and word[1:].islower() and not any(
        p.is_known for p in parses(word.lower())[:3]) and bool(
        _ENTRY_OPEN.search(text, max(0, m.start(1) - 8), m.start(1)))


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent spans parted by blanks only joined: natasha splits "Морозова Елена"."""
    out: list[tuple[int, int]] = []
    trimmed = [trim(text, s, e) for s, e in spans]
    for start, end in sorted(_extended(text, s, e, trimmed) for s, e in trimmed):
        if out and start < out[-1][1]:  # "Артёма" grown by the patronymic of "Сергеевича
            out[-1] = (out[-1][0], max(end, out[-1][1]))  # Гусева": one name
            continue
        gap = text[out[-1][1] : start] if out else "x"
        words = [w.lower() for w in _WORD.findall(text[out[-1][0] : end])] if out else []
        single = min(len(_WORD.findall(text[out[-1][0] : out[-1][1]])),
                     len(_WORD.findall(text[start:end]))) == 1 if out else False
        if not gap.strip() and "\n" not in gap and len(words) <= MAX_JOINED \
                and len(set(words)) == len(words) and single and _one_surname(
                    text, out[-1], (start, end)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _one_surname(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans that together hold at most one surname ("Морозова" + "Елена"), not two
    people side by side ("Сибелиус" + "Том Дэшл")."""
    words = _WORD.findall(text[a[0] : a[1]]) + _WORD.findall(text[b[0] : b[1]])
    if len(words) <= 4 and all(_foreign_word(w) for w in words):
        return True  # "Чаминда" + "Пушпакумара Ратнаяке": a foreign name natasha cut in two
    patronymic = [bool(_PATRONYMIC_START.search(w.lower()) or patronymic_case(w)) for w in words]
    if len(words) == 3 and patronymic in ([False, True, False], [False, False, True]):
        return True  # "Тимура Зокировича" + "Каримова", "Умарова" + "Фаррухджона Ахмадовича":
        # one name with its patronymic second or last, whatever the dictionary knows of it
    return sum(_surname_like(w) for w in words) <= 1


def _foreign_word(word: str) -> bool:
    """A word of more than one letter that the dictionary does not know."""
    w = word.rstrip(".")
    ps = parses(w.lower())
    return len(w) > 1 and (not ps or not ps[0].is_known)


_CLOSE = re.compile(r"\.?\)")


_DISTRICT = re.compile(r"\s+(?:район\w*|кожуун\w*|улус\w*|округ\w*|област\w*|кра[йяюе]\b)",
                       re.I)


def _a_place(word: str) -> bool:
    """A word that may name a place: a town of the table, or a place name for pymorphy3
    ("из Энгельса", "з Бєлгорода"), not a surname alone ("из Сноудена", "с Доренко")."""
    from headcount.extract.places import is_place

    return is_place(word) or any("Geox" in p.tag.grammemes for p in parses(word.lower()))


def _town_not_surname(word: str) -> bool:
    """A town of the reference tables that pymorphy3 does not know as a surname
    ("Соледара", "Бахмутом"; not "Кирова", "Королёва")."""
    from headcount.extract.places import is_place

    return is_place(word) and not any("Surn" in p.tag.grammemes for p in parses(word.lower()))


def _with_latin(text: str, pieces: list[tuple[int, int]]) -> int:
    """"Дэвид Эберсман (David Ebersman)": a Cyrillic name and its Latin spelling in brackets
    (the end of the closing bracket), else 0."""
    if len(pieces) != 2:
        return 0
    (a, b), (c, d) = pieces
    close = _CLOSE.match(text, d)
    if (close and _script(text[a:b]) == "cyr" and _script(text[c:d]) == "lat"
            and text[b:c].strip() == "("):
        return close.end()
    return 0


_THREE = re.compile(r"(?<![\w-])(?=(([А-ЯЁ][а-яё]+)[ \t]+([А-ЯЁ][а-яё]+)[ \t]+"
                    r"([А-ЯЁ][а-яё]+|[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.)))")


#: a lower-case word (a citizen's noun, checked by country_of) and two to four capitalised
#: words after it
_AFTER_CITIZEN = re.compile(r"(?<![\w-])([а-яё]+(?:-[а-яё]+)?)\s+"
                            r"([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){1,3})(?![\w-])")
#: a fate's verb right after a name (an apposition set off by commas between): "И. С. Петров
#: погиб", "А. В. Котов, уроженец Бийска, погиб"
_FATE_NEXT = re.compile(r"(?:\s*,[^,.;:!?\n]{1,60},)?\s+(?:погиб|умер|скончал|пропал|попал|ранен|"
                        r"убит|был\s+(?:убит|ранен|мобилизован|призван)|числится|сдался)",
                        re.I)
#: initials before a capitalised word: "И. С. Петров", "А.В. Голубь", "И. Петров"
_INITIALS_FIRST = re.compile(r"(?<![\w.-])((?:[А-ЯЁ]\.[ \t]?)?[А-ЯЁ]\.[ \t]?)"
                             r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")


def _missed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Full names NER passed over: a surname-shaped word, a given name and a patronymic
    ("Погиб Матросов Игорь Андреевич", "Воинов Олег Петрович"), or two initials and a
    surname ("И. С. Петров погиб", "А. В. Голубь"; one initial before a surname-shaped word:
    "И. Петров"), touching no NER span."""
    out = []
    for m in _AFTER_CITIZEN.finditer(text):
        # "С индийцем Радживом Кумаром Сингхом связь пропала": the words right after a
        # citizen's noun name him, whatever NER took them for (a place)
        if country_of(m.group(1)) is None or not m.group(1)[:1].islower():
            continue
        s0, e0 = m.span(2)
        if any(s < e0 and s0 < e for s, e in spans) or any(
                _a_place(w) for w in m.group(2).split()):
            continue
        out.append((s0, e0))
    for m in _INITIALS_FIRST.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        two = m.group(1).count(".") == 2
        if (surname_shaped(m.group(2)) or (two and not _a_place(m.group(2)))) and (
                _FATE_NEXT.match(text, m.end())):
            # (the subject of a death: not "Стихи М. Ю. Лермонтова", "эксперт В. Баранец
            # прокомментировал гибель лётчиков")
            out.append((m.start(), m.end()))
    for m in _THREE.finditer(text):
        if any(s < m.end(1) and m.start(1) < e for s, e in spans):
            continue
        third = m.group(4)
        if (surname_shaped(m.group(2)) and _known_given(m.group(3)) and _given(m.group(3))
                and ("." in third or (_strong(third, _PATR_TAG)
                     and _PATRONYMIC_START.search(third)))):
            out.append((m.start(1), m.end(1)))
    return out


def _noun_surname_stems(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The stems of surname-shaped words standing as surnames next to a given name in
    ``spans`` ("Бойцов" of "Бойцов Игорь Андреевич")."""
    stems = set()
    for s, e in spans:
        ws = _WORD.findall(text[s:e])
        for i, w in enumerate(ws):
            if noun_surname(w, ws[i - 1] if i else None, ws[i + 1] if i + 1 < len(ws) else None):
                m = _SURNAME_SHAPE.fullmatch(w.rstrip(".").lower())
                if m:
                    stems.add(m.group(1).replace("ё", "е"))
    return stems


def _shape_stem(word: str) -> str | None:
    m = _SURNAME_SHAPE.fullmatch(word.rstrip(".").lower())
    return m.group(1).replace("ё", "е") if m and word[:1].isupper() else None


_CAPITAL_WORD = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?![\w-])")


def _lone_noun_surnames(text: str, spans: list[tuple[int, int]],
                        stems: set[str]) -> list[tuple[int, int]]:
    """Lone mentions of a surname met in full that NER passed over ("Бойцов Игорь
    Андреевич … Бойцов служил …")."""
    return [(m.start(), m.end()) for m in _CAPITAL_WORD.finditer(text)
            if _shape_stem(m.group(0)) in stems
            and not any(s < m.end() and m.start() < e for s, e in spans)]


def person_spans(
    text: str, spans: list[tuple[int, int]], *, alternates: bool = True,
    latin_joined: bool = False,
) -> list[tuple[int, int]]:
    """PER spans of ``text`` with their boundaries repaired (order kept, duplicates dropped).

    A Latin spelling in brackets right after a Cyrillic name ("Джошуа Вольф (Joshua Wolf)")
    is the same person written twice: a naming of its own (factRuEval's convention), one
    span with the Cyrillic name if ``latin_joined`` (Collection5's), or dropped if
    ``alternates=False`` (what the extractor uses).
    """
    out: list[tuple[int, int]] = []
    forces = force_spans(text)
    stems: set[str] = set()
    if not alternates:
        spans = sorted([*spans, *_missed(text, spans)])
    joined = _joined(text, spans)
    if not alternates:
        stems = _noun_surname_stems(text, joined)
        if stems:
            joined = sorted([*joined, *_lone_noun_surnames(text, joined, stems)])
    for start, end in joined:
        pieces = split(text, start, end)
        if not alternates:
            pieces = _round_call_signs(text, pieces)
        close = _with_latin(text, pieces) if latin_joined else 0
        if alternates and close:
            if trim(text, *pieces[0]) == pieces[0]:
                out.append((pieces[0][0], close))  # one naming in two scripts
                continue
            pieces = pieces[:1]
        for i, (s, e) in enumerate(pieces):
            if not alternates and i and not _READABLE.search(text[s:e]) and "(" in text[
                    pieces[i - 1][1] : s]:
                continue  # "Чжан Инъин (章莹颖)": the same name in a script not read
            if (not alternates and i and _script(text[s:e]) == "lat"
                    and _script(text[pieces[i - 1][0] : pieces[i - 1][1]]) == "cyr"
                    and "(" in text[pieces[i - 1][1] : s]):
                continue
            kept = without_forces(text, (s, e), forces)
            if kept is None:
                continue  # "Шторм", "Z", "ЗСУ": a force, no one's name
            span = trim(text, *kept)
            span = _village_cut(text, span)
            if _PLACE_TYPE.search(text, max(0, span[0] - 12), span[0]) or (
                    " " not in text[span[0] : span[1]].strip()
                    and _PLACE_TYPE_ONE.search(text, max(0, span[0] - 30), span[0])):
                continue  # "с. Сукпак", "г. Кызыл", "посёлка Маркова": a place
            word = text[span[0] : span[1]]
            if _WORD.fullmatch(word) and (_a_place(word) or _UK_FROM.search(
                    text, max(0, span[0] - 6), span[0])) and (
                    _FROM.search(text, max(0, span[0] - 6), span[0]) or (
                    _WITH_OR_FROM.search(text, max(0, span[0] - 3), span[0])
                    and not _ABLT.search(word))):
                continue  # "з Бєлгорода", "из Энгельса": where someone is from
            if _WORD.fullmatch(word) and _AT_PLACE.search(text, max(0, span[0] - 12),
                                                         span[0]) and _town_not_surname(word):
                continue  # "погиб у Соледара", "під Курахове": where, not who
            if _WORD.fullmatch(word) and word.isupper() and len(word) <= 4:
                continue  # "ЦРБ", "МЧС", "ДНР": an abbreviation, no one's surname
            if _WORD.fullmatch(word) and _shape_stem(word) in stems:
                pass  # "Бойцов служил …" after "Бойцов Игорь Андреевич": his surname
            elif _WORD.fullmatch(word) and (_not_a_name(word) or _DISTRICT.match(text, span[1])
                                          or _CALL_SIGN_LABEL.fullmatch(word)):
                continue  # one known word that is no name: "Супруга", "Формулы"; "Кызылский
                # кожуун"
            if _WORD.fullmatch(word) and _SENTENCE_START.search(
                    text, max(0, span[0] - 4), span[0]) and _common_word(word) and (
                    word.lower()[:_STEM] not in _stems_elsewhere(text, spans, (start, end))):
                continue  # "Сегодня …", "Хирургу было 64 года": a capital of the sentence
                # (not a name named in full elsewhere: "Шнуров познакомился …")
            if out and _listed_place(text, out[-1], span):
                continue  # "Погиб Иванов Иван, 1990 г.р., Баргузин.": where he was from
            if span not in out:
                out.append(span)
    if not alternates:  # NER may cut at the quotes: "Виктором «" and "Медведевым"
        out = _hyphened_initials(text, _round_call_signs(text, out))
    return out


#: the gap inside initials of a hyphened given name: "Ринчинов Ц.-Д. Б."
_INITIAL_HYPHEN = re.compile(r"\.?-")


def _hyphened_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans NER cut inside hyphened initials ("Ринчинов Ц.-" and "Д. Б.") made one."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _INITIAL_HYPHEN.fullmatch(text, out[-1][1], s) and text[
                out[-1][1] - 1].isupper() and not text[out[-1][1] - 2].isalpha() and text[
                s].isupper() and text[s + 1 : s + 2] == ".":
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


#: a call sign in quotes between a given name and a surname: "Сергей «Малой» Фирсов"
_QUOTED_BETWEEN = re.compile(r"\s*[«\"„“][^«»\"„“”\n]{1,25}[»\"“”]\s*")


def _round_call_signs(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of one name on either side of a call sign in quotes made one span again
    ("Андрей «Шаман» Котов"): the call sign is read apart and left out of the name."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        # the call sign a piece of its own, or no piece at all
        j = next((k for k in (i + 2, i + 1) if k < len(pieces) and _QUOTED_BETWEEN.fullmatch(
            text, pieces[i][1], pieces[k][0])), 0)
        if j and _given(text[pieces[i][0] : pieces[i][1]].split()[-1]) and " " not in text[
                pieces[j][0] : pieces[j][1]].strip():
            out.append((pieces[i][0], pieces[j][1]))
            i = j + 1
            continue
        out.append(pieces[i])
        i += 1
    return out


#: the start of a sentence or a line before a word
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
#: the label of a call sign ("Позывной — «Кирпич»"): a word, nobody's name
_CALL_SIGN_LABEL = re.compile(r"(?:позывно|позивни)\w*", re.I)


#: letters of a word's beginning that stand for its stem
_STEM = 5


def _stems_elsewhere(text: str, spans: list[tuple[int, int]],
                     this: tuple[int, int]) -> set[str]:
    """The word beginnings of every other naming NER found in ``text``."""
    return {w.lower()[:_STEM] for s, e in spans if (s, e) != this
            for w in _WORD.findall(text[s:e])}


def _common_word(word: str) -> bool:
    """A word pymorphy knows with no reading as a name nor in the nominative (an adverb, a
    noun in an oblique case): capitalised only by the sentence. A lone surname opening a
    sentence is its subject ("Флинт родился …")."""
    if _kind(word) != "other":
        return False
    ps = parses(word.lower())
    return bool(ps) and ps[0].is_known and not any(
        (_NAME_TAGS | {"nomn"}) & p.tag.grammemes for p in ps)


#: what may stand between a full name and the place of a list entry: commas, dates, the
#: birth-year markers ("Доржиев Аюр Аюрович, 20.12.1992 г.р., Агинское")
_ENTRY_GAP = re.compile(r"\.?\s*,(?:[\s\d.,/()–—-]|\b(?:г|гг|р|н|года?|рожд\w*|рождения|"
                        r"народження|"
                        # the entry's fate and its date: "…, погиб 02.01.2024, Клещеевка."
                        r"погиб\w*|умер\w*|ум|скончал\w*|загину\w*|загинул\w*|помер\w*)"
                        r"\b\.?)*$", re.I)
_ENTRY_END = re.compile(r"\s*(?:[.;,)]|$)", re.M)


def _listed_place(text: str, name: tuple[int, int], span: tuple[int, int]) -> bool:
    """A lone word in the slot after a full name in a list entry — after a comma, maybe
    a birth date, and before the end of the entry — that names a place: a date comes
    between, or it is a place name (the reference tables, pymorphy3's Geox) or a word
    pymorphy3 does not know ("…, 1998 г.р., Хайыракан.", "Будаев Баир, Усть-Кяхта.")."""
    word = text[span[0] : span[1]]
    gap = text[name[1] : span[0]]
    if (not _WORD.fullmatch(word) or "\n" in gap or len(gap) > 40
            or len(_WORD.findall(text[name[0] : name[1]])) < 2
            or not _ENTRY_GAP.match(gap) or not _ENTRY_END.match(text, span[1])):
        return False
    if any(c.isdigit() for c in gap):
        return True
    ps = parses(word.lower())
    if "Surn" in ps[0].tag.grammemes and ps[0].score >= 0.5 and not any(
            "Geox" in p.tag.grammemes for p in ps):
        return False  # "Погибли Сергей Петров, Иванов и …": a surname first of all
    return _a_place(word) or not ps[0].is_known
