"""Training: estimate the model once, save it as a versioned JSON file.

Production runs load the saved model and never re-estimate it (Splink's
habit): ``headcount link --train`` writes ``models/link-vN.json`` in the
workspace, N one more than the newest file there; ``headcount link`` reads the
newest. The estimation:

1. the prior (probability two random records match) from deterministic rules
   (same loose name and birth year, or death month) assumed to find 70 % of
   the matches whose dates they can compare (:func:`rule_coverage`);
2. u-probabilities from every pair of a seeded sample of records, drawn alike on
   every engine (:mod:`headcount.link.usample`): a rerun, on DuckDB or on Spark,
   gives the same u;
3. m-probabilities from human "same" decisions when there are at least
   ``MIN_LABELS`` of them, otherwise by expectation maximisation on the
   training blocking rules. A step that cannot run (too few records) is
   noted in the model and the starting values stay.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from headcount.link import settings as spec
from headcount.link.engines import EngineName, open_engine, register
from headcount.link.usample import U_SAMPLING, one_per_name, settings_with_u

MODEL_FORMAT = "headcount-link-model/1"
MIN_LABELS = 30
_VERSION = re.compile(r"^link-v(\d+)\.json$")
log = logging.getLogger(__name__)


class ModelMissing(FileNotFoundError):
    """No trained model in the workspace."""


@dataclass
class Model:
    """A trained linkage model: the columns it compares and Splink's parameters."""

    columns: list[str]
    splink: dict[str, Any]
    version: int = 0
    trained_at: str = ""
    records: int = 0
    blockable: list[str] = field(default_factory=list)  # extra columns fit for blocking
    unique: list[str] = field(default_factory=list)  # near-unique extra columns, blocked alone
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"format": MODEL_FORMAT, **asdict(self)}, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        if data.pop("format", None) != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} file")
        return cls(**data)

    def for_dialect(self, dialect: str) -> dict[str, Any]:
        """The Splink settings of this model in an engine's dialect."""
        base = _settings(tuple(self.columns), dialect, tuple(self.blockable),
                         tuple(self.unique))
        return spec.with_parameters(copy.deepcopy(base), self.splink)


@lru_cache(maxsize=16)
def _settings(columns: tuple[str, ...], dialect: str, blockable: tuple[str, ...],
              unique: tuple[str, ...]) -> dict[str, Any]:
    """The untrained settings of a model's columns: built once per process (Splink
    translates every comparison through sqlglot, a fraction of a second each time, and a
    registry link or a simulation predicts several times with one model)."""
    return spec.settings_dict(columns, dialect, blockable, unique)


def columns_of(std: pd.DataFrame) -> list[str]:
    has = {c: bool(std[c].notna().any()) for c in std.columns}
    return spec.model_columns(list(std.columns), has)


def collision(std: pd.DataFrame, col: str) -> float:
    """Probability that two random records share a (non-empty) value of ``col``."""
    counts = std[col].dropna().value_counts()
    n = len(std)
    return float((counts * counts).sum()) / (n * n) if n else 1.0


def blocking_columns(std: pd.DataFrame, columns: list[str]) -> tuple[list[str], list[str]]:
    """Extra columns fit for blocking with a name key, and those fit alone (near-unique)."""
    extras = [c for c in columns if c.startswith("x_")]
    shares = {c: collision(std, c) for c in extras}
    return [c for c in extras if shares[c] <= 0.01], [c for c in extras if shares[c] <= 1e-4]


#: tables larger than this are trained on a random sample of this many records
TRAIN_RECORDS = 200_000


def training_sample(
    std: pd.DataFrame, max_records: int | None = None, seed: int = 1
) -> pd.DataFrame:
    """At most ``max_records`` (default TRAIN_RECORDS) records, drawn at random with ``seed``.

    A uniform sample of records keeps every block's share of matching pairs (both
    the matches and the pairs of a block shrink with the square of the sampling
    rate), so the prior, u and m it estimates are those of the whole table, while
    EM's pairs no longer grow with the square of the registry.
    """
    limit = TRAIN_RECORDS if max_records is None else max_records
    if len(std) <= limit:
        return std
    return std.sample(n=limit, random_state=seed).sort_index()


#: the share of pairs the deterministic rules are assumed to see at the least
MIN_COVERAGE = 0.2


