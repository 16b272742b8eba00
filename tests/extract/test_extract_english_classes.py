"""English obituaries by class of wording: recruitment by a promised job, status words,
homes where someone lived, demonyms before words for a person. Sentences written for the
classes."""

from __future__ import annotations

import warnings

import pytest

from headcount.extract import extract_text


def _one(text: str, published: str = "2024-12-01") -> dict[str, object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(text, "en", published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text", [
    "Ram Bahadur Limbu, a citizen of Nepal, was recruited in Moscow after being promised a job "
    "as a security guard. He was killed in January.",
    "Indian national Arjun Saini, 24, was lured to Russia with the promise of a construction "
    "job. His family said he died on 3 March 2024.",
    "Cameroonian recruit Jean-Paul Essomba, 29, was recruited through an agency that promised "
    "him work in Moscow. He went missing in November 2023.",
    "Uzbek migrant worker Firdavs Nazarov, 27, was pressured into signing a contract. He died "
    "on 19 November 2023.",
    "Ghanaian student Kofi Mensah agreed to sign up as an army helper and was killed in May.",
])
def test_recruited_foreigner_is_a_foreign_contract(text: str) -> None:
    assert _one(text)["channel"] == "foreign_contract"


@pytest.mark.parametrize(("text", "status"), [
    ("The body of Kenyan runner Evans Kemboi was repatriated to Nairobi in April.", "killed"),
    ("Pavel Gusev succumbed to his injuries in a Rostov hospital on 3 May.", "killed"),
    ("Ivan Kuznetsov, 23, failed to return to his unit after leave in July 2023.", "deserted"),
    ("Private Dmitry Orlov was taken captive near Robotyne in August 2023.", "captured"),
    ("Conscript Oleg Minin disappeared near Kupiansk in March.", "missing"),
    ("Nuwan Perera is believed to be serving with a motor rifle unit.", "serving"),
])
def test_status_words(text: str, status: str) -> None:
    assert _one(text)["status"] == status


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("Andrei Vasiliev, 41, from the village of Ust-Barguzin in Buryatia, was killed in May.",
     "Ust-Barguzin", "RU-BU"),
    ("Yakutsk resident Nikolai Stepanov was killed in December. He was buried in his native "
     "village of Churapcha.", "Yakutsk", "RU-SA"),
    ("Father Nikolai Bredikhin served in the village of Pichaevo and then moved to Tambov, "
     "where he lived with his family. He was killed on 24 March.", "Tambov", "RU-TAM"),
    ("Sergei Ivanov was killed on 2 June. Born in the village of Churapcha, his home was in "
     "Yakutsk.", "Yakutsk", "RU-SA"),
])
def test_lived_over_born(text: str, settlement: str, region: str) -> None:
    m = _one(text)
    assert (m["settlement"], m["region"]) == (settlement, region)


@pytest.mark.parametrize(("text", "code"), [
    ("The body of Kenyan runner Evans Kemboi was repatriated in April.", "KE"),
    ("Alexis Perez, a 22-year-old Cuban, was killed near Bakhmut in May 2023.", "CU"),
    ("Nepali job seeker Suman Gurung was killed in March.", "NP"),
])
def test_demonyms(text: str, code: str) -> None:
    assert _one(text)["citizenship"] == code


def test_a_message_dates_the_news_not_the_death() -> None:
    m = _one("Sandeep Saini signed a contract in February. On July 27 the family received a "
             "message saying Sandeep had succumbed to injuries.", "2024-07-30")
    assert m["death_date"] is None
    assert (m["other_dates"] or {}).get("reported") == "2024-07-27"


def test_lived_in_after_native_of() -> None:
    m = _one("Vladimir Kozlov, 35, a native of Tomsk who lived in Novosibirsk, was killed on "
             "12 March 2024.")
    assert (m["settlement"], m["region"]) == ("Novosibirsk", "RU-NVS")


def test_a_region_where_someone_died_is_no_home() -> None:
    m = _one("Corporal Pavel Smirnov of the 155th Marine Brigade was killed in Kursk region.")
    assert m["region"] is None


def test_a_courts_town_is_no_place_of_death() -> None:
    m = _one("Grigory Lapin, 29, from Chita, was declared dead by a court in Chita in July "
             "2024. The court set 10 November 2023 as the date of his death.")
    assert (m["status"], m["place_of_death"], m["death_date"]) == (
        "declared_dead", None, "2023-11-10")


def test_remains_repatriated_after_a_long_description() -> None:
    m = _one("The remains of Ivan Sokolov, 38, from the village of Bolshaya Rechka in Irkutsk "
             "region, were repatriated in June 2024. He had been missing since August 2023.")
    assert m["status"] == "killed"


@pytest.mark.parametrize(("text", "expected"), [
    ("Abdulrahman al-Haidari, twenty-two, from Ibb, flew to Moscow believing he had been "
     "hired as an engineer. He has been missing since October.",
     {"age": 22, "channel": "contract"}),
    ("Serbian volunteer Nemanja Vukadinovic served in the Vostok battalion and was killed on "
     "January 17.", {"channel": "volunteer_formation"}),
    ("Konstantin Rybin did his conscript service in 2022, then they talked him into a "
     "contract. He died in May.", {"channel": "contract", "other_dates": {"conscription": "2022"}}),
])
def test_ages_in_words_hiring_named_battalions(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


def test_a_funeral_without_a_year_follows_the_death() -> None:
    m = _one("Andrei Vasiliev, 41, was mobilised in September 2022 and killed on 5 February "
             "2023. His funeral was held on 14 February.", "2024-06-15")
    assert m["other_dates"]["funeral"] == "2023-02-14"


def test_a_funeral_with_its_year_stays() -> None:
    m = _one("Andrei Vasiliev was killed on 5 February 2023. His body was found a year later "
             "and his funeral was held on 14 February 2024.", "2024-06-15")
    assert m["other_dates"]["funeral"] == "2024-02-14"


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("1. Mr. Dil Bahadur Rai (Dharan) was killed in Ukraine.", "Rai", "Dil Bahadur"),
    ("The embassy confirmed that Mr. Sandip Shrestha, 22, was killed near Bakhmut.",
     "Shrestha", "Sandip"),
    ("Dr. Ahmed Hassan Saleh, 41, a surgeon from Cairo, died on 3 May 2024 after he was "
     "recruited by an agency.", "Saleh", "Ahmed Hassan"),
    ("Ms. Anjali Sharma said her husband was killed; the body of Mr Vikram Sharma, 30, was "
     "repatriated in March.", "Sharma", "Vikram"),
])
def test_a_form_of_address_is_no_part_of_the_name(text: str, surname: str, given: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(text, "en", "2024-12-01")
    names = [(p.get("surname"), p.get("given_name")) for p in found]
    assert (surname, given) in names, names
    assert not any("Mr" in str(g) or "Dr" in str(g) or "Ms" in str(g) for _, g in names), names


def test_two_letter_initials_stay_initials() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text("Private Yu. V. Petrov, 35, was killed near Avdiivka in March 2024.",
                             "en", "2024-12-01")
    assert [(p.get("surname"), p.get("given_name")) for p in found] == [("Petrov", "Yu.")]
