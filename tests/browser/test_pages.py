"""Every page type in a real browser: its content shows, axe-core finds nothing serious, no
request leaves the local server, no script error; a screenshot of each is kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.browser.conftest import Session
from tests.browser.sample import sample_brief
from tests.built_site import SAMPLE_SLUG

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SAMPLE_SLUG}/"
SERIOUS = ("serious", "critical")


def story_content(session: Session) -> None:
    brief = sample_brief()
    spans = session.page.locator("span.nb-s")
    assert spans.count() == len(brief.sentences)
    assert spans.first.inner_text() == brief.sentences[0].text
    assert session.page.locator("h1").inner_text() == brief.title


def figures_content(session: Session) -> None:
    figures = sample_brief().figures
    text = session.page.locator("article").inner_text()
    if not figures:
        assert "no numeric facts" in text
    for figure in figures:
        assert figure.text in text


def quotes_content(session: Session) -> None:
    quotes = sample_brief().quotes
    text = session.page.locator("article").inner_text()
    if not quotes:
        assert "quotes nobody" in text
    assert session.page.locator("[itemtype='https://schema.org/Quotation']").count() == len(quotes)
    for quote in quotes:
        assert quote.text in text


def sources_content(session: Session) -> None:
    text = session.page.locator("article").inner_text()
    assert "Credited agencies" in text
    for source in sample_brief().sources:
        assert source.name in text


def home_content(session: Session) -> None:
    link = session.page.locator(f"article a[href*='{SAMPLE_SLUG}']").first
    assert link.inner_text().strip() == sample_brief().title


def about_content(session: Session) -> None:
    assert "Newsbrief" in session.page.locator("h1").inner_text()


PAGE_TYPES: list[tuple[str, str, Callable[[Session], None]]] = [
    ("home", "", home_content),
    ("story", BRIEF, story_content),
    ("figures", BRIEF + "figures/", figures_content),
    ("quotes", BRIEF + "quotes/", quotes_content),
    ("sources", BRIEF + "sources/", sources_content),
    ("about", "about/", about_content),
]


@pytest.mark.parametrize(("name", "path", "check"), PAGE_TYPES, ids=[p[0] for p in PAGE_TYPES])
def test_page_type_renders_its_content(session: Session, name: str, path: str, check: Callable[[Session], None]) -> None:
    response = session.goto(path)
    assert response.status == 200
    check(session)
    session.screenshot(name)
    assert session.foreign_requests() == []
    assert session.errors == [] and session.dialogs == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("name", "path"), [(n, p) for n, p, _ in PAGE_TYPES] + [("404", "no/such/page/")])
def test_axe_finds_no_serious_violation(session: Session, name: str, path: str, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    session.page.emulate_media(color_scheme=scheme)
    session.goto(path)
    violations = Axe().run(session.page).response["violations"]
    serious = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in violations if v["impact"] in SERIOUS
    ]
    assert serious == []
