"""Stable ids by majority overlap; canonical fields, conflicts and grades by stated rules."""

from __future__ import annotations

from headcount.link.persons import assign_ids, canonical_fields, grade, status_history


def test_ids_follow_the_majority_of_mentions() -> None:
    previous = {"m1": "pA", "m2": "pA", "m3": "pA", "m4": "pB"}
    # m3 leaves A for a new cluster, B joins A's cluster: A keeps its id, B is merged into A
    out = assign_ids({"c1": ["m1", "m2", "m4"], "c2": ["m3"]}, previous, taken={"pA", "pB"})
    assert out.person_of_cluster["c1"] == "pA"
    new = out.person_of_cluster["c2"]
    assert new not in {"pA", "pB"} and new.startswith("p")
    kinds = {(e["person_id"], e["kind"]) for e in out.events}
    assert ("pA", "merged") in kinds and ("pA", "split") in kinds and (new, "created") in kinds
    assert out.merged_into == {"pB": "pA"}


def test_new_ids_are_hashes_and_never_reused() -> None:
    a = assign_ids({"c": ["m9"]}, {}, taken=set())
    pid = a.person_of_cluster["c"]
    again = assign_ids({"c": ["m9"]}, {}, taken={pid})
    assert again.person_of_cluster["c"] != pid
    assert assign_ids({"c": ["m9"]}, {}, taken=set()).person_of_cluster["c"] == pid


def test_retired_when_no_mention_is_left() -> None:
    out = assign_ids({"c": ["m2"]}, {"m1": "pOld", "m2": "pKeep"}, taken={"pOld", "pKeep"})
    assert out.retired == ["pOld"]
    assert out.person_of_cluster["c"] == "pKeep"


M = [
    {"id": "a", "name": "Ivanov Ivan", "source_kind": "news", "birth_date": "1990",
     "region": "Бурятия", "published_at": "2023-02-01", "source": "news", "system": "news"},
    {"id": "b", "name": "Иванов Иван Иванович", "source_kind": "list", "birth_date": "1990-05-02",
     "birth_date_precision": "day", "region": "Бурятия", "death_date": "2023-01-10",
     "published_at": "2023-01-20", "source": "mz", "system": "mediazona", "status": "killed",
     "status_date": "2023-01-10"},
    {"id": "c", "name": "Ivanov Ivan", "source_kind": "news", "region": "Тыва",
     "death_date": "2023-01-12", "published_at": "2023-03-01", "source": "news2",
     "system": "news", "status": "missing", "status_date": "2022-12-30"},
]  # fmt: skip


def test_canonical_fields_by_rule_with_conflicts_kept() -> None:
    f = canonical_fields(M)
    assert f["name"]["value"] == "Иванов Иван Иванович"  # list source over the more frequent
    assert f["birth_date"]["value"] == "1990-05-02" and f["birth_date"]["conflict"] == 0
    assert f["region"]["value"] == "Бурятия" and f["region"]["conflict"] == 1
    assert f["region"]["alternatives"] == [{"value": "Тыва", "mentions": ["c"]}]
    assert f["death_date"]["conflict"] == 1


def test_status_history_and_grade() -> None:
    assert [h["status"] for h in status_history(M)] == ["missing", "killed"]
    assert grade(M) == ("confirmed", "named by a list, government or court source")
    news_only = [m for m in M if m["source_kind"] == "news"]
    assert grade(news_only)[0] == "pending"  # two news sources, one system
    assert grade(news_only, "confirm")[0] == "confirmed"
    assert grade(M, "reject")[0] == "rejected"
