"""A trace result as CSV (one line per row and candidate), JSON, or a printable HTML page."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Any

from headcount.csvsafe import safe_rows
from headcount.trace.match import Candidate, RowResult, TraceResult

#: columns of the CSV output, in order
CSV_COLUMNS = (
    "row", "reference", "list_name", "verdict", "kind", "rank", "person_id", "person_name",
    "probability", "agree", "disagree", "status", "status_date", "status_evidence",
    "status_source", "status_url", "birth_date", "death_date", "citizenship", "region",
    "recruiter", "promised_job", "departure_date", "contract_date", "exchange_list",
    "grade", "mentions", "messages",
)  # fmt: skip


def _candidate_cells(c: Candidate, kind: str) -> dict[str, Any]:
    p = c.person
    ev = p.get("status_evidence") or {}
    rec = p.get("recruitment") or {}
    return {
        "kind": kind, "rank": c.rank, "person_id": c.person_id, "person_name": p.get("name"),
        "probability": f"{c.probability:.4f}", "agree": "; ".join(c.agree),
        "disagree": "; ".join(c.disagree), "status": p.get("status"),
        "status_date": p.get("status_date"), "status_evidence": ev.get("quote"),
        "status_source": ev.get("source"), "status_url": ev.get("url"),
        "birth_date": p.get("birth_date"), "death_date": p.get("death_date"),
        "citizenship": p.get("citizenship"), "region": p.get("region"),
        **{f: (rec.get(f) or {}).get("value") for f in ("recruiter", "promised_job",
                                                       "departure_date", "contract_date",
                                                       "exchange_list")},
        "grade": p.get("grade"), "mentions": p.get("mentions"),
    }  # fmt: skip


def flat_rows(result: TraceResult) -> list[dict[str, Any]]:
    """One dict per (list row, candidate or near-miss); a row with neither gets one."""
    out = []
    for r in result.rows:
        base = {"row": r.row, "reference": r.reference, "list_name": r.name,
                "verdict": r.verdict, "messages": " | ".join(r.messages)}  # fmt: skip
        lines = [_candidate_cells(c, "candidate") for c in r.candidates]
        lines += [_candidate_cells(c, "near-miss") for c in r.near_misses]
        out += [base | line for line in lines] or [base]
    return out


def to_csv(result: TraceResult) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), extrasaction="ignore",
                       lineterminator="\n")  # fmt: skip
    w.writeheader()
    w.writerows(safe_rows(flat_rows(result)))
    return buf.getvalue()


def to_json(result: TraceResult) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False, indent=1, default=str)


def _env() -> Any:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    folder = str(resources.files("headcount.trace") / "templates")
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]))
    env.filters["pct"] = lambda p: f"{100 * float(p):.1f} %"
    return env


def to_html(result: TraceResult, title: str = "Trace") -> str:
    """A self-contained page (inline CSS, no scripts) a case worker can print."""
    return str(_env().get_template("trace_report.html").render(r=result, title=title,
                                                               counts=result.counts()))


def row_sort_key(r: RowResult) -> tuple[int, int]:
    order = {"match": 0, "possible": 1, "no match": 2, "not matched": 3}
    return order.get(r.verdict, 4), r.row


def write(result: TraceResult, fmt: str, title: str = "Trace") -> str:
    """The result in ``fmt`` (csv, json or html)."""
    if fmt == "csv":
        return to_csv(result)
    if fmt == "json":
        return to_json(result)
    if fmt == "html":
        return to_html(result, title)
    raise ValueError(f"unknown format {fmt!r}: csv, json or html")


def rows_html(result: TraceResult) -> str:
    """The rows of a result as an HTML fragment (autoescaped), for the web app's page."""
    return str(_env().get_template("_trace_rows.html").render(r=result))


__all__ = ["CSV_COLUMNS", "flat_rows", "rows_html", "to_csv", "to_html", "to_json", "write"]
