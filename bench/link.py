"""Linkage accuracy and speed, through `headcount dedupe` as a user runs it.

For each labelled table of the shared data (fake_1000, FEBRL 3, FEBRL 4a x 4b,
RLdata500, historical_figures_with_errors_50k) and a cross-script people table
built from translit_ru/wd_russian_16 (`cross_script.py`) and a generated German
registry of 10,000 records in three seeds (`messy_people.py`: messy_de_10000,
messy_de_10000_s12, messy_de_10000_s13), the table is read and
deduplicated by the same functions the `headcount dedupe` command calls
(`read_table`, `dedupe_table`, with detected columns and default options, so the
cut-off is the model's; the truth columns are dropped first), and compared with
the ground truth: pairwise precision, recall and F1, with the cut-off and the
precision and recall it expected. Beside it, in the same run on the same data
and with the same identifying columns, two baselines (`plain_splink.py`): a
plain Splink model (names compared in either order) clustered at headcount's
cut-off, at the cut-off headcount's calibration chooses from the plain model's
own weights, and at its best cut-off of a grid (an oracle: it knows the truth);
and unidecode + Jaro-Winkler at 0.9 and at its best cut-off (oracle). A plain
training step that fails is named in the table. The bundled demo is built end
to end and its registry mentions go through the baselines too.

Cross-script names: for 2,000 sampled Latin tokens of translit_ru/wd_russian_16
(the table the transcription is tuned on) and 1,000 of each part of
wd_russian_64's split (`translit_split.py`: dev, for error analysis and rule
learning; test, reported only), every Cyrillic token of the file is ranked by
the linkage name comparison and, as a baseline in the same run, by unidecode (or
anyascii) + Jaro-Winkler; recall@1 and recall@5 are reported.

    python bench/link.py [--only fake_1000,febrl3] [--threshold 0.9] [--skip-translit]
                         [--demo-seeds 2022,3,5,7,11,13,17,19]
    python bench/link.py --translit-only [--translit-misses dev-misses.tsv]
        [--translit-tables wd16,dev,test] [--translit-sample 1000]
    python bench/link.py --scale 1000000   # generated mentions: headcount vs bare Splink
    python bench/link.py --scale 100000 --scale-modes duckdb,spark@local[2],\
        'spark@local-cluster[1,1,1024]','spark@local-cluster[2,1,1024]'
                                           # one model on DuckDB and on Spark (1, 2 executors)

Prints a markdown table and writes it to bench/results/link.md. The data is
read from ../shared/data (or $HEADCOUNT_SHARED_DATA); without it the benchmark
says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cross_script import people_table, read_pairs
from plain_splink import (
    JW_GRID,
    PROBABILITY_GRID,
    clusters_at,
    oracle,
    own_cut,
    pair_scores,
    plain_scores,
    plain_table,
    unidecode_jw,
)
from translit_search import KEEP, first_stage, rank, read_tokens, recall_at, sample_queries, wilson

from headcount.link.dedupe import dedupe_table, detect_columns, read_table
from headcount.link.evaluate import cluster_errors, demo_labels, scores
from headcount.link.run import load_mentions
from headcount.link.standardise import MENTION_COLUMNS, Columns

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(
    os.environ.get("HEADCOUNT_SHARED_DATA", Path(__file__).resolve().parents[1].parent / "shared"
                   / "data")
)  # fmt: skip
RESULTS = ROOT / "bench" / "results"


def _febrl_entity(rec_id: str) -> str:
    return rec_id.split("-")[1]


def datasets(data: Path) -> dict[str, Callable[[], tuple[pd.DataFrame, list[str], str | None]]]:
    """name -> loader of (table without truth, truth labels, deduplicated-group column)."""
    link = data / "linkage"

    def fake() -> tuple[pd.DataFrame, list[str], str | None]:
        df = read_table(link / "fake_1000.csv")
        return df.drop(columns=["cluster", "unique_id"]), list(df["cluster"]), None

    def febrl(n: int) -> Callable[[], tuple[pd.DataFrame, list[str], str | None]]:
        def load() -> tuple[pd.DataFrame, list[str], str | None]:
            df = read_table(link / "febrl" / f"dataset{n}.csv")
            return df.drop(columns=["rec_id"]), [_febrl_entity(r) for r in df["rec_id"]], None
        return load

    def febrl4() -> tuple[pd.DataFrame, list[str], str | None]:
        a = read_table(link / "febrl" / "dataset4a.csv").assign(file="4a")
        b = read_table(link / "febrl" / "dataset4b.csv").assign(file="4b")
        df = pd.concat([a, b], ignore_index=True)
        return df.drop(columns=["rec_id"]), [_febrl_entity(r) for r in df["rec_id"]], "file"

    def rldata() -> tuple[pd.DataFrame, list[str], str | None]:
        df = read_table(link / "rldata" / "RLdata500.csv")
        ident = pd.read_csv(link / "rldata" / "identity.RLdata500.csv")["identity"]
        return df, [str(int(x)) for x in ident], None

    def historical() -> tuple[pd.DataFrame, list[str], str | None]:
        df = read_table(link / "historical_figures_with_errors_50k.parquet")
        return df.drop(columns=["cluster", "unique_id"]), list(df["cluster"]), None

    def cross() -> tuple[pd.DataFrame, list[str], str | None]:
        df, truth = people_table(read_pairs(link / "translit_ru" / "wd_russian_16"))
        return df.drop(columns=["id"]), truth, None

    def messy(seed: int) -> Callable[[], tuple[pd.DataFrame, list[str], str | None]]:
        return lambda: messy_de(10_000, seed)

    return {
        "fake_1000": fake,
        "febrl1": febrl(1),
        "febrl2": febrl(2),
        "febrl3": febrl(3),
        "febrl4a_x_4b": febrl4,
        "rldata500": rldata,
        "historical_50k": historical,
        "cross_script_1500": cross,
        # generated German registry (messy_people.py), three seeds
        "messy_de_10000": messy(11),
        "messy_de_10000_s12": messy(12),
        "messy_de_10000_s13": messy(13),
    }


def messy_de(n: int, seed: int) -> tuple[pd.DataFrame, list[str], str | None]:
    """The generated German table, written to CSV and read back as a user's file is."""
    import tempfile

    from messy_people import messy_people  # faker, a dev extra: only when this table runs

    df, truth = messy_people(n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "people.csv"
        df.to_csv(path, index=False)
        return read_table(path), truth, None


def _prf(truth: Sequence[object], pred: Sequence[object]) -> list[str]:
    s = scores(list(truth), list(pred))
    return [f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}"]


def _cell(prf: tuple[float, float, float], cut: str = "") -> str:
    """``P/R/**F1**`` (with the cut-off first when given)."""
    p, r, f1 = prf
    return (f"{cut}: " if cut else "") + f"{p:.3f}/{r:.3f}/**{f1:.3f}**"


def baselines(df: pd.DataFrame, truth: Sequence[object], threshold: float,
              cols: Columns | None = None) -> list[str]:  # fmt: skip
    """The plain Splink model at headcount's cut-off, at its own and at the best one
    (oracle); unidecode + Jaro-Winkler at 0.9 and at the best cut-off (oracle); the
    plain model's failed training steps."""
    table = plain_table(df, cols or detect_columns(list(df.columns)))
    plain = plain_scores(table)
    cut, own = own_cut(plain)
    best, best_prf = oracle(plain, truth, PROBABILITY_GRID)
    jw = unidecode_jw(table)
    jw_best, jw_prf = oracle(jw, truth, JW_GRID)
    return [
        _cell(pair_scores(truth, clusters_at(plain, threshold))),
        _cell(
            pair_scores(truth, own),
            f"{cut.threshold:.3f} ({cut.expected_precision:.2f}/{cut.expected_recall:.2f})",
        ),
        _cell(best_prf, f"{best:g}"),
        _cell(pair_scores(truth, clusters_at(jw, 0.9))),
        _cell(jw_prf, f"{jw_best:g}"),
        "; ".join(plain.failures) or "none",
    ]


def run_dataset(name: str, loader: Callable[..., tuple[pd.DataFrame, list[str], str | None]],
                threshold: float | None) -> list[object]:  # fmt: skip
    df, truth, group = loader()
    start = time.perf_counter()
    out = dedupe_table(df, threshold=threshold, dedup_group=group)
    seconds = time.perf_counter() - start
    base = df.drop(columns=[group]) if group else df
    cut, used = out.attrs["cut"], out.attrs["threshold"]
    expected = f"{used:.3f} ({cut.expected_precision:.2f}/{cut.expected_recall:.2f})"
    return [name, len(df), *_prf(truth, out["cluster_id"]), expected,
            *baselines(base, truth, used), f"{seconds:.1f}"]  # fmt: skip


def demo(people: int = 300, seed: int = 2022) -> list[object]:
    """The bundled example built end to end, its persons against its ground truth, with
    the errors of their count (people split, persons merging people, noise)."""
    import tempfile

    from headcount.pipeline import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        run = build_demo(Path(tmp) / "demo", people=people, seed=seed)
        seconds = time.perf_counter() - start
        dt = demo_labels(run.engine, run.workspace.root)
        mentions = load_mentions(run.engine)
        run.engine.dispose()
    report = run.link
    truth = dict(zip(dt.mention_ids, dt.truth, strict=True))
    base = baselines(mentions, [truth[str(i)] for i in mentions["id"]], report.threshold,
                     replace(MENTION_COLUMNS, id=None, source=None))  # fmt: skip
    e = cluster_errors(dt.truth, dt.persons)
    expected = (f"{report.threshold:.3f} ({report.expected_precision:.2f}/"
                f"{report.expected_recall:.2f})" if report.chosen_by == "model"
                else f"{report.threshold} (given)")  # fmt: skip
    seeded = "" if seed == 2022 else f", seed {seed}"
    return [f"demo {people} people{seeded} ({dt.true_people} named, "
            f"{len(set(dt.persons))} persons: "
            f"{e['split_people']} people split into {e['split_extra']} extra persons, "
            f"{e['merging_clusters']} persons holding {e['merging_clusters'] + e['merged_away']} "
            "people, "
            f"{e['noise_clusters']} persons of {e['noise_records']} noise mentions)",
            len(dt.truth), *_prf(dt.truth, dt.persons), expected, *base,
            f"{seconds:.1f}"]  # fmt: skip


def translit(
    data: Path,
    sample: int = 2000,
    seed: int = 1,
    pairs: str = "wd_russian_16",
    misses: list[tuple[str, str, list[str]]] | None = None,
    part: str | None = None,
) -> list[list[object]]:
    """Recall@1 (with its 95 % Wilson interval) and @5 of Latin -> Cyrillic token
    search (``translit_search``), ours and a baseline, over the tokens of one pairs
    file, or of one ``part`` of its split (``translit_split``), among all the file's
    Cyrillic tokens (``misses``, when given, gets ours' misses at 1).
    """
    cyr, truth = read_tokens(data / "linkage" / "translit_ru" / pairs)
    latins = sample_queries(truth, sample, seed, part)
    try:
        from unidecode import unidecode as fold

        base_name = "unidecode + Jaro-Winkler"
    except ImportError:  # pragma: no cover
        from anyascii import anyascii as fold  # type: ignore[assignment]

        base_name = "anyascii + Jaro-Winkler"
    q = pd.DataFrame({"q": latins, "q_base": [fold(x).lower() for x in latins]})
    c = pd.DataFrame({"c": cyr, "c_base": [fold(x).lower() for x in cyr]})
    con = duckdb.connect()
    con.register("q", q)
    con.register("c", c)
    base = con.execute(
        "SELECT q, max_by([c, jaro_winkler_similarity(q_base, c_base)::VARCHAR], "
        "jaro_winkler_similarity(q_base, c_base), 20) FROM q CROSS JOIN c GROUP BY q"
    ).fetchall()
    out: list[list[object]] = []
    for label, ranked in (
        (
            "headcount (Russian transcription keys: best Jaro-Winkler over conventions; "
            f"the {KEEP} best re-ranked by edit distance, the learned rules' likelihood, "
            "the share of the word's letters written, the nearest convention letter for "
            "letter and the conventions' agreement)",
            rank(first_stage(latins, cyr)),
        ),
        (base_name, {a: _by_score(cands) for a, cands in base}),
    ):
        hits = recall_at(ranked, truth, latins)
        if misses is not None and not out:
            misses += [(x, "/".join(sorted(truth[x])), ranked[x][:3]) for x in latins
                       if not set(ranked[x][:1]) & truth[x]]  # fmt: skip
        lo, hi = wilson(hits, len(latins))
        r5 = recall_at(ranked, truth, latins, 5) / len(latins)
        out.append([label, len(latins), len(cyr), f"{hits / len(latins):.3f}",
                    f"{lo:.3f}–{hi:.3f}", f"{r5:.3f}"])  # fmt: skip
    return out


def _by_score(cands: Sequence[tuple[str, str]]) -> list[str]:
    """Tokens by their score, best first, ties by the token."""
    return [tok for tok, _ in sorted(cands, key=lambda cs: (-float(cs[1]), cs[0]))]


#: queries of each part of wd_russian_64's split (translit_split)
SPLIT_SAMPLE = 1000


#: the cross-script token tables, by name
TRANSLIT_TABLES = ("wd16", "dev", "test")


def translit_section(
    data: Path,
    misses: Path | None = None,
    tables: Sequence[str] = TRANSLIT_TABLES,
    split_sample: int = SPLIT_SAMPLE,
) -> list[str]:
    """The cross-script token tables: wd_russian_16 (``wd16``, the table the conventions
    and weights are tuned on) and the ``dev`` and ``test`` parts of wd_russian_64's
    split (``translit_split``; the learned rules come from the dev part, the test part is
    reported only), ``split_sample`` queries of each part. ``misses``: a file to write
    the dev part's misses at 1 to (Latin token, right Cyrillic, our three best), for
    error analysis; the test part's are never written."""
    header = ["comparison", "queries", "candidates", "recall@1", "95 % interval", "recall@5"]
    out = []
    if "wd16" in tables:
        out += ["\n## Cross-script names (wd_russian_16, Latin token -> Cyrillic token)\n",
                _table(header, translit(data))]  # fmt: skip
    if "dev" in tables:
        dev_misses: list[tuple[str, str, list[str]]] = []
        dev = translit(data, sample=split_sample, pairs="wd_russian_64", part="dev",
                       misses=dev_misses)  # fmt: skip
        if misses is not None:
            misses.write_text("".join(f"{a}\t{b}\t{' '.join(c)}\n" for a, b, c in dev_misses),
                              "utf-8")  # fmt: skip
        out += [f"\n## Cross-script names (wd_russian_64 dev part, {split_sample} Latin tokens "
                "-> all its Cyrillic tokens)\n", _table(header, dev)]  # fmt: skip
    if "test" in tables:
        test = translit(data, sample=split_sample, pairs="wd_russian_64", part="test")
        out += [f"\n## Cross-script names (wd_russian_64 test part, {split_sample} Latin tokens "
                "-> all its Cyrillic tokens; reported only)\n", _table(header, test)]  # fmt: skip
    return out


# --- scale: N generated registry-like mentions, headcount vs bare Splink -------------------

_ROOT_C = "бвгдзклмнпрстфхшч"
_ROOT_V = "аеиоу"
_ENDINGS = ["ов", "ев", "ин", "енко", "ский", "ук", "ых", "цев", "ков", "ёв"]
_TYPO = "абвгдеиклмнопрстуя"


def _zipf(size: int) -> list[float]:
    """Cumulative Zipf-like weights (exponent 0.8) of ``size`` ranks."""
    out, total = [], 0.0
    for i in range(size):
        total += 1.0 / (i + 1) ** 0.8
        out.append(total)
    return out


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + rng.choice(_TYPO) + word[i + 1 :]
    if kind < 0.7:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def generate_mentions(n: int, seed: int = 7) -> tuple[pd.DataFrame, list[str]]:
    """``n`` registry-like mentions of about n/2.2 invented people, with their true person.

    Surnames are built from syllables (some 60,000, Zipf-distributed, plus the demo
    pool), given names and patronymics from the demo pools; each person has 1-5
    mentions (a list row, news texts), with typos, missing or coarser dates, an age
    instead of a birth date, death dates a few days off and some Latin-script copies.
    No name is meant to be a real person's.
    """
    from headcount.demo.pools import FATHERS_RU, GIVEN_RU_M, SURNAMES_RU
    from headcount.names import latin_key

    rng = random.Random(seed)
    roots = [a + b + c + d for a in _ROOT_C for b in _ROOT_V for c in _ROOT_C for d in _ROOT_V]
    rng.shuffle(roots)
    surnames = list(SURNAMES_RU) + [(r + e).capitalize() for r in roots[:6000]
                                    for e in rng.sample(_ENDINGS, 3)]  # fmt: skip
    given = list(GIVEN_RU_M) + [g for g in FATHERS_RU if g not in GIVEN_RU_M]
    fathers = list(FATHERS_RU.values())
    regions = [f"Регион {i}" for i in range(85)]
    s_cum, g_cum = _zipf(len(surnames)), _zipf(len(given))
    base = date(2022, 3, 1).toordinal()
    cols: dict[str, list[object]] = {c: [] for c in (
        "id", "name", "surname", "given_name", "patronymic", "birth_date", "death_date", "age",
        "region", "citizenship", "unit", "source")}  # fmt: skip
    truth: list[str] = []
    person = 0
    while len(truth) < n:
        person += 1
        sur = rng.choices(surnames, cum_weights=s_cum)[0]
        giv = rng.choices(given, cum_weights=g_cum)[0]
        pat = rng.choice(fathers)
        born = date(rng.randint(1965, 2004), rng.randint(1, 12), rng.randint(1, 28))
        died = date.fromordinal(base + rng.randrange(1000))
        region = rng.choice(regions)
        unit = f"в/ч {rng.randint(10000, 99999)}"
        for _ in range(min(rng.choice((1, 1, 2, 2, 3, 4, 5)), n - len(truth))):
            s, g, p = sur, giv, pat
            if rng.random() < 0.1:
                s = _typo(rng, s)
            if rng.random() < 0.05:
                g = _typo(rng, g)
            if rng.random() < 0.3:
                p = ""
            if rng.random() < 0.08:
                s, g, p = latin_key(s).title(), latin_key(g).title(), latin_key(p).title()
            r = rng.random()
            bd = born.isoformat() if r < 0.55 else (str(born.year) if r < 0.65 else "")
            age = (died.year - born.year) if bd == "" and rng.random() < 0.5 else None
            r = rng.random()
            dd = (date.fromordinal(died.toordinal() + rng.randint(-3, 3)).isoformat()
                  if r < 0.2 else died.isoformat() if r < 0.75 else "")  # fmt: skip
            cols["id"].append(f"m{len(truth)}")
            cols["name"].append(" ".join(x for x in (s, g, p) if x))
            cols["surname"].append(s)
            cols["given_name"].append(g)
            cols["patronymic"].append(p or None)
            cols["birth_date"].append(bd or None)
            cols["death_date"].append(dd or None)
            cols["age"].append(age)
            cols["region"].append(region if rng.random() < 0.7 else None)
            cols["citizenship"].append("Россия" if rng.random() < 0.5 else None)
            cols["unit"].append(unit if rng.random() < 0.3 else None)
            cols["source"].append(rng.choice(("list", "news", "telegram", "obituary")))
            truth.append(f"p{person}")
    order = list(range(n))
    rng.shuffle(order)
    df = pd.DataFrame(cols).iloc[order].reset_index(drop=True)
    return df, [truth[i] for i in order]


def _scale_child(mode: str, path: str) -> None:
    """One timed run in a fresh process; prints a JSON line with seconds and pairs.

    ``headcount``: link_mentions (train + predict + cluster) on DuckDB; ``splink``: bare
    Splink; ``duckdb`` or ``spark@MASTER``: link_mentions with the model saved beside the
    mentions (``model.json``), so every engine scores with the same model.
    """
    import gc
    import json

    mentions = pd.read_parquet(path)
    if mode == "duckdb" or mode.startswith("spark@"):
        from headcount.link.run import link_mentions
        from headcount.link.train import Model

        model = Model.from_json((Path(path).parent / "model.json").read_text("utf-8"))
        engine, _, master = mode.partition("@")
        start = time.perf_counter()
        out = link_mentions(mentions, model=model, engine=engine, master=master or None)
        seconds = time.perf_counter() - start
        clusters = list(out["cluster_id"])
        pairs = len(out.attrs["pairs"])
    elif mode == "headcount":
        from headcount.link.run import link_mentions

        start = time.perf_counter()
        out = link_mentions(mentions)
        seconds = time.perf_counter() - start
        clusters = list(out["cluster_id"])
        pairs = len(out.attrs["pairs"])
    else:
        from splink import Linker

        from headcount.link import settings as spec
        from headcount.link.engines import open_engine
        from headcount.link.run import standardise_mentions
        from headcount.link.train import (
            EM_MIN_RECORDS,
            U_SAMPLING,
            blocking_columns,
            columns_of,
            quiet,
            training_sample,
        )

        quiet()
        std = standardise_mentions(mentions).drop(columns=["dedup_group"], errors="ignore")
        del mentions
        gc.collect()
        start = time.perf_counter()  # the clock starts with the standardised table in hand
        # the same settings as headcount's: trained on the same record sample, then a
        # plain Linker with the trained model predicts on the whole table
        sample = training_sample(std)
        columns = columns_of(sample)
        blockable, unique = blocking_columns(sample, columns)
        creator = spec.settings_creator(columns, blockable, unique)
        trainer = Linker(open_engine("duckdb", sample)[1], creator, log_level=None)
        trainer.training.estimate_probability_two_random_records_match(
            spec.deterministic_rules(columns), recall=0.7)  # fmt: skip
        trainer.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1, **U_SAMPLING)
        if len(sample) >= EM_MIN_RECORDS:
            for rule in spec.training_rules(columns):
                trainer.training.estimate_parameters_using_expectation_maximisation(rule)
        linker = Linker(open_engine("duckdb", std)[1], trainer.misc.save_model_to_json(),
                        log_level=None)  # fmt: skip
        scored = linker.inference.predict(threshold_match_probability=0.05)
        cl = linker.clustering.cluster_pairwise_predictions_at_threshold(scored, 0.9)
        cdf = cl.as_pandas_dataframe()[["unique_id", "cluster_id"]]
        seconds = time.perf_counter() - start
        pairs = int(linker.misc.query_sql(f"select count(*) as n from {scored.physical_name}",
                                          output_type="pandas")["n"].iloc[0])  # fmt: skip
        by = dict(zip(cdf["unique_id"].astype(str), cdf["cluster_id"].astype(str), strict=True))
        clusters = [by[str(u)] for u in std["unique_id"]]
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print("RESULT " + json.dumps({"seconds": seconds, "pairs": pairs, "peak_kib": peak,
                                  "clusters": clusters}))  # fmt: skip


