"""The `link`, `dedupe` and `review` commands. ``register(app)`` adds them to a Typer app."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from headcount.cli_options import FormatOpt, WorkspaceOpt
from headcount.cli_options import fail as _fail
from headcount.cli_options import open_workspace as _workspace
from headcount.console import OutputFormat, console, emit, err_console, progress
from headcount.csvsafe import safe_frame
from headcount.link.engines import EngineName, EngineUnavailable
from headcount.settings import Workspace

EngineOpt = Annotated[
    EngineName | None,
    typer.Option("--engine", help="duckdb (default, in process) or spark ([link] spark_master)."),
]


class PairVerdict(StrEnum):
    same = "same"
    different = "different"
    unsure = "unsure"


def _registry(ws: Workspace) -> Any:
    from headcount.store import open_registry

    return open_registry(ws.database_url)


class _Steps:
    """A progress bar over named steps."""

    def __init__(self, steps: list[str]) -> None:
        self.steps = steps
        self.bar = progress()
        self.task: Any = None

    def __enter__(self) -> _Steps:
        self.bar.__enter__()
        self.task = self.bar.add_task(self.steps[0], total=len(self.steps))
        return self

    def __call__(self, name: str) -> None:
        done = self.steps.index(name) if name in self.steps else 0
        self.bar.update(self.task, completed=done, description=name)

    def __exit__(self, *exc: Any) -> None:
        self.bar.update(self.task, completed=len(self.steps))
        self.bar.__exit__(*exc)


LINK_HELP = """Link the registry's mentions into persons (Splink; human decisions win).

Standardises mentions (names in any script and order, dates, places), scores
candidate pairs with the workspace's trained model, clusters them under the
reviewers' decisions and deduplicated sources, and writes persons with stable
ids, canonical fields, conflicts and status history.

`--train` first estimates a new model version (models/link-vN.json in the
workspace; a registry of fewer than 100 mentions gets the built-in parameters);
runs without it load the newest model, and a workspace with none trains one
first (and says so). Pairs join at the cut-off the model chooses (the best
expected F1 under the registry's own prior; the summary gives it with the
precision and recall it expects) unless --threshold or the workspace sets one.
Settings in headcount.toml: `[link] threshold = 0.9` (optional), `engine = "duckdb"`,
`spark_master = "spark://host:7077"`.

Example:

    headcount link --train -w ws && headcount link -w ws --format json
"""


def link(
    train: Annotated[
        bool, typer.Option("--train", help="Estimate a new model version first.")
    ] = False,
    engine: EngineOpt = None,
    threshold: Annotated[
        float | None,
        typer.Option(help="Match probability at which pairs join (default: the model's cut-off)."),
    ] = None,
    ws_path: WorkspaceOpt = None,
    fmt: FormatOpt = OutputFormat.table,
) -> None:
    from headcount.link.run import link_registry
    from headcount.link.train import MIN_TRAIN, ModelMissing, model_dir, model_versions

    ws = _workspace(ws_path)
    if not train and not model_versions(model_dir(ws.root)):
        from headcount.store.queries import totals

        train = True  # a new workspace links without a separate training step
        n = totals(_registry(ws))["mentions"]
        how = (
            f"the built-in parameters (fewer than {MIN_TRAIN} mentions to train on)"
            if n < MIN_TRAIN
            else f"a model trained now on its {n:,} mentions"
        )
        err_console.print(f"no saved linkage model: this run uses {how} and saves it")
    conf = ws.section("link")
    name = engine or EngineName(str(conf.get("engine", "duckdb")))
    given = threshold if threshold is not None else conf.get("threshold")
    cut = float(given) if given is not None else None
    steps = ["read mentions", *(["train"] if train else []), "predict", "cluster", "persons"]
    registry = _registry(ws)
    try:
        with _Steps(steps) as step:
            report = link_registry(
                registry, ws.root, name, cut, retrain=train,
                master=conf.get("spark_master"), on_step=step,
            )  # fmt: skip
    except (ModelMissing, EngineUnavailable) as exc:
        raise _fail(str(exc)) from None
    row = report.as_dict()
    row["events"] = ", ".join(f"{k} {v}" for k, v in report.events.items()) or "none"
    row["contradictions"] = len(report.contradictions)
    emit([row], fmt, title="Link run")
    if report.contradictions and fmt is OutputFormat.table:
        err_console.print(
            f"[yellow]warning:[/] {len(report.contradictions)} 'same' decisions contradict "
            "'different' ones and were not applied; see `headcount review`"
        )
    from headcount.pipeline import after_link  # the pipeline's next step, not linkage's

    hits = after_link(registry, ws.root)
    if hits:
        err_console.print(f"{hits} new hit(s) for saved trace cases: see `headcount trace --watch`")


DEDUPE_HELP = """Find the same people in any table(s) of people: output the rows with cluster ids.

