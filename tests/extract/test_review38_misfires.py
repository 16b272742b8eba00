"""Hard negatives for this round's rules, each beside a sentence where the rule must still
fire: a survivor told after another's dated death but at another time ("через неделю",
"ещё весной", "a week later") or at another place ("ранен под Бахмутом") takes no day of that
death; walking out to positions not named as a side's ("к позициям соседней бригады", "к
военкоматам", "из окружения") is no capture; a parent's "кончина" is no cue for the place of
the person's death; a month at a line's end and a count opening the next line make no date."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

PUB = date(2024, 9, 5)


def _person(text: str, lang: str, surname: str, given: str | None = None) -> dict[str, object]:
    found = [m for m in extract_text(text, lang, PUB) if m["surname"] == surname
             and (given is None or m["given_name"] == given)]
    assert found, f"no {surname}"
    return found[0]


@pytest.mark.parametrize("text, lang, surname, given", [
    # another time
    ("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Через неделю его сослуживец Иван "
     "Сидоров был ранен.", "ru", "Сидоров", None),
    ("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Спустя месяц его сослуживец Иван "
     "Сидоров попал в плен.", "ru", "Сидоров", None),
    ("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Позже его сослуживец Иван Сидоров "
     "пропал без вести.", "ru", "Сидоров", None),
    ("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Его сослуживец Иван Сидоров попал в "
     "плен ещё весной.", "ru", "Сидоров", None),
    ("Солдат Олег Бондар загинув 12 червня під Покровськом. Через два тижні його побратим "
     "Іван Ткачук отримав поранення.", "uk", "Ткачук", None),
    ("Солдат Олег Бондар загинув 12 червня під Покровськом. Його брат Іван Бондар зник "
     "безвісти ще навесні.", "uk", "Бондар", "Іван"),
    ("Private Ivan Sokolov was killed on May 12 near Robotyne. A week later his comrade "
     "Pavel Orlov was wounded.", "en", "Orlov", None),
    ("Private Ivan Sokolov was killed on May 12 near Robotyne. His brother Pavel Sokolov was "
     "wounded in Bakhmut last winter.", "en", "Sokolov", "Pavel"),
    # another place
    ("Рядовой Олег Бондарь погиб 12 июня под Авдеевкой. Его брат Иван Бондарь был ранен в "
     "Херсонской области и сейчас на лечении.", "ru", "Бондарь", "Иван"),
    ("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Его сын Иван Сидоров тоже на фронте, "
     "он был ранен под Бахмутом.", "ru", "Сидоров", None),
    ("Солдат Олег Бондар загинув 12 червня під Покровськом. Його побратим Іван Ткачук "
     "отримав поранення під Бахмутом.", "uk", "Ткачук", None),
])
def test_a_survivor_at_another_time_or_place_takes_no_day(text: str, lang: str, surname: str,
                                                          given: str | None) -> None:
    p = _person(text, lang, surname, given)
    assert p["status"] in ("wounded", "captured", "missing")
    assert "2024-06-12" not in (p["other_dates"] or {}).values()
    assert "2024-05-12" not in (p["other_dates"] or {}).values()


@pytest.mark.parametrize("text, lang, surname, day", [
    # where he was taken is no other place: the day stands
    ("Утром 3 мая в результате обстрела Шебекино погиб 54-летний Олег Тимохин. Его соседа, "
     "48-летнего Андрея Лукина, с осколочными ранениями доставили в больницу Белгорода.",
     "ru", "Лукин", "2024-05-03"),
    ("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Его сослуживец Иван Сидоров был ранен "
     "там же и эвакуирован в Донецк.", "ru", "Сидоров", "2024-06-12"),
    ("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Ещё один боец, Иван Сидоров, был "
     "ранен.", "ru", "Сидоров", "2024-06-12"),
    # his service at large, but the same day told outright
    ("Сержант Олег Петров погиб 12 июня под Авдеевкой. Его брат Иван Петров служил с ним в "
     "одном батальоне, в тот же день получил тяжёлое ранение.", "ru", "Петров Иван", "2024-06-12"),
])
def test_a_survivor_taken_elsewhere_keeps_the_day(text: str, lang: str, surname: str,
                                                  day: str) -> None:
    p = _person(text, lang, *surname.split())
    assert (p["other_dates"] or {}).get("wounded") == day


def test_another_fighter_wounded_in_the_same_strike_shares_its_place() -> None:
    p = _person("Рядовой Олег Петров погиб 12 июня под Авдеевкой. Ещё один боец, Иван "
                "Сидоров, был ранен.", "ru", "Сидоров")
    assert p["place_of_death"] == "Авдеевка"


@pytest.mark.parametrize("text, lang, surname", [
    ("Рядовой Иван Сидоров 5 марта вышел к позициям соседнего подразделения после трёх "
     "суток в окружении.", "ru", "Сидоров"),
    ("Рядовой Иван Сидоров 5 марта вышел из окружения к позициям своего батальона.",
     "ru", "Сидоров"),
    ("Рядовой Иван Сидоров 5 марта вышел к окопам 3-го батальона, где его встретили "
     "товарищи.", "ru", "Сидоров"),
    ("Рядовой Иван Сидоров 5 марта вышел к военным комиссариатам, чтобы записаться "
     "добровольцем.", "ru", "Сидоров"),
    ("Солдат Іван Ткачук 5 березня вийшов до позицій сусідньої бригади після трьох діб в "
     "оточенні.", "uk", "Ткачук"),
    ("Солдат Іван Ткачук 5 березня вийшов з оточення до українських позицій.", "uk", "Ткачук"),
])
def test_walking_out_to_positions_of_no_side_is_no_capture(text: str, lang: str,
                                                           surname: str) -> None:
    assert _person(text, lang, surname)["status"] != "captured"


@pytest.mark.parametrize("text, lang, surname", [
    ("Рядовой Иван Сидоров 5 марта вышел к позициям ВСУ и сложил оружие.", "ru", "Сидоров"),
    ("Рядовой Иван Сидоров 5 марта вышел к позициям противника.", "ru", "Сидоров"),
    ("Солдат Антон Ерёмин 5 марта вышел к российским штурмовикам.", "ru", "Ерёмин"),
])
def test_walking_out_to_a_sides_positions_is_a_capture(text: str, lang: str,
                                                       surname: str) -> None:
    p = _person(text, lang, surname)
    assert p["status"] == "captured"
    assert (p["other_dates"] or {}).get("captured") == "2024-03-05"


@pytest.mark.parametrize("text", [
    "Рядовой Иван Сидоров погиб 3 мая. После кончины матери в Твери он жил у бабушки.",
    "Рядовой Иван Сидоров погиб 3 мая. После кончины своей жены в Твери он ушёл добровольцем.",
    "Рядовой Иван Сидоров погиб 3 мая. После кончины отца в Туле в 2019 году он переехал.",
])
def test_a_kinsmans_death_noun_is_no_place_cue(text: str) -> None:
    assert not _person(text, "ru", "Сидоров")["place_of_death"]


def test_his_own_death_noun_still_gives_the_place() -> None:
    p = _person("Рядовой Иван Сидоров скончался 3 мая. Кончина наступила в госпитале "
                "Ростова.", "ru", "Сидоров")
    assert "Ростов" in str(p["place_of_death"])


def test_a_month_at_a_lines_end_and_a_count_make_no_day() -> None:
    p = _person("Deaths confirmed in August\n15 servicemen from the region were buried. "
                "Private Ivan Sokolov was one of them.", "en", "Sokolov")
    assert "2024-08-15" not in (p["other_dates"] or {}).values()
