"""The built HTML, parsed: page-head metadata, JSON-LD, site_url, the 404 page, no third party.

Parsed with ``html.parser`` and ``json`` from the one site built for the session (see
``tests/built_site.py``), so these checks need no browser.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from generator import cli
from generator.brief import build_brief
from generator.pages import story
from tests.browser.sample import sample_brief
from tests.built_site import ROOT, SAMPLE_SLUG, BuiltSite, copy_project

BRIEF_PAGES = ("", "figures/", "quotes/", "sources/")


class Head(HTMLParser):
    """What the tests read from a page: meta tags, links, JSON-LD blocks, resource addresses."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.resources: list[str] = []
        self.title = ""
        self.itemtypes: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        if tag == "link" and "rel" in a:
            self.links[a["rel"]] = a.get("href", "")
        if tag in ("script", "img", "iframe", "source", "audio", "video") and a.get("src"):
            self.resources.append(a["src"])
        if tag == "link" and a.get("rel") in ("stylesheet", "preload", "modulepreload", "icon", "preconnect", "dns-prefetch"):
            self.resources.append(a.get("href", ""))
        if "itemtype" in a:
            self.itemtypes.append(a["itemtype"])
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "json_ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data


def parse(path: Path) -> Head:
    head = Head()
    head.feed(path.read_text("utf-8"))
    return head


def brief_page(site: BuiltSite, slug: str, page: str = "") -> Path:
    return site.site / "briefs" / slug / page / "index.html"


def test_story_page_carries_news_article_json_ld(built_site: BuiltSite) -> None:
    head = parse(brief_page(built_site, SAMPLE_SLUG))
    [block] = head.json_ld
    article = json.loads(block)
    assert article["@context"] == "https://schema.org"
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == head.meta["og:title"]
    assert article["description"] == head.meta["og:description"] == head.meta["description"]
    assert article["url"] == built_site.page(f"briefs/{SAMPLE_SLUG}/")
    brief = sample_brief()
    assert article.get("creditText") == brief.credit
    assert [p["name"] for p in article.get("publisher", [])] == [s.name for s in brief.sources if s.kind == "agency"]
    assert article.get("citation", []) == [s.name for s in brief.sources if s.kind == "attribution"]
    assert "datePublished" not in article  # the sample seed gives no date of its own


SEED_WITH_FRONT_MATTER = """---
date: 2024-01-07
language: en
source_url: https://example.org/news/1
---
Headline </script><script>alert(1)</script>

The minister said on Friday that 3,000 people were arrested, according to Reuters.
"""


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("datePublished", "2024-01-07"),
        ("inLanguage", "en"),
        ("isBasedOn", "https://example.org/news/1"),
        ("headline", "Headline </script><script>alert(1)</script>"),
    ],
)
def test_news_article_takes_the_seeds_front_matter(key: str, expected: str) -> None:
    article = story.news_article(build_brief("seeds/dated.txt", SEED_WITH_FRONT_MATTER))
    assert article[key] == expected


def test_news_article_without_front_matter_has_no_date() -> None:
    article = story.news_article(build_brief("seeds/plain.txt", SEED_WITH_FRONT_MATTER.split("---\n")[2]))
    assert not {"datePublished", "inLanguage", "isBasedOn"} & set(article)


@pytest.mark.parametrize("page", BRIEF_PAGES)
def test_every_brief_page_has_open_graph_and_twitter_meta(built_site: BuiltSite, page: str) -> None:
    head = parse(brief_page(built_site, SAMPLE_SLUG, page))
    assert head.meta["og:title"] and head.meta["og:title"] in head.title
    assert head.meta["og:description"] == head.meta["description"]
    assert head.meta["twitter:card"] == "summary"
    assert head.meta["twitter:title"] == head.meta["og:title"]
    assert head.meta["og:url"] == built_site.page(f"briefs/{SAMPLE_SLUG}/{page}")
    assert head.meta["og:type"] == ("article" if page == "" else "website")
    assert len(head.json_ld) == (1 if page == "" else 0)


