"""Names read in the wrong form lose whole persons. Classes:

- a name set off by commas beside a person's noun takes the noun's case and sex ("Ще одного
  строковика, Владислава Кірєєва, …" is the man Кірєєв, not the woman Кірєєва);
- a rank in lower case before initials and a surname governs them ("капітана Р. А. Лапіна"),
  though the dictionary reads "капітана" first as a surname;
- a surname, a given name and the father's initial in a list ("Гомбоев Жаргал Б."), and an
  English list's surname before initials ("Lukin D.A.", "Lukin D. A.");
- Ukrainian given names in -о read back from their oblique forms ("Кирила" → Кирило);
- a man's foreign given name in a soft -ль ("Яньєля" → Яньєль, "Даниэля" → Даниэль);
- Hispanic names of four words in English: two given names and a double surname ("Alexis
  Manuel Oropesa Díaz");
- Nepali surnames the dictionary knows as things ("Раї", "Рана") after the given names.
"""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str, lang: str) -> list[tuple[object, object, object]]:
    return [(m["surname"], m["given_name"], m["patronymic"])
            for m in extract_text(text, lang, "2024-06-01")]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Ще одного строковика, Владислава Кірєєва, включили до списків на обмін.", "uk",
     ("Кірєєв", "Владислав", None)),
    ("Тіло нашого земляка, Ярослава Бондарєва, привезли додому 3 березня.", "uk",
     ("Бондарєв", "Ярослав", None)),
    ("Ще одного добровольця з Полтавщини, Станіслава Лукіна, поховали в неділю.", "uk",
     ("Лукін", "Станіслав", None)),
    ("«Мого сина, Кирила Андрійовича Воронцова, призвали навесні, а в серпні він загинув».",
     "uk", ("Воронцов", "Кирило", "Андрійович")),
    ("Ещё одного бойца, Владислава Киреева, обменяли 14 сентября.", "ru",
     ("Киреев", "Владислав", None)),
    ("Похоронили нашего земляка, Станислава Белова, погибшего под Курском.", "ru",
     ("Белов", "Станислав", None)),
])
def test_apposition_gives_case_and_sex(text: str, lang: str, name: tuple[object, ...]) -> None:
    assert name in _names(text, lang)


