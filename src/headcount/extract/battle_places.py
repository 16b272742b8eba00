"""Russian: a place of death told apart from the death's verb.

- the battle of his unit, with his loss in the same sentence: "17 апреля подразделение вело
  бой у населённого пункта Макеевка, после чего связь с рядовым прервалась", "числился
  пропавшим с 14 мая, когда подразделение вело бои у Клещеевки", "после боя у села Работино
  он перестал выходить на связь";
- a death told in a sentence of its own that points back to the place of the sentence
  before: "Бой шёл у села Работино. Там он и погиб";
- a sentence after the death that says where it happened: "Денис погиб 3 мая. Это случилось
  под Кременной", "Произошло это в районе Клещеевки".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from headcount.extract.model import Fact
from headcount.extract.text import sentences

#: a kind word before a settlement's name ("села", "н.п.", "населённого пункта")
_KIND = (r"(?:(?:н\.\s*п\.|нп|с\.|пос\.|пгт\.?|д\.|г\.|х\.|села|посёлка|поселка|деревни|"
         r"хутора|города|населённого\s+пункта|населенного\s+пункта)\s*)?")
#: a capitalised name, of one or two words ("Часов Яр"), after its preposition
_NAME = r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:\s+Яр)?)"
_PREP = r"(?:у|под|возле|около|близ|вблизи|в\s+районе|за)\s+"
#: a fight of his unit at a place: "подразделение вело бой у …", "после боя у села …",
#: "рота вела бои в районе …", "в ходе боёв за …"
_BATTLE = re.compile(
    r"\b(?:(?:подразделени\w+|часть|рота|взвод|батальон|отряд|группа)\s+"
    r"(?:вел[оаи]?|вступил[оаи]?\s+в)\s+бо[йия]\w*|бой\s+(?:ш[её]л|шёл|завязался)|"
    r"бои\s+шли|после\s+бо[яёе]в?|в\s+ходе\s+бо[яёе]в?)\s+" + _PREP + _KIND + _NAME)
#: the loss of the one named, after the battle in its sentence
_LOSS = re.compile(
    r"\b(?:связь\s+(?:с\s+[^.!?\n]{0,40}?)?(?:прервал|пропал|оборвал|потерял)\w*|"
    r"перестал[аи]?\s+выходить\s+на\s+связь|пропал\w*\s+без\s+вести|пропавш\w*|"
    r"погиб\w*|скончал\w*|убит\w*|гибел\w+)", re.I)
#: a sentence that tells the death and points back: "Там он и погиб", "Там же погиб …"
_THERE_DIED = re.compile(
    r"^(?:(?:Именно|Там|Здесь)\s+(?:там\s+)?(?:же\s+)?(?:(?:он|она|они)\s+)?(?:и\s+)?"
    r"(?:погиб\w*|скончал\w*|убит\w*|сложил\w*\s+голову|пал[аи]?\s+смертью))")
#: a fight or service the sentence before tells, so "там" points to a front, not to a home
#: town or a hospital ("вырос в селе Ивановка под Тамбовом. Там он и погиб, приехав в отпуск")
_FIGHT = re.compile(r"\b(?:бо[йияюеё]\w*|сраж\w+|штурм\w*|атак\w+|наступ\w+|оборон\w+|"
                    r"позици\w+|фронт\w*|направлени\w+|обстрел\w*|воева\w*|воюва\w*|"
                    r"служи\w*|задани\w+|передов\w+|окоп\w*)", re.I)
#: a place named last in a sentence: "у села Работино", "под Бахмутом"
_PLACE_IN = re.compile(r"\b" + _PREP + _KIND + _NAME)
#: a sentence that tells where the death before it happened: "Это случилось под …"
_IT_HAPPENED = re.compile(
    r"^(?:(?:Это|Всё\s+это|Вс[её])\s+(?:случилось|произошло)|(?:Случилось|Произошло)\s+это)"
    r"\s+(?:[\w.]+\s+){0,4}?" + _PREP + _KIND + _NAME)
#: the death of the sentence before one of "это случилось"
_DIED = re.compile(r"\b(?:погиб\w*|скончал\w*|убит\w*|гибел\w+|умер\w*)", re.I)
#: another's death or a fate short of death in that sentence: "это" may be either ("попал в
#: плен, а его друг погиб. Это случилось под Кременной")
_NOT_ONLY_HIS = re.compile(
    r"\b(?:его|её|ее|их)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:погиб|скончал|убит|умер)\w*|"
    r"\b(?:погиб|скончал|убит|умер)\w*\s+(?:и\s+)?(?:его|её|ее|их)\s+[\w-]+|"
    # (not "скончался от полученных ранений": a death of wounds)
    r"\b(?:пленен\w*|плен[уа]?\b|ранен[аыо]?\b|ранил\w*|пропал\w*)", re.I)


def battle_places(text: str, name_of: Callable[[str, int, int], str]) -> list[Fact]:
    """Places of death (or of going missing) told apart from the death's verb, Russian.
    ``name_of(text, start, end)``: the place's name in the nominative."""
    out: list[Fact] = []
    sents = sentences(text)
    for i, s in enumerate(sents):
        body = text[s.start : s.end]
        for m in _BATTLE.finditer(body):
            loss = _LOSS.search(body, m.end()) or _LOSS.search(body, 0, m.start())
            if loss is None:
                continue
            out.append(_fact(text, name_of, s.start + m.start(1), s.start + m.end(1),
                             lost=not loss.group(0).lower().startswith(
                                 ("погиб", "скончал", "убит", "гибел"))))
        there = _THERE_DIED.match(body.lstrip())
        if there is not None and i > 0 and sents[i - 1].paragraph == s.paragraph and \
                _FIGHT.search(text, sents[i - 1].start, sents[i - 1].end):
            prev = sents[i - 1]
            places = list(_PLACE_IN.finditer(text, prev.start, prev.end))
            if places:
                p = places[-1]
                out.append(_fact(text, name_of, p.start(1), p.end(1), lost=False))
        happened = _IT_HAPPENED.match(body.lstrip())
        if happened is not None and i > 0 and _DIED.search(
                text, sents[i - 1].start, sents[i - 1].end) and not _NOT_ONLY_HIS.search(
                text, sents[i - 1].start, sents[i - 1].end):
            shift = s.start + len(body) - len(body.lstrip())
            out.append(_fact(text, name_of, shift + happened.start(1), shift + happened.end(1),
                             lost=False))
    return out


def _fact(text: str, name_of: Callable[[str, int, int], str], start: int, end: int,
          lost: bool) -> Fact:
    extra: dict[str, object] = {"settlement": True, "survived": lost}
    if lost:
        extra["lost"] = True
    return Fact("place_of_death", name_of(text, start, end), start, end, extra)
