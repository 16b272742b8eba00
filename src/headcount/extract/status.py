"""What happened to a person: status cues in Russian text (vocab.Status).

A person with several cues gets the strongest by ``PRIORITY``: a court's
declaration of death over a reported death, a death over an exchange, an
exchange over capture, capture over "missing", "missing" over desertion and
wounds. ("Ранее считался пропавшим без вести … погиб" → killed.)
"""

from __future__ import annotations

import re

from headcount.extract.care import cared_for
from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.vocab import Status

PRIORITY: tuple[Status, ...] = (
    Status.DECLARED_DEAD,
    Status.KILLED,
    Status.RETURNED,
    Status.CAPTURED,
    Status.MISSING,
    Status.DESERTED,
    Status.WOUNDED,
    Status.SERVING,
)

#: a farewell with one's own family or home is a leave taken, not the dead's ("Андрій
#: прощається з рідними перед відправкою на фронт", "Иван простится с семьёй на вокзале")
_KIN_LEFT = (r"(?!(?:со|с|зі|з|із)\s+(?:сво\w+\s+)?(?:семь|родн|близк|домом|родин|рідн|сім['’]|"
             r"близьк|домівк|мам|мат(?:ір|ерью)|дружин|жен(?:ой|ою)|дітьми|детьми|батьками|"
             r"родителями))")
#: a body after a preposition ("ранение в тело", "у тіло влучив осколок") is a wound, no
#: body of the dead
_NO_PREP = (r"(?<!\bв\s)(?<!\bу\s)(?<!\bво\s)(?<!\bна\s)(?<!\bпо\s)(?<!\bк\s)(?<!\bдо\s)"
            r"(?<!\bз\s)(?<!\bіз\s)(?<!\bпри\s)(?<!\bс\s)(?<!\bот\s)(?<!\bвід\s)")

#: whose captivity it is, between the preposition and the noun ("в украинском плену",
#: "у російському полоні", "попал в украинский плен", "потрапив у ворожий полон")
_SIDE = r"(?:[а-яёіїєґ'’-]+(?:ом|ем|ий|ый|ой|ій|ому|ему|ий|ый)\s+)?"

#: a death confirmed by its noun, no death's verb: "гибель подтверждена 12 декабря",
#: "смерть его установлена", "гибель была подтверждена" (the missing confirmed dead)
#: the words that confirm it, done (not "подтвердить", "подтвердят": not yet)
_CONFIRM_WORD = (r"(?:подтвержд\w*|подтвердил\w*|підтвердж\w*|підтвердил\w*|установлен\w*|"
                 r"встановлен\w*)")
DEATH_CONFIRMED = rf"(?:гибель|смерть)\s+(?:(?!не\s)[а-яё]+\s+)?{_CONFIRM_WORD}"
#: where one comes home from when his war is over: the front, the army, Russia (a foreign
#: recruit's)
_FROM_WAR = (r"(?:с\s+(?:фронта|войны|передовой|СВО)|из\s+(?:зоны\s+(?:СВО|боевых\s+действий|"
             r"специальной\s+военной\s+операции)|российской\s+армии|России)\b)")
_FROM_WAR_UK = (r"(?:з\s+(?:фронту|війни|передової)|із\s+(?:фронту|війни|Росії)|з\s+(?:зони\s+"
                r"бойових\s+дій|російської\s+армії|Росії)\b)")

#: a count of people after "вбито"/"убито": others killed, no death of the person named
#: ("було вбито двох окупантів", "вбито 12 цивільних", "убито двое военных")
_OTHERS_COUNTED = (r"(?:\d+\s+[а-яёіїєґ'’]+(?:ів|их|ых|ох|ей|ек)\b|[а-яіїєґ'’]+ох\b|"
                   r"(?:два|дві|двоє|двое|три|троє|трое|троих|чотири|четыре|четверо|п['’]?ять|"
                   r"п['’]?ятеро|шість|шесть|шестеро|сім|семь|семеро|вісім|восемь|десять|"
                   r"десятки|десятеро|сотні|сотни|кілька|кількох|несколько|нескольких|понад|"
                   r"щонайменше|близько|майже|більше|более|около|багато)\b)")


