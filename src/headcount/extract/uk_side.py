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
from headcount.extract.nationals import RUSSIAN_CAPTORS

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

#: a guards rank ("гвардії рядового", "гв. лейтенанта", "гвардії старший сержант"): Russia's
#: army keeps the guards title, Ukraine's does not (not "Національної гвардії", a service)
_GUARDS_RANK = (r"(?<![\w-])(?:гвардії|гв\.)\s+(?:(?:старш|молодш|головн)\w*\s+)?(?:рядов|"
                r"єфрейтор|сержант|старшин|прапорщик|лейтенант|капітан|майор|підполковник|"
                r"полковник|генерал|матрос|мічман)\w*")

#: words that put a text on Russia's side of the front without calling its people the
#: enemy ("Російський суд визнав загиблим …", "як повідомляють російські воєнкори",
#: "забрали в «народну міліцію ЛНР»",
#: "загинули на війні проти України", "бійців «Шторм Z», завербованих у колоніях")
_RUSSIAN_SIDE = re.compile(r"\bросійськ\w*|\bросі[їяюй]\w*|\bРФ\b|\bпроти\s+України\b|"
                           r"«Шторм|\bколоні\w*|\bвоєнкор\w*|\bСВО\b|\b[ЛД]НР\b|"
                           r"\bнародн\w+\s+міліці\w*|" + _GUARDS_RANK + "|"
                           + _RUSSIAN_FORCES, re.I)


#: a military unit numbered as Russia's are, five digits with no letter ("військова частина
#: 38643", "в/ч 12345"); Ukraine's carry a letter ("військова частина А4267")
_RUSSIAN_UNIT_NUMBER = re.compile(r"(?:\bчастин\w*|\bв/ч)\s*№?\s*\d{5}\b", re.I)
_GUARDS_BEFORE = re.compile(r"(?<![\w-])(?:гвардії|гв\.)\s+(?:(?:старш|молодш|головн)\w*\s+)?$",
                            re.I)


def russian_service(text: str, chosen: dict[str, Fact]) -> bool:
    """The person's own rank or unit is one only Russia's army has: a guards rank ("гвардії
    єфрейтор Саввінов") or a unit with a five-digit number ("служив у військовій частині
    38643"). However much the text mourns him as "наш земляк", he is no soldier of Ukraine."""
    rank, unit = chosen.get("rank"), chosen.get("unit")
    if rank is not None and _GUARDS_BEFORE.search(text[max(0, rank.start - 30):rank.start]):
        return True
    return unit is not None and _RUSSIAN_UNIT_NUMBER.search(str(unit.value)) is not None


def no_enemy_words(text: str) -> bool:
    """The text has no word for the enemy's soldiers nor for Russia ("Ми жили у
    Світловодську … загинув під Костянтинівкою"): a Ukrainian text of this kind speaks of
    Ukraine's own."""
    return not _ENEMY.search(text) and not _RUSSIAN_SIDE.search(text)


def taken_by_ukraine(text: str) -> bool:
    """Ukraine's soldiers take someone prisoner, or someone surrenders to them, and no one is
    said to be in the enemy's captivity ("Бійці 110-ї бригади ЗСУ полонили рядового …"): the
    captive is the enemy's, however plainly the text names him."""
    return bool(_TAKEN_BY_UKRAINE.search(text)) and not _TAKEN_BY_ENEMY.search(text) and not \
        RUSSIAN_CAPTORS.search(text)


def russian_homes(facts: list[Fact]) -> bool:
    """Someone the text names lives in Russia ("Морпіхи з Примор'я", "житель села Кижинга в
    Республіці Бурятія"): a text of this kind tells of Russia's soldiers, however plainly."""
    return any(f.field == "region" and str(f.value).startswith("RU-")
               and not f.extra.get("context") for f in facts)


#: Ukraine's soldiers taking someone prisoner, told with them as the subject ("Бійці 47-ї
#: окремої механізованої бригади взяли в полон …", "прикордонники захопили в полон …"), or one
#: giving himself up to them ("здався в полон", "вийшов до позицій ЗСУ з піднятими руками")
_TAKEN_BY_UKRAINE = re.compile(
    r"(?:\bбійц\w*|\bвоїн\w*|\bзахисник\w*|\bвійськов\w*|\bприкордонник\w*|\bдесантник\w*|"
    r"\bморпіх\w*|\bштурмовик\w*|\bнацгвардійц\w*|\bоператор\w*|\bЗСУ\b|\bбригад\w*|"
    r"\bО[А-ЯІЇЄҐ]{0,4}Бр\b|\bпідрозділ\w*|\bСил\w*\s+оборони)[^.!?\n]{0,80}?\b"
    r"(?:взяли|взяв|узяли|захопили|полонили)\s+(?:[\w'’ʼ-]+\s+){0,4}?(?:[ув]\s+полон)?|"
    r"\b(?:здався|здалися|здались|здалася)\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:в|у)\s+полон|"
    r"\b(?:вийшо?в|вийшли|перейшо?в|перейшли)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:до|на)\s+"
    r"(?:українськ\w+\s+)?(?:позиці\w+|бік)\b", re.I)
#: the enemy as the captor: "потрапив у полон до окупантів", "росіяни взяли в полон"
_TAKEN_BY_ENEMY = re.compile(r"\bполон\w*\s+(?:до|у|в)\s+(?:окупант|росіян|ворог|рашист|"
                             r"російськ)\w*|\bросійськ\w+\s+полон\w*|\b(?:окупант|росіян|"
                             r"рашист|ворог)\w*\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:взяли|захопили|"
                             r"полонили)", re.I)


def enemy_captives(text: str) -> bool:
    """A Ukrainian text about the enemy's soldiers in Ukraine's hands: it has words for the
    enemy or for Russia, Ukraine's soldiers take someone prisoner or someone surrenders to
    them, and no one is said to be in the enemy's captivity ("наш земляк потрапив у полон до
    окупантів")."""
    return bool(_ENEMY.search(text) or _RUSSIAN_SIDE.search(text)) and bool(
        _TAKEN_BY_UKRAINE.search(text)) and not _TAKEN_BY_ENEMY.search(text) and not \
        RUSSIAN_CAPTORS.search(text)
