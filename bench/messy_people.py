"""A seeded German person-deduplication table, messy as a registry clerk makes it.

Written without reading the linkage rules (``src/headcount/link``): a table whose
noise was not chosen to suit them. True people are drawn with faker's ``de_DE``
locale (given names, surnames, cities, postcodes, streets; birth dates for ages
18-90 on :data:`REFERENCE`), plus a hand table of common German given names and
surnames (:data:`COMMON_GIVEN`, :data:`COMMON_SURNAMES`: faker's lists are
uniform, German names are not, and the common ones are where namesakes and
spelling variants live). Each person has 1-4 records (:data:`RECORDS_PER_PERSON`,
many with one). A person's first record is the clean one but for the slips any
entry has (:data:`FIRST_RECORD`); every later record gets the noise of
:data:`NOISE`, each kind with its probability (those marked *if* only where they
can apply). Hard negatives (:data:`HARD`): twins, a father and son of one name at
one address, namesakes of one surname and birth year, namesakes of one full name
and birth year.

Columns: ``first_name, surname, dob, city, postcode, street, gender``; ``dob`` is
``YYYY-MM-DD``, a year alone or empty. The truth (``person_id``) and the log of
what was done to each record (``noise``: kinds joined by ``;``; ``relation``,
``related``: a hard negative's tie to another person) are in
:func:`messy_people_log`'s table only.

    python bench/messy_people.py [--n 10000] [--seed 11] [--out table.csv]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pandas as pd

#: ages 18-90 on this day (fixed, so a seed gives the same table on every day)
REFERENCE = date(2025, 1, 1)

#: records of one person: share of people with 1, 2, 3 and 4 records (mean 1.6)
RECORDS_PER_PERSON = {1: 0.62, 2: 0.22, 3: 0.10, 4: 0.06}

#: Probability of each kind of noise on a record after a person's first. Kinds in a
#: group marked ``(one of)`` exclude each other; "if" means the probability holds
#: where the kind can apply (and the kind is logged only when applied).
NOISE: dict[str, float] = {
    # names
    "name_typo": 0.10,  # one slip in given name or surname: substitution (a QWERTZ
    #                     neighbour), insertion, deletion or transposition
    "name_ocr": 0.05,  # a scanner's or a keyboard's: m/rn, ü/ue/u, ö/oe/o, ä/ae/a, ß/ss
    "name_phonetic": 0.35,  # if the name has a spelling variant (Meier/Meyer/Maier/Mayer,
    #                         Schmidt/Schmitt, Philipp/Filip, Katharina/Catharina)
    "nickname": 0.30,  # if the given name has a short or long form (Johannes/Hans)
    "names_swapped": 0.03,  # given name in the surname field and back
    "second_given_toggled": 0.35,  # if the person has two given names: the second
    #                                 written where the first record omits it, or dropped
    "married_name": 0.15,  # if a woman: her married name (a quarter of them new-old),
    #                         one per woman
    "double_surname_reduced": 0.40,  # if the surname is double: one part of it
    # birth date (one of)
    "dob_digit": 0.04,  # one digit of day, month or the year's last wrong
    "dob_day_month_swapped": 0.06,  # if the day is 12 or less and not the month
    "dob_year_digit": 0.03,  # the year's last two digits swapped or the decade off by one
    "dob_year_only": 0.04,  # only the year written
    "dob_missing": 0.05,
    # place (one of)
    "moved": 0.12,  # another city, postcode and street (one per person)
    "place_missing": 0.08,  # city, postcode or the whole address left out
    "postcode_typo": 0.04,  # one postcode digit wrong or two swapped
    # form
    "gender_missing": 0.08,
    "upper_case": 0.10,  # surname in capitals (two thirds) or the whole record
    "whitespace": 0.06,  # double or stray spaces, a space at either end
    "street_abbreviated": 0.15,  # if the street ends in -straße: -str.
}

#: the kinds a person's first record may also have (the slips of any entry)
FIRST_RECORD = frozenset({"dob_missing", "dob_year_only", "place_missing", "gender_missing",
                          "upper_case", "whitespace", "street_abbreviated"})  # fmt: skip

DOB_KINDS = ("dob_digit", "dob_day_month_swapped", "dob_year_digit", "dob_year_only",
             "dob_missing")  # fmt: skip
PLACE_KINDS = ("moved", "place_missing", "postcode_typo")

#: Share of the people drawn afresh that bring a related other person along: a twin
#: (same surname, birth date and address, another given name), a son (same given name
#: and surname, same address, born 20-40 years later), a namesake of the same surname
#: and birth year (another given name, elsewhere), a namesake of the same full name
#: and birth year (another day, elsewhere).
HARD: dict[str, float] = {
    "twin": 0.012,
    "son": 0.03,
    "namesake_year": 0.03,
    "namesake_name": 0.01,
}

#: share of people drawn from the common-name tables rather than faker's (uniform) lists
COMMON_GIVEN_SHARE = 0.45
COMMON_SURNAME_SHARE = 0.20
#: share of people with a second given name; of women with a double surname; of men
SECOND_GIVEN = 0.20
DOUBLE_SURNAME = {"w": 0.08, "m": 0.02}
#: a person's first record writes the second given name with this probability
FIRST_WRITES_SECOND = 0.6

#: Frequent German given names (a hand list: those of the people born 1935-2007)
COMMON_GIVEN = {
    "m": ["Peter", "Michael", "Thomas", "Andreas", "Wolfgang", "Klaus", "Jürgen", "Stefan",
          "Christian", "Uwe", "Werner", "Hans", "Johannes", "Frank", "Bernd", "Günter",
          "Dieter", "Horst", "Manfred", "Helmut", "Gerhard", "Heinz", "Karl", "Joachim",
          "Ralf", "Matthias", "Markus", "Alexander", "Daniel", "Tobias", "Sebastian",
          "Philipp", "Christoph", "Maximilian", "Friedrich", "Heinrich", "Wilhelm",
          "Jörg", "Rudolf", "Josef", "Walter", "Ulrich", "Nikolaus", "Carsten", "Claus",
          "Lukas", "Jonas", "Felix", "Bernhard", "Theodor"],
    "w": ["Ursula", "Monika", "Petra", "Sabine", "Andrea", "Gabriele", "Renate", "Karin",
          "Brigitte", "Ingrid", "Susanne", "Claudia", "Stefanie", "Katharina", "Elisabeth",
          "Margarete", "Barbara", "Christine", "Martina", "Birgit", "Heike", "Anna", "Maria",
          "Julia", "Sophie", "Lena", "Laura", "Johanna", "Franziska", "Dorothea",
          "Cornelia", "Jessica", "Angelika", "Erika", "Helga", "Gisela", "Marianne",
          "Annette", "Silvia", "Magdalena", "Christina", "Sandra", "Nicole", "Jutta",
          "Ulrike", "Veronika", "Hannelore", "Friederike", "Monique", "Anja"],
}  # fmt: skip

#: Frequent German surnames with rough relative frequencies (Müller most)
COMMON_SURNAMES = {
    "Müller": 30, "Schmidt": 22, "Schneider": 13, "Fischer": 12, "Weber": 11,
    "Meyer": 10, "Wagner": 9, "Becker": 8, "Schulz": 8, "Hoffmann": 8, "Schäfer": 7,
    "Koch": 6, "Bauer": 6, "Richter": 6, "Klein": 6, "Wolf": 6, "Schröder": 5,
    "Neumann": 5, "Schwarz": 5, "Zimmermann": 5, "Braun": 4, "Krüger": 4, "Hofmann": 4,
    "Hartmann": 4, "Lange": 4, "Schmitt": 4, "Werner": 4, "Schmitz": 4, "Krause": 4,
    "Meier": 4, "Lehmann": 4, "Schmid": 3, "Schulze": 3, "Maier": 3, "Köhler": 3,
    "Herrmann": 3, "König": 3, "Walter": 3, "Mayer": 3, "Huber": 3, "Kaiser": 3,
    "Fuchs": 3, "Peters": 3, "Lang": 3, "Scholz": 3, "Möller": 3, "Weiß": 3, "Jung": 3,
    "Hahn": 3, "Vogel": 3, "Friedrich": 3, "Keller": 3, "Günther": 3, "Frank": 3,
    "Berger": 3, "Winkler": 2, "Roth": 2, "Beck": 2, "Lorenz": 2, "Baumann": 2,
    "Franke": 2, "Albrecht": 2, "Schuster": 2, "Simon": 2, "Ludwig": 2, "Böhm": 2,
    "Winter": 2, "Kraus": 2, "Martin": 2, "Schumacher": 2, "Krämer": 2, "Vogt": 2,
    "Stein": 2, "Jäger": 2, "Otto": 2, "Sommer": 2, "Groß": 2, "Seidel": 2,
    "Heinrich": 2, "Brandt": 2, "Haas": 2, "Schreiber": 2, "Graf": 2, "Dietrich": 2,
    "Beyer": 2, "Ziegler": 2, "Kuhn": 2, "Kühn": 2, "Pohl": 2, "Engel": 2, "Horn": 2,
    "Busch": 2, "Bergmann": 2, "Thomas": 2, "Voigt": 2, "Sauer": 2, "Arnold": 2,
    "Wolff": 2, "Pfeiffer": 2,
}  # fmt: skip

#: Spellings of one name a clerk writes for another (as heard, or as once registered)
PHONETIC = [
    ["Meier", "Meyer", "Maier", "Mayer", "Meir"], ["Schmidt", "Schmitt", "Schmid", "Schmied"],
    ["Hoffmann", "Hofmann", "Hoffman"], ["Schulz", "Schultz", "Schulze", "Schultze"],
    ["Schröder", "Schröter", "Schroeder"], ["Schäfer", "Schäffer", "Scheffer"],
    ["Becker", "Bäcker", "Beker"], ["Wolf", "Wolff", "Wulf"], ["Kaiser", "Keiser", "Kayser"],
    ["Beyer", "Beier", "Bayer", "Baier"], ["Vogt", "Voigt", "Vogd"], ["Seidel", "Seidl"],
    ["Franke", "Francke"], ["Frank", "Franck"], ["Krämer", "Kremer", "Cramer"],
    ["Schmitz", "Schmits"], ["Lehmann", "Lehman"], ["Hartmann", "Hartman"],
    ["Herrmann", "Hermann"], ["Kraus", "Krause", "Krauss"], ["Pfeiffer", "Pfeifer"],
    ["Brandt", "Brand", "Brant"], ["Kuhn", "Kühn", "Kuehn"], ["Lang", "Lange"],
    ["Fuchs", "Fux"], ["Weiß", "Weis", "Weiss"], ["Groß", "Gross", "Grohs"],
    ["Philipp", "Filip", "Phillip", "Philip"], ["Christoph", "Kristof", "Christof"],
    ["Katharina", "Catharina", "Katarina"], ["Karl", "Carl"], ["Claus", "Klaus"],
    ["Claudia", "Klaudia"], ["Christian", "Kristian"], ["Carsten", "Karsten"],
    ["Stefan", "Stephan"], ["Stefanie", "Stephanie"], ["Matthias", "Mathias"],
    ["Sophie", "Sofie"], ["Ralf", "Ralph"], ["Rudolf", "Rudolph"], ["Josef", "Joseph"],
    ["Günter", "Günther"], ["Walter", "Walther"], ["Helmut", "Helmuth"],
    ["Jessica", "Jessika"], ["Angelika", "Angelica"], ["Erika", "Erica"],
    ["Veronika", "Veronica"], ["Monika", "Monica"], ["Cornelia", "Kornelia"],
    ["Annette", "Anette"], ["Silvia", "Sylvia"], ["Nikolaus", "Nicolaus"],
    ["Friederike", "Frederike"], ["Marianne", "Mariane"], ["Elisabeth", "Elisabet"],
    ["Theodor", "Theodore"], ["Lukas", "Lucas"], ["Markus", "Marcus"], ["Heike", "Haike"],
]  # fmt: skip

#: Short forms of a given name (and the long form of a short one)
NICKNAMES = {
    "Johannes": ["Hans", "Johann"], "Katharina": ["Katrin", "Kathi", "Käthe"],
    "Wolfgang": ["Wolf"], "Elisabeth": ["Lisa", "Elke", "Liesel"],
    "Margarete": ["Grete", "Margit"], "Friedrich": ["Fritz"], "Heinrich": ["Heinz"],
    "Wilhelm": ["Willi"], "Alexander": ["Alex"], "Michael": ["Micha"],
    "Andreas": ["Andi"], "Thomas": ["Tom"], "Barbara": ["Bärbel"], "Gabriele": ["Gabi"],
    "Susanne": ["Susi"], "Stefanie": ["Steffi"], "Christine": ["Tina"],
    "Christina": ["Tina"], "Magdalena": ["Lena"], "Dorothea": ["Doris", "Dora"],
    "Josef": ["Sepp"], "Franziska": ["Franzi"], "Rudolf": ["Rudi"], "Bernhard": ["Bernd"],
    "Gerhard": ["Gerd"], "Manfred": ["Manni"], "Ulrich": ["Uli"], "Joachim": ["Achim"],
    "Maximilian": ["Max"], "Nikolaus": ["Klaus"], "Theodor": ["Theo"],
    "Cornelia": ["Conny"], "Ursula": ["Uschi"], "Ulrike": ["Ulli"], "Johanna": ["Hanna"],
    "Hannelore": ["Hanne"], "Sebastian": ["Basti"], "Matthias": ["Matze"],
    "Christian": ["Chris"], "Angelika": ["Geli"], "Veronika": ["Vroni"],
}  # fmt: skip

#: QWERTZ neighbours of a letter (for a substitution slip)
QWERTZ = ["qwertzuiopü", "asdfghjklöä", "yxcvbnm"]

_UMLAUTS = {"ä": ("ae", "a"), "ö": ("oe", "o"), "ü": ("ue", "u"), "Ä": ("Ae", "A"),
            "Ö": ("Oe", "O"), "Ü": ("Ue", "U")}  # fmt: skip


def _neighbours(c: str) -> str:
    low = c.lower()
    for r, row in enumerate(QWERTZ):
        i = row.find(low)
        if i < 0:
            continue
        near = row[max(0, i - 1) : i] + row[i + 1 : i + 2]
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(QWERTZ):
                near += QWERTZ[rr][max(0, i - 1) : i + 1]
        return near
    return "aeinrst"


@dataclass
class Person:
    """A true person: given names, surname, birth date, address, sex."""

    pid: str
    given: list[str]
    surname: str
    dob: date
    city: str
    postcode: str
    street: str
    gender: str  # "m" or "w"
    relation: str = ""
    related: str = ""


@dataclass
class _Later:
    """What a person became: a woman's married name, the address moved to."""

    surname: str
    address: tuple[str, str, str]


