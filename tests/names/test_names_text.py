"""Stress marks and invisible characters neither split nor join name words, in the search
index (romanisation) and in queries alike."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from headcount.names import latin_key, plain_text, tokens
from headcount.web.search import parse_query

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u2066"]
STRESS = ["\u0301", "\u0300"]
CYRILLIC_LOWER = "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
LATIN_LOWER = "abcdefghijklmnopqrstuvwxyz"


def words(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=2, max_size=10).map(str.capitalize)


names = st.lists(words(CYRILLIC_LOWER) | words(LATIN_LOWER), min_size=1, max_size=3)


@st.composite
def soiled(draw: st.DrawFn, word: str) -> str:
    """``word`` with stress marks after letters and invisible characters inside."""
    out = []
    for i, ch in enumerate(word):
        if i and draw(st.booleans()):
            out.append(draw(st.sampled_from(INVISIBLE)))
        out.append(ch)
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(STRESS)))
    return "".join(out)


@given(names, st.data())
def test_marks_inside_words_change_nothing(parts: list[str], data: st.DataObject) -> None:
    clean = " ".join(parts)
    dirty = " ".join(data.draw(soiled(w)) for w in parts)
    assert plain_text(dirty) == plain_text(clean)
    assert tokens(dirty) == tokens(clean)  # the index
    assert [w.loose for w in parse_query(dirty)] == [w.loose for w in parse_query(clean)]


@given(names, st.sampled_from(INVISIBLE[:4]))
def test_an_invisible_space_between_words_does_not_join_them(parts: list[str], mark: str) -> None:
    joined = mark.join(parts)  # "Иванов\u200bИван": a reader sees two words
    spaced = " ".join(parts)
    assert tokens(joined) == tokens(spaced)
    assert [w.text for w in parse_query(joined)] == [w.text for w in parse_query(spaced)]


def test_letters_with_their_own_marks_are_kept() -> None:
    decomposed = unicodedata.normalize("NFD", "Йосиф Пётр")
    assert plain_text(decomposed) == "Йосиф Пётр"
    assert [w.text for w in parse_query(decomposed)] == ["Йосиф", "Пётр"]
    assert latin_key("Ива\u0301нов Пе\u0300тр") == "IVANOV PETR"
