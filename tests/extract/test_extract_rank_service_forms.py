"""Ranks as lists and posts shorten them, "солдат" before the unit it serves in, Ukraine's
services named without a number, and a Ukrainian soldier in English. Sentences written for
the classes: varied names, word order, case and kind of text, with guard sentences where a
rule must not fire."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str, published: str = "2024-06-01") -> list[dict[str, Any]]:
    return extract_text(text, lang=lang, published=published)


def field_of(text: str, lang: str, surname: str, field: str) -> Any:
    found = [p for p in people(text, lang) if p["surname"] == surname]
    assert found, f"{surname} not found in {text!r}"
    return found[0][field]


@pytest.mark.parametrize(("text", "lang", "surname", "rank"), [
    # Russian: abbreviations alone, with a shortened prefix, inflected
    ("Ефр. Галиев Тимур Ринатович, 1435 мсп, погиб 27.09.2025 под Купянском.", "ru",
     "Галиев", "ефрейтор"),
    ("В списке погибших: мл. с-т Петров Иван Ильич из Орска.", "ru", "Петров",
     "младший сержант"),
    ("Ст. л-т Сидоров Олег Петрович погиб при обстреле под Херсоном.", "ru", "Сидоров",
     "старший лейтенант"),
    ("К-н Морозов Игорь Викторович, командир роты, погиб 3 марта.", "ru", "Морозов", "капитан"),
    ("Суд объявил умершим ст-ну Козлова Андрея Николаевича, пропавшего под Работино.", "ru",
     "Козлов", "старшина"),
    ("Прощание с м-ром Беловым Артёмом Сергеевичем прошло в Пскове.", "ru", "Белов", "майор"),
    ("Погиб мл. л-т Егоров Денис из Тулы.", "ru", "Егоров", "младший лейтенант"),
    # Ukrainian: prefixes "мол."/"мл."/"ст."/"гол." and the shortened rank words
    ("Мл. с-т Кравченко Дмитро Сергійович, військовослужбовець ТрО, загинув під Кремінною.",
     "uk", "Кравченко", "молодший сержант"),
    ("Ст. сол. Гнатюк Роман Іванович загинув під Бахмутом.", "uk", "Гнатюк", "старший солдат"),
    ("Під Вугледаром загинув гол. с-т Мельник Василь Петрович.", "uk", "Мельник",
     "головний сержант"),
    ("Загинув мол. лейтенант Бондар Олег Петрович.", "uk", "Бондар", "молодший лейтенант"),
    ("Єфр. Литвин Ігор Миколайович загинув 5 травня 2023 року.", "uk", "Литвин", "єфрейтор"),
    ("Сол. Дорошенко Павло Іванович, 1995 р.н., загинув на Запорізькому напрямку.", "uk",
     "Дорошенко", "солдат"),
])
def test_abbreviated_ranks_are_expanded(text: str, lang: str, surname: str, rank: str) -> None:
    assert field_of(text, lang, surname, "rank") == rank


@pytest.mark.parametrize(("text", "lang", "surname"), [
    # an abbreviation in a phrase, not before a name: no rank
    ("Житель Орска Зайнуллин погиб. Кап. ремонт дороги завершён.", "ru", "Зайнуллин"),
    ("Бойцы встали в ряд. Потом Зайнуллин Артём погиб под Бахмутом.", "ru", "Зайнуллин"),
    # "гл." before a rank word Russia's army does not have
    ("На похоронах гл. сержант Орлов Дмитрий Иванович не присутствовал, он погиб.", "ru",
     "Орлов"),
])
def test_abbreviation_guards(text: str, lang: str, surname: str) -> None:
    assert field_of(text, lang, surname, "rank") in (None, "сержант")


@pytest.mark.parametrize(("text", "surname", "unit"), [
    ("Солдат військової частини А1234 Бондар Олег Петрович загинув 12 березня 2024 року.",
     "Бондар", "військова частина А1234"),
    ("Солдат батальйону «Донбас» Гнатюк Роман Іванович загинув 5 червня 2022 року.",
     "Гнатюк", "батальйон «Донбас»"),
    ("Солдатом 47-ї окремої механізованої бригади був Савчук Андрій, який загинув під "
     "Авдіївкою.", "Савчук", "47-ма окрема механізована бригада"),
    ("Загинув солдат 65 ОМБр Ткачук Василь Іванович.", "Ткачук", "65 ОМБр"),
])
def test_soldier_before_a_unit_is_a_ukrainian_rank(text: str, surname: str, unit: str) -> None:
    found = [p for p in people(text, "uk") if p["surname"] == surname]
    assert found and found[0]["rank"] == "солдат"
    assert found[0]["unit"] == unit and found[0]["citizenship"] == "UA"


@pytest.mark.parametrize("text", [
    "Прикордонники ДПСУ взяли в полон російського солдата Іванова Петра.",
    "Під Бахмутом ліквідовано російського солдата 810-ї бригади Іванова Петра.",
    "Ворожого солдата Іванова Петра взяли в полон бійці 92-ї бригади.",
])
def test_another_armys_soldier_gets_no_rank(text: str) -> None:
    assert field_of(text, "uk", "Іванов", "rank") is None


@pytest.mark.parametrize(("text", "surname", "unit"), [
    ("Загинув Ткаченко Юрій Васильович, штаб-сержант Нацгвардії.", "Ткаченко", "Нацгвардія"),
    ("Ковальчук Олег служив у Національній гвардії України і загинув під Вовчанськом.",
     "Ковальчук", "Національна гвардія"),
    ("Військовослужбовець ДПСУ Петренко Іван Олексійович загинув на Сумщині.", "Петренко",
     "ДПСУ"),
    ("Боєць ТрО Іван Руденко загинув під Бахмутом 3 березня 2023 року.", "Руденко", "ТрО"),
    ("Шевчук Микола з 2022 року воював у складі Сил територіальної оборони і загинув під "
     "Куп'янськом.", "Шевчук", "Сили територіальної оборони"),
    ("Наш земляк Олексій Гуменюк служив у Державній прикордонній службі, загинув 2 квітня.",
     "Гуменюк", "Державна прикордонна служба"),
])
def test_ukrainian_services_are_units(text: str, surname: str, unit: str) -> None:
    found = [p for p in people(text, "uk") if p["surname"] == surname]
    assert found and found[0]["unit"] == unit and found[0]["citizenship"] == "UA"


def test_border_guard_is_ukraines() -> None:
    text = "Прикордонник Сидоренко Тарас Богданович загинув, захищаючи Харківщину."
    assert field_of(text, "uk", "Сидоренко", "citizenship") == "UA"


@pytest.mark.parametrize("text", [
    # the service that reports or captures is not the person's
    "За даними ДПСУ, під Вовчанськом загинув росіянин Іванов Петро з Бєлгорода.",
    "Прикордонники ДПСУ взяли в полон окупанта Іванова Петра.",
])
def test_a_service_that_reports_or_captures_is_no_unit(text: str) -> None:
    assert field_of(text, "uk", "Іванов", "unit") is None


@pytest.mark.parametrize(("text", "surname", "citizenship"), [
    ("Ukrainian soldier Taras Melnyk of the 93rd Mechanized Brigade was killed near Bakhmut.",
     "Melnyk", "UA"),
    ("A Ukrainian marine, Oleh Bondar, 29, died near Krynky.", "Bondar", "UA"),
    ("Ukrainian serviceman Andrii Kovalenko was reported missing near Avdiivka.", "Kovalenko",
     "UA"),
    # guards: the captor or the one surrendered to is someone else
    ("Artem Zhukov surrendered to a Ukrainian drone operator near Robotyne.", "Zhukov", None),
    ("Ukrainian soldiers captured Artem Zhukov, 23, near Robotyne.", "Zhukov", None),
])
def test_english_ukrainian_soldier(text: str, surname: str, citizenship: str | None) -> None:
    assert field_of(text, "en", surname, "citizenship") == citizenship


@pytest.mark.parametrize(("text", "lang", "surname", "rank"), [
    ("Сержант-контрактник Баир Жаргалович Цыренов из Кяхты попал в плен в марте.", "ru",
     "Цыренов", "сержант"),
    ("Простились с рядовым-мобилизованным Олегом Петровым из Тулы, погибшим под Авдеевкой.",
     "ru", "Петров", "рядовой"),
    ("Младший сержант-контрактник Иван Орлов погиб под Бахмутом.", "ru", "Орлов",
     "младший сержант"),
    ("Сержант-контрактник Петро Гнатюк загинув під Бахмутом.", "uk", "Гнатюк", "сержант"),
    ("Попрощалися з солдатом-мобілізованим Іваном Мельником з Полтави, який загинув під "
     "Кураховим.", "uk", "Мельник", "солдат"),
    ("Старшого лейтенанта-артилериста Олега Бондаря поховали у Львові, він загинув під "
     "Бахмутом.", "uk", "Бондар", "старший лейтенант"),
    # ranks written with a hyphen stay whole
    ("Капитан-лейтенант Орлов Иван Сергеевич погиб в Севастополе.", "ru", "Орлов",
     "капитан-лейтенант"),
    ("Погиб генерал-майор Смирнов Иван Петрович.", "ru", "Смирнов", "генерал-майор"),
    ("Штаб-сержант Литвин Ігор Миколайович загинув 5 травня 2023 року.", "uk", "Литвин",
     "штаб-сержант"),
])
def test_rank_joined_to_a_descriptor(text: str, lang: str, surname: str, rank: str) -> None:
    assert field_of(text, lang, surname, "rank") == rank


@pytest.mark.parametrize(("text", "lang", "surname", "channel"), [
    # a volunteer joining a formation, words between
    ("В октябре 2022 года Хасанов Ильнур добровольцем вступил в батальон имени Шаймуратова и "
     "погиб 24 ноября.", "ru", "Хасанов", "volunteer_formation"),
    ("Добровольцем он записался в отряд «Вятка»: Пётр Лосев погиб под Кременной.", "ru",
     "Лосев", "volunteer_formation"),
    # a battalion or detachment named in quotes, in any case and language
    ("Росіянин Ігор Дьомін пішов воювати в батальйон «Дон» і потрапив у полон.", "uk", "Дьомін",
     "volunteer_formation"),
    ("Сержант батальона «Вятка» Орлов Денис Игоревич погиб под Угледаром.", "ru", "Орлов",
     "volunteer_formation"),
    ("Окупант із загону «Кубань» Сергій Ляхов здався в полон.", "uk", "Ляхов",
     "volunteer_formation"),
    # the prisoners' and the company's units keep their channels
    ("Осуждённый Игорь Фомин погиб в составе отряда «Шторм Z» под Авдеевкой.", "ru", "Фомин",
     "prisoner"),
])
def test_volunteer_formations(text: str, lang: str, surname: str, channel: str) -> None:
    assert field_of(text, lang, surname, "channel") == channel


@pytest.mark.parametrize(("text", "surname"), [
    # a numbered battalion with a name is a regular unit; a search team is civilian
    ("Рядовой Иван Котов служил в 1-м батальоне «Север» и погиб под Купянском.", "Котов"),
    ("Тело Ивана Котова, погибшего под Купянском, нашёл поисковый отряд «Лиза Алерт».", "Котов"),
    ("Иван Котов, доброволец поискового отряда, погиб при обстреле Белгорода.", "Котов"),
])
def test_no_volunteer_formation(text: str, surname: str) -> None:
    assert field_of(text, "ru", surname, "channel") != "volunteer_formation"


@pytest.mark.parametrize(("text", "surname", "citizenship"), [
    ("Военнослужащий ВСУ Тарас Мельничук сдался в плен под Торецком.", "Мельничук", "UA"),
    # a mobilised Ukrainian stays Ukrainian
    ("Пленный боец ВСУ Андрей Коваль рассказал, что был мобилизован на улице.", "Коваль", "UA"),
    ("Украинский военный Олег Бондарь попал в плен под Работино.", "Бондарь", "UA"),
    ("Под Угледаром взят в плен морпех ВСУ Виталий Гуцул, уроженец Винницы.", "Гуцул", "UA"),
    # guards: the soldier surrendered to, or the captor, is someone else
    ("Рядовой Иван Сомов сдался бойцу ВСУ под Работино.", "Сомов", "RU"),
    ("Боец ВСУ взял в плен рядового Ивана Сомова из Ишима.", "Сомов", "RU"),
])
def test_ukrainian_serviceman_in_russian(text: str, surname: str, citizenship: str) -> None:
    assert field_of(text, "ru", surname, "citizenship") == citizenship


@pytest.mark.parametrize(("text", "lang", "surname", "citizenship"), [
    ("Посольство Непала подтвердило, что Рам Тапа, завербованный в российскую армию, погиб "
     "под Бахмутом.", "ru", "Тапа", "NP"),
    ("По данным посольства Шри-Ланки, Нимал Перера погиб под Авдеевкой.", "ru", "Перера", "LK"),
    ("Мохаммад Рахман погиб под Бахмутом. В МИД Бангладеш заявили, что добиваются "
     "возвращения тела.", "ru", "Рахман", "BD"),
    ("Консульство Кубы в Москве сообщило о гибели Хорхе Переса под Бахмутом.", "ru", "Перес",
     "CU"),
    ("The embassy of Nepal said Ram Thapa was killed in Ukraine in May.", "en", "Thapa", "NP"),
    # guard: a mission named for anything else
    ("Иван Сомов из Ишима погиб под Бахмутом; его жена работает в посольстве Италии.", "ru",
     "Сомов", "RU"),
])
def test_embassy_speaking_of_the_person(text: str, lang: str, surname: str,
                                        citizenship: str) -> None:
    assert field_of(text, lang, surname, "citizenship") == citizenship


@pytest.mark.parametrize(("text", "surname", "rank"), [
    # a Russian text reporting Ukraine's soldier: "солдат" is that army's rank
    ("На Торецком направлении сдался в плен военнослужащий ВСУ. Солдат 57-й отдельной "
     "мотопехотной бригады Тарас Мельничук, житель Бердичева, рассказал, что был мобилизован.",
     "Мельничук", "солдат"),
    ("В плен попал солдат ВСУ Андрей Коваль из Сум.", "Коваль", "солдат"),
    ("Пленного солдата 110-й механизированной бригады Олега Бондаря обменяли 5 мая.", "Бондарь",
     "солдат"),
    # guards: a Russian soldier, or "солдат" with no Ukrainian formation, has no such rank
    ("Под Бахмутом погиб российский солдат Иван Сомов из Ишима.", "Сомов", None),
    ("Солдат Иван Сомов из Ишима погиб под Бахмутом.", "Сомов", None),
])
def test_ukrainian_soldier_rank_in_russian(text: str, surname: str, rank: str | None) -> None:
    assert field_of(text, "ru", surname, "rank") == rank
