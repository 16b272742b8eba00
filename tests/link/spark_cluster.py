"""A Spark standalone cluster on this machine for the tests: one master, one worker.

Started from the ``spark-class`` launcher that ships inside pyspark, on loopback,
on free ports; stopped (and its work folders removed) when the test ends.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, proc: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"Spark process ended early: {tail}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise RuntimeError(f"Spark did not listen on {port} within {seconds:.0f} s")


def cluster_env() -> dict[str, str]:
    """What the master, the worker and the driver share: loopback, this Python."""
    env = dict(os.environ)
    env["SPARK_LOCAL_IP"] = "127.0.0.1"
    env["PYSPARK_PYTHON"] = sys.executable
    env["PYSPARK_DRIVER_PYTHON"] = sys.executable
    return env


@contextmanager
def standalone_cluster(work: Path, cores: int = 1, memory: str = "1g") -> Iterator[str]:
    """A master and one worker; yields the master URL (spark://127.0.0.1:PORT)."""
    import pyspark

    launcher = Path(pyspark.__file__).parent / "bin" / "spark-class"
    env = cluster_env()
    env["SPARK_HOME"] = str(launcher.parent.parent)
    env["SPARK_WORKER_DIR"] = str(work / "worker")
    port = _free_port()
    url = f"spark://127.0.0.1:{port}"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        mlog = work / "master.log"
        master = subprocess.Popen(
            [str(launcher), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
             "--port", str(port), "--webui-port", str(_free_port())],
            env=env, stdout=mlog.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        procs.append(master)
        _wait_for(port, master, mlog)
        wport = _free_port()
        wlog = work / "worker.log"
        worker = subprocess.Popen(
            [str(launcher), "org.apache.spark.deploy.worker.Worker", url, "--host", "127.0.0.1",
             "--port", str(wport), "--webui-port", str(_free_port()), "--cores", str(cores),
             "--memory", memory],
            env=env, stdout=wlog.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        procs.append(worker)
        _wait_for(wport, worker, wlog)
        _wait_registered(mlog)
        yield url
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)


def _wait_registered(log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if "Registering worker" in log.read_text(errors="replace"):
            return
        time.sleep(0.5)
    raise RuntimeError("the Spark worker did not register with the master")
