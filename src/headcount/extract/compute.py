"""Where extraction runs: processes on this machine, or Spark — from the command's options
and the workspace's ``[extract]`` settings. Light to import (the CLI's help uses it)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: processes a run starts at most when asked for one per core
MAX_AUTO_WORKERS = 4


class Compute(StrEnum):
    """Where documents are read."""

    local = "local"  # this process, or a pool of processes on this machine
    spark = "spark"  # a Spark cluster (or Spark in local mode)


class SettingError(ValueError):
    """A setting in headcount.toml that cannot be used (the message names it)."""


@dataclass(frozen=True)
class Placement:
    compute: Compute
    workers: int
    spark_master: str | None

    def as_kwargs(self) -> dict[str, Any]:
        return {"compute": self.compute, "workers": self.workers,
                "spark_master": self.spark_master}


def placement(extract_conf: dict[str, Any], link_conf: dict[str, Any],
              compute: Compute | str | None = None, workers: int | None = None) -> Placement:
    """The options given, else ``[extract]`` (``engine``, ``workers``, ``spark_master``),
    else ``[link] spark_master``, else this machine with one process per CPU core
    (at most :data:`MAX_AUTO_WORKERS`)."""
    name = compute if compute is not None else extract_conf.get("engine", Compute.local)
    try:
        where = Compute(str(name))
    except ValueError:
        raise SettingError(f"[extract] engine = {name!r}: use 'local' or 'spark'") from None
    given = workers if workers is not None else extract_conf.get("workers", 0)
    if not isinstance(given, int) or isinstance(given, bool) or given < 0:
        raise SettingError(f"[extract] workers = {given!r}: use a whole number, 0 for one "
                           "per CPU core")
    n = given or min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
    master = extract_conf.get("spark_master") or link_conf.get("spark_master")
    return Placement(where, n, str(master) if master else None)
