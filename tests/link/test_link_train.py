"""Training on tables the deterministic rules find no pair in."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

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


def test_rule_coverage_counts_pairs_where_both_records_have_a_rule_date() -> None:
    from headcount.link.train import MIN_COVERAGE, rule_coverage

    # half the records with a birth year only, half with a death month only:
    # a pair can be found by a rule when both have the same kind of date
    std = pd.DataFrame({"has_name": [True] * 4 + [False],
                        "birth_year": ["1970", "1971", None, None, "1980"],
                        "death_ym": [None, None, "2022-03", "2022-04", None]})  # fmt: skip
    assert rule_coverage(std, ["birth_year", "death_year"]) == pytest.approx(0.5)
    assert rule_coverage(std, ["birth_year"]) == pytest.approx(0.25)
    full = std.assign(birth_year="1970")
    assert rule_coverage(full, ["birth_year", "death_year"]) == pytest.approx(1.0)
    assert rule_coverage(std, []) == 1.0  # the rule is the name alone
    none = std.assign(birth_year=None, death_ym=None)
    assert rule_coverage(none, ["birth_year", "death_year"]) == MIN_COVERAGE
