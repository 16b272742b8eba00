"""Review of the round's rules: sentences where they misfired (a woman killed beside her
husband dropped as a bystander, a survivor's "всі, крім X, який загинув", a court's refusal
read as a declaration of death, captors read as captives)."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {str(p["surname"]): p for p in extract_text(text, lang, "2024-06-01")}


# --- bystanders: a woman with her own fate is no bystander --------------------------------

@pytest.mark.parametrize(("text", "lang", "surname"), [
    # a co-subject relative of a plural fate
    ("Svetlana Orlova and her husband Pavel were killed by shelling in Horlivka on May 2.",
     "en", "Orlova"),
    ("Світлана Орлова та її чоловік Павло загинули під час обстрілу Горлівки 2 травня.",
     "uk", "Орлова"),
    ("Светлана Орлова и её муж Павел погибли при обстреле Горловки 2 мая.", "ru", "Орлова"),
    # her own fate told by her pronoun in a later sentence
    ("Валентина Смирнова показывает фотографию сына. Через неделю она погибла при обстреле "
     "Шебекино.", "ru", "Смирнова"),
    ("Marina Orlova recognised her husband in the video. She was killed by a drone two weeks "
     "later.", "en", "Orlova"),
    ("Оксана Гнатюк чекає чоловіка з полону. Наступного дня вона загинула під час обстрілу "
     "Херсона.", "uk", "Гнатюк"),
])
def test_relative_with_her_own_fate_is_kept(text: str, lang: str, surname: str) -> None:
    found = people(text, lang)
    assert surname in found
    assert found[surname]["status"] == "killed"


@pytest.mark.parametrize(("text", "lang", "relative"), [
    # "она" after a daughter's photo is the daughter: the mother stays a bystander
    ("Лариса Котова показывает фотографию своей дочери. Она погибла при обстреле Белгорода.", "ru",
     "Котова"),
    # the relative alone dies: a singular verb after "and her son"
    ("Нина Кротова показывает фотографию сына. Её 24-летний Алексей Кротов погиб 5 мая под "
     "Авдеевкой.", "ru", "Кротова"),
])
def test_bystander_still_dropped(text: str, lang: str, relative: str) -> None:
    found = people(text, lang)
    assert all(p.get("sex") != "F" for p in found.values()) or relative not in found


def test_relative_with_ages_and_a_plural_fate_is_kept() -> None:
    found = people("Svetlana Orlova, 54, and her husband Pavel, 57, died when a shell hit "
                   "their house in Horlivka on May 2.", "en")
    assert "Orlova" in found


# --- "усі, крім X": the exception's own status, the others' other deeds --------------------

def test_survivors_but_one_keep_his_death() -> None:
    found = people("Із шести бійців роти вижили всі, крім Олега Гнатюка, який загинув 3 "
                   "березня.", "uk")
    assert found["Гнатюк"]["status"] == "killed"
    assert found["Гнатюк"]["death_date"] == "2024-03-03"


def test_all_but_with_exception_in_own_relative_clause_ru() -> None:
    found = people("Рядовой Андрей Иванов и сержант Павел Петров ушли в разведку. Выжили все, "
                   "кроме Петрова, который погиб 3 мая.", "ru")
    assert found["Петров"]["status"] == "killed"
    assert found["Иванов"]["status"] != "killed"


def test_all_but_another_clause_status_not_shared() -> None:
    found = people("Рядовой Иванов, сержант Петров и ефрейтор Сидоров вернулись домой. Все, "
                   "кроме Сидорова, получили награды, а Сидоров был ранен 5 мая.", "ru")
    assert found["Сидоров"]["status"] == "wounded"
    assert found["Иванов"]["status"] is None
    assert found["Петров"]["status"] is None


def test_all_but_still_shares_the_plain_fate() -> None:
    found = people("В списке Иван Кузнецов, Олег Смирнов и Денис Попов. Все, кроме Попова, "
                   "погибли 3 марта под Бахмутом.", "ru")
    assert found["Кузнецов"]["status"] == "killed"
    assert found["Смирнов"]["death_date"] == "2024-03-03"
    assert "Попов" not in found or found["Попов"]["status"] != "killed"


# --- a court's refusal is no declaration of death ----------------------------------------

@pytest.mark.parametrize("text", [
    "Суд отказал в признании умершим рядового Сидорова, так как он находится в плену.",
    "Суд отклонил заявление о признании погибшим рядового Сидорова: он числится в плену.",
])
def test_refused_claim_declares_no_death(text: str) -> None:
    found = people(text, "ru")
    assert found["Сидоров"]["status"] not in ("declared_dead", "killed")


def test_refused_claim_declares_no_death_uk() -> None:
    found = people("Суд відмовив у визнанні померлим рядового Андрія Сидоренка, бо він у "
                   "полоні.", "uk")
    assert found["Сидоренко"]["status"] == "captured"


def test_granted_claim_still_declares_death() -> None:
    found = people("Суд удовлетворил иск о признании умершим рядового Сидорова, пропавшего в "
                   "2023 году.", "ru")
    assert found["Сидоров"]["status"] == "declared_dead"


# --- captors are no captives ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Рядовой Пётр Сидоров лично взял в плен двух бойцов ВСУ, за что награждён медалью.",
    "Рядовые Олег Иванов и Павел Петров взяли в плен трёх украинских военных.",
    "Бойцы роты сержанта Ильина взяли в плен 12 военнослужащих ВСУ.",
])
def test_captors_not_captured(text: str) -> None:
    assert all(p["status"] != "captured" for p in extract_text(text, "ru", "2024-06-01"))


@pytest.mark.parametrize(("text", "surname"), [
    ("Ефрейтора Горелова взяли в плен 6 августа под Работино.", "Горелов"),
    ("Его взяли в плен в марте, сообщила мать рядового Олега Сомова.", "Сомов"),
])
def test_capture_told_actively_still_read(text: str, surname: str) -> None:
    assert people(text, "ru")[surname]["status"] == "captured"


# --- joined logic: one foreign-service reader, one list of Russia's formation suffixes -----

@pytest.mark.parametrize(("text", "lang", "surname", "code"), [
    ("Бывший капрал армии Шри-Ланки Чаминда Перера погиб под Вовчанском 3 мая.", "ru",
     "Перера", "LK"),
    ("Бывший сотрудник полиции Кубы Хорхе Перес погиб под Бахмутом 3 мая.", "ru", "Перес", "CU"),
    ("Колишній капрал армії Шрі-Ланки Чамінда Перера загинув під Вовчанськом 3 травня.", "uk",
     "Перера", "LK"),
    ("Непалець Рам Бахадур Раї, колишній солдат армії Непалу, загинув під Бахмутом.", "uk",
     "Раї", "NP"),
])
def test_foreign_service_citizenship(text: str, lang: str, surname: str, code: str) -> None:
    assert people(text, lang)[surname]["citizenship"] == code


@pytest.mark.parametrize(("text", "surname", "unit", "citizenship"), [
    ("Морпіх 155 ОБрМП ТОФ Баір Цибіков загинув 3 травня під Вугледаром.", "Цибіков",
     "155 ОБрМП ТОФ", None),
    ("Іван Петров служив у 810 ОБрМП ЗС Росії, загинув під Кринками.", "Петров",
     "810 ОБрМП ЗС Росії", None),
    ("Солдат 155 ОБрМП Андрій Коваль загинув 3 травня.", "Коваль", "155 ОБрМП", "UA"),
])
def test_russian_formation_suffix(text: str, surname: str, unit: str,
                                  citizenship: str | None) -> None:
    found = people(text, "uk")[surname]
    assert found["unit"] == unit
    assert found["citizenship"] == citizenship


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("Украинские военные взяли в плен двух граждан Непала — Бишну Гурунга и Суреша Тхапу.",
     "ru", 2),
    ("ЗСУ взяли в полон трьох громадян Шрі-Ланки: Нувана Перера, Саміра Сільву і Ранджита "
     "Фернандо.", "uk", 3),
    ("Его взяли в плен украинские военные, рассказала мать рядового Кирилла Зуева.", "ru", 1),
])
def test_counted_captives_named_after_are_captured(text: str, lang: str, count: int) -> None:
    found = extract_text(text, lang, "2024-06-01")
    assert len(found) == count
    assert all(p["status"] == "captured" for p in found)


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Сергей Петров рассказал, что его сын погиб под Бахмутом, а сам он был ранен там же 5 "
     "мая.", "ru", "Петров"),
    ("Ганна Бойко розповіла, що її син загинув під Бахмутом, а сама вона була поранена під час "
     "обстрілу Херсона.", "uk", "Бойко"),
])
def test_relative_with_his_own_fate_beside_is_kept(text: str, lang: str, surname: str) -> None:
    assert surname in people(text, lang)


def test_mother_whose_son_went_himself_stays_out() -> None:
    found = people("Анна Петрова рассказала, что её сын сам попросился на передовую и погиб.",
                   "ru")
    assert "Петрова" not in found
