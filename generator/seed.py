"""From the bytes of a seed file to an :class:`Article`.

This is the only place that decodes text: everything after it works on ``str``. A seed is a
plain-text article: the headline on its first non-empty line, then paragraphs separated by
blank lines. Anything that is not an article at all is refused with a :class:`NewsbriefError`
naming the file; oddities inside an article are the extractors' business, never fatal here.
"""

from __future__ import annotations

from generator.errors import NewsbriefError
from generator.frontmatter import split_front_matter
from generator.model import Article
from generator.sentences import split_paragraphs, split_sentences


def decode_seed(name: str, raw: bytes) -> str:
    """UTF-8 text with ``\\n`` line endings."""
    if b"\x00" in raw:
        raise NewsbriefError(name, "expected a plain-text article, found binary data (NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_article(name: str, text: str) -> Article:
    """Split the front matter, the headline from the body, the body into paragraphs and sentences."""
    meta, text = split_front_matter(name, text)
    stripped = text.strip()
    if not stripped:
        raise NewsbriefError(name, "expected an article, found an empty file")
    title, _, rest = stripped.partition("\n")
    offset = len(text) - len(text.lstrip()) + len(title) + 1
    body = text[offset:] if rest else ""
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise NewsbriefError(name, f"expected a body after the headline {title.strip()!r}, found none")
    return Article(
        title=title.strip(),
        body=body,
        paragraphs=paragraphs,
        sentences=split_sentences(body, paragraphs),
        meta=meta,
    )
