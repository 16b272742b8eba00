"""Facts → the person they are about, by sentence and proximity.

A fact goes to a person named in its own sentence (the nearest naming; one
before the fact is preferred, since Russian obituaries name the person, then
state the facts). A sentence that names nobody ("Ему было 34 года.") speaks of
the person in focus: the last one named before it, else the first one named
after it. Namings of officials and relatives never receive facts.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from headcount.extract import syntax
from headcount.extract.ages import MIN_AGE, kin_word
from headcount.extract.ceremonies import paired_ceremony
from headcount.extract.clauses import LATER_CLAUSE, later_clause
from headcount.extract.comitative import with_him
from headcount.extract.dates import MIN_LIFE_YEARS, FoundDate, list_heading
from headcount.extract.diminutives import same_given
from headcount.extract.incidents import (
    INCIDENT_PENALTY,
    incident_cues,
    incident_fact,
)
from headcount.extract.model import Fact
from headcount.extract.morph import lemmas, parses
from headcount.extract.periods import period_event
from headcount.extract.persons import Person
from headcount.extract.roles import BY_WORDS, GAP_REST, KIN, SPEECH, named_after
from headcount.extract.same_time import same_event
from headcount.extract.sentences import last_clause
from headcount.extract.status import CONFIRMED, DEATH_STATUSES, denied, denied_after
from headcount.extract.text import Sentence
from headcount.extract.uk_groups import counted_group
from headcount.vocab import DatePrecision, Status

#: a naming after the fact counts this much farther than one before it
AFTER_PENALTY = 2.0
#: how far (characters) a date may be from the cue that gives it its meaning
CUE_DISTANCE = 120
#: what a comma between a date and an event's cue before it adds to their distance
SET_OFF_PENALTY = 20
_NEXT_CLAUSE = re.compile(r",|(?<![\w-])(?:и|і|й|та|а)\s", re.I)

_LIFE_CUE = re.compile(r"(?:(?:годы|гг\.?)\s+жизни|(?:роки|рр\.?)\s+життя|"
                       # "на надгробии указаны даты «1987–2023»", "вказано дати «1987–2023»"
                       r"\b(?:даты|дати)\s+(?:жизни\s+|життя\s+)?[«„\"“])\s*:?\s*\(?\s*$", re.I)
#: between a name and its life's range: a nickname in quotes, a comma, a bracket, a dash
#: ("Иван Сидоров — 1987–2023", "— (1987–2023)"), or an opening quote ("Иван Сидоров («1987–2023»)")
_LIFE_GAP = re.compile(r"(?:(?<=[А-ЯЁІЇЄҐA-Z])\.)?"  # the dot of an initial ("Жамсуев Б.Б. (")
                       r"[\s,(]*(?:[«\"“][^»\"”\n]{1,30}[»\"”][\s,(]*)?!?[\s(]*"
                       r"(?:[-–—]\s*\(?\s*)?[«„\"“]?\s*$")
_DEATH_DATE = re.compile(r"\bдат\w+\s+(?:его\s+|её\s+|ее\s+)?(?:смерти|гибели)|"
                         r"\bдат\w*\s+(?:його\s+|її\s+)?(?:смерті|загибелі)|"
                         # "Днём смерти суд признал 20 мая 2023 года"
                         r"\b(?:дн[её]м|день)\s+(?:его\s+|её\s+|ее\s+)?(?:смерти|гибели)|"
                         r"\b(?:днем|день)\s+(?:його\s+|її\s+)?(?:смерті|загибелі)", re.I)
#: after a range: it is years of something ("(1990—2000 годы)", "(1985—1990 и 2006—2011
#: годы)", "1998–2003 гг. службы"), not a life
_TERM_AFTER = re.compile(
    r"\s*(?:(?:(?:и|,)\s*)?(?:(?:19|20)\d\d)?\s*[-–—]{1,2}\s*(?:19|20)\d\d\s*)?"
    r"(?:год(?:ы|ах|ов)|гг\.?\s*(?:служб|правлени))", re.I)
_RANGE_REST = re.compile(r"\s*(?:г\.|года|г)?\s*[-–—]{1,2}\s*[\d.]+(?:\s*(?:[а-я]+\s+)?\d{4})?")


def _range_end(text: str, pos: int) -> int:
    m = _RANGE_REST.match(text, pos)
    return m.end() if m else pos
#: verbs of joining a unit ("вступил", "ушёл", "пришёл", "пішов", "приєднався")
_JOIN = (r"(?:вступил\w*|вступи\w*|ушёл|ушел|ушла|ушли|пош[её]л|пришёл|пришел|пришли|пішо?в|"
         r"пішли|приєдна\w*|присоедини\w*|записал\w*|записа\w*)")
#: going off (to the war): "ушёл", "пошёл", "отправился", "поїхав", "вирушив"
_GO = (r"(?:ушёл|ушел|ушла|ушли|пош[её]л|пошла|пошли|отправил(?:ся|ась|ись)|уехал\w*|"
       r"поехал\w*|пішо?в|пішла|пішли|поїха(?:в|ла|ли)|вируши(?:в|ла|ли))")
#: where one goes to fight: "на фронт", "на СВО", "на войну", "на війну", "в зону СВО"
_TO_WAR = r"(?:на\s+(?:СВО|фронт|войну|війну)|[ву]\s+зону\s+(?:СВО|бойових\s+дій))"
#: what one joins ("отряд", "батальон", "ЧВК", a name in quotes)
_UNIT_WORD = (r"(?:отряд\w*|загон\w*|батальон\w*|батальйон\w*|бригад\w*|полк\w*|ЧВК|ПВК|"
              r"формировани\w*|формуванн\w*|спецназ\w*|"
              r"[«„\"“](?:\w|[\s-])*|«?Вагнер\w*|«?Шторм|БАРС\b|Ахмат\w*)")
#: a unit named by its kind or a known formation, no bare word in quotes ("оказался в
#: «котле»", "опинився в «сірій зоні»" is where one is, not what one joined)
_NAMED_UNIT = _UNIT_WORD.replace(r"[«„\"“](?:\w|[\s-])*|", "")
#: a military body one signs with: a named unit or the defence ministry
_DEFENCE_BODY = (rf"(?:{_NAMED_UNIT}|(?:Министерств|Міністерств)\w*\s+(?:обороны|оборони)|"
                 r"Минобороны|Міноборони|МО\b)")
#: the papers of a death, and the word after them (a possessive skipped): whose death
_PAPERS_OF = re.compile(r"(?:свидетельств\w*\s+о\s+смерти|свідоцтв\w*\s+про\s+смерть)\s+"
                        r"(?:(?:его|её|ее|своего|своей|своих|його|її|свого|своєї|своїх)\s+)?"
                        r"([а-яёіїєґ'’]+)", re.I)
#: whose death papers are no news of his: kin (:data:`KIN`), parents, a comrade
_PAPERS_KIN = KIN | {"родитель", "побратим", "товарищ"}


def _kin_papers(text: str, at: int) -> bool:
    """The papers of a relative's or a friend's death at ``at``: they take the date beside
    them, to date nothing of his ("3 мая 2019 года получил свидетельство о смерти отца",
    "свідоцтво про смерть батька"). The word must be a genitive that no dative reading
    shares: "Свідоцтво про смерть матері надіслали" is sent to her, about him."""
    m = _PAPERS_OF.match(text, at)
    if m is None:
        return False
    kin = [p for p in parses(m.group(1).lower()) if p.normal_form in _PAPERS_KIN]
    return (any("gent" in p.tag for p in kin)
            and not any("datv" in p.tag or "loct" in p.tag for p in kin))


#: the word for an agreement: Russian "договор", Ukrainian "договір", "угода" in its own
#: endings (not Russian "угодил", "угодно": "с батальоном угодил в окружение")
_AGREEMENT = r"(?:догов[оі]р\w*|угод(?:а|и|у|і|ою|ам|ами|ах)?\b)"
#: not right after a preposition: a noun there ("к осуждённым", "серед засуджених")
_NOT_AFTER_PREP = "".join(rf"(?<!\b{p}\s)" for p in (
    "к", "ко", "с", "со", "из", "для", "среди", "до", "з", "із", "серед", "від", "між"))
#: events whose dates are facts of their own, never the date of death
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p, re.I))
    for kind, p in (
        # "Имена погибших, опубликованные на этой неделе:": the names' publication, which
        # dates nobody's death (nor any event of theirs)
        ("published", r"\b(?:опубликован\w*|обнародован\w*|опублікован\w*|оприлюднен\w*)"),
        # "Прощання з загиблим …", "прощание с погибшим": the death word names the one
        # farewelled, it dates nothing
        ("farewell", r"\b(?:(?:прощани\w*|прощанн\w*)\s+(?:з|із|с)\s+(?:загибл|полегл|погибш|"
                     r"померл|умерш)\w*|"
                     r"прощани\w*|простил\w*|простятся|проститься|простимся|проводят\s+в\s+последний|"
                     r"прощанн\w*|попроща\w*|прощаємо\w*|прощаються|прощал[иа]ся|"
                     # "Сегодня Кострома прощается с …", "Сьогодні Хмільник прощається з …"
                     r"проща(?:ется|ются|ється)\s+(?:з|із|зі|с|со)\s|"
                     r"пров(?:ели|ела|ів|одили|одять|едуть)\s+в\s+останн(?:ю|ій)\s+(?:путь|дорогу|шлях)|"
                     r"провод\w+\s+в\s+последний\s+путь|"
                     # "Бердичів проводжатиме його в четвер", "проводжали Героя"
                     # seeing someone off to the front ("проводжали його на фронт", "в армію",
                     # "на службу") is a departure, not a farewell
                     r"проводжа(?:тиме|тимуть|ли|ла|ють|ємо)\b(?![^.!?\n]{0,40}?"
                     r"(?<![\w-])(?:на|в|у|до|во)\s+(?:фронт\w*|арм\w+|служб\w+|СВО|війн\w+|"
                     r"войн\w+|ЗСУ|ВСУ|зону\s+(?:СВО|бойов\w+))(?!\w))|"
                     r"зустріч\w*\s+(?:траурного\s+)?(?:кортежу|тіла)|"
                     r"встреч\w+\s+(?:траурного\s+)?(?:кортежа|тела)|траурн\w+\s+кортеж\w*)"),
        # "похоронка" is the notice of a death ("reported"), "хоронили" a funeral
        ("funeral", r"\b(?:похорон(?!к)\w*|хорон(?:или|ят|ил[аи]?)\b|"
                    # Ukrainian "ховали", "ховатимуть", "ховають": the burial (not "сховали")
                    r"(?<![\w-])хова(?:ли|ла|в|ють|тимуть)\b|"
                    r"погребени\w*|захоронен\w*|"
                    # "отпевание и прощание с гв. ефрейтором": the farewell's service
                    r"отпевани\w*\b(?!\s+и\s+прощани)|отпет\w*|отпел[аи]?\b|"
                    r"преда\w*\s+земле|похова\w*)"),
        ("citizenship", r"\b(?:гражданств\w*|громадянств\w*|"
                        # "паспорт громадянина Росії, виданий у грудні", "російський паспорт"
                        r"паспорт\w*\s+(?:громадянина\s+)?(?:Росії|РФ)|російськ\w+\s+паспорт\w*|"
                        # "гражданин РФ с 2019 года": a citizen since then
                        r"граждан(?:ин|ка|ином|кой)\s+(?:РФ|России|Российской\s+Федерации)"
                        r"(?=\s+с\s+(?:\d|[а-я]+\s+\d)))"),
        # "контрактник" names a soldier, it dates no signing
        ("contract", r"\b(?:контракт(?!ник)\w*|завербова\w*|вербовк\w*|завербува\w*|вербовщик\w*|"
                     r"вербувальник\w*|вербувал\w*|"
                     # an agreement with a military body: "заключил договор с ЧВК «Вагнер»",
                     # "уклав угоду з Міноборони", "с Минобороны договор" (not "трудовой
                     # договор с заводом")
                     rf"{_AGREEMENT}\s+(?:с|со|з|із)\s+{_DEFENCE_BODY}|"
                     rf"(?<![\w-])(?:с|со|з|із)\s+{_DEFENCE_BODY}\s+(?:\w+\s+)?{_AGREEMENT}|"
                     # joining a unit: "ушёл добровольцем в отряд «Терек»", "вступил в ряды
                     # батальона", "пришёл в «Вагнер»", "пішов у „Вагнер“", "приєднався до «Редуту»"
                     rf"{_JOIN}\b\s*(?:добровольц\w+\s+|добровольно\s+)?(?:в|во|у|до)\s+"
                     rf"(?:ряды\s+|лави\s+)?(?:[\w-]+\s+){{0,3}}?{_UNIT_WORD}|"
                     rf"(?<![\w-])(?:в|во|у|до)\s+(?:ряды\s+|лави\s+)?(?:[\w-]+\s+){{0,3}}?{_UNIT_WORD}"
                     rf"[^.!?;\n,]{{0,60}}?\s{_JOIN}\b|"
                     r"добровольно\s+вступил\w*|"
                     # going as a volunteer is signing up ("ушёл добровольцем в августе",
                     # "пошёл на фронт добровольцем", "добровольцем ушёл на СВО", "пішов
                     # добровольцем"): the date is the contract's, no departure's
                     rf"{_GO}\s+(?:{_TO_WAR}\s+)?добровольц\w+|добровольц\w+\s+{_GO}\b|"
                     # with a unit since a date: "с отрядом с июля 2022", "воевал добровольцем в
                     # спецназе «Ахмат» с 2023 года", "в «Вагнере» с мая"
                     rf"с\s+отрядом[^.!?;\n,]{{0,40}}?(?=\s+с\s+(?:\d|[а-я]+\s+\d))|"
                     rf"(?:воевал\w*|служил\w*)\s+(?:добровольц\w+\s+)?(?:в|во)\s+(?:[\w-]+\s+){{0,3}}?"
                     rf"{_UNIT_WORD}[^.!?;\n,]{{0,40}}?(?=\s+с\s+(?:\d|[а-я]+\s+\d))|"
                     # "служив у «Пятнашці» з 2024 року", "воював у батальйоні «Восток» з
                     # травня 2023-го"
                     rf"(?:воюва\w*|служи(?:в|ла))\s+(?:добровольц\w+\s+)?(?:в|у)\s+"
                     rf"(?:[\w'’-]+\s+){{0,3}}?{_UNIT_WORD}[^.!?;\n,]{{0,40}}?"
                     rf"(?=\s+з\s+(?:\d|[а-яіїє]+\s+\d))|"
                     # a mercenary since a date: "Наемник ЧВК «Вагнер» с 2021 г.", "Найманець ПВК
                     # «Вагнер» з 2021 р." (the noun alone names a fighter, it dates nothing)
                     r"(?:на[её]мник\w*|найман\w*)\s+(?:ЧВК|ПВК)[^.!?;\n,]{0,30}?"
                     r"\s(?:с|з|із)(?=\s+(?:\d|[а-яіїє]+\s+\d))|"
                     # "поїхав воювати у складі «Вагнера»", "уехал воевать в составе ЧВК",
                     # "опинився в ПВК «Вагнер»", "«пішов до Пригожина»", "ушёл к Пригожину"
                     rf"(?:поїха\w*|поеха\w*|уеха\w*|пішо?в|ушёл|ушел|пош[её]л)\s+"
                     rf"(?:воювати|воевать)\s+(?:у\s+складі|в\s+составе|за|в|у|до)\s+"
                     rf"(?:[\w-]+\s+){{0,2}}?{_UNIT_WORD}|"
                     rf"(?:опини(?:вся|лася|лись)|оказал(?:ся|ась|ись))\s+(?:в|у|во)\s+"
                     rf"(?:ряд\w+\s+|лав\w+\s+)?{_NAMED_UNIT}|"
                     r"(?:пішо?в|пішли|ушёл|ушел|ушли|пош[её]л|пошли)\s+(?:до|к)\s+Пригожин\w*|"
                     # a convict recruited in his colony: "пришёл из ИК-5 в октябре 2022",
                     # "завербован в колонии"
                     r"(?:пришёл|пришел|ушёл|ушел|завербован\w*|забрали)\s+(?:из|в)\s+"
                     r"(?:ИК|колони|СИЗО|исправительн)[\w-]*(?:\s*№\s*\d+)?)"),
        # "Как стало известно, 5 марта погиб …", "Як стало відомо, …": an aside on the source,
        # not when the death became known
        ("reported", r"\b(?:извещени\w*|похоронк\w*|"
                     # the news come: "сегодня пришла весть", "получили страшное известие",
                     # "надійшла звістка про загибель", "отримали сумну новину"
                     r"(?:пришл[аио]|пришли|получил\w*|надійшл[аио]|отрима\w*)\s+"
                     r"(?:[а-яёіїєґ]+(?:ая|ое|ую|у|а|е)\s+)?(?:весть|вести|известие|извести[яе]|"
                     r"новость|звістк[аиу]|новин[аиу])\b|"
                     r"(?:весть|известие|новость|звістк[аиу]|новин[аиу])\s+(?:[\w'’]+\s+){0,3}?"
                     r"(?:получил\w*|пришл[аио]|отрима\w*|надійшл[аио])|"
                     r"(?:весть|известие|звістк[аиу])\s+(?:о|об|про)\s+(?:его\s+|её\s+|ее\s+|"
                     r"його\s+|її\s+)?(?:гибел|смерт|загибел)\w*|"
                     # "прислал матери фотографию свидетельства о смерти": the papers of a
                     # death tell it, they do not date it
                     # (a relative's, "свидетельство о смерти отца", dates nothing:
                     # :func:`_kin_papers`)
                     r"свидетельств\w*\s+о\s+(?:его\s+|её\s+|ее\s+)?смерти|"
                     r"свідоцтв\w*\s+про\s+(?:його\s+|її\s+)?смерть|"
                     # "мама позвонила и сказала, что тебя больше нет"
                     # (the death verb left to the status: "сообщили, что он погиб 21
                     # февраля" dates the death)
                     r"(?:позвонил\w*\s+и\s+)?(?:сказал|сообщил)\w*,?\s+что\s+"
                     r"(?:(?:тебя|его|её|ее|\w+)\s+(?:больше\s+нет|не\s+стало)|"
                     r"(?=(?:\w+\s+)?погиб\w*))|"
                     r"(?<!как\s)стало\s+известно|"
                     # "Как стало известно 12 марта, …": the aside dates the news itself
                     r"(?:стало\s+известно|стало\s+відомо)(?=\s+\d{1,2}\s+[а-яіїєґ]+)|"
                     # "узнала о его гибели в прошлую среду": the news, the death word with it
                     r"узнал[аи]?\b(?:\s+(?:[\w'’]+\s+){0,3}?(?:о|об)\s+"
                     r"(?:его\s+|её\s+|ее\s+|их\s+)?(?:гибел\w*|смерт\w*))?|"
                     # "2 марта семье сообщили о его гибели", "повідомили про його загибель"
                     r"подтвердил\w*|подтвержд[её]н\w*|сообщил\w*\s+о\s+(?:его\s+|её\s+|ее\s+)?"
                     r"(?:гибели|смерти)|"
                     r"(?:сповіщенн\w*|стало\s+відомо|дізнал\w*|підтверди\w*|повідоми\w*|"
                     r"узнал\w*|сообщил\w*)\s+(?:[\w'’]+\s+){0,3}?(?:про|о|об)\s+"
                     r"(?:його\s+|її\s+|его\s+|её\s+|ее\s+)?(?:загибел\w*|смерт\w*|гибел\w*)|"
                     r"сповіщенн\w*|(?<!як\s)стало\s+відомо|дізнал\w*|підтверди\w*|"
                     r"повідоми\w*\s+про\s+(?:загибель|смерть)|"
                     # "…, о чём 17 мая сообщили его матери", "про що 6 червня дізналася родина"
                     r"(?:о|об)\s+(?:ч[её]м|этом)\s+(?:[\w.]+\s+){0,4}?(?:сообщил\w*|узнал\w*)|"
                     r"про\s+(?:що|це)\s+(?:[\w'’.]+\s+){0,4}?(?:повідоми\w*|дізнал\w*)|"
                     # "О гибели Гурунга семье 19 февраля сообщил сослуживец"
                     r"(?:о|об)\s+(?:его\s+|её\s+|ее\s+)?(?:гибели|смерти)\s+"
                     r"(?:[\w.]+\s+){0,6}?(?:сообщил\w*|узнал\w*|рассказал\w*)|"
                     # "Про загибель Іллі Баранова родині повідомили 29 березня"
                     r"про\s+(?:його\s+|її\s+)?(?:загибель|смерть)\s+"
                     r"(?:[\w'’.]+\s+){0,6}?(?:повідоми\w*|дізнал\w*|розповіл\w*)|"
                     # a telling verb right beside a date: "…, сообщило 12 января посольство"
                     r"(?:сообщил[аио]?|сообщили|объявил[аио]?|объявили|повідоми(?:в|ла|ло|ли)|"
                     r"оголоси(?:в|ла|ло|ли))(?=\s+\d{1,2}\s+[а-яіїєґ]+))"),
        # "связь с которым прервалась 11 сентября", "последняя связь была 17 октября"
        ("contact", r"\b(?:на\s+связь|"
                    # "последнее сообщение от него семья получила 17 октября", "останній
                    # дзвінок від сина"
                    # (not a school's last bell: "на последнем звонке", "праздник последнего
                    # звонка", "последний звонок в школе")
                    r"(?<!\bна\s)(?<!праздник\s)(?<!праздника\s)(?<!день\s)(?<!дню\s)"
                    r"последн\w+\s+(?:сообщени\w*|"
                    r"звон\w*+(?!\s+(?:в|во)\s+(?:школ|лице|гимнази))|весточк\w*|письм\w*|смс)|"
                    r"останн\w+\s+(?:повідомленн\w*|дзвін\w*|дзвінк\w*|звістк\w*|лист\w*)|"
                    r"связь\s+(?:с\s+(?:ним|ней|которым|которой)\s+)?"
                    r"(?:прервалась|пропала|оборвалась)|последн\w+\s+связь|(?:по|со|за)?звонил(?!\w*\s+и\s+(?:сказал|сообщил))\w*|созвонил\w*|созванивал\w*|"
                    r"(?:по|за)?телефонува\w*|(?:за|по)?дзвонив\w*|на\s+зв['’]язок|"
                    r"зв['’]яз\w+\s+(?:з\s+(?:ним|нею)\s+)?(?:обірвав\w*|зник\w*|перерва\w*)|"
                    # "востаннє чула голос сина 15 жовтня", "в последний раз видела его
                    # 3 мая": the last time heard, seen or spoken to
                    r"(?:(?:в\s+)?последний\s+раз|востаннє|останній\s+раз)\s+(?:[\w'’]+\s+){0,2}?"
                    r"(?:слышал\w*|видел\w*|говорил\w*|разговаривал\w*|писал\w*|чул\w*|"
                    r"бачил\w*|бачив|говорив|говорил\w*|розмовля\w*|писав|писал\w*))"),
        ("conscription", r"\b(?:призва\w*\s+(?:на\s+срочн\w+\s+служб\w*|в\s+армию|в\s+ряды)|"
                         r"по\s+призыву|призывник\w*|срочн\w+\s+служб\w*|строков\w+\s+служб\w*|"
                         r"за\s+призовом|строковик\w*)"),
        ("court", r"\b(?:решени\w+\s+суда|суд\w*\s+(?:от|вынес\w*)|решение\s+вынесено|"
                  r"решением\s+суда|решени\w+,?\s+вынесенн\w+|приговор\w*|осуди\w*|"
                  # "к осуждённым приехали вербовщики", "серед засуджених": convicts named
                  # after a preposition, no sentence dated
                  rf"{_NOT_AFTER_PREP}(?:осужд\w*|засуджен\w*)|"
                  r"рішенн\w*\s+суду|вирок\w*|засуди\w*|суду?\s+(?:[\w-]+\s+){0,3}?від|"
                  r"рішення\s+(?:було\s+)?ухвал\w*|ухвали\w*\s+рішення|"
                  # "суд 20 июня удовлетворил заявление", "решением от 2 октября", "Решение
                  # принято 28 ноября", "Решение датировано …", "задовольнив заяву"
                  r"удовлетвори\w*\s+(?:заявлени|иск|ходатайств)\w*|"
                  r"задовольни\w*\s+(?:заяв|позов|клопотанн)\w*|"
                  r"решени\w+\s+(?:суда\s+)?от|рішенн\w*\s+(?:суду\s+)?від|"
                  r"решени\w+\s+(?:суда\s+)?(?:было\s+)?(?:принят\w*|вынесен\w*|датирован\w*|"
                  r"оглашен\w*)|рішенн\w*\s+(?:суду\s+)?(?:було\s+)?(?:прийнят\w*|"
                  r"винесен\w*|оголошен\w*))"),
        # "пришла повестка": the call-up
        ("mobilised", r"\b(?:мобилизова\w*|мобилизаци\w*|повестк\w*|повістк\w*|"
                      r"мобілізова\w*|мобілізу\w*|мобілізаці\w*|"
                      r"призва\w*(?!\s+(?:на\s+срочн|в\s+армию|в\s+ряды)))"),
        ("award", r"\b(?:награжд[её]н\w*|наградил\w*|наград\w*|орден\w*|медал\w*|"
                  r"удостоен\w*|присвоен\w*|указ\w*|нагород\w*|відзначен\w*)"),
        ("departure", r"\b(?:ушёл|ушел|отправил\w*|уехал)\s+(?:на\s+(?:СВО|фронт|войну)|"
                      r"в\s+зону)(?!\s+(?:СВО\s+)?добровольц)|(?:поїхав|поїхала|вирушив|пішов)\s+"
                      r"на\s+(?:фронт|війну)(?!\s+добровольц)|(?:приїха|прибу|прилеті|поїха)\w*\s+(?:до|в|у)\s+"
                      r"(?:Росі\w+|РФ|Москв\w+)|(?:до|в)\s+(?:Росі\w+|РФ|Москв\w+)\s+"
                      r"(?:приїха|прибу|прилеті|поїха)\w*|"
                      # "приехал в Россию в декабре 2023 года", "в 2021 году переехал в Москву",
                      # "приехал в Донбасс ещё в 2022 году"
                      # (not a move to Moscow: a Russian's too, and a foreigner's flight there
                      # is told beside the contract it would take the date of)
                      r"(?:приеха|прибы|прилете|перееха)\w*\s+(?:в|во)\s+(?:Росси\w+|РФ|"
                      r"Донбасс\w*|ДНР|ЛНР)|(?:в|во)\s+(?:Росси\w+|РФ|Донбасс\w*)\s+"
                      r"(?:он\s+|она\s+)?(?:приеха|прибы|прилете|перееха)\w*|"
                      # "пішов до війська добровольцем", "стала до лав ЗСУ", "пішла до армії"
                      r"(?:пішо?в|пішла|поїхав|поїхала)\s+до\s+(?:війська|армії|лав\s+\w+|ЗСУ|"
                      r"ТрО|тероборони)|(?:ста(?:в|ла)|вступи(?:в|ла))\s+(?:\w+\s+)?до\s+лав\b"),
    )
)
_BIRTH = re.compile(r"родил(?:ся|ась)|родивш\w+|народи(?:вся|лася)|народження|\bр\.\s*н\.|"
                    r"(?<!дня\s)(?<!дню\s)рождени\w*|\bг\.\s*р\.|\bрожд\.|\bр\.\s*$", re.I)


#: a year or a date right before a birth marker: the marker's own ("1995 г.р.", "2003 года
#: рождения", "1987 року народження", "12.04.1990 г.р.")
_OWN_YEAR = re.compile(r"(?:\b(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.\d{2,4})\s*"
                       r"(?:года|году|г\.|року|р\.)?\s*$", re.I)
_OWN_GAP = re.compile(r"\s*(?:года|году|г\.|року|р\.)?\s*", re.I)
#: birth markers written after their date ("1990 г.р.", "1987 р.н.")
_BIRTH_AFTER = re.compile(r"(?:г|р)\.\s*(?:р|н)\.", re.I)
#: a word for one prisoner ("полоненого") or for prisoners at large ("з військовополоненими"):
#: it names him, it dates no capture ("суд у минулий вівторок визнав винним полоненого …"; a
#: plural "полонених, взятих у грудні" still does)
_CAPTIVE_NOUN = re.compile(r"військовополонен\w*|полонен(?:ий|ого|ому|им|а|у|ої|ій)", re.I)
#: a bare "р." (року) after a date told with a preposition ("у жовтні 2024 р."): an event's
#: year, not a birth marker
_EVENT_YEAR = re.compile(r"р\.\s*", re.I)
_EVENT_DATE = re.compile(r"(?:у|в|з|із|від|до|після|наприкінці|на\s+початку)\s", re.I)
#: a cue and a date on two sides of this are in different clauses
_CLAUSE_BREAK = re.compile(r",\s+(?:а|але|но|однак)\s|;")
#: a clause with its verb left out ("Иван погиб 5 мая, а Пётр — 9 мая"): the verb before it
#: still gives the date its meaning
_ELLIPSIS = re.compile(r"(?:,\s+(?:а|але|но)\s+|;\s*)[^,;.—–]{1,60}?\s[—–]\s*"
                       # "а Стасенко — спустя неделю, 19 января": how long after, then the day
                       r"(?:(?:через|спустя|після|за)\s+[\w-]+(?:\s+[\w-]+)?,?\s*|"
                       r"(?:дн[её]м|днями|неделей|месяцем|тижнем|місяцем)\s+(?:позже|позднее|"
                       r"пізніше),?\s*)?$")


def sentence_index(sents: list[Sentence], pos: int) -> int:
    starts = [s.start for s in sents]
    i = bisect.bisect_right(starts, pos) - 1
    return max(i, 0)


def _distance(ref: tuple[int, int, int], f: Fact) -> float:
    s, e, _ = ref
    return f.start - e if e <= f.start else (s - f.end) * AFTER_PENALTY


#: facts given by the dependency tree when their sentence names several people
SYNTAX_FIELDS = frozenset({"rank", "unit", "status", "status_date", "death_date",
                           "birth_date", "age", "settlement", "region", "citizenship",
                           "channel", "place_of_death", "place_of_birth"})
#: facts a list's heading gives to every person of the list
_HEADED = SYNTAX_FIELDS | {"other_date"}
#: facts a plural predicate gives to every person it speaks of ("… и … погибли в мае")
_SHARED = frozenset({"status", "status_date", "death_date", "settlement", "region",
                     "other_date", "citizenship", "place_of_death", "channel", "unit"})


def _family(i: int, people: list[Person]) -> list[int]:
    """Person ``i`` and everyone named with the same surname: a plural fact of one named
    person is his family's — not a relative who speaks of him ("Его мать, медсестра …
    Елена Васильева")."""
    key = people[i].surname_key
    if not key:
        return [i]
    return [j for j, p in enumerate(people) if j == i or (p.surname_key == key and p.subject)]


