"""Military unit, rank, branch of service and recruitment channel, kept apart.

The unit is normalised to the nominative ("в 37-й отдельной мотострелковой
бригаде" → "37-я отдельная мотострелковая бригада"); the branch (vocab.Branch)
comes from the unit's type or from words such as "десантник"; the recruitment
channel (vocab.Channel) from cues such as "мобилизован", "Шторм Z", "ЧВК".
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from headcount.extract.gazetteer import Gazetteer
from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.extract.sentences import sentence_end, sentence_start
from headcount.extract.text import Token
from headcount.extract.verdicts import sentenced_here, served_before
from headcount.vocab import Branch, Channel

RANKS = (
    "рядовой", "ефрейтор", "младший сержант", "сержант", "старший сержант", "старшина",
    "главный старшина", "главный корабельный старшина", "прапорщик", "старший прапорщик",
    "мичман", "старший мичман", "младший лейтенант", "лейтенант", "старший лейтенант",
    "капитан", "майор", "подполковник", "полковник", "генерал-майор", "генерал-лейтенант",
    "генерал-полковник", "генерал армии", "матрос", "старший матрос", "капитан-лейтенант",
    "капитан третьего ранга", "капитан второго ранга", "капитан первого ранга",
    "капитан 3 ранга", "капитан 2 ранга", "капитан 1 ранга",
    "старшина 1 статьи", "старшина 2 статьи", "старшина первой статьи", "старшина второй статьи",
)

_ADJ = (r"(?:(?:отдельн|гвардейск|мотострелков|танков|десантно-штурмов|парашютно-десантн|"
        r"воздушно-десантн|артиллерийск|реактивн|ракетн|инженерн|разведывательн|штурмов|"
        r"стрелков|зенитн|общевойсков|механизированн|пехотн|морск|горн|береговой|"
        r"оперативн|мотопехотн|самоходн|сапёрн|саперн|понтонн|связ|специальн|территориальн|"
        r"добровольческ|казачь|армейск|гаубичн|миномётн|минометн|авиационн|вертол[её]тн|"
        r"радиотехническ|ремонтн|медицинск|комендантск|десантн|флотск|огнемётн|огнеметн)\w*|"
        r"гв\.)")
_HEAD = r"(бригад|дивизион|дивизи|полк|батальон|арми|корпус|отряд|рот|флотили)\w*"
_NUMBERED = re.compile(
    rf"\b(\d{{1,4}})(?:\s?-?\s?(?:я|й|го|ой|му|м|ю|ая|ого|ому|ом|ый|ий))?\s+"
    # a proper adjective among them: "1-я Славянская бригада", "4-я Кантемировская дивизия"
    rf"((?:(?:{_ADJ}|(?-i:[А-ЯЁ])[а-яё]+(?:ая|ой|ую|ий|ый|ого|ому|ом|ым))\s+){{0,5}}){_HEAD}"
    r"((?:\s+(?:морской\s+пехоты|специального\s+назначения|особого\s+назначения|"
    r"материально-технического\s+обеспечения))?(?:\s*\((?:горн|арктическ)\w*\))?)",
    re.I,
)
#: a numbered formation by its abbreviation ("64-й омсбр", "1-го гв. мсп", "255 МСП")
_ABBREVIATED_UNIT = re.compile(
    r"\b(\d{1,4})(?:\s?-?\s?(?:я|й|го|ой|му|м|ю|ая|ого|ому|ом|ый|ий))?\s+((?:гв\.?\s*)?)"
    r"(омсбр|мсбр|одшбр|дшбр|обрмп|обрсн|обрспн|оабр|обмп|омсб|одшб|дшб|мсп|мсд|дшп|пдп|"
    r"вдд|дшд|тп|тд|сп|ап|адн|зрп|оисб)\b", re.I)
_MILITARY_UNIT = re.compile(
    r"\b(?:в/ч|в\.\s?ч\.|(войсков|воинск)\w+\s+част\w+)\s*(?:№\s*)?(\d{4,5})\b", re.I
)
#: what may follow a formation and belongs to its name, as written: the formation above it
#: in the genitive ("1-й мотострелковый батальон 255-го мотострелкового полка"), a name in
#: quotes ("93-я бригада «Холодный Яр»"), a name in brackets ("отряд «Терек» (БАРС-2)"), a
#: capitalised complement ending in an abbreviation ("корпуса Народной милиции ДНР")
_ABOVE = re.compile(
    rf"\s+\d{{1,4}}(?:\s?-?\s?(?:го|ой|й))?\s+(?:{_ADJ}\s+){{0,4}}"
    r"(?:бригад[ыи]|дивизии|полка|батальона|армии|корпуса|дивизиона|отряда|флотилии)\b", re.I)
#: the military unit a formation belongs to, in the genitive as written ("1-й мотострелковый
#: батальон войсковой части 29760", "2-я рота в/ч 12345")
_ABOVE_PART = re.compile(r"\s+(?:(?:войсков|воинск)\w+\s+част\w+\s*(?:№\s*)?|в/ч\s*)\d{4,5}\b",
                         re.I)
#: a fleet or a military district a formation belongs to ("бригада морской пехоты
#: Тихоокеанского флота", "полк Южного военного округа")
_FLEET = re.compile(r"\s+[А-ЯЁ][а-яё]+(?:ого|ой)\s+(?:флота|флотилии|военного\s+округа)\b")
_UNIT_NAME = re.compile(r"\s*«[^»\n]{2,30}»")
_UNIT_BRACKET = re.compile(r"\s*\((?:БАРС|Барс|ОБТФ|ДШБ|ОМСБр|«)[^()\n]{0,25}\)")
_COMPLEMENT = re.compile(r"\s+(?:[А-ЯЁ][а-яё]+\s+){1,2}(?:[а-яё]+\s+)?[А-ЯЁ]{2,5}\b|"
                         r"\s+(?:ВДВ|ВМФ|ДНР|ЛНР|ЮВО|ЗВО|ЦВО|ВВО|ЛенВО|МВО)\b")
#: a formation of the other side ("47-я бригада ВСУ", "украинской 47-й бригады")
_ENEMY_BEFORE = re.compile(r"(?:украинск\w+|ВСУ|ЗСУ|противника)\s+(?:\w+\s+){0,1}$", re.I)
_ENEMY_AFTER = re.compile(r"\s+(?:ВСУ|ЗСУ|Украины|ВС\s+Украины)\b")
#: a surrender or a capture to the soldiers of a formation: theirs, not the captive's
#: ("потрапив у полон до бійців 225-го батальйону", "сдался в плен бойцам 47-й бригады")
CAPTORS_BEFORE = re.compile(
    r"(?:[ув]\s+полон\w*|в\s+плен\w*)\s+(?:(?:до|к|ко)\s+)?(?:[\w'’-]+\s+)?"
    r"(?:бійц|воїн|військов|захисник|десантник|морпіх|штурмовик|прикордонник|нацгвардійц|"
    r"бойц|воин|военн|морпех|пограничник|оператор)\w*\s+"
    # one formation of several: "здався в полон бійцям однієї з бригад ЗСУ"
    r"(?:одн\w+\s+(?:з|із|из)\s+)?"
    # the formation's number and adjectives before its noun: "военнослужащими 47-й
    # отдельной механизированной бригады «Маглев»"
    r"(?:\d{1,3}[-‑–]?[а-яёіїєґ]{0,3}\s+)?(?:[а-яёіїєґ'’-]+(?:ой|ей|ого|его|ых|их|ої|ього)\s+){0,3}$",
    re.I)
#: a formation that acts against the enemy ("бойцы 47-й бригады взяли в плен", "оператори
#: дронів 3-ї штурмової бригади знищили розрахунок"): the side that captured or killed
AGENT_AFTER = re.compile(
    r"[^.;:!?]{0,40}?\b(?:знищ\w*|уничтож\w*|взял\w*\s+в\s+(?:плен|полон)|взяли?\s+в\s+полон|"
    r"захопи\w*|захвати\w*|ураз\w*|пораз\w*|ліквідува\w*|ликвидирова\w*|полонил\w*|"
    r"пленил\w*|затрима\w*|задержа\w*|пленных|полонених|допит\w*|допрос\w*)", re.I)
#: serving in a formation: it is the person's, whichever side ("служил … в 92-й бригаде ВСУ")
_SERVED_BEFORE = re.compile(r"\b(?:(?:про|от|пере|до|від|за)?служ\w+|воевал\w*|воюет|"
                            r"в\s+составе|мобилизова\w+\s+в)[^.;!?]{0,40}$", re.I)
#: a formation without a number where someone served ("служил в мотострелковом полку",
#: "служил в морской пехоте"): named by its kind, when the text names no other
_SERVED_IN = re.compile(
    rf"\b(?:служ\w+|воевал\w*|воюет|проходил\w*\s+службу|контракт\w*)\s+(?:[а-яё]+\s+){{0,2}}?"
    rf"(?:в|во)\s+(?:(?P<adjs>(?:{_ADJ}\s+){{1,3}}){_HEAD}\b|(?P<marines>морской\s+пехоте|"
    r"морпехе)|(?P<vdv>ВДВ|десантных\s+войсках|воздушно-десантных\s+войсках))", re.I)
_NAMED = re.compile(
    r"\b((?:(?i:штурмов|добровольческ|отдельн|специальн|разведывательн|интернациональн)\w+\s+)"
    r"{0,2}(?i:отряд|батальон|бригад|интербригад|полк|подразделени|спецподразделени|спецназ|"
    r"формировани|группировк|"
    r"ЧВК|ПВК|дивизион)\w*)\s+(?:имени\s+([А-ЯЁ]\w+)|[«\"“„]([^»\"”“]{2,30})[»\"”“])"
)
_BARE = re.compile(r"«?\bШторм(?:а|у|е|і|ом)?[- ]?[«\"]?([ZV])[»\"]?»?|\bЧВК\s+[«\"]?Вагнер[»\"]?|"
                   r"\bгруппы\s+Вагнера|\b[Вв]агнеровц?\w*|«?\b(БАРС)[- ]?(\d{1,2})\b»?|"
                   r"(«Вагнер\w*»)")
#: named units known by the name alone: "отряд «Шторм Z»" is "Шторм Z"
_BY_NAME = re.compile(r"Шторм(?:а|у|е|і|ом)?[- ]?[ZV]|БАРС[- ]?\d{1,2}$")

_HEAD_GENDER = {"бригад": "femn", "дивизи": "femn", "арми": "femn", "рот": "femn",
                "флотили": "femn", "полк": "masc", "батальон": "masc", "корпус": "masc",
                "дивизион": "masc", "отряд": "masc"}
_HEAD_NOM = {"бригад": "бригада", "дивизи": "дивизия", "арми": "армия", "рот": "рота",
             "флотили": "флотилия", "полк": "полк", "батальон": "батальон", "корпус": "корпус",
             "дивизион": "дивизион", "отряд": "отряд"}

_BRANCH_CUES: tuple[tuple[Branch, re.Pattern[str]], ...] = tuple(
    (b, re.compile(p, re.I))
    for b, p in (
        (Branch.MARINES, r"морск\w+\s+пехот\w*|морпех\w*"),
        (Branch.AIRBORNE, r"десантно-штурмов\w*|парашютно-десантн\w*|воздушно-десантн\w*|"
                          r"\bВДВ\b|десантник\w*"),
        (Branch.SPECIAL_FORCES, r"специального\s+назначения|спецназ\w*"),
        (Branch.TANK, r"танков\w+\s+(?:бригад|дивизи|полк|батальон|арми)\w*|танкист\w*"),
        (Branch.ARTILLERY, r"артиллер\w*|ракетн\w+\s+(?:бригад|дивизи|полк)\w*|"
                           r"реактивн\w+\s+артиллер\w*"),
        (Branch.MOTOR_RIFLE, r"мотострелк\w*|мотострелков\w*"),
        (Branch.NATIONAL_GUARD, r"Росгварди\w*|росгвардеец|ОМОН\w*|СОБР\w*"),
        (Branch.AIR_FORCE, r"\bВКС\b|лётчик\w*|летчик\w*|военно-воздушн\w*"),
        (Branch.NAVY, r"\bВМФ\b|Черноморск\w+\s+флот\w*|Северн\w+\s+флот\w*|"
                      r"Тихоокеанск\w+\s+флот\w*|Балтийск\w+\s+флот\w*"),
        (Branch.FSB, r"\bФСБ\b|пограничник\w*"),
        (Branch.POLICE, r"\bМВД\b|полицейск\w+|полици[яиюей]"),
    )
)

_CHANNEL_CUES: tuple[tuple[Channel, re.Pattern[str]], ...] = tuple(
    (c, re.compile(p, re.I))
    for c, p in (
        (Channel.PRISONER, r"Шторм(?:а|у|е|і|ом)?[- ]?[«\"]?[ZV]|заключ[её]нн\w*|"
                           r"отбыва\w*\s+наказани\w*|"
                           # held in a colony or a prison ("сидевший в колонии за разбой",
                           # "сидів у колонії", "сидел в ИК-6")
                           r"(?<![\w-])(?:сид(?:ел|ела|ели|евш|ящ|ит|ів|іла|іли)|відсиджу)\w*\s+"
                           r"(?:\w+\s+)?(?:в|во|у)\s+(?:исправительн\w+\s+|виправн\w+\s+)?"
                           r"(?:колони|тюрьм|тюрм|в['’]язниц|ИК\b|ІК\b|СИЗО|СІЗО)\w*|"
                           r"\b(?:из|з|із)\s+(?:тюрьм|тюрм|в['’]язниц)\w*|"
                           # serving a term ("отбывал срок в ИК-6", "відбував покарання")
                           # ("отбывал в копейской ИК-6 срок", "відбував у колонії № 8 строк")
                           r"отбыва\w*\s+(?:[\w№-]+\s+){0,5}?срок\w*|"
                           # the term first ("Срок он отбывал в ИК-10", "Покарання він
                           # відбував у колонії", "наказание отбывает в ИК-2")
                           r"\b(?:срок|наказани[еяю]|покаранн[яю]|строк|термін)\s+"
                           r"(?:[\w№-]+\s+){0,3}?(?:отбыва|відбува)\w*|"
                           # recruited in a colony ("был завербован в колонии", "завербовали в
                           # «Вагнер» прямо в колонии")
                           r"(?:завербова|завербува|вербова|вербу|набира|набра)\w*\s+(?:[\w«»\"-]+\s+){0,4}?"
                           r"(?:в|во|из|у|з|із)\s+(?:исправительн\w+\s+|виправн\w+\s+)?"
                           r"(?:колони|колоні|ИК\b|ІК\b|тюрьм|в['’]язниц)\w*|"
                           # recruiters who came to a colony ("согласился на предложение
                           # вербовщиков, приехавших в колонию", "вербувальники приїхали до ІК-6")
                           r"(?:вербовщик|вербувальник)\w*,?\s+(?:[\w«»\"-]+\s+){0,4}?"
                           r"(?:в|во|у|до)\s+(?:исправительн\w+\s+|виправн\w+\s+)?"
                           r"(?:колони|колоні|ИК\b|ІК\b|тюрьм|в['’]язниц|зон[уиі]\b)\w*|"
                           r"відбува\w*\s+(?:[\w№-]+\s+){0,4}?(?:покаранн|строк|термін)\w*|"
                           r"исправительн\w+\s+колони\w*|осужд[её]нн\w*|из\s+колонии|"
                           r"бывш\w+\s+(?:заключ|осужд)\w*|подозреваем\w*|обвиняем\w*|"
                           # a convict, not a prison term passed ("до 10 років ув'язнення")
                           r"засуджен\w*|ув['’]язнен(?!ня|ню|ням|ні)\w*|"
                           # recruited in a colony (not a prisoner of war held in one)
                           r"\b(?:з|із|в|у)\s+колоні[їяюяхй]\w*(?!\s+(?:для|військовополонених))|"
                           r"\bиз\s+колоний\b(?!\s+для)|"
                           r"\b(?:из|з|із)\s+(?:ИК|ІК|СИЗО|СІЗО)-?\d*|"
                           # a list entry's colony by its number ("Кузнецов П. С., ИК-2,
                           # Екатеринбург", "ВК-10"): where he was taken from
                           r"(?<![\w-])(?-i:ИК|ІК|ВК|IK)-\d{1,3}\b"),
        # Wagner's own nicknames, in quotes ("ушёл в «оркестр»", "к «музыкантам»"; not
        # "играл в оркестре")
        (Channel.PMC, r"\bЧВК\b|\bПВК\b|Вагнер\w*|\bчастн\w+\s+военн\w+\s+компани\w*|"
                      r"[«\"“„](?:оркестр|музыкант)\w*[»\"”“]"),
        (Channel.VOLUNTEER_FORMATION,
         # not a civilian volunteers' detachment ("добровольческого медицинского отряда")
         r"добровольческ\w*\b(?!\s+(?:медицинск|санитарн|поисков|волонт[её]рск|гуманитарн)\w*)|"
         # BARS in capitals or numbered, not the call sign "Барс" ("позывной «Барс»")
         r"(?-i:\bБАРС\b)|\bБарс[- ]\d{1,2}\b|"
         # "доброволец батальона", "добровольцем вступил в батальон имени Шаймуратова"
         r"добровол(?:ец|ьц\w+)\s+(?:(?!поисков|медицинск|санитарн|волонт)"
         r"[а-яё]+\s+){0,3}?(?:батальон|отряд|бригад|формировани|подразделени|интербригад)\w*|"
         r"добровольн\w+\s+(?:отряд|батальон)\w*|"
         # named volunteer units: a unit's name only after a unit word or in quotes (Баир,
         # Тигр, Сомали are also a given name, an armoured car, a country); not a given name
         # before its surname ("контрактник 37-й бригады Баир Цыренов")
         r"(?:батальон\w*|отряд\w*|бригад\w*|подразделени\w*|ПДД)\s+«?"
         # (Ахмат, Баир only, and only before one more capitalised word: "батальона Баир
         # Цыденжап Дашиев" is the unit's and then a man's name)
         r"(?:(?:Ахмат|Баир)(?-i:(?![ \t]+[А-ЯЁ][а-яё]+(?![а-яё])(?![ \t]+[А-ЯЁ][а-яё])))|"
         r"Пятнашк\w*|Эспаньол\w*|Спарт\w*|Сомали|Русич\w*|Тигр\w*)|"
         r"«(?:Ахмат\w*|Пятнашк\w*|Баир|Эспаньол\w*|Спарт\w*|Сомали|Русич\w*)»|"
         r"\b(?:Пятнашк\w+|Эспаньол\w*|Русич\w*)\b"),
        (Channel.MOBILISED, r"мобилизова\w*|мобилизаци\w*|по\s+мобилизации|мобілізова\w*|"
                            r"мобілізаці\w*|повестк\w*|повістк\w*"),
        (Channel.CONSCRIPT, r"срочн\w+\s+служб\w*|срочник\w*|по\s+призыву|призывник\w*|"
                            # called up into the army, not by mobilisation ("был призван в
                            # армию в декабре 2023 года", "призвали до армії")
                            r"призва\w*\s+(?:\w+\s+){0,3}?(?:в\s+(?:армию|ряды\s+(?:\w+\s+)?"
                            r"армии|ряды\s+Вооруж[её]нн\w+\s+сил\w*)|до\s+(?:лав\s+)?армії)"
                            r"(?![^.;!?]{0,40}мобилиз|[^.;!?]{0,40}мобіліз)|"
                            r"строков\w+\s+служб\w*|строковик\w*|служил\w*\s+срочную|"
                            r"срочк\w+|на\s+срочной\b"),
        # a contract, or recruited: "завербованных для работы «помощниками»" (a foreigner's
        # is foreign_contract; recruited from a colony or into Wagner, prisoner or pmc win)
        (Channel.CONTRACT, r"контракт\w*|завербова\w*|вербовщик\w*|завербува\w*"),
        (Channel.REGULAR, r"кадров\w+\s+(?:военн|офицер|военнослужащ|сержант|прапорщик)\w*|"
                          r"\bбыл\w*\s+кадров(?:ый|ым)\b|(?:командн|общевойсков|военн|"
                          r"танков|десантн|лётн|летн|артиллерийск|суворовск|нахимовск)\w*\s+"
                          r"(?:[а-яё]+\s+)?(?:училищ|академи)\w*|училищ\w*\s+(?:ВДВ|ВМФ|ВКС|"
                          r"РВСН|ПВО|связи|тыла)\b|"
                          # Ukrainian: "випускник Одеської військової академії"
                          r"(?:військов|командн|загальновійськов|танков|десантн|льотн|"
                          r"артилерійськ|суворовськ)\w*\s+(?:[а-яіїєґ'’]+\s+)?"
                          r"(?:училищ|академі)\w*"),
    )
)
#: channels a text may tell one after another: the later step wins ("призван на срочную
#: службу, а в августе подписал контракт" → contract)
SEQUENTIAL = frozenset({Channel.MOBILISED, Channel.CONSCRIPT, Channel.CONTRACT, Channel.REGULAR})
#: a person with several channel cues gets the first of these
CHANNEL_PRIORITY = tuple(c for c, _ in _CHANNEL_CUES)
#: the order in which a person's channel cues decide
CHANNEL_ORDER = (Channel.PRISONER, Channel.PMC, Channel.VOLUNTEER_FORMATION, Channel.MOBILISED,
                 Channel.CONSCRIPT, Channel.FOREIGN_CONTRACT, Channel.CONTRACT, Channel.REGULAR)
#: a contract with the state's army, not with a company ("подписал контракт с Минобороны")
_STATE_CONTRACT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:с|з)\s+(?:Минобороны|Міноборони|министерством\s+обороны|"
    r"міністерством\s+оборони|(?:российской\s+|російською\s+)?арми[ей]|армією|ВС\s+РФ|"
    r"Вооруж[её]нными\s+силами)|\s+(?:\w+\s+){0,2}?with\s+the\s+(?:Russian\s+)?(?:army|"
    r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)", re.I)


#: a military company's name as a unit ("ЧВК «Вагнер»", "ПВК «Редут»", "Wagner Group")
_COMPANY_UNIT = re.compile(r"\b(?:ЧВК|ПВК|PMC)\b|Вагнер|Wagner")


def company_channels(mentions: list[dict[str, Any]]) -> None:
    """A military company's fighter with no channel cue of his own came by the company
    ("three more Wagner mercenaries … 2) Sergei Lysenko, died of wounds": unit Wagner, channel
    pmc); a convict's cue, when there is one, has said prisoner already."""
    for m in mentions:
        unit = m.get("unit")
        if m.get("channel") is None and unit and _COMPANY_UNIT.search(str(unit)):
            m["channel"] = Channel.PMC.value
            evidence = m.get("evidence")
            if isinstance(evidence, dict) and "unit" in evidence:
                evidence["channel"] = {**evidence["unit"], "rule": "inferred"}


