"""Places of death by class, in Russian, Ukrainian and English: a place before a clause of
"где" / "де" / "where" that tells the death ("отправлен под Бахмут, где погиб"); no place of
death for one who came home from captivity or serves on; a Ukrainian list's lines without a
full stop and a hospital's town after "м." ("у лікарні м. Дніпро")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str, lang: str) -> dict:
    (m,) = extract_text(text, lang, "2024-09-01")
    return m


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Сержант Иван Петров был отправлен под Бахмут, где погиб 2 апреля.", "ru", "Бахмут"),
        ("Рядового Андрея Котова перебросили в район Авдеевки, где 12 февраля он погиб.", "ru",
         "Авдеевка"),
        ("Рядового Ильдара Сафина бросили в атаку под Курахово, где 29 ноября он попал в плен.",
         "ru", "Курахово"),
        ("Младший сержант Артём Зуев приехал в Донецк, где и скончался от ран 5 мая.", "ru",
         "Донецк"),
        ("Засудженого Віктора Лапіна відправили під Бахмут, де він загинув 2 квітня.", "uk",
         "Бахмут"),
        ("Рядовий Олег Коваль був переведений до Авдіївки, де 12 лютого загинув.", "uk",
         "Авдіївка"),
        ("Convict Viktor Lapin was sent to Bakhmut, where he was killed on April 2.", "en",
         "Bakhmut"),
        ("Private Oleg Koval was moved to the outskirts of Avdiivka, where he died on "
         "February 12.", "en", "Avdiivka"),
        ("Sergeant Ivan Frolov was taken to Rostov-on-Don, where he died of his wounds two "
         "days later.", "en", "Rostov-on-Don"),
    ],
)
def test_a_place_before_a_clause_of_where(text: str, lang: str, place: str) -> None:
    """The death told in a clause of "где" after the place is a death there."""
    assert _one(text, lang)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ефрейтор Олег Смирнов вырос в Брянске, где окончил школу, и погиб в бою.", "ru"),
        ("Солдат Богдан Шевчук переїхав до Києва, де працював водієм, і загинув у бою.", "uk"),
        ("Private Ivan Frolov trained in Tula, where he met his wife, and was killed in "
         "action.", "en"),
    ],
)
def test_a_clause_of_where_without_a_death(text: str, lang: str) -> None:
    """A clause of "где" that tells something else leaves the place no death's."""
    assert _one(text, lang)["place_of_death"] is None


def test_a_clause_of_where_telling_a_relative_s_death() -> None:
    """"where his father died": the relative's death, not the person's place."""
    m = _one("Private Oleg Koval grew up in Kursk, where his father died last year; he was "
             "killed near Pokrovsk.", "en")
    assert m["place_of_death"] == "Pokrovsk"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Рядовой Иван Петров попал в плен в июне 2024 года под Волчанском, 30 декабря его "
         "освободили в ходе обмена и он вернулся домой.", "ru"),
        ("Вчера из плена вернулся Александр Тимофеев из Вязников, попавший в плен 3 марта "
         "2024 года под Работино.", "ru"),
        ("Домой из украинского плена вернулся житель Ачинска Павел Зуев, взятый в плен в "
         "августе в Курской области.", "ru"),
        ("Рядовий Іван Петренко, який потрапив у полон під Вовчанськом у червні, повернувся "
         "додому під час обміну 30 грудня.", "uk"),
        ("Private Ivan Petrov, who was captured near Vovchansk in June, returned home in a "
         "prisoner exchange on December 30.", "en"),
    ],
)
def test_no_place_for_one_back_from_captivity(text: str, lang: str) -> None:
    """One who came home from captivity has no place of death, not that of his capture."""
    m = _one(text, lang)
    assert m["status"] == "returned"
    assert m["place_of_death"] is None