def _adjacent(text: str, f: Fact, here: list[tuple[int, int, int]]) -> bool:
    """A fact written right next to a name ("Сидоренко (1998 г.р.)", "рядовым Козловым")
    belongs to it: nearness decides, not the tree."""
    return any(
        (e <= f.start and _GAP.fullmatch(text[e : f.start]))
        or (f.end <= s and _GAP.fullmatch(text[f.end : s]))
        for s, e, _ in here
    )


#: what may stand between a name and its own fact: a comma, a bracket, or "из" and a kind
#: of settlement ("ефрейтор Артур Гизатуллин из Нефтекамска, рядовой …", "(с. Нылга)")
_GAP = re.compile(r"[\s,(]{0,3}(?:(?:из|із|з)\s+(?:(?:села|деревни|посёлка|поселка|города|"
                  r"станицы|г\.|с\.|д\.|п\.)\s*)?)?")


def _sharing(text: str, f: Fact, si: int, here: list[tuple[int, int, int]],
             refs: list[tuple[int, int, int]], ref_sent: list[int],
             sents: list[Sentence]) -> list[int]:
    """The people a plural cue speaks of: those named in its sentence; in a sentence naming
    nobody, those of the list that follows ("погибли наши земляки: …") or, else, of the
    sentence before ("Оба погибли …")."""
    if here:
        named = [(s, e, i) for s, e, i in here if not _bracketed_after(text, s, e, here)]
        group = {i for _, _, i in named or here}
        if ":" in text[f.end : min(s for s, _, _ in here)]:
            group |= set(_inline_rest(si, refs, ref_sent, text, sents))
        return sorted(group)
    rest = text[f.end : sents[si].end]
    if ":" in rest:  # the list that follows
        return _listed(si, refs, ref_sent, text, sents)
    before = [rs for rs in ref_sent if rs < si]
    if not before:  # "… семьям североморцев, погибших …. Это матрос А и старшина Б."
        after = [rs for rs in ref_sent if rs > si]
        if not after:
            return []
        heading = next((j for j in range(si + 1, min(min(after), si + 1 + LEAD_REACH))
                        if text[sents[j].start : sents[j].end].rstrip().endswith(":")), None)
        if heading is not None and _other_kind(text, sents[heading]):
            return []  # "погибли …. Награды получили:\n1. …": a list of another kind
        if heading is not None and not _crowd_only(text, sents[si].start, sents[si].end):
            # "… троє бійців «Шторм Z» …. Згідно з картками:\n— А\n— Б"
            return _listed(heading, refs, ref_sent, text, sents)
        if _leads_list(text, si, ref_sent, sents):
            # "В зоне СВО погибли наши земляки. Выражаем соболезнования родным.\n\n1. А …\n
            # 2. Б …": a marked list right after the sentence and its words of mourning
            return _listed(min(after) - 1, refs, ref_sent, text, sents)
        return sorted({i for (_, _, i), rs in zip(refs, ref_sent, strict=True)
                       if rs == min(after)})
    last = max(before)
    return sorted({i for (_, _, i), rs in zip(refs, ref_sent, strict=True) if rs == last})


