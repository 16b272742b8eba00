"""The search cache: repeated searches reuse work, and a change to the index drops it."""

from __future__ import annotations

import gc
from typing import Any

from headcount.web import index
from headcount.web.search import Hit, Result, SearchCache


def found(client: Any, q: str) -> list[str]:
    r = client.get("/api/v1/search", params={"q": q})
    assert r.status_code == 200, r.text
    return [h["person_id"] for h in r.json()["results"]]


def test_a_review_decision_shows_at_once_in_cached_searches(make_client: Any, helpers: Any) -> None:
    public = make_client()
    before = found(public, "Petrov")
    assert "p3petrov" in before
    assert found(public, "Petrov") == before  # from the cache
    rita = make_client("rita")
    rita.post(
        "/person/p3petrov/grade",
        data={"verdict": "reject", "csrf_token": helpers.csrf(rita)},
    )
    assert "p3petrov" not in found(public, "Petrov")


def test_cached_pages_are_copies(make_client: Any) -> None:
    public = make_client()
    first = public.get("/api/v1/search", params={"q": "Petrov"}).json()
    again = public.get("/api/v1/search", params={"q": "Petrov"}).json()
    assert first == again


def test_no_cache_setting(make_client: Any) -> None:
    public = make_client(search_cache_seconds=0)
    assert "p1petrov" in found(public, "Petrov")
    assert not public.app.state.hc.search_cache._store


def test_entries_expire_and_follow_the_index_generation() -> None:
    cache = SearchCache()
    cache.put("a", 1, 60, index.generation())
    cache.put("b", 2, -1, index.generation())  # no time to live: not kept
    cache.put("c", 3, 1e-9, index.generation())
    assert cache.get("a") == 1
    assert cache.get("b") is None
    assert cache.get("c") is None
    index.changed()
    assert cache.get("a") is None


def test_cached_pages_are_plain_values_the_collector_lets_go(make_client: Any) -> None:
    public = make_client()
    first = public.get("/api/v1/search", params={"q": "Petrov"}).json()
    store = public.app.state.hc.search_cache._store
    pages = [v for k, (_, _, v) in store.items() if k[0] == "page"]
    assert pages
    for _ in range(3):  # the collector lets go of nested tuples from the inside out
        gc.collect()
    assert not any(gc.is_tracked(p) for p in pages)  # no full collection walks them
    assert public.get("/api/v1/search", params={"q": "Petrov"}).json() == first


def test_a_packed_result_unpacks_to_the_same_result() -> None:
    hit = Hit("p1", "Петров Иван", "confirmed", "dead", "RU-MOS", None, None, None, "2023-01")
    hit.matched, hit.exact = 2, 1
    result = Result(3, [hit], ["Петров", "Иван"], 1)
    again = Result.unpack(result.packed())
    assert again == result
    again.hits[0].birth_date = "1990"
    assert result.hits[0].birth_date is None
