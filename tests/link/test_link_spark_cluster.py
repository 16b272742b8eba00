"""The scale path: `headcount link --engine spark` on a Spark standalone cluster
(a master and a worker started here, not local mode) through ``[link] spark_master``,
with the registry on PostgreSQL, gives the persons DuckDB gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from spark_cluster import cluster_env, standalone_cluster

from headcount.link.engines import spark_available


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_link_on_a_standalone_cluster_with_a_postgres_registry(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = spark_available()
    if reason:
        if os.environ.get("HEADCOUNT_REQUIRE_SPARK") == "1":
            pytest.fail(f"HEADCOUNT_REQUIRE_SPARK=1 but {reason}")
        pytest.skip(reason)
    from headcount.pipeline import build_demo

    url = db_url.replace("postgresql+psycopg://", "postgresql://", 1)
    monkeypatch.setenv("HEADCOUNT_DATABASE_URL", url)
    run = build_demo(tmp_path / "demo", people=60, seed=7)
    assert run.engine.dialect.name == "postgresql"
    on_duckdb = run.link
    root = run.workspace.root
    run.engine.dispose()

    work = tmp_path / "spark"
    work.mkdir()
    with standalone_cluster(work) as master:
        config = root / "headcount.toml"
        config.write_text(config.read_text("utf-8") + f'\n[link]\nspark_master = "{master}"\n')
        env = cluster_env()
        env["HEADCOUNT_DATABASE_URL"] = url
        done = subprocess.run(
            [sys.executable, "-m", "headcount", "link", "-w", str(root), "--engine", "spark",
             "--format", "json"],
            env=env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        master_log = (work / "master.log").read_text(errors="replace")
    assert done.returncode == 0, done.stderr[-3000:]
    (row,) = json.loads(done.stdout)
    assert row["engine"] == "spark"
    assert "Registering app headcount-link" in master_log  # the job ran on the cluster
    assert row["mentions"] == on_duckdb.mentions
    assert row["pairs"] == on_duckdb.pairs
    assert row["persons"] == on_duckdb.persons
