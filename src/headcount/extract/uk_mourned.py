"""A Ukrainian text that tells of a funeral or a farewell held in Russia speaks of Russia's
soldiers.

"У Бурятії поховали ще одного строковика", "В Улан-Уде попрощалися з контрактником", "У
Кизилі провели в останню путь єфрейтора": a man mourned in a Russian town or region fought
for Russia, however plainly the text names him (no "окупант", no "росіянин"). Such a text is
not one of Ukraine's own dead, and a rank or a call-up in it makes no Ukrainian soldier.
"""

from __future__ import annotations

import re

from headcount.extract.morph import language
from headcount.extract.ukrainian import _region_noun, _settlement

#: a funeral or a farewell ("поховали", "попрощалися", "провели в останню путь", "прощання")
_CEREMONY = (r"(?:по)?хова(?:ли|ють|тимуть)|поховано|(?:по)?прощал(?:ися|ись)|простил(?:ися|ись)|"
             r"провели\s+в\s+останн(?:ю|ій)\s+(?:путь|дорогу)|прощання|похорон\w*")
#: where: "у Бурятії", "в Улан-Уде", "у селі Кижинга", "в м. Кизил"
_WHERE = re.compile(r"(?<![\w'’ʼ])[УуВв]\s+(?:(?:місті|селі|селищі|станиці|м\.|с\.|смт)\s*)?"
                    r"([А-ЯІЇЄҐ][\w'’ʼ]+(?:-[А-ЯІЇЄҐ][\w'’ʼ]+)*)")
#: a ceremony in the same sentence, before or after the place
_BEFORE = re.compile(rf"\b(?:{_CEREMONY})\b[^.;!?\n]{{0,60}}$", re.I)
_AFTER = re.compile(rf"[^.;!?\n]{{0,40}}?\b(?:{_CEREMONY})\b", re.I)

#: a death between the ceremony and the place: the place is where he died ("який загинув у
#: Курській області", "загиблого в Бєлгороді")
_DEATH = re.compile(r"\b(?:загин\w*|загибл\w*|загибел\w*|помер\w*|полі(?:г|гл\w*)|вбит\w*|"
                    r"убит\w*|знищен\w*|ліквідован\w*)", re.I)


def _russian(word: str) -> bool:
    """The word names a Russian town or region ("Бурятії", "Улан-Уде", "Кизилі")."""
    town = _settlement(word)
    if town is not None:
        return town[1].region_code.startswith("RU-")
    region = _region_noun(word)
    return region is not None and region.code.startswith("RU-")


def mourned_in_russia(text: str) -> bool:
    """The text tells of a funeral or a farewell held in a Russian town or region."""
    with language("uk"):
        for m in _WHERE.finditer(text):
            before = _BEFORE.search(text, max(0, m.start() - 80), m.start())
            after = _AFTER.match(text, m.end())
            # "Прощання з воїном …, який загинув у Курській області, відбудеться в Рівному":
            # the place of his death, inside its clause, is not the ceremony's
            if before and _DEATH.search(text, before.start(), m.start()):
                before = None
            if after and _DEATH.search(text, m.end(), after.end()):
                after = None
            if (before or after) and _russian(m.group(1)):
                return True
    return False
