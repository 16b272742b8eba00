"""A convict recruited from a colony is a prisoner whatever the company, when the term is
told with words between ("отбывал в копейской ИК-6 срок"), the recruiting with the company's
quoted name between ("завербовали в «Вагнер» прямо в колонии"), or by the recruiters who came
to the colony ("согласился на предложение вербовщиков, приехавших в колонию"); a free
Wagner fighter stays pmc."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def channel_of(text: str, lang: str) -> object:
    people = extract_text(text, lang, "2024-06-01")
    assert len(people) == 1
    return people[0]["channel"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Боец ЧВК «Вагнер» Андрей Лапин отбывал в копейской ИК-6 срок за убийство. Погиб 3 "
         "мая.", "ru"),
        ("Андрей Лапин, которого завербовали в «Вагнер» прямо в колонии, погиб 3 мая.", "ru"),
        ("Боец ЧВК «Вагнер» Андрей Лапин согласился на предложение вербовщиков, приехавших в "
         "колонию. Погиб 3 мая.", "ru"),
        ("Боєць ПВК «Вагнер» Андрій Лапін погодився, коли вербувальники приїхали до ІК-6. "
         "Загинув 3 травня.", "uk"),
        ("Денис Орлов из Курска, боец ЧВК «Вагнер», отбывал в ИК-2 под Тулой свой срок, когда "
         "началась война. Погиб под Бахмутом.", "ru"),
        ("Боєць ПВК «Вагнер» Денис Орлов, якого вербувальники знайшли в ІК-8, загинув під "
         "Бахмутом.", "uk"),
        ("Денис Орлов погиб под Бахмутом: в 2022 году вербовщики «Вагнера» приехали к ним в "
         "колонию, и он подписал контракт.", "ru"),
        ("Дениса Орлова завербовали в ЧВК «Вагнер» в ИК-3 осенью 2022 года, погиб он в "
         "феврале.", "ru"),
        ("Дениса Орлова завербували до ПВК «Вагнер» просто у виправній колонії, загинув він "
         "у лютому.", "uk"),
        ("Боец ЧВК «Вагнер» Денис Орлов, вербовщики нашли его в колонии под Саратовом, погиб в "
         "феврале.", "ru"),
    ],
)
def test_recruited_from_a_colony_is_a_prisoner(text: str, lang: str) -> None:
    assert channel_of(text, lang) == "prisoner"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Боец ЧВК «Вагнер» Андрей Лапин, не судимый, ушёл на фронт в 2022 году. Погиб 3 мая.",
         "ru"),
        ("Вербовщики ЧВК «Вагнер» приезжали в Копейск, где жил Андрей Лапин, и он ушёл на "
         "фронт. Погиб 3 мая.", "ru"),
    ],
)
def test_a_free_fighter_is_pmc(text: str, lang: str) -> None:
    assert channel_of(text, lang) == "pmc"
