"""Foreign and Central Asian names found whole and in the nominative, in Russian, Ukrainian
and English: the sentence's case decides an unknown name's form (natasha's tagger in
Russian, the governing word in Ukrainian); South Asian names keep their given names
together; a foreign name natasha cuts in two is one name; a surname in capitals the
dictionary does not know opens a list entry; a double surname written alone is the person
named in full before; a recruit named by given name alone is a person; datelines,
currencies, agencies and a mother's kunya are no persons."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str, lang: str, published: str = "2024-06-20") -> list[tuple[object, ...]]:
    return [(m["surname"], m["given_name"], m["patronymic"])
            for m in extract_text(text, lang, published)]


@pytest.mark.parametrize(("text", "lang", "people"), [
    # South Asian names, given names first, in a text about the country
    ("Гражданин Шри-Ланки Сампат Кумара Виджесингхе погиб в марте под Авдеевкой.", "ru",
     [("Виджесингхе", "Сампат Кумара", None)]),
    ("В Коломбо сообщили: погиб 38-летний Асанка Прасанна Диссанаяке из Галле.", "ru",
     [("Диссанаяке", "Асанка Прасанна", None)]),
    ("Непальские СМИ: под Кременной погиб Хари Прасада Адхикари, ему было 30 лет.", "ru",
     [("Адхикари", "Хари Прасада", None)]),
    ("Громадянин Шрі-Ланки Чатура Нандана Ратнаяке загинув під Торецьком.", "uk",
     [("Ратнаяке", "Чатура Нандана", None)]),
    ("Колишній капрал армії Шрі-Ланки Лакшман Пушпа Бандара загинув 3 червня під Бахмутом.",
     "uk", [("Бандара", "Лакшман Пушпа", None)]),
    # a Spanish double surname stays one, in a text about Cuba
    ("Гражданин Кубы Рейнальдо Куэста Ольмедо погиб под Угледаром.", "ru",
     [("Куэста Ольмедо", "Рейнальдо", None)]),
])
def test_south_asian_given_names(text: str, lang: str, people: list[tuple[object, ...]]) -> None:
    assert _names(text, lang) == people


@pytest.mark.parametrize(("text", "people"), [
    # the verb governs the name: the accusative of a man, not a woman's nominative
    ("В родном кишлаке похоронили Фаррухджона Саидова, погибшего под Курахово.",
     [("Саидов", "Фаррухджон", None)]),
    ("Вчера в Душанбе похоронили Сухробджона Назарова, он погиб в январе под Бахмутом.",
     [("Назаров", "Сухробджон", None)]),
    ("Родные ищут Шахбоза Рахимова, пропавшего без вести под Работино в августе.",
     [("Рахимов", "Шахбоз", None)]),
    # the nominative: a foreign given name in -а is kept
    ("Погиб Чамара Нишанта Перера, гражданин Шри-Ланки, подписавший контракт в Москве.",
     [("Перера", "Чамара Нишанта", None)]),
    # a thing's noun before the name governs the rank's words, not the name
    ("Погиб отставной капрал непальской армии Бишну Прасанна Гурунг, подписавший контракт.",
     [("Гурунг", "Бишну Прасанна", None)]),
    ("Среди погибших — бывший сержант шриланкийской полиции Нималь Пушпакумара Бандара.",
     [("Бандара", "Нималь Пушпакумара", None)]),
    # guards: a Russian woman's name in the nominative stays hers
    ("Погибла медсестра Анна Саидова, ей было 41 год.", [("Саидова", "Анна", None)]),
    ("Похоронили Ивана Петрова, погибшего под Бахмутом.", [("Петров", "Иван", None)]),
])
def test_case_from_the_sentence_ru(text: str, people: list[tuple[object, ...]]) -> None:
    assert _names(text, "ru") == people


@pytest.mark.parametrize(("text", "people"), [
    # an inanimate noun governs the country, not the name: the name is the subject
    ("Колишній сержант армії Шрі-Ланки Ранджит Прасанна Перера загинув під Часовим Яром.",
     [("Перера", "Ранджит Прасанна", None)]),
    ("Рядовий армії Непалу Рам Кумар Тхапа загинув під Покровськом.",
     [("Тхапа", "Рам Кумар", None)]),
    # a double surname written alone later is the person named in full
    ("Військові взяли в полон громадянина Куби. Полоненого звати Ернесто Луїс Гонсалес "
     "Ортега, йому 29 років. У березні того ж року Гонсалес Ортега отримав паспорт.",
     [("Гонсалес Ортега", "Ернесто Луїс", None)]),
    # a noun with its preposition governs no name: "товариш по службі Нувана"
    ("Його товариш по службі Чамара Кумара Бандара загинув під Покровськом.",
     [("Бандара", "Чамара Кумара", None)]),
    # a thing's noun right before a name still governs it
    ("Тіло Бішну Гурунга передали родині в Непалі.", [("Гурунг", "Бішну", None)]),
    # guards: an animate noun before the name still gives its case
    ("Сили оборони взяли в полон громадянина Непалу Діпака Гурунга.",
     [("Гурунг", "Діпак", None)]),
    ("Рідні Бішну Гурунга повідомили, що він загинув.", [("Гурунг", "Бішну", None)]),
])
def test_case_from_the_sentence_uk(text: str, people: list[tuple[object, ...]]) -> None:
    assert _names(text, "uk") == people


@pytest.mark.parametrize(("text", "lang", "people"), [
    ("Список загиблих з Бурятії.\n1. ЦЫРЕНОВ Баир Жаргалович, 1990 г.р., с. Кижинга. "
     "Погиб 4 марта.\n2. ДАМДИНОВ Аюр, 1985 г.р., Улан-Удэ. Погиб под Бахмутом.", "ru",
     [("Цыренов", "Баир", "Жаргалович"), ("Дамдинов", "Аюр", None)]),
    ("Список загиблих окупантів з Бурятії.\n1. ГОМБОЄВ Аюр Владиславович, 31 рік, "
     "с. Мухоршибір. Загинув 20 січня.\n2. БАДМАЄВ Солбон, 1970 р.н., Улан-Уде. Знищений під "
     "Соледаром.", "uk", [("Гомбоєв", "Аюр", "Владиславович"), ("Бадмаєв", "Солбон", None)]),
    ("Загиблі з Калмикії:\n1. САНДЖИЄВ Очір Бадмаєвич, 1994 р.н., м. Еліста. Загинув під "
     "Авдіївкою.", "uk", [("Санджиєв", "Очір", "Бадмаєвич")]),
    ("Список погибших из Тывы:\n1. ОНДАРОВ Чингис, 1997 г.р., г. Кызыл. Погиб в апреле.", "ru",
     [("Ондаров", "Чингис", None)]),
])
def test_surname_in_capitals_opens_entry(text: str, lang: str,
                                         people: list[tuple[object, ...]]) -> None:
    assert _names(text, lang) == people


@pytest.mark.parametrize(("text", "people"), [
    ("According to the prisoner, another recruit he knew only as Peter from Kisumu was "
     "killed by a drone near Vovchansk.", [(None, "Peter", None)]),
    ("His friend Nuwan from Kurunegala, who signed the same papers, is now in a hospital "
     "in Moscow with injuries to his legs.", [(None, "Nuwan", None)]),
    ("A Nepali man, Bishal, 24, was killed near Bakhmut in March, his cousin said.",
     [(None, "Bishal", None)]),
    ("Sunil Perera, 41, was killed near Avdiivka. His friend Chaminda from Matara was "
     "wounded in the same attack.", [("Perera", "Sunil", None), (None, "Chaminda", None)]),
    # guards: a place or a named person is no given name alone
    ("Rajesh Thapa from Pokhara was killed near Bakhmut. Rajesh, 29, had signed a contract.",
     [("Thapa", "Rajesh", None)]),
    ("The recruits were flown from Kathmandu to Moscow and one was killed in Ukraine.", []),
])
def test_given_name_alone_en(text: str, people: list[tuple[object, ...]]) -> None:
    assert _names(text, "en") == people


@pytest.mark.parametrize(("text", "people"), [
    ("DEIR EZ-ZOR, Syria — The family of Khaled Hassan al-Obeid learned that he was killed "
     "near Bakhmut in 2023. Khaled, from the town of al-Bukamal, was 31. \"We want his body,\" "
     "said his mother, Umm Khaled.", [("al-Obeid", "Khaled Hassan", None)]),
    ("KATHMANDU, Mar 3 — Police said each family paid an agent in Pokhara Rs 800,000. The "
     "Central Investigation Bureau arrested two agents.", []),
    ("ALEPPO, Syria — Ahmad Yusuf al-Saleh, 26, was killed in Ukraine in May, his brother "
     "said. His mother, Umm Ahmad, did not speak.", [("al-Saleh", "Ahmad Yusuf", None)]),
])
def test_places_and_agencies_are_no_persons(text: str, people: list[tuple[object, ...]]) -> None:
    assert _names(text, "en") == people


@pytest.mark.parametrize(("text", "lang", "people"), [
    ("Його товариш Нуван з Курунеґали, який поїхав разом з ним, загинув у березні під "
     "Бахмутом.", "uk", [(None, "Нуван", None)]),
    ("Ще один кенієць, якого він знає лише як Пітер з Кісуму, загинув від удару дрона.", "uk",
     [(None, "Пітер", None)]),
    ("Его друг Нуван из Курунегалы, уехавший вместе с ним, погиб в марте под Бахмутом.", "ru",
     [(None, "Нуван", None)]),
    ("Гражданин Непала Бишал из Покхары, 24 года, погиб под Бахмутом.", "ru",
     [(None, "Бишал", None)]),
    # guards: a surname after a rank, a surname by its ending, a relative with no fate
    ("Рядовой Дамдинов из Кижинги, 23 года, погиб под Бахмутом.", "ru",
     [("Дамдинов", None, None)]),
    ("Иван Петров из Тулы погиб под Бахмутом. Его жена Ирина из Тулы осталась с детьми.", "ru",
     [("Петров", "Иван", None)]),
])
def test_given_name_alone_ru_uk(text: str, lang: str, people: list[tuple[object, ...]]) -> None:
    assert _names(text, lang) == people


@pytest.mark.parametrize("text", [
    "KATHMANDU, Dec 2 — Police named the operator as Suresh Adhikari of Baneshwor; he sent "
    "dozens of men to Russia, where several were killed.",
    "COLOMBO, Sri Lanka — The agency operator, Nimal Fernando, was arrested after three "
    "recruits were killed in Ukraine.",
])
def test_recruiting_operators_are_no_persons(text: str) -> None:
    assert _names(text, "en") == []


@pytest.mark.parametrize(("text", "lang", "people"), [
    ("Житомирська міська територіальна громада повідомляє про загибель солдата Андрія "
     "Коваля.", "uk", [("Коваль", "Андрій", None)]),
    ("Курская областная дума выразила соболезнования семье рядового Олега Мухина, погибшего "
     "под Суджей.", "ru", [("Мухин", "Олег", None)]),
    # guards: a woman's surname in -ська before a verb or a participle
    ("Олена Ковальська загинула під час обстрілу Харкова. Ковальська поранена не була.", "uk",
     [("Ковальська", "Олена", None)]),
    ("Під час обстрілу загинула Ірина Вишневська. Вишневська працювала медсестрою.", "uk",
     [("Вишневська", "Ірина", None)]),
])
def test_place_adjective_is_no_person(text: str, lang: str,
                                      people: list[tuple[object, ...]]) -> None:
    assert _names(text, lang) == people
