"""The venue of a farewell or a funeral ("the Ritual Hall", "the Triumph Sports Complex") is no
person: read as one it took the ceremony's date from the man it was held for."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "published", "name", "kind", "day"),
    [
        ("Private Vadim Orekhov died on 22 September in the special military operation zone.\n\n"
         "The farewell will take place on Sunday, 5 October, at 10:00 at the Ritual Hall, 14 "
         "Lenin Street.", "2025-10-03", "Orekhov Vadim", "farewell", "2025-10-05"),
        ("Major Aisen Nikiforov was killed on 3 January near Kupiansk. Farewell ceremonies will "
         "be held on 17 January at the Triumph Sports Complex in Yakutsk.", "2024-01-16",
         "Nikiforov Aisen", "farewell", "2024-01-17"),
        ("Sergeant Ivan Belov was killed on 2 May near Bakhmut. The funeral will be held on "
         "8 May at the Olimp Stadium.", "2024-05-06", "Belov Ivan", "funeral", "2024-05-08"),
        ("Private Oleg Titov died of wounds on 1 March. A farewell ceremony will be held on "
         "6 March at the Gornyak Club.", "2024-03-04", "Titov Oleg", "farewell", "2024-03-06"),
        ("Corporal Yegor Lapin was killed on 10 June. The funeral will take place on 15 June at "
         "the Neftyanik Arena.", "2024-06-12", "Lapin Yegor", "funeral", "2024-06-15"),
    ],
)
def test_venue_is_no_person(text: str, published: str, name: str, kind: str, day: str) -> None:
    found = {m["name"]: m for m in extract_text(text, "en", published)}
    assert set(found) == {name}
    assert (found[name]["other_dates"] or {}).get(kind) == day
