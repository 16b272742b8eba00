"""The app uvicorn serves (``uvicorn headcount.web.serve:app --factory``), from the environment.

``HEADCOUNT_WORKSPACE`` names the workspace; ``HEADCOUNT_WEB_TRUST_PROXY=1``
takes the client address from X-Forwarded-For (behind a local TLS proxy), the
entry ``HEADCOUNT_WEB_PROXY_HOPS`` (default 1) from the right;
``HEADCOUNT_WEB_WORKERS`` is the number of worker processes (they share the rate
limits out); ``HEADCOUNT_WEB_SEARCH_PER_MINUTE`` and ``HEADCOUNT_WEB_SEARCH_CACHE_SECONDS``
override those settings.

Each worker loads the Russian morphology before its first request and then freezes
what it has built so far out of the garbage collector's reach: full collections
then walk only what requests leave behind, not the dictionaries and the app (on a
large registry they otherwise paused a search now and then for a few hundred ms).
"""

from __future__ import annotations

import gc
import os
from typing import Any

from fastapi import FastAPI

from headcount.web.app import create_app


def app() -> FastAPI:
    overrides: dict[str, Any] = {}
    if os.environ.get("HEADCOUNT_WEB_TRUST_PROXY") == "1":
        overrides["trust_proxy"] = True
    if "HEADCOUNT_WEB_PROXY_HOPS" in os.environ:
        overrides["proxy_hops"] = int(os.environ["HEADCOUNT_WEB_PROXY_HOPS"])
    if "HEADCOUNT_WEB_WORKERS" in os.environ:
        overrides["workers"] = int(os.environ["HEADCOUNT_WEB_WORKERS"])
    if "HEADCOUNT_WEB_SEARCH_PER_MINUTE" in os.environ:
        overrides["search_per_minute"] = int(os.environ["HEADCOUNT_WEB_SEARCH_PER_MINUTE"])
    if "HEADCOUNT_WEB_SEARCH_CACHE_SECONDS" in os.environ:
        overrides["search_cache_seconds"] = float(os.environ["HEADCOUNT_WEB_SEARCH_CACHE_SECONDS"])
    made = create_app(**overrides)
    from headcount.web.search import parse_query

    parse_query("Иванов")  # load the morphology now, not on the first search
    gc.collect()
    gc.freeze()
    return made
