"""Simulation study: known populations through the whole pipeline, against the truth.

``headcount.simulate.study.run_study(scenarios, replicates, people)`` draws populations
from :mod:`headcount.demo.scenarios`, estimates each with perfect linkage (the truth's
capture histories) and, with ``pipeline=True``, through ingest → extract → link → the
headline estimate; ``summarise`` makes the table (``headcount simulate``). Nothing is
imported here, so that the command line starts fast.
"""
