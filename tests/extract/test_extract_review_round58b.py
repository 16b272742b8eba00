"""Vietnamese names (surname first in every script); Spanish double surnames before two given
names; a team's captain is no rank; a list of those "вернувшихся домой" after an exchange;
a burial "в тот же день" as the farewell; a unit in mourning; a unit's name at a sentence's
start."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _people(text: str, lang: str = "ru", published: str = "2024-06-30"
            ) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Гражданин Вьетнама Фам Дык Минь погиб под Авдеевкой в декабре 2023 года.", "ru",
     "Фам", "Дык Минь"),
    ("4. Нгуєн Ван Тхань, громадянин В'єтнаму, мешкав у Сургуті — зник безвісти під "
     "Авдіївкою.", "uk", "Нгуєн", "Ван Тхань"),
    ("Vietnamese citizen Nguyen Van Thanh, 34, went missing near Avdiivka in December.", "en",
     "Nguyen", "Van Thanh"),
    ("Hoang Duc Anh, a Vietnamese national recruited in Moscow, was killed near Bakhmut.",
     "en", "Hoang", "Duc Anh"),
])  # fmt: skip
def test_a_vietnamese_name_is_written_surname_first(text: str, lang: str, surname: str,
                                                    given: str) -> None:
    people = _people(text, lang, "2024-02-01")
    assert surname in people
    assert people[surname]["given_name"] == given


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Громадянин Перу Вільянуева Кіспе Карлос Уго, 36 років, здався в полон 20 лютого.", "uk",
     "Вільянуева Кіспе", "Карлос Уго"),
    ("Гражданин Колумбии Очоа Рестрепо Хуан Карлос погиб 28 мая у Очеретино.", "ru",
     "Очоа Рестрепо", "Хуан Карлос"),
])  # fmt: skip
def test_two_surnames_before_two_given_names(text: str, lang: str, surname: str,
                                             given: str) -> None:
    people = _people(text, lang)
    assert surname in people
    assert people[surname]["given_name"] == given


def test_a_russian_name_of_four_words_stays_russian() -> None:
    people = _people("Погиб Иванов Пётр Сергеевич, 1990 г.р.")
    assert people["Иванов"]["patronymic"] == "Сергеевич"


def test_a_teams_captain_is_no_rank() -> None:
    text = ("Артём учился в нашей школе, был капитаном волейбольной команды. После срочки "
            "подписал контракт, служил мл. сержантом. 9 апреля Кайгородов Артём погиб в зоне "
            "СВО.")
    assert _people(text)["Кайгородов"]["rank"] == "младший сержант"


def test_those_back_home_after_an_exchange() -> None:
    text = ("Из украинского плена вернулись 90 российских военнослужащих. Обмен состоялся 25 "
            "июня. Глава Тувы опубликовал список земляков, вернувшихся домой:\n"
            "1) ефрейтор Монгуш Айдыс, 23 года, г. Кызыл;\n"
            "2) мл. сержант Ооржак Сылдыс, с. Чаа-Холь;\n"
            "3) рядовой Куулар Ч.О., 1991 г.р., с. Эрзин.")
    people = _people(text)
    assert {p["status"] for p in people.values()} == {"returned"}


def test_a_burial_the_same_day_is_the_farewells_day() -> None:
    text = ("8 февраля в ДК г. Нерчинска состоится прощание с участником СВО Балдановым Баиром "
            "Цыдендамбаевичем (04.05.1981 – 27.01.2023). Призван по мобилизации 6 октября 2022 "
            "г. Захоронение состоится в тот же день на кладбище с. Знаменка.")
    person = _people(text, published="2023-02-06")["Балданов"]
    assert person["death_date"] == "2023-01-27"
    assert person["other_dates"].get("funeral") == "2023-02-08"


def test_a_unit_in_mourning_is_its_mens_unit() -> None:
    text = ("Интербригада «Пятнашка» скорбит. 28 мая у Очеретино погиб наш боевой товарищ, "
            "гражданин Колумбии Хуан Карлос Очоа Рестрепо. В том же бою был ранен его земляк "
            "Андрес Фелипе Гомес.")
    people = _people(text)
    assert {p["unit"] for p in people.values()} == {"интербригада «Пятнашка»"}


@pytest.mark.parametrize(("word", "town", "region"), [
    ("ельчанин", "Елец", "RU-LIP"),
    ("самарец", "Самара", "RU-SAM"),
    ("новгородец", "Великий Новгород", "RU-NGR"),
    ("астраханец", "Астрахань", "RU-AST"),
    ("магнитогорец", "Магнитогорск", "RU-CHE"),
])  # fmt: skip
def test_irregular_demonyms(word: str, town: str, region: str) -> None:
    person = _people(f"Погиб рядовой Кузьмин Иван Андреевич, 2000 г.р., наш {word}.")["Кузьмин"]
    assert person["settlement"] == town
    assert person["region"] == region


def test_a_unit_left_in_a_courts_text_is_desertion() -> None:
    text = ("Південний окружний військовий суд засудив до 7 років колонії 28-річного молодшого "
            "сержанта Артура Гаспаряна з Краснодара. Контрактник залишив частину 14 жовтня 2023 "
            "року під Херсоном і виїхав до Єревана. Його брат-близнюк Арсен досі служить у тій "
            "самій частині.")
    person = _people(text, "uk", "2024-05-01")["Гаспарян"]
    assert person["status"] == "deserted"


def test_leaving_a_part_of_money_is_no_desertion() -> None:
    text = ("Рядовий Олег Ткач загинув 3 травня під Бахмутом. Перед відправкою він залишив "
            "частину грошей матері.")
    assert _people(text, "uk", "2024-05-10")["Ткач"]["status"] == "killed"


def test_a_street_named_after_one_fallen_in_this_war() -> None:
    text = ("А в Горно-Алтайську вулицю Садову перейменували на честь гвардії старшого "
            "лейтенанта Сергія Чичиякова (1990–2023), кадрового офіцера.")
    person = _people(text, "uk", "2024-04-25")["Чичияков"]
    assert person["death_date"] == "2023"
    assert person["status"] == "killed"


def test_a_street_named_after_a_hero_of_another_war_is_no_one() -> None:
    text = "Вулицю перейменували на честь Героя Радянського Союзу Івана Кожедуба (1920–1991)."
    assert extract_text(text, "uk", "2024-04-25") == []


def test_an_entrys_died_and_graves_far_from_home() -> None:
    text = ("Graves in the Wagner section of the cemetery in Bakinskaya (Krasnodar Krai). Among "
            "the names on the crosses:\n"
            "1. Andrei Sergeyevich Vlasov, 03.03.1990 – 17.05.2023\n"
            "2. M. R. Khairutdinov, b. 1972, d. 26.04.2023")
    people = _people(text, "en", "2024-07-05")
    assert people["Khairutdinov"]["birth_date"] == "1972"
    assert people["Khairutdinov"]["death_date"] == "2023-04-26"
    assert {p["region"] for p in people.values()} == {None}


def test_conventions_and_bodies_are_no_one() -> None:
    text = ("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said two "
            "captured men are held in line with the Geneva Conventions. Uzbek citizen Sherzod "
            "Akhmedov, 33, surrendered on April 2 near Robotyne.")
    assert [m["surname"] for m in extract_text(text, "en", "2024-04-10")] == ["Akhmedov"]


def test_residents_of_an_autonomous_okrug_name_no_town() -> None:
    text = ("Администрация сообщила о гибели четырёх жителей Ханты-Мансийского автономного "
            "округа — Югры:\n"
            "1. ЗАЙНУЛЛИН Руслан Ильдарович (12.05.1987 – 04.03.2024), г. Сургут, сержант.\n"
            "2. Шевчук Игорь Николаевич, 1979 г.р., пгт Игрим, рядовой.")
    people = _people(text, published="2024-03-30")
    assert people["Зайнуллин"]["settlement"] == "Сургут"
    assert people["Шевчук"]["settlement"] == "Игрим"


def test_garsia_opens_a_double_surname() -> None:
    text = "На объявление откликнулся его сосед, 33-летний Алексис Гарсиа Мендоса, кубинец."
    people = _people(text, published="2023-10-05")
    assert people["Гарсиа Мендоса"]["given_name"] == "Алексис"
