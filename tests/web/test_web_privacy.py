"""Privacy rules on public pages and the API: the living and minors without birth date,
settlement or unit; removed people left out; researchers see everything."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from headcount.privacy import PrivacyRules, is_minor, restricted


def fields(client: TestClient, pid: str) -> dict[str, Any]:
    r = client.get(f"/api/v1/person/{pid}")
    assert r.status_code == 200, r.text
    return {f["field"]: f for f in r.json()["fields"]}


def test_the_living_are_shown_without_identifying_details(client: TestClient) -> None:
    f = fields(client, "p4thapa")  # missing
    assert {"birth_date", "settlement", "unit"}.isdisjoint(f)
    page = client.get("/person/p4thapa").text
    for secret in ("1995-05-05", "Pokhara", "Шторм"):
        assert secret not in page
    assert "withheld" in page
    assert "archived copy" not in page
    hit = client.get("/api/v1/search", params={"q": "Thapa"}).json()["results"][0]
    assert hit["birth_date"] is None


def test_minors_are_shown_without_identifying_details(client: TestClient) -> None:
    f = fields(client, "p5minor")  # born 2006, killed 2023
    assert "birth_date" not in f and "settlement" not in f
    assert "Тольятти" not in client.get("/person/p5minor").text


def test_the_dead_adults_are_shown_in_full_with_conflicts(client: TestClient) -> None:
    f = fields(client, "p1petrov")
    assert f["birth_date"]["value"] == "1990-01-02"
    assert f["birth_date"]["conflict"] is True
    assert f["birth_date"]["alternatives"][0]["value"] == "1990-02-01"
    assert f["settlement"]["sources"][0]["quote"] == "«Самара»"
    page = client.get("/person/p1petrov").text
    assert "sources disagree" in page and "archived copy" in page


def test_researchers_see_everything(make_client: Any) -> None:
    rita = make_client("rita")
    f = fields(rita, "p4thapa")
    assert f["birth_date"]["value"] == "1995-05-05" and "settlement" in f
    assert "Pokhara" in rita.get("/person/p4thapa").text


def test_viewers_see_what_the_public_sees(make_client: Any) -> None:
    assert "birth_date" not in fields(make_client("vic"), "p4thapa")


def test_removed_people_are_left_out(client: TestClient) -> None:
    assert client.get("/person/p6removed").status_code == 404
    assert client.get("/api/v1/person/p6removed").status_code == 404
    found = client.get("/api/v1/search", params={"q": "Кузнецов"}).json()
    assert found["total"] == 0
    stats = client.get("/api/v1/stats").json()
    assert stats["persons"] == 6


def test_workspace_settings_can_allow_details(make_client: Any) -> None:
    client = make_client(privacy=PrivacyRules(show_living_details=True, show_minor_details=True))
    assert "birth_date" in fields(client, "p4thapa")
    assert "birth_date" in fields(client, "p5minor")
    assert client.get("/person/p6removed").status_code == 200  # no removals in these rules


def test_archived_copies_of_documents_about_protected_people_are_not_public(
    client: TestClient, make_client: Any
) -> None:
    # d-list names the missing Thapa; d-news names the minor
    assert client.get("/document/d-list/archive").status_code == 404
    assert make_client("rita").get("/document/d-list/archive").status_code == 200


def test_rules() -> None:
    assert is_minor("2006-06-01", "2023-08-01") and not is_minor("2005-06-01", "2023-08-01")
    assert is_minor("2005-09-01", "2023-08-01")  # 17 years and 11 months
    assert not is_minor(None) and is_minor(None, age=17)
    rules = PrivacyRules()
    assert restricted(rules, "missing", "1990") and restricted(rules, None, None)
    assert not restricted(rules, "killed", "1990", "2023")
    assert not restricted(PrivacyRules(show_living_details=True), "captured", "1990")
