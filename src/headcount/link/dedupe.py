"""Stand-alone deduplication of any table of people a user brings.

:func:`dedupe_table` standardises the table (columns named by the caller or
detected from common header names, names in any script), trains a model on
the table itself (or uses a given one), scores pairs and clusters them. The
output is the input rows with ``cluster_id`` (the row number of the cluster's
first row) and ``match_probability`` (the best probability that joined the row
to its cluster; empty for a row alone).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from headcount.link.calibrate import (
    MIN_CUT,
    choose_cluster_cut,
    components,
    refit_prior,
    total_pairs,
)
from headcount.link.cluster import Constraints, cluster
from headcount.link.engines import EngineName
from headcount.link.ids import id_array, positions
from headcount.link.predict import predict
from headcount.link.standardise import Columns, standardise
from headcount.link.train import (
    MIN_TRAIN,
    Model,
    columns_of,
    default_model,
    default_prior,
    train,
    with_prior,
)

#: header names recognised for each part of a person (after lower-casing and
#: turning anything but letters and digits into "_")
HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("unique_id", "id", "rec_id", "record_id", "uid"),
    "name": ("name", "full_name", "fullname", "person", "fio", "фио", "имя_фамилия"),
    "surname": ("surname", "last_name", "lastname", "family_name", "lname", "lname_c1",
                "фамилия"),
    "given_name": ("given_name", "first_name", "firstname", "forename", "fname", "fname_c1",
                   "имя"),
    "patronymic": ("patronymic", "middle_name", "отчество"),
    "birth_date": ("dob", "date_of_birth", "birth_date", "birthdate", "born", "birth",
                   "дата_рождения"),
    "birth_year": ("by", "birth_year", "year_of_birth", "yob"),
    "birth_month": ("bm", "birth_month"),
    "birth_day": ("bd", "birth_day"),
    "death_date": ("dod", "date_of_death", "death_date", "death", "дата_смерти"),
    "age": ("age", "возраст"),
    "region": ("region", "регион", "oblast"),
    "citizenship": ("citizenship", "nationality", "country", "гражданство"),
    "unit": ("unit", "military_unit", "часть"),
}  # fmt: skip
#: other columns compared by exact match when present
EXTRA_HEADERS = ("place", "city", "birth_place", "place_of_birth", "town", "suburb",
                 "settlement", "postcode", "postcode_fake", "zip", "email", "gender", "sex",
                 "occupation", "state", "address", "address_1", "street_number", "soc_sec_id",
                 "phone")  # fmt: skip


def _norm(header: str) -> str:
    return re.sub(r"[^\w]+", "_", header.strip().lower()).strip("_")


def detect_columns(headers: Sequence[str], **named: Any) -> Columns:
    """Columns of a table: those named (keyword per :class:`Columns` field) win,
    the rest are detected from :data:`HEADERS`; ``extra`` adds to the detected extras."""
    by_norm = {_norm(h): h for h in headers}
    found: dict[str, Any] = {}
    for part, names in HEADERS.items():
        found[part] = next((by_norm[n] for n in names if n in by_norm), None)
    extra = [by_norm[n] for n in EXTRA_HEADERS if n in by_norm]
    for key, value in named.items():
        if key == "extra":
            extra += [v for v in value or () if v not in extra]
        elif value:
            found[key] = value
    used = {v for v in found.values() if v}
    missing = [c for c in [*used, *extra] if c not in headers]
    if missing:
        raise KeyError(f"no column {', '.join(map(repr, missing))} in the table")
    if not (found["name"] or found["surname"] or found["given_name"]):
        raise KeyError(
            "no name column: name one with --name, or --first-name/--surname "
            f"(headers: {', '.join(headers)})"
        )
    return Columns(**found, extra=tuple(c for c in extra if c not in used))


#: a fixed match probability at which rows of a user's table may be made to join; by
#: default the cut-off is chosen from the model (:mod:`headcount.link.calibrate`)
DEDUPE_THRESHOLD = 0.96
#: pairs scored down to this probability: the prior is re-estimated from all of them
PREDICT_FLOOR = 1e-3


def dedupe_table(
    df: pd.DataFrame,
    columns: Columns | None = None,
    threshold: float | None = None,
    model: Model | None = None,
    engine: EngineName | str = EngineName.duckdb,
    dedup_group: str | None = None,
    on_step: Callable[[str], None] | None = None,
    **named: Any,
) -> pd.DataFrame:
    """The rows of ``df`` with ``cluster_id`` and ``match_probability``.

    ``columns`` (or keyword names such as ``surname="lname"``) say which columns
    hold what; otherwise they are detected. ``threshold``: the match probability at
    which rows join; None (default) takes the cut-off with the best expected F1 under
    the table's own prior (``.attrs["cut"]`` says what it expects of precision and
    recall). ``dedup_group``: a column whose
    value marks rows already deduplicated among themselves (e.g. the file each
    row came from), never merged with rows of the same value.
    """
    step = on_step or (lambda _name: None)
    cols = columns or detect_columns(list(df.columns), **named)
    cols = replace(cols, id=None)  # rows are identified by position
    step("standardise")
    std = standardise(df, cols)
    if dedup_group:
        std["dedup_group"] = df[dedup_group].astype(str).to_numpy()
    step("train")
    if model is None:
        base = std.drop(columns=["dedup_group"], errors="ignore")
        if len(base) < MIN_TRAIN:  # too few rows to estimate: the built-in parameters
            model = default_model(columns_of(base), len(base))
        else:
            model = train(base, engine, estimate_m=True, max_pairs=3e5)
    step("predict")
    pairs, model, prior = calibrated_pairs(std, model, engine)
    ids = id_array(std["unique_id"].astype(str).to_numpy(dtype=object))
    pairs = within_clusters(std, model, engine, pairs, ids)
    cut = choose_cluster_cut(
        positions(pairs["unique_id_l"], ids),
        positions(pairs["unique_id_r"], ids),
        pairs["match_probability"].to_numpy(dtype=float),
        len(std),
        prior,
    )
    if threshold is None:
        threshold = cut.threshold
    step("cluster")
    groups = (
        {u: g for u, g in zip(std["unique_id"], std["dedup_group"], strict=True)
         if isinstance(g, str) and g}
        if dedup_group
        else {}
    )  # fmt: skip
    result = cluster(list(std["unique_id"]), pairs, threshold, Constraints(groups=groups))
    out = df.copy()
    first = {c: min(int(m) for m in ms) for c, ms in result.members().items()}
    out["cluster_id"] = [first[result.cluster_of[u]] for u in std["unique_id"]]
    out["match_probability"] = [result.probability.get(u) for u in std["unique_id"]]
    out.attrs["pairs"] = pairs
    out.attrs["model"] = model
    out.attrs["cut"] = cut  # the model's cut-off and the errors it expects
    out.attrs["threshold"] = threshold
    return out


#: clusters (at probability MIN_CUT) of at most this many records have all their pairs
#: scored, so that the cut-off is judged on every pair a cluster holds
WITHIN_CAP = 100


def within_clusters(std: pd.DataFrame, model: Model, engine: EngineName | str,
                    pairs: pd.DataFrame, ids: Any, master: str | None = None
                    ) -> pd.DataFrame:  # fmt: skip
    """``pairs`` and the pairs inside the clusters the weakest cut-off would make that
    blocking never proposed (A-B and B-C scored, A-C not), scored by the model: a
    cluster is judged by all its pairs, not only those blocking found."""
    if pairs.empty or len(std) < MIN_TRAIN:
        return pairs
    left, right = positions(pairs["unique_id_l"], ids), positions(pairs["unique_id_r"], ids)
    keep = pairs["match_probability"].to_numpy(dtype=float) >= MIN_CUT
    label = components(left[keep], right[keep], len(std))
    sizes = np.bincount(label)[label]
    inside = (sizes >= 3) & (sizes <= WITHIN_CAP)
    if not inside.any():
        return pairs
    column = pd.array(np.where(inside, label, 0), dtype="Int64")
    column[~inside] = pd.NA
    extra = predict(std.assign(hc_cluster=column), model, engine, floor=0.0, within="hc_cluster",
                    master=master)  # fmt: skip
    both = pd.concat([pairs, extra], ignore_index=True)
    return both.drop_duplicates(["unique_id_l", "unique_id_r"], keep="first").reset_index(drop=True)


def calibrated_pairs(
    std: pd.DataFrame, model: Model, engine: EngineName | str, master: str | None = None
) -> tuple[pd.DataFrame, Model, float]:
    """Scored pairs under the prior they imply (:func:`refit_prior`); when that prior is
    far from the trained one, u is corrected under it and the pairs scored again
    (a table too small to train on keeps the built-in prior)."""
    groups = std["dedup_group"] if "dedup_group" in std.columns else None
    total = total_pairs(len(std), groups)
    trained = float(model.splink["probability_two_random_records_match"] or 0.0)
    if not 0.0 < trained < 1.0:
        # a model saved with a prior of 0 (no pair met the deterministic rules, e.g.
        # mentions without names) would score every pair 0; Splink 5 refuses it
        trained = default_prior(len(std))
        model = with_prior(model, trained)
    pairs = predict(std, model, engine, floor=PREDICT_FLOOR, master=master)
    if len(std) < MIN_TRAIN:
        return pairs, model, trained  # a few rows say little about the prior
    pairs, prior = refit_prior(pairs, total, trained)
    if not 0.8 <= prior / trained <= 1.25:
        model = with_prior(model, prior)
        pairs = predict(std, model, engine, floor=PREDICT_FLOOR, master=master)
        pairs, prior = refit_prior(pairs, total, prior)
    return pairs, model, prior


def read_table(path: Any) -> pd.DataFrame:
    """A CSV, TSV, Parquet, JSON or JSON-lines table, every value read as text."""
    from pathlib import Path

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".parquet":
        return pd.read_parquet(p).astype("string").astype(object).where(lambda d: d.notna(), None)
    if suffix in (".jsonl", ".ndjson"):
        return pd.read_json(p, lines=True, dtype=str)
    if suffix == ".json":
        return pd.read_json(p, dtype=str)
    sep = "\t" if suffix in (".tsv", ".tab") else ","
    df = pd.read_csv(p, sep=sep, dtype=str, skipinitialspace=True, keep_default_na=False)
    df.columns = [c.strip() for c in df.columns]
    return df.apply(lambda s: s.str.strip()).replace("", None)


__all__ = ["DEDUPE_THRESHOLD", "HEADERS", "calibrated_pairs", "dedupe_table", "detect_columns",
           "read_table", "within_clusters"]  # fmt: skip
