"""Logging in and out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from headcount.web import auth
from headcount.web.deps import client, csrf, current_user, render, session, state

router = APIRouter()


def safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", next=safe_next(next), error=None)


@router.post("/login", include_in_schema=False, dependencies=[Depends(csrf)])
def login(
    request: Request,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=300)] = "/",
) -> Response:
    st = state(request)
    ok, retry = st.login_limit.allow(client(request))
    if not ok:
        return render(
            request,
            "login.html",
            status_code=429,
            next=safe_next(next),
            error=f"Too many attempts: try again in {int(retry) + 1} seconds.",
        )
    user = auth.authenticate(st.engine, username, password)
    if user is None:
        auth.record_failed_login(st.engine, username, st.settings.secret_key)
        return render(
            request,
            "login.html",
            status_code=401,
            next=safe_next(next),
            error="Wrong user name or password.",
        )
    session(request).login(user)
    request.scope["state"]["hc_user"] = user
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False, dependencies=[Depends(csrf)])
def logout(request: Request) -> Response:
    user = current_user(request)
    if user is not None:  # server-side: every cookie of this user issued so far is refused
        auth.end_sessions(state(request).engine, user.name, user.name)
    session(request).logout()
    return RedirectResponse("/", status_code=303)
