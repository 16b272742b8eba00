"""One put on the lists of prisoners to exchange, or asked to be, is held captive, in the
three languages ("включили в списки на обмен", "внесли до списків на обмін", "просит включить
сына в обменный фонд", "has been added to the exchange list", "a list of prisoners of war
includes …"); not one who is not on them."""

from __future__ import annotations

import pytest
from extract_people import only_status


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Строковика Владислава Кірєєва вже включили до списків на обмін, повідомив "
         "Координаційний штаб.", "uk"),
        ("Рядового Илью Сайфутдинова из Казани включили в списки на обмен.", "ru"),
        ("Мать Ильи Сайфутдинова из Казани просит включить сына в обменный фонд.", "ru"),
        ("По словам матери, Никиту Плотникова внесли в список для обмена ещё в октябре.",
         "ru"),
        ("Івана Рябова з Курська, за словами сестри, внесли до списку на обмін наприкінці "
         "жовтня.", "uk"),
        ("Матері Дмитра Лукіна з Орла пообіцяли, що сина додадуть до обмінного фонду.", "uk"),
        ("Private Ilya Saifutdinov from Kazan has been added to the exchange list, his mother "
         "said.", "en"),
        ("A list of prisoners of war circulated by Ukrainian channels includes Dmitry Lukin, "
         "20, from Kursk.", "en"),
        ("Nikita Plotnikov, a conscript from Tambov, was included in the list for a prisoner "
         "swap in October.", "en"),
        ("Ivan Ryabov, 19, from Kursk was listed in the swap list last week, the Coordination "
         "Headquarters said.", "en"),
    ],
)
def test_on_an_exchange_list_is_captured(text: str, lang: str) -> None:
    assert only_status(text, lang) == "captured"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dmitry Lukin, 20, from Kursk, is not on the exchange lists, his mother says; he went "
         "missing in May.", "en"),
        ("Артём Ковалёв из Мичуринска пропал без вести, в списках на обмен его фамилия не "
         "значится.", "ru"),
    ],
)
def test_not_on_the_lists_is_no_capture(text: str, lang: str) -> None:
    assert only_status(text, lang) == "missing"