def _inline_rest(si: int, refs: list[tuple[int, int, int]], ref_sent: list[int], text: str,
                 sents: list[Sentence]) -> list[int]:
    """The entries of a list run on after its heading's colon, each closed by a semicolon
    ("… погибших в зоне СВО: RATHNAYAKE Kasun; PERERA Nuwan (32); HERATH Chaminda, 45."): the
    people of the sentences after ``si`` while the one before ends with a semicolon and each
    names someone."""
    named = set(ref_sent)
    out: set[int] = set()
    j = si + 1
    while j < len(sents) and j in named and text[sents[j - 1].start : sents[j - 1].end
                                                 ].rstrip().endswith(";"):
        out |= {i for (_, _, i), rs in zip(refs, ref_sent, strict=True) if rs == j}
        j += 1
    return sorted(out)


#: how many sentences on a plural fate may stand before the marked list it speaks of
LEAD_REACH = 3
#: the stems of a fate's verbs and participles, which a heading over the dead may hold
_FATE_STEM = re.compile(r"гиб|убит|умер|умир|скончал|пропа|загин|вбит|помер|полон|плен|ранен|"
                        r"поранен|опозна|впізна", re.I)


def _reaches(text: str, si: int, group: list[int], ref_sent: list[int],
             refs: list[tuple[int, int, int]], sents: list[Sentence]) -> bool:
    """A counted fate in sentence ``si`` reaches the ``group`` named after it only a few
    sentences on and under no heading of another kind between ("погибли более двухсот
    жителей …. В конкурсе победили:\n1. …": the winners did not die)."""
    later = [rs for (_, _, i), rs in zip(refs, ref_sent, strict=True) if i in group and rs > si]
    if not later:
        return True  # those named before it ("Обидва загинули")
    first = min(later)
    return first - si <= LEAD_REACH and not _other_list_after(text, si, ref_sent, sents)


def _other_kind(text: str, heading: Sentence) -> bool:
    """A heading of another kind of list, with a verb or participle of no fate of its own:
    "Награды получили:", "Ниже список награждённых орденом Мужества:", "Из Белгорода
    эвакуированы:", "Соболезнования выразили:" (not "Згідно з картками:", "Их имена:")."""
    for word in re.findall(r"[^\W\d_]+", text[heading.start : heading.end]):
        ps = parses(word.lower())
        if ps and ps[0].is_known and {"VERB", "PRTF", "PRTS"} & ps[0].tag.grammemes \
                and not _FATE_STEM.search(word):
            return True
    return False


def _opens_entry(text: str, sents: list[Sentence], j: int) -> bool:
    """Sentence ``j`` opens a marked entry of a list ("1. …", "▪️ …", "— …" at a line's
    start)."""
    if not text or j >= len(sents):
        return False
    line_start = text.rfind("\n", 0, sents[j].start) + 1
    return not text[line_start : sents[j].start].strip() and bool(
        _ENTRY.match(text, line_start))


def _leads_list(text: str, si: int, ref_sent: list[int], sents: list[Sentence]) -> bool:
    """Sentence ``si``, with nobody named before it, leads the marked list that opens within
    a few sentences after it."""
    if any(rs <= si for rs in ref_sent):
        return False
    after = [rs for rs in ref_sent if rs > si]
    return bool(after) and min(after) - si <= LEAD_REACH and _opens_entry(
        text, sents, min(after)) and not _crowd_only(text, sents[si].start, sents[si].end) \
        and not _other_list_after(text, si, ref_sent, sents)


def _other_list_after(text: str, si: int, ref_sent: list[int], sents: list[Sentence]) -> bool:
    """A heading of another kind of list stands between sentence ``si`` and the first one
    naming someone after it ("…. Награды получили:\n1. А")."""
    after = [rs for rs in ref_sent if rs > si]
    return bool(after) and any(text[sents[j].start : sents[j].end].rstrip().endswith(":")
                               and _other_kind(text, sents[j]) for j in range(si + 1, min(after)))


#: the bounds of a name's own clause in a sentence of several ("…, сержант Павел Руденко
#: ранен, а рядовой Илья Котов пропал без вести")
_CLAUSE_BEFORE = re.compile(r"[,;:—–]")
_CLAUSE_AFTER_NAME = re.compile(r"[,;.!?\n]")


def _without_other_fates(text: str, f: Fact, here: list[tuple[int, int, int]],
                         statuses: list[Fact], sent: Sentence) -> list[tuple[int, int, int]]:
    """The names of a sentence a plural cue speaks of, without those whose own clause tells
    another fate: "Рядовые Олег Брагин и Иван Фомин погибли, сержант Павел Руденко ранен, а
    рядовой Илья Котов пропал без вести" — the wounded and the missing did not die (nor
    take the day or the place of the death)."""
    ours = [g for g in statuses if sent.start <= g.start < sent.end]
    if f.field == "status":
        fate = f.value
    elif ours:  # a date or a place: of the fate told nearest to it
        fate = min(ours, key=lambda g: abs(g.start - f.start)).value
    else:
        return here
    kept = []
    for s, e, i in here:
        floor = max(sent.start, s - 80)
        lo = max((m.end() for m in _CLAUSE_BEFORE.finditer(text, floor, s)), default=floor)
        after = _CLAUSE_AFTER_NAME.search(text, e)
        hi = after.start() if after else len(text)
        if f.start < lo or f.start >= hi:
            other = [g for g in ours if lo <= g.start < hi and g is not f]
            if other and all(g.value != fate for g in other):
                continue
        kept.append((s, e, i))
    return kept or here


def _bracketed_after(text: str, s: int, e: int, here: list[tuple[int, int, int]]) -> bool:
    """A lone word in brackets right after another name ("ефрейтор Лысенков Денис Олегович
    (Ефремов)") is that person's town or second naming, not one more person a plural cue
    speaks of."""
    if " " in text[s:e].strip() or text[e : e + 1] != ")" or text[max(0, s - 1) : s] != "(":
        return False
    before = text[: s - 1].rstrip()
    return any(e2 == len(before) for s2, e2, _ in here if s2 != s)


#: a sentence that speaks of the people just named together: "Оба жили в Ишиме", "Все трое
#: подписали контракты весной 2023 года"
_COLLECTIVE = re.compile(r"\W*(?:[А-ЯЁа-яё]+[\s,]+){0,4}?(?:оба|обе|все\s+(?:они|трое|четверо|"
                         r"пятеро)|вс[её]\s+они|они\s+оба)\b|"
                         # a sentence opening on "Они"/"Вони" right after a list ("…: А; Б; В. Все
                         # трое были призваны … Они погибли 2 января")
                         r"\W*(?:они|вони)\s", re.I)


#: a sentence opened by "они"/"вони" and a plural verb of dying, after a list: its people
#: ("… Тимофеев Виктор Иванович, 1975 г.р.\n… Они погибли 2 января 2023 года в Макеевке")
_THEY_OPEN = re.compile(r"\W*(?:они|вони)\s+(?:(?:все|всі|усі|вместе|разом|тоже|також)\s+)?"
                        r"(?:погибли|загинули|погибли|пали|полегли)\b", re.I)


#: a plural predicate about a counted crowd ("578 умерли", "погибли двое", "16 человек")
_COUNTED = re.compile(r"(?<![\d.:])\b\d+\s+(?!(?:год|лет|январ|феврал|март|апрел|ма[яе]|июн|июл|"
                      r"август|сентябр|октябр|ноябр|декабр)\w*)(?:[а-яё]+\s+)?"
                      r"(?:человек|умерл|погибл|скончал|жертв|пострадав)\w*|\b(?:двое|трое|четверо|"
                      r"пятеро|несколько\s+человек|десятки|сотни|тысячи)\b", re.I)


