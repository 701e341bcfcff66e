"""The command line on bad input: one line per refused seed, no traceback, the rest still built."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.built_site import copy_project
from tests.conftest import ROOT, SAMPLE_SEED

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"

BAD_SEEDS = {
    "empty.txt": (b"", "seeds/empty.txt: expected an article, found an empty file"),
    "blank.txt": (b"  \n\t\n", "seeds/blank.txt: expected an article, found only blank space"),
    "image.txt": (PNG, "seeds/image.txt: expected a plain-text article, found a PNG image"),
    "nul.txt": (b"Title\n\nText\x00\x00", "seeds/nul.txt: expected a plain-text article, found binary data (NUL bytes)"),
    "title-only.txt": (b"Only a headline\n", "seeds/title-only.txt: expected the article's text after the headline"),
}


def make_project(root: Path, seeds: dict[str, bytes]) -> Path:
    """A copy of the project whose seeds are exactly ``seeds`` (file name -> bytes)."""
    root.mkdir(parents=True, exist_ok=True)
    copy_project(root, test_seeds=False)
    shutil.rmtree(root / "seeds")
    (root / "seeds").mkdir()
    for name, raw in seeds.items():
        (root / "seeds" / name).write_bytes(raw)
    return root


@pytest.fixture
def project(tmp_path):
    good = {"good.txt": SAMPLE_SEED.read_bytes(), "Café story.txt": "Café\n\nIt opened.".encode()}
    return make_project(tmp_path, {**good, **{n: raw for n, (raw, _) in BAD_SEEDS.items()}})


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    status = main(list(argv))
    return status, capsys.readouterr().err.splitlines()


def test_generate_refuses_bad_seeds_one_line_each_and_builds_the_rest(project, capsys):
    status, lines = run(capsys, "generate", "--project", str(project))
    assert status == 1
    for _, message in BAD_SEEDS.values():
        assert sum(line.startswith(f"newsbrief: {message}") for line in lines) == 1
    assert not any("Traceback" in line for line in lines)
    assert (project / "docs/briefs/good/quotes.md").is_file()
    assert (project / "docs/briefs/cafe-story/index.md").is_file()
    assert not (project / "docs/briefs/empty").exists()


def test_build_still_builds_the_site_of_the_good_seeds_then_fails(project, capsys):
    status, lines = run(capsys, "build", "--project", str(project), "--quiet")
    assert status == 1
    assert (project / "site/briefs/good/index.html").is_file()
    assert (project / "site/briefs/cafe-story/figures/index.html").is_file()
    for _, message in BAD_SEEDS.values():
        assert sum(line.startswith(f"newsbrief: {message}") for line in lines) == 1


def test_files_that_are_not_seeds_are_skipped_with_a_note(tmp_path, capsys):
    project = make_project(tmp_path, {"good.txt": SAMPLE_SEED.read_bytes(), "notes.md": b"# notes"})
    (project / "seeds/drafts").mkdir()
    status, lines = run(capsys, "generate", "--project", str(project))
    assert status == 0
    assert "newsbrief: seeds/notes.md: skipped, not a seed (seeds are .txt files)" in lines
    assert "newsbrief: seeds/drafts: skipped, not a seed (seeds are .txt files)" in lines


def test_two_seeds_whose_names_slugify_alike_get_distinct_briefs(tmp_path, capsys):
    text = SAMPLE_SEED.read_bytes()
    project = make_project(tmp_path, {"cafe.txt": text, "Café.txt": text, "CAFÉ.txt": text})
    assert run(capsys, "generate", "--project", str(project))[0] == 0
    briefs = {p.name for p in (project / "docs/briefs").iterdir()}
    assert len(briefs) == 3 and "cafe" in briefs and "cafe-5da2e9" in briefs


def test_an_edited_page_is_kept_with_a_message_and_force_keeps_a_backup(tmp_path, capsys):
    project = make_project(tmp_path, {"good.txt": SAMPLE_SEED.read_bytes()})
    run(capsys, "generate", "--project", str(project))
    page = project / "docs/briefs/good/quotes.md"
    generated = page.read_text()
    page.write_text(generated + "\nMy own note.\n")
    (project / "seeds/good.txt").write_bytes(SAMPLE_SEED.read_bytes() + b"\n\nOne more paragraph.")
    status, lines = run(capsys, "generate", "--project", str(project))
    assert status == 0
    assert "newsbrief: docs/briefs/good/quotes.md: kept, it was edited by hand since Newsbrief wrote it" \
        " (use --force to overwrite it; a .bak copy is kept)" in lines
    assert page.read_text().endswith("My own note.\n")
    status, lines = run(capsys, "generate", "--project", str(project), "--force")
    assert "newsbrief: docs/briefs/good/quotes.md: overwritten, the previous version is in docs/briefs/good/quotes.md.bak" in lines
    assert not page.read_text().endswith("My own note.\n")
    assert (project / "docs/briefs/good/quotes.md.bak").read_text().endswith("My own note.\n")
    assert run(capsys, "build", "--project", str(project), "--quiet")[0] == 0
    assert not list((project / "site").rglob("*.bak"))  # kept, never published


def test_a_hand_written_home_page_is_kept(tmp_path, capsys):
    project = make_project(tmp_path, {"good.txt": SAMPLE_SEED.read_bytes()})
    (project / "docs/index.md").write_text("# My home\n")
    status, lines = run(capsys, "generate", "--project", str(project))
    assert "newsbrief: docs/index.md: kept, Newsbrief did not write this file" \
        " (use --force to overwrite it; a .bak copy is kept)" in lines
    assert (project / "docs/index.md").read_text() == "# My home\n"


def test_an_unwritable_docs_folder_is_one_line(tmp_path, capsys):
    project = make_project(tmp_path, {"good.txt": SAMPLE_SEED.read_bytes()})
    shutil.rmtree(project / "docs")
    (project / "docs").write_text("not a folder")
    status, lines = run(capsys, "generate", "--project", str(project))
    assert status == 1 and len([line for line in lines if "Traceback" in line]) == 0
    assert any(line.startswith("newsbrief: ") and "docs" in line for line in lines)


def test_a_bug_in_an_extractor_costs_one_seed(tmp_path, capsys, monkeypatch):
    project = make_project(tmp_path, {"good.txt": SAMPLE_SEED.read_bytes(), "bad.txt": b"Boom\n\nThis one breaks."})
    real = __import__("generator.site", fromlist=["build_brief"]).build_brief

    def flaky(seed, text, **kwargs):
        if "breaks" in text:
            raise IndexError("tuple index out of range")
        return real(seed, text, **kwargs)

    monkeypatch.setattr("generator.site.build_brief", flaky)
    status, lines = run(capsys, "generate", "--project", str(project))
    assert status == 1
    assert "newsbrief: seeds/bad.txt: Newsbrief failed on this file, a bug worth reporting" \
        " (IndexError: tuple index out of range)" in lines
    assert (project / "docs/briefs/good/index.md").is_file()


@pytest.mark.parametrize("name, raw", [(n, raw) for n, (raw, _) in BAD_SEEDS.items()])
def test_extract_refuses_a_bad_seed_in_one_line(tmp_path, capsys, name, raw):
    (tmp_path / name).write_bytes(raw)
    status, lines = run(capsys, "extract", str(tmp_path / name))
    assert status == 1 and len(lines) == 1 and lines[0].startswith(f"newsbrief: {tmp_path / name}: ")


def test_extract_of_a_missing_file(tmp_path, capsys):
    status, lines = run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert status == 1 and lines == [f"newsbrief: {tmp_path / 'nope.txt'}: cannot be read (No such file or directory)"]


def snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_two_runs_on_the_same_seeds_give_byte_identical_docs(tmp_path):
    """In separate processes with different hash seeds, in different folders: set order, dict
    order or an absolute path leaking into a page would show here."""
    seeds = {
        "good.txt": SAMPLE_SEED.read_bytes(),
        "hostile.txt": (ROOT / "tests/fixtures/hostile.txt").read_bytes(),
        "Café.txt": b"Caf\xe9 \x93quoted\x94\r\n\r\n\x93We will win,\x94 said Jane Doe. More than 3,000 people came.",
        "cafe.txt": "Café\n\n“No,” he said, according to Reuters.".encode(),
    }
    docs = []
    for number, hash_seed in enumerate(("1", "2")):
        project = make_project(tmp_path / f"p{number}", seeds)
        for path in (project / "seeds").iterdir():
            os.utime(path, (1_700_000_000, 1_700_000_000))  # undated briefs are dated by the seed's mtime
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
        command = [sys.executable, "-m", "generator", "generate", "--project", str(project), "--quiet"]
        for _ in range(2):  # the second run must change nothing
            subprocess.run(command, cwd=ROOT, env=environment, check=True)
        docs.append(snapshot(project / "docs"))
    assert docs[0] == docs[1]
    assert any(name.endswith("hostile/index.md") for name in docs[0])
