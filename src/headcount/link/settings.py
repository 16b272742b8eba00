"""The Splink model: comparisons, blocking rules and training rules, in one place.

The model is declared once, from the standardised columns a table has (see
:mod:`headcount.link.standardise`), and rendered into the SQL dialect of the
engine that runs it (DuckDB or Spark). Trained parameters are kept apart
(:mod:`headcount.link.train`) and poured into the same spec on any engine.

Names are compared regardless of script and order: the top levels compare the
loose, sorted keys of :mod:`headcount.names` (so "Ram Bahadur Thapa",
"Рам Бахадур Тхапа" and "Thapa Ram Bahadur" meet) and the name as Russian
writes it under each transcription convention (English, German, French…:
"Schwarzenegger" = "Шварценеггер"), lower ones the Latin and Russian keys by
Jaro-Winkler and the overlap of name tokens. Surname frequency enters through
Splink's term-frequency adjustment on the surname level; when pairs are scored,
the levels where surname and given name both agree lose weight for names common
among other people of the table (:func:`_common`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule
from splink.internals.comparison_creator import ComparisonCreator
from splink.internals.comparison_level_creator import ComparisonLevelCreator


def _overlap(dialect: Any, left: str, right: str) -> str:
    """SQL: two arrays share a value."""
    name = getattr(dialect, "sql_dialect_str", "duckdb")
    if name == "spark":
        return f"size(array_intersect({left}, {right})) > 0"
    return f"len(list_intersect({left}, {right})) > 0"


def _quote(dialect: Any) -> str:
    """The quote of identifiers in ``dialect``: Spark reads "x" as a text, not a column."""
    return "`" if getattr(dialect, "sql_dialect_str", "") == "spark" else '"'


#: the parts levels by how many of the two parts agree exactly (the others alike)
_PART_LABELS = {2: "both name parts as Russian writes them (each alone, any order)",
                1: "one name part as Russian writes it, the other alike (any order)",
                0: "both name parts alike as Russian writes them (any order)"}  # fmt: skip


class PartsLevel(ComparisonLevelCreator):
    """The name's two main parts (surname and given name, ``part_*_a`` and ``part_*_b``)
    compared one by one, in either order: both agree as Russian writes them (each
    under its own convention), or one agrees and the other sounds alike
    (Jaro-Winkler of the likeliest Russian spellings at least ``similar``)."""

    def __init__(self, exact: int, similar: float = 0.85) -> None:
        self.exact = exact
        self.similar = similar

    def create_sql(self, sql_dialect: Any) -> str:
        jw = sql_dialect.jaro_winkler_function_name
        q = _quote(sql_dialect)

        def same(x: str, y: str) -> str:
            return _overlap(sql_dialect, f"{q}part_ru_{x}_l{q}", f"{q}part_ru_{y}_r{q}")

        def alike(x: str, y: str) -> str:
            return f"{jw}({q}part_wd_{x}_l{q}, {q}part_wd_{y}_r{q}) >= {self.similar}"

        first = same if self.exact >= 1 else alike
        second = same if self.exact == 2 else alike
        ways = [
            f"({first('a', 'a')} AND {second('b', 'b')})",
            f"({first('a', 'b')} AND {second('b', 'a')})",
        ]
        if self.exact == 1:
            ways += [f"({first('b', 'b')} AND {second('a', 'a')})",
                     f"({first('b', 'a')} AND {second('a', 'b')})"]  # fmt: skip
        return "(" + " OR ".join(ways) + ")"

    def create_label_for_charts(self) -> str:
        return _PART_LABELS[self.exact]


class SortedNameLevel(ComparisonLevelCreator):
    """The whole names, tokens sorted, alike (Jaro-Winkler at least ``threshold``) and
    their parts not plainly different: given name and surname each alike (Jaro-Winkler
    at least ``part``, or missing on one side) in one order or the other. A long shared
    surname alone makes two sorted names alike ("Abdykadyrov Aybek" / "Abdykadyrov
    Bakyt")."""

    def __init__(self, threshold: float, part: float = 0.7) -> None:
        self.threshold = threshold
        self.part = part

    def create_sql(self, sql_dialect: Any) -> str:
        jw = sql_dialect.jaro_winkler_function_name
        q = _quote(sql_dialect)

        def alike(x: str, y: str) -> str:
            left, right = f"{q}{x}_latin_l{q}", f"{q}{y}_latin_r{q}"
            return f"({left} IS NULL OR {right} IS NULL OR {jw}({left}, {right}) >= {self.part})"

        straight = f"({alike('given', 'given')} AND {alike('surname', 'surname')})"
        crossed = f"({alike('given', 'surname')} AND {alike('surname', 'given')})"
        return (f"{jw}({q}name_sorted_l{q}, {q}name_sorted_r{q}) >= {self.threshold}"
                f" AND ({straight} OR {crossed})")  # fmt: skip

    def create_label_for_charts(self) -> str:
        return f"Jaro-Winkler of the sorted names >= {self.threshold}, each part alike"


#: Jaro-Winkler of two surnames one misspelt letter apart ("Лоовой" / "Лозовой" 0.94,
#: "Боьшаков" / "Большаков" 0.98); surnames of one root and other endings fall under it
#: less often than at 0.85 ("Петров" / "Петренко" 0.88)
SURNAME_ALIKE = 0.9


class InitialsLevel(ComparisonLevelCreator):
    """A given name written as an initial on one side that agrees with the other's,
    and surnames alike (Jaro-Winkler of their Latin forms at least ``threshold``):
    "Лоовой А. П." / "Лозовой Андрей Петрович". Below the level of the same surname."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold

    def create_sql(self, sql_dialect: Any) -> str:
        jw = sql_dialect.jaro_winkler_function_name
        q = _quote(sql_dialect)
        left, right = f"{q}surname_latin_l{q}", f"{q}surname_latin_r{q}"
        return (f"{q}given_first_l{q} = {q}given_first_r{q}"
                f" AND ({q}given_key_l{q} IS NULL OR {q}given_key_r{q} IS NULL)"
                f" AND {jw}({left}, {right}) >= {self.threshold}")  # fmt: skip

    def create_label_for_charts(self) -> str:
        return "surname alike, given name as an initial that agrees"


#: the column whose frequency tells how common a name (surname and given name) is
NAME_FREQUENCY_COLUMN = "pair_key"


def _common(level: ComparisonLevelCreator, penalise: bool) -> ComparisonLevelCreator:
    """``level`` (both name parts agree), with ``penalise``: weaker for a common name.

    The level's weight log2(m/u) holds for a name of average frequency. A name that
    more records share than the level's u says is weaker evidence: Splink's
    term-frequency adjustment on :data:`NAME_FREQUENCY_COLUMN`, measured against the
    level's own u (not the exact-match level's) and never below it
    (``tf_minimum_u_value`` is set to the level's u with the trained parameters,
    :func:`with_parameters`): a common name loses weight, a rare one gains none.
    """
    if not penalise:
        return level
    return level.configure(
        tf_adjustment_column=NAME_FREQUENCY_COLUMN, disable_tf_exact_match_detection=True
    )


def name_comparison(common_names: bool = False) -> ComparisonCreator:
    """Whole names, any script and order; the levels from strongest to weakest.

    ``common_names``: the levels where surname and given name both agree lose weight
    for names common in the table (:func:`_common`); used to score, not to train.
    """
    return cl.CustomComparison(
        output_column_name="name",
        comparison_levels=[
            cll.NullLevel("name_key"),
            _common(cll.ExactMatchLevel("name_key").configure(
                label_for_charts="same name (loose, any order)"
            ), common_names),
            _common(PartsLevel(exact=2), common_names),
            _common(cll.ExactMatchLevel("pair_key").configure(
                label_for_charts="same surname and given name (loose, any order)"
            ), common_names),
            _common(cll.ArrayIntersectLevel("name_ru", 1).configure(
                label_for_charts="same name as Russian writes it (any order)"
            ), common_names),
            cll.CustomLevel(
                '"surname_key_l" = "surname_key_r" AND "given_first_l" = "given_first_r"'
                ' AND ("given_key_l" IS NULL OR "given_key_r" IS NULL)',
                label_for_charts="same surname, given name as an initial that agrees",
                base_dialect_str="duckdb",  # quoted names are identifiers, not strings
            ),
            cll.And(
                cll.ExactMatchLevel("surname_key"), cll.ArrayIntersectLevel("given_forms", 1)
            ).configure(label_for_charts="same surname, forms of one given name (Tom, Thomas)"),
            PartsLevel(exact=1),
            PartsLevel(exact=0),
            SortedNameLevel(0.94),
            InitialsLevel(SURNAME_ALIKE),
            cll.ExactMatchLevel("sound_long").configure(
                label_for_charts="both name parts sound alike (consonant classes, any order)"
            ),
            cll.ExactMatchLevel("surname_key", term_frequency_adjustments=True).configure(
                label_for_charts="same surname (loose)"
            ),
            cll.ArrayIntersectLevel("name_tokens", 2),
            cll.JaroWinklerLevel("name_sorted", 0.85),
            cll.ArrayIntersectLevel("name_tokens", 1),
            cll.ElseLevel(),
        ],
        comparison_description="name",
    )


def _part(side: str, start: int, length: int) -> str:
    return f'substr("birth_date_{side}", {start}, {length})'


#: two full birth dates (YYYY-MM-DD) of one year with day and month swapped
_SWAPPED = (f"{_part('l', 1, 4)} = {_part('r', 1, 4)} AND {_part('l', 6, 2)} = {_part('r', 9, 2)}"
            f" AND {_part('l', 9, 2)} = {_part('r', 6, 2)}")  # fmt: skip
#: two full birth dates that agree on two of year, month and day (a typo in one part)
_ONE_PART = " OR ".join(
    "(" + " AND ".join(_part("l", a, n) + " = " + _part("r", a, n) for a, n in two) + ")"
    for two in (((1, 4), (6, 2)), ((1, 4), (9, 2)), ((6, 2), (9, 2)))
)


def birth_comparison() -> ComparisonCreator:
    return cl.CustomComparison(
        output_column_name="birth",
        comparison_levels=[
            cll.NullLevel("birth_year"),
            cll.ExactMatchLevel("birth_date"),
            cll.Or(
                cll.DamerauLevenshteinLevel("birth_date", 1),
                cll.CustomLevel(_SWAPPED, "day and month swapped", base_dialect_str="duckdb"),
            ).configure(label_for_charts="one digit off, or day and month swapped"),
            cll.CustomLevel(
                _ONE_PART, "two full dates, one part differs", base_dialect_str="duckdb"
            ),
            cll.CustomLevel(
                '"birth_date_l" IS NOT NULL AND "birth_date_r" IS NOT NULL',
                label_for_charts="two full dates that differ",
                base_dialect_str="duckdb",  # quoted names are identifiers, not strings
            ),
            cll.ExactMatchLevel("birth_ym"),
            cll.ExactMatchLevel("birth_year"),
            cll.AbsoluteDifferenceLevel("birth_year", 1),
            cll.AbsoluteDifferenceLevel("birth_year", 5),
            cll.ElseLevel(),
        ],
        comparison_description="birth date or year",
    )


def patronymic_comparison() -> ComparisonCreator:
    """Patronymics (or middle names): the same, agreeing initials, or different."""
    return cl.CustomComparison(
        output_column_name="patronymic",
        comparison_levels=[
            cll.NullLevel("patronymic_first"),
            cll.ExactMatchLevel("patronymic_key").configure(
                label_for_charts="same patronymic (loose)"
            ),
            cll.CustomLevel(
                '"patronymic_first_l" = "patronymic_first_r"'
                ' AND ("patronymic_key_l" IS NULL OR "patronymic_key_r" IS NULL)',
                label_for_charts="an initial that agrees with the other patronymic",
                base_dialect_str="duckdb",  # quoted names are identifiers, not strings
            ),
            cll.ElseLevel(),
        ],
        comparison_description="patronymic or middle name",
    )


def death_comparison() -> ComparisonCreator:
    return cl.CustomComparison(
        output_column_name="death",
        comparison_levels=[
            cll.NullLevel("death_year"),
            cll.ExactMatchLevel("death_date"),
            cll.AbsoluteDifferenceLevel("death_day", 3),
            cll.ExactMatchLevel("death_ym"),
            cll.AbsoluteDifferenceLevel("death_day", 31),
            cll.ExactMatchLevel("death_year"),
            cll.ElseLevel(),
        ],
        comparison_description="death date",
    )


def lost_comparison() -> ComparisonCreator:
    """The day the person went missing, was captured or was last heard from: a family's
    "связь пропала 19.06.2023" and the news of his return "попал в плен 19 июня 2023
    года" date one event; a few days apart, the same man told by two sources."""
    return cl.CustomComparison(
        output_column_name="lost",
        comparison_levels=[
            cll.NullLevel("lost_ym"),
            cll.ExactMatchLevel("lost_date"),
            cll.AbsoluteDifferenceLevel("lost_day", 3),
            cll.AbsoluteDifferenceLevel("lost_day", 31),
            cll.ExactMatchLevel("lost_ym"),
            cll.ElseLevel(),
        ],
        comparison_description="date gone missing, captured or last heard from",
    )


