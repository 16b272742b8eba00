"""The first-level divisions of the countries whose recruits Russian and Ukrainian reporting
on the war most often names, by their Russian and Ukrainian nominatives: "из Пенджаба", "з
Пенджабу", "вернулся домой, в Синд" name a province, never a home town. A closed set (the
Russian and Ukrainian side of `en_abroad`'s provinces): India's states, Pakistan's provinces,
Nepal's provinces, Sri Lanka's provinces, Cuba's provinces that are no town's name, and the
states of the USA recruits have come from.
"""

from __future__ import annotations

#: nominatives, lower case, "ё" as "е"; a name shared with a town ("Гоа", "Дели") is left out
_PROVINCES = frozenset({
    # India
    "пенджаб", "синд", "кашмир", "гуджарат", "керала", "харьяна",
    "хариана", "бихар", "ассам", "раджастхан", "махараштра", "карнатака", "тамилнад",
    "тамил-наду", "телангана", "одиша", "орисса", "уттар-прадеш", "мадхья-прадеш",
    "химачал-прадеш", "андхра-прадеш", "уттаракханд", "джаркханд", "чхаттисгарх",
    "бенгалия", "манипур", "мизорам", "нагаленд", "сикким", "трипура",
    "мегхалая", "ладакх",
    # Pakistan
    "белуджистан", "хайбер-пахтунхва",
    # Nepal, Sri Lanka, Cuba
    "гандаки", "багмати", "карнали", "лумбини", "мадхеш", "коши", "сабарагамува", "ува",
    "маябеке",
    # the USA
    "техас", "калифорния", "флорида", "аляска", "айова", "огайо", "орегон",
    # Ukrainian spellings
    "сінд", "кашмір", "хар'яна", "біхар", "тамілнад", "бенгалія", "каліфорнія",
})


def foreign_province(name: str) -> bool:
    """``name`` (a nominative) is a province or state abroad, no town: "Пенджаб", "Синд"."""
    return name.lower().replace("ё", "е") in _PROVINCES