#: the army's storm units "Шторм V" / "Storm-V" (not Storm-Z, the convicts')
_STORM_V = re.compile(r"[«\"„“]?(?:Шторм(?:а|у|е|і|ом)?|Storm|Shtorm)[- ]?[«\"„“]?[VВ]", re.I)


#: a step named as the one left or done before ("подписал контракт прямо со срочной службы",
#: "після строкової служби підписав контракт", "signed a contract after his conscript
#: service"): told later, it is the earlier step
_FROM_STEP = re.compile(r"(?<![\w-])(?:со|с|зі|із|з|после|після|from|after|по\s+окончании|"
                        r"по\s+закінченні)\s+(?:(?:his|the|completing|finishing|своей|своєї|"
                        r"окончания|закінчення)\s+){0,2}$", re.I)


def _earlier_step(text: str, cue: Fact) -> bool:
    return bool(text) and _FROM_STEP.search(text, max(0, cue.start - 30), cue.start) is not None


def pick_channel(channels: list[Fact], text: str = "") -> Fact:
    """A person's channel from his cues: prisoner > pmc > volunteer formation > the sequence
    mobilised / conscript / contract / regular, where the step told last wins ("призван на
    срочную службу, а в августе подписал контракт" → contract); a company's fighter who later
    signed with the army is under contract ("воевал в ЧВК «Вагнер», после её расформирования
    … подписал контракт с Минобороны")."""
    best = min(channels, key=lambda f: (CHANNEL_ORDER.index(f.value), f.start))
    if best.value == Channel.PRISONER and text and any(
            f.value != Channel.PRISONER for f in channels) and all(
            _STORM_V.fullmatch(text, f.start, f.end) for f in channels
            if f.value == Channel.PRISONER):
        # "подписал контракт и попал в «Шторм V»", "мобилизован, служил в «Шторм V»": the
        # army's storm unit takes contract and mobilised soldiers too; no convict's word, his
        # other cue tells how he came
        return pick_channel([f for f in channels if f.value != Channel.PRISONER], text)
    if best.value in SEQUENTIAL:  # a sequence: the later step wins
        return max((f for f in channels if f.value in SEQUENTIAL),
                   key=lambda f: (not _earlier_step(text, f), f.start))
    if best.value == Channel.PMC and text:
        later = [f for f in channels if f.value == Channel.CONTRACT and f.start > max(
            g.end for g in channels if g.value == Channel.PMC) and _STATE_CONTRACT.match(
            text, f.end)]
        if later:
            return later[-1]
    return best


