"""The project's own reference tables: regions, settlements, countries.

Built by ``bench/build_reference.py`` from hflabs (CC BY-SA 4.0) and the 2021
census counts of Bessudnov (2023); see ``data/README.md``. Loaded once, read-only.

>>> region("RU-BU").name
'Республика Бурятия'
>>> region("UA-14").occupied
True
>>> country("NP").name_gen
'Непала'
"""

from headcount.reference.resolve import find_country, find_region
from headcount.reference.tables import (
    Country,
    Region,
    Settlement,
    UkrainianPlace,
    countries,
    country,
    region,
    regions,
    settlements,
    ukraine,
)

__all__ = [
    "Country",
    "Region",
    "Settlement",
    "UkrainianPlace",
    "countries",
    "country",
    "find_country",
    "find_region",
    "region",
    "regions",
    "settlements",
    "ukraine",
]
