"""Where the browser tests find chromium, and what happens when there is none."""

from __future__ import annotations

import pytest

from tests.browser import conftest


def test_a_missing_browser_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true but no chromium found"):
        conftest.unavailable("no chromium found")


@pytest.mark.parametrize("ci", ["", "false"])
def test_a_missing_browser_skips_loudly_elsewhere(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="BROWSER TESTS NOT RUN: no chromium found"):
        conftest.unavailable("no chromium found")


def test_the_chromium_named_in_the_environment_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    fake = tmp_path / "my-chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("NEWSBRIEF_CHROMIUM", str(fake))
    assert conftest.find_chromium() == str(fake)