_CUES: tuple[tuple[Status, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.I))
    for status, pattern in (
        (Status.DECLARED_DEAD,
         r"\b(?:признан\w*|объявлен\w*)\s+(?:судом\s+)?(?:безвестно\s+отсутствующ\w+\s+и\s+)?"
         r"умерш\w+|\bпризнал[иа]?\s+(?:\w+\s+){0,6}?умерш\w+|\bпризнан\w*\s+померл\w+|"
         # "суд … объявил его умершим", "объявил умершим бойца"
         r"\bобъявил[иа]?\s+(?:[\w.]+\s+){0,6}?умерш\w+|"
         r"\bвизна(?:в|ла|ли)\s+(?:[\w.]+\s+){0,6}?(?:померл|загибл)\w+|"
         r"\bсуд\w*\s+(?:[\w,]+\s+){0,6}?признал[иа]?\s+(?:[\w.]+\s+){0,6}?погибш\w+|"
         # "признан погибшим решением суда", "был признан судом погибшим"
         r"\bпризнан[аы]?\s+(?:судом\s+|решением\s+суда\s+)?погибш\w+|"
         # the claim's noun: "заявление о признании её мужа, рядового Бадмаева, умершим",
         # "иск о признании умершим сержанта Кочнева"; Ukrainian "про визнання його померлим"
         r"\bпризнани\w+\s+(?:[\w.,«»-]+\s+){0,12}?(?:умерш|погибш)\w+|"
         r"\bвизнанн\w+\s+(?:[\w.,«»'’-]+\s+){0,12}?(?:померл|загибл)\w+|"
         # "суд … оголосив його померлим", "оголошений померлим" (not "просила оголосити")
         r"\bоголоси(?:в|ла|ли)\s+(?:[\w.]+\s+){0,6}?(?:померл|загибл)\w+|"
         r"\bоголошен\w*\s+(?:судом\s+)?(?:померл|загибл)\w+"),
        (Status.KILLED,
         # every case of the participle: "о погибшем Иване Рябове", "погибшую Анну"
         r"\b(?:погиб(?:ла|ли|ший|шая|шего|шей|шему|шим|шем|шую|ших|шие|шими|нув)?|гибел[иью]|"
         # the missing confirmed dead: "гибель подтверждена 12 декабря", "смерть подтвердили"
         rf"{DEATH_CONFIRMED}|"
         r"скончал(?:ся|ась|ись)|скончавш\w+|умер(?:ла|ли)?|"
         r"умерш(?:ий|его|ему|им|ем|ая|ей|ую)|смерт[иь]|"
         r"пал(?:а|и)?\s+(?:смертью|в\s+бою)|убит(?:а|ы)?|"
         r"павш(?:ий|его|ему|им|ем|ие|их|ими)\s+(?:смертью|в\s+бою|в\s+ходе|на\s+фронте|"
         r"при\s+(?:защите|исполнении|выполнении)|за\s+Родину|в\s+боях|в\s+зоне)|"
         r"уш(?:ёл|ел|ла|ли)\s+из\s+жизни|не\s+стало|покончил(?:а|и)?\s+с\s+собой|"
         # "утонул в озере", "найден мёртвым в своей квартире", "нашли мёртвой в номере"
         r"(?<!не\s)утонул(?:а|и)?|(?:найден[аы]?|нашли)\s+(?:[\w-]+\s+){0,3}?м[её]ртв(?:ым|ой|ыми)|"
         r"застрел(?:ен|ена|ены|или|ил(?:ся|ась)?)|отдал(?:а|и)?\s+(?:свою\s+)?жизнь|"
         r"сложил(?:а|и)?\s+(?:свою\s+)?голову|смертельн\w+\s+ранен\w*|"
         r"скончал(?:ся|ась)\s+от\s+ран|жизнь\s+(?:\w+\s+)?оборвалась|"
         r"похорон(?:или|ят|ен|ена|ены|ят)|хоронили|простились|прощание|посмертно|"
         # "в Омске попрощались с …": a farewell is with the dead
         r"попрощались\s+(?=со?\s)|"
         # not one who takes his own leave: "Иван Серов попрощался с семьёй"
         # nor one leaving his family for the front: "Иван прощается с семьёй"
         r"(?:по)?проща(?:ется|ются)\s+(?=со?\s)" + _KIN_LEFT + r"|"
         r"(?:простится|простятся|попрощается|попрощаются)\s+(?=со?\s)" + _KIN_LEFT + r"|"
         # "сердце перестало биться", "не вернулся с боевого задания", "нет с нами",
         # "40 дней как нет нашего Саши", "пал героем", "тело опознали"
         r"сердце\s+(?:\w+\s+){0,2}?перестало\s+биться|перестало\s+биться\s+сердце|"
         r"не\s+вернул(?:ся|ась|ись)\s+с\s+(?:боевого\s+)?(?:задания|вылета|боя)|"
         r"нет\s+с\s+нами|как\s+нет\s+(?:с\s+нами\s+)?(?:наш|нашего|нашей|моего|моей)\b|"
         # a bare pronoun, not "как нет его звонков"
         r"как\s+нет\s+(?:с\s+нами\s+)?(?:его|её|ее)\b(?=\s*(?:[.,!?;:…)\n—-]|$|"
         r"с\s+нами\b|в\s+живых\b|рядом\b))|"
         r"пал(?:а|и)?\s+героем|погибш(?:им|ими)\s+при\s+исполнении|"
         + _NO_PREP
         + r"тел[оа]\s+(?:(?!не\b|погиб|убит|умерш|скончав)[\w.,-]+\s+){0,8}?"
         r"(?:опознал\w*|опознан\w*|вернули|передали|"
         r"доставили|идентифицирова\w+|привез\w*|доставлен\w*|доставят|возвращен\w*|"
         r"передан[оы]?|прибыл[ои]?|прибудет|репатриирова\w+)|"
         # a body brought home names the dead: "привезли тело Ивана Петрова", "доставили
         # на родину тело"
         r"(?:привезли|привезено|доставили|доставлено|вернули|передали|прибыло|прибыли)\s+"
         r"(?:[\w-]+\s+){0,3}?" + _NO_PREP + r"тел[оа]\b|"
         r"провод(?:или|ила|ил|ят|ит)\s+(?:\w+\s+)?в\s+последний\s+путь|"
         r"провед(?:ут|ёт|ет)\s+(?:\w+\s+)?в\s+последний\s+путь|отпели|"
         # Ukrainian
         r"загину(?:в|ла|ли)|загибел\w+|загибл\w+|ліквідован\w+|ліквідува\w+|помер(?:ла|ли)?|полеглий|пол[іе]г(?:ла|ли)?|"
         r"смерт[іь]|"
         # "вбитий", and with the other spelling of the prefix: "убитий 17 вересня",
         # "його було вбито" (not grief: "вбитий горем батько"; not a count of others: "було
         # вбито двох окупантів", "вбито 12 цивільних")
         rf"[ув]бит(?:ий|а|і|ого|им|ому)(?!\s+горем)|[ув]бито(?!\s+{_OTHERS_COUNTED})|"
         r"пішо?в\s+з\s+життя|пішла\s+з\s+життя|"
         r"відда(?:в|ла|ли)\s+(?:своє\s+)?життя|життя\s+(?:\w+\s+)?обірвал\w+|"
         r"обірвал\w+\s+життя|забра(?:в|ла|ли)\s+життя|знищен(?:о|ий|ого|і)|"
         r"поховал[иа]|поховають|прощання|посмертно|"
         # a farewell in any tense and number, by a town or a community ("Громада Калуша
         # прощається з …", "Луцьк попрощається з …", "провела в останню дорогу")
         r"(?:по)?прощал(?:ися|ись)\s+(?=зі?\s|із\s)|"  # not "Іван попрощався з родиною"
         r"(?:по)?проща(?:ється|ються|тиметься|тимуться)\s+(?=зі?\s|із\s)" + _KIN_LEFT
         + r"|попрощає(?:ться|мося)\s+(?=зі?\s|із\s)" + _KIN_LEFT
         + r"|попрощаються\s+(?=зі?\s|із\s)" + _KIN_LEFT + r"|"
         r"простил(?:ися|ись)\s+(?=зі?\s|із\s)|"
         r"(?:провели|провела|провів|проводили|проводила|проводять|проводить|проведуть|"
         r"проведе)\s+(?:\w+\s+)?в\s+останн(?:ю|ій)\s+(?:путь|дорогу)|"
         + _NO_PREP
         + r"тіл[оа]\s+(?:(?!не\b|загиб|загин|вбит|помер|полег)[\w'’.,-]+\s+){0,8}?"
         r"(?:повернули|репатріюва\w+|передали|доставили|"
         r"виявили|виявлено|знайшли|знайдено|ідентифікува\w+|упізна\w+|впізна\w+|"
         r"привезли|привезено|привезуть|доставлено|доставлять|повернуто|передано|прибуло|"
         r"прибуде|репатрійован\w*)|"
         r"(?:привезли|привезено|доставили|доставлено|повернули|повернуто|передали|передано|"
         r"прибуло)\s+(?:[\w'’-]+\s+){0,3}?" + _NO_PREP + r"тіл[оа]\b|"
         # the other side's word of the kill, in either language ("ликвидированы 46-летний
         # Виктор Пахомов и …", "ліквідований під Торецьком")
         r"ліквідован\w+|ликвидирован(?:ы|а|ный|ного|ному|ным|ном|ные|ных|ными)?)\b"),
        (Status.RETURNED,
         r"\b(?:вернул(?:ся|ась|ись)\s+(?:домой\s+)?(?:из\s+(?:\w+\s+)?плена|после\s+обмена)|"
         # free word order: "из украинского плена … вернулись", "обмена … домой вернулись"
         r"(?:из\s+(?:\w+\s+)?плена|обмен\w*)\b[^.!?;:]{0,60}?\bвернул(?:ся|ась|ись)|"
         r"(?:з\s+(?:\w+\s+)?полону|обмін\w*)\b[^.!?;:]{0,60}?\bповерну(?:вся|лася|лися)|"
         r"обмен\w*\s+(?:пленными|военнопленными)|обмен\s+состоялся|"
         r"освобожд\w+\s+из\s+плена|вернули\s+из\s+плена|обменял[иа]\b|в\s+результате\s+обмена|"
         # "возвращены из плена", "из украинского плена возвращены 150 военнослужащих"
         r"возвращ[её]н\w*\s+из\s+(?:\w+\s+)?плена|"
         r"из\s+(?:\w+\s+)?плена\s+(?:\w+\s+)?(?:возвращ[её]н|освобожд[её]н)\w*|"
         # "вернулся домой по обмену", "освободили в ходе обмена", "обміняли 15 травня",
         # "повернули в рамках обміну"; not an exchange of views ("обмен опытом")
         r"(?:по|в\s+ходе|в\s+рамках|во\s+время|при)\s+обмен[уае]\b(?!\s+(?:опыт|мнени|информац))|"
         r"обміня(?:ли|в|ла)\b|обмінян(?:ий|а|і|ого|их)\b|(?:внаслідок|в\s+результаті|у\s+результаті|під\s+час|"
         r"в\s+рамках|у\s+рамках|в\s+ході|за)\s+обміну\b(?!\s+(?:досвід|думк|інформаці))|"
         r"поверну\w+\s+(?:додому\s+)?з\s+(?:[\w'’]+\s+)?полону|обмін\w*\s+полоненими|"
         # "додому повернулися 150 українських захисників", "звільнили з полону"
         r"поверну(?:вся|лася|лися)\s+(?:[\w'’]+\s+){0,3}?(?:українськ\w+\s+)?(?:захисник|"
         r"захисниц|військовополонен|оборонц)\w*|звільн\w+\s+(?:\w+\s+)?з\s+полону|"
         r"з\s+(?:\w+\s+)?полону\s+(?:\w+\s+)?звільн\w+|"
         r"поверну(?:вся|лася|лися)\s+(?:\w+\s+)?з\s+неволі)"),
        (Status.CAPTURED,
         r"\b(?:попал(?:а|и)?\s+в\s+" + _SIDE + r"плен|попавш\w+\s+в\s+" + _SIDE + r"плен|"
         r"взят\w*\s+в\s+плен|"
         # "его взяли в плен", "взяли в плен ефрейтора Горелова", "взяли 6 августа в плен"
         r"(?<!не\s)взял(?:и|а)?\s+(?:[\w.-]+\s+){0,3}?в\s+плен\b|"
         r"в\s+плен\s+(?:\w+\s+){0,3}?(?:попал|попала|попали|взяли|сдался|сдалась|сдались)\b|"
         r"потрапивш\w+\s+[ув]\s+" + _SIDE + r"полон|в\s+" + _SIDE + r"плену|пленен\w*|пленён\w*|"
         r"военнопленн\w+|сдал(?:ся|ась|ись)\s+в\s+" + _SIDE + r"плен|"
         # one prisoner named by the noun: "Пленный Аркадий Лосев рассказал …", "пленного
         # Аркадия" (not "допросил пленного", nor the plural "обмен пленными")
         r"пленн(?:ый|ая)\b|пленн(?:ого|ому|ым|ом|ую|ой)\b(?=\s+(?-i:[А-ЯЁ]))|"
         # "сдался 2 июня на Запорожском направлении": a surrender is a capture, not one to
         # the police or the authorities ("сдался полиции") and not "не сдался"
         # the police or the authorities ("сдался полиции") and not "не сдался"; nor to doctors
         # ("сдался врачам", "сдался в больницу", "сдал анализы")
         r"(?<!не\s)\bсдал(?:ся|ась|ись)\b(?!\s+(?:мне|ему|ей|нам|им|полиции|властям|"
         r"военн\w+\s+полиции|правоохранител\w+|следовател\w+|следстви\w+|военкомат\w*|"
         r"сам\w*|(?:\w+\s+)?(?:врач\w*|медик\w*|доктор\w*|медицин\w*|санитар\w*|"
         r"фельдшер\w*|онколог\w*|хирург\w*)|на\s+(?:обследовани|лечени|анализ|операци)\w*|"
         r"в\s+(?:больниц|госпитал|клиник|диспансер|поликлиник)\w*)\b)|"
         r"потрапи(?:в|ла|ли)\s+[ув]\s+" + _SIDE + r"полон|взяли\s+[ув]\s+полон|"
         r"[ув]\s+" + _SIDE + r"полоні|полонен\w+|полонили|військовополонен\w+|"
         r"зда(?:вся|лася|лися)\s+[ув]\s+" + _SIDE + r"полон|"
         # "захопили в полон", "захоплено в полон", "взято в полон", "узяли 5 лютого в полон"
         r"(?:захопи(?:в|ла|ли)|захоплен(?:о|ий|а|і|ого|их)|(?:в|у)зят(?:о|их|им|ими))\s+"
         r"[ув]\s+полон|(?:в|у)зя(?:в|ла|ли)\s+(?:[\w'’-]+\s+){1,4}?[ув]\s+полон|"
         # walking out to the enemy: "вышел к российским бойцам с поднятыми руками",
         # "вийшов до українських позицій", "вышел с поднятыми руками" (a surrender); the
         # positions named as a side's, not any ("вышел к позициям соседней бригады", "к
         # военкомату") nor an exit from encirclement ("вышел из окружения к своим")
         r"(?<!не\s)\b(?:вы|ви)(?:шел|шёл|шла|шли|йшов|йшла|йшли)\s+"
         r"(?!(?:[\w'’-]+\s+){0,3}?(?:из|з|із)\s+(?:окружени|оточенн|котл))"
         r"(?:[\w'’-]+\s+){0,6}?(?:(?:к|до)\s+(?:(?:российск|русск|украинск|вражеск|"
         r"російськ|українськ|ворож)\w*\s+(?:[\w'’-]+\s+)?(?:позици|позиці|бойц|бійц|военн|"
         r"військ|окоп|блиндаж|бліндаж|солдат|штурмовик)\w*|(?:позици|позиці|бойц|бійц|военн|"
         r"військ|окоп|блиндаж|бліндаж|солдат|штурмовик)\w*\s+(?:[\w'’-]+\s+)?(?:российск\w*|"
         r"русск\w*|украинск\w*|російськ\w*|українськ\w*|противник\w*|врага|ворога|ВСУ|ЗСУ|"
         r"ВС\s?РФ|ЗС\s?РФ|ВС\s?України|ЗС\s?України)\b)|"
         r"(?:с|з)\s+(?:поднят|піднят)\w*\s+рук\w*)|"
         # "Здався він 9 січня під Кремінною": a surrender is a capture
         r"(?<!не\s)(?<!б\s)\bзда(?:вся|лася|лися)\b(?!\s+(?:мені|йому|їй|нам|їм|поліці\w+|"
         r"(?:\w+\s+)?(?:лікар\w*|медик\w*|медичн\w*)|на\s+(?:обстеженн|лікуванн)\w*|"
         r"в\s+(?:лікарн|госпітал|клінік)\w*|у\s+(?:лікарн|госпітал|клінік)\w*)\b)|"
         r"взят(?:ий|а|і|ого)\s+[ув]\s+полон|опини(?:вся|лася|лися)\s+[ув]\s+полоні|"
         # free word order: "у полон потрапив", "в полон здався"
         r"[ув]\s+полон\s+(?:[\w'’-]+\s+){0,3}?(?:потрапи|здав|здал|взял|узял|взят|узят|захоп)\w*)"),
        (Status.MISSING,
         r"\b(?:пропал(?:а|и)?\s+без\s+вести|пропавш\w+\s+без\s+вести|без\s+вести\s+пропавш\w+|"
         # the adverb first: "Без вести пропал Георгий Зурабов", "Безвісти зник Тарас …"
         r"без\s+вести\s+пропал(?:а|и)?\b|без\s*вісти\s+(?:зник(?:ла|ли)?|пропа(?:в|ла|ли))\b|"
         r"связь\s+(?:с\s+(?:ним|ней|ними)\s+)?(?:прервалась|пропала|потеряна)|"
         r"числ\w+\s+пропавш\w+|разыскива\w+|зник(?:ла|ли)?\s+без\s*вісти|без\s*вісти\s+зникл\w+|зникл\w+\s+без\s*вісти|"
         r"пропа(?:в|ла|ли)\s+без\s*вісти|"
         # a court's finding short of death: "визнав лише безвісно відсутнім", "признан
         # безвестно отсутствующим"
         r"безвісно\s+відсутн\w+|безвестно\s+отсутствующ\w+|"
         # "відтоді про нього нічого не відомо", "з того часу нічого", "доля його невідома"
         r"(?:відтоді|з\s+того\s+часу|досі)\s*,?\s+(?:(?:про\s+(?:нього|неї|них)|від\s+"
         r"(?:нього|неї|них))\s+)?(?:нічого|жодних\s+(?:звісток|новин))\b|"
         r"дол(?:я|і)\s+(?:[\w'’]+\s+){0,3}?(?:невідома|невідомa|не\s+відома)|"
         # "не виходить на зв'язок з 5 березня", "востаннє виходив на зв'язок 13 вересня",
         # "зв'язок з ним обірвався"
         r"не\s+вихо(?:дить|див|дила|дять|дили)\s+на\s+зв['’]язок|"
         r"востаннє\s+(?:\w+\s+)?вихо(?:див|дила|дили)\s+на\s+зв['’]язок|"
         r"зв['’]язок\s+(?:з\s+(?:ним|нею|ними)\s+)?(?:обірвався|зник|втрачено|перервався)|"
         # "відтоді зв'язку немає", "з того часу зв'язку з ним нема", "с тех пор связи нет"
         r"(?:відтоді|з\s+того\s+часу|с\s+тех\s+пор)\s*,?\s+(?:(?:з\s+ним|з\s+нею|з\s+ними|"
         r"с\s+ним|с\s+ней|с\s+ними)\s+)?(?:зв['’ʼ]язку|связи)\s+(?:(?:з\s+ним|з\s+нею|з\s+ними|"
         r"с\s+ним|с\s+ней|с\s+ними)\s+)?(?:немає|нема|нет)\b|"
         # "не выходит на связь", "помогите найти мужа", "судьба его неизвестна"
         r"не\s+выход(?:ит|ил|ила|ят|или)\s+на\s+связь|"
         # "не могут связаться с ним с июня", "перестал выходить на связь", "не можуть
         # зв'язатися з ним", "перестав виходити на зв'язок", "не отвечает на звонки"
         r"не\s+(?:с|з)?мо(?:жет|гут|гли|г|гла|же|жуть)\s+(?:\w+\s+)?(?:связаться\s+с|"
         r"зв['’ʼ]язатися\s+з)\s+(?:ним|ней|ними|нею|сыном|мужем|сином|чоловіком)\b|"
         r"переста(?:л|ла|ли|в)\s+(?:выходить\s+на\s+связь|виходити\s+на\s+зв['’ʼ]язок|"
         r"отвечать\s+на\s+звонки|відповідати\s+на\s+дзвінки)|"
         r"не\s+(?:отвечает|відповідає)\s+на\s+(?:звонки|дзвінки|сообщения|повідомлення)|"
         # help finding a person, not "помогите найти средства на лечение"
         r"помогите\s+(?:нам\s+)?найти\s+(?:(?:нашего|нашу|наших|моего|мою|моих|его|её|ее|их|"
         r"этого|этих)\b|(?:муж|сын|брат|отц|пап|дедушк|деда|внук|племянник|человек|бойц|"
         r"солдат|военн|родн|близк|друг|парн|ребят)\w*|(?-i:[А-ЯЁ]))|"
         r"последн\w+\s+раз\s+(?:\w+\s+)?выходил\w*\s+на\s+связь|"
         r"судьба\s+(?:[\w.]+\s+){0,8}?(?:неизвестна|не\s+известна)|"
         r"местонахождени\w+\s+(?:\w+\s+){0,2}?(?:неизвестно|не\s+установлено))"),
        (Status.DESERTED,
         r"\b(?:дезертир\w*|самовольно\s+(?:остав|покин|уш[её]л|ушл)\w*"
         r"(?!\s+(?:из\s+дома\s+)?(?:на\s+фронт|в\s+военкомат|добровольцем))|"
         r"самовільно\s+(?:покину|пішо?в|пішл)\w*(?!\s+(?:з\s+дому\s+)?(?:на\s+фронт|до\s+"
         r"військкомату|добровольцем))|"
         # his flight from his unit, its kind between ("сбежал из воинской части", "сбежал с
         # позиций", "бежал из расположения полка", "втік із військової частини"); not the
         # enemy's in the plural ("окупанти втекли з позицій")
         r"(?:втік|втекла|утік|утекла)\s+(?:з|із|зі)\s+(?:[\w'’-]+\s+){0,2}?"
         r"(?:частини|розташування|позиці\w+|полку|батальйону|бригади|підрозділу)|"
         r"(?:с|у)?бежа(?:л|ла|вш(?:ий|его|ему|им|ем|ая|ей|ую))\s+(?:из|с|со)\s+(?:[\w-]+\s+){0,2}?(?:части|"
         r"расположения|позици\w+|полка|батальона|бригады|подразделения)|"
         # leaving without leave ("покинул часть без разрешения", "залишив позиції без дозволу")
         r"(?:покину|остави|оставля|залиши|залиша|покида)\w*\s+(?:[\w'’-]+\s+){1,3}?без\s+"
         r"(?:разрешения|ведома\s+командир\w*|ведома\s+командовани\w*|дозволу|наказу)|"
         r"СОЧ|не\s+(?:вернул\w*|прибыл\w*|явил\w*)\s+(?:в\s+(?:\w+\s+)?(?:часть|"
         r"расположение)|из\s+отпуска)|самовільн\w+\s+залиш\w+|дезертирств\w*|"
         # the place first: "в установленный срок в часть не вернулся", "з відпустки до
         # частини не повернувся", "не повернувся до частини"
         r"(?:в\s+(?:\w+\s+)?(?:часть|расположение)|из\s+отпуска|до\s+(?:своєї\s+)?частини|"
         r"з\s+відпустки)\s+(?:\w+\s+){0,2}?не\s+(?:вернул|прибыл|явил|поверну|прибу|з['’]яви)\w*|"
         r"не\s+(?:поверну|прибу|з['’]яви)\w*\s+(?:до\s+(?:своєї\s+)?частини|з\s+відпустки))\b"),
        (Status.WOUNDED,
         r"\b(?:(?:тяжело\s+|легко\s+)?ранен[аы]?|получил[аи]?\s+(?:\w+\s+)?ранени[ея]|"
         # a list's heading: "Раненые: Норбоев Цырен", "Wounded:"
         r"ранены[ея](?=\s*:)|"
         # "помер від (отриманих) поранень" is a death, not a wound
         r"(?<!від\s)(?<!их\s)поранен\w*|"
         r"(?:дістав|отримав|зазнав)(?:ла|ли)?\s+(?:\w+\s+){0,2}?поранен\w+|"
         # "как его ранило под Работино", "його поранило осколком": wounded, impersonally
         r"(?:его|её|ее|их|його|її|їх)\s+(?:тяжело\s+|легко\s+|тяжко\s+)?(?:по)?ранило|"
         # "лікується в госпіталі", "проходить лікування у шпиталі", "лежить у шпиталі"
         r"(?:лікується|лікуються|проходить\s+лікування|проходять\s+лікування|лежить|"
         r"перебуває)\s+(?:[\w'’-]+\s+){0,2}?[ув]\s+(?:військовому\s+)?(?:госпіталі|шпиталі)|"
         # "с осколочными ранениями доставили", "получил тяжёлые огнестрельные ранения",
         # not "скончался от полученных ранений" (a death)
         # "от множественных огнестрельных ранений": the chain starts at its first adjective
         r"(?<!от\s)(?<!ых\s)(?<!их\s)"
         r"(?:с\s+)?(?:(?:тяжел|тяжёл|легк|осколочн|огнестрельн|минно-взрывн|множественн|"
         r"проникающ|сквозн)\w+\s+){1,2}ранени(?:е|я|ями|ем|й))\b"),
        (Status.SERVING,
         # Ukrainian: "досі служить", "продовжує служити", "перебуває на передовій", "воює"
         r"\b(?:(?:досі|зараз|далі|і\s+далі|нині)\s+служить|продовжує\s+служ\w+|"
         r"перебуває\s+на\s+(?:передовій|фронті|позиціях|бойових\s+позиціях)|"
         r"(?:досі|зараз|нині|і\s+далі)\s+воює)\b|"
         r"\b(?:служит|проходит\s+службу|продолжает\s+служ\w+|находится\s+(?:на\s+передовой|"
         r"на\s+позициях|на\s+фронте|на\s+боевых\s+позициях|"
         r"в\s+зоне\s+(?:СВО|специальной\s+военной\s+операции|боевых\s+действий))|воюет)\b"),
    )
)

