"""Match a case list against the persons of the registry with the linkage model.

Each list row is standardised as the registry's mentions are
(:mod:`headcount.link.standardise`: names in any script and order, dates by
precision, coded places) and compared with the mentions of current persons by
the workspace's trained Splink model (:mod:`headcount.link.settings`), run as
a ``link_only`` job: list rows are compared with mentions, never with each
other. The blocking rules are the model's, plus looser ones (same loose
surname, same loose given name, same date of birth) so that a row without a
match still gets its closest near-misses.

A row's score for a person is its best score against any of the person's
mentions. Verdicts: ``match`` (probability at least ``match``, by default the
link threshold 0.9), ``possible`` (at least ``possible``), ``no match`` (with
the ``top`` closest near-misses), ``not matched`` (the row could not be read).
For every candidate the comparisons say which fields agree (Bayes factor
above 1) and which disagree (below 1).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Engine

from headcount.link import settings as spec
from headcount.link.engines import EngineName, dialect, open_engine, register
from headcount.link.predict import _complete
from headcount.link.run import DEFAULT_THRESHOLD, REGISTRY_COLUMNS, standardise_mentions
from headcount.link.standardise import standardise
from headcount.link.train import Model, ModelMissing, default_model, load_model, model_dir, quiet
from headcount.trace.columns import PREPARED, RowInput, TraceColumns, detect, prepare
from headcount.trace.rates import RegistryRates, registry_rates
from headcount.trace.registry import last_run, person_details, registry_mentions
from headcount.trace.rescore import (
    LISTED,
    Calibration,
    add_word_keys,
    corroboration,
    discount_chance,
    estimate_listed,
    lookup_probabilities,
    prior_weight,
    relevel_names,
    shipped_calibration,
    word_rules,
)

POSSIBLE = 0.5
TOP = 3
#: what each comparison of the model is about, for people reading the result
FIELD_LABELS = {"name": "name", "birth": "birth date", "death": "death date",
                "region": "region", "citizenship": "citizenship", "unit": "unit"}  # fmt: skip
#: the values shown beside each comparison (list side, registry side)
FIELD_VALUES = {"name": "name_latin", "birth": "birth_date", "death": "death_date",
                "region": "region", "citizenship": "citizenship", "unit": "unit"}  # fmt: skip


@dataclass
class Candidate:
    """A person of the registry a row may be, with why."""

    person_id: str
    rank: int
    probability: float
    weight: float
    agree: list[str]
    disagree: list[str]
    comparisons: list[dict[str, Any]]
    mention_id: str  # the person's mention that scored best
    person: dict[str, Any] = field(default_factory=dict)


@dataclass
class RowResult:
    row: int  # 1-based data row of the list
    reference: str | None
    name: str
    verdict: str  # match, possible, no match, not matched
    candidates: list[Candidate] = field(default_factory=list)
    near_misses: list[Candidate] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass
class TraceResult:
    rows: list[RowResult]
    columns: dict[str, Any]
    messages: list[str]
    model: str
    link_run: int | None
    persons: int
    mentions: int
    match: float
    possible: float
    #: the share of the list's rows taken to be someone in the registry (estimated
    #: from the list unless given)
    listed: float | None = None
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def counts(self) -> dict[str, int]:
        out = {"rows": len(self.rows), "match": 0, "possible": 0, "no match": 0,
               "not matched": 0}  # fmt: skip
        for r in self.rows:
            out[r.verdict] = out.get(r.verdict, 0) + 1
        return out

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"counts": self.counts()}


def link_only_settings(model: Model, sql_dialect: str) -> dict[str, Any]:
    """The model as a list-to-registry job: its comparisons and parameters, the
    model's blocking rules plus looser ones for near-misses, comparison columns kept."""
    from splink import block_on

    creator = spec.settings_creator(model.columns, model.blockable, model.unique)
    creator.link_type = "link_only"
    creator.blocking_rules_to_generate_predictions = [
        *spec.blocking_rules(model.columns, model.blockable, model.unique),
        block_on("surname_key"),
        block_on("given_key"),
        *([block_on("birth_date")] if "birth_year" in model.columns else []),
        *word_rules("birth_year" in model.columns),
    ]
    creator.retain_matching_columns = True
    creator.retain_intermediate_calculation_columns = True
    return spec.with_parameters(creator.create_settings_dict(sql_dialect), model.splink)


