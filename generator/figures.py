"""Numeric facts (counts, money, percentages) and the dates kept apart from them."""

from __future__ import annotations

from collections.abc import Mapping

from generator.model import Article, DateMention, Figure, Quote


def extract_figures(
    article: Article, quotes: tuple[Quote, ...] = (), claims: Mapping[str, str] | None = None
) -> tuple[Figure, ...]:
    """Every numeric fact in reading order, with its hedge kept verbatim."""
    return ()


def extract_dates(article: Article) -> tuple[DateMention, ...]:
    """Calendar dates and years, which are not figures."""
    return ()
