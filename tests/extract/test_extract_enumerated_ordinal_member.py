"""An ordinal that opens a sentence after a counted group gives the group's fate only when it
stands for a member ("Первый — …", "Второй погибший", "Другий полонений", "The second captive"),
not when it is an adjective of another noun ("Второй удар пришёлся …", "Первым тревогу забила
мать …", "Третий снаряд угодил …")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

NOT_MEMBERS = [
    ("Утром ВСУ нанесли удар по городу, погибли двое жителей Шебекино. Второй удар пришёлся на "
     "двор, где находилась Мария Козлова, она не пострадала.", "ru", "Козлова"),
    ("Пропавшими без вести числятся пятеро бойцов из Бурятии. Первым тревогу забила мать "
     "одного из них Туяна Доржиева.", "ru", "Доржиева"),
    ("В плен попали трое военнослужащих из Омска. Третий снаряд угодил в дом, где жил "
     "пенсионер Пётр Лосев.", "ru", "Лосев"),
    ("Под Бахмутом погибли двое бойцов из Читы. Второй взрыв прогремел у дома, где жила "
     "учительница Анна Зуева.", "ru", "Зуева"),
]


@pytest.mark.parametrize(("text", "lang", "surname"), NOT_MEMBERS)
def test_not_a_member(text: str, lang: str, surname: str) -> None:
    for m in extract_text(text, lang, "2024-06-01"):
        if surname in str(m["name"]):
            assert m["status"] is None


MEMBERS = [
    ("Бойцы ВСУ взяли в плен двух бойцов российской армии. Первый — Андрей Перов из Омска. "
     "Второй — Андрей Сухоруков из Тулы.", "ru", "captured"),
    ("Под Бахмутом погибли двое бойцов из Бийска. Первый погибший — рядовой Андрей Перов. "
     "Второй погибший — сержант Андрей Сухоруков.", "ru", "killed"),
    ("Бійці ЗСУ взяли в полон двох російських військових. Перший — Андрій Перов з Омська. "
     "Другий полонений — Андрій Сухоруков з Тули.", "uk", "captured"),
    ("Ukrainian forces took two prisoners near Klishchiivka. One is a Sri Lankan citizen, Kasun "
     "Perera. The second captive, Russian convict Andrei Kozhin, is from Tula.", "en",
     "captured"),
]


@pytest.mark.parametrize(("text", "lang", "status"), MEMBERS)
def test_member(text: str, lang: str, status: str) -> None:
    ms = extract_text(text, lang, "2024-06-01")
    assert len(ms) == 2
    assert all(m["status"] == status for m in ms)
