"""Russian homes and citizenship read as the annotation guide reads them: a country someone
was born in is no citizenship; a farewell is held in a place, never "from" one; a
possessive may stand between "из" and the town; where someone was captured or went missing
is no home region; a village named by an adjective is the table's town only in its gender;
a bracket of life dates does not end a list entry; the genitive of a village the tables do
not have is put in the nominative in a text about a Russian region."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.places import russian_nominative


def _person(text: str, surname: str, published: str = "2024-06-01") -> dict:
    found = [m for m in extract_text(text, "ru", published) if m["surname"] == surname]
    assert len(found) == 1, extract_text(text, "ru", published)
    return found[0]


@pytest.mark.parametrize(
    ("text", "surname", "citizenship"),
    [
        # born in a country: no citizenship of it; a Russian call-up then makes him Russian
        ("Уроженец Таджикистана Сафаров Бахтиёр жил в Новосибирске и был мобилизован. "
         "Погиб 3 мая.", "Сафаров", "RU"),
        ("Рядовой Азамат Турсунов, родом из Киргизии, призван по мобилизации из Казани и "
         "погиб под Авдеевкой.", "Турсунов", "RU"),
        ("Вместе с ним пропал без вести уроженец Шри-Ланки Прасанна Кумара Перера, 31 год; "
         "его гражданство не уточняется.", "Перера", None),
        ("Уроженка Узбекистана Дилноза Каримова погибла при обстреле.", "Каримова", None),
        # guards: a citizenship stated, or a country's citizen noun, still count
        ("Гражданин Таджикистана Фаррух Назаров погиб под Бахмутом.", "Назаров", "TJ"),
        ("Уроженец Самарканда, гражданин Узбекистана Шерзод Юлдашев погиб 18 февраля.",
         "Юлдашев", "UZ"),
        ("Непалец Рам Бахадур Тапа погиб под Работино.", "Тапа", "NP"),
    ],
)
def test_a_birthplace_country_is_no_citizenship(text: str, surname: str,
                                                citizenship: str | None) -> None:
    assert _person(text, surname)["citizenship"] == citizenship


@pytest.mark.parametrize(
    ("text", "surname", "settlement", "region"),
    [
        # "из" after a name in a farewell sentence is the home
        ("В Оренбургской области простились с Сергеем Мельниковым из села Октябрьское.",
         "Мельников", "Октябрьское", "RU-ORE"),
        ("Вчера простились с рядовым Ильёй Громовым из Ишима. Он погиб 3 марта.",
         "Громов", "Ишим", "RU-TYU"),
        ("Похороны Олега Мухина из Кинешмы прошли в субботу; он погиб под Кременной.",
         "Мухин", "Кинешма", "RU-IVA"),
        # a possessive between the cue and the town
        ("Серёга Кожемякин из нашего Новошахтинска погиб 22 февраля под Покровском.",
         "Кожемякин", "Новошахтинск", "RU-ROS"),
        ("Мобилизованный Олег Рябов из нашей Кинешмы погиб в зоне СВО.",
         "Рябов", "Кинешма", "RU-IVA"),
        ("Житель нашего Белово рядовой Андрей Сидоров погиб.", "Сидоров", "Белово", "RU-KEM"),
        # guards: where the farewell or burial was is no home
        ("Похоронили рядового Илью Громова в Ишиме; он погиб 3 марта.", "Громов", None, None),
        ("Рядовой Павел Седов погиб в нашем Белгороде при обстреле.", "Седов", None, None),
    ],
)
def test_farewell_and_possessive_homes(text: str, surname: str, settlement: str | None,
                                       region: str | None) -> None:
    m = _person(text, surname)
    assert (m["settlement"], m["region"]) == (settlement, region)


@pytest.mark.parametrize(
    ("text", "surname", "settlement", "region"),
    [
        # a village named by an adjective of another gender is not the table's town
        ("Погиб рядовой Алексей Мальцев, житель села Октябрьское.", "Мальцев",
         "Октябрьское", None),
        ("Житель села Первомайское Игорь Донцов погиб 3 мая.", "Донцов", "Первомайское",
         None),
        # a given name after an adjective-named village is no part of it
        ("Житель села Красное Олег Мухин погиб.", "Мухин", "Красное", None),
        # a district named like a town is not the town
        ("Житель Октябрьского района Иван Седов погиб.", "Седов", None, None),
        # guards: the town in its own gender and case
        ("Житель Октябрьского Иван Седов погиб.", "Седов", "Октябрьский", "RU-BA"),
        ("Житель Советской Гавани Иван Седов погиб.", "Седов", "Советская Гавань", "RU-KHA"),
        ("Житель Белой Калитвы Иван Седов погиб.", "Седов", "Белая Калитва", "RU-ROS"),
    ],
)
def test_adjective_villages(text: str, surname: str, settlement: str | None,
                            region: str | None) -> None:
    m = _person(text, surname)
    assert (m["settlement"], m["region"]) == (settlement, region)


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("Список уроженцев района, погибших в зоне СВО: 1. Аюшеев Солбон Бадмаевич "
         "(1999–2022), рядовой, с. Усть-Кяхта; 2. Соболев Артём Игоревич (14.05.1995 — "
         "02.02.2023), ст. сержант, г. Кяхта.",
         {"Аюшеев": "Усть-Кяхта", "Соболев": "Кяхта"}),
        ("Погибли: Иванов Пётр Ильич (1980–2023), позывной «Барс», с. Нылга, погиб под "
         "Бахмутом; Седов Олег Павлович (1985 г.р.), ефрейтор, г. Ишим.",
         {"Иванов": "Нылга", "Седов": "Ишим"}),
        ("Прощание: Сарычев Кирилл Андреевич (2001 – 2024), с. Тарбагатай, Дом культуры; "
         "Орлов Иван Петрович (1990–2024), Шадринск.",
         {"Сарычев": "Тарбагатай", "Орлов": "Шадринск"}),
    ],
)
def test_list_entries_after_life_dates(text: str, homes: dict[str, str]) -> None:
    for surname, settlement in homes.items():
        assert _person(text, surname)["settlement"] == settlement


def test_capture_region_is_no_home() -> None:
    text = ("Домой вернулись двое жителей Курганской области. Рядовой Евгений Шестаков "
            "попал в плен в августе 2024 года в Курской области. Второй — мобилизованный "
            "Андрей Пахомов из села Белозерское, попавший в плен под Авдеевкой.")
    assert _person(text, "Пахомов")["region"] == "RU-KGN"
    # guard: a region named only where he went missing gives none
    other = _person("Рядовой Олег Зимин из деревни Ключи пропал без вести в Курской "
                    "области.", "Зимин")
    assert other["region"] is None


@pytest.mark.parametrize(
    ("text", "surname", "settlement", "region"),
    [
        ("В Якутии простились с бойцами. Мобилизованный Николай Егоров из Намцев погиб в "
         "январе.", "Егоров", "Намцы", "RU-SA"),
        ("В Якутии простились с бойцами. Айаал Саввинов из Чурапчи погиб в январе.",
         "Саввинов", "Чурапча", "RU-SA"),
        ("В Бурятии простились с Бато Цыреновым из Мухоршибири.", "Цыренов",
         "Мухоршибирь", "RU-BU"),
        # guard: abroad, with no Russian region named, the name is kept as written
        ("Двое граждан Индии погибли. Викас Чаудхари из Ранчи подписал контракт.",
         "Чаудхари", "Ранчи", None),
    ],
)
def test_genitive_villages(text: str, surname: str, settlement: str, region: str | None) -> None:
    m = _person(text, surname)
    assert (m["settlement"], m["region"]) == (settlement, region)


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Чурапчи", "Чурапча"), ("Намцев", "Намцы"), ("Кузоватова", "Кузоватова"),
     ("Усть-Кута", "Усть-Кута")],
)
def test_russian_nominative(word: str, nominative: str) -> None:
    assert russian_nominative(word) == nominative


@pytest.mark.parametrize(
    ("text", "surname", "settlement"),
    [
        # a verb of living or growing up before a town the tables do not have
        ("Рядовой Пётр Лаптев погиб в феврале. Он работал в депо в Канаше, а жил в "
         "Шихазанах.", "Лаптев", "Шихазаны"),
        ("Сержант Олег Ким погиб. Он жил в Кулунде.", "Ким", "Кулунда"),
        ("Ефрейтор Иван Попов погиб под Кременной. Он вырос в Ербогачёне.", "Попов",
         "Ербогачён"),
        ("Мобилизованный Артур Ларионов погиб. Последние годы он жил с семьёй в Тикси.",
         "Ларионов", "Тикси"),
        # a plural verb: the home of both brothers
        ("Братья Зайцевы выросли в Кулунде. Иван Зайцев погиб 9 июля.", "Зайцев", "Кулунда"),
        # guards: where his relatives live, or where he worked, is not his home
        ("Сержант Олег Ким погиб. Его родители жили в Кулунде.", "Ким", None),
        ("Сержант Олег Ким погиб. Его мать до сих пор живёт в Кулунде.", "Ким", None),
        ("Сержант Олег Ким погиб. Он работал в Тикси.", "Ким", None),
    ],
)
def test_lived_in_a_village_the_tables_lack(text: str, surname: str,
                                            settlement: str | None) -> None:
    assert _person(text, surname)["settlement"] == settlement


@pytest.mark.parametrize(
    ("text", "surname", "settlement", "region"),
    [
        # a town pointed back at: "оттуда родом", "там и вырос", "там жил"
        ("Не стало Дмитрия Шестакова, мы с ним за одной партой в Кинешме сидели, он оттуда "
         "родом. Погиб под Покровском.", "Шестаков", "Кинешма", "RU-IVA"),
        ("Рядовой Олег Пчёлкин погиб под Бахмутом. Похоронили его в Ишиме, он там и вырос.",
         "Пчёлкин", "Ишим", "RU-TYU"),
        ("Сержант Иван Рыбин погиб. Он учился в Кургане, а вырос в Шадринске и там же жил.",
         "Рыбин", "Шадринск", "RU-KGN"),
        # Yakutia's districts are "улус" after an adjective
        ("Айаал Николаев родился в селе Бердигестях Горного улуса. Погиб 9 декабря.",
         "Николаев", "Бердигестях", "RU-SA"),
        ("Николай Попов, житель села Ытык-Кюёль Таттинского улуса, погиб.", "Попов",
         "Ытык-Кюёль", "RU-SA"),
        # guards: a buried soldier with no pointing word; Buryatia's "улус" is a village
        ("Ефрейтор Илья Лобов погиб под Бахмутом, там и похоронен.", "Лобов", None, None),
        ("Рядовой Баир Цыденов из улуса Шалуты погиб.", "Цыденов", "Шалуты", None),
    ],
)
def test_pointed_homes_and_uluses(text: str, surname: str, settlement: str | None,
                                  region: str | None) -> None:
    m = _person(text, surname)
    assert (m["settlement"], m["region"]) == (settlement, region)


@pytest.mark.parametrize(
    ("text", "surname", "settlement", "region"),
    [
        # demonyms not made by a suffix on the town's stem
        ("Омич Сергей Лапин погиб под Работино.", "Лапин", "Омск", "RU-OMS"),
        ("Туляк Андрей Фомин погиб 3 марта.", "Фомин", "Тула", "RU-TUL"),
        ("Пермяк Илья Шадрин погиб в зоне СВО.", "Шадрин", "Пермь", "RU-PER"),
        ("Нижегородец Олег Климов погиб под Кременной.", "Климов", "Нижний Новгород",
         "RU-NIZ"),
        ("Погиб курянин, младший сержант Роман Беляев.", "Беляев", "Курск", "RU-KRS"),
        ("Москвич Олег Рыбаков погиб под Бахмутом.", "Рыбаков", None, "RU-MOW"),
        # guards: surnames made from such words name no town
        ("Рядовой Пермяков Иван погиб 3 мая.", "Пермяков", None, None),
        ("Рядовой Иван Туляков погиб 3 мая.", "Туляков", None, None),
        ("Пермяков Иван Сергеевич погиб 3 мая.", "Пермяков", None, None),
        # a region by its everyday name
        ("Житель Прикамья Роман Титов погиб.", "Титов", None, "RU-PER"),
        ("Уроженец Белгородчины Игорь Дятлов погиб.", "Дятлов", None, "RU-BEL"),
        ("Житель Зауралья Андрей Пахомов погиб под Авдеевкой.", "Пахомов", None, "RU-KGN"),
        ("Житель Приангарья Олег Сизых погиб.", "Сизых", None, "RU-IRK"),
    ],
)
def test_irregular_demonyms_and_region_names(text: str, surname: str,
                                             settlement: str | None,
                                             region: str | None) -> None:
    m = _person(text, surname)
    assert (m["settlement"], m["region"]) == (settlement, region)


@pytest.mark.parametrize(
    ("text", "settlement"),
    [
        # a village named by an adjective, in an oblique case after its kind
        ("Житель станицы Каневской Роман Титов погиб.", "Каневская"),
        ("Уроженец станицы Старощербиновской рядовой Роман Титов погиб.",
         "Старощербиновская"),
        ("Житель хутора Красного Роман Титов погиб.", "Красный"),
        ("Житель посёлка Первомайского Роман Титов погиб.", "Первомайский"),
        # guards: names in the nominative, or not adjectives, are kept as written
        ("Житель села Большое Мурашкино Роман Титов погиб.", "Большое Мурашкино"),
        ("Житель деревни Малые Кабаны рядовой Роман Титов погиб.", "Малые Кабаны"),
        ("Житель села Бичура Роман Титов погиб.", "Бичура"),
    ],
)
def test_adjective_villages_in_the_nominative(text: str, settlement: str) -> None:
    assert _person(text, "Титов")["settlement"] == settlement


@pytest.mark.parametrize(
    ("text", "surname", "settlement", "region"),
    [
        # a demonym may mean the region: a town the text says wins
        ("Мать курянина-срочника Кирилла Евсеева узнала сына на видео. 20-летний уроженец "
         "Рыльска был призван в армию в декабре 2023 года. Кирилл попал в плен 6 августа.",
         "Евсеев", "Рыльск", "RU-KRS"),
        ("Ульяновец Сергей Кузьмин, уроженец Димитровграда, погиб.", "Кузьмин",
         "Димитровград", "RU-ULY"),
        # guard: the demonym alone still gives its town
        ("Иркутянин Павел Рогов погиб под Кременной.", "Рогов", "Иркутск", "RU-IRK"),
    ],
)
def test_a_demonym_after_a_town_said(text: str, surname: str, settlement: str,
                                     region: str) -> None:
    m = _person(text, surname)
    assert (m["settlement"], m["region"]) == (settlement, region)
