"""Rendering: pure functions from a :class:`Brief` to the Markdown of its pages.

Each page of a brief has its own module; :func:`render_brief` lists them in one place.
Paths are relative to ``docs/``.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Brief
from generator.pages import figures, quotes, sources, story

#: The pages of a brief, in tab order: file name, tab label, renderer.
BRIEF_PAGES: tuple[tuple[str, str, Callable[[Brief], str]], ...] = (
    ("index.md", "Story", story.render),
    ("figures.md", "Key figures", figures.render),
    ("quotes.md", "Quotes", quotes.render),
    ("sources.md", "Sources", sources.render),
)


def brief_dir(brief: Brief) -> str:
    """Where a brief's pages live under ``docs/``."""
    return f"briefs/{brief.slug}"


def render_brief(brief: Brief) -> dict[str, str]:
    """Every page of one brief, keyed by its path under ``docs/``."""
    return {f"{brief_dir(brief)}/{name}": render(brief) for name, _, render in BRIEF_PAGES}
