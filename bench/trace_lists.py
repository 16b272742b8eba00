"""A consulate-style trace list and a registry of foreigners, with the truth.

The registry holds foreigners as Russian sources write them: Cyrillic names,
surname first or (some sources) given name first, Spanish double surnames,
Arabic names with bin/ibn/аль-, South Asian, Central Asian and African names,
a birth date that is full, a year or missing, and citizenship. The list holds
the same people as a consulate writes them: Latin passport spellings, given
name first, with the variation passports and clerks bring (another
transliteration convention, the second surname dropped, al- joined, separated
or dropped, a typo, upper case, a birth date one digit or one part off);
besides, people who are in no registry, and hard negatives: registry people of
the same surname and birth year as a listed one who are not him, and namesakes
born one digit or one part off from a listed person who is in no registry.

The spellings come from hand-written tables below (each name with its usual
passport spellings and its Russian spelling, written from general knowledge
of the names, never by the project's transliterator) and, optionally, from
Wikidata's English -> Russian token pairs (``translit_ru``), drawn for names of
other origins.

    from trace_lists import consulate_case
    registry, listed, truth = consulate_case(people=300, seed=1)
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine

#: a name: its passport spellings (the first the usual one) and its Russian spelling
Name = tuple[tuple[str, ...], str]


def _names(text: str) -> list[Name]:
    """``Latin|Latin2=Русский; …`` -> names."""
    out = []
    for item in text.split(";"):
        item = item.strip()
        if item:
            latin, cyr = item.split("=")
            out.append((tuple(latin.split("|")), cyr))
    return out


@dataclass(frozen=True)
class Origin:
    """Names of one origin and the countries people of it come from (ISO codes)."""

    given: list[Name]
    surname: list[Name]
    countries: tuple[str, ...]
    #: how many surnames a person has (Spanish: two), given names (one or two)
    surnames: tuple[int, ...] = (1,)
    givens: tuple[int, ...] = (1, 1, 1, 2)
    #: a middle word of the Arabic chain (bin/ibn Father) or a Turkic patronymic
    chain: str = ""


ORIGINS: dict[str, Origin] = {
    "spanish": Origin(
        _names("Rafael=Рафаэль; Jose=Хосе; Juan=Хуан; Carlos=Карлос; Luis=Луис; Miguel=Мигель;"
               "Jorge=Хорхе; Alejandro=Алехандро; Diego=Диего; Javier|Xavier=Хавьер;"
               "Pablo=Пабло; Andres=Андрес; Fernando=Фернандо; Sergio=Серхио;"
               "Manuel=Мануэль; Francisco=Франсиско; Eduardo=Эдуардо; Raul=Рауль;"
               "Lazaro=Ласаро; Gonzalo=Гонсало; Ignacio=Игнасио; Joaquin=Хоакин"),
        _names("Martinez=Мартинес; Sanchez=Санчес; Garcia=Гарсия; Rodriguez=Родригес;"
               "Lopez=Лопес; Gonzalez=Гонсалес; Hernandez=Эрнандес; Perez=Перес; Gomez=Гомес;"
               "Diaz=Диас; Moreno=Морено; Alvarez=Альварес; Romero=Ромеро; Jimenez=Хименес;"
               "Ruiz=Руис; Torres=Торрес; Vazquez|Vasquez=Васкес; Ramirez=Рамирес;"
               "Castillo=Кастильо; Gutierrez=Гутьеррес; Ortega=Ортега; Nunez=Нуньес;"
               "Herrera=Эррера; Suarez=Суарес; Medina=Медина; Dominguez=Домингес;"
               "Vargas=Варгас; Guerrero=Герреро; Cruz=Крус; Lazaro=Ласаро; Villalobos=Вильялобос;"
               "Echeverria=Эчеверрия; Zapata=Сапата; Quintero=Кинтеро"),
        ("CO", "CU", "ES", "PE", "VE", "EC", "MX"), surnames=(2, 2, 2, 1), givens=(1, 1, 2),
    ),
    "arabic": Origin(
        _names("Mohammed|Muhammad|Mohamed|Mohammad=Мухаммед; Ahmed|Ahmad=Ахмед; Ali=Али;"
               "Hassan|Hasan=Хасан; Hussein|Hussain|Husein=Хусейн; Omar|Umar=Омар;"
               "Khaled|Khalid=Халед; Youssef|Yousef|Yusuf=Юсеф; Ibrahim=Ибрагим;"
               "Mahmoud|Mahmud=Махмуд; Mustafa|Moustafa=Мустафа; Karim|Kareem=Карим;"
               "Tariq|Tarek=Тарик; Saeed|Said=Саид; Abdullah|Abdallah=Абдулла;"
               "Abdulrahman|Abdelrahman=Абдуррахман; Fadi=Фади; Nabil=Набиль; Walid=Валид;"
               "Samir=Самир; Jamal=Джамаль; Rashid|Rachid=Рашид; Faisal|Faysal=Фейсал;"
               "Hamza=Хамза; Bilal=Билал; Ziad|Ziyad=Зияд; Osama|Usama=Усама"),
        _names("al-Masri=аль-Масри; al-Rashid=аль-Рашид; al-Hashimi=аль-Хашими;"
               "Haddad=Хаддад; Khalil=Халиль; Nasser|Nasir=Насер; Mansour|Mansur=Мансур;"
               "Saleh|Salih=Салех; al-Amin=аль-Амин; al-Tamimi=ат-Тамими; al-Harbi=аль-Харби;"
               "al-Jaber=аль-Джабер; al-Khatib=аль-Хатиб; Darwish=Дарвиш; al-Shami=аш-Шами;"
               "Qasim|Kassem=Касем; al-Zahrani=аз-Захрани; Hamdan=Хамдан; Awad=Авад;"
               "al-Obeidi=аль-Обейди; Barakat=Баракат; Yassin|Yasin=Ясин"),
        ("SY", "IQ", "EG", "YE", "JO", "SA", "LB", "SD"), givens=(1,), chain="bin",
    ),
    "nepali": Origin(
        _names("Ram=Рам; Bishnu=Бишну; Krishna=Кришна; Hari=Хари; Dil=Дил; Suman=Суман;"
               "Bikash|Bikas=Бикаш; Prakash=Пракаш; Santosh=Сантош; Ramesh=Рамеш;"
               "Dipak|Deepak=Дипак; Sunil=Сунил; Anil=Анил; Bhim=Бхим; Gopal=Гопал;"
               "Bahadur=Бахадур; Kumar=Кумар; Prasad=Прасад; Madan=Мадан; Nabin|Navin=Набин"),
        _names("Thapa=Тхапа; Gurung=Гурунг; Magar=Магар; Shrestha=Шрестха; Tamang=Таманг;"
               "Rai=Раи; Limbu=Лимбу; Sharma=Шарма; Adhikari=Адхикари; Karki=Карки;"
               "Bhattarai=Бхаттарай; Khadka=Кхадка; Poudel|Paudel=Паудел; Shahi=Шахи;"
               "Basnet=Баснет; Thapa Magar=Тхапа Магар; Bhandari=Бхандари; Pun=Пун;"
               "Ghale=Гхале; Lama=Лама; Chhetri|Kshetri=Чхетри"),
        ("NP",), givens=(1, 2, 2),
    ),
    "indian": Origin(
        _names("Rajesh=Раджеш; Sandeep|Sandip=Сандип; Amit=Амит; Vikram=Викрам; Arjun=Арджун;"
               "Rahul=Рахул; Sanjay=Санджай; Ravi=Рави; Manoj=Манодж; Vijay=Виджай;"
               "Ajay=Аджай; Mohan=Мохан; Suresh=Суреш; Gurpreet=Гурприт; Harpreet=Харприт;"
               "Jagdeep=Джагдип; Mohammed|Mohd=Мухаммед"),
        _names("Singh=Сингх; Kumar=Кумар; Patel=Патель; Yadav=Ядав; Gupta=Гупта;"
               "Reddy=Редди; Verma=Верма; Chauhan=Чаухан; Thakur=Тхакур; Mishra=Мишра;"
               "Nair=Наир; Pillai=Пиллаи; Dhillon=Диллон; Sandhu=Сандху; Khan=Хан"),
        ("IN",), givens=(1, 1, 2),
    ),
    "bangladeshi": Origin(
        _names("Abdul Karim=Абдул Карим; Rafiqul|Rofiqul=Рафикул; Shahidul=Шахидул;"
               "Mizanur=Мизанур; Habibur=Хабибур; Kamal=Камаль; Jahangir=Джахангир;"
               "Anwar|Anowar=Анвар; Sohel=Сохель; Rubel=Рубель; Masud|Masood=Масуд"),
        _names("Rahman=Рахман; Hossain|Hussain|Hosen=Хоссейн; Islam=Ислам; Uddin=Уддин;"
               "Alam=Алам; Miah|Mia=Миа; Chowdhury|Choudhury=Чоудхури; Sheikh|Shaikh=Шейх;"
               "Sarker|Sarkar=Саркар; Akter|Akhter=Актер; Molla|Mollah=Молла"),
        ("BD",),
    ),
    "central_asian": Origin(
        _names("Odiljon|Odilzhon=Одилжон; Jasur|Zhasur=Жасур; Bekzod=Бекзод;"
               "Sherzod=Шерзод; Rustam=Рустам; Farrukh|Farukh=Фаррух; Davron=Даврон;"
               "Ulugbek|Ulugbek=Улугбек; Firdavs=Фирдавс; Nurlan=Нурлан; Aibek|Aybek=Айбек;"
               "Azamat=Азамат; Timur=Тимур; Bakhtiyor|Bakhtiyar=Бахтиёр; Jamshid|Dzhamshid=Джамшид;"
               "Dilshod=Дилшод; Elchin=Эльчин; Rashad=Рашад; Farid=Фарид; Kanat=Канат;"
               "Yerlan|Erlan=Ерлан; Zhandos|Jandos=Жандос"),
        _names("Karimov=Каримов; Yusupov|Iusupov|Yusufov=Юсупов; Rahmonov|Rakhmonov=Рахмонов;"
               "Saidov=Саидов; Nazarov=Назаров; Kholov|Holov=Холов; Asanov=Асанов;"
               "Toktogulov=Токтогулов; Mammadov|Mamedov=Мамедов; Huseynov|Guseinov=Гусейнов;"
               "Aliyev|Aliev=Алиев; Tursunov=Турсунов; Ergashev=Эргашев; Khodjaev|Xodjayev=Ходжаев;"
               "Abdurakhmonov|Abdurahmonov=Абдурахмонов; Nurmatov=Нурматов; Zhakupov=Жакупов;"
               "Seitkali=Сейткали; Omurbekov=Омурбеков; Sharipov=Шарипов; Qodirov|Kodirov=Кодиров"),
        ("UZ", "TJ", "KG", "KZ", "AZ", "TM"), givens=(1,), chain="ogly",
    ),
    "african": Origin(
        _names("Chinedu=Чинеду; Emeka=Эмека; Oluwaseun=Олувасеун; Adebayo=Адебайо;"
               "Kwame=Кваме; Kofi=Кофи; Jean-Pierre=Жан-Пьер; Emmanuel=Эммануэль;"
               "Samuel=Самуэль; Abdi=Абди; Tendai=Тендай; Blessing=Блессинг; Kelvin=Келвин;"
               "William=Уильям; Joseph=Джозеф; Patrick=Патрик; Moses=Мозес; Ibrahima=Ибрахима;"
               "Mamadou=Мамаду; Ousmane=Усман"),
        _names("Okafor=Окафор; Okonkwo=Оконкво; Nwosu=Нвосу; Eze=Эзе; Kamau=Камау;"
               "Otieno=Отиено; Wanjiru=Ванджиру; Mwangi=Мванги; Odhiambo=Одиамбо;"
               "Ochieng=Очиенг; Mensah=Менса; Asante=Асанте; Boateng=Боатенг;"
               "Mbarga=Мбарга; Nkomo=Нкомо; Farah=Фарах; Warsame=Уорсаме; Diallo=Диалло;"
               "Traore=Траоре; Mwale=Мвале; Banda=Банда; Phiri=Пхири; Chukwu=Чукву"),
        ("NG", "KE", "GH", "CM", "ZM", "SO", "GN", "ML", "ZW"),
    ),
}

#: Russian particles of the Arabic chain and the Turkic patronymic
_CHAIN = {"bin": (("bin", "ibn", "ben"), "бин"), "ogly": (("ogly", "oglu", "ugli"), "оглы")}

_LETTERS = "abcdefghiklmnoprstuvyz"


def wikidata_names(path: Path, limit: int = 400, seed: int = 0) -> list[Name]:
    """Names of other origins: tokens of Wikidata's English -> Russian pairs."""
    pairs: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha() and len(parts[0]) >= 4:
            pairs.setdefault(parts[0], parts[1].replace(" ", ""))
    keys = sorted(pairs)
    random.Random(seed).shuffle(keys)
    return [((k.capitalize(),), pairs[k].capitalize()) for k in keys[:limit]]


