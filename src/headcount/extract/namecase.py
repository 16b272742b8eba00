"""A Russian personal name as written → its parts in the nominative.

"Ивана Сергеевича Петрова" → (Петров, Иван, Сергеевич); "Петровой Анне" →
(Петрова, Анна); "Рахимова Фарруха Ильхом угли" → (Рахимов, Фаррух, Ильхом угли).
Central Asian and Azerbaijani patronymics (оглы, угли, улы, уулу, кызы, гызы,
кизи) are kept with the father's name as written. Words pymorphy does not know
as names are kept as written, so a foreign name rendered in Russian stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from headcount.extract.morph import current_language, parses
from headcount.extract.namestems import skeleton, stem

PARTICLES = frozenset({"оглы", "оглу", "огли", "угли", "угли́", "улы", "уулу", "кызы", "гызы",
                       "кизи", "кыз"})
FEMALE_PARTICLES = frozenset({"кызы", "гызы", "кизи", "кыз"})
#: a patronymic's ending, Russian or Ukrainian (Петрович, Петровичем, Петровичі; Петровна,
#: Петрівна, Олексіївни, Іллівною)
_PATR = re.compile(r"(?:ович|евич|ьич|ич)(?:а|у|ем|е|і)?$|"
                   r"(?:овн|евн|ичн|івн|ївн)(?:а|ы|е|у|ой|ою|и|і)$")
#: initials of a hyphened given name ("Ц.-Д." of Цырен-Доржи), dots inside kept
_HYPHENED_INITIALS = re.compile(r"[^\W\d_]\.?-[^\W\d_]")
#: a reading scored below this share of a word's likeliest one does not vote
_RARE = 0.1
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@dataclass(frozen=True)
class NameParts:
    surname: str = ""
    given: str = ""
    patronymic: str = ""
    sex: str = ""  # "M", "F" or ""
    case: str = ""  # the case the name was written in
    initials: bool = False

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.surname, self.given, self.patronymic) if p)

    @property
    def surname_key(self) -> str:
        return _key(self.surname)

    @property
    def given_key(self) -> str:
        return _key(self.given)


def _key(word: str) -> str:
    """Gender- and case-free key of a surname or given name: "Петрова" → "петров"."""
    low = word.lower().replace("ё", "е")
    if not low or " " in low or not any("а" <= c <= "я" for c in low):
        return low
    for p in parses(low):
        if "Surn" in p.tag.grammemes or "Name" in p.tag.grammemes:
            return p.normal_form.replace("ё", "е")
    return low


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


#: endings of Ukrainian and Russian surnames in any case, for words the dictionary guesses
_UK_SURNAME = re.compile(r"(?:ов|ев|єв|ін|їн|ин|енк|чук|юк|ук|ськ|цьк|ич|ак|як)\w{0,3}$|"
                         r"(?:ко|ка)$")


def _options(word: str, tag: str) -> dict[tuple[str, str], float]:
    """(case, gender) → score of ``word``'s parses carrying ``tag`` (Name, Surn, Patr)."""
    out: dict[tuple[str, str], float] = {}
    guessed = current_language() == "uk"  # Ukrainian guesses "Surn" for any unknown word
    for p in parses(word.lower()):
        if guessed and not p.is_known and (tag == "Name" or not _UK_SURNAME.search(
                word.lower())):
            continue  # "Суман", "Перера" are no surnames by their ending, nor known names
        # a vocative is never how news writes a name ("Гилёв" is no vocative of "Гилёва")
        if tag in p.tag.grammemes and "plur" not in p.tag.grammemes and p.tag.case != "voct":
            g = p.tag.grammemes
            gender = "masc" if "masc" in g else "femn" if "femn" in g else "ms-f"
            key = (str(p.tag.case), gender)
            out[key] = out.get(key, 0.0) + p.score
    return out


def _role(word: str) -> str:
    low = word.lower()
    if _PATR.search(low) and (_options(word, "Patr") or fathers_given(low)):
        return "patr"
    name, surn = _options(word, "Name"), _options(word, "Surn")
    if name and (not surn or sum(name.values()) >= sum(surn.values())):
        return "name"
    if surn:
        return "surn"
    return "?"


#: a patronymic's suffix in any case, the Ukrainian "-євич" too ("Доржиєвич", "Цыреновича")
_PATR_UNKNOWN = re.compile(r"[^\W\d_]{2,}(?:ович|евич|євич|ьович|йович)(?:а|у|ем|е|і|ом)?$|"
                           r"[^\W\d_]{2,}(?:овна|евна|івна|ївна|євна)(?:ы|е|у|ой|ою|и|і)?$")
#: a patronymic in the nominative: the father's given name + its suffix
_PATR_NOMN = re.compile(r"(?:ович|евич|ьич|івна|ївна|овна|евна)$")


def fathers_given(low: str) -> bool:
    """``low`` is a nominative patronymic made from a given name the dictionary knows
    ("володимирович" from "володимир", "олексіївна" from "олексій", "сергеевич" from
    "сергей"), though the dictionary itself does not tag it a patronymic."""
    m = _PATR_NOMN.search(low)
    if not m:
        return False
    stem = low[: m.start()]
    if m.group().startswith(("ї", "ь")) or stem.endswith(("е", "і", "ї", "о", "а")):
        stems = (stem + "й", stem + "ь")
    else:
        stems = (stem, stem + "ь")  # "Ігорович", "Игоревич" (стем "игор" → "игорь")
    return any(_known_given(s) or _untagged_given(s) for s in stems if len(s) > 2)


def _untagged_given(word: str) -> bool:
    """A Ukrainian given name the dictionary knows only as an animate noun without the
    name tag ("володимир", "богдан")."""
    return current_language() == "uk" and any(
        p.is_known and {"NOUN", "anim", "masc"} <= p.tag.grammemes and p.tag.case == "nomn"
        for p in parses(word))


def _inflect(word: str, tag: str, case: str, gender: str, loose: bool) -> str:
    if case == "nomn" or not case:
        return _cap(word)
    low = word.lower()
    # Ukrainian "Кирила" is of "Кирило" before the Russian "Кирил" (and "Марка" of "Марко")
    uk_name = tag == "Name" and current_language() == "uk"
    for p in sorted(parses(low), key=lambda p: ("Fixd" in p.tag.grammemes, not (
            uk_name and p.normal_form.endswith("о")))):
        g = p.tag.grammemes
        if tag not in g and not p.is_known and current_language() == "uk":
            continue  # a guess from a Ukrainian ending: "Очирова" is no "Очирів"
        if tag == "Surn" and not p.is_known and current_language() == "uk" and \
                _UK_RU_SURNAME.search(low):
            continue  # a guess declines "Балданова" as "Балданів": read by its suffix
        ok_tag = tag in g or (loose and "NOUN" in g and "Geox" not in g)
        if ok_tag and p.tag.case == case and "plur" not in p.tag.grammemes and (
            gender in ("", "ms-f") or gender in p.tag.grammemes or "ms-f" in p.tag.grammemes
        ):
            if "Fixd" in p.tag.grammemes:
                return _cap(word)
            form = p.inflect({"nomn"})
            if not form:
                return _cap(word)
            return _cap(form.word if "ё" in low else form.word.replace("ё", "е"))
    return _cap(word)


