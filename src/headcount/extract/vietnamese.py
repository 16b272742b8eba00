"""Vietnamese names, written surname first in every script: "Нгуен Ван Тхань", "Nguyen Van
Thanh" (surname Нгуен / Nguyen, given name Ван Тхань / Van Thanh). The common surnames are a
closed set; only those that are no word or common name of another language are listed ("Ле",
"Ли", "До", "Во", "Ву", "Хо", "Чан", "Фан" are left out)."""

from __future__ import annotations

_SURNAMES_WORDS = (
    "нгуен нгуєн нгуйен фам хоанг хюинь хюїнь данг буй нго зыонг зионг чинь дінь динь "
    "лыонг лионг доан "
    "nguyen nguyễn pham phạm hoang hoàng huynh huỳnh dang đặng bui bùi ngo ngô duong dương "
    "trinh trịnh dinh đinh luong lương doan đoàn tran trần")
_SURNAMES = frozenset(_SURNAMES_WORDS.split())


def vietnamese_surname(word: str) -> bool:
    """``word`` is a Vietnamese surname that opens a name."""
    return word.casefold() in _SURNAMES


__all__ = ["vietnamese_surname"]