#: the facts of a death: what a sentence about a counted crowd gives to nobody named, and
#: what a sentence about a group gives to all of it ("усі, крім …, загинули": all_but)
DEATH_FACT_FIELDS = frozenset({"status", "status_date", "death_date", "place_of_death"})
#: a crowd counted in words or figures before a word for people or the dead ("гибели более
#: ста человек", "12 погибших", "погибли или пропали без вести около восьмисот человек")
_CROWD = re.compile(r"(?<![\d.:])\b(?:\d+|[а-яё]+)\s+(?:[а-яё]+\s+)?(?:человек|погибш\w+|"
                    r"погибл\w+|жертв\w*|пострадавш\w+|убит\w+|раненых)\b", re.I)
#: a crowd of a kind counted by a figure or a numeral that is no collective one: "погибли не
#: менее восьми граждан страны", "погибли 12 военнослужащих" (not "трое бывших заключённых
#: погибли", who may be the ones named next)
_KIND_CROWD = re.compile(r"(?<![\d.:])\b(\d+|[а-яё]+)\s+(?:[а-яё]+\s+)?(?:граждан|бойцов|"
                         r"военнослужащих|военных|солдат|иностранцев|наёмников|наемников|"
                         r"россиян|мобилизованных|заключённых|заключенных)\b", re.I)
_COLLECTIVE_COUNT = frozenset({"двое", "трое", "четверо", "пятеро", "шестеро", "семеро",
                               "двоих", "троих", "четверых", "оба", "обе", "обоих", "обеих"})


def _kind_crowd(text: str, start: int, end: int) -> bool:
    """A sentence naming nobody and pointing at no one that counts the dead of a kind
    ("в российской армии погибли не менее восьми граждан страны")."""
    if _ONE.search(text, start, end):
        return False
    for m in _KIND_CROWD.finditer(text, start, end):
        word = m.group(1).lower()
        if word not in _COLLECTIVE_COUNT and (word.isdigit() or word in _CROWD_WORDS
                                              or _numeral(word)):
            return True
    return False
#: a pronoun or a word for one person that keeps the one in focus in a sentence
_ONE = re.compile(r"\b(?:он|она|его|её|ее|ему|ей|ним|ней|нём|нем|него|неё|нее|сам|сама|я|меня|мне|"
                  r"мной|мы|нас|оба|обе|обоих|обеих)\b", re.I)


#: a death said by a noun ("смерти", "гибели", "загибелі")
_DEATH_NOUN = re.compile(r"(?:смерт[иьію]|гибел[иью]|загибел\w+)$", re.I)
_POSSESSIVE = re.compile(r"\b(?:его|её|ее|их|свою|своей|своего|його|її|свою|своєї)\s+$", re.I)
_NEXT_WORD = re.compile(r"\s+(?:[\d]+-?\w*\s+)?([а-яёіїєґ]+)", re.I)


def _nobodys_death(text: str, f: Fact) -> bool:
    """A death noun in a sentence naming nobody that points at no one: no possessive before
    it ("его смерть") and no person after it in the genitive ("смерти 51-летнего артиста",
    "о гибели сына") — "обстоятельства смерти", "пережил клиническую смерть"."""
    if not _DEATH_NOUN.match(text[f.start : f.end]):
        return False
    if _POSSESSIVE.search(text, max(0, f.start - 12), f.start) or CONFIRMED.match(text, f.end):
        return False
    m = _NEXT_WORD.match(text, f.end)
    return m is None or not any("gent" in p.tag.grammemes and (
        "anim" in p.tag.grammemes or {"ADJF", "PRTF"} & p.tag.grammemes)
        for p in parses(m.group(1).lower())[:3])


#: what stands between a death noun and the one whose death it is: "of", a possessive, a
#: kin word or a rank ("гибели сослуживца Ивана Рябова", "загибель чоловіка Тараса", "the
#: death of his comrade Ivan Ryabov")
_DEATH_OF = re.compile(r"\s+(?:of\s+)?(?:[a-zа-яёіїєґ'’-]+\s+){0,3}")
_EN_DEATH_NOUN = re.compile(r"deaths?$|killing$", re.I)


def _death_noun_owner(text: str, f: Fact, here: list[tuple[int, int, int]],
                      people: list[Person]) -> int | None:
    """The one named right after a death noun, in the genitive (or after "of"): the death is
    his, whoever tells of it."""
    cue = text[f.start : f.end]
    english = bool(_EN_DEATH_NOUN.search(cue))
    if not english and not _DEATH_NOUN.search(cue):
        return None
    after = sorted(r for r in here if r[0] >= f.end)
    if not after:
        return None
    s, _, i = after[0]
    gap = _DEATH_OF.fullmatch(text, f.end, s)
    if gap is None or (english and not text[f.end : s].lstrip().startswith("of ")):
        return None
    if not english:
        case = next((r.parts.case for r in people[i].refs if r.start == s), "")
        if case not in ("gent", "accs"):  # a man's genitive reads as accusative too
            return None  # "после гибели сына Иван Петров ушёл на фронт": not his death
    return i


#: one kin word between a death noun and a name ("о смерти матери Ивана Петрова")
_KIN_GAP = re.compile(r"\s+(?:(?:его|её|ее|их|своей|своего|його|її|своєї|свого)\s+)?"
                      r"([а-яёіїєґ]+)\s+$", re.I)
_SEX_OF_GENDER = {"masc": "M", "femn": "F"}


def _kins_death_of_named(text: str, f: Fact, here: list[tuple[int, int, int]],
                         people: list[Person]) -> bool:
    """"О смерти матери Ивана Петрова": a death noun, a kin word of the other sex than the
    name after it — the relative of the one named died, not he."""
    if not _DEATH_NOUN.search(text[f.start : f.end]):
        return False
    after = sorted(r for r in here if r[0] >= f.end)
    if not after:
        return False
    s, _, i = after[0]
    m = _KIN_GAP.fullmatch(text, f.end, s)
    sex = people[i].parts.sex
    if m is None or not sex:
        return False
    kin = [p for p in parses(m.group(1).lower())[:2] if p.normal_form in KIN]
    return bool(kin) and all(_SEX_OF_GENDER.get(str(p.tag.gender)) not in (None, sex)
                             for p in kin)


#: a third person's relative: a possessive and a word or two ("его старший брат", "її рідна
#: сестра"), or a possessor with "у" before the verb ("у него умер отец", "у неї померла мати")
_THIRD_KIN = re.compile(r"\b(?:его|её|ее|их|його|її|(?:у|в)\s+(?:него|неё|нее|них|нього|неї|"
                        r"них))\s+([а-яёіїєґ]+)(?:\s+([а-яёіїєґ]+))?", re.I)
#: words either side of a death cue where its subject stands ("умерла её мать", "его брат
#: погиб")
_KIN_REACH = 25
#: whose words a clause reports, set off by commas right before the verb ("Його командир, за
#: словами полоненого, загинув", "его брат, по словам матери, погиб")
_SAID_INSERT = re.compile(rf",\s*(?:{BY_WORDS.pattern})[^,.;!?]{{0,40}},\s*$", re.I)


def _kins_death(text: str, f: Fact, start: int, end: int) -> bool:
    """A death cue beside a third person's relative ("его брат погиб", "умерла её мать") in a
    sentence (or clause, ``start:end``) naming nobody: the relative of the one in focus
    died, not he."""
    lo, hi = max(start, f.start - _KIN_REACH), min(end, f.end + _KIN_REACH)
    said = _SAID_INSERT.search(text, start, f.start)
    if said is not None:  # "Його командир, за словами полоненого, загинув": past the words
        lo = max(start, said.start() - _KIN_REACH)
    for m in _THIRD_KIN.finditer(text, lo, hi):
        if m.start() < f.end and f.start < m.start(1):
            continue  # the possessive inside the cue itself
        if m.start() >= f.end and _speech_tag(text, f.end, m.start()):
            continue  # "… погиб, сообщила его сестра Анна": she tells of his death
        # "у него умер отец": with "у", the relative stands after the death verb itself ("у
        # него остались жена и дети" after "Он погиб" is no relative's death)
        after_verb = m.group(0)[:2].lower() in ("у ", "в ")
        if any(m.group(k) and (m.end(k) <= f.start or m.start(k) >= f.end)
               and (kin_word(m.group(k).lower()) or _comrade_word(m.group(k).lower()))
               and not (after_verb and not (k == 2 and m.start(1) < f.end
                                            and f.start < m.end(1)))
               and not _hers_is_him(m.group(0), m.group(k).lower()) for k in (1, 2)):
            return True
    return False


#: a third person's comrade or commander: "его командир погиб в тот же день", "його
#: побратим загинув" — another soldier, not the one in focus
_COMRADES = frozenset({"командир", "товарищ", "товариш", "сослуживец", "однополчанин",
                       "побратим", "напарник", "друг", "земляк", "взводный", "ротный",
                       "комбат"})


def _comrade_word(word: str) -> bool:
    return any(p.normal_form in _COMRADES for p in parses(word)[:2])


#: a clause of its own inside a sentence: "Его товарищ погиб 10 февраля, а сам Виталий
#: Козлов получил ранение", "His commander was killed, while Oleg Lukin was captured"
_CLAUSE_APART = re.compile(r",\s*(?:а|но|але|проте|тоді\s+як|тогда\s+как|while|but|and)\s+|"
                           r"[;:]\s*", re.I)


def _kins_death_apart(text: str, f: Fact, sent: Sentence,
                      here: list[tuple[int, int, int]]) -> bool:
    """A death cue beside a third person's relative or comrade in a clause of its own that
    names nobody, the named man in another clause of the sentence: "Его товарищ погиб 10
    февраля, а сам Виталий Козлов получил ранение"."""
    cuts = [m for m in _CLAUSE_APART.finditer(text, sent.start, sent.end)]
    lo = max((m.end() for m in cuts if m.end() <= f.start), default=sent.start)
    hi = min((m.start() for m in cuts if m.start() >= f.end), default=sent.end)
    if (lo, hi) == (sent.start, sent.end) or any(lo <= s < hi for s, _, _ in here):
        return False
    return _kins_death(text, f, lo, hi)


#: relatives a mother, a wife or parents speak of — the soldier himself ("ее сын погиб",
#: "у неё погиб муж", "їхній син загинув")
_THE_SOLDIER_OF = frozenset({"сын", "муж", "брат", "син", "чоловік"})
_HIS = re.compile(r"(?:его|його|(?:у|в)\s+(?:него|нього))\b", re.I)


def _hers_is_him(possessive: str, word: str) -> bool:
    """A son, husband or brother of hers or theirs ("ее сын погиб", "у неё муж погиб"): the
    man in focus himself, not his relative (his own: "его брат погиб")."""
    return not _HIS.match(possessive) and any(
        p.normal_form in _THE_SOLDIER_OF for p in parses(word)[:2])


def _crowd_only(text: str, start: int, end: int) -> bool:
    """A sentence naming nobody whose death is a counted crowd's and that points at no one in
    focus (no pronoun): "По меньшей мере 10 человек погибли", "гибели более ста человек"."""
    if _ONE.search(text, start, end):
        return False
    if text[start:end].rstrip().endswith(":") and text[end : end + 3].lstrip(" \t").startswith(
            "\n"):
        return False  # a heading over a list on the lines below ("Загиблі:\n1. …")
    if _THE_DEAD.search(text, start, end):
        return True
    for m in _CROWD.finditer(text, start, end):
        word = m.group(0).split()[0].lower()
        if word.isdigit() or word in _CROWD_WORDS or _numeral(word):
            return True
    return False


#: the dead as a plural noun ("соболезнования родным погибших", "память убитых"; not a
#: participle set off after its noun: "бойцов отряда, погибших при взятии …")
_THE_DEAD = re.compile(r"(?<!,\s)(?<!,)\b(?:(?:погибш|умерш|скончавш)(?:их|ие)|убитых|"
                       r"загибл(?:их|і)|полеглих)\b", re.I)
_CROWD_WORDS = frozenset({"несколько", "много", "десятки", "сотни", "тысячи", "десятков",
                          "сотен", "тысяч", "более", "около", "свыше", "менее"})


def _numeral(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].is_known and "NUMR" in ps[0].tag.grammemes


def _listed(si: int, refs: list[tuple[int, int, int]], ref_sent: list[int], text: str = "",
            sents: list[Sentence] | None = None) -> list[int]:
    """The people of the list after sentence ``si``: sentence by sentence (or line by line),
    while each names someone. Given the text, an entry goes on over sentences naming nobody
    on its own line ("▪️ Дамдинов Баир, 1986 г.р., мобилизованный. Погиб 28 декабря.\n▪️ …"),
    and a list of marked entries ends at a line without a mark ("▪️ А …\n▪️ Б …\nГлава района
    Иван Петров выразил соболезнования")."""
    named = set(ref_sent)
    out: set[int] = set()
    marked: bool | None = None
    j = si + 1
    while j in named or (text and sents and si + 1 < j < len(sents)
                         and "\n" not in text[sents[j - 1].end : sents[j].start]):
        if text and sents and j < len(sents):
            line_start = text.rfind("\n", 0, sents[j].start) + 1
            if not text[line_start : sents[j].start].strip():  # the sentence opens a line
                entry = _ENTRY.match(text, line_start) is not None
                if marked is None:
                    marked = entry
                elif marked and not entry:
                    break
        out |= {i for (_, _, i), rs in zip(refs, ref_sent, strict=True) if rs == j}
        j += 1
    return sorted(out)


#: how many people a collective word counts ("оба", "все трое")
_COUNT_WORDS = {"оба": 2, "обе": 2, "трое": 3, "четверо": 4, "пятеро": 5}


def collective_count(words: str) -> int | None:
    """The number of people a collective phrase counts ("Все трое жили в Ржеве" → 3)."""
    found = [_COUNT_WORDS[w] for w in re.findall(r"[а-яё]+", words.lower()) if w in _COUNT_WORDS]
    return found[-1] if found else None


