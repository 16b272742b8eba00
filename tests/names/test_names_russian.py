"""Russian transcription keys: a Latin name meets its Russian rendering."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from headcount.names import (
    CONVENTIONS,
    russian_key,
    russian_keys,
    russian_sorted_keys,
    russian_token,
)
from headcount.names.russian import LEARNED


@pytest.mark.parametrize(
    ("latin", "cyrillic", "convention"),
    [
        ("Ram Bahadur Thapa", "Рам Бахадур Тхапа", "de"),
        ("Arnold Schwarzenegger", "Арнольд Шварценеггер", "de"),
        ("Jürgen Klopp", "Юрген Клопп", "de"),
        ("Henley", "Хенли", "en"),
        ("Sébastien", "Себастьен", "fr"),
        ("Jiménez", "Хименес", "es"),
        ("Giuseppe", "Джузеппе", "it"),
        ("Wójcik", "Вуйцик", "pl"),
        ("Kapuściński", "Капущинский", "pl"),
        ("Szabó", "Сабо", "hu"),
        ("Yoshida", "Ёсида", "ja"),
        ("Zhang Wei", "Чжан Вэй", "zh"),
        ("Çelik", "Челик", "tr"),
        ("Dmitriy Kuznetsov", "Дмитрий Кузнецов", "ru"),
    ],
)
def test_latin_name_meets_its_russian_rendering(latin: str, cyrillic: str, convention: str) -> None:
    assert russian_key(latin, convention) == russian_key(cyrillic)
    assert russian_key(cyrillic) in russian_keys(latin).values()


def test_keys_are_coarse_cyrillic() -> None:
    assert russian_token("Шварценеггер") == "шварценегер"  # doubled letters
    assert russian_token("Ёлкин") == russian_token("Йолкин")  # ё = йо
    assert russian_token("Ильин") == "илин"  # soft sign
    assert russian_token("Рутковский") == russian_token("Rutkowski", "pl")  # -ский = -ski
    assert russian_key("Жан-Пьер") == "жан пер"


def test_cyrillic_name_is_the_same_under_every_convention() -> None:
    keys = russian_keys("Кузнецов Дмитрий")
    assert set(keys) == set(CONVENTIONS)
    assert set(keys.values()) == {"кузнецов дмитри"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Schwarz", "Шульц"),
        ("Thapa", "Гурунг"),
        ("Petrov", "Петренко"),
        ("Jolene", "Джоан"),
    ],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert russian_key(b) not in russian_keys(a).values()


def test_sorted_keys_ignore_order_and_particles() -> None:
    a = russian_sorted_keys("Мамедов Эльчин Гусейн-оглы")
    b = russian_sorted_keys("Elchin Guseyn ogly Mamedov")
    assert a["ru"] == b["ru"] == "гусеин елчин мамедов"
    assert (
        russian_sorted_keys("Thapa Ram Bahadur")["de"]
        == russian_sorted_keys("Рам Бахадур Тхапа")["de"]
    )


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Schwarzenegger", "Шварценеггер"),
        ("Yoshida", "Ёсида"),
        ("Kowalski", "Ковальский"),
        ("Claudio", "Клаудио"),
        ("Kuznetsov", "Кузнецов"),
        ("Sébastien", "Себастьен"),
        ("Kirkwood", "Кирквуд"),
        ("Speransky", "Сперанский"),
    ],
)
def test_learned_convention_meets_the_russian_spelling(latin: str, cyrillic: str) -> None:
    # one convention for every language: the rules learned from Wikidata's pairs, whose
    # three likeliest spellings are each a key (Claudio: Клодио as French, Клаудио)
    assert russian_token(cyrillic) in {russian_token(latin, c) for c in LEARNED}


def test_learned_rules_ship_with_the_package() -> None:
    from importlib.resources import files

    from headcount.names.russian import CHAIN, _rules

    text = files("headcount.names").joinpath("data", "latin_to_russian.txt").read_text("utf-8")
    assert "CC0" in text
    rules = _rules()
    assert len(rules) > 5000
    assert rules["|b|"][0][0] == "б"  # every letter has a context-free rule
    assert all(key.count("|") in (2, 3) for key in rules)
    for chunks in rules.values():  # likeliest first, shares of at most one
        shares = [math.exp(logp) for _, logp in chunks]
        assert shares == sorted(shares, reverse=True) and sum(shares) < 1.01  # shares are rounded
    assert set(LEARNED) <= set(CONVENTIONS)
    assert len(CHAIN) == len(set(CHAIN))


def test_learned_spellings_likeliest_first() -> None:
    from headcount.names.russian import learned_spellings

    # w is в in German names and у in English ones: both spellings are kept
    spellings = learned_spellings("willan")
    assert {"виллан", "уиллан"} <= set(spellings)
    assert len(spellings) == len(set(spellings)) <= len(LEARNED)
    assert russian_token("Willan", "wd") == russian_token(spellings[0])
    assert {russian_token("Willan", c) for c in LEARNED} == {russian_token(s) for s in spellings}
    assert russian_token("Уиллан") in {russian_token("Willan", c) for c in LEARNED}


def test_second_learned_spelling_falls_back_to_the_first() -> None:
    # a word with fewer spellings than conventions repeats its likeliest one
    assert russian_token("b", "wd3") == russian_token("b", "wd") == "б"
    assert russian_token("", "wd2") == ""


def test_learned_convention_takes_any_letter() -> None:
    # letters the rules never saw fall back to their base letter, or drop out
    assert russian_token("Nguyễn", "wd") == russian_token("Nguyen", "wd")
    assert russian_token("Ŋoma", "wd").endswith("ома")
    assert russian_token("Шварц", "wd") == russian_token("Шварц")


def _every_rule(word: str, convention: str) -> str:
    """``russian_token`` without skipping rules by their beginnings, every rule by
    ``re.sub``."""
    from headcount.names.russian import _COMPILED, _FOLD, _NON_LETTER, _PLAIN, _latin_letters

    out = _latin_letters(word.lower())
    for pattern, repl, *_ in _COMPILED[convention]:
        out = pattern.sub(repl, out)
    out = _NON_LETTER.sub("", out.translate(_PLAIN).replace("ə", "е"))
    for pattern, repl, *_ in _FOLD:
        out = pattern.sub(repl, out)
    return out


def test_rules_skipped_by_their_beginnings_change_nothing() -> None:
    from headcount.names.russian import _COMPILED

    assert _COMPILED.keys() == CONVENTIONS.keys() - set(LEARNED)
    # every rule's literal letters, alone and in the company of others
    words = ["Schwarzenegger", "Szczepański", "Jiménez", "Wójcik", "Yoshida", "Tchaikovsky",
             "Guillaume", "Kovács", "Zhang Xiaoping", "Çelik", "Gnocchi", "Quixote", "Chiara",
             "Thoughtworth", "Ouyang", "Eyjafjallajökull", "Beaulieu", "Rzeszów"]  # fmt: skip
    letters = "abcdefghijklmnopqrstuvwxyzçóəäöüé"
    words += [a + b + c for a in "aeshc" for b in letters for c in "aeiouyhz"]
    skipped = sum(found is not None for rules in _COMPILED.values() for *_, found, _ in rules)
    assert skipped > len(_COMPILED) * 20  # most rules can be skipped by their beginnings
    plain = sum(text is not None for rules in _COMPILED.values() for *_, text in rules)
    assert plain > len(_COMPILED) * 20  # and most are plain texts
    for convention in _COMPILED:
        for word in words:
            for part in word.split():
                assert russian_token(part, convention) == _every_rule(part, convention), (
                    part, convention)  # fmt: skip


def test_beginnings_of_a_rule() -> None:
    from headcount.names.russian import _prefixes

    assert _prefixes(r"ski$") == ("ski",)
    assert _prefixes(r"eaux?$|eau|au") == ("au", "eau")
    assert _prefixes(r"(?<=[aeiou])s(?=[aeiou])") == ("s",)
    assert _prefixes(r"^y(?=[ae])|(?<=[ae])j") == ("j", "y")
    assert _prefixes(r"[sxz]$") == ("s", "x", "z")
    assert _prefixes(r"(?<=ь)a|ья") == ("a", "ья")
    assert _prefixes(r"(.)\1+") is None  # any letter
    assert _prefixes(r"a?b") is None  # may begin with either


def test_learned_spellings_meet_wikidata_dev_pairs(shared_data: Path) -> None:
    # the pairs the rules were not learned from: the Russian keys of a Latin token and
    # of its Cyrillic rendering agree exactly (the model's name_ru level) for most
    path = shared_data / "linkage" / "translit_ru" / "wd_russian_16"
    pairs = [line.split("\t")[:2] for line in path.read_text("utf-8").splitlines()]
    first = learned = 0
    for latin, letters in pairs:
        target = russian_token(letters.replace(" ", ""))
        first += russian_token(latin, "wd") == target
        learned += target in {russian_token(latin, c) for c in LEARNED}
    assert len(pairs) > 20_000
    assert first / len(pairs) > 0.6
    assert learned / len(pairs) > first / len(pairs) + 0.1  # the other spellings count


@pytest.mark.parametrize(
    ("latin", "right", "near_miss"),
    [
        ("willan", "Уиллан", "Уилан"),  # a doubled letter the folded keys drop
        ("Schwarz", "Шварц", "Шварт"),  # German tz/z as ц
        ("gonzalez", "Гонсалес", "Гонзага"),  # Spanish z as с
        ("Ibrahim", "Ибрагим", "Ибрахимов"),  # Arabic h as г, and a longer token
        ("Jürgen", "Юрген", "Джурген"),  # an umlaut, j as й
    ],
)
def test_learned_similarity_prefers_the_learned_spelling(
    latin: str, right: str, near_miss: str
) -> None:
    from headcount.names.russian import learned_similarity

    assert learned_similarity(latin, right) == 1.0
    assert learned_similarity(latin, near_miss) < learned_similarity(latin, right)


def test_learned_similarity_guards() -> None:
    from headcount.names.russian import learned_similarity

    # case does not matter; an empty token is nothing like a word, and nothing is 1
    assert learned_similarity("KELLER", "келлер") == learned_similarity("keller", "Келлер") == 1.0
    assert learned_similarity("keller", "") == 0.0
    # an unrelated name is far from every learned spelling
    assert learned_similarity("keller", "Ибрагим") < 0.3