def test_description_is_the_lead_sentence(built_site: BuiltSite) -> None:
    lead = json.loads((built_site.project / "docs" / "briefs" / SAMPLE_SLUG / "index.md").read_text("utf-8").split("\n")[2].partition(": ")[2])
    head = parse(brief_page(built_site, SAMPLE_SLUG))
    assert head.meta["og:description"].startswith(lead[:40].replace("&", "&amp;")[:20])


def test_quotes_page_marks_quotations_up_as_schema_org(built_site: BuiltSite) -> None:
    html = brief_page(built_site, SAMPLE_SLUG, "quotes/").read_text("utf-8")
    assert "nb-quote" in html, "the sample brief's quotes page shows no quote"
    head = parse(brief_page(built_site, SAMPLE_SLUG, "quotes/"))
    assert "https://schema.org/Quotation" in head.itemtypes


def test_hostile_seed_cannot_break_out_of_the_head(built_site: BuiltSite) -> None:
    """Seed text reaches <title>, meta attributes and JSON-LD: all must stay text."""
    html = brief_page(built_site, "hostile-markup").read_text("utf-8")
    head_html = html[: html.index("</head>")]
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert head_html.count("<script") == head_html.count("</script>")
    head = parse(brief_page(built_site, "hostile-markup"))
    assert head.title.startswith('</title><script>alert("title")</script>')  # shown as text
    assert '<img src=x onerror=alert(1)>' in head.meta["og:title"]
    article = json.loads(head.json_ld[0])
    assert article["headline"] == head.meta["og:title"]
    assert "</script>" in article["description"]
    assert re.search(r'href="javascript:', html, re.IGNORECASE) is None


def test_canonical_links_and_sitemap_use_the_site_url(built_site: BuiltSite) -> None:
    head = parse(brief_page(built_site, SAMPLE_SLUG, "quotes/"))
    assert head.links["canonical"] == built_site.page(f"briefs/{SAMPLE_SLUG}/quotes/")
    locations = sitemap_locations(built_site.site)
    assert built_site.page(f"briefs/{SAMPLE_SLUG}/") in locations
    assert all(loc.startswith(built_site.url) for loc in locations)


def test_site_url_comes_from_the_environment_without_editing_mkdocs_yml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path, test_seeds=False)
    before = (project / "mkdocs.yml").read_text("utf-8")
    url = "https://example.org/briefs-site"  # as configure-pages gives it: no trailing slash
    monkeypatch.setenv(cli.SITE_URL_VARIABLE, url)
    assert cli.main(["build", "--project", str(project), "--quiet"]) == 0
    assert (project / "mkdocs.yml").read_text("utf-8") == before
    assert f"{url}/briefs/{SAMPLE_SLUG}/" in sitemap_locations(project / "site")
    head = parse(project / "site" / "about" / "index.html")
    assert head.links["canonical"] == f"{url}/about/"


def sitemap_locations(site: Path) -> list[str]:
    tree = ET.parse(site / "sitemap.xml")
    return [el.text or "" for el in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]


def test_404_page_leads_back_to_the_briefs(built_site: BuiltSite) -> None:
    html = (built_site.site / "404.html").read_text("utf-8")
    assert "Page not found" in html
    [home] = re.findall(r'<a class="md-button[^"]*" href="([^"]+)"', html)
    assert urljoin(built_site.page("no/such/page/"), home) == built_site.url  # absolute: works at any depth
    assert "/newsbrief/assets/stylesheets/" in html


def test_no_resource_is_loaded_from_another_host(built_site: BuiltSite) -> None:
    """No CDN, no web font, no analytics: scripts, styles and images are the site's own."""
    pages = sorted(built_site.site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        for address in parse(page).resources:
            host = urlsplit(address).netloc
            assert host in ("", urlsplit(built_site.url).netloc), f"{page}: {address}"
    css = "\n".join(p.read_text("utf-8") for p in built_site.site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css


def test_readme_shows_a_small_screenshot_of_the_story_page() -> None:
    screenshot = ROOT / "docs" / "assets" / "screenshot-story.png"
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size < 300_000
    assert "](docs/assets/screenshot-story.png)" in (ROOT / "README.md").read_text("utf-8")