def parse_name(words: list[str], context: tuple[str, str] | None = None,
               gender: str = "", given_first: bool = False) -> NameParts:
    """Split and normalise the words of one name (punctuation and initials' dots removed).

    ``gender`` ("masc" or "femn"): read the name in that gender where its words allow
    (the sex the rest of the text gives the person: "о гибели Виталия Гусева" is not
    a woman when "Виталий Сергеевич Гусев" follows). ``given_first``: a two-word foreign
    name is written given name first, whatever the dictionary knows of its words (a South
    Asian "Сурендра Кумара": "Кумара" is no genitive of the given name "Кумар")."""
    words = [w.strip(".") for w in words if w.strip(".")]
    if not words:
        return NameParts()
    # fold particles into the preceding word: the father's name + оглы
    merged: list[str] = []
    particle_at = -1
    for w in words:
        if w.lower() in PARTICLES and merged:
            merged[-1] = f"{merged[-1]} {w.lower()}"
            particle_at = len(merged) - 1
        else:
            merged.append(w)
    initials = [((len(w) == 1 and w.isupper()) or bool(_HYPHENED_INITIALS.fullmatch(w)))
                and len(words) > 1 for w in merged]
    roles = [
        "patr" if i == particle_at else ("init" if initials[i] else _role(w))
        for i, w in enumerate(merged)
    ]
    if (len(merged) == 3 and "patr" not in roles and "init" not in roles
            and _PATR_UNKNOWN.search(merged[2].lower()) and roles[1] != "surn"
            and roles[0] != "name" and (_RU_SURNAME.search(merged[0].lower())
                                        or _UK_NOM_SURNAME.search(merged[0].lower()))):
        # "Цибікжапов Баїр Доржиєвич", "Дашиев Баир Цыренович": a surname, a given name, and
        # a patronymic made from a given name the dictionary lacks
        roles[2] = "patr"
    if (len(merged) == 3 and "patr" not in roles and "init" not in roles
            and _PATR_UNKNOWN.search(merged[1].lower()) and roles[0] != "surn"
            and not _PATR_UNKNOWN.search(merged[2].lower())):
        # "Ільдара Рамилевича Галімова": a given name, a patronymic made from a given name the
        # dictionary lacks, a surname
        roles[1] = "patr"
    surname = given = patr = ""
    si = gi = pi = -1
    if particle_at == len(merged) - 1 == 1:
        # "Эрлан Мамытбек уулу": the father's name with its particle is the only surname
        si, gi = 1, 0
    elif "patr" in roles:
        pi = roles.index("patr")
        gi = pi - 1 if pi >= 1 else -1
        rest = [i for i in range(len(merged)) if i not in (pi, gi)]
        si = rest[0] if rest else -1
    elif len(merged) == 1:
        lone_given = roles[0] == "surn" and not context and any(
            p.is_known and {"Name", "nomn"} <= p.tag.grammemes for p in parses(
                merged[0].lower())) and not any(
            {"Surn", "nomn"} <= p.tag.grammemes for p in parses(merged[0].lower()))
        if roles[0] == "name" or lone_given or (
                roles[0] == "surn" and context and context[1] and context in (
                _options(merged[0], "Name")) and context not in _options(merged[0], "Surn")):
            # ("Ганна" alone, no word before saying its case: a woman's given name, not the
            # genitive of a surname "Ганн")
            # "54-річна Ганна": the words before read it as a woman's given name in the
            # nominative, not as the genitive of a man's surname "Ганн"
            gi = 0
        else:
            si = 0
    elif len(merged) == 2:
        known = [_known_given(w) for w in merged]
        given_first = given_first and "init" not in roles and not any(
            _RU_SURNAME.search(w.lower()) or _known_surname(w) for w in merged)
        by_form = [_surname_by_form(w) for w in merged]
        if given_first:
            gi, si = 0, 1
        elif "init" not in roles and by_form.count(True) == 1:
            # "Монгуш Айдыс", "Айдысу Монгушу", "Чавчавадзе Буян": a Tuvan surname or a
            # Georgian one in -дзе, -швили is the surname whatever the dictionary makes of the
            # other word
            si = by_form.index(True)
            gi = 1 - si
        elif "init" not in roles and known[0] != known[1]:
            # "Шевчук Роман", "Роман Шевчук": the word the dictionary knows as a given name
            # is the given name, whatever a guess makes of the other ("Тендай Мусекива")
            gi = known.index(True)
            si = 1 - gi
            if (context is None or context[0] == "nomn") and not _ever_nominative_sing(
                    merged[gi]) and _nominative_given_sing(merged[si]):
                # "Погиб Рамеш Раи": "Раи" is a given name only in the genitive ("Рая"), and
                # the other word reads as a given name in the nominative: a foreign name
                # written given name first
                gi, si = si, gi
        elif "init" not in roles and not any(known) and not any(
                _known_surname(w) for w in merged) and bool(
                _POSSESSIVE_FORM.search(merged[0].lower())) != bool(
                _POSSESSIVE_FORM.search(merged[1].lower())):
            # "о гибели Юлдашева Дилшода", "Шарипзода Фаррухджона": two words the dictionary
            # does not know, one with a surname's -ов/-ев or -зода in any case, whatever the
            # guesses make of them
            si = 0 if _POSSESSIVE_FORM.search(merged[0].lower()) else 1
            gi = 1 - si
        elif "init" not in roles and not any(known) and "?" in roles and not any(
                _RU_SURNAME.search(w.lower()) for w in merged) and not any(
                _known_surname(w) for w in merged):
            gi, si = 0, 1  # two words it does not know: given name first ("Тендай Мусекива")
        elif roles[0] in ("name", "init") and roles[1] != "name":
            gi, si = 0, 1
        elif roles[1] in ("name", "init") and roles[0] != "name":
            si, gi = 0, 1
        elif "init" not in roles and not any(known) and "name" not in roles and bool(
                _RU_NOM_SURNAME.search(merged[0].lower())) != bool(
                _RU_NOM_SURNAME.search(merged[1].lower())):
            # "Саян Намжилов": the word with a Russian surname's ending is the surname,
            # whatever the dictionary guesses of the other ("Саян": the mountains)
            si = 0 if _RU_NOM_SURNAME.search(merged[0].lower()) else 1
            gi = 1 - si
        elif roles[0] != roles[1] and "surn" in roles and "name" not in roles and not (
                _options(merged[roles.index("surn")], "Name")):
            si = roles.index("surn")  # "Назаров Фирдавс": a word known only as a surname
            gi = 1 - si
        elif roles == ["?", "?"] and bool(_RU_SURNAME.search(merged[0].lower())) != bool(
                _RU_SURNAME.search(merged[1].lower())):
            si = 0 if _RU_SURNAME.search(merged[0].lower()) else 1  # "Холов Фирдавс"
            gi = 1 - si
        else:
            gi, si = 0, 1
    elif all(r == "init" for r in roles[:-1]):
        si, gi, pi = len(merged) - 1, 0, 1
    elif all(r == "init" for r in roles[1:]):
        si, gi, pi = 0, 1, 2
    elif len(merged) == 3 and roles[2] == "init" and "init" not in roles[:2]:
        # "Гомбоев Жаргал Б.": a surname and a given name, the father's name by its initial
        # (the given name first where only it is known as one: "Жаргал Гомбоев Б.")
        first_given = _known_given(merged[0]) and not _known_given(merged[1])
        si, gi, pi = (1, 0, 2) if first_given else (0, 1, 2)
    else:  # foreign names: the last word is the surname, the rest kept whole as given names
        si = len(merged) - 1
    hint = ""
    if particle_at >= 0:
        hint = "femn" if merged[particle_at].rpartition(" ")[2] in FEMALE_PARTICLES else "masc"
    case, gender = _agree(merged, roles, si, gi, pi, hint, context, gender)
    if case in ("", "nomn") and pi >= 0 and roles[pi] == "patr" and pi != particle_at:
        # "Баїра Доржиєвича Циренова": a patronymic the dictionary lacks says the case by its
        # ending where nothing else does
        case, gender = patronymic_case(merged[pi]) or (case, gender)
    taken_over = context is not None and not context[1] and case == context[0] != "ablt"
    if (case in ("", "nomn") or taken_over) and "init" not in roles and "patr" not in roles:
        by_endings = _case_by_endings(merged)
        if by_endings and (case in ("", "nomn") or by_endings == "ablt"):
            # "назвался Абдирахманом Мохамедом Фарахом": every word says it; also over a
            # case the word before only guessed ("з сержантом бригади Баїром Циреновим":
            # not the genitive of "бригади")
            case, gender = by_endings, gender or "masc"
    tuvan = _tuvan_case(merged[si]) if si >= 0 else ""
    if tuvan and (case in ("", "nomn") or not gender):
        case, gender = tuvan, "masc"  # "Монгушу Айдысу": only a man's Tuvan surname declines
    if case == "gent" and not gender and 0 <= gi != si >= 0 and roles[gi] != "init" and (
            merged[gi][-1:] in ("а", "я") and merged[si][-1:] in ("ы", "и")):
        # "Тело Рама Тапы": a given name in -а beside a surname in -ы is a man's genitive (a
        # woman's given name would be in -ы too)
        gender = "masc"
    loose = case not in ("", "nomn")
    if loose and not gender and si >= 0 and roles[si] == "?" and any(
            merged[si].endswith(end) for end in _CONSONANT_ENDINGS.get(case, ())):
        gender = "masc"  # "о гибели Ахмада Шаха Масуда": a foreign name declined as a man's
    if si >= 0:
        surname = _inflect(merged[si], "Surn", case, gender, loose and roles[si] != "?")
        adjectival = adjectival_nominative(merged[si], case, gender) if loose else ""
        if not adjectival and case in ("datv", "loct") and loose:
            # "о Никите Сыроватском": the given name's dative and locative are one form
            adjectival = adjectival_nominative(
                merged[si], "loct" if case == "datv" else "datv", gender)
        if adjectival and (surname == _cap(merged[si]) or not any(
                p.is_known for p in parses(merged[si].lower()))):
            # "Гречаному", "Сыроватском", "Задорожную", "Гречаной" (not "Гречана"): a surname
            # that declines as an adjective, before a guess that declines it as a noun
            surname = adjectival
        if surname == _cap(merged[si]) and gender == "masc" and loose:
            # "Ковальком", "Жучка", "Соловьём", "Шевця": a surname that is a noun
            surname = noun_nominative(merged[si], case) or surname
        if surname == _cap(merged[si]) and gender in ("masc", "femn") and loose:
            surname = a_noun_nominative(merged[si], case) or surname  # "Сорокой", "Дзюбу"
        if surname == _cap(merged[si]) and gender == "femn" and loose:
            # "Водкиной", "Лукашову": a woman's possessive surname the dictionary lacks
            fem = _FEM_POSSESSIVE.search(merged[si].lower())
            if fem and case in _FEM_POSSESSIVE_CASES.get(fem.group(1), ()):
                surname = _cap(merged[si][: fem.start(1)] + "а")
        if surname == _cap(merged[si]) and gender == "masc":
            surname = _suffix_nominative(surname, case)
            if surname == _cap(merged[si]) and (_foreign(merged[si]) or roles[si] == "?"):
                surname = _foreign_nominative(surname, case)
                if surname == _cap(merged[si]):  # "Мусекивы", "Перейрой" → -а
                    surname = _a_nominative(surname, case)
    if si >= 0 and loose and roles[si] == "?" and len(merged) > 1 and surname == _cap(
            merged[si]) and _foreign(merged[si]):
        # "с Бишну Тхапой", "о гибели Рам Бахадура Тхапы": a foreign name in -а, whoever's,
        # in the case its given names or the words before say (a name in a consonant never
        # ends so in it)
        surname = _a_nominative(surname, case)
    if (si >= 0 and case == "gent" and len(merged) > 1 and gender != "femn"
            and merged[si][-1:] in ("у", "ю") and _foreign(merged[si])):
        # "похоронили непальца Прадипа Тхапу": a man's genitive in a consonant is his
        # accusative too, and a foreign name in -а takes -у in it
        surname = _surname_a_nominative(_cap(merged[si]), case)
    if given_first and case in _A_ENDINGS and gender != "femn" and surname == _cap(merged[si]):
        # "Сурендру Кумару", "Бишну Тхапой": a man's foreign name in -а declined
        surname = _a_nominative(surname, case)
    if si >= 0 and loose and _HYPHENED.fullmatch(merged[si]) and " " not in merged[si]:
        # "Петрова-Водкина", "Петровой-Водкиной": each part of a double-barrelled surname
        # declined on its own
        halves = merged[si].split("-")
        parts = [next((x for x in (p.surname, p.given) if x), _cap(w))
                 for w in halves for p in [parse_name([w], (case, gender), gender)]]
        if all(len(w) > 3 for w in halves) and parts[-1] != _cap(halves[-1]):
            surname = "-".join(parts)  # not "Бонч-Бруевичем" (its last part alone is read as
            # no name), "Абу-Бакра": those stay read as one word
    if si >= 0 and _INDECLINABLE_SURNAME.search(merged[si].lower()):
        surname = _cap(merged[si])  # "Давиду Чавчавадзе", "Георгия Мамиашвили": as written
    zoda = _ZODA.search(merged[si].lower()) if si >= 0 else None
    if zoda:
        # "Шарипзода", "похоронили Ильхома Шарипзоду": a Tajik surname in -зода, which lists
        # leave undeclined and news decline as -а
        surname = _cap(merged[si][: zoda.start()] + "зода")
    if si == particle_at >= 0:
        surname = merged[si][:1].upper() + merged[si][1:]
    if gi >= 0:
        given = _inflect(merged[gi], "Name", case, gender, loose) if roles[gi] != "init" else (
            merged[gi] + "."
        )
        if given == _cap(merged[gi]) and gender == "femn" and loose and _foreign(merged[gi]):
            # "снайперку Гульнару Мінніханову": a woman's given name the dictionary does not
            # know, declined in -а
            given = _a_nominative(given, case)
        if given == _cap(merged[gi]) and gender == "masc" and (
                _foreign(merged[gi]) or (roles[gi] == "?" and loose)):
            # "Прадипа", and "у гражданина Непала Рама Тапы": a word the dictionary knows as
            # no name ("рама") in a man's oblique case is a foreign given name declined
            given = _foreign_nominative(given, case)
        if given_first and case in _A_ENDINGS and gender != "femn":
            given = _a_nominative(_cap(merged[gi]), case) if _a_nominative(
                _cap(merged[gi]), case) != _cap(merged[gi]) else given
    elif si == len(merged) - 1 and len(merged) > 2 and "patr" not in roles:
        given = " ".join(_given_part(w, case, gender) for w in merged[:-1])
        first, _, second = given.rpartition(" ")
        if first and (_first_surname(merged[-2], second, case) or _o_surname(merged, second)):
            # "Йоэль Родригес Перес" ("Йоэля Родригеса Переса"), "Рейнальдо Куэста Ольмедо",
            # "Родриго Алвесом Перейрой": a double surname
            if surname == _cap(merged[si]) or (case == "gent" and merged[si][-1:] in "ую"):
                # "похоронили Луиса Альберто Переса Мору", "о гибели Хорхе Гонсалеса Ривы": the
                # second surname in -а declined as a man's (beside a genitive, -у is no dative)
                surname = _surname_a_nominative(_cap(merged[si]), case)
            surname, given = f"{_surname_a_nominative(second, case)} {surname}", first
    if si == len(merged) - 1 and len(merged) > 2 and gi < 0 and "patr" not in roles:
        k = si
        while k > 1 and merged[k - 1].lower() in SURNAME_PREFIXES:
            k -= 1
        if k < si:  # "Хуан Карлос де ла Крус", "Ахмед Бен Салем": the particles open the surname
            surname = " ".join([*merged[k:si], surname])
            given = " ".join(given.split()[:k])
    nasab = next((i for i, w in enumerate(merged[:si]) if w.lower() in _NASAB and i), -1)
    if 0 < nasab < si - 1 and not patr and pi < 0 and gi < 0 and not any(
            w.lower() in ("аль", "ал", "эль") for w in merged[nasab + 1 : si]):
        # "Мухаммад бин Халид аль-Хасан": "бин Халид" (son of Халид) is the patronymic
        given = " ".join(given.split()[:nasab])
        patr = " ".join([merged[nasab].lower(), *(_cap(w) for w in merged[nasab + 1 : si])])
    if pi >= 0 and pi != si:
        if pi == particle_at:
            father, _, particle = merged[pi].rpartition(" ")
            patr = f"{_cap(father)} {particle}"
            gender = "femn" if particle in FEMALE_PARTICLES else "masc"
        elif roles[pi] == "init":
            patr = merged[pi] + "."
        else:
            patr = _inflect(merged[pi], "Patr", case, gender, False)
            if patr == _cap(merged[pi]) and loose:
                patr = patronymic_nominative(patr)  # "Рамилевича" → "Рамилевич"
    if case in ("", "nomn") and particle_at < 0 and "patr" not in roles and (
            "init" not in roles) and spanish_surname_first(merged):
        # "Гарсия Лопес Хуан", "Мартинес Санчес Хосе Антонио": a double surname first, as
        # lists and cards write it
        surname = f"{_cap(merged[0])} {_cap(merged[1])}"
        given = " ".join(_cap(w) for w in merged[2:])
        gender = "masc"
    if len(merged) == 2 and case in ("", "nomn") and "init" not in roles and (
            _double_spanish(merged)):
        # "24-летний Перес Агилар ранен": a Spanish double surname alone, no given name
        surname, given, gender = f"{_cap(merged[0])} {_cap(merged[1])}", "", "masc"
    sex = {"masc": "M", "femn": "F"}.get(gender, "")
    return NameParts(surname, given, patr, sex, case, any(initials))


