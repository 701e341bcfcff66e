"""Pairing quotation marks into spans: step 1 of :func:`generator.quotes.extract_quotes`.

Straight and curly double marks, «guillemets» and „low-high“ marks are paired with a small
stack, reading each mark's *position* rather than its shape, because copy gets the shape wrong
(``shortly, “added the president`` closes with an opening mark; ``the end ”, he said`` has a
space before the closer). A double mark met while a double quote is open closes it; if it also
opens the next sentence ("“One. “Two,” he said") it closes one quote and opens the next, the
first ending before any cue inside it. Single marks are paired in a second pass outside the
double quotes, and only when they flank words, so apostrophes (don't, the ministers') are left
alone. A quote left open runs on into the next paragraph when that one opens with a mark (each
paragraph gives its own quote, so that every text stays verbatim); otherwise it ends with its
paragraph. A closer with no opener followed by a cue ("We won,” he said.) opens at the
paragraph start.

Knowingly missed: quotes whose opening and closing marks are both missing. Runs in linear
time: every mark is looked at a bounded number of times.
"""

from __future__ import annotations

import operator
import re
from typing import NamedTuple

from generator.cue_subjects import MARKS
from generator.cues import CueIndex, cue_after
from generator.model import Article

_DOUBLE = re.compile("[\"“”„‟«»‹›]")
_SINGLE = re.compile("['‘’‚‛]")
_ANY_MARK = re.compile(f"[{MARKS}]")
_OPEN_SHAPES = "“„‟«‹‘‚‛"
_SPACE_BEFORE = "([{—–-/"
_SPACE_AFTER = ",.;:!?)]}…—–"
_ELISION = re.compile(r"(?:em|n|til|cause|bout|tis|twas|\d\d)s?\b", re.IGNORECASE)
_MAX_COMMAS = 6


class Span(NamedTuple):
    """Where a quotation's marks and words sit in the body (a named tuple: a few are built
    per paragraph, and a tuple is built several times faster than a frozen dataclass)."""

    open: int
    close: int
    text_start: int
    text_end: int
    paragraph: int
    continues: bool = False
    """The quote runs on into the next paragraph (no closing mark here)."""
    continued: bool = False
    """The quote runs on from the previous paragraph."""


_OPEN = operator.itemgetter(0)
"""A span's opening mark, to sort by (a C-speed key)."""


def find_spans(cues: CueIndex, article: Article) -> list[Span]:
    """Every quotation of the article in reading order, paired paragraph by paragraph."""
    body = cues.body
    spans: list[Span] = []
    paragraphs = article.paragraphs
    continued = False
    next_mark = -1  # the first mark at or after the paragraph read last
    for number, paragraph in enumerate(paragraphs):
        if next_mark < paragraph.start:
            # most paragraphs have no mark: one search finds the next paragraph that has one
            found_mark = _ANY_MARK.search(body, paragraph.start)
            next_mark = found_mark.start() if found_mark else len(body)
        if next_mark >= paragraph.end:
            continued = False
            continue
        following = paragraphs[number + 1].start if number + 1 < len(paragraphs) else None
        runs_on = following is not None and _opens_with_mark(body, following)
        found = _paragraph_spans(cues, paragraph.start, paragraph.end, number, runs_on)
        if continued and found and found[0].open == paragraph.start:
            found[0] = found[0]._replace(continued=True)
        continued = bool(found) and found[-1].continues
        spans += found
    return spans


def _opens_with_mark(body: str, start: int) -> bool:
    return start < len(body) and body[start] in MARKS and body[start] not in "”»›’"


def _paragraph_spans(cues: CueIndex, start: int, end: int, number: int, runs_on: bool) -> list[Span]:
    body = cues.body
    # Most paragraphs hold no double mark, and many no single one: skip the pairing there.
    double_marks = [m.start() for m in _DOUBLE.finditer(body, start, end)]
    doubles = _double_spans(cues, start, end, number, runs_on, double_marks) if double_marks else []
    singles = _single_spans(body, start, end, number, runs_on, doubles) if _SINGLE.search(body, start, end) else []
    if not singles:
        return sorted(doubles, key=_OPEN)
    kept = [d for d in doubles if not any(s.open < d.open and d.close < s.close for s in singles)]
    return sorted(kept + singles, key=_OPEN)


def _flank(body: str, index: int, start: int, end: int) -> str:
    """How a mark sits between its neighbours: "left" (opens), "right" (closes), "both", "none"."""
    before = body[index - 1] if index > start else " "
    if before in MARKS and index - 1 > start:
        before = body[index - 2]
    after = body[index + 1] if index + 1 < end else " "
    if after in MARKS and index + 2 < end:
        after = body[index + 2]
    spaced_before = before.isspace() or before in _SPACE_BEFORE or before in MARKS
    spaced_after = after.isspace() or after in _SPACE_AFTER or after in MARKS
    if spaced_before:
        return "none" if spaced_after else "left"
    return "right" if spaced_after else "both"


