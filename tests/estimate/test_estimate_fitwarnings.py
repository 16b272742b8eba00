"""Warnings of a result pooled from several fits say which fit each comes from."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from test_estimate_gapfill import population

from headcount.estimate import estimate
from headcount.estimate.fitwarnings import draws_warnings, merge_numbers, pooled_warnings
from headcount.estimate.gapfill import NO_GAP
from headcount.estimate.linkage import pool
from headcount.estimate.result import EstimateResult

SKIPPED = "{} candidate model(s) skipped because the MLE does not exist or is not identifiable"

texts = st.lists(st.sampled_from([SKIPPED.format(1), SKIPPED.format(2), "sparse table",
                                  "few overlaps"]), max_size=4)


@given(own=texts, fits=st.lists(st.tuples(st.sampled_from("ABCD"), texts), max_size=4))
def test_own_warnings_first_then_each_other_warning_once_with_its_fits(
        own: list[str], fits: list[tuple[str, list[str]]]) -> None:
    out = pooled_warnings(own, fits)
    mine = list(dict.fromkeys(own))
    assert out[:len(mine)] == mine
    rest = out[len(mine):]
    assert len(rest) == len(set(rest))
    for line in rest:
        labels, _, text = line.partition(": ")
        assert text not in mine
        assert labels.split(", ") == [lab for lab, ws in fits if text in ws]
    # every warning of every fit is shown, with its fit or as the result's own
    shown = set(mine) | {line.partition(": ")[2] for line in rest}
    assert shown == set(own) | {w for _, ws in fits for w in ws}


def test_draws_say_which_draws_gave_a_warning_one_line_per_kind() -> None:
    other = "telegram left out as a gap-filler (weight {}%): " + SKIPPED
    out = draws_warnings([[SKIPPED.format(1), "sparse table"],
                          [other.format(31, 2), SKIPPED.format(3), "sparse table"],
                          [SKIPPED.format(1), other.format(33, 2)]])
    assert out == ["all 3 linkage draws: " + SKIPPED.format("1–3"),
                   "linkage draws 1, 2 of 3: sparse table",
                   "linkage draws 2, 3 of 3: " + other.format("31–33", 2)]
    assert draws_warnings([["a", "b"], ["b"]]) == ["linkage draw 1 of 2: a",
                                                  "all 2 linkage draws: b"]


@given(st.lists(st.integers(0, 20_000), min_size=1, max_size=6))
def test_numbers_merge_into_their_range(values: list[int]) -> None:
    texts = [f"the other lists estimate {v:,} people, {v % 7} skipped" for v in values]
    merged = merge_numbers(texts)
    lo, hi = min(values), max(values)
    head = f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"
    assert merged.startswith(f"the other lists estimate {head} people, ")
    sevens = sorted(v % 7 for v in values)
    tail = f"{sevens[0]}" if sevens[0] == sevens[-1] else f"{sevens[0]}–{sevens[-1]}"
    assert merged.endswith(f" {tail} skipped")


def _result(estimate: float, warnings: list[str]) -> EstimateResult:
    return EstimateResult("loglinear", estimate, estimate - 10, estimate + 10, 0.95,
                          "percentile", 100, ("a", "b", "c"), warnings=warnings,
                          samples=np.array([estimate - 5, estimate + 5]))


def test_pooled_linkage_draws_label_their_warnings() -> None:
    res = pool([_result(200, [SKIPPED.format(1)]), _result(210, [SKIPPED.format(2)])], 0.95)
    assert res.warnings == ["all 2 linkage draws: " + SKIPPED.format("1–2")]
    res = pool([_result(200, [SKIPPED.format(1)]), _result(210, [])], 0.95)
    assert res.warnings == ["linkage draw 1 of 2: " + SKIPPED.format(1)]


def test_warnings_of_the_gap_filler_outcomes_name_the_outcome() -> None:
    """Small populations with a list filling most of the others' gaps: several outcomes
    of the decision are weighed, and a warning of an outcome the figure is not mainly
    from says which outcome, with its weight; none is listed twice."""
    labelled = 0
    for seed in range(3):
        table, _ = population(seed, size=60, rates=(0.3, 0.25, 0.35), fill=0.7)
        res = estimate(table, bootstrap_samples=40, interval="percentile", seed=3)
        weights = res.diagnostics["gap_filler_weights"]
        main = max(weights, key=lambda k: weights[k])
        assert len(res.warnings) == len(set(res.warnings))
        for w in res.warnings:
            head = w.partition(": ")[0]
            if "(weight " not in head:
                continue
            labelled += 1
            name = head.split(" left out")[0] if "left out" in head else NO_GAP
            assert name in weights and name != main
            assert head.endswith(f"(weight {weights[name]:.0%})")
    assert labelled >= 2
