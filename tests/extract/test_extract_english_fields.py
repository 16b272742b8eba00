"""English extraction, field by field, on texts written in the styles volunteers read:
news agencies, consulate and ministry statements, relatives' posts, NGO reports and lists."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, "en", published)}


def one(text: str, published: str = "2024-06-01") -> dict[str, Any]:
    found = extract_text(text, "en", published)
    assert len(found) == 1, [m["name"] for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "birth", "death"),
    [
        ("Junior Sergeant Alexei Viktorovich Gorbunov (12.04.1990 – 03.08.2023), a native of "
         "Prokopyevsk, was killed in action near Bakhmut.", "2023-08-14", "1990-04-12",
         "2023-08-03"),
        ("Private Ruslan Tagirov (1990–2023) of the 136th Separate Motor Rifle Brigade died of "
         "wounds on 3 June 2023.", "2023-06-15", "1990", "2023-06-03"),
        ("Igor Valeryevich Sidorov, born in 1985 in Barnaul, a contract soldier, was killed on "
         "14 February.", "2024-02-20", "1985", "2024-02-14"),
        ("Our Danya is gone. Daniil Igorevich Shcherbakov, born 17 June 2001, died on 9 October "
         "2023 while carrying out a combat mission.", "2023-10-11", "2001-06-17", "2023-10-09"),
        ("Sgt. I. Yu. Markelov (b. 1985) died of wounds in hospital on March 3, 2024.",
         "2024-03-10", "1985", "2024-03-03"),
        ("SMIRNOV Yuri Yuryevich, 11.1968 – 12.2022, Kimry, private, mobilised.", "2023-01-15",
         "1968-11", "2022-12"),
        ("Mikhail Orekhov, 41, died in the Bakhmut direction in early September, his sister "
         "wrote.", "2023-10-05", None, "2023-09"),
        ("Kazakh citizen Nurlan Abenov was killed last month near Avdiivka, Radio Azattyq "
         "reported.", "2024-03-18", None, "2024-02"),
    ],
)
def test_life_and_death_dates(text: str, published: str, birth: str | None,
                              death: str | None) -> None:
    m = one(text, published)
    assert (m["birth_date"], m["death_date"]) == (birth, death)


def test_a_term_of_office_is_not_a_life() -> None:
    text = ("The regional Duma began its session with a minute's silence for Vladimir "
            "Semyonovich Kravtsov (1958–2021), who chaired the Duma (2011–2016).")
    assert extract_text(text, "en", "2023-04-12") == []


def test_a_funeral_announced_after_publication_is_this_year_and_bounds_nothing() -> None:
    text = ("Andrei Kolesov, a mobilised private, died on 4 March near Kupyansk. He will be "
            "buried on 18 March.")
    m = one(text, "2023-03-16")
    assert m["death_date"] == "2023-03-04"
    assert m["other_dates"] == {"funeral": "2023-03-18"}


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Alexis Perez, a 22-year-old Cuban, died on 3 January near Bakhmut.", 22),
        ("Oksana Minaeva died of her wounds on 30 June. She was 48.", 48),
        ("Lieutenant Colonel Dmitry Yegorov was killed near Marinka. He was forty-one.", 41),
        ("Cuban recruit Yoel Martinez Rodriguez, 19, was captured near Kupiansk.", 19),
        ("Andrei Kolesnikov (35), a mobilised private, died on 4 March.", 35),
        ("Denis Sokolov was only twenty-two when he was killed near Avdiivka.", 22),
        ("Killed at the age of 30: Pavel Gusev, a contract soldier from Kataysk.", 30),
    ],
)
def test_ages_in_figures_and_words(text: str, age: int) -> None:
    assert one(text, "2024-01-15")["age"] == age


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ahmed Hassan Ali, a 34-year-old Iraqi citizen, was killed in Ukraine's Zaporizhzhia "
         "region in December, a relative said.", "IQ"),
        ("Alexis Perez, a 22-year-old Cuban, died on 3 January near Bakhmut.", "CU"),
        ("Uzbek citizen Jasurbek Karimov, 31, was killed in the Zaporizhzhia region in June.",
         "UZ"),
        ("KATHMANDU (Reuters) - Bikram Gurung, a citizen of Nepal, was killed near Avdiivka.",
         "NP"),
        ("Relatives in Cuba say that Yoandri Sánchez was killed in early September.", "CU"),
        ("Mohammed bin Salem al-Harbi, a Syrian national from Deir ez-Zor, was killed near "
         "Vuhledar on May 30, 2024.", "SY"),
    ],
)
def test_citizenship_from_demonyms_and_phrases(text: str, country: str) -> None:
    assert one(text, "2024-06-11")["citizenship"] == country


def test_a_native_of_a_country_and_a_cuban_outlet_give_no_citizenship() -> None:
    m = one("Farrukh Aliyev, a native of Tajikistan, was killed near Bakhmut on 3 May, an "
            "independent Cuban outlet reported.", "2024-06-01")
    assert m["citizenship"] is None


@pytest.mark.parametrize(
    ("text", "rank", "guards"),
    [
        ("Lance Cpl. Pavel Gusev, 23, was killed on 2 May.", "lance corporal", None),
        ("Sgt. Oleg Dmitriev, 38, was taken prisoner near Robotyne.", "sergeant", None),
        ("Senior Lieutenant A. V. Ryabov died heroically on 17.05.2023.", "senior lieutenant",
         None),
        ("Lt. Col. Dmitry Yegorov was killed on 7 December 2022 near Marinka.",
         "lieutenant colonel", None),
        ("Guards Captain Roman Fedotov was killed on 7 December 2022.", "captain", True),
        ("Andrei Kolesnikov, a mobilised private, died on 4 March near Kupyansk.", "private",
         None),
        ("ZAKHAROV Andrei Mikhailovich, 03.02.1979 – 28.12.2022, Rzhev, private, mobilised.",
         "private", None),
    ],
)
def test_ranks_written_out(text: str, rank: str, guards: bool | None) -> None:
    m = one(text, "2024-01-15")
    assert m["rank"] == rank
    assert m["evidence"]["rank"]["quote"]


def test_a_major_offensive_is_no_rank() -> None:
    m = one("Viktor Lamin was killed on 3 May during a major offensive near Bakhmut.",
            "2024-01-15")
    assert m["rank"] is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The command of military unit 71432 mourns Sergeant Denis Ivanyuk, who died on "
         "17.05.2023.", "military unit 71432"),
        ("Convict Sergei Gromov joined a Storm-Z unit in April 2023 and went missing in June.",
         "Storm-Z"),
        ("Oleg Zubarev, who had joined the Wagner group, was killed on 27 November.", "Wagner"),
        ("Artyom Bulatov joined PMC Wagner under contract and was killed in April 2023.",
         "PMC Wagner"),
        ("Private Ruslan Tagirov of the 136th Separate Motor Rifle Brigade died of wounds on 3 "
         "June 2023.", "136th Separate Motor Rifle Brigade"),
        ("Anatoly Sokolov, 52, a volunteer in the BARS-13 detachment, was killed on 9 May 2024.",
         "BARS-13"),
    ],
)
def test_units_as_written(text: str, unit: str) -> None:
    assert one(text, "2024-06-01")["unit"] == unit


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Alexei Gorbunov was mobilised in October 2022 and killed near Bakhmut.", "mobilised"),
        ("Convict Sergei Gromov, 52, joined a Storm-Z unit in exchange for a pardon and was "
         "killed in June.", "prisoner"),
        ("Vitaly Orlov died near Bakhmut six months after joining Wagner from a penal colony, "
         "where he was serving 12 years for murder.", "prisoner"),
        ("Oleg Zubarev, a former paratrooper who had joined the Wagner group, was killed on 27 "
         "November.", "pmc"),
        ("Pavel Gusev, 23, did his conscript service, then signed a contract; he was killed in "
         "May.", "contract"),
        ("Lieutenant Colonel Dmitry Yegorov, a career officer, was killed near Marinka.",
         "regular"),
        ("Yuri Smirnov, a volunteer of the \"Seliger\" battalion, was killed in December.",
         "volunteer_formation"),
        ("Bikram Gurung, a 27-year-old Nepali citizen, was killed on April 12, 2024 after "
         "signing a contract with the Russian army in January.", "foreign_contract"),
        ("Jean-Paul Mbarga, a 23-year-old Cameroonian, was killed near Avdiivka. He signed a "
         "contract with the Russian army in October.", "foreign_contract"),
    ],
)
def test_channels(text: str, channel: str) -> None:
    assert one(text, "2024-06-01")["channel"] == channel


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Maxim Kovalyov (b. 1998) went missing near Klishchiivka on 5 November 2023.",
         "missing"),
        ("Cuban recruit Yoel Martinez Rodriguez, 19, was captured by Ukrainian forces near "
         "Kupiansk.", "captured"),
        ("Sgt. Oleg Dmitriev was taken prisoner in August and returned home in a prisoner "
         "exchange on 20 October.", "returned"),
        ("The court has sentenced Private Kirill Nosov, 27, to six years for desertion.",
         "deserted"),
        ("A court in Ulan-Ude has declared Tsyren Dorzhiev, 29, dead. The court set the date "
         "of death as 15 March 2023.", "declared_dead"),
        ("Roman Shestakov, 41, went missing in September and is now confirmed dead.", "killed"),
        ("Oksana Minaeva passed away on 30 June from her wounds.", "killed"),
    ],
)
def test_statuses(text: str, status: str) -> None:
    assert one(text, "2024-04-04")["status"] == status


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Alexei Gorbunov was killed in action near Bakhmut, the city administration reported.",
         "Bakhmut"),
        ("Ahmed Hassan Ali was killed in Ukraine's Zaporizhzhia region in December.",
         "Zaporizhzhia region"),
        ("Yoandri Sánchez, 24, was killed in early September in the Bakhmut direction.",
         "Bakhmut direction"),
        ("Private Ruslan Tagirov died of wounds on 3 June 2023 in a military hospital in "
         "Rostov-on-Don.", "Rostov-on-Don"),
        ("Oksana Minaeva died of her wounds on 30 June after her dressing station came under "
         "artillery fire near Svatove.", "Svatove"),
        ("Nimal Perera, a former army sergeant, died in Ukraine on 20 February 2024.",
         "Ukraine"),
    ],
)
def test_place_of_death(text: str, place: str) -> None:
    assert one(text, "2024-04-04")["place_of_death"] == place


def test_where_someone_went_missing_is_no_place_of_death() -> None:
    m = one("Artyom Bulatov, a resident of Izhevsk who joined PMC Wagner, was declared dead; "
            "he went missing near Bakhmut in April 2023.", "2024-03-11")
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "settlement", "region", "inferred"),
    [
        ("Alexei Gorbunov, a native of Prokopyevsk, was killed near Bakhmut.", "Prokopyevsk",
         "RU-KEM", True),
        ("Convict Sergei Gromov, 52, from Omsk, was killed in June.", "Omsk", "RU-OMS", True),
        ("Andrei Kolesov from Bratsk (Irkutsk region) was killed on 4 March.", "Bratsk",
         "RU-IRK", False),
        ("Father Andrei Lipatov, rector of a church in Nerekhta, where he lived with his wife, "
         "was killed by a drone strike near Kreminna.", "Nerekhta", "RU-KOS", True),
        ("Danya grew up here in Novokuznetsk. Daniil Shcherbakov died on 9 October 2023.",
         "Novokuznetsk", "RU-KEM", True),
        # the region named in the text: not inferred from the town (the guide's rule)
        ("Vitaly Orlov, 45, from the town of Kopeysk in the Chelyabinsk region, died in May "
         "2023 near Bakhmut.", "Kopeysk", "RU-CHE", False),
        ("Jasurbek Karimov, an Uzbek citizen and a resident of Tashkent who had worked on "
         "Moscow building sites, was killed in June.", "Tashkent", None, None),
    ],
)
def test_home(text: str, settlement: str, region: str | None, inferred: bool | None) -> None:
    m = one(text, "2024-01-15")
    assert (m["settlement"], m["region"]) == (settlement, region)
    if inferred is not None:
        assert m["region_inferred"] is inferred


def test_a_workplace_is_no_home() -> None:
    m = one("Oksana Minaeva died of her wounds on 30 June. She signed a contract in 2022, "
            "leaving her job at the Novoshakhtinsk city hospital.", "2023-07-05")
    assert (m["settlement"], m["region"]) == (None, None)


def test_a_list_under_a_region_heading() -> None:
    text = ("Kurgan region — deaths confirmed this week:\n"
            "1. Pvt. Denis Sokolov, 1996, Shadrinsk – mobilised, killed 02.10.2023 near "
            "Avdiivka\n"
            "2. Sgt. I. Yu. Markelov (b. 1985), Kurgan – contract, died of wounds in hospital\n"
            "3. Lance Cpl. Pavel Gusev, 23, Kataysk – did his conscript service, then signed a "
            "contract")
    found = people(text, "2023-11-20")
    assert set(found) == {"Sokolov", "Markelov", "Gusev"}
    assert {m["status"] for m in found.values()} == {"killed"}
    assert found["Sokolov"]["birth_date"] == "1996"
    assert found["Sokolov"]["settlement"] == "Shadrinsk"
    assert found["Markelov"]["settlement"] == "Kurgan"
    assert found["Gusev"]["settlement"] == "Kataysk"
    assert (found["Markelov"]["given_name"], found["Markelov"]["patronymic"]) == ("I.", "Yu.")
    assert {m["region"] for m in found.values()} == {"RU-KGN"}
    assert found["Sokolov"]["place_of_death"] == "Avdiivka"


@pytest.mark.parametrize(
    ("text", "published", "events"),
    [
        ("Alexei Gorbunov was killed near Bakhmut. Alexei was mobilised in October 2022. The "
         "farewell ceremony will take place on 16 August at 11:00.", "2023-08-14",
         {"mobilised": "2022-10", "farewell": "2023-08-16"}),
        ("Oleg Zubarev was killed on 27 November near Bakhmut. The funeral service took place "
         "on 6 December.", "2022-12-07", {"funeral": "2022-12-06"}),
        ("Convict Sergei Gromov joined a Storm-Z unit in April 2023. His wife says he went "
         "missing in June near Robotyne.", "2023-08-30",
         {"contract": "2023-04", "missing": "2023-06"}),
        ("Lieutenant Colonel Dmitry Yegorov has been posthumously awarded the title Hero of "
         "Russia by a presidential decree of 3 March 2023. Yegorov was killed on 7 December "
         "2022 near Marinka.", "2023-03-09", {"other": "2023-03-03"}),
        ("Yoandri Sánchez was killed in September. He was granted a Russian passport in "
         "August.", "2023-10-05", {"citizenship": "2023-08"}),
    ],
)
def test_other_dates(text: str, published: str, events: dict[str, str]) -> None:
    assert one(text, published)["other_dates"] == events


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Cuban recruit Yoel Martinez Rodriguez, 19, was captured near Kupiansk.",
         {("Martinez Rodriguez", "Yoel")}),
        ("Mohammed bin Salem al-Harbi, a Syrian national, was killed near Vuhledar.",
         {("al-Harbi", "Mohammed")}),
        ("Ram Bahadur Thapa, 32, from Nepal, was killed on March 12, 2024.",
         {("Thapa", "Ram Bahadur")}),
        ("Pradeep Kumar Yadav, 22, an Indian national, was killed in February.",
         {("Yadav", "Pradeep Kumar")}),
        ("Brothers Andrei and Sergei Kolesnikov from Bratsk were both killed in March.",
         {("Kolesnikov", "Andrei"), ("Kolesnikov", "Sergei")}),
        ("Ruslan and Timur Aliyev, brothers from Makhachkala, were killed together near "
         "Marinka.", {("Aliyev", "Ruslan"), ("Aliyev", "Timur")}),
        ("The Nepalese ministry named six citizens killed in the Russian army: Ram Bahadur "
         "Thapa, Suman Rai, Dil Kumar Tamang, Prem Shrestha, Bishnu Prasad Adhikari and Hari "
         "Gurung.", {("Thapa", "Ram Bahadur"), ("Rai", "Suman"), ("Tamang", "Dil Kumar"),
                     ("Shrestha", "Prem"), ("Adhikari", "Bishnu Prasad"), ("Gurung", "Hari")}),
        ("Yevgeny Prigozhin said that Wagner fighter Dmitry Menshikov, 33, was killed in "
         "Bakhmut on 1 May.", {("Menshikov", "Dmitry")}),
        ("Pskov said goodbye to Oleg Zubarev. The funeral took place at the church of St "
         "Alexander Nevsky. He was killed on 27 November.", {("Zubarev", "Oleg")}),
        ("Ram Thapa was recruited by an agent named Suresh Khadka and killed in March.",
         {("Thapa", "Ram")}),
    ],
)
def test_names(text: str, names: set[tuple[str, str]]) -> None:
    found = extract_text(text, "en", "2024-06-01")
    assert {(m["surname"], m["given_name"]) for m in found} == names


def test_given_name_and_patronymic_join_the_person() -> None:
    m = one("Pskov said goodbye to Oleg Zubarev, a former paratrooper. Oleg Nikolayevich was "
            "44. He was killed on 27 November near Bakhmut.", "2022-12-07")
    assert (m["given_name"], m["patronymic"], m["age"]) == ("Oleg", "Nikolayevich", 44)


def test_russian_citizenship_is_implied_by_a_russian_home_not_by_a_rank_alone() -> None:
    home = one("Private Denis Sokolov from Shadrinsk was killed on 2 October.", "2023-11-20")
    assert home["citizenship"] == "RU"
    assert home["evidence"]["citizenship"]["rule"] == "inferred"
    bare = one("The command of military unit 71432 mourns Sergeant D. S. Ivanyuk, who died on "
               "17.05.2023.", "2023-05-25")
    assert bare["citizenship"] is None


def test_an_enumeration_shares_its_predicate_and_its_demonym() -> None:
    text = ("Indian nationals Mohammed Asfan, 30, from Hyderabad, and Hemil Mangukiya, 23, from "
            "Surat, died after being sent to the front line, their families say.")
    found = people(text, "2024-07-02")
    assert {k: (m["status"], m["citizenship"], m["settlement"], m["age"])
            for k, m in found.items()} == {"Asfan": ("killed", "IN", "Hyderabad", 30),
                                           "Mangukiya": ("killed", "IN", "Surat", 23)}
    two = people("Two Kyrgyz citizens, Azamat Toktogulov and Bektur Osmonov, were killed near "
                 "Avdiivka in January after signing contracts with the Russian defence "
                 "ministry.", "2024-02-14")
    assert {m["channel"] for m in two.values()} == {"foreign_contract"}
    assert {m["death_date"] for m in two.values()} == {"2024-01"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's Coordination Headquarters for POWs said that Russian soldier Nikolai "
         "Petrovich Zuev, 36, from Tula, surrendered near Avdiivka on 12 January 2024.",
         {"surname": "Zuev", "status": "captured", "citizenship": "RU", "settlement": "Tula"}),
        ("Among the 95 servicemen returned to Russia in Saturday's prisoner swap was Corporal "
         "Vadim Lapin of Kaluga, held in Ukrainian captivity since March 2022.",
         {"surname": "Lapin", "status": "returned", "settlement": "Kaluga", "citizenship": "RU"}),
        ("Sri Lankan ex-soldier Kumara Bandara, 41, was seriously wounded near Bakhmut in April.",
         {"surname": "Bandara", "status": "wounded", "citizenship": "LK"}),
        ("Deserter Maksim Kuzmin, a 22-year-old contract soldier from Samara, fled his unit in "
         "July.", {"given_name": "Maksim", "status": "deserted", "region": "RU-SAM"}),
        ("Volunteers buried Andrei Lukin, 47, a native of Nizhny Tagil, who was killed near "
         "Avdiivka on 19 February.", {"surname": "Lukin", "settlement": "Nizhny Tagil",
                                      "region": "RU-SVE"}),
        ("Mercenary from Colombia Juan Carlos Gómez Herrera, 29, was killed in the Kharkiv "
         "region on 2 August 2024.", {"surname": "Gómez Herrera", "settlement": None,
                                      "citizenship": "CO"}),
        ("Mobilized soldier Alexander Nikitin (born 1979), a resident of the village of "
         "Berezovka, Perm Krai, died in hospital on 3 October.",
         {"settlement": "Berezovka", "region": "RU-PER", "birth_date": "1979",
          "channel": "mobilised"}),
        ("An 18-year-old Zambian student, Lemekhani Nyirenda, who was serving a prison "
         "sentence in Moscow, was killed in Ukraine in September 2022 after being recruited "
         "by Wagner.", {"channel": "prisoner", "unit": "Wagner", "citizenship": "ZM",
                        "place_of_death": "Ukraine"}),
        ("Konstantin Alekseyevich Gavrilov 05.05.1989 – 27.12.2023. Killed near Bakhmut. "
         "Farewell on 3 January at the cathedral.",
         {"death_date": "2023-12-27", "other_dates": {"farewell": "2024-01-03"}}),
    ],
)
def test_reports_of_every_kind(text: str, expected: dict[str, Any]) -> None:
    m = one(text, "2023-12-30" if "Gavrilov" in text else "2024-08-20")
    assert {k: m[k] for k in expected} == expected


def test_a_relative_is_the_person_reported_only_when_the_news_is_about_them() -> None:
    found = people("Olga Petrovna Zaitseva, a nurse from Voronezh, lost her son Igor Zaitsev, "
                   "25, a paratrooper, who was killed near Kremennaya on 28 May.", "2024-06-05")
    assert set(found) == {"Zaitsev"}
    assert (found["Zaitsev"]["age"], found["Zaitsev"]["death_date"]) == (25, "2024-05-28")
    post = people("Maxim Kovalyov went missing near Klishchiivka on 5 November 2023, his "
                  "mother Irina Kovalyova wrote.", "2023-12-20")
    assert set(post) == {"Kovalyov"}


def test_an_official_named_after_his_title_is_not_reported() -> None:
    text = ("Two soldiers from the district were killed last month, the head of the Kyakhta "
            "district, Sergei Dondokov, said. Private Bair Tsydenov was one of them.")
    assert set(people(text, "2023-07-20")) == {"Tsydenov"}


def test_a_possessive_is_no_place_of_death() -> None:
    m = one("Rupesh Thapa Magar, 36, died in Russia's war in November 2023, his wife said.",
            "2024-01-10")
    assert (m["place_of_death"], m["surname"], m["given_name"]) == (None, "Magar",
                                                                     "Rupesh Thapa")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Buryatia: three more residents killed. Private Bair Dorzhiev (b. 1991) from Kyakhta, "
         "Junior Sergeant Aldar Tsydenov, 1985, and Lance Corporal Zorigto Badmaev, 29. All "
         "three were mobilised in September 2022.", "2023-06-01",
         {"Dorzhiev": "killed", "Tsydenov": "killed", "Badmaev": "killed"}),
        ("Ukrainian intelligence says Pavel Zaitsev, a 43-year-old former inmate from "
         "Krasnoyarsk who joined Storm-Z, was taken prisoner near Bakhmut on 12 August.",
         "2023-08-30", {"Zaitsev": "captured"}),
        ("Pavel Zaitsev was taken prisoner near Bakhmut on 12 August, said Sergei Zaitsev, "
         "his brother.", "2023-08-30", {"Zaitsev": "captured"}),
    ],
)
def test_who_the_news_is_about(text: str, published: str, expected: dict[str, str]) -> None:
    assert {k: m["status"] for k, m in people(text, published).items()} == expected


def test_born_on_a_date_in_a_town_and_a_region_unknown_as_a_town() -> None:
    m = one("Konstantin Vasilyev, born 3 March 2000 in Kirov, died on 9 April 2024.",
            "2024-04-18")
    assert (m["settlement"], m["birth_date"]) == ("Kirov", "2000-03-03")
    r = one("A resident of the Khanty-Mansi Autonomous Okrug, Maxim Ryabov, 35, was killed "
            "near Avdiivka in March 2024.", "2024-05-22")
    assert (r["settlement"], r["region"]) == (None, "RU-KHM")


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("Alexis Perez, a 22-year-old Cuban, died on 3 January near Bakhmut. He had come to "
         "Russia on the promise of a construction job.", "construction job"),
        ("Yoandri Sanchez, a Cuban, was killed in September. He had travelled to Russia with "
         "an offer of construction work in Ryazan.", "construction work"),
        ("Indian national Hemil Mangukiya, 23, hired as an army helper, was killed on 21 "
         "February.", "army helper"),
        ("Ram Thapa, from Nepal, was killed in March after he was promised a job as a "
         "security guard.", "security guard"),
    ],
)
def test_the_job_promised(text: str, job: str) -> None:
    assert one(text, "2024-03-01")["promised_job"] == job


@pytest.mark.parametrize(
    "text",
    [
        "A court in Ulan-Ude declared missing soldier Tsyren Dorzhiev, 29, legally dead.",
        "The court recognised Artyom Bulatov, who went missing near Bakhmut, as dead.",
        "Sergeant Oleg Ivanov was declared dead by a court in Omsk on 4 April.",
    ],
)
def test_declared_dead_in_several_wordings(text: str) -> None:
    assert one(text, "2024-05-01")["status"] == "declared_dead"


def test_a_city_of_an_occupied_region_named_after_it() -> None:
    m = one("Private Denis Pushilin, 25, a resident of Donetsk, was killed near Vuhledar on 3 "
            "May.", "2024-05-20")
    assert (m["settlement"], m["region"], m["region_occupied"]) == ("Donetsk", "UA-14", True)
    r = one("Ivan Sirko from the Donetsk region was killed near Bakhmut on 2 May.", "2024-05-20")
    assert (r["settlement"], r["region"]) == (None, "UA-14")


def test_a_relative_who_speaks_is_not_reported() -> None:
    found = people("Maxim Kovalyov, 24, went missing near Klishchiivka. His mother, Irina "
                   "Kovalyova, said he was killed.", "2024-06-01")
    assert set(found) == {"Kovalyov"}
    son = people("Her son, Igor Zaitsev, was killed near Kremennaya on 28 May.", "2024-06-01")
    assert set(son) == {"Zaitsev"}


@pytest.mark.parametrize(
    "text",
    ["Francis Kwame Boateng, 35, a Ghanaian, was arrested for working without a permit and "
     "was offered a contract instead of deportation. He was captured on March 2 near Kreminna.",
     "Sandeep Kumar Saini, 24, an Indian citizen, was given a contract by a recruiter in "
     "Moscow. He was killed on May 3, 2024.",
     "Hari Adhikari, 29, a Nepali man, has a contract with the Russian defence ministry. "
     "He was captured near Robotyne."],
)
def test_a_contract_offered_or_held_by_a_foreigner(text: str) -> None:
    [m] = extract_text(text, "en", "2024-06-01")
    assert m["channel"] == "foreign_contract"
