"""Families named by one surname in the plural, and their members by given name.

"сообщает о гибели братьев Ерёминых — Александра Юрьевича, 1985 г.р., и Дениса
Юрьевича", "похоронили Айаала и Туйгуна Егоровых", "брати Мункуєви, Баір і Тимур",
"Братья Костины … Старший, 31-летний Денис, … Младший, Олег, …": the surname is written
once, in the plural, and each member is named by his given name (and patronymic) alone.
Each member is a person of his own, with the surname in the sex of his given name
("Ерёмин Александр Юрьевич"); the plural alone is no person ("Ерёминых").

A surname in the plural is read by its form (:func:`family_surname`: a possessive in
-ов/-ев/-ин, an adjectival one in -ский, Ukrainian ones in -енко and -чук, in any case of
the plural); an ending that is also a man's singular (instrumental "Ерёминым") is read as
a plural only right after a word for a family ("братьям") or after names joined before it,
and so is a word the dictionary knows otherwise ("брати Мельниченки"). Its members are the
given names joined to it in its sentence — after it ("Ерёминых — Александра и Дениса"),
ranks, ages and years between, or before it ("Айаала и Туйгуна Егоровых") — and, after a
word for the family, given names that open a later sentence with only descriptors before
them ("Старший, 31-летний Денис, …") and no relative's apposition after ("Иван, их отец,").
A word for the family says the members' sex: brothers and sons are men, sisters and
daughters women.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from headcount.extract.morph import current_language, lemmas, parses
from headcount.extract.namecase import (
    NameParts,
    noun_nominative,
    parse_name,
    patronymic_case,
    patronymic_nominative,
)
from headcount.extract.namestems import patronymic_sex
from headcount.extract.roles import KIN, OFFICIAL
from headcount.extract.sentences import sentence_end

_CAP = "А-ЯЁІЇЄҐ"
_LOW = "а-яёіїєґ'’"
#: a capitalised word
_WORD = re.compile(rf"[{_CAP}][{_LOW}]+(?:-[{_CAP}][{_LOW}]+)?")

#: (ending of the plural, ending of his name, ending of hers, unambiguous): Russian
_RU_PLURAL = (
    (re.compile(r"(ов|ев|ёв|ин|ын)(ы|ых|ыми)$"), "", "а", True),
    (re.compile(r"(ов|ев|ёв|ин|ын)(ым)$"), "", "а", False),
    (re.compile(r"(ск|цк)(ие|их|ими)$"), "ий", "ая", True),
    (re.compile(r"(ск|цк)(им)$"), "ий", "ая", False),
)
#: ... and Ukrainian: -ови/-ових, -ські, -енки/-енків (both sexes -енко), -чуки
_UK_PLURAL = (
    (re.compile(r"(ов|ев|єв|ів|ин|ін|їн)(и|их|ими)$"), "", "а", True),
    (re.compile(r"(ов|ев|єв|ів|ин|ін|їн)(им)$"), "", "а", False),
    (re.compile(r"(ськ|цьк)(і|их|ими)$"), "ий", "а", True),
    (re.compile(r"(ськ|цьк)(им)$"), "ий", "а", False),
    (re.compile(r"(енк)(и|ів|ам|ами|ах)$"), "о", "о", True),
    (re.compile(r"(чук|щук|юк)(и|ів|ам|ами|ах)$"), "", "", True),
)
#: the endings of the plural any of the above (or an adjectival surname) may have
_PLURAL_END = re.compile(r"(?:ы|ых|ым|ыми|ие|их|им|ими|ые|и|і|ів|ам|ами|ах)$")
#: the case a plural ending says (the members are named in it when joined to it)
_CASE_OF = {"ы": "nomn", "и": "nomn", "і": "nomn", "ие": "nomn", "ых": "gent", "их": "gent",
            "ів": "gent", "ыми": "ablt", "ими": "ablt", "ами": "ablt", "ым": "datv",
            "им": "datv", "ам": "datv", "ах": "loct"}

#: words for a family of men, of women, of either ("братья", "сёстры", "семья"; any case)
_MEN_WORDS = (r"брать(?:я|ев|ям|ями|ях)|брат(?:а|ьев)|брати|братів|братам|братами|"
              r"сыновь(?:я|ям)|сыновей|сини|синів|близнец(?:ы|ов|ам|ами)|близнюк(?:и|ів|ам|ами)|"
              r"от(?:ец|ца|цу|цом)\s+и\s+сын(?:а|у|ом)?|дяд(?:я|и|е|ей)\s+и\s+племянник(?:а|у|ом)?|"
              r"дед(?:а|у|ом)?\s+и\s+внук(?:а|у|ом)?|бать(?:ко|ка|ку|ком)\s+[йіи]\s+син(?:а|у|ом)?")
_WOMEN_WORDS = r"с[её]ст(?:ры|[её]р|рам|рами)|сестри|сестер|сестрам|дочер(?:и|ей)|доньки|дочки"
_EITHER_WORDS = (r"семь(?:я|и|ю|ей|е)|сім['’][їя]|супруг(?:и|ов|ам|ами)|подружж(?:я|ю)|"
                 r"родственник(?:и|ов)|родичі|родичів")
_MEN = re.compile(rf"\b(?:{_MEN_WORDS})\b", re.I)
_WOMEN = re.compile(rf"\b(?:{_WOMEN_WORDS})\b", re.I)
#: a word for a family, whoever its members
FAMILY_WORD = re.compile(rf"\b(?:{_MEN_WORDS}|{_WOMEN_WORDS}|{_EITHER_WORDS})\b", re.I)
#: ... right before the surname, adjectives or numerals between ("двух братьев",
#: "братьев-близнецов", "сім'ї"); a son, grandson or nephew named with his father's
#: family too ("сына Петровых")
_FAMILY_RIGHT_BEFORE = re.compile(
    rf"\b(?:{_MEN_WORDS}|{_WOMEN_WORDS}|{_EITHER_WORDS}|сын(?:а|у|ом)?|внук(?:а|у|ом)?|"
    rf"племянник(?:а|у|ом)?|син(?:а|ові|ом)?)(?:[-\s][а-яёіїєґ-]+){{0,2}}[\s,:—–-]*$", re.I)
#: a word for a place just before: the plural is a village's name ("с. Тылгыны")
_PLACE_BEFORE = re.compile(r"(?:\b(?:с|г|п|д|пос|дер|м|смт|ст)\.\s*|"
                           r"\b(?:село|села|селе|деревн[яие]|посёлок|поселок|посёлке|поселке|"
                           r"город|городе|улус|улусе|місто|місті)"
                           r"\s+)$", re.I)
#: the surname closes names joined by "и": "Виктор Андреевич и Андрей Викторович Лесные"
_JOINED_BEFORE = re.compile(rf"\b(?:и|і|й|та)\s+[{_CAP}][{_LOW}]+(?:[ \t]+[{_CAP}][{_LOW}]+)?"
                            r"\s+$")
#: what may stand between the surname and its first member ("Ерёминых — ", "Мункуєви, ")
_LEAD = re.compile(r"^\s*(?:[—–:,-]\s*)?(?:(?:[0-9]+[-–]?)?[а-яёіїєґ-]+\.?\s+){0,3}$")
#: what may stand between members: "и", commas, ranks, ages, years ("ефрейтора …",
#: "37-летний", ", 1985 г.р., и"); which words, :func:`_only_descriptors` says
_FILLER = re.compile(r"^(?:[\s,]|\([^()]{0,60}\)|[0-9][^\s,]*|[а-яёіїєґ.-]+)*$")
#: blanks between two words of a name
_BLANK = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Family:
    """A surname in the plural, where it stands, and the members' surnames by sex."""

    start: int
    end: int
    masc: str
    femn: str
    case: str
    sex: str  # "M" or "F" when a word for the family says; "" otherwise
    named: bool = False  # a word for a family stands before it ("братья", "семья")


