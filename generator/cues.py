"""Reporting cues: "he said", "said the president", "according to the ministry".

A cue is a reporting verb and its subject (read by :mod:`generator.cue_subjects`); "in his
opinion" is a cue of its own kind. Quotes look cues up next to their marks: the cue right after
the closing mark (:func:`cue_after`), the last cue before the opening mark (:func:`cue_before`),
and the cues of a whole sentence (:func:`sentence_cues`).

A clause right after a quote that opens with "what" or "which" ("was “twice” what the agency
announced") is part of the quote's sentence, not its cue.

Knowingly missed: cues in reported speech without a reporting verb ("For Smith, ...").
Runs in linear time: cues are read once per paragraph, and every cue search reads a window
of fixed size.
"""

from __future__ import annotations

import bisect
import operator
import re

from generator.cue_subjects import (
    CLAUSE_BREAK,
    CUE_REACH,
    PARTICLE,
    PHRASE_PARTICIPLES,
    SUBJECT_PRONOUNS,
    Cue,
    cue_at,
    with_shared_subjects,
)
from generator.lexicon import (
    ABBREVIATED_TITLES,
    DESCRIBING_VERBS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
)
from generator.model import Article

#: Where the words after a closing mark stop being its cue: a sentence end (not "Mr." or
#: "U.S."), a semicolon or a quotation mark that is no apostrophe. Every branch opens with
#: the mark itself and looks behind it afterwards, so that the search skips to candidate
#: marks at C speed instead of trying the lookbehinds at every character.
_CLAUSE_END = re.compile(
    r"[.!?;](?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bMrs.)"
    + "".join(rf"(?<!\b{title.capitalize()}.)" for title in sorted(ABBREVIATED_TITLES))
    + r"(?<!\b[A-Z].)|[\"“”„‟«»‹›‘‚‛]|['’](?<!\w.)|['’](?!\w)"
)
#: Texts that speak for a body: "according to a statement from the ministry".
_OPINION = re.compile(r"\bin (his|her) (?:opinion|view|words)\b", re.IGNORECASE)
#: How far from a quote, in characters, its cue is looked for.
WINDOW = 240
_SENTENCE_STOPS = frozenset(".!?;")
_CUE_WORDS = REPORTING_VERBS | REPORTING_PARTICIPLES | DESCRIBING_VERBS | PHRASE_PARTICIPLES | set(PARTICLE)
#: Lower-case words as long as the shortest cue word: shorter ones ("a", "of") are never cues.
_CUE_WORD = re.compile(r"[a-z]{%d,}" % min(map(len, _CUE_WORDS)))
#: The same in the text as written: every cue word is ASCII, and written whole it is one such run.
_CUE_RUN = re.compile(r"[A-Za-z]{%d,}" % min(map(len, _CUE_WORDS)))
_START = operator.itemgetter(0)
"""A cue's start, to sort by (a C-speed key)."""


class CueIndex:
    """The reporting cues of the article ("he said", "said X", "according to X").

    Cues are read per paragraph, the first time a quote asks about that paragraph, so that a
    story full of reported speech but with few quotes costs little; cue words are located
    with fast string searches, and only for the words a C-speed first pass saw there. The
    cue right after a quote ("...,” said X") is read alone, before its paragraph's others.
    """

    def __init__(self, body: str, article: Article) -> None:
        self.body = body
        self._paragraphs = article.paragraphs
        self._paragraph_starts = [p.start for p in article.paragraphs]
        self._read: dict[int, tuple[list[int], list[Cue]]] = {}
        self._verbs: dict[int, Cue | None] = {}  # the cue of each cue word read so far

    def paragraph(self, number: int) -> list[Cue]:
        """The cues of one paragraph (0-based), read on first use."""
        return (self._read.get(number) or self._reading(number))[1]

    def _reading(self, number: int) -> tuple[list[int], list[Cue]]:
        """The cues of a paragraph not read yet, and where each starts."""
        body, paragraph = self.body, self._paragraphs[number]
        start, end = paragraph.start, paragraph.end
        lowered = body[start:end].lower()
        verbs = _cue_verbs(body, lowered, start, end)
        verbs.sort()
        read = [self._verbs[verb] if verb in self._verbs else cue_at(body, verb, start, end) for verb in verbs]
        cues = [cue for cue in read if cue]
        if any(cue.kind.startswith("coordinated") for cue in cues):
            cues = with_shared_subjects(body, cues, start)
        if "n h" in lowered:  # "in his opinion", "In Her words": nothing else can match
            cues += [
                Cue(m.start(), m.end(), m.group(1), m.start(1), "opinion")
                for m in _OPINION.finditer(body, start, end)
            ]
        cues.sort(key=_START)
        self._read[number] = found = ([cue.start for cue in cues], cues)
        return found

    def first_between(self, start: int, end: int) -> Cue | None:
        """The first of the cues :meth:`between` gives. When it is the cue of the window's
        first cue word and opens the window ("...,” said X", "...,” Li Wei told"), that cue
        alone is read: the paragraph's other cue words often lie unread."""
        number = max(0, bisect.bisect_right(self._paragraph_starts, start) - 1)
        if number not in self._read and end <= self._paragraphs[number].end:
            cue = self._opening_cue(number, start, end)
            if cue:
                return cue
        found = self.between(start, end)
        return found[0] if found else None

    def _opening_cue(self, number: int, start: int, end: int) -> Cue | None:
        """The cue of the first cue word between two offsets, if it starts at ``start``
        and ends within them. No other cue comes before it in :meth:`between`: every other
        cue starting there has a later verb (or is an opinion, listed after), and a cue
        whose verb comes earlier starts earlier. A coordinated cue depends on the cues
        before it in its paragraph: it is left to the whole paragraph's reading."""
        body = self.body
        verb = _first_cue_verb(body, start, end)
        if verb is None:
            return None
        if verb not in self._verbs:
            paragraph = self._paragraphs[number]
            self._verbs[verb] = cue_at(body, verb, paragraph.start, paragraph.end)
        cue = self._verbs[verb]
        if cue and cue.start == start and cue.end <= end and not cue.kind.startswith("coordinated"):
            return cue
        return None

    def named_subjects(self, number: int) -> list[tuple[str, int]]:
        """(subject, offset) of the finite and describing cues of a paragraph whose subject is
        not a pronoun ("X said the talks failed", "The Northern Front rejected the figures")."""
        return [
            (cue.subject, cue.subject_start) for cue in self.paragraph(number)
            if cue.kind in ("finite", "according", "describing") and cue.subject
            and cue.subject.split()[0].lower() not in SUBJECT_PRONOUNS
        ]

    def between(self, start: int, end: int) -> list[Cue]:
        """Cues lying wholly between two offsets, in reading order."""
        found: list[Cue] = []
        paragraph_starts = self._paragraph_starts
        number = max(0, bisect.bisect_right(paragraph_starts, start) - 1)
        while number < len(paragraph_starts) and paragraph_starts[number] < end:
            starts, cues = self._read.get(number) or self._reading(number)
            first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            if first < last:
                found += [cue for cue in cues[first:last] if cue.end <= end]
            number += 1
        return found


