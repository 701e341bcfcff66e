"""Quotations and their speakers.

Quotes are found per paragraph over ``article.body`` (a quote may cross sentence boundaries)
and mapped to the sentence where they open. Three steps, each recovering locally:

1. **Marks.** Straight and curly double marks, «guillemets» and „low-high“ marks are paired
   with a small stack, reading each mark's *position* rather than its shape, because copy gets
   the shape wrong (``shortly, “added the president`` closes with an opening mark; ``the end
   ”, he said`` has a space before the closer). A double mark met while a double quote is open
   closes it; if it also opens the next sentence ("“One. “Two,” he said") it closes one quote
   and opens the next, the first ending before any cue inside it. Single marks are paired in a second pass outside the double quotes, and only
   when they flank words, so apostrophes (don't, the ministers') are left alone. A quote left
   open runs on into the next paragraph when that one opens with a mark (each paragraph gives
   its own quote, so that every text stays verbatim); otherwise it ends with its paragraph. A
   closer with no opener followed by a cue ("We won,” he said.) opens at the paragraph start.
2. **Kind.** A quote is *full* when it stands as the speaker's own sentence: it opens the
   sentence, follows a cue and a colon or comma ("X said: “...”"), or is a whole clause after
   "that" running to the end of the sentence ("adding that “terrorists continue to ...”", at
   least five words). Anything else woven into the reporter's sentence is *partial*, scare
   quotes included ("whom it described as “bandits”"). Titles of works ("the film “Dune”",
   "a report titled “...”") and nicknames (Joaquín “El Chapo” Guzmán) are not quotes.
3. **Speaker.** The cue right after the quote ("...,” he said", "...,” said X"), then the cue
   right before it ("X said: “...”", "According to X, “...”"); then, for a full quote, the
   quote before or after it in the same paragraph, a cue in the previous or next sentence of
   the paragraph, and the last speaker of the previous paragraph when the quote opens its
   paragraph. A partial quote takes the cue of its own sentence only. Cue subjects resolve
   through :class:`generator.people.SpeakerIndex` (names, "he", "the president"); bodies are
   kept as written without "the" ("Interior Ministry"). Someone described but not named ("a
   police spokesman said") is speaker ``None`` with that description as role. After a quote
   ending in a full stop, the words that follow start a new sentence and are not its cue; the
   object of "told" ("told Reuters") is a listener, never a speaker. Unresolved speakers stay
   ``None``: a quote with a cue that resolves to nobody never borrows a neighbour's speaker.

Knowingly missed: quotes whose opening and closing marks are both missing, speakers named
only in a later paragraph, and cues in reported speech without a reporting verb ("For
Smith, ..."). Runs in linear time: every mark is looked at a bounded number of times and
every cue search reads a window of fixed size.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice
from typing import NamedTuple

from generator.lexicon import (
    DESCRIBING_VERBS,
    DOCUMENT_NOUNS,
    TITLES,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    TITLE_CUES,
    WORK_NOUNS,
)
from generator.model import Article, Person, Quote
from generator.people import SpeakerIndex

_DOUBLE = re.compile("[\"“”„‟«»‹›]")
_SINGLE = re.compile("['‘’‚‛]")
_MARKS = "\"“”„‟«»‹›'‘’‚‛"
_ANY_MARK = re.compile(f"[{_MARKS}]")
_OPEN_SHAPES = "“„‟«‹‘‚‛"
_SPACE_BEFORE = "([{—–-/"
_SPACE_AFTER = ",.;:!?)]}…—–"
_ELISION = re.compile(r"(?:em|n|til|cause|bout|tis|twas|\d\d)s?\b", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’\-]+|[^\w\s]")
_BOUNDARY = frozenset(",;:.!?()[]" + _MARKS) | {"—", "–"}
#: Where the words after a closing mark stop being its cue: a sentence end (not "Mr." or
#: "U.S."), a semicolon or a quotation mark that is no apostrophe. Every branch opens with
#: the mark itself and looks behind it afterwards, so that the search skips to candidate
#: marks at C speed instead of trying the lookbehinds at every character.
_CLAUSE_END = re.compile(
    r"[.!?;](?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bMrs.)(?<!\bGen.)(?<!\bSen.)(?<!\bRep.)"
    r"(?<!\bGov.)(?<!\b[A-Z].)|[\"“”„‟«»‹›‘‚‛]|['’](?<!\w.)|['’](?!\w)"
)
_DETERMINERS = frozenset("the a an one two three several some many his her its their our".split())
_SUBJECT_STOPS = frozenset(
    """
    in on at during after before to from with while when as who which whose that via through
    for since because but and adding saying late early last this yesterday today
    """.split()
)
_TRAILING = frozenset(
    """
    also later then has had have was is would will previously once earlier further again
    recently repeatedly reportedly quickly however simply just later
    """.split()
)
#: Words that make a would-be subject a clause ("who must be destroyed", "it was").
_NOT_SUBJECTS = frozenset(
    """
    and but or so then if is was were are be been being has have had will would can could
    must should may might do does did not no never who which where there here
    """.split()
)
#: Texts that speak for a body: "according to a statement from the ministry".
_OPINION = re.compile(r"\bin (his|her) (?:opinion|view|words)\b", re.IGNORECASE)
_MAX_SUBJECT = 9
_WINDOW = 240
_CLAUSE_WORDS = 5
_MAX_COMMAS = 6
_CUE_REACH = 120
_SHORT_REACH = 56
_TINY_REACH = 32
_MAX_APPOSITION = 14
_MAX_CLAUSE = 30
_NOTED_PARAGRAPHS = 3
_HARD_BOUNDARY = _BOUNDARY - {","}
_ADDRESSING = frozenset("told tells tell urged urges".split())
_PRONOUN_WORDS = frozenset("he she it they we i you his her their its".split())
_CONJUNCTIONS = frozenset("and but so yet then also".split())
_FOLLOWING = re.compile(r"\s+(\w+)")
_SENTENCE_STOPS = frozenset(".!?;")
#: Words that are cues only with the word after them.
_PARTICLE = {"according": "to", "put": "it", "pointed": "out"}
_CUE_WORDS = REPORTING_VERBS | REPORTING_PARTICIPLES | DESCRIBING_VERBS | set(_PARTICLE)
#: Lower-case words as long as the shortest cue word: shorter ones ("a", "of") are never cues.
_CUE_WORD = re.compile(r"[a-z]{%d,}" % min(map(len, _CUE_WORDS)))


class _Span(NamedTuple):
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


class _Cue(NamedTuple):
    """A reporting cue: "he said", "said the president", "according to the ministry"
    (a named tuple, like :class:`_Span`: every cue word of a paragraph read builds one)."""

    start: int
    end: int
    subject: str | None
    subject_start: int
    kind: str
    """"finite", "participle", "according", "describing" or "opinion"."""


def extract_quotes(article: Article, people: tuple[Person, ...] = ()) -> tuple[Quote, ...]:
    """Every quotation in reading order, full and partial, with its speaker when the article says."""
    body = article.body
    cues = _CueIndex(body, article)
    spans = _find_spans(cues, article)
    starts = [s.start for s in article.sentences]
    drafts = []
    for index, span in enumerate(spans):
        sentence = _sentence_index(starts, span.open)
        kind = _kind(cues, article, span, sentence, spans[index - 1] if index else None)
        if kind:
            drafts.append((span, sentence, kind))
    if not drafts:
        return ()  # a story without quotes never indexes its speakers
    found = _Attributor(cues, article, SpeakerIndex(article, people), drafts).run()
    return tuple(
        Quote(
            text=body[span.text_start : span.text_end],
            speaker=speaker,
            kind=kind,
            attribution=body[cue.start : cue.end] if cue else None,
            sentence=article.sentences[sentence].id,
            role=role,
            start=span.text_start,
            end=span.text_end,
        )
        for (span, sentence, kind), (cue, speaker, role) in zip(drafts, found)
    )


# 1. Marks -------------------------------------------------------------------------------------


def _find_spans(cues: _CueIndex, article: Article) -> list[_Span]:
    body = cues.body
    spans: list[_Span] = []
    paragraphs = article.paragraphs
    continued = False
    marks = [m.start() for m in _ANY_MARK.finditer(body)]  # one pass: most paragraphs have none
    for number, paragraph in enumerate(paragraphs):
        first_mark = bisect.bisect_left(marks, paragraph.start)
        if first_mark == len(marks) or marks[first_mark] >= paragraph.end:
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
    return start < len(body) and body[start] in _MARKS and body[start] not in "”»›’"


def _paragraph_spans(cues: _CueIndex, start: int, end: int, number: int, runs_on: bool) -> list[_Span]:
    body = cues.body
    # Most paragraphs hold no double mark, and many no single one: skip the pairing there.
    doubles = _double_spans(cues, start, end, number, runs_on) if _DOUBLE.search(body, start, end) else []
    singles = _single_spans(body, start, end, number, runs_on, doubles) if _SINGLE.search(body, start, end) else []
    if not singles:
        return sorted(doubles, key=lambda span: span.open)
    kept = [d for d in doubles if not any(s.open < d.open and d.close < s.close for s in singles)]
    return sorted(kept + singles, key=lambda span: span.open)


def _flank(body: str, index: int, start: int, end: int) -> str:
    """How a mark sits between its neighbours: "left" (opens), "right" (closes), "both", "none"."""
    before = body[index - 1] if index > start else " "
    if before in _MARKS and index - 1 > start:
        before = body[index - 2]
    after = body[index + 1] if index + 1 < end else " "
    if after in _MARKS and index + 2 < end:
        after = body[index + 2]
    spaced_before = before.isspace() or before in _SPACE_BEFORE or before in _MARKS
    spaced_after = after.isspace() or after in _SPACE_AFTER or after in _MARKS
    if spaced_before:
        return "none" if spaced_after else "left"
    return "right" if spaced_after else "both"


def _double_spans(cues: _CueIndex, start: int, end: int, number: int, runs_on: bool) -> list[_Span]:
    """Pair double marks and guillemets; a double mark inside an open double quote closes it."""
    body = cues.body
    spans: list[_Span] = []
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

    marks = [(m.start(), m.group()) for m in _DOUBLE.finditer(body, start, end)]
    flanks = [_flank(body, index, start, end) for index, _ in marks]
    last_right = max((i for (i, _), f in zip(marks, flanks) if f == "right"), default=-1)
    for position, ((index, mark), flank) in enumerate(zip(marks, flanks)):
        if mark in "«‹":
            push("angle" if mark == "«" else "single-angle", index)
        elif mark in "»›":
            family = "angle" if mark == "»" else "single-angle"
            if open_count[family]:
                close(family, index)
        elif open_count["double"]:
            reopens = flank == "left" and index < last_right and _after_sentence_end(body, index, start)
            close("double", index, suspect=reopens)
            if reopens:
                push("double", index)  # “A. “B,” he said: the first closer is missing
        elif flank in ("left", "both") or (flank == "none" and mark in _OPEN_SHAPES):
            push("double", index)
        elif flank == "right" and position == 0 and _cue_after(cues, index, end):
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


def _cue_inside(cues: _CueIndex, opened: int, end: int) -> int | None:
    """Where an unclosed quote should have closed: before ", he said" (first few commas only)."""
    comma = opened
    for _ in range(_MAX_COMMAS):
        comma = cues.body.find(",", comma + 1, end)
        if comma == -1:
            return None
        if _cue_after(cues, comma, end):
            return comma
    return None


def _single_spans(
    body: str, start: int, end: int, number: int, runs_on: bool, doubles: list[_Span]
) -> list[_Span]:
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
    spans: list[_Span] = []
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


def _span(body: str, opened: int, closed: int, number: int, *, continues: bool = False) -> _Span:
    """Trim the words between the marks: spaces, and a trailing comma that is the reporter's."""
    text_start, text_end = opened + 1, closed
    while text_start < text_end and body[text_start].isspace():
        text_start += 1
    while text_end > text_start and (body[text_end - 1].isspace() or body[text_end - 1] in ",:"):
        text_end -= 1
    return _Span(opened, closed, text_start, text_end, number, continues=continues)