@cache
def _ranks() -> Gazetteer[str]:
    return Gazetteer((r, r) for r in RANKS)


def _adj_nom(word: str, gender: str) -> str:
    for p in parses(word.lower()):
        if "ADJF" in p.tag.grammemes:
            form = p.inflect({"nomn", "sing", gender})
            if form:
                return form.word
    return word.lower()


def _adjs_nom(words: str, gender: str) -> list[str]:
    """Adjectives of a unit in the nominative, "гв." written out ("гвардейская")."""
    out = []
    for w in words.split():
        adj = _adj_nom("гвардейский" if w.lower() == "гв." else w, gender)
        out.append(adj[:1].upper() + adj[1:] if w[:1].isupper() and not re.match(
            _ADJ, w, re.I) else adj)  # a proper adjective keeps its capital ("Славянская")
    return out


def _numbered(m: re.Match[str]) -> str:
    head = m.group(3).lower()
    gender = _HEAD_GENDER[head]
    adjs = _adjs_nom(m.group(2), gender)
    tail = m.group(4).strip()
    if tail.startswith("("):
        tail = "(" + _adj_nom(tail.strip("()"), gender) + ")"
    suffix = "-я" if gender == "femn" else "-й"
    word = re.match(r"\w+", m.string[m.start(3) :])
    if bare_number(m) and word is not None and word.group(0) == _HEAD_NOM[head]:
        suffix = ""  # "150 мотострелковая дивизия": in the nominative, as written
    return " ".join(x for x in (m.group(1) + suffix, *adjs, _HEAD_NOM[head], tail) if x)


