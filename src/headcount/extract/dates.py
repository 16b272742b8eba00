"""Dates as Russian texts write them, with their precision, resolved against publication.

"12 марта 2023 года", "12.03.2023", "в марте 2023 года", "в 1990 году",
"1990 г.р.", "(1985–2023)"; and relative ones, which need the publication
date: "12 марта" (the latest 12 March not after it), "вчера", "позавчера",
"на прошлой неделе", "в прошлом месяце", "в прошлом году", "осенью прошлого года",
"этой весной" (the year), "в минувшую субботу", "прощание пройдёт в четверг" (the
weekday before or after publication, by the tense of its sentence), "накануне" (the day
before publication, when no dated story precedes it).
A week is not a precision the registry keeps: "на прошлой неделе" gives the
month of that week's Thursday, with precision "month", marked ``relative``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from headcount.extract.day_anaphora import pointed_days
from headcount.extract.morph import parses
from headcount.extract.same_time import same_times
from headcount.extract.sentences import WORD_STOP, sentence_around
from headcount.extract.weekdays import direction, weekday_date, weekday_index
from headcount.vocab import DatePrecision

MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")
MONTHS_PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
               "сентябре", "октябре", "ноябре", "декабре")
MONTHS_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
              "сентябрь", "октябрь", "ноябрь", "декабрь")
#: Ukrainian month names (genitive, locative, nominative)
UK_MONTHS_GEN = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                 "вересня", "жовтня", "листопада", "грудня")
UK_MONTHS_PREP = ("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні",
                  "вересні", "жовтні", "листопаді", "грудні")
UK_MONTHS_NOM = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
                 "серпень", "вересень", "жовтень", "листопад", "грудень")
_MONTH = {m: i + 1 for names in (MONTHS_GEN, MONTHS_PREP, MONTHS_NOM, UK_MONTHS_GEN,
                                 UK_MONTHS_PREP, UK_MONTHS_NOM) for i, m in enumerate(names)}
_G = "|".join(MONTHS_GEN + UK_MONTHS_GEN)
_P = "|".join(MONTHS_PREP + MONTHS_NOM + UK_MONTHS_PREP + UK_MONTHS_NOM)
_YEAR_WORD = r"(?:\s*(?:года|году|год|року|році|рік|гг?\.|р\.(?!\s*н)))?"

_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:-?го)?\s+({_G})(?:\s+(\d{{4}}){_YEAR_WORD})?", re.I)
#: a month cut short, with its day and a year ("14 янв. 2024", "3 сент 2023 г.", "9 лист.
#: 2023"): lists and tables write them so
_MONTH_ABBR = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
               "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12, "січ": 1,
               "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
               "вер": 9, "жовт": 10, "лист": 11, "груд": 12}  # fmt: skip
_DAY_ABBR = re.compile(
    r"(?<![\d.])\b(\d{1,2})\s+(" + "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))
    + r")(?:\.|(?![\w'’]))\s*(\d{4})" + _YEAR_WORD, re.I)
#: "с декабря 2023 г.", "до октября 2022 года", "з вересня 2023 року": a month and year with
#: the month in the genitive (after a preposition)
_GEN_MONTH_YEAR = re.compile(rf"(?<![\d\w-])(?<!\d\s)({_G})\s+(\d{{4}}){_YEAR_WORD}", re.I)
#: ordinal days in words, genitive ("второго ноября", "двадцять п'ятого березня")
_ORDINAL_STEMS = (
    ("перв", 1), ("втор", 2), ("трет", 3), ("четв[её]рт", 4), ("пят", 5), ("шест", 6),
    ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11),
    ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
    ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19),
    ("двадцат", 20), ("тридцат", 30),
    ("перш", 1), ("друг", 2), ("трет", 3), ("четверт", 4), ("п['’]ят", 5), ("шост", 6),
    ("сьом", 7), ("восьм", 8), ("дев['’]ят", 9), ("десят", 10), ("одинадцят", 11),
    ("дванадцят", 12), ("тринадцят", 13), ("чотирнадцят", 14), ("п['’]ятнадцят", 15),
    ("шістнадцят", 16), ("сімнадцят", 17), ("вісімнадцят", 18), ("дев['’]ятнадцят", 19),
    ("двадцят", 20), ("тридцят", 30),
)
_ORDINAL = "|".join(sorted({stem for stem, _ in _ORDINAL_STEMS}, key=len, reverse=True))
_WORD_DAY = re.compile(
    rf"\b(?:(двадцать|тридцать|двадцять|тридцять)\s+)?({_ORDINAL})(?:ьего|ього|ого|его|го)\s+({_G})"
    rf"(?:\s+(\d{{4}}){_YEAR_WORD})?", re.I)


def _word_day(tens: str | None, stem: str) -> int | None:
    base = next((n for s, n in _ORDINAL_STEMS if re.fullmatch(s, stem, re.I)), None)
    if base is None:
        return None
    if tens:
        if base >= 10:
            return None
        base += 30 if tens.lower().startswith("тридц") else 20
    return base


_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)")
#: a month and year in digits ("12.2023", "03.2024"): the month
_NUMERIC_MONTH = re.compile(r"(?<![\d.,])(0[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.,]\d)")
#: a month in Roman numerals ("30.X.2024", "5 XI 2023", "12.IV.1990"): the twelve of them
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = re.compile(
    r"(?<![\d.\w])(\d{1,2})(?:\.\s?|\s)(" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
    + r")(?:\.\s?|\s)(\d{4})(?![\d.]\d)")
_MONTH_YEAR = re.compile(
    rf"\b(?:[ву]\s+)?({_P})(?:\s+(\d{{4}}){_YEAR_WORD}|\s+(\d\d)-?го\b)?\b", re.I)
#: "осенью 22-го", "летом 23-го года", "восени 22-го", "в конце 22-го": the year, read as
#: 20xx only for 14–29 (the war's years; never a birth year told so)
_SEASON_SPOKEN = re.compile(
    r"\b(?:летом|весной|осенью|зимой|в\s+(?:конце|начале|середине)|влітку|навесні|восени|"
    r"взимку|наприкінці|на\s+початку)\s+((?:1[4-9]|2\d))-?го(?:\s+(?:года|року))?(?![\w-])",
    re.I)
_YEAR = re.compile(r"\b(?:[ву]\s+)?((?:19|20)\d\d)\s*"
                   r"(?:году|года|год|року|році|рік|г\.|г\b|р\.(?!\s*н)|-(?:го|му|м)\b)")
#: "летом 2023 года", "в конце 2023 года": the year
_SEASON = re.compile(r"\b(?:летом|весной|осенью|зимой|в\s+(?:конце|начале|середине)|влітку|"
                     r"навесні|восени|взимку|наприкінці|на\s+початку)\s+((?:19|20)\d\d)\b", re.I)
#: "в конце января", "в начале декабря 2023 года", "наприкінці січня": the month
_PART_OF_MONTH = re.compile(
    rf"\b(?:в\s+(?:конце|начале|середине)|наприкінці|на\s+початку|в\s+середині|у\s+середині)"
    rf"\s+({_G})(?:\s+(\d{{4}}){_YEAR_WORD})?", re.I)
_BIRTH_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*(?:г\.\s*р\.|г\.р|гр\.|года\s+рождения|"
                         r"р\.\s*н\.|року\s+народження)", re.I)
#: "(1976–2023)", "(1979 г.р. – 2023)", "(1990 р.н. — 2024)": a birth year, its marker may
#: stand before the dash
#: not when the year after the dash is another event's ("1992 г.р. — 2023 г. мобилизован",
#: "1990 р.н. — 2022 року призваний, загинув")
_RANGE = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?:\s*(?:г\.\s*р\.|р\.\s*н\.))?\s*[-–—]\s*"
                    r"((?:19|20)\d\d)(?![\d.]\d)(?!\s*(?:г\.|года|году|год|року|році|рік|р\.)?"
                    r"\s*,?\s*(?:мобилиз|призван|призвал|подписал|ушёл|ушел|заключил|отправил|"
                    r"вступил|добровол|мобіліз|призва|підписав|пішов|уклав|вступив|відправ))",
                    re.I)
#: a bare year of birth before a dash and a day (or a month) of death: "(1990 – 05.03.2023)",
#: "(1990 – 03.2024)"
#: (after a bracket, a comma or a line's start only: not "с июля 2022 — 18.02.2023")
_YEAR_TO_DAY = re.compile(r"(?m)(?:^|(?<=[(\[,;])|(?<=[(\[,;]\s))((?:19|20)\d\d)"
                          r"(?:\s*(?:г\.\s*р\.|р\.\s*н\.|г\.))?"
                          r"\s*[-–—]\s*(?=(?:\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d|"
                          r"(?:0[1-9]|1[0-2])\.(?:19|20)\d\d)(?!\d)|"
                          # "(1996 – 14 янв. 2024)", "(1987 — 3 березня 2024)"
                          r"\d{1,2}\s+[а-яёіїєґ]{3,9}\.?\s*(?:19|20)\d\d(?!\d))")
_DASH = re.compile(r"\s*(?:г\.|года|г)?\s*[-–—]{1,2}\s*")
_BIRTH_AFTER = re.compile(r"\s*(?:г\.?\s*р\.?|гр\.|г\.\s*рожд\.?|(?:года\s+)?рождения|р\.\s*н\.|"
                          r"(?:року\s+)?народження)(?![а-яёіїєґ])", re.I)
#: the date a report or a list is up to ("по данным военкомата на 1 марта", "по состоянию на
#: 5 мая", "Список погибших на 1 марта", "Станом на 1 березня"): nobody's date
_REPORT = re.compile(
    r"(?:\bпо\s+(?:данным|состоянию|информации|сведениям|подсч[её]там)|\bстаном|"
    r"\bза\s+(?:даними|інформацією|підрахунками)|\bспис(?:ок|ка|ке|ку|ки|ков|ках|ком)|"
    r"\bперечн?(?:ень|ня|не|ю)|\bперелік\w*)\b[^.!?\n;:]{0,60}?(?<![нН]очь)(?<![нН]іч)"
    r"(?<![нН]очі)\s+на\s*$|"
    # the day a list or a page was brought up to date ("список обновлён 20.10.2024", "дата
    # обновления:", "актуально на", "оновлено"; English: en_dates._UPDATED)
    r"\b(?:обновл(?:[её]н|ено|ены|ена|ение|ения|яется)|актуальн\w*(?:\s+на)?|"
    r"оновлен(?:о|ий|ня))\s*[:(]?\s*$|"
    # a day in brackets after "на" ("список погибших … (на 01.03.2024):"; "станом на" above)
    r"\(\s*(?:на|станом\s+на|as\s+of)\s*$", re.I)
REPORT_REACH = 80
#: a year alone in brackets ("сержант Щукин Е.А. (2023)", "Вадим Сыроватский (1994)")
_BRACKET_YEAR = re.compile(r"\(\s*((?:19|20)\d\d)\s*\)")
#: a year alone after a name in a list of the dead is the death's from the war's first year
#: on, the birth's when the one named would have been an adult by publication
WAR_YEAR = 2014
ADULT = 16
#: a day and month without a year, after publication, in a sentence announcing an event
#: ("Прощание состоится 16 марта"): this year, if at most this many days ahead
FUTURE_DAYS = 120
FUTURE_WINDOW = 120
_FUTURE = re.compile(
    r"\b(?:состоится|состоятся|пройд[её]т|будет|будут|простятся|похоронят|проводят|"
    r"проводим|простимся|попрощаемся|похороним|"
    r"назначен[оа]?|планиру\w+|ожида\w+|"
    # an invitation to a farewell: "Проститься с земляком можно 10 сентября", "приглашаем
    # проститься", "попрощатися можна буде"
    r"проститься|попрощаться|приглаша\w+|смогут|проститися|попрощатися|запрошу\w+|зможуть|"
    r"відбудеться|відбудуться|пройде|поховають|попрощаються|запланува\w+|призначен\w+)\b",
    re.I)
#: a farewell or a funeral named beside a day a few days after publication: a schedule, not a
#: ceremony of last year
_CEREMONY = re.compile(r"\b(?:прощани\w*|похорон\w*|отпевани\w*|прощання|похорон\w*|"
                       r"кортеж\w*|попроща\w*)", re.I)
CEREMONY_DAYS = 21
_PAST = re.compile(r"\b(?:прошл[оаи]|прош[её]л|состоял\w*|простились|прощались|похоронили|"
                   r"отпели|проводили|відбул\w*|пройшл\w*|попрощалися|поховали)\b", re.I)
#: a line's end after a word: the word closes the line (a medium's name after a headline)
_LINE_END = re.compile(r"[^\S\n]*(?:[»\"”|]|$)", re.M)
#: (its letters may be joined by an apostrophe or a hyphen: «Прокоп'євськ сьогодні»)
_WORD_BEFORE = re.compile(r"([^\W\d_])(?:[^\W\d_]|['’ʼ-](?=[^\W\d_]))*[^\S\n]+$")


def _masthead(text: str, m: re.Match[str]) -> bool:
    """A lower-case "сегодня" / "сьогодні" after a capitalised word, closing its line or a
    quotation: the name of a newspaper or site ("Юг сегодня", "Россия сегодня",
    «Кузбасс сегодня»), no day."""
    word = m.group(1)
    if not word.islower() or " " in word or not _LINE_END.match(text, m.end()):
        return False
    before = _WORD_BEFORE.search(text, 0, m.start())
    return before is not None and before.group(1).isupper()


_RELATIVE = re.compile(
    r"\b(позавчера|вчера|сегодня|на\s+прошлой\s+неделе|на\s+этой\s+неделе|"
    r"позавчора|вчора|учора|сьогодні|минулого\s+тижня|цього\s+тижня|минулого\s+місяця|торік|"
    r"в\s+прошлом\s+месяце|в\s+прошлом\s+году|в\s+этом\s+году|в\s+этом\s+месяце|"
    r"(?:в\s+(?:конце|начале|середине)\s+)?(?:прошлого|этого|текущего)\s+месяца|"
    r"в\s+(?:конце|начале|середине)\s+месяца|цього\s+місяця|поточного\s+місяця|"
    r"(?:наприкінці|на\s+початку|[ув]\s+середині|в\s+кінці|у\s+кінці)\s+місяця|"
    r"(?:летом|весной|осенью|зимой|в\s+(?:конце|начале|середине))\s+(?:прошлого|этого|"
    r"текущего|позапрошлого)\s+года|(?:этой|прошлой|позапрошлой)\s+(?:весной|осенью|зимой)|"
    r"(?:этим|прошлым|позапрошлым)\s+летом|"
    r"(?:(?:влітку|навесні|восени|взимку|наприкінці|на\s+початку)\s+)?(?:минулого|цього|"
    r"позаминулого)\s+року|(?:цієї|минулої|позаминулої)\s+(?:весни|осені|зими)|"
    r"(?:цього|минулого|позаминулого)\s+літа)\b",
    re.I,
)


#: after "сегодня": a time counted since an event ("Сегодня 40 дней как нет нашего Саши",
#: "сегодня ровно год со дня гибели", "сьогодні пів року, як загинув"): today is no event's day
_SINCE_THEN = re.compile(
    r"\s+(?:ровно\s+|уже\s+|рівно\s+|вже\s+)?(?:\d+|[а-яёіїєґ'’]+)?\s*(?:дней|дня|день|недел\w*|"
    r"месяц\w*|год\w*|лет|полгода|днів|дні|тижн\w*|місяц\w*|рок\w*|років|пів\s*року)\s*,?\s*"
    r"(?:как|со\s+дня|с\s+момента|с\s+тех\s+пор|як|з\s+дня|відколи)\b", re.I)

#: a weekday an event is told on: "в минувшую субботу", "во вторник", "в ближайшее воскресенье";
#: Ukrainian "у суботу", "минулої неділі", "у наступну середу" (weekdays.py resolves them)
_WEEKDAY = re.compile(
    r"\b(?:в|во)\s+(?:(минувш\w+|прошл\w+|прошедш\w+|ближайш\w+|следующ\w+|эт[оу]т?|"
    r"нынешн\w+)\s+)?(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)
_UK_WEEKDAY = re.compile(
    r"(?<![\w'’])(?:(?:у|в)\s+(?:(минул\w+|попередн\w+|наступн\w+|найближч\w+|ц[юей]\w*)\s+)?"
    r"(понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)|"
    r"(минул(?:ої|ого)|попередн(?:ьої|ього)|наступн(?:ої|ого)|цієї|цього)\s+"
    r"(понеділка|вівторка|середи|четверга|п['’]ятниці|суботи|неділі))\b", re.I)
#: a day and month told right after a weekday ("в субботу, 12 мая", "у неділю, 12 травня"):
#: the date says it all
_DATE_NEXT = re.compile(rf"\s*,?\s*\d{{1,2}}(?:\s+(?:{_G})|\.\d)", re.I)
#: the day before publication ("Накануне в Белгороде простились …"), not the eve of something
#: named after it ("накануне гибели", "накануне Дня Победы")
_EVE = re.compile(r"\bнакануне\b(?!\s*[-–—]?\s*\d)(?:\s+([А-ЯЁа-яё]+))?", re.I)
#: how far back a dated story makes "накануне" that story's eve, not publication's
EVE_REACH = 300


def _weekday(text: str, start: int, end: int, modifier: str | None, word: str, lang: str,
             published: date) -> tuple[str, DatePrecision] | None:
    """The day a weekday names (weekdays.weekday_date): the next one after publication when
    it is announced ("прощание пройдёт в четверг", "Прощание в четверг у ДК", "прощання
    відбудеться у четвер"), else the latest one not after it."""
    if _DATE_NEXT.match(text, end):
        return None
    wd = weekday_index(word, lang)
    if wd is None:
        return None
    sent_start, sent_end = sentence_around(text, start, end, WORD_STOP)
    sentence = text[sent_start:sent_end]
    way = direction(modifier, lang)
    ahead = way == "next" or (way is None and _announced(sentence))
    return _iso(*weekday_date(published, wd, ahead, last=way == "last").timetuple()[:3])


def _announced(sentence: str) -> bool:
    """An event to come: a verb in the future, or a ceremony told without a past verb."""
    return bool(_FUTURE.search(sentence) or _UK_FUTURE.search(sentence)) or (
        bool(_CEREMONY.search(sentence)) and not _PAST.search(sentence)
        and not _past_verb(sentence))


def _past_verb(sentence: str) -> bool:
    """A verb in the past tense among the words of ``sentence``."""
    return any(ps and "past" in ps[0].tag.grammemes and "VERB" in ps[0].tag.grammemes
               for ps in (parses(w) for w in re.findall(r"[а-яёіїєґ'’ʼ]+", sentence.lower())))


def _eve(text: str, m: re.Match[str], published: date,
         found: list[FoundDate]) -> tuple[str, DatePrecision] | None:
    """The day before publication for "накануне" standing alone, else None: the eve of a
    noun after it ("накануне гибели"), or of a day a story told just before it."""
    word = m.group(1)
    if word and any({"NOUN", "NPRO", "ADJF", "APRO", "PRTF", "NUMR"} & p.tag.grammemes
                    and "gent" in p.tag.grammemes for p in parses(word.lower())[:1]):
        return None
    if any(d.precision == DatePrecision.DAY and 0 <= m.start() - d.end <= EVE_REACH
           for d in found):
        return None
    return _iso(*(published - timedelta(days=1)).timetuple()[:3])


#: days after publication: only events announced are told so
_TOMORROW = re.compile(r"\b(?:послезавтра|завтра|післязавтра)\b", re.I)
#: a verb of an event to come: "у четвер відбудеться прощання", "проводжатиме його в четвер"
_UK_FUTURE = re.compile(r"\b(?:відбуд\w+|пройд\w+|"
                        # only the future forms of "бути", never "будинок", "будучи", "будівля"
                        r"буд(?:у|еш|е|емо|ете|уть)(?:ся|ться)?|\w+тиме\w*|\w+тимуть|поховають|"
                        r"попрощаються|запланован\w*)\b", re.I)


@dataclass(frozen=True)
class FoundDate:
    value: str  # ISO of its precision: 2023, 2023-03, 2023-03-12
    precision: DatePrecision
    start: int
    end: int
    #: date, birth_year (1990 г.р.), range_birth, range_death, ahead (завтра), report (the date
    #: a report or a list is up to: nobody's), bracket_death / bracket_birth (a year alone in
    #: brackets: a life's end or start if it follows a name)
    kind: str = "date"
    relative: bool = False


def _iso(y: int, m: int | None = None, d: int | None = None) -> tuple[str, DatePrecision] | None:
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat(), DatePrecision.DAY
        if m is not None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}", DatePrecision.MONTH
    except ValueError:
        return None
    return (f"{y:04d}", DatePrecision.YEAR) if 1900 <= y <= 2100 else None


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """The year of the latest such day not after publication."""
    if published is None:
        return None
    year = published.year
    try:
        if date(year, month, min(day, 28)) > published:
            year -= 1
    except ValueError:
        return None
    return year


