"""Ages as Ukrainian texts give them, in figures or in words, in any case.

"Йому було 34", "Йому був 41 рік", "йому назавжди 27", "йому 23 роки", "Володимиру
назавжди 39", "росіянину було сорок два роки",
"у віці 34 років", "у віці тридцяти чотирьох років", "Ахметов, тридцяти років,",
"(30 років)", "34-річний", "сорокарічний", "двадцятип'ятирічний", "вісімнадцятирічний".
Not ages: "на 35-му році життя" (the guide leaves it unstated) and what is not a person's
("25 років колонії" has no "було" nor a comma before it).
"""

from __future__ import annotations

import re

from headcount.extract.ages import (
    CHILD_AGE,
    CLAUSE_END,
    before_name,
    kin_apposed,
    kin_before,
    kin_word,
    kins_age,
    of_a_thing,
    verb_before,
)
from headcount.extract.ages import (
    age_adjective as ru_age_adjective,
)
from headcount.extract.model import Fact
from headcount.extract.morph import language, parses

MIN_AGE, MAX_AGE = 16, 100

_UNITS_NOM = ("один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять")
_UNITS_GEN = ("одного", "двох", "трьох", "чотирьох", "п'яти", "шести", "семи", "восьми",
              "дев'яти")
_TEENS_NOM = ("десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять",
              "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять")
_TEENS_GEN = tuple(w[:-1] + "и" for w in _TEENS_NOM)  # "вісімнадцяти"
_TENS_NOM = ("двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
             "вісімдесят", "дев'яносто")
_TENS_GEN = ("двадцяти", "тридцяти", "сорока", "п'ятдесяти", "шістдесяти", "сімдесяти",
             "вісімдесяти", "дев'яноста")
#: stems of units inside compound adjectives: "сорокадворічний", "тридцятип'ятирічний"
_UNITS_STEM = ("одно", "дво", "три", "чотири", "п'яти", "шести", "семи", "восьми", "дев'яти")

_VALUE: dict[str, int] = {
    **{w: i + 1 for names in (_UNITS_NOM, _UNITS_GEN) for i, w in enumerate(names)},
    **{w: i + 10 for names in (_TEENS_NOM, _TEENS_GEN) for i, w in enumerate(names)},
    **{w: (i + 2) * 10 for names in (_TENS_NOM, _TENS_GEN) for i, w in enumerate(names)},
}


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted((w.replace("'", "['’ʼ]") for w in words), key=len, reverse=True))


_TENS = _alt(_TENS_NOM + _TENS_GEN)
_ONES = _alt(_UNITS_NOM + _UNITS_GEN)
_TEENS = _alt(_TEENS_NOM + _TEENS_GEN)
#: a number in figures or words: "34", "тридцять чотири", "тридцяти чотирьох", "вісімнадцять"
NUMBER = rf"(\d{{1,3}}|(?:{_TENS})(?:\s+(?:{_ONES}))?|{_TEENS})"
_YEARS = r"(?:років|роки|рік|р\.)(?!\s*н)"
_LIMIT = "(?:лише|всього|усього|тільки|ледь)"
_MONTHS = ("січн|лют|берез|квіт|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн")

_PATTERNS = tuple(re.compile(p, re.I) for p in (
    # "Йому було 34", "їй виповнилося 19", "йому назавжди 27": a pronoun, no "років" needed
    rf"\b(?:йому|їй)\s+(?:(?:було|був|була|виповнилося|виповнився|минуло|назавжди|"
    rf"навіки|лише|всього|усього|тільки)\s+){{1,2}}{NUMBER}\b(?![-–]|\.\d|\s+(?:{_ONES})\b|\s*(?:{_MONTHS}))",
    # "йому 23 роки", "їй лише 19 років": a pronoun and the years, no verb
    rf"\b(?:йому|їй)\s+(?:{_LIMIT}\s+)?{NUMBER}\s+{_YEARS}(?!\s+тому)",
    # "Володимиру назавжди 39", "Героєві навіки 25": the age someone stays at
    rf"\b(?:назавжди|навіки|навічно)\s+(?:(?:залишилося|залишиться|лишилося|буде)\s+)?"
    rf"{NUMBER}\b(?![-–]|\.\d|\s+(?:{_ONES})\b|\s*(?:{_MONTHS}))",
    # "росіянину було сорок два роки", "хлопцеві було 20 років"
    rf"\b(?:було|був|виповнилося|виповнився|мав|мала)\s+(?:{_LIMIT}\s+)?{NUMBER}\s+{_YEARS}",
    # "у віці 34 років", "віком 34 роки", "у віці тридцяти чотирьох років"
    rf"\b(?:у|в)\s+віці\s+(?:{_LIMIT}\s+)?{NUMBER}\s+{_YEARS}|\bвіком\s+{NUMBER}\s+{_YEARS}",
    # "Ахметов, тридцяти років,", "Кучеров, 37 років, із Саратова", "(30 років)"
    rf"(?<=[,(])\s*{NUMBER}\s+{_YEARS}\s*(?=[,.;)]|\s+(?:з|із|зі|родом|уродж|мешкан|жител))",
    # "— 34 роки", "вік — 34 роки"
    rf"\bвік\s*[—–:-]\s*{NUMBER}\b",
    # "загинув у 34 роки", "у свої 23", "в 19 років"
    rf"(?<![\w-])(?:у|в)\s+свої\s+{NUMBER}\b(?![-–.]\d)|(?<![\w-])(?:у|в)\s+{NUMBER}\s+"
    rf"(?:років|роки|рік)\b",
))
#: "Баїру тридцять один рік.", "Андрієві 24 роки,": a name in the dative and the years, no
#: verb (group 1 the name, group 2 the number)
_NAMED_NOW = re.compile(rf"\b([А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+)\s+(?:{_LIMIT}\s+)?{NUMBER}\s+"
                        rf"(?:років|роки|рік)(?!\s+тому){CLAUSE_END}")
