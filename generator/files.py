"""The edge where Newsbrief touches the disk: reading seeds, writing ``docs/``.

Newsbrief only ever writes or deletes files it generated. A manifest in ``docs/`` records every
generated file with the hash of what was written, which tells a generated page from a
hand-written one, and a generated page edited by hand since from one that is untouched.

A run is a small transaction, so that killing it at any moment loses nothing:

1. *stage*: every new page is written to a hidden temporary file beside its target and flushed
   to disk; nothing visible has changed yet, and a kill here leaves ``docs/`` as it was;
2. *commit*: the manifest is replaced (atomically) by one that lists the new hashes and a
   journal of the renames and deletions still to do;
3. *apply*: each temporary file is renamed over its target (``os.replace`` is atomic, so every
   file is either old or new, never half-written), stale pages are deleted;
4. the manifest is written again without the journal.

A kill during step 3 can leave some pages new and others old. The next run of any command
first finishes the journal (:func:`recover`), before extracting or building anything, so a
brief is only ever built with all four pages old or all four new. A page the user edited
between the kill and the next run is kept, not rolled over.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import NewsbriefError
from generator.seed import decode_seed

BATCH_SYNC = 64
"""From this many pages written, one ``os.sync`` replaces an ``fsync`` per page."""
MANIFEST = ".newsbrief-manifest.json"
#: Suffix of the hidden files a page is staged in; MkDocs skips dot-files.
STAGED = ".newsbrief-tmp"


@dataclass
class WriteReport:
    """What a run did to ``docs/``, for the closing summary."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Files left alone because they are hand-written or were edited by hand."""
    reasons: dict[str, str] = field(default_factory=dict)
    """Why each kept file was kept: ``hand-written``, ``edited`` or ``orphan`` (edited, seed gone)."""
    backups: dict[str, str] = field(default_factory=dict)
    """File overwritten with ``force`` -> where its previous content was saved."""
    recovered: list[str] = field(default_factory=list)
    """Files an interrupted run had left half-done, completed before this run."""


