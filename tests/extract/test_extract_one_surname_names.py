"""Foreign names whose three words given first end with one surname — South Asian and
sub-Saharan African ones ("Дэвид Кипчумба Ротич" → Ротич, Дэвид Кипчумба) — unlike a
Spanish double surname ("Йоандри Перес Диас"); and a South Asian name written surname first
by a surname the text's readers know ("Гурунг Бикрам")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(("demonym", "name", "surname", "given"), [
    ("Кениец", "Дэвид Кипчумба Ротич", "Ротич", "Дэвид Кипчумба"),
    ("Кениец", "Эванс Кипчумба Ротич", "Ротич", "Эванс Кипчумба"),
    ("Нигериец", "Чиди Эммануэль Окафор", "Окафор", "Чиди Эммануэль"),
    ("Гражданин Уганды", "Джозеф Мукаса Ссеньонга", "Ссеньонга", "Джозеф Мукаса"),
    ("Кубинец", "Йоандри Перес Диас", "Перес Диас", "Йоандри"),
])
def test_three_word_names_given_first(demonym: str, name: str, surname: str,
                                      given: str) -> None:
    text = f"{demonym} {name}, подписавший контракт в октябре 2024 года, попал в плен."
    [m] = extract_text(text, "ru", "2025-02-17")
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize(("lang", "text", "surname", "given"), [
    ("ru", "Пленный Гурунг Бикрам, гражданин Непала, 24 года.", "Гурунг", "Бикрам"),
    ("ru", "Непалец Бикрам Гурунг попал в плен.", "Гурунг", "Бикрам"),
    ("ru", "Непалец Тхапа Рам попал в плен под Клещеевкой.", "Тхапа", "Рам"),
    ("uk", "Полонений Гурунг Бікрам, громадянин Непалу, 24 роки.", "Гурунг", "Бікрам"),
    ("uk", "Полонений Бікрам Гурунг, громадянин Непалу, 24 роки.", "Гурунг", "Бікрам"),
])
def test_south_asian_surname_first_or_last(lang: str, text: str, surname: str,
                                           given: str) -> None:
    [m] = extract_text(text, lang, "2024-02-05")
    assert (m["surname"], m["given_name"]) == (surname, given)
