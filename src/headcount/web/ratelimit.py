"""Per-client rate limits (a token bucket per client address, kept in memory).

One app process keeps its own buckets. Behind several worker processes the limit
is shared out (:func:`per_worker`): a client's connections land on any of them, so
together they allow about the limit, never several times it. Buckets of clients
not seen for a while are dropped.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict


class RateLimiter:
    """``per_minute`` requests per client, with bursts up to ``burst`` (default: the same)."""

    def __init__(self, per_minute: int, burst: int | None = None, max_clients: int = 100_000):
        self.per_minute = per_minute
        self.rate = per_minute / 60.0
        self.burst = float(burst if burst is not None else max(per_minute, 1))
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> tuple[bool, float]:
        """Whether the client may go on, and if not in how many seconds it may retry."""
        if self.per_minute <= 0:
            return True, 0.0
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return allowed, 0.0 if allowed else (1.0 - tokens) / self.rate


def per_worker(per_minute: int, workers: int) -> int:
    """Each worker's share of a limit (rounded up; 0, no limit, stays 0)."""
    if per_minute <= 0 or workers <= 1:
        return per_minute
    return -(-per_minute // workers)


def client_key(
    host: str | None, forwarded_for: str | None, trust_proxy: bool, hops: int = 1
) -> str:
    """The address a limit is counted against.

    Behind ``hops`` trusted proxies each appends the address it received the
    request from to X-Forwarded-For, so the entry ``hops`` from the right is the
    one the outermost trusted proxy wrote: the client's real address. Entries
    left of it are whatever the client sent, and are never used.
    """
    if trust_proxy and forwarded_for and hops > 0:
        entries = [e.strip() for e in forwarded_for.split(",") if e.strip()]
        if len(entries) >= hops:
            return entries[-hops]
    return host or "unknown"
