"""Ukrainian homes and places of death by their administrative units: a community, its council
or a district named after its town gives the town's oblast ("Тетіївська міська рада",
"житель Оржицької громади", "с. Ставки Бердичівського району"); an oblast after a village's
district ("села Лука Білоцерківського району Київської області"); a village's name the
dictionary has as a plural stays as written ("села Ставки", "села Борсуки"); a town the
table has is no larger Russian town of like consonants ("Тетієва" is no Тутаев); a district
or an oblast where someone died ("загинув у Бахмутському районі"). Sentences written for
the classes, with guards where a rule must not fire."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.uk_communities import find_communities, oblast_of


def _one(text: str, published: str = "2024-06-01") -> dict[str, object]:
    people = extract_text(text, "uk", published)
    assert len(people) == 1, [p["name"] for p in people]
    return people[0]


@pytest.mark.parametrize(("adjective", "code"), [
    ("Тетіївська", "UA-32"),
    ("Хмільницького", "UA-05"),
    ("Білоцерківського", "UA-32"),
    ("Старосинявської", "UA-68"),
    ("Лановецька", "UA-61"),
    ("Оржицької", "UA-53"),
    ("Світловодській", "UA-35"),
    ("Коломийської", "UA-26"),
    ("Кременчуцького", "UA-53"),
    ("Кременецької", "UA-61"),
    ("Бердичівський", "UA-18"),
    ("Звенигородської", "UA-71"),
    # guards: adjectives of no one town
    ("Покровського", None),
    ("Центральної", None),
    ("Першої", None),
])
def test_oblast_of_adjective(adjective: str, code: str | None) -> None:
    with language("uk"):
        assert oblast_of(adjective) == code


@pytest.mark.parametrize(("text", "region", "settlement"), [
    # a council's or community's announcement: the oblast of its town, the village stated
    ("Тетіївська міська рада. Сумна звістка. 14 липня загинув наш земляк, старший солдат "
     "Олександр Гребенюк, мешканець села Кошів.", "UA-32", "Кошів"),
    ("Лановецька міська рада з глибоким сумом повідомляє, що загинув житель села Борсуки, "
     "солдат Олег Кравчук.", "UA-61", "Борсуки"),
    ("Старосинявська селищна громада у скорботі: під Авдіївкою загинув Петро Ковальчук.",
     "UA-68", None),
    # a home cue before the community
    ("Загинув житель Оржицької громади Петро Гончаренко.", "UA-53", None),
    ("На фронті загинув Василь Мороз із Хмільницької територіальної громади.", "UA-05", None),
    # a village and its district; its oblast after the district
    ("Загинув Ігор Лис, мешканець села Ставки Бердичівського району.", "UA-18", "Ставки"),
    ("Загинув мешканець села Ставки Бердичівського району Житомирської області Олександр "
     "Ковальчук.", "UA-18", "Ставки"),
    ("З села Лука Білоцерківського району Київської області був родом Дмитро Ткачук, який "
     "загинув біля Часового Яру.", "UA-32", "Лука"),
    ("Помер Степан Гуменюк, житель села Пилипи, Кременчуцького району, Полтавської області.",
     "UA-53", "Пилипи"),
    # a town of the table in any case: not a Russian town of like consonants
    ("Загинув Олександр Гребенюк, житель Тетієва.", "UA-32", "Тетіїв"),
    ("Ми жили у Світловодську. Олександр Бондар загинув під Костянтинівкою.", "UA-35",
     "Світловодськ"),
    ("Загинув уродженець Кременця Андрій Шевчук.", "UA-61", "Кременець"),
])
def test_home_by_community(text: str, region: str, settlement: str | None) -> None:
    person = _one(text)
    assert person["region"] == region
    assert person["settlement"] == settlement


@pytest.mark.parametrize("text", [
    # a district where someone died, fought or was buried is no home
    "Петро Гончаренко загинув у Бахмутському районі.",
    "Іван Коваль загинув у боях у Покровському районі.",
    "Андрій Жук служив у Ізюмському районі, там і загинув.",
    "Сергій Бондар зник безвісти у Вовчанському районі.",
    "Тарас Мельник потрапив у полон у Бахмутському районі.",
    "Олексій Гуменюк працював у Кулундинському районі, загинув під Бахмутом.",
])
def test_district_of_death_is_no_home(text: str) -> None:
    assert _one(text)["region"] is None


def test_no_community_without_a_town() -> None:
    with language("uk"):
        assert find_communities("Центральна міська рада повідомляє.") == []


@pytest.mark.parametrize(("village", "nominative"), [
    ("Ставки", "Ставки"),
    ("Борсуки", "Борсуки"),
    ("Кринки", "Кринки"),
    # guards: a village in the genitive goes back to its nominative
    ("Іванівки", "Іванівка"),
    ("Дубрівки", "Дубрівка"),
])
def test_plural_village_names(village: str, nominative: str) -> None:
    assert _one(f"Загинув мешканець села {village} Петро Бондар.")["settlement"] == nominative


@pytest.mark.parametrize(("text", "place"), [
    ("Петро Гончаренко загинув у Бахмутському районі.", "Бахмутський район"),
    ("Житель Бурятії Баир Цидендамбаєв загинув у Харківській області.", "Харківська область"),
    ("Олег Мороз помер від поранень у Покровському районі Донецької області.",
     "Покровський район"),
    ("У Вовчанському районі 5 травня загинув солдат Ігор Ткач.", "Вовчанський район"),
    # a village is more precise than its oblast
    ("У Курській області біля села Любимівка загинув Іван Сидоренко.", "Любимівка"),
])
def test_district_or_oblast_of_death(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize("text", [
    # guards: an oblast someone lived or was born in, or where he is buried
    "Іван Сидоренко, який жив у Сумській області, загинув 3 березня.",
    "Загинув Олег Бойко, він народився у Полтавській області.",
    "Загинув Петро Ткачук. Поховали Героя у Вінницькій області.",
])
def test_oblast_of_life_is_no_place_of_death(text: str) -> None:
    assert _one(text)["place_of_death"] is None


@pytest.mark.parametrize(("text", "settlement", "region"), [
    # a Ukrainian town whose "к" turns to "ц" in the locative, and the town spelt most alike
    ("Загинув Петро Сорока. Родина прожила у Кременчуці до 2022 року.", "Кременчук", "UA-53"),
    ("Загинув житель Хмільника Іван Коваль.", "Хмільник", "UA-05"),
    ("Загинув уродженець Кременця Андрій Шевчук.", "Кременець", "UA-61"),
    # a Russian town's fleeting vowel comes back in the nominative
    ("Загинув Іван Коваль, житель Єльця.", "Єлець", "RU-LIP"),
    # guards: Russian towns written in Ukrainian stay theirs
    ("Загинув Іван Коваль, житель Орла.", "Орел", "RU-ORL"),
    ("Загинув житель Пермі Іван Коваль.", "Перм", "RU-PER"),
])
def test_town_spelt_most_alike(text: str, settlement: str, region: str) -> None:
    person = _one(text)
    assert (person["settlement"], person["region"]) == (settlement, region)


@pytest.mark.parametrize(("text", "region"), [
    # a land named after its town gives the town's oblast
    ("Захисник із Коломийщини Іван Стефанюк загинув під Бахмутом.", "UA-26"),
    ("Загинув уродженець Ніжинщини Петро Коваль.", "UA-74"),
    ("Загинув Степан Бойко зі Звенигородщини.", "UA-71"),
    # and one named after its oblast's centre, the oblast
    ("Загинув Петро Коваль з Полтавщини.", "UA-53"),
])
def test_land_of_a_town(text: str, region: str) -> None:
    assert _one(text)["region"] == region


def test_land_of_death_is_no_home() -> None:
    person = _one("Загинув Петро Коваль на Донеччині.")
    assert (person["region"], person["place_of_death"]) == (None, "Донеччина")


def test_district_of_birth_is_home_beside_a_district_of_death() -> None:
    person = _one("Олег Мороз з Кулундинського району загинув у боях у Покровському районі.")
    assert person["region"] == "RU-ALT"
