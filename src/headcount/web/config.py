"""Settings of the web app: the ``[web]`` and ``[privacy]`` sections of ``headcount.toml``."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from headcount.privacy import PrivacyRules
from headcount.settings import Workspace

SECRET_FILE = ".web-secret"


@dataclass(frozen=True)
class WebSettings:
    """How the app behaves; every value has a safe default."""

    secret_key: str
    search_per_minute: int = 60  # searches one client may make per minute (0: no limit)
    login_per_minute: int = 10  # login attempts one client may make per minute
    trust_proxy: bool = False  # take the client address from X-Forwarded-For
    proxy_hops: int = 1  # trusted proxies in front: the address the outermost one appended
    review_low: float = 0.2  # pairs with a match probability in [low, high] are reviewed
    review_high: float = 0.95
    page_size: int = 20
    search_cache_seconds: float = 5.0  # a result page is reused this long (0: no search cache)
    workers: int = 1  # worker processes serving the app: they share the rate limits out
    trace_processes: int = 1  # processes matching uploaded trace lists (per app worker)
    trace_queue: int = 4  # trace lists matched or waiting at once (one more: 503)
    trace_per_user: int = 1  # of which one user's (one more: 429)
    privacy: PrivacyRules = field(default_factory=PrivacyRules)

    @classmethod
    def from_workspace(cls, ws: Workspace, **overrides: Any) -> WebSettings:
        sec = ws.section("web")
        values: dict[str, Any] = {
            "secret_key": os.environ.get("HEADCOUNT_SECRET_KEY")
            or str(sec.get("secret_key", "") or "")
            or workspace_secret(ws.root),
            "search_per_minute": int(sec.get("search_per_minute", 60)),
            "login_per_minute": int(sec.get("login_per_minute", 10)),
            "trust_proxy": bool(sec.get("trust_proxy", False)),
            "proxy_hops": int(sec.get("proxy_hops", 1)),
            "review_low": float(sec.get("review_low", 0.2)),
            "review_high": float(sec.get("review_high", 0.95)),
            "page_size": int(sec.get("page_size", 20)),
            "search_cache_seconds": float(sec.get("search_cache_seconds", 5.0)),
            "trace_processes": int(sec.get("trace_processes", 1)),
            "trace_queue": int(sec.get("trace_queue", 4)),
            "trace_per_user": int(sec.get("trace_per_user", 1)),
            "privacy": PrivacyRules.from_workspace(ws),
        }
        values.update(overrides)
        return cls(**values)


def workspace_secret(root: Path) -> str:
    """The key that signs session cookies: made once per workspace, kept private (0600)."""
    path = root / SECRET_FILE
    if path.is_file():
        return path.read_text("utf-8").strip()
    key = secrets.token_urlsafe(48)
    # written aside, then linked into place whole: a worker starting at the same moment
    # reads either no file or the whole key, never an empty one
    tmp = root / f"{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key + "\n")
    try:
        os.link(tmp, path)
    except FileExistsError:  # another worker made it first
        key = path.read_text("utf-8").strip()
    finally:
        tmp.unlink()
    return key