#: a heading of a list that names no fate: "Список на 15 октября:", "Их имена:", "Ось кілька
#: з них:", "Вот некоторые из них:", "Среди них:"
_BARE_HEADING = re.compile(
    r"\W*(?:(?:вот|ось|ниже|нижче)\s+)?(?:список|перелік|их\s+имена|їхні\s+імена|имена|імена|"
    r"(?:некоторые|несколько|кілька|деякі|частина)\s+(?:из|з|із)\s+них|"
    r"(?:среди|серед)\s+них)\b[^.!?\n]{0,40}:\s*$", re.I)


def _list_after_heading(text: str, f: Fact, si: int, sents: list[Sentence],
                        refs: list[tuple[int, int, int]], ref_sent: list[int]) -> list[int]:
    """The people of a list under a bare heading ("Список на 15 октября:") right after the
    sentence naming nobody that tells their fate ("… о гибели ещё восьми земляков.")."""
    nxt = si + 1
    if nxt >= len(sents) or nxt in set(ref_sent):
        return []
    if not _BARE_HEADING.match(text, sents[nxt].start, sents[nxt].end):
        return []
    listed = _listed(nxt, refs, ref_sent, text, sents)
    return listed if len(listed) > 1 else []


def _previous_people(si: int, refs: list[tuple[int, int, int]], ref_sent: list[int],
                     want: int | None = None) -> list[int]:
    """The people of the last sentence naming someone before ``si``; if it names one, the
    list it ends: the sentences before it naming one person each ("Мусин Айдар 1984–2023\n
    Пичугин Олег 1991–2023\nВсе они погибли под Бахмутом"). When the collective counts
    them (``want``: "Все трое …") and that sentence names fewer, the sentences before it
    until the count is reached ("… простились с А, Б и В. … В служила медсестрой. Все трое
    жили в Ржеве")."""
    before = [rs for rs in ref_sent if rs < si]
    if not before:
        return []
    last = max(before)
    by_sent: dict[int, set[int]] = {}
    for (_, _, i), rs in zip(refs, ref_sent, strict=True):
        by_sent.setdefault(rs, set()).add(i)
    out = set(by_sent[last])
    j = last - 1
    while len(by_sent[last]) == 1 and len(by_sent.get(j, ())) == 1:
        out |= by_sent[j]
        j -= 1
    if want is None or len(out) >= want:
        return sorted(out)
    counted = set(out)
    for k in range(j, -1, -1):
        counted |= by_sent.get(k, set())
        if len(counted) == want:
            return sorted(counted)
        if len(counted) > want:
            break
    return sorted(out)


def attach(
    facts: list[Fact], people: list[Person], sents: list[Sentence], text: str = ""
) -> dict[int, list[Fact]]:
    """Person index → the facts about that person."""
    refs = sorted(
        ((r.start, r.end, i) for i, p in enumerate(people) for r in p.refs if r.subject),
        key=lambda x: x[0],
    )
    out: dict[int, list[Fact]] = {i: [] for i in range(len(people))}
    if not refs or not sents:
        return out
    ref_sent = [sentence_index(sents, s) for s, _, _ in refs]
    trees: dict[int, syntax.Tree | None] = {}
    # namings as a relative, an official or a speaker: facts go to them only when the
    # sentence's tree tells the fact of them
    unsubject = sorted((r.start, r.end, i) for i, p in enumerate(people) for r in p.refs
                       if not r.subject)
    # a date takes its meaning from a status cue ("6 марта умер дирижёр А, … подтверждает его
    # сын Б"): it goes to whoever that cue went to, so it is placed after the cues
    cue_of: dict[tuple[int, int], list[int]] = {}
    unowned: list[Fact] = []  # death nouns pointing at no one ("Причина смерти — …")
    cued = {id(f) for f in facts if _cue(f) is not None and not f.extra.get("plural")}
    statuses = [f for f in facts if f.field == "status" and not f.extra.get("weak")]
    phrases: list[tuple[int, int, int]] = []  # participle phrases after a name, and whose
    for f in [f for f in facts if id(f) not in cued] + [f for f in facts if id(f) in cued]:
        cue = _cue(f)
        if cue is not None and id(f) in cued:
            owners = cue_of.get(cue, [])
            lo, hi = min(cue[1], f.end), max(cue[0], f.start)
            between = {i for s, e, i in refs if lo <= s and e <= hi}
            # "Евгений погиб 23 ноября, Виктор — 7 декабря": another name between cue and
            # date starts an elliptical clause of its own
            if len(owners) == 1 and not between - set(owners):
                out[owners[0]].append(f)
                continue
            if cue in cue_of and not owners:
                continue  # the cue was nobody's named here
        if f.field == "age" and text and isinstance(f.value, int) and f.value < MIN_AGE:
            # "без отца остались 3-летний Миша и 7-летняя Алина": a child's age, read only
            # before a name, is the one named right there or nobody's
            child = _named_right_after(text, f, refs)
            if child is not None:
                out[child].append(f)
            continue
        if f.field == "age" and text and (_unnamed_after(text, f, refs, people)
                                          or _other_named_after(text, f, people)):
            continue  # "34-летний ТиДжей (TJ), сын Тито Джексона": the age of the one not named
        kin = f.extra.get("kin_name")
        if f.field == "age" and isinstance(kin, tuple):
            # "Её муж Николай Иванович, 66 лет,": the relative's age, his if he is reported
            # ("его сын Евгений, 25 лет, служил по контракту"), else nobody's
            named = {i for s, e, i in refs if s < kin[1] and kin[0] < e}
            if len(named) == 1:
                _give(out, cue_of, named.pop(), f)
            continue
        told = _told_of(f, people)
        if told is not None:  # "Игорю было 34 года, Вячеславу — 31": the one in the dative
            _give(out, cue_of, told, f)
            continue
        set_off = _participle_owner(text, f, people) if text and f.field == "status" else None
        if set_off is not None:  # "… сослуживец Николай Бутов, раненный под Бахмутом": his
            _give(out, cue_of, set_off, f)
            phrase = _PHRASE_END.search(text, f.end)
            phrases.append((f.start, phrase.start() if phrase else len(text), set_off))
            continue
        inside = next((i for a, b, i in phrases if a <= f.start < b), None)
        if inside is not None and f.field in _PHRASE_FIELDS:
            _give(out, cue_of, inside, f)  # "…, раненный под Бахмутом в январе": the place too
            continue
        si = sentence_index(sents, f.start)
        here = [(s, e, i) for (s, e, i), rs in zip(refs, ref_sent, strict=True) if rs == si]
        if text and f.field == "status" and with_him(text, f.start) and (
                earlier := [i for s, _, i in refs if s < sents[si].start]):
            # "… Лысенко нёс службу на блокпосту. Вместе с ним погибла жительница": his too
            _give(out, cue_of, earlier[-1], f)
        if text and f.field in OWN_FIELDS and not f.extra.get("plural") and (
                owner := _unsubject_owner(text, f, sents[si], here, unsubject, trees, si)
        ) is not None:  # "Его мать Анна Петрова родилась в 1960 году", "Губернатор Вячеслав
            if people[owner].subject:  # Гладков, 54 года, …": the facts of one named as a
                _give(out, cue_of, owner, f)  # relative, an official or a speaker are his
            continue  # (dropped with him if the text does not describe him), no one else's
        if not here and f.extra.get("vague") and (f.extra.get("plural") or text[
                f.end : sents[si].end].rstrip().endswith(":")):
            continue  # "погибли в зоне СВО" of a crowd or a list's heading: nobody's place
        if f.field == "channel" and here and not f.extra.get("single") and _plural_predicate(
                text, f.start, f.end):
            # "Супруги … служили по контракту", "проходивших службу по контракту"
            f = Fact(f.field, f.value, f.start, f.end, {**f.extra, "plural": True})
        if not here and f.field == "status" and f.extra.get("another"):
            continue  # "…, ще один найманець загинув": someone else than the one in focus
        if not here and text and f.field in _SHARED and (counted := counted_group(
                text, sents[si].start, sents[si].end, refs, f.field)) is not None and (
                    _reaches(text, si, counted, ref_sent, refs, sents)):
            if text[f.end : sents[si].end].rstrip().endswith(":"):  # a list's heading: an
                # entry's own other fate stands ("про загибель ще двох земляків:\n— …")
                f = Fact(f.field, f.value, f.start, f.end, {**f.extra, "headed": True})
            for i in counted:  # "Троє окупантів здалися в полон …", "Обидва загинули …"
                _give(out, cue_of, i, f)
            continue
        if (f.extra.get("plural") and not here and text and f.field == "status"
                and f.value in DEATH_STATUSES and _kind_crowd(text, sents[si].start,
                                                              sents[si].end)):
            continue  # "в армии погибли не менее восьми граждан страны": a crowd's, not the
            # family of one named before
        if f.extra.get("plural") and f.field in _SHARED and not here and text and (
                _other_list_after(text, si, ref_sent, sents)):
            continue  # "погибли наши земляки. … Награды получили:\n1. А": nobody listed's
        if f.extra.get("plural") and f.field in _SHARED:
            own = _without_other_fates(text, f, here, statuses, sents[si]) if (
                text and here) else here
            group = _sharing(text, f, si, own, refs, ref_sent, sents)
            if len(group) == 1:  # "Горе в семье Захаровых из Нерюнгри", "простились с
                group = _family(group[0], people)  # Захаровыми 18 декабря"
            if len(group) > 1:
                if not here and (":" in text[f.end : sents[si].end] or _leads_list(
                        text, si, ref_sent, sents)):  # a list's heading
                    f = Fact(f.field, f.value, f.start, f.end, {**f.extra, "headed": True})
                for i in group:
                    _give(out, cue_of, i, f)
                continue
            if not here and _COUNTED.search(text, sents[si].start, sents[si].end) and not (
                    _COLLECTIVE.match(text, sents[si].start, sents[si].end)):
                continue  # "… 578 умерли", "погибли 16 человек": a count, not the one named
                # ("Все трое были мобилизованы" speaks of those just listed)
        if not here and text and f.field == "status" and (
                listed := _list_after_heading(text, f, si, sents, refs, ref_sent)):
            # "стало известно о гибели ещё восьми земляков. Список на 15 октября:\n— …"
            headed = Fact(f.field, f.value, f.start, f.end, {**f.extra, "headed": True})
            for i in listed:
                _give(out, cue_of, i, headed)
            continue
        if (not here and text and f.field in _HEADED
                and text[f.end : sents[si].end].rstrip().endswith(":")):
            group = _listed(si, refs, ref_sent, text, sents)
            if len(group) > 1 or (group and f.field == "status" and text[
                    sents[si].end : sents[si].end + 3].lstrip(" \t").startswith("\n")):
                # "Пропали без вести под Авдеевкой 20.10.2023 (…):\n▪️ …"; a heading of its
                # own line over one entry ("Пропали без вести:\n3. Тихонов И. П."); read
                # before a death noun taken for nobody's ("о гибели ещё пятерых земляков:")
                headed = Fact(f.field, f.value, f.start, f.end, {**f.extra, "headed": True})
                for i in group:
                    _give(out, cue_of, i, headed)
                continue
        if (not here and text and f.field in DEATH_FACT_FIELDS
                and _crowd_only(text, sents[si].start, sents[si].end)):
            continue  # "Уже известно о гибели 58 человек": a crowd's death, nobody named's
        if text and f.field == "status" and (
                (not here and _kins_death(text, f, sents[si].start, sents[si].end))
                or (here and _kins_death_of_named(text, f, here, people))
                or (here and _kins_death_apart(text, f, sents[si], here))):
            # "умерла её мать", "о смерти матери Ивана Петрова": a relative died, not the one
            # named or in focus — nor is the date of that death his ("Его отец умер в 2019")
            cue_of[(f.start, f.end)] = []
            continue
        if not here and text and f.field == "status" and _nobodys_death(text, f):
            unowned.append(f)
            continue  # "обстоятельства смерти", "клиническую смерть", "умерла её мать":
            # nobody named died
        if (not here and text and f.field in _HEADED
                and (collective := _COLLECTIVE.match(text, sents[si].start, sents[si].end)
                     or _THEY_OPEN.match(text, sents[si].start, sents[si].end))):
            group = _previous_people(si, refs, ref_sent, collective_count(collective.group(0)))
            if len(group) > 1:  # "Оба служили по контракту в 61-й бригаде."
                for i in group:
                    _give(out, cue_of, i, f)
                continue
        here = [(s, e, i) for s, e, i in here if not (s <= f.start < e)] or here
        if text and f.field in SYNTAX_FIELDS and not f.extra.get("plural"):
            here = _entry_owner(text, f, here)
        if text and f.field in ("channel", "rank") and not f.extra.get("plural"):
            here = _descriptor_of(text, f, here)
        if text and f.field in _APPOSED and len({i for _, _, i in here}) > 1:
            here = _apposed_owner(text, f, here)
        sex = f.extra.get("sex")
        if sex:  # "90-летняя правительница сменила … короля": an age agrees with its person
            # (unless no one named with it does: the sex of a foreign name is a guess)
            here = [(s, e, i) for s, e, i in here if people[i].parts.sex in ("", sex)] or here
        who_tree = None
        if text and f.field == "status" and len({i for _, _, i in here}) > 1:
            owner = _death_noun_owner(text, f, here, people)
            if owner is not None:  # "рассказал о гибели сослуживца Ивана Рябова": the
                _give(out, cue_of, owner, f)  # death is Рябов's, not the speaker's
                continue
        if text and f.field in SYNTAX_FIELDS and len({i for _, _, i in here}) > 1:
            gapped = _gapped_owner(text, f, here)
            if gapped is not None:  # "Денис погиб в октябре под Сватово, Артём — 2 ноября в
                _give(out, cue_of, gapped, f)  # Херсонской области": each clause its name's
                for i in _gaps_sharing(text, f, here, gapped):
                    _give(out, cue_of, i, f)  # "…, а его сослуживец Антон Зуев — под Сватово"
                continue
        if (text and f.field in SYNTAX_FIELDS and len({i for _, _, i in here}) > 1
                and not f.extra.get("listed") and not _adjacent(text, f, here)):
            if si not in trees:
                trees[si] = syntax.parse(text, sents[si].start, sents[si].end)
            tree = trees[si]
            role = "obj" if f.extra.get("object") else "nsubj"
            who_tree = syntax.nearest(tree, (f.start, f.end), here, role) if tree else None
        if f.extra.get("object") and who_tree is None:
            # "Ковалёв застрелил сослуживца Панина": the killing is its object's, never its
            # subject's
            if si not in trees:
                trees[si] = syntax.parse(text, sents[si].start, sents[si].end)
            tree = trees[si]
            if tree is not None:
                who_tree = syntax.by_role(tree, (f.start, f.end), here, "obj")
                if who_tree is None and (syntax.by_role(tree, (f.start, f.end), here, "nsubj")
                                         is not None or syntax.has_role(
                                             tree, (f.start, f.end), "nsubj")):
                    # "их клиент убил девушку": a killer who is not named kills someone not
                    # named either — nobody named here died
                    cue_of[(f.start, f.end)] = []  # nor does its date go to the killer
                    continue
        if who_tree is not None:
            who = who_tree
        elif here:
            who = min(here, key=functools.partial(_distance, f=f))[2]
        else:
            before = [i for s, _, i in refs if s < f.start]
            who = before[-1] if before else refs[0][2]
            if text and f.field in ("age", "place_of_death", "death_date") and before:
                # the person in focus, not a possessor ("соратник Цзян Цзэминя")
                who = _focus(text, sents, [r for r in refs if r[0] < f.start], who)
            if text and f.field in _DESCRIBED_FIELDS and before:
                # "умер дирижёр Николас А…, подтверждает его сын Филипп А…. На момент смерти
                # дирижёру было 86 лет": the one a noun of the sentence described before
                who = _described(text, sents[si], [r for r in refs if r[0] < f.start], who)
            if sex and not here and people[who].parts.sex not in ("", sex):
                continue  # "… Среди погибших 23-летняя сотрудница": someone not named
        _give(out, cue_of, who, f)
    _give_unowned(out, cue_of, unowned, refs)
    return out


