"""Who the article names: people with their roles, so that "he" and "the president" resolve."""

from __future__ import annotations

from generator.model import Article, Person


def find_people(article: Article) -> tuple[Person, ...]:
    """People the article introduces, in order of first mention."""
    return ()