def exact_comparison(col: str, tf: bool = True, fuzzy: bool = False) -> ComparisonCreator:
    levels: list[Any] = [
        cll.NullLevel(col),
        cll.ExactMatchLevel(col, term_frequency_adjustments=tf),
    ]
    if fuzzy:
        levels.append(cll.JaroWinklerLevel(col, 0.88))
    levels.append(cll.ElseLevel())
    return cl.CustomComparison(
        output_column_name=col, comparison_levels=levels, comparison_description=col
    )


def comparisons(columns: Iterable[str], common_names: bool = False) -> list[Any]:
    """The comparisons for the standardised columns present with values."""
    present = set(columns)
    out: list[Any] = [name_comparison(common_names)]
    if "patronymic_key" in present:
        out.append(patronymic_comparison())
    if "birth_year" in present:
        out.append(birth_comparison())
    if "death_year" in present:
        out.append(death_comparison())
    if "lost_ym" in present:
        out.append(lost_comparison())
    for col in ("region", "citizenship", "unit"):
        if col in present:
            # a rare citizenship is no further evidence where the name already tells the
            # country: a Nepali name holder is a Nepali citizen, the same or not
            out.append(exact_comparison(col, tf=col != "citizenship"))
    for col in sorted(c for c in present if c.startswith("x_")):
        out.append(exact_comparison(col, fuzzy=True))
    return out