def _labels(settings: dict[str, Any]) -> dict[str, dict[int, str]]:
    """Comparison -> gamma value -> label of the level."""
    out: dict[str, dict[int, str]] = {}
    for comp in settings["comparisons"]:
        levels = [lv for lv in comp["comparison_levels"] if not lv.get("is_null_level")]
        n = len(levels)
        out[comp["output_column_name"]] = {
            n - 1 - i: str(lv.get("label_for_charts") or lv.get("sql_condition"))
            for i, lv in enumerate(levels)
        }
    return out


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The same column types on both sides of the job (Splink links tables of one schema)."""
    ints = {c: pd.array([None if pd.isna(v) else int(v) for v in frame[c]], dtype="Int64")
            for c in ("birth_year", "death_year", "death_day") if c in frame.columns}
    return frame.assign(**ints, has_name=frame["has_name"].fillna(False).astype(bool))


def score_pairs(
    query: pd.DataFrame,
    registry: pd.DataFrame,
    model: Model,
    engine: EngineName | str = EngineName.duckdb,
    master: str | None = None,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """(scored pairs, settings) of standardised list rows against standardised mentions.

    Pairs have ``query_id``, ``mention_id``, ``match_probability``, ``match_weight``
    and Splink's ``gamma_*``/``mw_*`` columns and compared values (``*_l`` list side).
    """
    from splink import Linker

    quiet()
    settings = link_only_settings(model, dialect(engine))
    if query.empty or registry.empty:
        return pd.DataFrame(), settings
    cols = list(dict.fromkeys([*registry.columns, *query.columns]))
    q, r = (_typed(_complete(f.reindex(columns=cols), model)) for f in (query, registry))
    db_api, q_table = open_engine(engine, q, master, alias="trace_list")
    linker = Linker([q_table, register(db_api, r, "registry")], settings, log_level=None)
    pairs = linker.inference.predict(threshold_match_probability=0.0).as_pandas_dataframe()
    if pairs.empty:
        return pairs, settings
    flip = pairs["source_dataset_l"].astype(str) != "trace_list"
    if flip.any():  # keep the list on the left
        mask = flip.to_numpy()
        swapped: dict[str, Any] = {}
        for c in pairs.columns:
            if c.endswith("_l") and c[:-2] + "_r" in pairs.columns:
                left = pairs[c].astype(object).to_numpy()
                right = pairs[c[:-2] + "_r"].astype(object).to_numpy()
                swapped[c] = np.where(mask, right, left)
                swapped[c[:-2] + "_r"] = np.where(mask, left, right)
        pairs = pairs.assign(**swapped)
    pairs = pairs.rename(columns={"unique_id_l": "query_id", "unique_id_r": "mention_id"})
    pairs["query_id"] = pairs["query_id"].astype(str)
    pairs["mention_id"] = pairs["mention_id"].astype(str)
    return pairs, settings


def _value(v: Any) -> Any:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    return v.item() if hasattr(v, "item") else v


def explain(pair: dict[str, Any], labels: dict[str, dict[int, str]]) -> tuple[
        list[str], list[str], list[dict[str, Any]]]:  # fmt: skip
    """(agreeing fields, disagreeing fields, one dict per comparison) of a scored pair."""
    agree, disagree, rows = [], [], []
    for comp, levels in labels.items():
        gamma = _value(pair.get(f"gamma_{comp}"))
        if gamma is None or int(gamma) < 0:
            continue
        # Splink 5 gives each comparison's match weight (log2 of its Bayes factor)
        weight = float(_value(pair.get(f"mw_{comp}")) or 0.0)
        weight += float(_value(pair.get(f"mw_tf_adj_{comp}")) or 0.0)
        bf = 2.0**weight
        label = FIELD_LABELS.get(comp, comp.removeprefix("x_"))
        col = FIELD_VALUES.get(comp, comp)
        rows.append({
            "field": label, "level": levels.get(int(gamma), str(gamma)), "bayes_factor": bf,
            "list": _value(pair.get(f"{col}_l")), "registry": _value(pair.get(f"{col}_r")),
        })  # fmt: skip
        if bf > 1:
            agree.append(label)
        elif bf < 1:
            disagree.append(label)
    return agree, disagree, rows


def load_or_default(root: Path | None, records: int) -> tuple[Model, str]:
    """The workspace's newest trained model, else the built-in one."""
    if root is not None:
        try:
            model, path = load_model(model_dir(root))
            return model, path.name
        except ModelMissing:
            pass
    return default_model(REGISTRY_COLUMNS, records), "built-in default parameters"


