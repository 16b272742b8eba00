"""Standardised columns: names in any script and order meet; dates split by precision."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.link.standardise import (
    Columns,
    _place,
    _unit,
    parse_date,
    split_name,
    standardise,
)
from headcount.names import latin_key


def test_cross_script_and_order_free_keys() -> None:
    df = pd.DataFrame({"name": ["Ram Bahadur Thapa", "Рам Бахадур Тхапа", "Thapa Ram Bahadur",
                                "Тхапа Рам Бахадур", None]})  # fmt: skip
    std = standardise(df, Columns(name="name"))
    assert std.loc[:3, "name_key"].nunique() == 1
    assert std.loc[0, "pair_key"] == std.loc[3, "pair_key"]  # parts known from the order
    assert list(std["has_name"]) == [True, True, True, True, False]
    assert pd.isna(std.loc[4, "name_key"])


def test_split_name_reads_patronymics_and_surname_endings() -> None:
    assert split_name("Иванов Иван Иванович") == ("IVANOV", "IVAN", "IVANOVICH")
    assert split_name("Иван Иванович Иванов") == ("IVANOV", "IVAN", "IVANOVICH")
    assert split_name("Sergei Petrov") == ("PETROV", "SERGEI", "")
    assert split_name("Petrov Sergei") == ("PETROV", "SERGEI", "")


def test_dates_by_precision_and_birth_year_from_age() -> None:
    assert parse_date("19560409") == (1956, 4, 9)
    assert parse_date("02.05.1990") == (1990, 5, 2)
    assert parse_date("1990-05") == (1990, 5, None)
    assert parse_date("nonsense") == (None, None, None)
    df = pd.DataFrame({"name": ["A B"], "age": [32], "death": ["2023-01-10"]})
    std = standardise(df, Columns(name="name", age="age", death_date="death"))
    assert std.loc[0, "birth_year"] == 1990  # 32 at death in January 2023: born 1990 or 1991
    assert std.loc[0, "death_ym"] == "2023-01" and pd.isna(std.loc[0, "birth_date"])


def test_table_at_once_equals_row_by_row() -> None:
    """The column-wise standardisation gives what the row-by-row reference gives."""
    from headcount.link.standardise import add_block_keys, standardise_row

    df = pd.DataFrame({
        "id": ["a", "b", "c", "d", "e", "f", "g", "h"],
        "name": ["Иванов Иван Иванович", None, "Ram Bahadur Thapa", "", "Петров А.", None,
                 "Thapa Ram Bahadur", "Ёрбеков Одилджон-угли"],
        "surname": [None, "Сидоров", None, "Ким", None, "Ли", None, None],
        "surname_nom": [None, None, None, "Кима", None, None, None, None],
        "given": [None, "Олег", None, "Сергей", None, "А. П.", None, None],
        "dob": ["1990-05-02", "02.05.1990", "19560409", None, "1990-13", "", "1985", None],
        "by": [None, "1991", "1950", "1970.0", "abc", "1969", None, "-4"],
        "bm": [None, "7", "13", None, "3", None, None, None],
        "bd": [None, "40", "2", None, "3", None, None, None],
        "died": ["2023-01-10", None, "2022-12-31", "2023-02-30", "2024-07", None, "", "2023-08-01"],
        "age": [None, 32, 45.0, "40", None, "7", None, "29"],
        "region": ["Бурятия", None, "Bagmati", "Бурятия", None, None, None, ""],
        "unit": ["в/ч 32485", None, None, "в/ч 77482", None, None, None, None],
        "job": ["Driver", None, "driver", None, None, None, None, None],
        "lost": ["2023-06-19", "19.06.2023", "2023-06", None, "2023-02-30", "", "x", "2022"],
    })  # fmt: skip
    cols = Columns(id="id", name="name", surname="surname", given_name="given",
                   birth_date="dob", birth_year="by", birth_month="bm", birth_day="bd",
                   death_date="died", age="age", region="region", unit="unit",
                   extra=("job",), lost="lost")  # fmt: skip
    table = standardise(df, cols)
    rows = pd.DataFrame([standardise_row(r, cols) for r in df.to_dict("records")])
    for c in ("birth_year", "death_year", "death_day", "lost_day"):
        rows[c] = rows[c].astype("Int64")
    rows = add_block_keys(rows)
    assert list(table.columns) == list(rows.columns)
    for col in table.columns:
        assert table[col].tolist() == rows[col].tolist() or table[col].astype(str).tolist() == (
            rows[col].astype(str).tolist()
        ), col
    assert table.loc[3, "surname_latin"] == "KIMA"  # the nominative part wins
    assert table.loc[1, "birth_date"] == "1990-05-02" and table.loc[3, "birth_year"] == 1970
    assert table.loc[7, "birth_year"] == 1994  # "-4" is no year: 29 at death in August 2023


def test_russian_transcription_only_where_scripts_mix() -> None:
    mixed = standardise(pd.DataFrame({"name": ["Arnold Schwarzenegger", "Арнольд Шварценеггер"]}),
                        Columns(name="name"))  # fmt: skip
    assert set(mixed.loc[0, "name_ru"]) & set(mixed.loc[1, "name_ru"])
    latin = standardise(pd.DataFrame({"name": ["Arnold Schwarzenegger", "John Smith"]}),
                        Columns(name="name"))  # fmt: skip
    assert latin["name_ru"].isna().all()


def test_whole_name_keys_at_once_equal_name_by_name() -> None:
    from headcount.link.fullname import full_name_keys
    from headcount.link.standardise import _full_keys, _word

    fulls = ["Иванов Иван Иванович", "Ram Bahadur Thapa", "Тхапа Рам Бахадур", "", "Ь",
             "Петров-Водкин Кузьма", "Mammadov Ali oglu", "Алиев Рашид оглы", "O'Neil J.",
             "Иванов Ivan", "Zhang Wei", "Иванов Иван Иванович", "Анна-Мария  Шмидт",
             "123"]  # fmt: skip
    for russian in (True, False):
        cols = full_name_keys(fulls, russian, _word)
        for i, full in enumerate(fulls):
            latin, ordered, key, loose, ru = _full_keys(full, russian)
            assert cols["name_latin"][i] == (latin or None), full
            assert cols["name_sorted"][i] == (ordered or None), full
            assert cols["name_key"][i] == (key or None), full
            assert cols["name_tokens"][i] == (list(loose) or None), full
            assert cols["name_ru"][i] == (list(ru) if ru else None), full
    assert cols["name_ru"] == [None] * len(fulls)  # not asked for
    assert full_name_keys([], True, _word)["name_key"] == []


def test_whole_name_fuzzy_keys_leave_the_patronymic_out() -> None:
    """Two men who share a given name and a patronymic ("Николай Иванович") but not a
    surname share one token of the whole name, not two: the patronymic is compared on
    its own; a name of one word keeps it."""
    import random

    rng = random.Random(5)
    surnames = ["Туров", "Федосеев", "Смирнов", "Русаков", "Дьячков", "Казаков"]
    given = ["Николай", "Павел", "Станислав", "Иван"]
    patronymics = ["Иванович", "Алексеевич", "Анатольевич", "Петрович"]
    names = [f"{rng.choice(surnames)} {rng.choice(given)} {rng.choice(patronymics)}"
             for _ in range(40)] + ["Иванович"]  # fmt: skip
    std = standardise(pd.DataFrame({"name": names}), Columns(name="name"))
    for toks, key, sorted_name in zip(std["name_tokens"], std["patronymic_key"],
                                      std["name_sorted"], strict=True):  # fmt: skip
        if isinstance(key, str):
            assert key not in toks and len(toks) == 2 and len(sorted_name.split()) == 2
    assert std["name_tokens"].iloc[-1] == ["AVNVCH"]


_CYRILLIC_WORDS = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщэюя", min_size=2, max_size=9)
_LATIN_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_JOINS = st.sampled_from([" ", "-", "  ", " - ", "", ", ", " №", "/"])


@given(
    words=st.lists(_CYRILLIC_WORDS | _LATIN_WORDS, min_size=1, max_size=3),
    numbers=st.lists(st.integers(0, 99999), min_size=2, max_size=2, unique=True),
    joins=st.lists(_JOINS, min_size=2, max_size=2),
    first=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_places_differing_in_a_number_never_meet(
    words: list[str], numbers: list[int], joins: list[str], first: bool
) -> None:
    """A region, unit or user column differing only in a number is another place
    ("Регион 84" / "Регион 12", "Донецк-2" / "Донецк-3"), whatever joins the number."""
    name = " ".join(words)
    a, b = (
        f"{n}{j}{name}" if first else f"{name}{j}{n}"
        for n, j in zip(numbers, joins, strict=True)
    )
    assert _place(a) != _place(b)
    assert _unit(a) != _unit(b)


@given(
    words=st.lists(_CYRILLIC_WORDS, min_size=1, max_size=3),
    number=st.integers(0, 99999),
    zeros=st.integers(0, 2),
    digits=st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９"]),
    join=st.sampled_from([" ", "-", "  ", ""]),
    upper=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_variants_of_one_place_still_meet(
    words: list[str], number: int, zeros: int, digits: str, join: str, upper: bool
) -> None:
    """Case, spacing, hyphens, the script of the words (Cyrillic or its Latin
    romanisation), the digits' script and leading zeros do not make another place."""
    name = " ".join(words)
    written = "".join(digits[int(c)] for c in "0" * zeros + str(number))
    variant = " ".join(latin_key(w) for w in words)
    variant = (variant.upper() if upper else variant.lower()) + join + written
    assert _place(f"{name} {number}") == _place(variant)
    assert _place(f"{name.title()}-{number}") == _place(variant)


