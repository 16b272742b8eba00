"""`link_registry` on SQLite and PostgreSQL: persons, stable ids, decisions, events."""

from __future__ import annotations

from pathlib import Path

import pytest
from link_people import PEOPLE, fill_registry, mention_rows
from sqlalchemy import Engine, select

from headcount.link.decisions import record_decision
from headcount.link.review import review_queue
from headcount.link.run import link_registry
from headcount.link.train import ModelMissing
from headcount.store import schema as s

#: a cut-off given by the user, at which the two Sokolov mentions stay apart
FIXED = 0.9


def _persons(engine: Engine) -> dict[str, str]:
    """mention id -> person id."""
    with engine.connect() as conn:
        return dict(conn.execute(select(s.person_mention.c.mention_id,
                                        s.person_mention.c.person_id)).all())  # fmt: skip


def _ids(label: str) -> list[str]:
    return [r["id"] for r in mention_rows() if r["truth"] == label]


def test_link_needs_a_model_then_links(registry: Engine, tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="--train"):
        link_registry(registry, tmp_path)
    report = link_registry(registry, tmp_path, retrain=True)
    assert (tmp_path / "models" / "link-v1.json").is_file()
    # the model's cut-off: 7 named people, 2 nameless mentions alone, each one person
    assert report.chosen_by == "model" and 0.5 <= report.threshold < 1
    assert report.persons == len(PEOPLE)
    person = _persons(registry)
    assert all(len({person[m] for m in _ids(label)}) == 1 for label in PEOPLE)
    assert len({person[m] for m in _ids("thapa")}) == 1
    assert person[_ids("ivanov_a")[0]] != person[_ids("ivanov_b")[0]]
    with registry.connect() as conn:
        thapa = conn.execute(
            select(s.person).where(s.person.c.id == person[_ids("thapa")[0]])
        ).one()
        fields = {r.field: r for r in conn.execute(
            select(s.person_field).where(s.person_field.c.person_id == thapa.id))}  # fmt: skip
    assert thapa.grade == "confirmed"  # named by a list source
    assert thapa.name == "Тхапа Рам Бахадур"  # the list's spelling wins
    assert fields["death_date"].conflict == 1  # 12 March against 13 March, kept visible
    assert {a["value"] for a in fields["death_date"].alternatives} == {"2023-03-13"}
    assert thapa.status == "killed"  # the latest dated status
    assert [h["status"] for h in thapa.status_history] == ["missing", "killed"]


def test_the_cut_off_is_reported_and_stored(registry: Engine, tmp_path: Path) -> None:
    chosen = link_registry(registry, tmp_path, retrain=True)
    assert chosen.expected_precision is not None and 0 < chosen.expected_precision <= 1
    assert chosen.expected_recall is not None and 0 < chosen.expected_recall <= 1
    with registry.connect() as conn:
        run = conn.execute(select(s.link_run).where(s.link_run.c.id == chosen.run_id)).one()
    assert run.threshold == pytest.approx(chosen.threshold)
    assert run.stats["cut"]["chosen_by"] == "model"
    assert run.stats["cut"]["expected_recall"] == chosen.expected_recall
    # a cut-off given by the user wins; at 0.99 the two Sokolov mentions (death dates
    # months apart, one without a region) stay apart
    given = link_registry(registry, tmp_path, threshold=0.99)
    assert (given.chosen_by, given.threshold) == ("given", 0.99)
    assert given.persons > chosen.persons
    with registry.connect() as conn:
        run = conn.execute(select(s.link_run).where(s.link_run.c.id == given.run_id)).one()
    assert run.threshold == 0.99 and run.stats["cut"]["chosen_by"] == "given"


def test_ids_are_stable_and_new_mentions_join(registry: Engine, tmp_path: Path) -> None:
    link_registry(registry, tmp_path, retrain=True)
    before = _persons(registry)
    link_registry(registry, tmp_path)
    assert _persons(registry) == before
    extra = {"thapa": [{"source": "family", "name": "Thapa Ram Bahadur",
                        "death_date": "2023-03-12"}]}  # fmt: skip
    new = [dict(r, id="f" * 31 + "0") for r in mention_rows(extra)]
    fill_registry(registry, new)
    report = link_registry(registry, tmp_path)
    after = _persons(registry)
    assert after[new[0]["id"]] == before[_ids("thapa")[0]]
    assert all(after[m] == p for m, p in before.items())
    assert report.events == {"grown": 1}


def test_decisions_win_over_the_model(registry: Engine, tmp_path: Path) -> None:
    link_registry(registry, tmp_path, threshold=FIXED, retrain=True)
    k1, k2 = _ids("kuznetsov")
    so1, so2 = _ids("sokolov")
    before = _persons(registry)
    assert before[k1] == before[k2] and before[so1] != before[so2]
    record_decision(registry, k1, k2, "different", "anna", "other father's name")
    record_decision(registry, so2, so1, "same", "boris", "same obituary photo")
    report = link_registry(registry, tmp_path, threshold=FIXED)
    after = _persons(registry)
    assert after[k1] != after[k2]
    assert after[so1] == after[so2]
    assert report.events.get("split") == 1 and report.events.get("merged") == 1
    # one of the two Kuznetsov ids is the old one, one of the Sokolov ids survives
    assert before[k1] in {after[k1], after[k2]}
    assert after[so1] in {before[so1], before[so2]}
    with registry.connect() as conn:
        merged = conn.execute(select(s.person).where(s.person.c.state == "merged")).all()
        events = conn.execute(select(s.person_event.c.kind)).scalars().all()
    assert len(merged) == 1 and merged[0].merged_into == after[so1]
    assert {"created", "split", "merged"} <= set(events)
    # a decision changed, and the newest wins: Kuznetsov together again
    record_decision(registry, k1, k2, "same", "anna", "checked the documents")
    link_registry(registry, tmp_path, threshold=FIXED)
    assert _persons(registry)[k1] == _persons(registry)[k2]


def test_review_queue_holds_undecided_uncertain_pairs(registry: Engine, tmp_path: Path) -> None:
    link_registry(registry, tmp_path, retrain=True)
    queue = review_queue(registry, limit=10)
    assert queue, "the two Sokolovs and the two Ivanovs are uncertain"
    assert all(0.05 <= q["probability"] <= 0.99 for q in queue)
    assert queue == sorted(queue, key=lambda q: -q["priority"])
    first = queue[0]
    record_decision(registry, first["left"], first["right"], "different", "anna")
    assert (first["left"], first["right"]) not in {(q["left"], q["right"])
                                                  for q in review_queue(registry)}  # fmt: skip


def test_person_decision_sets_the_grade(registry: Engine, tmp_path: Path) -> None:
    link_registry(registry, tmp_path, threshold=FIXED, retrain=True)
    pid = _persons(registry)[_ids("sokolov")[0]]
    with registry.connect() as conn:
        assert conn.execute(select(s.person.c.grade).where(s.person.c.id == pid)).scalar() == (
            "pending"
        )
    record_decision(registry, pid, None, "confirm", "anna", "death notice found")
    link_registry(registry, tmp_path, threshold=FIXED)
    with registry.connect() as conn:
        assert conn.execute(select(s.person.c.grade).where(s.person.c.id == pid)).scalar() == (
            "confirmed"
        )


def test_people_fixture_is_consistent() -> None:
    assert len(mention_rows()) == sum(len(v) for v in PEOPLE.values())
