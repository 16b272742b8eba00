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
    """The headline estimate (:func:`headcount.estimate.headline.headline_estimate`), the
    same figure and description as the report and ``headcount estimate``."""

    def make() -> dict[str, Any]:
        try:
            from headcount.estimate.errors import EstimationError
            from headcount.estimate.headline import headline_estimate, workspace_config
        except ImportError:
            return _none("the estimate package is not installed")
        try:
            config = workspace_config(st.workspace.section("estimate"))
            return headline_estimate(st.engine, config).to_dict()
        except EstimationError as exc:  # a bad [estimate] table: say which setting
            return _none(str(exc))
        except ImportError:
            return _none("the estimate package is not installed")
        except Exception as exc:  # an estimate that cannot be made is not a page error
            log.warning("estimate failed: %s", type(exc).__name__)
            return _none("the estimator failed on these data")

    return st.cached("estimate", ESTIMATE_TTL, make)


def _none(why: str) -> dict[str, Any]:
    return {"estimable": False, "figure": "no estimate", "description": "", "why": why,
            "not_estimable": []}
