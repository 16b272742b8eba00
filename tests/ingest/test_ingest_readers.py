"""Each reader on a small file of its kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from headcount.ingest import ReadError, Source, parse_source, read_file
from headcount.ingest.dates import parse_partial
from headcount.ingest.telegram import post_text
from headcount.vocab import DatePrecision

NEWS = parse_source({"name": "news", "kind": "news"})


def test_html_keeps_the_article_and_drops_the_page_around_it(samples: dict[str, Path]) -> None:
    path = samples["html"]
    [doc] = read_file(path, path.read_bytes(), NEWS, "article.html")
    assert "Иван Сергеевич" in doc.text and "Петров" in doc.text
    assert "Спорт" not in doc.text  # navigation
    assert "Ремонт дороги" not in doc.text  # related links
    assert "Марине Кузнецовой" not in doc.text  # comments
    assert doc.title == "Простились с земляком"
    assert doc.url == "https://kyakhta.example/news/2023/03/14/proshchanie"
    assert doc.published_at == "2023-03-14T07:22:00Z"
    assert len(doc.id) == 64


def test_telegram_one_document_per_post_with_link_and_date(samples: dict[str, Path]) -> None:
    path = samples["telegram"]
    src = parse_source({"name": "tg", "kind": "social", "url_template": "https://t.me/pb/{id}"})
    docs = read_file(path, path.read_bytes(), src, "result.json")
    assert [d.meta["message_id"] for d in docs] == [2, 4]  # service and photo-only skipped
    assert docs[0].text == "Погиб Петров Иван Сергеевич, 1989 г.р. #СВО"
    assert docs[0].url == "https://t.me/pb/2"
    assert docs[0].published_at == "2023-03-15T09:00:00"
    assert docs[0].origin == "result.json#message=2"
    assert docs[0].id != docs[1].id


def test_text_takes_metadata_from_its_sidecar(samples: dict[str, Path]) -> None:
    path = samples["text"]
    [doc] = read_file(path, path.read_bytes(), NEWS, "note.txt")
    assert doc.url == "https://vk.example/wall-1_2"
    assert doc.published_at == "2023-03-20"
    assert doc.text.startswith("Погиб Петров")


def test_jsonl_one_document_per_line(samples: dict[str, Path]) -> None:
    path = samples["jsonl"]
    docs = read_file(path, path.read_bytes(), NEWS, "posts.jsonl")
    assert [d.url for d in docs] == ["https://a.example/1", "https://a.example/2"]
    assert docs[0].published_at == "2023-05-01" and docs[1].published_at is None


def test_csv_list_maps_columns_and_reports_the_rest(
    samples: dict[str, Path], family_source: Source
) -> None:
    path = samples["csv"]
    [doc] = read_file(path, path.read_bytes(), family_source, "family.csv")
    assert doc.meta["unmapped_columns"] == ["remarks"]
    first, second = doc.mentions
    assert first.fields["name"] == "Ram Bahadur Thapa"
    assert first.fields["birth_date"] == "1994-05-02"
    assert second.fields["birth_date"] == "1990-03-12"
    assert first.fields["status"] == "missing"
    assert first.evidence["birth_date"] == {"column": "date_of_birth", "quote": "1994-05-02"}
    assert first.extra == {"remarks": "left in 2023"}
    assert "phone_of_relative" not in first.extra  # ignored, never stored
    assert second.extra == {}


@pytest.mark.parametrize(
    ("value", "formats", "expected"),
    [
        ("10.02.1969", ("%d.%m.%Y",), ("1969-02-10", DatePrecision.DAY)),
        ("??.12.2024", ("%d.%m.%Y",), ("2024-12", DatePrecision.MONTH)),
        ("??.??.2024", ("%d.%m.%Y",), ("2024", DatePrecision.YEAR)),
        ("2025-09-", (), ("2025-09", DatePrecision.MONTH)),
        ("2024", (), ("2024", DatePrecision.YEAR)),
        ("2023-03-14T10:22:00+03:00", (), ("2023-03-14", DatePrecision.DAY)),
    ],
)
def test_partial_dates(value: str, formats: tuple[str, ...], expected: tuple[str, str]) -> None:
    assert parse_partial(value, formats) == expected


@pytest.mark.parametrize("value", ["31.02.2023", "yesterday", "2023-13", "??.13.2023"])
def test_bad_dates_raise(value: str) -> None:
    with pytest.raises(ValueError, match=r"date|month"):
        parse_partial(value, ("%d.%m.%Y",))


def test_post_text_joins_entities() -> None:
    assert post_text(["a ", {"type": "link", "text": "b"}, " c"]) == "a b c"
    assert post_text(None) == ""


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.html", b"", "empty"),
        ("blank.txt", b"   \n", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("trunc.html", b"<html><head><title>x</title></head><body><div", "no article text"),
        ("bad.jsonl", b'{"text": "ok"}\n{not json\n', "line 2: invalid JSON"),
        ("result.json", b'{"messages": [', "invalid JSON"),
        ("weird.bin", b"hello", "cannot tell the format"),
    ],
)
def test_bad_files_get_errors_naming_them(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message) as info:
        read_file(path, content, NEWS, name)
    assert name in str(info.value)


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "Погиб житель Кяхтинского района Иван Сергеевич Петров, ему было 34 года."
    raw = (text * 3).encode("cp1251")
    [doc] = read_file(tmp_path / "a.txt", raw, NEWS, "a.txt")
    assert doc.text.startswith("Погиб житель")


def test_a_stray_nul_late_in_a_text_is_dropped(tmp_path: Path) -> None:
    raw = ("Погиб Петров Иван Сергеевич. " * 400).encode() + b"\x00tail"
    [doc] = read_file(tmp_path / "a.txt", raw, NEWS, "a.txt")
    assert "\x00" not in doc.text and doc.text.endswith("tail")
    assert doc.id == __import__("hashlib").sha256(raw).hexdigest()  # the bytes are untouched
