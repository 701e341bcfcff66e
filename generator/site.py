"""The project-level commands: generate ``docs/`` from ``seeds/``, incrementally.

Each reads like the data flow: find seeds -> read -> build briefs -> render -> write. A bad
seed costs that seed only: its one-line error is collected and the others still build.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

import yaml

from generator.archive import Entry, Summary, fingerprint, load_cache, save_cache, summarize
from generator.brief import build_brief
from generator.errors import NewsbriefError
from generator.feed import FEED_PATH, render_feed
from generator.files import WriteReport, digest, load_manifest, read_seed, sync_docs
from generator.model import Brief
from generator.pages import home, render_brief, tags
from generator.progress import Progress
from generator.seed import decode_seed
from generator.slugs import seed_slugs

SEED_SUFFIXES = (".txt",)
PARALLEL_FROM = 200
"""From this many seeds to extract, worker processes share the work."""
MAX_WORKERS = 4


@dataclass
class GenerateResult:
    """Briefs listed, seeds refused (one line each), and what was written."""

    briefs: list[Summary] = field(default_factory=list)
    """Every brief of the archive, freshly extracted or remembered from the cache."""
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    report: WriteReport = field(default_factory=WriteReport)
    extracted: list[str] = field(default_factory=list)
    """The seeds read and extracted this run (new, edited, or the generator changed)."""


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


def generate(
    root: Path, *, force: bool = False, progress: Progress | None = None, site_url: str | None = None
) -> GenerateResult:
    """Bring ``docs/`` up to date with ``seeds/``: brief pages, home pages, tag pages, feed.

    ``site_url`` (else the one in ``mkdocs.yml``, if any) makes the feed's links absolute.

    Incremental: a seed whose bytes and generator are those the cache remembers is not read
    further, and its pages are left untouched; ``force`` rebuilds every brief.
    """
    docs = root / "docs"
    seeds, notes = find_seeds(root / "seeds")
    result = GenerateResult(notes=notes)
    cache = load_cache(docs)
    present = set(load_manifest(docs))
    keep: list[str] = []
    slugs = seed_slugs(path.name for path in seeds)
    progress = progress or Progress("generating", enabled=False)
    progress.start(len(seeds))
    outcomes: dict[str, Entry | str] = {}  # seed -> its entry, or the line that refused it
    jobs: list[Job] = []
    for path in seeds:
        shown = _shown(path, root)
        try:
            raw = path.read_bytes()
        except OSError as error:
            outcomes[shown] = str(NewsbriefError(shown, f"cannot be read ({error.strerror or error})"))
            progress.advance()
            continue
        entry = cache.get(shown)
        if not force and _fresh(entry, digest(raw), docs, present) and entry.summary.slug == slugs[path.name]:
            outcomes[shown] = entry
            keep.extend(entry.pages)
            progress.advance()
        else:
            outcomes[shown] = ""
            jobs.append(Job(shown, raw, slugs[path.name], _modified(path)))
    pages = _pages(root, jobs, outcomes, result, progress, site_url=site_url)
    result.report = sync_docs(docs, pages, force=force, keep=keep)
    entries = {seed: outcome for seed, outcome in outcomes.items() if not isinstance(outcome, str)}
    save_cache(docs, entries)
    progress.close()
    return result


def _pages(
    root: Path,
    jobs: list[Job],
    outcomes: dict[str, Entry | str],
    result: GenerateResult,
    progress: Progress,
    *,
    site_url: str | None,
) -> Iterator[tuple[str, str]]:
    """Every page to write, each brief's as soon as it is extracted, then the archive's pages.

    A stream rather than a dict, so that a brief's pages are written to disk while the workers
    extract the next ones; the archive's pages need every brief's summary, so they come last.
    Fills ``outcomes`` and ``result`` on the way.
    """
    for job, done in zip(jobs, _run(jobs)):
        progress.advance()
        if isinstance(done, str):
            outcomes[job.seed] = done
            continue
        brief_pages, summary = done
        outcomes[job.seed] = Entry(digest(job.raw), fingerprint(), summary, tuple(brief_pages))
        result.extracted.append(job.seed)
        yield from brief_pages.items()
    for outcome in outcomes.values():
        if isinstance(outcome, str):
            result.errors.append(outcome)
        else:
            result.briefs.append(outcome.summary)
    yield from home.render_pages(result.briefs).items()
    yield from tags.render_pages(result.briefs).items()
    site_name, configured_url = _site_config(root)
    yield FEED_PATH, render_feed(result.briefs, site_name=site_name, site_url=site_url or configured_url)


@dataclass(frozen=True)
class Job:
    """A seed to read into a brief and render: all a worker process needs."""

    seed: str
    raw: bytes
    slug: str
    modified: str


def extract_job(job: Job) -> tuple[dict[str, str], Summary] | str:
    """The pages and summary of one seed, or the one line that refuses it."""
    try:
        brief = build_brief(job.seed, decode_seed(job.seed, job.raw), slug=job.slug)
    except NewsbriefError as error:
        return str(error)
    except Exception as error:  # a bug in one extractor must cost that seed only
        return str(NewsbriefError.from_bug(job.seed, error))
    return render_brief(brief), summarize(brief, modified=job.modified)


def _run(jobs: list[Job]) -> Iterator[tuple[dict[str, str], Summary] | str]:
    """Every job's outcome in order; a large batch is shared among the machine's cores.

    Extraction is pure CPU work on independent seeds, so a first ``generate`` of a big archive
    scales with the cores; small batches (an edited seed, ``serve``) stay in this process,
    where starting workers would cost more than it saves.
    """
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        yield from map(extract_job, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        yield from pool.map(extract_job, jobs, chunksize=16)


def _exit_with_parent(generate: int) -> None:
    """Make a worker end when the ``generate`` process that started it is gone.

    A run stopped with SIGKILL (or the machine's out-of-memory killer) cannot tell its workers,
    and they would wait forever for work; each checks twice a second that its parent is alive.
    The parent is read here, in the worker: with the "forkserver" start method it is the fork
    server, which ends with ``generate``. A worker that starts after ``generate`` was killed
    already has a new parent, so it also checks ``generate`` itself.
    """
    parent = os.getppid()

    def orphaned() -> bool:
        return os.getppid() != parent or (parent != generate and not _alive(generate))

    def watch() -> None:
        while not orphaned():
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    """Whether a process exists; signal 0 only checks (on Windows it would terminate it)."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _fresh(entry: Entry | None, seed_hash: str, docs: Path, present: set[str]) -> TypeGuard[Entry]:
    """Whether a cached brief is still exact: same seed, same generator, its pages in place."""
    return (
        entry is not None
        and entry.seed_hash == seed_hash
        and entry.fingerprint == fingerprint()
        and all(page in present and os.path.isfile(f"{docs}/{page}") for page in entry.pages)
    )


class _ConfigLoader(yaml.SafeLoader):
    """Reads ``mkdocs.yml`` for two plain keys; any tag (``!ENV``, ``!!python/name:``) reads as None."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _site_config(root: Path) -> tuple[str, str | None]:
    """The site's name and address from ``mkdocs.yml``, without loading MkDocs (it is slow)."""
    try:
        config = yaml.load((root / "mkdocs.yml").read_text("utf-8"), Loader=_ConfigLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        config = None
    config = config if isinstance(config, dict) else {}
    name, url = config.get("site_name"), config.get("site_url")
    return (name if isinstance(name, str) and name else "News briefs"), (url if isinstance(url, str) and url else None)


def _modified(path: Path) -> str:
    """When a seed file last changed, as an RFC 3339 UTC timestamp."""
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.timezone.utc)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _shown(path: Path, root: Path | None = None) -> str:
    """A path as users see it: relative to the project, with forward slashes."""
    try:
        return path.relative_to(root or path.parent.parent).as_posix()
    except ValueError:
        return path.as_posix()
