"""Names across scripts: romanisation, loose keys, order-free keys."""

from headcount.names.keys import loose_sorted_key, sorted_key, token_overlap, tokens
from headcount.names.translit import latin_key, loose_key, loose_token, phonetic_key, script_of

__all__ = [
    "latin_key",
    "loose_key",
    "loose_sorted_key",
    "loose_token",
    "phonetic_key",
    "script_of",
    "sorted_key",
    "token_overlap",
    "tokens",
]
