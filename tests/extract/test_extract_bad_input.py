"""Bad input never crashes extraction: empty, huge, binary-looking, mixed-script text."""

from __future__ import annotations

import time
import warnings

import pytest

from headcount.extract import ExtractWarning, extract, extract_text
from headcount.extract.text import MAX_CHARS, TextError


def test_empty_and_blank_texts_give_nothing() -> None:
    assert extract_text("") == []
    assert extract_text("   \n\n  ") == []


def test_binary_looking_text_warns_instead_of_crashing() -> None:
    junk = "".join(chr(i % 32) for i in range(2000))
    with pytest.warns(ExtractWarning, match="binary"):
        assert extract_text(junk) == []
    with pytest.raises(TextError):
        extract(junk)


def test_huge_text_is_cut_with_a_warning() -> None:
    block = "Рядовой Иван Петров погиб 12 марта 2023 года.\n" + "Погода хорошая. " * 400 + "\n"
    huge = block * (10_000_000 // len(block) + 1)
    assert len(huge) >= 10_000_000
    t0 = time.perf_counter()
    result = extract(huge, max_chars=60_000)
    assert time.perf_counter() - t0 < 30
    assert any("cut" in w for w in result.warnings)
    assert result.mentions and result.mentions[0]["surname"] == "Петров"
    assert MAX_CHARS >= 100_000


def test_latin_look_alike_letters_inside_cyrillic_names_are_read_as_cyrillic() -> None:
    text = "Рядовой Иван Пeтров погиб 12 марта 2023 года."  # Latin "e" in the surname
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        (m,) = extract_text(text)
    assert m["surname"] == "Петров"
    assert m["evidence"]["name"]["quote"] == "Иван Петров"


def test_mixed_languages_and_symbols_do_not_crash() -> None:
    text = "🙏 Вечная память!!! RIP 💔 Иван Петров (Ivan Petrov) погиб ☦ 12.03.2023 #СВО @user"
    ms = extract_text(text)
    assert ms and ms[0]["death_date"] == "2023-03-12"
