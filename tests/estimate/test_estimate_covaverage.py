"""Covariate models averaged by their marginal likelihoods instead of chosen by one test."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import estimate
from headcount.estimate.covariates import (
    P_VALUE,
    covariate_estimate,
    covariate_procedure,
    evidence_weights,
    to_cells,
)
from headcount.estimate.covfit import Fit, Spec

LISTS = ("A", "B", "C", "D")
COUNT = "count"
#: recruitment channels and how much more (or less) likely every list names their dead
CHANNELS = {"volunteer": 0.0, "mobilised": 0.35, "prisoner": -0.7, "contract": 0.15}


def population(seed: int, size: int = 900, region_sd: float = 0.0,
               channel: bool = False, rates: tuple[float, ...] = (0.4, 0.35, 0.45, 0.3),
               ) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """People in 10 regions and 4 channels; every list's logit shifted alike by the
    region's effect (sd ``region_sd``) and, when ``channel``, by :data:`CHANNELS`.
    Returns the pooled table, the long table by region and channel, and the true total."""
    rng = np.random.default_rng(seed)
    region = rng.integers(0, 10, size)
    chan = rng.choice(list(CHANNELS), size, p=[0.4, 0.3, 0.15, 0.15])
    shift = (rng.normal(0, region_sd, 10)[region] if region_sd else np.zeros(size))
    if channel:
        shift = shift + np.array([CHANNELS[c] for c in chan])
    logit = np.log(np.array(rates) / (1 - np.array(rates)))
    p = 1 / (1 + np.exp(-(logit[None, :] + shift[:, None])))
    caught = rng.random((size, len(LISTS))) < p
    seen = caught.any(axis=1)
    frame = pd.DataFrame(caught[seen].astype(int), columns=list(LISTS))
    frame["region"] = [f"oblast-{r}" for r in region[seen]]
    frame["channel"] = chan[seen]
    long = frame.groupby(["region", "channel", *LISTS]).size().rename(COUNT).reset_index()
    table = frame.groupby(list(LISTS)).size().rename(COUNT).reset_index()
    return table, long, size


def _fit(evidence: float, est: float = 100.0) -> Fit:
    return Fit(Spec(), 0.0, 4, 0.0, est, True, evidence)


def test_evidence_weights_follow_the_marginal_likelihood() -> None:
    w = evidence_weights([_fit(-10.0), _fit(-10.0 + math.log(3.0))])
    assert w == pytest.approx((0.25, 0.75))
    # a model without an evidence gets no weight; the others keep theirs
    w = evidence_weights([_fit(-5.0), _fit(-math.inf), _fit(-5.0)])
    assert w == pytest.approx((0.5, 0.0, 0.5))
    # large evidences do not overflow
    assert sum(evidence_weights([_fit(1e4), _fit(1e4 - 2)])) == pytest.approx(1.0)


def test_the_estimate_is_the_weighted_average_of_the_models() -> None:
    _, long, _ = population(4, region_sd=0.5, channel=True)
    proc = covariate_procedure(to_cells(long, LISTS, ["region", "channel"]))
    assert proc is not None and proc.chosen
    assert len(proc.models) == len(proc.weights) >= 2
    assert sum(proc.weights) == pytest.approx(1.0)
    assert proc.estimate == pytest.approx(
        sum(w * f.estimate for w, f in zip(proc.weights, proc.models, strict=True)))
    estimates = [f.estimate for f in proc.models]
    assert min(estimates) <= proc.estimate <= max(estimates)
    # the pooled model is one of the models averaged, never dropped for a test
    assert proc.models[0] is proc.pooled


def test_two_covariates_that_both_move_capture_are_both_carried() -> None:
    # region and channel both shift every list: the heaviest model has both, and the
    # average is far closer to the truth than the pooled model
    pooled_err, averaged_err, both = [], [], 0
    for seed in range(5):
        _, long, truth = population(10 + seed, region_sd=0.6, channel=True)
        proc = covariate_procedure(to_cells(long, LISTS, ["region", "channel"]))
        assert proc is not None
        pooled_err.append(proc.pooled.estimate / truth - 1)
        averaged_err.append(proc.estimate / truth - 1)
        both += set(proc.final.spec.covariates) == {"region", "channel"}
    assert both >= 3
    assert np.median(pooled_err) < -0.04
    assert abs(np.median(averaged_err)) < abs(np.median(pooled_err)) / 2


def test_without_heterogeneity_the_average_stays_on_the_pooled_model() -> None:
    # nothing depends on region or channel: a covariate is screened in now and then by
    # chance, and the average it enters then stays close to the pooled estimate
    screened, shifts = 0, []
    for seed in range(12):
        table, long, _ = population(100 + seed)
        pooled = estimate(table, criterion="bic", count_column=COUNT, gap_fill=False)
        proc = covariate_procedure(to_cells(long, LISTS, ["region", "channel"]))
        assert proc is not None
        if proc.chosen:
            screened += 1
            shifts.append(proc.estimate / pooled.estimate - 1)
        else:
            assert proc.estimate == pytest.approx(proc.pooled.estimate)
    assert screened <= 5  # two covariates screened at P_VALUE each
    assert all(abs(s) < 0.03 for s in shifts)
    assert P_VALUE <= 0.1


def test_a_weak_covariate_enters_the_interval_through_the_bootstrap() -> None:
    # a channel effect too weak for a strict test: the average and its interval, with
    # the models' weights repeated in every bootstrap replicate, cover the truth
    covered = estimated = 0
    for seed in range(4):
        _, long, truth = population(200 + seed, size=700, channel=True)
        res = covariate_estimate(long, LISTS, covariates=("channel",),
                                 bootstrap_samples=30, seed=seed)
        if res is None:
            continue
        estimated += 1
        assert res.lower is not None and res.upper is not None
        assert res.lower <= res.estimate <= res.upper
        covered += res.lower <= truth <= res.upper
        weights = [m["weight"] for m in res.diagnostics["models"]]
        assert sum(weights) == pytest.approx(1.0)
        assert (res.model_description or "").startswith("average of ")
    assert estimated >= 2
    assert covered >= estimated - 1
