"""Web app benchmark: search latency and throughput on a registry of 1,000,000 persons.

Generates synthetic persons (invented names from the demo pools and combinations
of their stems, Zipf-like frequencies) straight into a SQLite registry with the
search index, serves the app with uvicorn on a free loopback port (one worker, in
its own process), and drives ``/api/v1/search`` from a load generator on this
machine: first one client at a time (latency), then several at once (throughput).
Writes bench/results/web.md.

    python bench/web.py                       # 1,000,000 persons
    python bench/web.py --persons 100000 --seconds 10
    python bench/web.py --keep bench-ws --no-cache   # the app's search cache off

The three phases (warm-up, latency, throughput) take disjoint slices of the query list,
so the app's few-second result cache is not fed the very queries it is then asked.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
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
REGIONS = ["RU-BU", "RU-TY", "RU-SAM", "RU-SVE", "RU-KDA", "RU-MOS", "RU-ZAB", "RU-IRK",
           "RU-NVS", "RU-BA", "RU-TA", "RU-ROS", "RU-VGG", "RU-CHE", "RU-PER", "RU-OMS"]
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
            prow.append((pid, "active", grade, "synthetic", name, born, died, region, "RU", status,
                         1, 1, 0, "[]", NOW, NOW))
            keys = sorted(token_keys([*toks(sur), *toks(giv), *toks(pat)]))
            srow.append((pid, name, latin_key(name)[:128], 3, grade, status, channel,
                         region, "RU", born, died, NOW))
            trow += [(t, pid) for t in keys]
            if rng.random() < 0.001:
                samples.append((sur, giv, pat))
        with conn:
            conn.executemany(
                "INSERT INTO person (id, state, grade, grade_rule, name, birth_date, death_date,"
                " region, citizenship, status, mentions, sources, conflicts, status_history,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", prow)
            conn.executemany(
                "INSERT INTO search_person (person_id, name, sort_key, tokens, grade, status,"
                " channel, region, citizenship, birth_date, death_date, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", srow)
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


def serve(ws_root: Path, port: int, cache: bool = True) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HEADCOUNT_WORKSPACE": str(ws_root),
           "HEADCOUNT_WEB_SEARCH_PER_MINUTE": "0"}
    if not cache:
        env["HEADCOUNT_WEB_SEARCH_CACHE_SECONDS"] = "0"
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "headcount.web.serve:app", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning"],
        env=env,
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


def drive(port: int, qs: list[str], clients: int, seconds: float | None, count: int | None,
          start: int = 0) -> tuple[list[float], float, int]:
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


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--persons", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=20.0, help="length of the throughput run")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients of that run")
    ap.add_argument("--latency-requests", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the workspace here")
    ap.add_argument("--no-cache", action="store_true", help="turn the app's search cache off")
    args = ap.parse_args()
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
            rows = c.execute("SELECT name FROM search_person WHERE rowid % 1000 = 0").fetchall()
        samples = [tuple(r[0].split()[:3]) for r in rows]  # type: ignore[misc]
    gen_s = time.perf_counter() - t0
    rng = random.Random(1)
    qs = queries(samples[:1000], rng)  # 6 forms each: ~6,000 queries
    port = free_port()
    t0 = time.perf_counter()
    proc = serve(root, port, cache=not args.no_cache)
    start_s = time.perf_counter() - t0
    try:
        warm = 300
        drive(port, qs, 2, None, warm)  # warm up (pymorphy, SQLite's page cache)
        lat1, el1, err1 = drive(port, qs, 1, None, args.latency_requests, start=warm)
        latn, eln, errn = drive(port, qs, args.clients, args.seconds, None,
                                start=warm + args.latency_requests)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    size_mb = db.stat().st_size / 1e6
    rows = [
        ["1 client", len(lat1), f"{pct(lat1, 50):.1f}", f"{pct(lat1, 95):.1f}",
         f"{pct(lat1, 99):.1f}", f"{len(lat1) / el1:.0f}", err1],
        [f"{args.clients} clients", len(latn), f"{pct(latn, 50):.1f}", f"{pct(latn, 95):.1f}",
         f"{pct(latn, 99):.1f}", f"{len(latn) / eln:.0f}", errn],
    ]
    table = markdown_table(
        ["load", "requests", "p50 ms", "p95 ms", "p99 ms", "requests/s", "empty or failed"], rows)
    made = f"generated in {gen_s:.0f} s" if have == 0 else "reused from an earlier run (--keep)"
    command = (f"python bench/web.py --persons {args.persons} --seconds {args.seconds:g}"
               f" --clients {args.clients}" + (" --no-cache" if args.no_cache else ""))
    md = f"""# Web app: search on {args.persons:,} persons

`{command}`

Synthetic persons (invented Cyrillic names: {len(surname_pool(random.Random(7))):,} surnames with
Zipf-like frequencies, the demo's given names and patronymics) written straight into a SQLite
registry with the search index ({size_mb:,.0f} MB; {made}). The app runs
under uvicorn, one worker process, on loopback; the load generator (Python threads with
keep-alive connections) runs on the same machine ({os.cpu_count()} CPU cores, shared).
App start on this registry: {start_s:.1f} s.

Queries: `GET /api/v1/search?q=…` with names of persons in the registry, in the forms people
type — "Surname Given" in Cyrillic, the genitive ("Ивана Петрова"), the Latin passport
spelling ("Ivan Petrov"), the full name with patronymic, the surname alone in Cyrillic and in
Latin. Each returns the first page (20) of the ranked matches and the total count. Rate
limiting is off for the run. The app's search cache (counts for 30 s, result pages for
5 s) is {"off" if args.no_cache else "on"}; warm-up, latency and throughput runs ask disjoint
slices of the {len(qs):,} queries (a popular surname alone still recurs: that is the mix).

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