def bare_number(m: re.Match[str]) -> bool:
    """The formation's number is written without an ordinal's ending ("150 мотострелковая
    дивизия", "1435 мсп")."""
    return m.group(0)[len(m.group(1)) :].lstrip()[:1] not in ("-", "–") and not re.match(
        r"[а-яё]", m.group(0)[len(m.group(1)) :], re.I)


def _named(m: re.Match[str]) -> str:
    words = m.group(1).split()
    head = words[-1]
    if head.upper() in ("ЧВК", "ПВК"):
        kind = head.upper()
    else:
        stem = next((s for s in _HEAD_NOM if head.lower().startswith(s)), "")
        gender = _HEAD_GENDER.get(stem, "masc")
        noun = _HEAD_NOM.get(stem) or _noun_nom(head)
        kind = " ".join([*(_adj_nom(w, gender) for w in words[:-1]), noun])
    if m.group(2):
        return f"{kind} имени {m.group(2)}"
    name = m.group(3).strip()
    if _BY_NAME.match(name):
        return _bare_name(name)
    return f"{kind} «{name}»"


def _bare_name(name: str) -> str:
    """"Шторм-Z" → "Шторм Z", "БАРС 13" → "БАРС-13"."""
    storm = re.match(r"Шторм(?:а|у|е|і|ом)?[- ]?([ZV])", name)
    if storm:
        return f"Шторм {storm.group(1)}"
    return re.sub(r"БАРС[- ]?", "БАРС-", name)


def _noun_nom(word: str) -> str:
    for p in parses(word.lower()):
        if "NOUN" in p.tag.grammemes:
            form = p.inflect({"nomn", "sing"})
            return form.word if form else word.lower()
    return word.lower()


def find_units(text: str) -> list[Fact]:
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(value: str, start: int, end: int) -> None:
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            plural = plural_before(text, start) or plural_head(text[start:end])
            out.append(Fact("unit", value, start, end, {"plural": True} if plural else {}))

    for m in _MILITARY_UNIT.finditer(text):
        if m.group(1):  # as written, in the nominative: "в войсковую часть 31612"
            kind = "войсковая" if m.group(1).lower() == "войсков" else "воинская"
            value = f"{kind} часть {m.group(2)}"
        else:
            value = f"в/ч {m.group(2)}"
        inner = _NUMBERED.match(text, m.end() + 2) if re.match(r"\s*\(", text[m.end():]) \
            else None
        if inner is not None:  # "в/ч 41659 (1009-й мотострелковый полк)": the formation
            add(_numbered(inner), m.start(), inner.end())
            continue
        add(value, m.start(), m.end())
    for m in _NUMBERED.finditer(text):
        if _other_side(text, m.start(), m.end()):
            continue  # "взяли в плен бойцы 47-й бригады ВСУ", "сдался в плен бойцам 47-й бригады"
        value, end = _numbered(m), m.end()
        above = _ABOVE.match(text, end)
        if above is not None:  # the formation it is part of, as written
            value, end = f"{value} {above.group(0).strip()}", above.end()
        if not m.group(4) and above is None and not _ABOVE_PART.match(text, end):
            end = genitive_complement(text, end)
            value = " ".join([value, *text[m.end() : end].split()])
        part = _ABOVE_PART.match(text, end)
        if part is not None:  # "1-й мотострелковый батальон войсковой части 29760"
            value, end = f"{value} {' '.join(part.group(0).split())}", part.end()
            drop = [f for f in out if f.start < end and m.start() < f.end]
            out[:] = [f for f in out if f not in drop]
            taken[:] = [t for t in taken if not any((f.start, f.end) == t for f in drop)]
        for tail in (_UNIT_NAME, _UNIT_BRACKET, _FLEET, _COMPLEMENT):
            more = tail.match(text, end)
            if more is not None:
                name = more.group(0).strip()
                if _BY_NAME.match(name.strip("«»")):  # "1-й отряд «Шторм Z»" is Шторм Z
                    value, end = _bare_name(name.strip("«»")), more.end()
                    break
                value, end = f"{value} {name}", more.end()
        add(value, m.start(), end)
    for m in _ABBREVIATED_UNIT.finditer(text):
        abbr = m.group(3)
        femn = "бр" in abbr.lower() or abbr.lower().endswith("д")
        guards = "гв. " if m.group(2) else ""
        suffix = "" if bare_number(m) else "-я" if femn else "-й"
        add(f"{m.group(1)}{suffix} {guards}{abbr}", m.start(), m.end())
    for m in _NAMED.finditer(text):
        if captors_formation(text, m.start(), m.end()):
            continue  # "бойцы бригады «Азов» взяли в плен": the captors' formation
        value, end = _named(m), m.end()
        bracket = _UNIT_BRACKET.match(text, end)
        if bracket is not None:  # "отряд «Терек» (БАРС-2)"
            value, end = f"{value} {bracket.group(0).strip()}", bracket.end()
        add(value, m.start(), end)
    for m in _BARE.finditer(text):
        if m.group(1):
            value = f"Шторм {m.group(1)}"
        elif m.group(2):
            value = f"БАРС-{m.group(3)}"
        elif m.group(4):  # "ушёл в «Вагнер»": as written, without ЧВК
            value = "«Вагнер»"
        else:
            value = "ЧВК «Вагнер»"
        add(value, m.start(), m.end())
    if not out:
        for m in _SERVED_IN.finditer(text):
            if m.group("marines"):
                value = "морская пехота"
            elif m.group("vdv"):
                value = "ВДВ"
            else:
                stem = next(s for s in _HEAD_NOM if m.group(2).lower().startswith(s))
                value = " ".join([*_adjs_nom(m.group("adjs"), _HEAD_GENDER[stem]),
                                  _HEAD_NOM[stem]])
            add(value, m.start(), m.end())
            break
    full = next((f.value for f in out if f.value in ("ЧВК «Вагнер»", "ПВК «Вагнер»")), None)
    if full is not None:  # the company's full name once: for every «Вагнер»
        out = [Fact(f.field, full, f.start, f.end, f.extra) if f.value == "«Вагнер»" else f
               for f in out]
    out = [Fact(f.field, f.value, f.start, f.end, {**f.extra, "past": True})
           if _PAST.search(text, max(0, f.start - 60), f.start) else f for f in out]
    out.sort(key=lambda f: f.start)
    return out


