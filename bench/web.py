"""Web app benchmark: search latency and throughput on a registry of 1,000,000 persons.

Generates synthetic persons (invented names from the demo pools and combinations
of their stems, Zipf-like frequencies) straight into a SQLite registry with the
search index, serves the app with ``headcount serve --workers N`` on a free
loopback port, and drives ``/api/v1/search`` from a load generator on this
machine: first one client at a time (latency), then several at once (throughput).
The generator is wrk (a Lua script rotates through the query URLs) when it is
installed, else Python threads. Writes bench/results/web.md.

    python bench/web.py                       # 1,000,000 persons
    python bench/web.py --persons 100000 --seconds 10
    python bench/web.py --keep bench-ws --no-cache   # the app's search cache off
    python bench/web.py --keep bench-ws --workers 1 --generator python
    python bench/web.py --during-upload demo-ws --workers 1   # search during a trace upload

The three phases (warm-up, latency, throughput) take disjoint slices of the query list,
so the app's few-second result cache is not fed the very queries it is then asked.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

from common import markdown_table, write_result

from headcount.demo import pools
from headcount.demo.names import inflect_given, inflect_surname
from headcount.names import latin_key, loose_token, tokens
from headcount.settings import init_workspace
from headcount.store import open_registry
from headcount.web.index import token_keys

SUFFIXES = ("ов", "ев", "ин", "ский", "енко", "ук", "ых", "цев", "ников", "ёнок")
REGIONS = [
    "RU-BU",
    "RU-TY",
    "RU-SAM",
    "RU-SVE",
    "RU-KDA",
    "RU-MOS",
    "RU-ZAB",
    "RU-IRK",
    "RU-NVS",
    "RU-BA",
    "RU-TA",
    "RU-ROS",
    "RU-VGG",
    "RU-CHE",
    "RU-PER",
    "RU-OMS",
]
STATUSES = ["killed"] * 8 + ["missing", "captured"]
CHANNELS = [None, "contract", "mobilised", "prisoner", "pmc", "volunteer_formation"]
NOW = "2025-01-01T00:00:00+00:00"


def surname_pool(rng: random.Random, size: int = 20_000) -> list[str]:
    base = list(dict.fromkeys(pools.SURNAMES_RU))
    stems = sorted({s[: rng.randint(3, max(3, len(s) - 2))] for s in base})
    out = list(base)
    seen = set(out)
    while len(out) < size:
        name = rng.choice(stems) + rng.choice(stems)[:2].lower() + rng.choice(SUFFIXES)
        name = name[0].upper() + name[1:].lower()
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def zipf_weights(n: int, offset: float = 5.0) -> list[float]:
    return [1.0 / (i + offset) for i in range(n)]


def generate(db: Path, persons: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """Write persons and their search index; returns (surname, given, patronymic) samples."""
    rng = random.Random(seed)
    surnames = surname_pool(rng)
    given = list(pools.GIVEN_RU_M)
    fathers = list(pools.FATHERS_RU.values())
    sw, gw = zipf_weights(len(surnames)), zipf_weights(len(given), 3)
    tok_cache: dict[str, list[str]] = {}

    def toks(word: str) -> list[str]:
        if word not in tok_cache:
            tok_cache[word] = [loose_token(t) for t in tokens(word)]
        return tok_cache[word]

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous=OFF")
    samples: list[tuple[str, str, str]] = []
    batch = 50_000
    for start in range(0, persons, batch):
        n = min(batch, persons - start)
        s_names = rng.choices(surnames, sw, k=n)
        g_names = rng.choices(given, gw, k=n)
        p_names = rng.choices(fathers, k=n)
        prow, srow, trow = [], [], []
        for i in range(n):
            pid = f"p{start + i:015x}"
            sur, giv, pat = s_names[i], g_names[i], p_names[i]
            name = f"{sur} {giv} {pat}"
            born = f"{rng.randint(1960, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            died = f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            status = rng.choice(STATUSES)
            grade = "confirmed" if rng.random() < 0.6 else "pending"
            region, channel = rng.choice(REGIONS), rng.choice(CHANNELS)
            prow.append(
                (
                    pid,
                    "active",
                    grade,
                    "synthetic",
                    name,
                    born,
                    died,
                    region,
                    "RU",
                    status,
                    1,
                    1,
                    0,
                    "[]",
                    NOW,
                    NOW,
                )
            )
            keys = sorted(token_keys([*toks(sur), *toks(giv), *toks(pat)]))
            srow.append(
                (
                    pid,
                    name,
                    latin_key(name)[:128],
                    3,
                    grade,
                    status,
                    channel,
                    region,
                    "RU",
                    born,
                    died,
                    NOW,
                )
            )
            trow += [(t, pid) for t in keys]
            if rng.random() < 0.004:
                samples.append((sur, giv, pat))
        with conn:
            conn.executemany(
                "INSERT INTO person (id, state, grade, grade_rule, name, birth_date, death_date,"
                " region, citizenship, status, mentions, sources, conflicts, status_history,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                prow,
            )
            conn.executemany(
                "INSERT INTO search_person (person_id, name, sort_key, tokens, grade, status,"
                " channel, region, citizenship, birth_date, death_date, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                srow,
            )
            conn.executemany("INSERT INTO search_token (token, person_id) VALUES (?,?)", trow)
        print(f"  {start + n:,} persons", file=sys.stderr, end="\r")
    conn.execute("ANALYZE")
    conn.close()
    print(file=sys.stderr)
    return samples


def queries(samples: list[tuple[str, str, str]], rng: random.Random) -> list[str]:
    """The forms a family or a case worker types: both scripts, cases, orders, partial."""
    out = []
    for sur, giv, pat in samples:
        out += [
            f"{sur} {giv}",
            f"{inflect_given(giv, 'gen')} {inflect_surname(sur, 'gen')}",
            f"{latin_key(giv).title()} {latin_key(sur).title()}",
            f"{sur} {giv} {pat}",
            sur,
            latin_key(sur).title(),
        ]
    rng.shuffle(out)
    return out


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(ws_root: Path, port: int, workers: int, cache: bool = True) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HEADCOUNT_WEB_SEARCH_PER_MINUTE": "0"}
    if not cache:
        env["HEADCOUNT_WEB_SEARCH_CACHE_SECONDS"] = "0"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "headcount",
            "serve",
            "-w",
            str(ws_root),
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--no-access-log",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    for _ in range(600):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/api/v1/health")
            if c.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the app did not start")


def drive(
    port: int, qs: list[str], clients: int, seconds: float | None, count: int | None, start: int = 0
) -> tuple[list[float], float, int]:
    """(latencies in ms, elapsed seconds, errors) of GET /api/v1/search from ``clients`` threads,
    asking ``qs`` in turn from ``start`` on."""
    lat: list[float] = []
    errors = 0
    lock = threading.Lock()
    next_i = [start]
    stop = time.perf_counter() + seconds if seconds else None

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        bad = 0
        while True:
            with lock:
                i = next_i[0]
                next_i[0] += 1
            if (count is not None and i >= start + count) or (stop and time.perf_counter() > stop):
                break
            q = qs[i % len(qs)]
            t0 = time.perf_counter()
            conn.request("GET", "/api/v1/search?q=" + quote(q))
            resp = conn.getresponse()
            body = resp.read()
            mine.append((time.perf_counter() - t0) * 1000)
            if resp.status != 200 or not json.loads(body)["results"]:
                bad += 1
        with lock:
            lat.extend(mine)
            errors += bad

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return lat, time.perf_counter() - t0, errors


# wrk: each thread rotates through the URL paths in HC_PATHS from its own start; the
# summary (latency percentiles, errors, empty result lists) is printed as one JSON line
WRK_LUA = r"""
local paths = {}
for line in io.lines(os.getenv("HC_PATHS")) do paths[#paths + 1] = line end
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  i = id * math.floor(#paths / (tonumber(args[1]) or 1))
  bad = 0
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i - 1) % #paths + 1])
end
function response(status, headers, body)
  if status ~= 200 or body:find('"results":[]', 1, true) then bad = bad + 1 end
end
function done(summary, latency, requests)
  local empty = 0
  for _, t in ipairs(threads) do empty = empty + t:get("bad") end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%f,"p50":%f,"p95":%f,"p99":%f,"errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    empty + e.connect + e.read + e.write + e.timeout))
end
"""


def drive_wrk(
    port: int, qs: list[str], clients: int, seconds: float, start: int, work: Path
) -> dict[str, float]:
    """wrk's summary of GET /api/v1/search from ``clients`` connections for ``seconds``,
    asking ``qs`` in turn from ``start`` on."""
    paths = work / f"paths-{start}.txt"
    paths.write_text(
        "".join("/api/v1/search?q=" + quote(q) + "\n" for q in qs[start:] + qs[:start]), "utf-8"
    )
    script = work / "rotate.lua"
    script.write_text(WRK_LUA, "utf-8")
    out = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{clients}",
            f"-d{seconds:g}s",
            "--timeout",
            "30s",
            "-s",
            str(script),
            f"http://127.0.0.1:{port}",
            "--",
            "1",
        ],
        env={**os.environ, "HC_PATHS": str(paths)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def load_avg() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its children (Linux; 0 elsewhere)."""
    total, todo, tick = 0.0, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--persons", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=20.0, help="length of the throughput run")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients of that run")
    ap.add_argument(
        "--latency-requests",
        type=int,
        default=1000,
        help="length of the 1-client run (Python generator)",
    )
    ap.add_argument(
        "--latency-seconds", type=float, default=15.0, help="length of the 1-client run (wrk)"
    )
    ap.add_argument("--workers", type=int, default=2, help="app worker processes")
    ap.add_argument(
        "--generator",
        choices=("auto", "wrk", "python"),
        default="auto",
        help="load generator (auto: wrk if installed)",
    )
    ap.add_argument("--keep", type=Path, help="build (or reuse) the workspace here")
    ap.add_argument("--no-cache", action="store_true", help="turn the app's search cache off")
    ap.add_argument(
        "--during-upload",
        type=Path,
        metavar="DEMO_DIR",
        help="instead: 20 clients search a demo workspace while a 5,000-row trace list is "
        "uploaded (bench/web_upload.py; the demo is built there when missing)",
    )
    ap.add_argument("--think", type=float, default=0.25, help="with --during-upload: pause")
    args = ap.parse_args()
    if args.during_upload:
        from web_upload import record, run

        section = run(args.during_upload, 20, 5000, args.think, args.workers)
        print(section)
        print(f"written to {record(section)}", file=sys.stderr)
        return
    gen = args.generator
    if gen == "auto":
        gen = "wrk" if shutil.which("wrk") else "python"
    tmp = None
    if args.keep:
        root = args.keep
    else:
        tmp = tempfile.TemporaryDirectory(prefix="hc-web-bench-")
        root = Path(tmp.name) / "ws"
    ws = init_workspace(root, "web bench")
    db = root / "registry.sqlite"
    open_registry(ws.database_url).dispose()
    with sqlite3.connect(db) as c:
        have = c.execute("SELECT count(*) FROM search_person").fetchone()[0]
    t0 = time.perf_counter()
    if have == 0:
        print(f"generating {args.persons:,} persons…", file=sys.stderr)
        samples = generate(db, args.persons)
    else:
        with sqlite3.connect(db) as c:
            rows = c.execute("SELECT name FROM search_person WHERE rowid % 250 = 0").fetchall()
        samples = [tuple(r[0].split()[:3]) for r in rows]  # type: ignore[misc]
    gen_s = time.perf_counter() - t0
    rng = random.Random(1)
    qs = queries(samples[:4000], rng)  # 6 forms each: ~24,000 queries
    # disjoint slices: warm-up, one client, several clients (the run wraps round past the end)
    starts = (0, len(qs) // 4, len(qs) // 2)
    port = free_port()
    t0 = time.perf_counter()
    proc = serve(root, port, args.workers, cache=not args.no_cache)
    start_s = time.perf_counter() - t0
    loads = [load_avg()]
    # (requests, seconds, p50, p95, p99, empty or failed, app CPU seconds) of each run
    results: list[tuple[int, float, float, float, float, int, float]] = []
    # warm-up (pymorphy, SQLite's page cache), one client, several clients
    runs = (
        (2, 5.0, 300),
        (1, args.latency_seconds, args.latency_requests),
        (args.clients, args.seconds, None),
    )
    work = tempfile.TemporaryDirectory(prefix="hc-wrk-")
    try:
        for start, (clients, seconds, count) in zip(starts, runs, strict=True):
            cpu0 = server_cpu(proc.pid)
            if gen == "wrk":
                r = drive_wrk(port, qs, clients, seconds, start, Path(work.name))
                got = (
                    int(r["requests"]),
                    r["seconds"],
                    r["p50"],
                    r["p95"],
                    r["p99"],
                    int(r["errors"]),
                )
            else:
                lat, el, err = drive(
                    port, qs, clients, None if count else seconds, count, start=start
                )
                got = (len(lat), el, pct(lat, 50), pct(lat, 95), pct(lat, 99), err)
            results.append((*got, server_cpu(proc.pid) - cpu0))
            loads.append(load_avg())
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        work.cleanup()
    size_mb = db.stat().st_size / 1e6
    rows = [
        [
            label,
            n,
            f"{p50:.1f}",
            f"{p95:.1f}",
            f"{p99:.1f}",
            f"{n / el:.0f}",
            err,
            f"{1000 * cpu / n:.1f}" if cpu else "–",
            load,
        ]
        for label, (n, el, p50, p95, p99, err, cpu), load in zip(
            ("1 client", f"{args.clients} clients"), results[1:], loads[2:], strict=True
        )
    ]
    header = [
        "load",
        "requests",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "requests/s",
        "empty or failed",
        "app CPU ms per request",
        "load average after (1, 5, 15 min)",
    ]
    table = markdown_table(header, rows)
    made = f"generated in {gen_s:.0f} s" if have == 0 else "reused from an earlier run (--keep)"
    command = (
        f"python bench/web.py --persons {args.persons} --seconds {args.seconds:g}"
        f" --clients {args.clients} --workers {args.workers} --generator {gen}"
        + (" --no-cache" if args.no_cache else "")
    )
    generator = (
        "wrk (one thread, keep-alive connections; a Lua script rotates through the query URLs)"
        if gen == "wrk"
        else "Python threads with keep-alive connections"
    )
    workers = "one worker process" if args.workers == 1 else f"{args.workers} worker processes"
    md = f"""# Web app: search on {args.persons:,} persons

`{command}`

Synthetic persons (invented Cyrillic names: {len(surname_pool(random.Random(7))):,} surnames with
Zipf-like frequencies, the demo's given names and patronymics) written straight into a SQLite
registry with the search index ({size_mb:,.0f} MB; {made}). The app runs
as `headcount serve --workers {args.workers} --no-access-log` ({workers}) on loopback; the load
generator, {generator}, runs on the same machine ({os.cpu_count()} CPU cores, shared). Load
average before the runs: {loads[0]}. App start on this registry: {start_s:.1f} s.

Queries: `GET /api/v1/search?q=…` with names of persons in the registry, in the forms people
type — "Surname Given" in Cyrillic, the genitive ("Ивана Петрова"), the Latin passport
spelling ("Ivan Petrov"), the full name with patronymic, the surname alone in Cyrillic and in
Latin. Each returns the first page (20) of the ranked matches and the total count. Rate
limiting is off for the run. The app's search cache (counts for 30 s, result pages for
5 s) is {"off" if args.no_cache else "on"}; warm-up, latency and throughput runs ask disjoint
slices of the {len(qs):,} queries (a popular surname alone still recurs: that is the mix).
"App CPU ms per request" is the CPU time of the app's processes (all workers) during the
run divided by its requests: what the machine's cores must give for each search, whatever
else runs on them.

{table}
Aim: p95 ≤ 50 ms and ≥ 300 requests/s.
"""
    out = write_result("web", md)
    print(md)
    print(f"written to {out}", file=sys.stderr)
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
