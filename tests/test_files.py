"""Writing docs/: only generated files are touched, hand edits are kept, runs are transactions."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator import files
from generator.errors import NewsbriefError
from generator.files import MANIFEST, STAGED, load_manifest, read_seed, recover, sync_docs

PAGES = {"index.md": "# Home\n", "briefs/a/index.md": "A story\n", "briefs/a/quotes.md": "A quotes\n"}


def tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_first_run_writes_every_page_and_the_manifest(tmp_path):
    report = sync_docs(tmp_path, PAGES)
    assert report.written == sorted(PAGES)
    assert {k: v.decode() for k, v in tree(tmp_path).items() if k != MANIFEST} == PAGES
    assert set(load_manifest(tmp_path)) == set(PAGES)


def test_pages_given_as_a_stream_are_staged_as_they_come_and_shown_together(tmp_path):
    seen = []

    def stream():
        yield "briefs/a/index.md", "A story\n"
        seen.append(sorted(p.name for p in tmp_path.rglob("*") if p.is_file()))
        yield "index.md", "# Home\n"

    report = sync_docs(tmp_path, stream())
    assert seen == [[f".index.md{STAGED}"]]  # staged, not yet visible
    assert report.written == ["briefs/a/index.md", "index.md"]
    assert tree(tmp_path)["briefs/a/index.md"] == b"A story\n"


def test_a_page_given_twice_is_refused(tmp_path):
    with pytest.raises(ValueError, match="index.md given twice"):
        sync_docs(tmp_path, iter([("index.md", "one\n"), ("index.md", "two\n")]))


@pytest.mark.parametrize("count, fsyncs, syncs", [(3, 3, 0), (files.BATCH_SYNC, 0, 1)])
def test_staged_pages_reach_the_disk_before_the_commit(tmp_path, monkeypatch, count, fsyncs, syncs):
    calls = {"fsync": 0, "sync": 0}
    opened: dict[int, str] = {}
    real_open, real_fsync = os.open, os.fsync

    def recording_open(path, *args, **kwargs):
        descriptor = real_open(path, *args, **kwargs)
        opened[descriptor] = str(path)
        return descriptor

    def counting_fsync(fd):
        calls["fsync"] += opened.pop(fd, "").endswith(f".md{STAGED}")
        real_fsync(fd)

    monkeypatch.setattr(os, "open", recording_open)
    monkeypatch.setattr(os, "fsync", counting_fsync)
    monkeypatch.setattr(os, "sync", lambda: calls.__setitem__("sync", calls["sync"] + 1))
    sync_docs(tmp_path, {f"briefs/b{n}/index.md": f"{n}\n" for n in range(count)})
    assert calls == {"fsync": fsyncs, "sync": syncs}


def test_a_second_run_changes_nothing(tmp_path):
    sync_docs(tmp_path, PAGES)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.md")}
    report = sync_docs(tmp_path, PAGES)
    assert report.written == [] and report.unchanged == sorted(PAGES)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.md")} == before


def test_hand_written_pages_are_never_touched(tmp_path):
    (tmp_path / "about.md").write_text("Mine\n")
    (tmp_path / "index.md").write_text("My own home page\n")
    report = sync_docs(tmp_path, PAGES)
    assert report.kept == ["index.md"] and report.reasons == {"index.md": "hand-written"}
    assert (tmp_path / "index.md").read_text() == "My own home page\n"
    sync_docs(tmp_path, {})
    assert (tmp_path / "about.md").read_text() == "Mine\n"
    assert (tmp_path / "index.md").read_text() == "My own home page\n"


def test_a_page_edited_by_hand_is_kept_run_after_run(tmp_path):
    sync_docs(tmp_path, PAGES)
    (tmp_path / "briefs/a/index.md").write_text("A story, corrected by hand\n")
    changed = {**PAGES, "briefs/a/index.md": "A story, regenerated\n"}
    for _ in range(2):
        report = sync_docs(tmp_path, changed)
        assert report.kept == ["briefs/a/index.md"] and report.reasons["briefs/a/index.md"] == "edited"
    assert (tmp_path / "briefs/a/index.md").read_text() == "A story, corrected by hand\n"


def test_force_overwrites_after_keeping_a_backup_and_never_reuses_one(tmp_path):
    sync_docs(tmp_path, PAGES)
    for edit in ("first edit\n", "second edit\n"):
        (tmp_path / "index.md").write_text(edit)
        report = sync_docs(tmp_path, PAGES, force=True)
        assert report.written == ["index.md"]
        assert (tmp_path / "index.md").read_text() == "# Home\n"
    assert (tmp_path / "index.md.bak").read_text() == "first edit\n"
    assert (tmp_path / "index.md.2.bak").read_text() == "second edit\n"
    assert report.backups == {"index.md": "index.md.2.bak"}


def test_force_backs_up_a_hand_written_page_that_is_not_utf8(tmp_path):
    (tmp_path / "index.md").write_bytes(b"Caf\xe9\n")
    sync_docs(tmp_path, PAGES, force=True)
    assert (tmp_path / "index.md.bak").read_bytes() == b"Caf\xe9\n"


def test_pages_of_a_removed_seed_are_deleted_unless_edited(tmp_path):
    sync_docs(tmp_path, {**PAGES, "briefs/b/index.md": "B\n", "briefs/c/index.md": "C\n"})
    (tmp_path / "briefs/c/index.md").write_text("C, edited\n")
    report = sync_docs(tmp_path, PAGES)
    assert report.removed == ["briefs/b/index.md"] and not (tmp_path / "briefs/b").exists()
    assert report.kept == ["briefs/c/index.md"] and report.reasons["briefs/c/index.md"] == "orphan"
    assert (tmp_path / "briefs/c/index.md").read_text() == "C, edited\n"


def test_a_broken_manifest_makes_every_page_look_hand_written(tmp_path):
    sync_docs(tmp_path, PAGES)
    (tmp_path / MANIFEST).write_text("{not json")
    report = sync_docs(tmp_path, {k: v + "changed\n" for k, v in PAGES.items()})
    assert report.kept == sorted(PAGES)
    assert {k: v.decode() for k, v in tree(tmp_path).items() if k != MANIFEST} == PAGES


def test_a_manifest_never_points_outside_docs(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "precious.txt").write_text("keep me")
    manifest = {"files": {}, "journal": [{"name": "../precious.txt", "staged": f".x{STAGED}"}],
                "removals": {"../precious.txt": "0" * 64}}
    (docs / MANIFEST).write_text(json.dumps(manifest))
    recover(docs)
    assert (tmp_path / "precious.txt").read_text() == "keep me"


class Crash(Exception):
    pass


@pytest.mark.parametrize("crash_after", [0, 1, 2, 3, 4, 5])
def test_a_run_killed_while_renaming_is_finished_by_the_next(tmp_path, monkeypatch, crash_after):
    old = {f"briefs/{b}/{p}.md": f"{b} {p} old\n" for b in "ab" for p in ("index", "quotes", "figures")}
    new = {name: text.replace("old", "new") for name, text in old.items()}
    sync_docs(tmp_path, old)
    calls = []
    real_replace = os.replace

    def failing_replace(source, target):
        if str(target).endswith(".md"):
            if len(calls) == crash_after:
                raise Crash
            calls.append(target)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(Crash):
        sync_docs(tmp_path, new)
    monkeypatch.setattr(os, "replace", real_replace)
    pages = tree(tmp_path)
    assert all(pages[name] in (old[name].encode(), new[name].encode()) for name in old)
    assert json.loads(pages[MANIFEST])  # still valid
    assert sorted(recover(tmp_path)) == sorted(new)[crash_after:]
    assert {k: v.decode() for k, v in tree(tmp_path).items() if k != MANIFEST} == new
    assert sync_docs(tmp_path, new).unchanged == sorted(new)


def test_a_run_killed_while_staging_leaves_docs_as_it_was(tmp_path, monkeypatch):
    sync_docs(tmp_path, PAGES)
    before = tree(tmp_path)
    monkeypatch.setattr("generator.files._save_manifest", lambda *a, **k: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        sync_docs(tmp_path, {k: v + "new\n" for k, v in PAGES.items()})
    assert {k: v for k, v in tree(tmp_path).items() if not k.endswith(STAGED)} == before
    monkeypatch.undo()
    assert recover(tmp_path) == [] and tree(tmp_path) == before


def test_recovery_keeps_a_page_edited_after_the_kill(tmp_path, monkeypatch):
    sync_docs(tmp_path, PAGES)
    real_apply = files._apply

    def crash_when_committed(docs, journal, removals):
        if journal:
            raise Crash
        real_apply(docs, journal, removals)

    monkeypatch.setattr(files, "_apply", crash_when_committed)
    with pytest.raises(Crash):
        sync_docs(tmp_path, {k: v + "new\n" for k, v in PAGES.items()})
    monkeypatch.undo()
    (tmp_path / "index.md").write_text("edited after the crash\n")
    assert recover(tmp_path) == ["briefs/a/index.md", "briefs/a/quotes.md"]
    assert (tmp_path / "index.md").read_text() == "edited after the crash\n"
    assert not list(tmp_path.rglob(f"*{STAGED}"))


@pytest.mark.parametrize(
    "setup, reason",
    [
        (lambda p: None, "cannot be read (No such file or directory)"),
        (lambda p: p.mkdir(), "cannot be read (Is a directory)"),
    ],
)
def test_read_seed_errors_name_the_file(tmp_path, setup, reason):
    path = tmp_path / "x.txt"
    setup(path)
    with pytest.raises(NewsbriefError, match=r"^seeds/x\.txt: " + reason.replace("(", r"\(").replace(")", r"\)")):
        read_seed(path, "seeds/x.txt")
