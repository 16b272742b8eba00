"""Names of every origin back to the nominative, split into surname and given name by the
words' own forms (issue 19): the word the dictionary knows as a given name is the given
name, a foreign name's parts share one case, a double surname stays together."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.namecase import parse_name


@pytest.mark.parametrize(("written", "surname", "given"), [
    ("Шевчук Роман", "Шевчук", "Роман"),
    ("Бондаренко Виктор", "Бондаренко", "Виктор"),
    ("Ткачук Алексей", "Ткачук", "Алексей"),
    ("Тендай Мусекива", "Мусекива", "Тендай"),
    ("Кимани Мвангиа", "Мвангиа", "Кимани"),
    ("Роман Шевчук", "Шевчук", "Роман"),
])
def test_the_word_known_as_a_given_name_is_the_given_name(written: str, surname: str,
                                                          given: str) -> None:
    p = parse_name(written.split())
    assert (p.surname, p.given) == (surname, given)


@pytest.mark.parametrize(("written", "surname", "given"), [
    ("Рейнальдо Куэста Ольмедо", "Куэста Ольмедо", "Рейнальдо"),
    ("Рейнальдо Куэсту Ольмедо", "Куэста Ольмедо", "Рейнальдо"),
    ("Родриго Алвесом Перейрой", "Алвес Перейра", "Родриго"),
    ("Ориэль Перес Фонсека", "Перес Фонсека", "Ориэль"),
    ("Хосе Антонио Мартинес Санчес", "Мартинес Санчес", "Хосе Антонио"),
    ("Мануэль Очоа Рейес", "Очоа Рейес", "Мануэль"),
    # a consonant-final middle word, or a known given name, is a second given name
    ("Бишну Прасад Гурунг", "Гурунг", "Бишну Прасад"),
    ("Мухаммад Али Хан", "Хан", "Мухаммад Али"),
    ("Луис Карлос Гомес", "Гомес", "Луис Карлос"),
    ("Кваме Асанте Боатенг", "Боатенг", "Кваме Асанте"),
])
def test_a_double_surname_after_the_given_name(written: str, surname: str, given: str) -> None:
    p = parse_name(written.split())
    assert (p.surname, p.given) == (surname, given)


@pytest.mark.parametrize(("written", "surname", "given", "lang"), [
    ("Абдирахманом Мохамедом Фарахом", "Фарах", "Абдирахман Мохамед", "ru"),
    ("Абдірахманом Мохамедом Фарахом", "Фарах", "Абдірахман Мохамед", "uk"),
    ("Ахмедом Джамалем Хассаном", "Хассан", "Ахмед Джамаль", "ru"),
    ("Тендаю Мусекиве", "Мусекива", "Тендай", "ru"),
    ("Фонсекой", "Фонсека", "", "ru"),
])
def test_a_foreign_name_in_an_oblique_case_by_the_form_its_words_share(
        written: str, surname: str, given: str, lang: str) -> None:
    with language(lang):
        p = parse_name(written.split(), ("datv", "masc") if "Тендаю" in written else (
            ("ablt", "masc") if written == "Фонсекой" else None))
    assert (p.surname, p.given) == (surname, given)


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Полонений назвався Абдірахманом Мохамедом Фарахом, йому 23 роки. Він потрапив у полон "
     "14 листопада.", "Фарах", "Абдірахман Мохамед"),
    ("Пленный назвался Ахмедом Джамалем Хассаном. Он попал в плен 3 марта.", "Хассан",
     "Ахмед Джамаль"),
    ("В бригаде простились с бразильцем Родриго Алвесом Перейрой. Родриго погиб 5 мая.",
     "Алвес Перейра", "Родриго"),
    ("Проводить Рейнальдо Куэсту Ольмедо пришли сослуживцы. Он погиб 11 января под Угледаром.",
     "Куэста Ольмедо", "Рейнальдо"),
    ("Память павших: Шевчук Роман «Шева», 31 год, погиб 04.09.2024 под Торецком.", "Шевчук",
     "Роман"),
    ("24-летний Тендай Мусекива погиб в апреле под Бахмутом.", "Мусекива", "Тендай"),
])
def test_names_in_texts(text: str, surname: str, given: str) -> None:
    ms = extract_text(text, None, "2024-11-20")
    assert [(m["surname"], m["given_name"]) for m in ms] == [(surname, given)]


@pytest.mark.parametrize(("text", "surname", "given", "patronymic"), [
    ("Администрация сообщает о гибели Гладких Сергея Петровича, жителя с. Парнушка.",
     "Гладких", "Сергей", "Петрович"),
    ("Седых Иван Петрович погиб 3 мая 2024 года под Работино.", "Седых", "Иван", "Петрович"),
    ("Похоронили рядового Белых Андрея, погибшего 5 мая.", "Белых", "Андрей", None),
    ("Долгих Никита Сергеевич (1999–2023), рядовой, г. Курган.", "Долгих", "Никита",
     "Сергеевич"),
    ("В зоне СВО погиб мобилизованный Черных Олег Викторович.", "Черных", "Олег", "Викторович"),
])
def test_a_surname_in_ih_before_a_given_name_is_no_adjective(
        text: str, surname: str, given: str, patronymic: str | None) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert (m["surname"], m["given_name"], m["patronymic"]) == (surname, given, patronymic)


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Гражданин Республики Куба Рейнальдо Куэста Ольмедо погиб 11 января под Угледаром.",
     "Куэста Ольмедо", "Рейнальдо"),
    ("Уроженец Непала Бишну Прасад Гурунг погиб в марте 2024 года.", "Гурунг", "Бишну Прасад"),
    ("Гражданин Кубы Педро Очоа Рейес погиб под Авдеевкой 3 марта 2024 года.", "Очоа Рейес",
     "Педро"),
    ("Житель Камеруна Жан-Поль Мбарга погиб 9 мая 2024 года под Торецком.", "Мбарга",
     "Жан-Поль"),
    ("Выходец из Колумбии Педро Гомес погиб 5 февраля 2024 года.", "Гомес", "Педро"),
])
def test_a_country_before_a_given_name_is_no_part_of_the_name(text: str, surname: str,
                                                            given: str) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Серб Ненад Стоянович, воевавший добровольцем, погиб 3 января 2024 года под Авдеевкой.",
     "Стоянович", "Ненад"),
    ("Доброволец из Хорватии Марко Ковачевич погиб 3 мая 2024 года.", "Ковачевич", "Марко"),
    ("Под Бахмутом погиб белорус Андрей Ковалевич, 34 года.", "Ковалевич", "Андрей"),
    ("Стало известно о гибели Драгана Йовановича, добровольца из Сербии, 5 мая 2024 года.",
     "Йованович", "Драган"),
    ("Гражданин Сербии Милош Петрович погиб 12 апреля 2024 года.", "Петрович", "Милош"),
])
def test_a_given_name_and_a_word_in_ovich_naming_no_one_before_is_a_surname(
        text: str, surname: str, given: str) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert (m["surname"], m["given_name"], m["patronymic"]) == (surname, given, None)


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("О гибели Ахмада Шаха Масуда сообщили 5 мая 2024 года.", "Масуд", "Ахмад Шах"),
    ("Стало известно о гибели Азиза Тахира Рашида под Бахмутом 5 мая 2024 года.", "Рашид",
     "Азиз Тахир"),
    ("Прощание с Джамшедом Рустамом Назаром прошло 5 мая 2024 года, он погиб под Бахмутом.",
     "Назар", "Джамшед Рустам"),
    ("Похоронили Фаррухом Ильхомом Саидом? Нет: память Фарруха Ильхома Саида почтили 5 мая "
     "2024 года, он погиб под Бахмутом.", "Саид", "Фаррух Ильхом"),
    ("Сообщили о гибели Умара Джамала Хасана 5 мая 2024 года под Бахмутом.", "Хасан",
     "Умар Джамал"),
])
def test_a_foreign_name_after_a_noun_of_a_thing_is_a_mans_in_the_genitive(
        text: str, surname: str, given: str) -> None:
    assert (surname, given) in [(m["surname"], m["given_name"])
                                for m in extract_text(text, "ru", "2024-06-01")]


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Попрощалися з Шерзодом Юлдашевим, який загинув 5 травня 2024 року.", "Юлдашев",
     "Шерзод"),
    ("У Тюмені попрощалися з Фаррухом Рахимовим, який загинув під Бахмутом.", "Рахимов",
     "Фаррух"),
    ("Попрощалися з Бахтияром Назаровим, який загинув 5 травня 2024 року.", "Назаров",
     "Бахтияр"),
    ("Рідні попрощалися з Жасуром Турсуновим, який загинув 5 травня 2024 року.", "Турсунов",
     "Жасур"),
    ("Попрощалися з Айдаром Шариповим, загиблим 5 травня 2024 року.", "Шарипов", "Айдар"),
])
def test_uk_two_words_in_the_instrumental_after_z_are_someone_not_a_place(
        text: str, surname: str, given: str) -> None:
    assert [(m["surname"], m["given_name"]) for m in extract_text(text, "uk", "2024-06-01")] \
        == [(surname, given)]
