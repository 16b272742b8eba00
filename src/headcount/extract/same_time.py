"""Days and months told by pointing at the date told before: "в тот же день", "того ж дня",
"the same day" (that date itself), "в том же месяце", "того ж місяця", "later that month"
(its month). "Прощание прошло 8 января … в тот же день в Сольвычегодске простились с …";
"У січні підписав контракт, того ж місяця отримав російський паспорт".

Such a date dates only an event (a ceremony, a contract, a passport): a fate told so shares
the battle of the fate told before (same_battle), whose day a date of another kind told in
between (a contract "датований 11 грудня") must not lend.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from headcount.extract.sentences import WORD_STOP, sentence_around
from headcount.vocab import DatePrecision

#: "в тот же день", "в этот же день", "того же дня", "у той самий день", "цього ж дня"
SAME_DAY = re.compile(
    r"\b(?:(?:в|во|у)\s+(?:тот|этот|той|цей)\s+(?:(?:же|ж|самый|самий)\s+)?день|"
    r"(?:того|этого|цього)\s+(?:(?:же|ж|самого)\s+)?дня)(?![\w'’])", re.I)
#: "on the same day", "that day", "that same day", "that very day", not "the same day, 5
#: March" (a date of its own)
SAME_DAY_EN = re.compile(r"\b(?:on\s+)?(?:the\s+(?:very\s+)?same|that(?:\s+same|\s+very)?)\s+"
                         r"day\b(?!\s*,?\s*\w+\s+\d)", re.I)
#: "в том же месяце", "того же месяца", "в тот же месяц", "того ж місяця", "у тому ж місяці"
SAME_MONTH = re.compile(
    r"\b(?:(?:в|во|у)\s+(?:том|тому|этом|цьому)\s+(?:же|ж|самом|самому)\s+(?:месяце|місяці)|"
    r"(?:в|во|у)\s+(?:тот|этот|той|цей)\s+(?:же|ж|самый|самий)\s+(?:месяц|місяць)|"
    r"(?:того|этого|цього)\s+(?:же|ж|самого)\s+(?:месяца|місяця))(?![\w'’])", re.I)
SAME_MONTH_EN = re.compile(r"\b(?:later|earlier)\s+that\s+month\b|\b(?:in\s+)?(?:the\s+same|"
                           r"that\s+same)\s+month\b(?!\s*,?\s*\w+\s+\d)", re.I)
#: right after the farewell ("после прощания", "після прощання", "after the ceremony"): the
#: day of the ceremony told before, when its sentence names one
AFTER_CEREMONY = re.compile(
    r"\b(?:сразу\s+|відразу\s+|одразу\s+)?(?:после|після)\s+(?:прощания|прощання|церемони[ия]|"
    r"церемонії|отпевания|відспівування|панихиды|панахиди)(?![\w'’])", re.I)
AFTER_CEREMONY_EN = re.compile(r"\b(?:(?:straight|right|immediately|directly)\s+)?after\s+"
                               r"the\s+(?:farewell|ceremony|service|memorial|requiem)\b", re.I)
#: the word of sameness an event's day needs ("в тот же день", not "в тот день": a fate's)
_SAME = re.compile(r"(?<![\w'’])(?:же|ж|сам\w*|same|very)(?![\w'’])", re.I)
#: a day told right before the phrase: "5-го того же месяца", "14 числа того ж місяця" (the
#: month of a day told here, no date of its own)
_DAY_BEFORE = re.compile(r"(?:\d(?:-?го|th|st|nd|rd)?|\bчисла)\s*$", re.I)
#: how far back (characters) the date pointed at may be told
REACH = 400
#: how far back the ceremony "after the farewell" points at may be told (a notice names its
#: day first, the burial after it last)
CEREMONY_REACH = 1000


def _ceremony_day(text: str, told: list[tuple[int, int, str, DatePrecision]],
                  ceremony: re.Pattern[str], died: re.Pattern[str] | None) -> str | None:
    """The day of the ceremony told last: of the days in the sentence of the last day told,
    not right after a death's word (``died``), the one nearest a ceremony's word there ("said
    goodbye on 12 March to …, killed on 3 March"), if the sentence names one."""
    if died is not None:
        # (from the day told before it on: "погибшим 1 марта, прошло 11 марта")
        told = [d for i, d in enumerate(told) if not died.search(
            text, max(0, d[0] - 30, told[i - 1][1] if i else 0), d[0])]
    if not told:
        return None
    lo, hi = sentence_around(text, told[-1][0], told[-1][1], WORD_STOP)
    words = [(m.start(), m.end()) for m in ceremony.finditer(text, lo, hi)]
    if not words:
        return None
    here = [d for d in told if lo <= d[0]]
    return min(here, key=lambda d: min(abs(d[0] - b) if b <= d[0] else abs(a - d[1])
                                       for a, b in words))[2]


#: a burial or a farewell in the sentence of "the same day"
_BURIAL = re.compile(r"(?i:захорон\w*|погребени\w*|похорон\w*|похова\w*|поховання|"
                     r"funeral|burial|buried)")


def _ceremony_before(text: str, m: re.Match[str], before: list[tuple[int, int, str,
                                                                     DatePrecision]],
                     ceremony: re.Pattern[str], sents: list[tuple[int, int]]) -> str | None:
    """When "the same day" is a burial's or a farewell's, the last day told in a sentence
    of a ceremony before it (not the last day told, which may be a mobilisation's);
    ``sents``: the text's sentences."""
    def around(pos: int) -> tuple[int, int]:
        return next(((a, b) for a, b in sents if a <= pos < b), (pos, pos))

    lo, hi = around(m.start())
    if not (_BURIAL.search(text, lo, hi) or ceremony.search(text, lo, hi)):
        return None
    for start, _, value, precision in reversed(before):
        if precision != DatePrecision.DAY:
            continue
        a, b = around(start)
        if ceremony.search(text, a, b):
            return value
    return None


def same_times(text: str, dates: list[tuple[int, int, str, DatePrecision]], lang: str,
               ceremony: re.Pattern[str] | None = None, died: re.Pattern[str] | None = None,
               ) -> Iterator[tuple[int, int, str, DatePrecision]]:
    """(start, end, ISO, precision) for each phrase pointing at the date told last before it
    (``dates``: (start, end, ISO, precision) of the dates told, in order; only those of a day's
    or a month's precision are pointed at); "after the farewell" points at the last day told in
    a sentence ``ceremony`` finds a ceremony in, not one a death's word (``died``) tells."""
    day, month = (SAME_DAY_EN, SAME_MONTH_EN) if lang == "en" else (SAME_DAY, SAME_MONTH)
    if ceremony is not None:
        after = AFTER_CEREMONY_EN if lang == "en" else AFTER_CEREMONY
        for m in after.finditer(text):
            when = _ceremony_day(text, [d for d in dates if d[1] <= m.start()
                                        and m.start() - d[1] <= CEREMONY_REACH
                                        and d[3] == DatePrecision.DAY], ceremony, died)
            if when is not None:
                yield m.start(), m.end(), when, DatePrecision.DAY
    sents: list[tuple[int, int]] | None = None
    for pattern, whole in ((day, True), (month, False)):
        for m in pattern.finditer(text):
            if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or (
                    whole and not _SAME.search(m.group(0))):
                continue  # "в тот день его брат звонил матери": that day, not the same one
            before = [d for d in dates if d[1] <= m.start() and m.start() - d[1] <= REACH
                      and d[3] != DatePrecision.YEAR]
            if not before or any(s < m.end() and m.start() < e for s, e, _, _ in dates):
                continue
            _, _, value, precision = before[-1]
            if whole and ceremony is not None:
                if sents is None:  # split once, and only when "the same day" is told
                    from headcount.extract.text import sentences

                    sents = [(x.start, x.end) for x in sentences(text)]
                rite = _ceremony_before(text, m, before, ceremony, sents)
                if rite is not None:  # "8 февраля … прощание …. Призван 6 октября 2022 г. ….
                    # Захоронение состоится в тот же день": the farewell's day
                    value, precision = rite, DatePrecision.DAY
            if whole:
                yield m.start(), m.end(), value, precision
            else:
                yield m.start(), m.end(), value[:7], DatePrecision.MONTH


def same_event(event: str, start: int, dated: list[tuple[int, str, str, object]],
               ) -> tuple[str, object] | None:
    """The value and precision of the last date of the same ``event`` told before ``start``
    (``dated``: (end, event, value, precision) of the events dated so far), if any: "подписал
    контракт 12 марта …, прилетел 9 февраля. … земляка, подписавшего контракт в тот же день"
    is the contract's day, not the flight's."""
    same = [d for d in dated if d[1] == event and d[0] <= start and start - d[0] <= REACH]
    return (same[-1][2], same[-1][3]) if same else None
