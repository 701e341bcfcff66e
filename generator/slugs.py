"""URL slugs: short, ASCII, stable."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens ("Nursultán 2022" -> "nursultan-2022").

    Letters with accents keep their base letter, so that a seed named in any language still gets
    a readable slug; a name with no Latin letter at all falls back to "brief".
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "brief"
