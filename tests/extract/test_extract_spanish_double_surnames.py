"""Spanish double surnames in every case, Russian and Ukrainian (gold batch 22's class): the
second surname in -а declined as a man's ("Переса Мору", "Гонсалеса Ривы", "Кабрери
Ортіса"), one in -ия ("Бетанкура Гарсии"), a first surname from the common list whatever
its ending ("Бетанкур Агілар", "Рамос Гарсія"), a man's given name in -и that does not
decline ("Йосвани"); and a Turkic father's name with its particle between the given name
and the surname ("Ельвін Расім огли Мамедов", "Jasurbek Anvar ugli Tursunov")."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from headcount.extract import extract_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from names_declined import SETS, declined

GIVEN_RU = ["Йосвани", "Луис Альберто", "Дайрон", "Алексис"]
SURNAMES_RU = ["Перес Мора", "Гонсалес Рива", "Бетанкур Гарсия", "Фонсека Пупо",
               "Кабрера Ортис", "Родригес Куэста"]
TEMPLATES_RU = SETS[0][4]  # one sentence per case, the bench's
GIVEN_UK = ["Йосвані", "Дайрон", "Юнієр", "Йоенніс"]
SURNAMES_UK = ["Ернандес Кастільо", "Бетанкур Агілар", "Фонсека Пупо", "Кабрера Ортіс",
               "Родрігес Куеста", "Рамос Гарсія"]
TEMPLATES_UK = {c: SETS[1][4][c] for c in ("nomn", "gent", "accs")}


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
