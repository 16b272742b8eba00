"""Words telling that a survivor's fate (a wound, a capture, going missing) came at another
time than the death told before it: "ранее был ранен", "через неделю попал в плен", "ещё
весной", "згодом", "a week later", or his service at large ("тоже воевал и был ранен"). Such a
fate takes neither the day (`next_survivor`) nor the place (`same_place`) of that death,
unless the same time is told outright ("служил с ним в одном батальоне, в тот же день получил
тяжёлое ранение")."""

from __future__ import annotations

import re

from headcount.extract.same_time import SAME_DAY, SAME_DAY_EN

#: words telling a survivor's fate came at another time than the death told before it
ANOTHER_TIME = re.compile(
    r"\b(?:ранее|раньше|прежде|до\s+этого|ещё\s+в|еще\s+в|когда-то|однажды|дважды|трижды|"
    r"раніше|до\s+того|ще\s+в|ще\s+у|колись|двічі|тричі|"
    r"earlier|previously|before|once|twice|already|had\s+been|in\s+(?:19|20)\d\d|"
    r"last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|"
    r"прошл\w+\s+(?:году|месяце|неделе)|(?:год|лет|месяц|недел)\w*\s+назад|"
    r"(?:рік|рок|місяц|тижд|тижн)\w*\s+тому|ago|минул\w+\s+(?:року|місяця|тижня)|"
    # a later day or another season: "через неделю", "спустя месяц", "позже", "на следующий
    # день", "згодом", "наступного дня", "a week later", "the next day", "ещё весной"
    r"через\s+(?:\w+\s+)?(?:дн|сут|недел|месяц|год|лет|доб|тижд|тижн|місяц|рок|рік)\w*|"
    r"спустя|позже|позднее|впоследствии|на\s+(?:следующ\w+|другой|другий|наступн\w+)\s+"
    r"(?:день|сутки|утро|неделе|дня|ранок)|згодом|пізніше|наступного\s+(?:дня|ранку|тижня)|"
    r"later|afterwards|(?:the\s+)?(?:next|following)\s+(?:day|morning|week|month)|"
    r"весной|летом|осенью|зимой|навесні|влітку|улітку|восени|взимку|узимку|"
    r"in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)|"
    # his service at large ("тоже воевал и был ранен"): a fate of no one day
    r"воевал\w*|служил\w*|воюва\w*|служи(?:в|ла|ли)|fought|served)\b", re.I)

#: words telling the survivor's fate came in the same event as the death (beside
#: ``same_battle``'s "в тот же день" / "the same day"): they outweigh the above ("служил с ним
#: …, в тот же день получил ранение")
_SAME_EVENT = re.compile(
    r"\b(?:в\s+тот\s+же\s+(?:час|момент)|в\s+том\s+же\s+(?:бою|ударе|обстреле|атаке)|"
    r"тогда\s+же|в\s+тому\s+ж(?:е)?\s+(?:бою|ударі|обстрілі)|"
    r"in\s+the\s+same\s+(?:attack|strike|battle|assault))\b", re.I)


def _same_time(text: str, start: int, end: int) -> bool:
    return any(p.search(text, start, end) for p in (SAME_DAY, SAME_DAY_EN, _SAME_EVENT))


def another_time(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a survivor's sentence) tells his fate came at another time than
    the death told before it (see above)."""
    return bool(ANOTHER_TIME.search(text, start, end)) and not _same_time(text, start, end)
