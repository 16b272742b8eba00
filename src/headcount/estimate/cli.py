"""The ``headcount mse`` command. ``register(app)`` adds it to a Typer app."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape


class Method(StrEnum):
    chapman = "chapman"
    loglinear = "loglinear"
    lcmcr = "lcmcr"


class Criterion(StrEnum):
    bic = "bic"
    aic = "aic"
    stepwise = "stepwise"
    independence = "independence"


class Interval(StrEnum):
    percentile = "percentile"
    bca = "bca"


class OutFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class Resample(StrEnum):
    observed = "observed"
    population = "population"
    model = "model"


MSE_HELP = (
    "Estimate the total population (documented + undocumented) from an aggregated "
    "capture-history table: one 0/1 column per list and a count column (count, Freq, "
    "Frequency, n, ... detected automatically; 12 or 12.0 both fine; absent patterns count "
    "zero).\n\n"
    "Methods: chapman (two lists; the default for two lists), loglinear (Poisson log-linear "
    "models, the default for three or more lists: BIC or AIC downhill search over "
    "hierarchical models, or forward stepwise with a p-value threshold), lcmcr (Bayesian "
    "latent-class model, Manrique-Vallier 2016).\n\n"
    "Example (runs anywhere):\n\n"
    "    printf 'A,B,C,count\\n1,0,0,120\\n0,1,0,90\\n0,0,1,70\\n' > lists.csv\n\n"
    "    printf '1,1,0,30\\n1,0,1,25\\n0,1,1,20\\n1,1,1,8\\n' >> lists.csv\n\n"
    "    headcount mse lists.csv\n\n"
    "    headcount mse lists.csv --criterion stepwise --bootstrap 200 --seed 1\n\n"
    "    headcount mse lists.csv --method lcmcr --seed 1 --plot posterior.png\n"
)



def chosen_statuses(status: list[str]) -> tuple[str, ...]:
    """The canonical statuses asked for on the command line (() for 'any').

    An unknown word is an error naming it and the words known, not an estimate of
    nobody.
    """
    from headcount.vocab import Status

    if status == ["any"]:
        return ()
    known = {s.value for s in Status}
    unknown = [s for s in status if s not in known]
    if unknown:
        raise typer.BadParameter(
            f"unknown status {', '.join(map(repr, unknown))}: use "
            f"{', '.join(sorted(known))}, or 'any' for all",
            param_hint="--status",
        )
    return tuple(sorted(set(status)))

def _progress_total(method: str, nboot: int, interval: str, cells: int, burn: int, n: int,
                    thin: int) -> int:
    if method == "lcmcr":
        return burn + n * thin
    return nboot + (cells if interval == "bca" else 0)


def mse(
    file: Annotated[Path, typer.Argument(help="Capture-history CSV file.")],
    method: Annotated[
        Method | None,
        typer.Option(help="Estimator; default chapman for 2 lists, loglinear otherwise."),
    ] = None,
    criterion: Annotated[
        Criterion, typer.Option(help="Log-linear model choice: bic/aic downhill, stepwise.")
    ] = Criterion.bic,
    max_order: Annotated[
        int | None,
        typer.Option(help="Highest interaction order in the downhill search (default k-1)."),
    ] = None,
    p_threshold: Annotated[
        float, typer.Option(help="Stepwise: add a pair only if its p-value is below this.")
    ] = 0.02,
    model: Annotated[
        str | None,
        typer.Option(help="Fit this log-linear model instead of searching, e.g. '[12,3]'."),
    ] = None,
    multistart: Annotated[
        bool,
        typer.Option(help="Downhill from main effects and every single two-list interaction."),
    ] = False,
    gap_fill: Annotated[
        bool,
        typer.Option(help="Leave out of the log-linear model a list that names mostly those "
                          "the others missed (see docs/estimate.md)."),
    ] = True,
    bootstrap: Annotated[
        int, typer.Option(help="Bootstrap replicates (model search repeated in each); 0 = none.")
    ] = 0,
    interval: Annotated[Interval, typer.Option(help="Bootstrap interval.")] = Interval.bca,
    resample: Annotated[
        Resample,
        typer.Option(help="Bootstrap from the observed cells (as SparseMSE), from the "
                          "estimated population (the number seen varies) or the fitted "
                          "model."),
    ] = Resample.observed,
    level: Annotated[float, typer.Option(help="Interval coverage.")] = 0.95,
    seed: Annotated[int | None, typer.Option(help="Random seed (bootstrap, Gibbs).")] = None,
    plot: Annotated[
        Path | None, typer.Option(help="Write a PNG of the bootstrap or posterior distribution.")
    ] = None,
    samples: Annotated[int, typer.Option(help="LCMCR: posterior draws kept.")] = 1000,
    burn_in: Annotated[int, typer.Option(help="LCMCR: Gibbs sweeps discarded.")] = 10000,
    thin: Annotated[int, typer.Option(help="LCMCR: keep one sweep in this many.")] = 10,
    max_classes: Annotated[int, typer.Option(help="LCMCR: maximum latent classes.")] = 10,
    chains: Annotated[
        int, typer.Option(help="LCMCR: independent chains (seeds derived from --seed).")
    ] = 4,
    trace_plot: Annotated[
        Path | None, typer.Option(help="LCMCR: write a PNG trace plot of N.")
    ] = None,
    count_column: Annotated[
        str | None, typer.Option(help="Name of the count column, if detection fails.")
    ] = None,
    workers: Annotated[int, typer.Option(help="Processes for the bootstrap.")] = 1,
    format: Annotated[OutFormat, typer.Option("--format", help="Output format.")] = (
        OutFormat.table
    ),
) -> None:
    import numpy as np

    from headcount.estimate.api import default_method, estimate
    from headcount.estimate.capture import read_capture_csv
    from headcount.estimate.errors import EstimationError
    from headcount.estimate.result import EstimateResult, render_rich

    err = Console(stderr=True)
    try:
        tab = read_capture_csv(file, count_column=count_column)
        meth = method.value if method else default_method(tab.k)
        if trace_plot is not None and meth != "lcmcr":
            raise EstimationError("--trace-plot needs --method lcmcr")
        total = _progress_total(
            meth, bootstrap, interval.value, int(np.count_nonzero(tab.counts)), burn_in,
            samples, thin,
        )
        long_work = (meth == "lcmcr") or bootstrap > 0
        result: EstimateResult
        if meth == "lcmcr":
            total *= chains
        if long_work and total > 0:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            label = "Gibbs sampling" if meth == "lcmcr" else "Bootstrap"
            with Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            ) as prog:
                task = prog.add_task(label, total=total)

                def advance(n: int) -> None:
                    prog.advance(task, n)

                result = estimate(
                    tab, meth, criterion=criterion.value, max_order=max_order,
                    p_threshold=p_threshold, model=model, multistart=multistart,
                    bootstrap_samples=bootstrap, interval=interval.value,
                    resample=resample.value, level=level, seed=seed, samples=samples,
                    burn_in=burn_in, thin=thin, max_classes=max_classes, progress=advance,
                    workers=workers, chains=chains, gap_fill=gap_fill,
                )
        else:
            result = estimate(
                tab, meth, criterion=criterion.value, max_order=max_order,
                p_threshold=p_threshold, model=model, multistart=multistart, level=level,
                seed=seed, gap_fill=gap_fill,
            )
        if plot is not None:
            from headcount.estimate.plot import plot_distribution

            plot_distribution(result, plot)
        if trace_plot is not None:
            from headcount.estimate.plot import plot_trace

            plot_trace(result, trace_plot)
    except EstimationError as exc:
        err.print(f"[bold red]error:[/bold red] {exc}", highlight=False, markup=True)
        raise typer.Exit(code=2) from None
    out = Console(soft_wrap=format != OutFormat.table)
    if format == OutFormat.json:
        d = result.to_dict()
        if plot is not None:
            d["plot"] = str(plot)
        if trace_plot is not None:
            d["trace_plot"] = str(trace_plot)
        typer.echo(json.dumps(d, indent=2, ensure_ascii=False))
    elif format == OutFormat.csv:
        typer.echo(result.to_csv(), nl=False)
    else:
        out.print(render_rich(result))
        if plot is not None:
            out.print(f"plot written to {plot}")
        if trace_plot is not None:
            out.print(f"trace plot written to {trace_plot}")


ESTIMATE_HELP = """Estimate how many were never reported, from the registry's linked persons.

