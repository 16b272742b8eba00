"""The linkage model's scores made fit for a lookup of one list row among many persons.

Three steps, each on the model's own terms:

1. **Candidates by words** (:func:`add_word_keys`): besides the model's blocking
   rules, a list row meets every mention that shares two of its words' sound
   keys, or one word's key and the birth year — in any order, any script, without
   deciding which word is the surname.
2. **Names by words** (:func:`relevel_names`): the model compares names through
   a surname and a given name picked from the words, which fails for a double
   surname, two given names or a Cyrillic name written given name first. Each
   pair's names are also compared word by word
   (:func:`headcount.names.tokenset.compare_names`), and when that finds more
   agreement the pair's name comparison moves to the model level that says as
   much (every word the same: "same name"; every word of the shorter name:
   "both name parts"; alike: "one part, the other alike"; two or one word: the
   word-overlap levels), with that level's m and u: the scoring stays the model's.
   When every word of the shorter name agrees, a patronymic that disagreed is no
   evidence against: it was one of those words, taken for a patronymic by the split.
3. **One person or none** (:func:`lookup_probabilities`): a row is at most one of
   the registry's ``N`` persons. With a prior ``listed`` that the row is anyone in
   the registry, the chance it is person *i* given the Bayes factors ``BF`` of
   all its candidates is ``listed·BF_i / (N·(1 - listed) + listed·Σ BF_k)``: a second
   candidate of the same name and year halves the first one's probability, and a
   name shared by many does not look certain.
4. **Chance agreement in this registry** (:func:`discount_chance`): a name level
   and a same citizenship weigh no more than the rate at which different persons
   of the registry agree so (:mod:`headcount.trace.rates`).
5. **Calibration** (:class:`Calibration`): the model's Bayes factors treat the
   fields as independent and are too sure; Platt scaling of the log-odds, one
   curve for each kind of corroboration (:func:`corroboration`: a full date
   agrees; only a birth year agrees, as it does for a namesake born the same
   year; no date agrees), fitted on generated consulate lists that include
   people in no registry (``bench/trace_calibrate.py``) and shipped as
   ``data/calibration.json``, brings the probabilities to the observed rates.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from headcount.names.keys import sound_variants
from headcount.names.tokenset import compare_names, name_words
from headcount.trace.rates import MEASURED, RegistryRates

#: prior share of a list's rows that are someone in the registry
LISTED = 0.5
#: columns of the word keys (lists), on both sides of the job
WORD_KEYS = ("word_sounds", "word_pairs")

#: word-by-word levels at which every word of the shorter name agrees
WHOLE = ("same", "contained", "alike")
#: word-by-word agreement -> the label of the model's name level that says as much
LEVEL_LABELS = {
    "same": "same name (loose, any order)",
    "contained": "both name parts as Russian writes them (each alone, any order)",
    "alike": "one name part as Russian writes it, the other alike (any order)",
    "two": "Array intersection size >= 2",
    "one": "Array intersection size >= 1",
}


def word_keys(name: str) -> tuple[list[str] | None, list[str] | None]:
    """(each word's sound keys, every two words' keys joined) of a name, order-free."""
    per_word = [set(sound_variants(w, 3)) for w in name_words(name)]
    per_word = [k for k in per_word if k]
    sounds = sorted(set().union(*per_word)) if per_word else []
    pairs = {"|".join(sorted((a, b))) for x, y in combinations(per_word, 2)
             for a in x for b in y}  # fmt: skip
    return sounds or None, sorted(pairs) or None


def add_word_keys(std: pd.DataFrame, names: Iterable[str]) -> pd.DataFrame:
    """``std`` with the WORD_KEYS columns of ``names`` (one a row, in order)."""
    keys = [word_keys(n) for n in names]
    return std.assign(word_sounds=[k[0] for k in keys], word_pairs=[k[1] for k in keys])


def word_rules(birth: bool) -> list[Any]:
    """Blocking rules on the word keys: two words alike, or one word and the birth year."""
    from splink import block_on

    rules = [block_on("word_pairs", arrays_to_explode=["word_pairs"])]
    if birth:
        rules.append(block_on("word_sounds", "birth_year", arrays_to_explode=["word_sounds"]))
    return rules


def _name_levels(settings: Mapping[str, Any]) -> tuple[dict[str, tuple[int, float]], int]:
    """Label -> (gamma, Bayes factor) of the name comparison's levels, and their count."""
    comp = next((c for c in settings["comparisons"] if c["output_column_name"] == "name"), None)
    if comp is None:
        return {}, 0
    levels = [lv for lv in comp["comparison_levels"] if not lv.get("is_null_level")]
    out = {}
    for i, lv in enumerate(levels):
        m, u = lv.get("m_probability"), lv.get("u_probability")
        if m and u:
            out[str(lv.get("label_for_charts"))] = (len(levels) - 1 - i, float(m) / float(u))
    return out, len(levels)


