"""The Story page: an at-a-glance box, then the article with an anchor on every sentence."""

from __future__ import annotations

from generator import markup
from generator.model import Brief, Figure, Quote
from generator.pages.common import header, sentence_link

PAGE = "index.md"
#: Seed front matter keys and the schema.org NewsArticle properties they become.
SCHEMA_ORG_FIELDS = (("date", "datePublished"), ("language", "inLanguage"), ("source_url", "isBasedOn"))


def render(brief: Brief) -> str:
    """The story page of a brief."""
    data = {"news_article": news_article(brief)}
    return "\n".join([header(brief, PAGE, data=data), at_a_glance(brief), "", article(brief), ""])


def news_article(brief: Brief) -> dict[str, object]:
    """The schema.org NewsArticle of the story, for the JSON-LD the theme puts in the page head.

    Plain text, not markup: the theme serialises it with ``tojson``, which escapes ``<``, ``>``,
    ``&`` and quotes, so no seed text can close the ``<script>`` it sits in. Date, language and
    original address come from the seed's front matter when it gives them (a date the article
    mentions is not its date); the publisher is the credited agencies; the citations are the
    bodies and people it cites.
    """
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": brief.title,
        "description": brief.lead,
    }
    meta = brief.article.meta
    for key, field in SCHEMA_ORG_FIELDS:
        if meta.get(key):
            data[field] = str(meta[key])
    agencies = [s.name for s in brief.sources if s.kind == "agency"]
    if agencies:
        data["publisher"] = [{"@type": "Organization", "name": name} for name in agencies]
    if brief.credit:
        data["creditText"] = brief.credit
    cited = [s.name for s in brief.sources if s.kind == "attribution"]
    if cited:
        data["citation"] = cited
    return data


def at_a_glance(brief: Brief) -> str:
    """The lead, the three biggest figures and the most important quote, in one box."""
    lines = ['!!! abstract "At a glance"', "", f"    {markup.text(brief.lead)}", ""]
    for figure in headline_figures(brief.figures):
        lines.append(f"    - **{markup.text(figure.text)}**{_about(figure)} {sentence_link(figure.sentence, page=PAGE)}")
    quote = key_quote(brief.quotes)
    if quote:
        who = f" — {markup.text(quote.speaker)}" if quote.speaker else ""
        lines += ["", f"    > “{markup.text(quote.text)}”{who} {sentence_link(quote.sentence, page=PAGE)}"]
    return "\n".join(lines)


def article(brief: Brief) -> str:
    """Each paragraph as raw HTML, each sentence a ``<span>`` whose id is its anchor."""
    blocks = ["## The story", ""]
    by_paragraph: dict[int, list[str]] = {}
    for sentence in brief.sentences:
        span = f'<span class="nb-s" id="{sentence.id}">{markup.text(sentence.text)}</span>'
        by_paragraph.setdefault(sentence.paragraph, []).append(span)
    for number, spans in by_paragraph.items():
        blocks += [f'<p class="nb-p" id="p{number}">{" ".join(spans)}</p>', ""]
    return "\n".join(blocks)


def headline_figures(figures: tuple[Figure, ...], *, count: int = 3) -> list[Figure]:
    """The biggest counts and sums that say what they count, in the order the article gives them.

    Percentages, measures and numbers without a label only fill the remaining places.
    """
    def rank(figure: Figure) -> tuple[bool, bool, float]:
        count_or_money = figure.unit is None or len(figure.unit) == 3 and figure.unit.isupper()
        return (not figure.label, not count_or_money, -figure.value)

    biggest = set(sorted(figures, key=rank)[:count])  # a set: comparing records field by field is slow
    return [f for f in figures if f in biggest]


def key_quote(quotes: tuple[Quote, ...]) -> Quote | None:
    """The first full quote with a known speaker: wire copy puts the strongest one high."""
    full = [q for q in quotes if q.kind == "full"]
    return next((q for q in full if q.speaker), full[0] if full else None)


def _about(figure: Figure) -> str:
    parts = [markup.text(figure.label)] if figure.label else []
    if figure.claimed_by:
        parts.append(f"(according to {markup.text(figure.claimed_by)})")
    return " " + " ".join(parts) if parts else ""
