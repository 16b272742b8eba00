"""Guards on rules that reached too far: a surname that is also a unit's word, an aside dating
the news, leaving for the front at an age, a relative's age, a part of a month named before, an
English weekday with an irregular verb, a funeral after publication, a body after a
preposition, a clause with its verb left out, an English list ending at its clause, a relative's
death noun, a rank of a school team, and a name written a thousand times."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import diminutives, extract_text, persons
from headcount.extract.forces import force_spans


def found(text: str, lang: str) -> list[dict[str, Any]]:
    return extract_text(text, lang, "2024-06-01")


def one(text: str, lang: str) -> dict[str, Any]:
    people = found(text, lang)
    assert len(people) == 1, people
    return people[0]


def by_surname(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in found(text, lang)}


# 1. a surname that is also a unit's word


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Рядовой Олег Шторм погиб 3 мая 2024 года в зоне СВО.", "ru", "Шторм"),
    ("Ефрейтор Кирилл Шторм скончался от ран 12 апреля 2024 года.", "ru", "Шторм"),
    ("Сержант Олег Шторм загинув 3 травня 2024 року.", "uk", "Шторм"),
])
def test_a_surname_that_is_a_unit_word_stays_a_name(text: str, lang: str, surname: str) -> None:
    m = one(text, lang)
    assert m["surname"] == surname
    assert m.get("unit") is None
    assert m["status"] == "killed"


@pytest.mark.parametrize(("text", "force"), [
    ("Боец отряда «Шторм» Сергей Лапин", "«Шторм"),
    ("рядовой Шторм Z Фёдор Федоров", "Шторм Z"),
    ("боец штурмового отряда Шторм Z Сергей Лапин", "отряда Шторм Z"),
    ("боец загону Шторм Іван Бойко", "загону Шторм"),
])
def test_a_unit_named_storm_is_still_a_force(text: str, force: str) -> None:
    assert force in [text[a:b] for a, b in force_spans(text)]


@pytest.mark.parametrize("text", ["рядовой Олег Шторм", "Сержант Олег Шторм загинув",
                                  "семья Шторм из Омска"])
def test_a_bare_storm_is_no_force(text: str) -> None:
    assert not any("Шторм" in text[a:b] for a, b in force_spans(text))


def test_a_quoted_unit_still_leaves_the_name() -> None:
    m = one("Боец отряда «Шторм» Сергей Лапин погиб 3 мая 2024 года.", "ru")
    assert m["surname"] == "Лапин"


# 2. an aside on the source dates the news


@pytest.mark.parametrize("text", [
    "Как стало известно 12 марта, рядовой Иван Петров погиб в зоне СВО.",
    "Как стало известно 2 апреля, младший сержант Павел Котов погиб под Авдеевкой.",
    "Як стало відомо 14 березня, солдат Іван Петренко загинув на Донеччині.",
])
def test_an_aside_with_a_date_dates_no_death(text: str) -> None:
    m = one(text, "uk" if "Як" in text else "ru")
    assert m["death_date"] is None
    assert m["status"] == "killed"


def test_an_aside_before_the_date_leaves_the_death_date() -> None:
    m = one("Как стало известно, 5 марта погиб рядовой Иван Петров.", "ru")
    assert m["death_date"] == "2024-03-05"


# 3. a verb-first age needs a death verb


@pytest.mark.parametrize("text", [
    "Иван Петров ушёл добровольцем в 45 лет. Он погиб 3 мая 2024 года.",
    "Сергей Лапин ушёл на фронт в 52 года. Погиб 8 апреля 2024 года.",
    "В 38 лет Олег Котов ушёл на СВО. Погиб 2 февраля 2024 года.",
    "Андрей Котов в 41 год ушёл в армию. Погиб 2 февраля 2024 года.",
])
def test_leaving_for_the_front_at_an_age_is_no_age_at_death(text: str) -> None:
    assert one(text, "ru")["age"] is None


@pytest.mark.parametrize(("text", "age"), [
    ("Иван Петров ушёл из жизни в 45 лет. Погиб 3 мая 2024 года в зоне СВО.", 45),
    ("Сергей Лапин погиб в 52 года под Бахмутом 8 апреля 2024 года.", 52),
    ("Мария Котова ушла от нас в 61 год. Она умерла 2 февраля 2024 года.", 61),
])
def test_a_death_verb_before_the_age_still_gives_it(text: str, age: int) -> None:
    assert one(text, "ru")["age"] == age


# 4. a relative's age


@pytest.mark.parametrize(("text", "lang"), [
    ("Иван Петров погиб 3 мая 2024 года. Его сыну было 25 лет.", "ru"),
    ("Сергей Лапин погиб 8 апреля 2024 года. Его сыну Андрею было 22 года.", "ru"),
    ("Олег Котов погиб 2 февраля 2024 года. Его старшей дочери исполнилось 20 лет.", "ru"),
    ("Павел Орлов погиб 2 февраля 2024 года. Он оставил дочь 19 лет и сына 23 лет.", "ru"),
    ("Іван Петренко загинув 3 травня 2024 року. Його сину було 22 роки.", "uk"),
    ("Богдан Коваль загинув 3 травня 2024 року. Його доньці виповнилося 20 років.", "uk"),
])
def test_a_relatives_age_is_not_the_persons(text: str, lang: str) -> None:
    assert one(text, lang)["age"] is None


@pytest.mark.parametrize(("text", "lang", "age"), [
    ("Иван Петров погиб 3 мая 2024 года. Ему было 47 лет.", "ru", 47),
    ("Сергею Лапину было 39 лет. Он погиб 8 апреля 2024 года.", "ru", 39),
    ("Іван Петренко загинув 3 травня 2024 року. Йому було 42 роки.", "uk", 42),
    ("Павел Котов погиб 24 февраля 2024 года. Папе было 46 лет.", "ru", 46),
])
def test_the_persons_own_age_stays(text: str, lang: str, age: int) -> None:
    assert one(text, lang)["age"] == age


# 5. a part of "the month" after a month named


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("В марте 2024 года Иван Петров ушёл на СВО. Погиб он в конце месяца.", "ru", "2024-03"),
    ("Сергей Лапин подписал контракт 4 февраля 2024 года. Погиб он в середине месяца.",
     "ru", "2024-02"),
    ("У квітні 2024 року Іван Петренко поїхав на фронт. Загинув він наприкінці місяця.", "uk",
     "2024-04"),
])
def test_a_bare_part_of_the_month_takes_the_month_named_before(text: str, lang: str,
                                                                month: str) -> None:
    assert one(text, lang)["death_date"] == month


def test_a_part_of_the_month_with_no_month_before_is_the_publications() -> None:
    m = one("Погиб он в конце месяца. Иван Петров служил в зоне СВО.", "ru")
    assert m["death_date"] == "2024-06"


def test_this_months_part_is_still_the_publications() -> None:
    m = one("В марте 2024 года Иван Петров ушёл на СВО. Погиб он в конце этого месяца.", "ru")
    assert m["death_date"] == "2024-06"


# 6. English weekdays with irregular past verbs


@pytest.mark.parametrize("text", [
    "A memorial for Private Ivan Petrov, who fell in battle on Tuesday.",
    "A memorial for Ivan Petrov, who died on Tuesday.",
    "A funeral for Oleg Sidorov, who was shot dead on Tuesday.",
    "Memorial service for Pavel Orlov, who was hit by a drone and killed on Tuesday.",
    "A memorial for Anton Zuev, who lost his life in Ukraine on Tuesday.",
])
def test_an_irregular_past_verb_dates_the_last_weekday(text: str) -> None:
    assert one(text, "en")["death_date"] == "2024-05-28"


def test_an_announced_memorial_is_still_ahead() -> None:
    m = one("Ivan Petrov was killed in Ukraine. A memorial for him will be held on Tuesday.",
            "en")
    assert m["death_date"] is None


# 7. an English date after publication


@pytest.mark.parametrize(("text", "funeral"), [
    ("Ivan Petrov, who will be buried on 5 June, was killed near Bakhmut.", "2024-06-05"),
    ("Oleg Sidorov was killed near Avdiivka and will be buried on 7 June.", "2024-06-07"),
    ("Pavel Orlov died in Ukraine. He will be laid to rest on June 6 in Omsk.", "2024-06-06"),
])
def test_an_english_burial_to_come_is_no_death_date(text: str, funeral: str) -> None:
    m = one(text, "en")
    assert m["death_date"] is None
    assert (m["other_dates"] or {}).get("funeral") == funeral


# 8. a body after a preposition


@pytest.mark.parametrize(("text", "lang"), [
    ("Осколок попал в тело Ивана Петрова, его доставили в госпиталь.", "ru"),
    ("Сергея Лапина с ранением в тело доставили в госпиталь.", "ru"),
    ("Осколок влучив у тіло Івана Петренка, його доставили до шпиталю.", "uk"),
])
def test_a_body_after_a_preposition_is_no_death(text: str, lang: str) -> None:
    assert all(m["status"] != "killed" for m in found(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Тело Ивана Петрова доставили в Ростов.", "ru"),
    ("Вчера в Омск привезли тело Сергея Лапина.", "ru"),
    ("Тіло Івана Петренка привезли до Житомира.", "uk"),
])
def test_a_body_brought_home_is_still_a_death(text: str, lang: str) -> None:
    assert one(text, lang)["status"] == "killed"


# 9. a clause with its verb left out


@pytest.mark.parametrize(("text", "other"), [
    ("Иван Петров погиб 3 мая 2024 года под Бахмутом, а его сослуживец Антон Зуев — под "
     "Сватово.", "Зуев"),
    ("Олег Котов погиб под Бахмутом, а Павел Орлов — под Кременной.", "Орлов"),
    ("Иван Петров погиб 3 мая 2024 года, а его сослуживец Антон Зуев — днём позже.", "Зуев"),
    ("Иван Петров погиб 3 мая 2024 года, а его брат Олег Петров — 9 мая.", "Петров"),
])
def test_a_gapped_clause_with_a_date_or_place_shares_the_death(text: str, other: str) -> None:
    people = found(text, "ru")
    assert len(people) == 2
    assert all(m["status"] == "killed" for m in people)


@pytest.mark.parametrize(("text", "surname", "place"), [
    ("Иван Петров погиб 3 мая 2024 года под Бахмутом, а его сослуживец Антон Зуев — под "
     "Сватово.", "Зуев", "Сватово"),
    ("Олег Котов погиб под Бахмутом, а Павел Орлов — под Кременной.", "Орлов", "Кременная"),
])
def test_a_gapped_clause_takes_the_place_after_its_dash(text: str, surname: str,
                                                        place: str) -> None:
    assert by_surname(text, "ru")[surname]["place_of_death"] == place


@pytest.mark.parametrize("text", [
    "Иван Петров погиб 3 мая 2024 года, а его сослуживец Антон Зуев — в больнице.",
    "Иван Петров погиб 3 мая 2024 года, а его сослуживец Антон Зуев — военный врач.",
    "Олег Котов погиб 3 мая 2024 года, а его друг Павел Орлов — учитель истории.",
])
def test_a_gapped_clause_of_a_state_shares_no_death(text: str) -> None:
    assert [m["status"] for m in found(text, "ru")] == ["killed"]


def test_a_gapped_clause_of_its_own_fate_keeps_it() -> None:
    people = by_surname("Иван Орлов погиб 3 мая 2024 года, а его брат Олег Орлов — в плену.",
                        "ru")
    assert people["Орлов"]["status"] in ("killed", "captured")
    assert sorted(m["status"] for m in found(
        "Иван Орлов погиб 3 мая 2024 года, а его брат Олег Орлов — в плену.", "ru")) == [
        "captured", "killed"]


# 10. an English list's status ends at its clause


@pytest.mark.parametrize("text", [
    "Two soldiers were killed: Ivan Petrov and Oleg Sidorov, and Pavel Orlov was wounded.",
    "Ivan Petrov and Oleg Sidorov were killed, and Pavel Orlov was wounded.",
    "Ivan Petrov and Oleg Sidorov were killed while Pavel Orlov was wounded.",
])
def test_an_english_list_status_ends_at_its_clause(text: str) -> None:
    people = by_surname(text, "en")
    assert people["Petrov"]["status"] == people["Sidorov"]["status"] == "killed"
    assert people["Orlov"]["status"] == "wounded"


@pytest.mark.parametrize("text", [
    "Among those killed were Ivan Petrov and Oleg Sidorov, while Pavel Orlov survived.",
    "Killed were Ivan Petrov and Oleg Sidorov; Pavel Orlov survived.",
])
def test_an_opening_status_is_everyones_in_its_clause_only(text: str) -> None:
    people = by_surname(text, "en")
    assert people["Petrov"]["status"] == people["Sidorov"]["status"] == "killed"
    assert "Orlov" not in people or people["Orlov"]["status"] != "killed"


@pytest.mark.parametrize("text", [
    "Ivan Petrov, Oleg Sidorov, and Pavel Orlov were killed.",
    "Three soldiers were killed: Ivan Petrov, Oleg Sidorov, and Pavel Orlov.",
])
def test_a_whole_english_list_shares_its_status(text: str) -> None:
    assert [m["status"] for m in found(text, "en")] == ["killed"] * 3


# the death of a relative named by the name after it


@pytest.mark.parametrize(("text", "lang"), [
    ("О смерти матери Ивана Петрова сообщили в сельсовете.", "ru"),
    ("После гибели отца Анна Петрова переехала в Москву.", "ru"),
    ("О смерти жены Олега Смирнова стало известно вчера. Олег Смирнов служит в зоне СВО.", "ru"),
    ("Про смерть матері Івана Петренка повідомили в сільраді.", "uk"),
])
def test_a_relatives_death_noun_is_not_the_named_ones(text: str, lang: str) -> None:
    assert all(m["status"] != "killed" for m in found(text, lang))


@pytest.mark.parametrize("text", [
    "О гибели брата Ивана Петрова сообщили в сельсовете.",
    "Сергей Козлов рассказал о гибели сослуживца Ивана Рябова.",
])
def test_a_death_noun_of_the_same_sex_is_still_the_named_ones(text: str) -> None:
    assert [m["status"] for m in found(text, "ru") if m["given_name"] == "Иван"] == ["killed"]


# a rank of a school team


@pytest.mark.parametrize("text", [
    "Ivan Petrov, captain of the school football team, was killed in Ukraine on 3 May 2024.",
    "Oleg Sidorov, a former captain of his hockey club, was killed in Ukraine on 3 May 2024.",
])
def test_a_captain_of_a_team_is_no_rank(text: str) -> None:
    assert one(text, "en")["rank"] is None


@pytest.mark.parametrize("text", [
    "Ivan Petrov, a captain of the 3rd rank, was killed in Ukraine on 3 May 2024.",
    "Anton Zuev, a guards captain of the 3rd motor rifle division, was killed on 3 May 2024.",
    "Oleg Sidorov, captain of the 57th Separate Motor Rifle Brigade, died on 3 May 2024.",
    "Oleg Sidorov, captain of the 155th Marine Brigade, was killed in Ukraine on 3 May 2024.",
    "Captain Pavel Orlov was killed in Ukraine on 3 May 2024.",
])
def test_a_military_captain_is_still_a_rank(text: str) -> None:
    assert one(text, "en")["rank"] == "captain"


# 11. a name written a thousand times


@pytest.mark.parametrize(("text", "lang"), [
    ("Ivanov Petrov " * 400, "en"),
    ("Ivanov " * 800, "en"),
    ("Иванов " * 800, "ru"),
])
def test_a_repeated_name_is_read_once_per_form(text: str, lang: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A person's parts are read on from the last reading, and a familiar-form look-up is
    made once per name: the look-ups stay few however often the name is written (they were
    one per naming per naming)."""
    calls = 0
    look_up = diminutives._latin_forms

    def counted(word: str) -> frozenset[str]:
        nonlocal calls
        calls += 1
        return look_up(word)

    monkeypatch.setattr(diminutives, "_latin_forms", counted)
    diminutives.full_forms.cache_clear()
    found(text, lang)
    assert calls < 50


def test_a_persons_parts_read_on_from_the_last_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each naming added is scored once, not once per naming already there."""
    calls = 0
    score = persons._score

    def counted(r: persons.PersonRef) -> tuple[int, int, int, int, int]:
        nonlocal calls
        calls += 1
        return score(r)

    monkeypatch.setattr(persons, "_score", counted)
    found("Ivanov Petrov " * 400, "en")
    assert calls < 10_000  # some 400 namings; read again each time, some 160,000