#: "Офіцерові було 47.", "Бійцю виповнилося двадцять три,": a person in the dative, the verb,
#: the number and the clause's end, the years left out (group 1 the word, group 2 the number)
_DATIVE_WAS = re.compile(rf"\b([А-ЯІЇЄҐа-яіїєґ'’ʼ]+)\s+(?:було|виповнилося|виповнився)\s+"
                         rf"(?:{_LIMIT}\s+)?{NUMBER}(?=\s*(?:[.,;!)]|[—–]\s|$))")
#: the endings of a name in the dative ("Баїру", "Андрієві", "Олені")
_DATIVE_END = re.compile(r"(?:у|ю|ові|еві|єві|і)$")


def _dative_name(word: str) -> bool:
    """A name in the dative: so read by the Ukrainian dictionary, or a word it does not know
    with a dative ending ("Баїру"); a known word of anything else ("Україні") is none."""
    with language("uk"):
        ps = parses(word.lower())
    if any("datv" in p.tag.grammemes and {"Name", "Surn", "Patr"} & p.tag.grammemes
           for p in ps):
        return True
    return not any(p.is_known for p in ps) and bool(_DATIVE_END.search(word.lower()))


def _dative_person(word: str) -> bool:
    """A name or a noun of a person in the dative ("Андрієві", "офіцерові", "бійцю"), not a
    relative's ("Доньці було 20": the daughter's age)."""
    with language("uk"):
        ps = parses(word.lower())
        if kin_word(word.lower()):
            return False
    return _dative_name(word) or any({"NOUN", "anim", "datv"} <= p.tag.grammemes for p in ps)


#: "сорокарічний", "двадцятип'ятирічний", "вісімнадцятирічного"
_COMPOUND = re.compile(rf"\b({_alt(_TENS_GEN + _TEENS_GEN)})({_alt(_UNITS_STEM)})?річн\w+|"
                       # "семирічна Софія": a child's age, only before a name
                       rf"\b()({_alt(_UNITS_STEM[1:])})річн\w+", re.I)


def age_adjective(word: str) -> bool:
    """A compound age adjective, Ukrainian or Russian ("Двадцятишестирічний", "сорокарічна",
    "Тридцативосьмилетний"): no one's name, also capitalised at a sentence's start."""
    return _COMPOUND.fullmatch(word) is not None or ru_age_adjective(word)


def value(words: str) -> int | None:
    """The number ``words`` say ("тридцяти чотирьох" → 34), or None."""
    w = words.lower().replace("’", "'").replace("ʼ", "'").split()
    if not w:
        return None
    if w[0].isdigit():
        return int(w[0])
    total = 0
    for word in w:
        v = _VALUE.get(word)
        if v is None:
            return None
        total += v
    return total


def _stem_value(stem: str) -> int:
    stem = stem.lower().replace("’", "'").replace("ʼ", "'")
    return _UNITS_STEM.index(stem) + 1 if stem in _UNITS_STEM else 0


def find_ages(text: str) -> list[Fact]:
    """Ages stated in Ukrainian, each with the span of its number."""
    out: list[Fact] = []
    seen: set[tuple[int, int]] = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            k = next(i for i in range(1, len(m.groups()) + 1) if m.group(i))
            n = value(m.group(k))
            if n is not None and MIN_AGE <= n <= MAX_AGE and m.span(k) not in seen and not (
                    kins_age(text, m.start(k))):
                seen.add(m.span(k))
                kin = kin_apposed(text, m.start(k))  # "дружина Оксана, 38 років": hers
                out.append(Fact("age", n, m.start(k), m.end(k), {"kin_name": kin} if kin else {}))
    for m in _NAMED_NOW.finditer(text):
        n = value(m.group(2))
        if n is not None and MIN_AGE <= n <= MAX_AGE and m.span(2) not in seen and (
                _dative_name(m.group(1))) and not verb_before(text, m.start()) and \
                not kin_before(text, m.start()):
            seen.add(m.span(2))
            out.append(Fact("age", n, m.start(2), m.end(2)))
    for m in _DATIVE_WAS.finditer(text):
        n = value(m.group(2))
        if n is not None and MIN_AGE <= n <= MAX_AGE and m.span(2) not in seen and (
                _dative_person(m.group(1))) and not kin_before(text, m.start()) and \
                not kins_age(text, m.start(2)):
            seen.add(m.span(2))
            out.append(Fact("age", n, m.start(2), m.end(2)))
    for m in _COMPOUND.finditer(text):
        tens = m.group(1) or ""
        n = _VALUE.get(tens.lower().replace("’", "'").replace("ʼ", "'"), 0) + _stem_value(
            m.group(2) or m.group(4) or "")
        low = CHILD_AGE if before_name(text, m.end()) else MIN_AGE
        if low <= n <= MAX_AGE and not of_a_thing(text, m.end()):  # "двадцятирічна річниця"
            out.append(Fact("age", n, m.start(), m.end()))
    return sorted(out, key=lambda f: f.start)
