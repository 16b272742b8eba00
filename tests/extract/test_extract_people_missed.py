"""People missed or wrongly named: a force written before a name, a body brought home, name
particles in Ukrainian, the opening word of a memorial post in English."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text
from headcount.extract.forces import force_spans, without_forces

_PUBLISHED = date(2024, 3, 14)


def _found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m["name"], m["status"]) for m in extract_text(text, lang, _PUBLISHED)]


# 1. a force or formation between the rank and the name is no name word

@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Штаб-сержант Нацгвардії Ткаченко Юрій загинув 4 травня.", "uk", "Ткаченко Юрій"),
    ("Солдат ЗСУ Литвиненко Василь загинув під Куп'янськом.", "uk", "Литвиненко Василь"),
    ("Боєць «Азову» Андрій Мельник загинув під Маріуполем.", "uk", "Мельник Андрій"),
    ("Старший лейтенант НГУ Олексій Гнатюк загинув у бою.", "uk", "Гнатюк Олексій"),
    ("Рядовой «Шторм Z» Алексей Федоров погиб под Работино.", "ru", "Федоров Алексей"),
    ("Боец ЧВК Вагнер Сергей Лапин погиб в Бахмуте.", "ru", "Лапин Сергей"),
    ("Сержант Росгвардии Иван Кузьмин погиб в Курской области.", "ru", "Кузьмин Иван"),
    ("Боец ВДВ Максим Орлов погиб под Херсоном.", "ru", "Орлов Максим"),
    ("Штурмовик Шторм-V Гусев Артём погиб 2 марта.", "ru", "Гусев Артём"),
])
def test_a_force_is_no_name_word(text: str, lang: str, name: str) -> None:
    assert _found(text, lang) == [(name, "killed")]


def test_a_force_alone_names_no_one() -> None:
    found = _found("Рядовой Шторм Z Федоров погиб под Работино.", "ru")
    assert [n for n, _ in found] == ["Федоров"]


@pytest.mark.parametrize(("text", "name"), [
    ("Погиб Игорь Вагнер, житель Омска.", "Вагнер Игорь"),  # a surname, no ЧВК before it
    ("Погиб Павел Азов, уроженец Ейска.", "Азов Павел"),  # a surname, not in quotes
])
def test_a_surname_like_a_force_stays(text: str, name: str) -> None:
    assert _found(text, "ru") == [(name, "killed")]


def test_without_forces_keeps_the_longest_name_part() -> None:
    text = "Штаб-сержант Нацгвардії Ткаченко Юрій"
    start = text.index("Нацгвардії")
    kept = without_forces(text, (start, len(text)), force_spans(text))
    assert kept is not None and text[kept[0] : kept[1]] == "Ткаченко Юрій"
    only = text.index("Нацгвардії")
    assert without_forces(text, (only, only + len("Нацгвардії")), force_spans(text)) is None


# 2. a body brought home names the dead, in either word order

@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Тело рядового Андрея Соколова привезли на родину в Тамбов.", "ru", "Соколов Андрей"),
    ("В Тамбов доставили тело мобилизованного Андрея Соколова.", "ru", "Соколов Андрей"),
    ("Тело Олега Назарова прибыло в Улан-Удэ 4 марта.", "ru", "Назаров Олег"),
    ("Вчера на родину привезли тело бойца Виктора Гришина, прощание пройдёт в пятницу.", "ru",
     "Гришин Виктор"),
    ("До Житомира привезли тіло Олександра Кравченка.", "uk", "Кравченко Олександр"),
    ("Тіло захисника Степана Гуменюка привезли до Тернополя 2 лютого.", "uk", "Гуменюк Степан"),
    ("Додому повернуто тіло Василя Онищука.", "uk", "Онищук Василь"),
    ("The body of Alexei Ivanov arrived in his hometown of Tver.", "en", "Ivanov Alexei"),
    ("The remains of Pavel Kuznetsov will be delivered to Omsk.", "en", "Kuznetsov Pavel"),
])
def test_a_body_brought_home_names_the_dead(text: str, lang: str, name: str) -> None:
    assert _found(text, lang) == [(name, "killed")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Тело Ивана Петрова нашли в реке, полиция ведёт проверку.", "ru"),
    ("Андрей Соколов привез тело друга в морг.", "ru"),
    ("Yuri Antonov drove the body of a stranger to the morgue.", "en"),
])
def test_carrying_a_body_is_no_death_of_ones_own(text: str, lang: str) -> None:
    assert [s for _, s in _found(text, lang) if s] == []


# 3. name particles inside a Ukrainian name

@pytest.mark.parametrize(("text", "name"), [
    ("Загинув Ахмед Бен Салем, громадянин Тунісу.", "Бен Салем Ахмед"),
    ("Абдулла ібн Рашид загинув під Бахмутом.", "ібн Рашид Абдулла"),
    ("Загинув Хуан Карлос де ла Крус, громадянин Колумбії.", "де ла Крус Хуан Карлос"),
    ("Загинув Ян ван дер Берг, доброволець з Нідерландів.", "ван дер Берг Ян"),
    ("Нідерландець Ян де Фріс загинув під Бахмутом.", "де Фріс Ян"),
])
def test_a_ukrainian_name_keeps_its_particles(text: str, name: str) -> None:
    assert _found(text, "uk") == [(name, "killed")]


def test_particles_in_a_ukrainian_enumeration() -> None:
    found = _found("Загинули Абдулла ібн Рашид та Юсуф Аль-Масрі.", "uk")
    assert found == [("ібн Рашид Абдулла", "killed"), ("Аль-Масрі Юсуф", "killed")]


@pytest.mark.parametrize("text", [
    "Там, де Іван Петренко народився, йому відкрили меморіал. Він загинув 3 березня.",
    "Де Іван Петренко? Він загинув.",
])
def test_where_is_no_particle(text: str) -> None:
    assert _found(text, "uk") == [("Петренко Іван", "killed")]


# 4. the opening word of a memorial post is no given name

@pytest.mark.parametrize(("text", "name"), [
    ("Remembering Ivan Petrov. He was killed near Bakhmut in January.", "Petrov Ivan"),
    ("Honouring Private Alexei Smirnov. He died in action near Avdiivka on 3 May.",
     "Smirnov Alexei"),
    ("Mourning Sergei Orlov, 24. He was killed in Kupiansk.", "Orlov Sergei"),
    ("RIP Dmitry Kovalev. He was killed in the Zaporizhzhia region.", "Kovalev Dmitry"),
    ("Tribute to Nikolai Fedorov, who was killed near Bakhmut.", "Fedorov Nikolai"),
])
def test_a_memorial_opening_is_no_name(text: str, name: str) -> None:
    assert _found(text, "en") == [(name, "killed")]


# 5. a relative or comrade opening a clause with its verb left out shares the verb

@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Ким погиб 1 февраля, а его сослуживец Никита Гончаров — 3 февраля.", "ru",
     [("Ким", "2024-02-01"), ("Гончаров Никита", "2024-02-03")]),
    ("Андрей Волков погиб в январе, а его брат Михаил Волков — в марте.", "ru",
     [("Волков Андрей", "2024-01"), ("Волков Михаил", "2024-03")]),
    ("Рядовой Олег Сизов погиб 12 мая под Бахмутом, а его земляк младший сержант Павел Лыков "
     "— 20 мая.", "ru", [("Сизов Олег", "2023-05-12"), ("Лыков Павел", "2023-05-20")]),
    ("Тарас Гнатюк загинув 8 травня, а його молодший брат Остап Гнатюк — 11 травня.", "uk",
     [("Гнатюк Тарас", "2023-05-08"), ("Гнатюк Остап", "2023-05-11")]),
    ("Іван Мороз загинув 2 квітня, а його побратим Петро Савчук — 5 квітня.", "uk",
     [("Мороз Іван", "2023-04-02"), ("Савчук Петро", "2023-04-05")]),
])
def test_a_gapped_clause_of_a_relative_tells_his_death(
        text: str, lang: str, found: list[tuple[str, str]]) -> None:
    got = extract_text(text, lang, _PUBLISHED)
    assert [(m["name"], m["death_date"]) for m in got] == found
    assert {m["status"] for m in got} == {"killed"}


@pytest.mark.parametrize(("text", "dead"), [
    ("Олег Титов погиб 3 марта, а его жена Анна — учитель в Курске.", "Титов Олег"),
    ("Олег Титов погиб 3 марта, а его жена Анна Титова — медсестра.", "Титов Олег"),
    ("Иван Сидоров погиб 5 мая, а его сын Пётр Сидоров живёт в Туле.", "Сидоров Иван"),
])
def test_a_relative_described_after_a_dash_is_not_dead(text: str, dead: str) -> None:
    assert [(n, s) for n, s in _found(text, "ru") if s == "killed"] == [(dead, "killed")]


# 6. one who tells of another's death does not die of it

@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Сергей Козлов рассказал о гибели сослуживца Ивана Рябова под Угледаром 5 мая.", "ru",
     "Рябов Иван"),
    ("Командир Олег Титов сообщил о смерти рядового Максима Егорова.", "ru", "Егоров Максим"),
    ("Мать Анна Петрова рассказала о гибели сына Дениса Петрова.", "ru", "Петров Денис"),
    ("Олена Шевченко розповіла про загибель чоловіка Тараса Шевченка під Бахмутом.", "uk",
     "Шевченко Тарас"),
    ("Ігор Лисенко повідомив про смерть побратима Андрія Мельника.", "uk", "Мельник Андрій"),
    ("Sergei Kozlov spoke about the death of his comrade Ivan Ryabov near Bakhmut.", "en",
     "Ryabov Ivan"),
    ("Anna Ivanova learned of the death of her son Dmitry Ivanov in May.", "en",
     "Ivanov Dmitry"),
    ("Sergei Kozlov told reporters about his fallen comrade Ivan Ryabov, who was killed in May.",
     "en", "Ryabov Ivan"),
])
def test_the_teller_of_a_death_is_not_the_dead(text: str, lang: str, name: str) -> None:
    assert [(n, s) for n, s in _found(text, lang) if s] == [(name, "killed")]


@pytest.mark.parametrize(("text", "dead"), [
    ("Sergei Kozlov spoke about the war in 2023 and was killed a month later.", "Kozlov Sergei"),
    ("Ivan Ryabov was killed in May. His mother Anna Ryabova spoke about his childhood.",
     "Ryabov Ivan"),
])
def test_a_speaker_who_dies_himself_is_dead(text: str, dead: str) -> None:
    assert [(n, s) for n, s in _found(text, "en") if s] == [(dead, "killed")]


# 7. an English status opening a list is everyone's in it; a particle's surname is no given name

@pytest.mark.parametrize(("text", "names", "status"), [
    ("Killed were Ali Hassan, Omar al-Rashid and Yusuf Karim.",
     ["Hassan Ali", "al-Rashid Omar", "Karim Yusuf"], "killed"),
    ("Among the dead are Ali Hassan, Omar al-Rashid and Yusuf Karim.",
     ["Hassan Ali", "al-Rashid Omar", "Karim Yusuf"], "killed"),
    ("The dead were named as Ivan Petrov, Oleg Sidorov and Pavel Orlov.",
     ["Petrov Ivan", "Sidorov Oleg", "Orlov Pavel"], "killed"),
    ("Missing are Oleg Sidorov and Pavel Orlov, both from Tver.",
     ["Sidorov Oleg", "Orlov Pavel"], "missing"),
    ("Ali Hassan, Omar al-Rashid and Yusuf Karim were killed.",
     ["Hassan Ali", "al-Rashid Omar", "Karim Yusuf"], "killed"),
])
def test_an_english_list_after_its_status(text: str, names: list[str], status: str) -> None:
    assert _found(text, "en") == [(n, status) for n in names]


def test_a_listed_status_stops_at_its_sentence() -> None:
    found = _found("Killed were Ivan Petrov and Oleg Sidorov. Anna Petrova said the family was "
                   "devastated.", "en")
    assert [(n, s) for n, s in found if s] == [("Petrov Ivan", "killed"),
                                                ("Sidorov Oleg", "killed")]
