"""The benchmark's Latin -> Cyrillic token search and its cross-validation helpers."""

from __future__ import annotations

import math
import random
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def search() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_search

        yield translit_search
    finally:
        sys.path.remove(str(BENCH))


# names of several origins, each beside a decoy that shares its beginning or its sound
CYRILLIC = ["Шварц", "Шварцман", "Шульц", "Маунтбеттен", "Маунт", "Бриллюэн", "Брилль",
            "Гонсалес", "Гонзага", "Мартинес", "Мартин", "Джонсон", "Йонсон", "Ибрагимов",
            "Ибрагим", "Ахмед", "Ахмади", "Келлер", "Кёллер"]  # fmt: skip
RIGHT = {"schwarz": "Шварц", "mountbatten": "Маунтбеттен", "brillouin": "Бриллюэн",
         "gonzalez": "Гонсалес", "martinez": "Мартинес", "johnson": "Джонсон",
         "ibrahim": "Ибрагим", "ahmed": "Ахмед", "keller": "Келлер"}  # fmt: skip


def test_search_finds_each_name_before_its_decoy(search: ModuleType) -> None:
    latins = sorted(RIGHT)
    rows = search.first_stage(latins, CYRILLIC, keep=5)
    assert {len(tuple(r[2])) for r in rows} == {len(search.FEATURES)}
    ranked = search.rank(rows)
    truth = {x: {c} for x, c in RIGHT.items()}
    assert search.recall_at(ranked, truth, latins) == len(latins)
    # a decoy that leaves letters of the word unwritten comes second, not first
    assert ranked["mountbatten"][1] == "Маунт"
    assert ranked["ibrahim"][:2] == ["Ибрагим", "Ибрагимов"]


def test_weights_decide_the_order(search: ModuleType) -> None:
    rows = [("x", "a", (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
            ("x", "b", (0.9, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0))]  # fmt: skip
    assert search.rank(rows, {"first": 1.0})["x"] == ["a", "b"]
    assert search.rank(rows, {"first": 1.0, "edit": 0.5})["x"] == ["b", "a"]
    assert search.recall_at({"x": ["b", "a"]}, {"x": {"a"}}, ["x"], k=1) == 0
    assert search.recall_at({"x": ["b", "a"]}, {"x": {"a"}}, ["x"], k=2) == 1


def test_wilson_interval(search: ModuleType) -> None:
    lo, hi = search.wilson(900, 1000)
    assert lo < 0.9 < hi and hi - lo == pytest.approx(0.037, abs=0.002)
    lo300, hi300 = search.wilson(270, 300)
    assert hi300 - lo300 > hi - lo  # fewer queries, a wider interval
    assert search.wilson(0, 10)[0] == 0.0 and search.wilson(10, 10)[1] == 1.0
    assert search.wilson(10, 10)[0] < 1.0  # never certain from a sample


def test_folds_are_stable_balanced_and_cut_across_the_split() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from translit_rerank import fold_of
        from translit_split import part_of
    finally:
        sys.path.remove(str(BENCH))
    rng = random.Random(5)
    words = {"".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 10)))
             for _ in range(5000)}  # fmt: skip
    dev = [w for w in words if part_of(w) == "dev"]
    sizes = [sum(fold_of(w, 5) == f for w in dev) for f in range(5)]
    assert min(sizes) > 0.17 * len(dev) and max(sizes) < 0.23 * len(dev)
    assert all(fold_of(f" {w.upper()} ", 5) == fold_of(w, 5) for w in dev)


def test_fitted_weights_find_the_informative_feature(search: ModuleType) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from translit_rerank import fit_weights
    finally:
        sys.path.remove(str(BENCH))
    rng = random.Random(11)
    n = len(search.FEATURES)

    def rows(queries: range) -> tuple[list[tuple[str, str, tuple[float, ...]]], dict]:
        out, truth = [], {}
        for i in queries:
            # the first-stage score is noise; the second feature marks the right token
            for j in range(6):
                feats = [rng.random() for _ in range(n)]
                feats[1] = rng.gauss(1.0 if j == 0 else 0.0, 0.5)
                out.append((f"q{i}", f"c{i}_{j}", tuple(feats)))
            truth[f"q{i}"] = {f"c{i}_0"}
        return out, truth

    train, truth = rows(range(300))
    weights = fit_weights(train, truth)
    assert set(weights) == set(search.FEATURES)
    assert weights["edit"] > 3 * max(abs(w) for k, w in weights.items() if k != "edit")
    held, held_truth = rows(range(300, 500))
    ranked = search.rank(held, weights)
    fitted = search.recall_at(ranked, held_truth, sorted(held_truth))
    shipped = search.recall_at(search.rank(held, {"first": 1.0}), held_truth, sorted(held_truth))
    assert fitted > shipped + 40


