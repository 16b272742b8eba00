"""Lists run on in one line after a heading's colon; foreigners named in Latin letters inside
Russian prose, their surnames in capitals; Spanish names of four words and their second
naming; "together with him" deaths; a son named by his given name alone in Ukrainian; the
Arabic article before a "sun letter" ("ат-", "as-"); English workplaces and offices that are
no one, and a heading's plural "are confirmed dead"."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text

PUB = "2024-03-05"


def _people(text: str, lang: str = "ru", published: str = PUB) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize("heading", [
    "Администрация района публикует список земляков, погибших в зоне специальной военной "
    "операции (на 15.02.2024):",
    "Погибшие земляки (по состоянию на 15.02.2024):",
])  # fmt: skip
def test_a_list_run_on_after_its_headings_colon(heading: str) -> None:
    text = f"{heading} Зайцев Пётр Андреевич; Логинов Олег (41); Суханов Илья, 29, рядовой."
    people = _people(text)
    assert set(people) == {"Зайцев", "Логинов", "Суханов"}
    assert {p["status"] for p in people.values()} == {"killed"}
    assert people["Логинов"]["age"] == 41
    assert people["Суханов"]["age"] == 29
    assert all(p["death_date"] != "2024-02-15" for p in people.values())


def test_passport_names_in_russian_prose() -> None:
    text = ("Посольство Непала сообщило о гибели двух граждан страны, завербованных в армию "
            "РФ. Ещё двое — Ram Prasad THAPA и Suman GURUNG — числятся ранеными и находятся в "
            "госпитале в Курске.")
    people = _people(text)
    assert {"Thapa", "Gurung"} <= set(people)
    assert people["Thapa"]["given_name"] == "Ram Prasad"
    for name in ("Thapa", "Gurung"):
        assert people[name]["status"] == "wounded"
        assert people[name]["citizenship"] == "NP"
        assert people[name]["place_of_death"] is None  # treated there, not wounded there


@pytest.mark.parametrize("sentence", [
    "В штаб-квартире NATO Headquarters заявили, что не комментируют.",
    "Он работал на заводе Ural Steel Works.",
    "Видео опубликовал канал RYBAR.",
])  # fmt: skip
def test_no_acronym_or_workplace_is_a_passport_name(sentence: str) -> None:
    people = extract_text(f"Рядовой Иван Соколов погиб 2 марта. {sentence}", "ru", PUB)
    assert [p["surname"] for p in people] == ["Соколов"]


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Мать 20-летнего Хулио Сесара Пердомо Кастро из Гаваны рассказала, что сын погиб под "
     "Бахмутом.", "Пердомо Кастро", "Хулио Сесар"),
    ("В Рязани похоронили двух кубинцев — Дайрона Эрнандеса Кастильо и Луиса Альберто Переса "
     "Мору. Оба погибли под Купянском.", "Перес Мора", "Луис Альберто"),
])  # fmt: skip
def test_four_word_spanish_names_in_oblique_cases(text: str, surname: str, given: str) -> None:
    people = _people(text)
    assert surname in people
    assert people[surname]["given_name"] == given


def test_two_given_names_again_are_the_same_man() -> None:
    text = ("Родственники кубинца Хосе Мигеля Эрнандеса Кабреры сообщили о его гибели. "
            "Хосе Мигель погиб 21 ноября под Бахмутом, написала его сестра.")
    people = list(extract_text(text, "ru", "2023-12-01"))
    assert len(people) == 1
    assert people[0]["surname"] == "Эрнандес Кабрера"
    assert people[0]["death_date"] == "2023-11-21"


@pytest.mark.parametrize(("text", "lang", "day", "place"), [
    ("Командир роты капитан Олег Петрович Рябов погиб 3 сентября под Покровском. Вместе с "
     "ним погибли сержант Денис Ахметов и рядовой Игорь Гусев.", "ru", "2024-09-03",
     "Покровск"),
    ("Командир роти капітан Олег Рябов загинув 3 вересня під Покровськом. Разом із ним "
     "загинули сержант Денис Ахметов та рядовий Ігор Гусєв.", "uk", "2024-09-03", "Покровськ"),
    ("Captain Oleg Ryabov was killed near Pokrovsk on September 3. Together with him, "
     "Sergeant Denis Akhmetov and Private Igor Gusev were killed.", "en", "2024-09-03",
     "Pokrovsk"),
])  # fmt: skip
def test_those_killed_together_with_him_share_his_day(text: str, lang: str, day: str,
                                                      place: str) -> None:
    people = list(extract_text(text, lang, "2024-09-20"))
    assert len(people) == 3
    assert {p["death_date"] for p in people} == {day}
    assert {p["place_of_death"] for p in people} == {place}


def test_together_with_him_serving_shares_no_death() -> None:
    text = ("Рядовой Олег Рябов погиб 3 сентября под Покровском. Вместе с ним служили его "
            "земляки Денис Ахметов и Игорь Гусев, они живы.")
    people = _people(text, published="2024-09-20")
    assert people["Рябов"]["death_date"] == "2024-09-03"
    assert all(people[n]["death_date"] is None for n in ("Ахметов", "Гусев") if n in people)


def test_a_son_named_by_his_given_name_in_ukrainian() -> None:
    text = ("Батько і син Морозови з Бійська загинули з різницею в місяць. 50-річного Віктора "
            "Морозова мобілізували у вересні 2022 року, він загинув 14 грудня під Кремінною. "
            "Його син Артем, контрактник, загинув 16 січня поблизу Авдіївки.")
    got = {(m["surname"], m["given_name"]): m for m in extract_text(text, "uk", "2024-02-01")}
    assert ("Морозов", "Артем") in got
    assert got[("Морозов", "Артем")]["death_date"] == "2024-01-16"


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Полонені іноземці:\n1. Хасан Алі ас-Сааді, Ірак, 29 років — у полоні з грудня 2024 р.\n"
     "2. Бішал Раї, Непал — зник безвісти.", "uk", "ас-Сааді", "Хасан Алі"),
    ("Iraqi citizen Haidar Abbas an-Najjar was killed near Bakhmut in May 2023.", "en",
     "an-Najjar", "Haidar Abbas"),
])  # fmt: skip
def test_the_arabic_article_before_a_sun_letter(text: str, lang: str, surname: str,
                                                given: str) -> None:
    got = {m["surname"].casefold(): m for m in extract_text(text, lang, "2025-01-20")}
    assert surname.casefold() in got
    assert got[surname.casefold()]["given_name"] == given


def test_an_entry_age_after_the_country() -> None:
    text = ("Полонені іноземці:\n1. Хасан Алі ас-Сааді, Ірак, 29 років — у полоні з грудня "
            "2024 р.\n2. Рам Бахадур Тхапа, Непал, 33 роки — зник безвісти.")
    got = {m["given_name"]: m for m in extract_text(text, "uk", "2025-01-20")}
    assert got["Хасан Алі"]["age"] == 29
    assert got["Рам Бахадур"]["age"] == 33


def test_a_captive_foreigner_has_no_channel_said() -> None:
    text = ("Іноземці, які потрапили в полон:\n1. Хасан Алі ас-Сааді, Ірак — у полоні з "
            "грудня 2024 р.\n2. Бішал Раї, Непал — у полоні з листопада 2024 р.")
    assert {m["channel"] for m in extract_text(text, "uk", "2025-01-20")} == {None}


def test_a_passport_surname_after_a_word_in_english() -> None:
    text = ("The Ministry informs that the Cuban citizen RAMOS TORRES, Yoel Alberto, born on 2 "
            "May 1999 in Holguín, passed away from wounds on 21 September 2023 in Luhansk.")
    people = list(extract_text(text, "en", "2023-10-01"))
    assert len(people) == 1
    assert people[0]["surname"] == "Ramos Torres"
    assert people[0]["given_name"] == "Yoel Alberto"


@pytest.mark.parametrize("sentence", [
    "Families may contact the Consular Section with passport copies.",
    "He had been a welder at the West Siberian Metallurgical Plant in Novokuznetsk.",
    "HE IS ALIVE!!!",
])  # fmt: skip
def test_offices_workplaces_and_cries_are_no_one(sentence: str) -> None:
    text = f"Private Ivan Lazutkin, 35, was killed near Kupiansk on 28 March. {sentence}"
    people = list(extract_text(text, "en", "2024-04-10"))
    assert [p["surname"] for p in people] == ["Lazutkin"]


def test_a_heading_that_says_are_confirmed_dead_heads_its_list() -> None:
    text = ("NOTICE — Embassy of Nepal, Moscow\n"
            "The following Nepali citizens recruited into the Russian army are confirmed dead. "
            "Families may contact the embassy with passport copies.\n"
            "1. RAI Bikram, 31, Dharan — died 14.12.2023\n"
            "2. MAGAR Suman, 24, Pokhara\n"
            "3. Dipak LIMBU (age 40), Ilam")
    people = {m["surname"].casefold(): m for m in extract_text(text, "en", "2024-02-12")}
    assert set(people) == {"rai", "magar", "limbu"}
    assert {p["status"] for p in people.values()} == {"killed"}


@pytest.mark.parametrize("opening", [
    "Село Верхняя Тойма скорбит.",
    "Верхняя Тойма в трауре.",
    "Посёлок Верхняя Тойма простился с земляками.",
])  # fmt: skip
def test_a_town_in_mourning_is_its_peoples_home(opening: str) -> None:
    text = (f"{opening} 24 февраля под Авдеевкой погибли двое наших парней — Андрей Лыткин и "
            "Павел Ершов. Андрею было 38, Павлу — 21.")
    people = _people(text)
    assert set(people) == {"Лыткин", "Ершов"}
    assert {p["settlement"] for p in people.values()} == {"Верхняя Тойма"}
    assert {p["place_of_death"] for p in people.values()} == {"Авдеевка"}


def test_a_town_in_mourning_is_not_a_foreigners_home() -> None:
    text = ("Село Верхняя Тойма скорбит. Под Авдеевкой погиб гражданин Таджикистана Фаррух "
            "Саидов, работавший в селе.")
    assert _people(text)["Саидов"]["settlement"] != "Верхняя Тойма"


def test_a_native_of_a_selenie() -> None:
    text = ("Боец «Ахмата» Алиев Ислам Русланович погиб 9 декабря в районе Марьинки. Уроженец "
            "селения Гелдаган Курчалоевского района, он ушёл добровольцем в мае 2022 года.")
    people = _people(text, published="2023-12-12")
    assert people["Алиев"]["settlement"] == "Гелдаган"


def test_sought_by_military_police_as_a_deserter() -> None:
    text = ("Военная полиция разыскивает рядового Сотова Павла Игоревича, 2001 г. р., "
            "самовольно оставившего расположение воинской части 12345 3 сентября.")
    assert _people(text, published="2024-09-20")["Сотов"]["status"] == "deserted"


def test_a_sought_man_with_no_desertion_is_missing() -> None:
    text = "Родные разыскивают рядового Сотова Павла Игоревича, связь с ним пропала 3 сентября."
    assert _people(text, published="2024-09-20")["Сотов"]["status"] == "missing"


def test_a_russian_village_is_not_ukraines_namesake() -> None:
    text = ("Глава Кожевниковского района выражает соболезнования родным нашего земляка. 9 "
            "ноября 2024 года в ходе СВО погиб рядовой Зыков Артём Валерьевич, 1996 г.р., "
            "житель с. Вороново.")
    person = _people(text, published="2024-11-12")["Зыков"]
    assert person["settlement"] == "Вороново"
    assert person["region"] == "RU-TOM"


def test_a_ukrainian_town_before_a_name_is_no_given_name() -> None:
    text = ("У Башкирії поховали військового з Салавата Євгена Гаврилова, який загинув під "
            "Курахове 3 листопада.")
    person = _people(text, "uk", "2024-11-20")["Гаврилов"]
    assert person["given_name"] == "Євген"
    assert person["settlement"] == "Салават"


@pytest.mark.parametrize("gap", ["спустя неделю, ", "неделей позже, ", ""])
def test_a_clause_without_its_verb_after_how_long(gap: str) -> None:
    text = (f"Виктор Лунёв погиб под Работино 12 января, а Олег Стасенко — {gap}19 января, "
            "под Вербовым.")
    people = _people(text, published="2024-02-01")
    assert people["Лунёв"]["death_date"] == "2024-01-12"
    assert people["Стасенко"]["death_date"] == "2024-01-19"


def test_also_freed_after_an_exchange() -> None:
    text = ("Among the 95 servicemen returned home in this week's prisoner exchange was Junior "
            "Sergeant Alexei Lopatin, 35, of Bratsk. Also freed was Private Nikita Zuyev, a "
            "20-year-old conscript from Tula captured in the Kursk region in August.")
    people = _people(text, "en", "2024-10-01")
    assert people["Zuyev"]["status"] == "returned"


def test_a_date_on_a_lists_heading_line_is_no_entrys_own() -> None:
    text = ("Confirmed deaths from Kemerovo region, 1–14 March:\n"
            "1. Kuznetsov Pavel Sergeyevich, b. 1988, Prokopyevsk — mobilised, killed 2 March "
            "near Avdiivka\n"
            "2. Grachev Oleg Viktorovich (1975–2024), Novokuznetsk — Storm-Z")
    people = _people(text, "en", "2024-03-16")
    assert people["Kuznetsov"]["death_date"] == "2024-03-02"
