"""Public pages: dashboard, search, person, archived documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from headcount import privacy
from headcount.web import queries, summaries
from headcount.web.deps import full_access, limit_search, render, state
from headcount.web.search import Filters, search

router = APIRouter()
MAX_PAGE = 500


@router.get("/", include_in_schema=False)
def dashboard(request: Request) -> Response:
    st = state(request)
    st.maybe_refresh()
    return render(
        request, "dashboard.html", stats=summaries.stats(st), estimate=summaries.estimate(st)
    )


async def search_params(  # async: it does no I/O, so it needs no worker thread
    q: Annotated[str, Query(max_length=200)] = "",
    region: Annotated[str | None, Query(max_length=100)] = None,
    citizenship: Annotated[str | None, Query(max_length=100)] = None,
    status: Annotated[str | None, Query(max_length=32)] = None,
    channel: Annotated[str | None, Query(max_length=32)] = None,
    grade: Annotated[str | None, Query(max_length=16)] = None,
    date_from: Annotated[
        str | None, Query(max_length=10, pattern=r"^$|^\d{4}(-\d{2}){0,2}$")
    ] = None,
    date_to: Annotated[str | None, Query(max_length=10, pattern=r"^$|^\d{4}(-\d{2}){0,2}$")] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
) -> dict[str, Any]:
    return {
        "q": q,
        "region": region,
        "citizenship": citizenship,
        "status": status,
        "channel": channel,
        "grade": grade,
        "date_from": date_from,
        "date_to": date_to,
        "page": page,
    }


def run_search(request: Request, params: dict[str, Any]) -> tuple[Any, int]:
    st = state(request)
    st.maybe_refresh()
    size = st.settings.page_size
    rules = st.privacy()  # once per request, not once per hit
    filters = Filters(**{k: params[k] or None for k in vars(Filters()) if k in params})
    with st.engine.connect() as conn:
        result = search(
            conn,
            params["q"],
            filters,
            offset=(params["page"] - 1) * size,
            limit=size,
            removed=rules.removed,
            public=not full_access(request),
            cache=st.search_cache if st.settings.search_cache_seconds > 0 else None,
        )
    if not full_access(request):
        for hit in result.hits:
            if privacy.restricted(rules, hit.status, hit.birth_date, hit.death_date):
                hit.birth_date = None
    return result, size


@router.get("/search", include_in_schema=False, dependencies=[Depends(limit_search)])
def search_page(
    request: Request, params: Annotated[dict[str, Any], Depends(search_params)]
) -> Response:
    st = state(request)
    searched = bool(params["q"].strip()) or any(
        params[k]
        for k in ("region", "citizenship", "status", "channel", "grade", "date_from", "date_to")
    )
    result, size = run_search(request, params) if searched else (None, st.settings.page_size)
    options = queries.filter_options(summaries.stats(st))
    template = "_results.html" if request.headers.get("hx-request") else "search.html"
    pages = (result.total + size - 1) // size if result else 0
    return render(
        request,
        template,
        params=params,
        result=result,
        options=options,
        pages=min(pages, MAX_PAGE),
        searched=searched,
    )


@router.get("/person/{person_id}", include_in_schema=False)
def person_page(request: Request, person_id: str) -> Response:
    st = state(request)
    with st.engine.connect() as conn:
        view = queries.person_view(conn, person_id[:16], st.privacy(conn), full_access(request))
        if isinstance(view, queries.PersonView) and full_access(request):
            from headcount.web.linkage import decisions_for

            view.decisions = decisions_for(conn, [view.id])
    if view is None:
        raise HTTPException(404, "No such person in the public registry.")
    if isinstance(view, str):
        return RedirectResponse(f"/person/{view}", status_code=301)
    return render(request, "person.html", person=view)


@router.get("/document/{document_id}/archive", include_in_schema=False)
def archived(request: Request, document_id: str) -> Response:
    """The archived bytes, as plain text in a sandbox: archived HTML never runs here."""
    st = state(request)
    with st.engine.connect() as conn:
        doc, public = queries.document_access(conn, document_id[:64], st.privacy(conn))
    if doc is None or (not public and not full_access(request)):
        raise HTTPException(404, "No such archived document in the public registry.")
    root = st.workspace.archive_dir.resolve()
    path = (root / doc.archive_path).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise HTTPException(404, "The archived copy is not on this server.")
    return Response(
        path.read_bytes(),
        media_type="text/plain; charset=utf-8",
        headers={
            "content-security-policy": "sandbox; default-src 'none'",
            "x-content-type-options": "nosniff",
            "content-disposition": f'inline; filename="{doc.id[:16]}.txt"',
        },
    )
