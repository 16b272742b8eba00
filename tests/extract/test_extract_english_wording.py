"""English wire stories, family appeals, court and POW reports by class of wording: dates
told relative to publication (weekdays, "earlier this month"), a date between two verbs,
ceremonies and repatriated bodies, statuses said in other words (not heard from, handed over
in a swap, fleeing a unit, taken prisoner), ages closing a list entry, possessive names and
"Name of Town". Sentences written for the classes, with guards where a rule must not fire."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from headcount.extract import extract_text


def _all(text: str, published: str) -> list[dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_text(text, "en", published)


def _one(text: str, published: str = "2024-03-20") -> dict[str, Any]:
    found = _all(text, published)
    assert len(found) == 1, found
    return found[0]


def _other(m: dict[str, Any]) -> dict[str, str]:
    return m.get("other_dates") or {}


# 2024-03-20 is a Wednesday; 2023-11-20 a Monday
@pytest.mark.parametrize(("text", "published", "field", "value"), [
    ("Nepali recruit Bikash Tamang was killed earlier this month near Avdiivka.",
     "2024-03-20", "death_date", "2024-03"),
    ("Kenyan runner Dennis Kipchumba died this month in a hospital in Donetsk.",
     "2023-11-20", "death_date", "2023-11"),
    ("Junior Sergeant Pavel Orlov, 24, was killed on Saturday near Robotyne.",
     "2024-03-20", "death_date", "2024-03-16"),
    ("Mobilised soldier Gleb Antonov from Kirov was killed last Monday near Kreminna.",
     "2023-11-20", "death_date", "2023-11-13"),
    ("Pradeep Yadav, aged 34, went missing on Tuesday near Kupiansk.",
     "2024-03-20", "missing", "2024-03-19"),
    ("Funeral services for Corporal Denis Volkov, 22, of Ulan-Ude, will be held on Friday.",
     "2024-03-20", "funeral", "2024-03-22"),
    ("The funeral of Evgeny Rakov, killed on 28 October near Avdiivka, will take place on "
     "Wednesday in his home town of Shuya.", "2023-11-20", "funeral", "2023-11-22"),
    ("A farewell ceremony for Nikolai Sychev, 52, of Bryansk, took place on Saturday.",
     "2023-11-20", "farewell", "2023-11-18"),
    # the explicit date wins over its weekday
    ("Roman Ilyin died on 2 November. Farewell on Friday, 10 November, at the town hall.",
     "2023-11-20", "farewell", "2023-11-10"),
])
def test_relative_days(text: str, published: str, field: str, value: str) -> None:
    m = _one(text, published)
    got = m.get(field) if field == "death_date" else _other(m).get(field)
    assert got == value, m


@pytest.mark.parametrize("text", [
    # the day something was said or released is no date of the person's
    "Alibek Nurmatov, an Uzbek citizen, was killed in action, the embassy said on Thursday.",
    "Ghana's foreign ministry on Wednesday confirmed that Kofi Boateng had been killed.",
    "A court in Chita on Tuesday sentenced Private Oleg Mironov for desertion.",
])
def test_weekday_of_the_news_is_no_date(text: str) -> None:
    m = _one(text, "2023-11-20")
    assert m.get("death_date") is None and not _other(m), m


@pytest.mark.parametrize(("text", "death", "event", "value"), [
    ("Ruwan Fernando, a native of Kandy, signed a contract with the Russian army in October "
     "2023 and was killed in January.", "2024-01", "contract", "2023-10"),
    ("Dmitry Lebedev, who was serving a sentence for robbery, signed up with Storm-Z in April "
     "2023 and was killed in July.", "2023-07", "contract", "2023-04"),
    ("Viktor Sedov was mobilized in October 2022 and died near Svatove in December.",
     "2023-12", "mobilised", "2022-10"),
])
def test_a_date_before_and_is_the_first_verbs(text: str, death: str, event: str,
                                               value: str) -> None:
    m = _one(text)
    assert m["death_date"] == death and _other(m).get(event) == value, m


@pytest.mark.parametrize(("text", "event", "value"), [
    ("The body of Sri Lankan soldier Ruwan Fernando was returned to Colombo on March 1.",
     "repatriation", "2024-03-01"),
    ("Nepal's foreign ministry said Hari Thapa's body was flown home on March 4.",
     "repatriation", "2024-03-04"),
    ("The remains of Anatoly Rudnev, 44, were handed over on 17 February.",
     "repatriation", "2024-02-17"),
    ("Ivan Petrov was cremated on March 10 in Perm.", "funeral", "2024-03-10"),
    ("Oleg Frolov and Timur Sadykov, both mobilised in Kurgan, were killed near Avdiivka. "
     "Their funerals took place on Tuesday.", "funeral", "2024-03-19"),
])
def test_ceremonies_and_bodies_are_no_death_date(text: str, event: str, value: str) -> None:
    for m in _all(text, "2024-03-20"):
        assert m["status"] == "killed", m
        assert m.get("death_date") is None and _other(m).get(event) == value, m


@pytest.mark.parametrize(("text", "status"), [
    ("Rajesh Kumar's family has not heard from him since January 9.", "missing"),
    ("Relatives of Mobilised soldier Timur Khasanov have had no contact with him since "
     "December.", "missing"),
    ("Kenyan recruit Daniel Mwangi's whereabouts remain unknown, his sister said.", "missing"),
    ("Dil Bahadur Gurung was handed over to Russia in a prisoner swap last week.", "returned"),
    ("Sergeant Viktor Komarov, 31, was freed in an exchange of prisoners on Wednesday.",
     "returned"),
    ("Samuel Kiptoo made his way back to Nairobi after fleeing his unit near Kupiansk.",
     "deserted"),
    ("Private Maxim Gusev escaped from his base in Belgorod in August.", "deserted"),
    ("Kenyan athlete Brian Kiprono went to Russia for a job; his family says he is now "
     "fighting in Ukraine.", "serving"),
    ("Ukrainian forces took Russian soldier Artem Zhukov, 23, prisoner near Robotyne.",
     "captured"),
    ("A district court in Pskov has declared Ivan Semyonovich Karpov, a 40-year-old contract "
     "soldier from the town of Ostrov who disappeared near Bakhmut in 2023, legally dead.",
     "declared_dead"),
])
def test_status_in_other_words(text: str, status: str) -> None:
    assert _one(text)["status"] == status


@pytest.mark.parametrize(("text", "status"), [
    # guards: contact resumed, fighting told of the past, a unit's own flight
    ("Vasily Nikitin phoned his mother on Sunday; he is still serving near Kupiansk.", "serving"),
    ("Anton Rybakov was killed while fighting in Ukraine in May.", "killed"),
])
def test_status_guards(text: str, status: str) -> None:
    assert _one(text)["status"] == status


@pytest.mark.parametrize(("text", "age"), [
    ("Confirmed killed:\n- Peter Kamau Njoroge, 41.\n- Collins Wafula, 26.", 41),
    ("Sandip Shrestha, 22 (Kathmandu), was killed in February.", 22),
    ("Vijay Lal, 30. He was killed near Bakhmut.", 30),
])
def test_age_closing_an_entry(text: str, age: int) -> None:
    assert _all(text, "2024-03-20")[0]["age"] == age


def test_distance_is_no_age() -> None:
    m = _one("Yaroslav Pakhomov was killed near Kupiansk, 30 km from the border.")
    assert m.get("age") is None


@pytest.mark.parametrize(("text", "surname", "given", "patronymic"), [
    ("Rajesh Kumar's family has not heard from him since January 9.", "Kumar", "Rajesh", ""),
    ("Ruwan Fernando's remains were repatriated in February.", "Fernando", "Ruwan", ""),
    ("Private TIKHONOV I. P. (b. 1979, Angarsk) was returned in a prisoner exchange.",
     "Tikhonov", "I.", "P."),
    ("Returned in the swap: SEMENOV A. V. (b. 1990, Tomsk).", "Semenov", "A.", "V."),
])
def test_names(text: str, surname: str, given: str, patronymic: str) -> None:
    m = _one(text)
    assert (m["surname"], m["given_name"], m.get("patronymic") or "") == (
        surname, given, patronymic)


def test_acronym_before_a_comma_is_no_surname() -> None:
    found = _all("In a post on VK, Maria Volkova wrote that Sergei Volkov, 22, a conscript "
                 "from Chita, had been killed on March 9.", "2024-03-20")
    assert all(m["surname"] != "Vk" for m in found), found


@pytest.mark.parametrize(("text", "settlement"), [
    ("Amit Kumar of Kathmandu was recruited through an agent and was killed in January.",
     "Kathmandu"),
    ("Sergei Belov of the village of Ust-Kan was killed near Bakhmut.", "Ust-Kan"),
    ("Mobilised soldier Pavel Zuev of Kineshma died on 3 March.", "Kineshma"),
    # guards: a unit or a country after "of" is no home
    ("Senior Sgt. Anton Belov of the 155th Separate Guards Naval Infantry Brigade died on "
     "Feb. 28.", None),
    ("Recruit Ram Thapa of Nepal was killed in February.", None),
])
def test_name_of_town(text: str, settlement: str | None) -> None:
    assert _one(text).get("settlement") == settlement


@pytest.mark.parametrize("text", [
    "Please help us find my husband, Ibrahim Diallo. He went to Russia to work in a factory "
    "but was sent to the front.",
    "We are still searching for our son Kevin Omondi, who was recruited in Nairobi in March.",
    "Can anyone help me locate my brother Lamin Sowe? He signed a contract in Moscow.",
])
def test_family_appeal_is_missing(text: str) -> None:
    assert _one(text)["status"] == "missing"


@pytest.mark.parametrize(("text", "channel"), [
    ("Pavel Ignatov from Kostroma signed up with the Russian army in May and was killed in "
     "August.", "contract"),
    ("Stanislav Bykov, 44, of Yelets signed up to fight in 2023 and died near Avdiivka.",
     "contract"),
    ("Uzbek citizen Bekzod Aliev signed up for the army after his arrest and was killed.",
     "foreign_contract"),
])
def test_signed_up(text: str, channel: str) -> None:
    assert _one(text)["channel"] == channel


@pytest.mark.parametrize(("text", "settlement"), [
    ("Anvar Yusupov, 34, hailed from Osh in Kyrgyzstan and died near Avdiivka on 4 February.",
     "Osh"),
    ("Dilshod Rakhimov, a native of Khujand, Tajikistan, was killed in May.", "Khujand"),
])
def test_town_abroad_gives_no_russian_region(text: str, settlement: str) -> None:
    m = _one(text)
    assert m["settlement"] == settlement and m.get("region") is None, m
    assert m.get("citizenship") != "RU", m


def test_unit_name_after_of_is_no_home() -> None:
    m = _one("Volunteer Timofei Gorin, 50, of the Vostok battalion, was killed on 1 June.")
    assert m.get("settlement") is None and m["unit"] == "Vostok battalion", m


@pytest.mark.parametrize(("text", "field", "value"), [
    ("The 27-year-old Egyptian, Karim Mostafa, died two weeks ago in a Russian military "
     "hospital.", "death_date", "2024-03"),
    ("Abdou Diop was killed three days ago near Kupiansk, his brother said.", "death_date",
     "2024-03-17"),
    ("Sergei Mukhin, a contract soldier from Tula, was killed two months ago.", "death_date",
     "2024-01"),
])
def test_ago(text: str, field: str, value: str) -> None:
    assert _one(text)[field] == value


@pytest.mark.parametrize(("text", "event", "value"), [
    ("Corporal Stepan Gromov was confirmed dead by the regional governor on 8 March.",
     "reported", "2024-03-08"),
    ("Nepalese national Rabin Magar, 23, contacted his family for the last time on 5 March "
     "and went missing.", "other", "2024-03-05"),
])
def test_news_and_contact_dates_are_no_death(text: str, event: str, value: str) -> None:
    m = _one(text)
    assert m.get("death_date") is None and _other(m).get(event) == value, m


def test_region_where_a_shell_hit_is_no_home() -> None:
    m = _one("Private Artur Valiev, a 19-year-old conscript, was killed on May 5th when a shell "
             "hit his position in the Belgorod region.")
    assert m.get("region") is None, m


@pytest.mark.parametrize(("text", "status", "settlement"), [
    ("Private Ivan Sorokin, 20, is fighting for his life in a hospital in Belgorod after being "
     "wounded near Vovchansk.", "wounded", None),
    ("Captain Ivan Petrov of Russia's 76th division was killed on 3 June.", "killed", None),
    ("Lieutenant Gleb Popov of Pskov's airborne division was killed on 3 June.", "killed", None),
])
def test_guards_fighting_for_life_and_possessive_after_of(text: str, status: str,
                                                         settlement: str | None) -> None:
    m = _one(text)
    assert (m["status"], m.get("settlement")) == (status, settlement), m


@pytest.mark.parametrize("text", [
    "Anil Rai went to Russia in January. The last time we spoke was 3 March. Since then nothing.",
    "Harjit Singh, 24, last called the family on 12 March. Since then, no news.",
    "Ousmane Ba signed a contract in Moscow. After that there has been no contact at all.",
])
def test_silence_since_last_contact_is_missing(text: str) -> None:
    m = _one(text)
    assert m["status"] == "missing", m


def test_last_time_dates_the_contact() -> None:
    m = _one("Please help me find my brother Kevin Ouma. The last time we spoke was March 3.")
    assert _other(m).get("other") == "2024-03-03", m


@pytest.mark.parametrize(("text", "citizenship_date"), [
    # a passport taken away is no grant of citizenship; a Russian passport given is
    ("Ali Rahimov went to Moscow in January; in February they took his passport. He was killed "
     "in March.", None),
    ("Ali Rahimov, an Uzbek citizen, got a Russian passport in February and was killed in "
     "March.", "2024-02"),
])
def test_passport_taken_is_no_citizenship_date(text: str, citizenship_date: str | None) -> None:
    assert _other(_one(text)).get("citizenship") == citizenship_date


def test_passing_is_a_death() -> None:
    m = _one("It is with a heavy heart that I announce the passing of my brother Joseph "
             "Mwangi Kamau, who was recruited in Nairobi.")
    assert m["status"] == "killed", m
