"""Ages as Russian texts give them, in figures or in words.

"34-летний", "в возрасте 34 лет", "ему было 34 года", "Ему был 31 год",
"которому было 49 лет", "в возрасте сорока пяти лет", "тридцатилетний",
"Иван Петров, 34 года,", "в 90 лет умер", "погиб в 45 лет", "дожил до 90 лет". Not ages:
"на 97-м году жизни", "на 97-м году ушёл из жизни" (an age computed, not stated: the obituary
guide leaves it null), those of things ("30-летняя годовщина", "25-летний срок") and time since
("85 лет со дня рождения").
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.list_entries import MARK, SUN_ARTICLE
from headcount.extract.model import Fact
from headcount.extract.morph import lemma, parses
from headcount.extract.roles import KIN

MIN_AGE, MAX_AGE = 14, 122

_UNITS = ("один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_TENS = ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто")
#: stems of numbers inside compound adjectives: "тридцатипятилетний", "сорокалетний"
_TENS_STEM = ("двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти",
              "восьмидесяти", "девяноста")
_UNITS_STEM = ("одно", "двух", "трёх|трех", "четырёх|четырех", "пяти", "шести", "семи",
               "восьми", "девяти")
_TEENS_STEM = ("десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
               "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати")

_NUM_WORD = r"[а-яё]+"
_WORDS = rf"({_NUM_WORD}(?:\s+{_NUM_WORD})?)"
_YEARS = r"(?:лет|года?)\b"
_D = r"(\d{1,3})"
#: words that may stand between "исполнилось" and the number ("ему только-только исполнилось
#: двадцать", "едва исполнилось 19", "ему уже было 40")
_JUST = r"(?:(?:всего|только-только|только|лишь|едва|уже|недавно)\s+)?"
#: "ушёл из жизни", "ушла от нас": leaving as a death (bare "ушёл" is to the front too)
_LEFT_LIFE = r"(?:ушёл|ушел|ушла)\s+(?:из\s+жизни|от\s+нас)"


def _bare(num: str) -> str:
    """The years' word left out after one in the dative: "Ему было 46, остались жена",
    "Плотникову было всего двадцать три." ("было бы 35", an age not reached, never matches:
    "бы" is no number; "Их было 20" is a count)."""
    return (rf"\b([а-яё]+)\s+{_JUST}(?:было|был|исполнилось|исполнился)\s+{_JUST}{num}"
            rf"(?=\s*(?:[.,;!)]|[—–]\s|$))")


def _patterns(num: str) -> tuple[str, ...]:
    return (
        rf"\bв\s+возрасте\s+(?:всего\s+|только\s+)?{num}\s+{_YEARS}",
        rf"\b(?:было|был|исполнилось|исполнился)\s+{_JUST}{num}\s+{_YEARS}",
        rf"\b{num}\s+{_YEARS}\s+от\s+роду\b",
        rf"\bдожил[аи]?\s+до\s+{num}\s+{_YEARS}",
        rf"\bв\s+{num}\s+{_YEARS}(?=\s+(?:умер|скончал|погиб|{_LEFT_LIFE}))",
        # the verb first: "погиб в 45 лет", "скончалась в девятнадцать лет"; "ушёл" only out
        # of life ("ушёл добровольцем в 45 лет" is no death)
        rf"\b(?:умер(?:ла)?|скончал(?:ся|ась)|погиб(?:ла)?|"
        rf"{_LEFT_LIFE})\s+(?:[а-яё]+\s+){{0,3}}?в\s+{num}\s+{_YEARS}"
        rf"(?!\s+(?:назад|спустя|после|до)\b)",
    )


#: a figure with its case ending written on: "в возрасте 27-ми лет", "45-ти лет"
_D_ENDED = rf"{_D}(?:\s?-\s?(?:ти|ми|ех|ёх|х|ть|и))?"

_FIGURES = tuple(re.compile(p, re.I) for p in (
    *_patterns(_D_ENDED),
    rf"\b{_D}\s?[-‐–]?\s?(?:летн|річн)\w+",
    rf"\b(?:віком|у\s+віці)\s+{_D}\s+(?:років|роки|рік)\b",
    rf"\b(?:було|був|виповнилося)\s+(?:лише\s+|усього\s+)?{_D}\s+(?:років|роки|рік)\b",
    rf"(?<=[,(])\s*{_D}\s+(?:лет|года?|років|роки|рік)\s*(?=[,.;)]|[ \t]*(?:\n|$))",

))
#: a list entry's age after its name and a dash, a comma or a bracket: "— Дашиев Баир — 55
#: лет;", "2) Ондар Саян — 21 рік", "- GURUNG Bikash (23 y.o., Pokhara)", "- Suman MAGAR, 31,"
_ENTRY_AGE = re.compile(r"(?<![\d.])(\d{2})\s*(?:лет|года?|років|роки|рік|y\.\s?o\.?|yo\b)?"
                        r"(?=\s*[,;)]|\.(?!\d)|[ \t]*(?:\n|$)|[ \t]+[—–][ \t])", re.I)
#: what stands before such an age on its line: the entry's mark, the name, the dash, comma or
#: bracket ("стаж Надежды Ивановны — 36 лет" is no entry)
_ENTRY_NAME = re.compile(rf"[ \t]*(?:{MARK}[ \t]*)?"
                         r"(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]*\.?[ \t]+){1,4}?"
                         rf"(?:(?:аль|ал|{SUN_ARTICLE}|al|el)-)?[A-ZА-ЯЁІЇЄҐ][\w'’-]*"
                         r"(?:[ \t]+[—–]|,|[ \t]*\()[ \t]*"
                         # his country or town between ("2. Гайдар Аббас ат-Тамімі, Ірак, 31 рік")
                         r"(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’-]*)?,[ \t]*)?")
_IN_WORDS = tuple(re.compile(p, re.I) for p in (
    *_patterns(_WORDS),
    rf"(?<=,)\s*{_WORDS}\s+(?:лет|года?)\s*(?=[,.;)])",  # "Алексей, тридцати пяти лет,"
))
#: an age given to the next person with the verb left out, after an age given with it
#: ("Игорю было 34 года, Вячеславу — 31", "Андрею было 36 лет, Илье — 24 года"): a name in the
#: dative, a dash, the number
#: ("Олегу было 40, а Диме только 23", "Серёге 36 было, Ване 27"): the dash may be left out
_GAPPED = re.compile(
    rf"(?<=,)\s*(?:а\s+)?([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)\s+(?:[—–-]\s+)?{_JUST}"
    rf"(?:{_D}|([а-яё]+(?:\s+[а-яё]+)?))(?:\s+{_YEARS})?(?=\s*(?:[.,;!)]|$))")
#: the sentence before a gapped age states one with its verb
_STATED = re.compile(r"\b(?:было|был|исполнилось|исполнился)\b", re.I)
#: the number before the verb, in speech: "Серёге 36 было", "Ване двадцать семь исполнилось"
_BARE_FIRST = re.compile(
    rf"\b([А-ЯЁ][а-яё]+)\s+{_JUST}(?:{_D}|([а-яё]+(?:\s+[а-яё]+)?))\s+(?:{_YEARS}\s+)?"
    r"(?:было|был|исполнилось|исполнился)(?=\s*(?:[.,;!)]|[—–]\s|$))")
_BARE = (re.compile(_bare(_D), re.I), re.compile(_bare(_WORDS), re.I))
#: where an age told without a verb ends: the clause closes right after it
CLAUSE_END = r"(?=\s*(?:[.,;!?)]|[—–]\s|$|\s+(?:и|а|но|і|та|й)\s))"
#: the words of an age someone stays at ("Ему навсегда сорок шесть", "навечно 25")
_FOREVER = r"(?:навсегда|навечно|навеки|назавжди|навіки|навічно)"


def _now(num: str) -> str:
    """An age told in the present, with no verb: "Ему 20 лет.", "ей всего девятнадцать лет,",
    "Артёму 20 лет", "Ему навсегда сорок шесть" (group 1: the dative before it)."""
    return (rf"\b([А-ЯЁ]?[а-яё]+)\s+{_JUST}(?:{_FOREVER}\s+(?:(?:останется|осталось)\s+)?)?"
            rf"{num}(?:\s+{_YEARS})?{CLAUSE_END}")


_NOW = (re.compile(_now(_D), re.I),
        re.compile(_now(rf"({_NUM_WORD}(?:\s+(?!{_YEARS}){_NUM_WORD})?)"), re.I))
_YEAR_OF_LIFE = re.compile(
    r"\bна\s+(\d{2,3})\s*-?\s*(?:м|ом)?\s+году\s+(?:жизни\b|(?=(?:[а-яё]+\s+){0,2}?"
    r"(?:ушёл|ушел|ушла)\s+из\s+жизни|(?:[а-яё]+\s+){0,2}?(?:умер|скончал)))", re.I)
#: after an age: the words that make it the age of a thing, not of a person ("30-летнюю
#: годовщину", "25-летний срок", "исполнилось 85 лет со дня рождения")
_SINCE = re.compile(r"\s+(?:со?\s+дня|с\s+момента|с\s+начала|назад|спустя)\b", re.I)
#: the words after an age, whole, Ukrainian letters too ("61-річного водія", not "вод")
_LOW_WORD = r"([а-яёіїєґ'’ʼ]+)(?![\w'’ʼ])"
_NEXT_WORDS = re.compile(rf"\s+{_LOW_WORD}(?:\s+{_LOW_WORD})?(?:\s+{_LOW_WORD})?")
_COMPOUND = re.compile(
    rf"\b((?:{'|'.join(_TENS_STEM)})(?:{'|'.join(_UNITS_STEM)})?|(?:{'|'.join(_TEENS_STEM)})|"
    rf"(?:{'|'.join(_UNITS_STEM[1:])}))"  # "пятилетний": a child's age, only before a name
    r"летн\w+",
    re.I,
)


def age_adjective(word: str) -> bool:
    """A compound age adjective ("Двадцатичетырёхлетний", "сорокатрёхлетняя"): no one's name,
    also capitalised at a sentence's start, where the dictionary may not know it."""
    m = _COMPOUND.fullmatch(word)
    return m is not None and _compound(m.group(1)) is not None


