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


def person_digests(t: ExportTables) -> dict[str, str]:
    """Person id -> digest of everything the export says about the person."""
    extra: dict[str, list[str]] = defaultdict(list)
    for df in (t.sources, t.evidence):
        for row in df.itertuples(index=False):
            extra[str(row[0])].append("|".join(map(_text, row[1:])))
    out = {}
    cols = list(t.persons.columns)
    skip = {cols.index(c) for c in ("created_at", "updated_at") if c in cols}
    for row in t.persons.itertuples(index=False):
        pid = str(row[0])
        text = "\x1f".join(_text(v) for i, v in enumerate(row) if i not in skip)
        text += "\x1e" + "\x1e".join(sorted(extra.get(pid, ())))
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


def finish(
    engine: Engine,
    out: Path,
    *,
    fmt: str,
    public: bool,
    tables: ExportTables,
    files: dict[str, int],
    version: dict[str, Any],
    created_at: str,
    record: bool = True,
) -> dict[str, Any]:
    """Write changes.csv and manifest.json, and record the release; returns the manifest."""
    digests = person_digests(tables)
    prev = previous_release(engine, public)
    changes = diff(unpack(prev["items"]) if prev else {}, digests)
    changes.to_csv(out / CHANGES, index=False)
    files = {**files, CHANGES: len(changes)}
    counts = changes["change"].value_counts().to_dict()
    manifest: dict[str, Any] = {
        "format": fmt,
        "public": public,
        "created_at": created_at,
        "registry": version,
        "counts": {
            "persons": len(tables.persons),
            "sources": len(tables.sources),
            "evidence": len(tables.evidence),
            "withheld_details": tables.withheld,
            "removed_on_request": tables.removed,
        },
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
        "changes": {k: int(counts.get(k, 0)) for k in ("added", "changed", "removed")},
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
                    persons=len(tables.persons),
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
