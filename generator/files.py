"""The edge where Newsbrief touches the disk: reading seeds, writing ``docs/``.

Newsbrief only ever writes or deletes files it generated. A manifest in ``docs/`` records every
generated file with the hash of what was written, which tells a generated page from a
hand-written one, and a generated page edited by hand since from one that is untouched.
Every write goes to a temporary file first and is moved into place with ``os.replace``, so a run
killed at any moment leaves each file either old or new, never half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".newsbrief-manifest.json"


@dataclass
class WriteReport:
    """What a run did to ``docs/``, for the closing summary."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Files left alone because they are hand-written or were edited by hand."""


def digest(content: str | bytes) -> str:
    """sha256 of text (as UTF-8) or bytes."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def load_manifest(docs: Path) -> dict[str, str]:
    """Generated file -> hash of what was written; empty when there is no manifest yet."""
    try:
        data = json.loads((docs / MANIFEST).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in files.items()}


def write_atomic(path: Path, content: str) -> None:
    """Write through a temporary file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sync_docs(
    docs: Path, pages: dict[str, str], *, force: bool = False, keep: Collection[str] = ()
) -> WriteReport:
    """Make ``docs/`` hold ``pages`` (path -> Markdown), touching generated files only.

    ``keep`` names generated files known to be up to date (the pages of unchanged briefs): they
    are neither read nor removed, and stay in the manifest.

    A file whose bytes already match is not rewritten, so its modification time is kept.
    A file that is not in the manifest (hand-written) or whose hash differs from the one
    recorded (edited by hand) is kept, unless ``force``, which keeps a ``.bak`` copy first.
    """
    report = WriteReport()
    manifest = load_manifest(docs)
    written: dict[str, str] = {}
    for name in sorted(pages):
        content = pages[name]
        target = docs / name
        status = _state(target, manifest.get(name))
        if status == "same" and target.read_text("utf-8") == content:
            report.unchanged.append(name)
        elif status in ("missing", "same") or force:
            if status in ("hand-written", "edited"):
                write_atomic(target.with_name(target.name + ".bak"), target.read_text("utf-8"))
            write_atomic(target, content)
            report.written.append(name)
        else:
            report.kept.append(name)
            continue
        written[name] = digest(content)
    for name in keep:
        if name in manifest and name not in pages:
            written[name] = manifest[name]
            report.unchanged.append(name)
    for name in sorted(set(manifest) - set(pages) - set(written)):
        target = docs / name
        if _state(target, manifest[name]) == "same":
            target.unlink()
            _remove_empty_parents(target.parent, docs)
            report.removed.append(name)
    _save_manifest(docs, written)
    return report


def _state(target: Path, recorded: str | None) -> str:
    if not target.exists():
        return "missing"
    if recorded is None:
        return "hand-written"
    return "same" if digest(target.read_bytes()) == recorded else "edited"


def _save_manifest(docs: Path, files: dict[str, str]) -> None:
    """Rewrite the manifest only when it changes: ``serve`` watches ``docs/`` and would loop."""
    data = {"generator": "newsbrief", "files": dict(sorted(files.items()))}
    content = json.dumps(data, indent=1) + "\n"
    target = docs / MANIFEST
    if not target.exists() or target.read_text("utf-8") != content:
        write_atomic(target, content)


def _remove_empty_parents(folder: Path, docs: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