@dataclass
class Person:
    pid: str
    origin: str
    given: list[Name]
    surname: list[Name]
    father: Name | None
    born: date
    precision: str  # full, year, none
    country: str


def _person(rng: random.Random, pid: str, origin: str, o: Origin) -> Person:
    given = rng.sample(o.given, rng.choice(o.givens))
    surname = rng.sample(o.surname, rng.choice(o.surnames))
    father = rng.choice(o.given) if o.chain and rng.random() < 0.5 else None
    born = date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
    precision = rng.choices(("full", "year", "none"), (0.6, 0.25, 0.15))[0]
    return Person(pid, origin, given, surname, father, born, precision, rng.choice(o.countries))


def _birth(p: Person, precision: str) -> str:
    if precision == "full":
        return p.born.isoformat()
    return str(p.born.year) if precision == "year" else ""


def cyrillic_name(rng: random.Random, p: Person) -> str:
    """As a Russian source writes it: surname first (most lists) or given name first."""
    given = " ".join(g[1] for g in p.given)
    surname = " ".join(s[1] for s in p.surname)
    if p.father is not None:
        particle = _CHAIN["bin" if p.origin == "arabic" else "ogly"][1]
        if p.origin == "arabic":
            given = f"{given} {particle} {p.father[1]}"
        else:
            given = f"{given} {p.father[1]} {particle}"
    if rng.random() < 0.3:
        return f"{given} {surname}"
    return f"{surname} {given}"


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + rng.choice(_LETTERS) + word[i + 1 :]
    if kind < 0.7:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _article(rng: random.Random, spelling: str) -> str:
    """al-Masri as passports write it: Al-Masri, Al Masri, Almasri, Masri, El-Masri."""
    if not spelling.lower().startswith("al-"):
        return spelling
    rest = spelling[3:]
    return rng.choice((f"Al-{rest}", f"Al {rest}", f"Al{rest.lower()}", rest, f"El-{rest}"))


