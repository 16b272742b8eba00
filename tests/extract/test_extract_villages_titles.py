"""Villages the settlement table does not have, the region a text gives a home town, a
home after "из" beside its name, and an official or a relative who is the one who died."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text

#: invented villages, so none is in the settlement table
VILLAGES = ["Нылга-Завод", "Большое Кужбахтино", "Усть-Кужба", "Верхний Тылгаш"]
KINDS = ["с.", "д.", "п."]
PEOPLE = [("Брагин Д. С.", "Брагин"), ("Устюжанин Андрей Николаевич", "Устюжанин")]


@pytest.mark.parametrize(("village", "kind", "person"),
                         list(itertools.product(VILLAGES, KINDS, PEOPLE)))
def test_a_village_of_a_list_entry(village: str, kind: str, person: tuple[str, str]) -> None:
    written, surname = person
    text = (f"Погибли наши земляки:\n— рядовой {written} ({kind} {village});\n"
            f"— ефрейтор Корепанов И. В. ({kind} Булайка).")
    ms = {m["surname"]: m for m in extract_text(text, "ru", "2024-06-01")}
    assert ms[surname]["settlement"] == village
    assert ms["Корепанов"]["settlement"] == "Булайка"


@pytest.mark.parametrize(("village", "verb", "kind"), list(itertools.product(
    VILLAGES, ["жил", "проживал", "жил с семьёй"], ["селе", "деревне", "посёлке"])))
def test_a_village_after_a_verb_of_living(village: str, verb: str, kind: str) -> None:
    text = f"Рядовой Олег Сомов погиб 3 мая 2024 года. Он {verb} в {kind} {village}."
    [m] = extract_text(text, "ru", "2024-06-01")
    assert m["settlement"] == village


@pytest.mark.parametrize("given", ["Шамиль Абдулаевич", "Руслан Магомедович"])
def test_a_village_before_a_name_is_not_part_of_it(given: str) -> None:
    text = f"Уроженец села Кужбахтино {given} Магомедов погиб 8 марта 2024 года."
    [m] = extract_text(text, "ru", "2024-06-01")
    assert (m["surname"], m["settlement"]) == ("Магомедов", "Кужбахтино")


@pytest.mark.parametrize(("village", "region_words", "code"), [
    ("Кужбахтино", "Иркутской области", "RU-IRK"),
    ("Усть-Кужба", "Республики Бурятия", "RU-BU"),
])
def test_a_village_lies_in_the_one_region_the_text_names(village: str, region_words: str,
                                                          code: str) -> None:
    text = (f"Суд {region_words} признал погибшим жителя посёлка {village} рядового "
            "Дениса Олеговича Гончарука, 1996 года рождения.")
    [m] = extract_text(text, "ru", "2024-06-01")
    assert (m["settlement"], m["region"], m["region_inferred"]) == (village, code, True)
    assert m["evidence"]["region"]["rule"] == "document"


@pytest.mark.parametrize(("other", "code"), [("Рыльска", "RU-KRS"), ("Красноярска", "RU-KYA")])
def test_a_town_of_two_regions_lies_in_the_one_the_text_names(other: str, code: str) -> None:
    text = (f"Рядовой Кирилл Евсеев, уроженец {other}, попал в плен 6 августа. Его сослуживец, "
            "19-летний Матвей Лукин из Железногорска, числится пропавшим без вести.")
    ms = {m["surname"]: m for m in extract_text(text, "ru", "2024-09-01")}
    assert (ms["Лукин"]["settlement"], ms["Лукин"]["region"]) == ("Железногорск", code)


def test_a_town_of_two_regions_stays_without_one_when_the_text_names_neither() -> None:
    text = "19-летний Матвей Лукин из Железногорска числится пропавшим без вести."
    [m] = extract_text(text, "ru", "2024-09-01")
    assert (m["settlement"], m["region"]) == ("Железногорск", None)


def test_a_foreigner_gets_no_region_from_the_text() -> None:
    text = ("Гражданин Зимбабве Тендай Мусекива, житель деревни Кужбахтино, погиб в апреле. "
            "До того он учился в Казани.")
    [m] = extract_text(text, "ru", "2024-06-01")
    assert m["region"] is None


@pytest.mark.parametrize("towns", [("Нефтекамска", "Нефтекамск", "Уфы", "Уфа"),
                                   ("Уфы", "Уфа", "Нефтекамска", "Нефтекамск")])
def test_a_home_after_from_is_the_name_beside_it(towns: tuple[str, str, str, str]) -> None:
    a_written, a_town, b_written, b_town = towns
    text = (f"Из плена вернулись ефрейтор Артур Гизатуллин из {a_written} и младший сержант "
            f"Вадим Колесников из {b_written}.")
    ms = {m["surname"]: m["settlement"] for m in extract_text(text, "ru", "2024-06-01")}
    assert ms == {"Гизатуллин": a_town, "Колесников": b_town}


@pytest.mark.parametrize(("title", "verb"), list(itertools.product(
    ["бывший руководитель Московского метрополитена", "глава района", "директор школы",
     "его брат"], ["скончался", "умер", "погиб"])))
def test_an_official_or_a_relative_who_died_is_the_one_described(title: str, verb: str) -> None:
    text = (f"Вчера Владимир Путин провёл совещание. 27 октября 2012 года на 62-м году жизни "
            f"{verb} {title} Дмитрий Гаев.")
    ms = {m["surname"]: m for m in extract_text(text, "ru")}
    assert ms["Гаев"]["death_date"] == "2012-10-27" and ms["Гаев"]["status"] == "killed"
    assert "Путин" not in ms or ms["Путин"]["death_date"] is None


@pytest.mark.parametrize("title", ["Глава района", "Губернатор", "Его мать"])
def test_an_official_who_speaks_of_a_death_is_not_the_one_described(title: str) -> None:
    text = f"{title} Иван Петров сообщил, что погиб рядовой Андрей Сидоров."
    names = [m["surname"] for m in extract_text(text, "ru")]
    assert names == ["Сидоров"]


@pytest.mark.parametrize(("aside", "other"), [
    ("соратник Цзян Цзэминя", "Цзэминь"), ("брат Сергея Котова", "Котов"),
    ("ученик Андрея Лаврова", "Лавров")])
def test_a_name_in_a_descriptor_is_not_the_person_in_focus(aside: str, other: str) -> None:
    text = (f"В понедельник в Пекине умер Иван Белов, {aside}, премьер в 1988—1998 годах.\n\n"
            "Чиновник дожил до 90 лет и скончался 22 июля.")
    ms = {m["surname"]: m for m in extract_text(text, "ru", "2019-07-23")}
    assert ms["Белов"]["age"] == 90
    assert all(m["age"] is None for s, m in ms.items() if s != "Белов")


@pytest.mark.parametrize("lead", ["под позывным", "позывной", "с позывным"])
def test_a_call_sign_is_no_person(lead: str) -> None:
    text = (f"Погиб рядовой Ондар Айдыс Шолбанович. Сослуживцы знали его {lead} «Кара». Прощание "
            "состоится 9 ноября.")
    ms = extract_text(text, "ru", "2023-11-07")
    assert [(m["surname"], m["other_dates"]) for m in ms] == [("Ондар", {"farewell": "2023-11-09"})]


@pytest.mark.parametrize(("line", "published", "farewell"), [
    ("14 июня, 11:00 — Шергин Максим Павлович (1994-2024), с. Десятниково, прощание в ДК.",
     "2024-06-08", "2024-06-14"),
    ("Прощание с рядовым Максимом Шергиным прошло 14 июня. Он погиб в мае.", "2024-06-08",
     "2023-06-14"),
])
def test_a_farewell_on_a_schedule(line: str, published: str, farewell: str) -> None:
    [m] = extract_text(line, "ru", published)
    assert m["other_dates"]["farewell"] == farewell


def test_a_name_in_a_script_not_read_is_the_same_person() -> None:
    text = ("29-летний Брендт Кристенсен похитил и убил 26-летнюю Чжан Инъин (章莹颖) в июне "
            "2017 года.")
    ms = {m["name"]: m for m in extract_text(text, "ru")}
    assert ms["Инъин Чжан"]["age"] == 26 and ms["Инъин Чжан"]["status"] == "killed"
    assert len(ms) == 2 and ms["Кристенсен Брендт"]["status"] is None


@pytest.mark.parametrize("link", ["по прозвищу", "по кличке"])
def test_a_nickname_is_another_naming(link: str) -> None:
    text = (f"Главу клана Фрэнка Кали {link} Фрэнки Бой застрелили в Нью-Йорке. Фрэнки получил "
            "шесть пуль.")
    [m] = extract_text(text, "ru")
    assert (m["surname"], len(m["spans"])) == ("Кали", 3)


@pytest.mark.parametrize("unnamed", ["ТиДжей (TJ)", "ТиДжей"])
def test_an_age_before_a_word_not_read_as_a_name_is_nobodys(unnamed: str) -> None:
    text = (f"Сын Тито Джексона умер 3 мая. Опекуном детей был назначен 34-летний {unnamed}, "
            "сын Тито Джексона.")
    assert all(m["age"] is None for m in extract_text(text, "ru", "2024-06-01"))


@pytest.mark.parametrize("killer", ["их клиент", "неизвестный мужчина", "он"])
def test_a_killing_by_someone_not_named_of_someone_not_named(killer: str) -> None:
    text = (f"Брендт Кристенсен похитил студентку. Адвокаты Кристенсена не отрицают, что {killer} "
            "убил девушку.")
    assert all(m["status"] is None for m in extract_text(text, "ru"))