_PATR_CASE = re.compile(r"(?:ович|евич|євич)(а|у|ем|е|і)$|"
                        r"(?:овн|евн|івн|ївн|євн)(ы|е|у|ой|ою|и|і)$")


_PATR_CASES = {"а": "gent", "у": "datv", "ем": "ablt", "і": "loct", "е": "loct"}
_PATR_CASES_F = {"ы": "gent", "и": "gent", "е": "datv", "і": "datv", "у": "accs", "ой": "ablt",
                 "ою": "ablt"}


def _given_part(word: str, case: str, gender: str) -> str:
    """One of a foreign name's given names, in the nominative."""
    if not _options(word, "Name"):
        return _foreign_nominative(_cap(word), case) if gender == "masc" else _cap(word)
    out = _inflect(word, "Name", case, gender, False)
    if (gender == "masc" and word.lower().endswith("и") and out.lower() != word.lower()
            and out.lower().endswith(("а", "я")) and not _known_given(word)
            and not _known_given(out)):
        # "Йосвани Эрнандеса Кастильо": a man's foreign name in -и does not decline; read as
        # the genitive of a name in -я it would be no name at all ("Йосваня")
        return _cap(word)
    return out


def patronymic_case(word: str) -> tuple[str, str] | None:
    """(case, gender) a patronymic's oblique ending says ("Доржиєвича": genitive, his)."""
    m = _PATR_CASE.search(word.lower())
    if m is None:
        return None
    if m.group(1):
        return _PATR_CASES[m.group(1)], "masc"
    return _PATR_CASES_F[m.group(2)], "femn"


