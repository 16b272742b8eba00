"""The HTML report: one self-contained file (charts inline as SVG, no network).

Sections: headline numbers (and a multiple systems estimate when the persons
are named by at least two systems), deaths by month, deaths per 100,000 men
by region, recruitment channels, foreign nationals by citizenship, ages,
statuses, and methods and sources. Deaths are persons with status ``killed``
or ``declared_dead``; the statuses section counts every person.

Every table is summed from two passes over the registry (:class:`Counts`):
persons counted by status, region, citizenship and month of death, and by
status, month first reported, recruitment channel and age.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine

from headcount.settings import Workspace
from headcount.stats import charts
from headcount.stats.aggregate import UNKNOWN, count_by
from headcount.stats.frame import (
    AGE_BASES,
    Filter,
    age_bases_text,
    count_registry,
    unnamed_registry,
)
from headcount.stats.meta import grade_rules, now, registry_version, source_table
from headcount.stats.percapita import CENSUS, per_capita
from headcount.stats.places import HOME_COUNTRY, country_label, region_label

DEATHS = ("killed", "declared_dead")
CONFIRMATION_RULE = (
    "A person is <b>confirmed</b> when a reviewer confirmed the record, or a list, government "
    "or court source names them, or named mentions come from at least two independent "
    "systems; otherwise the record is <b>pending</b>. Rejected records are never counted."
)
CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:980px;
margin:2em auto;padding:0 1em;color:#1a1a1a;line-height:1.45}
h1{margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.meta{color:#555;font-size:.9em}.note{color:#555;font-size:.92em}
.headline{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;
padding:.7em 1em;min-width:150px}.card b{display:block;font-size:1.8em}
table{border-collapse:collapse;font-size:.9em;margin:.6em 0}th,td{padding:.2em .6em;
border-bottom:1px solid #eee;text-align:left}td.n,th.n{text-align:right;
font-variant-numeric:tabular-nums}details{margin:.5em 0}svg{max-width:100%;height:auto}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _num(v: Any, digits: int = 0) -> str:
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
        return ""
    # rounded, never truncated: an interval's 269.6 is 270 here as in the CLI
    return f"{float(v):,.{digits}f}"


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str, int | None]]) -> str:
    """columns: (key, header, digits or None for text)."""
    head = "".join(
        f'<th class="{"n" if d is not None else ""}">{_e(h)}</th>' for _, h, d in columns
    )
    body = []
    for r in rows:
        cells = "".join(
            f'<td class="n">{_num(r.get(k), d)}</td>'
            if d is not None
            else f"<td>{_e(r.get(k))}</td>"
            for k, _, d in columns
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


@dataclass(frozen=True)
class Counts:
    """The registry's persons counted once by the report's dimensions (long tables
    with ``status`` and ``n``); every section sums what it shows from them."""

    #: by status, region, citizenship and month of death
    persons: pd.DataFrame
    #: by status, month first reported, channel, age, age band and how the age was had
    reported: pd.DataFrame

    @classmethod
    def read(cls, engine: Engine) -> Counts:
        return cls(
            persons=count_registry(engine, ["status", "region", "citizenship", "month"]),
            reported=count_registry(
                engine,
                ["status", "month", "channel", "age", "age_band", "age_basis"],
                Filter(basis="reported"),
            ),
        )

    def count(
        self, by: list[str], statuses: tuple[str, ...] = (), *, reported: bool = False
    ) -> pd.DataFrame:
        """:func:`count_by` of the persons with ``statuses`` (all when empty);
        months of death, or first reported when ``reported``."""
        uses_reported = reported or any(b in ("channel", "age") for b in by)
        table = self.reported if uses_reported else self.persons
        if statuses:
            table = table[table["status"].isin(statuses)]
        return count_by(table, by)

    def ages(self, statuses: tuple[str, ...]) -> dict[str, Any]:
        """How many persons with ``statuses`` have a known age, their mean age, and how
        many ages each basis gave (as :func:`headcount.stats.frame.age_registry`)."""
        t = self.reported
        t = t[t["status"].isin(statuses) & t["age"].notna()]
        n = int(t["n"].sum())
        total = sum(int(a) * int(k) for a, k in zip(t["age"], t["n"], strict=True))
        by_basis = t.groupby("age_basis")["n"].sum()
        return {
            "persons_with_age": n,
            "mean_age": round(total / n, 1) if n else None,
            "age_bases": {b: int(by_basis[b]) for b in AGE_BASES if b in by_basis.index},
        }


def age_note(ages: dict[str, Any]) -> str:
    """The sentence under the ages chart: the mean, and how each age was had."""
    n = int(ages["persons_with_age"])
    if not n:
        return "No deaths with a known age."
    return (
        f"Mean age at death {ages['mean_age']} ({n:,} deaths with a known age: "
        f"{age_bases_text(ages.get('age_bases', {}))}"
    )


def _estimate(engine: Engine, workspace: Workspace | None) -> dict[str, Any]:
    """The headline estimate (:func:`headcount.estimate.headline.headline_estimate`), the
    same figure as the dashboard, the API and ``headcount estimate``."""
    from headcount.estimate.cache import headline_dict
    from headcount.estimate.errors import EstimationError
    from headcount.estimate.headline import workspace_config

    try:
        config = workspace_config(workspace.section("estimate") if workspace else None)
        return headline_dict(engine, config, workspace.root if workspace else None)
    except EstimationError as exc:  # a bad [estimate] table
        return {
            "estimable": False,
            "figure": "no estimate",
            "description": str(exc),
            "why": str(exc),
        }
    except Exception as exc:  # an estimator that fails must not lose the report
        return {
            "estimable": False,
            "figure": "no estimate",
            "description": "",
            "why": f"the estimator failed ({type(exc).__name__})",
        }


def _coverage(engine: Engine, workspace: Workspace | None,
              statuses: list[str]) -> dict[str, Any] | None:
    """Coverage from the sample declared in ``[coverage]`` (None when none is), for the
    statuses the headline counts; an error becomes ``{"error": ...}``."""
    from headcount.estimate.coverage import declared_coverage
    from headcount.estimate.errors import EstimationError
    from headcount.trace.columns import TraceInputError

    if workspace is None or not workspace.section("coverage"):
        return None
    try:
        res = declared_coverage(engine, workspace.section("coverage"), workspace.root,
                                tuple(statuses))
    except (EstimationError, TraceInputError) as exc:
        return {"error": str(exc)}
    return None if res is None else res.to_dict()


def _interval(est: dict[str, Any]) -> str:
    if est.get("lower") is None or est.get("upper") is None:
        return "no interval"
    return f"{_num(est['lower'])}–{_num(est['upper'])} ({est['level']:.0%})"


def _card(label: str, value: str, sub: str = "") -> str:
    return f'<div class="card">{_e(label)}<b>{value}</b><span class="note">{_e(sub)}</span></div>'


def _months_section(counts: Counts) -> str:
    parts = []
    for basis, label in (
        ("death", "month of death"),
        ("reported", "month the death was reported or confirmed"),
    ):
        c = counts.count(["month"], DEATHS, reported=basis == "reported")
        known = c[c["month"] != UNKNOWN]
        if known.empty:
            parts.append(f'<p class="note">No deaths with a known {label}.</p>')
            continue
        unknown = int(c.loc[c["month"] == UNKNOWN, "total"].sum())
        parts.append(
            charts.stacked_columns(
                list(known["month"]),
                list(known["confirmed"]),
                list(known["pending"]),
                title=f"Deaths by {label}",
                xlabel=label.capitalize(),
                ylabel="deaths",
            )
            + f'<p class="note">{unknown:,} deaths without a {label} are not shown.</p>'
        )
    return "".join(parts)


def _regions_section(counts: Counts) -> str:
    rates = per_capita(counts.count(["region"], DEATHS))
    with_rate = rates[rates["per_100k"].notna()]
    rows = [
        {**r, "name": region_label(r["region"]) if r["region"] != UNKNOWN else "unknown"}
        for r in rates.to_dict("records")
    ]
    no_rate = int(rates.loc[rates["per_100k"].isna(), "total"].sum())
    chart = ""
    if not with_rate.empty:
        chart = charts.rate_bars(
            [str(region_label(r)) for r in with_rate["region"]],
            [float(v) for v in with_rate["per_100k"]],
            [float(v) for v in with_rate["per_100k_low"]],
            [float(v) for v in with_rate["per_100k_high"]],
            title="Deaths per 100,000 men aged 16–61.5 (95% interval)",
            xlabel="deaths per 100,000 men aged 16–61.5",
        )
    table = _table(
        rows,
        [
            ("name", "region", None),
            ("region", "code", None),
            ("confirmed", "confirmed", 0),
            ("pending", "pending", 0),
            ("total", "total", 0),
            ("men_16_61", "men 16–61.5", 0),
            ("per_100k", "per 100,000", 1),
            ("per_100k_low", "95% low", 1),
            ("per_100k_high", "95% high", 1),
        ],
    )
    return (
        chart + f'<p class="note">Denominator: {_e(CENSUS)}. {no_rate:,} deaths whose region is '
        "unknown or has no census count get no rate.</p>"
        + f"<details><summary>Table of all regions</summary>{table}</details>"
    )


def _bars(c: pd.DataFrame, dim: str, title: str, labels: dict[str, str] | None = None) -> str:
    if c.empty:
        return '<p class="note">None recorded.</p>'
    names = [str((labels or {}).get(v, v)) for v in c[dim]]
    rows = [{**r, "label": n} for r, n in zip(c.to_dict("records"), names, strict=True)]
    return charts.stacked_bars(names, list(c["confirmed"]), list(c["pending"]), title=title) + (
        _table(
            rows,
            [
                ("label", dim, None),
                ("confirmed", "confirmed", 0),
                ("pending", "pending", 0),
                ("total", "total", 0),
            ],
        )
    )


def build_report(engine: Engine, workspace: Workspace | None = None) -> str:
    """The report as one HTML string."""
    version = registry_version(engine)
    generated = now()
    counts = Counts.read(engine)
    head = counts.count([])
    dead = counts.count([], DEATHS)
    first = head.iloc[0] if not head.empty else {"confirmed": 0, "pending": 0}
    dfirst = dead.iloc[0] if not dead.empty else {"confirmed": 0, "pending": 0}
    est = _estimate(engine, workspace)
    ages = counts.ages(DEATHS)
    no_name = unnamed_registry(engine).get("pending", 0)
    cards = [
        _card("confirmed persons", _num(first["confirmed"]), "all statuses"),
        _card(
            "pending persons",
            _num(int(first["pending"]) - no_name),
            "named, not yet confirmed",
        ),
        _card(
            "deaths",
            _num(dfirst["confirmed"] + dfirst["pending"]),
            f"{_num(dfirst['confirmed'])} confirmed",
        ),
    ]
    if no_name:
        cards.insert(
            2,
            _card(
                "records without names",
                _num(no_name),
                "counted, not pending: a list published them without names",
            ),
        )
    if est["estimable"]:
        cards.append(_card("estimated in total", _num(est["estimate"]), _interval(est)))
        est_note = f"Multiple systems estimate: {_e(est['description'])}"
    else:
        cards.append(_card("estimated in total", "not estimable", "from these sources"))
        est_note = f"Not estimable from these sources: {_e(est['why'])}. {_e(est['description'])}"
    cov = _coverage(engine, workspace, list(est.get("statuses", [])))
    if cov is not None and "error" in cov:
        est_note += f" Coverage from a sample: {_e(cov['error'])}."
    elif cov is not None:
        cards.append(_card("estimated from a sample", _num(cov["estimate"]), _interval(cov)))
        est_note += f" Beside it, {_e(cov['description'])}."
    channels = counts.count(["channel"], DEATHS)
    citizenship = counts.count(["citizenship"], DEATHS)
    foreign = citizenship[~citizenship["citizenship"].isin([HOME_COUNTRY, UNKNOWN])]
    age = counts.count(["age"], DEATHS)
    statuses = counts.count(["status"])
    sources = source_table(engine)
    rules = grade_rules(engine)
    title = f"headcount report — {workspace.name}" if workspace else "headcount report"
    known_age = age[age["age"] != UNKNOWN]
    age_chart = (
        charts.stacked_columns(
            list(known_age["age"]),
            list(known_age["confirmed"]),
            list(known_age["pending"]),
            title="Deaths by age",
            xlabel="age at death",
            ylabel="deaths",
        )
        if not known_age.empty
        else '<p class="note">No ages known.</p>'
    )
    body = f"""
