"""English: a channel word that is itself the group's noun before anyone is named ("Three
mobilised men …:", "Two conscripts from Kursk region …", "Two convicts recruited by Wagner
…") is everyone's of the group who has none of his own."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def channels(text: str) -> dict[str, object]:
    return {str(m["surname"]): m["channel"] for m in extract_text(text, "en", "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Three mobilised men from Chuvashia were buried this week:\n— Andrei Ilyin from "
         "Novocheboksarsk, killed on 21 January;\n— Pavel Yegorov from Yalchiki, died of "
         "wounds.", "mobilised"),
        ("Two conscripts from Kursk region were taken prisoner in August: Nikita Gusev, 19, "
         "and Kirill Semyonov, 20.", "conscript"),
        ("Two convicts recruited by Wagner were buried in Omsk on Monday. Ivan Lomov, 41, and "
         "Pavel Sitnikov, 38, were killed near Bakhmut.", "prisoner"),
        ("Two mobilized residents of Ishim were killed in January. Denis Kotov and Pavel Lunin "
         "served in the same company.", "mobilised"),
        ("Four conscripts were captured near Sudzha on 6 August. Their mothers named them as "
         "Ilya Sabitov and Artyom Zuev.", "conscript"),
        ("Several mobilised soldiers from Buryatia have died in hospital. Bair Tsyrenov died "
         "on 3 March; Erdem Sanzhiev died a week later.", "mobilised"),
        ("Two former inmates died in the assault near Avdiivka. Roman Gusev and Oleg Zhukov "
         "were buried in Omsk on Friday.", "prisoner"),
        ("Three conscripts from Belgorod went missing after the attack. Danil Orlov and Maxim "
         "Popov have not called home since.", "conscript"),
        ("Two mobilised fathers from Kurgan were buried on Friday. Sergei Belov, 45, and Oleg "
         "Rudenko, 47, were killed near Kreminna.", "mobilised"),
        ("Five conscripts from Tambov were taken prisoner in August. Among them were Nikita "
         "Plotnikov and Artyom Kovalyov.", "conscript"),
    ],
)
def test_a_group_noun_of_a_channel_is_everyones(text: str, channel: str) -> None:
    found = channels(text)
    assert len(found) == 2
    assert set(found.values()) == {channel}


def test_an_own_channel_stays() -> None:
    found = channels("Two mobilised men were killed in May. Ivan Lomov had signed a contract "
                     "in 2023; Pavel Sitnikov was called up in 2022.")
    assert found["Lomov"] == "contract"
