"""Case workers (researcher role or above): upload a list of missing people, see the
matches, save the list as a case only when asked, delete it.

Uploaded lists are sensitive. They are read in memory and never written to disk
or the log; they are stored (apart from the public registry, in the trace
tables) only when the form's "save" box is ticked. A saved case is shown to
the user who saved it and to admins, never on a public page. Pages carry
``Cache-Control: no-store``. The audit log records who uploaded, saved or
deleted a case, with row counts, never names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from headcount.web import audit
from headcount.web.auth import Role, User
from headcount.web.deps import csrf, render, require, state
from headcount.web.jobs import Busy

router = APIRouter()
CaseWorker = Annotated[User, Depends(require(Role.RESEARCHER))]
#: the largest list accepted, in bytes and in rows
MAX_BYTES = 2_000_000
MAX_ROWS = 5_000


def _private(resp: Response) -> Response:
    resp.headers["cache-control"] = "no-store"
    resp.headers["x-robots-tag"] = "noindex"
    return resp


def _may_see(user: User, case: dict[str, Any]) -> bool:
    return user.can(Role.ADMIN) or case.get("created_by") == user.name


def _page(request: Request, user: User, status_code: int = 200, **ctx: Any) -> Response:
    from headcount.trace.cases import list_cases

    cases = list_cases(state(request).engine, None if user.can(Role.ADMIN) else user.name)
    return _private(render(request, "trace.html", status_code=status_code, cases=cases, **ctx))


@router.get("/trace", include_in_schema=False)
def trace_form(request: Request, user: CaseWorker) -> Response:
    return _page(request, user)


@router.post("/trace", include_in_schema=False, dependencies=[Depends(csrf)])
async def trace_upload(
    request: Request,
    user: CaseWorker,
    file: Annotated[UploadFile, File()],
    save: Annotated[str, Form(max_length=8)] = "",
    case_name: Annotated[str, Form(max_length=128)] = "",
) -> Response:
    from headcount.trace.columns import TraceInputError

    st = state(request)
    raw = await file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        return _page(request, user, 413, error=f"The file is larger than {MAX_BYTES} bytes.")
    name = (case_name or (file.filename or "case")) if save else None
    try:  # in a worker process: the app goes on answering meanwhile
        done: Traced = await st.jobs.run(
            user.name, match_list, st.workspace.database_url, str(st.workspace.root), raw,
            name, user.name,
        )  # fmt: skip
    except Busy as exc:
        code, retry = (429, "30") if exc.user else (503, "60")
        resp = _page(request, user, code, error=f"Not now: {exc}.")
        resp.headers["retry-after"] = retry
        return resp
    except TraceInputError as exc:
        return _page(request, user, 422, error=f"The list cannot be matched: {exc}.")

    def finish() -> Response:  # the audit entry and the page: in a thread, off the loop
        if done.save_error:
            return _page(request, user, 409, error=f"Not saved: {done.save_error}.",
                         result=done, rows_html=Markup(done.html))  # fmt: skip
        with st.engine.begin() as conn:
            audit.record(conn, user.name, "trace_save" if done.saved else "trace_upload",
                         f"case {done.saved}" if done.saved else None,
                         {"rows": done.rows, **done.counts()})  # fmt: skip
        return _page(request, user, result=done, rows_html=Markup(done.html), saved=done.saved)

    return await run_in_threadpool(finish)


@dataclass(frozen=True)
class Traced:
    """What the page needs of a matched list: small, so it comes back from the worker
    process cheaply (unpickling a whole result held the app's interpreter lock)."""

    rows: int
    tally: dict[str, int]
    model: str
    messages: list[str]
    html: str
    saved: int | None = None
    save_error: str | None = None

    def counts(self) -> dict[str, int]:
        return self.tally


_ENGINES: dict[str, Any] = {}


def match_list(
    database_url: str, root: str, raw: bytes, save_as: str | None = None, who: str | None = None
) -> Traced:
    """Read and match one uploaded list, save it as a case if asked, render its rows (run
    in a worker process of :mod:`headcount.web.jobs`)."""
    from pathlib import Path

    from headcount.store import connect
    from headcount.trace.cases import CaseError, save_case
    from headcount.trace.columns import TraceInputError, read_bytes
    from headcount.trace.match import trace_table
    from headcount.trace.output import rows_html

    df = read_bytes(raw)
    if len(df) > MAX_ROWS:
        raise TraceInputError(f"the list has more than {MAX_ROWS} rows: split it")
    engine = _ENGINES.get(database_url)
    if engine is None:
        engine = _ENGINES[database_url] = connect(database_url)
    result = trace_table(df, engine, Path(root))
    saved, error = None, None
    if save_as is not None:
        try:
            saved = save_case(engine, save_as, df, result, who=who)
        except CaseError as exc:
            error = str(exc)
    return Traced(len(df), result.counts(), str(result.model), list(result.messages),
                  rows_html(result), saved, error)  # fmt: skip


@router.get("/trace/cases/{case_id}", include_in_schema=False)
def trace_case(request: Request, case_id: int, user: CaseWorker) -> Response:
    from headcount.trace.cases import acknowledge, get_case, pending_hits, retrace
    from headcount.trace.output import rows_html

    st = state(request)
    case = get_case(st.engine, case_id)
    if case is None or not _may_see(user, case):
        raise HTTPException(404, "There is nothing here.")
    result = retrace(st.engine, case_id, st.workspace.root)
    hits = pending_hits(st.engine, case_id)
    acknowledge(st.engine, case_id)
    return _page(request, user, case=case, hits=hits, result=result,
                 rows_html=Markup(rows_html(result)))  # fmt: skip


@router.post("/trace/cases/{case_id}/delete", include_in_schema=False,
             dependencies=[Depends(csrf)])  # fmt: skip
def trace_delete(request: Request, case_id: int, user: CaseWorker) -> Response:
    from headcount.trace.cases import delete_case, get_case

    st = state(request)
    case = get_case(st.engine, case_id)
    if case is None or not _may_see(user, case):
        raise HTTPException(404, "There is nothing here.")
    delete_case(st.engine, case_id)
    with st.engine.begin() as conn:
        audit.record(conn, user.name, "trace_delete", f"case {case_id}", {"rows": case["rows"]})
    return RedirectResponse("/trace", status_code=303)
