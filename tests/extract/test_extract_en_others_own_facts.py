"""English: the age, birth, home, unit or rank set beside a relative or an official (his
appositions, or a clause of origin he is the subject of) is not the casualty's."""

from __future__ import annotations

import pytest
from extract_people import person_named

_PUB = "2024-09-01"

#: (text, surname of the casualty, field, value he must NOT get)
NOT_HIS = [
    ("Private Ivan Petrov was killed on 5 May 2024. His mother, Anna Petrova, 58, said he "
     "had signed a contract in 2023.", "Petrov", "age", 58),
    ("Sergeant Oleg Smirnov died near Avdiivka. The governor, Roman Starovoit, a native of "
     "Kursk, offered condolences.", "Smirnov", "settlement", "Kursk"),
    ("The family of Andrei Kuznetsov says he went missing near Kupiansk in January 2024. His "
     "wife, Olga, 34, born in 1990 in Omsk, has been searching for him for months.",
     "Kuznetsov", "age", 34),
    ("The family of Andrei Kuznetsov says he went missing near Kupiansk in January 2024. His "
     "wife, Olga, 34, born in 1990 in Omsk, has been searching for him for months.",
     "Kuznetsov", "birth_date", "1990"),
    ("Regional head Gleb Nikitin, a colonel in the reserve who served in the 20th Army, laid "
     "flowers at the grave of Lieutenant Pavel Sidorov, who died of his wounds on 3 February.",
     "Sidorov", "unit", "20th Army"),
    ("Regional head Gleb Nikitin, a colonel in the reserve who served in the 20th Army, laid "
     "flowers at the grave of Lieutenant Pavel Sidorov, who died of his wounds on 3 February.",
     "Sidorov", "rank", "colonel"),
    ("Marat Gabdullin was killed in Zaporizhzhia region in July. His widow, Elvira "
     "Gabdullina, 41, a teacher from Kazan, learned of his death from his commander.",
     "Gabdullin", "age", 41),
    ("Volunteer Timur Aliyev has been listed as missing since March. His father, Rustam "
     "Aliyev, a native of Makhachkala, appealed to the defence ministry.",
     "Aliyev", "settlement", "Makhachkala"),
    ("Yegor Lapin went missing near Robotyne in August. The mayor, Sergei Kuzmin, 62, said "
     "the town would help the family.", "Lapin", "age", 62),
    ("Artur Sadykov died in hospital of his wounds. His uncle, Ildar Sadykov, a paratrooper "
     "of the 98th Airborne Division, told us the news.", "Sadykov", "unit",
     "98th Airborne Division"),
    ("Nikita Belov was killed near Kreminna in May. His mother, 52-year-old Larisa, still "
     "cannot believe it.", "Belov", "age", 52),
]

#: the casualty's own facts beside a relative's words stay his
HIS = [
    ("Private Ivan Petrov, 24, was killed on 5 May 2024. His mother, Anna Petrova, said he "
     "had signed a contract in 2023.", "Petrov", "age", 24),
    ("Sergeant Oleg Smirnov, a native of Kursk, died near Avdiivka. The governor offered "
     "condolences to his mother, Anna.", "Smirnov", "settlement", "Kursk"),
    ("His mother, Anna Petrova, said her son, Corporal Ivan Petrov, 25, was killed near "
     "Bakhmut in May.", "Petrov", "age", 25),
    ("Ivan Petrov, 31, was killed in May. His mother, who lives in Omsk, said he had grown "
     "up in Tula.", "Petrov", "age", 31),
    ("Maxim Orlov, 22, of Pskov was killed in March, his father, Nikolai Orlov, told "
     "reporters.", "Orlov", "settlement", "Pskov"),
]


@pytest.mark.parametrize(("text", "surname", "field", "value"), NOT_HIS)
def test_a_relatives_or_officials_fact_is_not_his(text: str, surname: str, field: str,
                                                  value: object) -> None:
    assert person_named(text, "en", surname, _PUB).get(field) != value


@pytest.mark.parametrize(("text", "surname", "field", "value"), HIS)
def test_his_own_fact_stays(text: str, surname: str, field: str, value: object) -> None:
    assert person_named(text, "en", surname, _PUB).get(field) == value
