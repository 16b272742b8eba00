"""Days of the week, in every language read, resolved against publication.

One piece of arithmetic for all languages: a weekday told of a past event is the latest such
day not after publication ("погиб в субботу", "загинув у суботу", "was killed on Saturday");
told with "last" ("в минувшую субботу", "минулої суботи", "last Saturday") it is never
publication day itself; told of an event to come ("прощание пройдёт в четверг", "прощання
відбудеться у четвер", "will be held on Thursday", "next Thursday") it is the first such day
after publication. The languages differ only in their words, kept here as data.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

#: the stems of the seven days (Monday first) in each language: every case form starts so
WEEKDAY_STEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ru": (("понедельник",), ("вторник",), ("сред",), ("четверг",), ("пятниц",), ("суббот",),
           ("воскресень",)),
    "uk": (("понеділ",), ("вівтор",), ("серед",), ("четвер",), ("п'ятниц", "п’ятниц"),
           ("субот",), ("неділ",)),
    "en": (("monday",), ("tuesday",), ("wednesday",), ("thursday",), ("friday",), ("saturday",),
           ("sunday",)),
}
#: how a modifier's stem turns the day: "last" (before publication, never publication day),
#: "next" (after it); any other modifier ("этот", "цієї", "this") leaves it to the sentence
MODIFIER_STEMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("минувш", "прошл", "прошедш"), ("ближайш", "следующ")),
    "uk": (("минул", "попередн"), ("наступн", "найближч")),
    # the words the English weekday pattern takes before a weekday (en_dates._WEEKDAY)
    "en": (("last",), ("next", "until", "by")),
}


#: English words announcing an event to come ("will be held on Friday", "is scheduled for …");
#: Russian and Ukrainian ones are read by ``dates._announced`` (their verbs also date days
#: after publication)
ANNOUNCE_EN = re.compile(r"\b(?:will|to\s+be\s+held|is\s+due|are\s+due|scheduled|planned|"
                         r"tomorrow)\b", re.I)
#: a ceremony told without a past verb is announced, in every language ("Прощание в четверг
#: у ДК", "His funeral is on Saturday", "A farewell ceremony on Monday at …")
CEREMONY_EN = re.compile(r"\b(?:funeral|farewell|memorial|burial|wake|requiem)\b", re.I)
#: (irregular past verbs too: "who fell on Tuesday", "was hit", "went missing", "died")
PAST_EN = re.compile(r"\b(?:was|were|had|took\s+place|held|buried|said|died|fell|went|lost|left|"
                     r"came|got|gave|took|ran|drove|flew|fought|met|struck|blew|sent|brought|"
                     r"shot|hit|slain|gone|[a-z]{3,}ed)\b", re.I)


def announced_en(sentence: str) -> bool:
    """An English sentence telling an event to come: a word of the future, or a ceremony told
    without a past verb."""
    return bool(ANNOUNCE_EN.search(sentence)) or (
        bool(CEREMONY_EN.search(sentence)) and not PAST_EN.search(sentence))


def weekday_index(word: str, lang: str) -> int | None:
    """Monday = 0 … Sunday = 6 for a weekday word in any case form, else None."""
    low = word.lower()
    return next((i for i, stems in enumerate(WEEKDAY_STEMS[lang]) if low.startswith(stems)),
                None)


def direction(modifier: str | None, lang: str) -> str | None:
    """"last", "next" or None (undecided) for a modifier before a weekday."""
    low = (modifier or "").lower()
    last, nxt = MODIFIER_STEMS[lang]
    if low and low.startswith(last):
        return "last"
    if low and low.startswith(nxt):
        return "next"
    return None


def weekday_date(published: date, weekday: int, ahead: bool, last: bool = False) -> date:
    """The day ``weekday`` names: the first one after publication when ``ahead``, else the
    latest one not after it (strictly before it when ``last``)."""
    if ahead:
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    back = (published.weekday() - weekday) % 7
    return published - timedelta(days=back or (7 if last else 0))
