"""Log-linear capture–recapture with covariates: the covariate as a dimension of the table.

Persons are counted by covariate cell ``x`` (a region, a recruitment channel, an age
band, ...) and capture pattern ``h``. Conditional on the cell, the pattern follows a
log-linear model

    log μ(x, h) = α_x + Σ_j β_j h_j + Σ_{j<k} λ_jk h_j h_k + Σ_c γ_c[g_c(x)] · |h|

with one free α per cell (the cell's size, a nuisance), list main effects ``β``, the
selected list × list terms ``λ`` and, per covariate ``c``, a term shared by the lists
for the group ``g_c(x)`` of the covariate's levels: how much more (or less) likely every
list is to name a person of that group. ``|h|`` is the number of lists naming the
person, so the term is a covariate × list interaction whose coefficient is the same for
every list — the form the heterogeneity takes when a covariate moves every source's
chance in the same direction (a region the news, the channels and the lists all reach
well). Profiling out the ``α`` gives the multinomial likelihood of the patterns within
each cell, fitted here by Newton's method; the estimate is
``Σ_x n_x (1 + 1 / Σ_{h≠0} exp η(x, h))`` (with ``η(x, 0) = 0``), which is the Poisson
log-linear estimate of the extended table and, without covariate terms, the pooled
log-linear estimate of the same model.

Structural zeros: a list that names no one in a cell's level where it would be
expected to name someone (:func:`reach_mask`) cannot name anyone there; its patterns
are removed from that cell's support rather than read as people it missed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse

if TYPE_CHECKING:
    from headcount.estimate.missing import Completion

#: a coefficient beyond this is taken as an estimate that does not exist
MAX_COEF = 25.0
#: ridge on the covariate terms (keeps a group that every list misses finite)
RIDGE = 1e-3


@dataclass(frozen=True)
class Cells:
    """Counts by covariate cell (rows) and capture pattern (columns, patterns 1 … 2^k − 1).

    ``levels[c]`` gives each cell's level index of covariate ``c``; ``allowed`` marks the
    patterns a cell can have (structural zeros: False). ``memo`` keeps what depends only on
    the cells' structure (levels, structural zeros), not on their counts — the merged
    cells of :func:`collapse` and the designs of :func:`design` — shared by every
    bootstrap replicate of the same cells (:meth:`resampled`), which refits hundreds of
    models on the same structure."""

    lists: tuple[str, ...]
    counts: np.ndarray  # (cells, patterns)
    levels: dict[str, np.ndarray]  # covariate -> (cells,) level index
    names: dict[str, tuple[str, ...]]  # covariate -> level labels
    allowed: np.ndarray  # (cells, patterns) bool
    #: cells with the same structural zeros share an id (computed when None)
    mask_id: np.ndarray | None = None
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    #: the table before unknown covariate values were shared out over the known levels
    #: (:mod:`headcount.estimate.missing`; None when no value is unknown): a replicate
    #: resamples it and shares again
    completion: Completion | None = None
    #: these counts merged by :func:`collapse`, by covariates (each replicate's own)
    local: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def k(self) -> int:
        return len(self.lists)

    @property
    def patterns(self) -> np.ndarray:
        """(patterns, k) 0/1 matrix of the non-empty patterns."""
        codes = np.arange(1, 2**self.k)
        return ((codes[:, None] >> np.arange(self.k)) & 1).astype(float)

    @property
    def n(self) -> int:
        return round(float(self.counts.sum()))

    def resampled(self, rng: np.random.Generator, total: float | None = None) -> Cells:
        """A multinomial draw over the observed cells (over the cells before unknown
        values were shared out, when some were). Of the observed total, or, given the
        estimated ``total``, of a number drawn as Binomial(N̂, n / N̂): the persons seen
        when N̂ people (the n seen and N̂ − n never named) are drawn with replacement,
        so the number named varies as it does from population to population (Buckland &
        Garthwaite 1991)."""
        m = self.n
        if total is not None and math.isfinite(total) and total > self.n:
            m = int(rng.binomial(round(total), self.n / total))
        if self.completion is not None:
            again, draw = self.completion.resampled(rng, m)
            return Cells(self.lists, draw, self.levels, self.names, self.allowed,
                         self.mask_id, self.memo, again)
        flat = self.counts.ravel().astype(float)
        draw = rng.multinomial(m, flat / flat.sum()).reshape(self.counts.shape)
        return Cells(self.lists, draw, self.levels, self.names, self.allowed, self.mask_id,
                     self.memo)


@dataclass(frozen=True)
class Term:
    """A covariate's capture-intensity term: the group of each of its levels, and the
    ridge ``penalty`` on the groups' coefficients (0: the first group is the reference and
    the others are free; above 0: every group has a coefficient, shrunk towards 0 as a
    Gaussian random effect of variance ``1 / penalty``)."""

    covariate: str
    groups: tuple[int, ...]
    penalty: float = 0.0

    @property
    def size(self) -> int:
        return max(self.groups) + 1 if self.groups else 0


@dataclass(frozen=True)
class Spec:
    """A model: list × list pairs and covariate terms."""

    pairs: tuple[tuple[int, int], ...] = ()
    terms: tuple[Term, ...] = ()

    @property
    def covariates(self) -> tuple[str, ...]:
        return tuple(t.covariate for t in self.terms)

    def with_pairs(self, pairs: tuple[tuple[int, int], ...]) -> Spec:
        return Spec(tuple(sorted(pairs)), self.terms)

    def with_term(self, term: Term) -> Spec:
        rest = [t for t in self.terms if t.covariate != term.covariate]
        return Spec(self.pairs, tuple(sorted([*rest, term], key=lambda t: t.covariate)))


@dataclass(frozen=True)
class Fit:
    """A fitted model: its log-likelihood, parameters, BIC and estimate (``math.inf`` when
    the estimate does not exist)."""

    spec: Spec
    loglik: float
    params: int
    bic: float
    estimate: float
    ok: bool
    #: the Laplace approximation of the log marginal likelihood (penalised terms
    #: integrated out as Gaussian random effects; up to a constant)
    evidence: float = -math.inf
    #: the estimate with each cell's unseen-to-seen ratio as its expectation over the
    #: random effects' conditional posterior (:func:`_expected_unseen`; ``estimate`` when
    #: the model has none or the fit was not asked for it). Not the headline's figure:
    #: tried and rejected (docs/estimate.md, "Covariates every system depends on")
    expected: float = math.inf


@dataclass(frozen=True)
class Design:
    """The design of a model on cells, in the two parts every column is of: ``base``
    (patterns, b), the lists' main effects and list × list terms, the same in every cell;
    and the covariate terms, each cell's row of ``z`` (cells, q: the one-hot group of
    each term's covariate) times the number of lists ``size`` (patterns,) naming the
    person. Parameters are ordered base then ``z``'s columns; ``ridge`` is each one's
    penalty. Kept in parts, a Newton step costs cells × patterns, not cells × patterns ×
    parameters² (:func:`fit`)."""

    base: np.ndarray
    z: np.ndarray
    size: np.ndarray
    ridge: np.ndarray

    @property
    def params(self) -> int:
        return self.base.shape[1] + self.z.shape[1]

    def eta(self, theta: np.ndarray) -> np.ndarray:
        """(cells, patterns) linear predictor."""
        b = self.base.shape[1]
        return (self.base @ theta[:b])[None, :] + (self.z @ theta[b:])[:, None] * self.size

    def dense(self) -> np.ndarray:
        """The (cells, patterns, params) design."""
        cells = self.z.shape[0]
        base = np.broadcast_to(self.base[None], (cells, *self.base.shape))
        terms = self.z[:, None, :] * self.size[None, :, None]
        return np.concatenate([base, terms], axis=2)

    def rows(self, keep: np.ndarray) -> Design:
        return Design(self.base, self.z[keep], self.size, self.ridge)


def design(cells: Cells, spec: Spec) -> Design:
    """The design of ``spec`` on ``cells`` (computed once per structure and spec: see
    :attr:`Cells.memo`)."""
    key = ("design", spec)
    hit = cells.memo.get(key)
    if hit is None:
        hit = cells.memo[key] = _design(cells, spec)
    return hit


def _design(cells: Cells, spec: Spec) -> Design:
    h = cells.patterns
    base = [h[:, j] for j in range(cells.k)] + [h[:, a] * h[:, b] for a, b in spec.pairs]
    nc = cells.counts.shape[0]
    blocks = [np.zeros((nc, 0))]
    ridge = [np.zeros(len(base))]
    for term in spec.terms:
        g = np.asarray(term.groups)[cells.levels[term.covariate]]
        first = 0 if term.penalty > 0 else 1
        blocks.append(np.eye(term.size)[g][:, first:])  # (cells, groups)
        ridge.append(np.full(term.size - first, term.penalty if term.penalty > 0 else RIDGE))
    return Design(np.stack(base, axis=1).astype(float),
                  np.concatenate(blocks, axis=1).astype(float), h.sum(axis=1),
                  np.concatenate(ridge))


def _information(d: Design, n_c: np.ndarray, pi: np.ndarray) -> np.ndarray:
    """The multinomial information Σ_cells n (Xᵀ diag(π) X − X̄ X̄ᵀ), X̄ = Xᵀπ, from the
    design's parts."""
    w = n_c[:, None] * pi  # (cells, patterns)
    b = d.base.shape[1]
    p = d.params
    info = np.empty((p, p))
    info[:b, :b] = d.base.T @ (w.sum(axis=0)[:, None] * d.base)
    info[:b, b:] = (d.base * d.size[:, None]).T @ (w.T @ d.z)
    info[b:, :b] = info[:b, b:].T
    info[b:, b:] = d.z.T @ ((w @ (d.size**2))[:, None] * d.z)
    mean = np.concatenate([pi @ d.base, (pi @ d.size)[:, None] * d.z], axis=1)
    return info - (mean * n_c[:, None]).T @ mean