@dataclass(frozen=True)
class Member:
    """A member of a family named by given name: where, and the name he is given."""

    start: int
    end: int
    parts: NameParts
    words: tuple[str, ...]


def family_surname(word: str, family_word: bool, adjectival: bool = False
                   ) -> tuple[str, str, str] | None:
    """(his surname, hers, case) of a surname in the plural; None if ``word`` is not one.
    With ``family_word`` (a word for the family right before it, or names joined before
    it) an ending a man's singular shares (-ым) is a plural too, and a word the dictionary
    knows otherwise is still a surname ("брати Мельниченки", "братья Кирилловы");
    ``adjectival``: names are joined right before it, so a plural adjective is one too
    ("Виктор Андреевич и Андрей Викторович Лесные")."""
    low = word.lower()
    table = _UK_PLURAL if current_language() == "uk" else _RU_PLURAL
    for pattern, masc_end, femn_end, sure in table:
        m = pattern.search(low)
        if m is None or (not sure and not family_word) or m.start() < 2:
            continue
        readings = parses(low)
        if not family_word and not any("Surn" in p.tag.grammemes for p in readings) and any(
                p.is_known and not {"Name", "Patr"} & p.tag.grammemes and p.score >= 0.5
                for p in readings):
            return None  # a word of the language, no surname ("Русские", "Беженцы")
        stem = word[: m.start(2)]
        if masc_end == "ий":
            stem_m, stem_f = stem + "ий", stem + femn_end
        elif masc_end == "о":
            stem_m = stem_f = stem + "о"
        else:
            stem_m, stem_f = stem, stem + femn_end
        return stem_m, stem_f, _CASE_OF.get(m.group(2), "")
    if family_word and current_language() == "ru":  # "Заболотными", "Лесные": adjectival
        for p in parses(low):
            g = p.tag.grammemes
            if (({"ADJF", "plur"} <= g and adjectival) or {"Surn", "plur"} <= g) and (
                    p.tag.case) and (
                    p.normal_form.endswith(("ый", "ой", "ий"))) and not p.normal_form.endswith(
                    ("ский", "цкий")):
                masc = word[:1] + p.normal_form[1:]
                soft = masc.endswith("ий") and masc[-3:-2] not in "гкхжшчщ"
                femn = masc[:-2] + ("яя" if soft else "ая")
                return masc, femn, str(p.tag.case)
    return None