def test_numbered_places_kept_in_the_standardised_table() -> None:
    df = pd.DataFrame({
        "name": ["Иван Петров"] * 5,
        "region": ["Регион 84", "Регион 12", "регион-84", "Region ８４", None],
        "unit": ["в/ч 12345", "в/ч 54321", "В/Ч-012345", None, None],
        "postcode": ["2615", "2616", " 2615", "TF6 7GA", "tf6-7ga"],
    })  # fmt: skip
    std = standardise(df, Columns(name="name", region="region", unit="unit",
                                  extra=("postcode",)))  # fmt: skip
    assert list(std["region"].iloc[:4]) == ["REGION 84", "REGION 12", "REGION 84", "REGION 84"]
    assert std.loc[0, "unit"] == std.loc[2, "unit"] != std.loc[1, "unit"]
    x = list(std["x_postcode"])
    assert x[0] == x[2] != x[1] and x[3] == x[4] and x[0] is not None


SURNAMES = ["Романов", "Иванова", "Цыбиков", "Гаджиев", "Абдыкадыров", "Ким"]
GIVEN = ["Виталий", "Ольга", "Чингис", "Магомед", "Айбек", "Анна Мария"]
PATRONYMICS = ["Дмитриевич", "Валерьевна", "Баирович", "Шамилевич", "Ахмедович",
               "Ильинична", "Али оглы"]


