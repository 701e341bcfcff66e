"""Who the article says each sentence's facts come from ("according to X", "X said").

The figures take their ``claimed_by`` from here, and the sources page is built from it.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.model import Article, Person, Quote


def attribute_sentences(
    article: Article, quotes: tuple[Quote, ...] = (), people: tuple[Person, ...] = ()
) -> Mapping[str, str]:
    """Sentence id -> the body or person the sentence attributes its facts to."""
    return {}
