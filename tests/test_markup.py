"""Seed text shows as text: nothing in it runs, opens markup, or breaks a table.

The pages of a brief whose every field is hostile are rendered with the site's own Markdown
extensions (read from ``mkdocs.yml``), and the HTML is checked element by element; the hostile
sample seed in ``tests/fixtures/hostile.txt`` is also built into the real site.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from generator import markup
from generator.brief import build_brief
from generator.model import Figure, Quote, Source
from generator.pages import render_brief
from tests.built_site import BuiltSite
from tests.conftest import ROOT

HOSTILE_SEED = ROOT / "tests" / "fixtures" / "hostile.txt"

HOSTILE = [
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(2))",
    "{{ config.site_name }} {% include 'x' %}",
    "# heading | pipe | cell *star* _under_ `code`",
    "1986. A year that opens a list",
    "--- a rule --- and ***bold*** ~~strike~~",
    '{: onclick="alert(3)" } [^1] ![img](x.png) <!-- comment',
    "&amp; &#60;script&#62; \\<escaped\\>",
    '"><svg onload=alert(4)> </span></p>',
]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Plain words, nothing to do.", "Plain words, nothing to do."),
        ("  spaced\n\tout  ", "spaced out"),
        ("<b>", "&#60;b&#62;"),
        ("a | b", "a &#124; b"),
        ("1986. It began", "1986&#46; It began"),
        ("In 1986. It began", "In 1986. It began"),
        ("{{ x }}", "&#123;&#123; x &#125;&#125;"),
    ],
)
def test_text(value, expected):
    assert markup.text(value) == expected


@pytest.mark.parametrize("value", HOSTILE)
def test_text_leaves_no_syntax_character(value):
    neutral = re.sub(r"&#\d+;", "", markup.text(value))
    assert not set(neutral) & set("<>[]()`*_#|{}!\\\"'&")


def site_markdown() -> markdown.Markdown:
    """Python-Markdown configured as MkDocs configures it from ``mkdocs.yml``."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.SafeLoader)
    names, options = [], {}
    for item in config["markdown_extensions"]:
        name, settings = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        options[name] = settings or {}
    return markdown.Markdown(extensions=names, extension_configs=options)


class Elements(HTMLParser):
    """Every start tag with its attributes, table rows' cell counts, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.rows: list[int] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag == "tr":
            self.rows.append(0)
        if tag in ("td", "th"):
            self.rows[-1] += 1

    def handle_data(self, data):
        self.text.append(data)


def render_html(page: str) -> Elements:
    body = page.split("---\n", 2)[2]  # front matter is MkDocs' business, checked in the built site
    parser = Elements()
    parser.feed(site_markdown().convert(body))
    return parser


def hostile_brief():
    brief = build_brief("seeds/hostile.txt", "\n\n".join(["Title " + HOSTILE[0], *HOSTILE]))
    s1 = brief.sentences[0].id
    quotes = tuple(
        Quote(text=h, speaker=h, kind=kind, attribution=h, sentence=s1, role=h)
        for h in HOSTILE
        for kind in ("full", "partial")
    )
    figures = tuple(
        Figure(value=1000.0 + i, text=h, qualifier=h, label=h, claimed_by=h, sentence=s1, unit=h)
        for i, h in enumerate(HOSTILE)
    )
    sources = tuple(Source(name=h, kind=kind, sentences=(s1,), cited_for=(h,)) for h in HOSTILE for kind in ("agency", "attribution"))
    return brief.__class__(**{**brief.__dict__, "quotes": quotes, "figures": figures, "sources": sources, "credit": HOSTILE[1]})


@pytest.mark.parametrize("page", ["index.md", "figures.md", "quotes.md", "sources.md"])
def test_hostile_text_in_every_field_renders_as_text(page):
    brief = hostile_brief()
    rendered = render_html(render_brief(brief)[f"briefs/{brief.slug}/{page}"])
    allowed = {"h1", "h2", "h3", "p", "div", "span", "nav", "a", "ul", "ol", "li", "strong", "em", "blockquote",
               "figure", "figcaption", "meta", "table", "thead", "tbody", "tr", "th", "td", "hr", "details", "summary"}
    assert {tag for tag, _ in rendered.tags} <= allowed
    for tag, attributes in rendered.tags:
        assert not [name for name in attributes if name.startswith("on")], (tag, attributes)
        for name in ("href", "src"):
            assert not attributes.get(name, "").strip().lower().startswith(("javascript:", "data:")), (tag, attributes)
    assert all(cells == 4 for cells in rendered.rows), rendered.rows  # the figures table, intact
    shown = " ".join(rendered.text)
    for value in HOSTILE[:3]:
        assert markup.text(value) not in shown  # no entity shows as "&#60;"
        assert re.sub(r"\s+", " ", value) in shown or page != "index.md"


def test_the_hostile_fixture_renders_as_text():
    text = HOSTILE_SEED.read_text("utf-8")
    brief = build_brief("seeds/hostile.txt", text)
    for name, page in render_brief(brief).items():
        tags = {tag for tag, _ in render_html(page).tags}
        own = {"table"} if name.endswith("figures.md") else set()  # the page's own table of figures
        assert not {"script", "img", "iframe", "svg", "b", "table", "h1"} & tags - {"h1"} - own
        assert sum(tag == "h1" for tag, _ in render_html(page).tags) == 1
    story = render_html(render_brief(brief)["briefs/hostile/index.md"])
    shown = html.unescape(" ".join(story.text))
    assert '<script>alert("xss")</script>' in shown and "{% include \"secrets.txt\" %}" in shown


def test_built_hostile_site_runs_nothing(built_site: BuiltSite):
    pages = sorted((built_site.site / "briefs" / "hostile").rglob("*.html"))
    assert len(pages) == 4
    for page in pages:
        parser = Elements()
        source = page.read_text("utf-8")
        parser.feed(source)
        assert "img" not in {tag for tag, _ in parser.tags}
        for tag, attributes in parser.tags:
            assert not any(name.startswith("on") for name in attributes), (page, tag, attributes)
            assert not attributes.get("href", "").lower().startswith("javascript:"), (page, tag, attributes)
        for kind, script in re.findall(r"<script\b([^>]*)>(.*?)</script>", source, re.DOTALL):
            if "application/ld+json" in kind:  # data, not code: no "<" may close it early
                assert "<" not in script, page
            else:
                assert "alert(" not in script, page
        if page.parent.name != "figures":  # the figures page has its own table
            assert "<table" not in source  # the seed's own table is text
