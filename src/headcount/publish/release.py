"""Releases: the manifest of an export, and what changed since the previous one.

Each person of an export gets a digest (SHA-256 of its exported row, sources
and evidence, first 16 hex digits). The ``release`` table keeps the digests of
every export, so the next export of the same kind (public or full) lists the
persons added, changed and removed since (``changes.csv``) and counts them in
``manifest.json``, beside the SHA-256 of every file and the registry version.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, insert, select

from headcount.csvsafe import safe_frame
from headcount.publish.records import ExportTables
from headcount.store import schema as s

MANIFEST = "manifest.json"
CHANGES = "changes.csv"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _text(v: Any) -> str:
    return "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)


def _texts(col: pd.Series) -> list[str]:
    """:func:`_text` of every value of ``col`` (vectorised: exports hold millions)."""
    values = col.astype(object)
    return [str(v) for v in values.where(values.notna(), "").tolist()]


def _lines(df: pd.DataFrame, sep: str, skip: tuple[str, ...] = ()) -> list[str]:
    cols = [_texts(df[c]) for c in df.columns if c not in skip]
    return [sep.join(parts) for parts in zip(*cols, strict=True)] if cols else [""] * len(df)


def person_digests(t: ExportTables) -> dict[str, str]:
    """Person id -> digest of everything the export says about the person."""
    extra: dict[str, list[str]] = defaultdict(list)
    for df in (t.sources, t.evidence):
        if df.empty:
            continue
        for pid, line in zip(_texts(df.iloc[:, 0]), _lines(df.iloc[:, 1:], "|"), strict=True):
            extra[pid].append(line)
    out: dict[str, str] = {}
    if t.persons.empty:
        return out
    rows = _lines(t.persons, "\x1f", skip=("created_at", "updated_at"))
    for pid, row in zip(_texts(t.persons.iloc[:, 0]), rows, strict=True):
        text = row + "\x1e" + "\x1e".join(sorted(extra.get(pid, ())))
        out[pid] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return out


def pack(digests: dict[str, str]) -> bytes:
    return zlib.compress("\n".join(f"{k} {digests[k]}" for k in sorted(digests)).encode(), 6)


def unpack(blob: bytes) -> dict[str, str]:
    text = zlib.decompress(blob).decode()
    return dict(line.split(" ", 1) for line in text.splitlines() if line)


def previous_release(engine: Engine, public: bool) -> dict[str, Any] | None:
    r = s.release
    with engine.connect() as conn:
        row = conn.execute(
            select(r).where(r.c.public == int(public)).order_by(r.c.id.desc()).limit(1)
        ).first()
    return dict(row._mapping) if row else None


def diff(before: dict[str, str], after: dict[str, str]) -> pd.DataFrame:
    """person_id, change (added, changed, removed), sorted by id."""
    rows = [(k, "added") for k in after if k not in before]
    rows += [(k, "changed") for k, v in after.items() if k in before and before[k] != v]
    rows += [(k, "removed") for k in before if k not in after]
    return pd.DataFrame(sorted(rows), columns=["person_id", "change"])


COUNTS = ("persons", "sources", "evidence", "withheld_details", "removed_on_request")


def table_counts(t: ExportTables) -> dict[str, int]:
    """The manifest's counts of ``t`` (add up the counts of the chunks of an export)."""
    return {
        "persons": len(t.persons),
        "sources": len(t.sources),
        "evidence": len(t.evidence),
        "withheld_details": t.withheld,
        "removed_on_request": t.removed,
    }


def finish(
    engine: Engine,
    out: Path,
    *,
    fmt: str,
    public: bool,
    digests: dict[str, str],
    counts: dict[str, int],
    files: dict[str, int],
    version: dict[str, Any],
    created_at: str,
    record: bool = True,
) -> dict[str, Any]:
    """Write changes.csv and manifest.json, and record the release; returns the manifest.

    ``digests``: :func:`person_digests` of every person exported; ``counts``:
    :func:`table_counts` of the export (summed over its chunks).
    """
    prev = previous_release(engine, public)
    changes = diff(unpack(prev["items"]) if prev else {}, digests)
    safe_frame(changes).to_csv(out / CHANGES, index=False)
    files = {**files, CHANGES: len(changes)}
    changed = changes["change"].value_counts().to_dict()
    manifest: dict[str, Any] = {
        "format": fmt,
        "public": public,
        "created_at": created_at,
        "registry": version,
        "counts": {k: int(counts.get(k, 0)) for k in COUNTS},
        "files": [
            {
                "path": name,
                "sha256": sha256_file(out / name),
                "bytes": (out / name).stat().st_size,
                "rows": rows,
            }
            for name, rows in sorted(files.items())
        ],
        "previous_release": (
            {"id": prev["id"], "created_at": prev["created_at"], "format": prev["format"]}
            if prev
            else None
        ),
        "changes": {k: int(changed.get(k, 0)) for k in ("added", "changed", "removed")},
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (out / MANIFEST).write_text(text, "utf-8")
    if record:
        with engine.begin() as conn:
            result = conn.execute(
                insert(s.release).values(
                    created_at=created_at,
                    format=fmt,
                    public=int(public),
                    registry_version=version["version"],
                    persons=int(counts.get("persons", 0)),
                    added=manifest["changes"]["added"],
                    changed=manifest["changes"]["changed"],
                    removed=manifest["changes"]["removed"],
                    previous_id=prev["id"] if prev else None,
                    manifest_sha256=hashlib.sha256(text.encode()).hexdigest(),
                    items=pack(digests),
                )
            )
            key = result.inserted_primary_key
            manifest["release_id"] = key[0] if key else None
    return manifest
