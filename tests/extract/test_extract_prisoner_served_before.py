"""A term served and ended before the war ("вышел из тюрьмы в 2019 году", "в молодости сидел в
колонии", "вийшов з в'язниці", "came home from prison three years ago") is no recruitment from
a prison: only one held there when recruited is a prisoner."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

CASES = [
    ("Рядовой Олег Кравцов вышел из тюрьмы в 2019 году, работал водителем, а в 2023 году "
     "подписал контракт с Минобороны. Он погиб под Авдеевкой.", "ru", "contract"),
    ("Мобилизованный Игорь Ушаков из Томска погиб в зоне СВО. В молодости он сидел в колонии "
     "за кражу.", "ru", "mobilised"),
    ("Private Oleg Kravtsov from Tomsk, who came home from prison three years ago, signed a "
     "contract with the defence ministry and was killed near Avdiivka.", "en", "contract"),
    ("Рядовий Олег Кравцов вийшов з в'язниці у 2019 році, а у 2023 році підписав контракт. "
     "Він загинув під Авдіївкою.", "uk", "contract"),
    ("Мобілізований Ігор Ушаков з Томська загинув. Замолоду він сидів у колонії за "
     "крадіжку.", "uk", "mobilised"),
    ("Контрактник Денис Фомин из Бийска погиб под Кременной. Ранее он отбывал наказание за "
     "грабёж.", "ru", "contract"),
    # held when recruited: still a prisoner
    ("Рядовой Олег Кравцов, сидевший в колонии за разбой, погиб под Бахмутом.", "ru",
     "prisoner"),
    ("Олег Кравцов был завербован из тюрьмы в Ростове и погиб под Бахмутом.", "ru",
     "prisoner"),
    ("Oleg Kravtsov, taken from penal colony IK-6 to Wagner, was killed near Bakhmut.", "en",
     "prisoner"),
    ("Oleg Kravtsov, who was serving a sentence for robbery when Wagner recruited him two "
     "years ago, was killed.", "en", "prisoner"),
]


@pytest.mark.parametrize(("text", "lang", "channel"), CASES)
def test_served_before(text: str, lang: str, channel: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["channel"] == channel


def test_citizenship_kept() -> None:
    (m,) = extract_text("Мобилизованный Игорь Ушаков из Томска погиб в зоне СВО. В молодости "
                        "он сидел в колонии за кражу.", "ru", "2024-06-01")
    assert m["citizenship"] == "RU"
