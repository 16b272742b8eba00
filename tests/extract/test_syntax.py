"""Whose a fact is by the dependency tree (natasha's parser, shipped in the package)."""

from __future__ import annotations

import pytest

from headcount.extract import syntax


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _told_of(text: str, fact: str, names: dict[str, int]) -> int | None:
    tree = syntax.parse(text, 0, len(text))
    assert tree is not None
    candidates = [(*_span(text, name), person) for name, person in names.items()]
    return syntax.told_of(tree, _span(text, fact), candidates)


@pytest.mark.parametrize(("text", "fact", "names", "owner"), [
    # the subject of the fact's clause
    ("Его мать Анна Петрова родилась в 1960 году в Курске.", "в 1960 году",
     {"Анна Петрова": 1}, 1),
    ("Журналист Дмитрий Быков родился в Москве в 1967 году.", "Москве",
     {"Дмитрий Быков": 1}, 1),
    # a phrase set beside the name or the noun it names
    ("Губернатор Вячеслав Гладков, 54 года, выразил соболезнования.", "54 года",
     {"Вячеслав Гладков": 1}, 1),
    ("По словам его сослуживца Олега Кравца, уроженца Омска, он был смелым.", "Омска",
     {"Олега Кравца": 1}, 1),
    # the fact's own noun beside a name
    ("Глава района Андрей Волков сообщил о гибели младшего сержанта Дениса Орлова.",
     "младшего сержанта", {"Андрей Волков": 1, "Дениса Орлова": 0}, 0),
    # another clause's subject: a pronoun, no one named
    ("Мать Анна Петровна рассказала, что он родился 5 мая 1990 года.", "5 мая 1990 года",
     {"Анна Петровна": 1}, None),
    # a name inside the fact is no owner ("имени Шаймуратова")
    ("Он служил в батальоне имени Шаймуратова.", "батальоне имени Шаймуратова",
     {"Шаймуратова": 1}, None),
    # two people share the subject: nobody's alone
    ("Иван Петров и Олег Сидоров родились в 1990 году.", "в 1990 году",
     {"Иван Петров": 0, "Олег Сидоров": 1}, None),
])
def test_told_of(text: str, fact: str, names: dict[str, int], owner: int | None) -> None:
    assert _told_of(text, fact, names) == owner
