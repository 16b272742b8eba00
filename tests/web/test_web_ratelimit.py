"""Search is rate-limited per client."""

from __future__ import annotations

from typing import Any

from headcount.web.ratelimit import RateLimiter, client_key


def test_search_is_limited_per_client(make_client: Any) -> None:
    client = make_client(search_per_minute=3, trust_proxy=True)
    a = {"X-Forwarded-For": "192.0.2.1"}
    codes = [
        client.get("/api/v1/search", params={"q": "Petrov"}, headers=a).status_code
        for _ in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    r = client.get("/search", params={"q": "Petrov"}, headers=a)
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    b = {"X-Forwarded-For": "192.0.2.2"}
    assert client.get("/api/v1/search", params={"q": "Petrov"}, headers=b).status_code == 200
    # person pages are not searches
    assert client.get("/person/p1petrov", headers=a).status_code == 200


def test_forwarded_for_is_ignored_unless_trusted() -> None:
    assert client_key("10.0.0.1", "192.0.2.1", trust_proxy=False) == "10.0.0.1"
    # the proxy appended 192.0.2.1; the client wrote the rest
    assert client_key("127.0.0.1", "6.6.6.6, 192.0.2.1", trust_proxy=True) == "192.0.2.1"
    assert client_key("127.0.0.1", "6.6.6.6, 192.0.2.1, 10.0.0.2", True, hops=2) == "192.0.2.1"
    assert client_key("127.0.0.1", "192.0.2.1", True, hops=2) == "127.0.0.1"  # too few


def test_a_spoofed_leftmost_forwarded_for_does_not_escape_the_login_limit(
    make_client: Any, helpers: Any
) -> None:
    client = make_client(login_per_minute=10, trust_proxy=True)
    token = helpers.csrf(client)
    codes = []
    for i in range(25):
        r = client.post(
            "/login",
            data={"username": "rita", "password": f"wrong {i}", "csrf_token": token},
            headers={"X-Forwarded-For": f"203.0.113.{i}, 192.0.2.7"},  # proxy appended .7
        )
        codes.append(r.status_code)
    assert codes.count(429) >= 10, codes


def test_tokens_come_back_with_time() -> None:
    rl = RateLimiter(per_minute=60, burst=2)
    assert rl.allow("x", now=0.0)[0] and rl.allow("x", now=0.0)[0]
    ok, retry = rl.allow("x", now=0.0)
    assert not ok and 0 < retry <= 1.0
    assert rl.allow("x", now=1.01)[0]
    assert RateLimiter(per_minute=0).allow("x")[0]  # 0: no limit
