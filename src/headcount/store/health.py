"""The registry's health: refuse a broken file before using it, say in one line what went
wrong, and check a registry on request (``headcount check``).

- :func:`preflight`: a SQLite registry file that is empty (0 bytes), not a SQLite
  file, or shorter than its header says (truncated) is an error, never a new
  empty registry (an empty file a few seconds old in a workspace with nothing
  archived is one being created by another process, and is let be).
- :func:`describe`: a storage exception as one line saying what to do (disk
  full, corrupt, read-only, unreachable server).
- :func:`check`: SQLite ``PRAGMA quick_check`` (PostgreSQL: every table read to
  the end), the schema version against the newest migration, every archived
  document's bytes against its SHA-256 (the document id).
"""

from __future__ import annotations

import errno
import hashlib
import os
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, make_url, select, text

HEADER = b"SQLite format 3\x00"


class RegistryError(Exception):
    """The registry cannot be used as it is; the message says what to do."""


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite registry URL (None: not SQLite, or in memory)."""
    if not url.startswith("sqlite"):
        return None
    db = make_url(url).database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def preflight(url: str) -> None:
    """Refuse a registry file that is empty, not SQLite, or truncated."""
    path = sqlite_path(url)
    if path is None or not path.exists():
        return
    stat = path.stat()
    size = stat.st_size
    if size == 0:
        if not _lost(path, stat.st_mtime):
            return
        raise RegistryError(
            f"{path.name} is empty (0 bytes): restore it from a backup, or delete it to "
            "start a new registry"
        )
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(HEADER):
        raise RegistryError(
            f"{path.name} is not a SQLite database (corrupt): restore it from a backup"
        )
    if len(head) >= 32:
        page = int.from_bytes(head[16:18], "big")
        page = 65536 if page == 1 else page
        pages = int.from_bytes(head[28:32], "big")
        valid_for = int.from_bytes(head[92:96], "big")
        changed = int.from_bytes(head[24:28], "big")
        if pages and valid_for == changed and size < page * pages:
            raise RegistryError(
                f"{path.name} is truncated ({size:,} of {page * pages:,} bytes): restore it "
                "from a backup"
            )


#: a 0-byte file younger than this, in a workspace with nothing archived, is a registry
#: another process is creating right now (SQLite makes the file before writing it)
FRESH_SECONDS = 10.0


def _lost(path: Path, mtime: float) -> bool:
    """Whether an empty registry file stands for a registry that held data."""
    archive = path.parent / "archive"
    has_data = archive.is_dir() and any(archive.iterdir())
    return has_data or time.time() - mtime > FRESH_SECONDS


def writable(path: Path) -> bool:
    """Whether this process may write the registry file and its folder (WAL files)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


_READONLY: weakref.WeakSet[Engine] = weakref.WeakSet()


def mark_readonly(engine: Engine) -> None:
    _READONLY.add(engine)


def is_readonly(engine: Engine) -> bool:
    """Whether the registry was opened read-only (:func:`headcount.store.open_registry`)."""
    return engine in _READONLY


_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("database or disk is full", "no space left"),
        "the disk is full: free some space and run the command again (what was stored "
        "before is kept; the unfinished change was rolled back)",
    ),
    (
        ("malformed", "file is not a database", "file is encrypted", "disk i/o error"),
        "the registry is corrupt: run `headcount check`, and restore it from a backup",
    ),
    (
        ("readonly database", "read-only", "permission denied"),
        "the registry is read-only here: this command writes to it; run it where the "
        "workspace is writable (status, stats, export and serve only read)",
    ),
    (
        ("unable to open database file",),
        "the registry file cannot be opened: check the path and the folder's permissions",
    ),
    (
        ("connection refused", "could not connect", "could not translate host"),
        "the database server does not answer: check [database] url and that it is running",
    ),
)


def describe(exc: BaseException) -> str | None:
    """One line for a storage failure, or None when ``exc`` is not one."""
    if isinstance(exc, RegistryError):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return _MESSAGES[0][1]
    from sqlalchemy.exc import DBAPIError, OperationalError

    if not isinstance(exc, DBAPIError | OperationalError):
        import sqlite3

        if not isinstance(exc, sqlite3.DatabaseError):
            return None
    low = str(getattr(exc, "orig", None) or exc).lower()
    for needles, message in _MESSAGES:
        if any(n in low for n in needles):
            return f"{message} ({low.splitlines()[0][:120]})"
    return f"the registry failed: {low.splitlines()[0][:160]}"


# ------------------------------------------------------------------------------ check


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    detail: str


def _integrity(engine: Engine) -> Finding:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = [r[0] for r in conn.execute(text("PRAGMA quick_check(20)"))]
            ok = rows == ["ok"]
            lines = [x.strip("* ") for r in rows for x in str(r).splitlines() if x.strip("* ")]
            detail = f"{lines[1] if len(lines) > 1 else lines[0]} (and {len(lines) - 2} more)"
            return Finding("integrity", ok, "quick_check: ok" if ok else detail)
        from headcount.store.schema import metadata

        for table in metadata.sorted_tables:  # every row read: a damaged page errors here
            conn.execute(select(text("count(*)")).select_from(table)).scalar()
        return Finding("integrity", True, f"{len(metadata.sorted_tables)} tables read")


def schema_finding(engine: Engine) -> Finding:
    """The registry's schema version against the newest migration."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from headcount.store.engine import alembic_config

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    ok = current == head
    return Finding("schema", ok, f"version {current}" + ("" if ok else f", expected {head}"))


def _archive(engine: Engine, archive_dir: Path, limit: int | None) -> Finding:
    from headcount.store import schema as s

    d = s.document
    bad: list[str] = []
    n = 0
    with engine.connect() as conn:
        rows = conn.execute(select(d.c.id, d.c.archive_path).order_by(d.c.id).limit(limit))
        for doc_id, rel in rows:
            n += 1
            path = archive_dir / rel
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                bad.append(f"{doc_id[:12]} missing")
                continue
            if digest != doc_id:
                bad.append(f"{doc_id[:12]} altered")
    detail = f"{n:,} documents" + (f"; {len(bad)} bad: {', '.join(bad[:5])}" if bad else " match")
    return Finding("archive", not bad, detail)


def check(
    engine: Engine, archive_dir: Path | None = None, *, archive_limit: int | None = None
) -> list[Finding]:
    """Integrity, schema version and archive hashes; a failing step is a finding too."""
    steps: list[tuple[str, Callable[[], Finding]]] = [
        ("integrity", lambda: _integrity(engine)),
        ("schema", lambda: schema_finding(engine)),
    ]
    if archive_dir is not None:
        steps.append(("archive", lambda: _archive(engine, archive_dir, archive_limit)))
    out = []
    for name, step in steps:
        try:
            out.append(step())
        except Exception as exc:  # a broken registry fails the step: report it
            out.append(Finding(name, False, describe(exc) or f"{type(exc).__name__}: {exc}"))
            if name == "integrity":
                break
    return out


def refuse_if_corrupt(engine: Engine) -> None:
    """For long-running commands (serve): the integrity check must pass."""
    finding = check(engine)[0]
    if not finding.ok:
        raise RegistryError(f"the registry is corrupt ({finding.detail}): run `headcount check`")


def rows(findings: list[Finding]) -> list[dict[str, Any]]:
    return [{"check": f.check, "ok": f.ok, "detail": f.detail} for f in findings]
