"""Service told of someone else: a relative's or a commander's unit, rank and call-up.

"Его отец, полковник запаса, служил в 106-й дивизии", "Його брат служить у 93-й бригаді",
"His father, a retired colonel, served in the 106th Airborne Division", "Соболезнования
выразил командир 64-й бригады": in a sentence that names nobody, the unit, rank and channel
are the relative's or the commander's, not the person's the text is about.
"""

from __future__ import annotations

import re
from typing import Any

from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.extract.roles import KIN
from headcount.extract.text import Sentence
from headcount.vocab import Status

#: the fields a relative's or a commander's service would wrongly give the person
FIELDS = frozenset({"unit", "rank", "channel", "branch"})


def _service(f: Fact) -> bool:
    """``f`` tells service: a field of :data:`FIELDS`, or the status of one who serves on
    (a relative's "досі служить" is his, not the man's)."""
    return f.field in FIELDS or (f.field == "status" and f.value == Status.SERVING)
#: where a clause of its own begins: what was said ("рассказал, что …") or a colon
_CLAUSE = re.compile(r"[:;—–]|\b(?:что|чтобы|как|що|щоб|як|that|how)\b", re.I)
#: the person himself spoken of after the relative ("его жена говорит, он служил …")
_HE = re.compile(r"\b(?:он|він|he|сын|син|son)\b", re.I)
#: a third person's relative as a subject: "его отец", "їхній брат", "his father"
_POSSESSED = re.compile(r"\b(?:его|их|його|їх|his|their)\s+([\w'’-]+)(?:\s+([\w'’-]+))?",
                        re.I)
#: a relative of the dead: "Отец погибшего", "брат героя", "батько загиблого"
_OF_THE_DEAD = re.compile(
    r"\b([\w'’-]+)\s+(?:погибшего|погибшей|героя|бойца|загиблого|героя|воина|воїна|"
    r"военнослужащего|військовослужбовця)\b", re.I)
#: the commander a unit in the genitive belongs to: "командир 64-й бригады", "командира
#: полка"; not "командиром" (he was the commander)
_COMMANDER_BEFORE = re.compile(r"\b(?:командир|командира|командиру|комбриг|комбрига|"
                               r"командующий|командующего|командувач|командувача)\s+$", re.I)
#: English words for relatives (lower case)
EN_KIN = frozenset({"father", "mother", "brother", "sister", "son", "daughter", "uncle",
                    "grandfather", "cousin", "wife", "husband", "nephew"})


def _kin_nominative(word: str) -> bool:
    low = word.lower()
    if low in EN_KIN:
        return True
    return any(p.normal_form in KIN and "nomn" in p.tag.grammemes
               for p in parses(low)[:2])


def kins_service(text: str, f: Fact, sent: Sentence) -> bool:
    """``f`` (a unit, rank or channel) is said of a relative or a commander: the subject of
    its clause is a third person's relative ("Его брат служит в 106-й дивизии", "Отец
    погибшего, полковник в отставке, служил …"), or the unit is a commander's in the
    genitive ("выразил командир 64-й бригады")."""
    if not _service(f):
        return False
    if f.field == "unit" and _COMMANDER_BEFORE.search(text, max(sent.start, f.start - 20),
                                                      f.start):
        return True
    lead = text[sent.start : f.start]
    cut = [m.end() for m in _CLAUSE.finditer(lead)]
    clause = lead[cut[-1] :] if cut else lead
    for m in [*_POSSESSED.finditer(clause), *_OF_THE_DEAD.finditer(clause)]:
        # ("брат-близнюк": the kin word before its hyphen)
        if any(w and _kin_nominative(w.split("-")[0]) for w in m.groups()) and not _HE.search(
                clause, m.end()):
            return True
    return False


#: a clause opened by a relative of a man named in the genitive, then perhaps the relative's
#: own name: "Младший брат Евгения Алексей служит по контракту", "Сестра Ивана Мария
#: работает …", "Брат загиблого Андрія Олег служить"
_KIN_OF_NAMED = re.compile(
    r"\s*(?:(?:старш|младш|молодш|двоюрідн|двоюродн|рідн|родн)\w*\s+)?([\w'’-]+)\s+"
    r"(?:(?:погибшего|героя|бойца|загиблого|воина|воїна)\s+)?(?-i:[А-ЯЁІЇЄҐ])([\w'’-]+)",
    re.I)


def _kin_of_named(text: str, f: Fact, sent: Sentence) -> int | None:
    """Where the naming that opens ``f``'s clause ends when the clause is opened by a
    relative of a man named in the genitive (``_KIN_OF_NAMED``), else None."""
    lead = text[sent.start : f.start]
    cut = [m.end() for m in _CLAUSE.finditer(lead)]
    start = sent.start + (cut[-1] if cut else 0)
    m = _KIN_OF_NAMED.match(text, start, f.start)
    if m is None or not _kin_nominative(m.group(1)):
        return None
    owner = m.group(0).split()[-1]
    if not any("Name" in p.tag.grammemes or "Surn" in p.tag.grammemes
               for p in parses(owner.lower())[:4] if "gent" in p.tag.grammemes):
        return None
    return m.end()