#: a person's own attributes, which the one a sentence tells them of keeps: not events (a
#: mother's "получила извещение в октябре" dates her son's death being reported) nor deaths
OWN_FIELDS = frozenset({"birth_date", "age", "settlement", "region", "place_of_birth",
                         "citizenship", "unit", "rank", "channel", "branch"})


#: the appositions between a name and a fact set after it: "Ивана Соколова, 34 лет, уроженца
#: Шебекино" (commas only, no clause of its own)
_APPOSED_AFTER = re.compile(
    r"\s*,\s*(?:(?:(?!(?:что|що|который|которого|которая|який|якого|яка|как|як|сказал\w*|"
    r"сообщил\w*|рассказал\w*|заявил\w*|сказа\w*|повідоми\w*|розповіл\w*|заяви\w*)\b)"
    r"[^\W\d][\w-]*\s*|\d[\d.-]*\s*){1,4},\s*){0,3}(?:[^\W\d][\w-]*\s+){0,2}")


def _unsubject_owner(text: str, f: Fact, sent: Sentence, here: list[tuple[int, int, int]],
                     unsubject: list[tuple[int, int, int]],
                     trees: dict[int, syntax.Tree | None], si: int) -> int | None:
    """The person a fact is told of, by the sentence's tree, through a naming as a relative,
    an official or a speaker (:func:`headcount.extract.syntax.told_of`): his own birth, age
    or home town, which no one described elsewhere may take. None when the tree gives the
    fact to one named as described, or to no one named."""
    # not an eponym inside a unit's or a street's name ("бригади … імені контрадмірала
    # Михайла Білинського"): the name's words are the unit's, told of no one
    theirs = [r for r in unsubject if sent.start <= r[0] < sent.end
              and not named_after(text, r[0])]
    if not theirs:
        return None
    last = max((r for r in theirs + here if r[1] <= f.start), default=None)
    if last is not None and _APPOSED_AFTER.fullmatch(text, last[1], f.start) and not any(
            re.fullmatch(r"\s*(?:[^\W\d][\w-]*\s+){0,2}", text[f.end : r[0]])
            for r in theirs + here if r[0] >= f.end):  # not a rank before the next name
        # "соболезнования семье Ивана Соколова, 34 лет, уроженца Шебекино": an apposition
        # right after a name is his, whoever the clause's subject (the tree may hang it
        # on another noun)
        return None if last in here else last[2]
    if si not in trees:
        trees[si] = syntax.parse(text, sent.start, sent.end)
    tree = trees[si]
    if tree is None:
        return None
    owner = syntax.told_of(tree, (f.start, f.end), theirs + here)
    if owner is None or any(i == owner for _, _, i in here):
        return None
    if any(i == owner and r0 >= f.end and _speech_tag(text, f.end, r0)
           for r0, _, i in theirs):
        return None  # "… 14 января погиб, сообщила его сестра Анна": what she says, not
        # her own fate (a parser takes the name after the verb for its subject)
    return owner


#: a clause's end, then a verb and up to three words before the one who speaks: ", сообщила
#: его сестра ", ", — розповіла мати "
_TAG_BEFORE_NAME = re.compile(r"[^.!?\n]*?[,—–]\s*[—–]?\s*([а-яёіїєґ'’]+)\s+"
                              r"(?:[а-яёіїєґ'’-]+\s+){0,3}", re.I)


def _speech_tag(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends a clause and opens a verb of speech (:data:`SPEECH`) before a
    name: what follows speaks of the clause before."""
    m = _TAG_BEFORE_NAME.fullmatch(text, start, end)
    return m is not None and bool(lemmas(m.group(1).lower()) & SPEECH)


#: lower-case words (a rank, a unit in the genitive with its name) between a descriptor and
#: the name it describes
_DESCRIPTOR_GAP = re.compile(r",?\s+(?:(?:[а-яёіїєґ.-]+|«[^»\n]{1,30}»)\s+){0,4}")


def _descriptor_of(text: str, f: Fact, here: list[tuple[int, int, int]]
                   ) -> list[tuple[int, int, int]]:
    """A cue written before a name with nothing but a rank or a unit between ("…, контрактник
    ефрейтор Руслан Хабибуллин", "мобилизованный рядовой Максим Шишкин", "с рядовым
    добровольческого батальона «Баир» Баиром Цыбиковым") describes that name."""
    after = [r for r in here if r[0] >= f.end and _DESCRIPTOR_GAP.fullmatch(text[f.end : r[0]])]
    return [min(after)] if after else here


def _give_unowned(out: dict[int, list[Fact]], cue_of: dict[tuple[int, int], list[int]],
                  unowned: list[Fact], refs: list[tuple[int, int, int]]) -> None:
    """A death noun that points at no one ("Причина смерти — осколочное ранение.") is the
    death of the one person a text is about when nothing else tells his death; with several
    people named, or a death told otherwise, it stays nobody's ("Обстоятельства смерти
    выясняются" in a text about others)."""
    if not unowned or len({i for _, _, i in refs}) != 1:
        return
    who = refs[0][2]
    if any(f.field == "status" and f.value in (*DEATH_STATUSES, Status.DECLARED_DEAD)
           for f in out[who]):
        return
    _give(out, cue_of, who, unowned[0])


_CAPITAL_AFTER = re.compile(r"\s+([A-ZА-ЯЁІЇЄҐ][\w-]*)")


def _named_right_after(text: str, f: Fact, refs: list[tuple[int, int, int]]) -> int | None:
    """The person whose naming starts right after the age adjective ``f`` ("7-летняя Вика
    Ковальчук"), else None."""
    m = _CAPITAL_AFTER.match(text, f.end)
    if m is None:
        return None
    return next((i for s, _, i in refs if s == m.start(1)), None)


def _other_named_after(text: str, f: Fact, people: list[Person]) -> bool:
    """An age adjective right before a naming of one not described — a relative, an
    official ("Отец погибшего Андрея Кузнецова, 62-летний Виктор Кузнецов"; "Мати загиблого,
    54-річна Ганна Бойко"): the age is theirs, so nobody's here."""
    if not re.search(r"(?:летн|річн)\w+$", text[f.start : f.end]):
        return False
    m = _CAPITAL_AFTER.match(text, f.end)
    if m is None:
        return False
    if any(r.start == m.start(1) for p in people for r in p.refs):
        # one named who is nowhere described (not "Как сообщили …, 24-летний Шамиль": a
        # naming read as a speaker's of one described elsewhere)
        return any(r.start == m.start(1) and not p.subject for p in people for r in p.refs)
    # a given name no one found is named by: a relative named by her given name alone
    # (not "24-летний Шамиль" of "Магомедов Шамиль Гаджиевич": his own given name)
    if _a_naming_word(m.group(1), text, people):
        return False  # "Двадцятишестирічний Нгуема" of "Жан-Батіст Нгуема": his surname
    names = {p.normal_form for p in parses(m.group(1).lower()) if "Name" in p.tag.grammemes}
    return bool(names) and not any(
        names & {q.normal_form for q in parses(p.parts.given.lower())} for p in people
        if p.parts.given)


def _unnamed_after(text: str, f: Fact, refs: list[tuple[int, int, int]],
                   people: list[Person]) -> bool:
    """An age adjective right before a capitalised word that no naming starts at (nor is a
    naming's word): the age of someone the text names in a way not read as a name."""
    if not re.search(r"(?:летн|річн)\w+$", text[f.start : f.end]):
        return False
    m = _CAPITAL_AFTER.match(text, f.end)
    if m is None:
        return False
    if any(s <= m.start(1) < e for s, e, _ in refs) or any(
            r.start <= m.start(1) < r.end for p in people for r in p.refs):
        return False
    if _a_naming_word(m.group(1), text, people):
        return False  # "Двадцятишестирічний Нгуема, …" of "Жан-Батіст Нгуема" named elsewhere
    top = parses(m.group(1).lower())[:1]
    return bool(top) and not top[0].is_known


def _a_naming_word(word: str, text: str, people: list[Person]) -> bool:
    """``word`` is a word of a person's naming elsewhere in the text, maybe in another case
    ("Нгуема" of "Жан-Батіст Нгуема", "Нгуеми")."""
    low = word.lower()
    stem = low[: max(4, len(low) - 2)]
    return any(w.lower().startswith(stem) and abs(len(w) - len(low)) <= 3
               for p in people for r in p.refs
               for w in re.findall(r"[^\W\d_]+", text[r.start : r.end]))


#: the relation of a name that makes it a possessor (the one in focus is someone else; an
#: object or an oblique name may well be the one the text is about: "поховали Сухроба")
_ASIDE = frozenset({"nmod"})
_THIRD_PARTY = re.compile(r"\b(?:благодаря|вопреки|согласно|подобно|наравне\s+с|вместе\s+с|"
                          r"вслед\s+за|против|для|ради)\s+$", re.I)


def _focus(text: str, sents: list[Sentence], before: list[tuple[int, int, int]],
           default: int) -> int:
    """The person in focus for a sentence naming nobody: the last one named before it who is
    not a possessor or a descriptor's name in their sentence's tree ("умер Ли Пэн, соратник
    Цзян Цзэминя. Чиновник дожил до 90 лет" — Ли Пэн)."""
    fallback = None
    for s, e, i in reversed(before[-3:]):
        if _THIRD_PARTY.search(text, max(0, s - 20), s):
            continue  # "благодаря Мао Цзэдуну": a name after a preposition of a third party
        fallback = i if fallback is None else fallback
        sent = sents[sentence_index(sents, s)]
        if sent.end - sent.start > 600:
            return default
        tree = syntax.parse(text, sent.start, sent.end)
        if tree is None:
            return default
        heads = tree.span_heads(s, e)
        if not heads:
            return i
        h = heads[0]
        up = tree.heads[h]
        if tree.rels[h] not in _ASIDE and not (
                tree.rels[h] == "appos" and up >= 0 and tree.rels[up] == "appos"):
            return i  # ("Ли Пэн, соратник Цзян Цзэминя": a descriptor's name is not him)
    return default if fallback is None else fallback


_WORD = re.compile(r"[а-яёіїєґ]+", re.I)
#: facts of a sentence naming nobody that a noun describing someone named gives to them
_DESCRIBED_FIELDS = frozenset({"age", "place_of_death", "death_date", "status"})
#: the words before a naming that may describe the person ("дирижёр", "актёр театра")
_DESCRIPTOR_WORDS = 3


def _person_nouns(words: list[str]) -> set[str]:
    """The lemmas of the animate common nouns among ``words`` (not names)."""
    out = set()
    for w in words:
        ps = parses(w.lower())
        if ps and ps[0].is_known and {"NOUN", "anim"} <= ps[0].tag.grammemes and not (
                {"Name", "Surn", "Patr"} & ps[0].tag.grammemes):
            out.add(ps[0].normal_form)
    return out


def _described(text: str, sent: Sentence, before: list[tuple[int, int, int]],
               default: int) -> int:
    """The person a sentence naming nobody speaks of by a noun that described exactly one of
    those named before, right before their name ("умер дирижёр Николас Арнонкур …. На момент
    смерти дирижёру было 86 лет"), else ``default``."""
    here = _person_nouns(_WORD.findall(text[sent.start : sent.end]))
    if not here:
        return default
    who: set[int] = set()
    for s, _, i in before:
        lead = text[max(0, s - 60) : s]
        lead = last_clause(lead)
        if here & _person_nouns(_WORD.findall(lead)[-_DESCRIPTOR_WORDS:]):
            who.add(i)
    return who.pop() if len(who) == 1 else default


#: the start of a list entry: "1.", "2)", a bullet or a dash at the start of a line
_ENTRY = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[▪•·*◾️🔹-]|[—–])\s*", re.M)


def _entry_owner(text: str, f: Fact,
                 here: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """In a list entry ("1. Алексеев Николай, 1979 г.р., с. Большое Чурашево, рядовой — погиб
    …") the facts are the person's who opens the entry, not a word taken for a name in it."""
    line_start = text.rfind("\n", 0, f.start) + 1
    m = _ENTRY.match(text, line_start)
    if m is None:
        return here
    line_end = text.find("\n", f.start)
    line_end = len(text) if line_end < 0 else line_end
    inline = sorted((r for r in here if line_start <= r[0] < line_end), key=lambda r: r[0])
    if not inline or inline[0][0] > m.end() + 40:
        return here
    first = inline[0][2]
    return [r for r in here if r[2] == first]


#: facts written after a name as its apposition, in an enumeration of people ("Николай Егоров
#: из Намцев, 1987 г. р., и Айаал Саввинов из Чурапчи, 1992 г. р.", "Руслан Хабибуллин из
#: Ульяновска, попавший в плен в феврале, и …")
_APPOSED = frozenset({"birth_date", "age", "settlement", "region", "status"})
#: how far (characters) after a name its apposition may reach
_APPOSITION_REACH = 80
#: a word that ends an apposition: a conjunction joining the next person, or a clause's
_JOINS = frozenset({"и", "а", "но", "та", "і", "й", "але", "также", "також", "или", "або"})


def _apposed_owner(text: str, f: Fact,
                   here: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """In an enumeration of people, a fact set off by commas or brackets after a name, with
    no conjunction and no verb between ("Егоров из Намцев, 1987 г. р., и Саввинов …") is the
    name's before it: the structure of the enumeration decides, not the nearest name."""
    before = [r for r in here if r[1] <= f.start]
    if not before:
        return here
    _, e, i = max(before, key=lambda r: r[1])
    gap = text[e : f.start]
    if len(gap) > _APPOSITION_REACH or not re.search(r"[,(]", gap) or re.search(r"[;:\n]", gap):
        return here
    for w in re.findall(r"[а-яёіїєґ]+", gap.lower()):
        if w in _JOINS:
            return here
        ps = parses(w)
        if ps and ps[0].is_known and {"VERB", "INFN"} & ps[0].tag.grammemes:
            return here
    return [r for r in here if r[2] == i]


def _told_of(f: Fact, people: list[Person]) -> int | None:
    """The one person whose name is the dative name an age is told of (``extra["named"]``,
    lemmas), if exactly one has it."""
    named = f.extra.get("named")
    if not named or not isinstance(named, tuple):
        return None
    names = {str(n).replace("ё", "е") for n in named}
    who = {i for i, p in enumerate(people) for r in p.refs if r.subject and (any(
        part and part.lower().replace("ё", "е") in names
        for part in (r.parts.given, r.parts.surname, r.parts.patronymic))
        or (r.parts.given and any(same_given(r.parts.given, n) for n in names)))}
    return who.pop() if len(who) == 1 else None


#: a name opening a clause whose verb is left out: after a comma or a semicolon (and "а"),
#: before a dash ("…, Артём — 2 ноября в Херсонской области")
#: what opens a clause with its verb left out before its name: a comma or a semicolon, "а",
#: and the words describing the one named ("…, а его сослуживец Никита Гончаров — 3
#: февраля", "…, а її брат рядовий Петро Савчук — 5 квітня")
_GAP_BEFORE = re.compile(r"[,;]\s*(?:(?:а|але|но|і|и|та)\s+)?(?:у\s+)?"
                         r"(?:[а-яёіїєґ'’-]+\s+){0,4}$")
_GAP_AFTER = re.compile(r"\s*[—–]\s")


def _gapped_owner(text: str, f: Fact, here: list[tuple[int, int, int]]) -> int | None:
    """In a sentence of clauses with the verb left out after the first ("Денис погиб в
    октябре под Сватово, Артём — 2 ноября в Херсонской области"), a fact is the person's who
    opens its clause: the last name before a dash before it, else the last name before it in
    the first clause. None when the sentence has no such clause."""
    gaps = [r for r in here if _GAP_AFTER.match(text, r[1])
            and _GAP_BEFORE.search(text, max(0, r[0] - 60), r[0])]
    if not gaps:
        return None
    opened = [r for r in gaps if r[1] <= f.start]
    if opened:
        return max(opened, key=lambda r: r[1])[2]
    first = min(r[0] for r in gaps)
    before = [r for r in here if r[1] <= f.start and r[0] < first]
    return max(before, key=lambda r: r[1])[2] if before else None


def _gaps_sharing(text: str, f: Fact, here: list[tuple[int, int, int]],
                  owner: int) -> list[int]:
    """The ones opening clauses with the verb left out after a death cue ("Иван погиб под
    Бахмутом, а его сослуживец Антон Зуев — под Сватово") share the death when a date, a time
    or a place follows their dash ("— в плену", "— в больнице" tell of no death)."""
    if f.value not in DEATH_STATUSES:
        return []
    return sorted({i for s, e, i in here if s >= f.end and i != owner
                   and _GAP_BEFORE.search(text, max(0, s - 60), s)
                   and GAP_REST.match(text, e) is not None})


def _give(out: dict[int, list[Fact]], cue_of: dict[tuple[int, int], list[int]], who: int,
          f: Fact) -> None:
    out[who].append(f)
    if f.field == "status":
        cue_of.setdefault((f.start, f.end), []).append(who)


def _cue(f: Fact) -> tuple[int, int] | None:
    cue = f.extra.get("cue")
    return (int(cue[0]), int(cue[1])) if isinstance(cue, tuple) else None


#: a range's two years, whatever their days and months ("1989–2023", "04.11.1976 – 12.08.2023")
_RANGE_YEARS = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./])?(\d{4})\s*(?:г\.?\s*)?[–—-]\s*"
                          r"(?:\d{1,2}[./]\d{1,2}[./])?(\d{4})")