def _lone_part(key: str, other: str) -> Any:
    """Blocking on ``key`` where one of the two records lacks ``other``."""
    return CustomRule(f'l."{key}" = r."{key}" AND (l."{other}" IS NULL OR r."{other}" IS NULL)',
                      "duckdb")  # fmt: skip


def _by_sound(date: str) -> list[Any]:
    """``date`` with either word's sound key, each against either of the other record's:
    a misspelt word can change which of the two keys sorts first."""
    return [block_on(date, "sound_a"), block_on(date, "sound_b"),
            *(CustomRule(f'l."{date}" = r."{date}" AND l."{x}" = r."{y}"', "duckdb")
              for x, y in (("sound_a", "sound_b"), ("sound_b", "sound_a")))]  # fmt: skip


def blocking_rules(
    columns: Iterable[str], blockable: Iterable[str] = (), unique: Iterable[str] = ()
) -> list[Any]:
    """Rules that generate candidate pairs.

    Extra columns are used only when ``blockable`` (values rarely shared by
    chance, unlike gender). Pairs where either record has no name are dropped
    after prediction (:mod:`headcount.link.predict`), whatever rule found them:
    mentions without a name are never linked on other fields alone.
    """
    present = set(columns)
    # every rule pairs a name key with a date, or keys rare enough that blocks stay
    # small: candidate pairs then grow about linearly with the registry, not with its
    # square (a given name alone, or a surname initial, is shared by a tenth of a
    # million mentions)
    rules: list[Any] = [
        block_on("pair_key_rare"),
        block_on("surname_given_rare"),  # a given name as an initial, or misspelt
        block_on("given_surname_rare"),  # a misspelt surname
        block_on("sound_long_rare"),  # any order and script, no date
        block_on("sound_pair_rare"),
        block_on("sound_pair_ru_rare"),
        # the whole name in any order, where its parts were split otherwise (a name of
        # three words, no date on one side: "Rai Ram Bahadur" / "Ram Bahadur Rai")
        block_on("name_key_rare"),
        # one name part alone, where few records share it, when one of the two records
        # has no other part (lost or never written): two full names that share only one
        # part are no candidates without a date
        _lone_part("surname_rare", "given_key"),
        _lone_part("given_rare", "surname_key"),
        # a surname misspelt by one letter anywhere, with the given name's initial
        block_on("surname_typo_rare", arrays_to_explode=["surname_typo_rare"]),
    ]
    if "birth_year" in present:
        rules += [
            block_on("name_key", "birth_year"),
            block_on("pair_key", "birth_year"),
            block_on("surname_key", "given_initial", "birth_year"),
            block_on("surname_key", "birth_date"),
            block_on("given_key", "birth_date"),
            block_on("given_key", "surname_initial", "birth_year"),
            # the name's parts by sound, sorted: any order, any script
            block_on("sound_pair", "birth_year"),
            block_on("sound_pair_ru", "birth_year"),
            *_by_sound("birth_date"),
            block_on("birth_date_rare"),  # both name parts misspelt or missing
        ]
    if "death_year" in present:
        rules += [
            block_on("name_key", "death_ym"),
            block_on("pair_key", "death_ym"),
            block_on("surname_key", "given_initial", "death_ym"),
            block_on("surname_key", "death_date"),
            block_on("given_key", "surname_initial", "death_date"),
            # a surname misspelt in its first letters (Одар / Ондар)
            block_on("given_key", "patronymic_key", "death_date"),
            # the name's parts by sound, any order and script, one of them misspelt
            *_by_sound("death_date"),
        ]
    if "birth_year" in present and "death_year" in present:
        rules.append(block_on("birth_date", "death_date"))
    if "lost_ym" in present:
        rules += [block_on("surname_key", "lost_date"), block_on("given_key", "lost_date")]
    if "patronymic_key" in present:
        rules.append(block_on("pair_key", "patronymic_first"))
    for col in ("region", "unit"):
        if col in present:
            rules.append(block_on("name_key", col))
    for col in sorted(c for c in present & set(blockable) if c.startswith("x_")):
        rules.append(block_on("surname_key", col))
        rules.append(block_on(col) if col in set(unique) else block_on("given_key", col))
        if "birth_year" in present:
            # a name written wholly otherwise (a nickname, a married name, parts lost)
            # with the same birth date and a column rarely shared by chance
            rules.append(block_on("birth_date", col))
    return rules


