"""Ukrainian reports of both armies: names the dictionary only guesses at, patronymics of
names it does not tag, ages as obituaries give them, deaths in hospital, and Ukraine's own
soldiers told apart from the enemy's. Sentences written for the classes, in varied order,
case and kind of text (news, community notices, relatives' posts, POW reports)."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.uk_ages import find_ages
from headcount.extract.uk_side import own_side


def people(text: str, published: str = "2024-06-01") -> list[dict[str, Any]]:
    return extract_text(text, lang="uk", published=published)


def names(text: str) -> set[tuple[str, str, str | None]]:
    return {(m["surname"], m["given_name"], m["patronymic"]) for m in people(text)}


@pytest.mark.parametrize(("text", "name"), [
    # a man's name the dictionary guesses as a woman's nominative: the words before decide
    ("Під Бахмутом ліквідовано 35-річного рядового Баїра Цибікова з села Мухоршибір.",
     ("Цибіков", "Баїр", None)),
    ("Про загибель мобілізованого Аюра Жамсуєва повідомила його сестра.",
     ("Жамсуєв", "Аюр", None)),
    ("Прощання з рядовим Солбоном Доржиєвим відбулося в Улан-Уде.",
     ("Доржиєв", "Солбон", None)),
    ("У Кяхті поховали загиблого єфрейтора Чингіса Аюшеєва.", ("Аюшеєв", "Чингіс", None)),
    # the same governing words before a woman's name keep her a woman
    ("Загинула 45-річна медсестра Сесегма Доржиєва.", ("Доржиєва", "Сесегма", None)),
    # names the dictionary knows are read as before
    ("Прощання з рядовим Іваном Мельниковим відбудеться завтра.", ("Мельников", "Іван", None)),
])
def test_guessed_names_take_the_governing_case(
        text: str, name: tuple[str, str, str | None]) -> None:
    found = {(s, g, p or None) for s, g, p in names(text)}
    assert name in found


@pytest.mark.parametrize(("text", "expected"), [
    # a patronymic of a given name the dictionary does not tag ("Володимир", "Богдан")
    ("На Курщині в полон потрапили 52-річний Володимир Петрович Зуєв та 27-річний Максим "
     "Володимирович Зуєв.",
     {("Зуєв", "Володимир", "Петрович"), ("Зуєв", "Максим", "Володимирович")}),
    ("Загинула Олена Богданівна Кравець, 1975 р.н., мешканка Умані.",
     {("Кравець", "Олена", "Богданівна")}),
    ("Загинули Володимир Петрович Зуєв та Максим Володимирович Зуєв.",
     {("Зуєв", "Володимир", "Петрович"), ("Зуєв", "Максим", "Володимирович")}),
])
def test_untagged_patronymics(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a demonym or descriptor opening the sentence gives the case of the foreign name after
    ("Непальця Раджу Бахадура Таманга, який воював за Росію, взяли в полон бійці ЗСУ.",
     ("Таманг", "Раджу Бахадур")),
    ("Кубинця Хорхе Луїса Переса взяли в полон прикордонники.", ("Перес", "Хорхе Луїс")),
    ("Громадянина Гани Кваме Асанте Боатенга взяли в полон під Кліщіївкою.",
     ("Боатенг", "Кваме Асанте")),
])
def test_a_clause_opening_noun_gives_the_case(text: str, name: tuple[str, str]) -> None:
    assert {(s, g) for s, g, _ in names(text)} == {name}


@pytest.mark.parametrize(("text", "age"), [
    ("Полонений назвався Абдірахманом, йому 23 роки.", 23),
    ("Володимиру назавжди 39.", 39),
    ("Оксані навіки 34", 34),
    ("Їй лише 19 років", 19),
    ("Героєві назавжди залишилося двадцять п'ять", 25),
])
def test_ages_without_a_verb(text: str, age: int) -> None:
    assert [f.value for f in find_ages(text)] == [age]


@pytest.mark.parametrize("text", [
    "пішов назавжди 12 березня", "йому 5 травня повідомили", "назавжди 2024 року",
    "йому 20 років тому повідомили",
])
def test_not_ages_without_a_verb(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Шановні мешканці громади! 3 грудня у військовому госпіталі в Дніпрі помер від поранень "
     "наш захисник, солдат Бондаренко Олександр Іванович.", "Бондаренко", "Дніпро"),
    ("Після тривалого лікування в лікарні Мечникова у Дніпрі пішов з життя сержант Володимир "
     "Литвин. Він отримав важкі поранення 21 вересня під Кліщіївкою і помер 8 жовтня.",
     "Литвин", "Дніпро"),
    ("Молодший сержант Д. О. Марченко, 29 років, помер від поранень 18 липня в лікарні "
     "Харкова.", "Марченко", "Харків"),
    ("У шпиталі в Одесі після важкого поранення помер матрос Павло Гуменюк.", "Гуменюк",
     "Одеса"),
])
def test_a_death_in_hospital_is_in_its_town(text: str, name: str, place: str) -> None:
    found = {m["surname"]: m for m in people(text)}
    assert found[name]["place_of_death"] == place
    assert "Мечников" not in found  # a hospital named after someone names no one


def test_a_wounded_man_in_hospital_has_no_place_of_death() -> None:
    found = people("Майор Віталій Шаріпов отримав поранення, він перебуває у госпіталі в "
                   "Мелітополі.")
    assert [(m["surname"], m["status"], m["place_of_death"]) for m in found] == [
        ("Шаріпов", "wounded", None)]


@pytest.mark.parametrize("text", [
    "Пам'ять героїв громади. Загинув молодший сержант Дмитро Марченко, 29 років.",
    "Сьогодні поховали наших побратимів. «Грім» — Дмитро Сидоренко, 29 років, з Ніжина.",
    "Вічна слава героям! На Покровському напрямку загинув наш захисник, матрос Тарас "
    "Мельничук.",
    "Наш земляк, рядовий Олег Савчук, загинув 3 березня під Бахмутом.",
    "На щиті повертається старший сержант Ігор Кравчук.",
])
def test_own_soldiers_are_ukrainian(text: str) -> None:
    assert own_side(text)
    assert [m["citizenship"] for m in people(text)] == ["UA"]


@pytest.mark.parametrize(("text", "citizenship"), [
    # the enemy's: the same ranks, but words for an occupier
    ("ЗСУ ліквідували окупанта, молодшого сержанта Дмитра Марченка, 29 років.", "RU"),
    ("Наші захисники знищили російського найманця, рядового Олега Петрова.", "RU"),
    # a civilian killed by shelling is nobody's soldier
    ("Внаслідок ворожого обстрілу Херсона загинула 67-річна Ганна Лисенко. Вічна пам'ять.",
     None),
])
def test_not_own_soldiers(text: str, citizenship: str | None) -> None:
    assert [m["citizenship"] for m in people(text)] == [citizenship]


@pytest.mark.parametrize(("text", "expected"), [
    # a return told in the sentence before a list "Серед них — …" is everyone's in it
    ("Сьогодні додому повернулися 150 українських захисників. Серед них — жителі "
     "Хмельниччини: старший сержант Ігор Ковальчук, 46 років, який перебував у полоні з "
     "квітня 2022 року; матрос Тарас Мельничук з Нетішина.",
     {"Ковальчук": ("returned", "UA-68"), "Мельничук": ("returned", "UA-68")}),
    ("Унаслідок обміну з полону звільнили ще 95 військовополонених. Серед них — сержант "
     "Андрій Дячук із Полтавщини та солдат Максим Орел.",
     {"Дячук": ("returned", "UA-53"), "Орел": ("returned", None)}),
])
def test_a_return_told_before_the_list(text: str,
                                       expected: dict[str, tuple[str, str | None]]) -> None:
    found = {m["surname"]: (m["status"], m["region"]) for m in people(text, "2024-12-31")}
    assert found == expected


@pytest.mark.parametrize(("text", "field", "value"), [
    # a country after a foreign fighter is his citizenship, never a town of like letters
    ("Бійці 47-ї бригади взяли в полон найманця з Сомалі. Полонений назвався Абдірахманом "
     "Мохамедом Фарахом, йому 23 роки.", "citizenship", "SO"),
    ("Під Курахове знищено іноземного найманця з Гани Кваме Боатенга.", "citizenship", "GH"),
    ("Бійці 47-ї бригади взяли в полон найманця з Сомалі. Полонений назвався Абдірахманом "
     "Мохамедом Фарахом.", "settlement", None),
    # homes: a native town, where someone lived, a land in -щина / -ччина
    ("Сьогодні після обміну полоненими до рідної Коломиї повернувся наш земляк Іван "
     "Федорович Савчук, 1983 р. н.", "settlement", "Коломия"),
    ("У рідному Ніжині поховали солдата Петра Гончара, який загинув під Покровськом.",
     "settlement", "Ніжин"),
    ("Олександр Бондар, мій чоловік, загинув 11 червня під Костянтинівкою. Ми жили у "
     "Світловодську, там він і похований.", "settlement", "Світловодськ"),
    ("Сержантка Олена Ткач загинула під Торецьком. Вона жила в Краматорську.", "settlement",
     "Краматорськ"),
    ("Загинув мешканець Сміли, солдат Петро Гончар.", "settlement", "Сміла"),
    ("Загинув мешканець Полтавщини, солдат Іван Гончар.", "region", "UA-53"),
    ("Загинув мешканець Полтавщини, солдат Іван Гончар.", "settlement", None),
])
def test_countries_and_homes(text: str, field: str, value: str | None) -> None:
    found = people(text)
    assert len(found) == 1
    assert found[0][field] == value


@pytest.mark.parametrize(("text", "published", "expected"), [
    # an event told as what came before ("після строкової служби") does not date the verb
    ("Полонений Савченко Ілля Дмитрович, 2002 р.н., розповів, що після строкової служби у "
     "2023 році підписав контракт. Здався він 9 січня під Кремінною.", "2024-01-12",
     {"contract": "2023", "captured": "2024-01-09"}),
    # going to war as a volunteer, joining the ranks
    ("Олександр Бондар загинув 11 червня під Костянтинівкою. Він пішов до війська "
     "добровольцем у березні 2022-го.", "2025-07-20", {"departure": "2022-03"}),
    ("Оксана Шевчук загинула 27 листопада під Бахмутом. У березні 2022-го вона добровільно "
     "стала до лав ЗСУ.", "2022-12-02", {"departure": "2022-03"}),
    # arriving in Russia, in either order
    ("Непальця Раджу Бахадура Таманга взяли в полон. Непалець розповів, що до Росії прилетів "
     "у вересні. Контракт він підписав 2 жовтня.", "2024-01-25",
     {"departure": "2023-09", "contract": "2023-10-02", "captured": None}),
    # a Russian passport dated apart from the contract listed before it
    ("Тіло громадянина Камеруну Жан-Поля Мбарги виявили після бою під Курахове 2 лютого. При "
     "ньому знайшли контракт, підписаний 14 листопада 2024 року, та паспорт громадянина "
     "Росії, виданий у грудні.", "2025-02-18",
     {"contract": "2024-11-14", "citizenship": "2024-12"}),
    # a court's decision
    ("Суд визнав загиблим рядового Олексія Гриценка. Суд встановив, що він загинув 12 серпня "
     "2024 року біля Суджі; рішення ухвалено 6 жовтня 2025 року.", "2025-10-14",
     {"court": "2025-10-06"}),
    # a conscript's call-up is his conscription, not a mobilisation
    ("На Курщині загинув 19-річний строковик з Ярославля Єгор Смолін. Єгора призвали у "
     "травні 2024 року. Загинув він 7 серпня під Суджею.", "2024-08-16",
     {"conscription": "2024-05"}),
    ("Мобілізований Роман Кучеров загинув під Часовим Яром. Кучерова мобілізували у вересні "
     "2022 року.", "2024-06-25", {"mobilised": "2022-09"}),
])
def test_event_dates(text: str, published: str, expected: dict[str, str | None]) -> None:
    found = people(text, published)
    assert len(found) == 1
    dates = found[0]["other_dates"] or {}
    for event, value in expected.items():
        assert dates.get(event) == value


@pytest.mark.parametrize("text", [
    "Він не здався і загинув 5 травня під Бахмутом, рядовий Іван Коваль.",
    "Рядовий Петро Мельник загинув 3 березня. Він не здався до останнього.",
])
def test_not_a_surrender(text: str) -> None:
    assert [m["status"] for m in people(text)] == ["killed"]


def test_a_post_about_comrades_shares_its_funeral_and_place() -> None:
    text = ("Сьогодні поховали наших побратимів. «Грім» — Дмитро Сидоренко, 29 років, з Ніжина. "
            "«Лис» — Валентин Мельников, йому було 48, родом з Прилук. Обидва загинули 9 лютого "
            "під Роботиним. Спочивайте з миром, брати.")
    found = {m["surname"]: m for m in people(text, "2024-02-14")}
    assert set(found) == {"Сидоренко", "Мельников"}
    for m in found.values():
        assert m["place_of_death"] == "Роботине"
        assert m["death_date"] == "2024-02-09"
        assert (m["other_dates"] or {}).get("funeral") == "2024-02-14"


def test_a_plural_object_without_a_ceremony_dates_nothing() -> None:
    text = ("Наших побратимів згадали на зборах. Рядовий Дмитро Сидоренко загинув 9 лютого. "
            "Рядовий Валентин Мельников загинув 12 лютого.")
    found = {m["surname"]: m for m in people(text, "2024-02-14")}
    assert {k: m["death_date"] for k, m in found.items()} == {
        "Сидоренко": "2024-02-09", "Мельников": "2024-02-12"}
    assert all(not (m["other_dates"] or {}).get("funeral") for m in found.values())


@pytest.mark.parametrize(("text", "town"), [
    ("Серед них — старший сержант Ігор Ковальчук, 46 років, з Кам'янця-Подільського, який "
     "повернувся з полону.", "Кам'янець-Подільський"),
    ("Загинув уродженець Каменська-Уральського капітан Ігор Рудаков.", "Каменськ-Уральський"),
])
def test_hyphenated_towns_in_the_nominative(text: str, town: str) -> None:
    assert [m["settlement"] for m in people(text)] == [town]


@pytest.mark.parametrize(("text", "expected"), [
    ("Загинули рядовий Баїр Цидендамбаєв (Кяхта) та єфрейтор Бато Раднаєв (обидва — "
     "с. Мухоршибір).", {"Цидендамбаєв": "Кяхта", "Раднаєв": "Мухоршибір"}),
    ("Загинули рядовий Олег Ткач (с. Сокирниця) та солдат Іван Бойко (Ніжин).",
     {"Ткач": "Сокирниця", "Бойко": "Ніжин"}),
    # a bracketed word with no kind and not in the table is no village
    ("Загинули рядовий Олег Ткач (Грім) та солдат Іван Бойко (Ніжин).",
     {"Ткач": None, "Бойко": "Ніжин"}),
])
def test_a_bracketed_village_with_its_kind(text: str, expected: dict[str, str | None]) -> None:
    assert {m["surname"]: m["settlement"] for m in people(text)} == expected
