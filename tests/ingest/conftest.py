"""Small input files for ingest tests, written into a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from headcount.ingest import Source, parse_source

ARTICLE = """<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Простились с земляком — Вести Кяхты</title>
<meta property="article:published_time" content="2023-03-14T10:22:00+03:00">
<link rel="canonical" href="https://kyakhta.example/news/2023/03/14/proshchanie">
</head><body>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/sport">Спорт</a></li>
<li><a href="/weather">Погода</a></li></ul></nav>
<article><h1>Простились с земляком</h1><p class="date">14 марта 2023</p>
<p>В ходе специальной военной операции погиб житель Кяхтинского района Иван Сергеевич
Петров. Ивану Петрову было 34 года.</p>
<p>Прощание с Петровым прошло в районном доме культуры. Администрация района выражает
соболезнования родным и близким.</p></article>
<aside><h3>Читайте также</h3><ul><li><a href="/a">Ремонт дороги на улице Ленина</a></li>
<li><a href="/b">Открылась новая школа</a></li></ul></aside>
<section class="comments"><h3>Комментарии</h3>
<div class="comment"><b>Ольга</b><p>Светлая память! Соболезную Марине Кузнецовой.</p></div>
</section><footer>© 2023 Вести Кяхты. Реклама на сайте.</footer></body></html>
"""

TELEGRAM = {
    "name": "Память Бурятии",
    "type": "public_channel",
    "id": 1234567890,
    "messages": [
        {
            "id": 1,
            "type": "service",
            "date": "2023-01-01T00:00:00",
            "action": "create_channel",
            "text": "",
        },
        {
            "id": 2,
            "type": "message",
            "date": "2023-03-15T09:00:00",
            "date_unixtime": "1678870800",
            "from": "Память Бурятии",
            "from_id": "channel1234567890",
            "text": [
                "Погиб ",
                {"type": "bold", "text": "Петров Иван Сергеевич"},
                ", 1989 г.р. ",
                {"type": "hashtag", "text": "#СВО"},
            ],
            "text_entities": [],
        },
        {
            "id": 3,
            "type": "message",
            "date": "2023-03-16T09:00:00",
            "date_unixtime": "1678957200",
            "photo": "photos/photo_1.jpg",
            "width": 800,
            "height": 600,
            "text": "",
        },
        {
            "id": 4,
            "type": "message",
            "date": "2023-04-01T12:30:00",
            "date_unixtime": "1680352200",
            "text": "Пропал без вести Сидоров Олег Петрович.",
        },
    ],
}

LIST_CSV = """case_no,full_name,date_of_birth,country,phone_of_relative,remarks
NP-001,Ram Bahadur Thapa,1994-05-02,Nepal,+977-9800000001,left in 2023
NP-002,Bikram Gurung,12.03.1990,Nepal,+977-9800000002,
"""

FAMILY_YAML = """name: family
kind: family_report
language: en
system: family
mapping:
  record_id: case_no
  name: full_name
  birth_date: {column: date_of_birth, format: ["%Y-%m-%d", "%d.%m.%Y"]}
  citizenship: country
  status: {value: missing}
ignore: [phone_of_relative]
"""


def write_samples(folder: Path) -> dict[str, Path]:
    """Write one file of each kind; returns their paths by kind."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "html": folder / "article.html",
        "telegram": folder / "export" / "result.json",
        "text": folder / "note.txt",
        "jsonl": folder / "posts.jsonl",
        "csv": folder / "family.csv",
    }
    paths["html"].write_text(ARTICLE, "utf-8")
    paths["telegram"].parent.mkdir(exist_ok=True)
    paths["telegram"].write_text(json.dumps(TELEGRAM, ensure_ascii=False, indent=1), "utf-8")
    paths["text"].write_text("Погиб Петров Иван Сергеевич, уроженец Кяхты.\n", "utf-8")
    (folder / "note.txt.yml").write_text(
        "url: https://vk.example/wall-1_2\npublished_at: 2023-03-20\n", "utf-8"
    )
    lines = [
        {"text": "Погиб Смирнов Андрей.", "url": "https://a.example/1", "date": "2023-05-01"},
        {"text": "Пропал без вести Кузнецов Олег.", "url": "https://a.example/2"},
    ]
    paths["jsonl"].write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8"
    )
    paths["csv"].write_text(LIST_CSV, "utf-8")
    return paths


@pytest.fixture
def samples(tmp_path: Path) -> dict[str, Path]:
    return write_samples(tmp_path / "in")


@pytest.fixture
def family_source() -> Source:
    return parse_source(yaml.safe_load(FAMILY_YAML), "sources/family.yml")
