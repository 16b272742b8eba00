"""Vague and framed dates: a part of a month told from publication ("в начале месяца", "в
конце прошлого месяца", "на початку місяця", "at the end of last month") is that month;
"на днях", "днями", "the other day", "earlier this week" give no date; an aside on the source
("Как стало известно, …") is no date of the news; a day without its year closing a list
entry under a heading of the dead is the entry's death, and "b." dates only its own year."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def person(text: str, surname: str, lang: str, published: str = "2024-03-14") -> dict[str, Any]:
    found = [m for m in extract_text(text, lang, published) if surname in m["name"]]
    assert found, f"{surname} not found"
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "surname", "death"),
    [
        ("Как стало известно, в начале месяца под Авдеевкой погиб сержант Олег Круглов.",
         "ru", "Круглов", "2024-03"),
        ("В конце прошлого месяца погиб мобилизованный Андрей Лыков из Тулы.",
         "ru", "Лыков", "2024-02"),
        ("Рядовой Тимур Галеев погиб в середине прошлого месяца под Кременной.",
         "ru", "Галеев", "2024-02"),
        ("Младший сержант Вера Осипова погибла в начале этого месяца при обстреле.",
         "ru", "Осипова", "2024-03"),
        ("На початку місяця загинув старший солдат Ігор Мельник.", "uk", "Мельник", "2024-03"),
        ("Наприкінці минулого місяця загинув сержант Олексій Бойко з Полтави.",
         "uk", "Бойко", "2024-02"),
        ("Солдат Степан Гринь загинув у середині місяця під Бахмутом.",
         "uk", "Гринь", "2024-03"),
        ("Private Ilya Dorin was killed at the end of last month near Avdiivka.",
         "en", "Dorin", "2024-02"),
        ("Sergeant Roman Yakovlev died at the beginning of the month in a hospital in Rostov.",
         "en", "Yakovlev", "2024-03"),
        ("Corporal Dmitry Belov died late last month near Kupiansk.", "en", "Belov", "2024-02"),
    ],
)
def test_part_of_a_month_told_from_publication(text: str, lang: str, surname: str,
                                               death: str) -> None:
    assert person(text, surname, lang)["death_date"] == death


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("На днях в зоне СВО погиб рядовой Иван Петрович Сомов.", "ru", "Сомов"),
        ("Стало известно, что на днях под Донецком погиб ефрейтор Артур Хасанов.",
         "ru", "Хасанов"),
        ("Днями на фронті загинув солдат Петро Іваненко.", "uk", "Іваненко"),
        ("Private Ivan Sokolov was killed the other day near Bakhmut.", "en", "Sokolov"),
        ("Sergeant Pavel Orlov was killed earlier this week in Donetsk region.", "en", "Orlov"),
        ("Рядовой Алексей Громов погиб за три дня до своего дня рождения.", "ru", "Громов"),
        ("Солдат Василь Коваль загинув за тиждень до відпустки.", "uk", "Коваль"),
        ("Private Oleg Ivanov was killed a week before his leave.", "en", "Ivanov"),
    ],
)
def test_vague_days_give_no_date(text: str, lang: str, surname: str) -> None:
    assert person(text, surname, lang)["death_date"] is None


@pytest.mark.parametrize(
    ("text", "lang", "surname", "death"),
    [
        ("Как стало известно, 5 марта под Авдеевкой погиб сержант Олег Круглов.",
         "ru", "Круглов", "2024-03-05"),
        ("Как стало известно редакции, 2 февраля погиб рядовой Ильдар Сафин.",
         "ru", "Сафин", "2024-02-02"),
        ("Як стало відомо, 2 березня під Бахмутом загинув солдат Іван Гнатюк.",
         "uk", "Гнатюк", "2024-03-02"),
    ],
)
def test_an_aside_on_the_source_is_no_report_date(text: str, lang: str, surname: str,
                                                  death: str) -> None:
    m = person(text, surname, lang)
    assert m["death_date"] == death
    assert "reported" not in (m["other_dates"] or {})


@pytest.mark.parametrize(
    ("text", "lang", "surname", "reported"),
    [
        ("О гибели сержанта Олега Круглова стало известно 10 марта.", "ru", "Круглов",
         "2024-03-10"),
        ("Про загибель солдата Івана Гнатюка стало відомо 9 березня.", "uk", "Гнатюк",
         "2024-03-09"),
    ],
)
def test_a_news_date_stays_reported(text: str, lang: str, surname: str, reported: str) -> None:
    m = person(text, surname, lang)
    assert (m["other_dates"] or {}).get("reported") == reported
    assert m["death_date"] is None


@pytest.mark.parametrize(
    ("text", "lang", "first", "first_death", "second", "second_death"),
    [
        ("Погибшие в марте 2024 года:\n— рядовой Егоров Максим Иванович (1999 г.р.), 3 марта;\n"
         "— сержант Рябов Денис Олегович (1980 г.р.).", "ru",
         "Егоров", "2024-03-03", "Рябов", "2024-03"),
        ("Наши земляки, погибшие в феврале:\n1. Кузьмин Олег Петрович, с. Урик, 11 февраля;\n"
         "2. Латыпов Ринат Ильдарович, г. Уфа, 20 февраля.", "ru",
         "Кузьмин", "2024-02-11", "Латыпов", "2024-02-20"),
        ("Загинули у лютому 2024 року:\n• солдат Дорошенко Андрій Іванович, 1991 р.н., 7 лютого;\n"
         "• сержант Пилипчук Олег Васильович, 1988 р.н.", "uk",
         "Дорошенко", "2024-02-07", "Пилипчук", "2024-02"),
    ],
)
def test_a_list_entrys_day_beats_its_headings_month(text: str, lang: str, first: str,
                                                    first_death: str, second: str,
                                                    second_death: str) -> None:
    assert person(text, first, lang)["death_date"] == first_death
    assert person(text, second, lang)["death_date"] == second_death


def test_a_birth_date_closing_an_entry_stays_a_birth() -> None:
    text = ("Список погибших:\n1. Гаврилов Павел Сергеевич, 12.04.1990 г.р.;\n"
            "2. Панин Олег Юрьевич, 1985 г.р.")
    m = person(text, "Гаврилов", "ru")
    assert m["birth_date"] == "1990-04-12"
    assert m["death_date"] is None


@pytest.mark.parametrize(
    ("text", "surname", "birth"),
    [
        ("Killed in February 2024:\n- Private Andrew Cole (b. 1995), February 10\n"
         "- Sergeant Peter Grant (b. 1982)", "Cole", "1995"),
        ("Private Samuel Ortiz (b. 1990) was killed on 4 March near Bakhmut.", "Ortiz", "1990"),
    ],
)
def test_b_dates_only_its_own_year(text: str, surname: str, birth: str) -> None:
    m = person(text, surname, "en")
    assert m["birth_date"] == birth
    assert m["death_date"] != "2024-02-10" or m["birth_date"] != "2024-02-10"


@pytest.mark.parametrize(
    ("text", "lang", "surname", "age"),
    [
        ("Старший сержант Игорь Лапин погиб в 45 лет.", "ru", "Лапин", 45),
        ("Медсестра Анна Соколова погибла в 23 года при обстреле Белгорода.", "ru",
         "Соколова", 23),
        ("Рядовой Фарид Алиев скончался в госпитале в девятнадцать лет.", "ru", "Алиев", 19),
        ("Рядовой Павел Зуев погиб в возрасте 45 лет 3 марта.", "ru", "Зуев", 45),
        ("Солдат Тарас Шевчук загинув у віці 45 років.", "uk", "Шевчук", 45),
        ("Private Mark Levin, aged 45, was killed on March 3.", "en", "Levin", 45),
        ("Private John Miller was killed at the age of 23 in February.", "en", "Miller", 23),
    ],
)
def test_age_at_death(text: str, lang: str, surname: str, age: int) -> None:
    assert person(text, surname, lang)["age"] == age


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("Солдат Андрій Гнатюк загинув на 30-му році життя.", "uk", "Гнатюк"),
        ("Рядовой Юрий Носов ушёл из жизни на 48-м году жизни.", "ru", "Носов"),
        ("31 января на 52-м году скончался ветеран Олег Кравцов.", "ru", "Кравцов"),
        ("Рядовой Степан Гуров погиб, не дожив трёх дней до 25-летия.", "ru", "Гуров"),
        ("Сержант Глеб Рябцев погиб в 2023 году под Бахмутом.", "ru", "Рябцев"),
        ("Ефрейтор Рустам Назаров погиб в 10 километрах от Угледара.", "ru", "Назаров"),
    ],
)
def test_no_age_stated(text: str, lang: str, surname: str) -> None:
    assert person(text, surname, lang)["age"] is None


@pytest.mark.parametrize(
    ("text", "surname", "death"),
    [
        ("Private Oleg Kim was killed on the second of March.", "Kim", "2024-03-02"),
        ("Private Alex Kuzin died on March third.", "Kuzin", "2024-03-03"),
        ("Sergeant Ruslan Bekov was killed on the twenty-first of February near Avdiivka.",
         "Bekov", "2024-02-21"),
        ("Corporal Ivan Frolov died on February twelfth, 2023, in a hospital in Donetsk.",
         "Frolov", "2023-02-12"),
        ("Private Nikita Zorin was killed on the thirtieth of January, his mother said.",
         "Zorin", "2024-01-30"),
    ],
)
def test_english_days_in_words(text: str, surname: str, death: str) -> None:
    assert person(text, surname, "en")["death_date"] == death


@pytest.mark.parametrize(
    ("text", "surname", "death"),
    [
        # a month then an ordinal of something else: the month alone
        ("Private Pavel Sizov was killed in March first among his platoon.", "Sizov", "2024-03"),
        ("Sergeant Lev Markin, killed in February, was the third of four brothers to die.",
         "Markin", "2024-02"),
    ],
)
def test_english_ordinals_of_other_things(text: str, surname: str, death: str) -> None:
    assert person(text, surname, "en")["death_date"] == death


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "birth"),
    [
        ("В Кулунде сегодня хоронили братьев Зайцевых — Ивана (1995 г.р.) и Михаила (1998 г.р.).",
         "ru", "2023-07-21", "Иван", "1995"),
        ("Среди них контрактник Илья Ямбаршев, 2003 года рождения, из Звенигово, пропавший в "
         "ноябре прошлого года под Курахово.", "ru", "2025-06-18", "Ямбаршев", "2003"),
        ("Суд 18 июня удовлетворил заявление матери военнослужащего Артёма Игоревича "
         "Зайнуллина, 2001 г.р., и объявил его умершим.", "ru", "2024-06-26", "Зайнуллин",
         "2001"),
        ("Вчора попрощалися з солдатом Іваном Бойком, 1990 року народження, який загинув "
         "3 березня.", "uk", "2024-03-14", "Бойк", "1990"),
        ("Позавчера в Чите простились с рядовым Баиром Цыреновым (1987 г.р.).", "ru",
         "2024-03-14", "Цыренов", "1987"),
        # guards: a marker right after its own full date, a verb of birth before its date
        ("Рядовой Олег Сомов, 12.04.1990 г.р., погиб 3 марта под Авдеевкой.", "ru",
         "2024-03-14", "Сомов", "1990-04-12"),
        ("Рядовой Пётр Лунин родился 12 апреля 1990 года в Туле.", "ru", "2024-03-14",
         "Лунин", "1990-04-12"),
    ],
)
def test_a_birth_marker_dates_only_its_own_year(text: str, lang: str, published: str,
                                                surname: str, birth: str) -> None:
    assert person(text, surname, lang, published)["birth_date"] == birth
