"""Log-linear models: the numpy fit, existence checks, searches."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from headcount.estimate import (
    EstimationError,
    HierModel,
    ModelData,
    check_model,
    downhill,
    estimate,
    fit_model,
    from_frame,
    read_capture_csv,
    stepwise,
)
from headcount.estimate.loglinear import BOTH, NONEXISTENT, NONIDENTIFIABLE, OK, neighbours

THREE = pd.DataFrame(
    {
        "A": [1, 0, 0, 1, 1, 0, 1],
        "B": [0, 1, 0, 1, 0, 1, 1],
        "C": [0, 0, 1, 0, 1, 1, 1],
        "count": [120, 90, 70, 30, 25, 20, 8],
    }
)

ARTIFICIAL_3 = pd.DataFrame(  # Chan, Silverman & Vincent (2021), Table 2
    {"A": [1, 0, 0, 1], "B": [0, 1, 0, 1], "C": [0, 0, 1, 0], "n": [40, 30, 20, 6]}
)


def _statsmodels_fit(df: pd.DataFrame, terms: list[str]) -> tuple[float, float]:
    full = pd.DataFrame(
        [[(c >> i) & 1 for i in range(3)] for c in range(1, 8)], columns=["A", "B", "C"]
    )
    counts = {tuple(r[:3]): r[3] for r in df.itertuples(index=False)}
    full["y"] = [counts.get(tuple(r), 0) for r in full.itertuples(index=False)]
    X = full[["A", "B", "C"]].astype(float)
    for t in terms:
        a, b = t
        X[t] = full[a] * full[b]
    X = sm.add_constant(X)
    res = sm.GLM(full["y"], X, family=sm.families.Poisson()).fit(tol=1e-12)
    return float(np.exp(res.params["const"])), float(res.llf)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.filterwarnings("ignore:Perfect separation")
@pytest.mark.parametrize("terms", [[], ["AB"], ["AB", "AC"], ["AB", "AC", "BC"]])
def test_fit_matches_statsmodels(terms: list[str]) -> None:
    tab = from_frame(THREE)
    data = ModelData(tab)
    gens = [sum(1 << "ABC".index(ch) for ch in t) for t in terms]
    f = fit_model(data, HierModel.from_generators(3, gens))
    dark, llf = _statsmodels_fit(THREE, terms)
    assert f.ok
    assert f.dark == pytest.approx(dark, rel=1e-7)
    assert f.abundance == pytest.approx(tab.observed + dark, rel=1e-7)
    assert f.loglik == pytest.approx(llf, rel=1e-8)


def test_independence_via_estimate_matches_statsmodels() -> None:
    res = estimate(THREE, criterion="independence")
    dark, _ = _statsmodels_fit(THREE, [])
    assert res.estimate == pytest.approx(363 + dark, rel=1e-7)
    assert res.model == "[1,2,3]"
    assert res.lower is not None and res.upper is not None
    assert res.lower < res.estimate < res.upper


def test_bic_penalty_uses_observed_count_and_all_terms() -> None:
    data = ModelData(from_frame(THREE))
    f = fit_model(data, HierModel.from_generators(3, [0b011]))
    assert f.bic == pytest.approx(5 * np.log(363) - 2 * f.loglik)
    assert f.aic == pytest.approx(10 - 2 * f.loglik)


@pytest.mark.parametrize(
    ("model", "status"),
    [
        ("[1,2,3]", OK),
        ("[12,3]", NONEXISTENT),
        ("[13,2]", OK),
        ("[23,1]", OK),
        ("[12,13]", NONEXISTENT),
        ("[12,23]", NONEXISTENT),
        ("[13,23]", OK),
        ("[12,13,23]", NONIDENTIFIABLE),
    ],
)
def test_artificial_3_existence_and_identifiability(model: str, status: str) -> None:
    # The same classification as SparseMSE / MultipleSystemsEstimation's tests.
    data = ModelData(from_frame(ARTIFICIAL_3))
    m = HierModel.parse(3, model)
    assert check_model(data, m) == status
    assert fit_model(data, m, check="lp").status == status
    assert fit_model(data, m).status == status


def test_both_failures_reported() -> None:
    # A and B never overlap, B and C never overlap: [12,23] plus [13] is not identifiable
    # and the AB-free cells leave the MLE non-existent for some models.
    df = pd.DataFrame({"A": [1, 0, 0, 1], "B": [0, 1, 0, 0], "C": [0, 0, 1, 1], "n": [5, 4, 0, 3]})
    data = ModelData(from_frame(df))
    statuses = {
        m: check_model(data, HierModel.parse(3, m)) for m in ["[12,13,23]", "[13,2]", "[1,2,3]"]
    }
    assert statuses["[1,2,3]"] == OK
    assert statuses["[12,13,23]"] in (NONIDENTIFIABLE, BOTH)


def test_stepwise_skips_nonexistent_models_and_reports_them() -> None:
    res = estimate(ARTIFICIAL_3, criterion="stepwise")
    reasons = {m.model: m.status for m in res.skipped_models}
    assert reasons.get("[12,3]") == NONEXISTENT
    assert res.model == "[1,2,3]"
    # independence: 96 observed, hand-checked against the closed form for 3 lists
    assert res.estimate > res.observed == 96


def test_model_parse_and_labels() -> None:
    m = HierModel.parse(4, "[123,14,34]")
    assert m.label() == "[123,14,34]"
    assert m.order == 3
    assert m.npars == 1 + 4 + 3 + 1 + 2  # intercept, mains, 12 13 23, 123, 14 34
    assert HierModel.parse(3, "A:B + C", ["A", "B", "C"]).label() == "[12,3]"
    assert m.describe(["a", "b", "c", "d"]) == "a:b:c + a:d + c:d"
    with pytest.raises(EstimationError):
        HierModel.parse(3, "[14]")


def test_neighbours_respect_hierarchy_and_order() -> None:
    m = HierModel.parse(3, "[12,3]")
    labels = sorted(n.label() for n in neighbours(m, 2))
    assert labels == sorted(["[1,2,3]", "[12,13]", "[12,23]"])
    labels3 = sorted(n.label() for n in neighbours(HierModel.parse(3, "[12,13,23]"), 3))
    assert "[123]" in labels3


def test_downhill_moves_to_lower_bic() -> None:
    rng = np.random.default_rng(0)
    # strong A-B dependence
    n = 3000
    a = rng.random(n) < 0.3
    b = np.where(a, rng.random(n) < 0.6, rng.random(n) < 0.1)
    c = rng.random(n) < 0.25
    cells = a * 1 + b * 2 + c * 4
    counts = np.bincount(cells, minlength=8)
    counts[0] = 0
    df = pd.DataFrame(
        [[(k >> i) & 1 for i in range(3)] + [counts[k]] for k in range(1, 8)],
        columns=["A", "B", "C", "count"],
    )
    data = ModelData(from_frame(df))
    res = downhill(data, "bic", 2)
    assert res.fit.model.label() == "[12,3]"
    assert res.fit.bic < fit_model(data, HierModel.main_effects(3)).bic
    assert abs(res.fit.abundance - n) / n < 0.1


def test_unknown_criterion() -> None:
    with pytest.raises(EstimationError, match="criterion"):
        estimate(THREE, criterion="magic")


# ---------------------------------------------------------- published figures
@pytest.mark.parametrize(
    ("name", "max_order", "point", "model"),
    [
        ("Kosovo.csv", None, 10357, "[123,14,34]"),
        ("Kosovo.csv", 2, 14342, "[12,13,14,23,34]"),
        ("UKdat_5.csv", None, 12262, "[12,13,25,35,45]"),
        ("UKdat.csv", None, 12350, "[12,13,25,35,36,45]"),
        ("UKdat.csv", 2, 12350, "[12,13,25,35,36,45]"),
    ],
)
def test_published_downhill_point_estimates(
    shared_data: Path, name: str, max_order: int | None, point: int, model: str
) -> None:
    # Silverman, Chan & Vincent (2024), Table 6: the model search alone (the gap-filler
    # rule, an addition of headcount, off)
    res = estimate(read_capture_csv(shared_data / name), criterion="bic", max_order=max_order,
                   gap_fill=False)
    assert res.model == model
    assert res.estimate == pytest.approx(point, rel=0.001)


def test_kosovo_both_count_formats_agree(shared_data: Path) -> None:
    a = read_capture_csv(shared_data / "Kosovo.csv")
    b = read_capture_csv(shared_data / "kosovo_aggregate_counts.csv")
    assert a.counts.tolist() == b.counts.tolist()


def test_artificial_3_file_stepwise(shared_data: Path) -> None:
    tab = read_capture_csv(shared_data / "Artificial_3.csv")
    data = ModelData(tab)
    res = stepwise(data, 0.02)
    assert any(r.status != OK for r in res.records)


def test_screened_existence_check_agrees_with_lp(shared_data: Path) -> None:
    # The fast path (LP only when the fit looks degenerate) must select the same models
    # as running the Fienberg-Rinaldo LP for every candidate.
    tab = read_capture_csv(shared_data / "UKdat_5.csv")
    rng = np.random.default_rng(5)
    rows = rng.multinomial(tab.observed, tab.counts / tab.observed, size=4)
    for counts in rows:
        t = tab.with_counts(counts)
        fast = downhill(ModelData(t), "bic", None, keep_records=False)
        slow = downhill(ModelData(t, check="lp"), "bic", None, keep_records=False)
        assert fast.fit.model == slow.fit.model
        assert fast.fit.abundance == pytest.approx(slow.fit.abundance)
