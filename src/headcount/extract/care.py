"""The wounded as the ones others care for, in every language: "рятують поранених
військових", "лечит раненых бойцов", "visited the wounded", "treats wounded soldiers" — no
one's own wound. Shared by the Russian/Ukrainian status cues, the English ones and the dating
of a wound before a death."""

from __future__ import annotations

import re

#: the wounded in the plural, Russian or Ukrainian ("поранених", "раненым", "ранеными")
_PLURAL = r"(?:поранен|ранен)(?:их|ых|им|ым|ими|ыми)"
PLURAL_WOUNDED = re.compile(_PLURAL, re.I)
#: … or in English ("the wounded", "wounded soldiers"): the wounded others, in any language
THE_WOUNDED = re.compile(_PLURAL + r"|(?:the\s+)?wounded(?:\s+(?:soldiers|men))?", re.I)

#: a caring verb before the plural wounded (two words may come between)
_CARE_BEFORE = re.compile(
    r"\b(?:рят\w*|врят\w*|лік\w*|виход\w*|евакуй?\w*|вивоз\w*|виві\w*|доставл\w*|"
    r"допомаг\w*|догляд\w*|опік\w*|прийма\w*|оперу\w*|перев'?яз\w*|"
    r"спас\w*|леч\w*|выхаж\w*|эвакуир\w*|вывоз\w*|помога\w*|ухажив\w*|принима\w*|"
    r"оперир\w*|перевяз\w*|обслуговув\w*|обслужив\w*|"
    # "розповіла про свою роботу з пораненими", "работает с ранеными"
    r"робот\w*|працю\w*|працював\w*|работ\w*|"
    # "відвідав поранених", "навестил раненых"
    r"відвіда\w*|відвідав\w*|навіда\w*|провіда\w*|посеща\w*|посетил\w*|навест\w*|"
    r"навещ\w*)\s+(?:[\w'’]+\s+){0,2}$", re.I)
#: soldiers after the plural wounded ("поранених військових"), not among whom someone is
_SOLDIERS_AFTER = re.compile(r"\s+(?:військових|бійців|солдатів|захисників|воїнів|"
                             r"військовослужбовців|военных|бойцов|солдат|военнослужащих|"
                             r"защитников)\b", re.I)
_AMONG = re.compile(r"\b(?:серед|среди|з-поміж|в\s+тому\s+числі)\s+$", re.I)

#: an English caring verb before "the wounded"
_CARE_VERB_EN = (r"\b(?:visit\w*|treat\w*|evacuat\w*|help\w*|carr(?:y|ied|ying)|rescu\w*|"
                 r"tend\w*|care[sd]?\s+for|caring\s+for|nurs\w*|operat\w*\s+on|look\w*\s+after|"
                 r"bandag\w*|transport\w*|work\w*\s+with|pull\w*\s+out|drag\w*)\s+(?:\w+\s+){0,2}?")
_CARE_FOR = re.compile(_CARE_VERB_EN + r"the\s+$", re.I)
#: … or before "wounded soldiers" without "the" ("treats wounded soldiers"); not "was
#: evacuated badly wounded", his own wound
_CARE_FOR_BARE = re.compile(_CARE_VERB_EN + r"$", re.I)
_WOUNDED_MEN = re.compile(r"\s+(?:soldiers|servicemen|men|troops|fighters|comrades|civilians|"
                          r"people|children|patients)\b", re.I)


def cared_for(text: str, start: int, end: int) -> bool:
    """A Russian or Ukrainian wound cue at start…end that is the plural wounded others care
    for: "рятують поранених військових", "лечит раненых бойцов", "допомагає пораненим"."""
    if not PLURAL_WOUNDED.fullmatch(text, start, end):
        return False
    return bool(_CARE_BEFORE.search(text[max(0, start - 50) : start])) or bool(
        _SOLDIERS_AFTER.match(text, end) and not _AMONG.search(text[max(0, start - 20) : start]))


def cared_for_en(text: str, start: int, end: int) -> bool:
    """An English wound cue at start…end that is the wounded others care for: "visited the
    wounded", "helping to evacuate the wounded", "treats wounded soldiers"."""
    before = text[max(0, start - 40) : start]
    return bool(_CARE_FOR.search(before)) or bool(
        _CARE_FOR_BARE.search(before) and _WOUNDED_MEN.match(text, end))