# 2. Kind --------------------------------------------------------------------------------------


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _kind(
    cues: _CueIndex, article: Article, span: _Span, sentence: int, previous: _Span | None
) -> str | None:
    """"full", "partial", or None for what is no quotation at all (titles, nicknames, noise)."""
    body = cues.body
    text = body[span.text_start : span.text_end]
    if not any(c.isalnum() for c in text):
        return None
    floor = max(article.sentences[sentence].start, span.open - _WINDOW)
    if previous and previous.close >= floor:
        floor = previous.close + 1
    before = body[floor : max(floor, span.open)].rstrip()
    words = before.split()
    last = words[-1].lower().strip(",:") if words else ""
    if _is_title(body, span, last, words):
        return None
    if span.continued or span.continues or not before:
        return "full" if _stands_alone(cues, span) else "partial"
    if before.endswith(":"):
        return "full"
    if before.endswith(",") and cues.between(floor, span.open):
        return "full"
    if last == "that" or last in REPORTING_VERBS or last in REPORTING_PARTICIPLES:
        if cues.between(floor, span.open) and _is_clause(body, span, text):
            return "full"
    return "partial"


def _is_title(body: str, span: _Span, last: str, words: list[str]) -> bool:
    """A work's title after its noun or a title cue, or a nickname between two names."""
    if last in TITLE_CUES:
        return True
    unpunctuated = bool(words) and words[-1][-1:].isalnum()
    if last in WORK_NOUNS and unpunctuated and body[span.text_start : span.text_start + 1].isupper():
        return True
    if last == "called" and len(words) > 1 and words[-2].lower().strip(",") in WORK_NOUNS | {"a", "an"}:
        return True
    after = body[span.close + 1 : span.close + 3]
    nickname = bool(words) and words[-1][:1].isupper() and after[:1] == " " and after[1:2].isupper()
    return nickname and not words[-1].endswith((",", ":", "."))