#: a death confirmed ("пропал без вести …, гибель подтверждена 12 декабря", "смерть
#: установлена", "загибель підтвердили"): the death of the one in focus, missing till then
CONFIRMED = re.compile(r"\s+(?:(?:была|было|был|була|було|позже|пізніше|теперь|тепер|уже|вже)"
                       rf"\s+)?{_CONFIRM_WORD}", re.I)

#: a confirmation denied or still awaited ("гибель пока не подтверждена", "смерть ещё не
#: подтвердили", "has not yet been confirmed", "is yet to be confirmed", "hasn't been
#: confirmed"): its sentence dates no day the death became known
#: a negation ("не", "not", "never", "n't", "yet to be") and the words that may follow it
#: before the confirmation ("ещё", "пока", "yet", "been", "officially"), in every language
NOT_YET = (r"(?:(?<!\w)(?:не|not|never)|n['’]t|\byet\s+to\s+be)\s+(?:(?:yet|still|been|be|"
           r"officially|ещё|еще|пока|досі|ще|официально|офіційно)\s+){0,3}")
_DENIED = re.compile(NOT_YET + "$", re.I)


def denied(text: str, start: int) -> bool:
    """The cue at ``start`` (a confirmation, a notice) is denied or still awaited."""
    return bool(_DENIED.search(text, max(0, start - 40), start))