def _given(word: str, case: str, listed: bool = False) -> tuple[str, str] | None:
    """(given name in the nominative, sex) of ``word`` read as a given name, or None.
    ``listed``: the word stands where only a given name can ("Айаала и Туйгуна
    Егоровых"), so a word the dictionary does not know is one ("Туйгуна" → Туйгун);
    elsewhere such a word is read only where the case is known."""
    readings = parses(word.lower())
    if not any(p.is_known for p in readings):
        if not case:
            return None  # the dictionary's guess alone: "Айаала" is no woman's name
        if listed and case != "nomn" and (nominative := noun_nominative(word, case)):
            return nominative, "M"  # a man's name declined as a noun ("Айаала" → Айаал)
    for p in readings:
        g = p.tag.grammemes
        if "Name" in g and "plur" not in g and p.score >= 0.05 and (
                not case or p.tag.case == case or (case == "gent" and p.tag.case == "accs")):
            name = p.normal_form
            return name[:1].upper() + name[1:], "F" if "femn" in g else "M"
    if case and not any(p.is_known for p in readings):  # a name the dictionary lacks:
        parts = parse_name([word], (case, ""))  # read in the case the family gives
        if parts.given and not parts.surname:
            return parts.given, parts.sex or "M"
        if listed and parts.surname:
            return parts.surname, parts.sex or "M"
    return None


def _patronymic(word: str) -> tuple[str, str] | None:
    """(patronymic in the nominative, sex) or None, by its suffix (the dictionary's lemma
    of "Юрьевича" is "Юриевич", and of "Петровна" a man's)."""
    found = patronymic_case(word)
    if found is not None:  # "Юрьевича" → "Юрьевич"
        return patronymic_nominative(word), "F" if found[1] == "femn" else "M"
    sex = patronymic_sex(word)
    if sex:  # in the nominative already: as written ("Юрьевич", "Петровна")
        return word, sex
    for p in parses(word.lower()):
        if "Patr" in p.tag.grammemes and p.score >= 0.05:
            name = p.normal_form
            return name[:1].upper() + name[1:], "F" if "femn" in p.tag.grammemes else "M"
    return None


def families(text: str) -> list[Family]:
    """Surnames in the plural in ``text``."""
    out = []
    for m in _WORD.finditer(text):
        if not _PLURAL_END.search(m.group()):
            continue  # no ending of the plural: most capitalised words, read no further
        before = text[max(0, m.start() - 40): m.start()]
        before = before[max(before.rfind(c) for c in ".!?\n") + 1:]  # its sentence only
        sex = "M" if _MEN.search(before) else "F" if _WOMEN.search(before) else ""
        named = bool(FAMILY_WORD.search(before))
        right_before = bool(_FAMILY_RIGHT_BEFORE.search(before))
        joined = bool(_JOINED_BEFORE.search(before))
        if _PLACE_BEFORE.search(before):
            continue  # "с. Тылгыны", "в селе Ивановых": a place
        # "братьям Костиным": an ending a man's singular shares is a plural right after a
        # word for the family, or after names joined before it ("Евгению и Артёму
        # Костиным"), not after one further back ("вслед за братьями и служил вместе с
        # Андреем Морозовым"); the dictionary's ordinary words are surnames only there
        forms = family_surname(m.group(), right_before or joined, adjectival=joined)
        if forms is None:
            continue
        out.append(Family(m.start(), m.end(), forms[0], forms[1], forms[2], sex, named))
    return out


