"""One named in a text about others, whose only fact of the war is the channel of the men
the text is about, read in another sentence, is nobody reported; a channel told in his own
sentence keeps him."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

_PUB = "2024-09-01"

NOBODY = [
    ("Семьи контрактников и мобилизованных могут подать заявление на выплату до 1 апреля. "
     "Консультации ведёт начальник отдела Ирина Валерьевна Шумкова.", "ru", "Шумкова"),
    ("Regional authorities raised the bonus for men who sign a contract. At the opening of "
     "the office, Galina Mironova, a nurse, urged men to join.", "en", "Mironova"),
    ("Дружини мобілізованих записали звернення до губернатора. «Мій чоловік пішов на три "
     "місяці», — каже одна з учасниць, Олена Сальникова.", "uk", "Сальникова"),
    ("Мобилизованным выдали новую форму. Форму привезла Ольга Титова.", "ru", "Титова"),
    ("The region pays a bonus to every volunteer who signs a contract. Tatiana Belova, who "
     "heads the recruitment office, spoke to reporters.", "en", "Belova"),
    ("Жінки мобілізованих вийшли на площу. Організаторка акції Марія Андрієнко розповіла "
     "про вимоги.", "uk", "Андрієнко"),
    ("Контрактники получат новые льготы. Документы принимает специалист Ольга Петровна "
     "Захарова.", "ru", "Захарова"),
    ("Mobilised men from Omsk have gone without leave for a year. Their wives wrote to the "
     "governor; Svetlana Orlova read the letter aloud.", "en", "Orlova"),
    ("Семьям мобилизованных помогут с дровами. Дрова привезла Наталья Громова.", "ru",
     "Громова"),
    ("Контрактникам збільшили виплати. Ганна Білик подала документи вчора.", "uk", "Білик"),
]

#: a channel told of the one named, in his own sentence
KEPT = [
    ("Мобилизованный Сергей Лапин из Бийска попал в госпиталь.", "ru", "Лапин"),
    ("Oleg Smirnov signed a contract with the Defence Ministry in May.", "en", "Smirnov"),
    ("Контрактник Олег Іванов отримав поранення під Бахмутом.", "uk", "Іванов"),
]


@pytest.mark.parametrize(("text", "lang", "surname"), NOBODY)
def test_no_one_by_others_channel(text: str, lang: str, surname: str) -> None:
    assert not [m for m in extract_text(text, lang, _PUB) if m["surname"] == surname]


@pytest.mark.parametrize(("text", "lang", "surname"), KEPT)
def test_own_channel_keeps(text: str, lang: str, surname: str) -> None:
    assert [m for m in extract_text(text, lang, _PUB) if m["surname"] == surname]
