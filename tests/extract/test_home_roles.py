"""The learned home-place fallback: candidates, features, what it may fill and for whom, and the
shipped model on sentences written for these tests."""

from __future__ import annotations

import warnings

import pytest

from headcount.extract import extract_text, home_roles
from headcount.extract.date_roles import Model
from headcount.extract.home_roles import candidates, features, fill_homes, found_places


def _place(text: str, name: str, lang: str = "ru") -> home_roles.Place:
    found = [p for p in found_places(text, lang) if p.name == name]
    assert found, (text, [p.name for p in found_places(text, lang)])
    return found[0]


def _mention(text: str, name: str, **fields: object) -> dict[str, object]:
    start = text.index(name)
    m: dict[str, object] = {"surname": name.split()[0], "spans": [[start, start + len(name)]],
                            "settlement": None, "region": None, "citizenship": None,
                            "status": "killed", "place_of_death": None, "evidence": {}}
    m.update(fields)
    return m


def test_the_gazetteers_find_towns_in_each_language_with_nominative_and_region() -> None:
    ru = _place("Жительнице Шебекина был 51 год.", "Шебекино")
    assert ru.region == "RU-BEL"
    uk = _place("Прощання в Чебоксарах, де офіцер мешкав із родиною.", "Чебоксари", "uk")
    assert uk.region == "RU-CU"
    en = _place("His coffin came home to Novokuznetsk on Wednesday.", "Novokuznetsk", "en")
    assert en.region == "RU-KEM"


def test_features_read_the_words_on_each_side_as_lemmas() -> None:
    text = "Андрей Соколов жил в Котласе с женой."
    p = _place(text, "Котлас")
    f = features(text, p, "ru", [_mention(text, "Андрей Соколов")])
    assert "L:жить" in f and "L0:в" in f and "R0:с" in f
    assert "case:loct" in f  # "в Котласе"
    assert "country:RU" in f and "nameL:2" in f


def test_a_list_entry_after_a_name_and_bracketed_dates_is_told() -> None:
    text = "Погибшие:\n2. Колесников Игорь (1979–2023), Чита, сержант."
    p = _place(text, "Чита")
    f = features(text, p, "ru", [_mention(text, "Колесников Игорь")])
    assert "list" in f and "after_name" in f and "after_comma" in f


def test_no_candidate_in_a_name_a_region_a_quote_or_after_a_relative() -> None:
    text = ("Андрей Соколов из Курской области служил в отряде «Терек». Его мать живёт в Сургуте. "
            "Он жил в Котласе.")
    names = [p.name for p in candidates(text, "ru", [_mention(text, "Андрей Соколов")])]
    assert names == ["Котлас"]


def _toy() -> Model:
    return Model(("none", "home", "death"), (0.0, -2.0, -2.0),
                 {"L:жить": {1: 6.0}, "L:погибнуть": {2: 6.0}, "L:вывезти": {2: 6.0}})


def test_an_unread_home_fills_the_empty_settlement_and_its_region() -> None:
    text = "Андрей Соколов погиб 3 марта. Он жил в Котласе."
    m = _mention(text, "Андрей Соколов")
    fill_homes(text, "ru", [m], _toy(), 0.5)
    assert m["settlement"] == "Котлас" and m["region"] == "RU-ARK" and m["region_inferred"]
    ev = m["evidence"]["settlement"]  # type: ignore[index]
    assert text[ev["start"]:ev["end"]] == ev["quote"] == "Котласе"
    assert ev["rule"] == "home_roles" and ev["probability"] >= 0.5
    assert m["evidence"]["region"]["rule"] == "settlement"  # type: ignore[index]


def test_a_value_the_rules_set_is_never_overwritten() -> None:
    text = "Андрей Соколов погиб 3 марта. Он жил в Котласе."
    held = _mention(text, "Андрей Соколов", settlement="Вельск", region="RU-ARK")
    fill_homes(text, "ru", [held], _toy(), 0.5)
    assert held["settlement"] == "Вельск" and held["evidence"] == {}
    region_only = _mention(text, "Андрей Соколов", region="RU-VLG")
    fill_homes(text, "ru", [region_only], _toy(), 0.5)
    assert region_only["settlement"] == "Котлас" and region_only["region"] == "RU-VLG"


def test_a_probability_under_the_threshold_fills_nothing() -> None:
    text = "Андрей Соколов погиб 3 марта. Он жил в Котласе."
    m = _mention(text, "Андрей Соколов")
    fill_homes(text, "ru", [m], _toy(), 0.999)
    assert m["settlement"] is None and m["region"] is None


def test_a_foreigner_gets_the_town_but_no_region() -> None:
    text = "Хосе Мартинес погиб 3 марта. Он жил в Котласе."
    m = _mention(text, "Хосе Мартинес", citizenship="CU")
    fill_homes(text, "ru", [m], _toy(), 0.5)
    assert m["settlement"] == "Котлас" and m["region"] is None


def test_the_home_goes_to_the_person_named_before_it() -> None:
    text = "Иван Петров погиб под Бахмутом. Андрей Соколов жил в Котласе."
    first, second = _mention(text, "Иван Петров"), _mention(text, "Андрей Соколов")
    fill_homes(text, "ru", [first, second], _toy(), 0.5)
    assert second["settlement"] == "Котлас" and first["settlement"] is None


def test_a_place_of_death_is_filled_only_when_asked() -> None:
    text = "Андрей Соколов погиб 3 марта. Тело вывезли из Бахмута."
    m = _mention(text, "Андрей Соколов")
    fill_homes(text, "ru", [m], _toy(), 0.5)
    assert m["place_of_death"] is None and m["settlement"] is None
    fill_homes(text, "ru", [m], _toy(), 0.5, death_threshold=0.5)
    assert m["place_of_death"] == "Бахмут"


