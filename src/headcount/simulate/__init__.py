"""Simulation study: known populations through the whole pipeline, against the truth.

``run_study(scenarios, replicates, people)`` draws populations from
:mod:`headcount.demo.scenarios`, estimates each with perfect linkage (the truth's
capture histories) and, with ``pipeline=True``, through ingest → extract → link →
the headline estimate; ``summarise`` makes the table (``headcount simulate``).
"""

from headcount.simulate.study import Replicate, run_study, summarise

__all__ = ["Replicate", "run_study", "summarise"]
