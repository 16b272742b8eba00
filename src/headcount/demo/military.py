"""Units, ranks and recruitment channels as sources word them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    nom: str  # «37-я отдельная мотострелковая бригада»
    prep: str  # «служил в 37-й отдельной мотострелковой бригаде»
    branch: str  # vocab.Branch value
    regions: tuple[str, ...] = ()  # ISO codes it recruits from; empty: anywhere


def _u(nom: str, prep: str, branch: str, regions: str = "") -> Unit:
    return Unit(nom, prep, branch, tuple(r for r in regions.split() if r))


UNITS: tuple[Unit, ...] = (
    _u("37-я отдельная гвардейская мотострелковая бригада",
       "37-й отдельной гвардейской мотострелковой бригаде", "motor_rifle", "RU-BU RU-ZAB"),
    _u("5-я отдельная гвардейская танковая бригада",
       "5-й отдельной гвардейской танковой бригаде", "tank", "RU-BU RU-ZAB RU-IRK"),
    _u("11-я отдельная гвардейская десантно-штурмовая бригада",
       "11-й отдельной гвардейской десантно-штурмовой бригаде", "airborne",
       "RU-BU RU-ZAB RU-IRK"),
    _u("55-я отдельная мотострелковая бригада (горная)",
       "55-й отдельной мотострелковой бригаде (горной)", "motor_rifle", "RU-TY RU-KK RU-KYA"),
    _u("90-я гвардейская танковая дивизия", "90-й гвардейской танковой дивизии", "tank",
       "RU-SVE RU-CHE RU-PER RU-KGN RU-TYU RU-BA"),
    _u("20-я гвардейская мотострелковая дивизия", "20-й гвардейской мотострелковой дивизии",
       "motor_rifle", "RU-KDA RU-VGG RU-ROS RU-STA"),
    _u("136-я отдельная гвардейская мотострелковая бригада",
       "136-й отдельной гвардейской мотострелковой бригаде", "motor_rifle",
       "RU-DA RU-CE RU-STA"),
    _u("7-я гвардейская десантно-штурмовая дивизия",
       "7-й гвардейской десантно-штурмовой дивизии", "airborne", "RU-KDA RU-STA RU-ROS"),
    _u("35-я отдельная гвардейская мотострелковая бригада",
       "35-й отдельной гвардейской мотострелковой бригаде", "motor_rifle",
       "RU-ALT RU-NVS RU-KEM RU-OMS"),
    _u("74-я отдельная гвардейская мотострелковая бригада",
       "74-й отдельной гвардейской мотострелковой бригаде", "motor_rifle",
       "RU-KEM RU-NVS RU-KYA"),
    _u("155-я отдельная гвардейская бригада морской пехоты",
       "155-й отдельной гвардейской бригаде морской пехоты", "marines",
       "RU-PRI RU-AMU RU-SA"),
    _u("2-я гвардейская мотострелковая дивизия", "2-й гвардейской мотострелковой дивизии",
       "motor_rifle", "RU-MOS RU-MOW RU-NIZ RU-SPE RU-SAM RU-SAR RU-UD RU-TA"),
    _u("76-я гвардейская десантно-штурмовая дивизия",
       "76-й гвардейской десантно-штурмовой дивизии", "airborne",
       "RU-MOS RU-SPE RU-NIZ RU-SAM"),
    _u("385-я гвардейская артиллерийская бригада", "385-й гвардейской артиллерийской бригаде",
       "artillery", "RU-ORE RU-BA RU-SAM RU-CHE"),
)

#: formations by recruitment channel (channel → (nominative, prepositional, regions))
FORMATIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "prisoner": (("штурмовой отряд «Шторм Z»", "штурмовом отряде «Шторм Z»", ""),),
    "pmc": (("ЧВК «Вагнер»", "ЧВК «Вагнер»", ""),),
    "volunteer_formation": (
        ("добровольческий батальон «Байкал»", "добровольческом батальоне «Байкал»",
         "RU-BU RU-ZAB RU-IRK"),
        ("батальон имени Шаймуратова", "батальоне имени Шаймуратова", "RU-BA RU-ORE"),
        ("добровольческий батальон «Урал»", "добровольческом батальоне «Урал»",
         "RU-SVE RU-CHE RU-KGN RU-PER"),
        ("добровольческий батальон «Кубань»", "добровольческом батальоне «Кубань»",
         "RU-KDA RU-ROS RU-STA"),
        ("отряд «БАРС»", "отряде «БАРС»", ""),
    ),
}

#: rank → (genitive, share)
RANKS: dict[str, tuple[str, int]] = {
    "рядовой": ("рядового", 40), "ефрейтор": ("ефрейтора", 14),
    "младший сержант": ("младшего сержанта", 12), "сержант": ("сержанта", 10),
    "старший сержант": ("старшего сержанта", 6), "старшина": ("старшины", 2),
    "прапорщик": ("прапорщика", 3), "лейтенант": ("лейтенанта", 3),
    "старший лейтенант": ("старшего лейтенанта", 3), "капитан": ("капитана", 2),
    "майор": ("майора", 1),
}

#: recruitment channel → share among Russian citizens
CHANNEL_WEIGHTS = {
    "contract": 30, "mobilised": 28, "prisoner": 15, "volunteer_formation": 12, "pmc": 8,
    "regular": 5, "conscript": 2,
}

#: Mediazona's `type` for a channel; contract soldiers get their branch instead
MZ_TYPE = {
    "volunteer_formation": "добровольцы", "prisoner": "заключенные", "pmc": "ЧВК",
    "mobilised": "мобилизованные",
}
MZ_BRANCH = {"motor_rifle": "мотострелковые войска", "airborne": "ВДВ"}
