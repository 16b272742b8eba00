"""English names as Russian hears them: long vowels, aw/ow, ew; and the letter-for-letter
and agreement scores of a Cyrillic spelling of a Latin word."""

from __future__ import annotations

import random

import pytest

from headcount.names.russian import (
    CONVENTIONS,
    HAND,
    agreement,
    hand_similarity,
    russian_token,
)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Lacey", "Лэйси"), ("Tracy", "Трэйси"), ("Casey", "Кейси"), ("Vane", "Вейн"),
    ("Blake", "Блейк"), ("Riley", "Райли"), ("Kyle", "Кайл"), ("Clive", "Клайв"),
    ("Cole", "Коул"), ("Stone", "Стоун"), ("Crawford", "Кроуфорд"), ("Shaw", "Шоу"),
    ("Crow", "Кроу"), ("Lewis", "Льюис"), ("Andrew", "Эндрю"), ("Newton", "Ньютон"),
    ("Walter", "Уолтер"), ("Hall", "Холл"),
])  # fmt: skip
def test_english_as_heard_meets_the_russian_spelling(latin: str, cyrillic: str) -> None:
    assert russian_token(latin, "en2") == russian_token(cyrillic)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Lily", "Лили"), ("Kitty", "Китти"), ("Toby", "Тоби"), ("Sandy", "Сэнди"),
])  # fmt: skip
def test_a_short_vowel_stays_short(latin: str, cyrillic: str) -> None:
    assert russian_token(latin, "en2") == russian_token(cyrillic)


def _mutations(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word))
    return word[:i] + rng.choice("абвгдежзиклмнопрстуфхцчшэюя") + word[i + 1 :]


@pytest.mark.parametrize("word", ["callery", "dancy", "nierenberg", "jolijn", "bamman",
                                  "Okonkwo", "Gutierrez", "Schwarz"])  # fmt: skip
def test_a_convention_s_own_spelling_is_nearest(word: str) -> None:
    rng = random.Random(word)
    for convention in ("en", "en2", "de", "es"):
        assert convention in HAND
        from headcount.names.russian import _hand_spellings

        own = _hand_spellings(word.lower())[HAND.index(convention)]
        assert hand_similarity(word, own) == 1.0
        changed = _mutations(rng, own)
        if changed not in _hand_spellings(word.lower()):
            assert hand_similarity(word, changed) < 1.0
    assert 0.0 <= hand_similarity(word, "") <= 1.0


@pytest.mark.parametrize("word", ["nowak", "garcia", "smith", "jensen", "tanaka"])
def test_agreement_is_the_share_of_conventions(word: str) -> None:
    spellings = {russian_token(word, c) for c in CONVENTIONS}
    shares = [agreement(word, s) for s in spellings]
    assert all(0.0 < s <= 1.0 for s in shares)
    assert sum(shares) == pytest.approx(1.0)
    assert agreement(word, "Щщщ") == 0.0
