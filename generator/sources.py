"""Where the story comes from: credited agencies and the bodies and people it cites."""

from __future__ import annotations

from collections.abc import Mapping

from generator.model import Article, Figure, Person, Quote, Sentence, Source


def find_credit(article: Article) -> Sentence | None:
    """The credit line ("With information from EFE, AFP and Europa Press"), if the article has one."""
    return None


def extract_sources(
    article: Article,
    quotes: tuple[Quote, ...] = (),
    figures: tuple[Figure, ...] = (),
    people: tuple[Person, ...] = (),
    claims: Mapping[str, str] | None = None,
) -> tuple[Source, ...]:
    """Agencies from the credit line, then every body or person the article attributes facts to."""
    return ()