def too_short_for_a_life(text: str, start: int) -> bool:
    """The range starting at ``start`` spans fewer years than any life a list tells."""
    m = _RANGE_YEARS.match(text, start)
    if m is None:
        m = _RANGE_YEARS.match(text, max(0, start - 6))  # the range's first year's day, month
    return m is not None and 0 <= int(m.group(2)) - int(m.group(1)) < MIN_LIFE_YEARS


def is_life_range(text: str, d: FoundDate, names: list[tuple[int, int]]) -> bool:
    """A range is a life when it follows a name ("Иванов Иван (1976–2023)") or "годы жизни";
    a range elsewhere is a term of office or years of service."""
    before = text[max(0, d.start - 40) : d.start]
    if _TERM_AFTER.match(text, _range_end(text, d.end)) or too_short_for_a_life(text, d.start):
        return False
    if _LIFE_CUE.search(before):
        return True
    gap = _LIFE_GAP.search(before)
    return gap is not None and any(e == d.start - len(gap.group(0)) for _, e in names)


#: status cues that tell a death but date another event ("Указом от 12 июня он посмертно
#: награждён": the decree's date, not the death's; nor is the day a body was identified,
#: returned or handed over, "тело передали 10 мая", "тіло передали 17 травня" — unlike the day
#: it was found after a battle, "тіло виявили після бою 2 лютого"; a Russian body "найдено"
#: or "нашли" was found some time after the death, "сообщило, что его тело найдено")
_UNDATED = re.compile(r"посмертн|(?:тел|тіл)[оа]\s.*(?:передал|вернул|доставил|опозна|"
                      r"идентифиц|повернул|репатрі|ідентифік|упізна|впізна|нашли|найден|"
                      r"обнаруж)", re.I | re.S)
#: how far (characters) from an event's cue word its verb may stand ("подписали контракт",
#: "были мобилизованы", "ушли на фронт по контракту")
_VERB_REACH = 30


def _plural_verb(text: str, start: int, end: int) -> bool:
    """A plural verb (or short participle) in the clause around an event's cue: the event is
    all its subjects' ("Чаудхари и Пандит подписали контракт в конце 2023 года"); or a
    plural of people after "с" ("Прощание с военнослужащими пройдёт 5 октября", "простилась
    с двумя своими защитниками", "простились с Захаровыми")."""
    lead = re.split(r"[.!?;:,]", text[max(0, start - _VERB_REACH) : start])[-1]
    tail = re.split(r"[.!?;:,]", text[end : end + _VERB_REACH])[0]
    for w in re.findall(r"[а-яёіїєґ]+", f"{lead} {text[start:end]} {tail}".lower()):
        ps = parses(w)
        if ps and ps[0].is_known and {"VERB", "PRTS"} & ps[0].tag.grammemes and (
                "plur" in ps[0].tag.grammemes) and not (
                ps[0].normal_form in _RU_CEREMONY_VERBS and not _joined(lead, tail)):
            return True  # a ceremony's verb is the mourners': its object counts the dead
    with_whom = _WITH_WHOM.match(tail) or _WITH_WHOM.match(f" {text[start:end]}{tail}")
    if with_whom is not None:
        for w in with_whom.group(1).lower().split():
            if any(p.is_known and {"plur", "ablt"} <= p.tag.grammemes and (
                    "anim" in p.tag.grammemes or {"ADJF", "PRTF"} & p.tag.grammemes)
                    for p in parses(w)[:2]):
                return True  # "с военнослужащими", "із загиблими", "с погибшими"
    whom = _WHOM.match(tail)
    if whom is not None and _CEREMONY_CUE.search(text, start, end):
        for w in whom.group(1).lower().split():
            ps = parses(w)
            if ps and ps[0].is_known and {"NOUN", "anim", "plur"} <= ps[0].tag.grammemes and (
                    {"accs", "gent"} & ps[0].tag.grammemes):
                return True  # "проводила в последний путь двух своих сыновей"
    return False


#: the object right after a ceremony's verb ("проводила в последний путь двух своих сыновей",
#: "похоронили трёх земляков")
_WHOM = re.compile(r"\s+((?:[а-яёіїєґ'’]+\s+){0,2}[а-яёіїєґ'’]+)", re.I)
_CEREMONY_CUE = re.compile(r"(?:путь|(?:по)?хорон\w+|поховал\w+|провели\s+в\s+останню\s+путь)$",
                           re.I)


#: plural verbs that are not about how someone came to serve ("Простились с рядовым
#: добровольческого батальона … и сержантом …")
_CEREMONY_VERBS = frozenset({"проститься", "попрощаться", "проводить", "похоронить",
                             "хоронить", "прощаться", "отпеть"})


#: Russian ceremony verbs whose plural is the mourners' ("похоронили 30-летнего Магомеда")
_RU_CEREMONY_VERBS = frozenset({"проститься", "похоронить", "хоронить", "отпеть"})


def _joined(lead: str, tail: str) -> bool:
    """The dead of a ceremony joined or pointed at in the plural: "простились с отцом и
    сыном", "Их похоронили рядом"."""
    words = lead.lower().split()
    return bool(re.search(r"\s(?:и|а\s+также)\s", f" {tail} ")) or (
        bool(words) and words[-1] in ("их", "обоих"))


def _plural_predicate(text: str, start: int, end: int) -> bool:
    """A plural verb or participle in the clause around a cue that is not a ceremony's: the
    cue is all its subjects' ("были мобилизованы", "проходивших службу по контракту")."""
    lead = re.split(r"[.!?;:,]", text[max(0, start - _VERB_REACH) : start])[-1]
    tail = re.split(r"[.!?;:,]", text[end : end + _VERB_REACH])[0]
    for w in re.findall(r"[а-яёіїєґ]+", f"{lead} {tail}".lower()):
        ps = parses(w)
        if ps and ps[0].is_known and {"VERB", "PRTS", "PRTF"} & ps[0].tag.grammemes and (
                "plur" in ps[0].tag.grammemes) and ps[0].normal_form not in _CEREMONY_VERBS:
            return True
    return False


#: the words after "с" right after an event's cue ("прощание с военнослужащими")
_WITH_WHOM = re.compile(r"\s+(?:[а-яёіїєґ]+\s+){0,2}?(?:с[оа]?|з|із|зі)\s+"
                        r"((?:[а-яёіїєґ'’]+\s+){0,2}[а-яёіїєґ'’]+)", re.I)


#: the verb whose subject is an event noun ("Прощание с … состоится завтра", "Прощание прошло 3
#: апреля", "Зустріч кортежу відбудеться 20 березня"): the date beside it is the event's
_EVENT_VERB = re.compile(
    r"\b(?:состо(?:ится|ятся|ялось|ялась|ялся|ялись)|пройд(?:ёт|ет|ут)|прошл[оаи]|прош[её]л|"
    r"будет\s+проходить|начн[её]тся|відбуд(?:еться|уться)|відбул(?:ося|ася|ися|ись|ась|ось)|"
    r"пройде|пройшл[оаи]|пройшов|розпочнеться)\b", re.I)
#: the farthest (characters) an event noun may stand before its verb
_EVENT_VERB_REACH = 200


def _event_verbs(text: str, events: list[tuple[int, int, str]], sents: list[Sentence],
                 ) -> list[tuple[int, int, str, tuple[int, int]]]:
    """A verb of an event noun before it in its sentence, as a cue of that event: the noun's
    words may be many ("Прощание со ст. лейтенантом …, командиром взвода …, состоится
    завтра")."""
    out = []
    for m in _EVENT_VERB.finditer(text):
        si = sentence_index(sents, m.start()) if sents else 0
        lo = max(m.start() - _EVENT_VERB_REACH, sents[si].start if sents else 0)
        before = [(a, b, kind) for a, b, kind in events if lo <= a and b <= m.start()
                  and kind in ("farewell", "funeral")]
        if before:
            a, b, kind = max(before)
            out.append((m.start(), m.end(), kind, (a, b)))  # (the noun: who is farewelled)
    return out


def _schedule_event(text: str, d: FoundDate, events: list[tuple[int, int, str]]) -> str | None:
    """A date opening a line of a list whose heading names a ceremony ("На следующей неделе
    пройдут церемонии прощания с нашими земляками:\n10 июня, 11:00 — Сарычев …"): that
    entry's ceremony."""
    line_start = text.rfind("\n", 0, d.start) + 1
    if text[line_start : d.start].strip(" \t•·▪*-—–"):
        return None
    head = list_heading(text, line_start)
    if head is None:
        return None
    kinds = [kind for a, b, kind in events if head[0] <= a and b <= head[1]
             and kind in ("farewell", "funeral")]
    return kinds[0] if kinds else None