def rule_coverage(std: pd.DataFrame, columns: list[str]) -> float:
    """The share of pairs of named records that the deterministic rules
    (:func:`settings.deterministic_rules`) can find at all: both records have the
    birth year, or both the month of death, that a rule compares (records assumed
    independent). The rules' assumed recall holds among these pairs only: where
    dates are often missing, the pairs they find are fewer than their recall says,
    and the prior estimated from them too low. At least MIN_COVERAGE.
    """
    fields = [f for f, col in (("birth_year", "birth_year"), ("death_ym", "death_year"))
              if col in columns and f in std.columns]  # fmt: skip
    if not fields:
        return 1.0
    named = std[std["has_name"].fillna(False).astype(bool)] if "has_name" in std else std
    if named.empty:
        return 1.0
    shares = named[fields].notna().value_counts(normalize=True)
    patterns = [(tuple(bool(x) for x in key), float(p)) for key, p in shares.items()]
    seen = sum(p * q for a, p in patterns for b, q in patterns
               if any(x and y for x, y in zip(a, b, strict=True)))  # fmt: skip
    return max(MIN_COVERAGE, min(1.0, seen))


def quiet() -> None:
    """Silence Splink's progress chatter (it logs at INFO to stdout). Its settings
    validation only logs warnings, so the linkers here skip it (``validate_settings``)."""
    for name in [*logging.root.manager.loggerDict, "splink", "py4j"]:
        if name.startswith(("splink", "py4j")):
            logging.getLogger(name).setLevel(logging.ERROR)


def train(
    std: pd.DataFrame,
    engine: EngineName | str = EngineName.duckdb,
    labels: pd.DataFrame | None = None,
    seed: int = 1,
    max_pairs: float = 1e6,
    recall: float = 0.7,
    master: str | None = None,
    estimate_m: bool | None = None,
    max_records: int | None = None,
) -> Model:
    """Estimate a model on a standardised table (and optional "same" pairs as labels).

    ``labels``: columns ``unique_id_l``, ``unique_id_r`` of pairs people said are
    the same person. ``estimate_m``: run EM for m (default: only on at least
    EM_MIN_RECORDS records; a user's own table in ``dedupe_table`` always does).
    ``max_records`` (default TRAIN_RECORDS): larger tables are trained on a
    seeded random sample of this many records (see :func:`training_sample`).
    """
    quiet()
    from splink import Linker

    records = len(std)
    std = training_sample(std, max_records, seed)
    columns = columns_of(std)
    blockable, unique = blocking_columns(std, columns)
    db_api, table = open_engine(engine, std, master)
    creator = spec.settings_creator(columns, blockable, unique)
    labelled = labels is not None and len(labels) >= MIN_LABELS
    if estimate_m is None:
        estimate_m = len(std) >= EM_MIN_RECORDS
    # m hand-set on a registry of a few mentions per person: its random pairs hold so
    # many of one man's mentions that the matches among them outweigh the chance
    # agreements of names; u from one record per name instead (see usample)
    hand_set = not estimate_m and not labelled
    # u first, from a sample drawn alike on every engine (see headcount.link.usample)
    if hand_set:
        with_u = settings_with_u(db_api, one_per_name(std), creator, max_pairs, seed)
    else:
        with_u = settings_with_u(db_api, std, creator, max_pairs, seed, table)
    linker = Linker(table, with_u, log_level=None, validate_settings=False)  # see quiet()
    notes: list[str] = []
    if len(std) < records:
        notes.append(f"trained on a random sample of {len(std)} of {records} records, seed {seed}")
    try:
        seen = rule_coverage(std, columns)
        linker.training.estimate_probability_two_random_records_match(
            spec.deterministic_rules(columns), recall=recall * seen
        )
        notes.append(f"prior from deterministic rules at recall {recall} of the {seen:.2f}"
                     " of pairs whose fields they compare")  # fmt: skip
    except Exception as exc:  # too few records for the rules to find any pair
        notes.append(f"prior kept at its default: {type(exc).__name__}")
    notes.append(f"u by random sampling of up to {int(max_pairs)} pairs, seed {seed}"
                 + (", one record per name" if hand_set else ""))  # fmt: skip
    if labels is not None and labelled:
        name = "__headcount_labels"
        pairs = register(db_api, labels[["unique_id_l", "unique_id_r"]].astype(str), name)
        linker.training.estimate_m_from_pairwise_labels(pairs)
        notes.append(f"m from {len(labels)} human 'same' decisions")
        estimate_m = True
    elif not estimate_m:
        notes.append(f"m hand-set (fewer than {EM_MIN_RECORDS} records to estimate it)")
    else:
        for rule in spec.training_rules(columns):
            try:
                linker.training.estimate_parameters_using_expectation_maximisation(rule)
                notes.append(f"m by EM on {rule.get_blocking_rule('duckdb').blocking_rule_sql}")
            except Exception as exc:  # a rule with no pairs, or nothing left to estimate
                notes.append(f"EM skipped: {type(exc).__name__}")
    trained = settle(linker.misc.save_model_to_json(), estimate_m, u_of_one_per_name=hand_set)
    prior = float(trained.get("probability_two_random_records_match") or 0.0)
    if not 0.0 < prior < 1.0:
        # no pair met the deterministic rules (e.g. a list without names): a prior of 0
        # would score every pair 0 and Splink 5 refuses it; keep the built-in prior
        trained = with_prior_of(trained, default_prior(records))
        notes.append(f"prior {prior:g} unusable; kept the built-in 1.5 matches per record")
    if not hand_set:
        notes.append("u corrected for the matches among random pairs")
    notes.append(f"m floored at {M_FLOOR}")
    return Model(
        columns=columns,
        splink=trained,
        trained_at=datetime.now(UTC).isoformat(timespec="seconds"),
        records=records,
        blockable=blockable,
        unique=unique,
        notes=notes,
    )


