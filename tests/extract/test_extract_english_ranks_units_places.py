"""English ranks in style-guide abbreviations and spelt out, numbered units named in
capitals, places of death through a hospital's town or a border region, and Ukrainian
embassies as a source of citizenship; with guards where none of these may fire."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text

PUBLISHED = "2024-12-20"


def _person(text: str, surname: str, lang: str = "en") -> dict[str, Any]:
    found = [m for m in extract_text(text, lang, PUBLISHED) if m["surname"] == surname]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "surname", "rank"),
    [
        ("Junior Sgt. Pavel Sorokin, 27, was killed near Vuhledar on March 3, 2023.",
         "Sorokin", "junior sergeant"),
        ("Staff Sgt. Oleg Vasnetsov died on May 12, 2024, his sister said.",
         "Vasnetsov", "staff sergeant"),
        ("Sr. Lt. Artyom Gulyaev was killed outside Avdiivka in October 2023.",
         "Gulyaev", "senior lieutenant"),
        ("Lt. Col. Igor Belousov died in the Kursk region in August 2024.",
         "Belousov", "lieutenant colonel"),
        ("Maj. Gen. Vladimir Zavadsky was killed in Ukraine, the governor said.",
         "Zavadsky", "major general"),
        ("Lance Cpl. Ruslan Khabibullin was killed near Marinka.",
         "Khabibullin", "lance corporal"),
        ("Pfc. Maxim Tolstykh was killed in action in Donetsk region.",
         "Tolstykh", "private first class"),
        ("1st Lt. Kirill Polyakov was killed in Kharkiv region in May 2024.",
         "Polyakov", "first lieutenant"),
        ("Brig. Gen. Stepan Ovcharov died near Kreminna, the ministry said.",
         "Ovcharov", "brigadier general"),
        ("Col. Gen. Gennady Zhidko was reported killed near Kupiansk.",
         "Zhidko", "colonel general"),
        ("Master Sgt. Yuri Pankratov was killed outside Toretsk in 2024.",
         "Pankratov", "master sergeant"),
        ("Senior Lieutenant Roman Sviridov, a platoon commander, was killed outside Toretsk.",
         "Sviridov", "senior lieutenant"),
    ],
)
def test_ranks_abbreviated_and_spelt_out(text: str, surname: str, rank: str) -> None:
    assert _person(text, surname)["rank"] == rank


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Fans of Sgt. Pepper gathered in Liverpool. Ivan Sidorov, a contract soldier, "
         "was killed near Bakhmut.", "Sidorov"),
        ("Alexei Kuznetsov, who lived on Lt. Shmidt Street in Samara, was killed near "
         "Robotyne.", "Kuznetsov"),
        ("Pyotr Lukin went to school on Gen. Karbyshev Avenue in Omsk. He was killed near "
         "Bakhmut in 2023.", "Lukin"),
        ("Mark Davies, 25, a volunteer from Manchester who called himself part of Gen Z, "
         "was killed near Bakhmut.", "Davies"),
    ],
)
def test_a_rank_of_a_street_or_a_song_is_no_ones(text: str, surname: str) -> None:
    assert _person(text, surname)["rank"] is None


@pytest.mark.parametrize(
    ("text", "surname", "unit"),
    [
        ("Lance Cpl. Ruslan Khabibullin of the 1st Slavic Brigade was killed near Marinka.",
         "Khabibullin", "1st Slavic Brigade"),
        ("Sergeant Anatoly Gribov, who served with the 1st Slavic Brigade, went missing "
         "near Horlivka.", "Gribov", "1st Slavic Brigade"),
        ("Pvt. Ilya Zorin of the 11th Guards Kirkenes Brigade was killed in August 2024.",
         "Zorin", "11th Guards Kirkenes Brigade"),
        ("Junior Sgt. Pavel Sorokin of the 155th Naval Infantry Brigade was killed near "
         "Vuhledar.", "Sorokin", "155th Naval Infantry Brigade"),
        ("Anton Kurbatov, 41, a mobilized soldier in military unit 75387, was killed outside "
         "Kupiansk.", "Kurbatov", "military unit 75387"),
        ("Andrei Kolesnik, a convict recruited into Shtorm-Z, was killed near Bakhmut.",
         "Kolesnik", "Shtorm-Z"),
    ],
)
def test_units_named_in_capitals(text: str, surname: str, unit: str) -> None:
    assert _person(text, surname)["unit"] == unit


def test_a_unit_of_measure_is_no_unit() -> None:
    text = ("Vladislav Pankov, an engineer who said a kilowatt is a unit of measure his pupils "
            "loved, was killed near Bakhmut in 2023.")
    assert _person(text, "Pankov")["unit"] is None


@pytest.mark.parametrize(
    ("text", "surname", "place"),
    [
        ("Staff Sgt. Oleg Vasnetsov died in a Rostov hospital on May 12, 2024.",
         "Vasnetsov", "Rostov"),
        ("Maj. Alexei Tikhonov died of his wounds in a Belgorod hospital.",
         "Tikhonov", "Belgorod"),
        ("Pavel Surin died at a Kursk military hospital in March 2024, his mother said.",
         "Surin", "Kursk"),
        ("Cpl. Denis Ryabtsev died at a military hospital in Belgorod on Jan. 9, 2024.",
         "Ryabtsev", "Belgorod"),
        ("Private Mikhail Zuev was killed in the Belgorod border region on May 30, 2024.",
         "Zuev", "Belgorod border region"),
        ("Gen. Oleg Tsokov was killed in a missile strike on Berdyansk in July 2023.",
         "Tsokov", "Berdyansk"),
        ("Sr. Lt. Artyom Gulyaev was killed outside Avdiivka in October 2023.",
         "Gulyaev", "Avdiivka"),
    ],
)
def test_places_of_death(text: str, surname: str, place: str) -> None:
    assert _person(text, surname)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "surname", "place"),
    [
        # a hospital named after a person is no town
        ("Yegor Minin died in the Burdenko hospital in March 2024.", "Minin", None),
        # born in a hospital: no place of death
        ("Nikita Sobolev was born in a Tver hospital in 1999 and was killed near Chasiv Yar "
         "in April 2024.", "Sobolev", "Chasiv Yar"),
    ],
)
def test_hospital_guards(text: str, surname: str, place: str | None) -> None:
    assert _person(text, surname)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        ("Посольство Непалу повідомило про загибель громадянина Рама Бахадура Тапи, який "
         "воював на боці Росії.", None, "NP"),
        ("Посольство Індії повідомило, що Прадіп Кумар загинув на фронті в Україні.",
         None, "IN"),
        ("Як повідомило посольство Непалу в Москві, Біджай Гурунг загинув у Запорізькій "
         "області.", None, "NP"),
        ("Посольство Куби в Москві підтвердило загибель Хосе Ернандеса Переса.", None, "CU"),
    ],
)
def test_ukrainian_embassy_gives_citizenship(text: str, surname: str | None, code: str) -> None:
    found = extract_text(text, "uk", PUBLISHED)
    assert len(found) == 1
    assert found[0]["citizenship"] == code


@pytest.mark.parametrize(
    "text",
    [
        # Ukraine's own embassy, and an embassy that speaks of citizens in general
        "Посольство України в Непалі закликало громадян не вступати до російської армії. "
        "Загинув Ігор Петренко, мешканець Житомира.",
        "Посольство Індії звернулося до Москви з вимогою повернути громадян. Загинув Олег "
        "Смирнов з Курська.",
        "Його дружина працює в посольстві Італії. Загинув Степан Шульга з Бєлгорода.",
    ],
)
def test_ukrainian_embassy_guards(text: str) -> None:
    found = extract_text(text, "uk", PUBLISHED)
    assert found
    assert all(m["citizenship"] not in ("UA", "IN", "IT") for m in found)