#: a formation's namesake right after it ("имени контр-адмирала Михаила Билинского", "імені
#: короля Данила", "named after Rear Admiral Mykhailo Bilynskyi", "имени Ю. В. Андропова")
_NAMESAKE_AFTER = re.compile(
    r"\s+(?:имени|імені|named\s+after)\s+(?:[a-zа-яёіїєґ'’-]+\s+){0,2}?"
    r"(?:(?:[A-ZА-ЯЁІЇЄҐ]\.\s*){1,2}|(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]+\s+){0,3})[A-ZА-ЯЁІЇЄҐ][\w'’-]+")


def past_namesake(text: str, end: int) -> int:
    """Where the formation ending at ``end`` ends with its namesake, if one follows."""
    m = _NAMESAKE_AFTER.match(text, end)
    return m.end() if m else end


def _other_side(text: str, start: int, end: int) -> bool:
    """The formation at ``start``–``end`` is the other side's: named as the enemy's ("47-я
    бригада ВСУ"), acting against him ("бойцы бригады «Азов» взяли в плен") or the one he
    surrendered to ("сдался в плен бойцам 47-й бригады") — not where he served."""
    if CAPTORS_BEFORE.search(text, max(0, start - 60), start):
        return True
    return bool(_ENEMY_BEFORE.search(text, max(0, start - 30), start) or _ENEMY_AFTER.match(
        text, end) or AGENT_AFTER.match(text, past_namesake(text, end))) and not (
        _SERVED_BEFORE.search(text, max(0, start - 60), start))


def captors_formation(text: str, start: int, end: int) -> bool:
    """A named formation at ``start``–``end`` that took him prisoner or acted against him
    ("бойцы бригады «Азов» взяли в плен", "сдался в плен бойцам бригады «Азов»", "воїни
    бригади «Хартія» полонили"), unless he served in it."""
    if CAPTORS_BEFORE.search(text, max(0, start - 60), start):
        return True
    return bool(AGENT_AFTER.match(text, past_namesake(text, end))) and not (_SERVED_BEFORE.search(
        text, max(0, start - 60), start) or _SERVED_UK.search(text, max(0, start - 60), start))


_SERVED_UK = re.compile(r"\b(?:(?:про|від|до|пере)?служи\w*|воюва\w*|у\s+складі)[^.;!?]{0,40}$",
                        re.I)


#: lemmas a formation's genitive complement never has: other formations (the one above it,
#: taken by ``_ABOVE``) and time words ("служил в 5-м полку года два")
_NOT_COMPLEMENT = frozenset({"бригада", "полк", "дивизия", "армия", "корпус", "батальон",
                             "рота", "отряд", "взвод", "дивизион", "год", "месяц", "неделя",
                             "день", "время", "весна", "лето", "осень", "зима", "начало",
                             "конец", "середина", "половина", "часть", "состав"})
_LOWER_WORD = re.compile(r"\s+([а-яё]{3,}(?:-[а-яё]+)?)\b")


def genitive_complement(text: str, end: int) -> int:
    """The end of a formation's complement in the genitive after ``end``, as written ("полк
    связи", "бригада береговой обороны", "батальон радиоэлектронной борьбы"): up to two
    adjectives and an inanimate noun, all in lower case; ``end`` itself when there is none."""
    pos = end
    for _ in range(3):
        m = _LOWER_WORD.match(text, pos)
        if m is None:
            return end
        ps = parses(m.group(1))[:2]
        if any(p.tag.POS == "NOUN" and "gent" in p.tag.grammemes and "inan" in p.tag.grammemes
               for p in ps):
            if any(p.normal_form in _NOT_COMPLEMENT for p in ps):
                return end
            return m.end()
        if not any(p.tag.POS == "ADJF" and "gent" in p.tag.grammemes for p in ps):
            return end
        pos = m.end()
    return end


#: a unit someone served in before ("срочную служил в 76-й дивизии", "ранее воевал в ЧВК"),
#: not the one he is in now
_PAST = re.compile(r"(?:\b(?:ранее|раньше|прежде|когда-то|в\s+прошлом|до\s+этого|до\s+мобилизации|"
                   r"срочн\w+|на\s+срочной|раніше|колись|строков\w+)\b|\bв\s+(?:19|20)\d\d\s*"
                   r"[-–—]\s*(?:19|20)\d\d)[^.;!?]{0,40}$", re.I)


def pick_unit(units: list[Fact], text: str = "") -> Fact:
    """Of a person's units, the first one he is in now: a unit of the past ("срочную служил в
    76-й дивизии, а по контракту — в 64-й бригаде") only when there is no other; of units
    whose sentences date them by year, the latest ("В 2022 году воевал в ЧВК «Вагнер», в
    апреле 2024 года подписал контракт и служил в 36-й бригаде")."""
    best = min(units, key=lambda f: (bool(f.extra.get("past")), f.start))
    now = [f for f in units if bool(f.extra.get("past")) == bool(best.extra.get("past"))]
    years = {id(f): _year_before(text, f.start) for f in now} if text else {}
    dated = [f for f in now if years.get(id(f)) is not None]
    if len({years[id(f)] for f in dated}) > 1:
        best = max(dated, key=lambda f: (years[id(f)], -f.start))
    name = _QUOTED_NAME.search(str(best.value))
    if name is None:
        return best
    # the same named formation told more fully elsewhere ("батальона «Яик»" in the heading,
    # "вступил в добровольческий батальон «Яик»" in the text): its fullest form
    # — the same formation: one form ends the other ("батальон «Яик»" ends "добровольческий
    # батальон «Яик»"); "отдельная бригада «Восток»" is no fuller "батальон «Восток»"
    same = [f for f in units if name.group(0) in str(f.value)
            and bool(f.extra.get("past")) == bool(best.extra.get("past"))
            and _one_ends_other(str(f.value), str(best.value))]
    return max(same, key=lambda f: (len(str(f.value)), -f.start))


_QUOTED_NAME = re.compile(r"«[^»]+»")
#: a year told in a clause ("В 2022 году", "у квітні 2024-го", "In 2022"), not a unit's
#: number or a date's digits
_CLAUSE_YEAR = re.compile(r"(?<![\d.,/№-])((?:19|20)\d\d)(?![\d.,/])")


def _year_before(text: str, start: int) -> int | None:
    """The last year told in the clause before ``start`` (from the last stop, semicolon or
    comma-and), or None."""
    cut = max(text.rfind(c, 0, start) for c in ".!?;\n")
    found = _CLAUSE_YEAR.findall(text, cut + 1, start)
    return int(found[-1]) if found else None


def _one_ends_other(a: str, b: str) -> bool:
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    return a.endswith(b) or b.endswith(a)


