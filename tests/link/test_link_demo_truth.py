"""The bundled example, linked end to end, against its ground truth.

On 120 generated people the registry's persons are compared with
``truth/mentions.csv`` (:func:`headcount.link.evaluate.demo_scores`). The
floors sit a few points under what the model reaches (pairwise precision
0.99, recall 0.8 on the 300-person demo, see docs/link.md): precision must stay
high (a wrong merge hides a person), and recall must stay far above what the
model reached before it was fixed (0.51 on the 300-person demo), when identical
names with a patronymic stayed apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from headcount.link.evaluate import demo_scores, scores


def test_scores_of_a_known_clustering() -> None:
    s = scores(["a", "a", "a", "b"], ["x", "x", "y", "y"])
    assert s["p"] == 0.5 and s["r"] == pytest.approx(1 / 3)
    assert s["bp"] == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)


@pytest.mark.slow
def test_demo_persons_against_truth(tmp_path: Path) -> None:
    from headcount.pipeline import build_demo

    run = build_demo(tmp_path / "demo", people=120, seed=2022)
    s = demo_scores(run.engine, run.workspace.root)
    assert s["p"] >= 0.96, s
    assert s["r"] >= 0.68, s
    assert s["bp"] >= 0.98, s
    # every true person mentioned is one person or a few: not one per mention
    assert s["persons"] <= 1.25 * s["true_clusters"], s
