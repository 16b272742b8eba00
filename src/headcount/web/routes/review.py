"""Researchers: the review queue (one uncertain pair at a time) and record verdicts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from headcount.store import schema as s
from headcount.web import linkage, queries
from headcount.web.auth import Role, User
from headcount.web.deps import csrf, render, require, state

router = APIRouter()
Researcher = Annotated[User, Depends(require(Role.RESEARCHER))]


def next_pair(request: Request) -> dict[str, Any]:
    st = state(request)
    total, pairs = linkage.review_queue(
        st.engine, low=st.settings.review_low, high=st.settings.review_high, limit=1
    )
    ctx: dict[str, Any] = {"total": total, "pair": None}
    if pairs:
        p = pairs[0]
        with st.engine.connect() as conn:
            left, right = (
                queries.mention_card(conn, p.left_id),
                queries.mention_card(conn, p.right_id),
            )
        if left and right:
            ctx["pair"] = {
                "left": left,
                "right": right,
                "probability": p.probability,
                "rows": queries.pair_rows(left, right),
            }
    return ctx


@router.get("/review", include_in_schema=False)
def review(request: Request, user: Researcher) -> Response:
    template = "_pair.html" if request.headers.get("hx-request") else "review.html"
    return render(request, template, **next_pair(request))


@router.post("/review/decision", include_in_schema=False, dependencies=[Depends(csrf)])
def decide(
    request: Request,
    user: Researcher,
    left_id: Annotated[str, Form(max_length=40)],
    right_id: Annotated[str, Form(max_length=40)],
    verdict: Annotated[str, Form(pattern="^(same|different|unsure)$")],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    st = state(request)
    try:
        linkage.record_decision(
            st.engine,
            kind="pair",
            left_id=left_id,
            right_id=right_id,
            verdict=verdict,
            who=user.name,
            note=note.strip() or None,
        )
    except ValueError as exc:  # unknown mention ids, one mention twice: as the API answers
        raise HTTPException(422, str(exc)) from None
    st.forget("stats", "estimate")
    if request.headers.get("hx-request"):
        return render(request, "_pair.html", flash=f"Saved: {verdict}.", **next_pair(request))
    return RedirectResponse("/review", status_code=303)


@router.post("/person/{person_id}/grade", include_in_schema=False, dependencies=[Depends(csrf)])
def grade(
    request: Request,
    person_id: str,
    user: Researcher,
    verdict: Annotated[str, Form(pattern="^(confirm|reject)$")],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    st = state(request)
    with st.engine.connect() as conn:
        if conn.scalar(select(s.person.c.id).where(s.person.c.id == person_id)) is None:
            raise HTTPException(404, "No such person.")
    linkage.record_decision(
        st.engine,
        kind="person",
        left_id=person_id,
        right_id=None,
        verdict=verdict,
        who=user.name,
        note=note.strip() or None,
    )
    st.forget("stats", "estimate")
    return RedirectResponse(f"/person/{person_id}", status_code=303)