def model_dir(root: Path) -> Path:
    return root / "models"


def model_versions(folder: Path) -> list[tuple[int, Path]]:
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _VERSION.match(p.name)
            if m:
                found.append((int(m.group(1)), p))
    return sorted(found)


def save_model(model: Model, folder: Path) -> Path:
    """Write the model as the next version in ``folder``; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    versions = model_versions(folder)
    model.version = (versions[-1][0] if versions else 0) + 1
    path = folder / f"link-v{model.version}.json"
    path.write_text(model.to_json(), "utf-8")
    return path


def load_model(folder: Path, version: int | None = None) -> tuple[Model, Path]:
    """The newest model in ``folder`` (or ``version``); ModelMissing if none."""
    versions = dict(model_versions(folder))
    if not versions:
        raise ModelMissing(
            f"no trained linkage model in {folder}: run `headcount link --train` first"
        )
    v = version if version is not None else max(versions)
    if v not in versions:
        raise ModelMissing(f"no model version {v} in {folder} (have {sorted(versions)})")
    return Model.from_json(versions[v].read_text("utf-8")), versions[v]


#: hand-set (m, u) of each non-null level, strongest first: the built-in model
#: ``--train`` saves when a registry is too small to estimate one (MIN_TRAIN), and the
#: m-probabilities of a model trained on fewer than EM_MIN_RECORDS records
DEFAULT_PARAMETERS: dict[str, list[tuple[float, float]]] = {
    "name": [(0.54, 1e-4), (0.10, 3e-5), (0.15, 3e-5), (0.03, 3e-5), (0.05, 5e-5),
             (0.03, 2e-5), (0.05, 1e-4), (0.05, 2e-4), (0.03, 3e-4), (0.02, 1e-4), (0.03, 3e-3),
             (0.02, 5e-4), (0.03, 5e-4), (0.03, 3e-3), (0.03, 3e-2), (0.03, 0.96)],
    "patronymic": [(0.85, 0.02), (0.10, 0.03), (0.05, 0.95)],
    "birth": [(0.50, 1e-4), (0.06, 1e-3), (0.03, 2e-2), (0.005, 0.6), (0.05, 1e-3),
              (0.20, 0.025), (0.10, 0.05), (0.03, 0.2), (0.02, 0.6)],
    "death": [(0.60, 5e-4), (0.25, 2e-3), (0.08, 0.01), (0.05, 0.02), (0.01, 0.2),
              (0.01, 0.77)],
    # the same day told by two sources, a few days apart (the family's last call, the day
    # of the capture), within a month; two dates further apart may still be one man's
    "lost": [(0.50, 1e-3), (0.18, 5e-3), (0.10, 0.04), (0.08, 0.03), (0.14, 0.93)],
    "region": [(0.85, 0.03), (0.15, 0.97)],
    "citizenship": [(0.95, 0.6), (0.05, 0.4)],
    "unit": [(0.6, 0.01), (0.4, 0.99)],
    "extra": [(0.8, 0.01), (0.1, 0.02), (0.1, 0.97)],
}  # fmt: skip
#: below this many records EM is not run: a few hundred mentions of a few hundred
#: people cannot tell m apart from coincidence, and EM drives some m to 0 (weights of
#: -900 that veto a link on one differing unit name); the hand-set m are used instead
EM_MIN_RECORDS = 5000
#: no level's m is let below this: one disagreeing field never vetoes a link alone
M_FLOOR = 2e-3


def _defaults(name: str) -> list[tuple[float, float]]:
    return DEFAULT_PARAMETERS["extra" if name.startswith("x_") else name]


def settle(
    trained: dict[str, Any], estimate_m: bool, u_of_one_per_name: bool = False
) -> dict[str, Any]:
    """Trained Splink settings made safe for small, duplicated registries.

    - m: the hand-set values unless ``estimate_m`` (EM ran on enough records);
      missing ones (levels EM never saw) from the hand-set values; floored at M_FLOOR.
    - u: random sampling counts true matches as chance agreements, which matters
      when the prior λ is not negligible (a few mentions per person): the sampled
      share is λ·m + (1-λ)·u, so u = (share - λ·m) / (1 - λ), kept ≥ a tenth of it.
      ``u_of_one_per_name``: u was sampled from one record per name
      (:func:`headcount.link.usample.one_per_name`), whose pairs hold few matches;
      it is kept as sampled.
    """
    lam = 0.0 if u_of_one_per_name else float(trained["probability_two_random_records_match"])
    for comp in trained["comparisons"]:
        levels = [lv for lv in comp["comparison_levels"] if not lv.get("is_null_level")]
        defaults = _defaults(comp["output_column_name"])
        if len(defaults) != len(levels):
            continue
        for lv, (dm, du) in zip(levels, defaults, strict=True):
            m = lv.get("m_probability") if estimate_m else None
            m = max(float(m) if m is not None else dm, M_FLOOR)
            u = lv.get("u_probability")
            u = float(u) if u is not None else du
            if not u_of_one_per_name:  # kept to correct again under another prior (with_prior)
                lv["u_sampled"] = u
            lv["m_probability"], lv["u_probability"] = m, _corrected(u, m, lam)
        total = sum(lv["m_probability"] for lv in levels)
        for lv in levels:
            lv["m_probability"] /= total
    return trained


def _corrected(sampled: float, m: float, lam: float) -> float:
    """u of a level from its share among random pairs, less the matches among them."""
    return max((sampled - lam * m) / (1 - lam), sampled / 10, 1e-9)


def with_prior(model: Model, prior: float) -> Model:
    """``model`` under another prior, its u corrected again for the matches that prior
    puts among the random pairs (levels trained before u_sampled was kept stay)."""
    trained = with_prior_of(model.splink, prior)
    return replace(model, splink=trained,
                   notes=[*model.notes, f"prior {prior:.3g} from the scored pairs"])  # fmt: skip


MIN_TRAIN = 100


def default_prior(records: int) -> float:
    """The built-in prior: 1.5 matches per record, within [1e-7, 0.01]."""
    return min(0.01, max(1e-7, 1.5 / max(records, 2)))


def with_prior_of(trained: dict[str, Any], prior: float) -> dict[str, Any]:
    """Trained settings under ``prior``, u corrected again for the matches it implies."""
    out = json.loads(json.dumps(trained))
    out["probability_two_random_records_match"] = prior
    for comp in out["comparisons"]:
        for lv in comp["comparison_levels"]:
            if "u_sampled" in lv and "m_probability" in lv:
                lv["u_probability"] = _corrected(lv["u_sampled"], lv["m_probability"], prior)
    return out


def default_model(columns: list[str], records: int) -> Model:
    """The built-in model: hand-set parameters, prior 1.5 matches per record."""
    d = spec.settings_dict(columns, "duckdb")
    d["probability_two_random_records_match"] = default_prior(records)
    for comp in d["comparisons"]:
        name = comp["output_column_name"]
        params = DEFAULT_PARAMETERS["extra" if name.startswith("x_") else name]
        levels = [lv for lv in comp["comparison_levels"] if not lv.get("is_null_level")]
        for lv, (m, u) in zip(levels, params, strict=True):
            lv["m_probability"], lv["u_probability"] = m, u
    return Model(
        columns=columns,
        splink=d,
        trained_at=datetime.now(UTC).isoformat(timespec="seconds"),
        records=records,
        notes=["built-in default parameters (headcount.link.train.DEFAULT_PARAMETERS)"],
    )


__all__ = [
    "DEFAULT_PARAMETERS",
    "U_SAMPLING",
    "Model",
    "ModelMissing",
    "default_model",
    "load_model",
    "model_versions",
    "rule_coverage",
    "save_model",
    "settle",
    "train",
    "training_sample",
    "with_prior",
]
