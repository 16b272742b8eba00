"""Names across scripts: romanisation, loose keys, order-free keys, Russian transcription."""

from headcount.names.keys import (
    loose_sorted_key,
    russian_sorted_keys,
    sorted_key,
    sound_keys,
    token_overlap,
    tokens,
)
from headcount.names.russian import (
    CONVENTIONS,
    learned_spellings,
    russian_key,
    russian_keys,
    russian_token,
)
from headcount.names.text import plain_text
from headcount.names.translit import latin_key, loose_key, loose_token, phonetic_key, script_of

__all__ = [
    "CONVENTIONS",
    "latin_key",
    "learned_spellings",
    "loose_key",
    "loose_sorted_key",
    "loose_token",
    "phonetic_key",
    "plain_text",
    "russian_key",
    "russian_keys",
    "russian_sorted_keys",
    "russian_token",
    "script_of",
    "sorted_key",
    "sound_keys",
    "token_overlap",
    "tokens",
]