def read_seed(path: Path, shown: str) -> str:
    """The decoded text of a seed file; ``shown`` is its name in messages."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise NewsbriefError(shown, f"cannot be read ({error.strerror or error})") from None
    return decode_seed(shown, raw)


def digest(content: str | bytes) -> str:
    """sha256 of text (as UTF-8) or bytes."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def load_manifest(docs: Path) -> dict[str, str]:
    """Generated file -> hash of what was written; empty when there is no manifest yet."""
    files = _read_manifest(docs).get("files", {})
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write through a hidden temporary file in the same folder, then rename over the target."""
    os.replace(_stage(path, content), path)


def sync_docs(
    docs: Path,
    pages: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    force: bool = False,
    keep: Collection[str] = (),
) -> WriteReport:
    """Make ``docs/`` hold ``pages`` (path -> Markdown), touching generated files only.

    ``pages`` may also be a stream of ``(path, Markdown)`` pairs, each path once: each page is
    staged as it comes, so a caller can write one brief's pages while the next is extracted.

    ``keep`` names generated files known to be up to date (the pages of unchanged briefs): they
    are neither read nor removed, and stay in the manifest.

    A file whose bytes already match is not rewritten, so its modification time is kept.
    A file that is not in the manifest (hand-written) or whose hash differs from the one
    recorded (edited by hand) is kept, unless ``force``, which keeps a ``.bak`` copy first.
    """
    report = WriteReport(recovered=recover(docs))
    manifest = load_manifest(docs)
    files: dict[str, str] = {}
    journal: list[dict[str, Any]] = []
    for name, content in pages.items() if isinstance(pages, Mapping) else pages:
        if name in files or name in report.kept:
            raise ValueError(f"page {name} given twice")
        entry = _plan(docs, name, content, manifest, files, report, force=force)
        if entry:
            journal.append(entry)
    journal.sort(key=lambda entry: entry["name"])
    for name in set(keep) & set(manifest) - set(files) - set(report.kept):
        files[name] = manifest[name]
        report.unchanged.append(name)
    removals = []
    for name in sorted(set(manifest) - set(files) - set(report.kept) - set(keep)):
        state = _state(docs / name, manifest[name])
        if state == "same":
            removals.append(name)
        elif state == "edited":
            _keep(report, name, "orphan")
            files[name] = manifest[name]
    _make_durable(docs, journal)
    if journal or removals:  # the commit point: from here on, the next run finishes the job
        _save_manifest(docs, files, journal=journal, removals={n: manifest[n] for n in removals})
        _apply(docs, journal, removals)
    _save_manifest(docs, files)
    report.written = [entry["name"] for entry in journal]
    report.unchanged.sort()
    report.kept.sort()
    report.removed = removals
    return report


def _plan(
    docs: Path,
    name: str,
    content: str,
    manifest: dict[str, str],
    files: dict[str, str],
    report: WriteReport,
    *,
    force: bool,
) -> dict[str, Any] | None:
    """Decide what becomes of one page, and stage it if it is to be written.

    Records the page's hash in ``files`` (or the one the manifest had, for a page edited by
    hand), and returns the journal entry of a staged page. Staging makes nothing visible yet.
    """
    target = docs / name
    state = _state(target, manifest.get(name))
    files[name] = digest(content)
    if state == "same" and manifest[name] == files[name]:
        report.unchanged.append(name)
        return None
    if state in ("missing", "same") or force:
        if state in ("hand-written", "edited"):
            report.backups[name] = _backup(target, docs)
        # what the target holds now: "same" means the hash the manifest records, read just above
        old = None if state == "missing" else manifest[name] if state == "same" else _current_hash(target)
        return {"name": name, "staged": _stage(target, content, durable=False).name, "old": old}
    _keep(report, name, state)
    if name in manifest:  # still ours to recognise as edited next time
        files[name] = manifest[name]
    else:
        del files[name]
    return None


def _make_durable(docs: Path, journal: list[dict[str, Any]]) -> None:
    """Put every staged page on disk before the commit point.

    Thousands of fsyncs cost far more than one sync of the whole system; a few cost less.
    """
    if len(journal) >= BATCH_SYNC and hasattr(os, "sync"):
        os.sync()
        return
    for entry in journal:
        descriptor = os.open((docs / entry["name"]).with_name(entry["staged"]), os.O_RDWR)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def recover(docs: Path) -> list[str]:
    """Finish what an interrupted run committed; sweep what it staged but never committed.

    A staged page is moved into place only if its target is still as the interrupted run
    found it (or missing): a page edited by hand after the kill is kept, and then shows as
    edited. Returns the files completed.
    """
    data = _read_manifest(docs)
    files = load_manifest(docs)
    if not isinstance(data.get("removals", {}), dict):
        data["removals"] = {}
    journal = [e for e in data.get("journal", []) if _valid_entry(docs, e)]
    removals = [n for n, old in data.get("removals", {}).items() if _is_inside(docs, n) and _state(docs / n, old) == "same"]
    pending = [e for e in journal if (docs / e["name"]).with_name(e["staged"]).is_file()]
    pending = [e for e in pending if _state(docs / e["name"], e.get("old")) in ("missing", "same")]
    _apply(docs, pending, removals)
    if "journal" in data or "removals" in data:
        _save_manifest(docs, files)
    for leftover in sorted(docs.rglob(f"*{STAGED}")) if docs.is_dir() else []:
        leftover.unlink()
        _remove_empty_parents(leftover.parent, docs)
    return sorted({e["name"] for e in pending} | set(removals))


def _apply(docs: Path, journal: list[dict[str, Any]], removals: list[str]) -> None:
    """Rename every staged file over its target (a brief's pages one after the other), then delete."""
    for entry in journal:
        target = docs / entry["name"]
        os.replace(target.with_name(entry["staged"]), target)
    for name in removals:
        target = docs / name
        target.unlink(missing_ok=True)
        _remove_empty_parents(target.parent, docs)


def _stage(target: Path, content: str | bytes, *, durable: bool = True) -> Path:
    """Write ``content`` to a hidden file beside ``target``, flushed to disk; return its path.

    ``durable=False`` leaves the flush to the caller (thousands of fsyncs cost far more than one sync).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    if not target.parent.is_dir():  # a failed mkdir costs more than a stat, and most folders exist
        target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}{STAGED}")
    with open(staged, "wb") as stream:
        stream.write(data)
        stream.flush()
        if durable:
            os.fsync(stream.fileno())
    return staged


def _backup(target: Path, docs: Path) -> str:
    """Copy ``target`` to the first free ``.bak`` name beside it; return that name under ``docs``."""
    candidates = (target.with_name(f"{target.name}.bak"), *(target.with_name(f"{target.name}.{n}.bak") for n in range(2, 10_000)))
    backup = next(path for path in candidates if not path.exists())
    write_atomic(backup, target.read_bytes())
    return backup.relative_to(docs).as_posix()


def _keep(report: WriteReport, name: str, reason: str) -> None:
    report.kept.append(name)
    report.reasons[name] = reason


def _state(target: Path, recorded: str | None) -> str:
    if not target.exists():
        return "missing"
    if recorded is None:
        return "hand-written"
    return "same" if digest(target.read_bytes()) == recorded else "edited"


def _read_manifest(docs: Path) -> dict[str, Any]:
    try:
        data = json.loads((docs / MANIFEST).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_manifest(
    docs: Path,
    files: dict[str, str],
    *,
    journal: list[dict[str, Any]] | None = None,
    removals: dict[str, str] | None = None,
) -> None:
    data: dict[str, Any] = {"generator": "newsbrief", "files": dict(sorted(files.items()))}
    if journal or removals:
        data["journal"] = journal or []
        data["removals"] = removals or {}
    content = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    target = docs / MANIFEST
    if not target.exists() or target.read_bytes() != content.encode("utf-8"):  # serve watches docs/
        write_atomic(target, content)


def _valid_entry(docs: Path, entry: object) -> bool:
    """A journal entry as :func:`sync_docs` writes it; anything else is ignored."""
    if not isinstance(entry, dict) or not _is_inside(docs, entry.get("name")):
        return False
    staged = entry.get("staged")
    return isinstance(staged, str) and "/" not in staged and staged.endswith(STAGED)


def _current_hash(target: Path) -> str | None:
    return digest(target.read_bytes()) if target.exists() else None


def _is_inside(docs: Path, name: object) -> bool:
    """A manifest entry names a file under ``docs/``: never trust it to point elsewhere."""
    return isinstance(name, str) and ".." not in Path(name).parts and not Path(name).is_absolute()


def _remove_empty_parents(folder: Path, docs: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