@dataclass
class Record:
    first_name: str
    surname: str
    dob: str
    city: str
    postcode: str
    street: str
    gender: str
    noise: list[str] = field(default_factory=list)


class _Gen:
    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.fake = Faker("de_DE")
        self.fake.seed_instance(seed)
        self.surnames = list(COMMON_SURNAMES)
        self.surname_weights = list(COMMON_SURNAMES.values())
        self.variants = {n: g for g in PHONETIC for n in g}
        self.nick: dict[str, list[str]] = {}
        for long, shorts in NICKNAMES.items():
            self.nick.setdefault(long, []).extend(shorts)
            for s in shorts:
                self.nick.setdefault(s, []).append(long)
        self.count = 0

    # --- people -------------------------------------------------------------------
    def given_name(self, gender: str) -> str:
        if self.rng.random() < COMMON_GIVEN_SHARE:
            return self.rng.choice(COMMON_GIVEN[gender])
        return str(self.fake.first_name_male() if gender == "m" else self.fake.first_name_female())

    def one_surname(self) -> str:
        if self.rng.random() < COMMON_SURNAME_SHARE:
            return self.rng.choices(self.surnames, self.surname_weights)[0]
        return str(self.fake.last_name())

    def surname(self, gender: str) -> str:
        name = self.one_surname()
        if self.rng.random() < DOUBLE_SURNAME[gender]:
            other = self.one_surname()
            if other != name:
                name = f"{name}-{other}"
        return name

    def address(self) -> tuple[str, str, str]:
        street = f"{self.fake.street_name()} {self.fake.building_number()}"
        return str(self.fake.city()), str(self.fake.postcode()), street

    def birth(self, start: date | None = None, end: date | None = None) -> date:
        lo = start or date(REFERENCE.year - 91, REFERENCE.month, REFERENCE.day) + timedelta(1)
        hi = end or date(REFERENCE.year - 18, REFERENCE.month, REFERENCE.day)
        return lo + timedelta(days=self.rng.randrange((hi - lo).days + 1))

    def new_pid(self) -> str:
        self.count += 1
        return f"P{self.count:06d}"

    def person(self) -> Person:
        gender = self.rng.choice("mw")
        given = [self.given_name(gender)]
        if self.rng.random() < SECOND_GIVEN:
            second = self.given_name(gender)
            if second != given[0]:
                given.append(second)
        return Person(self.new_pid(), given, self.surname(gender), self.birth(), *self.address(),
                      gender)  # fmt: skip

    def other_given(self, p: Person, gender: str) -> list[str]:
        while True:
            g = self.given_name(gender)
            if g not in p.given:
                return [g]

    def hard(self, p: Person, kind: str) -> Person | None:
        """A different person made to look like ``p``."""
        if kind == "twin":
            g = self.rng.choice("mw")
            return replace(p, pid=self.new_pid(), given=self.other_given(p, g), gender=g,
                           relation=kind, related=p.pid)  # fmt: skip
        if kind == "son":
            if p.gender != "m":
                return None
            lo = date(p.dob.year + 20, p.dob.month, min(p.dob.day, 28))
            hi = min(date(p.dob.year + 40, 1, 1), date(REFERENCE.year - 18, 1, 1))
            if lo >= hi:
                return None
            return replace(p, pid=self.new_pid(), given=[p.given[0]], dob=self.birth(lo, hi),
                           relation=kind, related=p.pid)  # fmt: skip
        city, postcode, street = self.address()
        dob = self.birth(date(p.dob.year, 1, 1), date(p.dob.year, 12, 31))
        if kind == "namesake_year":
            g = self.rng.choice("mw")
            return Person(self.new_pid(), self.other_given(p, g), p.surname, dob, city,
                          postcode, street, g, kind, p.pid)  # fmt: skip
        if dob == p.dob:
            return None
        return Person(self.new_pid(), [p.given[0]], p.surname, dob, city, postcode, street,
                      p.gender, kind, p.pid)  # fmt: skip

    # --- records ------------------------------------------------------------------
    def records_of(self, p: Person, k: int) -> list[Record]:
        """``k`` records of ``p``; a woman's married name and the address a person moved
        to are one per person (the records that have them share them)."""
        writes_second = len(p.given) > 1 and self.rng.random() < FIRST_WRITES_SECOND
        married = self.one_surname()
        while married == p.surname:
            married = self.one_surname()
        if self.rng.random() < 0.25:
            married = f"{married}-{p.surname}"
        later = _Later(married, self.address())
        return [self.record(p, writes_second, later, first=(i == 0)) for i in range(k)]

    def hit(self, kind: str, first: bool) -> bool:
        return (not first or kind in FIRST_RECORD) and self.rng.random() < NOISE[kind]

    def one_of(self, kinds: tuple[str, ...], first: bool) -> str | None:
        x = self.rng.random()
        for kind in kinds:
            if first and kind not in FIRST_RECORD:
                continue
            if x < NOISE[kind]:
                return kind
            x -= NOISE[kind]
        return None

    def record(self, p: Person, writes_second: bool, later: _Later, first: bool) -> Record:
        rng, log = self.rng, []
        given = list(p.given if writes_second else p.given[:1])
        surname = p.surname
        if not first:
            if len(p.given) > 1 and self.hit("second_given_toggled", first):
                given = list(p.given[:1] if writes_second else p.given)
                log.append("second_given_toggled")
            if p.gender == "w" and self.hit("married_name", first):
                surname = later.surname
                log.append("married_name")
            elif "-" in surname and self.hit("double_surname_reduced", first):
                parts = surname.split("-")
                surname = parts[0] if rng.random() < 0.7 else parts[-1]
                log.append("double_surname_reduced")
            if given[0] in self.nick and self.hit("nickname", first):
                given[0] = rng.choice(self.nick[given[0]])
                log.append("nickname")
            names = [("g", i) for i, g in enumerate(given) if g in self.variants]
            names += [("s", i) for i, s in enumerate(surname.split("-")) if s in self.variants]
            if names and self.hit("name_phonetic", first):
                which, i = rng.choice(names)
                if which == "g":
                    given[i] = rng.choice([v for v in self.variants[given[i]] if v != given[i]])
                else:
                    parts = surname.split("-")
                    parts[i] = rng.choice([v for v in self.variants[parts[i]] if v != parts[i]])
                    surname = "-".join(parts)
                log.append("name_phonetic")
            for slip_kind, slip in (("name_ocr", _ocr), ("name_typo", _typo)):
                if self.hit(slip_kind, first):
                    if rng.random() < 0.5:
                        i = rng.randrange(len(given))
                        new = slip(given[i], rng)
                        if new != given[i]:
                            given[i] = new
                            log.append(slip_kind)
                    else:
                        new = slip(surname, rng)
                        if new != surname:
                            surname = new
                            log.append(slip_kind)
        first_name = " ".join(given)
        if not first and self.hit("names_swapped", first):
            first_name, surname = surname, first_name
            log.append("names_swapped")
        dob = p.dob.isoformat()
        dob_kind = self.one_of(DOB_KINDS, first)
        if dob_kind:
            written = _dob_noise(p.dob, dob_kind, rng)
            if written is not None and written != dob:
                dob = written
                log.append(dob_kind)
        city, postcode, street = p.city, p.postcode, p.street
        kind = self.one_of(PLACE_KINDS, first)
        if kind == "moved":
            city, postcode, street = later.address
            log.append(kind)
        elif kind == "place_missing":
            x = rng.random()
            if x < 0.4:
                city = ""
            elif x < 0.7:
                postcode = ""
            else:
                city = postcode = street = ""
            log.append(kind)
        elif kind == "postcode_typo":
            postcode = _digit_slip(postcode, rng)
            log.append(kind)
        gender = p.gender
        if self.hit("gender_missing", first):
            gender = ""
            log.append("gender_missing")
        if street.split(" ")[0].endswith("straße") and self.hit("street_abbreviated", first):
            street = street.replace("straße", "str.", 1)
            log.append("street_abbreviated")
        rec = Record(first_name, surname, dob, city, postcode, street, gender, log)
        if self.hit("upper_case", first):
            rec.surname = rec.surname.upper()
            if rng.random() < 1 / 3:
                rec.first_name, rec.city, rec.street = (rec.first_name.upper(), rec.city.upper(),
                                                        rec.street.upper())  # fmt: skip
            log.append("upper_case")
        if self.hit("whitespace", first):
            name = rng.choice(["first_name", "surname", "city", "street"])
            value = getattr(rec, name)
            if value:
                setattr(rec, name, _spaces(value, rng))
                log.append("whitespace")
        return rec


