"""Admins: users and roles, and the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from headcount.web import audit, auth
from headcount.web.auth import AccountError, Role, User
from headcount.web.deps import csrf, render, require, state

router = APIRouter(prefix="/admin")
Admin = Annotated[User, Depends(require(Role.ADMIN))]
ROLE_PATTERN = "^(viewer|researcher|admin)$"


@router.get("/users", include_in_schema=False)
def users(request: Request, user: Admin, error: str | None = None) -> Response:
    return render(
        request,
        "admin_users.html",
        users=auth.list_users(state(request).engine),
        roles=[r.value for r in Role],
        error=error,
    )


@router.post("/users", include_in_schema=False, dependencies=[Depends(csrf)])
def add(
    request: Request,
    user: Admin,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    role: Annotated[str, Form(pattern=ROLE_PATTERN)],
) -> Response:
    try:
        auth.add_user(state(request).engine, name.strip(), password, role, user.name)
    except AccountError as exc:
        return render(
            request,
            "admin_users.html",
            status_code=400,
            users=auth.list_users(state(request).engine),
            roles=[r.value for r in Role],
            error=str(exc),
        )
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/users/{name}", include_in_schema=False, dependencies=[Depends(csrf)])
def change(
    request: Request,
    name: str,
    user: Admin,
    role: Annotated[str | None, Form(pattern=ROLE_PATTERN)] = None,
    active: Annotated[str | None, Form(pattern="^(0|1)$")] = None,
) -> Response:
    engine = state(request).engine
    if name == user.name and (active == "0" or (role and role != Role.ADMIN.value)):
        raise HTTPException(400, "an admin cannot demote or deactivate themselves")
    try:
        if role:
            auth.set_role(engine, name, role, user.name)
        if active is not None:
            auth.set_active(engine, name, active == "1", user.name)
    except AccountError as exc:
        raise HTTPException(404, str(exc)) from None
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/audit", include_in_schema=False)
def audit_log(
    request: Request, user: Admin, page: Annotated[int, Query(ge=1, le=10_000)] = 1
) -> Response:
    size = 100
    total, rows = audit.entries(state(request).engine, limit=size, offset=(page - 1) * size)
    return render(
        request,
        "audit.html",
        entries=rows,
        total=total,
        page=page,
        pages=max(1, (total + size - 1) // size),
    )
