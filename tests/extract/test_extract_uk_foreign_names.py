"""Foreign names in Ukrainian reports of captured and killed recruits: a surname the
dictionary knows as a thing after two unknown given names ("Према Бахадура Тапу"), names in
the genitive after a plural head ("двох громадян Непалу — Бішну Гурунга і Суреша Тхапу"), a
name in the nominative after "Громадянин <країни>" whatever case the dictionary reads in it
("Нуван Кумара"), and a plural "громадян" giving each name its country. Guards: a Ukrainian
name in the genitive stays read as one."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _people(text: str, published: str = "2024-06-20") -> list[tuple[object, ...]]:
    return [(m["surname"], m["given_name"], m["citizenship"])
            for m in extract_text(text, "uk", published)]


@pytest.mark.parametrize(("text", "people"), [
    ("28 жовтня наші штурмовики взяли в полон 29-річного громадянина Непалу Према Бахадура "
     "Тапу.", [("Тапа", "Прем Бахадур", "NP")]),
    ("Військові взяли в полон двох громадян Непалу — Бішну Гурунга і Суреша Тхапу.",
     [("Гурунг", "Бішну", "NP"), ("Тхапа", "Суреш", "NP")]),
    ("У полон потрапили громадяни Куби Луїс Гарсія та Хосе Перес.",
     [("Гарсія", "Луїс", "CU"), ("Перес", "Хосе", "CU")]),
    ("Громадянин Шрі-Ланки Нуван Кумара загинув на Луганщині.", [("Кумара", "Нуван", "LK")]),
    ("Громадянин Індії Прадіп Кумар загинув під Вугледаром.", [("Кумар", "Прадіп", "IN")]),
    ("Громадянина Непалу Бішну Гурунга взяли в полон під Куп'янськом.",
     [("Гурунг", "Бішну", "NP")]),
    # guards: Ukrainian and Russian names in the genitive are still put in the nominative
    ("Мати Івана Петренка повідомила, що він загинув під Бахмутом.",
     [("Петренко", "Іван", None)]),
    ("Громадянина Росії Олексія Смирнова взяли в полон.", [("Смирнов", "Олексій", "RU")]),
])
def test_foreign_names(text: str, people: list[tuple[object, ...]]) -> None:
    found = _people(text)
    assert [p[:2] for p in found] == [p[:2] for p in people]
    for (_, _, want), (_, _, got) in zip(people, found, strict=True):
        if want is not None:
            assert got == want
