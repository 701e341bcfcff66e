"""The pure pipeline from a seed's text to a :class:`Brief`.

Reads top to bottom like the data flow, one line per step; no I/O happens here.
"""

from __future__ import annotations

from generator.attribution import attribute_sentences
from generator.figures import extract_dates, extract_figures
from generator.model import Brief
from generator.people import find_people
from generator.quotes import extract_quotes
from generator.seed import parse_article
from generator.slugs import slugify
from generator.sources import extract_sources, find_credit


def build_brief(seed: str, text: str, *, slug: str | None = None) -> Brief:
    """The brief of one seed; ``seed`` is its path as shown to users (``seeds/<file>``)."""
    article = parse_article(seed, text)
    people = find_people(article)
    quotes = extract_quotes(article, people)
    claims = attribute_sentences(article, quotes, people)
    figures = extract_figures(article, quotes, claims)
    dates = extract_dates(article)
    credit = find_credit(article)
    sources = extract_sources(article, quotes, figures, people, claims)
    return Brief(
        slug=slug or slugify(seed.rsplit("/", 1)[-1].rsplit(".", 1)[0]),
        title=str(article.meta.get("title") or article.title),
        seed=seed,
        credit=credit.text if credit else None,
        article=article,
        quotes=quotes,
        figures=figures,
        sources=sources,
        dates=dates,
        people=people,
    )