#: "два дня назад", "5 днів тому", "неделю назад": days back from publication
_DAYS_AGO = re.compile(
    r"\b(\d{1,2}|один|одну|два|две|три|четыре|пять|шесть|семь|два|дві|три|чотири|п['’]ять|"
    r"шість|сім)?\s*(день|дня|дней|дні|днів|неделю|недели|тиждень|тижні)\s+(?:назад|тому)\b",
    re.I)
_SMALL = {"один": 1, "одну": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4,
          "чотири": 4, "пять": 5, "п'ять": 5, "п’ять": 5, "шесть": 6, "шість": 6, "семь": 7,
          "сім": 7}


def _days_ago(m: re.Match[str], published: date) -> tuple[str, DatePrecision] | None:
    count = m.group(1)
    n = 1 if not count else int(count) if count.isdigit() else _SMALL.get(count.lower())
    if n is None:
        return None
    days = n * (7 if m.group(2).lower().startswith(("нед", "тиж")) else 1)
    if days > 7:
        return None  # "две недели назад": not a day any more
    return (published - timedelta(days=days)).isoformat(), DatePrecision.DAY


def _relative(word: str, published: date) -> tuple[str, DatePrecision] | None:
    w = " ".join(word.lower().split())
    back_days = {"сегодня": 0, "вчера": 1, "позавчера": 2, "сьогодні": 0, "вчора": 1,
                 "учора": 1, "позавчора": 2}
    if w in back_days:
        return (published - timedelta(days=back_days[w])).isoformat(), DatePrecision.DAY
    if w.endswith(("неделе", "тижня")):
        monday = published - timedelta(days=published.weekday())
        if "прошлой" in w or "минулого" in w:
            monday -= timedelta(days=7)
        return _iso(*((monday + timedelta(days=3)).timetuple()[:2]))
    if w.endswith(("месяце", "месяца", "місяця")):  # "в конце прошлого месяца", "на початку
        if "прошл" in w or "минул" in w:             # місяця": the month, told from publication
            last = published.replace(day=1) - timedelta(days=1)
            return _iso(last.year, last.month)
        return _iso(published.year, published.month)
    if w in ("в прошлом году", "торік"):
        return _iso(published.year - 1)
    if w == "в этом году":
        return _iso(published.year)
    back = next((n for stem, n in _YEARS_BACK if stem in w), None)
    if back is not None:  # "осенью прошлого года", "этой весной": the year
        return _iso(published.year - back)
    return None


