"""Words around a place of death that do not part it from its death verb.

A Russian obituary often opens its sentence with the circumstances of a death before the
place and the verb ("9 сентября 2023 года при выполнении боевой задачи в зоне СВО погиб …",
"В ходе штурма под Работином погиб …"), and tells a wound with a light verb ("под Бахмутом
получил тяжёлое ранение", "у Кременной был тяжело ранен"). These helpers strip such words so
that the rules of places.py may read the place as the death's.
"""

from __future__ import annotations

import re

#: the circumstances of a death told before its place: "при выполнении боевой задачи",
#: "в ходе боевых действий", "во время штурма", "в бою", "выполняя боевое задание",
#: "героически", "в составе штурмовой группы"
_CIRCUMSTANCE = re.compile(
    r"\b(?:при\s+выполнении\s+(?:[а-яё]+\s+){0,2}?(?:задач\w*|задани\w*|долга)|"
    r"выполняя\s+(?:[а-яё]+\s+){0,2}?(?:задач\w*|задани\w*|долг)|"
    r"(?:в\s+ходе|во\s+время)\s+(?:[а-яё]+\s+){0,2}?(?:бо[её]в|бо[яю]|действий|штурма|"
    r"наступлени\w|обороны|атаки|операции|задания)|"
    r"в\s+(?:жестоком\s+|неравном\s+|ожесточ[её]нном\s+)?бою|"
    r"в\s+составе\s+(?:[а-яё]+\s+){0,2}?(?:групп\w*|подразделени\w*|отряда|роты|взвода)|"
    r"героически|геройски|смертью\s+храбрых|при\s+исполнении(?:\s+[а-яё]+){0,2})",
    re.I,
)


#: the verb "пасть" of a death in war with its day or place after it, in both languages: "пал
#: 1 февраля у Марьинки", "пал под Бахмутом", "пав у бою біля Кліщіївки" (not "пал духом",
#: "выбор пал на …", "город пал под натиском")
FELL = (r"(?<![\w-])(?:пал[аи]?|па(?:в|ла|ли))(?=\s+(?:\d|(?:под|під|у|біля|возле|около|близ|"
        r"поблизу)\s+(?:н\.\s*п\.\s*|с\.\s*|г\.\s*|м\.\s*)?(?-i:[А-ЯЁІЇЄ])|в\s+районе|в\s+районі|"
        r"на\s+(?:\w+\s+)?(?:направлени|напрямк|фронт|пол[еяі])|[ув]\s+(?:бою|боях|бо[ію]\b)|"
        r"в\s+зоне|в\s+зоні|при\s+(?:штурме|выполнении|выконанні|обороне|обороні)|"
        r"(?:смертью|смертю|героем|геро[єї]м)|"
        # the man named right after it: "Под Бахмутом пал Павел Семёнов" (not "пал Часов Яр")
        r"(?-i:(?:рядовой|сержант|ефрейтор|доброволец|боец|[А-ЯЁІЇЄ][а-яёіїє]+)\s+"
        r"[А-ЯЁІЇЄ][а-яёіїє]+)(?<!\sЯр)(?![\w-])))")
#: the enemy's dead in the other side's words: "здох 14 квітня під Красногорівкою",
#: "сдох под Бахмутом", "подохли"
CROAKED = r"(?<![\w-])(?:з|с|по|из)дох(?:ла|ли|ло)?(?![\w-])"


def without_circumstances(lead: str) -> str:
    """``lead`` with the circumstances of a death taken out ("9 сентября при выполнении
    боевой задачи" → "9 сентября")."""
    return _CIRCUMSTANCE.sub(" ", lead)


def only_circumstances(lead: str) -> bool:
    """``lead`` holds circumstances of a death and nothing else but punctuation."""
    return bool(_CIRCUMSTANCE.search(lead)) and not re.search(
        r"\w", without_circumstances(lead))


#: a light verb before a wound's noun or participle: "получил тяжёлое ранение", "был тяжело
#: ранен", "получила контузию"
_LIGHT_VERB = re.compile(
    r"(?:\b(?:получил\w*|был[аио]?)\s+(?:[а-яё]+\s+){0,2}?)$", re.I)


def without_light_verb(words: str) -> str:
    """``words`` before a death or wound cue without a light verb that ends them ("получил
    тяжёлое " → "")."""
    return _LIGHT_VERB.sub("", words)


#: a sortie told before its place: "ушёл на штурм под …", "пошёл на боевое задание в
#: районе …"
_SORTIE = re.compile(
    r"\b(?:уш(?:ёл|ел|ла)|пош(?:ёл|ел|ла)|выш(?:ел|ла)|отправил(?:ся|ась))\s+(?:в|на)\s+"
    r"(?:боев\w+\s+)?(?:штурм|задани\w|выход|атак\w)", re.I)
#: the sortie not come back from, right after its place: "… и не вернулся"
_NOT_RETURNED = re.compile(r"[^.!?\n]{0,50}?\bи\s+не\s+вернул(?:ся|ась|ись)", re.I)


def sortie_not_returned(clause: str, text: str, end: int) -> re.Match[str] | None:
    """The sortie in ``clause`` (the words before a place) when the place (ending at ``end``
    of ``text``) is followed by "и не вернулся": where he was lost ("ушёл на штурм под Часов
    Яр и не вернулся")."""
    found = list(_SORTIE.finditer(clause))
    if not found or _NOT_RETURNED.match(text, end) is None:
        return None
    return found[-1]
