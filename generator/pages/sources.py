"""The Sources page: credited agencies, then the bodies and people the article cites.

Each cited source says what it is cited for, links to those sentences, and carries a visible
"single-party claim" mark when nothing else in the story backs what it claims: the reader
should know a figure rests on one party's word.
"""

from __future__ import annotations

from generator import markup
from generator.model import Brief, Source
from generator.pages.common import header, sentence_link
from generator.sources import single_party

PAGE = "sources.md"
SINGLE_PARTY = (
    '<mark class="nb-single" title="No other source in the story backs this claim">'
    "single-party claim</mark>"
)


def render(brief: Brief) -> str:
    """The sources page of a brief."""
    agencies = [s for s in brief.sources if s.kind == "agency"]
    cited = [s for s in brief.sources if s.kind == "attribution"]
    parts = [header(brief, PAGE), "## Credited agencies and outlets", ""]
    if brief.credit:
        parts += [f"> {markup.text(brief.credit)}", ""]
    parts += [entry(s) for s in agencies] or ["The article credits no agency or outlet.", ""]
    parts += ["", "## Cited in the story", ""]
    alone = single_party(brief.sources, brief.figures)
    if alone:
        parts += [
            f"A {SINGLE_PARTY} rests on the word of that source alone: no other source in the "
            "story says the same.",
            "",
        ]
    parts += [entry(s, brief, alone=s.name in alone) for s in cited] or ["The article attributes no fact to a named source.", ""]
    return "\n".join(parts) + "\n"


def entry(source: Source, brief: Brief | None = None, *, alone: bool = False) -> str:
    """One source: its name and role, what it is cited for, and links to those sentences."""
    links = " ".join(sentence_link(s, page=PAGE) for s in source.sentences)
    role = _role(source, brief) if brief else None
    name = f"**{markup.text(source.name)}**" + (f", {markup.text(role)}" if role else "")
    cited_for = "; ".join(markup.text(c) for c in source.cited_for)
    detail = f" — {cited_for}" if cited_for else ""
    mark = f" {SINGLE_PARTY}" if alone else ""
    return f"- {name}{detail} {links}{mark}\n"


def _role(source: Source, brief: Brief) -> str | None:
    """The role the article gives a person source, from the people list or their quotes."""
    for person in brief.people:
        if person.name == source.name and person.role:
            return person.role
    return next((q.role for q in brief.quotes if q.speaker == source.name and q.role), None)