def _softmax(eta: np.ndarray, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    eta = np.where(allowed, eta, -np.inf)
    top = eta.max(axis=1, keepdims=True)
    w = np.exp(eta - top)
    s = w.sum(axis=1, keepdims=True)
    return w / s, (np.log(s) + top)[:, 0]


def collapse(cells: Cells, covariates: tuple[str, ...]) -> Cells:
    """The cells merged over every covariate not in ``covariates`` (cells with the same
    levels of these and the same structural zeros have the same fitted distribution).
    Which cells merge depends only on the structure, kept in :attr:`Cells.memo`."""
    key = ("collapse", covariates)
    done = cells.local.get(covariates)
    if done is not None:
        return done
    hit = cells.memo.get(key)
    if hit is None:
        hit = cells.memo[key] = _merged(cells, covariates)
    _inv, _shape, merged, matrix = hit
    counts = np.asarray(matrix @ cells.counts).astype(cells.counts.dtype)
    out = Cells(cells.lists, counts, merged.levels, merged.names, merged.allowed,
                merged.mask_id, merged.memo)
    cells.local[covariates] = out
    return out


def _merged(cells: Cells, covariates: tuple[str, ...]
            ) -> tuple[np.ndarray, tuple[int, int], Cells, sparse.csr_matrix]:
    """Which merged cell each cell goes to, the merged counts' shape, the merged cells'
    structure (their counts left empty) and the 0/1 matrix that sums cells into merged
    cells (sparse: a table with unknown values shared out can have tens of thousands of
    cells)."""
    mask_id = cells.mask_id
    if mask_id is None:
        mask_id = np.unique(cells.allowed, axis=0, return_inverse=True)[1].ravel()
    keys = np.column_stack([*(cells.levels[c] for c in covariates), mask_id])
    uniq, first, inv = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    levels = {c: uniq[:, i] for i, c in enumerate(covariates)}
    names = {c: cells.names[c] for c in covariates}
    empty = np.zeros((0, cells.counts.shape[1]), dtype=np.int64)
    merged = Cells(cells.lists, empty, levels, names, cells.allowed[first],
                   np.arange(len(uniq)) if not covariates else None)
    inv = inv.ravel()
    matrix = sparse.csr_matrix((np.ones(inv.size), (inv, np.arange(inv.size))),
                               shape=(len(uniq), inv.size))
    return inv, (len(uniq), cells.counts.shape[1]), merged, matrix


def fit(cells: Cells, spec: Spec, iterations: int = 60, expected: bool = False) -> Fit:
    """Maximum likelihood by Newton's method with step halving (see the module docstring).
    ``expected``: also :attr:`Fit.expected` (else it is the estimate at the mode)."""
    cells = collapse(cells, spec.covariates)
    y = cells.counts.astype(float)
    n_c = y.sum(axis=1)
    keep = n_c > 0
    d = design(cells, spec).rows(keep)
    ridge = d.ridge
    y, n_c, allowed = y[keep], n_c[keep], cells.allowed[keep]
    p = d.params
    theta = np.zeros(p)
    hess = np.eye(p)

    def objective(t: np.ndarray) -> tuple[float, np.ndarray]:
        """The penalised log-likelihood at ``t`` and the fitted pattern shares (the next
        Newton step starts from them when ``t`` is accepted)."""
        eta = d.eta(t)
        shares, lse = _softmax(eta, allowed)
        return float((np.where(allowed, y * eta, 0.0)).sum() - (n_c * lse).sum()
                     - 0.5 * (ridge * t * t).sum()), shares

    penal, jitter = np.diag(ridge), 1e-9 * np.eye(p)
    value, pi = objective(theta)
    for _ in range(iterations):
        resid = y - n_c[:, None] * pi
        grad = np.concatenate([d.base.T @ resid.sum(axis=0),
                               d.z.T @ (resid @ d.size)]) - ridge * theta
        hess = _information(d, n_c, pi) + penal + jitter
        try:
            step = np.linalg.solve(hess, grad)
        except np.linalg.LinAlgError:
            step = np.linalg.lstsq(hess, grad, rcond=None)[0]
        t = 1.0
        while t > 1e-4:
            cand = theta + t * step
            new, shares = objective(cand)
            if new >= value - 1e-12:
                break
            t /= 2
        else:
            break
        theta, gain, value, pi = cand, new - value, new, shares
        if gain < 1e-7:
            break
    penalty = 0.5 * float((ridge * theta * theta).sum())
    loglik = value + penalty
    params = p - sum(t.size for t in spec.terms if t.penalty > 0)
    random = ridge > RIDGE
    sign, logdet = np.linalg.slogdet(hess)
    evidence = (value + 0.5 * float(np.log(ridge[random]).sum()) - 0.5 * logdet
                if sign > 0 else -math.inf)
    bic = params * math.log(max(cells.n, 2)) - 2 * loglik
    eta = np.where(allowed, d.eta(theta), -np.inf)
    with np.errstate(over="ignore"):
        total = np.exp(eta).sum(axis=1)
    ok = bool(np.all(np.abs(theta) < MAX_COEF) and np.all(total > 0) and np.all(
        np.isfinite(total)))
    est = float((n_c * (1 + 1 / total)).sum()) if ok else math.inf
    mean = est
    if expected and ok and random.any() and sign > 0:
        mean = float((n_c * (1 + _expected_unseen(d.dense(), eta, hess, random,
                                                  cells.k))).sum())
    return Fit(spec, loglik, params, bic, est, ok, evidence, mean)


#: Gauss–Hermite nodes and weights (probabilists'), for expectations over a normal
_NODES, _WEIGHTS = np.polynomial.hermite_e.hermegauss(24)
_WEIGHTS = _WEIGHTS / _WEIGHTS.sum()


def _expected_unseen(x: np.ndarray, eta: np.ndarray, hess: np.ndarray,
                     random: np.ndarray, k: int) -> np.ndarray:
    """Each cell's expected ratio of unseen to seen persons, ``E[1 / Σ_{h≠0} exp η(x, h)]``,
    over the conditional posterior of its random capture-intensity effects (their normal
    approximation at the mode: covariance the inverse of the penalised information's
    block of the random coefficients), instead of the ratio at the mode. The ratio is
    convex in the effect, so the plug-in at the shrunk mode is low (empirical best
    prediction of a nonlinear function of random effects: Jiang & Lahiri 2001; Molina &
    Rao 2010)."""
    size = x[0, :, :k].sum(axis=1)  # |h| per pattern (the lists' main-effect columns)
    rows = x[:, 0, random]  # pattern 1 names one list: each cell's random-effect indicators
    try:
        cov = np.linalg.inv(hess[np.ix_(random, random)])
    except np.linalg.LinAlgError:
        return 1 / np.exp(eta).sum(axis=1)
    sd = np.sqrt(np.clip(np.einsum("ij,jk,ik->i", rows, cov, rows), 0.0, None))
    shift = sd[:, None, None] * size[None, :, None] * _NODES[None, None, :]
    with np.errstate(over="ignore"):
        seen = np.exp(eta[:, :, None] + shift).sum(axis=1)  # (cells, nodes)
    return (1 / seen) @ _WEIGHTS


def select_pairs(cells: Cells, spec: Spec, max_moves: int = 10, add: bool = True) -> Fit:
    """Downhill BIC over list × list pairs (add or drop one; ``add`` False: drop only),
    from ``spec``'s pairs."""
    best = fit(cells, spec)
    every = list(combinations(range(cells.k), 2)) if add else list(spec.pairs)
    seen = {spec.pairs}
    for _ in range(max_moves):
        moves = [tuple(q for q in best.spec.pairs if q != pair) if pair in best.spec.pairs
                 else (*best.spec.pairs, pair) for pair in every]
        cands = []
        for pairs in moves:
            key = tuple(sorted(pairs))
            if key in seen:
                continue
            seen.add(key)
            f = fit(cells, best.spec.with_pairs(key))
            if f.ok:
                cands.append(f)
        better = min(cands, key=lambda f: f.bic, default=None)
        if better is None or better.bic >= best.bic:
            break
        best = better
    return best