#: the youngest age read only where an age adjective stands right before a name ("11-летний
#: Артём Ковалёв", "одинадцятирічний Арсеній Коваль", "семилетняя Вика"): a child killed in a
#: strike; below MIN_AGE an age anywhere else is a relative's or a thing's ("5-летний сын")
CHILD_AGE = 1
_NAME_AFTER = re.compile(r"\s+([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+)(\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+)?")


def before_name(text: str, end: int) -> bool:
    """An age adjective ending at ``end`` stands right before a capitalised word that is no
    known thing (a name: not "5-летний Контракт")."""
    if not re.search(r"(?:летн|річн)\w*$", text[max(0, end - 12) : end], re.I):
        return False
    m = _NAME_AFTER.match(text, end)
    if m is None:
        return False
    ps = parses(m.group(1).lower())
    if m.group(2) or any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in ps):
        return True  # a given name and a surname ("Богдан Мороз"), or a word read as a name
    return not ({"NOUN", "inan"} <= ps[0].tag.grammemes and ps[0].is_known)


@cache
def _values() -> dict[str, int]:
    out = {w: i + 1 for i, w in enumerate(_UNITS)}
    out.update({w: 10 + i for i, w in enumerate(_TEENS)})
    out.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
    return out


def number(words: str) -> int | None:
    """A number of one or two words in any case ("сорока пяти" → 45), or None."""
    values = _values()
    parts = [values.get(lemma(w)) for w in words.split()]
    if not parts or any(p is None for p in parts):
        return None
    nums = [p for p in parts if p is not None]
    if len(nums) == 2 and not (nums[0] >= 20 and nums[0] % 10 == 0 and nums[1] < 10):
        return None
    return sum(nums)


