"""URL slugs: short, ASCII, stable, and distinct for every seed."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

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


def seed_slugs(file_names: Iterable[str], *, hash_length: int = 6) -> dict[str, str]:
    """A distinct slug for every seed file name, the same whatever order the files came in.

    The slug is the file name's stem, slugified. When several names slugify alike ("Café.txt"
    and "cafe.txt", or two names in a script with no Latin letter), the name that already *is*
    its slug keeps it, and the others get a short hash of their own name appended
    ("cafe-3f2a1b"): it depends on nothing but that name, so it is stable across runs and
    machines. Knowingly missed: adding a file that clashes with an existing one renames the
    existing one's brief, unless the existing name was the plain slug already.
    """
    names = sorted(set(file_names))
    bases = {name: slugify(_stem(name)) for name in names}
    for length in range(hash_length, 64, 2):  # a hashed slug may clash with a plain one
        slugs = _resolve(bases, length)
        if len(set(slugs.values())) == len(slugs):
            return slugs
    return _resolve(bases, 64)


def _resolve(bases: dict[str, str], length: int) -> dict[str, str]:
    """Plain slugs where they are unique or canonical, hashed ones elsewhere."""
    groups: dict[str, list[str]] = {}
    for name, base in bases.items():
        groups.setdefault(base, []).append(name)
    slugs = {}
    for base, members in groups.items():
        canonical = [m for m in members if _stem(m) == base]
        for name in members:
            keeps_plain = len(members) == 1 or canonical == [name]
            slugs[name] = base if keeps_plain else f"{base}-{_short_hash(name, length)}"
    return slugs


def _stem(file_name: str) -> str:
    return file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _short_hash(name: str, length: int) -> str:
    normalized = unicodedata.normalize("NFC", name)  # macOS file systems hand back NFD names
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:length]
