"""Relatives and bystanders who own the one reported ("показывает фотографию сына", "recognised
her husband", "— каже Олена … з Полтави" after "Мій чоловік …") are no persons; those with a
fate of their own are."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {str(p["surname"]): p for p in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(("text", "lang", "relative", "reported"), [
    # a woman who owns a relative in her own sentence
    ("Нина Васильевна Кротова, учительница из Вологды, показывает фотографию сына. Её "
     "24-летний Алексей Кротов погиб 5 мая под Авдеевкой.", "ru", "Кротова", "Кротов"),
    ("Жительница Улан-Удэ Дарима Цыренова обратилась в суд с заявлением о признании её мужа, "
     "рядового Баира Цыренова, погибшим. Он пропал без вести 3 марта 2023 года.", "ru",
     "Цыренова", "Цыренов"),
    ("Марина Орлова из Твери узнала своего мужа, сержанта Павла Орлова, на видео с пленными, "
     "опубликованном 5 мая.", "ru", "Орлова", "Орлов"),
    ("Marina Orlova from Tver recognised her husband, Sergeant Pavel Orlov, in a video of "
     "prisoners published on May 5.", "en", "Orlova", "Orlov"),
    ("Others have no news at all. Tatiana Belova, of Oryol, last spoke to her son, Private "
     "Artyom Belov, on June 2. He went missing near Vovchansk.", "en", "Belova", "Belov"),
    # the next sentence opens with her possessive
    ("Серед протестувальниць — вчителька Оксана Мельник з Житомира. Її син, рядовий Андрій "
     "Мельник, загинув 12 травня під Бахмутом.", "uk", "Мельник", "Мельник"),
    ("На акцию вышла медсестра Лидия Саввина из Якутска. Её сын, ефрейтор Егор Саввин, "
     "пропал без вести 3 апреля под Кременной.", "ru", "Саввина", "Саввин"),
    # a speaker after a quote about "my husband"
    ("«Мій чоловік, Сергій Ткаченко, пропав безвісти 3 квітня під Кремінною», — каже Олена "
     "Ткаченко з Полтави.", "uk", "Ткаченко", "Ткаченко"),
    ("«Мой сын, Дмитрий Зуев, 2004 года рождения, попал в плен 6 августа», — рассказывает "
     "Ольга Зуева из Липецка.", "ru", "Зуева", "Зуев"),
])
def test_a_relative_who_owns_the_one_reported_is_no_person(
        text: str, lang: str, relative: str, reported: str) -> None:
    found = extract_text(text, lang, "2024-06-01")
    names = [(p["surname"], p.get("given_name")) for p in found]
    assert any(s == reported for s, _ in names)
    women = {"Кротова": "Нина", "Цыренова": "Дарима", "Орлова": "Марина", "Belova": "Tatiana",
             "Мельник": "Оксана", "Саввина": "Лидия", "Ткаченко": "Олена", "Зуева": "Ольга"}
    assert (relative, women.get(relative, "Marina")) not in names


@pytest.mark.parametrize(("text", "lang", "surname", "status"), [
    # a woman with a fate of her own keeps it, though her relative is named
    ("Медсестра Анна Петрова, мать двоих сыновей, погибла при обстреле Белгорода 5 мая.", "ru",
     "Петрова", "killed"),
    ("Olga Ivanova, a nurse and mother of two, was killed by shelling in Belgorod on May 5; "
     "her husband survived.", "en", "Ivanova", "killed"),
    ("Медсестра Ганна Коваль поранена 3 травня під час обстрілу; її чоловік воює під "
     "Покровськом.", "uk", "Коваль", "wounded"),
    ("Ivan Petrov, 34, was killed near Bakhmut on May 5. His wife and his son live in Tver.",
     "en", "Petrov", "killed"),
    # "his father" of the man named in an oblique case is his own
    ("Похоронили Ивана Петрова рядом с его отцом в селе Ивановка. Рядовой погиб 5 мая под "
     "Бахмутом.", "ru", "Петров", "killed"),
    ("Рядовой Иван Петров погиб 5 мая под Бахмутом. Его похоронили рядом с его отцом в селе "
     "Ивановка.", "ru", "Петров", "killed"),
])
def test_one_with_a_fate_of_his_own_stays(text: str, lang: str, surname: str,
                                          status: str) -> None:
    assert people(text, lang)[surname]["status"] == status


@pytest.mark.parametrize(("text", "lang", "kept", "dropped"), [
    ("Nimal Fernando, 44, a driver from Kandy, died on May 3. His wife works at the Kandy "
     "Teaching Hospital.", "en", "Fernando", "Teaching"),
    ("Sunil Perera, 51, was wounded near Pokrovsk. His mother is a nurse at the Galle "
     "General Hospital.", "en", "Perera", "General"),
])
def test_an_institutions_name_is_no_person(text: str, lang: str, kept: str,
                                           dropped: str) -> None:
    found = people(text, lang)
    assert found[kept]["status"] in ("killed", "wounded")
    assert dropped not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Police in Colombo arrested Sunil Mendis, 52, a retired army officer accused of "
     "recruiting dozens of veterans for the Russian army through a travel agency.", "en"),
    ("В Катманду задержан 41-летний Рам Бахадур Таманг — владелец кадрового агентства, через "
     "которое в российскую армию завербовались не менее 20 непальцев.", "ru"),
    ("Слідчі затримали в Делі 45-річного Аміта Шарму — власника агенції, що вербувала "
     "індійців до російської армії.", "uk"),
])
def test_a_recruiter_held_is_no_person(text: str, lang: str) -> None:
    assert people(text, lang) == {}


@pytest.mark.parametrize(("text", "lang", "surname", "status"), [
    ("Військова поліція затримала рядового Ігоря Ломова, який самовільно залишив частину в "
     "Бєлгороді 3 травня.", "uk", "Ломов", "deserted"),
    ("Военная полиция задержала рядового Игоря Ломова, который самовольно оставил часть в "
     "Белгороде 3 мая.", "ru", "Ломов", "deserted"),
])
def test_a_deserter_held_stays(text: str, lang: str, surname: str, status: str) -> None:
    assert people(text, lang)[surname]["status"] == status


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Рядовой Андрей Пахомов проходит службу в зоне СВО, сообщила его мать.", "ru", "Пахомов"),
    ("Ivan Petrov told his brother in March that he was afraid. He was killed near Bakhmut on "
     "May 3.", "en", "Petrov"),
    ("Сергей Волков рассказал своему брату, что их переводят под Бахмут. Через неделю он "
     "погиб.", "ru", "Волков"),
    ("Олег Ткачук написав своєму батькові, що їх перекидають. Наступного дня він загинув.",
     "uk", "Ткачук"),
])
def test_a_man_who_tells_his_relative_is_still_the_one_reported(text: str, lang: str,
                                                                 kept: str) -> None:
    assert kept in [m["surname"] for m in extract_text(text, lang)]


@pytest.mark.parametrize(("text", "lang", "dropped", "kept"), [
    ("Viktor Petrov said his son Oleg Petrov was killed near Avdiivka in May.", "en",
     "Petrov Viktor", "Petrov Oleg"),
    ("Житель Орска Николай Смирнов рассказал, что его сын Денис Смирнов погиб под Бахмутом.",
     "ru", "Смирнов Николай", "Смирнов Денис"),
])
def test_a_father_who_tells_of_his_sons_death_is_no_person(text: str, lang: str, dropped: str,
                                                           kept: str) -> None:
    found = [f"{m['surname']} {m['given_name']}" for m in extract_text(text, lang)]
    assert kept in found and dropped not in found
