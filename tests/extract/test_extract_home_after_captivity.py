"""Back home: a return told after the time held ("returned home after eight months in
captivity", "After a year in captivity he came back in the exchange") or a return to one's
country that closes its clause ("… вернулся на родину.") is the person's status, over the
capture or the wound the story tells before it; a bare "вернулся домой" may be a leave."""

from __future__ import annotations

import pytest
from extract_people import only_status

RETURNED = [
    ("A 19-year-old conscript from Pskov, Maxim Orlov, has returned home after eight months "
     "in Ukrainian captivity, his sister Yulia said.", "en"),
    ("After fourteen months in captivity my son, Daniil Fomichev, came back yesterday in the "
     "exchange. He had been taken prisoner near Bilohorivka.", "en"),
    ("Sergeant Pavel Gromov came home after almost two years in Russian captivity. He was "
     "captured near Mariupol in 2022.", "en"),
    ("Following ten months of captivity, Private Oleg Sukhov finally came back to his "
     "family in Bryansk. He was wounded and captured near Robotyne.", "en"),
    ("Corporal Artyom Lebedev is back home in the latest swap. He had been captured near "
     "Avdiivka in February.", "en"),
    ("Гражданин Шри-Ланки, завербованный в российскую армию через агентство, вернулся на "
     "родину. 41-летний Чаминда Перера рассказал, что был ранен под Покровском.", "ru"),
    ("Рядовой Николай Звягин из Орла, попавший в плен под Курском, вернулся на родину 9 февраля.",
     "ru"),
    ("Мобилизованный Сергей Лаптев, раненый под Угледаром в прошлом году, вернулся на "
     "родину.", "ru"),
    ("Громадянин Непалу Рам Гурунг, якого поранило під Вовчанськом, повернувся на "
     "батьківщину.", "uk"),
    ("Олег Ткачук, який потрапив у полон під Бахмутом, нарешті повернувся на батьківщину.",
     "uk"),
]

#: no return: one not back, one home on leave or to be treated, one dead after coming home
NOT_RETURNED = [
    ("Private Ivan Sokolov was captured near Bakhmut in May and has not come back after "
     "eight months in captivity.", "en", "captured"),
    ("Рядовой Иван Сомов из Твери был ранен под Бахмутом и не вернулся домой.", "ru",
     "wounded"),
    ("Рядовой Иван Сомов вернулся домой в отпуск, а через месяц погиб под Работино.", "ru",
     "killed"),
    ("Олег Ткачук повернувся на батьківщину, а у березні загинув під Покровськом.", "uk",
     "killed"),
    ("Рядовой Илья Иванов был ранен под Бахмутом и вернулся домой.", "ru", "wounded"),
]


@pytest.mark.parametrize(("text", "lang"), RETURNED)
def test_home_again_is_returned(text: str, lang: str) -> None:
    assert only_status(text, lang) == "returned"


@pytest.mark.parametrize(("text", "lang", "status"), NOT_RETURNED)
def test_no_return(text: str, lang: str, status: str) -> None:
    assert only_status(text, lang) == status
