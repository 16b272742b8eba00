"""Heavy work off the event loop: a small process pool, a bounded queue, a per-user limit.

Matching a trace list takes seconds of CPU (pandas, Splink on DuckDB). Run in the
request handler it froze every other request of the worker; run in a thread it
still held the interpreter lock against them. :class:`Jobs` runs it in worker
processes of its own (``spawn``: nothing of the app's state is shared), so the
app keeps answering; they run at a lower priority (``nice`` 10), so the app's
requests get the CPU first. At most ``queue`` jobs wait or run at once (one more is
refused, :class:`Busy`, 503 with Retry-After), and each user at most
``per_user`` (429). Results come back pickled; the list never touches the disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class Busy(Exception):
    """No room for the job now; ``user``: it is that user's own limit that is reached."""

    def __init__(self, message: str, user: bool = False) -> None:
        super().__init__(message)
        self.user = user


#: how much lower than the app the worker processes run (``nice``)
NICE = 10


def _background() -> None:
    """In each worker: yield the CPU to the app (DuckDB uses every core it sees)."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICE)


class Jobs:
    def __init__(self, processes: int = 1, queue: int = 4, per_user: int = 1) -> None:
        self.processes, self.queue, self.per_user = processes, queue, per_user
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._running: Counter[str] = Counter()

    def pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                ctx = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(
                    self.processes, mp_context=ctx, initializer=_background
                )
            return self._pool

    def _take(self, user: str) -> None:
        with self._lock:
            if self._running[user] >= self.per_user:
                raise Busy("you have a list being matched already: wait for it", user=True)
            if sum(self._running.values()) >= self.queue:
                raise Busy("the server is matching other lists: try again in a minute")
            self._running[user] += 1

    def _give(self, user: str) -> None:
        with self._lock:
            self._running[user] -= 1
            if self._running[user] <= 0:
                del self._running[user]

    async def run(self, user: str, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker process (``fn`` and ``args`` must pickle)."""
        self._take(user)
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.pool(), fn, *args)
        finally:
            self._give(user)

    def warm(self, module: str) -> None:
        """Start the worker processes now and have them import ``module``: the first
        upload then pays neither the start nor the imports."""
        with contextlib.suppress(RuntimeError):  # shut down meanwhile
            self.pool().submit(importlib.import_module, module)

    def shutdown(self) -> None:
        """Stop the worker processes (a list being matched is abandoned)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            workers = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in workers:  # none outlives the app, even mid-job
                if proc.is_alive():
                    proc.terminate()
