"""Content-addressed archive of raw bytes: ``archive/ab/cd/<sha256>``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def archive_path(digest: str) -> str:
    """The path of a document's bytes, relative to the archive folder."""
    return f"{digest[:2]}/{digest[2:4]}/{digest}"


def store(archive_dir: Path, digest: str, raw: bytes) -> str:
    """Write ``raw`` under its digest (atomically; a no-op when present)."""
    rel = archive_path(digest)
    target = archive_dir / rel
    if target.exists():
        return rel
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return rel


def load(archive_dir: Path, digest: str) -> bytes:
    return (archive_dir / archive_path(digest)).read_bytes()