def trace_table(
    df: pd.DataFrame,
    engine: Engine,
    root: Path | None = None,
    *,
    model: Model | None = None,
    columns: TraceColumns | None = None,
    exclude_sources: Iterable[str] = (),
    match: float = DEFAULT_THRESHOLD,
    possible: float = POSSIBLE,
    top: int = TOP,
    listed: float | None = None,
    calibration: Calibration | None = None,
    engine_name: EngineName | str = EngineName.duckdb,
    master: str | None = None,
    on_step: Callable[[str], None] | None = None,
    **named: Any,
) -> TraceResult:
    """Match every row of ``df`` (a case list, values as text) against the registry.

    ``columns`` (or keyword names such as ``name="passport_name"``) say which
    columns hold what; otherwise they are detected (TraceInputError when no
    column holds a name). ``root``: the workspace folder, for its trained model.
    ``listed``: the prior share of the list's people who are anyone in the registry
    (:mod:`headcount.trace.rescore`): a row's probabilities for its candidates and
    for nobody add up to one; by default estimated from the list itself
    (:func:`headcount.trace.rescore.estimate_listed`). ``calibration``: how those
    probabilities are scaled (by default the one shipped, fitted on generated lists).
    """
    step = on_step or (lambda _s: None)
    tc = columns or detect([str(c) for c in df.columns], **named)
    step("read")
    frame, inputs = prepare(df, tc)
    messages = [f"column {c!r} is not used" for c in tc.unused]
    mentions, person_of = registry_mentions(engine, exclude_sources)
    if model is None:
        model, model_name = load_or_default(root, len(mentions))
    else:
        model_name = f"link-v{model.version}.json" if model.version else "given model"
    step("standardise")
    query = standardise(frame, PREPARED)
    reg = standardise_mentions(mentions).drop(columns=["dedup_group"], errors="ignore")
    q_names, r_names = whole_names(frame), whole_names(mentions)
    query = add_word_keys(query, (q_names.get(str(i), "") for i in query["unique_id"]))
    reg = add_word_keys(reg, (r_names.get(str(i), "") for i in reg["unique_id"]))
    step("compare")
    try:
        link_only_settings(model, dialect(engine_name))
    except (ValueError, KeyError):  # a model saved by an older layout of the comparisons
        messages.append(f"the model {model_name} does not fit this version's comparisons "
                        "(run `headcount link --train`): built-in parameters used")
        model, model_name = default_model(REGISTRY_COLUMNS, len(mentions)), "built-in default"
    pairs, settings = score_pairs(query, reg, model, engine_name, master)
    step("candidates")
    pairs = relevel_names(pairs, settings, q_names, r_names)
    pairs = discount_chance(pairs, settings, person_rates(reg, r_names, person_of))
    persons = len(set(person_of.values()))
    matchable = sum(1 for inp in inputs if inp.matchable)
    ranked, share = _rank(pairs, person_of, prior_weight(settings), persons, listed,
                          calibration or shipped_calibration(), matchable)  # fmt: skip
    wanted = {pid for rows in ranked.values() for pid, _ in rows[:top]}
    details = person_details(engine, wanted)
    labels = _labels(settings)
    results = []
    for inp in inputs:
        results.append(_row_result(inp, ranked.get(f"q{inp.row}", []), details, labels,
                                   match, possible, top))  # fmt: skip
    if mentions.empty:
        messages.append("the registry has no linked persons yet: run `headcount link` first")
    return TraceResult(
        rows=results, columns=tc.as_dict(), messages=messages, model=model_name,
        link_run=last_run(engine), persons=persons,
        mentions=len(mentions), match=match, possible=possible, listed=round(share, 4),
    )  # fmt: skip


Ranked = dict[str, list[tuple[str, dict[str, Any]]]]


def person_rates(reg: pd.DataFrame, names: dict[str, str],
                 person_of: dict[str, str]) -> RegistryRates:  # fmt: skip
    """Chance agreement among the registry's persons (:mod:`headcount.trace.rates`),
    each person by his first mention (standardised, with its word keys)."""
    if reg.empty:
        return RegistryRates()
    first = reg.assign(person=reg["unique_id"].astype(str).map(person_of))
    first = first.dropna(subset=["person"]).drop_duplicates("person")
    ids = first["unique_id"].astype(str)
    cits = first["citizenship"] if "citizenship" in first.columns else pd.Series(None, first.index)
    return registry_rates(
        dict(zip(first["person"], (names.get(i, "") for i in ids), strict=True)),
        {p: (None if pd.isna(c) else str(c)) for p, c in zip(first["person"], cits, strict=True)},
        dict(zip(first["person"], first["word_pairs"], strict=True)),
    )


