"""The "not confirmed" patterns (a death word's confirmation denied or awaited): what each
reads, pinned so that sharing their parts changes nothing."""

from __future__ import annotations

import pytest

from headcount.extract import en_military, status


@pytest.mark.parametrize(
    ("before", "expected"),
    [("гибель пока не ", True), ("смерть ещё не ", True), ("has not yet ", True),
     ("is yet to be ", True), ("hasn't been ", True), ("загибель досі не ", True),
     ("his death was ", False), ("гибель ", False), ("официально ", False)],
)
def test_denied(before: str, expected: bool) -> None:
    assert status.denied(before + "подтверждена", len(before)) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [(" пока не подтверждена", True), (", но командование не подтвердило плен", False),
     (" has not yet been confirmed", True), (", but the ministry has not confirmed it", False),
     (" 3 мая, его личность пока не подтверждена", False), (" ще не підтвердили", True),
     (" is yet to be verified", True), (" was confirmed on 3 May", False),
     (" 3 мая под Бахмутом", False), (" never officially confirmed", True)],
)
def test_denied_after(after: str, expected: bool) -> None:
    text = "гибель" + after
    assert status.denied_after(text, len("гибель")) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [(" has not been confirmed", True), (" hasn't been confirmed", True),
     (" is yet to be verified", True), (" was not officially established", True),
     (" has never been confirmed", True), (" was confirmed", False),
     (" has been confirmed", False), (" near Bakhmut", False)],
)
def test_en_unconfirmed(after: str, expected: bool) -> None:
    assert bool(en_military._UNCONFIRMED.match("death" + after, len("death"))) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [(" пока не подтверждена", True), (" его официально не установлена", True),
     (" так и не была подтверждена", False), (" не было подтверждено", True),
     (" досі не підтвердили", True), (" подтверждена 12 декабря", False)],
)
def test_ru_unconfirmed(after: str, expected: bool) -> None:
    assert bool(status._UNCONFIRMED.match("гибель" + after, len("гибель"))) is expected
