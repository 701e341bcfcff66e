"""A hostile seed (scripts, event handlers, javascript: links, template and Markdown syntax)
shows as text: opening its pages, or finding it with search, runs nothing."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Session
from tests.browser.test_reading import search

pytestmark = pytest.mark.browser

HOSTILE = "briefs/hostile-markup/"


@pytest.mark.parametrize("page", ["", "figures/", "quotes/", "sources/"])
def test_hostile_seed_runs_nothing(session: Session, page: str) -> None:
    response = session.goto(HOSTILE + page)
    assert response.status == 200
    session.page.wait_for_timeout(300)  # let any onerror/onload fire
    assert session.dialogs == []
    assert session.errors == []
    assert session.page.evaluate("document.querySelectorAll('article script, article img, article iframe, article svg[onload]').length") == 0
    assert '</title><script>alert("title")</script>' in session.page.title()
    if page == "":
        session.screenshot("hostile-story")
        assert '<script>alert("body")</script>' in session.page.locator("article").inner_text()


def test_finding_the_hostile_seed_with_search_runs_nothing(session: Session) -> None:
    """Search results show page titles as HTML: the hostile title must arrive escaped."""
    session.goto()
    assert any("hostile-markup" in href for href in search(session, "pipes"))
    session.page.wait_for_timeout(300)
    assert '<img src=x onerror=alert(1)>' in session.page.locator(".md-search-result").inner_text()
    assert session.dialogs == [] and session.errors == []
    assert session.foreign_requests() == []