def _stands_alone(cues: _CueIndex, span: _Span) -> bool:
    """A sentence-opening quote is a term ("“Bandits” was the word") if the sentence runs on."""
    body = cues.body
    text = body[span.text_start : span.text_end]
    inside = body[span.text_start : span.close].rstrip()
    if span.continues or span.continued or inside[-1:] in ".!?…," or len(text.split()) >= _CLAUSE_WORDS:
        return True
    rest = body[span.close + 1 : span.close + 80].lstrip()
    return not rest or rest[0] in ",.!?;:—–" or _cue_after(cues, span.close, span.close + 80) is not None


def _is_clause(body: str, span: _Span, text: str) -> bool:
    """A whole clause quoted after "that", running to the end of the reporter's sentence."""
    if len(text.split()) < _CLAUSE_WORDS:
        return False
    rest = body[span.close + 1 : span.close + 3].lstrip()
    return text[-1:] in ".!?" or not rest or rest[0] in ".!?"


# 3. Speaker -----------------------------------------------------------------------------------


def _tokens(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(body, start, end)]


def _tokens_after(body: str, stop: int, ceiling: int, count: int) -> list[tuple[str, int, int]]:
    """The first ``count`` tokens of the words after a verb, within reach: all that
    :func:`_subject_after` reads (a subject has at most ``_MAX_SUBJECT`` words)."""
    found = islice(_TOKEN.finditer(body, stop, min(ceiling, stop + _CUE_REACH)), count)
    return [(m[0], m.start(), m.end()) for m in found]