#: … in the death word's own clause: not past a conjunction that opens another ("погиб 3 мая,
#: але командування не підтвердило інформацію про полон", "but the ministry has not confirmed
#: the figures"), nor of another thing than the death ("погиб 3 мая, его личность пока не
#: подтверждена", "the cause has not been confirmed")
_DENIED_AFTER = re.compile(r"(?:(?!\b(?:но|але|однако|однак|проте|хотя|хоча|but|although|"
                           r"though|while|whereas|личност\w*|особ[аиуо]\w*|identit\w*|"
                           r"причин\w*|causes?|обстоятельств\w*|обставин\w*|"
                           r"circumstances)\b)[^.;!?\n]){0,40}?"
                           rf"{NOT_YET}(?:подтвер[дж]|підтвер[дж]|confirm|verified)", re.I)


def denied_after(text: str, end: int) -> bool:
    """A death word whose confirmation its clause denies ("его гибель пока не подтверждена",
    "his death has not yet been confirmed"): it dates no death."""
    return bool(_DENIED_AFTER.match(text, end))


#: home from the war, his war over (dated as another event, not a capture): "вернулся домой с
#: фронта", "из России вернулся ещё один индиец", "вернулся домой после помилования",
#: "повернувся додому з фронту"; not on leave, not "не вернулся"
_HOME_RETURN = re.compile(
    r"\b(?:"
    r"(?<!не\s)вернул(?:ся|ась|ись)\s+(?:живым\s+|живой\s+)?(?:домой\s+|на\s+родину\s+)?"
    rf"{_FROM_WAR}(?!\s+(?:\w+\s+)?в\s+отпуск)|"
    rf"{_FROM_WAR}\s+(?:[\w-]+\s+){{0,2}}?вернул(?:ся|ась|ись)\b(?!\s+(?:\w+\s+)?в\s+отпуск)|"
    r"(?<!не\s)поверну(?:вся|лася|лися)\s+(?:живим\s+|живою\s+)?(?:додому\s+|на\s+"
    rf"батьківщину\s+)?{_FROM_WAR_UK}(?!\s+(?:\w+\s+)?у\s+відпустку)|"
    rf"{_FROM_WAR_UK}\s+(?:[\w'’-]+\s+){{0,2}}?поверну(?:вся|лася|лися)\b|"
    r"вернул(?:ся|ась|ись)\s+домой\s+после\s+(?:помиловани|демобилизаци|увольнени|"
    r"окончани\w*\s+(?:срока\s+)?(?:контракт|служб))\w*|"
    r"поверну(?:вся|лася|лися)\s+додому\s+після\s+(?:помилуванн|демобілізаці|звільнен|"
    r"завершенн\w*\s+(?:контракт|служб))\w*)", re.I)


