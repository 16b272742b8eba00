"""Person lists: mappings, profiles, expectations and row errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from headcount.ingest import ReadError, parse_source, read_file
from headcount.ingest.source import SourceError, profile_names
from headcount.reference import find_country


def _read(tmp_path: Path, name: str, content: str, decl: dict) -> list:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    src = parse_source({"name": "l", "kind": "list", **decl})
    [doc] = read_file(path, path.read_bytes(), src, name)
    return doc.mentions


def test_built_in_profiles_exist() -> None:
    assert {"mediazona", "lostarmour"} <= set(profile_names())


def test_mediazona_profile_codes_channel_and_branch_apart(tmp_path: Path) -> None:
    rows = [
        {
            "name": "Тхапа Рам Бахадур",
            "region": "Иностранцы",
            "regionDisplay": "Непал",
            "type": "добровольцы",
            "rank": None,
            "age": 23,
            "birth": None,
            "death": "??.12.2024",
            "source": None,
            "uid": "a" * 64,
            "new": 0,
            "originalUrl": "x",
            "originalId": 1,
        },
        {
            "name": "Петров Иван Сергеевич",
            "region": "Бурятия",
            "regionDisplay": "Бурятия",
            "type": "мотострелковые войска",
            "rank": "рядовой",
            "age": None,
            "birth": "01.02.1989",
            "death": "12.03.2023",
            "source": "https://archive.ph/x",
            "uid": "b" * 64,
            "new": 0,
            "originalUrl": "y",
            "originalId": 2,
        },
    ]
    foreign, russian = _read(tmp_path, "mz.json", json.dumps(rows), {"profile": "mediazona"})
    assert foreign.fields["citizenship"] == "NP" and "region" not in foreign.fields
    assert foreign.evidence["citizenship"] == {"column": "regionDisplay", "quote": "Непал"}
    assert foreign.fields["channel"] == "volunteer_formation" and "branch" not in foreign.fields
    assert foreign.fields["death_date"] == "2024-12"
    assert foreign.fields["death_date_precision"] == "month"
    assert russian.fields["region"] == "RU-BU" and "citizenship" not in russian.fields
    assert russian.evidence["region"]["quote"] == "Бурятия"
    assert russian.fields["branch"] == "motor_rifle" and "channel" not in russian.fields
    assert russian.evidence["death_date"] == {"column": "death", "quote": "12.03.2023"}


def test_the_two_published_samples_map_every_record(shared_data: Path) -> None:
    expected = {
        "mediazona": ("mediazona_foreign_sample.json", 57),
        "lostarmour": ("lostarmour_mercenaries_sample.json", 55),
    }
    for profile, (name, n) in expected.items():
        path = shared_data / "war" / name
        src = parse_source({"name": profile, "kind": "list", "profile": profile})
        [doc] = read_file(path, path.read_bytes(), src, name)
        records = json.loads(path.read_text("utf-8"))
        assert len(doc.mentions) == len(records) == n
        assert doc.meta["unmapped_columns"] == []
        for mention, record in zip(doc.mentions, records, strict=True):
            name, sign = mention.fields.get("name"), mention.fields.get("callsign")
            # the name keeps every word of the cell that is not a call sign
            assert name is None or all(w in record["name"] for w in name.split())
            assert sign is None or (sign in record["name"] and sign not in (name or ""))
            citizenship = mention.fields.get("citizenship")
            if citizenship is not None:
                assert find_country(citizenship) is not None, citizenship
            assert mention.fields["status"] == "killed"
            # every non-empty cell of a mapped column is either coded or quoted
            for rule in src.mapping:
                cell = record.get(rule.column) if rule.column else None
                ev = mention.evidence.get(rule.field)
                if cell not in (None, "") and ev and ev.get("column") == rule.column:
                    assert ev["quote"] == str(cell).strip()


def test_missing_mapped_column_names_it(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"mapped column 'dob' \(field birth_date\) is missing"):
        _read(
            tmp_path, "l.csv", "name,x\nA,1\n", {"mapping": {"name": "name", "birth_date": "dob"}}
        )


def test_bad_cell_keeps_its_row_and_names_row_column_and_value(tmp_path: Path) -> None:
    csv = "name,age\nA,30\nB,thirty\n"
    a, b = _read(tmp_path, "l.csv", csv, {"mapping": {"name": "name", "age": "age"}})
    assert a.fields["age"] == 30 and not a.warnings
    assert b.fields["name"] == "B" and "age" not in b.fields
    assert b.evidence["age"] == {"column": "age", "quote": "thirty"}
    [w] = b.warnings
    assert (w.row, w.column, w.field, w.raw, w.kind) == (2, "age", "age", "thirty", "age")
    assert w.message("l.csv").startswith("l.csv: row 2: column 'age' (field age): 'thirty'")


def test_expectation_min_rows_fails(tmp_path: Path) -> None:
    decl = {"mapping": {"name": "name"}, "expect": {"min_rows": 3}}
    with pytest.raises(ReadError, match="expects at least 3"):
        _read(tmp_path, "l.csv", "name\nA\nB\n", decl)


def test_ragged_csv_rows_are_kept_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("name,age\nA,1\nB,2,3\nC\n", "utf-8")
    src = parse_source({"name": "l", "kind": "list", "mapping": {"name": "name", "age": "age"}})
    [doc] = read_file(path, path.read_bytes(), src, "l.csv")
    assert [m.fields["name"] for m in doc.mentions] == ["A", "B", "C"]
    assert doc.mentions[1].extra == {"_extra_cells": ["3"]}
    assert [(w.row, w.kind) for w in doc.warnings] == [(2, "row"), (3, "row")]
    assert "line 3: 3 cells" in doc.warnings[0].reason


def test_unknown_code_in_a_value_column_is_a_warning(tmp_path: Path) -> None:
    [row] = _read(
        tmp_path, "l.csv", "name,st\nA,dead\n", {"mapping": {"name": "name", "status": "st"}}
    )
    assert "status" not in row.fields and row.evidence["status"]["quote"] == "dead"
    assert [(w.kind, w.raw) for w in row.warnings] == [("code", "dead")]


@pytest.mark.parametrize(
    ("decl", "message"),
    [
        ({"name": "x"}, "missing required field 'kind'"),
        ({"name": "x", "kind": "blog"}, "kind 'blog' is not one of"),
        ({"name": "X Y", "kind": "news"}, "must be lower-case"),
        ({"name": "x", "kind": "list", "mapping": {"dob": "c"}}, "unknown field 'dob'"),
        ({"name": "x", "kind": "list", "profile": "nope"}, "unknown profile 'nope'"),
        ({"name": "x", "kind": "news", "colour": 1}, "unknown keys"),
        ({"name": "x", "kind": "news", "expect": {"min_rows": -1}}, "non-negative"),
    ],
)
def test_bad_source_declarations(decl: dict, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse_source(decl, "sources/x.yml")


def test_places_are_coded_and_unknown_names_kept(tmp_path: Path) -> None:
    csv = "name,region,country\nA,Tuva,Nepal\nB,Нижегородская обл.,Непал\nC,Atlantis,Narnia\n"
    decl = {"mapping": {"name": "name", "region": "region", "citizenship": "country"}}
    a, b, c = _read(tmp_path, "l.csv", csv, decl)
    assert (a.fields["region"], a.fields["citizenship"]) == ("RU-TY", "NP")
    assert (b.fields["region"], b.fields["citizenship"]) == ("RU-NIZ", "NP")
    assert c.fields["region"] == "Atlantis" and "citizenship" not in c.fields
    assert c.evidence["citizenship"]["quote"] == "Narnia"
    assert [(w.kind, w.raw) for w in c.warnings] == [("place", "Narnia")]
    assert a.fields["region_occupied"] == 0 and "region_occupied" not in c.fields


def test_recruitment_fields_map_from_a_consular_list(tmp_path: Path) -> None:
    csv = "name,agency,job,left\nRam Thapa,Everest Manpower,security guard,03/2024\n"
    decl = {
        "mapping": {
            "name": "name",
            "recruiter": "agency",
            "promised_job": "job",
            "departure_date": {"column": "left", "format": "%m/%Y"},
        }
    }
    [row] = _read(tmp_path, "l.csv", csv, decl)
    assert row.fields["recruiter"] == "Everest Manpower"
    assert row.fields["promised_job"] == "security guard"
    assert (row.fields["departure_date"], row.fields["departure_date_precision"]) == (
        "2024-03",
        "month",
    )


def test_names_of_the_published_samples_are_split_as_written(shared_data: Path) -> None:
    parts = {}
    for profile, name in (
        ("lostarmour", "lostarmour_mercenaries_sample.json"),
        ("mediazona", "mediazona_foreign_sample.json"),
    ):
        path = shared_data / "war" / name
        src = parse_source({"name": profile, "kind": "list", "profile": profile})
        [doc] = read_file(path, path.read_bytes(), src, name)
        for m in doc.mentions:
            f = m.fields
            if f.get("name"):
                parts[f["name"]] = (f.get("surname"), f.get("given_name"), f.get("patronymic"))
                # no call sign, and no Latin word, left in a Cyrillic name
                assert not any(ch in f["name"] for ch in "\"«»()"), f["name"]
    assert parts["Андрес Фелипе Асеведо Араке"] == ("Асеведо Араке", "Андрес Фелипе", None)
    assert parts["Джексон Аурелио Лоуренсу ду Росарио"][0] == "Лоуренсу ду Росарио"
    assert parts["Робинсон Ипуз Гонсалес"][:2] == ("Ипуз Гонсалес", "Робинсон")
    assert parts["Мамедов Фуад Фархад оглу"] == ("Мамедов", "Фуад", "Фархад оглу")
    assert parts["Али Сафаров Гасан оглы"] == ("Сафаров", "Али", "Гасан оглы")
    assert parts["Ёрбеков Одилджон Абиджанович"] == ("Ёрбеков", "Одилджон", "Абиджанович")
    assert parts["Живкович Братислав Зоран"][0] == "Живкович"