#: how many years back a season or a part of a year said relatively lies ("осенью прошлого
#: года", "этой весной", "в начале позапрошлого года"); first match wins
_YEARS_BACK = (("позапрошл", 2), ("позаминул", 2), ("прошл", 1), ("минул", 1), ("этого", 0),
               ("текущего", 0), ("этой", 0), ("этим", 0), ("цього", 0), ("цієї", 0))


def _future_year(text: str, start: int, end: int, month: int, day: int,
                 published: date | None) -> int | None:
    """The publication year for a day after publication that a future event is set on
    ("Прощание состоится 16 марта"), else None."""
    if published is None:
        return None
    lo, hi = max(0, start - FUTURE_WINDOW), min(len(text), end + FUTURE_WINDOW)
    window = text[lo:hi]
    # (a one-letter abbreviation's dot ends no sentence: "состоится 22 ноября в д. Малые
    # Шемердяны, с Игорем Семёновым — 23 ноября")
    left, right = sentence_around(window, start - lo, end - lo, WORD_STOP)
    ahead = FUTURE_DAYS
    if not _FUTURE.search(window[left:right]):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        where = list_heading(text, line_start)
        head = text[where[0] : where[1]] if where else ""
        if (not _CEREMONY.search(window[left:right]) and not _CEREMONY.search(line[:200])
                and not (_CEREMONY.search(head) and not _PAST.search(head))) or (
                _PAST.search(window[left:right])):
            return None
        ahead = CEREMONY_DAYS  # "14 июня, 11:00 — … прощание в Улан-Удэ": a schedule
    try:
        when = date(published.year, month, min(day, 28))
    except ValueError:
        return None
    return published.year if 0 <= (when - published).days <= ahead else None


