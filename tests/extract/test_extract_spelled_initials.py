"""A man named by his initials whose given name the text spells out later in a word NER does
not read as a name (Ukrainian texts above all): the dictionary knows the word as a man's given
name of the initial's letter, it stands after his first naming, not after a kin word, and no
other name of that letter is in the text — the full form wins (Рукавишников Олексій В.).
"""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str, lang: str) -> list[tuple[object, object, object]]:
    return [(m["surname"], m["given_name"], m["patronymic"])
            for m in extract_text(text, lang, "2024-09-01")]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Суд оголосив його померлим. У рішенні він фігурує як Рукавишников О. В., 1983 р.н. "
     "Олексія, засудженого за крадіжку, забрали з ІК-15 у вересні 2022 року.", "uk",
     ("Рукавишников", "Олексій", "В.")),
    ("Рядовий В. С. Мельников загинув під Бахмутом. Віктора поховають у неділю в рідному "
     "селі.", "uk", ("Мельников", "Віктор", "С.")),
    ("Рядовий В. С. Мельников загинув під Бахмутом. Прощання з Віктором відбудеться в "
     "неділю.", "uk", ("Мельников", "Віктор", "С.")),
    ("Молодший сержант А. І. Кузнєцов загинув 5 березня під Авдіївкою. Андрія поховали на "
     "міському кладовищі.", "uk", ("Кузнєцов", "Андрій", "І.")),
    ("Рядовой В. С. Мельников погиб под Бахмутом. Проститься с Виктором можно будет в "
     "воскресенье.", "ru", ("Мельников", "Виктор", "С.")),
])
def test_initial_spelled_out_later(text: str, lang: str, name: tuple[str, str, str]) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    # a kin word before it: his son's name
    ("Солдат О. П. Гнатюк загинув 3 травня під Вугледаром. У нього залишився син Олег.", "uk",
     ("Гнатюк", "О.", "П.")),
    # two given names of that letter: whose is unsure
    ("Рядовий В. С. Мельников загинув під Бахмутом. Віктора поховають поруч із Василем, його "
     "товаришем.", "uk", ("Мельников", "В.", "С.")),
    # two men of that letter
    ("Загинули рядові В. С. Мельников і В. П. Орлов. Віктора поховають у неділю.", "uk",
     ("Мельников", "В.", "С.")),
    # a town of that name: his home
    ("Бойцы отряда «БАРС-13», погибшие в сентябре:\nИгнатенко А. В. «Малой» (2001–2024), "
     "г. Артём, погиб под Торецком.", "ru", ("Игнатенко", "А.", "В.")),
    # another letter
    ("Рядовий В. С. Мельников загинув під Бахмутом. Прощання організував Андрій Коваль.",
     "uk", ("Мельников", "В.", "С.")),
])
def test_initial_kept(text: str, lang: str, name: tuple[str, str, str]) -> None:
    assert name in _names(text, lang)
