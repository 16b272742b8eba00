"""Ukrainian texts about captured recruits: capture verbs in all their forms, counted groups
("Троє окупантів здалися …", "Обидва …"), lists whose entries abbreviate a settlement ("м.",
"с.", "смт."), others' deaths beside a capture, a death of "one more" man, and a return from
captivity told in a list's heading."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _by_surname(text: str, published: str) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, "uk", published)}


@pytest.mark.parametrize(
    ("text", "surname", "day"),
    [
        ("Контрактник Олексій Зуєв з Пензи здався в полон 7 квітня під Торецьком.", "Зуєв",
         "2024-04-07"),
        ("11 березня під Авдіївкою захоплено в полон мобілізованого Павла Кирєєва з Уфи.",
         "Кирєєв", "2024-03-11"),
        ("Бійці 47-ї бригади 2 травня захопили в полон рядового Гліба Сомова з Орла.",
         "Сомов", "2024-05-02"),
        ("Під Вовчанськом 19 квітня взято в полон росіянина Артура Галімова, 1996 р.н.",
         "Галімов", "2024-04-19"),
        ("Прикордонники взяли 3 травня в полон найманця Тимура Ахмедова з Махачкали.",
         "Ахмедов", "2024-05-03"),
    ],
)
def test_capture_verbs_give_captured_with_the_date(text: str, surname: str, day: str) -> None:
    m = _by_surname(text, "2024-05-20")[surname]
    assert (m["status"], m["other_dates"].get("captured")) == ("captured", day)


def test_plural_surrender_after_a_collective_word() -> None:
    text = ("Двоє іноземців воювали за Росію. Перший — громадянин Кенії Пітер Омонді, "
            "1997 р.н. Другий — Самуель Менса з Гани. Обидва здалися в полон 9 лютого під "
            "Кліщіївкою.")
    people = _by_surname(text, "2024-03-01")
    assert {s: (m["status"], m["other_dates"].get("captured")) for s, m in people.items()} == {
        "Омонді": ("captured", "2024-02-09"), "Менса": ("captured", "2024-02-09")}


def test_a_counted_lead_gives_its_fact_to_exactly_that_many_named_after_it() -> None:
    text = ("Через проєкт «Хочу жити» 14 червня здалися в полон двоє військових РФ.\n"
            "Мобілізований Роман Шилов з Тули служив у 70-му полку.\n"
            "Разом із ним вийшов контрактник Денис Лаптєв, 30 років.\n"
            "Ще один боєць його роти, Кирило Гаврилов, загинув 20 травня.")
    people = _by_surname(text, "2024-06-20")
    assert people["Шилов"]["status"] == "captured"
    assert people["Лаптєв"]["status"] == "captured"
    assert people["Лаптєв"]["other_dates"].get("captured") == "2024-06-14"
    assert people["Гаврилов"]["status"] == "killed"


def test_a_counted_heading_of_returned_people_is_not_a_later_captive() -> None:
    text = ("На Полтавщину повернулися з полону двоє захисників\n"
            "— Гончар Іван Петрович, 1991 р.н., м. Лубни, у полоні з травня 2022 року;\n"
            "— Тарас Ковальов, 44 роки, смт Чутове, потрапив у полон 2 червня 2023 року.\n"
            "Ще один наш земляк, Остап Кравець з Миргорода, досі перебуває в полоні.")
    people = _by_surname(text, "2024-07-01")
    assert {s: m["status"] for s, m in people.items()} == {
        "Гончар": "returned", "Ковальов": "returned", "Кравець": "captured"}


@pytest.mark.parametrize(
    "abbreviation", ["м. Стерлітамак", "с. Нижні Сірогози", "смт. Чорнухи"],
)
def test_a_place_abbreviation_does_not_end_the_list(abbreviation: str) -> None:
    text = ("5 березня під Кремінною в полон потрапили троє бійців «Шторм Z». "
            "Згідно з картками полонених:\n"
            "— Панов Ігор Сергійович, 1984 р.н.;\n"
            f"— Ахметов Р. Ф., 1979 р.н., з {abbreviation};\n"
            "— Смолін Олег Вадимович, 1992 р.н., засуджений за крадіжку.")
    people = _by_surname(text, "2024-03-20")
    assert {s: m["status"] for s, m in people.items()} == {
        "Панов": "captured", "Ахметов": "captured", "Смолін": "captured"}
    assert people["Смолін"]["unit"] == "Шторм Z"


def test_a_returned_heading_outranks_an_entrys_captivity() -> None:
    text = ("Серед захисників, яких учора вдалося повернути з російського полону, — троє "
            "жителів Волині:\n"
            "• сержант Климчук Петро, 1988 р.н., м. Ковель — у полоні перебував з березня "
            "2022 року;\n"
            "• матрос Гаврилюк Андрій Іванович, 2001 р.н., смт Турійськ;\n"
            "• солдат Бондарук О. С., с. Заболоття.")
    people = _by_surname(text, "2024-10-10")
    assert {s: m["status"] for s, m in people.items()} == {
        "Климчук": "returned", "Гаврилюк": "returned", "Бондарук": "returned"}


@pytest.mark.parametrize(
    "text",
    [
        "Рядовий Петро Сидоренко потрапив у полон 3 травня під Авдіївкою, коли решта його "
        "групи загинула.",
        "Єфрейтор Олег Бондар здався в полон 5 травня. Його побратими загинули під час штурму.",
        "Солдат Андрій Мельник потрапив у полон 2 травня, а загинули всі його товариші.",
    ],
)
def test_others_deaths_are_not_the_captives(text: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert (m["status"], m["death_date"], m["place_of_death"]) == ("captured", None, None)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Іван Петров та його побратими загинули 5 травня під Бахмутом.", "killed"),
        ("Солдат Андрій Мельник загинув 2 березня разом із побратимами.", "killed"),
    ],
)
def test_a_death_shared_with_comrades_is_still_his(text: str, status: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert m["status"] == status


def test_one_more_mans_death_is_not_the_captives() -> None:
    text = ("Під Покровськом узято в полон кенійця, ще один найманець загинув\n"
            "12 вересня наші бійці взяли в полон 27-річного громадянина Кенії Джозефа "
            "Кіпчоге. У тому ж бою загинув інший кенієць — Деніс Очієнг.")
    people = _by_surname(text, "2024-09-20")
    assert people["Кіпчоге"]["status"] == "captured"
    assert people["Очієнг"]["status"] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Прапорщик Ігор Власов не здався в полон і загинув 4 травня під Часовим Яром.",
        "Сержант Микола Шевчук віддав документи й здався лікарям 4 травня в Ізюмі.",
    ],
)
def test_no_capture_without_a_surrender_to_the_enemy(text: str) -> None:
    people = extract_text(text, "uk", "2024-06-01")
    assert all(m["status"] != "captured" for m in people)


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Полонений — Ернандес Перес Луїс Альберто, 1999 р.н., громадянин Куби, здався в "
         "полон 3 травня.", "Ернандес Перес", "Луїс Альберто"),
        ("Полонений — Гонсалес Родрігес Мігель, громадянин Колумбії, 1992 р.н., потрапив у "
         "полон 8 липня.", "Гонсалес Родрігес", "Мігель"),
        ("Полонений — Тапа Суман Бахадур (Непал), здався в полон 3 травня.", "Тапа",
         "Суман Бахадур"),
        ("Полонений — Гурунг Рам Прасад, громадянин Непалу, здався в полон 3 травня.",
         "Гурунг", "Рам Прасад"),
        ("Полонений — Бадмаєв Саян, 1990 р.н., з Улан-Уде, здався в полон 3 травня.",
         "Бадмаєв", "Саян"),
    ],
)
def test_names_written_surname_first(text: str, surname: str, given: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Загинув Суман Бахадур Магар, громадянин Непалу.", "Магар", "Суман Бахадур"),
        ("Загинув Хуан Карлос Лопес, громадянин Колумбії.", "Лопес", "Хуан Карлос"),
        ("Полонений — Саян Бадмаєв, 1990 р.н., здався в полон 3 травня.", "Бадмаєв", "Саян"),
        ("Загинув Петров Іван.", "Петров", "Іван"),
    ],
)
def test_names_written_given_first_stay(text: str, surname: str, given: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert (m["surname"], m["given_name"]) == (surname, given)


def test_a_country_in_brackets_after_a_name_is_the_citizenship() -> None:
    text = ("Серед полонених двоє іноземців:\n1) Гурунг Рам Прасад (Непал), 1990 р.н.;\n"
            "2) Кіпчоге Деніс (Кенія), 28 років.")
    people = _by_surname(text, "2024-12-01")
    assert {s: m["citizenship"] for s, m in people.items()} == {"Гурунг": "NP", "Кіпчоге": "KE"}


def test_a_town_in_brackets_is_no_citizenship() -> None:
    (m,) = extract_text("Загинув солдат Петро Олійник (Сватове).", "uk", "2024-06-01")
    assert m["citizenship"] != "SV" and m["settlement"] == "Сватове"


@pytest.mark.parametrize(
    "text",
    [
        "Полонений Олег Панов з Курська контракт підписав у жовтні 2024 р.",
        "Полонений Гліб Ткачов, 25 років, мобілізований у вересні 2022 р.",
    ],
)
def test_a_year_abbreviation_after_an_event_date_is_no_birth(text: str) -> None:
    (m,) = extract_text(text, "uk", "2024-12-01")
    assert m["birth_date"] is None


def test_a_counted_sentence_telling_each_ones_fate_shares_none() -> None:
    text = ("Двоє окупантів з одного села: одного ліквідовано, інший здався в полон\n"
            "5 травня під Кремінною знищено окупанта Аюра Доржиєва, 24 роки. Його односелець, "
            "мобілізований Бадмаєв Саян, 9 травня здався в полон.")
    people = _by_surname(text, "2024-06-01")
    assert {s: m["status"] for s, m in people.items()} == {
        "Доржиєв": "killed", "Бадмаєв": "captured"}


def test_a_headings_death_date_is_not_a_missing_entrys() -> None:
    text = ("Громада вшановує пам'ять Героїв, які загинули в лютому:\n"
            "1. Савчук Ігор Петрович, 1980 р.н., с. Ярмолинці — загинув 2 лютого під Бахмутом;\n"
            "2. Дмитрук Олег Іванович, 1999 р.н., с. Гвардійське — зник безвісти 17 лютого "
            "поблизу Кліщіївки.")
    people = _by_surname(text, "2024-03-10")
    assert (people["Дмитрук"]["status"], people["Дмитрук"]["death_date"]) == ("missing", None)
    assert people["Савчук"]["death_date"] == "2024-02-02"


@pytest.mark.parametrize(
    ("text", "settlement"),
    [
        ("Сьогодні ми поховали нашого Тараса.\nТарас Вовк, 22 роки. Загинув 23 лютого на "
         "Покровському напрямку.", None),
        ("Вчора ми попрощалися з нашим Олександром. Олександр Мороз загинув 3 травня.", None),
        ("Наш Бердичів проводжатиме Героя Івана Петренка, який загинув 3 травня.", "Бердичів"),
    ],
)
def test_our_given_name_is_no_town(text: str, settlement: str | None) -> None:
    (m,) = extract_text(text, "uk", "2025-05-10")
    assert m["settlement"] == settlement


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Суд у минулий вівторок визнав винним полоненого Гліба Сорокіна, 2001 р.н. У полон "
         "його взяли 12 серпня 2024 року на Курщині.", "2024-08-12"),
        ("Координаційний штаб з питань поводження з військовополоненими: сьогодні з полону "
         "повернувся сержант Ігор Ткачук, який перебував у полоні з квітня 2022 року.",
         "2022-04"),
    ],
)
def test_a_word_for_a_prisoner_dates_no_capture(text: str, captured: str) -> None:
    (m,) = extract_text(text, "uk", "2025-03-20")
    assert m["other_dates"].get("captured") == captured


def test_prisoners_taken_in_a_month_are_dated() -> None:
    text = ("Серед полонених, взятих під Покровськом у січні, є двоє іноземців:\n"
            "1) Окафор Джон (Нігерія), 29 років;\n2) Мартінес Гомес Хорхе (Колумбія).")
    people = _by_surname(text, "2025-02-10")
    assert {s: m["other_dates"].get("captured") for s, m in people.items()} == {
        "Окафор": "2025-01", "Мартінес Гомес": "2025-01"}


@pytest.mark.parametrize(
    ("text", "settlement"),
    [
        ("Суд визнав винним полоненого Єгора Дмитрієва, 2003 р.н. Уродженець Мурманська, до "
         "армії він жив у Кандалакші. У полон його взяли 12 серпня.", "Кандалакша"),
        ("Полонений Олег Рябов, уродженець Тули, жив у Новомосковську, потрапив у полон "
         "12 серпня.", "Новомосковськ"),
        ("Полонений Олег Рябов, уродженець Тули, потрапив у полон 12 серпня.", "Тула"),
        ("Загинув Петро Кравець, уродженець села Ярівка, мешканець Житомира.", "Житомир"),
    ],
)
def test_where_he_lived_wins_over_where_he_was_born(text: str, settlement: str) -> None:
    (m,) = extract_text(text, "uk", "2025-03-03")
    assert m["settlement"] == settlement


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Мешканець Ачинська Петро Сомов, завербований до ПВК «Вагнер», загинув на Луганщині. "
         "На фото надгробка, яке поширили місцеві паблики, вказано його позивний «Сокіл». "
         "Сомова завербували в ІК-6 у 2022 році, де він відбував 9 років. За даними "
         "журналістів, найманець загинув під Кремінною, а похорон пройшов у рідному місті.",
         "Кремінна"),
        ("Контрактник Ілля Жуков з Орла загинув на Запоріжжі. Про це повідомила його сестра у "
         "соцмережах, додавши, що на прощання прийшло багато людей і що родина досі не може "
         "оговтатися. Як пишуть місцеві паблики, він загинув під Роботиним.", "Роботине"),
        ("Солдат Іван Коваль загинув на Донеччині. Про це повідомила його сестра у соцмережах, "
         "додавши, що на прощання прийшло багато людей і що родина досі не може оговтатися. "
         "Раніше він був поранений під Бахмутом.", "Донеччина"),
    ],
)
def test_a_later_account_names_the_town_of_a_death_told_by_its_land(text: str,
                                                                    place: str) -> None:
    (m,) = extract_text(text, "uk", "2025-06-03")
    assert m["place_of_death"] == place


def test_a_short_surname_opening_a_list_entry() -> None:
    text = ("Серед полонених, взятих у грудні, двоє іноземців:\n"
            "1) Ба Усман (Сенегал), 31 рік;\n2) Окафор Джон (Нігерія), 1998 р.н.")
    people = _by_surname(text, "2025-01-10")
    assert (people["Ба"]["given_name"], people["Ба"]["age"], people["Ба"]["citizenship"],
            people["Ба"]["status"]) == ("Усман", 31, "SN", "captured")


def test_a_conjunction_opening_a_list_entry_is_no_surname() -> None:
    text = "Загиблі:\n— Іван Петров, 1990 р.н.;\n— Та Олег Сидоренко, 1985 р.н."
    assert sorted((m["surname"], m["given_name"]) for m in extract_text(
        text, "uk", "2025-06-03")) == [("Петров", "Іван"), ("Сидоренко", "Олег")]
