"""Lone words that name no one — a soldier's category, a town after a preposition of place
— a son told apart by his place among a family's children, and a relative whose own name
reads as a genitive after "his sister"."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str = "ru", published: str = "2024-09-05") -> list[dict[str, Any]]:
    return extract_text(text, lang, published)


@pytest.mark.parametrize("word", ["Срочник", "Призывник", "Резервист", "Ополченец", "Курсант"])
def test_a_soldiers_category_opening_a_sentence_is_no_one(word: str) -> None:
    text = (f"В Кызыле простились с рядовым Айдыном Монгушем. {word}, призванный весной 2024 "
            "года из села Бай-Хаак, погиб 27 августа при обстреле в Курской области.")
    found = people(text)
    assert [m["surname"] for m in found] == ["Монгуш"]
    assert found[0]["status"] == "killed" and found[0]["death_date"] == "2024-08-27"


@pytest.mark.parametrize("word", ["Строковик", "Призовник", "Резервіст"])
def test_a_soldiers_category_in_ukrainian_is_no_one(word: str) -> None:
    text = (f"У Бурятії поховали рядового Баира Цыренова. {word}, призваний навесні 2024 "
            "року, загинув 27 серпня на Курщині.")
    assert [m["surname"] for m in people(text, "uk")] == ["Цыренов"]


@pytest.mark.parametrize(("phrase", "lang"), [
    ("погиб в тот же день у Соледара", "ru"),
    ("погиб 3 мая под Бахмутом", "ru"),
    ("погиб 3 мая близ Угледара", "ru"),
    ("загинув 3 травня біля Курахового", "uk"),
    ("загинув 3 травня під Бахмутом", "uk"),
])
def test_a_town_after_a_preposition_of_place_is_no_one(phrase: str, lang: str) -> None:
    lead = "Его одноклассник Артур Галеев" if lang == "ru" else "Його однокласник Артур Галеєв"
    text = f"{lead}, бывший десантник, {phrase}." if lang == "ru" else \
        f"{lead}, колишній десантник, {phrase}."
    found = people(text, lang)
    assert len(found) == 1, [m["name"] for m in found]
    assert found[0]["status"] == "killed"


def test_a_surname_that_is_also_a_town_is_still_read() -> None:
    text = "У Кирова остались двое детей. Рядовой Иван Киров погиб 3 мая под Бахмутом."
    found = people(text)
    assert [m["surname"] for m in found] == ["Киров"]
    assert found[0]["status"] == "killed"


@pytest.mark.parametrize(("opener", "given"), [
    ("Старший сын, 32-летний", "Максим"), ("Младший сын", "Денис"),
    ("Средний сын, рядовой", "Олег"),
])
def test_a_son_told_apart_among_a_familys_children_is_its_member(opener: str,
                                                                 given: str) -> None:
    text = (f"Семья Прохоровых из деревни Кадыбаш не знает покоя. {opener} {given}, "
            "мобилизованный в сентябре 2022 года, погиб 14 апреля под Очеретино.")
    found = people(text, published="2024-06-03")
    assert [(m["surname"], m["given_name"]) for m in found] == [("Прохоров", given)]
    assert found[0]["status"] == "killed" and found[0]["death_date"] == "2024-04-14"


def test_a_son_not_told_apart_stays_no_member() -> None:
    text = ("Семья Прохоровых из деревни Кадыбаш не знает покоя. Сын Максим рассказал, что "
            "отец погиб 14 апреля.")
    assert ("Прохоров", "Максим") not in {(m["surname"], m["given_name"])
                                        for m in people(text, published="2024-06-03")}


@pytest.mark.parametrize(("kin", "name", "lang"), [
    ("повідомила його сестра", "Абена", "uk"),
    ("повідомила його мати", "Абена", "uk"),
    ("розповіла її сестра", "Нгоза", "uk"),
    ("сообщила его сестра", "Абена", "ru"),
    ("рассказала его мать", "Нгоза Менса", "ru"),
    # a known name: the death before her words is still his, not her relative's
    ("сообщила его сестра", "Анна", "ru"),
    ("повідомила його мати", "Оксана", "uk"),
])
def test_his_relatives_own_name_is_no_genitive(kin: str, name: str, lang: str) -> None:
    if lang == "uk":
        text = ("Тіло 32-річного громадянина Гани Кваме Асанте досі не повернули родині. "
                f"Влітку 2024 року він підписав контракт, а 14 січня загинув, {kin} {name}.")
    else:
        text = ("Тело 32-летнего гражданина Ганы Кваме Асанте до сих пор не вернули семье. "
                f"Летом 2024 года он подписал контракт, а 14 января погиб, {kin} {name}.")
    found = people(text, lang, "2025-02-05")
    assert [m["surname"] for m in found] == ["Асанте"]
    assert found[0]["status"] == "killed" and found[0]["death_date"] == "2025-01-14"


def test_a_relative_named_in_the_genitive_is_still_the_one_described() -> None:
    text = "Об этом сообщила мать Ивана Петрова. Иван погиб 3 мая под Авдеевкой."
    assert [m["surname"] for m in people(text)] == ["Петров"]
