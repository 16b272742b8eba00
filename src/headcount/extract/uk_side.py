"""Which army a Ukrainian text's people served in.

Ukrainian sources report both sides: their own dead, missing, captured and exchanged
("наш земляк, захисник …", "Вічна слава героям!", "повернулися … українських захисників")
and the enemy's ("ліквідовано окупанта", "полонений росіянин", "найманець ПВК"). A man
with a rank or a call-up told in a text of the first kind is Ukraine's soldier, not
Russia's; a text with words of both kinds decides nothing.
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact

#: words with which a Ukrainian text speaks of its own soldiers
_OWN = re.compile(
    r"\bзахисни(?:к|ка|ку|ком|ки|ків|кам|ками|ця|ці|цю|цею)\b|\bпобратим\w*|"
    r"\bпосестр\w*|\bна\s+щиті\b|\b(?:вічна|вічну)\s+(?:слава|пам['’ʼ]ять)\s+геро\w*|"
    r"\bгеро(?:їв|ям|ями)\s+громади\b|\bпам['’ʼ]ять\s+геро\w+|\bслава\s+україні\b|"
    r"\bгероям\s+слава\b|\bдо\s+лав\s+ЗСУ\b|\bу\s+(?:лавах|складі)\s+ЗСУ\b|"
    r"\bслужи(?:в|ла)\s+(?:у|в)\s+ЗСУ\b|\bнаш(?:ого|ому|им|і|их)?\s+земля(?:к|ка|ку|ки|ків)\b|\bукраїнськ\w+\s+(?:захисник|воїн|військовослужбов|"
    r"військовополонен|бійц|оборонц)\w*|\bвоїн(?:а|ові|ом)?\s+ЗСУ\b|\bполегл\w+\s+геро\w+",
    re.I)
#: words with which it speaks of the enemy's
_ENEMY = re.compile(
    r"\bокупант\w*|\bросіян\w*|\bнайман\w*|\bРФ\b|"
    # the person killed as the object ("ліквідовано окупанта", "Кубинця … ліквідовано"), not
    # a hero's own deeds ("знищив три ворожі танки"), a clean-up veteran ("ліквідатор"), or
    # things destroyed ("знищено ворожу техніку", "знищений будинок")
    r"\b(?:ліквідован|знищен)\w*\b(?!\s+(?:\S+\s+){0,2}?(?:ворож|танк|техні|БМП|БТР|САУ|"
    r"гармат|гаубиц|склад|позиці|машин|літак|гелікоптер|дрон|безпілотн|обладнан|РСЗВ|"
    r"установ|будин|житл|школ|дім|хат|міст|сел|інфраструктур|об['’ʼ]єкт))|"
    r"\bросійськ\w+\s+(?:арм|військов|найман|окупант|солдат|бійц|мобілізован)\w*|\bрашист\w*|\bорк(?:и|а|у|ові|ом|ів|ам|ами|ах)?\b|«Хочу\s+жити»|«Хочу\s+до\s+своїх»|\bвагнер\w*|"
    r"\bПВК\b|\bЗС\s+РФ\b|\bпаблик\w*|\bВКонтакте\b|\bвербува\w+|\bзавербува\w+", re.I)


def own_side(text: str) -> bool:
    """The text speaks of Ukraine's soldiers only: words for its own, none for the enemy."""
    return bool(_OWN.search(text)) and not _ENEMY.search(text)


#: formations only Russia's side has (a fleet's or military district's abbreviation, the
#: volunteer detachments, the National Guard) and the deeds of the men who fight against
#: Ukraine's army ("здався в полон", "вийшов до позицій ЗСУ", "«Хочу жить»")
_RUSSIAN_FORCES = (
    r"\b(?:ТОФ|ЧФ|ЗВО|ПдВО|ЦВО|ЛенВО|ММО)\b|"  # not "БФ": a charity fund
    r"\b(?:Тихоокеанськ|Північн|Балтійськ)\w*\s+флот\w*|\bБАРС\b|\bБАРС-\d+|"
    r"«?\bАхмат\w*|«?\bП['’ʼ]?ятнашк\w*|«?\bП['’ʼ]?ятнашц\w*|\bРосгвард\w*|\bкадиров\w*|"
    r"\b(?:здався|здалися|здались|здалася)\s+(?:\w+\s+){0,3}?(?:в|у)\s+полон|"
    r"\b(?:вийшо?в|вийшли|перейшо?в|перейшли)\s+(?:\w+\s+){0,2}?(?:до|на)\s+(?:позиці\w+|бік)\s+ЗСУ\b|"
    r"«Хочу\s+жить»|\bдемілітаризува\w*")

#: words that put a text on Russia's side of the front without calling its people the
#: enemy ("Російський суд визнав загиблим …", "як повідомляють російські воєнкори",
#: "загинули на війні проти України", "бійців «Шторм Z», завербованих у колоніях")
_RUSSIAN_SIDE = re.compile(r"\bросійськ\w*|\bросі[їяюй]\w*|\bРФ\b|\bпроти\s+України\b|"
                           r"«Шторм|\bколоні\w*|\bвоєнкор\w*|\bСВО\b|" + _RUSSIAN_FORCES, re.I)


def no_enemy_words(text: str) -> bool:
    """The text has no word for the enemy's soldiers nor for Russia ("Ми жили у
    Світловодську … загинув під Костянтинівкою"): a Ukrainian text of this kind speaks of
    Ukraine's own."""
    return not _ENEMY.search(text) and not _RUSSIAN_SIDE.search(text)


def russian_homes(facts: list[Fact]) -> bool:
    """Someone the text names lives in Russia ("Морпіхи з Примор'я", "житель села Кижинга в
    Республіці Бурятія"): a text of this kind tells of Russia's soldiers, however plainly."""
    return any(f.field == "region" and str(f.value).startswith("RU-")
               and not f.extra.get("context") for f in facts)