#: a death not confirmed ("гибель пока не подтверждена", "загибель досі не підтвердили",
#: "смерть официально не установлена"): no death's cue
_UNCONFIRMED = re.compile(
    r"\s+(?:(?:его|её|ее|их|його|її|їх|пока|ещё|еще|официально|до\s+сих\s+пор|так\s+и|поки|"
    r"ще|досі|офіційно|так\s+і)\s+){0,2}не\s+(?:было\s+|була\s+|було\s+)?"
    r"(?:подтвер|підтвер|установл|встановл)\w*", re.I)
#: a wish or a plea before an exchange ("хоче, щоб його обміняли", "просит, чтобы его
#: обменяли", "надеется на обмен"): no return yet
_WISH = re.compile(r"\b(?:чтобы|щоб|щоби|хочет|хоче|хотел|хотів|хотела|хотіла|надеет\w*|"
                   r"надеял\w*|сподіва\w*|просит|просить|просил|просив|просила|мечта\w*|"
                   r"мріє|мріяв|ждут|чекають|добива\w*)\s+(?:[\w'’]+\s+){0,3}$", re.I)
#: discharged from the army, then home: "его уволили из армии, и он вернулся домой",
#: "звільнили з армії, і він повернувся додому", "удалось вернуть домой: его уволили из
#: армии" (a recruit released, his war over); not one who left of his own accord
#: ("уволился"), nor retired to the reserve long ago ("уволен в запас")
_DISCHARGED = (r"(?:уволи(?:ли|л|ть)|уволен[аоы]?|демобилизова(?:ли|н|на|ны)|звільни(?:ли|в|ти)|"
               r"звільнен(?:ий|а|і|о)?|демобілізува(?:ли|в)|демобілізован(?:ий|а|і|о)?)\s+"
               r"(?:[\w'’-]+\s+){0,2}?(?:из|с|з|із)\s+(?:\w+\s+)?(?:армии|армії|войск|війська|"
               r"лав|рядов|служби|службы)\b")