#: a list's heading: a line ending with a colon
_HEADING = re.compile(r"[^\n]*:[ \t]*\n")
#: the most lines a list's entry may stand below its heading
HEADING_LINES = 12


def list_heading(text: str, line_start: int) -> tuple[int, int] | None:
    """Where the heading (a line ending with a colon) of the list a line is in stands, if any:
    "На следующей неделе пройдут церемонии прощания с нашими земляками:"."""
    head = None
    for m in _HEADING.finditer(text, 0, line_start):
        head = m
    if head is None or text[head.end() : line_start].count("\n") > HEADING_LINES:
        return None
    return head.start(), head.end()


def find_dates(text: str, published: date | None = None) -> list[FoundDate]:
    """Every date in ``text``, longest reading first where readings overlap."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(iso: tuple[str, DatePrecision] | None, start: int, end: int, kind: str = "date",
            relative: bool = False, future: bool = False) -> None:
        if iso is None or any(s < end and start < e for s, e in taken):
            return
        if published and not future and iso[0] > published.isoformat()[: len(iso[0])]:
            return  # a date after publication is not a reported fact
        taken.append((start, end))
        found.append(FoundDate(iso[0], iso[1], start, end, kind, relative))

    for m in _RANGE.finditer(text):
        add(_iso(int(m.group(1))), m.start(1), m.end(1), "range_birth")
        taken.pop()
        add(_iso(int(m.group(2))), m.start(2), m.end(2), "range_death")
        taken.append((m.start(), m.end()))
    for m in _YEAR_TO_DAY.finditer(text):
        add(_iso(int(m.group(1))), m.start(1), m.end(1))
    for m in _DAY_MONTH.finditer(text):
        day, month = int(m.group(1)), _MONTH[m.group(2).lower()]
        if m.group(3):  # a day after publication only as an event announced
            ahead = _future_year(text, m.start(), m.end(), month, day, published)
            add(_iso(int(m.group(3)), month, day), m.start(), m.end(),
                future=ahead == int(m.group(3)))
            continue
        future = _future_year(text, m.start(), m.end(), month, day, published)
        year = future or _year_for(month, day, published)
        if year is not None:
            add(_iso(year, month, day), m.start(), m.end(), relative=True,
                future=future is not None)
    for m in _DAY_ABBR.finditer(text):  # "14 янв. 2024"
        add(_iso(int(m.group(3)), _MONTH_ABBR[m.group(2).lower()], int(m.group(1))),
            m.start(), m.end())
    for m in _WORD_DAY.finditer(text):  # "второго ноября"
        day_ = _word_day(m.group(1), m.group(2))
        month = _MONTH[m.group(3).lower()]
        if day_ is None:
            continue
        if m.group(4):
            add(_iso(int(m.group(4)), month, day_), m.start(), m.end())
            continue
        future = _future_year(text, m.start(), m.end(), month, day_, published)
        year = future or _year_for(month, day_, published)
        if year is not None:
            add(_iso(year, month, day_), m.start(), m.end(), relative=True,
                future=future is not None)
    for m in _PART_OF_MONTH.finditer(text):
        month = _MONTH[m.group(1).lower()]
        if m.group(2):
            add(_iso(int(m.group(2)), month), m.start(), m.end())
        elif published:
            year = _year_for(month, 1, published)
            if year is not None:
                add(_iso(year, month), m.start(), m.end(), relative=True)
    for m in _GEN_MONTH_YEAR.finditer(text):  # "с декабря 2023 г."
        add(_iso(int(m.group(2)), _MONTH[m.group(1).lower()]), m.start(), m.end())
    for m in _NUMERIC.finditer(text):
        y = int(m.group(3))
        y = y + (2000 if y < 50 else 1900) if y < 100 else y
        ahead = _future_year(text, m.start(), m.end(), int(m.group(2)), int(m.group(1)),
                             published) if 1 <= int(m.group(2)) <= 12 else None
        add(_iso(y, int(m.group(2)), int(m.group(1))), m.start(), m.end(), future=ahead == y)
    for m in _NUMERIC_MONTH.finditer(text):  # "19.03.2001 — 12.2023"
        add(_iso(int(m.group(2)), int(m.group(1))), m.start(), m.end())
    for m in _ROMAN.finditer(text):  # "30.X.2024"
        add(_iso(int(m.group(3)), _ROMAN_MONTHS.index(m.group(2)) + 1, int(m.group(1))),
            m.start(), m.end())
    for m in _BIRTH_YEAR.finditer(text):
        add(_iso(int(m.group(1))), m.start(), m.end(), "birth_year")
    for m in _MONTH_YEAR.finditer(text):
        month = _MONTH[m.group(1).lower()]
        if m.group(2):
            add(_iso(int(m.group(2)), month), m.start(), m.end())
        elif m.group(3):  # "в сентябре 22-го": only the war's years
            if 14 <= int(m.group(3)) <= 29:
                add(_iso(2000 + int(m.group(3)), month), m.start(), m.end())
        elif m.group(0).lower()[:1] in "ву" and m.group(0)[1:2].isspace() and published:
            year = _year_for(month, 1, published)
            if year is not None:
                add(_iso(year, month), m.start(), m.end(), relative=True)
    for m in _SEASON.finditer(text):
        add(_iso(int(m.group(1))), m.start(), m.end())
    for m in _SEASON_SPOKEN.finditer(text):
        add(_iso(2000 + int(m.group(1))), m.start(), m.end())
    for m in _YEAR.finditer(text):
        add(_iso(int(m.group(1))), m.start(), m.end())
    for m in _BRACKET_YEAR.finditer(text):  # "Абрамов К.В. (2022)": a year alone after a name
        year = int(m.group(1))
        kind = ("bracket_death" if year >= WAR_YEAR else "bracket_birth"
                if year <= (published.year if published else WAR_YEAR) - ADULT else None)
        if kind is not None:
            add(_iso(year), m.start(1), m.end(1), kind)
    if published:
        for m in _SINCE_MONTH.finditer(text):  # "у полоні з вересня минулого року"
            said = _YEAR_WORD_AFTER.match(text, m.end())
            if said is not None:
                add(_iso(published.year - _years_back(said.group(1)), _MONTH[m.group(1).lower()]),
                    m.start(1), said.end())
        for m in _RELATIVE.finditer(text):
            if _SINCE_THEN.match(text, m.end()):
                continue  # "Сегодня 40 дней как нет нашего Саши": a day of mourning, no event's
            if _masthead(text, m):
                continue  # "… погиб в ходе спецоперации — Юг сегодня": a medium's name
            add(_relative(m.group(1), published), m.start(), m.end(), relative=True)
        for m in _DAYS_AGO.finditer(text):
            add(_days_ago(m, published), m.start(), m.end(), relative=True)
        weekdays = [(m, m.group(1), m.group(2), "ru") for m in _WEEKDAY.finditer(text)] + [
            (m, m.group(1) or m.group(3), m.group(2) or m.group(4), "uk")
            for m in _UK_WEEKDAY.finditer(text)]
        for m, modifier, word, lang in weekdays:
            when = _weekday(text, m.start(), m.end(), modifier, word, lang, published)
            if when is not None:
                ahead = when[0] > published.isoformat()
                add(when, m.start(), m.end(), "ahead" if ahead else "date", relative=True,
                    future=ahead)
        for m in _EVE.finditer(text):
            add(_eve(text, m, published, found), m.start(), m.start() + len("накануне"),
                relative=True)
        for m in _TOMORROW.finditer(text):  # "Прощание состоится завтра": an announcement
            ahead = 2 if m.group(0).lower().startswith("после") else 1
            add(_iso(*(published + timedelta(days=ahead)).timetuple()[:3]), m.start(), m.end(),
                "ahead", relative=True, future=True)
    found.sort(key=lambda f: f.start)
    found = _bare_days(text, found, published)
    found = _same_year(text, found)
    if published:
        found = _month_of_year_word(text, found, published)
    found = _month_told_before(text, found)
    found = _pointed_back(text, found, published)
    found = [replace(d, kind="report") if d.kind == "date" and _REPORT.search(
        text, max(0, d.start - REPORT_REACH), d.start) else d for d in found]
    # (a birth, a life's ends are pointed at by no "same day": the ranges first)
    return _same_time(text, _ranges(text, _births(text, found)))


#: a day of the month told alone: "он звонил мне 15-го, сказал …", "погиб 3-го.", "15 числа",
#: "второго числа" (not "1-го батальона", "22-го года": a word after it that is not a stop)
_BARE_DAY = re.compile(
    rf"(?<![\w.-])(?:(\d{{1,2}})-?го(?=\s*[,.;:!?—–)]|\s+числа\b)|(\d{{1,2}})\s+числа\b|"
    rf"(?:(двадцать|тридцать|двадцять|тридцять)\s+)?({_ORDINAL})(?:ьего|ього|ого|его|го)\s+"
    rf"числа\b)", re.I)
#: how far back (characters) the date whose month a bare day is of may be told
BARE_DAY_REACH = 300


#: "14-го числа следующего месяца", "5-го наступного місяця": the month after
_NEXT_MONTH = re.compile(r"\s*(?:числа\s+)?(?:следующего|наступного)\s+месяц\w*|"
                         r"\s*(?:числа\s+)?наступного\s+місяц\w*", re.I)
#: a birth's word just before a date ("родился 12 марта 1990 года", "народився 3 травня")
_BORN_BEFORE = re.compile(r"(?<![\w-])(?:родил(?:ся|ась)|народи(?:вся|лася|лась)|born)"
                          r"[^.!?\n]{0,15}$", re.I)

#: a death's verb just before a day ("Погиб 3-го", "загинув 5-го", "died on the 3rd")
DIED_BEFORE = re.compile(r"(?<![\w-])(?:погиб\w*|загину\w*|загибл\w*|умер\w*|помер\w*|"
                          r"скончал\w*|убит\w*|died|killed)[^.!?\n]{0,20}$", re.I)


def _born_date(text: str, d: FoundDate) -> bool:
    """Whether the date is told as a birth's ("родился 12 марта 1990 года", "12.03.1990 г.р.")."""
    return bool(_BORN_BEFORE.search(text, max(0, d.start - 30), d.start)
                or _BIRTH_AFTER.match(text, d.end))


