"""The review queue: uncertain pairs, those whose decision changes the counts most first.

Every pair the last link run scored (``link_pair``, probability at least
``REVIEW_FLOOR``) and no reviewer has decided is a candidate. A decision on it
changes the number of persons by one either way: "same" on a pair the model
kept apart merges two persons, "different" on a pair it joined splits one.
Its priority is

    uncertainty × size × grade

- uncertainty = 1 − |2p − 1| (1 at p = 0.5, 0 at p = 0 or 1);
- size = log2(1 + mentions of the persons involved): a decision about big
  persons moves more mentions;
- grade = 1.5 when the decision would change a confirmed count (a pending
  person would be merged into, or split from, a confirmed one), else 1.

Pairs a reviewer called "unsure" stay in the queue at a quarter of their priority.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import Engine, select

from headcount.link.decisions import current_decisions
from headcount.store import schema as s


def review_queue(
    engine: Engine, limit: int = 50, max_probability: float = 0.99
) -> list[dict[str, Any]]:
    """The top ``limit`` pairs to review, with what a decision would change."""
    decided: dict[tuple[str, str], str] = {
        (d["left_id"], d["right_id"]): d["verdict"] for d in current_decisions(engine, "pair")
    }
    lp, pm, p, m = s.link_pair, s.person_mention, s.person, s.mention
    with engine.connect() as conn:
        pairs = conn.execute(
            select(lp.c.left_id, lp.c.right_id, lp.c.probability).where(
                lp.c.probability <= max_probability
            )
        ).all()
        person_of = dict(conn.execute(select(pm.c.mention_id, pm.c.person_id)).all())
        persons = {r.id: r for r in conn.execute(select(p.c.id, p.c.mentions, p.c.grade, p.c.name))}
    rows = []
    for left, right, prob in pairs:
        verdict = decided.get((left, right))
        if verdict in ("same", "different"):
            continue
        pl, pr = person_of.get(left), person_of.get(right)
        if pl is None or pr is None:
            continue
        together = pl == pr
        size = persons[pl].mentions + (0 if together else persons[pr].mentions)
        grades = {persons[pl].grade, persons[pr].grade}
        uncertainty = 1 - abs(2 * prob - 1)
        priority = uncertainty * math.log2(1 + size)
        if not together and grades == {"confirmed", "pending"}:
            priority *= 1.5
        if together and persons[pl].grade == "confirmed":
            priority *= 1.5
        if verdict == "unsure":
            priority *= 0.25
        rows.append(
            {
                "left": left,
                "right": right,
                "probability": round(float(prob), 4),
                "left_person": pl,
                "right_person": pr,
                "effect": "split" if together else "merge",
                "persons_change": 1 if together else -1,
                "mentions": size,
                "priority": round(priority, 4),
                "unsure": verdict == "unsure",
            }
        )
    rows.sort(key=lambda r: (-r["priority"], r["left"], r["right"]))
    top = rows[:limit]
    ids = {r["left"] for r in top} | {r["right"] for r in top}
    if ids:
        with engine.connect() as conn:
            info = {
                r.id: r
                for r in conn.execute(
                    select(m.c.id, m.c.name, m.c.source, m.c.birth_date, m.c.death_date,
                           m.c.region).where(m.c.id.in_(ids))
                )
            }  # fmt: skip
        for r in top:
            for side in ("left", "right"):
                row = info.get(r[side])
                r[f"{side}_name"] = row.name if row else None
                r[f"{side}_source"] = row.source if row else None
                r[f"{side}_dates"] = (
                    f"{row.birth_date or '?'} – {row.death_date or '?'}" if row else None
                )
    return top


__all__ = ["review_queue"]