_HOME_AGAIN = (r"(?:(?<!не\s)вернул(?:ся|ась|ись)\s+(?:\w+\s+)?домой|(?<!не\s)поверну(?:вся|"
               r"лася|лися)\s+(?:\w+\s+)?додому|(?:удалось|вдалося|смогли|змогли)\s+"
               r"(?:\w+\s+)?(?:вернуть|повернути)\s+(?:\w+\s+)?(?:домой|додому))")
_DISCHARGED_HOME = re.compile(rf"\b(?:{_DISCHARGED}[^.!?;]{{0,80}}?{_HOME_AGAIN}|"
                              rf"{_HOME_AGAIN}[^.!?;]{{0,80}}?{_DISCHARGED})", re.I)

#: cues that date a death (the date near them is the date of death)
DEATH_STATUSES = frozenset({Status.KILLED})


#: a killing told with the killer as subject: the death is its object's ("Кристенсен убил
#: Чжан Инъин", "неизвестный расстрелял главу администрации Евгения Душко")
_KILLED_OBJECT = re.compile(
    r"\b(?:убил[аи]?|застрелил[аи]?|расстрелял[аи]?|зарезал[аи]?|задушил[аи]?|"
    r"вбив|вбила|вбили|застрелив|розстріляв|розстріляли)\b", re.I)


#: before a death word: a death survived or only near ("пережил клиническую смерть", "был на
#: грани смерти", "чудом избежал гибели", "пережила клінічну смерть")
_SURVIVED = re.compile(r"(?:клиническ\w+|клінічн\w+|на\s+грани|на\s+волоске\s+от|"
                       r"избежал\w*|уникну\w*|на\s+межі)\s+$", re.I)


#: a death whose subject is others: the rest of a group, someone's comrades ("коли решта його
#: групи загинула", "його побратими загинули", "загинули всі його товариші") — not the one
#: captured or wounded beside them; never a comrade coordinated with a name ("Іван та його
#: побратими загинули")
_GROUP_NOUN = (r"(?:побратими|товариші|співслужбовці|однополчани|сослуживцы|товарищи|"
               r"однополчане)\b(?!\s+[А-ЯІЇЄҐЁ])")
_OTHERS_BEFORE = re.compile(
    r"(?:^|[,.;:!?—–(]\s*|\b(?:коли|а|але|поки|хоча|тоді\s+як|когда|но|пока)\s+)"
    r"(?:(?:решта|решту|остальные|усі\s+інші|всі\s+інші|інші)\s+(?:[\w'’]+\s+){0,3}?|"
    rf"(?:(?:його|її|їхні|всі|усі|его|её|ее|их|все)\s+){{1,2}}{_GROUP_NOUN}\s+(?:[\w'’]+\s+)?)$",
    re.I)
_OTHERS_AFTER = re.compile(
    rf"\s+(?:[\w'’]+\s+)?(?:решта\b|остальные\b|(?:(?:його|її|всі|усі|его|все)\s+){{1,2}}"
    rf"{_GROUP_NOUN})", re.I)


def _others_death(text: str, start: int, end: int) -> bool:
    """A death cue whose subject is the rest of a group or someone's comrades."""
    return bool(_OTHERS_BEFORE.search(text[max(0, start - 60) : start])
                or _OTHERS_AFTER.match(text, end))


#: a cue whose subject is "one more" or "another" person ("ще один найманець загинув",
#: "загинув інший непалець"): not the one in focus
_ANOTHER_BEFORE = re.compile(r"\b(?:ще\s+(?:один|одна|одного)|інш(?:ий|а)|еще\s+(?:один|одна))"
                             r"\s+(?:[\w'’-]+\s+){0,2}?$", re.I)
_ANOTHER_AFTER = re.compile(r"\s+(?:ще\s+(?:один|одна)|інш(?:ий|а)|еще\s+(?:один|одна))\b", re.I)


def _another(text: str, start: int, end: int) -> bool:
    return bool(_ANOTHER_BEFORE.search(text[max(0, start - 40) : start])
                or _ANOTHER_AFTER.match(text, end))


#: a court's refusal before a claim's noun: "суд отказал в признании умершим", "відмовив у
#: визнанні загиблим", "отклонил иск о признании"
_REFUSED_CLAIM = re.compile(r"\b(?:отказа\w*|отказ|отклони\w*|відмови\w*|відмов\w*|"
                            r"відхили\w*)\b[^.;!?]{0,40}$", re.I)
#: the active capture's verb ("взяли в плен ефрейтора Горелова")
_TOOK_CAPTIVES = re.compile(r"взял", re.I)
#: … whose object is a number of men ("взяли в плен трёх украинских военных", "взял в плен
#: двух бойцов ВСУ"): those named before it are the captors, unless the captives' names
#: follow ("взяли в полон двох громадян Непалу — Бішну Гурунга і Суреша Тхапу")
_CAPTIVES_COUNTED = re.compile(
    r"\s+(?:\d+(?![\d\s]*(?:-?го\b|[а-яё]+\s+\d{4}|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|"
    r"ноя|дек))|дв(?:ух|ое|оих|ох)|тр[её]х|трои\w*|трьох|четыр[её]х|чотирьох|пятерых|"
    r"п['’]ятьох|нескольк\w+|кількох|десят\w+|десятк\w+|групп\w+|груп[уи])\b", re.I)
#: a name after the counted captives, in their sentence
_NAME_AFTER = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+")


#: the next sentence names the counted captives one by one: "Перший із полонених — …",
#: "Полонені — …", "Ними виявилися …", "Первый из пленных — …", "Их имена: …"
_CAPTIVES_NEXT = re.compile(
    r"[.!?:]\s+(?:Перш\w+|Перв\w+|Один|Одн\w+)\s+(?:із|з|зі|из)\s+(?:полонених|пленных|них)|"
    r"[.!?:]\s+(?:Перш\w+|Перв\w+)\s*[—–-]\s|"
    r"[.!?:]\s+(?:Полонен\w*|Пленн\w*|Військовополонен\w*|Военнопленн\w*)\s*[—–:-]|"
    r"[.!?:]\s+(?:Ними|Ими)\s+(?:виявили\w*|оказали\w*|стали|були|были)|"
    r"[.!?:]\s+(?:Їхні|Їх|Их)\s+(?:імена|имена)")


#: a search before "в плену" / "в полоні": where he is looked for, not where he is known to be
_SOUGHT = re.compile(r"\b(?:шука\w*|розшуку\w*|ищ(?:ет|ут|ем|у|ущ\w*)|искал\w*|разыскива\w*)"
                     r"\s+(?:[\w'’-]+\s+){0,3}?$", re.I)


def _captors(text: str, end: int) -> bool:
    """The active capture ending at ``end`` counts its captives and names none after, in
    its sentence or one by one in the next ("Перший із полонених — …")."""
    if not _CAPTIVES_COUNTED.match(text, end):
        return False
    stop = re.compile(r"[.!?;\n]").search(text, end)
    if stop is not None and _CAPTIVES_NEXT.match(text, stop.start()):
        return False
    return not _NAME_AFTER.search(text, end, stop.start() if stop else len(text))