#: rank words as obituaries, lists and court records shorten them ("с-т", "л-та", "ефр.",
#: "к-н", "п/п-к"): abbreviation → the rank word; full words are listed for a shortened
#: prefix alone ("мл. сержанта")
RU_SHORT = {
    "с-т": "сержант", "серж.": "сержант", "л-т": "лейтенант", "лейт.": "лейтенант",
    "ефр.": "ефрейтор", "ряд.": "рядовой", "к-н": "капитан", "кап.": "капитан",
    "м-р": "майор", "п/п-к": "подполковник", "п/пк": "подполковник", "подп-к": "подполковник",
    "п-к": "полковник", "п-п-к": "подполковник", "ст-н": "старшина", "пр-к": "прапорщик",
    "прап.": "прапорщик", "матр.": "матрос", "сержант": "сержант", "лейтенант": "лейтенант",
    "матрос": "матрос", "прапорщик": "прапорщик", "мичман": "мичман", "старшина": "старшина",
}
RU_PREFIXES = {"мл": "младший", "ст": "старший", "гл": "главный"}


def abbreviation_pattern(prefixes: dict[str, str], short: dict[str, str]) -> re.Pattern[str]:
    """Abbreviated ranks: an optional shortened prefix ("мл.", "ст.", "гол.") and a rank word
    or its abbreviation, in any case ending ("мл. с-та", "ст. лейтенантом"). An abbreviation
    without a prefix must stand before a name or a figure ("ефр. Галиев", "к-н 3 роты"), not
    in a phrase ("кап. ремонт", "встали в ряд. Потом")."""
    words = "|".join(re.escape(w) for w in sorted(short, key=len, reverse=True))
    lead = "|".join(re.escape(w) for w in prefixes)
    return re.compile(
        rf"(?<![\w/-])(?:({lead})\.\s*)(?:(?<![\w-])({words}))(?:(?<=[.])|[а-яёіїєґ]{{0,3}}\b)"
        rf"|(?<![\w/.-])(?<!\b[вуВУ]\s)({words})(?:(?<=[.])|[а-яёіїєґ]{{0,2}}\b)"
        r"(?=\s*(?-i:[А-ЯЁІЇЄҐA-Z]|\d))", re.I)


def rank_facts(toks: list[Token], text: str, abbreviated: re.Pattern[str],
               prefixes: dict[str, str], ranks: Gazetteer[str],
               short: dict[str, str] | None = None,
               valid: frozenset[str] = frozenset()) -> list[Fact]:  # fmt: skip
    """Ranks of ``ranks`` in the nominative, and abbreviated ones expanded: ``abbreviated``
    is an :func:`abbreviation_pattern` of ``prefixes`` ("мл" → "младший") and ``short``
    ("с-т" → "сержант"); an expansion that is not in ``valid`` (when given) is dropped."""
    out: list[Fact] = []
    for m in abbreviated.finditer(text):
        word = (short or {}).get((m.group(2) or m.group(3)).lower())
        if word is None:
            continue
        value = f"{prefixes[m.group(1).lower()]} {word}" if m.group(1) else word
        if valid and value not in valid:
            continue  # "гл. сержант" is no Russian rank
        if m.group(3) and m.group(3).lower() in _BARE_FULL:
            continue  # a full word without a prefix is found with the other ranks
        if m.group(3) and m.group(0).endswith(".") and _whole_word(m.group(3)[:-1]) and \
                not _name_after(text, m.end()):
            continue  # "Таких случаев целый ряд. В селе …": a word ending its sentence
        out.append(Fact("rank", value, m.start(), m.end()))
    out += [Fact("rank", h.value, h.start, h.end) for h in ranks.find(toks)
            if not any(f.start <= h.start < f.end for f in out)]
    if valid:
        out += [f for f in compound_ranks(text, valid)
                if not any(g.start <= f.start < g.end for g in out)]
    return sorted(out, key=lambda f: f.start)


def _whole_word(word: str) -> bool:
    """An abbreviation that is also a word ("ряд", "кап"), not only a shortening ("ефр")."""
    return any(p.is_known and "UNKN" not in p.tag for p in parses(word.lower())[:3])


_NAME_WORDS = re.compile(r"\s*([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)(\s+[А-ЯЁІЇЄҐ](?:[а-яёіїєґ'’-]+|\.))?")


def _name_after(text: str, end: int) -> bool:
    """A name after an abbreviation: a given name, surname or patronymic the dictionary knows
    as one, or two capitalised words ("ряд. Ооржак Айдын", "ряд. Галиев Т.")."""
    m = _NAME_WORDS.match(text, end)
    if m is None:
        return False
    if m.group(2):
        return True
    return any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
               for p in parses(m.group(1))[:4])


_COMPOUND = re.compile(r"(?<![\w-])([а-яёіїєґ]{4,})-([а-яёіїєґ]{3,})(?![\w-])", re.I)


def compound_ranks(text: str, valid: frozenset[str]) -> list[Fact]:
    """A one-word rank joined to what the man was ("сержант-контрактник", "рядового-
    мобилизованного", "лейтенанта-десантника"), not a rank written with a hyphen itself
    ("капитан-лейтенант", "штаб-сержант")."""
    out = []
    for m in _COMPOUND.finditer(text):
        if m.group(0).lower() in valid:
            continue
        for p in parses(m.group(1).lower())[:2]:
            lemma = p.normal_form.replace("ё", "е")
            if lemma in valid and " " not in lemma and "-" not in lemma:
                start = m.start()
                before = re.search(r"([а-яёіїєґ]+)\s+$", text[max(0, start - 20) : start], re.I)
                if before is not None:  # "старшего лейтенанта-артиллериста"
                    for q in parses(before.group(1).lower())[:2]:
                        if f"{q.normal_form} {lemma}" in valid:
                            lemma, start = f"{q.normal_form} {lemma}", start - len(
                                before.group(0))
                            break
                out.append(Fact("rank", lemma, start, m.end(1)))
                break
    return out


#: rank words written in full: found by the gazetteer, not as an abbreviation
_BARE_FULL = frozenset({"сержант", "лейтенант", "матрос", "прапорщик", "мичман", "старшина",
                        "мічман", "солдат"})
_ABBREVIATED = abbreviation_pattern(RU_PREFIXES, RU_SHORT)


#: "солдат" before a formation of Ukraine's army: that army's lowest rank, as a Russian text
#: reporting a prisoner writes it ("Солдат 57-й отдельной мотопехотной бригады Тарас …",
#: "солдата ВСУ"), not a Russian soldier ("российского солдата")
_UA_SOLDIER = re.compile(
    r"(?<![\w-])[Сс]олдат(?:а|ом)?\s+(?=(?:\d{1,3}(?:-?[а-я]{1,3})?\s+)?(?:[а-яё-]+\s+){0,2}?"
    r"(?:механизированн|мотопехотн|горно-штурмов|егерск|территориальн|терооборон)\w*|"
    r"(?:ВСУ|ЗСУ)\b)")
_NOT_UKRAINES = re.compile(r"(?:российск|русск|вражеск|чуж)\w*\s+$", re.I)
#: a counted or plural "солдат" ("десятки солдат ВСУ", "трёх солдат", "2 солдата"): many men
_COUNTED = re.compile(r"(?:\d+|десят\w*|сот\w*|тысяч\w*|несколько|нескольких|много|многих|"
                      r"множеств\w*|ряд|сотн\w*|групп\w*|дв\w+|тр[её]\w*|четыр\w*|пят\w*|"
                      r"шест\w*|сем\w*|восьм\w*|девят\w*|обо\w*|пар\w+|больш\w+|"
                      r"част\w*|сколько|столько|рот\w*|взвод\w*)\s+$", re.I)
#: the unit's words after "солдат", then his name ("солдат ВСУ Андрей Коваль")
_NAME_AFTER = re.compile(r"(?:\d{1,3}(?:-?[а-я]{1,3})?\s+)?(?:[а-яё-]+\s+){0,4}?"
                         r"(?:(?:ВСУ|ЗСУ)\s+)?(?:[а-яё-]+\s+){0,2}?(?:«[^»\n]{1,25}»\s+)?"
                         r"[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+|\s+[А-ЯЁ]\.)")
