"""Logging in and out; changing one's own password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from headcount.web import auth
from headcount.web.auth import AccountError, Role, User
from headcount.web.deps import client, csrf, current_user, render, require, session, state

router = APIRouter()
Member = Annotated[User, Depends(require(Role.VIEWER))]


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


@router.get("/account/password", include_in_schema=False)
def password_form(request: Request, user: Member, done: int = 0) -> Response:
    return render(request, "password.html", error=None, done=bool(done))


@router.post("/account/password", include_in_schema=False, dependencies=[Depends(csrf)])
def change_password(
    request: Request,
    user: Member,
    current: Annotated[str, Form(max_length=1024)],
    new: Annotated[str, Form(max_length=1024)],
    confirm: Annotated[str, Form(max_length=1024)],
) -> Response:
    """A new password for the logged-in user: the current one first (a session left open
    on a shared computer must not be enough), the same strength rules as everywhere."""
    st = state(request)

    def refuse(status: int, error: str) -> Response:
        return render(request, "password.html", status_code=status, error=error, done=False)

    ok, retry = st.login_limit.allow(client(request))  # a guess at the current password
    if not ok:
        return refuse(429, f"Too many attempts: try again in {int(retry) + 1} seconds.")
    if not auth.password_matches(st.engine, user.name, current):
        return refuse(401, "The current password is wrong.")
    if new != confirm:
        return refuse(400, "The two new passwords differ.")
    try:
        updated = auth.set_password(st.engine, user.name, new, user.name)
    except AccountError as exc:
        message = str(exc)
        return refuse(400, message[:1].upper() + message[1:])
    # every other session of the user ends (the epoch moved on); this one goes on
    session(request).login(updated)
    request.scope["state"]["hc_user"] = updated
    return RedirectResponse("/account/password?done=1", status_code=303)