def patronymic_nominative(word: str) -> str:
    """A patronymic the dictionary does not know, in an oblique case, back to the nominative
    by its suffix: "Рамилевича" → "Рамилевич", "Рамилевны" → "Рамилевна"."""
    m = _PATR_CASE.search(word)
    if m is None:
        return word
    if m.group(1):
        return word[: m.start(1)]
    return word[: m.start(2)] + "а"


def _double_spanish(words: list[str]) -> bool:
    """Two Spanish surnames and nothing else ("Перес Агилар", "Гарсия Лопес", "Родригес
    Фонсека"): the first a "son of" surname, the second a Spanish surname no given name."""
    first, second = (w.lower() for w in words)
    return bool(_PATRONYMIC_SURNAME.search(first) or first in _SURNAMES_AS_GIVEN) and (
        second in SPANISH_SURNAMES or bool(_PATRONYMIC_SURNAME.search(second))) and not (
        _known_given(words[1]))


#: Spanish surnames the dictionary also knows as given names ("Гарсия")
_SURNAMES_AS_GIVEN = frozenset({"гарсия", "гарсія", "гарсиа", "гарсіа", "мартинес", "мартінес",
                                "санчес", "фернандес", "гонсалес", "родригес", "родрігес",
                                "перес"})


#: common Spanish surnames in Cyrillic (Russian and Ukrainian spellings) that do not end like
#: a "son of" surname: a name that ends with one is written given name first ("Дайрон Перес
#: Агилар", "Йоандри Гарсия Кастро")
_SPANISH_SURNAME_WORDS = (
    "агилар агілар салазар кастро кастильо кастільо ривера рівера морено рамос "
    "ромеро эррера еррера медина варгас рохас мендоса мендоза гусман кабрера "
    "фуэнтес фуентес понсе пенья ортис ортіс крус флорес фльорес эспиноса еспіноса фигероа "
    "фігероа бетанкур кинтеро кінтеро акоста мехия мехія суарес дельгадо торрес "
    "мора ортега молина гильен гільєн фонсека пупо тамайо ороско орозко эстрада "
    "естрада контрерас герреро херрера альварадо сантана лейва кордова "
    "кордоба сото пачеко кальдерон бланко наварро серрано")