#: a conjunction after a date: what follows it is another item, not the date's
_NEXT_ITEM = re.compile(r"\s*(?:р\.|року|г\.|года)?\s*,?\s*(?:та|і|й|а\s+також)\s+", re.I)
#: an event told as what came before the dated one ("після строкової служби", "после срочки")
_AFTER_IT = re.compile(r"\b(?:після|после)\s+(?:[\w'’]+\s+)?$", re.I)
#: a participle set off after its noun by a comma ("земляков, павших в ходе СВО")
_SET_OFF = re.compile(r",\s*$")


def _participle_owner(text: str, f: Fact, people: list[Person]) -> int | None:
    """The one named right before a fate's participle set off by a comma ("его сослуживец
    Николай Бутов, раненный под Бахмутом", "Виктор Гаврилов, вернувшийся из плена"): the
    participle is his, whether the text describes him or names him beside another."""
    if not _participle(text[f.start : f.end]):
        return None
    phrase = _PHRASE_END.search(text, f.end)
    if _HISTORY_YEAR.search(text, f.end, phrase.start() if phrase else len(text)):
        return None  # "рядом с отцом, Николаем Кравцом, погибшим в Чечне в 1995 году": history
    word = re.findall(r"[а-яёіїєґ]+", text[f.start : f.end].lower())[0]
    cases = {str(p.tag.case) for p in parses(word)[:4] if {"PRTF", "ADJF"} & p.tag.grammemes}
    # in the name's case ("Максима, поранений": not his, "за словами Максима")
    return next((i for i, p in enumerate(people) for r in p.refs
                 if r.end <= f.start and _SET_OFF_NAME.fullmatch(text, r.end, f.start)
                 and (r.parts.case or "nomn") in cases), None)


#: a year before this war ("в 1995 году")
_HISTORY_YEAR = re.compile(r"\b(?:1[89]\d\d|200\d|201[0-3])\b")
#: where a participle phrase set off after a name ends
_PHRASE_END = re.compile(r"[,.;!?\n—–]")
#: the facts a participle phrase tells of its owner
_PHRASE_FIELDS = frozenset({"place_of_death", "status_date", "death_date", "other_date"})
#: a comma (and a closing bracket or quote) between a name and what follows it
_SET_OFF_NAME = re.compile(r"[\s»\")]*,\s*")


def _participle(cue: str) -> bool:
    words = re.findall(r"[а-яёіїєґ]+", cue.lower())
    return bool(words) and any({"PRTF", "ADJF"} & p.tag.grammemes for p in parses(words[0])[:2])


#: an unmarked list entry: a line opening with a name of two or three capitalised words
#: ("ДЬЯЧКОВ Роман Евгеньевич, … — 11.02.2025;", "Мухин С. И., …" under "Погибшие в
#: феврале:"), not a line of prose ("Ранен — 10 января", "Прощание прошло … — 12 марта")
_NAME_LINE = re.compile(r"[ \t]*[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’-]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*"
                        r"(?:\.|[ \t]+[А-ЯЁІЇЄҐ]|,)")
#: how far (characters) before a list's heading the words telling the list's dead may stand
_HEADING_REACH = 300


def _entry_end_death(text: str, d: FoundDate, statuses: list[Fact]) -> bool:
    """A date ending a list entry after a dash, under a heading of the dead ("Памяти бойцов …,
    погибших при взятии Артёмовска. Список …:\n• Д. Ю. Колесов, «Кедр», Бийск — 18.02.2023"),
    or a day without its year after a comma ("Погибшие в марте:\n— Егоров (1999 г.р.), 3
    марта;"): the entry's death, before the heading's month."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : d.start]
    # after a dash any date; after a comma only a day without its year ("…, 3 марта;"): a
    # birth date is never written without its year
    if (_ENTRY.match(text, line_start) is None and not _NAME_LINE.match(text, line_start)) or (
            text[d.end : line_end].strip(" .;,")) or not (
            re.search(r"[—–-]\s*$", before)
            or (d.relative and d.precision == DatePrecision.DAY and re.search(r",\s*$", before))):
        return False
    head = list_heading(text, line_start)
    if head is None:
        return False
    return any(s.value in DEATH_STATUSES and head[0] - _HEADING_REACH <= s.start < head[1]
               for s in statuses)


def date_facts(text: str, dates: list[FoundDate], statuses: list[Fact],
               sents: list[Sentence], names: list[tuple[int, int]] | None = None) -> list[Fact]:
    """Dates given a meaning by the nearest cue in their sentence: birth, death, a status,
    or another event (funeral, farewell, citizenship, contract, mobilisation, award)."""
    out: list[Fact] = []
    names = names or []
    # a notice denied ("гибель пока не подтверждена") still takes the date beside it, to date
    # nothing: no day the death became known, and no death
    events = [(m.start(), m.end(), "denied" if kind == "reported" and (
        denied(text, m.start()) or _kin_papers(text, m.start())) else kind)
              for kind, pattern in _EVENTS for m in pattern.finditer(text)]
    verbs = _event_verbs(text, events, sents)
    events += [(a, b, kind) for a, b, kind, _ in verbs]
    noun_of = {(a, b): noun for a, b, _, noun in verbs}
    # "датою смерті визначено 12 березня": the noun of death there names the date after it,
    # no death of its own to date another ("У рішенні від 2 вересня датою смерті …")
    named = [(m.start(), m.end()) for m in _DEATH_DATE.finditer(text)]
    statuses = [s for s in statuses
                if not any(a < s.end and s.start < b for a, b, _ in events)
                and not any(a <= s.start < b for a, b in named)
                and not _UNDATED.match(text[s.start : s.end])
                and not denied_after(text, s.end)]  # "гибель пока не подтверждена"
    for d in dates:
        extra = {"precision": d.precision, "relative": d.relative}
        if d.kind == "birth_year":
            out.append(Fact("birth_date", d.value, d.start, d.end, extra))
            continue
        if d.kind == "report":  # "по данным военкомата на 1 марта": the report's, nobody's
            continue
        if d.kind in ("bracket_death", "bracket_birth"):
            # "сержант Щукин Е.А. (2023)" in a list of the dead; "Сыроватский (1994)"
            after_name = any(re.fullmatch(r"\.?\s*\(\s*", text[e : d.start]) for _, e in names)
            dead = any(s.value in DEATH_STATUSES for s in statuses)
            if after_name and d.kind == "bracket_birth":
                out.append(Fact("birth_date", d.value, d.start, d.end, extra))
            elif after_name and dead:
                out.append(Fact("death_date", d.value, d.start, d.end, extra))
            continue
        if d.kind in ("range_birth", "range_death"):
            first = d if d.kind == "range_birth" else None
            if first is None:
                prev = [x for x in dates if x.kind == "range_birth" and x.end <= d.start]
                first = prev[-1] if prev else d
            if is_life_range(text, first, names):
                name = "birth_date" if d.kind == "range_birth" else "death_date"
                out.append(Fact(name, d.value, d.start, d.end, extra))
            continue
        if _entry_end_death(text, d, statuses):
            out.append(Fact("death_date", d.value, d.start, d.end, extra))
            continue  # "• Д. Ю. Колесов, «Кедр», Бийск — 18.02.2023" in a list of the dead (the
            # entry's structure over any cue in it: "…, с отрядом с июля 2022 — 18.02.2023")
        sent = sents[sentence_index(sents, d.start)] if sents else None
        lo = max(d.start - CUE_DISTANCE, sent.start if sent else 0)
        hi = min(d.end + CUE_DISTANCE, sent.end if sent else len(text))
        cues: list[tuple[int, int, str, Status | str | None, bool]] = [
            *((m.start(), m.end(), "birth", None, False) for m in _BIRTH.finditer(text, lo, hi)),
            *((f.start, f.end, "status", f.value, bool(f.extra.get("plural")))
              for f in statuses if not _CAPTIVE_NOUN.fullmatch(text, f.start, f.end)
              and not f.extra.get("home")),
            # home from the war: another event of his ("в сентябре вернулся домой после
            # помилования"), not a capture
            *((f.start, f.end, "event", "other", bool(f.extra.get("plural")))
              for f in statuses if f.extra.get("home")),
            *((a, b, "event", kind, _plural_verb(text, *noun_of.get((a, b), (a, b))))
              for a, b, kind in events),
            *((m.start(), m.end(), "death", None, False)
              for m in _DEATH_DATE.finditer(text, lo, hi) if m.end() <= d.start),
            # the strike or shelling the date is of: the day of a death or a wound told apart
            *((a, b, "incident", None, False) for a, b in incident_cues(
                text, lo, hi, d.end, d.precision, d.kind, ((f.start, f.end) for f in statuses))),
        ]
        best: tuple[float, str, Status | str | None, bool, int, int] | None = None
        for start, end, kind, value, plural in cues:
            if end <= lo or start >= hi or (d.kind in ("ahead", "same_time") and kind != "event"
                                            ) or (d.kind == "same_time" and start < d.end
                                                  and d.start < end):
                continue  # "завтра": only an event announced is dated after publication; "в
                # тот же день" dates an event, a fate's is the battle's (same_battle)
            if kind == "birth" and end <= d.start and _BIRTH_AFTER.fullmatch(text[start:end]):
                continue  # "1992 р.н., 3 серпня … загинув": the marker belongs to the date before
            if kind == "birth" and _EVENT_YEAR.fullmatch(text, start, end) and _EVENT_DATE.match(
                    text, d.start, d.end):
                continue  # "підписав контракт у жовтні 2024 р.": "р." is "року", no birth
            if kind == "birth" and _OWN_YEAR.search(text, max(0, start - 24), start) and not (
                    d.end <= start and _OWN_GAP.fullmatch(text, d.end, start)):
                continue  # "сегодня хоронили Ивана (1995 г.р.)", "2003 года рождения, пропавший
                # в ноябре": a marker written after its own year dates no other date
            if kind == "status" and start >= d.end and _SET_OFF.search(text, d.end, start) and (
                    _participle(text[start:end])):
                continue  # "Сегодня открыта стела памяти земляков, павших …": not the death's
            if start >= d.end and _NEXT_ITEM.fullmatch(text, d.end, start):
                continue  # "контракт, підписаний 14 листопада, та паспорт …": the next item's
            if kind == "event" and _AFTER_IT.search(text, max(0, start - 12), start):
                continue  # "після строкової служби у 2023 році підписав контракт": before it
            if value in ("reported", "published") and end <= d.start and ":" in text[
                    end : d.start]:
                continue  # "Сегодня пришла весть: 24 февраля … погиб", "Обнародованы данные:
                # 3 марта … погиб": the news's content
            between = text[end : d.start] if end <= d.start else text[d.end : start]
            if _CLAUSE_BREAK.search(between) and not (end <= d.start
                                                      and _ELLIPSIS.search(between)):
                continue
            dist = d.start - end if end <= d.start else (start - d.end) * 1.5
            if end <= d.start and kind == "event" and _NEXT_CLAUSE.search(between) and not (
                    _SET_OFF.search(text, d.end, d.end + 2)):
                # "Проходив строкову службу, у березні підписав контракт", "служил по призыву
                # и в мае подписал контракт": a cue set off by a comma or a conjunction is
                # farther than the verb the date runs into
                dist += SET_OFF_PENALTY
            if later_clause(text, d.end, start):
                dist += LATER_CLAUSE  # "заключивший контракт … 15 мая 2024 года, погиб …"
            if kind == "incident":
                dist += INCIDENT_PENALTY  # what no status or event of the sentence claims
            if best is None or dist < best[0]:
                best = (dist, kind, value, plural, start, end)
        if best is not None and best[1] == "event" and best[2] in ("denied", "published"):
            continue
        if best is None:
            heading = _schedule_event(text, d, events)
            # "…церемонии прощания с земляками:\n10 июня, 11:00 — …"
            if heading is not None and heading not in ("denied", "published") and not period_event(
                    text, d.start, heading):
                out.append(Fact("other_date", d.value, d.start, d.end,
                                {**extra, "event": heading}))
            continue
        _, kind, value, plural, _, _ = best
        if plural:
            extra = {**extra, "plural": True}
        if kind == "birth":
            out.append(Fact("birth_date", d.value, d.start, d.end, extra))
        elif kind == "incident":  # "Вечером 12 мая ВСУ обстреляли село"
            out.append(incident_fact(text, (best[4], best[5]), d.value, d.start, d.end, extra))
        elif kind == "death":  # "датой смерти признан 2 марта 2023 года"
            out.append(Fact("death_date", d.value, d.start, d.end, extra))
        elif kind == "event":
            if period_event(text, d.start, str(value)):
                continue  # "гибель подтверждена 21–27 августа", "с февраля 2022 года"
            told = same_event(str(value), d.start, [
                (f.end, str(f.extra.get("event")), str(f.value), f.extra.get("precision"))
                for f in out if f.field == "other_date"]) if d.kind == "same_time" else None
            if told is not None:  # "подписавшего контракт в тот же день": the contract's day
                d = replace(d, value=told[0])
                extra = {**extra, "precision": told[1]}
            out.append(Fact("other_date", d.value, d.start, d.end,
                            {**extra, "event": value, "cue": (best[4], best[5])}))
            pair = paired_ceremony(text, (lo, hi), str(value), events)
            if pair is not None:  # "Прощання та чин похорону — 3 квітня": both ceremonies'
                out.append(Fact("other_date", d.value, d.start, d.end,
                                {**extra, "event": pair, "cue": (best[4], best[5])}))
        else:
            cued = {**extra, "cue": (best[4], best[5])}
            out.append(Fact("status_date", d.value, d.start, d.end, {**cued, "status": value}))
            if value in DEATH_STATUSES:
                out.append(Fact("death_date", d.value, d.start, d.end, cued))
    return out