def _compound(stem: str) -> int | None:
    low = stem.lower().replace("ё", "е")
    for i, t in enumerate(_TENS_STEM):
        if low.startswith(t):
            rest = low[len(t):]
            if not rest:
                return 20 + 10 * i
            for j, u in enumerate(_UNITS_STEM):
                if rest in u.replace("ё", "е").split("|"):
                    return 20 + 10 * i + j + 1
    for i, t in enumerate(_TEENS_STEM):
        if low == t:
            return 10 + i
    for j, u in enumerate(_UNITS_STEM):
        if low in u.replace("ё", "е").split("|"):
            return j + 1
    return None


#: "гвардии", "гвардії" before a rank: a title of the rank, not the thing an age is of
_GUARDS = frozenset({"гвардия", "гвардія"})


#: the readings of a proper name: a person's reading of a common noun must be none of these
#: ("брак" is also a surname)
_PROPER = frozenset({"Surn", "Name", "Patr"})


def of_a_thing(text: str, end: int) -> bool:
    """The age just read is a thing's: its next noun is inanimate, or it counts time since."""
    if _SINCE.match(text, end):
        return True
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    for word in m.groups():
        if word is None:
            return False
        ps = parses(word)
        top = ps[0]
        if top.normal_form in _GUARDS:
            continue  # "27-річного гвардії молодшого сержанта": the rank's title, no thing
        if "NOUN" in top.tag.grammemes:
            # a thing only with no reading of a person further down ("45-летний стрелок",
            # "сорокарічний стрілець", "штурмовик", "дружина": a thing's word first)
            return "inan" in top.tag.grammemes and top.is_known and not any(
                {"NOUN", "anim"} <= p.tag.grammemes and not _PROPER & p.tag.grammemes
                for p in ps)
        if not {"ADJF", "PRTF", "Apro"} & top.tag.grammemes:
            return False
    return False