SPANISH_SURNAMES = frozenset(_SPANISH_SURNAME_WORDS.split())


#: Spanish given names the dictionary knows as surnames or not at all (Cyrillic, Russian and
#: Ukrainian spellings), those in -о among them (a surname in -о is more often: Пердомо,
#: Кастильо, Мачадо)
_SPANISH_GIVEN_CYR_WORDS = (
    "карлос луис луіс хуан хосе хосе-луис хорхе мигель мігель андрес андрес-фелипе фелипе "
    "феліпе уго диего дієго хесус рауль рамон йоэль йоель йосвани йосвані дайрон "
    "йоандри йоандрі алексис алексіс эрнесто ернесто орландо ласаро лазаро лисандро "
    "хулио хуліо серхио серхіо рикардо рікардо фернандо армандо альберто альфредо "
    "яндиер яндієр юниор юніор йордан оскар густаво мануэль мануель "
    "адольфо алехандро альваро альфонсо ансельмо бернардо гильермо гонсало данило "
    "доминго леандро леонардо лоренцо марио марсело модесто освальдо пабло педрито педро "
    "рамиро рейнальдо роберто родольфо сантьяго федерико франко франсиско хайро хасинто "
    "хенаро хорхито хуанито эдуардо")
_SPANISH_GIVEN_CYR = frozenset(_SPANISH_GIVEN_CYR_WORDS.split())


def _spanish_given(word: str) -> bool:
    return word.lower() in _SPANISH_GIVEN_CYR or _known_given(word)


def spanish_surname_first(words: list[str]) -> bool:
    """A Spanish double surname written before the given names: one of the two first words
    is a "son of" surname in -ес/-ез ("Лопес", "Перес"), the first is no given name
    ("Хуан Перес Гарсия" is given first), and the last is a given name, not a surname
    ("Хуан", "Хосе Антонио", "Дайрон"; not "Родригес")."""
    if len(words) < 3:
        return False
    low = [w.lower() for w in words]
    if len(words) == 4 and all(_spanish_given(w) for w in words[2:]) and not any(
            _spanish_given(w) or _known_surname(w) for w in words[:2]) and not any(
            re.search(r"(?:вич|вна|івна|ична)$", w) for w in low):
        return True  # "Вільянуева Кіспе Карлос Уго": two surnames no dictionary knows, then
        # two given names it does
    if not (_PATRONYMIC_SURNAME.search(low[0]) or _PATRONYMIC_SURNAME.search(low[1])):
        return False
    if _known_given(words[0]) and not _PATRONYMIC_SURNAME.search(low[0]) and (
            low[0] not in _SURNAMES_AS_GIVEN):
        return False
    if _PATRONYMIC_SURNAME.search(low[1]) and not _PATRONYMIC_SURNAME.search(low[0]) and (
            low[0] not in SPANISH_SURNAMES and low[0] not in _SURNAMES_AS_GIVEN):
        return False  # "Йоандри Эрнандес Пеньяльвер": a first word no surname before a "son
        # of" surname is the given name, whether the dictionary knows it or not
    last = low[-1]
    if last.endswith(("а", "я")) and not (
            _PATRONYMIC_SURNAME.search(low[0]) or low[0] in SPANISH_SURNAMES
            or low[0] in _SURNAMES_AS_GIVEN):
        return False  # "Дайрон Гонсалес Рива": a surname in -а closes a name given first
    if last in SPANISH_SURNAMES or last in _SURNAMES_AS_GIVEN or (
            (_IBERIAN.search(last) or _known_surname(words[-1]))
            and not _known_given(words[-1])):
        return False  # "Луис", "Карлос" end as a surname does, but are given names
    return _known_given(words[-1]) or (not any(p.is_known for p in parses(last)) and not (
        last.endswith(("а", "я", "о"))))


#: a Russian-type man's surname as Ukrainian writes it ("Санджиєв", "Ананьїн")
_UK_NOM_SURNAME = re.compile(r"(?:єв|їн|ін)$")
#: a Russian-type man's surname in the nominative ("Намжилов", "Цыренов", "Бадмаев")
_RU_NOM_SURNAME = re.compile(r"[^аеёиоуыэюя](?:ов|ев|ёв|ин|ын)$")
#: the endings of Spanish and Portuguese surnames written in Cyrillic (Родригес, Гонсалес,
#: Перес, Фернандес, Санчес, Лопес, Гомес, Мартинес, Нуньес, Алварес)
_IBERIAN = re.compile(r"(?:ес|ез|ас|ис|ос|эс)$")
#: the first of a double surname: a "son of" surname in -ес/-ез (not a given name: Карлос)
_PATRONYMIC_SURNAME = re.compile(r"[^аеёиоуыэюя](?:ес|ез|эс)$")
_MASC_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}
#: a Russian-type man's surname in Ukrainian, by case ("Балданова", "Балдановим")
_UK_MASC_ENDINGS = {"gent": "а", "accs": "а", "datv": "у|ові|ову", "ablt": "им", "loct": "і|ові"}


_ABLT = re.compile(r"(?:[^аеёиоуыэюяий]ом|[^аеёиоуыэюя]ем|ём|[^аеёиоуыэюяи]ой|[^аеёиоуыэюяи]ей|"
                   r"(?:ов|ев|єв|ін|їн)им|[аеиоуіїєюя]єм)$")  # Ukrainian "Рахимовим", "Намсараєм"


def _case_by_endings(words: list[str]) -> str:
    """The oblique case a name's words agree on by their forms, where the dictionary gives
    none of them a nominative as a name: all in the instrumental ("Мохамедом Фарахом",
    "Алвесом Перейрой"), or a word the dictionary knows in one case only ("Куэсту"); an
    indeclinable word ("Родриго") agrees with any case."""
    flex = [w for w in words if len(w) > 1 and not _indeclinable(w)]
    if not flex or any(_nominative_name(w) for w in flex):
        return ""
    if len(flex) >= 2 and all(_ABLT.search(w.lower()) for w in flex):
        return "ablt"
    for w in flex:
        known = [p for p in parses(w.lower()) if p.is_known and "NOUN" in p.tag.grammemes]
        cases = {str(p.tag.case) for p in known if "sing" in p.tag.grammemes}
        if known and len(cases) == 1 and cases != {"nomn"} and all(
                "sing" in p.tag.grammemes for p in known):
            others = [o for o in flex if o is not w]
            if all(not parses(o.lower())[0].is_known for o in others):
                return cases.pop()
    return ""


