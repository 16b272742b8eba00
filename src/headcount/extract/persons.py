"""People a text names: PER spans grouped into one person per surname, whatever the case.

"Иван Сергеевич Петров … Ивана Петрова … Петрову … Ивану было 34 года" is one
person: a later span joins the latest person whose surname key (gender- and
case-free lemma) matches and whose given name and patronymic do not disagree; a
lone given name joins the latest person of that given name. A lone given name
with no such person is not a person. Names pymorphy3 does not know, or reads in
the wrong case or gender ("Похоронят Дамбу", "Прощание с Ховолыгом", "о гибели
Виталия Гусева" read as a woman), join by the stems of their words
(:mod:`headcount.extract.namestems`), and a naming read in the other sex than the
person's is read again in the person's. A relative, an official or someone quoted
(:mod:`headcount.extract.roles`) is not the subject of the text: facts are not
attached to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from headcount.extract.appositions import comma_apposition
from headcount.extract.demonyms import DEMONYM_WORD
from headcount.extract.diminutives import familiar, same_given
from headcount.extract.families import families, family_members
from headcount.extract.foreign_names import (
    apposition_case,
    given_names_first,
    lone_given_names,
    one_surname_text,
    south_asian_name,
    south_asian_text,
    tagged_case,
)
from headcount.extract.morph import current_language, lemmas, parses
from headcount.extract.namecase import PARTICLES, NameParts, parse_name
from headcount.extract.namestems import name_stems, patronymic_sex, same_name, word_keys
from headcount.extract.roles import KIN, SPEECH, dies, dying_next, is_subject, role_before
from headcount.extract.sentences import CLAUSE_STOP, sentence_end
from headcount.extract.uk_name_case import object_case, oblique_sex
from headcount.extract.vietnamese import vietnamese_surname
from headcount.names.order import south_asian_surname_first

_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
#: a word of a name, hyphened initials one word ("Ц.-Д." of Цырен-Доржи)
_NAME_WORD = re.compile(r"[^\W\d_]\.?-[^\W\d_](?![^\W\d_])|[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_QUOTED = re.compile(r"[«\"„“][^«»\"„“”]*[»\"“”]")
_PARTICLE_AFTER = re.compile(r"\s+(" + "|".join(sorted(PARTICLES)) + r")\b", re.I)
#: the surname after a given name, the father's name and its particle ("Ельвін Расім огли
#: Мамедов")
_SURNAME_AFTER = re.compile(r"[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?"
                            r"(?![\w-])")

#: what joins two names of one phrase ("А и Б", "А, Б"), the second in the case of the first
_COORDINATED = re.compile(r"\s*(?:,\s*|\s+(?:и|а\s+также)\s+)")


@dataclass
class PersonRef:
    start: int
    end: int
    parts: NameParts
    subject: bool = True  # False: an official or a relative, not the person described
    words: tuple[str, ...] = ()  # the name's words as written (to read it again)


def _score(r: PersonRef) -> tuple[int, bool, int, int, int, int]:
    """How full a naming is: the fullest, with a surname ("Алексеем Захаровым" over a later
    "Алексей Владимирович"), nominative first, earliest first."""
    p = r.parts
    filled = sum(bool(x) for x in (p.surname, p.given, p.patronymic))
    return (filled, bool(p.surname), not p.initials, not familiar(p.given), p.case == "nomn",
            -r.start)


def _fold(state: tuple[str, str, str], refs: tuple[PersonRef, ...]) -> tuple[str, str, str]:
    """The given name, patronymic and sex ``state`` completed by the namings ``refs``."""
    given, patronymic, sex = state
    for r in refs:
        p = r.parts
        if (not given or given.endswith(".")) and p.given and not p.given.endswith("."):
            given = p.given
        elif given and familiar(given) and p.given and not familiar(p.given) and (
                same_given(NameParts(given=given).given_key, p.given_key)):
            given = p.given  # "Дима Соколов" … "Дмитрий Соколов": the full form
        if (not patronymic or patronymic.endswith(".")) and p.patronymic:
            patronymic = p.patronymic
        sex = sex or p.sex
    return given, patronymic, sex


#: what ``Person.parts`` read last: the namings, the best of them, the state they folded to
_Memo = tuple[tuple[PersonRef, ...], PersonRef, tuple[str, str, str]]


@dataclass
class Person:
    refs: list[PersonRef] = field(default_factory=list)
    #: namings are added one by one: ``parts`` reads on from the last reading (a name written
    #: a thousand times is read once per naming, not once per naming per naming)
    _memo: _Memo | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def best(self) -> PersonRef:
        """The fullest naming (see ``_score``)."""
        return max(self.refs, key=_score)

    @property
    def parts(self) -> NameParts:
        refs = tuple(self.refs)
        memo = self._memo
        if memo is not None and refs[: len(memo[0])] == memo[0] and all(
                _score(r) <= _score(memo[1]) for r in refs[len(memo[0]) :]):
            best_ref, state, new = memo[1], memo[2], refs[len(memo[0]) :]
        else:
            best_ref = self.best
            state = (best_ref.parts.given, best_ref.parts.patronymic, best_ref.parts.sex)
            new = refs
        given, patronymic, sex = _fold(state, new)
        self._memo = (refs, best_ref, (given, patronymic, sex))
        best = best_ref.parts
        sex = sex or patronymic_sex(patronymic)  # "Орлан Буянович Даба": he
        return NameParts(best.surname, given, patronymic, sex, best.case, best.initials)

    @property
    def surname_key(self) -> str:
        return next((r.parts.surname_key for r in self.refs if r.parts.surname), "")

    @property
    def given_key(self) -> str:
        keys = [r.parts.given_key for r in self.refs if r.parts.given and not r.parts.initials]
        return keys[0] if keys else ""

    @property
    def subject(self) -> bool:
        return any(r.subject for r in self.refs)

    @property
    def stems(self) -> frozenset[str]:
        """Stems of every word the person is named by (not patronymics, not initials)."""
        out: set[str] = set()
        for r in self.refs:
            out |= name_stems(r.parts.surname, r.parts.given)
        return frozenset(out)


def _compatible(person: Person, p: NameParts, other: bool = False) -> bool:
    """Whether naming ``p`` may be the person named before; ``other``: the text marks it as
    another person (a relative), so a familiar form joins no full name."""
    mine = person.parts
    if p.given and mine.given:
        a, b = p.given_key, person.given_key or mine.given.lower()
        if p.initials or mine.initials:
            if a[:1] != b[:1]:
                return False
        elif not same_given(a, b):  # "Сашко" and "Олександр" are one name
            return False
        elif other and a != b and (familiar(a) or familiar(b)):
            return False  # "Александр Петров … остался сын Саша Петров": his son
    if (p.patronymic and mine.patronymic and not (p.initials or mine.initials)
            and p.patronymic.lower()[:4] != mine.patronymic.lower()[:4]):
        return False
    return not (p.sex and mine.sex and p.sex != mine.sex and p.given and mine.given)


#: a kin word after a name in its clause ("Олесь Петренко, його брат"; "…, его сын")
_KIN_AFTER = re.compile(r"\s*,\s*(?:его|её|ее|их|його|її|їх|їхній)\s+"
                        r"(?:[а-яёіїєґ'’-]+\s+)?([а-яёіїєґ'’-]+)", re.I)


def _another_person(text: str, start: int, end: int) -> bool:
    """A kin word just before a name ("остался сын Саша Петров") or after it ("Олесь
    Петренко, його брат") marks it as a relative of the one named before, not that one."""
    head = text[max(0, start - 40) : start]
    cut = max((m.end() for m in CLAUSE_STOP.finditer(head)), default=0)
    words = _NAME_WORD.findall(head[cut:])
    if words and lemmas(words[-1].lower()) & KIN:
        return True
    m = _KIN_AFTER.match(text, end)
    return bool(m and lemmas(m.group(1).lower()) & KIN)


#: a word right before a lone given name that makes it another man's: a comrade, an official,
#: a cleric or a saint ("его побратим Олег", "староста села Олексій", "отец Сергий", "церкві
#: Святого Миколая"), or company of the one named before ("С ним служил Дмитрий")
_ANOTHERS_TITLE = re.compile(
    r"(?<!\w)(?:сослуживц?\w*|побратим\w*|товарищ\w*|товариш\w*|друг\w*|командир\w*|"
    r"старост\w*|глав[аеуы]|голов[аиі]|очільник\w*|отец|отца|батюшк\w*|отч?е|священник\w*|"
    r"протоиере\w*|протоієре\w*|иере\w*|ієре\w*|митрополит\w*|архиепископ\w*|"
    r"архієпископ\w*|свят(?:ой|ого|ому|ым|ом|ий|ого|ому|им|ім|ителя|ителю|ителем)|"
    r"преподобн\w*|храм\w*|церкв\w*|собор\w*|(?:с|со|з|із|зі)\s+(?:ним|нею|ними)\b"
    r"(?:\s+\w+){0,4})\s+(?:[а-яёіїєґ'’-]+\s+){0,2}?$", re.I)


def anothers_given(text: str, start: int) -> bool:
    """A lone given name at ``start`` is another man's by the words just before it (see
    :data:`_ANOTHERS_TITLE`): it spells out no one's initial."""
    head = text[max(0, start - 60) : start]
    cut = max((m.end() for m in CLAUSE_STOP.finditer(head)), default=0)
    return _ANOTHERS_TITLE.search(head, cut) is not None


#: a kin word in apposition right after a lone given name ("Сергей, его сын", "Олег — її брат")
_KIN_APPOSED = re.compile(r"\s*[,—–]\s*(?:(?:его|её|ее|их|його|її|їх)\s+)?(?:\w+\s+)?(?P<kin>\w+)",
                        re.I)
#: the word right after a lone given name: a verb of speech ("Андрей рассказал, что брат …")
_VERB_AFTER = re.compile(r"\s+(?P<verb>\w+)")
_LOWER_WORD = re.compile(r"\b[а-яёіїєґ'’ʼ-]+\b")


def relatives_given(text: str, end: int) -> bool:
    """A lone given name ending at ``end`` is a relative's, not the spelled-out initial of the
    one described: a kin word in apposition after it ("Сергей, его сын, учится …"), or he
    speaks of him by a kin word in his sentence ("Андрей рассказал, что брат мечтал …")."""
    m = _KIN_APPOSED.match(text, end)
    if m is not None and KIN & lemmas(m.group("kin").lower()):
        return True
    v = _VERB_AFTER.match(text, end)
    if v is None or not lemmas(v.group("verb").lower()) & SPEECH:
        return False
    return any(KIN & lemmas(w) for w in _LOWER_WORD.findall(
        text, v.end(), sentence_end(text, v.end())))


#: a son or a brother named by his given name after the man just named: the same surname
_SON_BEFORE = re.compile(r"\b(?:(?:его|их|його|їхній|їх)\s+"
                         r"(?:(?:\d+-(?:летн|річн)|[а-яёіїєґ'’]+)\w*\s+){0,2}?(?:сын|брат|син)|"
                         # "похоронил сына Кирилла", "на прощание с сыном Кириллом"
                         r"(?:сына|сыну|сыном|сине|сина|синові|сином))\s+$",
                         re.I)
#: two given names sharing one surname: "Игорь и Вячеслав Мальцевы", "Михаил и Елена
#: Гордиенко" (nominative)
_SHARED_SURNAME = re.compile(
    r"\b([А-ЯЁ][а-яё]+)\s+и\s+([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b")
_PLURAL_SURNAME = (("ские", "ский", "ская"), ("цкие", "цкий", "цкая"), ("овы", "ов", "ова"),
                   ("евы", "ев", "ева"), ("ёвы", "ёв", "ёва"), ("ины", "ин", "ина"),
                   ("ыны", "ын", "ына"))
_INDECLINABLE = re.compile(r"(?:ко|ук|юк|ян|дзе|швили|их|ых|уа)$")


#: words that name a pair as the people described ("Двоюродные братья Игорь и Вячеслав …"),
#: unlike "его братья"
_PAIR_WORD = re.compile(r"(?<!его\s)(?<!её\s)(?<!ее\s)(?<!их\s)\b(?:братья|сёстры|сестры|"
                        r"супруги|близнецы|брат\s+и\s+сестра)\s+$", re.I)


def _given_nominative(word: str) -> str:
    """The sex of a given name in the nominative ("M"/"F"), or "" if it is not one."""
    for p in parses(word.lower()):
        if "Name" in p.tag.grammemes and "nomn" in p.tag.grammemes and p.score >= 0.1:
            return "F" if "femn" in p.tag.grammemes else "M"
    return ""


def shared_surnames(text: str) -> list[tuple[PersonRef, PersonRef]]:
    """Pairs named with one surname for two ("Игорь и Вячеслав Мальцевы"): each gets it."""
    out = []
    for m in _SHARED_SURNAME.finditer(text):
        sexes = [_given_nominative(m.group(1)), _given_nominative(m.group(2))]
        if not all(sexes):
            continue
        surname = m.group(3)
        if any("Patr" in p.tag.grammemes or "Name" in p.tag.grammemes
               for p in parses(surname.lower())[:2]):
            continue  # "Игорь и Вячеслав Петрович"
        forms: tuple[str, str] | None = None
        for plural, masc, fem in _PLURAL_SURNAME:
            if surname.endswith(plural):
                stem = surname[: -len(plural)]
                forms = (stem + masc, stem + fem)
        if forms is None and _INDECLINABLE.search(surname):
            forms = (surname, surname)
        if forms is None:
            continue
        refs = []
        for given, sex, (a, b) in ((m.group(1), sexes[0], m.span(1)),
                                   (m.group(2), sexes[1], (m.start(2), m.end(3)))):
            name = forms[0] if sex == "M" else forms[1]
            parts = parse_name([name, given])
            subject = bool(_PAIR_WORD.search(text, max(0, m.start() - 30), m.start())) or (
                is_subject(text, m.start(), parts))
            refs.append(PersonRef(a, b, parts, subject))
        out.append((refs[0], refs[1]))
    return out


#: a plural surname, then the given names of the two it names: "братьев Зайцевых — Ивана
#: (1995 г.р.) и Михаила", "супруги Ковальские, Анна и Пётр,"
_SURNAME_THEN_GIVEN = re.compile(
    r"\b([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ск|цк)(?:ы|ых|ым|ыми|ие|их|им|ими))\s*[—–:,-]\s*"
    r"([А-ЯЁ][а-яё]+)(?:\s*\([^()]{0,40}\))?\s*,?\s+и\s+([А-ЯЁ][а-яё]+)\b")
#: the pair are the people described: "братьев", "сестёр", "супругов" (not "его братьев")
_PAIR_ANY_CASE = re.compile(r"(?<!его\s)(?<!её\s)(?<!ее\s)(?<!их\s)\b(?:брать(?:я|ев|ям|ями|ях)|"
                            r"с[её]ст[её]р|с[её]стр(?:ы|ам|ами|ах)|супруг(?:и|ов|ам|ами|ах)|"
                            r"близнец(?:ы|ов|ам|ами|ах))\s+$", re.I)


def surname_then_given(text: str) -> list[tuple[PersonRef, PersonRef]]:
    """Pairs named by a plural surname followed by their given names ("хоронили братьев
    Зайцевых — Ивана и Михаила"): each gets the surname, in the sex of the given name."""
    out = []
    for m in _SURNAME_THEN_GIVEN.finditer(text):
        plural = next((p for p in parses(m.group(1).lower()) if "Surn" in p.tag.grammemes
                       and "plur" in p.tag.grammemes), None)
        if plural is None:
            continue
        masc = _cap_name(plural.normal_form)
        femn = masc[:-2] + "ая" if masc.endswith("ий") else masc + "а"
        refs = []
        for group_no, (a, b) in ((2, (m.start(1), m.end(2))), (3, m.span(3))):
            given = parse_name([m.group(group_no)], (str(plural.tag.case), ""))
            if not given.given:
                break
            sex = given.sex or "M"
            parts = NameParts(masc if sex == "M" else femn, given.given, "", sex, given.case)
            subject = bool(_PAIR_ANY_CASE.search(text, max(0, m.start() - 30), m.start())) or (
                is_subject(text, m.start(), parts))
            refs.append(PersonRef(a, b, parts, subject))
        if len(refs) == 2:
            out.append((refs[0], refs[1]))
    return out


def _cap_name(word: str) -> str:
    return "-".join(w[:1].upper() + w[1:] for w in word.split("-"))


def group(text: str, spans: list[tuple[int, int]]) -> list[Person]:
    """People named by the PER ``spans`` of ``text``, in order of first naming."""
    people: list[Person] = []
    pairs = shared_surnames(text) + surname_then_given(text)
    taken = [(a.start, b.end) for a, b in pairs]
    for a, b in pairs:
        people += [Person([a]), Person([b])]
    # "братьев Ерёминых — Александра Юрьевича и Дениса Юрьевича": each member a person
    # with the family's surname; the plural alone names no one
    found = families(text)
    for family, member in family_members(text, found, taken, spans):
        taken += [(member.start, member.end), (family.start, family.end)]
        ref = PersonRef(member.start, member.end, member.parts, True, member.words)
        same = next((p for p in people if p.surname_key == member.parts.surname_key
                     and p.parts.given_key == member.parts.given_key), None)
        if same is not None:  # "Супруги Михаил и Елена Котовы … 30 мая Михаил погиб"
            same.refs.append(ref)
        else:
            people.append(Person([ref]))
    # "Братья Рябовы погибли": a family's surname after a word for it is no one person,
    # even when no member is named
    taken += [(f.start, f.end) for f in found if f.named]
    spans = [(s, e) for s, e in spans if not any(s < y and x < e for x, y in taken)]
    south_asian = south_asian_text(text)
    one_surname = one_surname_text(text)
    lone = {(s, e) for s, e, _ in lone_given_names(text, [])}
    coordinated: tuple[int, str, str] | None = None  # the last name's end, oblique case, gender
    for start, end in sorted(spans):
        if _place_adjective(text, start, end):
            continue  # "Вінницька міська громада": a place's adjective before its noun
        after = _PARTICLE_AFTER.match(text, end)
        if after:  # the NER span stops before "оглы", "угли", "кызы"
            end = after.end()
            surname = _SURNAME_AFTER.match(text, end)
            if surname and len(_NAME_WORD.findall(text[start:after.start()])) == 2:
                end = surname.end()  # given first: the surname follows the particle
        # a call sign in quotes inside the name is no part of it ("Сергей «Малой» Фирсов")
        words = _NAME_WORD.findall(_QUOTED.sub(" ", text[start:end]))
        if not words or len(words) > 6 or _call_sign(text, start, end) or _place_of_two(words):
            continue
        context = _context(text, start)
        if context is None:  # "Ще одного строковика, Владислава Кірєєва, …": beside a noun
            context = comma_apposition(text, start, end)
        if current_language() == "ru" and context is None:
            # "похоронили Фаррухджона Саидова": nothing before says the case; the tagger
            # reads the sentence
            context = tagged_case(text, start, end)
        if current_language() == "ru" and context is None and coordinated is not None and (
                _COORDINATED.fullmatch(text, coordinated[0], start)):
            # "похоронили … Йосвани Эрнандеса Кастильо и Луиса Альберто Переса Мору": the
            # second name of a pair in the case of the first
            context = (coordinated[1], coordinated[2])
        if current_language() == "uk":  # "поховали Баїра Доржиєва": the verb's object, his
            context = oblique_sex(words, context or object_case(text, start, end, words))
        parts = parse_name(words, context, given_first=len(words) == 2 and south_asian
                           and south_asian_name(text, start, end))
        if vietnamese_surname(words[0]) and 2 <= len(words) <= 4 and not parts.patronymic:
            # "Нгуєн Ван Тхань": a Vietnamese name is written surname first
            parts = NameParts(words[0], " ".join(words[1:]), "", parts.sex or "M", parts.case,
                              False)
        if south_asian and south_asian_surname_first([parts.given, parts.surname]) and not (
                parts.patronymic):  # "Гурунг Бикрам": a known surname first
            parts = NameParts(parts.given, parts.surname, "", parts.sex, parts.case,
                              parts.initials)
        if one_surname and len(words) == 3:  # "Ранджит Прасанна Перера", "Дэвид Кипчумба
            parts = given_names_first(parts)  # Ротич": two given names, one surname
        double = _double_surname(people, words)
        if double is not None:  # "Родрігес Кабрера" after "Йосвані Альберто Родрігес Кабрера"
            parts = NameParts(double, "", "", "M", "nomn")
        if (start, end) in lone and not parts.given:
            continue  # "Нуван из Курунегалы … погиб": a given name read as a surname; below
        subject = is_subject(text, start, parts)
        son = _SON_BEFORE.search(text, max(0, start - 40), start)
        if (son and len(words) == 1 and parts.given and not parts.surname and people
                and people[-1].parts.sex == "M" and people[-1].parts.surname):
            # "52-летний Виктор Захаров …, его сын Евгений, 25 лет, …": the family's surname
            parts = NameParts(people[-1].parts.surname, parts.given, "", "M", parts.case)
            subject = True
        ref = PersonRef(start, end, parts, subject, tuple(words))
        coordinated = (end, parts.case, {"M": "masc", "F": "femn"}.get(parts.sex, "")) if (
            parts.case not in ("", "nomn")) else None
        nick = _NICKNAME_BEFORE.search(text, max(0, start - 60), start)
        if nick and people and any(0 <= nick.start() - r.end <= 3 for r in people[-1].refs):
            people[-1].refs.append(ref)  # "Фрэнка Кали по прозвищу Фрэнки Бой": one person
            continue
        target = _find(people, parts, len(words) == 1, _another_person(text, start, end),
                       len(words) == 1 and (anothers_given(text, start) or relatives_given(
                           text, end))) or (
            _by_stems(people, parts))
        if target is None and len(words) == 2 and not parts.surname and parts.given and (
                patronymic_sex(parts.patronymic) == "M") and not (
                _known_given(parts.given) and _fathers_name(parts.patronymic)):
            # "Серб Ненад Стоянович погиб": a given name and a word in -ович that names no
            # one named before is a surname (Serbian, Croatian, Belarusian), not a patronymic
            # — unless both are Russian: a known given name and a father's name ("Никита
            # Сергеевич")
            parts = NameParts(parts.patronymic, parts.given, "", parts.sex or "M", parts.case)
            ref = PersonRef(start, end, parts, is_subject(text, start, parts), tuple(words))
        if target is not None and len(words) == 1 and ref.subject and not target.subject and (
                parts.case == "nomn" and not role_before(text, start) and not dies(text, start)
                and not dying_next(text, start)):
            # "Ганна Бойко, мати загиблого Олега … 54-річна Ганна досі не вірить": the
            # relative named again by her given name alone is still no one described (not
            # "Родные Артёма просят …": one in an oblique case may be the one described)
            ref = PersonRef(start, end, parts, False, tuple(words))
        if target is not None and _given_names_again(parts, target):
            # "Хосе Мигель погиб": his two given names, no surname
            ref = PersonRef(start, end, NameParts("", target.parts.given, "", parts.sex,
                                                  parts.case, False), ref.subject, tuple(words))
        if target is not None:
            target.refs.append(ref)
        elif parts.surname and not (len(words) == 1 and _DEMONYM.search(words[0])):
            people.append(Person([ref]))
    _add_lone_given(text, people)
    for person in people:
        _one_sex(person)
    return people


def _add_lone_given(text: str, people: list[Person]) -> None:
    """"Його товариш Нуван з Курунеґали, 27 років, загинув": a foreign recruit named by his
    given name alone is a person, unless someone found is named so."""
    taken = [(r.start, r.end) for p in people for r in p.refs]
    for start, end, word in lone_given_names(text, taken):
        key = word.lower()
        if any(key in (p.parts.given.lower(), *p.parts.given.lower().split(),
                       p.parts.surname.lower()) for p in people):
            continue
        parts = NameParts("", word, "", "M", "nomn")
        ref = PersonRef(start, end, parts, True, (word,))  # his own fate follows
        same = next((p for p in people if not p.parts.surname and p.parts.given == word), None)
        if same is not None:
            same.refs.append(ref)
        else:
            people.append(Person([ref]))


#: a place's adjective (as a surname in -ська/-ская may look): "Вінницька", "Курская"
_ADJECTIVE_END = re.compile(r"(?:ськ|цьк|ск|цк)(?:а|ий|е|ая|ий|ое|ої|ой|ого|ому)$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _place_adjective(text: str, start: int, end: int) -> bool:
    """One word with an adjective's ending that a lower-case adjective or thing's noun of
    its gender follows ("Вінницька міська територіальна громада", "Курская областная
    дума"): a place or a body, not a woman's surname ("Ковальська загинула")."""
    word = text[start:end]
    nxt = _NEXT_WORD.match(text, end)
    if " " in word.strip() or not _ADJECTIVE_END.search(word.lower()) or nxt is None or (
            not nxt.group(1)[:1].islower()):
        return False
    genders = {g for p in parses(word.lower())[:3] for g in ("masc", "femn", "neut")
               if g in p.tag.grammemes} or {"femn" if word.lower().endswith("а") else "masc"}
    if _adjective_of_person(word.lower(), nxt.group(1).lower()):
        return True  # "Курский срочник вернулся домой": a place's adjective before a noun
    return any(((("ADJF" in p.tag.grammemes and not {"pssv", "actv", "PRTF"} & p.tag.grammemes)
                 or {"NOUN", "inan"} <= p.tag.grammemes) and genders & p.tag.grammemes)
               for p in parses(nxt.group(1).lower())[:2])


def _adjective_of_person(word: str, noun: str) -> bool:
    """``word`` is known only as an adjective (no surname reading) and agrees with the
    animate noun after it ("курский срочник", "белгородская волонтёрка")."""
    ps = parses(word)
    if not ps or not ps[0].is_known or "ADJF" not in ps[0].tag.grammemes or any(
            "Surn" in p.tag.grammemes for p in ps):
        return False
    agree = {(p.tag.case, p.tag.gender) for p in ps if "ADJF" in p.tag.grammemes}
    return any({"NOUN", "anim"} <= p.tag.grammemes and (p.tag.case, p.tag.gender) in agree
               for p in parses(noun)[:2])


#: a settlement named by a possessive adjective and a thing's noun ("из Маслова Пристани",
#: "в Петрову Гору"): the first word ends as a possessive
_POSSESSIVE_END = re.compile(r"(?:ов|ев|ин|ын)(?:а|о|ой|ую|ом|у|ых|ы)?$")


def _place_of_two(words: list[str]) -> bool:
    """Two words read as a name that are a place: a possessive and a known inanimate noun
    with no name's reading ("Маслова Пристань", "Сухая Балка" is not read so)."""
    if len(words) != 2 or not _POSSESSIVE_END.search(words[0].lower()) or (
            len(words[0]) < 5 or len(words[1]) < 3):
        return False  # "Мин Си" is a Chinese name, not a possessive and the note "си"
    ps = parses(words[1].lower())[:3]
    return bool(ps) and all(p.is_known for p in ps) and any(
        {"NOUN", "inan"} <= p.tag.grammemes for p in ps[:1]) and not any(
        {"Name", "Surn", "Patr", "anim"} & p.tag.grammemes for p in parses(words[1].lower()))


def _double_surname(people: list[Person], words: list[str]) -> str | None:
    """The double surname of a person named before, written alone ("Родригес Кабрера")."""
    if len(words) != 2:
        return None
    written = " ".join(words).lower().replace("ё", "е")
    for person in reversed(people):
        surname = person.parts.surname
        if " " in surname and surname.lower().replace("ё", "е") == written:
            return surname
    return None


def _known_given(word: str) -> bool:
    return any(p.is_known and "Name" in p.tag.grammemes for p in parses(word.lower()))


_OVICH = re.compile(r"(?:ович|евич|ьич|ич)$")


def _fathers_name(patronymic: str) -> bool:
    """A patronymic made from a given name the dictionary knows ("Сергеевич" ← Сергей,
    "Игоревич" ← Игорь), not a surname in -ович ("Стоянович", "Ковачевич")."""
    stem = _OVICH.sub("", patronymic.lower())
    return stem != patronymic.lower() and any(
        _known_given(stem + end) for end in ("", "й", "ь", "а", "я"))


#: a nickname after the name: another naming of the same person
_NICKNAME_BEFORE = re.compile(r"[\s,(]*(?:по\s+прозвищу|по\s+кличке|он\s+же|известн\w+\s+как)"
                              r"\s*[«\"“„]?\s*$", re.I)
_CALL_SIGN_BEFORE = re.compile(r"(?:позывн\w*|позивн\w*|call\s+sign)\s*[«\"“„]?\s*$",
                               re.I)


def _call_sign(text: str, start: int, end: int) -> bool:
    """A call sign or a nickname, not a naming: "под позывным «Кара»", "Гуров Сергій
    («Гусак»)" — a word in quotes alone."""
    if _CALL_SIGN_BEFORE.search(text, max(0, start - 30), start):
        return True
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    if len(text[start:end].split()) >= 3 and re.search(r"\b(?:як|як:|під\s+ім['’]ям)\s*[«\"“„]$",
                                                      text[max(0, start - 12) : start]):
        return False  # "записано як «Рохас Мартінес Ернесто»": a full name quoted as written
    return before in ("«", '"', "“", "„") and after in ("»", '"', "”", "“")


def _by_stems(people: list[Person], p: NameParts) -> Person | None:
    """The latest person named by the same words in another form: every word of one
    naming is a word of the other, whatever its case, gender or role ("Начыну Сояну"
    and "Начын Шолбанович Соян"; "Дамбу" and "Дамба")."""
    words = word_keys(p.surname, "" if p.initials and len(p.given) <= 2 else p.given)
    if not words:
        return None
    mine = frozenset().union(*words)
    for person in reversed(people):
        theirs = [w for r in person.refs for w in word_keys(r.parts.surname, r.parts.given)]
        lone = all(len(r.words) <= 1 for r in person.refs)  # named by a surname only so far
        if not (same_name(words, person.stems) or (lone and same_name(theirs, mine))):
            continue
        if _stems_agree(person, p):
            return person
    return None


def _stems_agree(person: Person, p: NameParts) -> bool:
    """Patronymics and initials that do not contradict: same first letters, same sex."""
    mine = person.parts
    for a, b in ((p.patronymic, mine.patronymic), (p.given, mine.given)):
        if a and b and (a.endswith(".") or b.endswith(".")) and a[:1] != b[:1]:
            return False
    if p.patronymic and mine.patronymic and not (
            p.patronymic.endswith(".") or mine.patronymic.endswith(".")):
        if p.patronymic.lower()[:4] != mine.patronymic.lower()[:4]:
            return False
        if patronymic_sex(p.patronymic) != patronymic_sex(mine.patronymic):
            return False
    return True


_GENDER = {"M": "masc", "F": "femn"}
#: a Russian surname in a form only a man's has (the nominative)
_MASCULINE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")


def _one_sex(person: Person) -> None:
    """Namings of one person read in one sex: the sex most of its namings give (a
    patronymic says it for sure, a naming no other sex can read is surer than one that
    can), the others read again in it where their words allow."""
    votes = {"M": 0, "F": 0}
    for r in person.refs:
        sex = patronymic_sex(r.parts.patronymic)
        if sex:
            votes[sex] += 4
        elif r.parts.sex in votes:
            other = "F" if r.parts.sex == "M" else "M"
            only = not r.words or parse_name(list(r.words), gender=_GENDER[other]).sex != other
            votes[r.parts.sex] += 2 if only else 1
        elif _MASCULINE_SURNAME.search(r.parts.surname):  # "Русаков": a man's form only
            votes["M"] += 2
    if not votes["M"] or not votes["F"] or votes["M"] == votes["F"]:
        return
    sex = max(votes, key=lambda k: votes[k])
    for i, r in enumerate(person.refs):
        if r.parts.sex and r.parts.sex != sex and r.words and not patronymic_sex(
                r.parts.patronymic):
            again = parse_name(list(r.words), gender=_GENDER[sex])
            if again.sex == sex:
                person.refs[i] = PersonRef(r.start, r.end, again, r.subject, r.words)


#: a lone capitalised word with a demonym's ending names where someone is from
#: ("Улан-удэнец погиб в бою"), not who
_DEMONYM = DEMONYM_WORD


#: prepositions of a home between a name and the word that governs it
_FROM = frozenset({"з", "із", "зі", "из", "со"})


#: a name of two or three words and "и"/"та"/"і" right before another name
_JOINED_TO_NAME = re.compile(r"(?<![\w'’-])([А-ЯЁІЇЄҐ][\w'’-]+(?:\s+[А-ЯЁІЇЄҐ][\w'’-]+){1,2})"
                             r"\s+(?:и|та|і|й)\s+$")


#: a name of up to three words, its last in the instrumental ("Тхапою", "Гнатюком",
#: "Рахимовим")
_UK_WITH_NAME = re.compile(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:ою|ею|єю|ом|ем|єм|им|ім)\b")


#: nouns that take the one they honour or help in the dative ("Вечная память Анне
#: Соколовой", "памятник Ивану Котову", "Вічна пам'ять Івану Петренку", "соболезнования
#: родным"), not the genitive other nouns of things take ("гибель Рината Галиева")
_TO_WHOM = frozenset({"память", "пам'ять", "слава", "памятник", "пам'ятник", "соболезнования",
                      "співчуття", "благодарность", "подяка", "честь"})
#: a name's words in a dative's endings, those a genitive shares last (not "почтили память
#: Ивана Петрова", "Ольги Котовой", "Котовой Ольги")
_DATIVE_NAME = re.compile(r"[^\W\d_]+(?:у|ю|е|і)\b(?:\s+[^\W\d_]+(?:у|ю|е|і|ой|ей)\b)*|"
                          r"[^\W\d_]+(?:ой|ей)\s+[^\W\d_]+(?:у|ю|е|і)\b")


def _in_dative(text: str, start: int) -> bool:
    return _DATIVE_NAME.match(text, start) is not None


def _context(text: str, start: int, depth: int = 0) -> tuple[str, str] | None:
    """(case, gender) of the word that governs a name: "43-летнего мобилизованного
    иркутянина Станислава Бердникова" is genitive masculine, not "Станислава" (she); a
    name right after a noun of a thing is in the genitive ("гибель Рината Галиева":
    ("gent", ""))."""
    window = text[max(0, start - 60) : start]
    joined = _JOINED_TO_NAME.search(window)
    if joined is not None and depth < 2:  # "о гибели Баира Цыбикова и Саяна Намжилова": the
        # second name is governed as the first, or stands in the first one's case
        # (its case only: "с Иваном Петровым и Анной Сидоровой" are not of one sex)
        first = _context(text, max(0, start - 60) + joined.start(1), depth + 1)
        if first is not None:
            return first[0], ""
        parts = parse_name(joined.group(1).split())
        if parts.case not in ("", "nomn") and parts.sex in ("M", "F"):
            return parts.case, ""
    cut = max((m.end() for m in CLAUSE_STOP.finditer(window)), default=0)
    words = _WORD.findall(window[cut:])
    if words and words[-1].lower() in ("с", "со") and current_language() == "ru" and (
            window.endswith(" ")):
        return "ablt", ""  # "поговорили с Бишну Тхапой": a person after "с" is with someone
    with_name = _UK_WITH_NAME.match(text, start)
    if words and words[-1].lower() in ("з", "із", "зі") and current_language() == "uk" and (
            window.endswith(" ")) and with_name:
        # "з Бішну Тхапою": a name in the instrumental after "з"; a man's in -ом, -им
        return "ablt", "masc" if with_name.group(0).endswith(("м",)) else ""
    beside = apposition_case(words)
    if beside is not None:  # "сержант ланкийской армии Чаминда Пушпакумара Ратнаяке"
        return beside
    if words and window.endswith(" ") and not window[:-1].endswith(tuple(".!?,;:")):
        if words[-1].lower().replace("’", "'") in _TO_WHOM and _in_dative(text, start):
            return "datv", ""  # "Вечная память Анне Соколовой", "Слава Суману Гурунгу"
        top = parses(words[-1].lower())[:1]
        # lower case, or the clause's first word ("Памяти Евгения Лаптева")
        if top and (words[-1][:1].islower() or len(words) == 1) and {
                "NOUN", "inan"} <= top[0].tag.grammemes and (
                top[0].score >= 0.5 and not {"Name", "Surn", "Patr", "Geox"}
                & top[0].tag.grammemes):
            return "gent", ""
    opening = _WORD.match(text, start)
    readings = parses(opening.group(0).lower()) if opening and words else []
    if words and lemmas(words[-1]) & KIN and any(
            {"Name", "masc", "gent"} <= p.tag.grammemes for p in readings) and not any(
            {"masc", "nomn"} <= p.tag.grammemes and {"Name", "Surn"} & p.tag.grammemes
            for p in readings):  # (not "син Марко": a man's name in the nominative)
        # "Мать Даниила Пестова", "Сестра Даниила": a relative's word before a man's given
        # name in the genitive is his relative, not a woman named "Даниила Пестова"
        return "gent", "masc"
    while len(words) >= 3 and words[-1][:1].isupper() and words[-2].lower() in _FROM:
        words = words[:-2]  # "добровольця з Москви Олександра Гусєва": the home between
    for k, word in reversed(list(enumerate(words))[-3:]):
        if word[:1].isupper() and (k or (cut == 0 and start > 60)):
            continue  # a capital is read only where it opens the clause ("Непальця Раджу")
        readings = list(parses(word.lower()))
        if word[:1].islower():  # "капітана": a word in lower case is read as no name
            readings = [p for p in readings if not {"Name", "Surn", "Patr"} & p.tag.grammemes
                        ] or readings
        for p in readings[:1]:
            g = p.tag.grammemes
            if ({"ADJF", "PRTF"} & g or ("NOUN" in g and "anim" in g)) and (
                    "sing" in g or (current_language() == "uk" and "plur" not in g)) and not (
                    {"Name", "Surn", "Patr"} & g):
                # "48-летнего": a neuter reading of an adjective is the masculine one
                gender = "masc" if {"masc", "neut"} & g else "femn" if "femn" in g else ""
                if p.tag.case and gender:
                    return str(p.tag.case), gender
        return None
    return None


def _given_names_again(p: NameParts, person: Person) -> bool:
    """``p``, read as a given name and a surname, is ``person``'s two given names again
    ("Хосе Мигель" after "Хосе Мигеля Эрнандеса Кабреры")."""
    if not (p.surname and p.given) or p.patronymic or " " not in person.parts.given:
        return False
    return person.parts.given.casefold() in (f"{p.given} {p.surname}".casefold(),
                                             f"{p.surname} {p.given}".casefold())


def _find(people: list[Person], p: NameParts, lone: bool, other: bool = False,
          titled: bool = False) -> Person | None:
    same = [person for person in reversed(people) if p.surname
            and person.surname_key == p.surname_key and _compatible(person, p, other)]
    if same:
        if p.sex and not p.given:  # "Пєтухов" after "Андрія Пєтухова" and his mother "Ніна
            # Пєтухова": a surname alone goes to the one of its sex
            return next((person for person in same if person.parts.sex == p.sex), same[0])
        return same[0]
    named = [person for person in reversed(people) if _given_names_again(p, person)]
    if named:  # "Хосе Мигель погиб" after "Хосе Мигеля Эрнандеса Кабреры"
        return named[0]
    if not p.surname and p.given and p.patronymic:  # "Никита Александрович" after "Пестов Н.А."
        for person in reversed(people):
            mine = person.parts
            if mine.given and (mine.given_key == p.given_key or (
                    mine.initials and mine.given[:1] == p.given[:1]
                    and mine.patronymic[:1] == p.patronymic[:1])):
                return person
    if lone:  # a lone word may be a given name ("Ивану было 34 года") or a surname
        key = p.given_key or p.surname_key
        for person in reversed(people):
            if key and key in (person.given_key, person.surname_key):
                return person
        for person in reversed(people):  # "Дима с детства мечтал …" after "Дмитрий Соколов"
            if not other and p.given_key and person.given_key and familiar(
                    p.given_key) and same_given(p.given_key, person.given_key):
                return person
        if not other and not titled and p.given and not p.surname and not familiar(
                p.given_key):
            spelled = [person for person in people if _spells_out(person.parts, p)]
            if len(spelled) == 1:  # "Рядовой Д. А. Шестаков … Дмитрия похоронили": the one
                return spelled[0]  # man of that initial, his given name spelled out
    return None


def _spells_out(mine: NameParts, p: NameParts) -> bool:
    """``p``, a given name alone, may spell out the initial ``mine`` has for one."""
    return mine.initials and mine.given.endswith(".") and bool(mine.surname) and (
        mine.given[:1] == p.given[:1]) and not (mine.sex and p.sex and mine.sex != p.sex)
