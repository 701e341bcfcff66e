"""The Quotes page: full quotes grouped by speaker, then partial quotes apart."""

from __future__ import annotations

from generator import markup
from generator.model import Brief, Quote
from generator.pages.common import header, sentence_link

PAGE = "quotes.md"
UNKNOWN = "Speaker not named in the article"


def render(brief: Brief) -> str:
    """The quotes page of a brief."""
    full = [q for q in brief.quotes if q.kind == "full"]
    partial = [q for q in brief.quotes if q.kind == "partial"]
    parts = [header(brief, PAGE)]
    if not brief.quotes:
        parts.append("The article quotes nobody directly.")
    for speaker, quotes in group_by_speaker(full):
        parts.append(speaker_section(speaker, quotes))
    if partial:
        parts += ["## Partial quotes", "", "Words quoted inside the reporter's own sentences.", ""]
        parts += [quotation(q, show_speaker=True) for q in partial]
    return "\n".join(parts) + "\n"


def group_by_speaker(quotes: list[Quote]) -> list[tuple[str | None, list[Quote]]]:
    """Speakers in order of their first quote; the unknown speaker last."""
    groups: dict[str | None, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.speaker, []).append(quote)
    return sorted(groups.items(), key=lambda item: item[0] is None)


def speaker_section(speaker: str | None, quotes: list[Quote]) -> str:
    """A heading for the speaker (with the role the article gives), then their quotes."""
    role = next((q.role for q in quotes if q.role), None)
    heading = markup.text(speaker) if speaker else UNKNOWN
    lines = [f"## {heading}", ""]
    if role:
        lines += [f'<p class="nb-role">{markup.text(role)}</p>', ""]
    lines += [quotation(q, show_speaker=False) for q in quotes]
    return "\n".join(lines)


def quotation(quote: Quote, *, show_speaker: bool) -> str:
    """One quote as a schema.org Quotation, linking to its sentence."""
    who = ""
    if quote.speaker:
        who = (
            '<span itemprop="creator" itemscope itemtype="https://schema.org/Person">'
            f'<span itemprop="name">{markup.text(quote.speaker)}</span></span>'
        )
        if not show_speaker:  # the section heading already names them
            who = (
                '<span itemprop="creator" itemscope itemtype="https://schema.org/Person">'
                f'<meta itemprop="name" content="{markup.attribute(quote.speaker)}"></span>'
            )
    elif show_speaker:
        who = "speaker not named"
    cue = f" ({markup.text(quote.attribution)})" if quote.attribution else ""
    return "\n".join(
        [
            f'<figure class="nb-quote nb-quote--{quote.kind}" itemscope itemtype="https://schema.org/Quotation" markdown>',
            f'<blockquote itemprop="text">“{markup.text(quote.text)}”</blockquote>',
            f'<figcaption markdown>{who}{cue} {sentence_link(quote.sentence)}</figcaption>',
            "</figure>",
            "",
        ]
    )
