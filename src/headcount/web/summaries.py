"""Cached headline numbers and the estimate, shared by the dashboard and the API."""

from __future__ import annotations

import logging
from typing import Any

from headcount.web import queries
from headcount.web.deps import AppState

log = logging.getLogger("headcount.web")
STATS_TTL = 60.0
ESTIMATE_TTL = 600.0


def stats(st: AppState) -> dict[str, Any]:
    removed = st.privacy().removed

    def make() -> dict[str, Any]:
        with st.engine.connect() as conn:
            return queries.stats(conn, removed)

    return st.cached(f"stats:{hash(removed)}", STATS_TTL, make)


def estimate(st: AppState) -> dict[str, Any]:
    """Multiple systems estimate of the total from the persons' capture histories."""

    def make() -> dict[str, Any]:
        try:
            from headcount.estimate.errors import EstimationError
            from headcount.estimate.registry import capture_histories

            try:
                table = capture_histories(st.engine, status=None)
            except EstimationError:
                return {
                    "available": False,
                    "reason": "needs persons named by at least two independent systems",
                }
            from headcount.estimate.api import estimate as run

            res = run(table, count_column="count", seed=1)
            out = res.to_dict(include_models=False)
            out["available"] = True
            return out
        except ImportError:
            return {"available": False, "reason": "the estimate package is not installed"}
        except Exception as exc:  # an estimate that cannot be made is not a page error
            log.warning("estimate failed: %s", type(exc).__name__)
            return {"available": False, "reason": "no estimate can be made from these data"}

    return st.cached("estimate", ESTIMATE_TTL, make)
