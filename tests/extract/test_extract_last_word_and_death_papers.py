"""Two dated events near a death in Russian and Ukrainian texts that are not its day: the last
message, call or letter from him (the last contact: other_dates.other), and a death
certificate sent or received (the death reported)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2023, 12, 12)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, day", [
    ("Иван Петров погиб под Бахмутом. Последний звонок от сына мать получила 3 ноября.",
     "ru", "Петров", "2023-11-03"),
    ("Иван Петров погиб 3 октября. Последнее письмо от него пришло 28 сентября.", "ru",
     "Петров", "2023-09-28"),
    ("Последнее сообщение Иван Петров отправил жене 2 октября, после чего пропал без вести.",
     "ru", "Петров", "2023-10-02"),
    ("Окупант Іван Петров загинув під Бахмутом. Останнє повідомлення від нього родина "
     "отримала 17 жовтня.", "uk", "Петров", "2023-10-17"),
    ("Окупант Іван Петров загинув 3 жовтня під Бахмутом. Останній дзвінок від сина мати "
     "отримала 1 жовтня.", "uk", "Петров", "2023-10-01"),
])
def test_the_last_word_from_him_is_contact(text: str, lang: str, surname: str,
                                           day: str) -> None:
    p = _person(text, lang, surname)
    assert (p["other_dates"] or {}).get("contact") == day
    assert p["death_date"] != day


@pytest.mark.parametrize("text, lang, surname, day", [
    ("Артур Галеев погиб на Запорожском направлении. В конце ноября сослуживец прислал "
     "матери фотографию свидетельства о смерти.", "ru", "Галеев", "2023-11"),
    ("Иван Петров погиб под Бахмутом. Свидетельство о смерти семья получила 20 ноября.",
     "ru", "Петров", "2023-11-20"),
    ("Родные Андрея Сомова 4 декабря получили свидетельство о его смерти, выданное "
     "военкоматом.", "ru", "Сомов", "2023-12-04"),
    ("Окупант Іван Петров загинув під Бахмутом. Свідоцтво про смерть матері надіслали "
     "20 листопада.", "uk", "Петров", "2023-11-20"),
    ("Рідним Андрія Сомова загиблого під Кремінною, 4 грудня видали свідоцтво про смерть.",
     "uk", "Сомов", "2023-12-04"),
])
def test_a_death_certificate_reports_the_death(text: str, lang: str, surname: str,
                                               day: str) -> None:
    p = _person(text, lang, surname)
    assert (p["other_dates"] or {}).get("reported") == day
    assert p["death_date"] is None


@pytest.mark.parametrize("text, lang, surname, death", [
    # guards: the death's own day stays, and "последнее" of other things is no contact
    ("Иван Петров погиб 5 октября, в последнем бою под Авдеевкой.", "ru", "Петров",
     "2023-10-05"),
    ("Окупант Іван Петров загинув 5 жовтня в останньому бою під Авдіївкою.", "uk", "Петров",
     "2023-10-05"),
])
def test_the_death_day_stays(text: str, lang: str, surname: str, death: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] == death
    assert "contact" not in (p["other_dates"] or {})
