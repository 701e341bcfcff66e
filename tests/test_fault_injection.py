"""Killing ``newsbrief generate`` at any moment loses nothing and half-writes nothing.

A project of a few hundred briefs is generated once (the old state), then every seed is
revised, and ``python -m generator generate`` is started on it and killed with SIGKILL: at
random moments of the whole run, and at random moments once it has started writing (when
the first staged page appears). After each kill, every file in ``docs/`` must be byte for byte
either its old or its new render (staged ``*.newsbrief-tmp`` files aside, which MkDocs never
reads), and the manifest valid JSON; once the next run has finished the interrupted one's
journal, every brief must be all old or all new; and a full run must then give exactly the
new ``docs/``, taking none of its own pages for hand edits.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import cli
from generator.files import MANIFEST, STAGED, digest, load_manifest, recover
from tests.built_site import ROOT, copy_project

SEEDS = 200
KILLS_ANYTIME = 3
KILLS_WHILE_WRITING = 5


def seed_text(number: int, *, revised: bool) -> str:
    """A short article (extraction is not what is tested here), revised in every page."""
    tag = "revised" if revised else "first version"
    update = f"\n\nOfficials revised the count to {number * 7} people on Friday." if revised else ""
    return (
        f"Protest number {number} in the capital ({tag})\n\n"
        f"More than {number + 3},000 people marched on Tuesday, according to the Interior Ministry.\n\n"
        f"“We will not stop,” said Jane Doe, a spokeswoman for the organisers. Police arrested {number % 40 + 2} people.\n\n"
        f"Story {number} was filed from desk {number % 13}, Reuters reported.{update}\n"
    )


def snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def write_seeds(project: Path, *, revised: bool) -> None:
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    for number in range(SEEDS):
        path = project / "seeds" / f"story-{number:03}.txt"
        path.write_text(seed_text(number, revised=revised), "utf-8")
        stamp = 1_700_000_000 + 60 * number + (86_400 if revised else 0)  # the feed dates by mtime
        os.utime(path, (stamp, stamp))


@pytest.fixture(scope="module")
def old_project(tmp_path_factory):
    """The project generated from the first version of its seeds."""
    old = copy_project(tmp_path_factory.mktemp("old"), test_seeds=False)
    write_seeds(old, revised=False)
    assert cli.main(["generate", "--project", str(old), "--quiet"]) == 0
    return old


def start(project: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", "--project", str(project), "--quiet"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for_writing(process: subprocess.Popen, folder: Path) -> float:
    """Block until the run stages its first page in ``folder``; the time that took."""
    began = time.monotonic()
    while process.poll() is None:
        if folder.is_dir() and any(name.endswith(STAGED) for name in os.listdir(folder)):
            break
        time.sleep(0.001)
    return time.monotonic() - began


def revised_copy(old: Path, target: Path) -> Path:
    shutil.copytree(old, target)
    write_seeds(target, revised=True)
    return target


def check_after_kill(docs: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    files = snapshot(docs)
    json.loads(files.pop(MANIFEST))
    for name, content in files.items():
        if name.endswith(STAGED):
            assert Path(name).name.startswith("."), name  # hidden: MkDocs never builds it
            continue
        assert content in (old.get(name), new.get(name)), f"{name} is neither its old nor its new render"
    assert set(old) & set(new) <= set(files) | {MANIFEST}, "a page vanished"


def check_briefs_whole(docs: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    files = snapshot(docs)
    assert not [name for name in files if name.endswith(STAGED)]
    briefs: dict[str, set[str]] = {}
    for name, content in files.items():
        if name.startswith("briefs/"):
            state = "old" if content == old.get(name) else "new" if content == new.get(name) else "?"
            briefs.setdefault(name.rsplit("/", 1)[0], set()).add(state)
    mixed = {brief: states for brief, states in briefs.items() if len(states) != 1 or "?" in states}
    assert not mixed, f"briefs half updated: {sorted(mixed)[:5]}"


def check_manifest_matches(docs: Path) -> None:
    """Every page the manifest lists holds what it records: none would be taken for a hand edit."""
    recorded = load_manifest(docs)
    edited = [name for name, hash_ in recorded.items() if (docs / name).is_file() and digest((docs / name).read_bytes()) != hash_]
    assert not edited, f"pages that would be kept as edited by hand: {edited[:5]}"


def finish_and_compare(project: Path, new: dict[str, bytes], capsys) -> None:
    capsys.readouterr()
    assert cli.main(["generate", "--project", str(project)]) == 0
    assert " kept, " not in capsys.readouterr().err  # no page of ours taken for a hand edit
    assert snapshot(project / "docs") == new


def test_killed_at_random_moments_every_file_is_old_or_new(old_project, tmp_path, capsys):
    rng = random.Random(int(os.environ.get("NEWSBRIEF_FAULT_SEED", "7")))
    timing = revised_copy(old_project, tmp_path / "timing")
    process = start(timing)
    began = time.monotonic()
    first_brief = timing / "docs" / "briefs" / "story-000"
    to_writing = wait_for_writing(process, first_brief)
    process.wait(timeout=600)
    total = time.monotonic() - began
    assert process.returncode == 0
    old, new = snapshot(old_project / "docs"), snapshot(timing / "docs")
    writing = max(total - to_writing, 0.01)
    # A run under load may take less than the timing run did: aim within its first nine tenths.
    moments = [("anytime", rng.uniform(0, 0.9 * total)) for _ in range(KILLS_ANYTIME)]
    moments += [("writing", rng.uniform(0, 0.9 * writing)) for _ in range(KILLS_WHILE_WRITING)]
    interrupted = 0
    for number, (when, delay) in enumerate(moments):
        project = revised_copy(old_project, tmp_path / f"run{number}")
        process = start(project)
        if when == "writing":
            wait_for_writing(process, project / "docs" / "briefs" / "story-000")
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        interrupted += process.returncode == -signal.SIGKILL
        check_after_kill(project / "docs", old, new)
        recover(project / "docs")
        check_briefs_whole(project / "docs", old, new)
        check_manifest_matches(project / "docs")
        if number == len(moments) - 1:
            finish_and_compare(project, new, capsys)
        shutil.rmtree(project)
    assert interrupted >= len(moments) // 2, "the runs finished before they could be killed"


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="lists processes through Linux's /proc")
def test_workers_end_when_generate_is_killed(old_project, tmp_path):
    project = revised_copy(old_project, tmp_path / "orphans")
    process = start(project)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while not workers and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = _children(process.pid)
    if not workers:
        pytest.fail("generate of a large archive finished without starting workers")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    deadline = time.monotonic() + 10
    while any(_running(worker) for worker in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [worker for worker in workers if _running(worker)], "workers outlived the killed generate"