def _indeclinable(word: str) -> bool:
    """Known as indeclinable, or a foreign word in -о, -е, -и, -у, -ю ("Родриго")."""
    ps = parses(word.lower())
    if ps and not ps[0].is_known:
        return word[-1:].lower() in "оеиуэю"
    return any(p.is_known and "Fixd" in p.tag.grammemes for p in ps[:2])


def _nominative_name(word: str) -> bool:
    return any(p.is_known and {"Name", "Surn", "Patr"} & p.tag.grammemes
               and p.tag.case == "nomn" and "plur" not in p.tag.grammemes
               for p in parses(word.lower()))


def _nominative_given_sing(word: str) -> bool:
    """``word`` reads (known or guessed) as a given name in the nominative singular."""
    return any("Name" in p.tag.grammemes and p.tag.case == "nomn"
               and "sing" in p.tag.grammemes for p in parses(word.lower()))


def _ever_nominative_sing(word: str) -> bool:
    """Some reading of ``word`` is a nominative singular."""
    return any(p.tag.case == "nomn" and "plur" not in p.tag.grammemes
               for p in parses(word.lower()))


def _known_given(word: str) -> bool:
    """The dictionary knows ``word`` as a given name (not a guess from its ending)."""
    return any(p.is_known and "Name" in p.tag.grammemes and "plur" not in p.tag.grammemes
               for p in parses(word.lower()))


def known_given(word: str) -> bool:
    """The dictionary knows ``word`` as a given name ("Любов", "Лев", "Ярослав")."""
    return _known_given(word)


def _known_surname(word: str) -> bool:
    return any(p.is_known and "Surn" in p.tag.grammemes for p in parses(word.lower()))


def _surname_by_form(word: str) -> bool:
    """A Tuvan surname in any case, or a Georgian one that never declines."""
    low = word.lower()
    return low in TUVAN_SURNAMES or bool(_tuvan_case(word)) or bool(
        _INDECLINABLE_SURNAME.search(low))


def _tuvan_case(word: str) -> str:
    """The case a Tuvan surname's ending gives ("Монгушу" → datv, "Ондаром" → ablt); ""
    for its nominative or another word."""
    low = word.lower()
    if low in TUVAN_SURNAMES:
        return ""
    return next((case for case, ends in _CONSONANT_ENDINGS.items() for end in ends
                 if low.endswith(end) and low[: -len(end)] in TUVAN_SURNAMES), "")


#: the common Tuvan surnames (a closed set: a few dozen cover most Tuvans), which the
#: dictionary does not know and which lists write first ("Монгуш Айдыс", "Ооржак Чингис"),
#: their oblique forms read by their ending ("Монгуша", "Ондаром"); not those that are
#: given names or words too (Соян, Оюн, Сат, Кара)
TUVAN_SURNAMES = frozenset({
    "монгуш", "ооржак", "ондар", "кужугет", "салчак", "донгак", "хертек", "куулар",
    "сарыглар", "иргит", "ховалыг", "тюлюш", "хомушку", "чооду", "маады", "тумат", "байкара",
    "шыырап", "хуурак", "чамзырын", "ензак", "шалык", "дажы", "сендажы", "сереедар", "тулуш",
    "чадамба", "чылбак", "шойгу", "бегзи", "дамдын", "допчун", "дулуш", "комбу", "ламажаа",
    "намзырай", "севек", "чульдум", "ховалиг",
})


#: a Russian-type surname in an oblique case, as Ukrainian writes it
_UK_RU_SURNAME = re.compile(r"(?:ов|ев|єв|ін|їн)(?:а|у|им|ові|ову|і)$")


def _first_surname(written: str, word: str, case: str) -> bool:
    """``word`` (before the last word of a foreign name) is the first of a double surname,
    not a second given name: a Spanish or Portuguese surname in -ес/-ез ("Родригес",
    "Алвес"), or a word in -а/-я the dictionary does not know as a given name ("Куэста",
    "Нгуема") — a word ending otherwise is a given name ("Бишну Прасад Гурунг", "Абдирахман
    Мохамед Фарах", "Кваме Асанте Боатенг")."""
    low = word.lower()
    if _PATRONYMIC_SURNAME.search(low) or low in _SURNAMES_AS_GIVEN:
        return True  # "Мартинес", "Гарсия", though the dictionary knows it as a given name
    if low in SPANISH_SURNAMES or _a_nominative(word, case).lower() in SPANISH_SURNAMES:
        return True  # "Юнієр Бетанкур Агілар", "Йоенніс Рамос Гарсія": a common Spanish surname
    if _known_given(written) or _known_given(word) or len(low) < 3:
        return False
    if case in ("gent", "accs") and _surname_a_nominative(word, case) == word:
        return False  # "Ахмада Шаха Масуда": -а is the genitive of "Шах"
    return _surname_a_nominative(word, case).lower().endswith(("а", "я")) and not (
        _RU_SURNAME.search(low))


def _o_surname(words: list[str], word: str) -> bool:
    """``word``, the last but one of a Spanish name, ending in -о, is the first of its two
    surnames ("Хорхе Луис Пердомо Сантана", "Йосвани Кастильо Перес"): four words (two given
    names, two surnames), or three whose last is a Spanish surname; not a given name in -о
    ("Хуан Рикардо Гомес") nor one in -ио ("Серхио", "Октавио")."""
    low = word.lower()
    if not low.endswith("о") or low.endswith("ио") or len(low) < 4:
        return False
    if _spanish_given(word):
        return False
    last = words[-1].lower()
    return len(words) >= 4 or last in SPANISH_SURNAMES or bool(_IBERIAN.search(last))


#: a man's foreign name ending in -а in the nominative, by case ("Мусекивы", "Куэсту",
#: "Перейрой" → -а): endings a name in a consonant never takes in that case
_A_ENDINGS = {"gent": (("ии", "ия"), ("ы", "а"), ("и", "а")), "accs": (("у", "а"), ("ю", "я")),
              "datv": (("ии", "ия"), ("е", "а"), ("і", "а")),
              "ablt": (("ой", "а"), ("ей", "я"), ("ою", "а"), ("ею", "я"))}


def _a_nominative(word: str, case: str) -> str:
    for end, nom in _A_ENDINGS.get(case, ()):
        if end == "и" and word[-2:-1].lower() not in "гкхжшчщ" and current_language() != "uk":
            continue  # "Кали" is indeclinable; "Мбарги", "Фонсеки" are of -а (Ukrainian writes
            # the indeclinable "Калі" and every genitive of -а in -и: "Мори", "Кабрери")
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + nom
    return word