class _CueIndex:
    """The reporting cues of the article ("he said", "said X", "according to X").

    Cues are read per paragraph, the first time a quote asks about that paragraph, so that a
    story full of reported speech but with few quotes costs little; cue words are located
    with fast string searches, and only for the words a C-speed first pass saw there.
    """

    def __init__(self, body: str, article: Article) -> None:
        self.body = body
        self._paragraphs = article.paragraphs
        self._paragraph_starts = [p.start for p in article.paragraphs]
        self._read: dict[int, tuple[list[int], list[_Cue]]] = {}

    def paragraph(self, number: int) -> list[_Cue]:
        """The cues of one paragraph (0-based), read on first use."""
        if number not in self._read:
            body, paragraph = self.body, self._paragraphs[number]
            start, end = paragraph.start, paragraph.end
            lowered = body[start:end].lower()
            present = _CUE_WORDS.intersection(_CUE_WORD.findall(lowered))
            verbs = sorted(o for word in present for o in _occurrences(body, word, start, end))
            cues = [_cue_at(body, verb, start, end) for verb in verbs]
            cues = [cue for cue in cues if cue]
            if "n h" in lowered:  # "in his opinion", "In Her words": nothing else can match
                cues += [
                    _Cue(m.start(), m.end(), m.group(1), m.start(1), "opinion")
                    for m in _OPINION.finditer(body, start, end)
                ]
            cues.sort(key=lambda cue: cue.start)
            self._read[number] = ([cue.start for cue in cues], cues)
        return self._read[number][1]

    def named_subjects(self, number: int) -> list[_Cue]:
        """Finite cues of a paragraph whose subject is not a pronoun ("X said the talks failed")."""
        return [
            cue for cue in self.paragraph(number)
            if cue.kind in ("finite", "according") and cue.subject and cue.subject.split()[0].lower() not in _PRONOUN_WORDS
        ]

    def between(self, start: int, end: int) -> list[_Cue]:
        """Cues lying wholly between two offsets, in reading order."""
        found: list[_Cue] = []
        number = max(0, bisect.bisect_right(self._paragraph_starts, start) - 1)
        while number < len(self._paragraphs) and self._paragraphs[number].start < end:
            self.paragraph(number)
            starts, cues = self._read[number]
            first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            found += [cue for cue in cues[first:last] if cue.end <= end]
            number += 1
        return found


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


