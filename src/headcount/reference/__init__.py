"""The project's own reference tables: regions, settlements, villages, countries.

Built by ``bench/build_reference.py`` from hflabs (CC BY-SA 4.0), the 2021 census
counts of Bessudnov (2023) and, for the villages, GeoNames (CC BY 4.0); see
``data/README.md``. Loaded once, read-only.

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
    Village,
    countries,
    country,
    region,
    regions,
    settlements,
    ukraine,
    villages,
)

__all__ = [
    "Country",
    "Region",
    "Settlement",
    "UkrainianPlace",
    "Village",
    "countries",
    "country",
    "find_country",
    "find_region",
    "region",
    "regions",
    "settlements",
    "ukraine",
    "villages",
]