def _surname_a_nominative(word: str, case: str) -> str:
    """:func:`_a_nominative` of one of a double surname: read in the genitive (a man's
    genitive in a consonant is his accusative too), a word in -у is the accusative of -а
    ("похоронили Луиса Переса Мору", "кубинца Йосвани Фонсеку Пупо")."""
    out = _a_nominative(word, case)
    if out == word and case == "gent":
        out = _a_nominative(word, "accs")
    return out


def _foreign_nominative(word: str, case: str) -> str:
    """A man's foreign name pymorphy3 does not know, in an oblique case, back to the
    nominative by its ending ("Прасада" → "Прасад", "Мохаммадом" → "Мохаммад")."""
    for end in _CONSONANT_ENDINGS.get(case, ()):
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= 3 and stem[-1].lower() in _CONSONANTS:
            return stem
    lend = _L_ENDINGS.get(case)  # "Яньєля", "Даниэлем" → "Яньєль", "Даниэль"
    if lend and word.endswith(lend) and len(word) > len(lend) + 2:
        return word[: -len(lend)] + "ль"
    soft = _SOFT_ENDINGS.get(case)  # "Тендая" → "Тендай"
    if soft and word.endswith(soft) and len(word) > 4 and word[-2].lower() in "аеоу":
        return word[: -len(soft)] + "й"
    if case == "ablt" and word.endswith("єм") and len(word) > 4 and word[-3].lower() in "аеоу":
        return word[:-2] + "й"  # Ukrainian "Намсараєм" → "Намсарай"
    return word


_NASAB = frozenset({"бин", "ибн", "бинт", "бен"})
#: particles that open a surname when they stand right before its last word ("де ла Крус",
#: "ван Дейк", "фон Берг", "бен Салем", "аль Рашид")
SURNAME_PREFIXES = frozenset({"де", "да", "дель", "делла", "ла", "ле", "дос", "дас", "ду", "дю",
                              "ди", "ван", "фан", "фон", "дер", "тер", "бен", "бін", "бин", "ибн",
                              "ібн", "аль", "ал", "эль", "ель"})
_SOFT_ENDINGS = {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем", "loct": "е"}
#: a man's foreign name in a soft -ль, by case ("Яньєля", "Мигелю", "Рафаэлем")
_L_ENDINGS = {"gent": "ля", "accs": "ля", "datv": "лю", "ablt": "лем"}


def noun_nominative(word: str, case: str) -> str:
    """A man's surname that is a masculine noun (or that the dictionary declines as one),
    in ``case``, back to the noun's nominative, its fleeting vowel restored: "Ковальком" →
    "Ковалёк", "Жучка" → "Жучок", "Соловьём" → "Соловей", "Гребня" → "Гребень", Ukrainian
    "Шевця" → "Швець"; "" if the dictionary has no such reading."""
    low = word.lower()
    if _known_surname(word) or "-" in low or " " in low or _RU_SURNAME.search(low) or (
            _UK_RU_SURNAME.search(low)):
        return ""  # "Очирова": a Russian surname's suffix, read by it
    for p in parses(low):
        g = p.tag.grammemes
        if not p.is_known and current_language() == "uk":
            continue  # Ukrainian guesses decline anything as a noun
        lemma = p.normal_form
        if ({"NOUN", "masc"} <= g and p.tag.case == case and not ({"Geox", "Patr", "plur",
                                                                    "Name"} & g)
                and lemma != low and lemma[-1:] not in "аяоеиыуюэіїє"
                and skeleton(lemma) == skeleton(stem(low))):
            return _cap(lemma if "ё" in low else lemma.replace("ё", "е"))
    return ""


#: a Russian adjectival surname's endings, by gender and case (soft or after a hushing
#: consonant second): Гречаный, Сыроватский, Осадчий, Луговой; Задорожная
_ADJ_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "masc": {"gent": ("ого", "его"), "accs": ("ого", "его"), "datv": ("ому", "ему"),
             "ablt": ("ым", "им"), "loct": ("ом", "ем")},
    "femn": {"gent": ("ой",), "datv": ("ой",), "loct": ("ой",), "ablt": ("ой", "ою"),
             "accs": ("ую",)},
}
#: a Ukrainian one's ("Задорожнього", "Білому", "Задорожньої", "Білою")
_UK_ADJ_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "masc": {"gent": ("ого", "ього"), "accs": ("ого", "ього"), "datv": ("ому", "ьому"),
             "ablt": ("им", "ім"), "loct": ("ому", "ьому", "ім")},
    "femn": {"gent": ("ої", "ьої"), "datv": ("ій",), "loct": ("ій",), "ablt": ("ою", "ьою"),
             "accs": ("ую", "ю")},
}
#: a woman's possessive surname in an oblique case ("Водкиной", "Лукашову")
_FEM_POSSESSIVE = re.compile(r"\w\w(?:ов|ев|ёв|ин|ын)(ой|у)$")
_FEM_POSSESSIVE_CASES = {"ой": ("gent", "datv", "ablt", "loct"), "у": ("accs",)}
#: a double-barrelled surname of two capitalised Cyrillic parts ("Петрова-Водкина")
_HYPHENED = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ']+-[А-ЯЁІЇЄҐ][а-яёіїєґ']+")
#: surnames that never decline: Georgian -дзе, -швили, -ани, -ия is not among them ("Гулии")
_INDECLINABLE_SURNAME = re.compile(r"\w\w(?:дзе|швили|швілі|дзє)$")
#: a Tajik surname in -зода, as written or declined ("Шарипзода", "Шарипзоды", "Шарипзодой")
_ZODA = re.compile(r"(?<=\w\w)зод(?:а|ы|е|у|ой|ою|і|ї)$")
#: a surname's -ов/-ев/-ёв or -зода in any case ("Юлдашева", "Юлдашеве", "Шарипзоды")
_POSSESSIVE_FORM = re.compile(r"\w\w(?:ов|ев|ёв)(?:а|у|ым|е|ой|ую|им|і|ові)?$|"
                              r"\w\wзод(?:а|ы|е|у|ой|ою|і|ї)$")
#: a possessive's stem: "Ивановой", "Путиным" are of Иванова, Путин (read by the suffix)
_POSSESSIVE_STEM = re.compile(r"(?:ов|ев|ёв|єв|ин|ын|ін|їн)$")
_HUSHING = frozenset("гкхжшчщ")


