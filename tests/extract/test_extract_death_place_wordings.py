"""A place of death, of capture or of a kill told by words other than the plain death verb:
a life given, laid down or cut short ("віддав життя … поблизу Авдіївки", "склав голову під
Бахмутом", "жизнь … оборвалась под Кременной", "Дрон обірвав життя … під Вовчанськом",
"laid down his life near Vuhledar"), a death that overtook him ("смерть настигла … у
Горловки"), the enemy's words of a kill ("ликвидирован под Бахмутом", "Liquidated … near
Bakhmut", "eliminated … near Robotyne") and the captors' or the captive's words ("взяли в плен
… в районе Очеретино", "был захвачен … под Работино"). The same words about someone or
something else give his place nothing, and the captors' words of a group on a front do not
outweigh his own town of surrender told apart."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _place(text: str, lang: str) -> str | None:
    (m,) = [m for m in extract_text(text, lang, "2024-09-01") if m["given_name"]]
    return m["place_of_death"]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Жизнь рядового Ивана Петрова оборвалась под Кременной.",
         "ru", "Кременная"),
        ("Смерть настигла рядового Ивана Петрова у Горловки.",
         "ru", "Горловка"),
        ("Сержант Олег Смирнов, житель Тулы, был захвачен летом 2023 года под Работино.",
         "ru", "Работино"),
        ("Бойцы ВСУ взяли в плен рядового Андрея Волкова из Омска в районе Очеретино.",
         "ru", "Очеретино"),
        ("Контрактник Павел Зуев из Кургана ликвидирован под Бахмутом, сообщает ВСУ.",
         "ru", "Бахмут"),
        ("Солдат Іван Петренко віддав життя за Україну поблизу Авдіївки.",
         "uk", "Авдіївка"),
        ("Солдат Іван Петренко склав голову під Бахмутом.",
         "uk", "Бахмут"),
        ("Життя солдата Івана Петренка обірвалося під Кремінною.",
         "uk", "Кремінна"),
        ("Дрон обірвав життя сержанта Олега Смирнова під Вовчанськом.",
         "uk", "Вовчанськ"),
        ("KOLESNIKOV Artyom (b. 1996), Barnaul. Liquidated on 2 March 2023 near Bakhmut.",
         "en", "Bakhmut"),
        ("Private Ivan Petrov from Omsk was eliminated by a drone near Robotyne.",
         "en", "Robotyne"),
        ("Sergeant Oleg Smirnov laid down his life near Vuhledar.",
         "en", "Vuhledar"),
    ],
)
def test_the_wording_tells_the_place(text: str, lang: str, place: str) -> None:
    assert _place(text, lang) == place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Рядовой Иван Петров вырос в Курске, где и началась его взрослая жизнь. Погиб он "
         "под Бахмутом.",
         "ru", "Бахмут"),
        ("Private Ivan Petrov was killed near Bakhmut. The drone team that eliminated the "
         "tank was based in Kramatorsk.",
         "en", "Bakhmut"),
        ("Солдат Іван Петренко загинув під Бахмутом. Його брат віддав життя роботі у Києві.",
         "uk", "Бахмут"),
        # the captors took a group on a front; his own town of surrender, told apart, wins
        ("Бойцы ВСУ взяли в плен на Запорожском направлении рядового Баира Дашиева из "
         "Улан-Удэ. Сдался он 8 июня у села Новодаровка, когда остался без связи.",
         "ru", "Новодаровка"),
    ],
)
def test_the_wording_of_another_gives_nothing(text: str, lang: str, place: str) -> None:
    assert _place(text, lang) == place