def _sex(words: str) -> dict[str, str]:
    """The sex an age adjective states ("23-летняя" → F, "сорокалетнего" → M), as ``extra``."""
    last = words.split()[-1] if words.split() else ""
    word = last.split("-")[-1].lower()
    if not re.search(r"(?:летн|річн)\w+$", word):
        return {}
    ps = [p for p in parses(word) if {"ADJF", "sing"} <= p.tag.grammemes]
    genders = {("F" if "femn" in p.tag.grammemes else "M") for p in ps
               if {"masc", "femn"} & p.tag.grammemes}
    return {"sex": genders.pop()} if len(genders) == 1 else {}


def _inline_entry(text: str, line: int, at: int) -> int | None:
    """Where the entry holding ``at`` opens in a list run on in one line after its heading's
    colon, its entries closed by semicolons ("…: RATHNAYAKE Kasun; PERERA Nuwan (32); HERATH
    Chaminda, 45, …"): after the last colon or semicolon before ``at``, if the line has a
    colon and a semicolon."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    opened = max(text.rfind(";", line, at), text.rfind(":", line, at))
    if opened < 0 or ":" not in text[line:at] or ";" not in text[line:end]:
        return None
    return opened + 1


def find_ages(text: str) -> list[Fact]:
    out: list[Fact] = []
    blocked: list[tuple[int, int]] = []

    def add(age: int | None, start: int, end: int) -> None:
        low = CHILD_AGE if before_name(text, end) else MIN_AGE
        if age is not None and low <= age <= MAX_AGE and not kins_age(text, start) and not any(
                f.start < end and start < f.end for f in out) and not any(
                s < end and start < e for s, e in blocked):
            kin = kin_apposed(text, start)  # the relative named, if he is reported
            out.append(Fact("age", age, start, end, {**_sex(text[start:end]),
                                                     **({"kin_name": kin} if kin else {})}))

    for m in _YEAR_OF_LIFE.finditer(text):  # no age stated (the guide: null), and no other
        blocked.append((m.start(), m.end()))  # age read inside it ("48-м" is no 48)

    for pattern in _FIGURES:
        for m in pattern.finditer(text):
            if not of_a_thing(text, m.end()):
                add(int(m.group(1)), m.start(1), m.end())
    for m in _ENTRY_AGE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        inline = _inline_entry(text, line, m.start())
        if (_ENTRY_NAME.fullmatch(text, line, m.start()) and (
                re.match(rf"[ \t]*{MARK}", text[line:]) or (
                    m.group(0) != m.group(1)))) or (  # unmarked: the years said
                inline is not None and _ENTRY_NAME.fullmatch(text, inline, m.start())):
            add(int(m.group(1)), m.start(1), m.end())
    for pattern in _IN_WORDS:
        for m in pattern.finditer(text):
            add(number(m.group(1)), m.start(1), m.end())
    for pattern in _BARE:
        for m in pattern.finditer(text):
            if any("datv" in p.tag.grammemes for p in parses(m.group(1).lower())[:3]):
                value = int(m.group(2)) if m.group(2).isdigit() else number(m.group(2))
                add(value, m.start(2), m.end())
    for pattern in _NOW:
        for m in pattern.finditer(text):
            if _told_now(text, m):
                value = int(m.group(2)) if m.group(2).isdigit() else number(m.group(2))
                add(value, m.start(2), m.end())
    for m in _BARE_FIRST.finditer(text):
        if _dative_name(m.group(1)):
            add(int(m.group(2)) if m.group(2) else number(m.group(3) or ""), m.start(2)
                if m.group(2) else m.start(3), m.end())
    for m in _GAPPED.finditer(text):
        if _dative_name(m.group(1)) and _STATED.search(text, _sentence_start(text, m.start()),
                                                       m.start()):
            add(int(m.group(2)) if m.group(2) else number(m.group(3) or ""), m.start(2)
                if m.group(2) else m.start(3), m.end())
    for m in _COMPOUND.finditer(text):
        if not of_a_thing(text, m.end()):
            add(_compound(m.group(1)), m.start(), m.end())
    out[:] = [_named(text, f) for f in out]
    out.sort(key=lambda f: f.start)
    return out


#: the name in the dative an age is told of ("Игорю было 34 года", "Андрею Николаевичу было 36
#: лет"): the age is that person's, whoever else the sentence names
_TOLD_OF = re.compile(r"([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)\s+(?:(?:было|был|исполнилось|"
                      r"исполнился)\s+|[—–-]\s+)?(?:всего\s+|только\s+|лишь\s+|уже\s+)?$")


def _named(text: str, f: Fact) -> Fact:
    """An age with the dative name it is told of as ``extra["named"]`` (the names' lemmas)."""
    m = _TOLD_OF.search(text, max(0, f.start - 60), f.start)
    if m is None or not _dative_name(m.group(1)):
        return f
    lemmas = tuple(sorted({p.normal_form for w in m.group(1).split() for p in parses(w.lower())
                           if "datv" in p.tag.grammemes}))
    return Fact(f.field, f.value, f.start, f.end, {**f.extra, "named": lemmas})


#: the pronouns in the dative an age is told of ("Ему 20 лет", "Йому 23 роки")
_DATIVE_PRONOUNS = frozenset({"ему", "ей", "йому", "їй"})


def _told_now(text: str, m: re.Match[str]) -> bool:
    """A present age ("Ему 20 лет", "Артёму 20 лет", "Ему навсегда 46") of a pronoun or a
    name in the dative, with the years written or "навсегда" said; not a term given by a
    verb before it ("суд назначил ему 15 лет", "дали Петрову 16 лет")."""
    word = m.group(1).lower()
    if word not in _DATIVE_PRONOUNS and not (m.group(1)[0].isupper() and _dative_name(word)):
        return False
    told = m.group(0)
    if not re.search(_YEARS, told[len(m.group(1)):], re.I) and not re.search(_FOREVER, told,
                                                                             re.I):
        return False  # "Ивану 20," alone is no age
    return not verb_before(text, m.start()) and not kin_before(text, m.start())


def kin_before(text: str, start: int) -> bool:
    """A relative's word just before ``start`` in its sentence: the age after it is the
    relative's ("осталась мать, ей 45 лет", "Дочери Марии 20 лет", "брат, ему 17 лет")."""
    before = re.findall(r"[а-яёіїєґ'’]+", text[_sentence_start(text, start) : start].lower())
    return any(kin_word(w) for w in before[-2:])


def kin_word(word: str) -> bool:
    """A relative's word: so read first, or as an animate noun further down its readings
    (Ukrainian "мати" is first "мата" and the verb "to have", then "mother")."""
    ps = parses(word)
    return any(p.normal_form in KIN for p in ps[:2]) or any(
        p.normal_form in KIN and {"NOUN", "anim"} <= p.tag.grammemes for p in ps)


def verb_before(text: str, start: int) -> bool:
    """The word before ``start`` in its sentence is a verb: what follows is its object ("суд
    назначил ему 15 лет", "дали Петрову 16 лет"), not an age."""
    before = re.findall(r"[а-яёіїєґ'’]+", text[_sentence_start(text, start) : start].lower())
    return bool(before) and any({"VERB", "INFN", "PRTS"} & p.tag.grammemes
                                for p in parses(before[-1])[:1])


def _dative_name(words: str) -> bool:
    """Every word a name, a surname or a patronymic that may be in the dative ("Вячеславу",
    "Илье", "Андрею Николаевичу", "Смирновой")."""
    return all(any("datv" in p.tag.grammemes and {"Name", "Surn", "Patr"} & p.tag.grammemes
                   for p in parses(w.lower())) for w in words.split())


#: the words before "было N лет" that say whose age it is
_WHOSE = re.compile(r"((?:[\w'’-]+\s+){1,4})(?:было|был|исполнилось|исполнился|було|був|"
                    r"виповнилося)\s+(?:всего\s+|только\s+|лишь\s+|лише\s+|усього\s+)?$", re.I)


_THIRD = frozenset({"его", "её", "ее", "их", "його", "її", "їхньому", "їхній"})


#: a relative set off before an age in apposition: "Её муж Николай Иванович, 66 лет,", "Його
#: мати, 54-річна Ганна", "у него осталась жена Ольга, 45 лет,", "вдова погибшего, 38 лет,"
_KIN_APPOSED = re.compile(
    r"(?:\b(?i:его|её|ее|их|його|її|їхн\w+|остал\w+|залиши\w+|осиротел\w+)\s+"
    r"(?:[а-яёіїєґ'’-]+\s+)?([а-яёіїєґ'’-]+)|\b(?i:вдова|вдові|вдовы|вдовою|вдовой)\s+"
    r"(?:погибшего|умершего|загиблого|бойца|бійця|солдата|военного|героя))"
    r"((?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+){0,3})\s*,\s*$")
#: an age adjective right before a name: the age is that name's, told like any other
_AGE_BEFORE_NAME = re.compile(r"[\w'’-]*(?:летн|річн)[\w'’-]*\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+")
#: a death told after the relative's age makes the relative the one reported ("Её сын Иван
#: Кузнецов, 25 лет, погиб под Бахмутом")
_DIED_AFTER = re.compile(r"[^.!?\n]*?\b(?:погиб(?:ла)?|умер(?:ла)?|скончал(?:ся|ась)|"
                         r"загину(?:в|ла)|помер(?:ла)?|пропал|пропав)\b", re.I)


def kin_apposed(text: str, start: int) -> tuple[int, int] | None:
    """An age set off by a comma after a third person's relative ("Её муж Николай
    Иванович, 66 лет,"): the span of the relative's name, (start, start) with no name; None
    for any other age, and for one followed by a death in its sentence."""
    m = _KIN_APPOSED.search(text, max(_sentence_start(text, start), start - 100), start)
    if m is None:
        return None
    if m.group(1) and not any(p.normal_form in KIN for p in parses(m.group(1).lower())[:3]):
        return None
    if _DIED_AFTER.match(text, start) is not None:
        return None
    name = m.group(2).strip()
    if not name and _AGE_BEFORE_NAME.match(text, start):
        return None  # "его двоюродный брат, 27-летний Харвиндер Сингх": the name after it
    if not name:
        return (start, start)
    first = m.start(2) + len(m.group(2)) - len(m.group(2).lstrip())
    return (first, m.end(2))


def kins_age(text: str, start: int) -> bool:
    """"Его сыну было 25 лет", "Його доньці виповнилося 20 років": an age told of a third
    person's relative in the dative is the relative's, not the person's; so is one set off
    after a relative with no name ("Его мать, 61 год,")."""
    kin = kin_apposed(text, start)
    if kin is not None and kin[0] == kin[1]:
        return True
    if _kins_pronoun(text, start):
        return True
    m = _WHOSE.search(text, _sentence_start(text, start), start)
    if m is None:
        return False
    words = m.group(1).lower().split()
    # "Папе было 46 лет" in a child's post is the person's age: a third person's relative only
    return any(w in _THIRD for w in words[:-1]) and any(
        p.normal_form in KIN and "datv" in p.tag.grammemes
        for w in words for p in parses(w)[:3])


#: a dative pronoun before an age, a verb or a limiting word between ("ей 45 лет", "їй
#: виповнилося 27 років", "йому лише 19")
_PRONOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?:ему|ей|йому|їй)\s+(?:(?:было|был|исполнилось|исполнился|уже|всего|"
    r"только|лишь|було|був|виповнилося|виповнився|вже|лише|усього|всього|тільки)\s+){0,2}$",
    re.I)


def _kins_pronoun(text: str, start: int) -> bool:
    """An age told with a pronoun right after a relative's word ("Його мати, їй 45 років,",
    "осталась мать, ей было 45", "залишився батько, йому 70"): the relative's; not after a
    verb of saying ("Мама розповідає: йому було 24")."""
    m = _PRONOUN_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and _kin_named_before(text, m.start()) and not verb_before(
        text, m.start())


#: a word that is a relative's and a man's: "чоловік" (husband, and man)
_ALSO_A_MAN = frozenset({"чоловік"})


def _kin_named_before(text: str, start: int) -> bool:
    """A relative's word among the two words before ``start`` ("Його мати, їй 45"); not his
    own kinship as a predicate, in the instrumental ("он был единственным сыном, ему было
    20"), nor Ukrainian "чоловік" (a man as often as a husband)."""
    before = re.findall(r"[а-яёіїєґ'’]+", text[_sentence_start(text, start) : start].lower())
    return any(kin_word(w) and w not in _ALSO_A_MAN
               and not all({"ablt", "v_oru"} & p.tag.grammemes
                           for p in parses(w) if p.normal_form in KIN) for w in before[-2:])


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