def whole_names(frame: pd.DataFrame) -> dict[str, str]:
    """Id -> the whole name as written (the name, else its parts, surname first)."""
    def text(col: str) -> pd.Series:
        if col not in frame.columns:
            return pd.Series([""] * len(frame), index=frame.index, dtype=object)
        return frame[col].fillna("").astype(str).str.strip()

    parts = text("surname") + " " + text("given_name") + " " + text("patronymic")
    names = text("name").where(text("name") != "", parts.str.strip())
    return dict(zip(frame["id"].astype(str), names, strict=True))


def _rank(pairs: pd.DataFrame, person_of: dict[str, str], prior: float = 0.0,
          persons: int = 0, listed: float | None = LISTED, calibration: Calibration | None = None,
          rows: int = 0) -> tuple[Ranked, float]:  # fmt: skip
    """Query id -> [(person id, best pair)] best first, each pair's probability the
    chance that the row is that person among all its candidates and nobody
    (:func:`headcount.trace.rescore.lookup_probabilities`), calibrated; the model's own
    probability stays as ``pair_probability``; and the listed share used.

    The probabilities are computed at the prior share :data:`LISTED`; the list's own
    share (``listed``, or when None estimated from the list's ``rows`` — matchable
    rows, those without a candidate too — by
    :func:`headcount.trace.rescore.estimate_listed`) enters through the calibration,
    whose curves were fitted on lists of known, different shares."""
    if pairs.empty:
        return {}, LISTED if listed is None else listed
    pairs = pairs.assign(person_id=pairs["mention_id"].map(person_of)).dropna(subset=["person_id"])
    pairs = pairs.sort_values(["query_id", "match_probability", "match_weight", "mention_id"],
                              ascending=[True, False, False, True])  # fmt: skip
    best = pairs.drop_duplicates(["query_id", "person_id"])
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for rec in best.to_dict("records"):
        out.setdefault(str(rec["query_id"]), []).append((str(rec["person_id"]), rec))
    weights = {q: [float(rec["match_weight"]) for _, rec in cands] for q, cands in out.items()}
    share = listed
    if share is None:
        share = estimate_listed(list(weights.values()), max(rows, len(out)), prior, persons)
    for q, cands in out.items():
        for (_, rec), p in zip(cands, lookup_probabilities(weights[q], prior, persons),
                               strict=True):  # fmt: skip
            rec["pair_probability"] = rec["match_probability"]
            rec["corroboration"] = kind = corroboration(rec)
            rec["match_probability"] = calibration(p, kind, share) if calibration else p
        # the curves of the kinds differ: the best candidate is the most probable once
        # calibrated (an exact date over a near one of a somewhat better-named namesake);
        # a stable sort, so that equals keep the model's order
        cands.sort(key=lambda r: -float(r[1]["match_probability"]))
    return out, share


def _candidate(rank: int, pid: str, pair: dict[str, Any], details: dict[str, dict[str, Any]],
               labels: dict[str, dict[int, str]]) -> Candidate:  # fmt: skip
    agree, disagree, comps = explain(pair, labels)
    return Candidate(
        person_id=pid, rank=rank, probability=float(pair["match_probability"]),
        weight=float(pair["match_weight"]), agree=agree, disagree=disagree, comparisons=comps,
        mention_id=str(pair["mention_id"]), person=details.get(pid, {}),
    )  # fmt: skip


def _row_result(inp: RowInput, ranked: list[tuple[str, dict[str, Any]]],
                details: dict[str, dict[str, Any]], labels: dict[str, dict[int, str]],
                match: float, possible: float, top: int) -> RowResult:  # fmt: skip
    out = RowResult(inp.row, inp.reference, inp.name, "not matched",
                    messages=list(inp.messages), info=inp.info)  # fmt: skip
    if not inp.matchable:
        return out
    cands = [_candidate(i, pid, pair, details, labels)
             for i, (pid, pair) in enumerate(ranked[:top], 1)]  # fmt: skip
    above = [c for c in cands if c.probability >= possible]
    if above:
        out.candidates = above
        out.verdict = "match" if above[0].probability >= match else "possible"
    else:
        out.near_misses = cands
        out.verdict = "no match"
    return out


__all__ = [
    "Candidate",
    "RowResult",
    "TraceResult",
    "explain",
    "link_only_settings",
    "load_or_default",
    "score_pairs",
    "trace_table",
]