def relevel_names(pairs: pd.DataFrame, settings: Mapping[str, Any], left: Mapping[str, str],
                  right: Mapping[str, str]) -> pd.DataFrame:  # fmt: skip
    """``pairs`` with each name comparison raised to the model level its word-by-word
    agreement reaches, when that is higher, and the weight and probability again.

    ``left``/``right``: query id / mention id -> the whole name as written.
    """
    levels, _ = _name_levels(settings)
    wanted = {k: levels[label] for k, label in LEVEL_LABELS.items() if label in levels}
    if pairs.empty or not wanted or "gamma_name" not in pairs.columns:
        return pairs
    gamma = pairs["gamma_name"].astype(float).to_numpy()
    # Splink 5 gives each comparison's match weight (mw_*: log2 of its Bayes factor)
    bf = np.exp2(pairs["mw_name"].astype(float).fillna(0.0).to_numpy())
    if "mw_tf_adj_name" in pairs.columns:
        bf = bf * np.exp2(pairs["mw_tf_adj_name"].astype(float).fillna(0.0).to_numpy())
    new_gamma, new_bf = gamma.copy(), bf.copy()
    whole_name = {g for g, _ in wanted.values()}  # levels that compare every word
    whole = np.zeros(len(pairs), dtype=bool)  # the patronymic was one of the words compared
    words = np.full(len(pairs), "", dtype=object)  # the word-by-word level
    memo: dict[tuple[str, str], str] = {}
    for i, (q, m) in enumerate(zip(pairs["query_id"], pairs["mention_id"], strict=True)):
        a, b = left.get(q, ""), right.get(m, "")
        if not a or not b:
            continue
        level = memo.get((a, b))
        if level is None:
            level = memo[(a, b)] = compare_names(a, b).level
        words[i] = level
        found = wanted.get(level)
        if found is not None and found[0] > gamma[i]:
            new_gamma[i], new_bf[i] = found
        # the name's evidence is the word-by-word level (every word compared, the one
        # the model took for a patronymic too), or every word of the shorter name agrees
        whole[i] = level in WHOLE or new_gamma[i] in whole_name
    changed = new_gamma != gamma
    if not (changed.any() or whole.any()):
        return pairs.assign(name_words=words)
    weight = pairs["match_weight"].astype(float).to_numpy()
    weight = np.where(changed, weight + np.log2(new_bf) - np.log2(np.maximum(bf, 1e-300)), weight)
    extra: dict[str, Any] = {}
    if "mw_patronymic" in pairs.columns:
        # the patronymic is one of the words just compared: neither a disagreement of
        # the word the model took for it (a second given name, a surname) nor its
        # agreement is counted twice
        bf_p = np.exp2(pairs["mw_patronymic"].astype(float).fillna(0.0).to_numpy())
        undo = whole & (bf_p != 1.0)
        weight = np.where(undo, weight - np.log2(np.maximum(bf_p, 1e-300)), weight)
        extra["mw_patronymic"] = np.where(undo, 0.0, np.log2(np.maximum(bf_p, 1e-300)))
        extra["gamma_patronymic"] = np.where(undo, -1, pairs["gamma_patronymic"].astype(int))
    out = pairs.assign(**extra, name_words=words, gamma_name=new_gamma.astype(int),
                       match_weight=weight,
                       match_probability=1.0 / (1.0 + np.exp2(-weight)))  # fmt: skip
    out["mw_name"] = np.where(changed, np.log2(np.maximum(new_bf, 1e-300)),
                              pairs["mw_name"].astype(float))  # fmt: skip
    if "mw_tf_adj_name" in out.columns:
        out["mw_tf_adj_name"] = np.where(changed, 0.0, out["mw_tf_adj_name"].astype(float))
    return out


