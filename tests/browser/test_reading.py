"""What a reader does: search, follow a figure or quote to its sentence, switch light/dark,
land on a wrong address. Every request stays on the local server throughout."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Session
from tests.browser.sample import sample_brief, words_only_in_quotes
from tests.built_site import SAMPLE_SLUG

pytestmark = pytest.mark.browser

BRIEF = f"briefs/{SAMPLE_SLUG}/"
SCHEME = "document.body.getAttribute('data-md-color-scheme')"


def search(session: Session, query: str, *, attempts: int = 3) -> list[str]:
    """Type ``query`` into the search box and return the addresses of the results.

    Material opens the search dialog when the box gains focus and searches on key events (not
    on ``fill()``). Right after an instant navigation it may still close the dialog, so a try
    that shows no result blurs the box and starts again.
    """
    box = session.page.locator("input.md-search__input")
    links = session.page.locator(".md-search-result__link")
    for attempt in range(attempts):
        session.page.evaluate("document.activeElement && document.activeElement.blur()")
        box.click()
        box.fill("")
        box.press_sequentially(query, delay=20)
        try:
            links.first.wait_for(state="visible", timeout=5_000)
            break
        except Exception:
            if attempt == attempts - 1:
                raise
    # Read every address in one go: the list may re-render between a count and a read.
    return session.page.eval_on_selector_all(
        ".md-search-result__link", "links => links.map(link => link.getAttribute('href') || '')"
    )


def speaker_queries() -> list[str]:
    speakers = sorted({q.speaker for q in sample_brief().quotes if q.speaker})
    return [speaker.split()[-1] for speaker in speakers[:2]]


def test_search_finds_the_brief_by_a_speakers_name(session: Session) -> None:
    queries = speaker_queries()
    assert queries, "the sample brief names no speaker"
    for query in queries:
        session.goto()
        assert any(SAMPLE_SLUG in href for href in search(session, query)), query
    assert session.foreign_requests() == [] and session.errors == []


def test_search_finds_the_brief_by_a_word_only_in_a_quote(session: Session) -> None:
    words = words_only_in_quotes(sample_brief())
    assert words, "the sample brief has no word found only in its quotes"
    session.goto()
    assert any(SAMPLE_SLUG in href for href in search(session, words[0])), words[0]
    assert session.foreign_requests() == [] and session.errors == []


@pytest.mark.parametrize("page", ["figures/", "quotes/"])
def test_a_link_lands_on_its_sentence_highlighted(session: Session, page: str) -> None:
    session.goto(BRIEF + page)
    links = session.page.locator("article a.nb-ref")
    assert links.count() > 0, f"the sample brief's {page} page links no sentence"
    sentence = (links.first.get_attribute("href") or "").partition("#")[2]
    links.first.click()
    arrived(session, BRIEF + f"#{sentence}")
    target = session.page.locator(f"#{sentence}")
    target.wait_for()
    assert session.page.evaluate("document.querySelector(':target')?.id") == sentence
    assert target.is_visible() and in_viewport(session, f"#{sentence}")
    assert highlight(session, f"#{sentence}") != highlight(session, "span.nb-s:not(:target)")
    assert session.foreign_requests() == [] and session.errors == []


def arrived(session: Session, path: str) -> None:
    """Wait for the address to become ``path``: instant navigation changes it without a load event."""
    session.page.wait_for_function("url => location.href === url", arg=session.site.page(path))


def in_viewport(session: Session, selector: str) -> bool:
    return session.page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= window.innerHeight; }""",
        selector,
    )


def highlight(session: Session, selector: str) -> tuple[str, str]:
    return tuple(
        session.page.evaluate(
            """s => { const c = getComputedStyle(document.querySelector(s));
                      return [c.backgroundColor, c.outlineStyle]; }""",
            selector,
        )
    )


def test_a_sentence_anchor_opened_directly_is_highlighted(session: Session) -> None:
    """A shared link to ``.../#s3`` shows the sentence highlighted on arrival."""
    session.goto(BRIEF + "#s3")
    assert session.page.evaluate("document.querySelector(':target')?.id") == "s3"
    assert highlight(session, "#s3") != highlight(session, "#s1")


def test_the_dark_mode_toggle_works_and_is_remembered(session: Session) -> None:
    session.goto()
    assert session.page.evaluate(SCHEME) == "default"
    session.page.locator("form[data-md-component=palette] label:visible").click()
    assert session.page.evaluate(SCHEME) == "slate"
    session.page.reload()
    assert session.page.evaluate(SCHEME) == "slate"
    session.page.locator(f"article a[href*='{SAMPLE_SLUG}']").first.click()  # instant navigation
    arrived(session, BRIEF)
    assert session.page.evaluate(SCHEME) == "slate"
    session.goto(BRIEF + "quotes/")  # a full page load elsewhere on the site
    assert session.page.evaluate(SCHEME) == "slate"
    background = session.page.evaluate("getComputedStyle(document.body).backgroundColor")
    session.page.locator("form[data-md-component=palette] label:visible").click()
    assert session.page.evaluate(SCHEME) == "default"
    assert session.page.evaluate("getComputedStyle(document.body).backgroundColor") != background
    assert session.foreign_requests() == [] and session.errors == []


def test_an_unknown_address_shows_the_404_page_and_leads_back(session: Session) -> None:
    response = session.goto("briefs/no-such-brief/figures/")
    assert response.status == 404
    assert session.page.locator("h1").inner_text() == "Page not found"
    header = session.page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent")  # the theme's styles loaded at this depth
    session.screenshot("404")
    session.page.get_by_role("link", name="Back to all news briefs").click()
    arrived(session, "")
    briefs = session.page.locator(f"article a[href*='{SAMPLE_SLUG}']")
    briefs.first.wait_for()  # the address changes before the home page's content is in place
    assert briefs.count() >= 1
    assert session.foreign_requests() == []
    assert [e for e in session.errors if "404" not in e] == []


def test_a_whole_reading_session_requests_nothing_from_another_host(session: Session) -> None:
    """Home, a brief's four pages, a search, a sentence link, the other palette: all local."""
    session.goto()
    session.page.locator(f"article a[href*='{SAMPLE_SLUG}']").first.click()
    arrived(session, BRIEF)
    for label in ("Key figures", "Quotes", "Sources", "Story"):
        session.page.locator("nav.nb-tabs a", has_text=label).click()
        session.page.locator("nav.nb-tabs a.nb-tab--current", has_text=label).wait_for()
    search(session, "Tokayev")
    session.page.keyboard.press("Escape")
    session.page.locator("form[data-md-component=palette] label:visible").click()
    session.goto(BRIEF + "quotes/")
    session.page.wait_for_load_state("networkidle")
    assert len(session.requests) >= 10
    assert session.foreign_requests() == []
    assert session.errors == [] and session.dialogs == []
    print(f"{len(session.requests)} requests, all to {session.site.url}")
