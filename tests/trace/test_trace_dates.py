"""A case list's dates of birth are read by the one date reader, as list cells are."""

from __future__ import annotations

import pandas as pd

from headcount.trace.columns import detect, prepare


def test_dates_of_birth_as_families_write_them() -> None:
    cells = ["05/05/1995", "12..03.1990", "??.07.1988", "около 1985", "31/31/1980", "1203.1991",
             "неизвестно", "103.1990"]  # fmt: skip
    df = pd.DataFrame({"full_name": [f"Ram Thapa {i}" for i in range(len(cells))],
                       "date_of_birth": cells})  # fmt: skip
    rows, inputs = prepare(df, detect(list(df.columns)))
    assert [None if pd.isna(v) else v for v in rows["birth_date"]] == [
        "1995-05-05", "1990-03-12", "1988-07", "1985", "1980", "1991-03-12", None, None,
    ]  # fmt: skip
    said = [" ".join(r.messages) for r in inputs]
    assert "read as 1990-03-12" in said[1] and "read as 1985" in said[3]
    assert "only the year 1980" in said[4]
    assert "not understood" in said[6] and "not understood" in said[7]