def _level_mu(settings: Mapping[str, Any], column: str) -> dict[str, tuple[int, float, float]]:
    """Label -> (gamma, m, u) of one comparison's levels."""
    comp = next((c for c in settings["comparisons"] if c["output_column_name"] == column), None)
    if comp is None:
        return {}
    levels = [lv for lv in comp["comparison_levels"] if not lv.get("is_null_level")]
    return {str(lv.get("label_for_charts")): (len(levels) - 1 - i, float(lv["m_probability"]),
                                              float(lv["u_probability"]))
            for i, lv in enumerate(levels)
            if lv.get("m_probability") and lv.get("u_probability")}  # fmt: skip


#: word-by-word levels at which the names share a word (and so, often, an origin)
SHARED = (*MEASURED, "two", "one")


def discount_chance(pairs: pd.DataFrame, settings: Mapping[str, Any],
                    rates: RegistryRates) -> pd.DataFrame:  # fmt: skip
    """``pairs`` (after :func:`relevel_names`) with the evidence of a name and of a
    citizenship that agree weighed by how often different persons of this registry
    agree so (:mod:`headcount.trace.rates`), where that is more often than the model's
    u says: a name level's Bayes factor becomes ``m / max(u, measured)``, and a same
    citizenship's, when the names share a word, ``m / max(u, measured among persons
    of agreeing names)``: people of one origin come from few countries. Evidence
    only ever gets weaker."""
    if pairs.empty or "name_words" not in pairs.columns or not rates.pairs:
        return pairs
    weight = pairs["match_weight"].astype(float).to_numpy().copy()
    out: dict[str, Any] = {}
    names = _level_mu(settings, "name")
    words = pairs["name_words"].astype(str).to_numpy()
    if "gamma_name" in pairs.columns and names:
        gamma = pairs["gamma_name"].astype(int).to_numpy()
        mw = pairs["mw_name"].astype(float).fillna(0.0).to_numpy().copy()
        for level in MEASURED:
            found = names.get(LEVEL_LABELS[level])
            measured = rates.name_u(level)
            if found is None or measured <= found[2]:
                continue
            g, m, u = found
            hit = (words == level) & (gamma == g)
            new = np.log2(m / measured)
            weight = np.where(hit, weight - mw + new, weight)
            mw = np.where(hit, new, mw)
        out["mw_name"] = mw
    cit = _level_mu(settings, "citizenship")
    top = max(cit.values(), default=None)
    if top is not None and "gamma_citizenship" in pairs.columns:
        g, m, u = top
        cap = np.log2(m / max(u, rates.citizenship_u(u)))
        gamma = pairs["gamma_citizenship"].astype(int).to_numpy()
        mw = pairs["mw_citizenship"].astype(float).fillna(0.0).to_numpy()
        tf = (pairs["mw_tf_adj_citizenship"].astype(float).fillna(0.0).to_numpy()
              if "mw_tf_adj_citizenship" in pairs.columns else np.zeros(len(pairs)))  # fmt: skip
        hit = (gamma == g) & np.isin(words, list(SHARED)) & (mw + tf > cap)
        weight = np.where(hit, weight - (mw + tf) + cap, weight)
        out["mw_citizenship"] = np.where(hit, cap, mw)
        if "mw_tf_adj_citizenship" in pairs.columns:
            out["mw_tf_adj_citizenship"] = np.where(hit, 0.0, tf)
    return pairs.assign(**out, match_weight=weight,
                        match_probability=1.0 / (1.0 + np.exp2(-weight)))  # fmt: skip


def prior_weight(settings: Mapping[str, Any]) -> float:
    """The model's prior as a match weight (log2 of its odds)."""
    lam = float(settings["probability_two_random_records_match"])
    return math.log2(lam / (1.0 - lam))


