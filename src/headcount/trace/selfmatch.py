"""A list traced against the registry that already holds it would find itself."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine, select

from headcount.store import schema as s


def ingested_as(engine: Engine, path: Path) -> str | None:
    """The source under which these very bytes were ingested, if they were."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with engine.connect() as conn:
        found = conn.scalar(select(s.document.c.source).where(s.document.c.id == digest))
    return str(found) if found is not None else None
