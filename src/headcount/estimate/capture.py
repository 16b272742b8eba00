"""Aggregated capture-history tables: reading, validation, cell arithmetic.

A capture-history table has one 0/1 column per list and one count column. Cells
are indexed by a bitmask: list ``i`` (0-based, in column order) is bit ``i``, so
cell ``0b101`` means "on lists 0 and 2, not on list 1". Cell 0 (on no list) is the
undocumented figure and is never observed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from headcount.estimate.errors import EstimationError

#: Column names recognised as the count column (compared case-insensitively).
COUNT_COLUMN_NAMES = (
    "count",
    "counts",
    "freq",
    "frequency",
    "frequencies",
    "n",
    "nobs",
    "num",
    "number",
    "cnt",
    "total",
    "weight",
    "size",
)

#: The table is held dense (``2**k`` counts: 8 MB at 20 lists). LCMCR works on the
#: observed patterns only and takes up to this many lists; log-linear models stop at
#: :data:`headcount.estimate.api.LOGLINEAR_MAX_LISTS` (their design has ``4**k`` cells).
MAX_LISTS = 20


@dataclass(frozen=True)
class CaptureTable:
    """An aggregated capture-history table over ``k`` lists.

    ``counts`` has length ``2**k``; ``counts[c]`` is the number of people whose
    capture pattern is the bitmask ``c``. ``counts[0]`` is always 0.
    """

    lists: tuple[str, ...]
    counts: np.ndarray
    source: str | None = None

    def __post_init__(self) -> None:
        k = len(self.lists)
        if k < 2:
            raise EstimationError(f"{self._where()}need at least two lists, got {k}")
        if k > MAX_LISTS:
            raise EstimationError(f"{self._where()}at most {MAX_LISTS} lists supported, got {k}")
        arr = np.asarray(self.counts, dtype=np.int64)
        if arr.shape != (2**k,):
            raise EstimationError(f"{self._where()}counts must have length 2**{k}")
        if arr[0] != 0:
            raise EstimationError(f"{self._where()}the all-zero pattern cannot have a count")
        if (arr < 0).any():
            raise EstimationError(f"{self._where()}negative counts")
        object.__setattr__(self, "counts", arr)

    def _where(self) -> str:
        return f"{self.source}: " if self.source else ""

    # ------------------------------------------------------------------ basics
    @property
    def k(self) -> int:
        """Number of lists."""
        return len(self.lists)

    @property
    def observed(self) -> int:
        """Number of distinct people observed on at least one list."""
        return int(self.counts.sum())

    @property
    def cells(self) -> np.ndarray:
        """Bitmasks of the ``2**k - 1`` observable cells, in index order."""
        return np.arange(1, 2**self.k)

    def list_totals(self) -> dict[str, int]:
        """Number of people on each list."""
        idx = np.arange(2**self.k)
        return {
            name: int(self.counts[(idx >> i) & 1 == 1].sum()) for i, name in enumerate(self.lists)
        }

    def pair_overlaps(self) -> dict[tuple[str, str], int]:
        """Number of people on both lists of each pair (regardless of other lists)."""
        idx = np.arange(2**self.k)
        out: dict[tuple[str, str], int] = {}
        for i in range(self.k):
            for j in range(i + 1, self.k):
                mask = (1 << i) | (1 << j)
                out[(self.lists[i], self.lists[j])] = int(self.counts[(idx & mask) == mask].sum())
        return out

    def multiply_listed(self) -> int:
        """Number of people on two or more lists."""
        pc = popcounts(self.k)
        return int(self.counts[pc >= 2].sum())

    def with_counts(self, counts: np.ndarray) -> CaptureTable:
        """Same lists, new counts (used by the bootstrap)."""
        return CaptureTable(self.lists, counts, self.source)

    def to_frame(self, include_zero: bool = False, count_column: str = "count") -> pd.DataFrame:
        """Back to a tidy 0/1 + count DataFrame."""
        rows = []
        for c in range(1, 2**self.k):
            n = int(self.counts[c])
            if n == 0 and not include_zero:
                continue
            rows.append([(c >> i) & 1 for i in range(self.k)] + [n])
        return pd.DataFrame(rows, columns=[*self.lists, count_column])

    def pattern(self, cell: int) -> str:
        """Human-readable pattern of a cell, e.g. ``'101'``."""
        return "".join(str((cell >> i) & 1) for i in range(self.k))


def popcounts(k: int) -> np.ndarray:
    """Number of lists in each cell ``0 .. 2**k - 1``."""
    idx = np.arange(2**k)
    pc = np.zeros(2**k, dtype=np.int64)
    for i in range(k):
        pc += (idx >> i) & 1
    return pc


# ---------------------------------------------------------------------- reading
def _is_count_name(name: object) -> bool:
    return str(name).strip().lower() in COUNT_COLUMN_NAMES


def _detect_count_column(df: pd.DataFrame, where: str) -> str:
    named = [c for c in df.columns if _is_count_name(c)]
    if len(named) == 1:
        return str(named[0])
    if len(named) > 1:
        raise EstimationError(
            f"{where}several columns look like counts ({', '.join(map(str, named))}); "
            "name the count column explicitly"
        )
    non_binary = []
    for c in df.columns:
        vals = pd.to_numeric(df[c], errors="coerce")
        if vals.isna().any() or not vals.isin([0, 1]).all():
            non_binary.append(str(c))
    if len(non_binary) == 1:
        return non_binary[0]
    if not non_binary:
        # every column is 0/1: by convention the count column comes last
        return str(df.columns[-1])
    raise EstimationError(
        f"{where}cannot tell which column holds the counts (candidates: "
        f"{', '.join(non_binary)}); name it explicitly"
    )


def _row_label(df: pd.DataFrame, pos: int, from_file: bool) -> str:
    if from_file:
        return f"row {pos + 1} (line {pos + 2})"
    return f"row {df.index[pos]!r}"


def _parse_binary(value: object) -> int | None:
    if isinstance(value, bool | np.bool_):
        return int(value)
    if isinstance(value, str):
        s = value.strip().lower()
        if s in {"0", "0.0", "false", "no"}:
            return 0
        if s in {"1", "1.0", "true", "yes"}:
            return 1
        return None
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if f == 0.0:
        return 0
    if f == 1.0:
        return 1
    return None


def _parse_count(value: object) -> float | None:
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if math.isnan(f) or math.isinf(f):
        return None
    return f


def from_frame(
    df: pd.DataFrame,
    count_column: str | None = None,
    list_columns: Iterable[str] | None = None,
    source: str | None = None,
    _from_file: bool = False,
) -> CaptureTable:
    """Validate a capture-history DataFrame and aggregate it into a :class:`CaptureTable`.

    ``count_column`` is detected when not given (``count``, ``Freq``, ``Frequency``, ``n``,
    ...; otherwise the only non-0/1 column). Patterns absent from the table count zero.
    """
    where = f"{source}: " if source else ""
    if df.shape[0] == 0:
        raise EstimationError(f"{where}the table has no rows")
    if count_column is None:
        count_column = _detect_count_column(df, where)
    elif count_column not in df.columns:
        raise EstimationError(f"{where}no column named {count_column!r}")
    lists = (
        [str(c) for c in df.columns if str(c) != str(count_column)]
        if list_columns is None
        else [str(c) for c in list_columns]
    )
    for c in lists:
        if c not in df.columns.astype(str):
            raise EstimationError(f"{where}no list column named {c!r}")
    if len(lists) < 2:
        raise EstimationError(
            f"{where}need at least two list columns besides the count column "
            f"{count_column!r}, found {len(lists)}"
        )
    if len(lists) > MAX_LISTS:
        raise EstimationError(f"{where}at most {MAX_LISTS} lists supported, found {len(lists)}")
    colmap = {str(c): c for c in df.columns}
    k = len(lists)
    counts = np.zeros(2**k, dtype=np.int64)
    seen: dict[int, int] = {}
    for pos in range(df.shape[0]):
        row = df.iloc[pos]
        label = _row_label(df, pos, _from_file)
        cell = 0
        for i, name in enumerate(lists):
            b = _parse_binary(row[colmap[name]])
            if b is None:
                raise EstimationError(
                    f"{where}{label}, column {name!r}: expected 0 or 1, got "
                    f"{row[colmap[name]]!r}"
                )
            cell |= b << i
        raw = row[colmap[str(count_column)]]
        f = _parse_count(raw)
        if f is None:
            raise EstimationError(
                f"{where}{label}, column {count_column!r}: count is missing or not a number "
                f"({raw!r})"
            )
        if f < 0:
            raise EstimationError(
                f"{where}{label}, column {count_column!r}: negative count {raw!r}"
            )
        if f != math.floor(f):
            raise EstimationError(
                f"{where}{label}, column {count_column!r}: fractional count {raw!r}"
            )
        n = int(f)
        if cell == 0:
            if n > 0:
                raise EstimationError(
                    f"{where}{label}: the all-zero pattern (on no list) has count {n}; "
                    "people on no list cannot be observed — remove the row"
                )
            continue
        if cell in seen:
            raise EstimationError(
                f"{where}{label}: pattern {''.join(str((cell >> i) & 1) for i in range(k))} "
                f"duplicates {_row_label(df, seen[cell], _from_file)}"
            )
        seen[cell] = pos
        counts[cell] = n
    if counts.sum() == 0:
        raise EstimationError(f"{where}all counts are zero: nothing was observed")
    return CaptureTable(tuple(lists), counts, source)


def read_capture_csv(
    path: str | Path, count_column: str | None = None, list_columns: Iterable[str] | None = None
) -> CaptureTable:
    """Read and validate a capture-history CSV file."""
    p = Path(path)
    if not p.exists():
        raise EstimationError(f"{p}: no such file")
    try:
        df = pd.read_csv(p, dtype=str, keep_default_na=False, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise EstimationError(f"{p}: cannot parse as CSV ({exc})") from exc
    df.columns = [str(c).strip() for c in df.columns]
    if len(set(df.columns)) != len(df.columns):
        raise EstimationError(f"{p}: duplicated column names")
    return from_frame(
        df, count_column=count_column, list_columns=list_columns, source=str(p), _from_file=True
    )


def as_table(
    data: CaptureTable | pd.DataFrame, count_column: str | None = None, source: str | None = None
) -> CaptureTable:
    """Accept either a :class:`CaptureTable` or a DataFrame."""
    if isinstance(data, CaptureTable):
        return data
    if isinstance(data, pd.DataFrame):
        return from_frame(data, count_column=count_column, source=source)
    raise EstimationError(f"expected a DataFrame or CaptureTable, got {type(data).__name__}")
