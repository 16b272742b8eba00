"""The whole pipeline on a workspace, stage after stage, as `make demo` runs it.

Each stage is its own package and command; this module only runs them in
order for the bundled example, so that the demo command, the browser tests
and the benchmarks build the same workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from headcount.ingest.run import IngestReport, ingest
from headcount.ingest.workspace import declared_paths, load_sources
from headcount.settings import Workspace, init_workspace
from headcount.store import open_registry

Step = Callable[[str, int, int], None]  # stage, done, total


@dataclass
class DemoRun:
    """What building the example workspace did, stage by stage."""

    workspace: Workspace
    engine: Engine
    people: int
    ingest: list[IngestReport] = field(default_factory=list)
    extract: Any = None
    link: Any = None
    report: Path | None = None

    @property
    def link_model(self) -> str | None:
        """The linkage model this run used, as JSON text (to reuse in a later run)."""
        from headcount.link.train import model_dir

        if self.link is None:
            return None
        return (model_dir(self.workspace.root) / self.link.model).read_text("utf-8")

    @property
    def errors(self) -> int:
        failed = len(self.extract.failed) if self.extract is not None else 0
        return sum(len(r.errors) for r in self.ingest) + failed


def after_link(engine: Engine, root: Path | None) -> int:
    """What follows a link run outside linkage: saved trace cases are re-checked against
    the new persons (``trace.cases.check_watches``). Returns the number of new hits.

    Linkage does not import trace; the link command and :func:`build_demo` call this.
    """
    from headcount.trace.cases import check_watches

    return check_watches(engine, root)


def build_demo(
    root: Path,
    *,
    people: int = 300,
    seed: int = 2022,
    on_step: Step | None = None,
    planner: Any = None,
    report: bool = True,
    link_model: str | None = None,
) -> DemoRun:
    """Generate the example corpus into ``root``; ingest, extract, link; write the report.

    ``planner``: who exists and who reports whom (:data:`headcount.demo.generate.Planner`;
    default the bundled example); ``report=False`` skips the HTML report. ``link_model``
    (a saved model's JSON, e.g. :attr:`DemoRun.link_model` of an earlier run) links with
    that model instead of training one: a simulation trains once per scenario.
    """
    from headcount.demo import generate
    from headcount.extract.store import run_extract
    from headcount.link.run import link_registry
    from headcount.link.train import Model, model_dir, save_model
    from headcount.stats import write_report

    step = on_step or (lambda _stage, _done, _total: None)
    corpus = (
        generate(root, seed=seed, people=people)
        if planner is None
        else generate(root, seed=seed, people=people, planner=planner)
    )
    ws = init_workspace(root, "headcount demo")
    engine = open_registry(ws.database_url)
    run = DemoRun(workspace=ws, engine=engine, people=corpus.people)
    sources = load_sources(ws)
    for i, src in enumerate(sources):
        step("ingest", i, len(sources))
        run.ingest.append(
            ingest(engine, ws.archive_dir, src, declared_paths(ws, src), base=ws.root)
        )
    step("ingest", len(sources), len(sources))
    run.extract = run_extract(engine, progress=lambda done, total: step("extract", done, total))
    step("link", 0, 1)
    if link_model is not None:
        save_model(Model.from_json(link_model), model_dir(ws.root))
    run.link = link_registry(engine, ws.root, retrain=link_model is None)
    after_link(engine, ws.root)
    step("link", 1, 1)
    if not report:
        return run
    step("report", 0, 1)
    run.report = write_report(engine, ws, ws.root / "report.html")
    step("report", 1, 1)
    return run
