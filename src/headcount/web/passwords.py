"""Which new passwords are accepted: long enough, and hard to guess by a real estimate.

The estimate is zxcvbn's (Wheeler, "zxcvbn: Low-Budget Password Strength
Estimation", USENIX Security 2016; the Python port ``zxcvbn`` on PyPI, MIT). It
ships its lists inside the package and reads nothing at run time: the 30,000
most common passwords of leaked sets, English words, names and surnames, TV and
film words, and it also scores keyboard patterns, repeats ("aaaaaaaaaa"),
sequences, dates, l33t substitutions and words of the account itself (user
name, "headcount"). A password is accepted at score 3 or more: about 10^8
guesses or more, zxcvbn's "safely unguessable" against an online attack and
slow against an offline one on our argon2id hashes. The refusal names the reason
zxcvbn gives, and what to do instead. Control characters are refused outright
(zxcvbn's repeat patterns stop at a new line: ten new lines scored as strong).
"""

from __future__ import annotations

import unicodedata

from zxcvbn import zxcvbn

MIN_LENGTH = 10
MIN_SCORE = 3
_CHECKED = 128  # zxcvbn's matching grows fast with length; the first 128 characters decide


def refusal(password: str, user_inputs: tuple[str, ...] = ()) -> str | None:
    """Why ``password`` is refused, in one line, or None when it is accepted."""
    if len(password) < MIN_LENGTH:
        return f"a password needs at least {MIN_LENGTH} characters"
    if any(unicodedata.category(c) == "Cc" for c in password):
        # no one types them into a form; and zxcvbn's patterns do not see past a new line
        return "a password cannot hold control characters (tab, new line...)"
    result = zxcvbn(password[:_CHECKED], user_inputs=["headcount", *user_inputs])
    if int(result["score"]) >= MIN_SCORE:
        return None
    feedback = result.get("feedback") or {}
    why = str(feedback.get("warning") or "").rstrip(".") or "It is too easy to guess"
    tips = [str(t) for t in feedback.get("suggestions") or []]
    tip = tips[0] if tips else "Use a few uncommon words together."
    return f"this password is refused: {why[0].lower()}{why[1:]}. {tip}"
