"""Standardised columns: names in any script and order meet; dates split by precision."""

from __future__ import annotations

import pandas as pd

from headcount.link.standardise import Columns, parse_date, split_name, standardise


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