def training_rules(columns: Iterable[str]) -> list[Any]:
    """EM blocking rules: each one leaves some comparisons free to be estimated."""
    present = set(columns)
    rules: list[Any] = [block_on("pair_key")]
    if "birth_year" in present:
        rules.append(block_on("birth_date"))
    if "death_year" in present:
        # a death date alone pairs every two of a day's dead: hundreds of millions of
        # pairs in a registry of a million; the surname initial keeps EM's pairs few
        rules.append(block_on("death_date", "surname_initial"))
    if len(rules) == 1:
        extras = sorted(c for c in present if c.startswith("x_"))
        rules += [block_on(c) for c in extras[:2]]
    return rules


def deterministic_rules(columns: Iterable[str]) -> list[Any]:
    """Rules almost certainly meaning a match, to estimate the prior match probability."""
    present = set(columns)
    rules: list[Any] = []
    if "birth_year" in present:
        rules.append(block_on("name_key", "birth_year"))
    if "death_year" in present:
        rules.append(block_on("name_key", "death_ym"))
    return rules or [block_on("name_key")]


def model_columns(df_columns: Sequence[str], has_values: dict[str, bool]) -> list[str]:
    """The standardised columns the model uses: present and not wholly empty."""
    wanted = ("patronymic_key", "birth_year", "death_year", "lost_ym", "region", "citizenship",
              "unit")
    return [c for c in df_columns if (c in wanted or c.startswith("x_")) and has_values.get(c)]


