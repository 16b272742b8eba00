"""A court's own sentence of a soldier (a deserter, a war criminal) is the punishment the
text reports, not how he came to fight: no prisoner channel from "осуждённый" after the
verdict or from the colony of the term passed; a convict recruited from a colony still is."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.vocab import Channel


def channels(text: str, lang: str) -> dict[str, object]:
    return {str(m["surname"]): m["channel"] for m in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "lang", "surname", "channel"),
    [
        ("Гарнизонный военный суд приговорил мобилизованного Олега Петрова к пяти годам "
         "колонии-поселения за самовольное оставление части. Осуждённый вину признал.", "ru",
         "Петров", Channel.MOBILISED),
        ("Суд приговорил контрактника Ивана Сорокина к шести годам исправительной колонии "
         "за дезертирство.", "ru", "Сорокин", Channel.CONTRACT),
        ("Военный суд в Чите осудил рядового-контрактника Дениса Лаврова, оставившего "
         "позиции под Угледаром. Осуждённому назначено четыре года.", "ru", "Лавров",
         Channel.CONTRACT),
        ("Суд призначив п'ять років колонії мобілізованому Олегу Дорохову, який самовільно "
         "залишив частину.", "uk", "Дорохов", Channel.MOBILISED),
        ("Суд засудив добровольця загону «БАРС-12» Ігоря Симонова, який залишив позиції. "
         "Засуджений перебуває під вартою.", "uk", "Симонов", Channel.VOLUNTEER_FORMATION),
        ("Військовий суд призначив сім років колонії контрактнику Андрію Білову за втечу з "
         "частини.", "uk", "Білов", Channel.CONTRACT),
        ("A military court sentenced Pavel Zuyev, a mobilised soldier who fled his unit, to "
         "five years. The convicted deserter did not appeal.", "en", "Zuyev",
         Channel.MOBILISED),
        ("Суд признал виновным мобилизованного Артёма Кислова в самовольном оставлении части "
         "и назначил ему пять лет; осуждённый будет отбывать срок в колонии.", "ru", "Кислов",
         Channel.MOBILISED),
        # a convict recruited from a colony stays a prisoner
        ("Бывший заключённый Виктор Рябов был завербован в колонии в «Шторм Z» и погиб под "
         "Авдеевкой.", "ru", "Рябов", Channel.PRISONER),
        ("Осуждённый за разбой Сергей Маслов подписал контракт в колонии и погиб в мае.",
         "ru", "Маслов", Channel.PRISONER),
        ("Засуджений Олексій Гусєв, завербований з ІК-5, загинув під Бахмутом.", "uk",
         "Гусєв", Channel.PRISONER),
        ("Convict Ivan Lukin, recruited from a penal colony, was killed near Bakhmut.", "en",
         "Lukin", Channel.PRISONER),
        # sentenced for a crime before the war, no offence of service: still a convict
        ("В 2019 году суд приговорил Руслана Кадырова к девяти годам за разбой. Осуждённый "
         "ушёл в «Вагнер» и погиб под Бахмутом.", "ru", "Кадыров", Channel.PRISONER),
    ],
)
def test_a_verdict_is_no_prisoner_channel(text: str, lang: str, surname: str,
                                          channel: Channel) -> None:
    assert channels(text, lang)[surname] == channel
