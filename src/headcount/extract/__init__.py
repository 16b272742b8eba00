"""Extraction: the people a document's text describes, with every fact and its evidence.

>>> from headcount.extract import extract_text
>>> [m["name"] for m in extract_text("Рядовой Иван Петров погиб 12 марта 2023 года.")]
['Петров Иван']
"""

from headcount.extract.pipeline import FIELDS, Extraction, ExtractWarning, extract, extract_text
from headcount.extract.store import ExtractReport, run_extract
from headcount.extract.version import EXTRACTOR, EXTRACTOR_VERSION

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