Without options this is the registry's headline estimate, the figure the report, the
dashboard and the API show, as set in the `[estimate]` table of headcount.toml
(statuses, exclude_systems, method, criterion, bootstrap, interval, level, seed,
chains, linkage_draws); options override it. When the sources cannot support a
figure it says "not estimable from these sources" and why (exit code 3).
`--by` estimates per stratum and in sum; `--save-table` writes the capture-history
table for `headcount mse` or other tools.

Example:

    headcount estimate -w demo-workspace --status killed --bootstrap 200 --seed 1
"""


def estimate_registry(
    ws_path: Annotated[
        Path | None,
        typer.Option("--workspace", "-w", envvar="HEADCOUNT_WORKSPACE", help="Workspace folder."),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(help="Count persons with this canonical status (repeat; 'any': all)."),
    ] = None,
    by: Annotated[
        list[str] | None,
        typer.Option("--by", help="Stratify: region, citizenship, month, year, channel."),
    ] = None,
    exclude_system: Annotated[
        list[str] | None,
        typer.Option(help="Leave a system out (e.g. a family list of the missing)."),
    ] = None,
    method: Annotated[
        Method | None, typer.Option(help="Estimator (default by list count).")
    ] = None,
    criterion: Annotated[
        Criterion | None, typer.Option(help="Log-linear model choice.")
    ] = None,
    bootstrap: Annotated[int | None, typer.Option(help="Bootstrap replicates; 0 = none.")] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed.")] = None,
    linkage_draws: Annotated[
        int | None,
        typer.Option(help="Pool estimates over this many clusterings drawn from link "
                          "probabilities (0 = the registry's clustering only)."),
    ] = None,
    gap_fill: Annotated[
        bool | None,
        typer.Option("--gap-fill/--no-gap-fill",
                     help="Leave a gap-filling system out of the model (default: on)."),
    ] = None,
    save_table: Annotated[
        Path | None, typer.Option(help="Write the capture-history table to this CSV.")
    ] = None,
    format: Annotated[OutFormat, typer.Option("--format", help="Output format.")] = (
        OutFormat.table
    ),
) -> None:
    from headcount.console import OutputFormat, emit
    from headcount.estimate.cache import headline_dict
    from headcount.estimate.errors import EstimationError
    from headcount.estimate.headline import workspace_config
    from headcount.estimate.registry import COUNT, capture_histories
    from headcount.estimate.strata import estimate_strata
    from headcount.settings import WorkspaceError, load_workspace
    from headcount.store import open_registry

    err = Console(stderr=True)
    strata = list(by or [])
    try:
        ws = load_workspace(ws_path)
        config = workspace_config(ws.section("estimate"))
        changes: dict[str, Any] = {}
        if status:
            changes["statuses"] = chosen_statuses(status)
        if exclude_system:
            changes["exclude_systems"] = tuple(sorted(exclude_system))
        for key, value in (("method", method), ("criterion", criterion)):
            if value is not None:
                changes[key] = value.value
        for key, number in (("bootstrap", bootstrap), ("seed", seed),
                            ("linkage_draws", linkage_draws)):
            if number is not None:
                changes[key] = number
        if gap_fill is not None:
            changes["gap_fill"] = gap_fill
        config = config.replace(**changes)
        engine = open_registry(ws.database_url)
        if save_table is not None or strata:
            table = capture_histories(
                engine, status=config.statuses, by=strata,
                exclude_systems=config.exclude_systems,
                identified_only=config.identified_only,
            )
            if save_table is not None:
                from headcount.csvsafe import safe_frame

                safe_frame(table).to_csv(save_table, index=False)
        rows: list[dict[str, object]] = []
        if strata:
            res = estimate_strata(
                table, strata, count_column=COUNT, method=config.method, seed=config.seed,
                criterion=config.criterion, bootstrap_samples=config.bootstrap,
                interval=config.interval, level=config.level,
            )
            for rec in res.frame.to_dict("records"):
                rows.append({k: rec.get(k) for k in [*strata, "observed", "estimate", "lower",
                                                     "upper", "model", "warnings", "error"]})
            total = res.total
            rows.append({**dict.fromkeys(strata, "total"), "observed": total["observed"],
                         "estimate": total["estimate"], "lower": total["lower"],
                         "upper": total["upper"], "model": "", "warnings": "; ".join(res.warnings),
                         "error": None})
        else:
            head = headline_dict(engine, config, ws.root)
    except (EstimationError, WorkspaceError) as exc:
        err.print(f"[bold red]error:[/bold red] {exc}", highlight=False, markup=True)
        raise typer.Exit(code=2) from None
    if not strata:
        _emit_headline(head, format)
        if save_table is not None and format == OutFormat.table:
            err.print(f"capture histories written to {save_table}")
        if not head["estimable"]:
            raise typer.Exit(code=3)
        return
    for row in rows:
        for key in ("estimate", "lower", "upper"):
            cell = row.get(key)
            row[key] = None if cell is None or cell != cell else round(float(str(cell)))
    emit(rows, OutputFormat(format.value), title="Estimated total (multiple systems estimation)")
    if save_table is not None and format == OutFormat.table:
        err.print(f"capture histories written to {save_table}")


def _emit_headline(d: dict[str, Any], format: OutFormat) -> None:
    if format == OutFormat.json:
        typer.echo(json.dumps(d, indent=2, ensure_ascii=False))
        return
    if format == OutFormat.csv:
        import csv
        import io

        from headcount.csvsafe import safe_row

        buf = io.StringIO()
        keys = ["estimable", "figure", "estimate", "lower", "upper", "level", "observed",
                "description", "why"]
        w = csv.DictWriter(buf, fieldnames=keys, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerow(safe_row({k: d.get(k) for k in keys}))
        typer.echo(buf.getvalue(), nl=False)
        return
    out = Console()
    label = "Estimated total" if d["estimable"] else "Estimate"
    out.print(f"[bold]{label}:[/bold] {d['figure']}", highlight=False)
    out.print(d["description"], highlight=False, markup=False)
    for r in d.get("not_estimable", []):
        out.print(f"not estimable ({r['code']}): {r['message']}", highlight=False, markup=False)
    for w in d.get("warnings") or []:
        out.print(f"[yellow]warning:[/yellow] {escape(w)}", highlight=False, markup=True)


COVERAGE_HELP = """Estimate the total from a sample: the share of an independent list the
registry documents.

