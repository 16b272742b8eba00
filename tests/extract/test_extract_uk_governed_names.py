"""A Ukrainian name the dictionary does not know, read in the case the word before it governs:
the object of a plural or impersonal verb ("поховали Баїра Доржиєва"), the genitive after a
plural noun ("батьки Баяра Жамсуєва"), and a man's name where an oblique case and its -а
endings say so ("рідні Жаргала Цибікова"); a name a plural verb may have as its subject, or
a woman's name in the nominative, is left as written."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

GOVERNED = [
    ("У Бурятії поховали Баїра Доржиєва, який загинув під Авдіївкою.", "Доржиєв", "Баїр"),
    ("У Туві поховали Аяса Монгуша, який загинув під Бахмутом.", "Монгуш", "Аяс"),
    ("Рідні Жаргала Цибікова з Чити отримали сповіщення про його загибель.", "Цибіков",
     "Жаргал"),
    ("Вчора в Кизилі вшанували Айдиса Ондара, який загинув на Запорізькому напрямку.",
     "Ондар", "Айдис"),
    ("Під Вугледаром вбили Саяна Балданова з Улан-Уде, повідомили рідні.", "Балданов",
     "Саян"),
    ("Вчора поховали Арсалана Намсараєва з Кяхти, загиблого в зоні так званої СВО.",
     "Намсараєв", "Арсалан"),
    ("Батьки Баяра Жамсуєва дізналися про загибель сина під Авдіївкою.", "Жамсуєв", "Баяр"),
    ("У Якутську поховали Айсена Николаєва, який загинув під Бахмутом.", "Николаєв", "Айсен"),
    ("Окупанти вбили Айгуль Рахимову, мешканку Мелітополя.", "Рахимова", "Айгуль"),
    ("Побратими Чингиса Будаєва розповіли, що він загинув під Кремінною.", "Будаєв",
     "Чингис"),
    ("Сьогодні в Елісті поховають Санала Бадмаєва, який загинув під Бахмутом.", "Бадмаєв",
     "Санал"),
]


@pytest.mark.parametrize(("text", "surname", "given"), GOVERNED)
def test_governed_name_in_the_nominative(text: str, surname: str, given: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert (m["surname"], m["given_name"]) == (surname, given)


AS_WRITTEN = [
    ("Загинули Баїр Доржиєв та Аяс Монгуш, обидва з Бурятії.",
     [("Доржиєв", "Баїр"), ("Монгуш", "Аяс")]),
    ("Загинула Айгуль Рахимова, фельдшерка з Казані.", [("Рахимова", "Айгуль")]),
    ("Під Бахмутом загинули Семен Дмитрієв і Айтал Петров.",
     [("Дмитрієв", "Семен"), ("Петров", "Айтал")]),
    ("У Тернополі попрощалися з Андрієм Коваленком, який загинув під Бахмутом.",
     [("Коваленко", "Андрій")]),
]


@pytest.mark.parametrize(("text", "names"), AS_WRITTEN)
def test_name_left_as_written(text: str, names: list[tuple[str, str]]) -> None:
    found = [(m["surname"], m["given_name"]) for m in extract_text(text, "uk", "2024-06-01")]
    assert found == names
