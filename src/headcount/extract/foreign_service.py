"""Citizenship from a foreign army someone served in, in Russian ("бывший капрал армии
Шри-Ланки", "ветеран вооружённых сил Непала", "служил в полиции Кубы"): its country's
citizen. Ukrainian: uk_citizens.find_foreign_service."""

from __future__ import annotations

import re

from headcount.extract.model import Fact

_COUNTRY = r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)"
_FOREIGN_ARMY = re.compile(
    r"\b(?:арми[июяе]|вооруж[её]нных\s+сил(?:ах)?|сухопутных\s+войск(?:ах)?|ВМС|флота|"
    r"полици[ияюе]|спецназа|гвардии)\s+" + _COUNTRY)
_SERVED_BEFORE = re.compile(r"\b(?:бывш\w+|отставн\w+|ветеран\w*|капрал\w*|сержант\w*|"
                            r"солдат\w*|офицер\w*|военн\w+|служи(?:л|ла|ли)|прослужи\w+|"
                            r"уволи\w+\s+из|ушёл\s+из|ушел\s+из)[^.;!?]{0,30}$", re.I)


def find_foreign_service(text: str, army: re.Pattern[str] = _FOREIGN_ARMY,
                         served: re.Pattern[str] = _SERVED_BEFORE) -> list[Fact]:
    """"бывший капрал армии Шри-Ланки Чаминда …" → LK (not Ukraine's army);
    ``army`` and ``served`` are the wording's patterns (Ukrainian ones: uk_citizens)."""
    from headcount.extract.ukrainian import country_word

    out = []
    for m in army.finditer(text):
        c = country_word(m.group(1))
        # (Russia's own too: "Бывший сержант армии России Олег Жуков" is Russia's citizen,
        # his former rank no longer saying so; Ukraine's army is read by the side's rules)
        if c is not None and not c.contested and c.code != "UA" and \
                served.search(text, max(0, m.start() - 60), m.start()):
            out.append(Fact("citizenship", c.code, m.start(), m.end(), {"contested": False}))
    return out