def _bare_days(text: str, found: list[FoundDate], published: date | None,
               ) -> list[FoundDate]:
    """A day told without its month takes the month of the date told last before it ("погиб
    17 октября … Он звонил мне 15-го"), only when one is told, and not after publication."""
    out = list(found)
    for m in _BARE_DAY.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        day = int(m.group(1) or m.group(2) or 0) or _word_day(m.group(3), m.group(4) or "")
        before = [d for d in found if d.end <= m.start() and m.start() - d.end <= BARE_DAY_REACH
                  and d.precision != DatePrecision.YEAR and d.kind in ("date", "ahead")]
        if not day or not before:
            continue
        last = before[-1]
        if int(last.value[:4]) < WAR_YEAR or _born_date(text, last):
            continue  # "родился 12 марта 1990 года … Погиб 5-го": a birth lends no month
        year, month = (int(p) for p in last.value[:7].split("-"))
        if _NEXT_MONTH.match(text, m.end()) or (
                last.precision == DatePrecision.DAY and day < int(last.value[8:10])
                and DIED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not DIED_BEFORE.search(text, max(0, last.start - 30), last.start)):
            # "ушёл на СВО 12 мая. Погиб 3-го", "14-го числа следующего месяца" (not "погиб
            # 17 октября. Он звонил мне 15-го": a day before the death told first)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        iso = _iso(year, month, day)
        if iso is None or (published is not None and iso[0] > published.isoformat()):
            continue
        out.append(FoundDate(iso[0], iso[1], m.start(), m.end(), relative=True))
    out.sort(key=lambda d: d.start)
    return out