def _cue_verbs(body: str, lowered: str, start: int, end: int) -> list[int]:
    """Offsets of the cue words between two offsets, in no order; ``lowered`` is that stretch
    in lower case. A C-speed first pass says which cue words occur at all."""
    present = _CUE_WORDS.intersection(_CUE_WORD.findall(lowered))
    return [offset for word in present for offset in _occurrences(body, word, start, end)]


def _first_cue_verb(body: str, start: int, end: int) -> int | None:
    """Offset of the first cue word between two offsets: the first of :func:`_cue_verbs`.
    The words are read in order and the reading stops there: after a quote, the cue word is
    most often one of the first few ("...,” said X", "...,” Li Wei told")."""
    for match in _CUE_RUN.finditer(body, start, end):
        word = match[0]
        lower = word.lower()
        if lower in _CUE_WORDS and (word == lower or word == lower.capitalize()):
            offset, stop = match.span()
            if (offset == 0 or not body[offset - 1].isalnum()) and (stop == len(body) or not body[stop].isalnum()):
                return offset
    return None


def _occurrences(body: str, word: str, start: int, stop: int) -> list[int]:
    """Offsets of ``word`` as a whole word between two offsets, in lower case or capitalised
    (str.find is fast)."""
    found = []
    for form in (word, word.capitalize()):
        offset = body.find(form, start, stop)
        while offset != -1:
            end = offset + len(form)
            if (offset == 0 or not body[offset - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
                found.append(offset)
            offset = body.find(form, end, stop)
    return found


def cue_after(cues: CueIndex, close: int, limit: int) -> Cue | None:
    """A cue that starts right after the closing mark: "...,” he said" or "...,” said X"."""
    body = cues.body
    limit = min(limit, len(body))
    start = close + 1
    while start < limit and (body[start].isspace() or body[start] in ",—–-"):
        start += 1
    end = min(limit, start + 160)
    stop = _CLAUSE_END.search(body, start, end)
    cue = cues.first_between(start, stop.start() if stop else end)
    if cue and cue.start == start and cue.kind in ("finite", "according") and cue.subject:
        if cue.subject.split(" ", 1)[0] in _RELATIVES:
            return None  # "was “at least twice” what the agency announced": a clause of the sentence
        return cue
    return None


#: Words opening a clause that the quote's sentence holds: what follows them is no cue of the quote.
_RELATIVES = frozenset(("what", "which", "whatever"))


def cue_before(index: CueIndex, open_: int, floor: int) -> Cue | None:
    """The last cue before the opening mark, with only its complement between them."""
    body = index.body
    cues = index.between(floor, open_)
    if not cues or cues[-1].kind == "describing":
        return None  # "..., while X called for “calm”": the describing verb's, found with the sentence's cues
    cue = cues[-1]
    between = body[cue.end : open_]
    if not _SENTENCE_STOPS.isdisjoint(between) or len(between.split()) > 10:
        return None
    if cue.kind == "participle":
        finite = [c for c in cues[:-1] if c.kind == "finite" and c.subject]
        return Cue(cue.start, cue.end, finite[-1].subject, finite[-1].subject_start, "participle") if finite else cue
    return cue if cue.subject else None


def sentence_cues(index: CueIndex, start: int, end: int, offset: int) -> list[Cue]:
    """The cues of a sentence, best first: "according to X" (unless it follows ``offset`` in
    another clause), then the nearest before ``offset``, then those after it."""
    window = index.between(max(start, offset - WINDOW - CUE_REACH), min(end, offset + WINDOW))
    cues = [c for c in window if c.subject]
    before = [c for c in cues if c.start < offset]
    after = [c for c in cues if c.start >= offset]
    # "..., which according to the regulator affect 120 points": a later "according to" after
    # a clause break attributes that clause, not the quote; it ranks with the other cues.
    according = [
        c for c in cues
        if c.kind == "according" and not (c.start > offset and CLAUSE_BREAK.search(index.body, offset, c.start))
    ]
    return according + before[::-1] + after
