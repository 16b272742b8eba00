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


def _add_age_only_minor(registry: Any) -> None:
    """A killed boy known only by his age, in a document of his own (d-age)."""
    from sqlalchemy import insert

    from headcount.store import schema as s

    now = "2024-01-01T00:00:00+00:00"
    with registry.begin() as conn:
        conn.execute(insert(s.document).values(
            id="d-age", source="news", format="html", origin="d-age.bin", url=None,
            ingested_at=now, archive_path="d-news.bin", size=10, text=""))  # fmt: skip
        conn.execute(insert(s.person).values(
            id="p8boy", state="active", grade="confirmed", grade_rule="test",
            name="Орлов Павел", death_date="2023-05-01", status="killed", region="RU-TY",
            mentions=1, sources=1, conflicts=0, status_history=[], created_run=1,
            updated_run=1, created_at=now, updated_at=now))  # fmt: skip
        quote = "Шестнадцатилетний Павел Орлов из Чадана"
        conn.execute(insert(s.mention).values(
            id="m9", document_id="d-age", source="news", locator="m9", extractor="test",
            extractor_version="1", created_at=now, name="Орлов Павел", status="killed",
            death_date="2023-05-01", age=16, region="RU-TY", settlement="Чадан",
            evidence={
                "name": {"quote": quote, "start": 0, "end": len(quote)},
                "age": {"quote": "Шестнадцатилетний", "start": 0, "end": 17},
                "settlement": {"quote": "Чадана", "start": 33, "end": 39},
                "region": {"quote": "Чадана", "start": 33, "end": 39, "rule": "settlement"},
            }))  # fmt: skip
        conn.execute(insert(s.person_mention).values(
            mention_id="m9", person_id="p8boy", run_id=1, rule="model"))  # fmt: skip


def test_a_minor_known_only_by_age_is_protected_everywhere(
    client: TestClient, make_client: Any, registry: Any
) -> None:
    _add_age_only_minor(registry)
    page = client.get("/person/p8boy").text
    api = client.get("/api/v1/person/p8boy").json()
    assert api["restricted"] is True
    quotes = [x["quote"] for f in api["fields"] for x in f["sources"]]
    assert "Павел Орлов" in " ".join(q for q in quotes if q)  # the name is still quoted
    for text in (page, str(api)):
        for secret in ("Шестнадцат", "Чадан", "16"):
            assert secret not in text, secret
    # the archived document names him: not public, but researchers read it
    assert client.get("/document/d-age/archive").status_code == 404
    assert make_client("rita").get("/document/d-age/archive").status_code == 200


def test_removals_apply_at_once_and_survive_merges(
    workspace: Any, make_client: Any, registry: Any
) -> None:
    from headcount.web.linkage import record_decision

    client = make_client()
    assert client.get("/person/p1petrov").status_code == 200
    (workspace.root / "removed.txt").write_text("p1petrov  # asked 2024-05-02\n", "utf-8")
    with (workspace.root / "headcount.toml").open("a", encoding="utf-8") as fh:
        fh.write('removed_file = "removed.txt"\n')  # appended to the [privacy] section
    # the running app, no restart
    assert client.get("/person/p1petrov").status_code == 404
    assert client.get("/api/v1/search", params={"q": "Петров Иван Сергеевич"}).json()[
        "results"
    ] == [] or all(
        h["person_id"] != "p1petrov"
        for h in client.get("/api/v1/search", params={"q": "Петров"}).json()["results"]
    )
    # a reviewer merges the removed person with another record ("same")
    record_decision(registry, kind="pair", left_id="m1", right_id="m4", verdict="same", who="t")
    for pid in ("p1petrov", "p3petrov"):
        r = client.get(f"/person/{pid}", follow_redirects=False)
        assert r.status_code == 404, (pid, r.status_code)
        assert "Самара" not in r.text and "1990-01-02" not in r.text
        assert client.get(f"/api/v1/person/{pid}", follow_redirects=False).status_code == 404
