"""A real kill (SIGKILL) in the middle of an ingest leaves a registry the next run completes."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from headcount.settings import init_workspace

N_FILES = 400


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM document").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_killed_ingest_is_consistent_and_completed_by_the_next_run(tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "ws")
    pages = ws.root / "pages"
    pages.mkdir()
    for i in range(N_FILES):
        (pages / f"{i:04d}.txt").write_text(f"Погиб рядовой Номер{i} Иван, {i} сообщение.", "utf-8")
    (ws.sources_dir / "vk.yml").write_text("name: vk\nkind: social\npaths: [pages]\n", "utf-8")
    cmd = [sys.executable, "-m", "headcount", "ingest", "-w", str(ws.root), "vk"]
    env = {**os.environ, "HEADCOUNT_DATABASE_URL": ""}
    db = ws.root / "registry.sqlite"

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert 0 < stored < N_FILES, "the kill should land mid-run; make the corpus bigger"

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, archive_path FROM document").fetchall()
        (state,) = conn.execute("SELECT state FROM ingest_run").fetchone()
    assert state == "running"  # the interrupted run is visible as such
    for doc_id, rel in rows:  # every stored document has its bytes archived intact
        assert hashlib.sha256((ws.archive_dir / rel).read_bytes()).hexdigest() == doc_id

    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _count(db) == N_FILES
