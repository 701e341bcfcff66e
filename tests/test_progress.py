"""The progress meter: on a terminal only, quiet in CI and pipes, cheap and erased at the end."""

from __future__ import annotations

import io
import shutil

import pytest

from generator.progress import CLEAR, BuildProgress, Progress, describe, wanted
from tests.benchmark import make_project
from tests.conftest import SAMPLE_SEED


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("done", "total", "elapsed", "expected"),
    [
        (0, 1000, 0.0, "generating: 0/1,000 briefs"),
        (340, 1000, 0.4, "generating: 340/1,000 briefs, 850/s, 1 s left"),
        (100, 1000, 10.0, "generating: 100/1,000 briefs, 10/s, 1 min 30 s left"),
        (1000, 1000, 2.0, "generating: 1,000/1,000 briefs, 500/s, 0 s left"),
    ],
)
def test_describe_says_count_rate_and_time_left(done, total, elapsed, expected):
    assert describe("generating", done, total, elapsed) == expected


@pytest.mark.parametrize(
    ("stream", "ci", "quiet", "verbose", "expected"),
    [
        (Terminal(), "", False, False, True),
        (io.StringIO(), "", False, False, False),
        (Terminal(), "true", False, False, False),
        (Terminal(), "TRUE", False, False, False),
        (Terminal(), "false", False, False, True),
        (Terminal(), "", True, False, False),
        (Terminal(), "", False, True, False),
    ],
)
def test_wanted_on_a_terminal_in_default_loudness_only(monkeypatch, stream, ci, quiet, verbose, expected):
    monkeypatch.setenv("CI", ci)
    assert wanted(stream, quiet=quiet, verbose=verbose) is expected


def test_meter_waits_then_redraws_sparingly_and_erases_itself():
    stream, clock = Terminal(), Clock()
    meter = Progress("generating", stream=stream, clock=clock)
    meter.start(100)
    meter.advance()
    assert stream.getvalue() == ""  # a quick run prints nothing
    clock.now += 1.0
    meter.advance()
    meter.advance()  # same instant: no redraw
    assert stream.getvalue() == CLEAR + "generating: 2/100 briefs, 2/s, 49 s left"
    meter.close()
    assert stream.getvalue().endswith(CLEAR)


def test_disabled_meter_counts_silently():
    stream, clock = Terminal(), Clock()
    with Progress("generating", stream=stream, clock=clock, enabled=False) as meter:
        meter.start(10)
        clock.now += 5
        meter.advance(10)
    assert meter.done == 10
    assert stream.getvalue() == ""


def test_build_progress_follows_a_real_build(tmp_path):
    from generator.mkdocs_run import load
    from generator.site import generate
    from mkdocs.commands.build import build

    make_project(tmp_path, 0)
    shutil.copy(SAMPLE_SEED, tmp_path / "seeds")
    generate(tmp_path)
    config = load(tmp_path)
    handler = BuildProgress(stream=Terminal())
    config.plugins["newsbrief-progress"] = handler
    build(config)
    assert handler.reading.done == handler.writing.done == handler.reading.total > 4
