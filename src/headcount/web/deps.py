"""Per-request context: the session, the user, role checks, CSRF checks, rendering."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection, Engine

from headcount.privacy import LiveRules, PrivacyRules
from headcount.settings import Workspace
from headcount.web import auth, index
from headcount.web.auth import Role, Session, SessionCodec, User
from headcount.web.config import WebSettings
from headcount.web.jobs import Jobs
from headcount.web.ratelimit import RateLimiter, client_key
from headcount.web.search import SearchCache


@dataclass
class AppState:
    workspace: Workspace
    engine: Engine
    settings: WebSettings
    templates: Jinja2Templates
    codec: SessionCodec
    search_limit: RateLimiter
    login_limit: RateLimiter
    cache: dict[str, tuple[float, Any]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    checked_at: float = 0.0
    indexed_run: int = -1
    search_cache: SearchCache = field(default_factory=SearchCache)
    live: LiveRules | None = None  # the [privacy] rules, followed as the files change
    jobs: Jobs = field(default_factory=Jobs)  # trace lists are matched in worker processes

    def privacy(self, conn: Connection | None = None) -> PrivacyRules:
        """The privacy rules as of now: removals apply at once and follow merges."""
        if self.live is None:
            self.live = LiveRules(self.workspace, self.settings.privacy)
        return self.live.current(conn if conn is not None else self.engine)

    def cached(self, key: str, ttl: float, make: Callable[[], Any]) -> Any:
        hit = self.cache.get(key)
        if hit and time.monotonic() - hit[0] < ttl:
            return hit[1]
        value = make()
        self.cache[key] = (time.monotonic(), value)
        return value

    def maybe_refresh(self, every: float = 30.0) -> None:
        """Re-index persons when a link run has finished since the last look (cheap check)."""
        now = time.monotonic()
        if now - self.checked_at < every or not self.lock.acquire(blocking=False):
            return
        try:
            self.checked_at = now
            run = index.last_run(self.engine)
            if run != self.indexed_run:
                index.refresh(self.engine)
                self.indexed_run = run
                self.forget("stats", "estimate")
        finally:
            self.lock.release()

    def forget(self, *prefixes: str) -> None:
        for key in list(self.cache):
            if key.startswith(prefixes):
                self.cache.pop(key, None)


class LoginRequired(Exception):
    """An anonymous visitor asked for a page that needs an account."""


def state(request: Request) -> AppState:
    return request.app.state.hc


def session(request: Request) -> Session:
    """The visitor's session (a fresh anonymous one when the cookie is absent or invalid)."""
    scope_state = request.scope.setdefault("state", {})
    sess = scope_state.get("hc_session")
    if sess is None:
        sess = state(request).codec.loads(request.cookies.get(auth.COOKIE)) or Session.fresh()
        scope_state["hc_session"] = sess
    return sess


def current_user(request: Request) -> User | None:
    scope_state = request.scope.setdefault("state", {})
    if "hc_user" in scope_state:
        return scope_state["hc_user"]
    sess = session(request) if request.cookies.get(auth.COOKIE) else None
    user = None
    if sess is not None and sess.uid is not None:
        user = auth.get_user(state(request).engine, sess.uid)
        if user is None or not user.active or user.epoch != sess.epoch:
            user = None
            sess.logout()
    scope_state["hc_user"] = user
    return user


def full_access(request: Request) -> bool:
    """Researchers and admins see what the privacy rules withhold from the public."""
    user = current_user(request)
    return user is not None and user.can(Role.RESEARCHER)


def require(role: Role) -> Callable[[Request], User]:
    """A dependency: the user, who must hold ``role`` (401 when anonymous, 403 otherwise)."""

    def check(request: Request) -> User:
        user = current_user(request)
        if user is None:
            if request.url.path.startswith("/api/"):
                raise HTTPException(401, "log in first")
            raise LoginRequired()
        if not user.can(role):
            raise HTTPException(403, f"this needs the {role.value} role")
        return user

    return check


async def csrf(request: Request) -> None:
    """A dependency of every write: the session's CSRF token, from the header or the form."""
    token = request.headers.get(auth.CSRF_HEADER)
    if not token and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(auth.CSRF_FIELD)
        token = value if isinstance(value, str) else None
    if not request.cookies.get(auth.COOKIE) or not session(request).csrf_ok(token):
        raise HTTPException(403, "the form has expired or did not come from this site: reload it")


def client(request: Request) -> str:
    st = state(request)
    host = request.client.host if request.client else None
    forwarded = ",".join(request.headers.getlist("x-forwarded-for")) or None
    return client_key(host, forwarded, st.settings.trust_proxy, st.settings.proxy_hops)


async def limit_search(request: Request) -> None:
    """A dependency of searches (async: it does no I/O, so it needs no worker thread)."""
    ok, retry = state(request).search_limit.allow(client(request))
    if not ok:
        raise HTTPException(
            429, "too many searches: wait a moment", headers={"Retry-After": str(int(retry) + 1)}
        )


def render(request: Request, template: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    st = state(request)
    user = current_user(request)
    ctx.update(
        request=request,
        user=user,
        csrf_token=session(request).csrf,
        workspace_name=st.workspace.name,
        can_review=user is not None and user.can(Role.RESEARCHER),
        is_admin=user is not None and user.can(Role.ADMIN),
    )
    return st.templates.TemplateResponse(request, template, ctx, status_code=status_code)
