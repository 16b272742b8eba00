"""Forms of one given name (Tom, Thomas) meet; other names and initials do not."""

from __future__ import annotations

from headcount.names.forms import given_forms


def test_familiar_and_full_forms_share_a_key() -> None:
    for short, full in (("Tom", "Thomas"), ("Bill", "William"), ("Ernie", "Ernest"),
                        ("PEGGY", "Margaret")):  # fmt: skip
        assert set(given_forms(short)) & set(given_forms(full)), (short, full)


def test_unrelated_names_and_initials() -> None:
    assert not set(given_forms("Tom")) & set(given_forms("William"))
    assert given_forms("T.") == () and given_forms("") == ()
    assert given_forms("SERGEI") == ()  # a name the table lacks: no forms to meet
    assert given_forms("ALEKSANDR") == ("ALKSNDR",)  # one it knows (Alex): its own key
    assert given_forms("Ram Bahadur") == given_forms("Ram")  # the first word