@given(surname=st.sampled_from(SURNAMES), given_name=st.sampled_from(GIVEN),
       patronymic=st.sampled_from(PATRONYMICS), latin=st.booleans())
@settings(max_examples=30, deadline=None)
def test_a_patronymic_inside_the_given_name_field_is_read_as_one(
        surname: str, given_name: str, patronymic: str, latin: bool) -> None:
    """A list that writes the patronymic in its given-name column ('ROMANOV', 'Vitaliy
    Dmitrievich') gives the keys of one that writes it apart, in either script."""
    from headcount.link.standardise import NAME_COLUMNS

    def write(text: str) -> str:
        return latin_key(text).title() if latin else text

    df = pd.DataFrame({
        "surname": [write(surname)] * 2,
        "given": [write(f"{given_name} {patronymic}"), write(given_name)],
        "patronymic": [None, write(patronymic)],
    })
    std = standardise(df, Columns(surname="surname", given_name="given",
                                  patronymic="patronymic"))
    parts = ["surname_key", "given_key", "pair_key", "given_latin", "patronymic_key",
             "patronymic_first", "name_sorted", "name_tokens"]
    assert set(parts) <= set(NAME_COLUMNS)
    one, two = std.loc[0, parts].tolist(), std.loc[1, parts].tolist()
    assert one == two
    assert pd.notna(std.loc[0, "patronymic_key"])


def test_a_given_name_field_without_a_patronymic_is_left_whole() -> None:
    df = pd.DataFrame({"surname": ["Thapa", "Ким"], "given": ["Ram Bahadur", "Анна Мария"]})
    std = standardise(df, Columns(surname="surname", given_name="given"))
    assert list(std["given_latin"]) == ["RAM BAHADUR", "ANNA MARIIA"]
    assert std["patronymic_key"].isna().all()


@pytest.mark.parametrize("age, death, published, born", [
    ("44", "", "2024-03-14 09:00:00", 1979),  # undated death: the report's year, early
    ("44", "", "2024-10-01", 1980),  # late in the year: the birthday has likelier passed
    ("44", "2023-08-02", "2024-03-14", 1979),  # a death date wins over the report's
    ("44", "", "", None),  # nothing to date the age from
    ("", "", "2024-03-14", None),  # no age
    ("7", "", "2024-03-14", None),  # not a soldier's age
    ("38", "2024", "2025-11-30", 1985),  # a year of death alone: as before
])
def test_an_age_without_a_death_date_dates_the_birth_from_the_report(
        age: str, death: str, published: str, born: int | None) -> None:
    from headcount.link.standardise import MENTION_COLUMNS, standardise_row

    row = {"id": "1", "name": "Раднаев Булат", "age": age, "death_date": death,
           "published_at": published}
    table = standardise(pd.DataFrame([row]), MENTION_COLUMNS)
    got = table["birth_year"].iloc[0]
    assert (None if pd.isna(got) else int(got)) == born
    assert standardise_row(row, MENTION_COLUMNS)["birth_year"] == born