def _ocr(name: str, rng: random.Random) -> str:
    """One scanner's or keyboard's confusion of German letters (unchanged if none fits)."""
    options: list[tuple[str, str, int]] = []  # (letters, read as, from where)
    for u, (long, short) in _UMLAUTS.items():
        if u in name:
            options += [(u, long, 0), (u, short, 0)]
        if long in name:
            options.append((long, u, 0))
    for old, new, start in (("ß", "ss", 0), ("ss", "ß", 0), ("m", "rn", 0), ("rn", "m", 0),
                            ("n", "u", 1), ("l", "I", 0)):  # fmt: skip
        if old in name[start:]:
            options.append((old, new, start))
    if not options:
        return name
    old, new, start = rng.choice(options)
    return name[:start] + name[start:].replace(old, new, 1)


def _typo(name: str, rng: random.Random) -> str:
    """One substitution (a QWERTZ neighbour), insertion, deletion or transposition."""
    if len(name) < 3:
        return name
    # the first letter is rarely the one mistyped
    i = 0 if rng.random() < 0.05 else rng.randrange(1, len(name))
    c = name[i]
    if not c.isalpha():
        return name
    kind = rng.choice(["sub", "ins", "del", "swap"])
    if kind == "sub":
        new = rng.choice(_neighbours(c))
        return name[:i] + (new.upper() if c.isupper() else new) + name[i + 1 :]
    if kind == "ins":
        extra = c.lower() if rng.random() < 0.5 else rng.choice(_neighbours(c))
        return name[: i + 1] + extra + name[i + 1 :]
    if kind == "del":
        return name[:i] + name[i + 1 :]
    j = i - 1 if i == len(name) - 1 else i
    if j == 0:
        j = 1
    if j + 1 >= len(name) or not name[j + 1].isalpha():
        return name
    a, b = name[j], name[j + 1]
    return name[:j] + b + a + name[j + 2 :]