def _tree_usage(root: int) -> tuple[int, dict[int, float]]:
    """Resident memory of process ``root`` and all its descendants (KiB) and the CPU
    seconds (user + system) each has used so far, by process id (from /proc)."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children[ppid].append(int(entry))
    tick = os.sysconf("SC_CLK_TCK")
    total, cpu, todo = 0, {}, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as f:
                total += next((int(x.split()[1]) for x in f if x.startswith("VmRSS:")), 0)
            with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return total, cpu


def _reaped_cpu_seconds() -> float:
    """CPU seconds (user + system) of this process's finished, reaped descendants."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_child(mode: str, path: str) -> tuple[dict[str, object] | None, float, int, str, float]:
    """(result, wall seconds, peak RSS of the whole process tree in KiB, stderr tail,
    CPU seconds of the whole process tree: on a shared machine the CPU a run needed
    varies far less with the load than its wall time). The tree is sampled every
    0.5 s, as Spark's JVMs need not be reaped by the run (the last half second of each
    process is missed); the run's process and what it reaped are also counted in full
    when it ends, and the larger of the two sums is kept."""
    import json
    import subprocess
    import threading

    reaped = _reaped_cpu_seconds()
    wall = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--scale-child", mode, path],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    peak = [0]
    seen: dict[int, float] = {}

    def sample() -> None:
        while proc.poll() is None:
            rss, cpu_now = _tree_usage(proc.pid)
            peak[0] = max(peak[0], rss)
            for pid, used in cpu_now.items():
                seen[pid] = max(seen.get(pid, 0.0), used)
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    wall = time.perf_counter() - wall
    child = _reaped_cpu_seconds() - reaped  # the run's process and what it reaped
    cpu = max(child, sum(seen.values()))  # the larger of two lower bounds, none counted twice
    line = next((x for x in out.splitlines() if x.startswith("RESULT ")), None)
    if proc.returncode or line is None:
        return None, wall, peak[0], err[-3000:], cpu
    return json.loads(line[len("RESULT ") :]), wall, peak[0], "", cpu


