"""Days told by pointing at the day after one told before: "на следующий день", "наступного
дня", "днём позже", "the next day", "a day later" — not "на следующий день после гибели", "the
next day after his death", which point at the event they name. "Тело доставили 14 августа,
похоронили его на следующий день"; "Іван був поранений 5 травня, а наступного дня помер". The
day pointed from is the last one told before with a day's precision, not far back.

"В тот же день", "того ж дня", "the same day" are not read here: that day is the fate's told
before (same_battle shares it), which a date of another kind told in between (a
contract "датований 11 грудня") must not take.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

#: the day after the one before: "на следующий день", "на другой день", "следующего дня",
#: "днём позже", "на следующее утро", "наступного дня", "на другий день", "днем пізніше"
NEXT_DAY = re.compile(
    r"\b(?:на\s+(?:следующий|другой)\s+день|следующего\s+дня|на\s+следующее\s+утро|"
    r"дн[её]м\s+(?:позже|позднее|пізніше)|наступного\s+(?:дня|ранку)|на\s+другий\s+день|"
    r"наступн(?:ий|ого)\s+день)(?![\w'’])(?!\s+(?:после|після|рождения|народження))", re.I)
#: "the next day", "the following day", "the next morning", "a day later"
NEXT_DAY_EN = re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later|"
                         r"one\s+day\s+later)\b(?!\s*,?\s*\w+\s+\d)(?!\s+(?:after|of)\b)", re.I)
#: how far back (characters) the day pointed at may be told
REACH = 400


def pointed_days(text: str, days: list[tuple[int, int, str]], lang: str,
                 ) -> Iterator[tuple[int, int, str]]:
    """(start, end, ISO day) for each phrase pointing at the day after one of ``days`` ((start,
    end, ISO day) of the days told, in order; only days of a day's precision)."""
    for m in (NEXT_DAY_EN if lang == "en" else NEXT_DAY).finditer(text):
        before = [d for d in days if d[1] <= m.start() and m.start() - d[1] <= REACH]
        if not before or any(s < m.end() and m.start() < e for s, e, _ in days):
            continue
        try:
            day = date.fromisoformat(before[-1][2]) + timedelta(days=1)
        except ValueError:
            continue
        yield m.start(), m.end(), day.isoformat()
