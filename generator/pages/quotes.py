"""The Quotes page: full quotes grouped by speaker, then partial quotes apart.

Every quote is a schema.org ``Quotation`` whose ``creator`` is a ``Person`` when the article
introduces the speaker as one, an ``Organization`` otherwise ("Interior Ministry"). Quotes whose
speaker the article does not name come last, each with the description the article gives
("police spokesman"), because those descriptions differ from quote to quote.
"""

from __future__ import annotations

from generator import markup
from generator.model import Brief, Quote
from generator.pages.common import header, sentence_link

PAGE = "quotes.md"
UNKNOWN = "Speaker not named in the article"
PERSON = "https://schema.org/Person"
ORGANIZATION = "https://schema.org/Organization"


def render(brief: Brief) -> str:
    """The quotes page of a brief."""
    full = [q for q in brief.quotes if q.kind == "full"]
    partial = [q for q in brief.quotes if q.kind == "partial"]
    people = frozenset(person.name for person in brief.people)
    parts = [header(brief, PAGE), summary(full, partial), ""]
    for speaker, quotes in group_by_speaker(full):
        parts.append(speaker_section(speaker, quotes, people))
    if partial:
        parts += ["## Partial quotes", "", "Words quoted inside the reporter's own sentences.", ""]
        parts += [quotation(q, people, show_speaker=True) for q in partial]
    return "\n".join(parts) + "\n"


def summary(full: list[Quote], partial: list[Quote]) -> str:
    """One line saying how much the article quotes, and whom."""
    if not full and not partial:
        return "The article quotes nobody directly."
    speakers = {q.speaker for q in full if q.speaker}
    named = f" from {_count(len(speakers), 'named speaker')}" if speakers else ""
    return f"{_count(len(full), 'full quote')}{named}; {_count(len(partial), 'partial quote')}."


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def group_by_speaker(quotes: list[Quote]) -> list[tuple[str | None, list[Quote]]]:
    """Speakers in order of their first quote; the unknown speaker last."""
    groups: dict[str | None, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.speaker, []).append(quote)
    return sorted(groups.items(), key=lambda item: item[0] is None)


def speaker_section(speaker: str | None, quotes: list[Quote], people: frozenset[str]) -> str:
    """A heading for the speaker (with the role the article gives), then their quotes."""
    heading = markup.text(speaker) if speaker else UNKNOWN
    lines = [f"## {heading}", ""]
    role = next((q.role for q in quotes if q.role), None)
    if speaker and role:
        lines += [f'<p class="nb-role">{markup.text(role)}</p>', ""]
    lines += [quotation(q, people, show_speaker=False) for q in quotes]
    return "\n".join(lines)


def creator(quote: Quote, people: frozenset[str], *, visible: bool) -> str:
    """The speaker as schema.org markup: shown, or only as metadata under their heading."""
    kind = PERSON if quote.speaker in people else ORGANIZATION
    name = (
        f'<span itemprop="name">{markup.text(quote.speaker or "")}</span>'
        if visible
        else f'<meta itemprop="name" content="{markup.attribute(quote.speaker or "")}">'
    )
    return f'<span itemprop="creator" itemscope itemtype="{kind}">{name}</span>'


def quotation(quote: Quote, people: frozenset[str], *, show_speaker: bool) -> str:
    """One quote as a schema.org Quotation, linking to its sentence."""
    if quote.speaker:
        who = creator(quote, people, visible=show_speaker)
        if show_speaker and quote.role:
            who += f", {markup.text(quote.role)}"
    elif quote.role:
        who = f"{markup.text(quote.role)} (not named)"
    else:
        who = "speaker not named" if show_speaker else ""
    cue = f" ({markup.text(quote.attribution)})" if quote.attribution else ""
    return "\n".join(
        [
            f'<figure class="nb-quote nb-quote--{quote.kind}" itemscope itemtype="https://schema.org/Quotation" markdown>',
            f'<blockquote itemprop="text">“{markup.text(quote.text)}”</blockquote>',
            f"<figcaption markdown>{who}{cue} {sentence_link(quote.sentence)}</figcaption>",
            "</figure>",
            "",
        ]
    )