def _cue_at(body: str, verb: int, floor: int, ceiling: int) -> _Cue | None:
    """The cue whose verb starts at ``verb``, read within its paragraph."""
    match = _TOKEN.match(body, verb)
    word, stop = match.group(), match.end()
    lower = word.lower()
    if lower in REPORTING_PARTICIPLES:
        return _Cue(verb, stop, None, verb, "participle")
    if lower in _PARTICLE:
        following = _FOLLOWING.match(body, stop, ceiling)
        if (following.group(1).lower() if following else "") != _PARTICLE[lower]:
            return None  # "according" without "to", "put" without "it", "pointed" without "out"
    if lower == "according":  # its subject always follows: the words before are never read
        tokens = [(word, verb, stop)] + _tokens_after(body, stop, ceiling, _MAX_SUBJECT + 1)
        subject = _subject_after(body, tokens, 2)
        return _Cue(verb, subject[2], subject[0], subject[1], "according") if subject else None
    kind = "describing" if lower in DESCRIBING_VERBS else "finite"
    for reach in (_TINY_REACH, _SHORT_REACH, _CUE_REACH):  # most subjects sit within a few words
        start = max(floor, verb - reach)
        tokens = [(".", start, start)] if start == floor else []  # the paragraph start is a boundary
        tokens += _tokens(body, start, verb)
        index = len(tokens)
        tokens.append((word, verb, stop))
        settled = start != floor and _settled(tokens, index)
        if reach == _TINY_REACH and start != floor and not settled:
            continue  # a subject found here might read on in a longer window: only a settled one is kept
        subject = _subject_before(body, tokens, index)
        if subject or start == floor or settled:
            break
    if subject:
        return _Cue(subject[1], stop, subject[0], subject[1], kind)
    if kind == "describing" or lower in _ADDRESSING:
        return None  # "told Reuters": whoever follows is the listener, not the speaker
    tokens += _tokens_after(body, stop, ceiling, _MAX_SUBJECT)
    subject = _subject_after(body, tokens, index + 1)
    return _Cue(verb, subject[2], subject[0], subject[1], "finite") if subject else None


def _np_like(words: list[str]) -> bool:
    """Could these words be the subject of a cue? Not a clause, not a bare determiner."""
    lowered = [w.lower() for w in words]
    if not lowered or lowered[0] in _SUBJECT_STOPS or not _NOT_SUBJECTS.isdisjoint(lowered):
        return False
    return not _DETERMINERS.issuperset(lowered)


