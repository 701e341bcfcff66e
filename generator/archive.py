"""The archive: what the site's lists need to know of each brief, remembered between runs.

An archive of thousands of briefs must not re-read and re-extract every article to change one:
the home page, the tag pages and the feed need only a :class:`Summary` of each brief. The cache
file in ``docs/`` keeps, per seed, the hash of its bytes, the generator fingerprint, the summary
and the pages it produced. A seed whose hash and fingerprint still match is skipped entirely:
no decoding, no extraction, no rendering, and its pages keep their bytes and modification times.

The fingerprint covers the generator's own source files as well as its version, so that a change
to an extractor regenerates every brief even when nobody bumped the version number.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

from generator import __version__
from generator.files import write_atomic
from generator.model import Brief
from generator.slugs import slugify

CACHE = ".newsbrief-cache.json"


@dataclass(frozen=True)
class Summary:
    """One brief as the home page, tag pages and feed show it."""

    slug: str
    title: str
    lead: str
    """The first sentence of the story."""
    seed: str
    date: str | None = None
    """``YYYY-MM-DD`` from the front matter, or None when the seed gives none."""
    tags: tuple[str, ...] = ()
    source_url: str | None = None
    language: str | None = None
    modified: str | None = None
    """When the seed file last changed (RFC 3339, UTC): the date of an undated brief."""


@dataclass(frozen=True)
class Entry:
    """What the cache remembers of one seed."""

    seed_hash: str
    fingerprint: str
    summary: Summary
    pages: tuple[str, ...]
    """The brief's generated files, relative to ``docs/``."""


def summarize(brief: Brief, *, modified: str | None = None) -> Summary:
    """The summary of a freshly built brief; ``modified`` is when its seed file last changed."""
    meta = brief.article.meta
    date = meta.get("date")
    return Summary(
        slug=brief.slug,
        title=brief.title,
        lead=brief.lead,
        seed=brief.seed,
        date=str(date) if date else None,
        tags=tuple(str(tag) for tag in cast("Iterable[object]", meta.get("tags") or ())),  # front matter checked it is a list
        source_url=str(meta["source_url"]) if meta.get("source_url") else None,
        language=str(meta["language"]) if meta.get("language") else None,
        modified=modified,
    )


def newest_first(summaries: Iterable[Summary]) -> list[Summary]:
    """Dated briefs newest first, then undated ones; ties by title, then slug, for a stable order."""
    ordered = sorted(summaries, key=lambda s: (s.title.casefold(), s.slug))
    ordered.sort(key=lambda s: s.date or "", reverse=True)
    return ordered


def by_tag(summaries: Iterable[Summary]) -> dict[str, tuple[str, list[Summary]]]:
    """Tag slug -> (the tag as first written, its briefs in the order given), by tag slug."""
    groups: dict[str, tuple[str, list[Summary]]] = {}
    for summary in summaries:
        for tag in summary.tags:
            groups.setdefault(slugify(tag), (tag, []))[1].append(summary)
    return dict(sorted(groups.items()))


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The generator version and a hash of its source: any change to either regenerates all."""
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def load_cache(docs: Path) -> dict[str, Entry]:
    """Seed path -> entry; a missing or unreadable cache is an empty one (everything rebuilds)."""
    try:
        data = json.loads((docs / CACHE).read_text("utf-8"))
        return {seed: _entry(item) for seed, item in data["briefs"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_cache(docs: Path, entries: Mapping[str, Entry]) -> None:
    """Write the cache, only when it changed (``serve`` watches ``docs/``)."""
    briefs = {
        seed: {
            "seed_hash": entry.seed_hash,
            "fingerprint": entry.fingerprint,
            "pages": list(entry.pages),
            "summary": {**vars(entry.summary), "tags": list(entry.summary.tags)},
        }
        for seed, entry in sorted(entries.items())
    }
    # Compact on purpose: with an indent, json falls back from its C encoder to pure Python.
    content = json.dumps({"generator": "newsbrief", "briefs": briefs}, ensure_ascii=False, separators=(",", ":")) + "\n"
    target = docs / CACHE
    if not target.exists() or target.read_text("utf-8") != content:
        write_atomic(target, content)


def _entry(item: dict) -> Entry:
    summary = dict(item["summary"])
    summary["tags"] = tuple(summary.get("tags", ()))
    return Entry(
        seed_hash=str(item["seed_hash"]),
        fingerprint=str(item["fingerprint"]),
        summary=Summary(**summary),
        pages=tuple(item["pages"]),
    )
