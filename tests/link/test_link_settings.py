"""Blocking: candidate pairs stay few when a name is common, and typos still meet."""

from __future__ import annotations

import random

import pandas as pd
from splink.blocking_analysis import count_comparisons_from_blocking_rules

from headcount.link import settings as spec
from headcount.link.engines import open_engine
from headcount.link.standardise import RARE_BLOCK, Columns, standardise
from headcount.link.train import training_sample

COLS = Columns(surname="surname", given_name="given", birth_date="born", death_date="died")


def _common_name_table(n: int) -> pd.DataFrame:
    """``n`` different people all called Ivanov Aleksandr, with different dates."""
    rng = random.Random(3)
    return pd.DataFrame({
        "surname": ["Иванов"] * n,
        "given": ["Александр"] * n,
        "born": [f"{rng.randint(1960, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                 for _ in range(n)],
        "died": [f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(n)],
    })  # fmt: skip


def _pairs(std: pd.DataFrame) -> int:
    columns = ["birth_year", "death_year"]
    counts = count_comparisons_from_blocking_rules(
        open_engine("duckdb", std)[1],
        blocking_rules=spec.blocking_rules(columns),
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        record_sample_proportion=1.0,
    )
    return int(counts[-1]["cumulative_comparison_count"])


def test_a_common_name_is_not_one_block() -> None:
    n = 3 * RARE_BLOCK
    std = standardise(_common_name_table(n), COLS)
    assert std["pair_key"].nunique() == 1
    assert std["pair_key_rare"].isna().all()  # shared by more than RARE_BLOCK records
    all_pairs = n * (n - 1) // 2
    # only the pairs that share a birth year or a death month are candidates
    assert _pairs(std) < all_pairs / 4


def test_rare_names_and_typos_with_a_date_are_candidates() -> None:
    df = pd.DataFrame({
        "surname": ["Тхапа", "Thapa", "Петров", "Петроф", "Сидоренко"],
        "given": ["Рам", "Ram", "Иван", "Иван", "Олег"],
        "born": [None, None, "1990-04-02", "1990-04-02", None],
        "died": [None, None, None, None, "2023-05-01"],
    })  # fmt: skip
    std = standardise(df, COLS)
    assert std.loc[0, "pair_key_rare"] == std.loc[1, "pair_key_rare"]  # no dates: the name alone
    assert _pairs(std) == 2  # Thapa across scripts; Petrov/Petrof by given name and birth date


def test_a_name_written_otherwise_meets_on_date_and_a_rare_column() -> None:
    """A married name or a nickname shares nothing with the other record's name: the
    birth date and a column rarely shared by chance (an id, a postcode) still make them
    candidates; the rare column without the date does not (it is not unique enough)."""
    df = pd.DataFrame({
        "surname": ["Kowalska", "Nowak", "Lis", "Wrona"],
        "given": ["Anna", "Maria", "Jan", "Piotr"],
        "born": ["1971-03-05", "1971-03-05", "1980-01-01", "1990-07-07"],
        "code": ["K-117", "K-117", "Z-9", "Z-9"],
    })  # fmt: skip
    std = standardise(df, Columns(surname="surname", given_name="given", birth_date="born",
                                  extra=("code",)))  # fmt: skip
    col = next(c for c in std.columns if c.startswith("x_"))
    rules = spec.blocking_rules(["birth_year", col], blockable=[col])
    counts = count_comparisons_from_blocking_rules(
        open_engine("duckdb", std)[1], blocking_rules=rules, link_type="dedupe_only",
        unique_id_column_name="unique_id", record_sample_proportion=1.0,
    )  # fmt: skip
    assert int(counts[-1]["cumulative_comparison_count"]) == 1  # Kowalska/Nowak, not Lis/Wrona


def test_training_sample_is_seeded_and_bounded() -> None:
    std = standardise(_common_name_table(50), COLS)
    a = training_sample(std, max_records=20, seed=5)
    b = training_sample(std, max_records=20, seed=5)
    assert len(a) == 20 and list(a["unique_id"]) == list(b["unique_id"])
    assert training_sample(std, max_records=100) is std


def test_a_model_of_other_levels_asks_to_be_trained_again() -> None:
    import copy

    import pytest

    from headcount.link.train import default_model

    model = default_model(["birth_year"], 1000)
    old = copy.deepcopy(model)
    del old.splink["comparisons"][0]["comparison_levels"][5]  # a model from before a level
    assert model.for_dialect("duckdb")["comparisons"][0]["comparison_levels"]
    with pytest.raises(ValueError, match="train the model again"):
        old.for_dialect("duckdb")


def test_a_model_saved_with_other_levels_asks_to_be_trained_again() -> None:
    """A model from an older version (fewer name or birth levels) stops with a clear
    message instead of pouring its parameters into the wrong levels."""
    import pytest

    from headcount.link.train import Model, default_model

    model = default_model(["birth_year"], 500)
    for name in ("name", "birth"):
        old = Model.from_json(model.to_json())
        comp = next(c for c in old.splink["comparisons"] if c["output_column_name"] == name)
        del comp["comparison_levels"][2]
        with pytest.raises(ValueError, match="train the model again"):
            old.for_dialect("duckdb")


def _typo(word: str, rng: random.Random) -> str:
    """``word`` with its first two letters replaced (no name key nor sound key left)."""
    return "".join(rng.choice("bdfgklmnprstvz") for _ in range(2)) + word[2:]


def _people_with_lost_parts(people: int, seed: int) -> tuple[pd.DataFrame, list[tuple[int, int]]]:
    """Generated people (invented names, a birth date each), each with a second record
    whose name lost a part and whose birth date moved a year and a month, or whose name
    parts are both misspelt at the start while the birth date stayed."""
    rng = random.Random(seed)
    syllables = ["ka", "ro", "mi", "te", "lu", "sa", "no", "vi", "de", "ha", "jo", "pe"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(3)).capitalize()

    rows: list[dict[str, str | None]] = []
    lost: list[tuple[int, int]] = []
    for i in range(people):
        y, m, d = rng.randint(1940, 2005), rng.randint(1, 11), rng.randint(1, 28)
        given, surname = word(), word()
        rows.append({"given": given, "surname": surname, "born": f"{y}-{m:02d}-{d:02d}"})
        if i % 2:  # one part lost, the date a year and a month off
            kept = {"given": given, "surname": None} if i % 4 == 1 else {
                "given": None, "surname": surname}  # fmt: skip
            rows.append({**kept, "born": f"{y + 1}-{m + 1:02d}-{d:02d}"})
        else:  # both parts misspelt, the same date
            rows.append({"given": _typo(given, rng), "surname": _typo(surname, rng),
                         "born": f"{y}-{m:02d}-{d:02d}"})  # fmt: skip
        lost.append((len(rows) - 2, len(rows) - 1))
    return pd.DataFrame(rows), lost


def test_a_record_with_a_part_lost_or_both_misspelt_is_a_candidate() -> None:
    """A surname or a given name alone, or a birth date alone, is blocked on where few
    records share it: a record that lost a name part (and whose date is off) still meets
    its other record, and so does one whose name parts are both misspelt. The pairs stay
    few: under RARE_SINGLE / 2 a record for each such rule."""
    from headcount.link.predict import predict
    from headcount.link.standardise import RARE_SINGLE
    from headcount.link.train import columns_of, default_model

    df, lost = _people_with_lost_parts(200, seed=11)
    std = standardise(df, Columns(surname="surname", given_name="given", birth_date="born"))
    model = default_model(columns_of(std), len(std))
    pairs = predict(std, model, floor=0.0)
    found = {(int(a), int(b)) for a, b in zip(pairs["unique_id_l"], pairs["unique_id_r"],
                                                strict=True)}  # fmt: skip
    assert all(p in found for p in lost), [p for p in lost if p not in found][:5]
    assert len(pairs) < len(std) * (3 * RARE_SINGLE / 2 + 10)


def test_a_part_shared_by_many_is_not_blocked_on_alone() -> None:
    from headcount.link.standardise import RARE_SINGLE

    n = RARE_SINGLE + 1
    df = pd.DataFrame({"surname": ["Smith"] * n + ["Jones"] * 2, "given": [None] * (n + 2),
                       "born": ["1970-01-01"] * n + ["1980-02-02"] * 2})  # fmt: skip
    std = standardise(df, COLS)
    assert std["surname_rare"].iloc[:n].isna().all()  # shared by more than RARE_SINGLE
    assert std["birth_date_rare"].iloc[:n].isna().all()
    assert std["surname_rare"].iloc[n] == std["surname_rare"].iloc[n + 1] is not None


def test_two_full_names_sharing_one_part_are_no_candidates_without_a_date() -> None:
    """A part alone pairs records only when one of them has no other part: namesakes
    who share a surname (and nothing else) are not proposed on the surname alone."""
    df = pd.DataFrame({"surname": ["Hurník", "Hurník", "Hurník"],
                       "given": ["Tamim", "Irrfan", None],
                       "born": ["1964-11-26", "1971-02-03", None]})  # fmt: skip
    std = standardise(df, COLS)
    from headcount.link.predict import predict
    from headcount.link.train import columns_of, default_model

    pairs = predict(std, default_model(columns_of(std), len(std)), floor=0.0)
    found = {(int(a), int(b)) for a, b in zip(pairs["unique_id_l"], pairs["unique_id_r"],
                                                strict=True)}  # fmt: skip
    assert found == {(0, 2), (1, 2)}


def test_a_surname_misspelt_at_its_start_meets_on_given_name_patronymic_and_death() -> None:
    """Ondar / Odar, Fokin / Foin: a surname whose first letters are misspelt shares no
    surname key, initial or sound key with the other; the given name, patronymic and
    date of death still make the two candidates."""
    rng = random.Random(7)
    rows, pairs = [], []
    for i in range(60):
        surname = rng.choice(["Ондар", "Монгуш", "Кужугет", "Салчак", "Ооржак"]) + str(i)
        given, patronymic = rng.choice(["Мерген", "Айдыс", "Чойгана"]), "Шолбанович"
        died = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append({"surname": surname, "given": given, "patronymic": patronymic,
                     "died": died})  # fmt: skip
        rows.append({"surname": rng.choice(["Хв", "Цж", "Фщ"]) + surname[2:], "given": given,
                     "patronymic": patronymic, "died": died})  # fmt: skip
        pairs.append((2 * i, 2 * i + 1))
    df = pd.DataFrame(rows).assign(surname=lambda d: d["surname"].str.replace(r"\d", "",
                                                                              regex=True))
    std = standardise(df, Columns(surname="surname", given_name="given",
                                  patronymic="patronymic", death_date="died"))  # fmt: skip
    from headcount.link.predict import predict
    from headcount.link.train import columns_of, default_model

    found = predict(std, default_model(columns_of(std), len(std)), floor=0.0)
    got = set(zip(found["unique_id_l"].astype(int), found["unique_id_r"].astype(int),
                  strict=True))  # fmt: skip
    assert all(p in got for p in pairs), [p for p in pairs if p not in got][:5]


def test_parts_in_the_other_order_one_misspelt_meet_on_the_date_of_death() -> None:
    """"Зорикто Цыиков" (parts swapped, the surname misspelt) and "Цыбиков Зорикто
    Алексеевич" died the same day: the given name's sound key and the date of death
    make them candidates, as the birth date does."""
    rng = random.Random(9)
    rows, pairs = [], []
    for i in range(40):
        surname = rng.choice(["Цыбиков", "Доржиев", "Батуев", "Жамсуев"])
        given = rng.choice(["Зорикто", "Баир", "Солбон", "Эрдэм"])
        died = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        cut = rng.randrange(1, len(surname) - 1)
        rows.append({"surname": surname, "given": given, "died": died})
        rows.append({"surname": given, "given": surname[:cut] + surname[cut + 1 :],
                     "died": died})  # fmt: skip
        pairs.append((2 * i, 2 * i + 1))
    std = standardise(pd.DataFrame(rows), Columns(surname="surname", given_name="given",
                                                  death_date="died"))  # fmt: skip
    from headcount.link.predict import predict
    from headcount.link.train import columns_of, default_model

    found = predict(std, default_model(columns_of(std), len(std)), floor=0.0)
    got = set(zip(found["unique_id_l"].astype(int), found["unique_id_r"].astype(int),
                  strict=True))  # fmt: skip
    assert all(p in got for p in pairs), [rows[a] for a, _ in pairs if (a, a + 1) not in got][:3]


_SURNAMES = ["Большаков", "Антонов", "Лозовой", "Степанюк", "Гаврилов", "Шевчук", "Мельников",
             "Кравцов", "Тарасенко", "Журавлёв", "Пономарёв", "Ширяев", "Дробышев", "Чернов",
             "Федосеев", "Крылов", "Абрамов", "Медведев", "Воронцов", "Лозовой"]  # fmt: skip
_GIVEN = ["Иван", "Андрей", "Сергей", "Дмитрий", "Николай", "Олег", "Павел", "Роман"]
_PATRONYMICS = ["Сергеевич", "Петрович", "Иванович", "Олегович", "Юрьевич", "Андреевич"]
_LETTERS = "бвгджзклмнпрстфхцчшщ"


def _one_edit(word: str, rng: random.Random) -> str:
    """``word`` with one letter left out, added, replaced or two swapped, anywhere
    (its first letter kept upper-case)."""
    low = word.lower()
    i = rng.randrange(len(low) - 1)
    kind = rng.choice(["drop", "add", "replace", "swap"])
    if kind == "drop":
        out = low[:i] + low[i + 1 :]
    elif kind == "add":
        out = low[:i] + rng.choice(_LETTERS) + low[i:]
    elif kind == "replace":
        out = low[:i] + rng.choice(_LETTERS.replace(low[i], "")) + low[i + 1 :]
    else:
        out = low[:i] + low[i + 1] + low[i] + low[i + 2 :]
    return out.capitalize()


def _misspelt_surnames(n: int, seed: int) -> tuple[pd.DataFrame, list[tuple[int, int]]]:
    """``n`` people named twice, the second time with the surname misspelt by one
    letter anywhere and no date the two share (one has a date of death, the other a
    year or none), among people of other surnames with the same given names."""
    rng = random.Random(seed)
    rows: list[dict[str, str | None]] = []
    pairs = []
    for _ in range(n):
        surname = rng.choice(_SURNAMES)
        given, patronymic = rng.choice(_GIVEN), rng.choice(_PATRONYMICS)
        died = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append({"surname": surname, "given": given, "patronymic": patronymic,
                     "died": died})  # fmt: skip
        rows.append({"surname": _one_edit(surname, rng), "given": given,
                     "patronymic": patronymic, "died": rng.choice([None, "2023"])})  # fmt: skip
        pairs.append((len(rows) - 2, len(rows) - 1))
    return pd.DataFrame(rows), pairs


def test_a_surname_misspelt_by_one_letter_anywhere_is_a_candidate_without_a_date() -> None:
    """One letter wrong in the first two consonants breaks the surname's key, its
    initial and its sound key: the surname's one-letter deletions (with the given
    name's initial) still meet, without a date shared."""
    from headcount.link.predict import predict
    from headcount.link.train import columns_of, default_model

    df, pairs = _misspelt_surnames(150, seed=5)
    cols = Columns(surname="surname", given_name="given", patronymic="patronymic",
                   death_date="died")  # fmt: skip
    std = standardise(df, cols)
    found = predict(std, default_model(columns_of(std), len(std)), floor=0.0)
    got = set(zip(found["unique_id_l"].astype(int), found["unique_id_r"].astype(int),
                  strict=True))  # fmt: skip
    assert all(p in got for p in pairs), [p for p in pairs if p not in got][:5]
    # two short surnames one letter apart are two names: no typo key
    short = standardise(pd.DataFrame({"surname": ["Магар", "Сагар"], "given": ["Иван"] * 2}),
                        Columns(surname="surname", given_name="given"))  # fmt: skip
    assert short["surname_typo_rare"].isna().all()
    # the typo key is rare-capped: no form is shared by more than RARE_BLOCK records
    forms = std["surname_typo_rare"].dropna().explode()
    assert forms.value_counts().max() <= RARE_BLOCK


def test_the_typo_key_is_dropped_where_many_share_it() -> None:
    n = RARE_BLOCK + 1
    df = pd.DataFrame({"surname": ["Иванов"] * n + ["Ивагов"], "given": ["Иван"] * (n + 1)})
    std = standardise(df, Columns(surname="surname", given_name="given"))
    # every form of "Иванов" with "И" is shared by more than RARE_BLOCK records
    assert std["surname_typo_rare"].iloc[:n].isna().all()
    assert std["surname_typo_rare"].iloc[n] is not None  # its own forms are rare


def test_the_built_in_name_parameters_sit_on_their_levels() -> None:
    """Each hand-set (m, u) of the name comparison belongs to the level it was set for: a
    level inserted without its pair shifts every weaker level's parameters."""
    from headcount.link.train import default_model

    model = default_model(["birth_year"], 1000)
    name = next(c for c in model.splink["comparisons"] if c["output_column_name"] == "name")
    u = {lv["label_for_charts"]: lv["u_probability"] for lv in name["comparison_levels"]
         if not lv.get("is_null_level")}  # fmt: skip
    assert u["surname alike, given name as an initial that agrees"] == 1e-4
    assert u["both name parts sound alike (consonant classes, any order)"] == 3e-3
    assert u["same surname (loose)"] == 5e-4
    assert list(u.values())[-1] == 0.96  # else
