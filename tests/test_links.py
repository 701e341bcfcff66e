"""Every internal link and anchor of the built site, checked by a real link checker.

LinkChecker crawls the site as served under its sub-path (``tests/built_site.py``), following
every internal link, and with its AnchorCheck plugin verifies that every ``#fragment`` names an
element of the target page. External links are not followed: the tests run offline. A small
site with known breakage checks the checker itself, so a silent "0 errors" cannot mean
"checked nothing".
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.built_site import BuiltSite, serving

CONFIG = """\
[checking]
maxrequestspersecond=100
[filtering]
checkextern=0
[AnchorCheck]
"""
SUMMARY = re.compile(r"(\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors? found")


@dataclass(frozen=True)
class Report:
    links: int
    warnings: int
    errors: int
    output: str


def linkchecker(url: str, config_dir: Path) -> Report:
    """Run LinkChecker on ``url`` and read its closing summary line."""
    config_dir.mkdir(parents=True, exist_ok=True)
    config = config_dir / "linkcheckerrc"
    config.write_text(CONFIG, "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "linkcheck", "--config", str(config), "--no-status", "--output", "text", url],
        capture_output=True, text=True, timeout=300, check=False,
    )
    found = SUMMARY.search(result.stdout)
    assert found, f"no LinkChecker summary:\n{result.stdout}\n{result.stderr}"
    links, _, warnings, errors = map(int, found.groups())
    return Report(links=links, warnings=warnings, errors=errors, output=result.stdout)


@pytest.fixture(scope="module")
def checked(built_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory) -> Report:
    pytest.importorskip("linkcheck", reason="LinkChecker is a test dependency: pip install -e '.[test]'")
    return linkchecker(built_site.url, tmp_path_factory.mktemp("linkchecker"))


def test_no_broken_link_or_anchor(checked: Report) -> None:
    assert (checked.errors, checked.warnings) == (0, 0), checked.output


def test_the_whole_site_was_crawled(checked: Report, built_site: BuiltSite) -> None:
    pages = list(built_site.site.rglob("index.html"))
    assert checked.links >= 2 * len(pages), checked.output


def test_the_checker_finds_a_broken_link_and_a_broken_anchor(tmp_path: Path) -> None:
    pytest.importorskip("linkcheck", reason="LinkChecker is a test dependency: pip install -e '.[test]'")
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text(
        '<!doctype html><title>t</title><a href="a/#here">ok</a> <a href="a/#nowhere">bad anchor</a> <a href="gone/">gone</a>'
    )
    (site / "a" / "index.html").write_text('<!doctype html><title>a</title><p id="here">here</p>')
    with serving(site) as url:
        report = linkchecker(url, tmp_path / "config")
    assert report.errors == 1 and "gone/" in report.output
    assert report.warnings == 1 and "nowhere" in report.output
