"""The Sources page: credited agencies, then the bodies and people the article cites."""

from __future__ import annotations

from generator import markup
from generator.model import Brief, Source
from generator.pages.common import header, sentence_link

PAGE = "sources.md"


def render(brief: Brief) -> str:
    """The sources page of a brief."""
    agencies = [s for s in brief.sources if s.kind == "agency"]
    cited = [s for s in brief.sources if s.kind == "attribution"]
    parts = [header(brief, PAGE), "## Credited agencies and outlets", ""]
    if brief.credit:
        parts += [f"> {markup.text(brief.credit)}", ""]
    parts += [entry(s) for s in agencies] or ["The article credits no agency or outlet.", ""]
    parts += ["## Cited in the story", ""]
    parts += [entry(s) for s in cited] or ["The article attributes no fact to a named source.", ""]
    return "\n".join(parts)


def entry(source: Source) -> str:
    """One source: its name, what it is cited for, and links to those sentences."""
    links = " ".join(sentence_link(s) for s in source.sentences)
    cited_for = "; ".join(markup.text(c) for c in source.cited_for)
    detail = f" — {cited_for}" if cited_for else ""
    return f"- **{markup.text(source.name)}**{detail} {links}\n"