def _subject_before(
    body: str, tokens: list[tuple[str, int, int]], verb: int
) -> tuple[str, int, int] | None:
    """The noun phrase before a verb: the words right before it, back to a comma ("In a
    statement, the ministry said"); past an apposition ("Fatima Zahra, 52, told", "X, the
    leader, said"); else the first words of the clause ("one soldier, who gave only his first
    name, told").
    """
    stop = verb
    while stop > 0 and tokens[stop - 1][0].lower() in _TRAILING:
        stop -= 1
    if stop > 0 and tokens[stop - 1][0] != ",":
        return _chunk_before(body, tokens, stop)
    reach = max(-1, stop - 2 - _MAX_APPOSITION)
    comma = next((i for i in range(stop - 2, reach, -1) if tokens[i][0] == ","), None)
    found = _chunk_before(body, tokens, comma) if comma is not None else None
    if found and not found[0].isdigit():  # keep the apposition: "The Minister of Health, Carolina Darias" names her
        return body[found[1] : tokens[stop - 2][2]], found[1], tokens[stop - 2][2]
    clause = next((i for i in range(stop - 1, max(-1, stop - _MAX_CLAUSE), -1) if tokens[i][0] in _HARD_BOUNDARY), None)
    if clause is None:
        return None
    comma = next((i for i in range(clause + 1, stop) if tokens[i][0] == ","), stop)
    return _chunk_before(body, tokens, comma)


def _settled(tokens: list[tuple[str, int, int]], verb: int) -> bool:
    """Whether a longer reach would find no subject either. With no comma right before the
    verb, :func:`_subject_before` reads back to punctuation or to the word limit; when that
    stops short of the window's first two tokens (the first may be a word cut in two, the
    second is read behind a period: "Mr."), a longer window reads the same tokens. Saves
    tokenising the longer reach for "...,” said X" and ", who added".
    """
    stop = verb
    while stop > 0 and tokens[stop - 1][0].lower() in _TRAILING:
        stop -= 1
    if stop == 0 or tokens[stop - 1][0] == ",":
        return False
    first = stop
    while first > 0 and stop - first < _MAX_SUBJECT and not _is_boundary(tokens, first - 1):
        first -= 1
    return first >= 3


