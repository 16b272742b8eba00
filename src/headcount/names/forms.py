"""Forms of one given name: Tom and Thomas, Bill and William, Ernie and Ernest.

Family reports, consular lists and published records write a given name in
its full form or as a familiar one. The pairs come from the ``nicknames``
package (a hand-curated table of English given names and their familiar
forms, Apache-2.0), read offline from the installed package. Forms are
compared by their loose keys (:func:`headcount.names.loose_token`), so
spelling variants of a form meet as well.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from headcount.names.translit import loose_token


@cache
def _namer() -> object:
    from nicknames import NickNamer

    return NickNamer()


@cache
def given_forms(given: str) -> tuple[str, ...]:
    """Loose keys of a given name (its first word) and of the names it is a familiar
    form of, sorted; empty for no name, an initial, or a name the table does not
    know (most Russian names: the column stays empty, and cheap, for them).

    >>> given_forms("Tom"), given_forms("Thomas"), given_forms("Ernie")
    (('TM', 'TMS'), ('TM', 'TMS'), ('ARN', 'ARNST'))
    """
    words = given.split()
    word = words[0].lower().strip(".") if words else ""
    if len(word) < 2:
        return ()
    namer: Any = _namer()
    full = namer.canonicals_of(word)
    if not full and not namer.nicknames_of(word):
        return ()  # a name the table does not know has no other forms to meet
    return tuple(sorted({k for k in map(loose_token, (n.upper() for n in {word, *full})) if k}))


__all__ = ["given_forms"]
