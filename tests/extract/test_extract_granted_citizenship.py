"""A grant of Russian citizenship in English and Ukrainian in any order of its words
("obtained Russian citizenship in 2021", "was granted a Russian passport", "російське
громадянство отримав у січні", "отримав громадянство Росії"): RU unless the text states a
foreign citizenship; not a grant denied, promised, or a relative's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def citizenship(text: str, lang: str) -> object:
    people = extract_text(text, lang, "2024-06-01")
    assert len(people) == 1
    return people[0]["citizenship"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mohamed Abdullayev, a native of Tajikistan, obtained Russian citizenship in 2021 and "
         "was killed near Bakhmut.", "en"),
        ("Bakhrom Karimov, born in Uzbekistan, was granted a Russian passport in 2022; he was "
         "killed near Avdiivka in May.", "en"),
        ("Rustam Nazarov, who was born in Dushanbe, acquired Russian nationality in 2020 and "
         "went missing near Robotyne.", "en"),
        ("Timur Rakhimov, born in Khujand, was killed in August near Kreminna. His Russian "
         "citizenship had been granted in May.", "en"),
        ("Dilshod Yusupov, who got a Russian passport two years ago, was killed near "
         "Pokrovsk.", "en"),
        ("Абдуллаєв Мохамед, уродженець Таджикистану; російське громадянство отримав у січні "
         "2023 р., загинув 18 травня 2023 р. під Бахмутом.", "uk"),
        ("Уродженець Таджикистану Мохамед Абдуллаєв отримав громадянство Росії у 2021 році й "
         "загинув під Бахмутом.", "uk"),
        ("Уродженець Узбекистану Бахром Каримов, якому у 2022 році видали паспорт громадянина "
         "РФ, загинув під Бахмутом.", "uk"),
        ("Азамат Токтогулов народився в Оші, громадянство Російської Федерації оформив у "
         "2020 році, загинув під Кремінною.", "uk"),
        ("Тимур Рахімов, який набув громадянства Росії 2019 року, загинув під Покровськом.",
         "uk"),
    ],
)
def test_a_grant_of_russian_citizenship(text: str, lang: str) -> None:
    assert citizenship(text, lang) == "RU"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Azamat Toktogulov, a native of Kyrgyzstan, never obtained Russian citizenship; he "
         "was killed near Bakhmut.", "en"),
        ("Azamat Toktogulov, a native of Kyrgyzstan, was promised Russian citizenship and was "
         "killed near Bakhmut.", "en"),
        ("Уродженець Киргизстану Азамат Токтогулов, який так і не отримав громадянство "
         "Росії, загинув під Бахмутом.", "uk"),
    ],
)
def test_no_russia_without_a_grant(text: str, lang: str) -> None:
    assert citizenship(text, lang) is None


def test_a_stated_origin_stays() -> None:
    text = ("Nepali citizen Bishnu Gurung, who obtained Russian citizenship in March, was "
            "killed near Bakhmut.")
    assert citizenship(text, "en") == "NP"