def test_a_captured_man_keeps_the_place_of_his_capture() -> None:
    """The negative: one still in captivity keeps where he was taken (the Russian guide)."""
    m = _one("Рядовой Павел Зуев попал в плен в августе под Волчанском.", "ru")
    assert m["place_of_death"] == "Волчанск"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Пам'ять героїв громади. Громада попрощалася з:\n"
         "• солдатом Гнатюком Романом Івановичем (1985—2025), загинув 11 липня біля Часового "
         "Яру;\n"
         "• молодшим сержантом Д. О. Марченком, 29 років, помер від поранень 18 липня в "
         "лікарні Харкова;\n"
         "• старшим солдатом Петром Климчуком.",
         ["Часів Яр", "Харків", None]),
        ("Громада вшановує пам'ять:\n"
         "1. Ковальчук Петро Іванович (1976 р.н.), старший сержант — загинув 3 березня під "
         "Авдіївкою;\n"
         "2. Мельничук Андрій Васильович, 1994 р.н., солдат — помер від поранень 11 березня у "
         "лікарні м. Дніпро;\n"
         "3. Гуменюк Богдан Олегович, 2001 р.н. — зник безвісти 20 березня поблизу Роботиного.",
         ["Авдіївка", "Дніпро", None]),
        ("Загиблі захисники:\n"
         "Бондар Олег Петрович — загинув 2 травня під Кремінною\n"
         "Савчук Ігор Миколайович — помер 9 травня у шпиталі м. Одеса",
         ["Кремінна", "Одеса"]),
    ],
)
def test_ukrainian_list_lines_and_hospital_towns(text: str, places: list[str | None]) -> None:
    """A line of a list without a full stop is a sentence of its own; an initial ("Д. О.")
    or "м." before a town ends none."""
    assert [m["place_of_death"] for m in extract_text(text, "uk", "2025-08-01")] == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Солдат Андрій Мельничук помер від поранень 11 березня у лікарні м. Дніпро.",
         "Дніпро"),
        ("Сержант Олег Бондар помер у шпиталі м. Запоріжжя 3 травня від поранень.",
         "Запоріжжя"),
        ("Молодший сержант Дмитро Марченко помер 18 липня в лікарні с. Мирне від поранень.",
         "Мирне"),
    ],
)
def test_ukrainian_hospital_town_after_its_abbreviation(text: str, place: str) -> None:
    assert _one(text, "uk")["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "lang", "pictured"),
    [
        ("Умерла писательница Анна Лебедева\nАнна Лебедева и Пётр Сомов\nВ пятницу, 19 "
         "февраля 2016 года, в Твери в возрасте 89 лет умерла писательница Анна Лебедева.",
         "ru", "Сомов"),
        ("Умер князь Павел Орлов\n\nПавел Орлов с Николаем Громовым во время награждения\n"
         "31 декабря 2016 года в Копенгагене умер князь Павел Орлов.", "ru", "Громов"),
        ("Погиб земляк из Твери\nСергей Волков с сослуживцем Андреем Котовым\nРядовой Андрей "
         "Котов погиб 5 мая под Бахмутом.", "ru", "Волков"),
        ("Загинув земляк з Полтави\nОлег Бондар разом із побратимом Іваном Ткачуком\nСолдат "
         "Іван Ткачук загинув 5 травня під Покровськом.", "uk", "Бондар"),
    ],
)
def test_a_person_only_in_a_caption_with_another(text: str, lang: str, pictured: str) -> None:
    """One named only in a photo's caption beside someone else gets no place nor date of the
    death the body tells."""
    for m in extract_text(text, lang, "2024-09-01"):
        if m["surname"] == pictured:
            assert m["place_of_death"] is None
            assert m["death_date"] is None


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("В Бахмуте погиб Иван Петров\nИван Петров\nРядовой погиб 5 мая под Бахмутом, ему "
         "было 30 лет.", "ru", "Бахмут"),
        ("Загинув Іван Ткачук\nІван Ткачук\nСолдат загинув 5 травня під Покровськом.", "uk",
         "Покровськ"),
    ],
)
def test_a_caption_naming_one_alone_keeps_his_death(text: str, lang: str, place: str) -> None:
    """The negative: a caption naming him alone keeps the death told on the next line."""
    (m,) = extract_text(text, lang, "2024-09-01")
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Двое кубинцев из Гаваны пострадали в боях под Курском. 25-летний Йоэль Родригес "
         "Перес погиб, а его друг Алексис Гонсалес Фернандес получил тяжёлое ранение.", "Курск"),
        ("Утром 16 марта в результате обстрела Шебекино погибла 67-летняя Валентина Ивановна "
         "Крюкова. Её соседа, 48-летнего Геннадия Сотникова, с осколочными ранениями доставили "
         "в городскую больницу.", "Шебекино"),
        ("30 сентября 2024 года под Селидово Михаил Гордиенко погиб, а его жена Елена "
         "Гордиенко, пытавшаяся вынести его с поля боя, была ранена.", "Селидово"),
        ("Сержант Игорь Рябов погиб 30 ноября под Покровском. Его брат Александр Рябов служил "
         "с ним в одном батальоне, в тот же день получил тяжёлое ранение.", "Покровск"),
        ("Супруги Олег и Анна Карповы из Пскова служили в одной бригаде. 3 мая под Авдеевкой "
         "Олег погиб, а Анна была ранена.", "Авдеевка"),
    ],
)
def test_one_wounded_where_the_one_before_him_died(text: str, place: str) -> None:
    """Russian: one wounded right after a death told with its place, in the same paragraph
    and at no other time, was wounded there (the guide gives the wounded that place)."""
    killed, wounded = extract_text(text, "ru", "2024-12-01")
    assert killed["status"] == "killed"
    assert wounded["status"] == "wounded"
    assert wounded["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Сержант Игорь Рябов погиб 30 ноября под Покровском. Его брат Александр Рябов был "
        "ранен в марте 2023 года.",
        "Сержант Игорь Рябов погиб 30 ноября под Покровском. Его брат Александр Рябов был "
        "ранен ещё весной.",
        "Сержант Игорь Рябов погиб 30 ноября под Покровском.\n\nЕго брат Александр Рябов тоже "
        "был ранен.",
        "Рядовой Тагир Хабибуллин скончался от ран 2 ноября в госпитале в Донецке. Его "
        "сослуживец Олег Рябов тоже был ранен.",
    ],
)
def test_a_wounding_at_another_time_or_place(text: str) -> None:
    """The negative: a wounding dated otherwise, told as earlier, in another paragraph, or
    after a death in a hospital takes no place."""
    wounded = extract_text(text, "ru", "2024-12-01")[-1]
    assert wounded["status"] == "wounded"
    assert wounded["place_of_death"] is None


def test_a_wounded_ukrainian_keeps_no_place() -> None:
    """The Ukrainian guide's place is a death's only: the rule is Russian."""
    found = extract_text("Сержант Ігор Рябов загинув 30 листопада під Покровськом. Його "
                         "побратим Олександр Мельник був поранений.", "uk", "2024-12-01")
    assert found[-1]["status"] == "wounded"
    assert found[-1]["place_of_death"] is None
