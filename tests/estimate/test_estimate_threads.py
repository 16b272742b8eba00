from __future__ import annotations

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from headcount.estimate import headline
from headcount.estimate.headline import Headline, HeadlineConfig, headline_estimate
from headcount.estimate.threads import one_blas_thread


def blas_threads() -> set[int]:
    return {int(x["num_threads"]) for x in threadpool_info() if x["user_api"] == "blas"}


def test_blas_is_on_one_thread_inside_and_restored_after() -> None:
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        with one_blas_thread():
            assert blas_threads() == {1}
        assert blas_threads() == before


def test_the_headline_is_computed_on_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[set[int]] = []

    def fake(engine: object, config: HeadlineConfig) -> Headline:
        seen.append(blas_threads())
        return Headline(config)

    monkeypatch.setattr(headline, "_headline_estimate", fake)
    with threadpool_limits(limits=2, user_api="blas"):
        headline_estimate(None)  # type: ignore[arg-type]
        assert seen == [{1}]
