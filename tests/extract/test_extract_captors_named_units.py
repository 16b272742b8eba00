"""The formation that took a man prisoner or killed him is not his unit, also when it is named
after someone ("36-ї бригади … імені контрадмірала Михайла Білинського взяли в полон") — the
verb is read after the namesake — and in English, where no "Ukraine's" marks it ("soldiers
of the 3rd Assault Brigade captured …", "surrendered to troops of the 47th Brigade"). A
formation he served in, named after someone or not, stays his."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

CAPTORS = [
    ("Бійці 36-ї окремої бригади морської піхоти імені контрадмірала Михайла Білинського "
     "взяли в полон російського десантника Олега Федотова з Пскова.", "uk"),
    ("Воїни 24-ї окремої механізованої бригади імені короля Данила захопили в полон "
     "мобілізованого Івана Зотова з Саратова.", "uk"),
    ("Оператори 24-ї окремої механізованої бригади імені короля Данила ліквідували "
     "росіянина Івана Зотова з Саратова.", "uk"),
    ("Захисники 93-ї окремої механізованої бригади імені Героя України Олексія Мазура "
     "полонили контрактника Дениса Орлова з Курська.", "uk"),
    ("Бойцы 36-й отдельной бригады морской пехоты имени контр-адмирала Михаила "
     "Билинского взяли в плен десантника Олега Федотова из Пскова.", "ru"),
    ("Морпехи 35-й отдельной бригады морской пехоты имени контр-адмирала Михаила "
     "Остроградского пленили контрактника Дениса Орлова из Курска.", "ru"),
    ("Fighters of the 3rd Separate Assault Brigade captured Russian contract soldier Pavel "
     "Sidorov from Bryansk.", "en"),
    ("Soldiers of the 36th Separate Marine Brigade named after Rear Admiral Mykhailo "
     "Bilynskyi captured Russian paratrooper Oleg Fedotov from Pskov.", "en"),
    ("Pavel Sidorov, a contract soldier from Bryansk, surrendered to troops of the 47th "
     "Mechanized Brigade near Avdiivka.", "en"),
    ("Russian private Denis Orlov was taken prisoner by the 93rd Mechanized Brigade near "
     "Bakhmut.", "en"),
    ("Troops of the 92nd Assault Brigade took a Russian mobilised soldier, Ivan Zotov, "
     "prisoner near Kupiansk.", "en"),
    ("Soldiers of the 3rd Assault Brigade took two prisoners near Klishchiivka. The second "
     "captive, Russian convict Andrei Kozhin from Syktyvkar, said he had joined the army.",
     "en"),
]


@pytest.mark.parametrize(("text", "lang"), CAPTORS)
def test_captors_formation_is_not_his(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["unit"] is None


OWN = [
    ("Старший сержант Тарас Коваль з 36-ї окремої бригади морської піхоти імені "
     "контрадмірала Михайла Білинського загинув під Кринками.", "uk",
     "36-та окрема бригада морської піхоти імені контрадмірала Михайла Білинського"),
    ("Pavel Sidorov of the 155th Naval Infantry Brigade was captured near Vuhledar.", "en",
     "155th Naval Infantry Brigade"),
    ("Private Pavel Sidorov, who served with the 64th Motor Rifle Brigade, was captured by "
     "soldiers of the 92nd Assault Brigade.", "en", "64th Motor Rifle Brigade"),
    ("Ukraine's 79th Air Assault Brigade took prisoner a Russian marine, Senior Sailor "
     "Yegor Panov of the 155th Naval Infantry Brigade.", "en",
     "155th Naval Infantry Brigade"),
]


@pytest.mark.parametrize(("text", "lang", "unit"), OWN)
def test_his_own_formation_stays(text: str, lang: str, unit: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["unit"] == unit