def _double_spans(cues: CueIndex, start: int, end: int, number: int, runs_on: bool, marks: list[int]) -> list[Span]:
    """Pair double marks and guillemets (``marks``: their offsets); a double mark inside an
    open double quote closes it."""
    body = cues.body
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []
    # How many quotes of each family the stack holds: asking the stack itself for every mark
    # is quadratic when a paragraph piles up marks that never close.
    open_count = {"angle": 0, "single-angle": 0, "double": 0}

    def push(family: str, index: int) -> None:
        stack.append((family, index))
        open_count[family] += 1

    def close(family: str, index: int, *, suspect: bool = False) -> None:
        """Pop to the quote ``family`` opened; a suspect closer may have come too late."""
        while stack:
            kind, opened = stack.pop()
            open_count[kind] -= 1
            if kind == family:
                if not stack:
                    end_at = (_cue_inside(cues, opened, index) if suspect else None) or index
                    spans.append(_span(body, opened, end_at, number))
                return

    last_right: int | None = None  # the last closing mark of the paragraph, asked for rarely
    for position, index in enumerate(marks):
        mark = body[index]
        if mark in "«‹":
            push("angle" if mark == "«" else "single-angle", index)
            continue
        if mark in "»›":
            family = "angle" if mark == "»" else "single-angle"
            if open_count[family]:
                close(family, index)
            continue
        flank = _flank(body, index, start, end)
        if open_count["double"]:
            if flank == "left" and last_right is None:
                last_right = max((i for i in marks if _flank(body, i, start, end) == "right"), default=-1)
            reopens = (
                flank == "left" and last_right is not None and index < last_right
                and _after_sentence_end(body, index, start)
            )
            close("double", index, suspect=reopens)
            if reopens:
                push("double", index)  # “A. “B,” he said: the first closer is missing
        elif flank in ("left", "both") or (flank == "none" and mark in _OPEN_SHAPES):
            push("double", index)
        elif flank == "right" and position == 0 and cue_after(cues, index, end):
            # We won,” he said: the opening mark is missing, the quote opens the paragraph.
            spans.append(_span(body, start - 1, index, number)._replace(open=start))
    if stack:
        opened = stack[0][1]
        if runs_on and (opened == start or body[start:opened].rstrip().endswith(":")):
            spans.append(_span(body, opened, end, number, continues=True))
        else:
            spans.append(_span(body, opened, _cue_inside(cues, opened, end) or end, number))
    return spans


def _after_sentence_end(body: str, index: int, start: int) -> bool:
    before = body[max(start, index - 3) : index].rstrip()
    return before[-1:] in (".", "!", "?")


def _cue_inside(cues: CueIndex, opened: int, end: int) -> int | None:
    """Where an unclosed quote should have closed: before ", he said" (first few commas only)."""
    comma = opened
    for _ in range(_MAX_COMMAS):
        comma = cues.body.find(",", comma + 1, end)
        if comma == -1:
            return None
        if cue_after(cues, comma, end):
            return comma
    return None


def _single_spans(
    body: str, start: int, end: int, number: int, runs_on: bool, doubles: list[Span]
) -> list[Span]:
    """Pair single marks outside double quotes, leaving apostrophes alone."""
    marks = []
    inside = 0
    for match in _SINGLE.finditer(body, start, end):
        index = match.start()
        while inside < len(doubles) and doubles[inside].close < index:
            inside += 1
        if inside < len(doubles) and doubles[inside].open < index:
            continue
        before = body[index - 1] if index > start else " "
        after = body[index + 1] if index + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # don't, O'Brien
        marks.append((index, _flank(body, index, start, end)))
    last_right = max((i for i, flank in marks if flank == "right"), default=-1)
    spans: list[Span] = []
    opened: int | None = None
    for index, flank in marks:
        if opened is None:
            if flank == "left" and not _ELISION.match(body, index + 1, end):
                opened = index
        elif flank in ("right", "none", "both"):
            possessive = body[index - 1] in "sS" and index < last_right
            if not possessive and index - opened > 3:
                spans.append(_span(body, opened, index, number))
                opened = None
    if opened is not None and opened == start and runs_on:
        spans.append(_span(body, opened, end, number, continues=True))
    return spans


def _span(body: str, opened: int, closed: int, number: int, *, continues: bool = False) -> Span:
    """Trim the words between the marks: spaces, and a trailing comma that is the reporter's."""
    text_start, text_end = opened + 1, closed
    while text_start < text_end and body[text_start].isspace():
        text_start += 1
    while text_end > text_start and (body[text_end - 1].isspace() or body[text_end - 1] in ",:"):
        text_end -= 1
    return Span(opened, closed, text_start, text_end, number, continues=continues)
