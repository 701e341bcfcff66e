"""A one-line progress meter for long runs: count, rate and time left, on a terminal only.

Generating or building thousands of briefs takes a while; a person at a terminal wants to see
it move. Logs and CI want none of it: the meter shows only when the stream is a terminal, the
``CI`` variable is not set to true, and the user asked for neither ``--quiet`` (errors only) nor
``--verbose`` (whose line per file says it all already). It waits half a second before its first
line, so quick runs print nothing, and redraws at most ten times a second, so it costs nothing.

Knowingly missed: a log line printed while the meter shows lands after it on the same line.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

DELAY = 0.5
"""Seconds before the first line: shorter runs print nothing."""
INTERVAL = 0.1
"""Seconds between redraws."""
CLEAR = "\r\x1b[K"


def wanted(stream: TextIO, *, quiet: bool = False, verbose: bool = False) -> bool:
    """Whether to show a meter on ``stream``: a terminal, outside CI, in the default loudness."""
    if quiet or verbose or os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def describe(label: str, done: int, total: int, elapsed: float, *, unit: str = "briefs") -> str:
    """The meter's text: ``generating: 340/1,000 briefs, 850/s, 1 s left``."""
    line = f"{label}: {done:,}/{total:,} {unit}"
    if elapsed > 0 and done:
        rate = done / elapsed
        left = (total - done) / rate
        line += f", {rate:,.0f}/s, {_duration(left)} left"
    return line


class Progress:
    """Counts steps towards a total and redraws :func:`describe` on ``stream`` now and then.

    A meter that is not ``enabled`` counts silently, so callers need no ``if`` around it.
    """

    def __init__(
        self,
        label: str,
        *,
        unit: str = "briefs",
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
        enabled: bool = True,
    ) -> None:
        self.label, self.unit, self.enabled = label, unit, enabled
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.total = self.done = 0
        self.started = self.drawn = 0.0
        self.shown = False

    def start(self, total: int) -> None:
        """Begin counting towards ``total`` steps."""
        self.total, self.done = total, 0
        self.started = self.clock()

    def advance(self, steps: int = 1) -> None:
        """Count ``steps`` more; redraw when the last redraw is old enough."""
        self.done += steps
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started >= DELAY and now - self.drawn >= INTERVAL:
            self.drawn = now
            self.shown = True
            self.stream.write(CLEAR + describe(self.label, self.done, self.total, now - self.started, unit=self.unit))
            self.stream.flush()

    def close(self) -> None:
        """Erase the meter, leaving the terminal as it was for the summary that follows."""
        if self.shown:
            self.stream.write(CLEAR)
            self.stream.flush()
            self.shown = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class BuildProgress:
    """A MkDocs event handler: a meter while pages are read, another while they are written.

    Registered into ``config.plugins`` by the build command; it needs no configuration.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self.reading = Progress("reading pages", unit="pages", stream=stream)
        self.writing = Progress("writing pages", unit="pages", stream=stream)

    def on_files(self, files: Any, *, config: Any) -> Any:
        total = len(files.documentation_pages())
        self.reading.start(total)
        self.writing.start(total)
        return files

    def on_page_markdown(self, markdown: str, **kwargs: Any) -> str:
        self.reading.advance()
        return markdown

    def on_env(self, env: Any, **kwargs: Any) -> Any:
        self.reading.close()
        self.writing.started = self.writing.clock()
        return env

    def on_post_page(self, output: str, **kwargs: Any) -> str:
        self.writing.advance()
        return output

    def on_post_build(self, **kwargs: Any) -> None:
        self.writing.close()

    def on_build_error(self, **kwargs: Any) -> None:
        self.reading.close()
        self.writing.close()


def _duration(seconds: float) -> str:
    """``42 s``, ``3 min 5 s``: precise enough to plan a coffee."""
    seconds = max(0, round(seconds))
    return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60} s"
