"""The web app served by uvicorn on a free loopback port, driven by Debian's chromium.

Playwright's own browser download does not work on our machines: the tests use
the system chromium (``/usr/bin/chromium``, or ``HEADCOUNT_CHROMIUM``) and skip
with a message when it or the ``playwright`` package is absent, unless
``HEADCOUNT_REQUIRE_BROWSER=1`` (CI) makes that a failure. Screenshots go to
``HEADCOUNT_SCREENSHOTS`` when set (bench/results/screenshots by convention).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import ARGS, CHROMIUM, LAPTOP, PASSWORD, REQUIRE


def _unavailable(reason: str) -> None:
    if REQUIRE:
        pytest.fail(f"HEADCOUNT_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A demo workspace of 60 people, extracted and linked, with three accounts, served."""
    import uvicorn

    from headcount.pipeline import build_demo
    from headcount.web.app import create_app
    from headcount.web.auth import add_user

    root = tmp_path_factory.mktemp("web-demo")
    built = build_demo(root, seed=2022, people=60)
    ws, engine = built.workspace, built.engine
    for name, role in (("rita", "researcher"), ("vic", "viewer"), ("ada", "admin")):
        add_user(engine, name, PASSWORD, role, who=None)
    app = create_app(ws, engine=engine, search_per_minute=0)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "engine": engine, "root": root}
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=LAPTOP)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives chromium through Playwright")
