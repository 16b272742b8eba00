"""Places of death told apart from the death's verb: the battle of the unit with the loss of
the one named ("подразделение вело бой у н.п. Макеевка, после чего связь с ним прервалась"),
a sentence that points back ("Бой шёл у села Работино. Там он и погиб") or says where it
happened ("Это случилось под Кременной"), a date with a Roman month ("30.X.2024 под
Торецком"), and a town named after the place ("в Донецкой области, в посёлке Ясное")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _places(text: str, lang: str = "ru") -> list[object]:
    return [m.get("place_of_death") for m in extract_text(text, lang, "2024-09-01")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Андрей Пахомов служил в войсковой части 29760. 17 апреля 2023 года "
         "подразделение вело бой у населённого пункта Макеевка, после чего связь с рядовым "
         "Пахомовым прервалась. Суд признал его умершим.", "Макеевка"),
        ("Мобилизованный К. В. Осипов числился пропавшим с 14 мая, когда подразделение вело "
         "бои у Клещеевки. Суд установил, что Осипов погиб в тот же день, и признал его "
         "умершим.", "Клещеевка"),
        ("Рядовой Артём Зайнуллин проходил службу по контракту. 9 ноября 2023 года после боя "
         "у села Работино он перестал выходить на связь. Суд признал его умершим.",
         "Работино"),
        ("Младший сержант Ринат Гилязов воевал в составе штурмовой роты. 2 марта рота вела бой "
         "под Новомихайловкой, где он и погиб.", "Новомихайловка"),
    ],
)
def test_the_units_battle_with_his_loss(text: str, place: str) -> None:
    """The place of his unit's battle, his loss told in its sentence."""
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Олег Кравцов ушёл на фронт в 2023 году. Бой шёл у села Работино. Там он и "
         "погиб.", "Работино"),
        ("Сержант Иван Лазарев служил в штурмовом отряде. В феврале его рота штурмовала позиции "
         "под Авдеевкой. Там же он погиб 14 февраля.", "Авдеевка"),
        ("Рядовой Глеб Фомин погиб 3 мая. Это случилось под Кременной.", "Кременная"),
        ("Ефрейтор Руслан Абдуллаев погиб 12 января. Произошло это в районе Клещеевки, "
         "рассказали сослуживцы.", "Клещеевка"),
        ("Наш земляк Павел Гречко скончался от ран. Всё это случилось 5 июня под Угледаром.",
         "Угледар"),
    ],
)
def test_a_sentence_that_points_back_or_says_where(text: str, place: str) -> None:
    """"Там он и погиб" takes the place of the sentence before; "Это случилось под …" gives
    the place of the death before it."""
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Сержант Иван Лазарев вырос в селе Гремячье. Там он и похоронен.",
        "Сержант Иван Лазарев погиб в бою. Бой шёл у села Работино, ранее там служил его брат.",
        "Сержант Иван Лазарев служил под Белгородом. Подразделение вело бой у села Шевченко, "
        "он получил лёгкое ранение и вернулся в строй.",
        "Рядовой Павел Осокин погиб в бою. Его мать живёт под Тверью. Там он и вырос.",
        "Рядовой Павел Осокин вернулся из плена. Это случилось под Белгородом 5 мая.",
    ],
)
def test_no_place_apart_from_the_death(text: str) -> None:
    """A burial, a home, a wound survived, an exchange: no place of death."""
    assert _places(text) == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Вячеслав Кириллов погиб 30.X.2024 под Торецком.", "Торецк"),
        ("Рядовой Тагир Хабибуллин погиб 4.XI.2023 у Кременной.", "Кременная"),
        ("Ефрейтор Олег Ильин скончался 17.VII.2024 в госпитале в Донецке.",
         "госпиталь в Донецке"),
    ],
)
def test_a_roman_month_ends_no_clause(text: str, place: str) -> None:
    """The dots of "30.X.2024" end no clause between the death and its place."""
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В ходе стрельбы в синагоге Сан-Диего в городе Пауэй погиб Лори Кай.", "Пауэй"),
        ("Рядовой Глеб Фомин погиб в Донецкой области, в посёлке Ясное.", "Ясное"),
        ("Рядовой Глеб Фомин погиб 3 марта в Запорожской области в селе Степное.", "Степное"),
        ("Пенсионер Иван Рыков погиб при обстреле в Белгородской области в городе Шебекино.",
         "Шебекино"),
        ("Рядовой Глеб Фомин погиб в районе Бахмута, в селе Клещеевка.", "Клещеевка"),
    ],
)
def test_a_town_named_after_the_place(text: str, place: str) -> None:
    """A town named right after the place of death is the more precise of the two."""
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Vasily Nikitin signed up last autumn. On April 2, near Avdiivka, Vasily was killed, "
         "the district administration said.", "Avdiivka"),
        ("Near Kreminna, Private Ivan Sokolov was killed on May 3, his mother wrote.",
         "Kreminna"),
        ("Outside Bakhmut, convict Oleg Zuev died on January 12.", "Bakhmut"),
        ("On the outskirts of Robotyne, Sergeant Pavel Orlov was fatally wounded in August.",
         "Robotyne"),
    ],
)
def test_english_a_place_fronted_before_the_death(text: str, place: str) -> None:
    """English: "near X," before the one killed and his verb is where he died."""
    assert _places(text, "en") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Near Kursk, where he grew up, Ivan Sokolov was trained before he was killed in action.",
        "Near Tula, his mother was told that Ivan Sokolov was killed in action.",
    ],
)
def test_english_a_fronted_place_not_of_the_death(text: str) -> None:
    """A home or a relative's place before the sentence's death is no place of death."""
    assert _places(text, "en") == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Позавчера не стало Димы Шестакова, мы с ним с первого класса за одной партой в "
         "Кинешме сидели. Ему было 38. Погиб под Покровском.", "Покровск"),
        ("Не стало нашего Андрея Котова, я с ним в Воронеже на заводе работал.", None),
        ("Погиб Олег Ряхин, вы его знали по работе в Саратове.", None),
    ],
)
def test_a_speakers_clause_after_the_death(text: str, place: str | None) -> None:
    """A place in the clause of "мы", "я", "вы" after a death is the speaker's, not the
    death's."""
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Гражданин Непала Рам Гурунг, воевавший на стороне России, погиб под Бахмутом.",
         "Бахмут"),
        ("В России простились с певцом Иваном Котовым, скончавшимся в среду.", None),
        ("Гражданин Непала Рам Гурунг погиб, воюя на стороне России.", None),
        ("МИД Непала подтвердил гибель 27-летнего Рам Бахадура Гурунга, воевавшего на стороне "
         "России.", None),
    ],
)
def test_the_side_he_fought_on_is_no_place(text: str, place: str | None) -> None:
    """The side he fought on ("на стороне России") is no place of death."""
    assert _places(text) == [place]
