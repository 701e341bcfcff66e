"""A real browser (Debian's chromium driven by Playwright) on the session's served site.

Playwright's own browser download is not used: the tests drive the system chromium. Without
one they skip, saying why, except under CI (``CI=true``), where a missing browser fails: the
browser tests are required there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.built_site import ROOT, BuiltSite

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "/usr/bin/chromium", "/usr/lib/chromium/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"


def find_chromium() -> str | None:
    """The system chromium: ``$NEWSBRIEF_CHROMIUM``, then the usual names and places."""
    for candidate in (os.environ.get("NEWSBRIEF_CHROMIUM", ""), *CHROMIUM_CANDIDATES):
        found = candidate and shutil.which(candidate)
        if found:
            return found
    return None


def unavailable(reason: str) -> None:
    """Fail under CI, where the browser tests are required; skip loudly elsewhere."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(f"BROWSER TESTS NOT RUN: {reason} (install Debian's chromium)")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        unavailable("no chromium found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Session:
    """A browser page with everything it did recorded: requests, dialogs, errors."""

    page: Any
    site: BuiltSite
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def goto(self, path: str = "") -> Any:
        response = self.page.goto(self.site.page(path))
        self.page.wait_for_load_state("load")
        return response

    def foreign_requests(self) -> list[str]:
        """Requests to anything but the local server (``data:`` and ``blob:`` stay in the page)."""
        local = urlsplit(self.site.url).netloc
        return [u for u in self.requests if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != local]

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def session(browser: Any, built_site: BuiltSite) -> Iterator[Session]:
    """A fresh browser context (no stored palette), light colour scheme, everything recorded."""
    context = browser.new_context(color_scheme="light", viewport={"width": 1200, "height": 900})
    page = context.new_page()
    recorded = Session(page=page, site=built_site)
    context.on("request", lambda request: recorded.requests.append(request.url))
    page.on("dialog", lambda dialog: (recorded.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: recorded.errors.append(f"page error: {error}"))
    page.on("console", lambda message: message.type == "error" and recorded.errors.append(f"console: {message.text}"))
    yield recorded
    context.close()