def test_alignment_never_learns_a_scored_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_rerank
        import translit_rules
    finally:
        sys.path.remove(str(BENCH))
    rng = random.Random(3)
    latins = sorted({"".join(rng.choices("abdeiklmnorstu", k=rng.randint(4, 9)))
                     for _ in range(600)})  # fmt: skip
    pairs = [(w, w.translate(str.maketrans("abdeiklmnorstu", "абдеиклмнорсту"))) for w in latins]
    queries = latins[::7]
    (tmp_path / "candidates.tsv").write_text(
        "".join(f"{q}\t{c}\n" for q in queries for c in ("абв", "где")), "utf-8")
    seen: list[tuple[str, str]] = []
    fit = translit_rules.fit_alignment

    def spy(train: list[tuple[str, str]], rounds: int = 6) -> dict[tuple[str, str], float]:
        seen.extend(train)
        return fit(train, rounds=2)

    monkeypatch.setattr(translit_rules, "read_pairs", lambda path, part=None: pairs)
    monkeypatch.setattr(translit_rules, "fit_alignment", spy)
    held = {w for w in latins if translit_rerank.fold_of(w, 5) == 2}
    aligned = translit_rerank._aligned(tmp_path, 2, 5)
    assert seen and not {a for a, _ in seen} & set(queries)  # no query's pair fitted on
    assert {a for a, _ in aligned} and not {a for a, _ in aligned} & held  # fold left out
    # every other pair aligned (a letter for a letter here), and the cache read back alike
    assert {a for a, _ in aligned} == set(latins) - held
    assert all(len(ch) == len(a) for a, ch in aligned)
    assert translit_rerank._aligned(tmp_path, 2, 5) == aligned
    assert len(translit_rerank._aligned(tmp_path, 0, 5)) + len(
        [w for w in latins if translit_rerank.fold_of(w, 5) == 0]) == len(latins)


def test_a_prior_breaks_a_near_tie(search: ModuleType) -> None:
    Commonness = _rerank().Commonness

    # two spellings nearly alike by the features; the common one wins once its prior counts
    names = (*search.FEATURES, "people")
    prior = Commonness([("Иванов", 120.0), ("Иваноф", 1.0)])
    feats = {"Иванов": (0.95, 0.9, -0.2, 0.0, 0.9, 0.5, 0.9, -1.0),
             "Иваноф": (0.96, 0.9, -0.2, 0.0, 0.9, 0.5, 0.9, -1.0)}  # fmt: skip
    rows = [("ivanov", c, (*x, prior(c))) for c, x in feats.items()]
    assert search.rank(rows, search.WEIGHTS, names)["ivanov"] == ["Иваноф", "Иванов"]
    weights = {**search.WEIGHTS, "people": 0.01}
    assert search.rank(rows, weights, names)["ivanov"] == ["Иванов", "Иваноф"]


def test_priors_are_counted_without_the_query_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_rerank
    finally:
        sys.path.remove(str(BENCH))
    rng = random.Random(7)
    latins = sorted({"".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(200)})
    # every Latin token spelled "смит" by 3 persons; one in fold 1 also "смитт" by 5
    pairs = [(w, "смит", 3.0) for w in latins]
    fold1 = [w for w in latins if translit_rerank.fold_of(w, 5) == 1]
    pairs.append((fold1[0], "смитт", 5.0))
    monkeypatch.setattr(translit_rerank, "dev_pairs_counted", lambda: pairs)
    one: tuple[float, ...] = (1.0,)
    rows = {f: [(fold1[0], "смит", one), (fold1[0], "смитт", one)] for f in (1, 2)}
    out = translit_rerank.with_priors(rows, 5)
    outside = {f: sum(translit_rerank.fold_of(w, 5) != f for w in latins) for f in (1, 2)}
    everyone = math.log1p(3 * len(latins))
    # held in fold 1, the query's own pair counts for nothing: смитт was never seen (but
    # for the leaky prior, reported only, which counts every dev pair)
    assert out[1] == [
        (fold1[0], "смит", (1.0, math.log1p(3 * outside[1]), math.log1p(outside[1]), everyone)),
        (fold1[0], "смитт", (1.0, 0.0, 0.0, math.log1p(5))),
    ]
    # held in fold 2, fold 1's pairs count: persons (5) and spellings (1)
    assert out[2][1] == (fold1[0], "смитт", (1.0, math.log1p(5), math.log1p(1), math.log1p(5)))
    assert out[2][0][2][1] == pytest.approx(math.log1p(3 * outside[2]))


def test_commonness_counts_tokens_case_free() -> None:
    Commonness = _rerank().Commonness

    prior = Commonness(["Иванов", "иванов", "ИВАНОВ", "Иваноф"])
    assert prior.counts == {"иванов": 3.0, "иваноф": 1.0}
    assert prior("Иванов") == pytest.approx(math.log(4))
    assert prior("иваноф") == pytest.approx(math.log(2))
    # a token never seen has no prior; letters count (Коллери is no Колери)
    assert prior("Иванова") == 0.0
    assert Commonness(["Коллери"])("Колери") == 0.0


def test_commonness_weighted_counts_and_smoothing() -> None:
    Commonness = _rerank().Commonness

    # (token, persons) pairs add up, as the pairs file's counts do
    prior = Commonness([("Смит", 9.0), ("смит", 1.0), ("Смитт", 1.0)], smoothing=2.0)
    assert prior.counts == {"смит": 10.0, "смитт": 1.0}
    assert prior("Смит") == pytest.approx(math.log(6))  # log(1 + 10 / 2)
    assert prior("Смитт") == pytest.approx(math.log(1.5))
    assert Commonness([])("Смит") == 0.0
    with pytest.raises(ValueError, match="smoothing"):
        Commonness(["Смит"], smoothing=0)


def _rerank() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_rerank
    finally:
        sys.path.remove(str(BENCH))
    return translit_rerank