def _is_boundary(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """Punctuation ends a subject, except the period of "Mr." or of an initial ("John F. Kennedy")."""
    if tokens[index][0] != ".":
        return tokens[index][0] in _BOUNDARY
    before = tokens[index - 1][0] if index else ""
    return not (before.lower() in TITLES or (len(before) == 1 and before.isupper()))


def _chunk_before(body: str, tokens: list[tuple[str, int, int]], stop: int) -> tuple[str, int, int] | None:
    """The words before token ``stop`` back to a boundary, if they can be a subject."""
    first = stop
    while first > 0 and stop - first < _MAX_SUBJECT and not _is_boundary(tokens, first - 1):
        first -= 1
    if first == stop or first == 0 or not _is_boundary(tokens, first - 1):
        return None
    while first < stop - 1 and tokens[first][0].lower() in _CONJUNCTIONS:
        first += 1  # "But Jason Furman ... warned"
    words = [w for w, _, _ in tokens[first:stop]]
    if not _np_like(words):
        return None
    return body[tokens[first][1] : tokens[stop - 1][2]], tokens[first][1], tokens[stop - 1][2]


def _subject_after(
    body: str, tokens: list[tuple[str, int, int]], start: int
) -> tuple[str, int, int] | None:
    """The noun phrase after an inverted verb or "according to" ("said the president").

    "a statement from the Foreign Ministry" runs on past "from" to the body behind the text.
    """
    stop = start
    while stop < len(tokens) and stop - start < _MAX_SUBJECT and tokens[stop][0] not in _BOUNDARY:
        word = tokens[stop][0].lower()
        if stop > start and word in _SUBJECT_STOPS:
            if not (word in ("from", "by", "of") and tokens[stop - 1][0].lower() in DOCUMENT_NOUNS):
                break
        stop += 1
    words = [w for w, _, _ in tokens[start:stop]]
    if not _np_like(words):
        return None
    return body[tokens[start][1] : tokens[stop - 1][2]], tokens[start][1], tokens[stop - 1][2]


def _cue_after(cues: _CueIndex, close: int, limit: int) -> _Cue | None:
    """A cue that starts right after the closing mark: "...,” he said" or "...,” said X"."""
    body = cues.body
    limit = min(limit, len(body))
    start = close + 1
    while start < limit and (body[start].isspace() or body[start] in ",—–-"):
        start += 1
    end = min(limit, start + 160)
    stop = _CLAUSE_END.search(body, start, end)
    for cue in cues.between(start, stop.start() if stop else end):
        if cue.start == start and cue.kind in ("finite", "according") and cue.subject:
            return cue
        return None
    return None


def _cue_before(index: _CueIndex, open_: int, floor: int) -> _Cue | None:
    """The last cue before the opening mark, with only its complement between them."""
    body = index.body
    cues = [c for c in index.between(floor, open_) if c.kind != "describing"]
    if not cues:
        return None
    cue = cues[-1]
    between = body[cue.end : open_]
    if not _SENTENCE_STOPS.isdisjoint(between) or len(between.split()) > 10:
        return None
    if cue.kind == "participle":
        finite = [c for c in cues[:-1] if c.kind == "finite" and c.subject]
        return _Cue(cue.start, cue.end, finite[-1].subject, finite[-1].subject_start, "participle") if finite else cue
    return cue if cue.subject else None


def _sentence_cues(index: _CueIndex, start: int, end: int, offset: int) -> list[_Cue]:
    """The cues of a sentence, best first: "according to X", then nearest before ``offset``."""
    window = index.between(max(start, offset - _WINDOW - _CUE_REACH), min(end, offset + _WINDOW))
    cues = [c for c in window if c.subject]
    before = [c for c in cues if c.start < offset]
    after = [c for c in cues if c.start >= offset]
    according = [c for c in cues if c.kind == "according"]
    return according + before[::-1] + after


Found = tuple[_Cue | None, str | None, str | None]
"""A quote's cue, speaker and role."""


class _Attributor:
    """Finds every quote's speaker in reading order, so that "he" follows the story."""

    def __init__(self, cues: _CueIndex, article: Article, speakers: SpeakerIndex, drafts) -> None:
        self.cues, self.body, self.article, self.speakers, self.drafts = cues, cues.body, article, speakers, drafts
        self.found: list[Found] = []
        self._noted: set[int] = set()

    def _note_reported_speech(self, paragraph: int) -> None:
        """ "X said the talks failed" makes X the one a later "he" means: note the paragraphs before."""
        for number in range(max(0, paragraph - _NOTED_PARAGRAPHS), paragraph + 1):
            if number not in self._noted:
                self._noted.add(number)
                for cue in self.cues.named_subjects(number):
                    speaker, _ = self.speakers.resolve(cue.subject, cue.subject_start)
                    if speaker:
                        self.speakers.note(speaker, cue.subject_start)

    def run(self) -> list[Found]:
        for number, (span, sentence, kind) in enumerate(self.drafts):
            self._note_reported_speech(span.paragraph)
            found = self._resolved(self._direct_cue(number))
            if found[0] and found[0].kind == "participle" and not found[1]:
                found = self._main_subject(found[0], sentence)
            if found[0] is None and kind == "full":  # an unresolved "he said" borrows nobody
                found = self._neighbour(number) or found
            if not found[1] and kind == "partial":
                s = self.article.sentences[sentence]
                found = self._first_resolved(_sentence_cues(self.cues, s.start, s.end, span.open)) or found
            if found[1] and kind == "full":
                self.speakers.note(found[1], span.open)
            self.found.append(found)
        return _share_across_paragraphs(self.drafts, self.found)

    def _main_subject(self, cue: _Cue, sentence: int) -> Found:
        """ "Tokayev spoke for an hour, adding that “...”": the person the sentence opens with."""
        person = self.speakers.first_person(self.article.sentences[sentence].start, cue.start)
        return (cue, person.name, person.role) if person else (cue, None, None)

    def _resolved(self, cue: _Cue | None) -> Found:
        if cue is None or cue.subject is None:
            return cue, None, None
        speaker, role = self.speakers.resolve(cue.subject, cue.subject_start)
        return cue, speaker, role

    def _first_resolved(self, cues: list[_Cue]) -> Found | None:
        for cue in cues:
            found = self._resolved(cue)
            if found[1]:
                return found
        return None

    def _direct_cue(self, number: int) -> _Cue | None:
        """The cue right after the quote, else right before it, in its own sentence."""
        body, article = self.body, self.article
        span, sentence, _ = self.drafts[number]
        paragraph = article.paragraphs[span.paragraph]
        limit = paragraph.end
        if number + 1 < len(self.drafts) and self.drafts[number + 1][0].paragraph == span.paragraph:
            limit = self.drafts[number + 1][0].open
        ended = self.body[span.text_start : span.close].rstrip()[-1:] == "."
        cue = _cue_after(self.cues, span.close, limit) if span.close < paragraph.end and not ended else None
        if cue:  # "“We won.” Smith said." is two sentences: the cue belongs to the next one
            return cue
        floor = max(article.sentences[sentence].start, span.open - _WINDOW, paragraph.start)
        if number and self.drafts[number - 1][0].close >= floor:
            floor = self.drafts[number - 1][0].close + 1
        return _cue_before(self.cues, span.open, floor) if floor < span.open else None

    def _neighbour(self, number: int) -> Found | None:
        """A full quote with no cue of its own: what stands around it in its paragraph."""
        body, article, drafts, found = self.body, self.article, self.drafts, self.found
        span, sentence, _ = drafts[number]
        paragraph = article.paragraphs[span.paragraph]
        same = [i for i in (number - 1, number + 1) if 0 <= i < len(drafts) and drafts[i][0].paragraph == span.paragraph]
        if number - 1 in same and (found[number - 1][0] or found[number - 1][1]):
            return found[number - 1]
        if number + 1 in same and drafts[number + 1][2] == "full":
            later = self._resolved(self._direct_cue(number + 1))
            if later[1]:
                return later
        colon = self._colon_speaker(span, sentence, paragraph)
        if colon:
            return colon
        for index in (sentence - 1, sentence + 1):
            if 0 <= index < len(article.sentences):
                other = article.sentences[index]
                if other.paragraph == paragraph.number and not _holds_quote(drafts, other):
                    cues = [c for c in _sentence_cues(self.cues, other.start, other.end, other.start) if c.kind in ("finite", "according")]
                    result = self._first_resolved(cues)
                    if result:
                        return result
        if span.open <= paragraph.start and span.paragraph:
            if number and drafts[number - 1][0].paragraph == span.paragraph - 1 and found[number - 1][1]:
                return found[number - 1]
            last = article.sentence_at(article.paragraphs[span.paragraph - 1].end - 1)
            if not _holds_quote(drafts, last):
                cues = [c for c in _sentence_cues(self.cues, last.start, last.end, last.end) if c.kind == "finite"]
                return self._first_resolved(cues)
        return None

    def _colon_speaker(self, span: _Span, sentence: int, paragraph) -> Found | None:
        """ "X had a message for Moscow: “...”": the first person named before the colon."""
        start = self.article.sentences[sentence].start
        if span.open <= paragraph.start and span.paragraph:
            start = self.article.sentence_at(self.article.paragraphs[span.paragraph - 1].end - 1).start
        before = self.body[start : span.open].rstrip()
        if not before.endswith(":"):
            return None
        person = self.speakers.first_person(start, span.open)
        return (None, person.name, person.role) if person else None


def _holds_quote(drafts, sentence) -> bool:
    return any(sentence.start <= span.open < sentence.end for span, _, _ in drafts)


def _share_across_paragraphs(drafts, found: list[Found]) -> list[Found]:
    """A quote running over several paragraphs has one speaker: the one any of its parts names."""
    found = list(found)
    chain: list[int] = []
    for number, (span, _, _) in enumerate(drafts):
        if span.continued and chain:
            chain.append(number)
        else:
            chain = [number]
        if not span.continues:
            known = next((found[i] for i in reversed(chain) if found[i][1]), None)
            if known and len(chain) > 1:
                for i in chain:
                    if not found[i][1]:
                        found[i] = known
    return found
