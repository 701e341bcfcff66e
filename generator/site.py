"""The project-level commands: generate ``docs/`` from ``seeds/``, build, serve, deploy.

Each reads like the data flow: find seeds -> read -> build briefs -> render -> write. A bad
seed costs that seed only: its one-line error is collected and the others still build.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.brief import build_brief
from generator.errors import NewsbriefError
from generator.files import WriteReport, read_seed, sync_docs
from generator.model import Brief
from generator.pages import home, render_brief
from generator.slugs import seed_slugs

SEED_SUFFIXES = (".txt",)


@dataclass
class GenerateResult:
    """Briefs built, seeds refused (one line each), and what was written."""

    briefs: list[Brief] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    report: WriteReport = field(default_factory=WriteReport)


def find_seeds(seeds_dir: Path) -> tuple[list[Path], list[str]]:
    """Seed files in name order, and a note for each other file that is skipped."""
    seeds, notes = [], []
    for path in sorted(seeds_dir.iterdir()) if seeds_dir.is_dir() else []:
        if path.name.startswith("."):
            continue
        if path.is_file() and path.suffix.lower() in SEED_SUFFIXES:
            seeds.append(path)
        else:
            notes.append(f"{_shown(path)}: skipped, not a seed (seeds are .txt files)")
    return seeds, notes


def load_briefs(root: Path) -> Iterator[Brief | NewsbriefError]:
    """The brief of every seed, or the error that refused it."""
    seeds, _ = find_seeds(root / "seeds")
    slugs = seed_slugs(path.name for path in seeds)
    for path in seeds:
        shown = _shown(path, root)
        try:
            yield build_brief(shown, read_seed(path, shown), slug=slugs[path.name])
        except NewsbriefError as error:
            yield error
        except Exception as error:  # a bug in one extractor must cost that seed only
            yield NewsbriefError.from_bug(shown, error)


def generate(root: Path, *, force: bool = False) -> GenerateResult:
    """Write the pages of every seed and the home page into ``docs/``."""
    result = GenerateResult(notes=find_seeds(root / "seeds")[1])
    for item in load_briefs(root):
        if isinstance(item, NewsbriefError):
            result.errors.append(str(item))
        else:
            result.briefs.append(item)
    pages: dict[str, str] = {"index.md": home.render(result.briefs)}
    for brief in result.briefs:
        pages.update(render_brief(brief))
    result.report = sync_docs(root / "docs", pages, force=force)
    return result


def _shown(path: Path, root: Path | None = None) -> str:
    """A path as users see it: relative to the project, with forward slashes."""
    try:
        return path.relative_to(root or path.parent.parent).as_posix()
    except ValueError:
        return path.as_posix()
