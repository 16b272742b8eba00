"""Every row in, every cell kept: generated lists with random bad cells."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from headcount.ingest import parse_source, read_file
from headcount.ingest.run import ingest
from headcount.store import open_registry
from headcount.store import schema as s

# good and bad cells of each mapped column of the Mediazona format
GOOD: dict[str, list[Any]] = {
    "regionDisplay": ["Непал", "Узбекистан", "Южная Осетия", "Чили", "Taiwan", None],
    "type": ["добровольцы", "ЧВК", "мотострелковые войска", "нет данных", None],
    "rank": ["рядовой", "мл. сержант", "гв. капитан", None],
    "age": [23, 41, "35", None],
    "birth": ["10.02.1969", "??.05.1990", "1985", "около 1975", "1203.1980", None],
    "death": ["12.03.2023", "2023-03", "до 05.2024", "хх.хх.2024", None],
}
BAD: dict[str, list[str]] = {
    "regionDisplay": ["Неопределенно", "Французский легион", "Африка", "Атлантида"],
    "type": ["космические войска", "стройбат"],
    "rank": ["доброволец", "боец"],
    "age": ["тридцать", "-4", "200"],
    "birth": ["31.02.1990", "12.03.90", "неизвестно", "103.1990"],
    "death": ["13.13.2023", "хх.хх.хххх", "между 2024 и 2022", "вчера"],
}
COLUMNS = list(GOOD)


@st.composite
def lists(draw: st.DrawFn) -> tuple[list[dict[str, Any]], set[tuple[int, str]]]:
    n = draw(st.integers(min_value=1, max_value=25))
    rows, bad = [], set()
    for i in range(1, n + 1):
        row: dict[str, Any] = {
            "name": draw(st.sampled_from(["Петров Иван Сергеевич", 'Хуан Перес "Lobo"'])),
            "region": "Иностранцы",
            "source": None,
            "uid": f"{i:064d}",
        }
        for col in COLUMNS:
            if draw(st.booleans()) and draw(st.booleans()):
                row[col] = draw(st.sampled_from(BAD[col]))
                bad.add((i, col))
            else:
                row[col] = draw(st.sampled_from(GOOD[col]))
        rows.append(row)
    return rows, bad


MEDIAZONA = parse_source({"name": "mz", "kind": "list", "profile": "mediazona"})


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lists())
def test_rows_stored_equal_rows_and_each_bad_cell_has_one_warning(
    tmp_path: Path, generated: tuple[list[dict[str, Any]], set[tuple[int, str]]]
) -> None:
    rows, bad = generated
    raw = json.dumps(rows, ensure_ascii=False).encode()
    [doc] = read_file(tmp_path / "mz.json", raw, MEDIAZONA, "mz.json")
    assert len(doc.mentions) == len(rows)
    got = [(w.row, w.column) for w in doc.warnings]
    assert sorted(got) == sorted(bad)  # exactly one each, no more
    for w in doc.warnings:
        mention = doc.mentions[w.row - 1]  # type: ignore[operator]
        assert w.raw == str(rows[w.row - 1][w.column])  # type: ignore[operator,index]
        assert w.reason
        # the cell is kept verbatim as quoted evidence
        quotes = [e.get("quote") for e in mention.evidence.values()]
        assert w.raw in quotes


def test_an_ingested_list_keeps_every_row_and_its_warnings(tmp_path: Path) -> None:
    rows = [
        {"name": "А", "region": "Иностранцы", "regionDisplay": "Непал", "death": "12.03.2023"},
        {"name": "Б", "region": "Иностранцы", "regionDisplay": "Африка", "death": "31.02.2023"},
        {"name": "В", "region": "Иностранцы", "regionDisplay": "Чили", "death": "1203.2023"},
    ]
    for r in rows:
        r.update(type="морпехи", rank=None, age=None, birth=None, source=None, uid=r["name"])
    path = tmp_path / "mz.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    engine = open_registry(f"sqlite:///{tmp_path / 'r.sqlite'}")
    report = ingest(engine, tmp_path / "archive", MEDIAZONA, [path])
    assert report.ok and report.mentions == 3 and report.cells_repaired == 1
    assert report.warning_counts() == {"date": 1, "place": 1}
    strict = ingest(engine, tmp_path / "archive", MEDIAZONA, [path], strict=True)
    assert strict.mentions == 0  # already stored: the strict run adds nothing, loses nothing
    with engine.connect() as conn:
        stored = conn.scalar(select(func.count()).select_from(s.mention))
        warnings = conn.execute(
            select(
                s.ingest_warning.c.row_no, s.ingest_warning.c.column_name, s.ingest_warning.c.raw
            ).order_by(s.ingest_warning.c.row_no, s.ingest_warning.c.column_name)
        ).all()
    assert stored == 3
    assert [tuple(w) for w in warnings] == [
        (2, "death", "31.02.2023"),
        (2, "regionDisplay", "Африка"),
    ]


def test_strict_stores_nothing_of_a_file_with_a_bad_cell(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("name,born\nA,1990\nB,31.02.1990\nC,1991\n", "utf-8")
    src = parse_source(
        {"name": "l", "kind": "list", "mapping": {"name": "name", "birth_date": "born"}}
    )
    engine = open_registry(f"sqlite:///{tmp_path / 'r.sqlite'}")
    report = ingest(engine, tmp_path / "archive", src, [path], strict=True)
    assert not report.ok and report.mentions == 0
    assert any("row 2: column 'born'" in m and "31.02.1990" in m for _, m in report.errors)
    report = ingest(engine, tmp_path / "archive", src, [path])
    assert report.ok and report.mentions == 3 and len(report.cell_warnings) == 1