def _name_at(text: str, start: int, case: str, listed: bool = False, opening: bool = False
             ) -> tuple[int, NameParts, tuple[str, ...]] | None:
    """A given name (and patronymic) starting at ``start``: (end, parts without surname,
    words), or None. ``listed``: the word is listed right after a family's word and
    surname ("брати Мункуєви, Баір і Тимур"): a name the dictionary does not know is
    still a given name; ``opening``: it opens its sentence after the family's, where
    only a member stands ("Младший, Туйгун, ранен"), read so too."""
    m = _WORD.match(text, start)
    if m is None:
        return None
    given = _given(m.group(), case, listed=listed)
    if given is None and (opening or (listed and case == "nomn")) and not any(
            p.is_known for p in parses(m.group().lower())):
        given = (m.group(), "M")  # a name the dictionary lacks, where only a name stands:
        # in the nominative as written ("Старший, Айаал, погиб", "брати Мункуєви, Баір")
    if given is None:
        return None
    end, words, patr = m.end(), [m.group()], ""
    sex = given[1]
    nxt = _BLANK.match(text, end)
    if nxt:
        w = _WORD.match(text, nxt.end())
        if w:
            found = _patronymic(w.group())
            if found is None:
                return None  # "Александр Петров": a name of its own, not a member's
            patr, sex = found[0], found[1]
            end, words = w.end(), [*words, w.group()]
    return end, NameParts("", given[0], patr, sex, case), tuple(words)


def _member(family: Family, start: int, end: int, parts: NameParts,
            words: tuple[str, ...]) -> Member | None:
    if family.sex and parts.sex and parts.sex != family.sex:
        return None
    surname = family.femn if parts.sex == "F" else family.masc
    return Member(start, end, NameParts(surname, parts.given, parts.patronymic,
                                        parts.sex or family.sex or "M", parts.case), words)


def family_members(text: str, found: Sequence[Family], taken: list[tuple[int, int]],
                   spans: Sequence[tuple[int, int]] = ()) -> list[tuple[Family, Member]]:
    """The members of the families ``found`` in ``text`` (:func:`families`; module
    docstring), in order of naming; given names overlapping ``taken`` (names read
    already) are left out, and so are given names inside a longer name NER found
    (``spans``: "Николай Иннокентьевич Сивцев" is named in full)."""
    out: list[tuple[Family, Member]] = []
    used: list[tuple[int, int]] = list(taken)
    seen: set[tuple[str, str]] = set()

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in used)

    for k, fam in enumerate(found):
        limit = found[k + 1].start if k + 1 < len(found) else len(text)
        members: list[Member] = []
        # before it: "Айаала и Туйгуна Егоровых"
        before = _coordinated_before(text, fam)
        members += before
        # after it, in its clause: "Ерёминых — Александра Юрьевича, 1985 г.р., и Дениса"
        pos = fam.end
        home = _HOME_AFTER.match(text, pos)
        if home:  # "Братьев Кравцовых из села Новая Малыкла — сержанта Павла …"
            pos = home.end()
        lead = True
        clause = min(limit, sentence_end(text, fam.end))
        while pos < clause:
            gap_end = pos
            m = _WORD.search(text, pos, min(clause, pos + 80))
            if m is None:
                break
            gap = text[gap_end: m.start()]
            if not (_LEAD if lead else _FILLER).match(gap):
                break
            if not _only_descriptors(gap):
                break  # "Сивцевых из села …", "Костины, Денис и Олег, похоронили друга Илью"
            read = None
            for case in dict.fromkeys((fam.case, "nomn")):  # "Семья Петровых: Анна, Олег"
                read = _name_at(text, m.start(), case, listed=fam.named)
                if read is not None:
                    break
            if read is None or _inside_longer(spans, m.start(), read[0]):
                break
            member = _member(fam, m.start(), read[0], read[1], read[2])
            if member is None:
                break
            members.append(member)
            pos, lead = read[0], False
        # in the sentences that follow: "Старший, 38-летний Иван, …"
        sentence = sentence_end(text, fam.end)
        for m in _WORD.finditer(text, sentence, limit):
            if any(m.start() < x.end and x.start < m.end() for x in members):
                continue
            prev = text[max(0, m.start() - 2): m.start()]
            if not prev or not (prev[-1].isspace() or prev[-1] in ",(—–") or (
                    prev.rstrip()[-1:] in "«\"“„"):  # «Вагнер»: a name in quotes is no one's
                continue
            if not fam.named:
                break  # only a word for the family carries it into later sentences
            if not _opens_sentence(text, m.start()):
                continue  # "Мероприятие провёл Сергей", "погиб их земляк Алексей"
            read = _name_at(text, m.start(), "", opening=True)
            if read is None or not _lone(text, m.start(), read[0]) or _inside_longer(
                    spans, m.start(), read[0]) or _kin_after(text, read[0]):
                continue  # "Иван, их отец, рассказал …", "Алина, их дочь, выжила"
            if any(x.parts.given == read[1].given for x in members):
                continue
            member = _member(fam, m.start(), read[0], read[1], read[2])
            if member is not None:
                members.append(member)
        for member in members:
            key = (member.parts.surname.lower(), member.parts.given.lower())
            if key in seen:  # the family named twice ("с братьями Егоровыми … Айаала и
                continue  # Туйгуна Егоровых"): its members once
            seen.add(key)
            if free(member.start, member.end):
                used.append((member.start, member.end))
                out.append((fam, member))
    out.sort(key=lambda fm: fm[1].start)
    return out


