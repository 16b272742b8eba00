"""Jinja filters: labels of coded values, dates, numbers, query strings."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment

STATUS = {
    "killed": "killed",
    "missing": "missing",
    "captured": "captured",
    "wounded": "wounded",
    "deserted": "deserted",
    "returned": "returned",
    "declared_dead": "declared dead",
    "serving": "serving",
}
CHANNEL = {
    "contract": "contract",
    "mobilised": "mobilised",
    "conscript": "conscript",
    "volunteer_formation": "volunteer formation",
    "prisoner": "prisoner recruit",
    "pmc": "private military company",
    "foreign_contract": "foreign contract",
    "regular": "regular",
}


def label(value: Any) -> str:
    if value is None or value == "":
        return "—"
    v = str(value)
    return STATUS.get(v) or CHANNEL.get(v) or v.replace("_", " ")


_REGION_CODE = re.compile(r"^[A-Z]{2}-[A-Z]{1,3}$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@lru_cache(maxsize=512)
def place(value: Any) -> str:
    """A region or country code (RU-SAM, NP) by its name; other values as they are."""
    if value is None or value == "":
        return "—"
    v = str(value)
    try:
        from headcount.reference.tables import country, region

        if _REGION_CODE.match(v):
            return region(v).name
        if _COUNTRY_CODE.match(v):
            return country(v).name_en
    except (ImportError, KeyError, LookupError, AttributeError):
        pass
    return v


def number(value: Any) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "—"
    if not math.isfinite(v):
        return "—"
    # rounded as the CLI and the report round (an interval's 269.6 is 270)
    return f"{v:,.0f}".replace(",", "\u202f")


def query(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return urlencode(merged)


def http_url(value: Any) -> str | None:
    """Only http(s) links leave the site: a source's URL could be ``javascript:``."""
    v = str(value or "").strip()
    return v if v.lower().startswith(("http://", "https://")) else None


def install(env: Environment) -> None:
    env.filters.update(label=label, number=number, http_url=http_url, place=place)
    env.globals.update(place=place)
    env.globals.update(query=query, STATUS=STATUS, CHANNEL=CHANNEL)
