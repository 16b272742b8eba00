"""The joint graphone n-gram model of Latin letters and their Cyrillic chunks, and its
place in the token search's re-ranking."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from headcount.names import graphones, russian
from headcount.names.graphones import GraphoneModel

BENCH = Path(__file__).resolve().parents[2] / "bench"

# "c" is к in most words, but ц after "n" in all three words it follows one (a context the chain of
# graphones sees: the Latin letter and the chunk written before it); "sh" is ш + nothing
PAIRS = [("kara", ["к", "а", "р", "а"]), ("cola", ["к", "о", "л", "а"]),
         ("cora", ["к", "о", "р", "а"]), ("maca", ["м", "а", "к", "а"]),
         ("racal", ["р", "а", "к", "а", "л"]), ("lucas", ["л", "у", "к", "а", "с"]),
         ("lincal", ["л", "и", "н", "ц", "а", "л"]), ("rinca", ["р", "и", "н", "ц", "а"]),
         ("monco", ["м", "о", "н", "ц", "о"]), ("shala", ["ш", "", "а", "л", "а"]),
         ("marsha", ["м", "а", "р", "ш", "", "а"])]  # fmt: skip


@pytest.fixture()
def model() -> GraphoneModel:
    return GraphoneModel.learn(PAIRS)


def test_the_chain_decides_a_letter_by_what_came_before(model: GraphoneModel) -> None:
    assert model.score("marca", "марка") > model.score("marca", "марца")
    assert model.score("manca", "манца") > model.score("manca", "манка")
    # a two-letter group written as one letter, the second letter as nothing
    assert model.score("shara", "шара") > model.score("shara", "схара")


def test_an_unseen_context_backs_off_and_a_stray_letter_costs(model: GraphoneModel) -> None:
    # "lo" after "sh" never seen: the shorter contexts still know л and о
    assert model.score("shol", "шол") > model.score("shol", "шил")
    # a letter written as a chunk it never was, or a word no cutting writes: worst
    assert model.score("kara", "кара") > model.score("kara", "кира") > graphones.FLOOR
    assert model.score("kara", "кааааара") == graphones.FLOOR


def test_counts_round_trip_through_their_lines(model: GraphoneModel) -> None:
    again = GraphoneModel.from_lines(["# a comment", *model.lines()])
    assert again.counts == model.counts
    for word, cyr in (("marca", "марка"), ("shol", "шол"), ("manca", "манка")):
        assert again.score(word, cyr) == pytest.approx(model.score(word, cyr))
    pruned = GraphoneModel.learn(PAIRS, min_count=2)
    assert all(n >= 2 for g, n in pruned.counts.items() if len(g) > 1)
    assert all((g,) in pruned.counts for (g,) in (k for k in model.counts if len(k) == 1))


def test_use_swaps_the_model_scored_with(model: GraphoneModel) -> None:
    shipped = graphones.graphone_score("smith", "смит")
    try:
        graphones.use(model)
        assert graphones.model() is model
        assert graphones.graphone_score("marca", "марка") == model.score("marca", "марка")
    finally:
        graphones.use(None)
    assert graphones.model() is not model
    assert graphones.graphone_score("smith", "смит") == shipped


def test_the_shipped_model_prefers_the_russian_spelling() -> None:
    score = graphones.graphone_score
    assert score("shuma", "Шума") > score("shuma", "Шума".replace("Ш", "С"))
    assert score("lime", "Лайм") > score("lime", "Лима")
    assert score("zinny", "Дзинни") > score("zinny", "Сини")


@pytest.fixture(scope="module")
def rerank() -> Iterator[object]:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_rerank

        yield translit_rerank
    finally:
        sys.path.remove(str(BENCH))
        graphones.use(None)


def test_a_fold_is_scored_by_a_model_learned_without_it(
    rerank: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the bench's folds: the rules and the graphone model both from the fold's pairs
    monkeypatch.setattr(russian, "_rules", russian._rules)  # the shipped rules after the test
    rerank._load_rules({}, PAIRS)  # type: ignore[attr-defined]
    try:
        assert graphones.model().counts == GraphoneModel.learn(PAIRS).counts
    finally:
        graphones.use(None)


def test_the_search_ranks_by_the_graphone_score_too() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_search as search
    finally:
        sys.path.remove(str(BENCH))
    assert search.FEATURES[-1] == "graphone" and search.WEIGHTS["graphone"] > 0
    # two candidates alike by every other feature: the likelier pair comes first
    other = (1.0, 0.9, -0.5, 0.0, 0.8, 0.3, 0.8)
    rows = [("lime", "Лима", (*other, -2.5)), ("lime", "Лайм", (*other, -1.0))]
    assert search.rank(rows)["lime"] == ["Лайм", "Лима"]
    feats = search.features("lime", "Лайм", 1.0, 0.9)
    assert feats[-1] == graphones.graphone_score("lime", "Лайм")
