"""The Atom feed of the briefs, ``docs/feed.xml``, written with ``xml.etree``.

Why not a plugin: mkdocs-rss-plugin, the well-kept one, dates pages from git history or page
metadata and lists every page of the site. Briefs are generated, untracked files, so git knows
no date for them, and a feed should list briefs (one entry each, not four pages) dated by their
seeds' front matter. The archive already holds exactly that (:class:`~generator.archive.Summary`),
so fifty lines of standard library beat a dependency.

Links are absolute only when the site's address (``site_url``) is known: a feed is read out of
context, by a feed reader that resolves relative links against the feed's own address, which
RFC 4287 allows; guessing a host would be worse. Entry ids never depend on the address: they
are name-based UUIDs of the brief's slug, so moving the site does not make every entry "new".

Dates: a brief's ``date`` from its front matter; an undated brief is dated by the last change of
its seed file (``Summary.modified``), the only honest date there is.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

from generator.archive import Summary

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_PATH = "feed.xml"
LIMIT = 50
"""Entries in the feed: the newest ones; readers keep what they have seen."""
EPOCH = "1970-01-01T00:00:00Z"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold at all, not even escaped (seed text may have them)."""

ET.register_namespace("", ATOM)


def updated(summary: Summary) -> str:
    """When a brief was last updated, as an RFC 3339 timestamp."""
    if summary.date:
        return f"{summary.date}T00:00:00Z"
    return summary.modified or EPOCH


def entry_id(slug: str) -> str:
    """A stable id that survives a change of address: ``urn:uuid:`` of the slug."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"newsbrief:briefs/{slug}/").urn


def render_feed(summaries: Sequence[Summary], *, site_name: str, site_url: str | None = None, limit: int = LIMIT) -> str:
    """The Atom document listing the ``limit`` most recently updated briefs."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    newest = sorted(summaries, key=lambda s: (updated(s), s.slug), reverse=True)[:limit]
    feed = ET.Element(_atom("feed"))
    _add(feed, "id", base or uuid.uuid5(uuid.NAMESPACE_URL, f"newsbrief:{site_name}").urn)
    _add(feed, "title", site_name)
    _add(feed, "updated", updated(newest[0]) if newest else EPOCH)
    ET.SubElement(feed, _atom("link"), rel="alternate", type="text/html", href=base or "./")
    if base:
        ET.SubElement(feed, _atom("link"), rel="self", type="application/atom+xml", href=urljoin(base, FEED_PATH))
    _add(ET.SubElement(feed, _atom("author")), "name", site_name)
    _add(feed, "generator", "Newsbrief")
    for summary in newest:
        feed.append(_entry(summary, base))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _entry(summary: Summary, base: str) -> ET.Element:
    entry = ET.Element(_atom("entry"))
    if summary.language:
        entry.set(XML_LANG, summary.language)
    _add(entry, "id", entry_id(summary.slug))
    _add(entry, "title", summary.title)
    _add(entry, "updated", updated(summary))
    ET.SubElement(entry, _atom("link"), rel="alternate", type="text/html", href=f"{base}briefs/{summary.slug}/")
    if summary.source_url:
        ET.SubElement(entry, _atom("link"), rel="related", href=summary.source_url)
    for tag in summary.tags:
        ET.SubElement(entry, _atom("category"), term=tag)
    _add(entry, "summary", summary.lead)
    return entry


def _add(parent: ET.Element, name: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, _atom(name))
    child.text = _NOT_XML.sub("", text)
    return child


def _atom(name: str) -> str:
    return f"{{{ATOM}}}{name}"