#: (language, text, place, the person's name): a home the shipped model should read
HOMES = [
    ("ru", "Рядовой Андрей Соколов погиб 3 марта. Он вернулся в Котлас после армии и работал там "
           "на заводе.", "Котлас"),
    ("ru", "Погибшие:\n1. Соколов Андрей Иванович (1985–2023), Котлас, рядовой.\n"
           "2. Петров Иван Сергеевич (1990–2023), Вельск, сержант.", "Вельск"),
    ("uk", "Рядовий Андрій Соколов загинув 3 березня. Він жив у рідному Котласі з дружиною.",
     "Котлас"),
    ("uk", "Загиблі:\n1. Соколов Андрій (1985–2023), Котлас, рядовий.\n"
           "2. Петров Іван (1990–2023), Вельськ, сержант.", "Вельськ"),
    ("en", "Private Andrei Sokolov was killed on 3 March. He came home to Kotlas after his first "
           "contract.", "Kotlas"),
    ("en", "Killed in action:\n1. Sokolov Andrei (1985–2023), Kotlas, private.\n"
           "2. Petrov Ivan (1990–2023), Velsk, sergeant.", "Velsk"),
]
#: a workplace, a school, a relative's home or grave, a place of death: no home
NOT_HOMES = [
    ("ru", "Рядовой Андрей Соколов погиб 3 марта. До мобилизации он работал водителем на заводе "
           "в Новосибирске."),
    ("ru", "Рядовой Андрей Соколов погиб 3 марта. Он учился в Вологде в политехническом "
           "колледже."),
    ("ru", "Рядовой Андрей Соколов погиб 3 марта. Его отец похоронен в Сургуте."),
    ("ru", "Рядовой Андрей Соколов погиб 3 марта. Его мать живёт в Сургуте."),
    ("ru", "Рядовой Андрей Соколов погиб 3 марта под Бахмутом."),
    ("ru", "Рядовой Андрей Соколов скончался 3 марта в госпитале в Ростове-на-Дону."),
    ("uk", "Рядовий Андрій Соколов загинув 3 березня. Він працював на шахті в Новокузнецьку."),
    ("uk", "Рядовий Андрій Соколов загинув 3 березня. Раніше він навчався в університеті в "
           "Новосибірську."),
    ("uk", "Рядовий Андрій Соколов загинув 3 березня під Авдіївкою."),
    ("en", "Private Andrei Sokolov was killed on 3 March. He had worked as a welder at a plant "
           "in Novosibirsk."),
    ("en", "Private Andrei Sokolov was killed on 3 March. His mother still lives in Surgut."),
    ("en", "Private Andrei Sokolov was killed on 3 March near Bakhmut."),
    ("en", "Private Andrei Sokolov died of wounds on 3 March in a military hospital in Rostov."),
]


def _rules(text: str, lang: str) -> list[dict[str, object]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_text(text, lang, "2024-03-14", learned=False)


def _home_probabilities(text: str, lang: str) -> dict[str, float]:
    model = home_roles.shipped_model()
    assert model is not None
    ms = _rules(text, lang)
    bounds = home_roles.sentence_spans(text)
    places = candidates(text, lang, ms, bounds)
    k = model.classes.index("home")
    return {p.name: model.proba(features(text, p, lang, ms, bounds, places))[k]
            for p in places}


@pytest.mark.parametrize(("lang", "text", "place"), HOMES)
def test_the_shipped_model_reads_homes(lang: str, text: str, place: str) -> None:
    assert _home_probabilities(text, lang)[place] >= home_roles.THRESHOLD


@pytest.mark.parametrize(("lang", "text"), NOT_HOMES)
def test_the_shipped_model_reads_no_home_in_other_places(lang: str, text: str) -> None:
    assert all(p < home_roles.THRESHOLD for p in _home_probabilities(text, lang).values())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(text, lang, "2024-03-14")
    assert found and not any(m["settlement"] for m in found)


def test_the_pipeline_fills_a_home_the_rules_leave_unread() -> None:
    text = HOMES[0][1]
    assert not _rules(text, "ru")[0]["settlement"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        (m,) = extract_text(text, "ru", "2024-03-14")
    assert m["settlement"] == "Котлас" and m["region"] == "RU-ARK" and m["region_inferred"]
    assert m["evidence"]["settlement"]["rule"] == "home_roles"
    assert m["evidence"]["settlement"]["quote"] == "Котлас"


def test_the_pipeline_gives_each_list_entry_its_own_town() -> None:
    text = HOMES[-1][1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(text, "en", "2024-03-14")
    homes = {"Sokolov" if "Sokolov" in m["name"] else "Petrov": m["settlement"] for m in found}
    assert len(found) == 2 and homes == {"Sokolov": "Kotlas", "Petrov": "Velsk"}


@pytest.mark.parametrize("text", [
    "Міський голова Олександр Мамай повідомив про загибель солдата Івана Петренка.",
    "Про загибель Івана Петренка повідомив староста Олександр Ковальчук.",
    "Волонтер Олександр Гнатюк розповів, що солдат Іван Петренко загинув під Бахмутом.",
])
def test_a_given_name_before_a_surname_is_no_town(text: str) -> None:
    # "Олександр" shares its stem with the town Олександрія
    found = home_roles.candidates(text, "uk", [])
    assert not any(text[p.start:p.end] == "Олександр" for p in found)


def test_the_town_itself_stays_a_candidate() -> None:
    text = "Солдат Іван Петренко з Олександрії загинув під Бахмутом."
    found = home_roles.candidates(text, "uk", [])
    assert any(text[p.start:p.end] == "Олександрії" for p in found)
