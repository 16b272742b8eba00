"""Who is a person, and the name read, on texts written apart from the rules: a unit's man
named by his unit alone, Ukrainian surnames that are common nouns, a place's adjective read
as a surname, the wounded cared for by nurses, parts of the world and a priest's wife in
English, relatives who speak or whose fate a clause tells, Spanish double surnames alone,
abbreviations, deaths from illness of no soldier."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

_PUBLISHED = date(2024, 3, 14)


def _people(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(m["surname"], m["given_name"], m["status"])
            for m in extract_text(text, lang, _PUBLISHED)]


# 1. a unit's man by its name ("Вагнеровец", "Ахматовцы") alone at a sentence's start

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Вагнеровец погиб под Бахмутом. Андрей Сухов был родом из Читы.", "ru",
     [("Сухов", "Андрей", "killed")]),
    ("Вагнеровец Андрей Николаевич Сухов погиб под Бахмутом.", "ru",
     [("Сухов", "Андрей", "killed")]),
    ("Ахматовец Ислам Дудаев погиб под Марьинкой. Ахматовца похоронили в Грозном.", "ru",
     [("Дудаев", "Ислам", "killed")]),
    ("Вагнерівець Андрій Сухов загинув під Бахмутом.", "uk", [("Сухов", "Андрій", "killed")]),
])
def test_a_units_man_is_no_surname(text: str, lang: str,
                                   expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, lang) == expected


# 2. a Ukrainian surname the dictionary knows only as a noun, after a given name in its case

@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Прощання з Олегом Біликом відбудеться в суботу. Він загинув під Покровськом.",
     "Білик", "Олег"),
    ("Поховали Олега Білика, який загинув під Покровськом.", "Білик", "Олег"),
    ("Олегу Білику назавжди 34. Він загинув під Покровськом.", "Білик", "Олег"),
    ("Громада попрощалася з Іваном Вороною, який загинув під Бахмутом.", "Ворона", "Іван"),
    ("На Донеччині загинув старший солдат Олег Білик з Кременчука.", "Білик", "Олег"),
])
def test_a_noun_surname_after_a_given_name(text: str, surname: str, given: str) -> None:
    assert _people(text, "uk") == [(surname, given, "killed")]


@pytest.mark.parametrize("text", [
    "Слава Україні! Героям слава! Загинув Олег Лисенко.",
    "Слава Героям! Загинув Олег Лисенко з Кременчука.",
])
def test_no_noun_surname_out_of_case(text: str) -> None:
    assert _people(text, "uk") == [("Лисенко", "Олег", "killed")]


# 3. an adjective of a place's name before its noun is no surname

@pytest.mark.parametrize("text", [
    "Прощання відбудеться у соборі, поховання — на Алеї Слави Свіштовського кладовища. "
    "Загинув Олег Лисенко.",
    "Загинув Олег Лисенко. Поховання відбудеться на Алеї Слави Байкового цвинтаря.",
    "Поховали Героя на Алеї Героїв Личаківського кладовища. Загинув Олег Лисенко.",
])
def test_a_places_adjective_is_no_surname(text: str) -> None:
    assert _people(text, "uk") == [("Лисенко", "Олег", "killed")]


@pytest.mark.parametrize("text", [
    "Поховали Андрія Ковальського біля храму. Він загинув під Бахмутом.",
    "Попрощалися з Андрієм Ковальським, який загинув під Бахмутом.",
])
def test_an_adjective_surname_stays(text: str) -> None:
    assert _people(text, "uk") == [("Ковальський", "Андрій", "killed")]


# 4. the wounded cared for are nobody's fate

@pytest.mark.parametrize(("text", "lang"), [
    ("У лікарні нагородили медиків, які рятують поранених військових. Почесну грамоту "
     "отримала медсестра реанімаційного відділення Тетяна Гнатюк.", "uk"),
    ("Хірург Андрій Волошин щодня оперує поранених бійців, яких привозять з Донеччини.",
     "uk"),
    ("Волонтерка Оксана Мельник вже два роки допомагає пораненим у госпіталі.", "uk"),
    ("Медсестра Ирина Соколова выхаживает раненых бойцов в госпитале Ростова.", "ru"),
    ("Із промовою виступила медична сестра госпіталю Оксана Василівна Марчук, яка розповіла "
     "ліцеїстам про свою роботу з пораненими.", "uk"),
])
def test_the_wounded_cared_for(text: str, lang: str) -> None:
    assert _people(text, lang) == []


@pytest.mark.parametrize("text", [
    "Серед поранених військових — молодший сержант Іван Коваль.",
    "Молодший сержант Іван Коваль був поранений під Бахмутом.",
])
def test_a_wounded_man_stays(text: str) -> None:
    assert _people(text, "uk") == [("Коваль", "Іван", "wounded")]


# 5. English: parts of the world, a priest's wife, trades before a name

@pytest.mark.parametrize(("text", "expected"), [
    ("Bair Tsyrenov, 29, was killed in May. He did his conscript service in 2013–2014 in "
     "the Far East.", [("Tsyrenov", "Bair", "killed")]),
    ("Private Ivan Sokolov, who served in the Far East, was killed near Avdiivka.",
     [("Sokolov", "Ivan", "killed")]),
    ("Rustam Aliyev, a migrant from Central Asia, was killed near Bakhmut in May.",
     [("Aliyev", "Rustam", "killed")]),
    ("Father Andrei Lukin was killed by a drone near Siversk. He lived with Matushka Yelena "
     "and their five children in Novokhopyorsk.", [("Lukin", "Andrei", "killed")]),
    ("Archpriest Oleg Sidorov was killed near Bakhmut; Matushka Irina and the children live "
     "in Belgorod.", [("Sidorov", "Oleg", "killed")]),
    ("Teacher Anna Petrova, whose son was killed near Bakhmut, spoke at the meeting.", []),
])
def test_english_words_that_are_no_names(text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, "en") == expected


# 6. a relative who speaks of her son's fate, or learns of it

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Natalia Kuzmina from Lyudinovo says she spent three weeks calling her son's unit. "
     "Private Yegor Kuzmin, 20, was captured near Kharkiv.", "en",
     [("Kuzmin", "Yegor", "captured")]),
    ("Galina Petrova of Kursk said her son had been captured. Private Denis Petrov, 21, "
     "appeared in a video from captivity.", "en", [("Petrov", "Denis", "captured")]),
    ("Olga Ivanova says she learned from a video that her husband was captured. Sergeant "
     "Pavel Ivanov, 34, was taken prisoner near Robotyne.", "en",
     [("Ivanov", "Pavel", "captured")]),
    ("Private Nikita Zuyev was taken prisoner near Sudzha on August 7, his mother Irina "
     "said. Irina Zuyeva, who works as a nurse at the Lgov hospital, learned of his capture "
     "from a video.", "en", [("Zuyev", "Nikita", "captured")]),
    ("Sergeant Artyom Belov was killed near Pokrovsk. Svetlana Belova learned of his death "
     "from his commander.", "en", [("Belov", "Artyom", "killed")]),
])
def test_a_relative_who_speaks(text: str, lang: str,
                               expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, lang) == expected


# 7. a relative named after "his brother" whose only news is that he serves

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Максим Дергачёв погиб под Артёмовском. «Он говорил, что идёт за ребят», — вспоминает "
     "его брат Виктор, который сам сейчас служит по контракту в зоне СВО.", "ru",
     [("Дергачёв", "Максим", "killed")]),
    ("Сержант Илья Носов погиб 3 мая. Его младший брат Артём Носов служит в той же бригаде.",
     "ru", [("Носов", "Илья", "killed")]),
    ("Олег Лисенко загинув під Авдіївкою. Його брат Тарас, який зараз служить у 93-й "
     "бригаді, приїхав на похорон.", "uk", [("Лисенко", "Олег", "killed")]),
    ("Ivan Lebedev was killed near Bakhmut. \"He was a hero,\" said his brother Pavel, who is "
     "serving in the same brigade.", "en", [("Lebedev", "Ivan", "killed")]),
])
def test_a_serving_relative_is_no_person(text: str, lang: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, lang) == expected


def test_a_serving_man_is_still_the_news() -> None:
    assert _people("Рядовой Андрей Пахомов проходит службу в зоне СВО, сообщила его мать.",
                   "ru") == [("Пахомов", "Андрей", "serving")]


# 8. a clause of someone's relative ("чей муж служит", "whose son was killed") is not hers

@pytest.mark.parametrize(("text", "lang"), [
    ("Медсестра районной больницы Гульнара Ильдаровна Хасанова, чей муж служит по контракту, "
     "предложила организовать группу поддержки.", "ru"),
    ("Учительница Анна Петрова, у которой сын пропал без вести под Бахмутом, выступила на "
     "собрании.", "ru"),
    ("Вчителька Ганна Петренко, чий син загинув під Бахмутом, виступила на зборах.", "uk"),
])
def test_a_relatives_clause(text: str, lang: str) -> None:
    assert _people(text, lang) == []


def test_a_relatives_clause_leaves_his_own_fate() -> None:
    found = extract_text("Сержант Иван Носов, чей брат погиб в 2022 году, сам погиб под "
                         "Авдеевкой.", "ru", _PUBLISHED)
    assert [(m["surname"], m["status"], m["death_date"]) for m in found] == [
        ("Носов", "killed", None)]


# 9. a Spanish double surname alone is the surname; one ending the name is no given name

@pytest.mark.parametrize(("text", "surname", "given", "status"), [
    ("В июле его другу Дайрону Пересу Агилару пообещали работу. 24-летний Перес Агилар "
     "ранен под Бахмутом.", "Перес Агилар", "Дайрон", "wounded"),
    ("Кубинец Дайрон Перес Агилар ранен под Бахмутом.", "Перес Агилар", "Дайрон", "wounded"),
    ("Кубинец Перес Агилар Дайрон ранен под Бахмутом.", "Перес Агилар", "Дайрон", "wounded"),
    ("Погиб кубинец Хосе Антонио Мартинес Санчес. Мартинес Санчес подписал контракт в "
     "Рязани.", "Мартинес Санчес", "Хосе Антонио", "killed"),
    ("Погиб кубинец Йоэль Гарсия Лопес, 22 года.", "Гарсия Лопес", "Йоэль", "killed"),
])
def test_spanish_double_surnames(text: str, surname: str, given: str, status: str) -> None:
    assert _people(text, "ru") == [(surname, given, status)]


# 10. an abbreviation is no surname

@pytest.mark.parametrize(("text", "expected"), [
    ("Его мать, медсестра Шадринской ЦРБ, рассказала, что узнала о пленении сына из видео. "
     "Рядовой Евгений Шестаков попал в плен.", [("Шестаков", "Евгений", "captured")]),
    ("ОЛЕГ ИВАНОВ погиб под Бахмутом.", [("Иванов", "Олег", "killed")]),
])
def test_an_abbreviation_is_no_surname(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, "ru") == expected


# 11. a death from illness told of no soldier

@pytest.mark.parametrize(("text", "lang"), [
    ("На 62-м году жизни после продолжительной болезни ушёл из жизни председатель районной "
     "организации ветеранов боевых действий Юрий Михайлович Кадочников (1962–2024).", "ru"),
    ("Після тривалої хвороби пішов з життя ветеран війни в Афганістані Петро Іванович "
     "Гордієнко.", "uk"),
    ("Former deputy Viktor Lapshin died after a long illness on Monday, the regional Duma "
     "said.", "en"),
])
def test_a_death_from_illness(text: str, lang: str) -> None:
    assert _people(text, lang) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Рядовой Сергей Фомин, мобилизованный в 2022 году, скончался от болезни в госпитале "
     "Ростова.", [("Фомин", "Сергей", "killed")]),
    ("Ефрейтор Олег Быков умер от инсульта в зоне СВО.", [("Быков", "Олег", "killed")]),
    ("Рядовой Павел Жуков погиб под Бахмутом. Его отец умер после продолжительной болезни в "
     "2020 году.", [("Жуков", "Павел", "killed")]),
])
def test_a_soldiers_death_from_illness_stays(text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, "ru") == expected


# 12. English: no contact since a date is missing; a serious condition is a wound — also of a
# relative named after "his cousin", "her husband", who is then a person of the story

@pytest.mark.parametrize(("text", "expected"), [
    ("Dil Bahadur Gurung, 27, was killed near Bakhmut. His cousin Hari Gurung, 24, who went "
     "to Russia and enlisted together with him, has not contacted the family since January "
     "14.", [("Gurung", "Dil Bahadur", "killed"), ("Gurung", "Hari", "missing")]),
    ("Ram Thapa, 31, signed a contract in Moscow in December. He has not been in contact "
     "with his family since February 2.", [("Thapa", "Ram", "missing")]),
    ("Private Ilya Demin has not contacted his family since May 3.",
     [("Demin", "Ilya", "missing")]),
    ("A neighbour said the victim's husband, Nikolai Petrovich Gorbunov, 70, is in a serious "
     "but stable condition in a Belgorod hospital.", [("Gorbunov", "Nikolai", "wounded")]),
    ("Corporal Denis Orlov, 25, is in intensive care in Rostov after a drone attack.",
     [("Orlov", "Denis", "wounded")]),
])
def test_english_missing_and_wounded_words(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, "en") == expected


def test_a_relative_with_no_fate_stays_out() -> None:
    assert _people("Ram Thapa, 31, was killed near Avdiivka, his cousin Bishnu Thapa told "
                   "reporters; Bishnu has not called anyone else.", "en") == [
        ("Thapa", "Ram", "killed")]


# 13. English: a call sign in quotes between the given name and the surname

@pytest.mark.parametrize(("text", "expected"), [
    ("Private Oleksandr \"Grim\" Shevchenko was killed near Bakhmut.",
     [("Shevchenko", "Oleksandr", "killed")]),
    ("Sergeant Ivan “Tiger” Morozov, 31, was killed near Avdiivka on March 2. Morozov was "
     "from Tula.", [("Morozov", "Ivan", "killed")]),
    ("Call sign \"Shaman\": Andrei Kotov, 40, was killed near Kreminna.",
     [("Kotov", "Andrei", "killed")]),
])
def test_english_call_sign_inside_a_name(text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, "en") == expected


# 14. a priest or an official who acts on the one named after his verb: the named is the dead

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Священник Андрей Ткачёв отпел погибшего Ивана Кравцова.", "ru",
     [("Кравцов", "Иван", "killed")]),
    ("Батюшка отпел погибшего Ивана Кравцова.", "ru", [("Кравцов", "Иван", "killed")]),
    ("Священник Петро Гаврилюк відспівав Назара Олійника, який загинув під Бахмутом.", "uk",
     [("Олійник", "Назар", "killed")]),
    ("Священник Петро Гаврилюк відспівав загиблого Героя Назара Олійника.", "uk",
     [("Олійник", "Назар", "killed")]),
    ("Отец Сергий отслужил панихиду по погибшему Ивану Кравцову.", "ru",
     [("Кравцов", "Иван", "killed")]),
])
def test_the_object_of_an_officiating_priest(text: str, lang: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, lang) == expected


# 15. English Spanish surnames ("Fonseca Rodríguez", "Ramos del Valle"); the wounded visited

@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Ernesto Luis Fonseca Rodríguez, 20, from Camagüey, was killed near Avdiivka, his mother "
     "Mayelin said.", "Fonseca Rodríguez", "Ernesto Luis"),
    ("Osniel Ramos del Valle, 33, was killed near Bakhmut.", "Ramos del Valle", "Osniel"),
    ("Yoandri Ramos de la Paz, 24, was killed near Bakhmut.", "Ramos de la Paz", "Yoandri"),
    ("Juan de la Cruz, 30, was killed near Bakhmut.", "de la Cruz", "Juan"),
])
def test_english_spanish_surnames(text: str, surname: str, given: str) -> None:
    assert _people(text, "en") == [(surname, given, "killed")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Colonel-General Alexander Lapin visited the wounded. Private Ilya Gromov, 22, was "
     "wounded near Kreminna.", "en", [("Gromov", "Ilya", "wounded")]),
    ("Генерал Олександр Сирський відвідав поранених. Рядовий Ілля Громов, 22 роки, поранений "
     "під Кремінною.", "uk", [("Громов", "Ілля", "wounded")]),
    ("Nurse Olga Petrova treats wounded soldiers in Donetsk.", "en", []),
    ("Private Ivan Belov helped carry the wounded before he was killed near Bakhmut.", "en",
     [("Belov", "Ivan", "killed")]),
])
def test_the_wounded_visited(text: str, lang: str,
                             expected: list[tuple[str, str, str]]) -> None:
    assert _people(text, lang) == expected


# 16. Ukrainian given names the dictionary reads as other words ("Лев", "Майя"), and a given
# name in -ов ("Любов") that is no surname written first

@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Під час обстрілу Херсона загинула Любов Ворона, 54 роки.", "Ворона", "Любов"),
    ("Загинув Лев Коваль, 40 років.", "Коваль", "Лев"),
    ("Прощання з Левом Ковалем відбудеться в суботу. Він загинув під Бахмутом.", "Коваль",
     "Лев"),
    ("Загинула Майя Гончар, 23 роки, бойова медикиня.", "Гончар", "Майя"),
])
def test_ukrainian_given_names_read_as_words(text: str, surname: str, given: str) -> None:
    assert _people(text, "uk") == [(surname, given, "killed")]


def test_a_russian_type_surname_first_still_reordered() -> None:
    assert _people("Загиблі: Бадмаєв Саян, Цибікжапов Баїр.", "uk") == [
        ("Бадмаєв", "Саян", "killed"), ("Цибікжапов", "Баїр", "killed")]


# 17. English: a relative named first by her given name after "his mother", then in full

@pytest.mark.parametrize("text", [
    "Private Nikita Zuyev was taken prisoner near Sudzha on August 7, his mother Irina said. "
    "Irina Zuyeva, who works as a nurse at the Lgov hospital, learned of his capture from a "
    "video on Telegram on August 15.",
    "Private Nikita Zuyev, 19, was captured near Sudzha, his mother Irina told reporters. "
    "Irina Zuyeva has written to the Defence Ministry twice.",
])
def test_a_mother_named_by_given_name_then_in_full(text: str) -> None:
    assert _people(text, "en") == [("Zuyev", "Nikita", "captured")]
