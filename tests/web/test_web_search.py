"""Search by name in any script and case form, best matches first; filters; pagination."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from headcount.web.search import nominatives, parse_query


def ids(client: TestClient, q: str, **params: str) -> list[str]:
    r = client.get("/api/v1/search", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return [h["person_id"] for h in r.json()["results"]]


@pytest.mark.parametrize(
    "q",
    [
        "Петров Иван",
        "Ивана Петрова",
        "Ivan Petrov",
        "IVAN PETROV",
        "петров",
        "Petrov Ivan Sergeevich",
    ],
)
def test_petrov_ivan_in_any_script_and_case_comes_first(client: TestClient, q: str) -> None:
    found = ids(client, q)
    assert found[0] == "p1petrov"


def test_petrov_alone_finds_every_petrov_and_petrova(client: TestClient) -> None:
    assert set(ids(client, "Petrov")) == {"p1petrov", "p2petrova", "p3petrov"}


def test_genitive_feminine_finds_the_woman_first(client: TestClient) -> None:
    assert ids(client, "Анны Петровой")[0] == "p2petrova"


def test_nepali_name_in_latin_finds_the_cyrillic_record(client: TestClient) -> None:
    assert ids(client, "Ram Bahadur Thapa") == ["p4thapa"]
    assert ids(client, "Thapa Ram")[0] == "p4thapa"


def test_confirmed_and_exact_matches_rank_first(client: TestClient) -> None:
    found = ids(client, "Иван Петров")
    assert found[:2] == ["p1petrov", "p3petrov"]


def test_partial_matches_follow_full_ones(client: TestClient) -> None:
    r = client.get("/api/v1/search", params={"q": "Ivan Petrov Nikolaevich"}).json()
    assert r["results"][0]["person_id"] == "p3petrov"
    assert r["results"][0]["matched"] == 3
    assert "p1petrov" in [h["person_id"] for h in r["results"][1:]]


def test_filters(client: TestClient) -> None:
    assert ids(client, "Petrov", region="RU-BU") == ["p3petrov"]
    assert ids(client, "Petrov", channel="contract") == ["p3petrov"]
    assert set(ids(client, "", status="missing")) == {"p4thapa"}
    assert set(ids(client, "Petrov", date_from="2023-01", date_to="2023-03")) == {"p1petrov"}
    assert set(ids(client, "", citizenship="NP")) == {"p4thapa"}


def test_pagination(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(page_size=2)
    first = client.get("/api/v1/search", params={"q": "Petrov"}).json()
    second = client.get("/api/v1/search", params={"q": "Petrov", "page": 2}).json()
    assert first["total"] == second["total"] == 3
    assert len(first["results"]) == 2 and len(second["results"]) == 1
    assert not {h["person_id"] for h in first["results"]} & {
        h["person_id"] for h in second["results"]
    }
    page = client.get("/search", params={"q": "Petrov"}).text
    assert "page 1 of 2" in page and "Next" in page


def test_html_search_and_htmx_partial(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Ivan Petrov"})
    assert page.status_code == 200 and "Петров Иван Сергеевич" in page.text
    assert "<html" in page.text
    partial = client.get("/search", params={"q": "Ivan Petrov"}, headers={"HX-Request": "true"})
    assert "<html" not in partial.text and "Петров Иван Сергеевич" in partial.text


def test_bad_parameters_are_a_clear_error(client: TestClient) -> None:
    r = client.get("/api/v1/search", params={"q": "x", "date_from": "yesterday"})
    assert r.status_code == 422 and "date_from" in r.json()["error"]
    assert client.get("/api/v1/search", params={"q": "x" * 500}).status_code == 422


def test_query_words_are_brought_to_the_nominative() -> None:
    assert "иван" in nominatives("Ивана")
    assert {"петров", "петрова"} <= set(nominatives("Петровой")) | set(nominatives("Петрова"))
    words = parse_query("Ивана Петрова")
    assert [w.text for w in words] == ["Ивана", "Петрова"]
    assert "IVAN" in words[0].exact and "PETROV" in words[1].exact


@pytest.mark.parametrize(
    "q", ["Пе\u0301тров Ива\u0301н", "Пет\u200dров Ив\u00adан", "Пет\u0301\u200cров\u200bИван"]
)
def test_stress_marks_and_invisible_characters_do_not_split_a_query(
    client: TestClient, q: str
) -> None:
    r = client.get("/api/v1/search", params={"q": q}).json()
    assert r["words"] == ["Петров", "Иван"]
    assert r["results"][0]["person_id"] == "p1petrov"


def test_invisible_characters_in_a_stored_name_do_not_join_its_words(
    client: TestClient, registry: Engine
) -> None:
    from sqlalchemy import update

    from headcount.store import schema as s
    from headcount.web import index

    with registry.begin() as conn:
        name = "Петро\u0301в\u200bИван\u200dНиколаевич"  # as a scraped page may give it
        conn.execute(update(s.person).where(s.person.c.id == "p3petrov").values(name=name))
        index.reindex(conn, ["p3petrov"])
    index.changed()
    assert "p3petrov" in ids(client, "Николаевич")
    assert ids(client, "Петров Иван Николаевич")[0] == "p3petrov"
