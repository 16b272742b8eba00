"""Covariate-adjusted estimation: heterogeneity that a recorded covariate explains."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import estimate
from headcount.estimate.covariates import age_band, covariate_estimate, to_cells
from headcount.estimate.covfit import Cells, Design, Spec, Term, _information, design, fit
from headcount.estimate.errors import EstimationError
from headcount.estimate.headline import HeadlineConfig, headline_from_tables
from headcount.estimate.registry import age_at

LISTS = ("A", "B", "C", "D")
COUNT = "count"


def population(seed: int, size: int = 1500, levels: int = 12, sd: float = 0.0,
               rates: tuple[float, ...] = (0.4, 0.35, 0.45, 0.3),
               absent: dict[str, set[int]] | None = None,
               ) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """People in ``levels`` regions; every list's logit shifted by the region's effect
    (sd ``sd``, the same for all lists); ``absent``: list -> regions it cannot reach.
    Returns the pooled table, the long table by region and the true total."""
    rng = np.random.default_rng(seed)
    region = rng.integers(0, levels, size)
    effect = rng.normal(0, sd, levels) if sd else np.zeros(levels)
    logit = np.log(np.array(rates) / (1 - np.array(rates)))
    p = 1 / (1 + np.exp(-(logit[None, :] + effect[region][:, None])))
    caught = rng.random((size, len(LISTS))) < p
    for name, where in (absent or {}).items():
        caught[np.isin(region, list(where)), LISTS.index(name)] = False
    seen = caught.any(axis=1)
    frame = pd.DataFrame(caught[seen].astype(int), columns=list(LISTS))
    frame["region"] = [f"R{r:02d}" for r in region[seen]]
    long = frame.groupby(["region", *LISTS]).size().rename(COUNT).reset_index()
    table = frame.groupby(list(LISTS)).size().rename(COUNT).reset_index()
    return table, long, size


def test_covariate_explains_heterogeneity_the_pooled_model_misses() -> None:
    pooled_err, adjusted_err, chosen, covered = [], [], 0, 0
    for seed in range(6):
        table, long, truth = population(seed, sd=0.9)
        pooled = estimate(table, criterion="bic", count_column=COUNT, gap_fill=False)
        res = covariate_estimate(long, LISTS, covariates=("region",), bootstrap_samples=40,
                                 seed=seed)
        pooled_err.append(pooled.estimate / truth - 1)
        if res is None:
            continue
        chosen += 1
        adjusted_err.append(res.estimate / truth - 1)
        assert res.lower is not None and res.upper is not None
        covered += res.lower <= truth <= res.upper
        assert "region" in (res.model_description or "")
        assert res.diagnostics["covariate_tests"]["region"]["p_value"] < 0.01
    assert chosen >= 5
    # the pooled model is biased low; the covariate model removes most of the bias
    assert np.median(pooled_err) < -0.04
    assert abs(np.median(adjusted_err)) < abs(np.median(pooled_err)) / 2
    assert covered >= chosen - 1


def test_a_covariate_chosen_by_chance_does_not_move_the_estimate() -> None:
    # no heterogeneity: the liberal test (P_VALUE) passes about as often as its level,
    # and the random effect it then fits is estimated small: the figure stays the pooled
    chosen = 0
    for seed in range(10):
        res = covariate_estimate(population(seed)[1], LISTS, covariates=("region",),
                                 bootstrap_samples=10, seed=seed)
        if res is None:
            continue
        chosen += 1
        assert res.estimate == pytest.approx(res.diagnostics["pooled_estimate"], rel=0.02)
    assert chosen <= 3


def test_a_list_absent_from_regions_is_a_structural_zero_not_heterogeneity() -> None:
    # list D reaches a third of the regions only (a district site): no shared effect
    absent = {"D": set(range(4, 12))}
    chosen = 0
    for seed in range(6):
        _, long, _ = population(seed, absent=absent)
        cells = to_cells(long, LISTS, ["region"])
        names = cells.names["region"]
        d_patterns = cells.patterns[:, 3] == 1
        for i, name in enumerate(names):
            rows = cells.levels["region"] == i
            reach = cells.allowed[rows][:, d_patterns].all()
            assert reach == (int(name[1:]) < 4)
        res = covariate_estimate(long, LISTS, covariates=("region",),
                                 bootstrap_samples=10, seed=seed)
        if res is not None:  # chosen by chance (the liberal level): the figure stays
            chosen += 1
            assert res.estimate == pytest.approx(res.diagnostics["pooled_estimate"],
                                                 rel=0.02)
    assert chosen <= 2


def test_without_covariates_the_fit_is_the_pooled_loglinear_estimate() -> None:
    table, long, _ = population(3, size=800)
    cells = to_cells(long, LISTS, [])
    for pairs, model in (((), "[1,2,3,4]"), (((0, 1),), "[12,3,4]"),
                         (((0, 1), (2, 3)), "[12,34]")):
        ours = fit(cells, Spec(pairs))
        theirs = estimate(table, "loglinear", model=model, count_column=COUNT)
        assert ours.ok
        assert ours.estimate == pytest.approx(theirs.estimate, rel=1e-5)


def test_headline_uses_covariates_only_when_they_are_given_and_chosen() -> None:
    table, long, truth = population(1, sd=0.9)
    cfg = HeadlineConfig(bootstrap=20, linkage_draws=0, statuses=("killed",))
    strata = {"region": long}
    adjusted = headline_from_tables(table, strata, cfg, covariates=long)
    plain = headline_from_tables(table, strata, cfg)
    off = headline_from_tables(table, strata, cfg.replace(covariates=()), covariates=long)
    assert adjusted.result is not None and plain.result is not None
    assert off.result is not None
    assert "region × capture" in adjusted.description
    assert "region" not in plain.description
    assert off.result.estimate == plain.result.estimate
    assert abs(adjusted.result.estimate / truth - 1) < abs(plain.result.estimate / truth - 1)


def test_config_names_unknown_covariates() -> None:
    with pytest.raises(EstimationError, match="colour"):
        HeadlineConfig.from_section({"covariates": ["region", "colour"]})
    assert HeadlineConfig.from_section({"covariates": "age"}).covariates == ("age",)
    assert not HeadlineConfig(method="lcmcr").uses_covariates


@pytest.mark.parametrize(("birth", "death", "band"), [
    ("1990-05-01", "2023-04-30", "30–39"),  # 32 years
    ("1990-05-01", "2020-05-01", "30–39"),
    ("1990-05-02", "2020-05-01", "18–29"),
    ("1970", "2023-01-01", "50+"),
    (None, "2023-01-01", "unknown"),
    (float("nan"), "2023-01-01", "unknown"),
    ("2030-01-01", "2023-01-01", "unknown"),
    ("19xx", "2023", "unknown"),
])
def test_age_band_from_dates(birth: object, death: str, band: str) -> None:
    assert age_band(age_at(birth, death)) == band


def test_a_gap_filler_left_out_keeps_the_pooled_figure() -> None:
    from headcount.estimate.headline import gap_filled
    from headcount.estimate.result import EstimateResult

    def result(diagnostics: dict[str, object]) -> EstimateResult:
        return EstimateResult("loglinear", 300.0, 280.0, 320.0, 0.95, "", 250, LISTS,
                              diagnostics=diagnostics)

    assert gap_filled(result({"gap_filler": {"list": "D", "weight": 0.3}}))
    assert not gap_filled(result({"gap_filler": {"list": "D", "weight": 0.1}}))
    assert gap_filled(result({"gap_filler": {"list": "D"}}))  # decided once, on the data
    assert not gap_filled(result({"gap_filler": {"list": "D", "weight": 0.0}}))
    assert not gap_filled(result({}))


def _fresh(cells: Cells) -> Cells:
    """The same cells without what an earlier fit kept in the memo."""
    return Cells(cells.lists, cells.counts.copy(), cells.levels, cells.names, cells.allowed,
                 cells.mask_id)


def test_the_structure_kept_between_fits_gives_the_same_fits() -> None:
    _, long, _ = population(3, size=900, levels=7, sd=0.6)
    rng = np.random.default_rng(3)
    long["band"] = rng.choice(["young", "middle", "old"], len(long))
    cells = to_cells(long, LISTS, ("band", "region"))
    specs = [Spec(), Spec(((0, 1),)), Spec(((0, 2), (1, 3)), (Term("region", tuple(range(7)),
                                                                    4.0),)),
             Spec((), (Term("band", (0, 1, 2), 2.0), Term("region", tuple(range(7)), 8.0)))]
    for spec in specs:
        fit(cells, spec)  # fills the memo
    assert any(key[0] == "collapse" for key in cells.memo)
    draws = [cells.resampled(rng) for _ in range(4)]
    for draw in draws:
        assert draw.memo is cells.memo  # a bootstrap replicate shares the structure
        for spec in specs:
            kept, fresh = fit(draw, spec), fit(_fresh(draw), spec)
            assert kept.estimate == fresh.estimate and kept.loglik == fresh.loglik
            assert kept.evidence == fresh.evidence
    # the counts are the replicate's own, not the first fit's
    assert len({round(fit(d, specs[2]).estimate, 6) for d in draws}) == len(draws)


def test_the_expected_unseen_is_asked_for_and_never_below_the_mode() -> None:
    # the unseen-to-seen ratio is convex in a capture-intensity effect, so its expectation
    # over the effects' conditional posterior is at least its value at their mode; without
    # a random effect, and unless asked for, it is the estimate itself
    _, long, _ = population(4, size=1000, levels=20, sd=0.6)
    cells = to_cells(long, LISTS, ["region"])
    term = Term("region", tuple(range(len(cells.names["region"]))), 4.0)
    plain = fit(cells, Spec((), (term,)))
    asked = fit(cells, Spec((), (term,)), expected=True)
    assert plain.expected == plain.estimate
    assert asked.estimate == pytest.approx(plain.estimate)
    assert asked.expected > asked.estimate
    assert asked.expected < 1.2 * asked.estimate
    pooled = fit(cells, Spec(), expected=True)
    assert pooled.expected == pooled.estimate


def test_replicates_without_an_estimate_are_a_warning_of_the_result() -> None:
    from headcount.estimate.covariates import Selection, covariate_procedure, selection_result

    _, long, _ = population(3, sd=0.9)
    res = covariate_estimate(long, LISTS, covariates=("region",), bootstrap_samples=40, seed=3)
    assert res is not None and res.warnings == []  # every replicate had an estimate
    cells = to_cells(long, LISTS, ("region",))
    assert cells is not None
    proc = covariate_procedure(cells)
    assert proc is not None and proc.chosen
    reps = np.full(40, proc.final.estimate) * np.linspace(0.9, 1.1, 40)
    reps[:6] = np.nan
    out = selection_result(Selection(cells, proc, reps), 0.95)
    assert out is not None
    assert len(out.warnings) == 1 and "6 of 40 bootstrap replicates" in out.warnings[0]


def _dense_information(d: Design, n_c: np.ndarray, pi: np.ndarray) -> np.ndarray:
    """The information from the full (cells, patterns, params) design, term by term."""
    x = d.dense()
    out = np.zeros((d.params, d.params))
    for c in range(x.shape[0]):
        m = x[c].T @ pi[c]
        out += n_c[c] * (x[c].T @ (pi[c][:, None] * x[c]) - np.outer(m, m))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_the_information_from_the_design_parts_is_the_dense_one(seed: int) -> None:
    rng = np.random.default_rng(seed)
    _, long, _ = population(seed, size=600, levels=int(rng.integers(2, 9)), sd=0.5)
    long["band"] = rng.choice(["young", "middle", "old"], len(long))
    cells = to_cells(long, LISTS, ("band", "region"))
    nreg = len(cells.names["region"])
    spec = Spec(((0, 1), (2, 3))[: int(rng.integers(0, 3))],
                (Term("band", (0, 1, 2), float(rng.choice([0.0, 2.0]))),
                 Term("region", tuple(range(nreg)), 4.0)))
    d = design(cells, spec)
    eta = d.eta(rng.normal(0, 0.3, d.params))
    pi = np.exp(eta - eta.max(axis=1, keepdims=True))
    pi /= pi.sum(axis=1, keepdims=True)
    n_c = rng.integers(1, 40, eta.shape[0]).astype(float)
    assert np.allclose(_information(d, n_c, pi), _dense_information(d, n_c, pi))


def test_the_linear_predictor_from_the_design_parts_is_the_dense_one() -> None:
    _, long, _ = population(4, size=500, levels=5, sd=0.5)
    cells = to_cells(long, LISTS, ("region",))
    d = design(cells, Spec(((0, 3),), (Term("region", tuple(range(5)), 0.0),)))
    theta = np.random.default_rng(4).normal(0, 0.5, d.params)
    assert np.allclose(d.eta(theta), d.dense() @ theta)
    assert d.dense().shape == (*cells.counts.shape, d.params)