def _differing(a: Sequence[object], b: Sequence[object]) -> int:
    """Records whose cluster (as a set of records) differs between two partitions."""

    def members(part: Sequence[object]) -> list[frozenset[int]]:
        groups: dict[object, set[int]] = defaultdict(set)
        for i, c in enumerate(part):
            groups[c].add(i)
        frozen = {c: frozenset(ms) for c, ms in groups.items()}
        return [frozen[c] for c in part]

    return sum(x != y for x, y in zip(members(a), members(b), strict=True))


def scale(n: int, modes: Sequence[str] = ("headcount", "splink")) -> list[list[object]]:
    """Generate ``n`` mentions, link them in a child process per mode; time, peak RSS
    (the child's whole process tree: Spark's JVM and executors too), accuracy, and the
    records in clusters that differ from the first engine mode's (``duckdb``/``spark@…``)."""
    import tempfile

    start = time.perf_counter()
    df, truth = generate_mentions(n)
    gen = time.perf_counter() - start
    print(f"generated {n} mentions of {len(set(truth))} people in {gen:.1f} s", file=sys.stderr)
    rows = []
    reference: list[object] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "mentions.parquet")
        df.to_parquet(path)
        if any(m == "duckdb" or m.startswith("spark@") for m in modes):
            from headcount.link.run import standardise_mentions
            from headcount.link.train import train

            std = standardise_mentions(df).drop(columns=["dedup_group"], errors="ignore")
            model = train(std, "duckdb")  # one model for every engine, trained on DuckDB
            (Path(tmp) / "model.json").write_text(model.to_json(), "utf-8")
            del std
        del df
        for mode in modes:
            res, wall, peak_kib, err, cpu = _run_child(mode, path)
            if res is None:
                print(err, file=sys.stderr)
                rows.append([n, mode, "failed", f"{wall:.1f}", f"{cpu:.1f}", "", "", "", "", "", "",
                             f"{os.getloadavg()[0]:.1f}"])  # fmt: skip
                continue
            clusters: list[object] = list(res["clusters"])  # type: ignore[call-overload]
            agree = ""
            if mode == "duckdb" or mode.startswith("spark@"):
                if reference is None:
                    reference = clusters
                agree = str(_differing(reference, clusters))
            s = scores(truth, clusters)
            rows.append([n, mode, f"{res['seconds']:.1f}", f"{wall:.1f}", f"{cpu:.1f}",
                         f"{peak_kib / 1024:.0f}", res["pairs"], f"{s['p']:.3f}",
                         f"{s['r']:.3f}", f"{s['f1']:.3f}", agree,
                         f"{os.getloadavg()[0]:.1f}"])  # fmt: skip
            print(" | ".join(map(str, rows[-1])), file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated dataset names")
    parser.add_argument("--threshold", type=float, default=None,
                        help="a fixed cut-off (default: the model's, per table)")  # fmt: skip
    parser.add_argument("--skip-translit", action="store_true")
    parser.add_argument("--translit-tables", default=",".join(TRANSLIT_TABLES),
                        help="with --translit-only: which token tables (wd16,dev,test)")
    parser.add_argument("--translit-sample", type=int, default=SPLIT_SAMPLE,
                        help="with --translit-only: queries of each part of the split")
    parser.add_argument("--translit-only", action="store_true",
                        help="only the cross-script token tables (printed, not written)")
    parser.add_argument("--translit-misses", type=Path, metavar="FILE",
                        help="write the misses of wd_russian_64's dev part to FILE")  # fmt: skip
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--demo-seeds", default="2022", metavar="S,S",
                        help="generator seeds of the demo rows (2022: the bundled example)")
    parser.add_argument(
        "--scale",
        type=int,
        metavar="N",
        help="only the scale run: N generated mentions, headcount vs bare Splink",
    )
    parser.add_argument(
        "--scale-modes",
        default="headcount,splink",
        help="comma-separated: headcount, splink, duckdb, spark@MASTER",
    )
    parser.add_argument("--scale-child", nargs=2, metavar=("MODE", "PATH"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args(argv)
    if args.scale_child:
        _scale_child(*args.scale_child)
        return 0
    if args.scale:
        load = os.getloadavg()[0]
        rows = scale(args.scale, re.split(r",(?![^\[]*\])", args.scale_modes))
        text = "\n".join([
            "# Linkage at scale\n",
            f"`python bench/link.py --scale {args.scale}`: generated registry-like mentions, "
            "`link_mentions` (standardise, train, predict, cluster) against bare Splink with "
            "the same settings (its clock starts after standardisation), each in a fresh "
            f"process; {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
            f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end.\n",
            _table(SCALE_HEADER, rows),
        ])  # fmt: skip
        print(text)
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"link-scale-{args.scale}.md").write_text(text + "\n", "utf-8")
        return 0
    if not (DATA / "linkage").is_dir():
        print(f"shared data not found at {DATA}; set HEADCOUNT_SHARED_DATA. Nothing to do.")
        return 0
    if args.translit_only:
        print("\n".join(translit_section(DATA, args.translit_misses,
                                          args.translit_tables.split(","),
                                          args.translit_sample)))  # fmt: skip
        return 0
    wanted = set(args.only.split(",")) if args.only else None
    header = ["data", "records", "P", "R", "**F1**", "cut-off (expected P/R)",
              "plain at headcount's cut-off P/R/F1", "plain at its own cut-off (expected P/R)",
              "plain oracle cut-off", "uni+JW 0.9", "uni+JW oracle cut-off",
              "plain training failures", "seconds"]  # fmt: skip
    rows = []
    for name, loader in datasets(DATA).items():
        if wanted and name not in wanted:
            continue
        rows.append(run_dataset(name, loader, args.threshold))
        print(" | ".join(map(str, rows[-1])), file=sys.stderr)
    if not args.skip_demo and (not wanted or "demo" in wanted):
        for seed in (int(x) for x in args.demo_seeds.split(",")):
            rows.append(demo(seed=seed))
            print(" | ".join(map(str, rows[-1])), file=sys.stderr)
    md = [
        "# Linkage benchmark\n",
        "`headcount dedupe` defaults (cut-off "
        + (f"fixed at {args.threshold}" if args.threshold else "chosen by the model per table")
        + "; the plain Splink model at that cut-off, at the one calibration chooses from its own "
        "weights and at its best (oracle); cells P/R/**F1**), DuckDB, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}.\n",
        _table(header, rows),
    ]
    if not args.skip_translit:
        md += translit_section(DATA, args.translit_misses)
    text = "\n".join(md)
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    if not wanted:
        (RESULTS / "link.md").write_text(text, "utf-8")
    return 0


SCALE_HEADER = [
    "mentions",
    "run",
    "linkage s",
    "process s",
    "CPU s (process tree)",
    "peak RSS MiB",
    "pairs scored",
    "pair P",
    "pair R",
    "pair F1",
    "records in clusters differing from the first engine's",
    "load average (1 min, as the run ends)",
]


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
