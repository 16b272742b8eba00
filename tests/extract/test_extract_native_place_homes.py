"""A home told as the native place, or lived in with one's household: "в родном кишлаке
Чорбог", "в родном улусе Усть-Орда", "жил всегда в родных Шихазанах" (a plural town the
NER takes for a person: the home, no one named), "в рідному Аскизі", "у рідному Хоринську",
"в рідній Хилгані" (the adjective's gender tells the locative's stem), "жив із дружиною та
донькою в Абакані". A native district or a workplace gives no town."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _home(text: str, lang: str) -> str | None:
    (m,) = [m for m in extract_text(text, lang, "2024-09-01") if m["given_name"]]
    return m["settlement"]


@pytest.mark.parametrize(
    ("text", "lang", "settlement"),
    [
        ("Похоронили рядового Шерзода Ашурова 5 февраля в родном кишлаке Чорбог.",
         "ru", "Чорбог"),
        ("Рядовой Алексей Гурьянов погиб у Кременной. Он жил всегда в родных Шихазанах.",
         "ru", "Шихазаны"),
        ("Рядовой Алексей Гурьянов, живший в родных Шихазанах, погиб у Кременной.",
         "ru", "Шихазаны"),
        ("Сержант Бато Цыренов погиб под Бахмутом. Прощание прошло в родном улусе Усть-Орда.",
         "ru", "Усть-Орда"),
        ("Рядовий Іван Петров загинув під Бахмутом. Поховали його в рідному Аскизі.",
         "uk", "Аскиз"),
        ("Рядовий Іван Петров жив із дружиною та донькою в Абакані. Він загинув під Бахмутом.",
         "uk", "Абакан"),
        ("Рядовий Іван Петров жив із батьками в Аскизі. Він загинув під Бахмутом.",
         "uk", "Аскиз"),
        ("Сержант Бато Цибіков загинув під Бахмутом. Поховали його в рідному Хоринську.",
         "uk", "Хоринськ"),
        ("Рядовий Бато Цибіков загинув під Бахмутом. Поховали його в рідній Хилгані.",
         "uk", "Хилгана"),
    ],
)
def test_the_native_place_is_home(text: str, lang: str, settlement: str) -> None:
    assert _home(text, lang) == settlement


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Рядовой Алексей Гурьянов погиб у Кременной. Похоронили его в родном районе.",
         "ru"),
        ("Рядовий Іван Петров загинув під Бахмутом. Він працював у рідному Приватбанку.",
         "uk"),
    ],
)
def test_no_town_of_a_district_or_a_workplace(text: str, lang: str) -> None:
    assert _home(text, lang) is None
