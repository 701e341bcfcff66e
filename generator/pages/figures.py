"""The Key figures page: headline figures as cards, then every figure in a table."""

from __future__ import annotations

from generator import markup
from generator.model import Brief, Figure
from generator.pages.common import header, sentence_link
from generator.pages.story import headline_figures

PAGE = "figures.md"


def render(brief: Brief) -> str:
    """The key figures page of a brief."""
    if not brief.figures:
        body = "The article gives no numeric facts."
    else:
        body = "\n".join([cards(headline_figures(brief.figures)), "", table(brief.figures)])
    return "\n".join([header(brief, PAGE), body, ""])


def cards(figures: list[Figure]) -> str:
    """Material grid cards, one a figure: the figure with its hedge, what it counts, who says so."""
    lines = ['<div class="grid cards nb-figure-cards" markdown>', ""]
    for figure in figures:
        lines += [f"-   **{markup.text(figure.text)}**", "", "    ---", ""]
        detail = markup.text(figure.label) or "—"
        if figure.claimed_by:
            detail += f" · according to {markup.text(figure.claimed_by)}"
        lines += [f"    {detail} {sentence_link(figure.sentence, page=PAGE)}", ""]
    lines.append("</div>")
    return "\n".join(lines)


def table(figures: tuple[Figure, ...]) -> str:
    """All figures in reading order."""
    rows = ["| Figure | What it counts | Claimed by | In the story |", "| --- | --- | --- | --- |"]
    for figure in figures:
        claimed = markup.text(figure.claimed_by) if figure.claimed_by else "—"
        rows.append(
            f"| **{markup.text(figure.text)}** | {markup.text(figure.label) or '—'} | {claimed} | {sentence_link(figure.sentence, page=PAGE)} |"
        )
    return "\n".join(rows)
