"""Searching while a researcher uploads a trace list (``python bench/web.py --during-upload``).

On a demo workspace (built with ``headcount demo`` when the folder is empty), the app
is served by ``headcount serve``; 20 clients search by name (each a search, a pause of
``--think`` seconds, the next), first alone for a few seconds, then while a researcher
uploads a 5,000-row list of missing people to ``/trace`` and it is matched. Reports
the searches' latency before and during the upload, failures (any status but 200, or a
connection error), the upload's own time and status, and /api/v1/health meanwhile.
Adds (or replaces) a section of bench/results/web.md.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from common import RESULTS, markdown_table

USER, PASSWORD = "bench-researcher", "bench passphrase 2024 correct horse"
SECTION = "## Searching while a trace list is matched"


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def ensure_demo(root: Path) -> None:
    if not (root / "registry.sqlite").exists():
        print(f"building the demo workspace in {root}…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "headcount", "demo", str(root)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    env = {**os.environ, "HEADCOUNT_NEW_PASSWORD": PASSWORD}
    subprocess.run([sys.executable, "-m", "headcount", "user", "add", USER, "--role",
                    "researcher", "-w", str(root)], env=env, capture_output=True)  # fmt: skip


def trace_list(names: list[str], rows: int, rng: random.Random) -> bytes:
    from headcount.names import latin_key

    lines = ["full_name,date_of_birth,country"]
    for i in range(rows):
        name = latin_key(rng.choice(names)) or f"Person {i}"
        if i % 3 == 0:  # people the registry does not know
            name = f"{name.split()[0]} {uuid.UUID(int=rng.getrandbits(128)).hex[:6].title()}"
        born = f"19{rng.randint(60, 99)}-0{rng.randint(1, 9)}-1{i % 10}"
        lines.append(f"{name.title()},{born},Russia")
    return ("\n".join(lines) + "\n").encode()


class Session:
    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.cookie = ""

    def reconnect(self) -> None:  # the server closes idle keep-alive connections
        self.conn.close()
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:  # fmt: skip
        h = {**(headers or {}), **({"Cookie": self.cookie} if self.cookie else {})}
        self.conn.request(method, path, body=body, headers=h)
        r = self.conn.getresponse()
        data = r.read()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                self.cookie = v.split(";", 1)[0]
        return r.status, data


def login(port: int) -> Session:
    s = Session(port)
    token = json.loads(s.request("GET", "/api/v1/session")[1])["csrf_token"]
    form = urlencode({"username": USER, "password": PASSWORD, "csrf_token": token}).encode()
    s.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
    return s


def upload(s: Session, body: bytes, out: dict[str, Any]) -> None:
    s.reconnect()
    token = json.loads(s.request("GET", "/api/v1/session")[1])["csrf_token"]
    boundary = "hcbench" + uuid.uuid4().hex
    parts = [
        f"--{boundary}\r\nContent-Disposition: form-data; "
        f'name="csrf_token"\r\n\r\n{token}\r\n'.encode(),
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="list.csv"\r\n'
        "Content-Type: text/csv\r\n\r\n".encode()
        + body
        + b"\r\n",
        f"--{boundary}--\r\n".encode(),
    ]
    t0 = time.perf_counter()
    kind = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    status, page = s.request("POST", "/trace", b"".join(parts), kind)
    out.update(status=status, seconds=time.perf_counter() - t0,
               matched=len(re.findall(rb"<tr", page)))  # fmt: skip


def client(port: int, qs: list[str], think: float, stop: threading.Event,
           log: list[tuple[float, float, bool]], seed: int) -> None:  # fmt: skip
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        q = rng.choice(qs)
        t0 = time.perf_counter()
        ok = False
        try:
            conn.request("GET", f"/api/v1/search?q={quote(q)}")
            r = conn.getresponse()
            r.read()
            ok = r.status == 200
        except OSError:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        log.append((t0, time.perf_counter() - t0, ok))
        time.sleep(think * rng.uniform(0.5, 1.5))


def run(root: Path, clients: int, rows: int, think: float, workers: int) -> str:
    from web import free_port, serve  # the bench's own server start

    ensure_demo(root)
    with sqlite3.connect(root / "registry.sqlite") as c:
        names = [r[0] for r in c.execute("SELECT name FROM person WHERE name IS NOT NULL")]
    rng = random.Random(5)
    qs = [" ".join(n.split()[:2]) for n in names]
    body = trace_list(names, rows, rng)
    port = free_port()
    proc = serve(root, port, workers)
    stop = threading.Event()
    log: list[tuple[float, float, bool]] = []
    health: list[tuple[float, float]] = []
    threads = [threading.Thread(target=client, args=(port, qs, think, stop, log, i))
               for i in range(clients)]  # fmt: skip
    try:
        researcher = login(port)  # before the clients start: argon2 is slow on purpose
        for t in threads:
            t.start()
        time.sleep(5.0)  # searches alone
        up: dict[str, Any] = {}
        t_up = time.perf_counter()
        uploader = threading.Thread(target=upload, args=(researcher, body, up))
        uploader.start()
        h = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while uploader.is_alive():
            t0 = time.perf_counter()
            h.request("GET", "/api/v1/health")
            h.getresponse().read()
            health.append((t0, time.perf_counter() - t0))
            time.sleep(0.25)
        uploader.join()
        t_done = time.perf_counter()
        stop.set()
        for t in threads:
            t.join()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    before = [d for t0, d, _ in log if t0 < t_up]
    during = [d for t0, d, _ in log if t_up <= t0 < t_done]
    fails = [sum(1 for t0, _, ok in log if not ok and a <= t0 < b) for a, b in
             ((0, t_up), (t_up, t_done))]  # fmt: skip
    hd = [d for _, d in health]
    worst = max(((t0 - t_up, d) for t0, d, _ in log if t_up <= t0 < t_done),
                default=(0.0, 0.0), key=lambda x: x[1])  # fmt: skip

    def row(label: str, xs: list[float], failed: int) -> list[object]:
        return [label, len(xs), failed, f"{pct(xs, 50) * 1000:.1f}", f"{pct(xs, 95) * 1000:.1f}",
                f"{pct(xs, 99) * 1000:.1f}", f"{max(xs, default=0) * 1000:.0f}"]  # fmt: skip

    table = markdown_table(
        ["searches", "requests", "failed", "p50 ms", "p95 ms", "p99 ms", "max ms"],
        [
            row("20 clients, before the upload (5 s)", before, fails[0]),
            row(f"20 clients, during the upload ({t_done - t_up:.1f} s)", during, fails[1]),
            row("/api/v1/health every 0.25 s, during the upload", hd, 0),
        ],
    )
    load = os.getloadavg()
    return f"""{SECTION}

`python bench/web.py --during-upload DEMO_DIR --workers {workers}` on the demo workspace
(`headcount demo`, {len(names):,} persons), served by `headcount serve --workers {workers}`.
{clients} clients search by name (each: a search, a pause of about {think:.2f} s, the next) for
5 s, then while a researcher uploads a {rows:,}-row list to `/trace` (a third of the names
unknown to the registry). The list is matched in a worker process of its own
(`headcount.web.jobs`). Same 2-core machine, shared; load average after the run:
{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}.

{table}
Upload: status {up.get("status")}, {up.get("seconds", float("nan")):.1f} s for {rows:,} rows.
The slowest search during the upload ({worst[1] * 1000:.0f} ms) started {worst[0]:.1f} s after it.
Aim: search p95 ≤ 50 ms during the upload and no request fails.
"""


def record(section: str) -> Path:
    out = RESULTS / "web.md"
    old = out.read_text("utf-8") if out.exists() else ""
    if SECTION in old:
        old = old[: old.index(SECTION)].rstrip() + "\n"
    out.write_text((old + "\n" if old else "") + section, "utf-8")
    return out
