"""A bundled, fictional example corpus with ground truth, for demos and benchmarks.

>>> from headcount.demo import generate  # doctest: +SKIP
>>> corpus = generate(Path("demo-workspace"), seed=2022)  # doctest: +SKIP
"""

from headcount.demo.generate import DemoCorpus, generate

__all__ = ["DemoCorpus", "generate"]
