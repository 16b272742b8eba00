"""Bayesian non-parametric latent-class capture-recapture (LCMCR).

Manrique-Vallier (2016, Biometrics 72:1246-1254), as implemented in the R package
LCMCR: people belong to latent classes with weights from a truncated
stick-breaking Dirichlet process (``K`` classes at most, concentration
``alpha ~ Gamma(a_alpha, b_alpha)``); given the class, list memberships are
independent Bernoullis with probabilities ``lambda[j, k] ~ Beta(1, 1)``. The
Gibbs sampler augments the data with the unobserved cell: ``n0`` people on no
list, drawn from a negative binomial given the probability of not being listed
(which corresponds to the prior ``p(N) ∝ 1/N``).

The sampler works on aggregated patterns: class allocations are multinomial
draws per observed pattern, so the cost per sweep depends on the number of
distinct patterns, not on the number of people.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from headcount.estimate.capture import CaptureTable
from headcount.estimate.errors import EstimationError


@dataclass
class LCMCRSamples:
    """Posterior draws of the total ``N`` (after burn-in and thinning) and diagnostics."""

    N: np.ndarray
    k_star: np.ndarray
    alpha: np.ndarray
    observed: int
    max_classes: int
    burn_in: int
    thin: int
    seconds: float

    def summary(self, level: float = 0.95) -> tuple[float, float, float]:
        a = (1 - level) / 2
        med, lo, hi = np.quantile(self.N, [0.5, a, 1 - a])
        return float(med), float(lo), float(hi)


def _log_beta_pair(
    rng: np.random.Generator, a: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """log(V) and log(1 - V) for V ~ Beta(a, b), stable for tiny shapes."""
    g1 = np.maximum(rng.standard_gamma(a), 1e-300)
    g2 = np.maximum(rng.standard_gamma(b), 1e-300)
    ls = np.log(g1 + g2)
    return np.log(g1) - ls, np.log(g2) - ls


def _normalise_rows(logp: np.ndarray) -> np.ndarray:
    p = np.exp(logp - logp.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    return p


class _Sampler:
    def __init__(
        self,
        table: CaptureTable,
        K: int,
        a_alpha: float,
        b_alpha: float,
        rng: np.random.Generator,
    ) -> None:
        cells = np.nonzero(table.counts)[0]
        J = table.k
        self.X = ((cells[:, None] >> np.arange(J)[None, :]) & 1).astype(np.float64)  # M x J
        self.f = table.counts[cells].astype(np.int64)
        self.n = int(self.f.sum())
        self.J, self.K = J, K
        self.a_alpha, self.b_alpha = a_alpha, b_alpha
        self.rng = rng
        # initial values as in LCMCR: marginal capture frequencies in every class
        p = np.clip((self.X * self.f[:, None]).sum(0) / self.n, 1e-3, 1 - 1e-3)
        self.log_lam1 = np.repeat(np.log(p)[:, None], K, axis=1)
        self.log_lam0 = np.repeat(np.log1p(-p)[:, None], K, axis=1)
        lv, l1v = _log_beta_pair(rng, np.ones(K - 1), np.ones(K - 1))
        self.log_nu = self._sticks(lv, l1v)
        self.alpha = 0.3 / K
        self.n0 = 0
        self.count0 = np.zeros(K, dtype=np.int64)
        self.z = np.zeros((self.X.shape[0], K), dtype=np.int64)

    @staticmethod
    def _sticks(lv: np.ndarray, l1v: np.ndarray) -> np.ndarray:
        acc = np.concatenate([[0.0], np.cumsum(l1v)])
        return np.concatenate([lv + acc[:-1], [acc[-1]]])

    def sweep(self, sample_alpha: bool = True) -> None:
        rng = self.rng
        # 1. class counts within each observed pattern
        logp = self.log_nu[None, :] + self.X @ self.log_lam1 + (1.0 - self.X) @ self.log_lam0
        self.z = rng.multinomial(self.f, _normalise_rows(logp))
        # 2. capture probabilities per list and class (augmented people are all zeros)
        ones = self.X.T @ self.z
        zeros = (1.0 - self.X).T @ self.z + self.count0[None, :]
        self.log_lam1, self.log_lam0 = _log_beta_pair(rng, 1.0 + ones, 1.0 + zeros)
        # 3. class weights (truncated stick breaking)
        countk = self.z.sum(0) + self.count0
        total = self.n + self.n0
        rest = total - np.cumsum(countk)[:-1]
        lv, l1v = _log_beta_pair(rng, 1.0 + countk[:-1], self.alpha + rest)
        self.log_nu = self._sticks(lv, l1v)
        # 4. the unobserved cell
        log_p0k = self.log_nu + self.log_lam0.sum(0)
        p0 = float(np.exp(log_p0k).sum())
        p0 = min(p0, 1.0 - 1e-12)
        for _ in range(100):
            n0 = int(rng.negative_binomial(self.n, 1.0 - p0))
            if n0 <= 20 * self.n:
                break
        else:
            n0 = 20 * self.n
        self.n0 = n0
        if n0 > 0:
            self.count0 = rng.multinomial(n0, _normalise_rows(log_p0k))
        else:
            self.count0 = np.zeros(self.K, dtype=np.int64)
        # 5. DP concentration
        if sample_alpha:
            rate = self.b_alpha - self.log_nu[-1]
            self.alpha = float(rng.gamma(self.a_alpha + self.K - 1.0, 1.0 / rate))

    def reorder(self) -> None:
        order = np.argsort(-self.log_nu, kind="stable")
        self.log_nu = self.log_nu[order]
        self.log_lam1 = self.log_lam1[:, order]
        self.log_lam0 = self.log_lam0[:, order]
        self.count0 = self.count0[order]
        self.z = self.z[:, order]

    def k_star(self) -> int:
        return int(((self.z.sum(0) + self.count0) > 0).sum())


def lcmcr_sample(
    table: CaptureTable,
    samples: int = 1000,
    burn_in: int = 10000,
    thin: int = 10,
    max_classes: int = 10,
    a_alpha: float = 0.25,
    b_alpha: float = 0.25,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> LCMCRSamples:
    """Run the Gibbs sampler; returns ``samples`` thinned draws of ``N`` after burn-in.

    Defaults follow the R package (``a_alpha = b_alpha = 0.25``, burn-in 10,000,
    thinning 10) with up to ``max_classes`` latent classes.
    """
    import time

    if samples < 10:
        raise EstimationError("need at least 10 posterior samples")
    if burn_in < 0 or thin < 1:
        raise EstimationError("burn-in must be >= 0 and thin >= 1")
    if max_classes < 1:
        raise EstimationError("max classes must be at least 1")
    K = max(int(max_classes), 2)
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    s = _Sampler(table, K, a_alpha, b_alpha, rng)
    # warm-up without the concentration update, then order classes by weight (as LCMCR)
    for _ in range(min(500, max(burn_in, 1))):
        s.sweep(sample_alpha=False)
    s.reorder()
    step = 200
    done = 0
    for i in range(burn_in):
        s.sweep()
        if progress and (i + 1) % step == 0:
            progress(step)
            done += step
    N = np.empty(samples)
    ks = np.empty(samples, dtype=np.int64)
    al = np.empty(samples)
    it = 0
    for t in range(samples):
        for _ in range(thin):
            s.sweep()
            it += 1
            if progress and it % step == 0:
                progress(step)
                done += step
        N[t] = s.n + s.n0
        ks[t] = s.k_star()
        al[t] = s.alpha
    if progress:
        progress(burn_in + samples * thin - done)
    return LCMCRSamples(
        N=N,
        k_star=ks,
        alpha=al,
        observed=s.n,
        max_classes=K,
        burn_in=burn_in,
        thin=thin,
        seconds=time.perf_counter() - t0,
    )


def chain_seeds(seed: int | None, chains: int) -> list[int]:
    """Independent seeds for ``chains`` chains, derived from ``seed`` (NumPy SeedSequence)."""
    seq = np.random.SeedSequence(seed)
    return [int(child.generate_state(1)[0]) for child in seq.spawn(chains)]


@dataclass
class LCMCRChains:
    """Several independent chains: pooled draws and between-chain diagnostics."""

    chains: list[LCMCRSamples]

    @property
    def N(self) -> np.ndarray:
        """Draws of ``N`` of every chain, pooled."""
        return np.concatenate([c.N for c in self.chains])

    @property
    def k_star(self) -> np.ndarray:
        return np.concatenate([c.k_star for c in self.chains])

    @property
    def draws(self) -> np.ndarray:
        """Chains × draws."""
        n = min(c.N.size for c in self.chains)
        return np.stack([c.N[:n] for c in self.chains])

    @property
    def medians(self) -> list[float]:
        return [float(np.median(c.N)) for c in self.chains]

    @property
    def seconds(self) -> float:
        return float(sum(c.seconds for c in self.chains))

    def summary(self, level: float = 0.95) -> tuple[float, float, float]:
        a = (1 - level) / 2
        med, lo, hi = np.quantile(self.N, [0.5, a, 1 - a])
        return float(med), float(lo), float(hi)

    def rhat(self) -> float:
        """Rank-normalised split R-hat over the chains (Vehtari et al. 2021)."""
        return rank_rhat(self.draws)

    def ess(self) -> float:
        """Bulk effective sample size over the chains (Vehtari et al. 2021)."""
        return bulk_ess(self.draws)


def lcmcr_chains(
    table: CaptureTable,
    chains: int = 4,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
    **options: Any,
) -> LCMCRChains:
    """Run ``chains`` independent samplers (seeds derived from ``seed``); see
    :func:`lcmcr_sample` for ``options``."""
    if chains < 1:
        raise EstimationError("need at least one chain")
    return LCMCRChains(
        [
            lcmcr_sample(table, seed=s, progress=progress, **options)
            for s in chain_seeds(seed, chains)
        ]
    )


# ----------------------------------------------------------------- diagnostics
def _split_chains(draws: np.ndarray) -> np.ndarray:
    """Chains × draws → 2·chains × draws/2 (each chain cut in halves)."""
    h = draws.shape[1] // 2
    return np.concatenate([draws[:, :h], draws[:, h : 2 * h]])


def _rhat_basic(x: np.ndarray) -> float:
    m, n = x.shape
    if n < 2 or m < 2:
        return math.nan
    w = float(x.var(axis=1, ddof=1).mean())
    b = float(n * x.mean(axis=1).var(ddof=1))
    if w == 0:
        return 1.0 if b == 0 else math.inf
    return math.sqrt(((n - 1) / n * w + b / n) / w)


def _rank_normalise(x: np.ndarray) -> np.ndarray:
    from scipy.stats import norm, rankdata

    r = rankdata(x, method="average").reshape(x.shape)
    return np.asarray(norm.ppf((r - 3 / 8) / (x.size + 1 / 4)))


def rank_rhat(draws: np.ndarray) -> float:
    """Rank-normalised split R-hat, the larger of bulk and folded (Vehtari et al. 2021).

    ``draws``: chains × draws. 1.00 when the chains agree; above 1.01 (strict) or 1.1
    (lenient) they have not mixed.
    """
    x = np.asarray(draws, dtype=float)
    if x.ndim == 1:
        x = x[None, :]
    s = _split_chains(x)
    if s.shape[1] < 2:
        return math.nan
    bulk = _rhat_basic(_rank_normalise(s))
    folded = _rhat_basic(_rank_normalise(np.abs(s - np.median(s))))
    return float(max(bulk, folded))


def bulk_ess(draws: np.ndarray) -> float:
    """Bulk ESS over several chains (rank-normalised, split; Vehtari et al. 2021, with
    Geyer's initial positive sequence on the combined autocorrelation)."""
    x = np.asarray(draws, dtype=float)
    if x.ndim == 1:
        x = x[None, :]
    z = _rank_normalise(_split_chains(x))
    m, n = z.shape
    if n < 4:
        return float(m * n)
    zc = z - z.mean(axis=1, keepdims=True)
    size = 1 << (2 * n - 1).bit_length()
    f = np.fft.rfft(zc, size, axis=1)
    acov = np.fft.irfft(f * np.conj(f), size, axis=1)[:, :n] / n
    w = float(z.var(axis=1, ddof=1).mean())
    var_plus = (n - 1) / n * w + float(z.mean(axis=1).var(ddof=1)) if m > 1 else w
    if var_plus == 0:
        return float(m * n)
    rho = 1.0 - (w - acov.mean(axis=0)) / var_plus
    rho[0] = 1.0
    tau = max(2.0 * _positive_pairs(rho, n) - 1.0, 1.0 / math.log10(max(m * n, 10)))
    return float(min(m * n / tau, m * n * math.log10(max(m * n, 10))))


def _positive_pairs(rho: np.ndarray, n: int) -> float:
    """Geyer's initial positive sequence: the sum of autocorrelation pairs while positive."""
    s = 0.0
    for t in range(0, n - 1, 2):
        pair = float(rho[t] + rho[t + 1])
        if pair <= 0:
            break
        s += pair
    return s


def effective_sample_size(x: np.ndarray) -> float:
    """ESS by Geyer's initial positive sequence of autocorrelations."""
    x = np.asarray(x, dtype=float)
    n = x.size
    if n < 4:
        return float(n)
    xc = x - x.mean()
    var = float(xc @ xc) / n
    if var == 0:
        return float(n)
    m = 1 << (2 * n - 1).bit_length()
    f = np.fft.rfft(xc, m)
    acov = np.fft.irfft(f * np.conj(f), m)[:n] / n
    rho = acov / var
    tau = max(2.0 * _positive_pairs(rho, n) - 1.0, 1.0 / n)
    return float(min(n / tau, n))


def split_rhat(x: np.ndarray) -> float:
    """Potential scale reduction from the two halves of one chain (Gelman et al.)."""
    x = np.asarray(x, dtype=float)
    h = x.size // 2
    if h < 2:
        return math.nan
    a, b = x[:h], x[h : 2 * h]
    w = (a.var(ddof=1) + b.var(ddof=1)) / 2
    if w == 0:
        return 1.0
    means = np.array([a.mean(), b.mean()])
    bvar = h * means.var(ddof=1)
    v = (h - 1) / h * w + bvar / h
    return float(math.sqrt(v / w))
