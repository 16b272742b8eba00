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
from sqlalchemy import Engine, delete, insert, select, update

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
    """The latest release of this kind (public or full), or None."""
    r = s.release
    with engine.connect() as conn:
        row = conn.execute(
            select(r).where(r.c.public == int(public)).order_by(r.c.id.desc()).limit(1)
        ).first()
    return dict(row._mapping) if row else None


def _release(engine: Engine, release_id: int | None) -> dict[str, Any] | None:
    if release_id is None:
        return None
    with engine.connect() as conn:
        row = conn.execute(select(s.release).where(s.release.c.id == release_id)).first()
    return dict(row._mapping) if row else None


def release_formats(engine: Engine, release: dict[str, Any]) -> list[str]:
    """Every format written into ``release`` (its first one for releases made before 0010)."""
    rf = s.release_file
    with engine.connect() as conn:
        found = conn.scalars(
            select(rf.c.format).where(rf.c.release_id == release["id"]).distinct()
        ).all()
    return sorted(set(found) | {release["format"]})


def same_release(
    latest: dict[str, Any] | None, version: dict[str, Any], digests: dict[str, str]
) -> bool:
    """Whether an export is more files of ``latest``: the same registry version and the
    same persons, digest for digest (the kind, public or full, is ``latest``'s already)."""
    return (
        latest is not None
        and latest["registry_version"] == version["version"]
        and unpack(latest["items"]) == digests
    )


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


def _entry(out: Path, name: str, fmt: str | None, rows: int) -> dict[str, Any]:
    path = out / name
    return {
        "path": name,
        "format": fmt,
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
        "rows": rows,
    }


def _kept_entries(out: Path, release_id: int | None, written: set[str]) -> list[dict[str, Any]]:
    """The files an earlier export of the same release wrote into ``out`` and that are
    still there unchanged (read from the manifest it left)."""
    path = out / MANIFEST
    if release_id is None or not path.is_file():
        return []
    try:
        old = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(old, dict) or old.get("release_id") != release_id:
        return []
    kept = []
    for f in old.get("files") or []:
        name = f.get("path") if isinstance(f, dict) else None
        if not name or name in written or not f.get("format") or not (out / name).is_file():
            continue
        if sha256_file(out / name) == f.get("sha256"):
            kept.append(f)
    return kept


def finish(
    engine: Engine,
    out: Path,
    *,
    files: dict[str, dict[str, int]],
    public: bool,
    digests: dict[str, str],
    counts: dict[str, int],
    version: dict[str, Any],
    created_at: str,
    record: bool = True,
) -> dict[str, Any]:
    """Write changes.csv and manifest.json, and record the release; returns the manifest.

    ``files``: format -> {file: rows} of the files just written into ``out``;
    ``digests``: :func:`person_digests` of every person exported; ``counts``:
    :func:`table_counts` of the export (summed over its chunks).

    When the latest release of the same kind was made from the same registry
    version with the same persons (:func:`same_release`), the files are added to
    it: the manifest and changes.csv are that release's (its changes since the
    release before it), and files it already has in ``out`` stay listed.
    Otherwise a new release is made.
    """
    latest = previous_release(engine, public)
    joined = same_release(latest, version, digests)
    release = latest if joined else None
    prev = _release(engine, latest["previous_id"]) if (joined and latest) else latest
    changes = diff(unpack(prev["items"]) if prev else {}, digests)
    safe_frame(changes).to_csv(out / CHANGES, index=False)
    changed = changes["change"].value_counts().to_dict()
    summary = {k: int(changed.get(k, 0)) for k in ("added", "changed", "removed")}
    new = [_entry(out, name, fmt, rows) for fmt, written in files.items()
           for name, rows in written.items()]  # fmt: skip
    before = (
        {"id": prev["id"], "created_at": prev["created_at"],
         "format": ",".join(release_formats(engine, prev))}
        if prev
        else None
    )  # fmt: skip
    with engine.begin() as conn:
        release_id = release["id"] if release else None
        if record and release is None:
            result = conn.execute(
                insert(s.release).values(
                    created_at=created_at,
                    format=next(iter(files)),
                    public=int(public),
                    registry_version=version["version"],
                    persons=int(counts.get("persons", 0)),
                    previous_id=prev["id"] if prev else None,
                    manifest_sha256="",
                    items=pack(digests),
                    **summary,
                )
            )
            key = result.inserted_primary_key
            release_id = key[0] if key else None
        entries = new + _kept_entries(out, release_id, {f["path"] for f in new})
        entries.append(_entry(out, CHANGES, None, len(changes)))
        formats = sorted({f["format"] for f in entries if f["format"]})
        manifest: dict[str, Any] = {
            "format": ",".join(formats),
            "formats": formats,
            "public": public,
            "created_at": release["created_at"] if release else created_at,
            "registry": version,
            "counts": {k: int(counts.get(k, 0)) for k in COUNTS},
            "files": sorted(entries, key=lambda f: f["path"]),
            "previous_release": before,
            "changes": summary,
            "release_id": release_id,
        }
        if joined:
            manifest["files_added_at"] = created_at
        text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        (out / MANIFEST).write_text(text, "utf-8")
        if record and release_id is not None:
            rf = s.release_file
            names = [f["path"] for f in new]
            conn.execute(delete(rf).where(rf.c.release_id == release_id, rf.c.path.in_(names)))
            conn.execute(
                insert(rf),
                [
                    {"release_id": release_id, "created_at": created_at,
                     **{k: f[k] for k in ("format", "path", "sha256", "bytes", "rows")}}
                    for f in new
                ],
            )  # fmt: skip
            conn.execute(
                update(s.release)
                .where(s.release.c.id == release_id)
                .values(manifest_sha256=hashlib.sha256(text.encode()).hexdigest())
            )
    return manifest