def _pointed_back(text: str, found: list[FoundDate], published: date | None,
                  ) -> list[FoundDate]:
    """"На следующий день", "наступного дня", "днём позже": the day after the one told last
    before it (day_anaphora); a day after publication only after a day announced."""
    days = [(d.start, d.end, d.value) for d in found
            if d.precision == DatePrecision.DAY and d.kind in ("date", "ahead")]
    out = list(found)
    for start, end, value in pointed_days(text, days, "ru"):
        today = published.isoformat() if published else "9999"
        ahead = value > today
        if ahead and not any(d.value >= today for d in found
                             if d.end <= start and d.precision == DatePrecision.DAY):
            continue  # a day ahead only after a day announced
        out.append(FoundDate(value, DatePrecision.DAY, start, end, "ahead" if ahead else "date",
                             relative=True))
    out.sort(key=lambda d: d.start)
    return out


def _same_time(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"В тот же день", "того ж місяця": the date (or month) told last before it
    (same_time), marked ``same_time``: it dates an event, never a fate."""
    told = [(d.start, d.end, d.value, d.precision) for d in found if d.kind in ("date", "ahead")]
    out = list(found)
    for start, end, value, precision in same_times(text, told, "ru", _CEREMONY, DIED_BEFORE):
        out.append(FoundDate(value, precision, start, end, "same_time", relative=True))
    out.sort(key=lambda d: d.start)
    return out


#: "в июле того же года", "у липні того ж року", "в марте следующего года": the year of the
#: date told before (or the one after it)
_SAME_YEAR = re.compile(r"\s*(?:того\s+же|того\s+ж|того\s+самого|этого\s+же|"
                        r"(следующего|наступного))\s+(?:года|року)", re.I)


#: a year said relatively right after a month ("в марте прошлого года", "у вересні минулого
#: року", "3 мая этого года") or right before it ("торік у серпні", "в прошлом году в мае")
_YEAR_WORD_AFTER = re.compile(r"\s*(позапрошлого|прошлого|этого|текущего|позаминулого|минулого|"
                              r"цього|поточного)\s+(?:года|року)\b", re.I)
_YEAR_WORD_BEFORE = re.compile(r"(?<![\w-])(торік|в\s+прошлом\s+году|в\s+этом\s+году|"
                               r"(?:у|в)\s+минулому\s+році|минулого\s+року|цього\s+року)"
                               r"\s*,?\s*$", re.I)
#: a month in the genitive after "since", "from", "until" with a relative year ("с марта
#: прошлого года", "з вересня минулого року"): the month of that year
_SINCE_MONTH = re.compile(rf"(?<![\w-])(?:с|со|з|із|зі|от|від|до|после|після|начиная\s+с)\s+"
                          rf"({_G})(?={_YEAR_WORD_AFTER.pattern})", re.I)
_MONTH_NAME = re.compile(rf"(?:{_G}|{_P})", re.I)


def _years_back(word: str) -> int:
    """0, 1 or 2 for "этого года", "торік", "позапрошлого года"."""
    w = word.lower()
    return 2 if w.startswith(("позапрошл", "позаминул")) else 1 if (
        w == "торік" or "прошл" in w or "минул" in w) else 0


def _month_of_year_word(text: str, found: list[FoundDate], published: date,
                        ) -> list[FoundDate]:
    """A month (or a day of it) told with a relative year ("в марте прошлого года", "торік у
    серпні") takes that year, not the last such month before publication; the year word is
    no date of its own then."""
    out: list[FoundDate] = []
    spans: list[tuple[int, int]] = []
    for d in found:
        if not (d.relative and d.precision != DatePrecision.YEAR
                and _MONTH_NAME.search(text, d.start, d.end)):
            out.append(d)
            continue
        after = _YEAR_WORD_AFTER.match(text, d.end)
        before = _YEAR_WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
        word = (after.group(1) if after else before.group(1) if before else "").lower()
        if not word:
            out.append(d)
            continue
        value = f"{published.year - _years_back(word):04d}{d.value[4:]}"
        if value > published.isoformat()[: len(value)]:
            out.append(d)  # "в марте этого года" told in January: not a fact yet
            continue
        start, end = (d.start, after.end()) if after else (
            before.start() if before else d.start, d.end)
        spans.append((start, end))
        out.append(replace(d, value=value, start=start, end=end, relative=False))
    return [d for d in out if not any(a <= d.start and d.end <= b and (d.start, d.end) != (a, b)
                                      for a, b in spans)]


#: a part of "the month" with no month of its own ("в конце месяца", "наприкінці місяця")
_BARE_MONTH_PART = re.compile(r"(?:в\s+(?:конце|начале|середине)|наприкінці|на\s+початку|"
                              r"[ув]\s+середині|[ув]\s+кінці)\s+(?:месяца|місяця)", re.I)


def _month_told_before(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"В марте 2024 года ушёл на СВО, погиб в конце месяца": a bare part of the month is of
    the last war-year month named before it, not of the publication's month."""
    out: list[FoundDate] = []
    for d in found:
        if d.relative and d.precision == DatePrecision.MONTH and \
                _BARE_MONTH_PART.fullmatch(text, d.start, d.end):
            earlier = [x for x in out if x.precision != DatePrecision.YEAR
                       and x.kind == "date" and int(x.value[:4]) >= WAR_YEAR]
            if earlier:
                d = replace(d, value=earlier[-1].value[:7])
        out.append(d)
    return out


#: a season or a part of the year said with "того же года" ("осенью того же года", "восени
#: того ж року", "в конце следующего года"): the year of the date told before it
_SEASON_SAME_YEAR = re.compile(r"\b(?:летом|весной|осенью|зимой|в\s+(?:конце|начале|середине)|"
                               r"влітку|улітку|навесні|восени|взимку|узимку|наприкінці|"
                               r"на\s+початку)" + _SAME_YEAR.pattern, re.I)


def _season_same_year(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"Осенью того же года подписал контракт": the year of the last date told before."""
    out = list(found)
    for m in _SEASON_SAME_YEAR.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        earlier = [d for d in found if d.end <= m.start() and not d.relative
                   and d.kind == "date"]
        if not earlier:
            continue
        iso = _iso(int(earlier[-1].value[:4]) + (1 if m.group(1) else 0))
        if iso is not None:
            out.append(FoundDate(iso[0], iso[1], m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out


def _same_year(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """A month said with "того же года" takes the year of the date told before it."""
    found = _season_same_year(text, found)
    out: list[FoundDate] = []
    for d in found:
        m = _SAME_YEAR.match(text, d.end)
        earlier = [x for x in out if not x.relative]
        if m and d.relative and d.precision != DatePrecision.YEAR and earlier:
            year = int(earlier[-1].value[:4]) + (1 if m.group(1) else 0)
            iso = _iso(year, *(int(p) for p in d.value[5:].split("-")))
            if iso is not None:
                d = replace(d, value=iso[0], end=m.end(), relative=False)
        out.append(d)
    return out


def _births(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """Dates followed by "г.р.", "года рождения": birth dates, whatever their precision."""
    out = []
    for d in found:
        if d.kind == "date" and _BIRTH_AFTER.match(text, d.end):
            d = replace(d, kind="birth_year")
        out.append(d)
    return out


#: the fewest years a range of a year and a day must span to be a life ("1990 – 05.03.2023")
MIN_LIFE_YEARS = 14


def _ranges(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """Two dates joined by a dash ("04.11.1976 – 12.08.2023", "1976–2023 гг."): a range.

    Whether it is a life (birth, death) or a term of office is decided by what it
    follows (attach.life_ranges); here both ends are marked ``range_birth``/``range_death``.
    """
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind == "date" and b.kind == "date" and _DASH.fullmatch(text[a.end : b.start]) \
                and a.value < b.value and (a.precision == b.precision or (
                    int(b.value[:4]) - int(a.value[:4]) >= MIN_LIFE_YEARS)):
            # (a start and a day are no range: "с июля 2022 — 18.02.2023"; ends of a life
            # written to different precisions are: "(1990 – 05.03.2023)",
            # "19.03.2001 — 12.2023")
            out[i], out[i + 1] = replace(a, kind="range_birth"), replace(b, kind="range_death")
    return out
