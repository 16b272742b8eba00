"""People a text names: PER spans grouped into one person per surname, whatever the case.

"Иван Сергеевич Петров … Ивана Петрова … Петрову … Ивану было 34 года" is one
person: a later span joins the latest person whose surname key (gender- and
case-free lemma) matches and whose given name and patronymic do not disagree; a
lone given name joins the latest person of that given name. A lone given name
with no such person is not a person. A span right after a word such as "глава",
"губернатор" or "мать" names someone who is not the subject of the text:
facts are not attached to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from headcount.extract.morph import current_language, lemmas, parses
from headcount.extract.namecase import PARTICLES, NameParts, parse_name

#: lemmas of words after which a name is a relative of the person described
KIN = frozenset({
    "мать", "мама", "отец", "папа", "жена", "муж", "вдова", "супруг", "супруга", "сестра",
    "брат", "дочь", "сын", "бабушка", "дедушка", "внук", "внучка", "дядя", "тётя", "тетя",
    "племянник", "племянница", "невеста", "жених", "тёща", "теща", "свекровь", "родственник",
    "родственница", "друг", "подруга", "сослуживец", "сослуживица", "однополчанин",
    # Ukrainian
    "мати", "батько", "дружина", "чоловік", "донька", "дочка", "бабуся", "дідусь", "онук",
    "син", "родич", "товариш",
})
#: lemmas of words after which a name is an official, not the person described
OFFICIAL = frozenset({
    "глава", "губернатор", "мэр", "депутат", "министр", "президент", "сенатор", "председатель",
    "директор", "руководитель", "пресс-секретарь", "корреспондент", "священник",
    "протоиерей", "настоятель", "военком", "военкомат", "уполномоченный", "командир", "врио",
    "заместитель", "замглавы", "представитель", "спикер", "атаман", "благочинный", "митрополит",
    "архиепископ", "епископ", "иерей",
    # Ukrainian
    "мер", "голова", "міністр", "посадовець", "речник", "керівник",
    "представник", "уповноважений",
})
#: words before "сестра"/"брат" that make it a profession, not kin ("медицинская сестра")
_PROFESSION_BEFORE = frozenset({"медицинский", "палатный", "процедурный", "операционный",
                                "перевязочный"})
#: titles that make an official only right before the name (a commander may be the one
#: described: "командир роты капитан Иван Петров погиб")
_NEXT_TO_NAME = frozenset({"командир", "заместитель"})
#: how many words may stand between an official's title and the name ("глава Кяхтинского
#: района Сергей Дондоков")
TITLE_GAP = 4
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_PARTICLE_AFTER = re.compile(r"\s+(" + "|".join(sorted(PARTICLES)) + r")\b", re.I)


@dataclass
class PersonRef:
    start: int
    end: int
    parts: NameParts
    subject: bool = True  # False: an official or a relative, not the person described


@dataclass
class Person:
    refs: list[PersonRef] = field(default_factory=list)

    @property
    def best(self) -> PersonRef:
        """The fullest naming, nominative first, earliest first."""
        def score(r: PersonRef) -> tuple[int, int, int, int]:
            p = r.parts
            filled = sum(bool(x) for x in (p.surname, p.given, p.patronymic))
            return (filled, not p.initials, p.case == "nomn", -r.start)

        return max(self.refs, key=score)

    @property
    def parts(self) -> NameParts:
        best = self.best.parts
        given, patronymic, sex = best.given, best.patronymic, best.sex
        for r in self.refs:
            p = r.parts
            if (not given or given.endswith(".")) and p.given and not p.given.endswith("."):
                given = p.given
            if (not patronymic or patronymic.endswith(".")) and p.patronymic:
                patronymic = p.patronymic
            sex = sex or p.sex
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


def _compatible(person: Person, p: NameParts) -> bool:
    mine = person.parts
    if p.given and mine.given:
        a, b = p.given_key, person.given_key or mine.given.lower()
        if p.initials or mine.initials:
            if a[:1] != b[:1]:
                return False
        elif a != b:
            return False
    if (p.patronymic and mine.patronymic and not (p.initials or mine.initials)
            and p.patronymic.lower()[:4] != mine.patronymic.lower()[:4]):
        return False
    return not (p.sex and mine.sex and p.sex != mine.sex and p.given and mine.given)


def group(text: str, spans: list[tuple[int, int]]) -> list[Person]:
    """People named by the PER ``spans`` of ``text``, in order of first naming."""
    people: list[Person] = []
    for start, end in sorted(spans):
        after = _PARTICLE_AFTER.match(text, end)
        if after:  # the NER span stops before "оглы", "угли", "кызы"
            end = after.end()
        words = _WORD.findall(text[start:end])
        if not words or len(words) > 6:
            continue
        parts = parse_name(words, _context(text, start))
        subject = is_subject(text, start, parts)
        ref = PersonRef(start, end, parts, subject)
        target = _find(people, parts, len(words) == 1)
        if target is not None:
            target.refs.append(ref)
        elif parts.surname and not (len(words) == 1 and _DEMONYM.search(words[0])):
            people.append(Person([ref]))
    return people


#: a lone capitalised word with a demonym's ending names where someone is from
#: ("Улан-удэнец погиб в бою"), not who
_DEMONYM = re.compile(r"(?:чанин|чанка|янин|янка|анин|нец|нка|ичи|цы)$", re.I)
_CLAUSE_END = re.compile(r"[.!?;:,()«»\"\n—–]")


def _role_before(text: str, start: int) -> str:
    """"kin", "official" or "" — what the words just before a name make of it."""
    window = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    words = _WORD.findall(window[cut:])
    while words and words[-1][:1].isupper() and len(words) > 1:
        words.pop()  # "мать погибшего Ивана" — capitalised words between are skipped below
    for back, word in enumerate(reversed(words[-(TITLE_GAP + 1) :])):
        forms = lemmas(word)
        if forms & KIN and back == 0:
            i = len(words) - 1
            return "" if i > 0 and lemmas(words[i - 1]) & _PROFESSION_BEFORE else "kin"
        if forms & OFFICIAL and (back == 0 or not forms & _NEXT_TO_NAME):
            return "official"
    return ""


def is_subject(text: str, start: int, parts: NameParts) -> bool:
    """Whether a name may be the person described: not an official, not a relative.

    Kin words are matched as whole lemmas ("медсестра" is not "сестра"). A name in the
    genitive after a kin word is the person whose relative speaks ("мать Ивана Петрова").
    """
    role = _role_before(text, start)
    if role == "kin":
        return parts.case == "gent"
    return role != "official"


def _context(text: str, start: int) -> tuple[str, str] | None:
    """(case, gender) of the word that governs a name: "43-летнего мобилизованного
    иркутянина Станислава Бердникова" is genitive masculine, not "Станислава" (she)."""
    window = text[max(0, start - 60) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    for word in reversed(_WORD.findall(window[cut:])[-3:]):
        if word[:1].isupper():
            continue
        for p in parses(word.lower())[:1]:
            g = p.tag.grammemes
            if ({"ADJF", "PRTF"} & g or ("NOUN" in g and "anim" in g)) and (
                    "sing" in g or (current_language() == "uk" and "plur" not in g)) and not (
                    {"Name", "Surn", "Patr"} & g):
                gender = "masc" if "masc" in g else "femn" if "femn" in g else ""
                if p.tag.case and gender:
                    return str(p.tag.case), gender
        return None
    return None


def _find(people: list[Person], p: NameParts, lone: bool) -> Person | None:
    for person in reversed(people):
        if p.surname and person.surname_key == p.surname_key and _compatible(person, p):
            return person
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
    return None
