"""A military company's fighter whose own words tell no channel came by the company: one
given the unit "Wagner" or "ПВК «Редут»" by a list's lead or as a comrade "from the same
unit" has the channel pmc; a convict's cue still says prisoner, and no company, no channel."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

PMC = [
    ('Two more Wagner mercenaries killed near Bakhmut were identified:\n1) Oleg '
     'Kamensky, 50, of Novocherkassk, was killed on 7 May.\n2) Sergei Lysenko, 44, of '
     'Krasnodar, died of wounds on 19 May.',
     'en', 'Lysenko'),
    ('Denis Kulagin of Tver was killed near Bakhmut on 3 March while fighting for '
     'Wagner. His comrade from the same unit, Igor Somov, 31, died a day later.',
     'en', 'Somov'),
    ('Wagner fighter Pavel Zotov of Tver died near Soledar on 12 January. Oleg Rudin of '
     'Perm, who served in the same unit, was killed there on 14 January.',
     'en', 'Rudin'),
    ('Денис Кулагин из Твери, боец ЧВК «Вагнер», погиб 3 марта под Бахмутом. Вместе с '
     'ним в том же подразделении служил Игорь Сомов из Перми, он погиб на следующий '
     'день.',
     'ru', 'Сомов'),
    ('Боец ЧВК «Вагнер» Павел Зотов из Твери погиб 12 января под Соледаром. Его '
     'сослуживец из того же отряда Олег Рудин из Перми погиб там же 14 января.',
     'ru', 'Рудин'),
    ('Боєць ПВК «Вагнер» Павло Зотов з Твері загинув 12 січня під Соледаром. Його '
     'товариш з того ж загону Олег Рудін з Пермі загинув там само 14 січня.',
     'uk', 'Рудін'),
    ('Наёмник ПВК «Редут» Алексей Жаров из Перми погиб 5 мая под Угледаром. В том же '
     'подразделении воевал Игорь Лапин из Тулы, он погиб 9 мая.',
     'ru', 'Лапин'),
    ('Three Wagner mercenaries from Omsk were identified by the project:\n1) Andrei '
     'Gorin, 38, killed near Soledar on 12 January.\n2) Oleg Silin, 45, died of wounds '
     'on 20 January.\n3) Pavel Rudin, 29, killed on 2 February.',
     'en', 'Silin'),
    ('The project identified two Wagner mercenaries from Perm:\n1. Alexei Zharov, 41, '
     'killed near Bakhmut on 5 May.\n2. Igor Lapin, 28, died of wounds on 9 May.',
     'en', 'Lapin'),
    ('PMC Redut fighter Alexei Zharov of Perm was killed near Vuhledar on 5 May. Igor '
     'Lapin of Tula, who served in the same unit, died on 9 May.',
     'en', 'Lapin'),
    ('Павел Зотов из Твери, воевавший в ЧВК «Вагнер», погиб 12 января. Олег Рудин из '
     'Перми служил в том же подразделении и погиб там же 14 января.',
     'ru', 'Рудин'),
]


@pytest.mark.parametrize(("text", "lang", "surname"), PMC)
def test_a_company_fighter_with_no_cue(text: str, lang: str, surname: str) -> None:
    found = extract_text(text, lang, "2023-06-15")
    (m,) = [m for m in found if m["surname"] == surname]
    assert m["channel"] == "pmc"


@pytest.mark.parametrize(("text", "lang", "channel"), [
    ("Осуждённый Олег Долгушин из Копейска, завербованный ЧВК «Вагнер» в колонии, погиб под "
     "Бахмутом.", "ru", "prisoner"),
    ("Рядовой Андрей Горин из Омска, мобилизованный в 2022 году, погиб под Бахмутом.", "ru",
     "mobilised"),
    ("Рядовой Андрей Горин из Омска, служивший в 15-м мотострелковом полку, погиб под "
     "Бахмутом.", "ru", None),
])
def test_no_company_no_inference(text: str, lang: str, channel: str | None) -> None:
    (m,) = extract_text(text, lang, "2023-06-15")
    assert m["channel"] == channel