def adjectival_nominative(word: str, case: str, gender: str) -> str:
    """A surname that declines as an adjective, in an oblique ``case`` of a man or a woman,
    back to its nominative: "Гречаному" → "Гречаный", "Сыроватском" → "Сыроватский",
    "Осадчего" → "Осадчий", "Лугового" → "Луговой" (the dictionary's adjective where it
    knows one), "Задорожную" → "Задорожная", Ukrainian "Задорожнього" → "Задорожній",
    "Білою" → "Біла"; "" when the word does not end so."""
    low = word.lower()
    uk = current_language() == "uk"
    ends = (_UK_ADJ_ENDINGS if uk else _ADJ_ENDINGS).get(gender, {}).get(case, ())
    end = next((e for e in sorted(ends, key=len, reverse=True) if low.endswith(e)), "")
    stem = low[: -len(end)] if end else ""
    if len(stem) < 3 or not any(c in "аеёиоуыэюяіїє" for c in stem) or "-" in low or (
            _POSSESSIVE_STEM.search(stem) and end in ("ым", "им", "ой", "ою", "ій", "ім")):
        return ""  # "Бойцовым", "Ивановой": a possessive surname's forms (not "Бойцовый")
    for p in parses(low):
        g = p.tag.grammemes
        if p.is_known and "ADJF" in g and p.tag.case == case and not (
                {"Poss", "Apro", "Anum", "plur"} & g) and (gender in g or case == "accs"):
            form = p.inflect({"nomn", "sing", gender}) or p.inflect({"nomn", gender})
            if form:
                return _cap(form.word if "ё" in low else form.word.replace("ё", "е"))
    if any(p.is_known for p in parses(low)):
        return ""  # "с Ольгой Весной": a known word that is no adjective there is a noun
    if end[0] == "е" and len(stem) < 4:
        return ""  # "Мохаммеду Хашему"
    if (_POSSESSIVE_STEM.search(stem) and not end.startswith("о")) or (
            gender == "femn" and end in ("ой", "ою", "ю") and (
            not stem.endswith(("н", "ськ", "цьк", "ск", "цк")))) or (
            end[0] == "е" and stem[-1:] not in "жшчщн"):
        # "Сорокой", "Дзюбою": a noun's instrumental as much as an adjective's; "Бондарю";
        # "Гальего" is no soft adjective
        return ""
    if uk:  # a soft stem shows in "ь" ("Задорожнього", "Задорожньою") or "ім", "ю"
        soft = end.startswith("ь") or (gender, end) in (("masc", "ім"), ("femn", "ю"))
        if gender == "masc":
            return _cap(stem + ("ій" if soft else "ий"))
        return _cap(stem + ("я" if soft else "а"))
    if gender == "femn":
        return _cap(stem + "ая")
    soft = end[0] == "е" or end == "им" or stem[-1:] in _HUSHING or stem.endswith(("ск", "цк"))
    return _cap(stem + ("ий" if soft else "ый"))


def a_noun_nominative(word: str, case: str) -> str:
    """A surname that is a noun in -а or -я ("Сорока", "Ворона", "Дзюба"), a man's or a
    woman's, in ``case``, back to the noun's nominative: "Сорокой" → "Сорока"; "" if the
    dictionary has no such noun."""
    low = word.lower()
    if "-" in low or " " in low or _RU_SURNAME.search(low):
        return ""
    for p in parses(low):
        g = p.tag.grammemes
        if (p.is_known and "NOUN" in g and p.tag.case == case and not (
                {"Geox", "Name", "Patr", "plur", "Fixd"} & g)
                and p.normal_form[-1:] in ("а", "я") and p.normal_form != low):
            return _cap(p.normal_form if "ё" in low else p.normal_form.replace("ё", "е"))
    return ""


def _suffix_nominative(surname: str, case: str) -> str:
    """A Russian masculine surname pymorphy3 does not know, put in the nominative by its
    ending: "Карасёва" (genitive) → "Карасёв"."""
    ending = _MASC_ENDINGS.get(case)
    if ending and re.search(r"(?:ов|ев|ёв|ин|ын)" + ending + "$", surname):
        return surname[: -len(ending)]
    uk = re.search(r"(?:ов|ев|єв|ін|їн|ин)(" + _UK_MASC_ENDINGS.get(case, "-") + ")$", surname)
    if uk and current_language() == "uk":  # "Балданова", "Цибіковим", "Жамсуєву"
        return surname[: -len(uk.group(1))]
    for end in _CONSONANT_ENDINGS.get(case, ()):  # "Ховалыга" → "Ховалыг", "Сояну" → "Соян"
        stem = surname[: -len(end)]
        if (surname.endswith(end) and len(stem) >= 3 and stem[-1].lower() in _CONSONANTS
                and not parses(surname.lower())[0].is_known):
            return stem
    return surname


#: endings of a man's surname that ends in a consonant (Ховалыг, Монгуш), by case
_CONSONANT_ENDINGS = {"gent": ("а",), "accs": ("а",), "datv": ("у",), "ablt": ("ом", "ем"),
                      "loct": ("е",)}
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _foreign(word: str) -> bool:
    """A word pymorphy3 does not know and that does not look like a Russian surname."""
    ps = parses(word.lower())
    return bool(ps) and not ps[0].is_known and not _RU_SURNAME.search(word.lower())


_RU_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)(?:а|у|ым|ом|е|ой|ую|ого|ому|ий|ая)?$")


def _agree(
    words: list[str], roles: list[str], si: int, gi: int, pi: int, gender_hint: str = "",
    context: tuple[str, str] | None = None, prefer: str = "",
) -> tuple[str, str]:
    """The (case, gender) the name's words agree on, nominative preferred (in gender
    ``prefer`` if the words can be read in it)."""
    total: dict[tuple[str, str], float] | None = None
    if gender_hint:
        total = {(c, gender_hint): 0.0 for c in _CASES}
    # a patronymic first: its case and gender are sure; a given name pymorphy guesses
    # ("Эртине Олеговича") must not outvote it
    known = False
    for idx, tag in ((pi, "Patr"), (gi, "Name"), (si, "Surn")):
        if idx < 0 or roles[idx] in ("init", "?") or " " in words[idx] or (
                _foreign(words[idx]) and roles[idx] != "patr"):
            continue  # a patronymic's ending says its case and sex ("Жамсуевича")
        opts = _options(words[idx], tag)
        if not opts:
            continue
        known = known or any(p.is_known for p in parses(words[idx].lower()))
        top = max(opts.values())
        expanded: dict[tuple[str, str], float] = {}
        for (c, g), s in opts.items():
            if s < _RARE * top:
                continue  # "Дмитрия" read as a woman's name in the nominative
            for gg in (("masc", "femn") if g == "ms-f" else (g,)):
                expanded[(c, gg)] = expanded.get((c, gg), 0.0) + s
        if total is None:
            total = expanded
        else:
            common = {k: total[k] + v for k, v in expanded.items() if k in total}
            total = common or total
    if not total:
        if context and si >= 0:
            return context  # "рядового С. И. Иванова": the words before say the case
        return "", ""
    if context and context[1] and not known and not any(g == context[1] for _, g in total):
        # "рядового Баїра Цибікова": only a guess from the ending says she; the words
        # governing the name say he
        return context
    if prefer and any(g == prefer for _, g in total):
        total = {k: v for k, v in total.items() if k[1] == prefer}
    if context and context in total:
        return context
    if context and not context[1] and any(c == context[0] for c, _ in total):
        total = {k: v for k, v in total.items() if k[0] == context[0]}  # "о гибели Рината"
    best = max(total.items(), key=lambda kv: (kv[0][0] == "nomn", kv[1]))
    return best[0]
