"""The headline computed once per registry state and config, shared by every surface.

A headline with a 200-replicate bootstrap (or LCMCR chains, or linkage draws) takes
seconds to minutes; the dashboard, the API, the report and ``headcount estimate`` must
all show the same figure without each recomputing it. :func:`headline_dict` keys the
figure by the registry's state (last link run, last review decision, persons and their
mentions) and the ``[estimate]`` config, and keeps it as JSON in the workspace
(``.cache/estimate/<key>.json``): computed at most once per state and config in a
process (single flight: concurrent callers wait for the one computation), written
atomically so other processes read it whole. The web app computes it in its job runner
(:func:`compute_into`) and serves "being computed" meanwhile.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from headcount.estimate.headline import HeadlineConfig, headline_estimate
from headcount.store import schema as s

CACHE_DIR = Path(".cache") / "estimate"
#: raised when the headline's method changes, so that no surface serves a figure the
#: current code would not make (status groups: 2; the gap-filler decision averaged over
#: the bootstrap replicates: 3; each warning labelled with the fit it comes from: 4;
#: the covariate-adjusted model: 5; its interval held beside a gap-filler: 7 — 6 was a
#: rejected model averaging; unknown covariate values shared out, the covariate
#: bootstrap drawing the number named: 8; covariates tested at p < 0.2, their bootstrap
#: replicates shared out over the linkage draws, each draw weighing the same: 9; the
#: gap-filler decision's figure the interquartile mean of its outcomes mixed, not their
#: mean: 10; a covariate model's interval holding the plain one's when a gap-filler is
#: left out in some of the replicates: 11; a rival whose ratio rests on a handful of
#: people no longer vetoes a gap-filler: 12; the bootstrap resampling the estimated
#: population, the number seen varying, and a gap-filler carried to a status group too
#: small for the rule: 13)
METHOD_VERSION = 13
_locks: dict[str, threading.Lock] = {}
_guard = threading.Lock()


def registry_state(engine: Engine) -> dict[str, Any]:
    """What the headline depends on in the registry (cheap to read)."""
    p, pm = s.person, s.person_mention
    with engine.connect() as conn:
        run = conn.execute(
            select(s.link_run.c.id, s.link_run.c.finished_at)
            .where(s.link_run.c.state == "complete").order_by(s.link_run.c.id.desc()).limit(1)
        ).first()
        decision = conn.scalar(select(func.max(s.decision.c.id))) or 0
        persons = conn.execute(
            select(func.count(), func.count(func.distinct(p.c.status)))
            .where(p.c.state == "active", p.c.grade != "rejected")
        ).first()
        links = conn.scalar(select(func.count()).select_from(pm)) or 0
    return {
        "link_run": run.id if run else None,
        "linked_at": str(run.finished_at) if run else None,
        "decision": int(decision),
        "persons": int(persons[0]) if persons else 0,
        "statuses": int(persons[1]) if persons else 0,
        "links": int(links),
    }


def cache_key(engine: Engine, config: HeadlineConfig) -> str:
    """A hash of the registry state and the config."""
    text = json.dumps({"state": registry_state(engine), "config": asdict(config),
                       "method": METHOD_VERSION},
                      sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _path(root: Path, key: str) -> Path:
    return root / CACHE_DIR / f"{key}.json"


def read(root: Path, key: str) -> dict[str, Any] | None:
    """The cached headline of ``key``, or None."""
    try:
        data = json.loads(_path(root, key).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write(root: Path, key: str, value: dict[str, Any]) -> None:
    folder = root / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(value, fh, ensure_ascii=False, default=_plain)
    os.replace(tmp, _path(root, key))
    for old in folder.glob("*.json"):  # one registry state is current; keep a few configs
        if old.stat().st_mtime < _path(root, key).stat().st_mtime - 7 * 86400:
            old.unlink(missing_ok=True)


def _plain(value: Any) -> Any:
    """numpy scalars and arrays in diagnostics, as JSON."""
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def headline_dict(engine: Engine, config: HeadlineConfig, root: Path | None) -> dict[str, Any]:
    """The headline's :meth:`~headcount.estimate.headline.Headline.to_dict`, from the cache
    of workspace ``root`` when this registry state and config were computed before,
    else computed once (other callers in this process wait for it) and kept."""
    if root is None:
        return _round_trip(headline_estimate(engine, config).to_dict())
    key = cache_key(engine, config)
    hit = read(root, key)
    if hit is not None:
        return hit
    with _guard:
        lock = _locks.setdefault(key, threading.Lock())
    with lock:
        hit = read(root, key)
        if hit is None:
            hit = _round_trip(headline_estimate(engine, config).to_dict())
            _write(root, key, hit)
    return hit


def _round_trip(value: dict[str, Any]) -> dict[str, Any]:
    """As read back from the cache, so that a fresh and a cached figure print alike."""
    out: dict[str, Any] = json.loads(json.dumps(value, ensure_ascii=False, default=_plain))
    return out


def compute_into(database_url: str, config: HeadlineConfig, root: str) -> str:
    """Compute and keep the headline (for a worker process of the web app's job runner);
    returns the cache key."""
    from headcount.store import open_registry

    engine = open_registry(database_url)
    try:
        headline_dict(engine, config, Path(root))
        return cache_key(engine, config)
    finally:
        engine.dispose()
