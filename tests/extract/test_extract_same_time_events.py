"""An event told "the same day" or "the same month" as the date before it ("в тот же день
простились", "того ж місяця отримав російський паспорт", "buried the same day", "later that
month") takes that date — the month only for a month — in other_dates; a fate told so keeps
the battle's day of same_battle, and a day told before the phrase ("5-го того же месяца") or
no date before it gives nothing."""

from __future__ import annotations

import pytest
from extract_people import person_named


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "event", "value"),
    [
        ("Прощание с рядовым Олегом Мухиным прошло 8 января в Котласе. В тот же день в "
         "Сольвычегодске простились с сержантом Вадимом Перминовым, погибшим 1 января.", "ru",
         "2024-01-10", "Перминов", "farewell", "2024-01-08"),
        ("Рядовой Ильдар Галиев погиб 28 ноября. Прощание с ним прошло 3 декабря в мечети, "
         "похоронили его в тот же день на сельском кладбище.", "ru", "2023-12-05", "Галиев",
         "funeral", "2023-12-03"),
        ("Поховали солдата Андрія Кліщенка 14 березня в Читі. Того ж дня в Улан-Уде "
         "попрощалися з Баїром Дашієвим, бійцем батальйону «Байкал».", "uk", "2023-03-18",
         "Дашієв", "farewell", "2023-03-14"),
        ("Бім Бахадур Гурунг у січні 2024 року підписав у Москві контракт з міноборони рф, "
         "того ж місяця отримав російський паспорт, а 3 червня потрапив у полон.", "uk",
         "2024-06-20", "Гурунг", "citizenship", "2024-01"),
        ("В апреле Дилшод Каримов прилетел в Москву, но в том же месяце подписал контракт, а "
         "2 июня погиб под Часовым Яром.", "ru", "2024-06-27", "Каримов", "contract", "2024-04"),
        ("Кубинец Йордан Фуэнтес подписал контракт 3 августа 2023 года. В тот же день, что и "
         "он, контракт подписал его земляк Янко Перес, 37 лет.", "ru", "2024-04-15", "Перес",
         "contract", "2023-08-03"),
        # the same day as the same event told before, not as the date told last
        ("Кубинец Йордан Фуэнтес подписал контракт 3 августа 2023 года, а 9 сентября уехал на "
         "фронт. Его земляк Янко Перес, подписавший контракт в тот же день, пропал без вести.",
         "ru", "2024-04-15", "Перес", "contract", "2023-08-03"),
        ("У вересні 2023 року Іван Рябко прибув до Москви, у тому ж місяці підписав контракт "
         "з міноборони РФ, загинув 2 лютого.", "uk", "2024-03-01", "Рябко", "contract",
         "2023-09"),
        ("The farewell for Private Denis Zhuravlyov, killed on 2 March, was held on 16 March at "
         "the Miners' Palace of Culture. After the farewell he was buried the same day in the "
         "Alley of Glory.", "en", "2024-03-18", "Zhuravlyov", "funeral", "2024-03-16"),
        ("Ram Thapa flew to Moscow in January 2024 and later that month received a Russian "
         "passport. He was captured on 3 June.", "en", "2024-06-20", "Thapa", "citizenship",
         "2024-01"),
        ("Jorge Perez arrived in Russia on 3 August 2023 and signed a contract with the army "
         "that same day. He was killed on 2 December.", "en", "2024-01-15", "Perez",
         "contract", "2023-08-03"),
    ],
)
def test_same_time_dates_the_event(text: str, lang: str, published: str, surname: str,
                                   event: str, value: str) -> None:
    m = person_named(text, lang, surname, published)
    assert (m["other_dates"] or {}).get(event) == value


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "event"),
    [
        # no date before the phrase: nothing to point at
        ("В тот же день в Сольвычегодске простились с сержантом Вадимом Перминовым.", "ru",
         "2024-01-10", "Перминов", "farewell"),
        ("Ivan Sokolov was buried the same day in Omsk.", "en", "2024-01-10", "Sokolov",
         "funeral"),
        # a day of its own before it: "5-го того же месяца" is no month pointed at
        ("Рядовой Олег Седов подписал контракт в мае 2023 года, а 5-го того же месяца уехал на "
         "фронт. Погиб 2 июля.", "ru", "2023-08-01", "Седов", "other"),
    ],
)
def test_nothing_pointed_at(text: str, lang: str, published: str, surname: str,
                            event: str) -> None:
    m = person_named(text, lang, surname, published)
    assert event not in (m["other_dates"] or {})


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname"),
    [
        # a fate told "the same day": the battle's day (same_battle), no event's, no death
        ("Рядовой Олег Седов погиб 12 февраля. В тот же день пропал без вести его сослуживец "
         "Иван Рябов.", "ru", "2024-03-01", "Рябов"),
        ("Private Oleg Sedov was killed on 12 February. His comrade Ivan Ryabov went missing "
         "the same day.", "en", "2024-03-01", "Ryabov"),
    ],
)
def test_fate_same_day_stays_the_battles(text: str, lang: str, published: str,
                                         surname: str) -> None:
    m = person_named(text, lang, surname, published)
    assert m["status"] == "missing"
    assert m["death_date"] is None
    assert "2024-02-12" in (m["other_dates"] or {}).values()


