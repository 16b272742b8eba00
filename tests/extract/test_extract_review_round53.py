"""Casualties named in ways the reader passed over, and deaths that are no war's: initials
before a surname, a man's relative who tells of him, an award to his widow, a funeral
service, a body found, contact lost, a companion "together with" him, a citizen's noun before
a foreign name, a profession or a family's noun before a name, a relative's given name after
his; a veteran of an earlier war who died at home."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text

PUB = "2024-06-10"


def _people(text: str, lang: str = "ru") -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, PUB)}


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("И. С. Петров погиб 4 апреля 2024 года под Бахмутом.", "Петров", "И."),
    ("А. В. Котов, уроженец Бийска, погиб 4 апреля 2024 года.", "Котов", "А."),
    ("А.В. Голубь погиб 4 апреля 2024 года.", "Голубь", "А."),
])
def test_initials_before_a_surname_at_the_start(text: str, surname: str, given: str) -> None:
    m = _people(text)[surname]
    assert (m["given_name"], m["status"], m["death_date"]) == (given, "killed", "2024-04-04")


@pytest.mark.parametrize("kin", ["Мать", "Сестра", "Брат", "Жена"])
def test_a_relative_before_a_mans_given_name_in_the_genitive(kin: str) -> None:
    verb = "сообщил" if kin == "Брат" else "сообщила"
    ms = _people(f"{kin} Даниила Пестова {verb}, что он погиб 1 июня под Работином.")
    assert list(ms) == ["Пестов"]
    assert (ms["Пестов"]["given_name"], ms["Пестов"]["status"]) == ("Даниил", "killed")


@pytest.mark.parametrize(("text", "lang", "surnames"), [
    ("Вдове Сергея Панина вручили орден Мужества.", "ru", {"Панин"}),
    ("Губернатор вручил вдове Сергея Панина орден Мужества.", "ru", {"Панин"}),
    ("Семье Ивана Котова вручили орден Мужества.", "ru", {"Котов"}),
    ("Рідним Олега Гнатюка передали орден Мужності.", "uk", {"Гнатюк"}),
    ("Священник Игорь Смолин отпел Сергея Дубова и Виктора Кольцова.", "ru",
     {"Дубов", "Кольцов"}),
    ("Тело Ивана Котова нашли под Авдеевкой 2 марта 2024 года.", "ru", {"Котов"}),
])
def test_a_death_told_by_what_was_done_for_the_dead(text: str, lang: str,
                                                     surnames: set[str]) -> None:
    ms = _people(text, lang)
    assert set(ms) == surnames and all(m["status"] == "killed" for m in ms.values())


def test_an_award_to_a_living_man_is_no_death() -> None:
    assert _people("Ивану Котову вручили орден Мужества за бои под Бахмутом.") == {}


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Связь с Иваном Котовым пропала 5 февраля 2024 года.", "ru", "Котов", "Иван"),
    ("Зв'язок з Олегом Гнатюком обірвався 5 лютого 2024 року.", "uk", "Гнатюк", "Олег"),
    ("С индийцем Радживом Кумаром Сингхом связь пропала 5 февраля 2024 года.", "ru", "Сингх",
     "Раджив Кумар"),
])
def test_contact_lost_with_a_named_man(text: str, lang: str, surname: str, given: str) -> None:
    m = _people(text, lang)[surname]
    assert (m["given_name"], m["status"]) == (given, "missing")


@pytest.mark.parametrize(("text", "lang"), [
    ("Россиянин Олег Журавлёв попал в плен вместе с кубинцем Йоэлем Пересом.", "ru"),
    ("Вместе с россиянином Олегом Журавлёвым в плен попал кубинец Йоэль Перес.", "ru"),
    ("Разом із росіянином Олегом Журавльовим у полон потрапив кубинець Йоель Перес.", "uk"),
])
def test_a_companion_shares_the_fate_and_keeps_his_country(text: str, lang: str) -> None:
    ms = _people(text, lang)
    zh = next(m for s, m in ms.items() if s.startswith("Журавл"))
    assert (zh["status"], zh["citizenship"]) == ("captured", "RU")
    assert (ms["Перес"]["status"], ms["Перес"]["citizenship"]) == ("captured", "CU")


def test_a_day_after_taken_captive_is_no_count_of_captives() -> None:
    for day in ("12 вересня", "12.09.2024"):
        m = _people(f"Олега Журавльова взяли в полон {day}.", "uk")["Журавльов"]
        assert m["status"] == "captured"


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Санитарке Ирине Голубь было 46 лет. Она погибла 3 марта под Бахмутом.", "ru", "Голубь",
     "Ирина"),
    ("Морозу Ивану Петровичу было 46 лет. Он погиб 3 марта под Бахмутом.", "ru", "Мороз",
     "Иван"),
    ("Санінструкторка Анастасія Ільїна загинула 3 березня під Бахмутом.", "uk", "Ільїна",
     "Анастасія"),
    ("Родинам Олександра Кима та Романа Пака вручили ордени. Обидва загинули в зоні СВО.", "uk",
     "Ким", "Олександр"),
])
def test_a_noun_before_a_name_is_no_part_of_it(text: str, lang: str, surname: str,
                                               given: str) -> None:
    assert _people(text, lang)[surname]["given_name"] == given


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Мать Ильи Сомова Наталья получила извещение 5 марта. Он погиб 20 февраля 2024 года.",
     "ru", "Сомов", "Илья"),
    ("Жена Василия Крылова Анна получила извещение 20 января. Он погиб 3 января.", "ru",
     "Крылов", "Василий"),
])
def test_a_relatives_given_name_after_his_is_hers(text: str, lang: str, surname: str,
                                                  given: str) -> None:
    ms = _people(text, lang)
    assert list(ms) == [surname] and ms[surname]["given_name"] == given


@pytest.mark.parametrize(("text", "lang"), [
    ("Участник боевых действий в Чечне Алексей Волков умер 10 января 2024 года от инфаркта.",
     "ru"),
    ("Участник ликвидации аварии на ЧАЭС и ветеран Афганистана Пётр Ермаков ушёл из жизни 14 "
     "февраля 2024 года.", "ru"),
    ("Умер участник чеченской кампании Олег Лебедев, ему было 52 года.", "ru"),
    ("Учасник бойових дій в Афганістані Іван Гусєв пішов з життя 3 березня 2024 року.", "uk"),
    ("Ivan Gusev, who fought in Afghanistan in the 1980s, passed away on March 3, 2024.", "en"),
])
def test_a_veteran_of_an_earlier_war_who_died_at_home_is_no_casualty(text: str,
                                                                     lang: str) -> None:
    assert _people(text, lang) == {}


@pytest.mark.parametrize("text", [
    "Ветеран Афганистана Иван Гусев погиб в зоне СВО 3 марта 2024 года.",
    "Ветеран чеченской войны Иван Гусев, ушедший добровольцем на СВО, скончался в госпитале.",
    "Ветеран Афганистана Иван Гусев скончался в госпитале Ростова от ран 3 марта.",
])
def test_a_veteran_killed_in_this_war_stays(text: str) -> None:
    assert _people(text)["Гусев"]["status"] == "killed"


def test_a_foreign_name_in_the_nominative_before_its_verb() -> None:
    m = _people("Один из них, Чаминда Ранасингхе, погиб в августе, другой — Прасанна Кумара "
                "Диссанаяке — пропал без вести.")["Диссанаяке"]
    assert (m["given_name"], m["status"]) == ("Прасанна Кумара", "missing")


def test_the_day_of_a_return_is_no_capture_day() -> None:
    m = _people("Private Andrei Sokolov returned from captivity on May 5, 2024.", "en")["Sokolov"]
    assert (m["status"], m["other_dates"]) == ("returned", {"other": "2024-05-05"})
    m = _people("Private Andrei Sokolov, captured near Bakhmut in March 2023, returned from "
                "captivity on May 5, 2024.", "en")["Sokolov"]
    assert m["other_dates"] == {"captured": "2023-03"}


def test_a_relative_clause_of_others_is_not_the_speakers_fate() -> None:
    ms = _people("Journalist Anna Lisina attended the farewell for Oleg Drozdov and Ilya Sychev, "
                 "who were killed near Avdiivka on March 1, 2024.", "en")
    assert set(ms) == {"Drozdov", "Sychev"}
    assert all(m["death_date"] == "2024-03-01" for m in ms.values())


@pytest.mark.parametrize(("text", "lang"), [
    ("The judge, Colonel Sergei Avdeyev, rejected the defence's request.", "en"),
    ("Oksana Levchenko died of wounds on 4 September. Her husband, Major Ilya Sadykov, serves "
     "in the same brigade.", "en"),
    ("Ольга Левченко погибла 4 сентября. Её муж, майор Илья Садыков, служит в той же бригаде.",
     "ru"),
])
def test_a_judge_or_a_serving_husband_with_a_rank_is_no_one_reported(text: str,
                                                                     lang: str) -> None:
    assert not {"Avdeyev", "Sadykov", "Садыков"} & set(_people(text, lang))



@pytest.mark.parametrize(("text", "fates"), [
    ("На похоронах Артёма Клюева был его сослуживец Николай Бутов, раненный под Бахмутом в "
     "январе.", {"Клюев": ("killed", None), "Бутов": ("wounded", "Бахмут")}),
    ("Простились с Артёмом Клюевым. У гроба стояли его мать Наталья Клюева и сослуживец "
     "Николай Бутов, раненный под Бахмутом.", {"Клюев": ("killed", None),
                                                "Бутов": ("wounded", "Бахмут")}),
    ("Виктор Гаврилов, вернувшийся из плена в мае, рассказал о гибели сослуживца Ильи Сомова.",
     {"Гаврилов": ("returned", None), "Сомов": ("killed", None)}),
])
def test_a_participle_set_off_after_a_name_is_his(
        text: str, fates: dict[str, tuple[str, str | None]]) -> None:
    ms = _people(text)
    assert {s: (m["status"], m["place_of_death"]) for s, m in ms.items()} == fates


def test_a_list_after_killed_and_a_colon_with_initials() -> None:
    ms = _people("Killed: Private Ivan Kuzmin (1990–2024), Sergeant S. N. Pakhomov, Corporal "
                 "Alexei Gusev.", "en")
    assert {s: (m["status"], m["death_date"]) for s, m in ms.items()} == {
        "Kuzmin": ("killed", "2024"), "Pakhomov": ("killed", None), "Gusev": ("killed", None)}


def test_an_entrys_life_dates_in_brackets_are_its_own() -> None:
    ms = _people("Загинули: солдат Кузьмін Іван Олегович (1990–2024), сержант Пахомов С. М., "
                 "єфрейтор Олексій Гусєв.", "uk")
    assert {s: m["death_date"] for s, m in ms.items()} == {
        "Кузьмін": "2024", "Пахомов": None, "Гусєв": None}


def test_a_mother_set_off_by_her_kin_word_who_speaks_is_no_casualty() -> None:
    assert "Фомина" not in _people("Ольга Фомина, мать Алексея, рассказала: сын погиб под "
                                   "Марьинкой в ноябре 2023 года.")
    m = _people("Денис Орлов, сын Анны Орловой, погиб 5 мая 2024 года.")["Орлов"]
    assert m["status"] == "killed"


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Під Вугледаром ліквідовано снайперку Гульнару Мінніханову.", "uk", "Мінніханова",
     "Гульнара"),
    ("Похоронили медсестру Гульнару Минниханову, погибшую под Угледаром.", "ru", "Минниханова",
     "Гульнара"),
])
def test_a_womans_foreign_given_name_in_the_accusative(text: str, lang: str, surname: str,
                                                       given: str) -> None:
    assert _people(text, lang)[surname]["given_name"] == given


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Вместе с главой района Андреем Сомовым на прощание с рядовым Ильёй Бурцевым пришли сотни "
     "людей.", "ru", {"Бурцев"}),
    ("Тело пенсионера Ивана Ломова, пропавшего неделю назад, нашли в лесу под Тверью.", "ru",
     set()),
    ("Ivan Somov, a World War II veteran, has died. He was 98.", "en", set()),
    ("WWII veteran Petr Somov died at the age of 98.", "en", set()),
    ("Стихи школьники читали на митинге. И. С. Петров погиб 4 апреля 2024 года.", "ru",
     {"Петров"}),
])
def test_mourners_officials_and_old_deaths_share_no_fate(text: str, lang: str,
                                                         dead: set[str]) -> None:
    assert {s for s, m in _people(text, lang).items() if m["status"] == "killed"} == dead


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Виктор Гуров похоронил сына Кирилла, погибшего под Угледаром.", "ru", "Гуров", "Кирилл"),
    ("Віктор Гуренко поховав сина Кирила, який загинув під Покровськом.", "uk", "Гуренко",
     "Кирило"),
])
def test_a_son_named_by_his_given_name_after_his_father(text: str, lang: str, surname: str,
                                                        given: str) -> None:
    ms = extract_text(text, lang, PUB)
    assert [(m["surname"], m["given_name"], m["status"]) for m in ms] == [
        (surname, given, "killed")]


@pytest.mark.parametrize(("text", "surname", "status"), [
    ("Contact with Artur Galiev was lost on February 12 near Avdiivka.", "Galiev", "missing"),
    ("Journalist Oleg Smirnov, who visited the front, wrote about the fallen soldier Denis "
     "Kryukov.", "Kryukov", "killed"),
])
def test_english_fates_told_around_the_name(text: str, surname: str, status: str) -> None:
    ms = _people(text, "en")
    assert list(ms) == [surname] and ms[surname]["status"] == status


def test_fallen_leaves_are_no_fallen_soldier() -> None:
    assert _people("Prices fell. The fallen leaves covered the road where Ivan Petrov walked.",
                   "en") == {}


@pytest.mark.parametrize(("text", "lang", "surname", "status"), [
    ("Прокурор потребовал признать умершим рядового Артёма Лисицына, пропавшего без вести в "
     "мае.", "ru", "Лисицын", "missing"),
    ("Мати просить визнати померлим сина Олега Гнатюка, який зник безвісти в травні.", "uk",
     "Гнатюк", "missing"),
    ("Суд признал умершим рядового Артёма Лисицына, пропавшего без вести в мае.", "ru",
     "Лисицын", "declared_dead"),
    ("Суддя Ірина Власенко засудила Андрія Білика до п'яти років за дезертирство.", "uk",
     "Білик", "deserted"),
])
def test_a_claim_or_a_judge_is_no_fate_of_its_own(text: str, lang: str, surname: str,
                                                  status: str) -> None:
    ms = _people(text, lang)
    assert list(ms) == [surname] and ms[surname]["status"] == status
