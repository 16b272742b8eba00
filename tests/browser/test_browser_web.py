"""A visitor, a researcher and a viewer use the web app in a real browser (chromium)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_support import LAPTOP, PHONE, login, shot
from sqlalchemy import select

from headcount.store import schema as s

pytestmark = pytest.mark.browser


def _latin_name_of_a_cyrillic_person(engine: Any) -> tuple[str, str, str]:
    """(Latin query, Cyrillic name, person id) of a person named in Cyrillic with a surname."""
    from headcount.names import latin_key

    with engine.connect() as conn:
        rows = conn.execute(
            select(s.search_person.c.person_id, s.search_person.c.name)
            .where(s.search_person.c.grade != "rejected")
            .order_by(s.search_person.c.person_id)
        ).all()
    for pid, name in rows:
        if name and re.fullmatch(r"[А-ЯЁа-яё -]+", name) and len(name.split()) >= 2:
            surname, given = name.split()[:2]
            return f"{latin_key(given).title()} {latin_key(surname).title()}", name, pid
    raise AssertionError("the demo has no person named in Cyrillic")


def test_visitor_finds_a_cyrillic_person_by_a_latin_name(
    demo_site: dict[str, Any], page: Any
) -> None:
    base = demo_site["url"]
    query, name, pid = _latin_name_of_a_cyrillic_person(demo_site["engine"])
    page.goto(f"{base}/")
    shot(page, "dashboard-laptop")
    page.fill("input[name=q]", query)
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.results")
    shot(page, "search-laptop")
    first = page.locator("ol.results a.name").first
    assert first.inner_text() == name
    first.click()
    page.wait_for_url(f"**/person/{pid}")
    assert page.locator("h1").inner_text() == name
    assert page.locator("dl.fields").is_visible()
    shot(page, "person-laptop")


def test_pages_fit_a_phone(demo_site: dict[str, Any], browser: Any) -> None:
    base = demo_site["url"]
    query, _name, pid = _latin_name_of_a_cyrillic_person(demo_site["engine"])
    ctx = browser.new_context(viewport=PHONE, is_mobile=True, device_scale_factor=2)
    page = ctx.new_page()
    try:
        for path, name in (
            ("/", "dashboard"),
            (f"/search?q={query}", "search"),
            (f"/person/{pid}", "person"),
        ):
            page.goto(base + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], f"{path} scrolls sideways ({width}px)"
            shot(page, f"{name}-phone")
    finally:
        ctx.close()


def test_researcher_reviews_a_pair_and_sees_the_count_change(
    demo_site: dict[str, Any], page: Any, browser: Any
) -> None:
    base = demo_site["url"]
    login(page, base, "rita")
    page.goto(f"{base}/review")
    count = page.locator("#queue-count")
    before = int(re.sub(r"\D", "", count.inner_text()))
    assert before > 0
    assert page.locator("table.sidebyside").is_visible()
    shot(page, "review-laptop")
    page.fill("#note", "checked in the browser test")
    page.locator("body").click()
    page.keyboard.press("d")  # the keyboard shortcut for "different"
    from playwright.sync_api import expect  # waits without evaluating scripts (the CSP forbids)

    left = f"{before - 1:,}".replace(",", "\u202f")
    expect(page.locator("#queue-count")).to_have_text(re.compile(rf"^{left} pairs? to review"))
    assert page.locator(".flash").inner_text() == "Saved: different."
    with demo_site["engine"].connect() as conn:
        d = conn.execute(select(s.decision).order_by(s.decision.c.id.desc())).first()
        entry = conn.execute(select(s.audit_log).order_by(s.audit_log.c.id.desc())).first()
    assert d is not None and d.who == "rita" and d.verdict == "different"
    assert d.note == "checked in the browser test"
    assert entry is not None and entry.who == "rita" and entry.action == "pair_decision"
    ctx = browser.new_context(viewport=PHONE, is_mobile=True)
    phone = ctx.new_page()
    login(phone, base, "rita")
    phone.goto(f"{base}/review")
    shot(phone, "review-phone")
    ctx.close()


def test_viewer_cannot_reach_the_review_queue(demo_site: dict[str, Any], page: Any) -> None:
    base = demo_site["url"]
    login(page, base, "vic")
    assert page.locator("nav").get_by_text("Review").count() == 0
    response = page.goto(f"{base}/review")
    assert response is not None and response.status == 403
    assert "Not allowed" in page.locator("h1").inner_text()
    shot(page, "forbidden-laptop")


def test_anonymous_visitor_is_sent_to_log_in(demo_site: dict[str, Any], page: Any) -> None:
    base = demo_site["url"]
    page.goto(f"{base}/review")
    assert page.url.startswith(f"{base}/login")
    shot(page, "login-laptop")


def test_admin_pages(demo_site: dict[str, Any], page: Any) -> None:
    base = demo_site["url"]
    login(page, base, "ada")
    page.goto(f"{base}/admin/users")
    assert page.locator("table.list").is_visible()
    shot(page, "users-laptop")
    page.goto(f"{base}/admin/audit")
    assert "login" in page.locator("table.list").inner_text()
    shot(page, "audit-laptop")
    page.set_viewport_size(LAPTOP)