#: the family's home between its surname and its members' dash: "из села Новая Малыкла —"
_HOME_AFTER = re.compile(
    rf"\s+(?:родом\s+)?(?:из|с|со|із|з|зі)\s+(?:[а-яёіїєґ.]+\s+){{0,2}}"
    rf"(?:[{_CAP}][{_LOW}]+(?:-[{_CAP}]?[{_LOW}]+)*\s*){{1,3}}(?=[—–:]|,\s*[—–])")
#: relatives beside :data:`~headcount.extract.roles.KIN` ("дети Светланы и Игоря …": their
#: parents; "Алексей, их земляк, …": no member)
_RELATED = KIN | {"ребёнок", "дитина", "родитель", "земляк", "сосед", "побратим", "сусід"}
#: a relative's apposition after a name: ", их отец,", ", їхня донька,"
_APPOSITION = re.compile(r"\s*,\s*((?:[а-яёіїєґ'’]+\s+){0,2}[а-яёіїєґ'’]+)")


#: the family's children and siblings, who are its members when told apart by their place
#: among them ("Старший сын, 32-летний Максим, …", "Молодший брат Тимур …")
_CHILDREN = frozenset({"сын", "дочь", "брат", "сестра", "син", "донька", "дочка"})
_ORDINALS = ("старш", "младш", "средн", "молодш", "середн")


def _kin_word(word: str) -> bool:
    return bool(lemmas(word.lower()) & _RELATED)


def _kin_after(text: str, end: int) -> bool:
    """"Иван, их отец, рассказал …", "Алина, их дочь, выжила": a relative, no member."""
    m = _APPOSITION.match(text, end)
    return m is not None and any(_kin_word(w) for w in m.group(1).split())
#: what may stand before a member opening a sentence: "Старший, 31-летний", "Младший —",
#: "А", a rank ("рядовой", "ефрейтор"), an age
_OPENERS = re.compile(
    r"(?:а|и|но|і|та|(?:старш|младш|средн|молодш|середн|перв|втор|трет)[а-яёіїєґ]*|"
    r"[0-9]+[-–]?[а-яёіїєґ]*|[а-яёіїєґ]+)", re.I)


