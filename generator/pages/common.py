"""What every page of a brief shares: front matter, the generated notice, the title and tabs."""

from __future__ import annotations

from collections.abc import Mapping

from generator import markup
from generator.model import Brief

TABS = (
    ("index.md", "Story"),
    ("figures.md", "Key figures"),
    ("quotes.md", "Quotes"),
    ("sources.md", "Sources"),
)


def header(brief: Brief, page: str, *, heading: str | None = None, data: Mapping[str, object] | None = None) -> str:
    """Front matter, notice, ``# heading`` and the brief's tab bar, ``page`` marked current.

    ``title`` and ``description`` (the lead) feed the page head: ``<title>``, the description
    and the Open Graph / Twitter tags; ``data`` adds structured front matter (see story.py).
    """
    label = dict(TABS)[page]
    title = brief.title if page == "index.md" else f"{label}: {brief.title}"
    parts = [
        markup.front_matter(title=title, description=brief.lead, data=data),
        markup.generated_notice(brief.seed),
        "",
        f"# {markup.text(heading or title)}",
        "",
        tabs(page),
        "",
    ]
    return "\n".join(parts)


def tabs(current: str) -> str:
    """Links between the four pages of a brief, styled as tabs; the current one is marked."""
    links = []
    for page, label in TABS:
        marker = ' .nb-tab--current aria-current="page"' if page == current else ""
        links.append(f"[{label}]({page}){{ .nb-tab{marker} }}")
    return (
        '<nav class="nb-tabs" aria-label="Sections of this brief" markdown>\n'
        + " ".join(links)
        + "\n</nav>"
    )


def sentence_link(sentence_id: str, *, page: str = "") -> str:
    """A Markdown link to one sentence of the story, from ``page`` (the story itself or another page)."""
    target = "" if page == "index.md" else "index.md"
    return f"[¶{sentence_id[1:]}]({target}#{sentence_id}){{ .nb-ref title=\"Sentence {sentence_id[1:]} of the story\" }}"