<h1>{_e(title)}</h1>
<p class="meta">Generated {_e(generated)} · registry {_e(version["version"])} ·
headcount {_e(version["headcount"])}</p>
<h2>Headline numbers</h2>
<div class="headline">{"".join(cards)}</div>
<p class="note">{est_note}</p>
<h2>Deaths by month</h2>
{_months_section(counts)}
<h2>Deaths per 100,000 men by region</h2>
{_regions_section(counts)}
<h2>Recruitment channels</h2>
{_bars(channels, "channel", "Deaths by recruitment channel")}
<h2>Foreign nationals by citizenship</h2>
{
        _bars(
            foreign,
            "citizenship",
            "Deaths of foreign nationals by citizenship",
            {c: str(country_label(c)) for c in foreign["citizenship"]},
        )
    }
<p class="note">Citizenship other than Russia's; contested entities are shown as coded.</p>
<h2>Ages</h2>
{age_chart}
<p class="note">{_e(age_note(ages))}</p>
<h2>Statuses</h2>
{_bars(statuses, "status", "Persons by latest status")}
<h2>Methods and sources</h2>
<p>{CONFIRMATION_RULE}</p>
{
        _table(
            rules,
            [
                ("grade", "grade", None),
                ("rule", "rule that gave it", None),
                ("persons", "persons", 0),
            ],
        )
    }
<p>Documents and mentions by source (a "system" is a group of sources that are not
independent of each other, for estimation):</p>
{
        _table(
            sources,
            [
                ("source", "source", None),
                ("kind", "kind", None),
                ("system", "system", None),
                ("documents", "documents", 0),
                ("mentions", "mentions", 0),
                ("persons", "persons", 0),
            ],
        )
    }
<p class="note">Per-capita denominator: {_e(CENSUS)}. Registry version:
{_e(version["version"])}; report generated {_e(generated)}.</p>
"""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{CSS}</style></head><body>{body}</body></html>\n"
    )


def write_report(engine: Engine, workspace: Workspace | None, out_path: Path) -> Path:
    """Write the report to ``out_path`` (folders made as needed); returns the path."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(build_report(engine, workspace), "utf-8")
    return out_path.resolve()