SAMPLE.csv lists people known independently of the registry's sources (one row
each; a name column, and birth date, region, citizenship when known). Rows are
matched with trace's matching; coverage = matched share with an exact binomial
interval, widened by the possible matches; total = documented / coverage. Statuses
counted come from `[estimate]` in headcount.toml (or --status).

Example:

    headcount coverage probate_sample.csv -w demo-workspace --status killed
"""


def coverage_cmd(
    sample: Annotated[Path, typer.Argument(help="CSV list of people (the sample).")],
    ws_path: Annotated[
        Path | None,
        typer.Option("--workspace", "-w", envvar="HEADCOUNT_WORKSPACE", help="Workspace folder."),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(help="Count persons with this canonical status (repeat; 'any': all)."),
    ] = None,
    level: Annotated[float, typer.Option(help="Interval coverage.")] = 0.95,
    format: Annotated[OutFormat, typer.Option("--format", help="Output format.")] = (
        OutFormat.table
    ),
) -> None:
    from headcount.console import OutputFormat, emit
    from headcount.estimate.coverage import coverage_estimate
    from headcount.estimate.errors import EstimationError
    from headcount.estimate.headline import workspace_config
    from headcount.settings import WorkspaceError, load_workspace
    from headcount.store import open_registry
    from headcount.trace.columns import TraceInputError, read_list

    err = Console(stderr=True)
    try:
        ws = load_workspace(ws_path)
        statuses = workspace_config(ws.section("estimate")).statuses
        if status:
            statuses = chosen_statuses(status)
        if not sample.is_file():
            raise EstimationError(f"{sample}: no such file")
        frame = read_list(sample)
        res = coverage_estimate(frame, open_registry(ws.database_url), ws.root,
                                statuses=statuses, level=level)
    except (EstimationError, WorkspaceError, TraceInputError) as exc:
        err.print(f"[bold red]error:[/bold red] {exc}", highlight=False, markup=True)
        raise typer.Exit(code=2) from None
    d = res.to_dict()
    if format == OutFormat.json:
        typer.echo(json.dumps(d, indent=2, ensure_ascii=False))
        return
    emit([{k: v for k, v in d.items() if k not in ("statuses", "description")}],
         OutputFormat(format.value), title="Coverage from a sample")
    if format == OutFormat.table:
        Console().print(res.description, highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Add the ``mse``, ``estimate`` and ``coverage`` commands to ``app``."""
    app.command("mse", help=MSE_HELP, no_args_is_help=True)(mse)
    app.command("estimate", help=ESTIMATE_HELP)(estimate_registry)
    app.command("coverage", help=COVERAGE_HELP, no_args_is_help=True)(coverage_cmd)
