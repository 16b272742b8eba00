"""Poisson log-linear models for multiple systems estimation.

Hierarchical log-linear models over ``k`` lists are fitted to the ``2**k - 1``
observable cells by Newton/IRLS in numpy; the undocumented figure is
``exp(intercept)``. Model search follows the R packages SparseMSE and
MultipleSystemsEstimation (Chan, Silverman & Vincent 2021; Silverman, Chan &
Vincent 2024):

* terms whose margin is empty (no one observed on all those lists) are fixed at
  minus infinity (the extended MLE) and the cells containing them are dropped;
* a candidate whose extended MLE does not exist (Fienberg & Rinaldo linear
  program) or is not identifiable (rank-deficient design) is skipped, and the
  reason recorded;
* BIC uses the number of people observed as the sample size and counts every
  term of the model, including those fixed at minus infinity.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from scipy.optimize import linprog
from scipy.special import gammaln
from scipy.stats import poisson

from headcount.estimate.capture import CaptureTable, popcounts
from headcount.estimate.errors import EstimationError

OK = "ok"
NONEXISTENT = "MLE does not exist"
NONIDENTIFIABLE = "not identifiable"
BOTH = "MLE does not exist and not identifiable"


# --------------------------------------------------------------------- models
@dataclass(frozen=True)
class HierModel:
    """A hierarchical log-linear model: a downward-closed set of terms (bitmasks).

    Always contains the intercept (0) and every main effect.
    """

    k: int
    terms: frozenset[int]

    @classmethod
    def main_effects(cls, k: int) -> HierModel:
        return cls(k, frozenset([0, *(1 << i for i in range(k))]))

    @classmethod
    def from_generators(cls, k: int, generators: Iterable[int]) -> HierModel:
        terms = set(cls.main_effects(k).terms)
        for g in generators:
            terms.update(_subsets(g))
        return cls(k, frozenset(terms))

    @classmethod
    def parse(cls, k: int, text: str, names: Sequence[str] | None = None) -> HierModel:
        """Parse ``"[12,23]"`` (1-based list digits) or ``"A:B + B:C"`` (list names)."""
        s = text.strip()
        gens: list[int] = []
        if s.startswith("["):
            for part in s.strip("[]").split(","):
                part = part.strip()
                if not part:
                    continue
                g = 0
                for ch in part:
                    if not ch.isdigit() or not 1 <= int(ch) <= k:
                        raise EstimationError(f"bad model term {part!r} for {k} lists")
                    g |= 1 << (int(ch) - 1)
                gens.append(g)
        else:
            if names is None:
                raise EstimationError("list names are needed to parse a model by name")
            lookup = {n: i for i, n in enumerate(names)}
            for part in s.replace("*", ":").split("+"):
                part = part.strip()
                if not part:
                    continue
                g = 0
                for nm in part.split(":"):
                    nm = nm.strip()
                    if nm not in lookup:
                        raise EstimationError(f"unknown list {nm!r} in model {text!r}")
                    g |= 1 << lookup[nm]
                gens.append(g)
        return cls.from_generators(k, gens)

    def roots(self) -> list[int]:
        """Generators: terms with no superset term in the model."""
        out = []
        for t in self.terms:
            if t == 0:
                continue
            if not any((t | (1 << i)) in self.terms for i in range(self.k) if not t >> i & 1):
                out.append(t)
        return sorted(out, key=lambda r: (-_weight(r, self.k), r))

    @property
    def order(self) -> int:
        return max((bin(t).count("1") for t in self.terms), default=0)

    @property
    def npars(self) -> int:
        return len(self.terms)

    def interactions(self) -> list[int]:
        inter = [t for t in self.terms if bin(t).count("1") >= 2]
        return sorted(inter, key=lambda t: (bin(t).count("1"), t))

    def label(self) -> str:
        """R-style label, e.g. ``[12,23,4]`` (1-based list numbers)."""
        parts = []
        for r in self.roots():
            digits = [i + 1 for i in range(self.k) if r >> i & 1]
            sep = "" if self.k <= 9 else "."
            parts.append(sep.join(str(d) for d in digits))
        return "[" + ",".join(parts) + "]"

    def describe(self, names: Sequence[str]) -> str:
        """Label with list names, e.g. ``LA:NG + PF + GO``; main effects only → ``independence``."""
        inter = [r for r in self.roots() if bin(r).count("1") >= 2]
        if not inter:
            return "independence (main effects only)"
        return " + ".join(":".join(names[i] for i in range(self.k) if r >> i & 1) for r in inter)


def _weight(r: int, k: int) -> float:
    z = [i + 1 for i in range(k) if r >> i & 1]
    return len(z) + sum(0.5**i for i in z)


def _subsets(mask: int) -> list[int]:
    out = []
    s = mask
    while True:
        out.append(s)
        if s == 0:
            break
        s = (s - 1) & mask
    return out


def neighbours(model: HierModel, maxorder: int) -> list[HierModel]:
    """Hierarchical models one term away: drop a (non-main-effect) generator, or add a
    boundary term (all of whose parents are present) of order at most ``maxorder``."""
    out: list[HierModel] = []
    for r in model.roots():
        if bin(r).count("1") >= 2:
            out.append(HierModel(model.k, model.terms - {r}))
    cand: set[int] = set()
    for t in model.terms:
        for i in range(model.k):
            if not t >> i & 1:
                cand.add(t | (1 << i))
    for c in sorted(cand - model.terms):
        if bin(c).count("1") > maxorder:
            continue
        if all((c & ~(1 << i)) in model.terms for i in range(model.k) if c >> i & 1):
            out.append(HierModel(model.k, model.terms | {c}))
    return out


# ----------------------------------------------------------------- design / data
@lru_cache(maxsize=16)
def master_design(k: int) -> np.ndarray:
    """``D[c, t] = 1`` if term ``t`` is a subset of cell ``c``; rows 0..2**k-1, cols terms."""
    idx = np.arange(2**k)
    return ((idx[:, None] & idx[None, :]) == idx[None, :]).astype(np.float64)


class ModelData:
    """A capture table prepared for log-linear fitting (margins, fit cache)."""

    def __init__(self, table: CaptureTable, check: bool | str = True) -> None:
        self.table = table
        self.check = check
        self.k = table.k
        self.y = table.counts.astype(np.float64)
        self.design = master_design(self.k)
        # nstar[t]: number of people on all the lists of term t (and possibly others)
        self.nstar = self.design.T @ self.y
        self.observed = float(self.y.sum())
        self._cache: dict[frozenset[int], ModelFit] = {}

    def fit(self, model: HierModel, check: bool | str | None = None) -> ModelFit:
        check = self.check if check is None else check
        hit = self._cache.get(model.terms)
        if hit is not None and (hit.checked or not check):
            return hit
        f = fit_model(self, model, check=check)
        self._cache[model.terms] = f
        return f


@dataclass
class ModelFit:
    """One fitted (or rejected) hierarchical model."""

    model: HierModel
    status: str
    checked: bool
    abundance: float = math.nan
    dark: float = math.nan
    log_dark_se: float = math.nan
    loglik: float = math.nan
    bic: float = math.nan
    aic: float = math.nan
    fitted: np.ndarray | None = None  # expected counts per cell (index = bitmask), 0 if dropped
    boundary_terms: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == OK

    def criterion(self, name: str) -> float:
        return self.aic if name == "aic" else self.bic


def _split_terms(data: ModelData, model: HierModel) -> tuple[list[int], list[int], np.ndarray]:
    terms = sorted(model.terms)
    sparse = [t for t in terms if data.nstar[t] == 0]
    est = [t for t in terms if data.nstar[t] > 0]
    cells = np.arange(1, 2**data.k)
    keep = np.ones(cells.size, dtype=bool)
    for s in sparse:
        keep &= (cells & s) != s
    return est, sparse, cells[keep]


@lru_cache(maxsize=200_000)
def _exists_cached(k: int, est: tuple[int, ...], keep_bits: bytes, pos_bits: bytes) -> bool:
    keep = np.frombuffer(keep_bits, dtype=np.int64)
    pos = np.frombuffer(pos_bits, dtype=bool)
    X = master_design(k)[np.ix_(keep, np.asarray(est))]
    # The answer depends only on the support of the data: use a 0/1 vector with it.
    y = pos.astype(np.float64)
    return _lp_interior(X, X.T @ y)


def _lp_interior(X: np.ndarray, tt: np.ndarray) -> bool:
    """Fienberg & Rinaldo (2012) linear program, as in SparseMSE's ``checkident``:
    maximise ``s`` subject to ``X' x = X' y``, ``x >= s``, ``x >= 0``. The extended MLE
    exists (all fitted cells positive) iff the optimum is strictly positive."""
    ncell, npar = X.shape
    c = np.zeros(ncell + 1)
    c[-1] = -1.0
    a_eq = np.hstack([X.T, np.zeros((npar, 1))])
    a_ub = np.hstack([-np.eye(ncell), np.ones((ncell, 1))])
    res = linprog(
        c, A_ub=a_ub, b_ub=np.zeros(ncell), A_eq=a_eq, b_eq=tt, bounds=(0, None), method="highs"
    )
    if res.status != 0:  # pragma: no cover - the data point itself is always feasible
        return False
    return bool(-res.fun > 1e-7)


@lru_cache(maxsize=50_000)
def _rank_deficient(k: int, est: tuple[int, ...], keep_bits: bytes) -> bool:
    keep = np.frombuffer(keep_bits, dtype=np.int64)
    X = master_design(k)[np.ix_(keep, np.asarray(est))]
    if X.shape[0] < X.shape[1]:
        return True
    return bool(np.linalg.matrix_rank(X) < X.shape[1])


def check_model(data: ModelData, model: HierModel) -> str:
    """Status of a model on these data: ``OK``, ``NONEXISTENT``, ``NONIDENTIFIABLE`` or ``BOTH``."""
    est, _sparse, keep = _split_terms(data, model)
    y = data.y[keep]
    est_t = tuple(est)
    keep_b = keep.astype(np.int64).tobytes()
    rankdef = _rank_deficient(data.k, est_t, keep_b)
    exists = True if (y > 0).all() else _exists_cached(data.k, est_t, keep_b, (y > 0).tobytes())
    if not exists and rankdef:
        return BOTH
    if not exists:
        return NONEXISTENT
    if rankdef:
        return NONIDENTIFIABLE
    return OK


def poisson_irls(
    X: np.ndarray, y: np.ndarray, maxit: int = 100, tol: float = 1e-11
) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool]:
    """Poisson GLM with log link by Newton (= IRLS). Returns (beta, mu, cov, converged).

    It runs thousands of times in a bootstrapped model search, on a few cells: what
    does not change between iterations is computed once (the arithmetic is the same)."""
    mu = y + 0.1
    eta = np.log(mu)
    dev_old = math.inf
    beta = np.zeros(X.shape[1])
    converged = False
    xt = X.T
    pos = y > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        for _ in range(maxit):
            z = eta + (y - mu) / mu
            xtw = xt * mu
            info = xtw @ X
            try:
                beta = np.linalg.solve(info, xtw @ z)
            except np.linalg.LinAlgError:
                beta = np.linalg.lstsq(info, xtw @ z, rcond=None)[0]
            eta = np.minimum(X @ beta, 700.0)
            mu = np.exp(eta)
            dev = 2.0 * float((np.where(pos, y * np.log(y / mu), 0.0) - (y - mu)).sum())
            if abs(dev - dev_old) / (abs(dev) + 0.1) < tol:
                converged = True
                break
            dev_old = dev
    info = (xt * mu) @ X
    try:
        cov = np.linalg.inv(info)
    except np.linalg.LinAlgError:
        cov = np.full_like(info, np.nan)
    return beta, mu, cov, converged


def fit_model(data: ModelData, model: HierModel, check: bool | str = True) -> ModelFit:
    """Fit one hierarchical model (extended MLE), checking existence and identifiability.

    Existence is decided by the Fienberg-Rinaldo linear program. To save time the
    program is skipped when it cannot fail: when every retained cell has a positive
    count, or when Newton's method has converged with every retained zero cell fitted
    clearly above zero (when the MLE does not exist the fitted values of some zero
    cells go to zero geometrically, and convergence is only declared once they are
    negligible). ``check="lp"`` forces the linear program for every model.
    """
    est, sparse, keep = _split_terms(data, model)
    if 0 not in est:
        raise EstimationError("no one observed: nothing to fit")
    y = data.y[keep]
    est_t = tuple(est)
    keep_b = keep.astype(np.int64).tobytes()
    if check and _rank_deficient(data.k, est_t, keep_b):
        if (y > 0).all() or _exists_cached(data.k, est_t, keep_b, (y > 0).tobytes()):
            return ModelFit(model, NONIDENTIFIABLE, True)
        return ModelFit(model, BOTH, True)
    pos_b = (y > 0).tobytes()
    if check == "lp" and not (y > 0).all() and not _exists_cached(data.k, est_t, keep_b, pos_b):
        return ModelFit(model, NONEXISTENT, True)
    X = data.design[np.ix_(keep, np.asarray(est))]
    if not check and (X.shape[0] < X.shape[1] or np.linalg.matrix_rank(X) < X.shape[1]):
        return ModelFit(model, NONIDENTIFIABLE, True)
    beta, mu, cov, conv = poisson_irls(X, y)
    if check and check != "lp":
        zero = y == 0
        suspicious = zero.any() and (not conv or float(mu[zero].min()) < 1e-6)
        if suspicious and not _exists_cached(data.k, est_t, keep_b, pos_b):
            return ModelFit(model, NONEXISTENT, True)
    loglik = float(np.sum(y * np.log(np.maximum(mu, 1e-300)) - mu - gammaln(y + 1)))
    npars = model.npars
    dark = float(np.exp(beta[0]))
    fitted = np.zeros(2**data.k)
    fitted[keep] = mu
    fitted[0] = dark
    return ModelFit(
        model=model,
        status=OK,
        checked=bool(check),
        abundance=data.observed + dark,
        dark=dark,
        log_dark_se=float(math.sqrt(cov[0, 0])) if np.isfinite(cov[0, 0]) else math.nan,
        loglik=loglik,
        bic=npars * math.log(data.observed) - 2.0 * loglik,
        aic=2.0 * npars - 2.0 * loglik,
        fitted=fitted,
        boundary_terms=tuple(sparse),
    )


# ------------------------------------------------------------------- searches
@dataclass
class ModelRecord:
    """A model considered during a search."""

    model: str
    description: str
    status: str
    criterion: float
    estimate: float
    step: int
    selected: bool = False
    pvalue: float | None = None


@dataclass
class SearchResult:
    fit: ModelFit
    reason: str
    records: list[ModelRecord] = field(default_factory=list)

    @property
    def skipped(self) -> list[ModelRecord]:
        return [r for r in self.records if r.status != OK]


def _record(fit: ModelFit, names: Sequence[str], crit: str, step: int) -> ModelRecord:
    return ModelRecord(
        model=fit.model.label(),
        description=fit.model.describe(names),
        status=fit.status,
        criterion=fit.criterion(crit),
        estimate=fit.abundance,
        step=step,
    )


def independence(data: ModelData) -> SearchResult:
    """Main effects only."""
    f = data.fit(HierModel.main_effects(data.k))
    if not f.ok:
        raise EstimationError(
            f"{_where(data)}the independence model cannot be fitted: {f.status}"
        )
    rec = _record(f, data.table.lists, "bic", 0)
    rec.selected = True
    return SearchResult(f, "independence model (main effects only) requested", [rec])


def _where(data: ModelData) -> str:
    return f"{data.table.source}: " if data.table.source else ""


def downhill(
    data: ModelData,
    criterion: str = "bic",
    maxorder: int | None = None,
    start: HierModel | None = None,
    niter: int = 20,
    keep_records: bool = True,
) -> SearchResult:
    """Greedy "downhill" search over hierarchical models (Silverman, Chan & Vincent 2024).

    Start from ``start`` (main effects by default); at each step evaluate every
    not-yet-considered neighbour and move to the best one if it improves the criterion.
    """
    k = data.k
    maxorder = k - 1 if maxorder is None else maxorder
    if maxorder < 1:
        raise EstimationError("max order must be at least 1")
    names = data.table.lists
    cur = start or HierModel.main_effects(k)
    fcur = data.fit(cur)
    if not fcur.ok:
        raise EstimationError(
            f"{_where(data)}the estimate does not exist: the starting model "
            f"{cur.describe(names)} fails ({fcur.status})"
        )
    records = [_record(fcur, names, criterion, 0)] if keep_records else []
    considered = {cur.terms}
    steps = 0
    for it in range(1, niter + 1):
        nb = [m for m in neighbours(fcur.model, maxorder) if m.terms not in considered]
        if not nb:
            break
        considered.update(m.terms for m in nb)
        fits = [data.fit(m) for m in nb]
        if keep_records:
            records.extend(_record(f, names, criterion, it) for f in fits)
        okfits = [f for f in fits if f.ok]
        if not okfits:
            break
        best = min(okfits, key=lambda f: f.criterion(criterion))
        if best.criterion(criterion) >= fcur.criterion(criterion):
            break
        fcur = best
        steps = it
    crit = criterion.upper()
    reason = (
        f"lowest {crit} ({fcur.criterion(criterion):.2f}) found by downhill search over "
        f"hierarchical models up to order {maxorder} from "
        f"{(start or HierModel.main_effects(k)).describe(names)}; "
        f"{len(considered)} models considered, {steps} moves"
    )
    if keep_records:
        for r in records:
            if r.model == fcur.model.label() and r.status == OK:
                r.selected = True
    return SearchResult(fcur, reason, records)


def multistart_downhill(
    data: ModelData,
    criterion: str = "bic",
    maxorder: int | None = None,
    starts: Sequence[HierModel] | None = None,
    keep_records: bool = True,
) -> SearchResult:
    """Downhill search from several starting models; keep the best local optimum."""
    starts = list(starts or [HierModel.main_effects(data.k)])
    results = []
    for s in starts:
        if not data.fit(s).ok:
            continue
        results.append(downhill(data, criterion, maxorder, s, keep_records=keep_records))
    if not results:
        raise EstimationError(f"{_where(data)}the estimate does not exist: no starting model fits")
    best = min(results, key=lambda r: r.fit.criterion(criterion))
    best.reason += f" (best of {len(results)} starting models)"
    return best


def stepwise(
    data: ModelData, pthresh: float = 0.02, keep_records: bool = True
) -> SearchResult:
    """Forward stepwise selection of two-list interactions (Chan, Silverman & Vincent 2021).

    At each step add the pair whose overlap count has the smallest Poisson p-value
    under the current model, provided it is below ``pthresh`` and the enlarged model
    has an existing, identifiable MLE.
    """
    k = data.k
    names = data.table.lists
    pairs = [(1 << i) | (1 << j) for i in range(k) for j in range(i + 1, k)]
    selected: list[int] = []
    cur = HierModel.main_effects(k)
    fcur = data.fit(cur, check=False)
    if not fcur.ok:
        raise EstimationError(
            f"{_where(data)}the estimate does not exist: the independence model fails "
            f"({fcur.status})"
        )
    records = [_record(fcur, names, "bic", 0)] if keep_records else []
    step = 0
    last_p: float | None = None
    if pthresh > 0:
        for step in range(1, len(pairs) + 1):
            assert fcur.fitted is not None
            fitted = fcur.fitted
            best_p, best_j = 1.0, -1
            cells = np.arange(1, 2**k)
            for j, pm in enumerate(pairs):
                if pm in selected:
                    continue
                pstar = float(fitted[cells[(cells & pm) == pm]].sum())
                nst = data.nstar[pm]
                pval = min(float(poisson.cdf(nst, pstar)), float(poisson.sf(nst - 1, pstar)))
                cand = HierModel.from_generators(k, [*selected, pm])
                status = data.fit(cand).status
                if keep_records:
                    records.append(
                        ModelRecord(
                            model=cand.label(),
                            description=cand.describe(names),
                            status=status,
                            criterion=math.nan,
                            estimate=math.nan,
                            step=step,
                            pvalue=pval,
                        )
                    )
                if status != OK:
                    pval = 1.0
                if pval < best_p:
                    best_p, best_j = pval, j
            if best_j < 0 or best_p >= pthresh:
                break
            selected.append(pairs[best_j])
            last_p = best_p
            fcur = data.fit(HierModel.from_generators(k, selected), check=False)
    if keep_records:
        lbl = fcur.model.label()
        for r in records:
            if r.model == lbl and r.status == OK:
                r.selected = True
                r.estimate = fcur.abundance
                r.criterion = fcur.bic
    reason = (
        f"forward stepwise selection of two-list interactions: {len(selected)} added "
        f"(each with Poisson p-value < {pthresh:g}"
        + (f", last p = {last_p:.3g}" if last_p is not None else "")
        + "); stopped when no remaining pair had p < threshold with an existing, "
        "identifiable MLE"
    )
    return SearchResult(fcur, reason, records)


def search(
    data: ModelData,
    criterion: str = "bic",
    maxorder: int | None = None,
    pthresh: float = 0.02,
    model: HierModel | None = None,
    starts: Sequence[HierModel] | None = None,
    keep_records: bool = True,
) -> SearchResult:
    """Dispatch on the criterion: ``bic``/``aic`` downhill, ``stepwise``, ``independence``,
    or a fixed ``model``."""
    if model is not None:
        f = data.fit(model)
        if not f.ok:
            raise EstimationError(
                f"{_where(data)}the estimate does not exist for model "
                f"{model.describe(data.table.lists)}: {f.status}"
            )
        rec = _record(f, data.table.lists, criterion if criterion in ("aic", "bic") else "bic", 0)
        rec.selected = True
        return SearchResult(f, "fixed model given by the user", [rec] if keep_records else [])
    if criterion in ("bic", "aic"):
        if starts:
            return multistart_downhill(data, criterion, maxorder, starts, keep_records)
        return downhill(data, criterion, maxorder, keep_records=keep_records)
    if criterion == "stepwise":
        return stepwise(data, pthresh, keep_records)
    if criterion == "independence":
        return independence(data)
    raise EstimationError(f"unknown criterion {criterion!r} (bic, aic, stepwise, independence)")


def pairwise_starts(k: int) -> list[HierModel]:
    """Main effects plus every single two-list interaction: starting points for a
    multi-start downhill search."""
    out = [HierModel.main_effects(k)]
    for i in range(k):
        for j in range(i + 1, k):
            out.append(HierModel.from_generators(k, [(1 << i) | (1 << j)]))
    return out


def cell_popcounts(k: int) -> np.ndarray:
    return popcounts(k)
