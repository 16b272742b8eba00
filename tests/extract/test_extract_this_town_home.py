"""A home told by a word for a kind of place that points back at the town just named ("…
в кишлаке Мехнатобод похоронили …, родом из этого кишлака", "пгт Промышленная … уроженцем
и жителем посёлка", "У місті Ургут … уродженця цього міста"): the town named before the cue,
in its sentence or the one before. A plural cue ("двое жителей села") is no one's home, a
kind with its own name after it is read as that name, and a cue with no town before it gives
nothing."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _home(text: str, lang: str) -> tuple[str | None, str | None]:
    (m,) = [m for m in extract_text(text, lang, "2024-09-01") if m["given_name"]]
    return m["settlement"], m["region"]


@pytest.mark.parametrize(
    ("text", "lang", "settlement", "region"),
    [
        ("В кишлаке Мехнатобод похоронили Шерали Назарова, родом из этого кишлака. Он погиб "
         "под Курахово.", "ru", "Мехнатобод", None),
        ("В Доме культуры пгт Промышленная прошло прощание со старшим сержантом Олегом "
         "Шмаковым, уроженцем и жителем посёлка.", "ru", "Промышленная", None),
        ("Рядовой Иван Петров погиб под Бахмутом. Похоронили его в селе Кулунда, он был "
         "уроженцем этого села.", "ru", "Кулунда", "RU-ALT"),
        ("В субботу в городе Шадринске похоронили сержанта Олега Смирнова, жителя этого "
         "города.", "ru", "Шадринск", "RU-KGN"),
        ("В Шадринске похоронили сержанта Олега Смирнова. Он был уроженцем этого города и "
         "погиб под Бахмутом.", "ru", "Шадринск", "RU-KGN"),
        ("У місті Ургут поховали громадянина Узбекистану Шерзода Норматова, уродженця цього "
         "міста.", "uk", "Ургут", None),
        ("У селі Кочево поховали рядового Івана Петрова, уродженця цього села. Загинув він "
         "під Бахмутом.", "uk", "Кочево", "RU-PER"),
        ("14 лютого в селі Кочево попрощалися з уродженцем цього села Олександром Чупровим, "
         "який загинув під Авдіївкою.", "uk", "Кочево", "RU-PER"),
    ],
)
def test_the_kind_points_back_at_the_town(text: str, lang: str, settlement: str,
                                          region: str | None) -> None:
    assert _home(text, lang) == (settlement, region)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Снаряд попал в дом в селе Головчино. Погибла 67-летняя Нина Тарасова, ещё двое "
         "жителей села ранены.", "ru"),
        ("Погиб рядовой Иван Петров, уроженец этого села.", "ru"),
        ("Рядовой Иван Петров погиб под Курском.\n\nОн был жителем этого города.", "ru"),
    ],
)
def test_no_home_without_a_town_pointed_at(text: str, lang: str) -> None:
    assert _home(text, lang) == (None, None)