def lookup_probabilities(weights: list[float], prior: float, persons: int,
                         listed: float = LISTED) -> list[float]:  # fmt: skip
    """The probability that the row is each candidate person, from the candidates'
    match weights (best mention each), the model's prior weight and the registry's
    number of persons; the rest is the chance that it is nobody listed."""
    if not weights:
        return []
    logs = [(w - prior) * math.log(2) for w in weights]  # natural log of each Bayes factor
    top = max(logs)
    base = math.log(max(persons, 1) * (1.0 - listed) / listed) if listed < 1 else -math.inf
    scale = max(top, base)
    total = math.exp(base - scale) + sum(math.exp(x - scale) for x in logs)
    return [math.exp(x - scale) / total for x in logs]


#: pseudo-rows at LISTED that steady a list's own estimate of its listed share: a
#: short list says little about it
LISTED_WEIGHT = 10.0
#: the list's estimated share is kept within these bounds
LISTED_BOUNDS = (0.05, 0.95)


def estimate_listed(candidates: Sequence[Sequence[float]], rows: int, prior: float,
                    persons: int, start: float = LISTED, weight: float = LISTED_WEIGHT,
                    rounds: int = 200, tol: float = 1e-5) -> float:  # fmt: skip
    """The share of a list's rows that are someone in the registry, estimated from
    the list itself by EM (the mixing weight of "someone" and "nobody", as the
    Fellegi-Sunter prior is estimated from the pairs): start at ``start``; each
    round, every row's chance of being someone is the sum of its candidates'
    :func:`lookup_probabilities` at the current share, and the new share is their
    mean over the list's ``rows`` (those without a candidate count as nobody),
    with ``weight`` pseudo-rows at ``start``. ``candidates``: each row's candidates'
    match weights (rows without one may be left out)."""
    if rows <= 0:
        return start
    low, high = LISTED_BOUNDS
    share = start
    for _ in range(rounds):
        someone = sum(sum(lookup_probabilities(list(w), prior, persons, share))
                      for w in candidates if w)  # fmt: skip
        new = min(high, max(low, (someone + weight * start) / (rows + weight)))
        if abs(new - share) < tol:
            return new
        share = new
    return share


CALIBRATION_FILE = "calibration.json"


#: comparisons whose agreement corroborates a name: dates
CORROBORATING = ("birth", "death")
#: kinds of corroboration, strongest first: a full date agrees, only a year agrees
#: (one side gives the year alone), two full dates agree but for one digit or one
#: part (a typo, or a namesake born near), no date agrees
CORROBORATIONS = ("date", "year", "near", "none")
#: the highest probability of a candidate no date corroborates: a name and a citizenship
#: alone cannot tell a person from his namesake who is in no registry, however rare the
#: name looks in it, so such a candidate is "possible", never a match
UNCORROBORATED = 0.85
#: the highest probability of a candidate whose full birth (or death) date is one digit
#: or one part off the row's: a clerk's typo and a namesake born near agree alike, and
#: the namesake's row, whose own person is in no registry, has nobody better to rank
#: first; such a candidate is "possible" until a reviewer reads the dates
NEAR_DATE = 0.85


def _known(value: Any) -> bool:
    return value is not None and value == value and str(value).strip() != ""


def corroboration(record: Mapping[str, Any]) -> str:
    """How a scored pair's dates corroborate its names: ``date`` when a birth or death
    date agrees (a Bayes factor of 2 or more) and both sides give it in full and the
    same, ``year`` when one agrees but a side gives only the year (a namesake born the
    same year agrees as much), ``near`` when the only agreeing dates are two full
    dates one digit or one part apart (the model's near-date levels), ``none``
    otherwise."""
    kinds = set()
    for comp in CORROBORATING:
        w = record.get(f"mw_{comp}")
        if w is None or w != w or float(w) + float(record.get(f"mw_tf_adj_{comp}") or 0) < 1:
            continue
        left, right = record.get(f"{comp}_date_l"), record.get(f"{comp}_date_r")
        if _known(left) and _known(right):
            if str(left) == str(right):
                return "date"
            kinds.add("near")
        else:
            kinds.add("year")
    return next((k for k in CORROBORATIONS if k in kinds), "none")


def corroborated(record: Mapping[str, Any]) -> bool:
    """Whether a scored pair's birth or death date agrees (a Bayes factor of 2 or more)."""
    return corroboration(record) != "none"


_Curve = tuple[float, float]
#: kinds of corroboration whose list-share term may only lower a probability: a name
#: and a year, or a name alone, are what a namesake has too, and a list with many
#: people in the registry is no reason to take them for more than a list of half
CAPPED_SHARE = ("year", "none")


