"""A place opening a Russian sentence is where someone died only when the death cue follows
it with no other verb between ("В Донецке погиб …", not "В Ижевске простились с …,
погибшим под Авдеевкой"); English homes in towns of Ukraine give their oblast ("a resident
of Kharkiv", "of Vinnytsia", "from Bila Tserkva"). Sentences written for the classes, with
guards where a rule must not fire."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str, lang: str, published: str = "2024-06-01") -> dict[str, object]:
    people = extract_text(text, lang, published)
    assert len(people) == 1, [p["name"] for p in people]
    return people[0]


@pytest.mark.parametrize(("text", "place"), [
    ("В Ижевске простились с рядовым Олегом Сидоровым, погибшим под Авдеевкой.", "Авдеевка"),
    ("В Стерлитамакском районе простились с Ильдаром Хасановым, погибшим на Купянском "
     "направлении.", "Купянское направление"),
    ("В Ульяновске простились с Павлом Зуевым, погибшим в Запорожской области.",
     "Запорожская область"),
    ("В селе Кармаскалы похоронили Рустама Галиева, погибшего в зоне СВО.", "зона СВО"),
    ("В Чите вчера проводили в последний путь сержанта Артёма Белова, погибшего под "
     "Бахмутом.", "Бахмут"),
    # guards: the place before the cue with nothing but the cue between stays
    ("В Донецке погиб рядовой Иван Петров.", "Донецк"),
    ("В Белгороде при обстреле погибла Анна Соколова.", "Белгород"),
    ("Под Угледаром 5 мая погиб сержант Магомед Алиев.", "Угледар"),
])
def test_farewell_place_is_no_place_of_death(text: str, place: str) -> None:
    assert _one(text, "ru")["place_of_death"] == place


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("Oleksandr Kovalenko, a resident of Kharkiv, was killed near Bakhmut.", "Kharkiv",
     "UA-63"),
    ("Killed near Pokrovsk: Taras Melnyk, 41, of Vinnytsia.", "Vinnytsia", "UA-05"),
    ("Ihor Bondar, from Kremenchuk, died in the Donetsk region.", "Kremenchuk", "UA-53"),
    ("Andriy Lys, a native of Bila Tserkva, was killed near Avdiivka.", "Bila Tserkva",
     "UA-32"),
    ("Pavel Orlov, a resident of Makiivka, was killed near Avdiivka.", "Makiivka", "UA-14"),
    # guards: a Russian town is Russia's; a town abroad has no region
    ("Private Sergei Volkov of Chelyabinsk was killed in the Donetsk region.", "Chelyabinsk",
     "RU-CHE"),
    ("Kasun Perera, from Kurunegala in Sri Lanka, was killed near Kreminna.", "Kurunegala",
     None),
])
def test_english_home_in_ukraine(text: str, settlement: str, region: str | None) -> None:
    person = _one(text, "en")
    assert (person["settlement"], person["region"]) == (settlement, region)


@pytest.mark.parametrize(("text", "settlement", "region"), [
    # a village of two words whose adjective is soft
    ("Погиб уроженец села Нижняя Иволга Иволгинского района Бурятии Баир Дашиев.",
     "Нижняя Иволга", "RU-BU"),
    ("Житель села Верхнее Кужебаево Андрей Ефимов погиб в зоне СВО.", "Верхнее Кужебаево",
     None),
    ("Погиб житель деревни Синее Озеро Иван Попов.", "Синее Озеро", None),
    # the region named right after a town outweighs the table's town of that name
    ("Уроженец поселка Октябрьский Пермского края Михаил Попов погиб.", "Октябрьский",
     "RU-PER"),
    # guards: the table's region when the region after it is the same or none is named
    ("Погиб житель Шадринска Курганской области Иван Попов.", "Шадринск", "RU-KGN"),
    ("Погиб Иван Попов из Белово, Кемеровская область.", "Белово", "RU-KEM"),
    ("Погиб житель Кумертау Ринат Юсупов.", "Кумертау", "RU-BA"),
])
def test_russian_village_and_its_region(text: str, settlement: str, region: str | None) -> None:
    person = _one(text, "ru")
    assert (person["settlement"], person["region"]) == (settlement, region)