def test_apposition_beside_a_relative_is_not_read_as_the_soldier() -> None:
    # the name may be the mother's: no man "Кірєєв Владислав" made of it
    text = ("Мати загиблого бійця, Владислава Кірєєва, розповіла, що її син Олег загинув під "
            "Бахмутом.")
    assert ("Кірєєв", "Владислав", None) not in _names(text, "uk")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Раніше суд визнав померлим кадрового офіцера, капітана Р. А. Лапіна, уродженця "
     "Полисаєва, який зник у травні 2023 року.", "uk", ("Лапін", "Р.", "А.")),
    ("Суд визнав загиблим старшого лейтенанта С. В. Гончарова, який зник під Бахмутом.", "uk",
     ("Гончаров", "С.", "В.")),
    ("Поховали сержанта О. П. Мельникова, який загинув 5 травня.", "uk",
     ("Мельников", "О.", "П.")),
    ("Суд признал погибшим капитана Р. А. Лапина, уроженца Полысаева, пропавшего под "
     "Бахмутом.", "ru", ("Лапин", "Р.", "А.")),
])
def test_rank_before_initials_governs_the_surname(
        text: str, lang: str, name: tuple[object, ...]) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Стало известно о гибели земляков:\n▪️ Цыренов Баир Д., рядовой, погиб 3 марта под "
     "Авдеевкой.", "ru", [("Цыренов", "Баир", "Д.")]),
    ("В списке погибших: 1. Гомбоев Жаргал Б., младший лейтенант, погиб под Бахмутом. "
     "2. Очиров Аюр Ц., рядовой, погиб в ноябре.", "ru",
     [("Гомбоев", "Жаргал", "Б."), ("Очиров", "Аюр", "Ц.")]),
    ('A list of prisoners circulated by Ukrainian channels includes "Lukin D.A., 2004 b.", '
     "a conscript from Iskitim, who was captured.", "en", [("Lukin", "D.", "A.")]),
    ("A list of prisoners includes Lukin D. A., born 2004, a conscript who was captured.",
     "en", [("Lukin", "D.", "A.")]),
    ("Captain Lapin R.A. was declared dead by the court.", "en", [("Lapin", "R.", "A.")]),
    ("Private D. A. Lukin was captured near Sudzha.", "en", [("Lukin", "D.", "A.")]),
])
def test_initials_after_a_surname(text: str, lang: str, names: list[tuple[object, ...]]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "name"), [
    ("У Львові попрощалися з Кирилом Сидоренком, який загинув під Покровськом.",
     ("Сидоренко", "Кирило", None)),
    ("Загинув Марко Іванченко. Пам'яті Марка Іванченка присвятили концерт.",
     ("Іванченко", "Марко", None)),
    ("Батьки Данила Шевчука дізналися, що він загинув 3 травня.", ("Шевчук", "Данило", None)),
])
def test_ukrainian_given_names_in_o(text: str, name: tuple[object, ...]) -> None:
    assert name in _names(text, "uk")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Ще одного кубинця, Яньєля Мартінеса, вважають зниклим безвісти з вересня.", "uk",
     ("Мартінес", "Яньєль", None)),
    ("Загинув кубинець Мігель Торрес. Рідні Мігеля Торреса дізналися про це через місяць.",
     "uk", ("Торрес", "Мігель", None)),
    ("Ещё одного кубинца, Даниэля Переса, считают пропавшим без вести с сентября.", "ru",
     ("Перес", "Даниэль", None)),
    ("В Гаване простились с Мигелем Торресом, погибшим под Угледаром.", "ru",
     ("Торрес", "Мигель", None)),
])
def test_foreign_given_names_in_soft_l(text: str, lang: str, name: tuple[object, ...]) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "name"), [
    ("Another Cuban, Alexis Manuel Oropesa Díaz, 43, was killed near Bakhmut.",
     ("Oropesa Díaz", "Alexis Manuel", None)),
    ("Jorge Luis Hernández Pérez, 25, was killed near Vuhledar.",
     ("Hernández Pérez", "Jorge Luis", None)),
    ("Yoandri Luis Betancourt Pupo, a Cuban recruit, was killed in Donetsk region.",
     ("Betancourt Pupo", "Yoandri Luis", None)),
    # guards: three words keep one surname; a second given name stays a given name
    ("Luis Alberto Fonseca was killed near Pokrovsk.", ("Fonseca", "Luis Alberto", None)),
    ("Juan Carlos José Pérez was killed near Pokrovsk.", ("Pérez", "Juan Carlos José", None)),
])
def test_hispanic_four_words_in_english(text: str, name: tuple[object, ...]) -> None:
    assert _names(text, "en") == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Громадянин Непалу Санджай Рана загинув під Покровськом.", ("Рана", "Санджай", None)),
    ("Йдеться про двох непальців, 36-річного Бікрама Бахадура Тхапу з округу Гулмі та Рам "
     "Кумара Раї, якому 24 роки. Обидва потрапили в полон.",
     ("Тхапа", "Бікрам Бахадур", None)),
    ("Двоє непальців, Рам Прасад Раї і Суман Гурунг, загинули під Курахове.",
     ("Раї", "Рам Прасад", None)),
])
def test_nepali_surnames_that_are_words(text: str, name: tuple[object, ...]) -> None:
    assert name in _names(text, "uk")


def test_nepali_surname_kept_after_two_given_names() -> None:
    text = ("Йдеться про двох непальців, 36-річного Бікрама Бахадура Тхапу з округу Гулмі та "
            "Рам Кумара Раї, якому 24 роки. Обидва потрапили в полон.")
    assert "Раї" in [n[0] for n in _names(text, "uk")]
