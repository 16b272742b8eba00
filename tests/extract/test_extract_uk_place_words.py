"""Ukrainian places of more than one word and villages after their kind: an adjective and its
noun ("біля Часового Яру", "с. Велика Березна", "смт Стара Синява"), a plural name ("під
Кринками"), a village's name in the nominative after "села" ("села Кошів" is no Russian
town of like consonants), and ceremonies dated by "учора" or "провела в останню путь".
Sentences written for the classes, with guards where a rule must not fire."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.uk_places import place_nominative


def _one(text: str, published: str = "2024-04-11") -> dict[str, object]:
    people = extract_text(text, "uk", published)
    assert len(people) == 1, [p["name"] for p in people]
    return people[0]


@pytest.mark.parametrize(("first", "second", "nominative"), [
    ("Часового", "Яру", "Часів Яр"),
    ("Кривого", "Рогу", "Кривий Ріг"),
    ("Білої", "Церкви", "Біла Церква"),
    ("Нової", "Каховки", "Нова Каховка"),
    ("Великої", "Березни", "Велика Березна"),
    ("Великих", "Гаїв", "Великі Гаї"),
    ("Старої", "Синяви", "Стара Синява"),
    ("Старому", "Салтові", "Старий Салтів"),
    ("Стара", "Синява", "Стара Синява"),
    ("Кринок", None, "Кринки"),
    ("Кураховим", None, "Курахове"),
    # guards: a name after the town is no part of it
    ("Бахмута", "Іван", "Бахмут"),
    ("Авдіївки", "Олег", "Авдіївка"),
    ("Вугледара", "Петренко", "Вугледар"),
])
def test_place_nominative(first: str, second: str | None, nominative: str) -> None:
    with language("uk"):
        assert place_nominative(first, second) == nominative


@pytest.mark.parametrize(("text", "place"), [
    ("Він загинув 8 квітня біля Часового Яру. Це був Микола Шевчук.", "Часів Яр"),
    ("Старший солдат Павло Чорновол загинув неподалік Бахмута 20 травня.", "Бахмут"),
    ("28 грудня поблизу Кринок загинув матрос Віталій Ничипорук.", "Кринки"),
    ("Під Великою Новосілкою загинув сержант Андрій Гнатів.", "Велика Новосілка"),
    ("Лейтенант Ганна Мельничук загинула в бою під Кривим Рогом.", "Кривий Ріг"),
    ("Загинув у районі Старого Салтова солдат Роман Петрук.", "Старий Салтів"),
])
def test_death_places_of_two_words(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("Загинув сержант Петро Гаврилюк, мешканець с. Велика Березна Закарпатської області.",
     "Велика Березна", "UA-21"),
    ("На фронті загинув Михайло Гордійчук з села Великі Гаї.", "Великі Гаї", None),
    ("Загинув солдат Андрій Мельничук, мешканець смт Стара Синява.", "Стара Синява", None),
    ("Загинув Іван Петренко, мешканець Кривого Рогу.", "Кривий Ріг", "UA-12"),
    ("Загинула Оксана Бойко з міста Біла Церква.", "Біла Церква", "UA-32"),
    ("Загинув Олег Петрук, мешканець села Іванівки Хмельницької області.", "Іванівка",
     "UA-68"),
    ("Загинув Тарас Кухар, мешканець села Лука.", "Лука", None),
    ("Помер від поранень Юрій Довгань, мешканець с. Пилипи.", "Пилипи", None),
    # a village in the nominative is no Russian town of like consonants
    ("Загинув старший солдат Олександр Гребенюк, мешканець села Кошів.", "Кошів", None),
])
def test_homes_of_villages(text: str, settlement: str, region: str | None) -> None:
    m = _one(text)
    assert m["settlement"] == settlement
    if region is not None:
        assert m["region"] == region
    else:
        assert m["region"] is None or not str(m["region"]).startswith("RU-")


@pytest.mark.parametrize("text", [
    # guards: a Russian town named in Ukrainian keeps its reading
    "Загинув Іван Петренко, мешканець Бєлгорода.",
    "Загинув Іван Петренко з Пермі.",
])
def test_russian_towns_still_read(text: str) -> None:
    assert str(_one(text)["region"]).startswith("RU-")


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Сьогодні Звягельська громада провела в останню путь воїна Євгена Рибака, який загинув "
     "28 лютого.", "2024-03-04", "2024-03-04"),
    ("Учора в Луцьку попрощалися з військовослужбовцем Іваном Ковальчуком, який загинув "
     "9 грудня під Авдіївкою.", "2023-12-14", "2023-12-13"),
    ("Вчора рідні провели в останню дорогу солдата Петра Лозинського.", "2024-06-02",
     "2024-06-01"),
])
def test_farewell_days(text: str, published: str, date: str) -> None:
    m = _one(text, published)
    assert (m["other_dates"] or {}).get("farewell") == date
    assert m["death_date"] != date


@pytest.mark.parametrize(("text", "published", "death", "farewell"), [
    ("Олександр Ковальчук, штаб-сержант 3 ОШБр, загинув минулої неділі під Покровськом. "
     "Бердичів проводжатиме його в четвер о 12.", "2025-03-19", "2025-03-16", "2025-03-20"),
    ("Внаслідок ракетного удару по Харкову минулої суботи загинула Ніна Лисенко, 67 років. "
     "Прощання з нею відбудеться у четвер.", "2024-06-26", "2024-06-22", "2024-06-27"),
    ("Матрос Петро Дуда загинув минулого понеділка. Поховають Героя в середу.", "2024-05-01",
     "2024-04-29", None),
    ("Сергій Кушнір загинув у суботу під Бахмутом.", "2024-07-19", "2024-07-13", None),
    # guard: a weekday with its date is that date
    ("Солдат Сергій Кушнір загинув 17 липня. Прощання пройде у понеділок, 22 липня.",
     "2024-07-19", "2024-07-17", "2024-07-22"),
])
def test_weekdays(text: str, published: str, death: str, farewell: str | None) -> None:
    m = _one(text, published)
    assert m["death_date"] == death
    if farewell is not None:
        assert (m["other_dates"] or {}).get("farewell") == farewell


@pytest.mark.parametrize(("text", "settlement"), [
    ("Олександр Ковальчук загинув під Покровськом. Наш Бердичів проводжатиме його в четвер.",
     "Бердичів"),
    ("Уся наша Коломия прощалася сьогодні з сержантом Андрієм Гуком, який загинув під "
     "Кліщіївкою.", "Коломия"),
    # guards: "наш" before a name or an honour is no town
    ("Наш Герой Іван Петренко загинув під Бахмутом.", None),
    ("Нашого Сашка Ковальчука більше немає, загинув під Бахмутом.", None),
])
def test_our_town(text: str, settlement: str | None) -> None:
    assert _one(text)["settlement"] == settlement


@pytest.mark.parametrize(("text", "settlement", "region"), [
    # Ukraine's towns by their Ukrainian spelling in any case
    ("Повернувся з полону старший матрос Денис Лисенко, мешканець Миколаєва.", "Миколаїв",
     "UA-48"),
    ("Загинув Іван Коваль, уродженець Олександрії.", "Олександрія", "UA-35"),
    # a name opening with a vowel is no town of like consonants without one (Зима)
    ("Загинув Іван Коваль, мешканець Ізюма.", "Ізюм", "UA-63"),
    # Russian towns keep their "е" in Ukrainian (no "Вороніж")
    ("Полонений Іван Коваль з Воронежа.", "Воронеж", "RU-VOR"),
    ("Полонений Олег Сомов з Орла.", "Орел", "RU-ORL"),
    ("Полонений Олег Сомов з Єйська.", "Єйськ", "RU-KDA"),
])
def test_towns_by_their_spelling(text: str, settlement: str, region: str) -> None:
    m = _one(text)
    assert (m["settlement"], m["region"]) == (settlement, region)


def test_a_town_abroad_after_its_kind_stays_as_written() -> None:
    assert _one("Загинув Прадіп Кумар Шарма з міста Амбала.")["settlement"] == "Амбала"
