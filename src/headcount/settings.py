"""Workspace settings: ``headcount.toml`` and ``HEADCOUNT_*`` environment variables.

A workspace is a folder holding ``headcount.toml``, ``sources/`` (one YAML per
source), ``archive/`` (raw bytes by SHA-256) and, by default, the SQLite
registry ``registry.sqlite``. ``HEADCOUNT_DATABASE_URL`` (or ``database.url`` in
``headcount.toml``) points the registry at PostgreSQL instead.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_NAME = "headcount.toml"
DEFAULT_DB = "registry.sqlite"

TEMPLATE = """\
# headcount workspace settings. Paths are relative to this file.
[workspace]
name = "{name}"

[database]
# Empty: a SQLite registry in this folder ({db}).
# A PostgreSQL team registry: url = "postgresql://user@host/dbname"
# (the environment variable HEADCOUNT_DATABASE_URL overrides this).
url = ""
"""


class WorkspaceError(RuntimeError):
    """No workspace where one was expected, or its settings are invalid."""


@dataclass(frozen=True)
class Workspace:
    root: Path
    name: str
    database_url: str
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def sources_dir(self) -> Path:
        return self.root / "sources"

    @property
    def archive_dir(self) -> Path:
        return self.root / "archive"

    def section(self, name: str) -> dict[str, Any]:
        value = self.config.get(name, {})
        return value if isinstance(value, dict) else {}


def init_workspace(root: Path, name: str | None = None) -> Workspace:
    """Create a workspace folder (idempotent: an existing config is kept)."""
    root = root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    for sub in ("sources", "archive"):
        (root / sub).mkdir(exist_ok=True)
    config = root / CONFIG_NAME
    if not config.exists():
        config.write_text(TEMPLATE.format(name=name or root.name, db=DEFAULT_DB), "utf-8")
    return load_workspace(root)


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` holding ``headcount.toml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def load_workspace(root: Path | None = None) -> Workspace:
    """Load the workspace at ``root``, ``$HEADCOUNT_WORKSPACE`` or above the cwd."""
    if root is None:
        env = os.environ.get("HEADCOUNT_WORKSPACE")
        root = Path(env) if env else find_root(Path.cwd())
        if root is None:
            raise WorkspaceError(
                "no headcount workspace here: run `headcount init DIR`, pass --workspace DIR "
                "or set HEADCOUNT_WORKSPACE"
            )
    root = root.resolve()
    path = root / CONFIG_NAME
    if not path.is_file():
        raise WorkspaceError(f"{root} is not a headcount workspace (no {CONFIG_NAME})")
    try:
        config = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WorkspaceError(f"{path}: {exc}") from None
    db = config.get("database", {})
    url = os.environ.get("HEADCOUNT_DATABASE_URL") or (
        db.get("url") if isinstance(db, dict) else ""
    )
    if not url:
        url = f"sqlite:///{root / DEFAULT_DB}"
    ws = config.get("workspace", {})
    name = ws.get("name", root.name) if isinstance(ws, dict) else root.name
    return Workspace(root=root, name=str(name), database_url=str(url), config=config)
