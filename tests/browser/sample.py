"""What the browser tests expect of the sample brief, computed from the seed, never hard-coded."""

from __future__ import annotations

import re
from functools import cache

from generator.brief import build_brief
from generator.model import Brief
from generator.seed import decode_seed
from tests.built_site import ROOT, SAMPLE_SLUG

WORD = re.compile(r"[^\W\d_]{6,}")


@cache
def sample_brief() -> Brief:
    name = f"seeds/{SAMPLE_SLUG}.txt"
    return build_brief(name, decode_seed(name, (ROOT / name).read_bytes()))


def words_only_in_quotes(brief: Brief) -> list[str]:
    """Longer words that the article uses inside quotations and nowhere else."""
    quoted = {w.lower() for q in brief.quotes for w in WORD.findall(q.text)}
    body = brief.article.body
    for quote in brief.quotes:
        body = body.replace(quote.text, " ")
    outside = {w.lower() for w in WORD.findall(brief.title + " " + body)}
    return sorted(quoted - outside)
