"""The JSON API under /api/v1 (OpenAPI description at /api/v1/openapi.json).

Reads are public and apply the privacy rules; writes need a researcher's
session cookie and the session's CSRF token in the ``X-CSRF-Token`` header
(``GET /api/v1/session`` gives it).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from headcount.web import linkage, queries, summaries
from headcount.web.auth import Role, User
from headcount.web.deps import (
    csrf,
    current_user,
    full_access,
    limit_search,
    require,
    session,
    state,
)
from headcount.web.routes.public import run_search, search_params

router = APIRouter(prefix="/api/v1", tags=["registry"])
Researcher = Annotated[User, Depends(require(Role.RESEARCHER))]


class Hit(BaseModel):
    person_id: str
    name: str | None
    grade: str | None
    status: str | None
    region: str | None
    citizenship: str | None
    channel: str | None
    birth_date: str | None = Field(None, description="withheld for the living and minors")
    death_date: str | None
    matched: int = Field(0, description="query words this person's names match")
    exact: int = Field(0, description="of which spelt exactly (after romanisation)")
    url: str


HIT_KEYS = tuple(k for k in Hit.model_fields if k != "url")


class SearchOut(BaseModel):
    total: int
    page: int
    size: int
    words: list[str]
    results: list[Hit]


class SessionOut(BaseModel):
    user: str | None
    role: str | None
    csrf_token: str


class DecisionIn(BaseModel):
    kind: Literal["pair", "person"]
    left_id: str = Field(max_length=40, description="a mention id (pair) or a person id")
    right_id: str | None = Field(None, max_length=40, description="the other mention id (pair)")
    verdict: Literal["same", "different", "unsure", "confirm", "reject"]
    note: str | None = Field(None, max_length=2000)


class DecisionOut(BaseModel):
    id: int
    kind: str
    verdict: str
    who: str


@router.get("/search", response_model=SearchOut, dependencies=[Depends(limit_search)])
def api_search(request: Request, params: Annotated[dict[str, Any], Depends(search_params)]) -> Any:
    """Persons by name in any script and case form, best matches first, with filters."""
    result, size = run_search(request, params)
    # built as SearchOut describes it and sent as is: no second validation of our own output
    return JSONResponse(
        {
            "total": result.total,
            "page": params["page"],
            "size": size,
            "words": result.words,
            "results": [
                {**{k: getattr(h, k) for k in HIT_KEYS}, "url": f"/api/v1/person/{h.person_id}"}
                for h in result.hits
            ],
        }
    )


@router.get("/person/{person_id}")
def api_person(request: Request, person_id: str) -> Any:
    """A person: canonical fields, each with its sources and quoted evidence; conflicts."""
    st = state(request)
    with st.engine.connect() as conn:
        view = queries.person_view(conn, person_id[:16], st.privacy(conn), full_access(request))
    if view is None:
        raise HTTPException(404, "no such person in the public registry")
    if isinstance(view, str):
        return RedirectResponse(f"/api/v1/person/{view}", status_code=301)
    return view.as_dict()


@router.get("/stats")
def api_stats(request: Request) -> dict[str, Any]:
    """Headline numbers and breakdowns (status, month of death, region, channel, citizenship)."""
    return summaries.stats(state(request))


@router.get("/estimate")
def api_estimate(request: Request) -> dict[str, Any]:
    """The multiple systems estimate of the total, with its interval, when one can be made."""
    return summaries.estimate(state(request))


@router.get("/session", response_model=SessionOut)
def api_session(request: Request) -> Any:
    """Who is logged in, and the CSRF token to send as X-CSRF-Token with writes."""
    user = current_user(request)
    sess = session(request)
    sess.changed = sess.changed or not request.cookies.get("hc_session")
    return {
        "user": user.name if user else None,
        "role": user.role.value if user else None,
        "csrf_token": sess.csrf,
    }


@router.get("/review/next")
def api_review_next(request: Request, user: Researcher) -> dict[str, Any]:
    """How many pairs await review, and the next one (researchers)."""
    st = state(request)
    total, pairs = linkage.review_queue(
        st.engine, low=st.settings.review_low, high=st.settings.review_high, limit=1
    )
    return {"total": total, "pair": asdict(pairs[0]) if pairs else None}


@router.post(
    "/decisions", response_model=DecisionOut, status_code=201, dependencies=[Depends(csrf)]
)
def api_decide(request: Request, body: DecisionIn, user: Researcher) -> Any:
    """Record a verdict on a pair of mentions or a person record (researchers)."""
    st = state(request)
    try:
        decision_id = linkage.record_decision(
            st.engine,
            kind=body.kind,
            left_id=body.left_id,
            right_id=body.right_id,
            verdict=body.verdict,
            who=user.name,
            note=body.note,
        )
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    st.forget("stats", "estimate")
    return {"id": decision_id, "kind": body.kind, "verdict": body.verdict, "who": user.name}


@router.get("/health", include_in_schema=False)
def health() -> Response:
    return Response("ok", media_type="text/plain")