@pytest.mark.parametrize(
    ("text", "lang", "surname", "day"),
    [
        ("Рядовой Иван Лосев погиб 3 марта. Прощание с ним прошло 12 марта в ДК. После прощания "
         "его похоронили на Аллее Славы.", "ru", "Лосев", "2024-03-12"),
        ("Прощание с сержантом Олегом Мухиным, погибшим 1 марта, прошло 11 марта в Котласе; "
         "сразу после прощания его похоронили на городском кладбище.", "ru", "Мухин",
         "2024-03-11"),
        ("Солдат Іван Лосєв загинув 3 березня. Прощання відбулося 12 березня у Читі, після "
         "прощання його поховали на міському кладовищі.", "uk", "Лосєв", "2024-03-12"),
        ("Residents of Kyakhta said goodbye on 12 March to Aldar Budaev, a contract soldier "
         "who was killed on 3 March near Avdiivka. Budaev signed his contract in October 2023. "
         "He was buried in the town cemetery straight after the ceremony.", "en", "Budaev",
         "2024-03-12"),
        ("A farewell ceremony for Sergeant Pavel Orlov, killed on 2 March, was held on 10 March "
         "in Chita. After the ceremony he was laid to rest in the Alley of Heroes.", "en",
         "Orlov", "2024-03-10"),
    ],
)
def test_buried_after_the_farewell(text: str, lang: str, surname: str, day: str) -> None:
    m = person_named(text, lang, surname, "2024-03-14")
    assert (m["other_dates"] or {}).get("funeral") == day


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        # no ceremony dated before: the death's day is no funeral's
        ("Рядовой Иван Лосев погиб 3 марта. После прощания его похоронят на родине.", "ru",
         "Лосев"),
        ("Private Ivan Losev was killed on 3 March. After the ceremony he will be buried in his "
         "village.", "en", "Losev"),
        # a life's ends are no ceremony's day, even in a sentence naming one
        ("A farewell ceremony will be announced later for Private Ivan Losev (07.11.1990 – "
         "23.02.2024). After the ceremony he will be buried in his village.", "en", "Losev"),
        ("Прощание с рядовым Иваном Лосевым (12.03.1990 – 23.02.2024) пройдёт позже. После "
         "прощания его похоронят на родине.", "ru", "Лосев"),
    ],
)
def test_after_an_undated_farewell_nothing(text: str, lang: str, surname: str) -> None:
    m = person_named(text, lang, surname, "2024-03-14")
    assert "funeral" not in (m["other_dates"] or {})
