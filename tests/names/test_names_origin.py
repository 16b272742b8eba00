"""The likely spelling convention of a Latin name (``bench/translit_origin.py``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from headcount.names.russian import HAND

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def origin() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_origin

        yield translit_origin
    finally:
        sys.path.remove(str(BENCH))

# small made-up training pairs of three origins, read their own way
GERMAN = [("schneider", "Шнайдер"), ("schreiber", "Шрайбер"), ("weinstein", "Вайнштейн"),
          ("steinbach", "Штайнбах"), ("eisenberg", "Айзенберг"), ("scheibe", "Шайбе"),
          ("reinhardt", "Райнхардт"), ("schwein", "Швайн")]  # fmt: skip
SPANISH = [("gonzalez", "Гонсалес"), ("hernandez", "Эрнандес"), ("martinez", "Мартинес"),
           ("rodriguez", "Родригес"), ("sanchez", "Санчес"), ("jimenez", "Хименес"),
           ("dominguez", "Домингес"), ("velazquez", "Веласкес")]  # fmt: skip
JAPANESE = [("nakamura", "Накамура"), ("tanaka", "Танака"), ("yamamoto", "Ямамото"),
            ("kobayashi", "Кобаяси"), ("takahashi", "Такахаси"), ("matsumoto", "Мацумото"),
            ("hayashi", "Хаяси"), ("yoshida", "Ёсида")]  # fmt: skip


def _model(origin: ModuleType) -> Any:
    return origin.fit(origin.count(GERMAN + SPANISH + JAPANESE))


def _top(origin: ModuleType, word: str, model: Any) -> str:
    p = origin.shares(word, model)
    return str(HAND[max(range(len(HAND)), key=p.__getitem__)])


def test_unseen_names_take_the_convention_of_their_letters(origin: ModuleType) -> None:
    model = _model(origin)
    # none of these is in the training pairs
    assert _top(origin, "weissheimer", model) == "de"
    assert _top(origin, "fernandez", model) == "es"
    assert _top(origin, "kawashima", model) == "ja"


def test_shares_sum_to_one_and_a_word_without_cues_is_not_sure(origin: ModuleType) -> None:
    model = _model(origin)
    for word in ("schneidemann", "lopez", "q"):
        assert abs(sum(origin.shares(word, model)) - 1) < 1e-9
    assert max(origin.shares("q", model)) < max(origin.shares("eisenstein", model))


def test_noise_pairs_are_not_labelled(origin: ModuleType) -> None:
    # the Cyrillic is another name altogether: no convention comes near
    assert origin.label("tamatsubaki", "Кэнтаро") is None
    found = origin.label("schneider", "Шнайдер")
    assert found is not None and "de" in found and abs(sum(found.values()) - 1) < 1e-9


def test_similarity_prefers_the_reading_of_the_name_s_language(origin: ModuleType) -> None:
    model = _model(origin)
    # ei read the German way only when the word looks German
    assert origin.similarity("eichstein", "Айхштайн", model) > origin.similarity(
        "eichstein", "Эйхстейн", model)
    # a Spanish word's j is х
    assert origin.similarity("jimeno", "Химено", model) > origin.similarity(
        "jimeno", "Джимено", model)
