"""The one date reader: every class of written date, and generated typing slips."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.ingest.date_reader import read_date
from headcount.ingest.dates import parse_partial

# (cell, value, precision, flags) — cells as published lists write them
READ = [
    ("12.03.2023", "2023-03-12", "day", {}),
    ("2023-03-12", "2023-03-12", "day", {}),
    ("2023-03-12T10:22:00", "2023-03-12", "day", {}),
    ("12 марта 2023 г.", "2023-03-12", "day", {}),
    ("March 12, 2023", "2023-03-12", "day", {}),
    # unknown parts, either script
    ("??.12.2024", "2024-12", "month", {}),
    ("хх.12.2024", "2024-12", "month", {}),
    ("XX.12.2024", "2024-12", "month", {}),
    ("00.12.2024", "2024-12", "month", {}),
    ("хх.хх.2024", "2024", "year", {}),
    ("??.??.2024", "2024", "year", {}),
    ("00.00.2024", "2024", "year", {}),
    ("2025-09-", "2025-09", "month", {}),
    ("2025-09-??", "2025-09", "month", {}),
    # month-year and year only
    ("01.2023", "2023-01", "month", {}),
    ("2023-01", "2023-01", "month", {}),
    ("март 2023", "2023-03", "month", {}),
    ("2023", "2023", "year", {}),
    ("1990 г.р.", "1990", "year", {}),
    ("начало марта 2023", "2023-03", "month", {}),
    ("в конце 2022 года", "2022", "year", {}),
    # uncertainty marks
    ("около 2023", "2023", "year", {"uncertain": True}),
    ("ок. 12.03.2023", "2023-03-12", "day", {"uncertain": True}),
    ("~03.2023", "2023-03", "month", {"uncertain": True}),
    ("12.03.2023?", "2023-03-12", "day", {"uncertain": True}),
    ("2023 (?)", "2023", "year", {"uncertain": True}),
    # typing slips, read because only one reading exists
    ("12..03.2023", "2023-03-12", "day", {"repaired": True}),
    ("12.03..2023", "2023-03-12", "day", {"repaired": True}),
    ("12.03.2023.", "2023-03-12", "day", {"repaired": True}),
    ("12.03.2023..", "2023-03-12", "day", {"repaired": True}),
    ("12,03,2023", "2023-03-12", "day", {"repaired": True}),
    ("12 03 2023", "2023-03-12", "day", {"repaired": True}),
    ("12.03-2023", "2023-03-12", "day", {"repaired": True}),
    ("1203.2023", "2023-03-12", "day", {"repaired": True}),
    ("12.032023", "2023-03-12", "day", {"repaired": True}),
    ("12032023", "2023-03-12", "day", {"repaired": True}),
    ("2023.1203", "2023-12-03", "day", {"repaired": True}),
    ("3112.2022", "2022-12-31", "day", {"repaired": True}),
]

BOUNDS = [
    ("до 12.03.2023", "before", "2023-03-12", None),
    ("не позднее 05.2023", "before", "2023-05", None),
    ("после 2022", "after", "2022", None),
    ("не ранее 01.02.2024", "after", "2024-02-01", None),
    ("между 01.2023 и 03.2023", "between", "2023-01", "2023-03"),
    ("с 2022 по 2023", "between", "2022", "2023"),
    ("12.03.2023 – 15.03.2023", "between", "2023-03-12", "2023-03-15"),
    ("2022-2023", "between", "2022", "2023"),
    ("весна 2023", "between", "2023-03", "2023-05"),
]

# cells no reading can be trusted for: kept raw, with the reason
UNREAD = [
    ("103.2023", "ambiguous"),  # 1 March or 10 March
    ("12.03.23", "century"),
    ("31.02.2023", "no day 31"),
    ("13.13.2023", "no month 13"),
    ("хх.хх.хххх", "year is unknown"),
    ("12.03.?", "year is unknown"),
    ("19xx", "not a date"),
    ("неизвестно", "not a date"),
    ("между 2023 и 2021", "ends before it begins"),
    ("1203", "year 1203 is out of range"),
    ("зима 2023", "not a month"),  # December 2022 or 2023: not told
]


@pytest.mark.parametrize(("cell", "value", "precision", "flags"), READ)
def test_cells_are_read_with_their_precision_and_flags(
    cell: str, value: str, precision: str, flags: dict
) -> None:
    r = read_date(cell)
    assert (r.value, r.precision and r.precision.value, r.reason) == (value, precision, None)
    assert r.flags() == flags and r.exact


@pytest.mark.parametrize(("cell", "bound", "value", "until"), BOUNDS)
def test_bounds_are_kept_as_bounds(cell: str, bound: str, value: str, until: str | None) -> None:
    r = read_date(cell)
    assert (r.bound, r.value, r.until) == (bound, value, until)
    assert not r.exact
    with pytest.raises(ValueError, match="bound"):
        parse_partial(cell)


@pytest.mark.parametrize(("cell", "why"), UNREAD)
def test_ambiguous_or_broken_cells_stay_raw_with_a_reason(cell: str, why: str) -> None:
    r = read_date(cell)
    assert r.value is None and r.reason is not None and why in r.reason


def test_declared_formats_set_the_order_of_day_and_month() -> None:
    assert read_date("04/05/2023").value == "2023-05-04"
    assert read_date("04/05/2023", ("%m/%d/%Y",)).value == "2023-04-05"
    assert read_date("0405.2023", ("%m/%d/%Y",)).value == "2023-04-05"


# --- generated slips ---------------------------------------------------------

days = st.dates(min_value=date(1940, 1, 1), max_value=date(2030, 12, 31))


def _slip(d: date, kind: str, sep: str) -> str:
    dd, mm, yyyy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year:04d}"
    return {
        "doubled": f"{dd}{sep}{sep}{mm}{sep}{yyyy}",
        "doubled2": f"{dd}{sep}{mm}{sep}{sep}{yyyy}",
        "trailing": f"{dd}.{mm}.{yyyy}{sep}",
        "leading": f".{dd}.{mm}.{yyyy}",
        "mixed": f"{dd}.{mm}{'-' if sep != '-' else '/'}{yyyy}",
        "day_month": f"{dd}{mm}.{yyyy}",
        "month_year": f"{dd}.{mm}{yyyy}",
        "spaces": f"{dd} {mm} {yyyy}",
        "compact": f"{dd}{mm}{yyyy}",
    }[kind]


SLIPS = ["doubled", "doubled2", "trailing", "leading", "mixed", "day_month", "month_year",
         "spaces", "compact"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(days, st.sampled_from(SLIPS), st.sampled_from([".", "/", "-", ","]))
def test_a_generated_slip_is_read_as_its_date(d: date, kind: str, sep: str) -> None:
    """Each of these slips has one reading only: it gives the written day, flagged repaired."""
    r = read_date(_slip(d, kind, sep))
    assert (r.value, r.precision and r.precision.value) == (d.isoformat(), "day"), r.reason
    assert r.repaired


@settings(max_examples=300, deadline=None)
@given(days, st.sampled_from(["day", "month", "both"]), st.sampled_from(["хх", "xx", "??", "00"]))
def test_placeholders_lower_the_precision(d: date, part: str, mark: str) -> None:
    dd = mark if part in ("day", "both") else f"{d.day:02d}"
    mm = mark if part in ("month", "both") else f"{d.month:02d}"
    r = read_date(f"{dd}.{mm}.{d.year}")
    if part == "day":
        assert (r.value, r.precision and r.precision.value) == (f"{d:%Y-%m}", "month")
    else:
        assert (r.value, r.precision and r.precision.value) == (str(d.year), "year")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_any_text_is_read_or_given_a_reason_never_an_error(text: str) -> None:
    r = read_date(text)
    assert (r.value is None) == (r.reason is not None)
    if r.value is not None:
        assert r.precision is not None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(days.filter(lambda d: d.day < 10))
def test_three_digits_before_the_year_are_read_only_when_one_split_makes_a_date(d: date) -> None:
    """A cell "DMM.YYYY" with a one-digit day: the split after the first digit and after the
    second are both tried; a cell both splits make a date of (month 0 being a month
    left out) stays raw."""
    cell = f"{d.day}{d.month:02d}.{d.year}"
    other = cell[2] == "0" or _valid(d.year, int(cell[2]), int(cell[:2]))
    r = read_date(cell)
    if other:
        assert r.value is None and r.reason
    else:
        assert r.value == d.isoformat()
