"""The app uvicorn serves (``uvicorn headcount.web.serve:app --factory``), from the environment.

``HEADCOUNT_WORKSPACE`` names the workspace; ``HEADCOUNT_WEB_TRUST_PROXY=1``
takes the client address from X-Forwarded-For (behind a local TLS proxy);
``HEADCOUNT_WEB_WORKERS`` is the number of worker processes (they share the rate
limits out); ``HEADCOUNT_WEB_SEARCH_PER_MINUTE`` and ``HEADCOUNT_WEB_SEARCH_CACHE_SECONDS``
override those settings.
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI

from headcount.web.app import create_app


def app() -> FastAPI:
    overrides: dict[str, Any] = {}
    if os.environ.get("HEADCOUNT_WEB_TRUST_PROXY") == "1":
        overrides["trust_proxy"] = True
    if "HEADCOUNT_WEB_WORKERS" in os.environ:
        overrides["workers"] = int(os.environ["HEADCOUNT_WEB_WORKERS"])
    if "HEADCOUNT_WEB_SEARCH_PER_MINUTE" in os.environ:
        overrides["search_per_minute"] = int(os.environ["HEADCOUNT_WEB_SEARCH_PER_MINUTE"])
    if "HEADCOUNT_WEB_SEARCH_CACHE_SECONDS" in os.environ:
        overrides["search_cache_seconds"] = float(os.environ["HEADCOUNT_WEB_SEARCH_CACHE_SECONDS"])
    return create_app(**overrides)
