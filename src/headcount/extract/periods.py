"""Dates that bound a period, not one event: the end of a span of days ("deaths confirmed
21–27 August", "гибель подтверждена с 21 по 27 августа", "загибель підтверджено 21–27
серпня") and the start of a count ("Total confirmed since February 2022: 612", "всего с
февраля 2022 года подтверждена гибель 612 жителей", "загалом з лютого 2022 року"). A list's
or an article's period dates no event of a person (the guide: "A date of the list or the
article itself is not annotated"), and a count's start is no day a death became known.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
#: what stands before the last day of a span of days: "21–27", "с 21 по 27", "з 21 по 27",
#: "від 2 до 10", "from 21 to 27", "between 21 and 27", "між 2 і 10", "между 2 и 10"
_SPAN_END = re.compile(r"(?:(?<![\d.:/])\d{1,2}\s*(?:[-–—]|\b(?:по|до|to|until|till)\b)|"
                       r"\b(?:між|между|between)\s+\d{1,2}\s+(?:і|й|та|и|and))\s*$", _I)
#: what stands before the first day of a count: "since", "с", "со", "з", "із", "від",
#: "from", with "the start of" / "начала" / "початку" and the like between
_SINCE = re.compile(r"(?:^|[^\w])(?:since|с|со|з|із|від|from)\s+(?:(?:the\s+)?(?:early|mid|late|"
                    r"start\s+of|beginning\s+of|end\s+of)\s+|(?:начала|конца|середины|"
                    r"початку|кінця|середини)\s+)?$", _I)


def span_end(text: str, start: int) -> bool:
    """The date at ``start`` closes a span of days ("21–27 August", "с 21 по 27 августа")."""
    return bool(_SPAN_END.search(text, max(0, start - 20), start))


def count_start(text: str, start: int) -> bool:
    """The date at ``start`` opens a period ("since February 2022", "с февраля 2022 года")."""
    return bool(_SINCE.search(text[max(0, start - 30):start]))


def period_event(text: str, start: int, event: str) -> bool:
    """The date at ``start`` bounds a period and so dates no ``event`` of a person: the end of
    a span of days dates none; the start of a count dates no report of a death."""
    return span_end(text, start) or (event == "reported" and count_start(text, start))
