"""A stable split of translit_ru/wd_russian_64's Latin tokens into dev and test parts.

``wd_russian_16`` is the table the transcription conventions and the search weights
are tuned on. ``wd_russian_64`` is split by a hash of each Latin token (so the
split never depends on the file's order, a sample or a seed): a quarter of the
tokens is the **test** part, reported only (its errors are never read, nothing is
learned or tuned on it); the rest is the **dev** part, for error analysis and, with
``wd_russian_16``, for learning the transcription rules (``translit_rules.py``).

    from translit_split import part_of
    part_of("schwarz")  # "dev" or "test", the same on every machine and run
"""

from __future__ import annotations

import hashlib

#: one Latin token in this many is in the test part
TEST_SHARE = 4
PARTS = ("dev", "test")


def part_of(latin: str) -> str:
    """``"test"`` for one Latin token in :data:`TEST_SHARE` (by a SHA-256 of the
    lower-case token), else ``"dev"``."""
    digest = hashlib.sha256(latin.strip().lower().encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:4], "big") % TEST_SHARE == 0 else "dev"
