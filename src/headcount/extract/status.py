"""What happened to a person: status cues in Russian text (vocab.Status).

A person with several cues gets the strongest by ``PRIORITY``: a court's
declaration of death over a reported death, a death over an exchange, an
exchange over capture, capture over "missing", "missing" over desertion and
wounds. ("Ранее считался пропавшим без вести … погиб" → killed.)
"""

from __future__ import annotations

import re

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

_CUES: tuple[tuple[Status, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.I))
    for status, pattern in (
        (Status.DECLARED_DEAD,
         r"\b(?:признан\w*|объявлен\w*)\s+(?:судом\s+)?(?:безвестно\s+отсутствующ\w+\s+и\s+)?"
         r"умерш\w+|\bпризнал[иа]?\s+(?:\w+\s+){0,6}?умерш\w+|\bпризнан\w*\s+померл\w+|"
         r"\bвизна(?:в|ла|ли)\s+(?:[\w.]+\s+){0,6}?(?:померл|загибл)\w+|"
         r"\bсуд\w*\s+(?:[\w,]+\s+){0,6}?признал[иа]?\s+(?:[\w.]+\s+){0,6}?погибш\w+"),
        (Status.KILLED,
         r"\b(?:погиб(?:ла|ли|ший|шая|шего|шей|шему|шим|ших|шие|нув)?|гибел[иью]|"
         r"скончал(?:ся|ась|ись)|скончавш\w+|умер(?:ла|ли)?|умерш(?:ий|его|ему|им)|смерт[иь]|"
         r"пал(?:а|и)?\s+(?:смертью|в\s+бою)|убит(?:а|ы)?|"
         r"павш(?:ий|его|ему|им|ем|ие|их|ими)\s+(?:смертью|в\s+бою|в\s+ходе|на\s+фронте|"
         r"при\s+(?:защите|исполнении|выполнении)|за\s+Родину|в\s+боях|в\s+зоне)|"
         r"уш(?:ёл|ел|ла|ли)\s+из\s+жизни|не\s+стало|покончил(?:а|и)?\s+с\s+собой|"
         r"застрел(?:ен|ена|ены|или|ил(?:ся|ась)?)|отдал(?:а|и)?\s+(?:свою\s+)?жизнь|"
         r"сложил(?:а|и)?\s+(?:свою\s+)?голову|смертельн\w+\s+ранен\w*|"
         r"скончал(?:ся|ась)\s+от\s+ран|жизнь\s+(?:\w+\s+)?оборвалась|"
         r"похорон(?:или|ят|ен|ена|ены|ят)|простились|прощание|посмертно|"
         r"провод(?:или|ила|ил|ят)\s+в\s+последний\s+путь|отпели|"
         # Ukrainian
         r"загину(?:в|ла|ли)|загибел\w+|загибл\w+|ліквідован\w+|ліквідува\w+|помер(?:ла|ли)?|полеглий|пол[іе]г(?:ла|ли)?|"
         r"смерт[іь]|вбит(?:ий|а|і|ого)|пішо?в\s+з\s+життя|пішла\s+з\s+життя|"
         r"відда(?:в|ла|ли)\s+(?:своє\s+)?життя|життя\s+(?:\w+\s+)?обірвал\w+|"
         r"обірвал\w+\s+життя|забра(?:в|ла|ли)\s+життя|знищен(?:о|ий|ого|і)|"
         r"поховал[иа]|поховають|прощання|посмертно|"
         r"тіл[оа]\s+(?:(?!не\b)[\w'’.,-]+\s+){0,8}?(?:повернули|репатріюва\w+|передали|доставили|"
         r"виявили|виявлено|знайшли|знайдено|ідентифікува\w+|упізна\w+|впізна\w+)|"
         r"ліквідован\w+)\b"),
        (Status.RETURNED,
         r"\b(?:вернул(?:ся|ась|ись)\s+(?:домой\s+)?(?:из\s+(?:\w+\s+)?плена|после\s+обмена)|"
         # free word order: "из украинского плена … вернулись", "обмена … домой вернулись"
         r"(?:из\s+(?:\w+\s+)?плена|обмен\w*)\b[^.!?;:]{0,60}?\bвернул(?:ся|ась|ись)|"
         r"(?:з\s+(?:\w+\s+)?полону|обмін\w*)\b[^.!?;:]{0,60}?\bповерну(?:вся|лася|лися)|"
         r"обмен\w*\s+(?:пленными|военнопленными)|обмен\s+состоялся|"
         r"освобожд\w+\s+из\s+плена|вернули\s+из\s+плена|обменял[иа]|в\s+результате\s+обмена|"
         r"поверну\w+\s+(?:додому\s+)?з\s+полону|обмін\w*\s+полоненими|"
         # "додому повернулися 150 українських захисників", "звільнили з полону"
         r"поверну(?:вся|лася|лися)\s+(?:[\w'’]+\s+){0,3}?(?:українськ\w+\s+)?(?:захисник|"
         r"захисниц|військовополонен|оборонц)\w*|звільн\w+\s+(?:\w+\s+)?з\s+полону|"
         r"з\s+(?:\w+\s+)?полону\s+(?:\w+\s+)?звільн\w+|"
         r"поверну(?:вся|лася|лися)\s+(?:\w+\s+)?з\s+неволі)"),
        (Status.CAPTURED,
         r"\b(?:попал(?:а|и)?\s+в\s+плен|попавш\w+\s+в\s+плен|взят\w*\s+в\s+плен|"
         r"в\s+плен\s+(?:\w+\s+)?(?:попал|попала|попали|взяли|сдался|сдалась|сдались)\b|"
         r"потрапивш\w+\s+[ув]\s+полон|в\s+плену|пленен\w*|пленён\w*|"
         r"военнопленн\w+|сдал(?:ся|ась|ись)\s+в\s+плен|"
         r"потрапи(?:в|ла|ли)\s+[ув]\s+полон|взяли\s+[ув]\s+полон|[ув]\s+полоні|"
         r"полонен\w+|полонили|військовополонен\w+|здав(?:ся|ла?ся|ли?ся)\s+[ув]\s+полон|"
         # "Здався він 9 січня під Кремінною": a surrender is a capture
         r"(?<!не\s)(?<!б\s)\bздав(?:ся|лася|лися)\b(?!\s+(?:мені|йому|їй|нам|їм)\b)|"
         r"взят(?:ий|а|і|ого)\s+[ув]\s+полон|опини(?:вся|лася|лися)\s+[ув]\s+полоні|"
         # free word order: "у полон потрапив", "в полон здався"
         r"[ув]\s+полон\s+(?:\w+\s+)?(?:потрапи|здав|здал|взял|узял)\w*)"),
        (Status.MISSING,
         r"\b(?:пропал(?:а|и)?\s+без\s+вести|пропавш\w+\s+без\s+вести|без\s+вести\s+пропавш\w+|"
         r"связь\s+(?:с\s+(?:ним|ней|ними)\s+)?(?:прервалась|пропала|потеряна)|"
         r"числ\w+\s+пропавш\w+|разыскива\w+|зник(?:ла|ли)?\s+без\s*вісти|без\s*вісти\s+зникл\w+|зникл\w+\s+без\s*вісти|"
         r"пропа(?:в|ла|ли)\s+без\s*вісти)"),
        (Status.DESERTED,
         r"\b(?:дезертир\w*|самовольно\s+остав\w+|сбежал\w*\s+из\s+(?:части|расположения)|"
         r"СОЧ|не\s+(?:вернул\w*|прибыл\w*|явил\w*)\s+(?:в\s+(?:\w+\s+)?(?:часть|"
         r"расположение)|из\s+отпуска)|самовільн\w+\s+залиш\w+|дезертирств\w*)\b"),
        (Status.WOUNDED,
         r"\b(?:(?:тяжело\s+|легко\s+)?ранен[аы]?|получил[аи]?\s+(?:\w+\s+)?ранени[ея]|"
         # "помер від (отриманих) поранень" is a death, not a wound
         r"(?<!від\s)(?<!отриманих\s)(?<!тяжких\s)поранен\w*|"
         r"(?:дістав|отримав|зазнав)(?:ла|ли)?\s+(?:\w+\s+)?поранен\w+)\b"),
        (Status.SERVING,
         r"\b(?:служит|проходит\s+службу|продолжает\s+служ\w+|находится\s+(?:на\s+передовой|"
         r"в\s+зоне\s+(?:СВО|специальной\s+военной\s+операции|боевых\s+действий))|воюет)\b"),
    )
)

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
            taken.append((m.start(), m.end()))
            out.append(Fact("status", status, m.start(), m.end(), {"plural": _plural(m.group(0))}))
    out.sort(key=lambda f: f.start)
    return out


def _plural(cue: str) -> bool:
    """A cue in the plural ("погибли", "пропали без вести", "из плена … вернулись") speaks of
    several people: its first word in the plural, or a plural verb later in it."""
    words = re.findall(r"[а-яёіїєґ]+", cue.lower())
    for n, w in enumerate(words):
        ps = parses(w)
        g = ps[0].tag.grammemes if ps else frozenset()
        if "plur" in g and bool(({"VERB", "PRTF", "ADJF"} if n == 0 else {"VERB"}) & g):
            return True
    return False


def strongest(statuses: list[Status]) -> Status:
    return min(statuses, key=PRIORITY.index)
