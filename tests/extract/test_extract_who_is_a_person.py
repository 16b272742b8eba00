"""Who is a person of the story: officers and officials who only act in it, farewells in
Ukrainian and Russian, a relative who is the one who died, the mother of the dead in English,
foreign names the dictionary misreads, Spanish double surnames written first."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

_PUBLISHED = date(2024, 3, 14)


def _found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m["name"], m["status"]) for m in extract_text(text, lang, _PUBLISHED)]


def _parts(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(m["surname"], m["given_name"]) for m in extract_text(text, lang, _PUBLISHED)]


# 1. an officer or an official who hands an award, speaks or condoles is no casualty

@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Военный комиссар района подполковник Сергей Малахов вручил матери погибшего Дмитрия "
     "Сорокина орден Мужества.", "ru", "Сорокин Дмитрий"),
    ("Полковник Виктор Шубин вручил орден матери сержанта Романа Гусева, погибшего в мае.",
     "ru", "Гусев Роман"),
    ("Сержант Роман Гусев погиб в мае. Орден матери вручил полковник Виктор Шубин.", "ru",
     "Гусев Роман"),
    ("Командир батальона майор Олег Рябов рассказал, что рядовой Денис Щукин погиб, прикрывая "
     "отход товарищей.", "ru", "Щукин Денис"),
    ("Військовий комісар підполковник Олег Гаврилюк передав родині нагороду загиблого Івана "
     "Мороза.", "uk", "Мороз Іван"),
    ("Командир роти капітан Олег Рябов розповів, що рядовий Денис Щукін загинув, прикриваючи "
     "відхід.", "uk", "Щукін Денис"),
    ("Military commissar Colonel Viktor Shubin handed the Order of Courage to the mother of "
     "Sergeant Roman Gusev, who was killed in May.", "en", "Gusev Roman"),
    ("The regional military commissar, Col. Igor Petrenko, told reporters that Private Anton "
     "Belov was killed near Avdiivka.", "en", "Belov Anton"),
    ("Major Sergei Fomichev thanked the family of Junior Sergeant Kirill Lapin, who died of "
     "wounds in a Rostov hospital.", "en", "Lapin Kirill"),
])
def test_an_acting_officer_is_no_person(text: str, lang: str, dead: str) -> None:
    assert _found(text, lang) == [(dead, "killed")]


@pytest.mark.parametrize(("text", "lang", "name", "status"), [
    # an officer with a fate of his own stays
    ("Командир роты капитан Иван Петров погиб 3 марта под Авдеевкой.", "ru", "Петров Иван",
     "killed"),
    ("Полковник Андрей Зотов погиб, прикрывая отход батальона.", "ru", "Зотов Андрей",
     "killed"),
    ("Капітан Олег Рябов загинув під Кремінною.", "uk", "Рябов Олег", "killed"),
    ("Colonel Viktor Shubin was killed in a missile strike near Kramatorsk.", "en",
     "Shubin Viktor", "killed"),
    # a private who tells of his war is no official
    ("Рядовой Денис Щукин рассказал, как его ранило под Работино.", "ru", "Щукин Денис",
     "wounded"),
])
def test_an_officer_with_a_fate_stays(text: str, lang: str, name: str, status: str) -> None:
    assert _found(text, lang) == [(name, status)]


# 2. a farewell is with the dead: "попрощались с", "попрощалися з", "прощалися з"

@pytest.mark.parametrize(("text", "lang", "names"), [
    ("В Омске попрощались с Ярославом Ковальчуком.", "ru", ["Ковальчук Ярослав"]),
    ("В Кургане попрощались с рядовым Иваном Серовым и ефрейтором Павлом Тюриным.", "ru",
     ["Серов Иван", "Тюрин Павел"]),
    ("У Луцьку попрощалися з Ярославом Ковальчуком.", "uk", ["Ковальчук Ярослав"]),
    ("Сьогодні в Рівному прощалися з молодшим сержантом Іваном Данилюком.", "uk",
     ["Данилюк Іван"]),
    ("У Тернополі попрощалися з Андрієм Гуменюком та Василем Ткачуком.", "uk",
     ["Гуменюк Андрій", "Ткачук Василь"]),
])
def test_a_farewell_names_the_dead(text: str, lang: str, names: list[str]) -> None:
    assert _found(text, lang) == [(n, "killed") for n in names]


@pytest.mark.parametrize(("text", "lang"), [
    ("Иван Серов попрощался с семьёй и ушёл на фронт добровольцем.", "ru"),
    ("Перед відправкою на фронт Іван Данилюк попрощався з родиною.", "uk"),
])
def test_saying_goodbye_oneself_is_no_death(text: str, lang: str) -> None:
    assert [s for _, s in _found(text, lang) if s == "killed"] == []


# 3. a relative who is the subject of the verb of dying is the one who died

@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Мати загиблого Тетяна Коваль розповіла, що її син Андрій Коваль загинув під Бахмутом.",
     "uk", "Коваль Андрій"),
    ("Мати Оксана Лисенко написала, що її чоловік Петро Лисенко загинув 2 лютого.", "uk",
     "Лисенко Петро"),
    ("Мать погибшего Ольга Смирнова рассказала, что её сын Алексей Смирнов погиб под "
     "Курском.", "ru", "Смирнов Алексей"),
    ("The mother of Andrei Sokolov, who was killed in Kursk region, spoke to reporters.", "en",
     "Sokolov Andrei"),
    ("Lyudmila Sokolova, the mother of Andrei Sokolov, who was killed near Bakhmut, spoke to "
     "reporters.", "en", "Sokolov Andrei"),
    ("The widow of Sergeant Pavel Orlov, who died of wounds in January, received his medal.",
     "en", "Orlov Pavel"),
])
def test_the_dead_relative_is_the_person(text: str, lang: str, name: str) -> None:
    assert _found(text, lang) == [(name, "killed")]


def test_a_brother_who_speaks_is_no_person() -> None:
    found = _found("Oleg Petrov, the brother of Ivan Petrov, told reporters about the funeral.",
                   "en")
    assert ("Petrov Oleg", "killed") not in found


def test_the_son_of_someone_is_still_the_dead() -> None:
    assert _found("Ivan Petrov, the son of Viktor Petrov, was killed near Avdiivka.", "en") == [
        ("Petrov Ivan", "killed")]


# 4. a foreign given name the dictionary reads as another word ("Прем": a verb)

@pytest.mark.parametrize("text", [
    "Загинув громадянин Непалу Прем Бахадур Тапа.",
    "Громадянин Непалу Прем Бахадур Тапа загинув.",
    "Загинув громадянин Непалу Прем Бахадур Тапа, який підписав контракт з армією РФ.",
])
def test_a_nepali_name_after_his_country(text: str) -> None:
    assert _parts(text, "uk") == [("Тапа", "Прем Бахадур")]


# 5. a Spanish double surname, written first or last

@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Под Бахмутом погиб кубинец Гарсия Лопес Хуан.", "ru", "Гарсия Лопес", "Хуан"),
    ("Погиб Хуан Гарсия Лопес.", "ru", "Гарсия Лопес", "Хуан"),
    ("Погиб Мартинес Санчес Хосе Антонио, гражданин Кубы.", "ru", "Мартинес Санчес",
     "Хосе Антонио"),
    ("Кубинец Родригес Фонсека Хорхе Луис погиб под Клещеевкой.", "ru", "Родригес Фонсека",
     "Хорхе Луис"),
    ("Перес Агилар Дайрон ранен под Бахмутом.", "ru", "Перес Агилар", "Дайрон"),
    ("Загинув кубинець Гарсія Лопес Хуан, найманець російської армії.", "uk", "Гарсія Лопес",
     "Хуан"),
    ("Killed: Martinez Sanchez Jose Antonio, Cuban citizen.", "en", "Martinez Sanchez",
     "Jose Antonio"),
    ("Cuban Garcia Lopez Juan was killed near Bakhmut.", "en", "Garcia Lopez", "Juan"),
    ("Cuban national Ramos Pupo Leonel was wounded near Bakhmut.", "en", "Ramos Pupo", "Leonel"),
])
def test_a_spanish_surname_written_first(text: str, lang: str, surname: str,
                                         given: str) -> None:
    assert _parts(text, lang) == [(surname, given)]


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Погиб Йоэль Родригес Перес.", "ru", "Родригес Перес", "Йоэль"),
    ("Погиб Бишну Прасад Гурунг.", "ru", "Гурунг", "Бишну Прасад"),
    ("Погиб Абдирахман Мохамед Фарах.", "ru", "Фарах", "Абдирахман Мохамед"),
    ("Cuban Jose Antonio Martinez Sanchez was killed near Bakhmut.", "en", "Martinez Sanchez",
     "Jose Antonio"),
    ("Cuban Yoel Martinez Rosales was killed near Bakhmut.", "en", "Martinez Rosales", "Yoel"),
])
def test_a_name_written_given_first_stays(text: str, lang: str, surname: str,
                                          given: str) -> None:
    assert _parts(text, lang) == [(surname, given)]


# 6. the status of each of several persons in one sentence

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Рядовые Олег Брагин и Иван Фомин погибли, сержант Павел Руденко ранен, а рядовой Илья "
     "Котов пропал без вести.", "ru",
     [("Брагин Олег", "killed"), ("Фомин Иван", "killed"), ("Руденко Павел", "wounded"),
      ("Котов Илья", "missing")]),
    ("Рядові Олег Брагін та Іван Фомін загинули, сержант Павло Руденко поранений, а рядовий "
     "Ілля Котов зник безвісти.", "uk",
     [("Брагін Олег", "killed"), ("Фомін Іван", "killed"), ("Руденко Павло", "wounded"),
      ("Котов Ілля", "missing")]),
    ("Ефрейторы Аюр Очиров и Бато Цыренов попали в плен, а младший сержант Олег Лыков погиб.",
     "ru", [("Очиров Аюр", "captured"), ("Цыренов Бато", "captured"), ("Лыков Олег", "killed")]),
    ("Погибли Илья Горбунов, Степан Рыжов и Артур Хасанов.", "ru",
     [("Горбунов Илья", "killed"), ("Рыжов Степан", "killed"), ("Хасанов Артур", "killed")]),
])
def test_each_keeps_his_own_fate(text: str, lang: str,
                                 expected: list[tuple[str, str]]) -> None:
    assert _found(text, lang) == expected


def test_a_wound_told_impersonally() -> None:
    assert _found("Рядовой Денис Щукин рассказал, как его ранило под Работино.", "ru") == [
        ("Щукин Денис", "wounded")]


# 7. a death date told once for several: "в тот же день", "того ж дня", "the same day"

def _dates(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m["name"], m["death_date"]) for m in extract_text(text, lang, _PUBLISHED)]


@pytest.mark.parametrize(("text", "lang", "first", "second"), [
    ("Александр Быков погиб 8 февраля 2023 года. Его сослуживец Игорь Лаптев погиб в тот же "
     "день.", "ru", "Быков Александр", "Лаптев Игорь"),
    ("Александр Быков погиб 8 февраля 2023 года под Угледаром. В тот же день под Марьинкой "
     "погиб Игорь Лаптев.", "ru", "Быков Александр", "Лаптев Игорь"),
    ("Олександр Биков загинув 8 лютого 2023 року. Того ж дня загинув і його побратим Ігор "
     "Лаптєв.", "uk", "Биков Олександр", "Лаптєв Ігор"),
    ("Alexander Bykov was killed on 8 February 2023. His comrade Igor Laptev was killed the "
     "same day.", "en", "Bykov Alexander", "Laptev Igor"),
])
def test_the_same_day_shares_the_date(text: str, lang: str, first: str, second: str) -> None:
    assert _dates(text, lang) == [(first, "2023-02-08"), (second, "2023-02-08")]


def test_the_same_day_keeps_each_place() -> None:
    found = extract_text("Александр Быков погиб 8 февраля 2023 года под Угледаром. В тот же "
                         "день под Марьинкой погиб Игорь Лаптев.", "ru", _PUBLISHED)
    assert [m["place_of_death"] for m in found] == ["Угледар", "Марьинка"]


# 8. a death noun before two names joined by "и"/"та": both died; the second name in the
# first one's case

@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Глава района Сергей Дондоков сообщил о гибели земляков — Баира Цыбикова и Саяна "
     "Намжилова.", "ru", ["Цыбиков Баир", "Намжилов Саян"]),
    ("О гибели 43-летнего мобилизованного Станислава Бердникова и Марины Котовой сообщили в "
     "администрации.", "ru", ["Бердников Станислав", "Котова Марина"]),
    ("Повідомили про загибель Івана Мороза та Петра Коваля.", "uk", ["Мороз Іван", "Коваль Петро"]),
    ("В Чите простились с Иваном Петровым и Анной Сидоровой, погибшими при обстреле.", "ru",
     ["Петров Иван", "Сидорова Анна"]),
])
def test_a_death_noun_before_two_names(text: str, lang: str, names: list[str]) -> None:
    assert _found(text, lang) == [(n, "killed") for n in names]


@pytest.mark.parametrize("text", [
    "Погиб Саян Намжилов.",
    "Погиб рядовой Саян Намжилов, житель Кяхты.",
    "Сообщили о гибели Саяна Намжилова.",
])
def test_a_surname_by_its_ending_against_a_given_name_unknown(text: str) -> None:
    assert _parts(text, "ru") == [("Намжилов", "Саян")]


# 9. lists under headings: a heading over one entry, a heading of the wounded, a Ukrainian
# heading "Загиблі:", a list entry's surname before a given name the dictionary lacks

def test_each_heading_gives_its_own_entries() -> None:
    text = ("Из плена вернулись:\n1. Очиров Аюр Баирович\n2. Жамсоев Алдар\n"
            "Пропали без вести:\n3. Тихонов И. П.")
    assert _found(text, "ru") == [("Очиров Аюр Баирович", "returned"),
                                  ("Жамсоев Алдар", "returned"), ("Тихонов И. П.", "missing")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Погибшие: Шестопалов Никита, Лоскутов Павел. Раненые: Норбоев Цырен.", "ru"),
    ("Загинули: Шестопалов Микита, Лоскутов Павло. Поранені: Норбоєв Цирен.", "uk"),
])
def test_a_heading_of_the_wounded(text: str, lang: str) -> None:
    assert [s for _, s in _found(text, lang)] == ["killed", "killed", "wounded"]


@pytest.mark.parametrize("text", [
    "Загиблі окупанти з Бурятії:\n1. Кузьмін Олег Петрович\n2. Тагаров Баїр Цирендоржиєвич",
    "Загиблі:\n1. Кузьмін Олег Петрович, 1990 р.н.\n2. Тагаров Баїр, 1985 р.н.",
])
def test_a_ukrainian_heading_of_the_dead(text: str) -> None:
    assert [s for _, s in _found(text, "uk")] == ["killed", "killed"]



# 10. a fate told once for a list: before its bare heading, or after it by "Они"/"Вони"

@pytest.mark.parametrize(("text", "lang", "count"), [
    ("В Забайкалье стало известно о гибели ещё восьми земляков. Список на 15 октября:\n"
     "— сержант Кузьмин Олег, 35 лет, Чита;\n— ефрейтор Тагаров Б. Ц., 41 год, с. Могойтуй;\n"
     "— Норбоев Цырен, 44 года, доброволец.", "ru", 3),
    ("На Донеччині загинули ще п'ятеро бійців громади. Їхні імена:\n1. Сергій Мельник, 34 "
     "роки;\n2. Андрій Ткачук, 41 рік.", "uk", 2),
])
def test_a_fate_before_a_bare_heading(text: str, lang: str, count: int) -> None:
    assert [s for _, s in _found(text, lang)] == ["killed"] * count


def test_a_bare_heading_alone_tells_no_fate() -> None:
    text = "Список на 15 октября:\n— Кузьмин Олег, 35 лет, Чита;\n— Тагаров Баир, 41 год."
    assert [s for _, s in _found(text, "ru")] == [None, None]


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Погибли:\nВасильев Николай Геннадьевич (1986 г.р.), житель Новочебоксарска;\nЕфимов "
     "Алексей Петрович, 1991 года рождения;\nТимофеев Виктор Иванович, 1975 г.р.\nВсе трое были "
     "мобилизованы в октябре 2022 года. Они погибли 2 января 2023 года в Макеевке.", "ru",
     "2023-01-02"),
    ("Загинули:\nМельник Сергій, 1986 р.н.;\nТкачук Андрій, 1991 р.н.\nВони загинули 5 лютого "
     "під Бахмутом.", "uk", "2024-02-05"),
])
def test_they_died_after_a_list(text: str, lang: str, day: str) -> None:
    found = extract_text(text, lang, _PUBLISHED)
    assert len(found) >= 2 and {m["death_date"] for m in found} == {day}


def test_the_others_fates_take_no_death_date() -> None:
    found = extract_text("Рядовые Олег Брагин и Иван Фомин погибли 3 марта под Бахмутом, сержант "
                         "Павел Руденко ранен, а рядовой Илья Котов пропал без вести.", "ru",
                         _PUBLISHED)
    assert [(m["name"], m["status"], m["death_date"]) for m in found] == [
        ("Брагин Олег", "killed", "2024-03-03"), ("Фомин Иван", "killed", "2024-03-03"),
        ("Руденко Павел", "wounded", None), ("Котов Илья", "missing", None)]


def test_names_joined_share_the_death_after_them() -> None:
    found = extract_text("В Якутии простились сразу с тремя бойцами. Мобилизованные Николай "
                         "Егоров из Намцев, 1987 г. р., и Айаал Саввинов из Чурапчи, 1992 г. р., "
                         "а также контрактник Пётр Слепцов (Вилюйск) погибли в январе под "
                         "Сватово.", "ru", _PUBLISHED)
    assert [(m["death_date"], m["place_of_death"]) for m in found] == [("2024-01", "Сватово")] * 3
