"""The benchmark's split of the transcription pairs: stable, a quarter held out."""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_split_is_stable_and_holds_out_a_quarter() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from translit_split import PARTS, part_of
    finally:
        sys.path.remove(str(BENCH))
    rng = random.Random(3)
    words = {"".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 10)))
             for _ in range(4000)}  # fmt: skip
    parts = {w: part_of(w) for w in words}
    assert set(parts.values()) == set(PARTS)
    test = sum(p == "test" for p in parts.values()) / len(parts)
    assert 0.22 < test < 0.28
    # the same token is always in the same part, whatever its case or surrounding space
    assert all(part_of(f" {w.upper()} ") == p for w, p in parts.items())
