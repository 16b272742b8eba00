"""The bundled demo corpus: determinism, formats, source declarations, ground truth."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from headcount.demo import DemoCorpus, generate
from headcount.demo.names import inflect_full, inflect_given, inflect_surname, translit, typo
from headcount.ingest.source import load_source

MZ_KEYS = {"name", "region", "regionDisplay", "type", "rank", "age", "birth", "death",
           "source", "uid", "new", "originalUrl", "originalId"}
MZ_TYPES = {"добровольцы", "заключенные", "ЧВК", "мобилизованные", "мотострелковые войска",
            "ВДВ", "нет данных"}


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> DemoCorpus:
    return generate(tmp_path_factory.mktemp("demo") / "out", seed=2022)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_same_seed_same_bytes_other_seed_differs(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", seed=7, people=120)
    b = generate(tmp_path / "b", seed=7, people=120)
    c = generate(tmp_path / "c", seed=8, people=120)
    ta, tb, tc = _tree(a.root), _tree(b.root), _tree(c.root)
    assert ta == tb
    assert ta["truth/people.csv"] != tc["truth/people.csv"]
    assert ta["corpus/lists/mediazona.json"] != tc["corpus/lists/mediazona.json"]
    # regenerating into the same folder replaces, not accumulates
    again = generate(tmp_path / "a", seed=8, people=120)
    assert _tree(again.root) == tc


def test_no_machine_paths_in_outputs(corpus: DemoCorpus) -> None:
    root = str(corpus.root)
    for rel, data in _tree(corpus.root).items():
        assert root.encode() not in data, rel


def test_every_source_loads_and_points_at_files(corpus: DemoCorpus) -> None:
    sources = {s.name: s for s in (load_source(p) for p in corpus.sources)}
    assert set(sources) == set(corpus.counts)
    kinds = Counter(s.kind.value for s in sources.values())
    assert kinds["news"] >= 4 and kinds["government"] >= 2 and kinds["social"] == 2
    assert kinds["list"] == 1 and kinds["family_report"] == 1
    for s in sources.values():
        assert s.system in {"media", "telegram", "government", "mediazona", "family"}
        assert s.paths and all((corpus.root / p).exists() for p in s.paths), s.name
        assert s.format is not None
    assert sources["mediazona"].profile == "mediazona"
    assert sources["mediazona"].expect.min_rows == corpus.counts["mediazona"]
    tg = sources["poisk_svoih_demo"]
    assert tg.url_template == "https://t.me/poisk_svoih_demo/{id}"
    family = sources["family-missing"]
    mapped = {r.column for r in family.mapping if r.column}
    assert "phone_of_relative" in family.ignore and "phone_of_relative" not in mapped
    with (corpus.root / "corpus/family/missing_persons.csv").open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert set(header) == mapped | family.ignore


def test_telegram_exports_have_the_desktop_structure(corpus: DemoCorpus) -> None:
    for folder in sorted((corpus.root / "corpus/telegram").iterdir()):
        export = json.loads((folder / "result.json").read_text("utf-8"))
        assert export["type"] == "public_channel" and isinstance(export["id"], int)
        assert export["name"]
        msgs = export["messages"]
        assert [m["id"] for m in msgs] == sorted({m["id"] for m in msgs})
        assert {m["type"] for m in msgs} == {"message", "service"}
        rich = photos = 0
        for m in msgs:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", m["date"])
            assert m["date_unixtime"].isdigit()
            assert isinstance(m["text"], str | list) and isinstance(m["text_entities"], list)
            if m["type"] == "message":
                assert m["from_id"] == f"channel{export['id']}"
            if isinstance(m["text"], list):
                rich += 1
                assert all(isinstance(x, str) or {"type", "text"} <= set(x) for x in m["text"])
            if "photo" in m:
                photos += 1
                assert m["width"] and m["height"]
        assert rich > 5 and photos > 3


def test_mediazona_list_has_the_exact_format(corpus: DemoCorpus) -> None:
    rows = json.loads((corpus.root / "corpus/lists/mediazona.json").read_text("utf-8"))
    assert len(rows) == corpus.counts["mediazona"] > 50
    people = {p["person_id"]: p for p in _csv(corpus.root / "truth/people.csv")}
    mz = [m for m in _csv(corpus.root / "truth/mentions.csv") if m["source"] == "mediazona"]
    for row in rows:
        assert set(row) == MZ_KEYS
        assert row["type"] in MZ_TYPES and row["new"] == 0
        assert re.fullmatch(r"[0-9a-f]{64}", row["uid"])
        assert row["originalUrl"] == row["name"].replace(" ", "_")
        assert row["death"] is None or re.fullmatch(r"\d\d\.\d\d\.\d{4}", row["death"])
        assert row["age"] is None or isinstance(row["age"], int)
        assert (row["region"] == "Иностранцы") == (row["regionDisplay"] != row["region"])
        assert re.fullmatch(r"[А-ЯЁ][а-яё-]+( [А-ЯЁ][а-яё-]+)+", row["name"]), row["name"]
    for m in mz:
        assert people[m["person_id"]]["death_date"], "only the dead are on the list"
        assert rows[int(m["locator"])]["name"] == m["name_form"]
    assert {r["regionDisplay"] for r in rows if r["region"] == "Иностранцы"} >= {"Непал"}


def _message_text(msg: dict[str, object]) -> str:
    text = msg["text"]
    if isinstance(text, str):
        return text
    assert isinstance(text, list)
    return "".join(x if isinstance(x, str) else x["text"] for x in text)


def test_truth_mentions_point_at_real_text(corpus: DemoCorpus) -> None:
    people = {p["person_id"]: p for p in _csv(corpus.root / "truth/people.csv")}
    mentions = _csv(corpus.root / "truth/mentions.csv")
    assert len(people) == corpus.people == 300 and len(mentions) == corpus.mentions
    exports: dict[str, dict[int, dict[str, object]]] = {}
    family = _csv(corpus.root / "corpus/family/missing_persons.csv")
    for m in mentions:
        assert m["person_id"] in people
        path = corpus.root / m["path"]
        assert path.is_file()
        if m["path"].endswith(".html"):
            assert m["name_form"] in path.read_text("utf-8")
        elif m["path"].endswith("result.json"):
            if m["path"] not in exports:
                data = json.loads(path.read_text("utf-8"))
                exports[m["path"]] = {x["id"]: x for x in data["messages"]}
            assert m["name_form"] in _message_text(exports[m["path"]][int(m["locator"])])
        elif m["path"].endswith(".csv"):
            assert family[int(m["locator"])]["full_name"] == m["name_form"]
    named = {m["person_id"] for m in mentions}
    assert named == set(people), "every person is named somewhere"
    per_person = Counter(len({m["source"] for m in mentions if m["person_id"] == pid})
                         for pid in people)
    assert max(per_person) <= 4 and per_person[1] < len(people)
    cases = Counter(m["case"] for m in mentions)
    assert cases["gen"] > 10 and cases["acc"] > 5


def test_population_mix(corpus: DemoCorpus) -> None:
    people = _csv(corpus.root / "truth/people.csv")
    regions = Counter(p["region"] for p in people if p["region"])
    assert len(regions) >= 25
    assert regions.most_common(1)[0][0] in {"RU-BU", "RU-TY", "RU-BA", "RU-ZAB"}
    foreign = [p for p in people if p["citizenship"] != "RU"]
    assert 0.15 <= len(foreign) / len(people) <= 0.25
    assert {"NP", "IN", "UZ", "TJ", "CU"} <= {p["citizenship"] for p in foreign}
    assert {p["final_status"] for p in people} >= {"killed", "missing", "captured", "returned"}
    assert any(p["status_history"].startswith("missing:") and p["final_status"] == "killed"
               for p in people)
    assert any(p["sex"] == "F" for p in people)
    docs = sum(corpus.counts.values()) - corpus.counts["mediazona"] - corpus.counts[
        "family-missing"]
    assert 250 <= docs <= 500


def test_family_list_is_latin_and_partly_matches(corpus: DemoCorpus) -> None:
    rows = _csv(corpus.root / "corpus/family/missing_persons.csv")
    assert 40 <= len(rows) <= 60
    assert all(re.fullmatch(r"[A-Za-zÀ-ÿ' .-]+", r["full_name"]) for r in rows)
    # obviously fake numbers: zeros after the operator code, as in +977-98000xxxxx
    assert all(re.fullmatch(r"\+\d{1,3}-\d{1,3}000\d{5}", r["phone_of_relative"])
               for r in rows)
    assert Counter(r["country"] for r in rows)["Russia"] >= 1
    unmatched = corpus.family_rows - corpus.family_matched
    assert corpus.family_rows == len(rows)
    assert 0.15 <= unmatched / len(rows) <= 0.35


def test_html_pages_carry_chrome_around_the_article(corpus: DemoCorpus) -> None:
    pages = sorted((corpus.root / "corpus/news").rglob("*.html"))
    assert len({p.parent.name for p in pages}) >= 4
    for page in pages[::7]:
        html = page.read_text("utf-8")
        for needle in ("<title>", 'property="og:title"', 'property="article:published_time"',
                       'rel="canonical" href="https://', "<nav", "<article", "<h1",
                       'id="comments"', "<footer>"):
            assert needle in html, (page.name, needle)
        assert re.search(r'published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0\d:00"', html)
    gov = sorted((corpus.root / "corpus/government").rglob("*.html"))
    assert gov and "выражает глубокие соболезнования" in "".join(
        p.read_text("utf-8") for p in gov)


def test_publication_follows_the_event(corpus: DemoCorpus) -> None:
    for m in _csv(corpus.root / "truth/mentions.csv"):
        if m["path"].endswith(".html") and m["status_date"]:
            html = (corpus.root / m["path"]).read_text("utf-8")
            published = re.search(r'published_time" content="(\d{4}-\d\d-\d\d)', html)
            assert published and published.group(1) >= m["status_date"], m["path"]


@pytest.mark.parametrize(("case", "expected"), [
    ("gen", "Ивана Сергеевича Петрова"),
    ("dat", "Ивану Сергеевичу Петрову"),
    ("ins", "Иваном Сергеевичем Петровым"),
    ("prep", "Иване Сергеевиче Петрове"),
])
def test_inflect_russian_full_name(case: str, expected: str) -> None:
    assert inflect_full("Петров", "Иван", "Сергеевич", case) == expected  # type: ignore[arg-type]


def test_inflect_hand_checked_cases() -> None:
    # masculine names ending in a consonant decline, whatever their origin
    assert inflect_full("Кумар", "Сунил", "", "dat", order="gs") == "Сунилу Кумару"
    assert inflect_full("Тхапа", "Рам Бахадур", "", "gen", order="gs") == "Рама Бахадура Тхапы"
    assert inflect_full("Гурунг", "Бикрам", "", "ins", order="gs") == "Бикрамом Гурунгом"
    assert inflect_full("Перес", "Хорхе Луис", "", "gen", order="gs") == "Хорхе Луиса Переса"
    assert inflect_surname("Абдурахмонов", "ins") == "Абдурахмоновым"
    # feminine: -ова/-ая decline as adjectives, consonant endings do not decline
    assert inflect_full("Иванова", "Мария", "Ильинична", "gen", "F") == (
        "Марии Ильиничны Ивановой")
    assert inflect_full("Ковальская", "Анна", "Сергеевна", "acc", "F") == (
        "Анну Сергеевну Ковальскую")
    assert inflect_surname("Гурунг", "dat", "F") == "Гурунг"
    # adjectival, indeclinable and soft-stem surnames; -ий/-ья given names
    assert inflect_surname("Высоцкий", "ins") == "Высоцким"
    assert inflect_surname("Толстой", "gen") == "Толстого"
    assert inflect_surname("Шевченко", "gen") == "Шевченко"
    assert inflect_surname("Черных", "dat") == "Черных"
    assert inflect_surname("Ооржак", "ins") == "Ооржаком"
    assert inflect_given("Дмитрий", "prep") == "Дмитрии"
    assert inflect_given("Илья", "ins") == "Ильёй"
    assert inflect_given("Никита", "gen") == "Никиты"
    assert inflect_given("Игорь", "dat") == "Игорю"
    assert inflect_given("Павел", "gen") == "Павла"
    assert inflect_given("Пётр", "ins") == "Петром"
    assert inflect_full("Сидоров", "Лука", "Ильич", "ins") == "Лукой Ильичом Сидоровым"


def test_translit_and_typo() -> None:
    import random

    assert translit("Юрий Щукин") == "Iurii Shchukin"
    assert translit("Юрий Щукин", "bgn") == "Yuriy Shchukin"
    rng = random.Random(1)
    for word in ("Петров", "Абдурахмонов", "Гурунг"):
        slip = typo(word, rng)
        assert slip != word and slip[0] == word[0] and abs(len(slip) - len(word)) <= 1
