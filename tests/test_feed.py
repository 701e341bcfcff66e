"""The Atom feed: valid shape, newest first, absolute links only when the site's address is known."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest

from generator.archive import Summary
from generator.feed import ATOM, entry_id, render_feed

NS = {"a": ATOM}


def summary(slug: str, date: str | None = None, **fields) -> Summary:
    return Summary(slug=slug, title=f"Title {slug}", lead=f"Lead of {slug}.", seed=f"seeds/{slug}.txt", date=date, **fields)


def parse(xml: str) -> ET.Element:
    assert xml.startswith('<?xml version="1.0" encoding="utf-8"?>\n')
    return ET.fromstring(xml.encode("utf-8"))


def test_feed_has_what_atom_requires():
    feed = parse(render_feed([summary("a", "2024-01-31")], site_name="News"))
    assert feed.tag == f"{{{ATOM}}}feed"
    for name in ("id", "title", "updated", "author/a:name"):
        assert feed.find(f"a:{name}", NS) is not None, name
    entry = feed.find("a:entry", NS)
    for name in ("id", "title", "updated", "summary"):
        assert entry.find(f"a:{name}", NS).text, name
    assert entry.find("a:updated", NS).text == "2024-01-31T00:00:00Z"
    assert entry.find("a:id", NS).text.startswith("urn:uuid:")


@pytest.mark.parametrize(
    ("site_url", "brief_link", "self_link"),
    [
        (None, "briefs/a/", None),
        ("https://example.org/news", "https://example.org/news/briefs/a/", "https://example.org/news/feed.xml"),
        ("https://example.org/news/", "https://example.org/news/briefs/a/", "https://example.org/news/feed.xml"),
    ],
)
def test_links_are_absolute_only_with_a_site_url(site_url, brief_link, self_link):
    feed = parse(render_feed([summary("a", "2024-01-31")], site_name="News", site_url=site_url))
    assert feed.find("a:entry/a:link[@rel='alternate']", NS).get("href") == brief_link
    found = feed.find("a:link[@rel='self']", NS)
    assert (found.get("href") if found is not None else None) == self_link


def test_entry_ids_do_not_depend_on_the_address():
    assert entry_id("a") == entry_id("a") != entry_id("b")
    plain = parse(render_feed([summary("a")], site_name="N")).find("a:entry/a:id", NS).text
    hosted = parse(render_feed([summary("a")], site_name="N", site_url="https://x.org/")).find("a:entry/a:id", NS).text
    assert plain == hosted


def test_entries_newest_first_and_limited():
    briefs = [summary("old", "2020-01-01"), summary("undated", modified="2023-05-05T10:00:00Z"), summary("new", "2024-01-01")]
    feed = parse(render_feed(briefs, site_name="N", limit=2))
    assert [e.find("a:title", NS).text for e in feed.findall("a:entry", NS)] == ["Title new", "Title undated"]
    assert feed.find("a:updated", NS).text == "2024-01-01T00:00:00Z"


def test_tags_language_and_source_are_kept():
    entry = parse(
        render_feed([summary("a", tags=("asia",), language="pt-BR", source_url="https://example.org/s")], site_name="N")
    ).find("a:entry", NS)
    assert entry.get("{http://www.w3.org/XML/1998/namespace}lang") == "pt-BR"
    assert entry.find("a:category", NS).get("term") == "asia"
    assert entry.find("a:link[@rel='related']", NS).get("href") == "https://example.org/s"


def test_hostile_text_stays_text_and_xml_stays_valid():
    hostile = Summary(slug="h", title="<script>alert(1)</script> & \x0b\x00", lead="]]> \ufffe", seed="seeds/h.txt")
    xml = render_feed([hostile], site_name="N")
    assert "<script>" not in xml
    assert parse(xml).find("a:entry/a:title", NS).text == "<script>alert(1)</script> & "


def test_empty_archive_is_a_valid_feed():
    feed = parse(render_feed([], site_name="N"))
    assert feed.findall("a:entry", NS) == []
    assert feed.find("a:updated", NS).text == "1970-01-01T00:00:00Z"
