"""A fate told of a counted group in a sentence that names no one ("взяли в плен двух бойцов",
"took two prisoners", "погибли трое бойцов") goes to the members the next sentences enumerate
("Первый — …", "Второй — …", "The second captive, …", "Another, …") — in Russian, Ukrainian
and English. A sentence that opens with "Второй" after one naming a person is no member."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

GROUPS = [
    ("Военнослужащие одной из бригад ВСУ взяли в плен под Волчанском двух бойцов российской "
     "армии. Первый — 34-летний шри-ланкиец Чаминда Сампат Перера. Второй — Андрей "
     "Витальевич Сухоруков, 1979 г.р., из Ростовской области.", "ru", "captured", 2),
    ("Soldiers of Ukraine's 3rd Separate Assault Brigade took two prisoners near Klishchiivka "
     "on 17 April. One is a Sri Lankan citizen, Kasun Chaminda Perera, 36. The second "
     "captive, Russian convict Andrei Kozhin from Syktyvkar, said he had joined the army.",
     "en", "captured", 2),
    ("Под Кременной погибли трое бойцов из Бурятии. Первый — рядовой Баир Цыренов из Кяхты. "
     "Второй — ефрейтор Аюр Дашиев из Улан-Удэ. Третий — сержант Саян Бадмаев из Агинского.",
     "ru", "killed", 3),
    ("Ukrainian forces captured two Russian soldiers near Robotyne. One of them, Denis Frolov "
     "from Saratov, was mobilised in 2022. Another, Stepan Ivakin, is a contract soldier.",
     "en", "captured", 2),
    ("На Донбассе пропали без вести двое мобилизованных из Омска. Первый — Игорь Лыков, 35 "
     "лет. Второй — Денис Рябов, 41 год.", "ru", "missing", 2),
    ("В плен попали трое контрактников из Курска. Первый — Олег Лаптев. Второй — Игорь "
     "Мухин. Третий — Павел Зотов.", "ru", "captured", 3),
    ("Ещё двое жителей Перми числятся пропавшими без вести. Первый — Антон Гуров, 30 лет. "
     "Второй — Илья Зуев, 25 лет.", "ru", "missing", 2),
    ("Под Угледаром погибли двое морпехов из Владивостока. Первый — старший матрос Егор "
     "Панов. Второй — матрос Артём Лиханов.", "ru", "killed", 2),
    ("Из плена вернулись двое военнослужащих из Бурятии. Первый — Баир Цыренов. Второй — "
     "Аюр Дашиев.", "ru", "returned", 2),
    ("В Курской области ранены двое военных. Первый — Олег Рыбин, 30 лет. Второй — Павел "
     "Зуев, 28 лет.", "ru", "wounded", 2),
    ("Ukrainian troops captured three Russian soldiers near Pokrovsk. The first, Ilya "
     "Sorokin, is 24. The third, Denis Frolov, is from Saratov.", "en", "captured", 2),
]


@pytest.mark.parametrize(("text", "lang", "status", "n"), GROUPS)
def test_every_member_gets_the_group_fate(text: str, lang: str, status: str, n: int) -> None:
    found = extract_text(text, lang, "2024-06-01")
    assert [m["status"] for m in found] == [status] * n


def test_a_named_sentence_is_no_group() -> None:
    found = extract_text("Под Бахмутом погиб рядовой Иван Петров из Тулы. Второй из его "
                         "друзей, Олег Сидоров, вернулся домой.", "ru", "2024-06-01")
    assert [(m["surname"], m["status"]) for m in found] == [("Петров", "killed")]
