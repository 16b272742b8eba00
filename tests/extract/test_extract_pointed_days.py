"""A day told by pointing at the day after one told before it ("на следующий день", "наступного
дня", "днём позже", "the next day", "a day later") dates the event of its own clause."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _person(text: str, lang: str, pub: str, given: str) -> dict[str, object]:
    people = [m for m in extract_text(text, lang, pub) if m["given_name"] == given]
    assert len(people) == 1, people
    return people[0]


@pytest.mark.parametrize(
    ("lang", "pub", "text", "given", "death"),
    [
        ("uk", "2024-10-07", "29 вересня їхню групу біля Любимівки накрили FPV-дрони. Рядовий "
         "Ренат Галієв з Казані помер наступного дня від кровотечі.", "Ренат", "2024-09-30"),
        ("ru", "2024-06-01", "Иван Петров был тяжело ранен 5 мая, а на следующий день скончался "
         "в госпитале Ростова.", "Иван", "2024-05-06"),
        ("uk", "2024-06-01", "Іван Петренко отримав поранення 5 травня, а наступного дня помер "
         "у шпиталі.", "Іван", "2024-05-06"),
        ("en", "2024-06-01", "Sergeant Ivan Lukin was wounded on May 5. He died in a hospital "
         "in Rostov the next day.", "Ivan", "2024-05-06"),
        ("ru", "2024-04-01", "12 марта колонна попала под обстрел у Бахмута. Рядовой Иван Петров "
         "скончался от ран на следующее утро.", "Иван", "2024-03-13"),
        ("en", "2024-04-01", "On 12 March the column came under artillery fire near Bakhmut. "
         "Private Ivan Petrov died of his wounds a day later.", "Ivan", "2024-03-13"),
        ("ru", "2024-04-01", "3 марта штурмовую группу накрыло миномётным огнём. Ефрейтор Иван "
         "Сомов умер днём позже в полевом госпитале.", "Иван", "2024-03-04"),
    ],
)
def test_a_death_on_a_day_pointed_back_at(lang: str, pub: str, text: str, given: str,
                                          death: str) -> None:
    assert _person(text, lang, pub, given)["death_date"] == death


@pytest.mark.parametrize(
    ("lang", "pub", "text", "given", "event", "day"),
    [
        ("ru", "2025-08-19", "Рядовой Фарход Рахимов погиб 2 июля. Тело доставили в Худжанд "
         "только 14 августа, похоронили его на следующий день на кладбище.", "Фарход",
         "funeral", "2025-08-15"),
        ("ru", "2024-02-19", "Рядовой Олег Сизых погиб 7 февраля. Прощание пройдёт 24 февраля в "
         "ДК. Похоронят Олега на следующий день на кладбище в Звёздном.", "Олег", "funeral",
         "2024-02-25"),
        ("en", "2025-10-30", "Private Ivan Petrov was killed on June 17. His body reached his "
         "native village only on October 11, and he was buried the next day.", "Ivan",
         "funeral", "2025-10-12"),
        ("ru", "2024-03-20", "Мобилизованный Иван Петров погиб 8 марта. Тело привезли в "
         "Ишим 15 марта, прощание прошло на следующий день в ДК.", "Иван", "farewell",
         "2024-03-16"),
    ],
)
def test_a_ceremony_on_a_day_pointed_back_at(lang: str, pub: str, text: str, given: str,
                                             event: str, day: str) -> None:
    other = _person(text, lang, pub, given)["other_dates"]
    assert isinstance(other, dict) and other.get(event) == day


@pytest.mark.parametrize(
    ("lang", "pub", "text", "given"),
    [
        # the day after an event named, not after a day told
        ("ru", "2024-06-01", "Рядовой Иван Петров погиб 3 мая. На следующий день после гибели "
         "сына мать получила письмо.", "Иван"),
        ("en", "2024-06-01", "Private Ivan Petrov was killed on May 3. The next day after his "
         "death his mother received a letter.", "Ivan"),
        # no day told before
        ("ru", "2024-06-01", "Рядовой Иван Петров погиб в мае под Бахмутом. Похоронили его на "
         "следующий день.", "Иван"),
    ],
)
def test_no_day_pointed_at(lang: str, pub: str, text: str, given: str) -> None:
    person = _person(text, lang, pub, given)
    other = person["other_dates"] or {}
    assert isinstance(other, dict)
    assert "2024-05-04" not in other.values() and not other.get("funeral")
