"""Matching a case list against the registry: across scripts and orders, with reasons,
near-misses, and a message for every row that cannot be read."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import Engine

from headcount.trace import TraceInputError, detect, trace_table
from headcount.trace.columns import prepare, read_bytes

LIST = pd.DataFrame(
    {
        "case_no": ["NP-1", "NP-2", "NP-3", "RU-4", "NP-5", "X-6", "NP-7"],
        "full_name": ["THAPA RAM BAHADUR", "Madan Gurung", "Bishnu Shrestha", "Ivanov Ivan",
                      "", "☺☺", "राम बहादुर थापा"],
        "date_of_birth": ["05/05/1995", "", "1991-01-01", "31/31/1980", "1990-01-01", "", ""],
        "country": ["Nepal", "Nepal", "Nepal", "Atlantis", "Nepal", "", "Nepal"],
        "recruiter": ["Global Jobs", "", "", "", "", "", ""],
        "phone_of_relative": ["+977", "", "", "", "", "", ""],
    }
)  # fmt: skip


def test_columns_are_detected_and_unknown_ones_named() -> None:
    tc = detect(list(LIST.columns))
    assert tc.columns.name == "full_name" and tc.columns.birth_date == "date_of_birth"
    assert tc.columns.citizenship == "country" and tc.columns.id == "case_no"
    assert tc.info == {"recruiter": "recruiter"}
    assert tc.unused == ("phone_of_relative",)


def test_a_list_without_names_is_refused_clearly() -> None:
    with pytest.raises(TraceInputError, match="no name column"):
        detect(["colour", "size"])
    with pytest.raises(TraceInputError, match="not a text table"):
        read_bytes(b"name\x00\x01\x02")


def test_every_unreadable_row_gets_a_message() -> None:
    frame, rows = prepare(LIST, detect(list(LIST.columns)))
    by = {r.row: r for r in rows}
    assert any("no name" in m for m in by[5].messages) and not by[5].matchable
    assert any("no letters" in m for m in by[6].messages) and not by[6].matchable
    assert any("Devanagari" in m for m in by[7].messages) and by[7].matchable
    assert any("date of birth '31/31/1980'" in m for m in by[4].messages)
    assert any("country 'Atlantis'" in m for m in by[4].messages)
    assert list(frame["id"]) == ["q1", "q2", "q3", "q4", "q7"]
    assert frame.set_index("id").loc["q1", "citizenship"] == "NP"


def test_rows_match_across_scripts_with_reasons(traced: Engine) -> None:
    result = trace_table(LIST, traced, exclude_sources=["family"])
    rows = {r.row: r for r in result.rows}
    thapa = rows[1]
    assert thapa.verdict == "match", thapa
    best = thapa.best
    assert best is not None and best.person_id == "pthapa"
    assert {"name", "birth date", "citizenship"} <= set(best.agree)
    assert best.person["status"] == "killed"
    assert best.person["status_evidence"]["source"] == "list"
    assert best.person["recruitment"]["recruiter"]["value"] == "Global Jobs"
    assert rows[2].best is not None and rows[2].best.person_id == "pgurung"
    # the family source is left out: its only person is no candidate
    assert rows[3].verdict == "no match"
    assert all(c.person_id != "pfamily" for c in rows[3].near_misses)
    assert rows[5].verdict == "not matched" and rows[6].verdict == "not matched"
    assert rows[7].best is not None and rows[7].best.person_id == "pthapa"
    assert "column 'phone_of_relative' is not used" in result.messages


def test_a_disagreeing_birth_date_is_said(traced: Engine) -> None:
    df = pd.DataFrame({"name": ["Ram Bahadur Thapa"], "dob": ["1971-12-30"]})
    result = trace_table(df, traced)
    cand = (result.rows[0].candidates or result.rows[0].near_misses)[0]
    assert cand.person_id == "pthapa"
    assert "birth date" in cand.disagree and "name" in cand.agree


def test_without_the_exclusion_the_list_finds_itself(traced: Engine) -> None:
    result = trace_table(LIST, traced)
    best = result.rows[2].best
    assert best is not None and best.person_id == "pfamily"
