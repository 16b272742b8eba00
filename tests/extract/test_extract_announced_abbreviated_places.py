"""A day announced in a sentence whose place is abbreviated ("в д. Малые Шемердяны", "в
с. Ивановка", "у с. Борове") is still announced: a one-letter abbreviation's dot ends no
sentence, so a day a few days after publication keeps the publication's year, and the
death before it is not pushed a year back."""

from __future__ import annotations

import pytest
from extract_people import person_named

#: a paragraph's long opening (its ceremony word far from the line's start)
RU_LEAD = ("Администрация муниципального округа с глубоким прискорбием сообщает о гибели в ходе "
           "специальной военной операции нашего земляка, который до последнего выполнял боевую "
           "задачу вместе с товарищами на одном из самых трудных участков фронта. ")
UK_LEAD = ("Місцеві пабліки з глибоким сумом повідомляють про загибель у ході так званої "
           "спеціальної військової операції ще одного земляка, який до останнього виконував "
           "бойове завдання разом з товаришами на одній з ділянок фронту. ")


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "event", "day"),
    [
        (RU_LEAD + "Оба погибли 8 ноября. Прощание с Алексеем Фёдоровым состоится 22 ноября в "
         "д. Малые Шемердяны, с Игорем Семёновым — 23 ноября в Ядрине.", "ru", "2023-11-20",
         "Семёнов", "farewell", "2023-11-23"),
        (RU_LEAD + "Рядовой Олег Ким погиб 2 марта. Прощание состоится в с. Ивановка, в "
         "сельском клубе, 16 марта.", "ru", "2024-03-14", "Ким", "farewell", "2024-03-16"),
        (RU_LEAD + "Сержант Денис Орлов погиб 1 апреля. Прощание пройдёт в г. Чита, "
         "у ДК шахтёров, 5 апреля.", "ru", "2024-04-03", "Орлов", "farewell", "2024-04-05"),
        (UK_LEAD + "Солдат Іван Кім загинув 2 березня. Прощання відбудеться у с. Борове, біля "
         "клубу, 16 березня.", "uk", "2024-03-14", "Кім", "farewell", "2024-03-16"),
        ("Рядовой Павел Гуров погиб 9 мая. Прощание будет в п. Новый, на площади, в "
         "четверг.", "ru", "2024-05-14", "Гуров", "farewell", "2024-05-16"),
    ],
)
def test_announced_day_keeps_the_year(text: str, lang: str, published: str, surname: str,
                                      event: str, day: str) -> None:
    m = person_named(text, lang, surname, published)
    assert (m["other_dates"] or {}).get(event) == day
    assert m["death_date"][:4] == published[:4]


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "event", "day"),
    [
        # told in the past: the latest such day, last year's when it lies ahead this year
        ("Рядовой Олег Ким погиб 2 марта. Прощание прошло в с. Ивановка 16 марта.", "ru",
         "2024-03-14", "Ким", "farewell", "2023-03-16"),
        ("Солдат Іван Кім загинув 2 березня. Поховали його у с. Борове 16 березня.", "uk",
         "2024-03-14", "Кім", "funeral", "2023-03-16"),
        ("Рядовой Павел Гуров погиб 2 мая. Прощание прошло в п. Новый в четверг.", "ru",
         "2024-05-14", "Гуров", "farewell", "2024-05-09"),
        # the abbreviation after a finished sentence: no announcement reaches back over it
        ("Рядовой Олег Ким погиб 20 марта в с. Ивановка. Прощание состоится завтра.", "ru",
         "2024-03-14", "Ким", "farewell", "2024-03-15"),
    ],
)
def test_past_or_other_sentence_not_announced(text: str, lang: str, published: str,
                                              surname: str, event: str, day: str) -> None:
    m = person_named(text, lang, surname, published)
    assert (m["other_dates"] or {}).get(event) == day
