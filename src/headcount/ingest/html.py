"""Saved HTML pages: main text, title, publication date and canonical URL.

Article text is taken out of navigation, related links and comments by
trafilatura; the publication date by htmldate (through trafilatura).
"""

from __future__ import annotations

import logging
from typing import Any

import trafilatura
from trafilatura.settings import Document

from headcount.ingest.dates import parse_timestamp
from headcount.ingest.decode import decode
from headcount.ingest.records import DocumentRecord, ReadError

_DATE_PARAMS: dict[str, Any] = {
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "original_date": True,
    "extensive_search": False,
    "deferred_url_extractor": True,
}

# trafilatura logs at WARNING for pages it finds thin; the summary says so instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def read_html(raw: bytes, origin: str, defaults: dict[str, str] | None = None) -> DocumentRecord:
    """One saved page into one document.

    >>> page = b'<html><head><title>T</title></head><body><article><p>' + b'x ' * 40 + b'</p>'
    >>> read_html(page + b'</article></body></html>', "page.html").format
    'html'
    """
    defaults = defaults or {}
    markup = decode(raw, origin)
    if "<" not in markup or ">" not in markup:
        raise ReadError(f"{origin}: no HTML markup found")
    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=defaults.get("url"),
            fast=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise ReadError(f"{origin}: cannot parse HTML: {exc}") from None
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        raise ReadError(f"{origin}: no article text found in the page (truncated or empty?)")
    published = doc.date or defaults.get("published_at")
    return DocumentRecord(
        raw=raw,
        format="html",
        origin=origin,
        text=doc.text or "",
        title=doc.title or defaults.get("title"),
        url=doc.url or defaults.get("url"),
        published_at=parse_timestamp(published) if published else None,
        captured_at=defaults.get("captured_at"),
        language=doc.language or defaults.get("language"),
        meta={"sitename": doc.sitename} if doc.sitename else {},
    )