def _logit(x: float) -> float:
    return math.log(x / (1.0 - x))


@dataclass(frozen=True)
class Calibration:
    """Platt scaling of a probability's log-odds: ``sigmoid(a * logit(p) + b)``
    (the identity by default), with curves of their own for a candidate only a birth
    year corroborates (``year``), for one whose full date is one digit or one part
    off (``near``) and for one no date corroborates (``undated``): a name, a
    citizenship and a year or a near date are evidence of another kind than a full
    date, and a person in no registry has his namesakes in it. A kind without a
    curve takes the next stronger kind's (near: the year's).

    ``share``: kind -> the coefficient ``c`` of the list's share of people in the
    registry, ``+ c * logit(listed)`` (0 at one half): how often a namesake is the
    row's person depends on how many of the list's people are there at all
    (:func:`estimate_listed`). For the kinds in :data:`CAPPED_SHARE` the share is
    taken at no more than one half."""

    a: float = 1.0
    b: float = 0.0
    undated: _Curve | None = None
    #: the highest probability of a candidate no date corroborates
    uncorroborated: float = 1.0
    year: _Curve | None = None
    near: _Curve | None = None
    #: the highest probability of a candidate only a near date corroborates
    near_cap: float = 1.0
    #: kind -> coefficient of the log-odds of the list's share listed
    share: Mapping[str, float] = field(default_factory=dict)

    def curve(self, kind: str) -> _Curve:
        """(a, b) of a kind of corroboration (:data:`CORROBORATIONS`)."""
        if kind == "none" and self.undated is not None:
            return self.undated
        if kind == "near" and self.near is not None:
            return self.near
        if kind in ("none", "near", "year") and self.year is not None:
            return self.year
        return self.a, self.b

    def __call__(self, p: float, dated: bool | str = True, listed: float | None = None) -> float:
        """``p`` calibrated for its kind of corroboration (``dated``: a kind, or
        True/False for a full date or none) on a list whose share of people in the
        registry is ``listed`` (None: one half)."""
        kind = dated if isinstance(dated, str) else ("date" if dated else "none")
        cap = {"none": self.uncorroborated, "near": self.near_cap}.get(kind, 1.0)
        if p <= 0.0 or p >= 1.0:
            return min(p, cap)
        a, b = self.curve(kind)
        z = a * math.log(p / (1.0 - p)) + b
        c = self.share.get(kind, 0.0)
        if c and listed is not None:
            low, high = LISTED_BOUNDS
            x = min(high, max(low, listed))
            z += c * _logit(min(x, LISTED) if kind in CAPPED_SHARE else x)
        out = 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
        return min(out, cap)


@cache
def shipped_calibration() -> Calibration:
    """The calibration fitted on generated lists, shipped with the package."""
    doc = json.loads(files("headcount.trace").joinpath("data", CALIBRATION_FILE)
                     .read_text("utf-8"))  # fmt: skip
    undated, year, near = doc.get("undated"), doc.get("year"), doc.get("near")
    share = {kind: float(curve["c"]) for kind, curve in
             (("date", doc), ("year", year), ("near", near), ("none", undated))
             if curve and curve.get("c")}  # fmt: skip
    return Calibration(float(doc["a"]), float(doc["b"]),
                       (float(undated["a"]), float(undated["b"])) if undated else None,
                       float(doc.get("uncorroborated", UNCORROBORATED)),
                       (float(year["a"]), float(year["b"])) if year else None,
                       (float(near["a"]), float(near["b"])) if near else None,
                       float(doc.get("near_cap", NEAR_DATE)), share)  # fmt: skip


__all__ = [
    "CALIBRATION_FILE",
    "CAPPED_SHARE",
    "CORROBORATING",
    "CORROBORATIONS",
    "LISTED",
    "LISTED_BOUNDS",
    "LISTED_WEIGHT",
    "NEAR_DATE",
    "UNCORROBORATED",
    "WORD_KEYS",
    "Calibration",
    "add_word_keys",
    "corroborated",
    "corroboration",
    "discount_chance",
    "estimate_listed",
    "lookup_probabilities",
    "prior_weight",
    "relevel_names",
    "shipped_calibration",
    "word_keys",
    "word_rules",
]
