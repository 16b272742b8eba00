"""Unknown covariate values as missing data: shared out over the known levels by capture
pattern, not read as a group of people the sources reach badly."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.estimate.covariates import covariate_estimate, covariate_procedure, to_cells
from headcount.estimate.missing import UNKNOWN

LISTS = ("A", "B", "C")
COUNT = "count"


def recorded(seed: int, size: int = 900, share_b: float = 0.3,
             rates: dict[str, tuple[float, ...]] | None = None,
             record: float = 0.5, unknown: str = UNKNOWN) -> tuple[pd.DataFrame, int]:
    """People of citizenship "a" or "b" (``share_b`` of them "b"); list j names a person
    of citizenship g with chance ``rates[g][j]``; each list that names him records his
    citizenship with chance ``record``, so it is ``unknown`` for a person whom no list
    naming him recorded — far more often for those one list names. The long table by
    citizenship and the true total."""
    rates = rates or {"a": (0.3, 0.3, 0.3), "b": (0.3, 0.3, 0.3)}
    rng = np.random.default_rng(seed)
    group = np.where(rng.random(size) < share_b, "b", "a")
    p = np.array([rates[g] for g in group])
    caught = rng.random(p.shape) < p
    told = (caught & (rng.random(p.shape) < record)).any(axis=1)
    seen = caught.any(axis=1)
    frame = pd.DataFrame(caught[seen].astype(int), columns=list(LISTS))
    frame["citizenship"] = np.where(told, group, unknown)[seen]
    long = frame.groupby(["citizenship", *LISTS]).size().rename(COUNT).reset_index()
    return long, size


def test_unknown_concentrated_in_singletons_is_not_read_as_a_group() -> None:
    """Captures do not depend on citizenship; its unknowns are mostly singletons. Shared
    out, citizenship is not chosen; read as a level of its own (the same table with the
    unknowns called "U"), it is chosen and the estimate rises."""
    chosen_missing = chosen_level = 0
    for seed in range(5):
        long, _ = recorded(seed)
        as_level = long.assign(citizenship=long["citizenship"].replace(UNKNOWN, "U"))
        missing = covariate_procedure(to_cells(long, LISTS, ["citizenship"]))
        level = covariate_procedure(to_cells(as_level, LISTS, ["citizenship"]))
        assert missing is not None and level is not None
        chosen_missing += "citizenship" in missing.chosen
        chosen_level += "citizenship" in level.chosen
        if "citizenship" in level.chosen:
            assert level.final.estimate > level.pooled.estimate
    assert chosen_level >= 4  # the failure the sharing removes is there to remove
    assert chosen_missing <= 1


def test_a_covariate_captures_depend_on_is_still_found_through_its_unknowns() -> None:
    """Group "b" is named far less often; a third of the values are unknown. The
    covariate is chosen and the estimate comes near the truth, above the pooled one."""
    rates: dict[str, tuple[float, ...]] = {"a": (0.55, 0.5, 0.6), "b": (0.12, 0.1, 0.15)}
    errors, pooled_errors = [], []
    for seed in range(5):
        long, truth = recorded(seed, size=1200, share_b=0.5, rates=rates, record=0.6)
        res = covariate_estimate(long, LISTS, covariates=("citizenship",),
                                 bootstrap_samples=30, seed=seed)
        assert res is not None, seed
        assert res.diagnostics["unknown_shared_out"]["citizenship"] > 0
        assert "unknown citizenship" in (res.model_reason or "")
        errors.append(abs(res.estimate / truth - 1))
        pooled_errors.append(abs(res.diagnostics["pooled_estimate"] / truth - 1))
    assert np.median(errors) < 0.15
    assert np.median(errors) < np.median(pooled_errors)


def test_structural_zero_survives_the_sharing() -> None:
    """List C never names anyone of region "b": the unknowns C names are not shared into
    "b", so C stays a structural zero there."""
    rows = []
    for a, b, c in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (1, 0, 1), (0, 1, 1), (1, 1, 1)]:
        rows.append({"region": "a", "A": a, "B": b, "C": c, COUNT: 20})
        if not c:
            rows.append({"region": "b", "A": a, "B": b, "C": c, COUNT: 20})
        rows.append({"region": UNKNOWN, "A": a, "B": b, "C": c, COUNT: 5})
    cells = to_cells(pd.DataFrame(rows), LISTS, ["region"])
    assert cells.names["region"] == ("a", "b")
    b = int(np.flatnonzero(cells.levels["region"] == 1)[0])
    names_c = cells.patterns[:, 2] == 1
    assert cells.counts[b, names_c].sum() == 0
    assert not cells.allowed[b, names_c].any()
    assert cells.allowed[b, ~names_c].all()


@st.composite
def tables(draw: st.DrawFn) -> pd.DataFrame:
    levels = draw(st.lists(st.sampled_from(["x", "y", "z", UNKNOWN]), min_size=1,
                           max_size=4, unique=True))
    ages = draw(st.lists(st.sampled_from(["18–29", "30–39", UNKNOWN]), min_size=1,
                         max_size=3, unique=True))
    rows = []
    for lv in levels:
        for age in ages:
            for code in range(1, 8):
                n = draw(st.integers(0, 6))
                if n:
                    rows.append({"region": lv, "age": age, "A": code & 1, "B": code >> 1 & 1,
                                 "C": code >> 2 & 1, COUNT: n})
    if not rows:
        rows.append({"region": levels[0], "age": ages[0], "A": 1, "B": 0, "C": 0, COUNT: 1})
    return pd.DataFrame(rows)


@settings(max_examples=60, deadline=None)
@given(tables(), st.integers(0, 2**32 - 1))
def test_sharing_keeps_every_pattern_count(long: pd.DataFrame, seed: int) -> None:
    """Every capture pattern keeps its number of persons, no unknown level is left, and a
    bootstrap replicate draws from the table before sharing (same total, same cells)."""
    cells = to_cells(long, LISTS, ["region", "age"])
    by_pattern = np.zeros(7)
    for _, r in long.iterrows():
        by_pattern[r["A"] + 2 * r["B"] + 4 * r["C"] - 1] += r[COUNT]
    assert np.allclose(cells.counts.sum(axis=0), by_pattern)
    assert (cells.counts >= 0).all()
    for c in ("region", "age"):
        known = set(long[c]) - {UNKNOWN}
        assert set(cells.names[c]) == (known or {UNKNOWN})
    again = cells.resampled(np.random.default_rng(seed))
    assert again.counts.shape == cells.counts.shape
    assert round(float(again.counts.sum())) == cells.n
    if cells.completion is not None:
        assert again.completion is not None
        assert int(cells.completion.raw.sum()) == int(again.completion.raw.sum())


def test_a_replicate_draws_the_number_named_from_the_estimate() -> None:
    """Given the estimated total, a replicate's number named is Binomial(N̂, n / N̂) — it
    varies as it does between populations — with and without unknowns to share out;
    without a total (or below the number named) it stays n."""
    for unknown in (UNKNOWN, "U"):
        long, _ = recorded(3, unknown=unknown)
        cells = to_cells(long, LISTS, ["citizenship"])
        assert (cells.completion is not None) == (unknown == UNKNOWN)
        rng = np.random.default_rng(0)
        total = 2.0 * cells.n
        drawn = np.array([cells.resampled(rng, total).counts.sum() for _ in range(400)])
        assert abs(drawn.mean() - cells.n) < 3 * np.sqrt(cells.n * 0.5 / 400) + 1
        assert 0.8 < drawn.std() / np.sqrt(total * 0.25) < 1.2
        fixed = {round(float(cells.resampled(rng).counts.sum())) for _ in range(20)}
        assert fixed == {cells.n}
        assert {round(float(cells.resampled(rng, cells.n - 5).counts.sum()))
                for _ in range(5)} == {cells.n}