def _opens_sentence(text: str, start: int) -> bool:
    """A given name opening its sentence, only descriptors before it ("Старший, 31-летний
    Денис", "Младший, ефрейтор Туйгун")."""
    head = text[max(0, start - 80): start]
    cut = max(head.rfind(c) for c in ".!?;:\n")
    if cut < 0 and start > 80:
        return False
    words = re.findall(r"[^\W_]+(?:[-–][^\W_]+)?", head[cut + 1:])
    if len(words) > 5 or not all(_OPENERS.fullmatch(w) for w in words):
        return False
    if any(lemmas(w) & ((_RELATED - _CHILDREN) | OFFICIAL) for w in words):
        return False  # "их друг Игорь", "глава округа Сергей Иванович"
    if any(lemmas(w) & _CHILDREN for w in words) and not any(
            w.lower().startswith(_ORDINALS) for w in words):
        return False  # "Сын Иван рассказал": a son is a member when told apart by his place
        # among the children ("Старший сын, 32-летний Максим, погиб")
    # "осуждённый за грабёж Эльдар": a preposition inside a descriptor passes
    return _only_descriptors(" ".join(w for w in words if not w[:1].isdigit()),
                             prepositions=True)


#: what a descriptor between a family and its members may be: a rank, an age, "и"
_DESCRIPTOR_POS = frozenset({"ADJF", "NOUN", "NUMR", "PRTF"})


def _only_descriptors(gap: str, prepositions: bool = False) -> bool:
    """No verb, pronoun, preposition (unless ``prepositions``) or other conjunction among
    the words of ``gap`` (a rank, an adjective, an age, "и" pass)."""
    allowed = _DESCRIPTOR_POS | ({"PREP"} if prepositions else set())
    for w in re.findall(r"[а-яёіїєґ'’]+", gap.lower()):
        if w in ("и", "і", "й", "та", "а", "г", "р", "н") or w.startswith(("старш", "младш")):
            continue
        top = parses(w)[:1]
        if not top or not (allowed & top[0].tag.grammemes) or (
                "Apro" in top[0].tag.grammemes):
            return False
    return True


def _inside_longer(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a PER span holds the words at ``start``–``end`` and more."""
    return any(a <= start and end <= b and (a < start - 1 or b > end + 1) for a, b in spans)


def _lone(text: str, start: int, end: int) -> bool:
    """A given name with no surname of its own beside it ("Егоров Михаил" is another)."""
    before = text[max(0, start - 30): start]
    prev = re.search(rf"([{_CAP}][{_LOW}]+)[ \t]+$", before)
    if prev and any("Surn" in p.tag.grammemes or "Name" in p.tag.grammemes or not p.is_known
                    for p in parses(prev.group(1).lower())[:2]):
        return False
    after = _BLANK.match(text, end)
    return not (after and _WORD.match(text, after.end()))


def _coordinated_before(text: str, fam: Family) -> list[Member]:
    """"Айаала и Туйгуна Егоровых", "Виктор Андреевич и Андрей Викторович Лесные": given
    names (each with its patronymic or none) joined by "и" right before the surname."""
    offset = max(0, fam.start - 160)
    window = text[offset: fam.start]
    item = rf"[{_CAP}][{_LOW}]+(?:[ \t]+[{_CAP}][{_LOW}]+)?"
    m = re.search(rf"(?:{item}\s*,\s*)*{item}\s+(?:и|і|й|та)\s+{item}\s+$", window)
    if m is None:
        return []
    words_before = window[: m.start()].split()
    if words_before and _kin_word(words_before[-1]):
        return []  # "дети Светланы и Игоря Маркиных": their parents, no members
    items = re.split(r"\s*,\s*|\s+(?:и|і|й|та)\s+", m.group().strip())
    out = []
    pos = offset + m.start()
    for k, written in enumerate(items):
        words = written.split()
        if k == 0 and len(words) == 2 and _patronymic(words[1]) is None:
            if any({"Name", "Surn"} & p.tag.grammemes for p in parses(words[0].lower())):
                return []  # "Станиславом Ложкиным и Олегом Тарасовым": full names
            written, words = words[1], words[1:]  # "Супруги Михаил и Елена Котовы"
        start = text.index(written, pos)
        pos = start + len(written)
        given = _given(words[0], fam.case, listed=True)
        patr = _patronymic(words[1]) if len(words) == 2 else ("", "")
        if given is None or patr is None:
            return []
        parts = NameParts("", given[0], patr[0], patr[1] or given[1], fam.case)
        member = _member(fam, start, pos, parts, tuple(words))
        if member is None:
            return []
        out.append(member)
    if len(out) < 2:
        return []
    # the last given name is written with the surname: one span
    last = out[-1]
    out[-1] = Member(last.start, fam.end, last.parts, (*last.words, text[fam.start:fam.end]))
    return out
