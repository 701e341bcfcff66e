"""Quotations and their speakers."""

from __future__ import annotations

from generator.model import Article, Person, Quote


def extract_quotes(article: Article, people: tuple[Person, ...] = ()) -> tuple[Quote, ...]:
    """Every quotation in reading order, full and partial, with its speaker when the article says."""
    return ()
