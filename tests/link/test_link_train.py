"""Training on tables the deterministic rules find no pair in."""

from __future__ import annotations

import numpy as np
import pandas as pd

from headcount.link.dedupe import calibrated_pairs, detect_columns
from headcount.link.standardise import standardise
from headcount.link.train import default_prior, train, with_prior_of


def _nameless(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    days = rng.integers(0, 12000, n)
    dates = pd.Timestamp("1960-01-01") + pd.to_timedelta(days, unit="D")
    return pd.DataFrame({
        "id": [str(i) for i in range(n)],
        "name": [""] * n,
        "birth_date": dates.strftime("%Y-%m-%d"),
        "region": rng.choice(["Moscow", "Tver", "Omsk", "Perm"], n),
    })  # fmt: skip


def test_a_table_without_names_keeps_a_usable_prior_and_scores() -> None:
    df = _nameless()
    std = standardise(df, detect_columns(list(df.columns)))
    model = train(std)
    prior = model.splink["probability_two_random_records_match"]
    assert 0 < prior < 1
    assert any("unusable" in n for n in model.notes)
    pairs, _, refit = calibrated_pairs(std, model, "duckdb")
    assert 0 < refit < 1
    assert (pairs.get("match_probability", pd.Series(dtype=float)) < 0.5).all()


def test_a_saved_model_with_a_prior_of_zero_still_scores() -> None:
    df = _nameless()
    std = standardise(df, detect_columns(list(df.columns)))
    model = train(std)
    model.splink = with_prior_of(model.splink, 0.0)
    _pairs, fixed, prior = calibrated_pairs(std, model, "duckdb")
    assert 0 < prior < 1
    assert default_prior(len(std)) > 0
    assert 0 < fixed.splink["probability_two_random_records_match"] < 1
