"""Cached headline numbers and the estimate, shared by the dashboard and the API."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from typing import Any

from headcount.web import queries
from headcount.web.deps import AppState

log = logging.getLogger("headcount.web")
STATS_TTL = 60.0


def stats(st: AppState) -> dict[str, Any]:
    removed = st.privacy().removed

    def make() -> dict[str, Any]:
        with st.engine.connect() as conn:
            return queries.stats(conn, removed)

    return st.cached(f"stats:{hash(removed)}", STATS_TTL, make)


def estimate(st: AppState) -> dict[str, Any]:
    """The headline estimate (:func:`headcount.estimate.cache.headline_dict`), the same
    figure and description as the report and ``headcount estimate``. It is computed once
    per registry state and config, in the job runner's worker process, never inside the
    request: until it is ready the page says it is being computed."""
    try:
        from headcount.estimate import cache
        from headcount.estimate.errors import EstimationError
        from headcount.estimate.headline import workspace_config
    except ImportError:
        return _none("the estimate package is not installed")
    try:
        config = workspace_config(st.workspace.section("estimate"))
        key = cache.cache_key(st.engine, config)
    except EstimationError as exc:  # a bad [estimate] table: say which setting
        return _none(str(exc))
    hit = cache.read(st.workspace.root, key)
    if hit is not None:
        return hit
    key = f"{st.workspace.root}|{st.workspace.database_url}|{key}"  # one job per registry
    with _pending_lock:
        job = _pending.get(key)
        if job is not None and job.done():
            _pending.pop(key, None)
            if job.exception() is not None:
                log.warning("estimate failed: %s", type(job.exception()).__name__)
                return _none("the estimator failed on these data")
            hit = cache.read(st.workspace.root, key.rsplit("|", 1)[1])
            return hit if hit is not None else _none("the estimate could not be kept")
        if job is None:
            try:
                _pending[key] = st.jobs.pool().submit(
                    cache.compute_into, st.workspace.database_url,
                    config, str(st.workspace.root))
            except RuntimeError:  # the app is shutting down
                return _none("the estimate is not available now")
    return {**_none("the estimate for this registry is being computed: reload in a minute"),
            "figure": "being computed", "computing": True}


_pending: dict[str, Future[str]] = {}
_pending_lock = threading.Lock()


def _none(why: str) -> dict[str, Any]:
    return {"estimable": False, "figure": "no estimate", "description": "", "why": why,
            "not_estimable": []}
