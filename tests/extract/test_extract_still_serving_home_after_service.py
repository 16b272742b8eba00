"""A man still with his unit is serving ("is still with his unit", "remains in the Russian
army", "was still being kept with his unit"); one back home after a term of service told by
its length has returned ("вернулся домой после года службы", "спустя шесть месяцев на
фронте", "повернувся додому після року служби"), as the Russian guide reads a return home
after service; not one who was with his unit when he fell, nor home after a wound."""

from __future__ import annotations

import pytest
from extract_people import only_status


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("Amandeep Singh, 22, is still with his unit near Pokrovsk, his brother said.", "en",
         "serving"),
        ("Amandeep Singh, 22, of Hoshiarpur, remains in the Russian army, his brother said.",
         "en", "serving"),
        ("Amandeep Singh, 22, of Hoshiarpur, was still being kept with his unit in May.", "en",
         "serving"),
        ("Rahul Kumar's cousin, Deepak Kumar, 25, remained with the battalion after the "
         "attack.", "en", "serving"),
        ("Bikash Rai, 29, is still in the army, his wife said on Monday.", "en", "serving"),
        ("Мобилизованный из Якутска Николай Сивцев вернулся домой после года службы.", "ru",
         "returned"),
        ("Николай Сивцев из Якутска вернулся домой спустя шесть месяцев на фронте.", "ru",
         "returned"),
        ("Мобілізований Микола Сивцев з Якутська повернувся додому після року служби.", "uk",
         "returned"),
        ("Контрактник Олег Рыжов из Кургана вернулся домой после двух лет службы.", "ru",
         "returned"),
        ("Олег Рижов з Кургана повернувся додому через пів року на фронті.", "uk",
         "returned"),
    ],
)
def test_still_serving_or_back_after_service(text: str, lang: str, status: str) -> None:
    assert only_status(text, lang) == status


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Amandeep Singh, 22, was with his unit when he was killed near Pokrovsk.", "en"),
        ("Николай Сивцев из Якутска вернулся домой после ранения и погиб через месяц на "
         "фронте.", "ru"),
    ],
)
def test_killed_stays_killed(text: str, lang: str) -> None:
    assert only_status(text, lang) == "killed"