#: "солдат" as the subject: at the start of its sentence or clause, or after a verb
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:;—\n]\s*|\b(?:попал|сдал\w*|погиб|оказал\w*|был|"
                             r"стал|рассказал|заявил)\w*\s+(?:в\s+плен\s+)?)$")


def one_soldier(text: str, start: int, end: int) -> bool:
    """The soldier word at ``start`` (its unit's words from ``end``) stands for one man: not
    counted, and before his name or the subject of its sentence ("Солдат ВСУ сдался"; not
    "уничтожил десятки солдат ВСУ", where bare "солдат" is the genitive plural)."""
    before = text[max(0, start - 25) : start]
    if _COUNTED.search(before):
        return False
    if _NAME_AFTER.match(text, end):
        return True
    word = re.match(r"\w+", text[start:])
    return (word is not None and word.group(0).lower() != "солдат") or bool(
        _SUBJECT_BEFORE.search(before))


def _ua_soldier(text: str, m: re.Match[str]) -> bool:
    if _NOT_UKRAINES.search(text, max(0, m.start() - 25), m.start()):
        return False
    return one_soldier(text, m.start(), m.end()) and (
        _NAME_AFTER.match(text, m.end()) is not None
        or _SUBJECT_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) is not None)


#: a team's captain, no rank ("был капитаном волейбольной команды", "капітан збірної школи")
_TEAM_AFTER = re.compile(r"\w*\s+(?:[\w-]+(?:ой|ей|ого|ої|ної)\s+){0,2}(?:команд|сборн|збірн|"
                         r"клуб|дружин)\w*", re.I)


def find_ranks(toks: list[Token], text: str = "") -> list[Fact]:
    """Ranks, in the nominative; "мл. сержант", "ст. л-т", "ефр." expanded; "солдат" of
    Ukraine's army."""
    out = rank_facts(toks, text, _ABBREVIATED, RU_PREFIXES, _ranks(), RU_SHORT,
                     frozenset(RANKS))
    out = [f for f in out if not _TEAM_AFTER.match(text, f.end)]
    out += [Fact("rank", "солдат", m.start(), m.start() + len(m.group(0).split()[0]))
            for m in _UA_SOLDIER.finditer(text) if _ua_soldier(text, m)]
    return sorted(out, key=lambda f: f.start)


