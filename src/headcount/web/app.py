"""The app factory: ``create_app(workspace)`` builds the FastAPI app on a workspace's registry."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from headcount import __version__
from headcount.privacy import LiveRules
from headcount.settings import Workspace, load_workspace
from headcount.store import open_registry
from headcount.web import auth, limits
from headcount.web.auth import SessionCodec
from headcount.web.config import WebSettings
from headcount.web.deps import AppState, LoginRequired, render
from headcount.web.jobs import Jobs
from headcount.web.ratelimit import RateLimiter, per_worker
from headcount.web.search import SearchCache

log = logging.getLogger("headcount.web")
HERE = Path(str(resources.files("headcount.web")))

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (
        b"permissions-policy",
        b"accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
        b"gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
        b"publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()",
    ),
]
# Sent only on responses to HTTPS requests (served with TLS, or behind ``--proxy`` that
# says X-Forwarded-Proto: https): browsers ignore it over plain HTTP (RFC 6797 §8.1), and
# a local plain-HTTP run must not pin the name. One year, the host only (no subdomains,
# no preload list): the registry may share its domain with sites that are not ours.
HSTS = (b"strict-transport-security", b"max-age=31536000")


class SessionAndHeaders:
    """Pure ASGI middleware: security headers on every response, the session cookie when set."""

    def __init__(self, app: Any, codec: SessionCodec) -> None:
        self.app, self.codec = app, codec

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                if scope.get("scheme") == "https" and HSTS[0] not in present:
                    headers.append(HSTS)
                sess = scope.get("state", {}).get("hc_session")
                if sess is not None and sess.changed:
                    secure = "; Secure" if scope.get("scheme") == "https" else ""
                    cookie = (
                        f"{auth.COOKIE}={self.codec.dumps(sess)}; Path=/; HttpOnly; "
                        f"SameSite=Lax; Max-Age={auth.SESSION_MAX_AGE}{secure}"
                    )
                    headers.append((b"set-cookie", cookie.encode("latin-1")))
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_wrapper)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, headers: Any = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    resp = render(request, "error.html", status_code=status, status=status, message=message)
    if headers:
        resp.headers.update(headers)
    return resp


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        messages = {404: "There is nothing here.", 405: "That cannot be done here."}
        detail = exc.detail if isinstance(exc.detail, str) else None
        return _error(
            request,
            exc.status_code,
            detail or messages.get(exc.status_code, "Error"),
            getattr(exc, "headers", None),
        )

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def starlette_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = "There is nothing here." if exc.status_code == 404 else "That cannot be done."
        return _error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        where = sorted({".".join(str(x) for x in e.get("loc", ())[1:]) for e in exc.errors()})
        return _error(request, 422, "invalid value of " + ", ".join(w for w in where if w))

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.error("unhandled %s on %s %s", type(exc).__name__, request.method, request.url.path)
        return _error(request, 500, "Something went wrong on our side. It has been logged.")


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.hc.jobs.warm("headcount.trace.match")
    yield
    app.state.hc.jobs.shutdown()


def create_app(
    workspace: Workspace | Path | str | None = None,
    *,
    engine: Engine | None = None,
    **settings: Any,
) -> FastAPI:
    """The web app on ``workspace`` (a Workspace, a folder, or None: the usual lookup).

    Keyword arguments override ``[web]`` settings (``search_per_minute=0``…).
    """
    ws = (
        workspace
        if isinstance(workspace, Workspace)
        else load_workspace(Path(workspace) if workspace is not None else None)
    )
    conf = WebSettings.from_workspace(ws, **settings)
    engine = engine or open_registry(ws.database_url)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    from headcount.web import charts, filters

    templates.env.globals.update(hbars=charts.hbars, months=charts.months, version=__version__)
    filters.install(templates.env)
    app = FastAPI(
        title="headcount",
        version=__version__,
        description="People in the war in Ukraine, documented from open sources: "
        "search, person records with their sources, counts and estimates.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        debug=False,
        lifespan=_lifespan,
    )
    codec = SessionCodec(conf.secret_key)
    app.state.hc = AppState(
        workspace=ws,
        engine=engine,
        settings=conf,
        templates=templates,
        codec=codec,
        search_limit=RateLimiter(per_worker(conf.search_per_minute, conf.workers)),
        login_limit=RateLimiter(per_worker(conf.login_per_minute, conf.workers)),
        search_cache=SearchCache(pages_ttl=conf.search_cache_seconds),
        jobs=Jobs(conf.trace_processes, conf.trace_queue, conf.trace_per_user),
        live=LiveRules(ws, settings["privacy"]) if "privacy" in settings else LiveRules(ws),
    )
    app.state.hc.maybe_refresh()
    _handlers(app)
    from headcount.web.routes import account, admin, api, public, review, trace

    for module in (public, account, review, admin, api, trace):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    limits.keep_uploads_in_memory()
    app.add_middleware(limits.BodyLimit)  # inside: its 413s get the security headers too
    app.add_middleware(SessionAndHeaders, codec=codec)
    return app
