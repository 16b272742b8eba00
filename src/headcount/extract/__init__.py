"""Extraction: the people a document's text describes, with every fact and its evidence.

>>> from headcount.extract import extract_text
>>> [m["name"] for m in extract_text("Рядовой Иван Петров погиб 12 марта 2023 года.")]
['Петров Иван']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from headcount.extract.pipeline import FIELDS, Extraction, ExtractWarning, extract, extract_text
    from headcount.extract.store import ExtractReport, run_extract
    from headcount.extract.version import EXTRACTOR, EXTRACTOR_VERSION

# loaded on first use, so that the command line starts fast
_EXPORTS: dict[str, str] = {
    "EXTRACTOR": "version",
    "EXTRACTOR_VERSION": "version",
    "ExtractReport": "store",
    "ExtractWarning": "pipeline",
    "Extraction": "pipeline",
    "FIELDS": "pipeline",
    "extract": "pipeline",
    "extract_text": "pipeline",
    "run_extract": "store",
}

__all__ = [
    "EXTRACTOR",
    "EXTRACTOR_VERSION",
    "FIELDS",
    "ExtractReport",
    "ExtractWarning",
    "Extraction",
    "extract",
    "extract_text",
    "run_extract",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"headcount.extract.{module}"), name)