Columns are detected from common header names (name/full_name, first_name,
surname, patronymic, dob/date_of_birth, by/bm/bd, place/city/birth_place,
postcode, email, gender, occupation...) or named with the options. Names may be
in any script and order. A model is trained on the table itself. Several files
are linked together (column source_file tells which); with
--each-deduplicated rows of one file are never merged with each other.

Output: the input rows with cluster_id (row number of the cluster's first row)
and match_probability (empty for rows alone).

Example:

    printf 'name,dob\\nRam Bahadur Thapa,1990-01-02\\nТхапа Рам Бахадур,1990-01-02\\n' > p.csv
    headcount dedupe p.csv --out clusters.csv
"""


def dedupe(
    files: Annotated[list[Path], typer.Argument(help="CSV, TSV, Parquet or JSON(L) tables.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output CSV (default: stdout).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Column with the whole name.")] = None,
    first_name: Annotated[str | None, typer.Option(help="Column with given names.")] = None,
    surname: Annotated[str | None, typer.Option(help="Column with surnames.")] = None,
    patronymic: Annotated[str | None, typer.Option(help="Column with patronymics.")] = None,
    dob: Annotated[
        str | None, typer.Option(help="Column with dates of birth (any common form).")
    ] = None,
    birth_year: Annotated[str | None, typer.Option(help="Column with years of birth.")] = None,
    death_date: Annotated[str | None, typer.Option(help="Column with dates of death.")] = None,
    place: Annotated[
        str | None, typer.Option(help="Column with a place (birth place, city).")
    ] = None,
    extra: Annotated[
        list[str] | None, typer.Option(help="More columns compared by exact match (repeat).")
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(help="Match probability at which rows join (default: the model's cut-off)."),
    ] = None,
    each_deduplicated: Annotated[
        bool, typer.Option(help="Rows of one file are distinct people: never merge them.")
    ] = False,
    engine: EngineOpt = None,
    fmt: FormatOpt = OutputFormat.table,
) -> None:
    import pandas as pd

    from headcount.link.dedupe import dedupe_table, read_table

    frames = []
    for f in files:
        if not f.is_file():
            raise _fail(f"no file {f}")
        frames.append(read_table(f).assign(source_file=f.name) if len(files) > 1 else read_table(f))
    df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    extras = [*(extra or []), *([place] if place else [])]
    named: dict[str, Any] = {
        "name": name,
        "given_name": first_name,
        "surname": surname,
        "patronymic": patronymic,
        "birth_date": dob,
        "birth_year": birth_year,
        "death_date": death_date,
        "extra": extras,
    }
    try:
        with _Steps(["standardise", "train", "predict", "cluster"]) as step:
            result = dedupe_table(
                df, threshold=threshold, engine=engine or EngineName.duckdb, on_step=step,
                dedup_group="source_file" if each_deduplicated and len(files) > 1 else None,
                **named,
            )  # fmt: skip
    except KeyError as exc:
        raise _fail(str(exc.args[0])) from None
    except EngineUnavailable as exc:
        raise _fail(str(exc)) from None
    if out is None:
        safe_frame(result).to_csv(typer.get_text_stream("stdout"), index=False)
        return
    safe_frame(result).to_csv(out, index=False)
    sizes = result["cluster_id"].value_counts()
    cut = result.attrs["cut"]
    emit(
        [{"rows": len(result), "clusters": len(sizes),
          "rows_in_clusters_of_2_plus": int(sizes[sizes > 1].sum()),
          "threshold": round(float(result.attrs["threshold"]), 3),
          "expected_precision": round(cut.expected_precision, 3),
          "expected_recall": round(cut.expected_recall, 3), "out": str(out)}],
        fmt, title="Dedupe",
    )  # fmt: skip


REVIEW_HELP = """The review queue: uncertain pairs, biggest effect on the counts first.

Without a subcommand, lists the queue; `decide` records a verdict on a pair,
`person` confirms or rejects a person. Decisions are kept with who and when
and applied by the next `headcount link`.

Example:

    headcount review -w ws --limit 10
    headcount review decide MENTION1 MENTION2 same --who anna --note "same photo"
"""

review_app = typer.Typer(
    help=REVIEW_HELP,
    invoke_without_command=True,
    no_args_is_help=False,
)


@review_app.callback()
def review(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="How many pairs to list.")] = 20,
    ws_path: WorkspaceOpt = None,
    fmt: FormatOpt = OutputFormat.table,
) -> None:
    """List the pairs to review, biggest effect on the counts first.

    Example:

        headcount review -w ws --limit 10 && headcount review decide M1 M2 same --who anna
    """
    if ctx.invoked_subcommand:
        return
    from headcount.link.review import review_queue

    rows = review_queue(_registry(_workspace(ws_path)), limit)
    if fmt is OutputFormat.table:
        rows = [{"left": r["left"], "right": r["right"], "p": r["probability"],
                 "effect": r["effect"], "priority": r["priority"],
                 "left name": r["left_name"], "right name": r["right_name"],
                 "left dates": r["left_dates"], "right dates": r["right_dates"]}
                for r in rows]  # fmt: skip
    if not rows and fmt is OutputFormat.table:
        console.print("Nothing to review.")
        return
    emit(rows, fmt, title="Review queue")


@review_app.command("decide")
def decide(
    left: Annotated[str, typer.Argument(help="Mention id.")],
    right: Annotated[str, typer.Argument(help="The other mention id.")],
    verdict: Annotated[PairVerdict, typer.Argument(help="same, different or unsure.")],
    who: Annotated[str, typer.Option(help="Who decides (kept with the decision).")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    ws_path: WorkspaceOpt = None,
) -> None:
    """Record a decision on a pair of mentions; the next `headcount link` applies it.

    Example:

        headcount review decide 3f2a... 9bc1... different --who anna --note "other birth year"
    """
    from headcount.link.decisions import DecisionError, record_decision

    try:
        did = record_decision(_registry(_workspace(ws_path)), left, right, verdict.value, who, note)
    except DecisionError as exc:
        raise _fail(str(exc)) from None
    console.print(f"Decision {did} recorded; run `headcount link` to apply it.")


@review_app.command("person")
def decide_person(
    person: Annotated[str, typer.Argument(help="Person id.")],
    verdict: Annotated[str, typer.Argument(help="confirm or reject.")],
    who: Annotated[str, typer.Option(help="Who decides.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    ws_path: WorkspaceOpt = None,
) -> None:
    """Confirm or reject a person record.

    Example:

        headcount review person p1a2b3c4d5e6f708 confirm --who anna
    """
    from headcount.link.decisions import DecisionError, record_decision

    try:
        did = record_decision(_registry(_workspace(ws_path)), person, None, verdict, who, note)
    except DecisionError as exc:
        raise _fail(str(exc)) from None
    console.print(f"Decision {did} recorded; run `headcount link` to apply it.")


def register(app: typer.Typer) -> None:
    """Add `link`, `dedupe` and `review` to ``app``."""
    app.command("link", help=LINK_HELP)(link)
    app.command("dedupe", help=DEDUPE_HELP)(dedupe)
    app.add_typer(review_app, name="review")


__all__ = ["register"]