def find_branches(text: str) -> list[Fact]:
    out: list[Fact] = []
    for branch, pattern in _BRANCH_CUES:
        out.extend(Fact("branch", branch, m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(out, key=lambda f: f.start)


def find_channels(text: str) -> list[Fact]:
    """Channel cues; a cue that is a plural word for people ("Мобилизованные …", "осуждённые
    А, Б и В", "бывших заключённых") speaks of everyone it names (``plural``)."""
    out: list[Fact] = []
    for channel, pattern in _CHANNEL_CUES:
        out.extend(Fact("channel", channel, m.start(), m.end(), _number(text, m))
                   for m in pattern.finditer(text)
                   if not _NEGATED.search(text, max(0, m.start() - 25), m.start())
                   and not (channel == Channel.PRISONER
                            and (sentenced_here(text, m.start(), m.end())
                                 or served_before(text, m.start(), m.end())))
                   and not (channel == Channel.VOLUNTEER_FORMATION and _VOLUNTEER_BEFORE.search(
                       text, max(0, m.start() - 25), m.start())))
    out.extend(Fact("channel", Channel.VOLUNTEER_FORMATION, m.start(), m.end(), _number(text, m))
               for m in _QUOTED_UNIT.finditer(text)
               if _quoted_formation(text, m)
               and not _NEGATED.search(text, max(0, m.start() - 25), m.start())
               and not _VOLUNTEER_BEFORE.search(text, max(0, m.start() - 25), m.start()))
    return sorted(out, key=lambda f: f.start)


#: a battalion or detachment with a name in quotes or after someone, not numbered
#: ("батальон «Дон»", "в отряд «Вятка»", "батальйон «Кубань»", "батальона имени
#: Шаймуратова", "у батальйоні імені Шаймуратова"): a volunteer formation when
#: :func:`_quoted_formation` says
_QUOTED_UNIT = re.compile(
    r"(?<!\d\s)(?<!\d-[а-яёії]\s)(?<!\d-[а-яёії]{2}\s)(?<!\d-[а-яёії]{3}\s)"
    r"\b(?:батальон|батальйон|отряд|загін|загон)(?:а|у|е|ом|і|ові)?\s+"
    r"(?:«([А-ЯЁІЇЄҐ][^»\n]{1,25})»|(?:имени|імені)\s+([А-ЯЁІЇЄҐ][\w'’-]+))")
#: civilian detachments: a kind word before "отряд" ("строительного отряда «Буревестник»",
#: "поисковый отряд «Лиза Алерт»")
_CIVIL_KIND = re.compile(
    r"\b(?:строительн|стройотряд|студенческ|поисков|спасательн|юнармейск|пионерск|"
    r"волонт[её]рск|медицинск|санитарн|пожарн|туристическ|турист|экологическ|трудов|вожатск|"
    r"скаутск|археологическ|молод[её]жн|детск|школьн|казачь|будівельн|студентськ|пошуков|"
    r"рятувальн|волонтерськ|юнармійськ|піонерськ|медичн|пожежн|туристичн|молодіжн|дитяч|"
    r"шкільн)\w*\s+(?:[\w-]+\s+)?$", re.I)
#: a military or volunteer cue in the formation's sentence: it is a fighting unit
_MILITARY_CUE = re.compile(
    r"\bдоброво\w*|\bвоева\w*|\bвоевал\w*|\bвою(?:ва|в|ет)\w*|\bслуж\w*|\bСВО\b|"
    r"\bфронт\w*|\bштурм\w*|\bбо(?:ец|йц)\w*|\bбо[єї](?:ць|вик)\w*|\bбійц\w*|\bокупант\w*|"
    r"\bв\s+составе\b|\bу\s+складі\b|\bрядов\w*|\bефрейтор\w*|\bєфрейтор\w*|"
    r"\bсержант\w*|\bлейтенант\w*|\bкапитан\w*|\bкапітан\w*|\bмайор\w*|\bкомандир\w*|"
    r"\bснайпер\w*|\bпулем[её]тчик\w*|\bкулеметник\w*|\bгранатом[её]тчик\w*|"
    # a rifleman, and a captivity only a fighter falls into ("стрілець батальйону …, потрапив
    # у полон")
    r"\bстрел(?:ок|ка|ку|ком)\b|\bстріл(?:ець|ьця|ьцю|ьцем)\b|\bв\s+плен\w*|"
    r"\b[ув]\s+полон\w*", re.I)
#: the end of a quoted formation's sentence: also ";" and "…", and a dot after a closing quote
#: or bracket ("батальон «Дон». …"), not after a capital ("ВСУ.") — sentences.WORD_STOP's
#: rule is another
_SENTENCE_END = re.compile(r"[!?;\n]|(?<=[а-яёіїєґa-z»)]{2})\.(?:\s|$)|(?<=[а-яёіїєґ»]{2})…")


def _quoted_formation(text: str, m: re.Match[str]) -> bool:
    """A quoted detachment or battalion is a volunteer formation only with a military or
    volunteer cue in its sentence ("пішов воювати в батальйон «Дон»", "Сержант батальона
    «Вятка» Орлов"), never a civilian kind ("строительного отряда «Буревестник»", "вступил
    в отряд «Юнармия»"), and not a name another channel's cue knows ("отряд «Шторм Z»")."""
    if _CIVIL_KIND.search(text, max(0, m.start() - 40), m.start()):
        return False
    if any(c != Channel.VOLUNTEER_FORMATION and p.search(m.group(1) or m.group(2))
           for c, p in _CHANNEL_CUES):
        return False
    a = sentence_start(text, m.start(), _SENTENCE_END, floor=max(0, m.start() - 200))
    b = sentence_end(text, m.end(), _SENTENCE_END)
    return bool(_MILITARY_CUE.search(text[a : m.start()] + " " + text[m.end() : b]))


#: a volunteer word right before a named formation is the cue already ("доброволець
#: батальйону «Тигр»"): the name is not another one further on — but "ушёл добровольцем в
#: «Ахмат»" names the formation after a preposition
_VOLUNTEER_BEFORE = re.compile(r"\bдоброво\w+\s+(?:(?!(?:в|во|у|до)\s)\w+\s+)?$", re.I)


def negated(text: str, start: int) -> bool:
    """The cue at ``start`` is denied ("не был заключённым", "не був в'язнем")."""
    return bool(_NEGATED.search(text, max(0, start - 25), start))


def _number(text: str, m: re.Match[str]) -> dict[str, bool]:
    """Whom a cue speaks of: several people (``plural``) when it is a plural word for people
    ("Мобилизованные …") or a word not itself singular after a plural of people or a plural
    verb ("троє бійців «Шторм Z»", "завербованих у колоніях"); one (``single``) when it is a
    singular word for a person ("мобилизованный рядовой …", "осуждённый …"), whatever the
    verb ("Погибли осуждённый А, мобилизованный Б")."""
    if _people_plural(m.group(0)):
        return {"plural": True}
    last = _WORDS.findall(m.group(0))
    top = parses(last[-1])[:1] if last and last[-1].islower() else []
    if top and "sing" in top[0].tag.grammemes and (
            {"ADJF", "PRTF"} & top[0].tag.grammemes or "anim" in top[0].tag.grammemes):
        return {"single": True}
    return {"plural": True} if plural_before(text, m.start()) else {}


#: a cue denied: "не был заключённым", "Чепурной не був в'язнем", "was not a convict"
_NEGATED = re.compile(r"(?<!\w)(?:не|ни|not|never)\s+(?:(?:был\w*|був\w*|являл\w*|"
                      r"являвш\w*|was|were|a|an)\s+){0,2}$", re.I)


_WORDS = re.compile(r"[а-яёіїєґ'’-]+", re.I)
#: verbs of farewell and burial: their plural speaks of mourners, not of who served
_CEREMONY = frozenset({"проститься", "попрощаться", "проводить", "похоронить", "хоронить",
                       "прощаться", "отпеть", "попрощатися", "прощатися", "поховати"})
#: words before a unit that may stand between it and a plural that speaks of its people
_BEFORE_UNIT = 4


def _people_plural(words: str) -> bool:
    """The last word is a plural word for people: an animate noun, an adjective or a
    participle ("мобилизованные", "заключённых", "срочники", "бійців")."""
    found = _WORDS.findall(words)
    if not found:
        return False
    for p in parses(found[-1].lower())[:2]:
        g = p.tag.grammemes
        if "plur" in g and (("NOUN" in g and "anim" in g) or {"ADJF", "PRTF"} & g):
            return True
    return False


def plural_head(phrase: str) -> bool:
    """A unit named in the plural ("в отряды «Шторм Z»")."""
    head = _WORDS.findall(phrase.split("«")[0])
    if not head:
        return False
    nouns = [p for p in parses(head[-1].lower())[:4] if p.is_known and p.tag.POS == "NOUN"]
    # "бригады" is also the genitive singular ("командир 45-й бригады"): not plural then
    return bool(nouns) and "plur" in nouns[0].tag.grammemes and not any(
        "sing" in p.tag.grammemes for p in nouns)


def plural_before(text: str, start: int) -> bool:
    """A plural of people or a plural verb (not of a ceremony) right before a unit, in its
    clause: "трое бойцов «Шторм Z»", "Дронов і Гатауллін служили в 6-й армії", "завербованных
    в отряды …" — the unit is all of theirs."""
    lead = text[max(0, start - 60) : start].rstrip(" «\"„“")
    clause = re.split(r"[.;:!?,()«»\n]", lead)[-1]
    for w in _WORDS.findall(clause)[-_BEFORE_UNIT:]:
        for p in parses(w.lower())[:1]:
            g = p.tag.grammemes
            if "plur" not in g or p.normal_form in _CEREMONY:
                continue
            if {"VERB", "PRTS", "PRTF"} & g or ("NOUN" in g and "anim" in g):
                return True
    return False


#: words that tell someone fought or was recruited to fight (Russian, Ukrainian, English): a
#: foreign citizen they are said of came by contract unless the text says otherwise (captivity
#: alone — "у полоні", "captured" — tells that he fought, not how he came to)
_SERVICE = re.compile(
    r"контракт\w*|вербов\w*|завербов\w*|завербув\w*|\bарми[июяей]\b|\bармі[їяюєю]\w*|"
    r"фронт\w*|воевал\w*|воюет|воював\w*|служил\w*|служив|\bслужб\w*|боев\w+|бойов\w+|"
    r"позици\w+|позиці\w+|подразделени\w+|підрозділ\w*|штурм\w*|\bбо[йе]ц\w*|\bбійц\w*|"
    r"\bбоєць|военнослужащ\w+|військовослужбов\w+|на[её]мник\w*|найманц\w*|найманець|"
    r"\bСВО\b|"
    r"\b(?:contracts?|recruit\w*|army|front\s*line|frontline|front|fought|fighting|"
    r"served|serving|soldiers?|assault|mercenar\w+|military|troops|forces)\b", re.I)
#: fighting on Ukraine's side: a foreigner there signed no Russian contract
_FOR_UKRAINE = re.compile(
    r"легион\w*|легіон\w*|\bLegion\b|на\s+стороне\s+Украины|на\s+боці\s+України|"
    r"\bfor\s+Ukraine\b|\bUkraine's\s+(?:armed\s+forces|army)|\bUkrainian\s+(?:army|forces)\s+"
    r"(?:as|with)\b|\bin\s+the\s+Ukrainian\s+(?:army|forces)|\bon\s+Ukraine's\s+side|"
    r"(?:в\s+составе|в\s+рядах|за|на\s+стороне)\s+ВСУ|(?:у\s+складі|у\s+лавах|за|на\s+боці)\s+"
    r"ЗСУ|\bза\s+Украину\b|\bза\s+Україну\b")
#: a citizenship said only by where someone was born or came from ("уроженец Узбекистана")
_BIRTHPLACE = re.compile(r"(?:уроженц\w*|уроженец|уроженк\w*|выходц\w*|выходец|родом|"
                         r"уродженц\w*|уродженець|уродженк\w*|вихідц\w*|вихідець|"
                         r"natives?\s+of|born\s+in)(?:\s+(?:из|з|із|республики|of))?\s*$", re.I)


def foreign_channel(text: str, channel: Fact | None, foreign: list[Fact],
                    held: Fact | None, at_war: bool) -> Fact | None:
    """The channel of a person a foreign citizenship is said of, as the guides read it: a
    contract of a foreign citizen is ``foreign_contract``, and so is a foreigner's coming to
    fight said no other way ("граждан Непала, воевавших за Россию", "Nepali nationals who had
    joined the Russian army", "громадянина Куби, який воював на боці Росії"); a man born
    abroad who held Russian citizenship when he signed ("уроженец Узбекистана, получивший
    российское гражданство") is a plain ``contract``; a foreigner fighting for Ukraine gets
    none. ``held``: the citizenship chosen for the person; ``at_war``: his fate in the war is
    told (a status or a death date)."""
    own = [f for f in foreign if f.value not in ("RU", "UA")]
    if not own:
        return channel
    ukrainian_side = any(f.value == "UA" for f in foreign)
    russian_now = held is not None and held.value == "RU" and held.extra.get("acquired")
    if russian_now and all(_BIRTHPLACE.search(text, max(0, f.start - 25), f.start) for f in own):
        return channel  # born abroad, a Russian citizen: his contract is a plain one
    if channel is not None:
        if channel.value == Channel.CONTRACT:
            return Fact("channel", Channel.FOREIGN_CONTRACT, channel.start, channel.end,
                        channel.extra)
        return channel
    if not at_war or ukrainian_side or _FOR_UKRAINE.search(text) or not _SERVICE.search(text):
        return None
    basis = min(own, key=lambda f: f.start)
    return Fact("channel", Channel.FOREIGN_CONTRACT, basis.start, basis.end,
                {"inferred": True})