def settings_creator(
    columns: Iterable[str],
    blockable: Iterable[str] = (),
    unique: Iterable[str] = (),
    prior: float = 1e-4,
    common_names: bool = False,
) -> SettingsCreator:
    """The model to train (``common_names`` False) or to score with (True: see
    :func:`name_comparison`)."""
    cols = list(columns)
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=comparisons(cols, common_names),
        blocking_rules_to_generate_predictions=blocking_rules(cols, blockable, unique),
        probability_two_random_records_match=prior,
        em_convergence=0.005,
        max_iterations=8,
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
        additional_columns_to_retain=[],
    )


def settings_dict(
    columns: Iterable[str],
    dialect: str,
    blockable: Iterable[str] = (),
    unique: Iterable[str] = (),
    common_names: bool = True,
) -> dict[str, Any]:
    """The untrained model for ``columns`` in an engine's SQL dialect, to score with."""
    return settings_creator(
        columns, blockable, unique, common_names=common_names
    ).create_settings_dict(dialect)


def with_parameters(spec: dict[str, Any], trained: dict[str, Any]) -> dict[str, Any]:
    """``spec`` (any dialect) with the m, u and prior of a trained model of the same columns."""
    out = dict(spec)
    out["probability_two_random_records_match"] = trained["probability_two_random_records_match"]
    by_name = {c["output_column_name"]: c for c in trained["comparisons"]}
    comps = []
    for comp in spec["comparisons"]:
        source = by_name.get(comp["output_column_name"])
        levels = [dict(lv) for lv in comp["comparison_levels"]]
        if source is not None and len(source["comparison_levels"]) != len(levels):
            raise ValueError(
                f"the model compares {comp['output_column_name']!r} on "
                f"{len(source['comparison_levels'])} levels and this version of headcount "
                f"on {len(levels)}: train the model again (headcount link --train)"
            )
        if source is not None:
            for lv, src in zip(levels, source["comparison_levels"], strict=True):
                for key in ("m_probability", "u_probability", "tf_minimum_u_value"):
                    if key in src:
                        lv[key] = src[key]
        for lv in levels:
            if lv.get("disable_tf_exact_match_detection"):  # penalise only (_common)
                if lv.get("u_probability"):
                    lv["tf_minimum_u_value"] = lv["u_probability"]
                else:  # no u to measure the name's frequency against: no adjustment
                    for key in ("tf_adjustment_column", "disable_tf_exact_match_detection"):
                        lv.pop(key, None)
        comps.append({**comp, "comparison_levels": levels})
    out["comparisons"] = comps
    return out


__all__ = [
    "NAME_FREQUENCY_COLUMN",
    "blocking_rules",
    "comparisons",
    "deterministic_rules",
    "model_columns",
    "settings_creator",
    "settings_dict",
    "training_rules",
    "with_parameters",
]
