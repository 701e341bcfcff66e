"""The Sources page: credited agencies, then the bodies and people the article cites.

Each cited source lists what it is cited for, each note linking to its sentences, and a claim
nothing else in the story backs carries a visible "single-party claim" mark: the reader should
know when a figure rests on one party's word.
"""

from __future__ import annotations

from generator import markup
from generator.model import Brief, Source
from generator.pages.common import header, sentence_link

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
    parts += [agency(s) for s in agencies] or ["The article credits no agency or outlet."]
    parts += ["", "## Cited in the story", ""]
    if any(c.single_party for s in cited for c in s.citations):
        parts += [
            f"A {SINGLE_PARTY} rests on the word of that source alone: no other source in the "
            "story says the same.",
            "",
        ]
    parts += [entry(s, brief) for s in cited] or [
        "The article attributes no fact to a named source."
    ]
    return "\n".join(parts) + "\n"


def agency(source: Source) -> str:
    """A credited agency: its name, where the story credits it, and links."""
    links = " ".join(sentence_link(s, page=PAGE) for s in source.sentences)
    cited_for = "; ".join(markup.text(c) for c in source.cited_for)
    detail = f" — {cited_for}" if cited_for else ""
    return f"- **{markup.text(source.name)}**{detail} {links}"


def entry(source: Source, brief: Brief) -> str:
    """A cited source: name and role, then one line per thing it is cited for."""
    role = _role(source, brief)
    lines = [f"- **{markup.text(source.name)}**" + (f", {markup.text(role)}" if role else "")]
    for note in source.citations:
        links = " ".join(sentence_link(s, page=PAGE) for s in note.sentences)
        mark = f" {SINGLE_PARTY}" if note.single_party else ""
        lines.append(f"    - {markup.text(note.note)} {links}{mark}")
    if not source.citations:  # cited without a note: the sentences alone
        lines[0] += " " + " ".join(sentence_link(s, page=PAGE) for s in source.sentences)
    return "\n".join(lines)


def _role(source: Source, brief: Brief) -> str | None:
    """The role the article gives a person source, from the people list or their quotes."""
    for person in brief.people:
        if source.name in (person.name, person.name.split(maxsplit=1)[-1]) and person.role:
            return person.role
    return next((q.role for q in brief.quotes if q.speaker == source.name and q.role), None)
