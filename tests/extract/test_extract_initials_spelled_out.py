"""A man named by his initials and surname ("Рядовой Д. А. Шестаков") and later by his given
name alone ("Двадцатилетнего Дмитрия похоронили"): the given name spells out the initial, and
the full form wins (the guide) — one person, Шестаков Дмитрий А., not the initial. Only when
one person has that initial; a woman's name or a relative's does not join him.
"""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str, lang: str) -> list[tuple[object, object, object]]:
    return [(m["surname"], m["given_name"], m["patronymic"])
            for m in extract_text(text, lang, "2024-06-01")]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Рядовой Д. А. Шестаков, 2004 года рождения, погиб 30 декабря. Двадцатилетнего Дмитрия "
     "похоронили 8 января на кладбище родного посёлка.", "ru", ("Шестаков", "Дмитрий", "А.")),
    ("Ефрейтор И. В. Кузьмин погиб 3 мая под Угледаром. Игорю было 27 лет.", "ru",
     ("Кузьмин", "Игорь", "В.")),
    ("Сержант А. С. Воронин погиб при выполнении задачи. Алексей служил по контракту с 2021 "
     "года.", "ru", ("Воронин", "Алексей", "С.")),
    ("В бою под Кременной погиб младший сержант Н. П. Грачев. Похороны Николая пройдут в "
     "родном селе.", "ru", ("Грачев", "Николай", "П.")),
    ("В бою под Кременной погиб младший сержант Н. П. Грачев. Родные и друзья простятся с "
     "Николаем в субботу.", "ru", ("Грачев", "Николай", "П.")),
])
def test_given_name_spells_out_initial(text: str, lang: str,
                                       name: tuple[str, str, str]) -> None:
    names = _names(text, lang)
    assert name in names
    assert len([n for n in names if n[0] == name[0]]) == 1


@pytest.mark.parametrize(("text", "lang", "name"), [
    # a woman's name of the same letter: his wife, not his given name
    ("Ефрейтор И. В. Кузьмин погиб 3 мая под Угледаром. У него остались жена Ирина и сын.",
     "ru", ("Кузьмин", "И.", "В.")),
    # two men of that initial: the given name is nobody's for sure
    ("Погибли рядовые Д. А. Шестаков и Д. И. Мохов. Дмитрия похоронили 8 января.", "ru",
     ("Шестаков", "Д.", "А.")),
])
def test_initial_kept(text: str, lang: str, name: tuple[str, str, str]) -> None:
    assert name in _names(text, lang)