def drop_kins_service(text: str, facts: list[Fact], sents: list[Sentence],
                      names: list[tuple[int, int]]) -> list[Fact]:
    """``facts`` without the service of relatives and commanders told in sentences that name
    nobody but the relative and the man whose relative he is (``names``: where people are
    named)."""
    out = []
    for f in facts:
        sent = next((s for s in sents if s.start <= f.start < s.end), None)
        if sent is not None and _service(f):
            named = [a for a, _ in names if sent.start <= a < sent.end]
            if not named and kins_service(text, f, sent):
                continue
            lead = _kin_of_named(text, f, sent) if named else None
            if lead is not None and all(a < lead + 30 for a in named) and not any(
                    a < f.start < b for a, b in names):
                continue  # "Младший брат Евгения Алексей служит по контракту в 5-й …"
        out.append(f)
    return out


#: a third person's relative named right before the name: "вспоминает его брат Виктор",
#: "її син Олег", "his brother Viktor" — not joined to another by "и/та/and" ("Баир и его
#: брат Саян были мобилизованы": both are the news)
_RELATIVE_BEFORE = re.compile(
    r"(?<!\bи\s)(?<!\bі\s)(?<!\bта\s)(?<!\band\s)\b(?:его|её|ее|их|його|її|їх|his|her|their)\s+"
    r"(?:(?:старш|младш|молодш|двоюрідн|двоюродн|рідн|родн)\w*\s+|"
    r"(?:elder|older|younger|twin)\s+)?([\w'’-]+)\s*,?\s*(?P<rank>"
    # his rank before his name: "Her husband, Major Ilya Sadykov, serves …"
    r"(?:(?:junior|senior|lance|major|captain|lieutenant|colonel|sergeant|private|corporal|"
    r"рядов\w+|сержант\w*|лейтенант\w*|капитан\w*|капітан\w*|майор\w*|полковник\w*|"
    r"ефрейтор\w*|єфрейтор\w*|старш\w+|младш\w+|молодш\w+)\s+){0,3})$", re.I)


def serving_relative(mention: dict[str, Any], text: str) -> bool:
    """A relative of the person reported whose only news is that he serves ("«Он говорил,
    что идёт за ребят», — вспоминает его брат Виктор, который сам сейчас служит по
    контракту", "Його брат Тарас, який служить у 93-й бригаді, приїхав"): the guide reports
    a serving man only when that is the news."""
    if mention.get("status") not in (Status.SERVING, None) or any(
            mention.get(f) for f in ("death_date", "birth_date", "age", "other_dates")):
        return False
    spans = [s for s in mention.get("spans") or [] if isinstance(s, (list, tuple))]
    if not spans:
        return False
    start = min(s[0] for s in spans)
    m = _RELATIVE_BEFORE.search(text[max(0, start - 60) : start])
    if m is not None and m.group("rank") and mention.get("status") != Status.SERVING:
        return False  # a rank between tells no service unless he is said to serve ("her
        # husband, Sergeant Pavel Orlov, in a video of prisoners")
    return m is not None and (_kin_nominative(m.group(1)) or m.group(1).lower() in EN_KIN)


#: a clause whose subject is a relative of the one named: "чей муж служит по контракту",
#: "чий син загинув під Бахмутом", "whose husband was killed", "у которой сын пропал без
#: вести" — up to the clause's end
_WHOSE_KIN = re.compile(
    r"(?:\b(?:чей|чья|чьё|чье|чьи|чий|чия|чиє|чиї|whose)|(?<!\w)(?:у|в)\s+(?:которой|которого|"
    r"которых|якої|якого|яких))\s+(?:[\w'’-]+\s+){0,2}?(?:муж|сын|сыновья|брат|братья|отец|"
    r"внук|жених|чоловік|син|сини|батько|онук|наречений|husband|son|sons|brother|brothers|"
    r"father|grandson|fianc[ée]e?)\b([^,.;:!?()—–]*)", re.I)
#: the relative named in his clause ("чей сын Иван Петров погиб …", "whose son Ivan Petrov
#: was killed"): the clause is his news, not nobody's
_NAMED_KIN = re.compile(r"\s*(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]+)(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]+)?\b")
#: what a relative's clause would wrongly give the one it is said of
_WHOSE_FIELDS = FIELDS | {"status", "status_date", "death_date", "place_of_death"}


def drop_whose_kin(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` without those told in a clause about someone's relative ("Медсестра
    Гульнара Хасанова, чей муж служит по контракту, …": no status, no contract of hers)."""
    clauses = [(m.start(), m.end()) for m in _WHOSE_KIN.finditer(text)
               if not _NAMED_KIN.match(text, m.start(1))]
    if not clauses:
        return facts
    return [f for f in facts if f.field not in _WHOSE_FIELDS
            or not any(a <= f.start < b for a, b in clauses)]