#: a combat mission, an assault or a task gone out on ("ушёл на боевое задание", "вийшов на
#: бойове завдання", "пошёл на штурм"): one who did not come back from it is missing
_MISSION = re.compile(r"\b(?:задани[еяю]|завданн[яі]|штурм\w*|вылазк\w*|вилазк\w*|"
                      r"боев\w+\s+выход\w*|бойов\w+\s+вихід|разведк\w*|розвідк\w*|"
                      r"вылет\w*|виліт\w*|позици\w*|позиці\w*)\b", re.I)
#: leave, a hospital, running away: a desertion's own grounds
_ABSCONDED = re.compile(r"\b(?:отпуск\w*|відпуст\w*|госпитал\w*|госпітал\w*|шпитал\w*|"
                        r"больниц\w*|лікарн\w*|лечени\w*|лікуванн\w*|сбежал\w*|втік|втекл\w*|"
                        r"утік|утекл\w*|самовольн\w*|самовільн\w*|дезертир\w*|СОЧ|сроки?|срок\w*|"
                        r"термін\w*)\b", re.I)


def _on_mission(text: str, start: int, end: int) -> bool:
    """A "не вернулся в часть" cue of one gone out on a mission: missing, no deserter."""
    if not re.search(r"\bне\s", text[start:end], re.I):
        return False  # "дезертировал", "самовольно оставил часть": desertion by its word
    left = max(text.rfind(c, 0, start) for c in ".!?;\n") + 1
    stop = re.compile(r"[.!?;\n]").search(text, end)
    right = stop.start() if stop else len(text)
    if _ABSCONDED.search(text, left, right):
        return False
    return bool(_MISSION.search(text, left, start))


_LIQUIDATED = re.compile(r"ликвидирован", re.I)
_CLAUSE_STOP = re.compile(r"[,.;:!?()\n—–]")


def _nominative_thing(word: str) -> bool:
    """``word`` reads only as a thing (an inanimate noun) in the nominative ("фирма",
    "склад"); a name or a person's noun does not."""
    ps = parses(word.lower())
    return bool(ps) and all(p.tag.POS == "NOUN" and p.is_known for p in ps) and any(
        "nomn" in p.tag for p in ps) and all("inan" in p.tag for p in ps if "nomn" in p.tag)


def _thing_liquidated(text: str, start: int, end: int) -> bool:
    """The Russian "ликвидирован" at ``start:end`` tells of a thing, not a man: a thing in the
    nominative is its subject before it in the clause ("Фирма Виктора Пахомова ликвидирована
    в 2019 году") or right after it ("ликвидирован склад боеприпасов")."""
    left = max((s.end() for s in _CLAUSE_STOP.finditer(text, max(0, start - 80), start)),
               default=max(0, start - 80))
    before = re.findall(r"[а-яё-]+", text[left:start], re.I)[-6:]
    after = re.match(r"\s+([а-яё-]+)", text[end:], re.I)
    return any(_nominative_thing(w) for w in before) or bool(
        after and _nominative_thing(after.group(1)))


def find_status(text: str) -> list[Fact]:
    """Every status cue in ``text`` as a fact (value: vocab.Status)."""
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for m in _KILLED_OBJECT.finditer(text):
        taken.append((m.start(), m.end()))
        out.append(Fact("status", Status.KILLED, m.start(), m.end(),
                        {"plural": False, "object": True}))
    for status, pattern in _CUES:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if status == Status.KILLED and _SURVIVED.search(text, max(0, m.start() - 40),
                                                            m.start()):
                continue  # "пережил клиническую смерть", "на грани смерти": survived
            if status == Status.KILLED and _others_death(text, m.start(), m.end()):
                continue  # "коли решта його групи загинула": the others died
            if status == Status.KILLED and _LIQUIDATED.match(m.group(0)) and _thing_liquidated(
                    text, m.start(), m.end()):
                continue  # "фирма ликвидирована", "ликвидирован склад": a thing's end
            if status == Status.WOUNDED and cared_for(text, m.start(), m.end()):
                continue  # "медики, які рятують поранених військових": others' wounds
            if status == Status.KILLED and _DEATH_NOUN.fullmatch(m.group(0)) and \
                    _UNCONFIRMED.match(text, m.end()):
                continue  # "гибель пока не подтверждена": missing, no death yet
            if status == Status.DECLARED_DEAD and _REFUSED_CLAIM.search(
                    text, max(0, m.start() - 60), m.start()) and m.group(0)[:1] in "пв":
                taken.append((m.start(), m.end()))  # no death's cue either
                continue  # "суд отказал в признании умершим": the claim refused
            if status == Status.CAPTURED and _TOOK_CAPTIVES.match(m.group(0)) and \
                    _captors(text, m.end()):
                continue  # "взяли в плен трёх украинских военных": the captors
            if status == Status.CAPTURED and m.group(0)[:1].lower() in "ву" and _SOUGHT.search(
                    text, max(0, m.start() - 40), m.start()):
                continue  # "мать ищет сына в украинском плену": sought there, not known there
            if status == Status.RETURNED and _WISH.search(text, max(0, m.start() - 40),
                                                          m.start()):
                continue  # "хоче, щоб його обміняли": an exchange wished for, not done
            if status == Status.DESERTED and _on_mission(text, m.start(), m.end()):
                status_here = Status.MISSING  # "ушёл на боевое задание и … не вернулся"
            else:
                status_here = status
            taken.append((m.start(), m.end()))
            plural = _plural(m.group(0))
            if plural and status == Status.KILLED and _CEREMONY.match(m.group(0)):
                plural = _mourned_plural(text, m.start(), m.end())
            if not plural and status == Status.KILLED and _DEATH_NOUN.fullmatch(m.group(0)):
                plural = bool(_JOINED_NAMES.match(text, m.end()))
            extra: dict[str, object] = {"plural": plural}
            if _another(text, m.start(), m.end()):
                extra["another"] = True
            if status == Status.KILLED and CONFIRMED.match(text, m.end()):
                extra["confirmed"] = True  # "гибель подтверждена": missing until then
            out.append(Fact("status", status_here, m.start(), m.end(), extra))
    for m in (*_HOME_RETURN.finditer(text), *_DISCHARGED_HOME.finditer(text)):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            taken.append((m.start(), m.end()))
            # "его уволили …, и он вернулся домой": the return's own verb tells the number
            home = re.search(_HOME_AGAIN, m.group(0), re.I)
            out.append(Fact("status", Status.RETURNED, m.start(), m.end(),
                            {"plural": _plural(home.group(0) if home else m.group(0)),
                             "home": True}))
    if any(f.value == Status.RETURNED and _SWAP.search(text, f.start, f.end) for f in out) or \
            _swapped(text):
        # a prisoners' exchange told once: a bare "вернулся" of a list entry ("— попал в плен в
        # марте, вернулся;", "Второй вернувшийся — …") is a return from captivity
        for m in _BARE_RETURN.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                out.append(Fact("status", Status.RETURNED, m.start(), m.end(),
                                {"plural": _plural(m.group(0))}))
    if _WAR.search(text):
        out += [Fact("status", Status.KILLED, m.start(), m.end(),
                     {"plural": _plural(m.group(0)), "weak": True})
                for m in _MOURNING.finditer(text)
                if not any(s < m.end() and m.start() < e for s, e in taken)]
    out.sort(key=lambda f: f.start)
    return out