def latin_name(rng: random.Random, p: Person) -> str:
    """As a consulate writes it: passport spellings, given name first."""

    def spell(n: Name) -> str:
        options = n[0]
        return options[0] if rng.random() < 0.6 else rng.choice(options)

    given = [spell(g) for g in p.given]
    surname = [_article(rng, spell(s)) for s in p.surname]
    if len(surname) > 1 and rng.random() < 0.3:
        surname = surname[:1]  # the second surname dropped
    words = given
    if p.father is not None and rng.random() < 0.7:
        particles = _CHAIN["bin" if p.origin == "arabic" else "ogly"][0]
        if p.origin == "arabic":
            words = [*given, rng.choice(particles), spell(p.father)]
        else:
            words = [*given, spell(p.father), rng.choice(particles)]
    words = [*words, *surname]
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = _typo(rng, words[i])
    name = " ".join(words)
    return name.upper() if rng.random() < 0.5 else name


def _country_name(rng: random.Random, code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return rng.choice((country.name, code, getattr(country, "common_name", country.name)))


def near_date(rng: random.Random, born: date) -> date:
    """``born`` one digit or one part off, as a clerk or an OCR miswrites it: a digit of
    the year, of the month or of the day; the day and the month swapped; one part
    wholly other. Always a valid date other than ``born``."""
    while True:
        y, m, d = born.year, born.month, born.day
        kind = rng.random()
        if kind < 0.3:  # a digit of the year (the last two: 1985 -> 1986, 1975, 1995)
            i = rng.choice((2, 3))
            text = f"{y:04d}"
            y = int(text[:i] + str(rng.randrange(10)) + text[i + 1:])
        elif kind < 0.5:  # a digit of the month
            text = f"{m:02d}"
            i = rng.randrange(2)
            m = int(text[:i] + str(rng.randrange(10)) + text[i + 1:])
        elif kind < 0.7:  # a digit of the day
            text = f"{d:02d}"
            i = rng.randrange(2)
            d = int(text[:i] + str(rng.randrange(10)) + text[i + 1:])
        elif kind < 0.85:  # day and month swapped
            m, d = d, m
        else:  # one part wholly other
            part = rng.randrange(3)
            if part == 0:
                y = rng.randint(1960, 2004)
            elif part == 1:
                m = rng.randint(1, 12)
            else:
                d = rng.randint(1, 28)
        try:
            out = date(y, m, d)
        except ValueError:
            continue
        if out != born and 1940 <= y <= 2010:
            return out


def consulate_case(
    people: int = 300,
    seed: int = 1,
    not_in_registry: float = 0.2,
    hard_negatives: float = 0.3,
    others: list[Name] | None = None,
    near_negatives: float = 0.04,
    date_typos: float = 0.1,
) -> tuple[pd.DataFrame, pd.DataFrame, list[str | None]]:
    """(registry, list, truth): the registry of foreigners (``person_id``, ``name``,
    ``birth_date``, ``citizenship``), the consulate's list (``case_no``,
    ``full_name``, ``date_of_birth``, ``country``) and, per list row, the registry
    person it is (None: nobody in the registry).

    ``others``: names of other origins (:func:`wikidata_names`), mixed in as an origin.
    ``near_negatives``: besides the ``people``, this share of them again listed
    with a full birth date, absent from the registry, where a namesake (the same
    given names, surnames and citizenship) is born one digit or one part off
    (:func:`near_date`): the hard negative a near date with an agreeing name makes.
    ``date_typos``: the share of listed people in the registry, both sides with a
    full birth date, whose list date is one digit or one part off. Both are drawn
    from a generator of their own: the lists of a seed are otherwise unchanged.
    """
    rng = random.Random(seed)
    origins = dict(ORIGINS)
    if others:
        origins["other"] = Origin(others, others, ("GB", "US", "FR", "DE", "BR", "PL"))
    names = sorted(origins)
    registry: list[dict[str, str]] = []
    listed: list[dict[str, str]] = []
    truth: list[str | None] = []
    for i in range(people):
        origin = rng.choice(names)
        p = _person(rng, f"p{i}", origin, origins[origin])
        in_registry = rng.random() >= not_in_registry
        if in_registry:
            registry.append({"person_id": p.pid, "name": cyrillic_name(rng, p),
                             "birth_date": _birth(p, p.precision), "citizenship": p.country})
        if rng.random() < hard_negatives:  # same surname, same birth year, another man
            o = origins[origin]
            q = _person(rng, f"p{i}n", origin, o)
            q.surname, q.country = p.surname, p.country
            q.born = date(p.born.year, rng.randint(1, 12), rng.randint(1, 28))
            registry.append({"person_id": q.pid, "name": cyrillic_name(rng, q),
                             "birth_date": _birth(q, q.precision), "citizenship": q.country})
        listed_precision = rng.choices(("full", "year", "none"), (0.7, 0.15, 0.15))[0]
        listed.append({"case_no": f"C-{i:04d}", "full_name": latin_name(rng, p),
                       "date_of_birth": _birth(p, listed_precision),
                       "country": _country_name(rng, p.country)})
        truth.append(p.pid if in_registry else None)
    near = random.Random(f"near-dates-{seed}")
    for row, pid in zip(listed, truth, strict=True):
        mine = next((r for r in registry if pid and r["person_id"] == pid), None)
        if (mine is not None and len(mine["birth_date"]) == 10 and len(row["date_of_birth"]) == 10
                and near.random() < date_typos):  # fmt: skip
            row["date_of_birth"] = near_date(near, date.fromisoformat(row["date_of_birth"])
                                             ).isoformat()  # fmt: skip
    for k in range(round(people * near_negatives)):
        origin = near.choice(names)
        p = _person(near, f"n{k}", origin, origins[origin])
        q = Person(f"n{k}n", origin, p.given, p.surname, p.father, near_date(near, p.born),
                   "full", p.country)  # fmt: skip
        registry.append({"person_id": q.pid, "name": cyrillic_name(near, q),
                         "birth_date": _birth(q, "full"), "citizenship": q.country})
        listed.append({"case_no": f"N-{k:04d}", "full_name": latin_name(near, p),
                       "date_of_birth": _birth(p, "full"),
                       "country": _country_name(near, p.country)})
        truth.append(None)
    order = list(range(len(registry)))
    rng.shuffle(order)
    return pd.DataFrame([registry[i] for i in order]), pd.DataFrame(listed), truth


NOW = "2024-05-01T00:00:00+00:00"


def load_registry(engine: Engine, registry: pd.DataFrame, source: str = "foreigners") -> None:
    """A linked registry of ``registry``'s rows: one list source, one person a row."""
    from sqlalchemy import insert

    from headcount.store import schema as s

    with engine.begin() as conn:
        conn.execute(insert(s.source).values(name=source, kind="list", publisher=source,
                                             system=source, declaration={}, updated_at=NOW))
        conn.execute(insert(s.document).values(
            id=f"d-{source}", source=source, format="csv", origin=f"{source}.csv",
            url=None, ingested_at=NOW, published_at=None, archive_path=f"{source}.bin",
            size=1, text=""))  # fmt: skip
        conn.execute(insert(s.link_run).values(started_at=NOW, state="complete",
                                               engine="duckdb", model="bench", threshold=0.9))
        people, mentions, links = [], [], []
        for i, r in enumerate(registry.to_dict("records")):
            born = r["birth_date"] or None
            people.append(dict(
                id=r["person_id"], state="active", grade="confirmed", grade_rule="bench",
                name=r["name"], birth_date=born, death_date=None, citizenship=r["citizenship"],
                status="killed", mentions=1, sources=1, conflicts=0, status_history=[],
                created_run=1, updated_run=1, created_at=NOW, updated_at=NOW))  # fmt: skip
            mentions.append(dict(
                id=f"m{i}", document_id=f"d-{source}", source=source, locator=f"row:{i + 1}",
                extractor="bench", extractor_version="1", created_at=NOW, name=r["name"],
                status="killed", evidence={"name": {"quote": r["name"]}}, birth_date=born,
                citizenship=r["citizenship"]))  # fmt: skip
            links.append(dict(mention_id=f"m{i}", person_id=r["person_id"], run_id=1,
                              rule="model"))  # fmt: skip
        conn.execute(insert(s.person), people)
        conn.execute(insert(s.mention), mentions)
        conn.execute(insert(s.person_mention), links)


__all__ = ["ORIGINS", "Origin", "consulate_case", "cyrillic_name", "latin_name",
           "load_registry", "wikidata_names"]  # fmt: skip
