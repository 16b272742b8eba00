"""Linkage of a hand-made mention table: real clusters, cross-script names, constraints."""

from __future__ import annotations

import pandas as pd

from headcount.link.cluster import Constraints, cluster
from headcount.link.run import REGISTRY_COLUMNS, link_mentions
from headcount.link.train import default_model


def _groups(out: pd.DataFrame) -> dict[str, set[str]]:
    return {label: set(out.loc[out["truth"] == label, "cluster_id"]) for label in out["truth"]}


def test_clusters_follow_the_people(mentions_df: pd.DataFrame) -> None:
    out = link_mentions(mentions_df, model=default_model(REGISTRY_COLUMNS, len(mentions_df)))
    groups = _groups(out)
    # each of these people is one cluster, across scripts and name orders
    for label in ("thapa", "ivanov_a", "ivanov_b", "petrov", "kuznetsov"):
        assert len(groups[label]) == 1, label
    # and no two people share a cluster
    clusters = [next(iter(v)) for k, v in groups.items() if len(v) == 1]
    assert len(clusters) == len(set(clusters))
    # the same name in a deduplicated list is two people
    assert groups["ivanov_a"] != groups["ivanov_b"]
    # mentions without a name stay alone though every other field agrees
    assert groups["anon_1"] != groups["anon_2"]
    assert not (groups["anon_1"] & groups["petrov"])
    # different death dates months apart keep two Sokolovs apart for the model
    assert len(groups["sokolov"]) == 2


def test_cross_script_pair_meets_and_scores_high(mentions_df: pd.DataFrame) -> None:
    out = link_mentions(mentions_df, model=default_model(REGISTRY_COLUMNS, len(mentions_df)))
    pairs = out.attrs["pairs"]
    truth = dict(zip(out["id"], out["truth"], strict=True))
    thapa = pairs[pairs["unique_id_l"].map(truth).eq("thapa")
                  & pairs["unique_id_r"].map(truth).eq("thapa")]  # fmt: skip
    assert len(thapa) == 3  # all three spellings were compared
    assert (thapa["match_probability"] > 0.9).all()


def test_no_pair_within_a_deduplicated_source(mentions_df: pd.DataFrame) -> None:
    out = link_mentions(mentions_df, model=default_model(REGISTRY_COLUMNS, len(mentions_df)))
    pairs = out.attrs["pairs"]
    source = dict(zip(out["id"], out["source"], strict=True))
    same_mz = pairs["unique_id_l"].map(source).eq("mz") & pairs["unique_id_r"].map(source).eq("mz")
    assert not same_mz.any()


def test_cannot_link_cuts_a_chain() -> None:
    pairs = pd.DataFrame(
        {"unique_id_l": ["a", "b", "a"], "unique_id_r": ["b", "c", "c"],
         "match_probability": [0.99, 0.98, 0.95]}
    )  # fmt: skip
    plain = cluster(["a", "b", "c"], pairs, 0.9)
    assert len(set(plain.cluster_of.values())) == 1
    cut = cluster(["a", "b", "c"], pairs, 0.9, Constraints(different=[("a", "c")]))
    assert cut.cluster_of["a"] == cut.cluster_of["b"] != cut.cluster_of["c"]
    assert ("b", "c", 0.98) in cut.blocked


def test_same_decisions_join_transitively_and_contradictions_are_reported() -> None:
    empty = pd.DataFrame(columns=["unique_id_l", "unique_id_r", "match_probability"])
    con = Constraints(same=[("a", "b"), ("b", "c"), ("c", "d")], different=[("a", "d")])
    result = cluster(["a", "b", "c", "d", "e"], empty, 0.9, con)
    assert result.cluster_of["a"] == result.cluster_of["b"] == result.cluster_of["c"]
    assert result.cluster_of["d"] != result.cluster_of["a"]
    assert result.contradictions == [("c", "d")]
    assert result.rule["a"] == "decision" and result.rule["e"] == "single"


def test_groups_allow_one_record_per_deduplicated_source() -> None:
    pairs = pd.DataFrame(
        {"unique_id_l": ["a", "b"], "unique_id_r": ["x", "x"], "match_probability": [0.99, 0.97]}
    )
    result = cluster(["a", "b", "x"], pairs, 0.9, Constraints(groups={"a": "mz", "b": "mz"}))
    assert result.cluster_of["a"] == result.cluster_of["x"] != result.cluster_of["b"]


def test_components_first_gives_what_the_greedy_pass_gives_everywhere() -> None:
    import random

    from headcount.link.cluster import _greedy

    rng = random.Random(3)
    for trial in range(30):
        ids = [f"r{i:03d}" for i in range(rng.randint(2, 120))]
        pairs = pd.DataFrame(
            [
                (a, b, round(rng.random(), 2))
                for a, b in (rng.sample(ids, 2) for _ in range(rng.randint(0, 200)))
            ],
            columns=["unique_id_l", "unique_id_r", "match_probability"],
        )
        con = Constraints(
            same=[tuple(rng.sample(ids, 2)) for _ in range(rng.randint(0, 4))],  # type: ignore[misc]
            different=[tuple(rng.sample(ids, 2)) for _ in range(rng.randint(0, 4))],  # type: ignore[misc]
            groups={i: rng.choice("ab") for i in rng.sample(ids, min(len(ids), trial % 7))},
        )
        fast, slow = cluster(ids, pairs, 0.6, con), _greedy(ids, pairs, 0.6, con)
        assert fast.cluster_of == slow.cluster_of
        assert fast.rule == slow.rule
        assert fast.probability == slow.probability
        assert sorted(fast.contradictions) == sorted(slow.contradictions)
        assert sorted(fast.blocked) == sorted(slow.blocked)