#: an exchange of prisoners, in a return cue
_SWAP = re.compile(r"обмен|обмін|плен|полон|невол", re.I)
#: an exchange of prisoners told anywhere in the text ("завершился этап обмена", "третій етап
#: обміну «1000 на 1000»"), not of views or experience
_SWAP_TEXT = re.compile(r"\b(?:обмен\w*|обмін\w*)\b(?!\s+(?:опыт|мнени|информац|данн|досвід|"
                        r"думк|інформаці|дан)\w*)(?=[^.!?]{0,80}?(?:плен|полон|военн|військов|"
                        r"захисник|[0-9]+\s+на\s+[0-9]+))|(?:плен|полон)\w*[^.!?]{0,60}?\b(?:обмен|обмін)\w*",
                        re.I)


def _swapped(text: str) -> bool:
    """The text tells of an exchange done, not one hoped for ("надеется на обмен")."""
    for m in _SWAP_TEXT.finditer(text):
        at = m.start() + m.group(0).lower().rfind("обм")
        if not _WISH.search(text, max(0, at - 40), at):
            return True
    return False


#: a bare return of one, not to the front or to duty ("вернулся на фронт", "повернувся в
#: стрій"); a plural one is a heading's, already told. "Домой возвращается сержант …",
#: "Также освобождены рядовые …" in a text about an exchange: a return
_BARE_RETURN = re.compile(
    r"(?<!не\s)\b(?:вернул(?:ся|ась)|вернувш(?:ийся|аяся|егося|емуся|имся)|"
    r"возвраща(?:ется|ются)|поверта(?:ється|ються)|"
    r"освобожден[аы]?(?!\s+(?:\w+\s+)?(?:из\s+(?:колони|мест|тюрьм|СИЗО|ИК)|условно|от\s+))|"
    r"звільнен(?:ий|а|і)(?!\s+(?:\w+\s+)?(?:з\s+(?:колоні|місць|в['’]язниц|СІЗО)|умовно|від\s+))|"
    r"вернул(?:ись)|поверну(?:вся|лася|лися)|повернул(?:ий|а)ся)\b"
    r"(?!\s+(?:\w+\s+)?(?:на\s+(?:фронт|передов|позици)|в\s+(?:строй|часть|зону|отпуск)|"
    r"у\s+(?:стрій|частину|зону|відпустку)|до\s+(?:лав|частини|війська)))", re.I)


#: a death told by a noun ("о гибели", "про загибель")
_DEATH_NOUN = re.compile(r"(?:гибел[иью]|смерт[иью]|загибел[іь]|загибелі|смерт[іь])", re.I)
#: two names joined by "и"/"та"/"і" right after it, perhaps after a word for them: "о
#: гибели земляков — Баира Цыбикова и Саяна Намжилова", "про загибель Івана Мороза та Петра
#: Коваля": both died
_UP = "А-ЯЁІЇЄҐ"
_JOINED_NAMES = re.compile(
    rf"\s+(?:[0-9а-яёіїєґ-]+\s+){{0,3}}?(?:[—–:-]\s+)?(?:[0-9а-яёіїєґ-]+\s+){{0,2}}?"
    rf"[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{0,2}}\s*,?\s+(?:и|та|і|й)\s+"
    rf"(?:[а-яёіїєґ-]+\s+){{0,2}}?[{_UP}][\w'’-]+\s+[{_UP}]")
#: words of mourning: the one they speak of is dead ("Вечная память Ивану", "помяните
#: ребят", "Земля тебе пухом", "тебя больше нет") — a weak cue, used only when nothing else
#: tells his fate, and only in a text about the war (`_WAR`)
_MOURNING = re.compile(
    r"\b(?:вечная\s+память|светлая\s+память|помяните|помянем|помянуть|"
    r"земля\s+(?:(?:тебе|ему|ей|им|вам)\s+)?пухом|спи(?:те)?\s+спокойно|"
    r"(?:тебя|его|её|ее)\s+больше\s+нет|царствие\s+небесное)\b", re.I)
_WAR = re.compile(
    r"\b(?:СВО|спецопераци\w*|специальной\s+военной|фронт\w*|войн\w*|бо[йяюе]\w*|"
    r"мобилиз\w*|контракт\w*|ЧВК|оркестр\w*|Вагнер\w*|Шторм|погиб\w*|бригад\w*|полк\w*|"
    r"батальон\w*|арми\w+|солдат\w*|военн\w+|ВСУ|Донбасс\w*|Бахмут\w*|мсп|ефр\.)", re.I)


#: a ceremony's plural verb: its subject is the mourners, its object the dead
_CEREMONY = re.compile(r"(?:простились|похоронили|хоронили|проводили|отпели|попрощались|"
                       r"(?:по)?прощал(?:ися|ись)|простил(?:ися|ись)|поховали|провели)\b", re.I)
#: what is read after a ceremony's verb: up to a clause's end
_CLAUSE_AFTER = re.compile(r"[^.!?;:,—\n]{0,60}")


def _mourned_plural(text: str, start: int, end: int) -> bool:
    """Whether a ceremony's plural verb speaks of several dead: its object is plural or
    joined by "и" ("простились с отцом и сыном", "хоронили братьев Зайцевых", "Их
    похоронили"), not one man ("В Дагестане простились с погибшим бойцом, его брат ранен":
    the brother is no one mourned)."""
    tail = _CLAUSE_AFTER.match(text, end)
    after = tail.group(0) if tail else ""
    before = text[max(0, start - 12) : start].lower().split()
    if re.search(r"\s(?:и|й|та|і|а\s+также|а\s+також)\s", after) or (
            before and before[-1] in ("их", "обоих", "їх", "обох")):
        return True
    for w in re.findall(r"[а-яёіїєґ'’]+", after.lower())[:4]:
        ps = parses(w)
        if ps and ps[0].is_known and "plur" in ps[0].tag.grammemes and (
                {"NOUN", "ADJF", "PRTF", "NUMR"} & ps[0].tag.grammemes):
            return True
    return False


def _plural(cue: str) -> bool:
    """A cue in the plural ("погибли", "пропали без вести", "из плена … вернулись") speaks of
    several people: its first word in the plural, or a plural verb later in it."""
    words = re.findall(r"[а-яёіїєґ]+", cue.lower())
    for n, w in enumerate(words):
        ps = parses(w)
        g = ps[0].tag.grammemes if ps else frozenset()
        verbal = {"VERB", "PRTF", "PRTS", "ADJF"} if n == 0 else {"VERB", "PRTS"}
        if "plur" in g and bool(verbal & g):
            return True
        # the Ukrainian dictionary reads a participle used as a noun as a noun ("імена
        # загиблих 19 жовтня окупантів", "зниклих безвісти"): plural all the same
        if n == 0 and "plur" in g and {"NOUN", "anim"} <= g and w.endswith("их"):
            return True
    return False


def strongest(statuses: list[Status]) -> Status:
    return min(statuses, key=PRIORITY.index)


#: the event a status is dated by, in every language ("вернулся из плена": the day he was
#: taken; "went missing on October 3": going missing)
STATUS_EVENT = {Status.MISSING: "missing", Status.CAPTURED: "captured",
                Status.RETURNED: "captured", Status.WOUNDED: "wounded",
                Status.DESERTED: "deserted", Status.DECLARED_DEAD: "court"}
