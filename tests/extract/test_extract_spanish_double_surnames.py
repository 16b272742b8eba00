"""Spanish double surnames in every case, Russian and Ukrainian (gold batch 22's class): the
second surname in -а declined as a man's ("Переса Мору", "Гонсалеса Ривы", "Кабрери
Ортіса"), one in -ия ("Бетанкура Гарсии"), a first surname from the common list whatever
its ending ("Бетанкур Агілар", "Рамос Гарсія"), a man's given name in -и that does not
decline ("Йосвани"); and a Turkic father's name with its particle between the given name
and the surname ("Ельвін Расім огли Мамедов", "Jasurbek Anvar ugli Tursunov")."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text

GIVEN_RU = ["Йосвани", "Луис Альберто", "Дайрон", "Алексис"]
SURNAMES_RU = ["Перес Мора", "Гонсалес Рива", "Бетанкур Гарсия", "Фонсека Пупо",
               "Кабрера Ортис", "Родригес Куэста"]
TEMPLATES_RU = {
    "nomn": "Под Купянском погиб кубинец {}.",
    "gent": "Стало известно о гибели кубинца {} из Гаваны.",
    "datv": "Посмертно орден вручили кубинцу {}, погибшему под Купянском.",
    "accs": "В Рязани похоронили кубинца {}, погибшего под Купянском.",
    "ablt": "Родные простились с кубинцем {}, погибшим под Купянском.",
}
GIVEN_UK = ["Йосвані", "Дайрон", "Юнієр", "Йоенніс"]
SURNAMES_UK = ["Ернандес Кастільо", "Бетанкур Агілар", "Фонсека Пупо", "Кабрера Ортіс",
               "Родрігес Куеста", "Рамос Гарсія"]
TEMPLATES_UK = {
    "nomn": "Під Куп'янськом загинув кубинець {}.",
    "gent": "Стало відомо про загибель кубинця {} з Гавани.",
    "accs": "У Рязані поховали кубинця {}, який загинув під Куп'янськом.",
}


def declined(name: str, case: str, lang: str) -> str:
    """``name`` as Russian or Ukrainian declines a man's foreign name (independently of the
    extractor): a consonant takes -а/-у/-ом, -а takes -ы (-и)/-е/-у/-ой, -ия -ии/-ию/-ией,
    other vowels stay."""
    out = []
    for w in name.split():
        if case == "nomn" or w[-1] in "оиеуэі":
            out.append(w)
        elif w.endswith(("ия", "ія")):
            stem, i = w[:-2], w[-2]
            out.append(stem + {"gent": i + ("и" if lang == "ru" else "ї"), "datv": i + "и",
                               "accs": i + "ю", "ablt": i + "ей"}[case])
        elif w.endswith("а"):
            s = w[:-1]
            gent = "и" if lang == "uk" or s[-1] in "гкхжшчщ" else "ы"
            out.append(s + {"gent": gent, "datv": "е", "accs": "у", "ablt": "ой"}[case])
        else:
            out.append(w + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом"}[case])
    return " ".join(out)


def _names(text: str) -> list[tuple[str, str]]:
    return [(p["surname"], p["given_name"]) for p in extract_text(text, None, "2024-05-01")]


@pytest.mark.parametrize(("given", "surname", "case"),
                         list(itertools.product(GIVEN_RU, SURNAMES_RU, TEMPLATES_RU)))
def test_russian_double_surnames_in_every_case(given: str, surname: str, case: str) -> None:
    text = TEMPLATES_RU[case].format(declined(f"{given} {surname}", case, "ru"))
    assert _names(text) == [(surname, given)]


@pytest.mark.parametrize(("given", "surname", "case"),
                         list(itertools.product(GIVEN_UK, SURNAMES_UK, TEMPLATES_UK)))
def test_ukrainian_double_surnames_in_every_case(given: str, surname: str, case: str) -> None:
    text = TEMPLATES_UK[case].format(declined(f"{given} {surname}", case, "uk"))
    assert _names(text) == [(surname, given)]


@pytest.mark.parametrize(("text", "name"), [
    ("Разом із ним здався азербайджанець Ельвін Расім огли Мамедов, 31 рік.",
     ("Мамедов", "Ельвін", "Расім огли")),
    ("Погиб азербайджанец Эльвин Расим оглы Мамедов, 31 год.",
     ("Мамедов", "Эльвин", "Расим оглы")),
    ("The body of Jasurbek Anvar ugli Tursunov, 25, was flown home after he was killed near "
     "Avdiivka.", ("Tursunov", "Jasurbek", "Anvar ugli")),
    ("Tursunov Jasurbek Anvar ugli, 25, was killed near Avdiivka.",
     ("Tursunov", "Jasurbek", "Anvar ugli")),
    ("Elvin Rasim oglu Mammadov, an Azerbaijani, was captured near Chasiv Yar.",
     ("Mammadov", "Elvin", "Rasim oglu")),
])
def test_a_turkic_fathers_name_sits_between_given_name_and_surname(
        text: str, name: tuple[str, str, str]) -> None:
    got = [(p["surname"], p["given_name"], p["patronymic"])
           for p in extract_text(text, None, "2024-05-01")]
    assert got == [name]


@pytest.mark.parametrize(("name", "given", "surname"), [
    ("Прадипа Тхапу", "Прадип", "Тхапа"),
    ("Нувана Переру", "Нуван", "Перера"),
    ("Рама Бахадура Шрестху", "Рам Бахадур", "Шрестха"),
    ("Ракеша Кумара Тхапу", "Ракеш Кумар", "Тхапа"),
])
def test_a_foreign_surname_in_a_takes_u_in_the_accusative(
        name: str, given: str, surname: str) -> None:
    """The animate accusative: a man's given name in a consonant looks like his genitive
    ("Прадипа"), his surname in -а takes -у ("Тхапу")."""
    text = f"В Катманду похоронили непальца {name}, погибшего под Бахмутом."
    assert _names(text) == [(surname, given)]