def _digit_slip(digits: str, rng: random.Random) -> str:
    """One digit changed, or two neighbours swapped."""
    if len(digits) < 2:
        return digits
    i = rng.randrange(len(digits))
    if rng.random() < 0.7 or i == len(digits) - 1 or digits[i] == digits[i + 1]:
        return digits[:i] + rng.choice([d for d in "0123456789" if d != digits[i]]) + \
            digits[i + 1 :]  # fmt: skip
    return digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _dob_noise(dob: date, kind: str, rng: random.Random) -> str | None:
    """The date as a clerk wrote it, or None where the kind does not apply."""
    y, m, d = dob.year, dob.month, dob.day
    if kind == "dob_missing":
        return ""
    if kind == "dob_year_only":
        return str(y)
    if kind == "dob_day_month_swapped":
        return _valid(y, d, m) if d <= 12 and d != m else None
    if kind == "dob_year_digit":
        swapped = y - y % 100 + (y % 10) * 10 + (y // 10) % 10  # 1967 -> 1976
        if rng.random() < 0.5 and swapped != y and swapped <= REFERENCE.year - 18:
            return _valid(swapped, m, d)
        return _valid(y - 10 if y + 10 > REFERENCE.year - 18 else y + rng.choice([-10, 10]), m, d)
    for _ in range(20):  # dob_digit: one digit of day, month or the year's last
        text = f"{y:04d}{m:02d}{d:02d}"
        i = rng.choice([3, 4, 5, 6, 7])
        new = text[:i] + rng.choice([c for c in "0123456789" if c != text[i]]) + text[i + 1 :]
        out = _valid(int(new[:4]), int(new[4:6]), int(new[6:]))
        if out:
            return out
    return None


def _spaces(value: str, rng: random.Random) -> str:
    x = rng.random()
    if x < 0.4 and " " in value:
        return value.replace(" ", "  ", 1)
    if x < 0.6 and "-" in value:
        return value.replace("-", " - ", 1)
    if x < 0.8:
        return value + " "
    return " " + value


def _records_per_person(rng: random.Random) -> int:
    return rng.choices(list(RECORDS_PER_PERSON), list(RECORDS_PER_PERSON.values()))[0]


def messy_people_log(n_records: int = 10_000, seed: int = 11) -> pd.DataFrame:
    """The table with its truth and log: ``person_id``, ``noise`` (the kinds done to the
    record, ``;``-joined), ``relation`` and ``related`` (a hard negative's tie)."""
    gen = _Gen(seed)
    rows: list[dict[str, str]] = []
    while len(rows) < n_records:
        people = [gen.person()]
        for kind, share in HARD.items():
            if gen.rng.random() < share:
                other = gen.hard(people[0], kind)
                if other is not None:
                    people.append(other)
        for p in people:
            for rec in gen.records_of(p, _records_per_person(gen.rng)):
                rows.append({"first_name": rec.first_name, "surname": rec.surname,
                             "dob": rec.dob, "city": rec.city, "postcode": rec.postcode,
                             "street": rec.street, "gender": rec.gender,
                             "person_id": p.pid, "noise": ";".join(rec.noise),
                             "relation": p.relation, "related": p.related})  # fmt: skip
    rows = rows[:n_records]
    gen.rng.shuffle(rows)
    return pd.DataFrame(rows)


#: the columns of the log that are not linked
TRUTH_COLUMNS = ["person_id", "noise", "relation", "related"]


def messy_people(n_records: int = 10_000, seed: int = 11) -> tuple[pd.DataFrame, list[str]]:
    """(the table without truth, the true person of each row)."""
    df = messy_people_log(n_records, seed)
    return df.drop(columns=TRUTH_COLUMNS), list(df["person_id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", help="write the table with its truth and log to this CSV")
    args = parser.parse_args(argv)
    df = messy_people_log(args.n, args.seed)
    if args.out:
        df.to_csv(args.out, index=False)
    kinds = df["noise"].str.split(";").explode()
    print(f"{len(df)} records of {df['person_id'].nunique()} people")
    print(kinds[kinds != ""].value_counts().to_string())
    print(df["relation"].value_counts().to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
