"""Quotations and their speakers.

Quotes are found per paragraph over ``article.body`` (a quote may cross sentence boundaries)
and mapped to the sentence where they open. Three steps, each recovering locally:

1. **Marks.** Straight and curly double marks, «guillemets» and „low-high“ marks are paired
   with a small stack, reading each mark's *position* rather than its shape, because copy gets
   the shape wrong (``shortly, “added the president`` closes with an opening mark; ``the end
   ”, he said`` has a space before the closer). A double mark met while a double quote is open
   closes it. Single marks are paired in a second pass outside the double quotes, and only
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
   kept as written without "the" ("Interior Ministry"). Unresolved speakers stay ``None``.

Knowingly missed: quotes whose opening and closing marks are both missing, speakers named
only in a later paragraph, and cues in reported speech without a reporting verb ("For
Smith, ..."). Runs in linear time: every mark is looked at a bounded number of times and
every cue search reads a window of fixed size.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from generator.lexicon import (
    DESCRIBING_VERBS,
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
_OPEN_SHAPES = "“„‟«‹‘‚‛"
_SPACE_BEFORE = "([{—–-/"
_SPACE_AFTER = ",.;:!?)]}…—–"
_ELISION = re.compile(r"(?:em|n|til|cause|bout|tis|twas|\d\d)s?\b", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’\-]+|[^\w\s]")
_BOUNDARY = frozenset(",;:.!?()[]" + _MARKS) | {"—", "–"}
_END = frozenset(".!?;") | set(_MARKS)
_PRONOUNS = frozenset("he she it they we i".split())
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
_OPINION = re.compile(r"\bin (his|her) (?:opinion|view|words)\b", re.IGNORECASE)
_MAX_SUBJECT = 9
_WINDOW = 240
_CLAUSE_WORDS = 5


@dataclass(frozen=True)
class _Span:
    """Where a quotation's marks and words sit in the body."""

    open: int
    close: int
    text_start: int
    text_end: int
    paragraph: int
    continues: bool = False
    """The quote runs on into the next paragraph (no closing mark here)."""
    continued: bool = False
    """The quote runs on from the previous paragraph."""


@dataclass(frozen=True)
class _Cue:
    """A reporting cue: "he said", "said the president", "according to the ministry"."""

    start: int
    end: int
    subject: str | None
    subject_start: int
    kind: str
    """"finite", "participle", "according", "describing" or "opinion"."""


def extract_quotes(article: Article, people: tuple[Person, ...] = ()) -> tuple[Quote, ...]:
    """Every quotation in reading order, full and partial, with its speaker when the article says."""
    body = article.body
    spans = _find_spans(body, article)
    speakers = SpeakerIndex(article, people)
    starts = [s.start for s in article.sentences]
    drafts = []
    for index, span in enumerate(spans):
        sentence = _sentence_index(starts, span.open)
        kind = _kind(body, article, span, sentence, spans[index - 1] if index else None)
        if kind:
            drafts.append((span, sentence, kind))
    return tuple(_attribute(body, article, speakers, drafts))


# 1. Marks -------------------------------------------------------------------------------------


def _find_spans(body: str, article: Article) -> list[_Span]:
    spans: list[_Span] = []
    paragraphs = article.paragraphs
    continued = False
    for number, paragraph in enumerate(paragraphs):
        following = paragraphs[number + 1].start if number + 1 < len(paragraphs) else None
        runs_on = following is not None and _opens_with_mark(body, following)
        found = _paragraph_spans(body, paragraph.start, paragraph.end, number, runs_on)
        if continued and found and found[0].open == paragraph.start:
            found[0] = _replace(found[0], continued=True)
        continued = bool(found) and found[-1].continues
        spans += found
    return spans


def _replace(span: _Span, **changes: object) -> _Span:
    from dataclasses import replace

    return replace(span, **changes)


def _opens_with_mark(body: str, start: int) -> bool:
    return start < len(body) and body[start] in _MARKS and body[start] not in "”»›’"


def _paragraph_spans(body: str, start: int, end: int, number: int, runs_on: bool) -> list[_Span]:
    doubles = _double_spans(body, start, end, number, runs_on)
    singles = _single_spans(body, start, end, number, runs_on, doubles)
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


def _double_spans(body: str, start: int, end: int, number: int, runs_on: bool) -> list[_Span]:
    """Pair double marks and guillemets; a double mark inside an open double quote closes it."""
    spans: list[_Span] = []
    stack: list[tuple[str, int]] = []
    seen_mark = False

    def close(family: str, index: int) -> None:
        while stack:
            kind, opened = stack.pop()
            if kind == family:
                if not stack:
                    spans.append(_span(body, opened, index, number))
                return

    for match in _DOUBLE.finditer(body, start, end):
        index, mark = match.start(), match.group()
        if mark in "«‹":
            stack.append(("angle" if mark == "«" else "single-angle", index))
        elif mark in "»›":
            family = "angle" if mark == "»" else "single-angle"
            if any(kind == family for kind, _ in stack):
                close(family, index)
        else:
            flank = _flank(body, index, start, end)
            if any(kind == "double" for kind, _ in stack):
                close("double", index)
            elif flank in ("left", "both") or (flank == "none" and mark in _OPEN_SHAPES):
                stack.append(("double", index))
            elif flank == "right" and not seen_mark and not spans:
                if _cue_after(body, index, end):  # "We won,” he said: the opener is missing
                    spans.append(_replace(_span(body, start - 1, index, number), open=start))
        seen_mark = True
    if stack:
        opened = stack[0][1]
        spans.append(_span(body, opened, end, number, continues=runs_on))
    return spans


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
    body: str, article: Article, span: _Span, sentence: int, previous: _Span | None
) -> str | None:
    """"full", "partial", or None for what is no quotation at all (titles, nicknames, noise)."""
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
        return "full" if _stands_alone(body, span) else "partial"
    if before.endswith(":"):
        return "full"
    if before.endswith(",") and _cues(body, floor, span.open):
        return "full"
    if last == "that" or last in REPORTING_VERBS or last in REPORTING_PARTICIPLES:
        if _cues(body, floor, span.open) and _is_clause(body, span, text):
            return "full"
    return "partial"


def _is_title(body: str, span: _Span, last: str, words: list[str]) -> bool:
    """A work's title after its noun or a title cue, or a nickname between two names."""
    if last in TITLE_CUES or last in WORK_NOUNS:
        return True
    if last == "called" and len(words) > 1 and words[-2].lower().strip(",") in WORK_NOUNS | {"a", "an"}:
        return True
    after = body[span.close + 1 : span.close + 3]
    nickname = bool(words) and words[-1][:1].isupper() and after[:1] == " " and after[1:2].isupper()
    return nickname and not words[-1].endswith((",", ":", "."))


def _stands_alone(body: str, span: _Span) -> bool:
    """A sentence-opening quote is a term ("“Bandits” was the word") if the sentence runs on."""
    text = body[span.text_start : span.text_end]
    if span.continues or span.continued or text[-1:] in ".!?…," or len(text.split()) >= _CLAUSE_WORDS:
        return True
    rest = body[span.close + 1 : span.close + 80].lstrip()
    return not rest or rest[0] in ",.!?;:—–" or _cue_after(body, span.close, span.close + 80) is not None


def _is_clause(body: str, span: _Span, text: str) -> bool:
    """A whole clause quoted after "that", running to the end of the reporter's sentence."""
    if len(text.split()) < _CLAUSE_WORDS:
        return False
    rest = body[span.close + 1 : span.close + 3].lstrip()
    return text[-1:] in ".!?" or not rest or rest[0] in ".!?"


# 3. Speaker -----------------------------------------------------------------------------------


def _tokens(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(body, start, end)]


def _cues(body: str, start: int, end: int) -> list[_Cue]:
    """Every reporting cue between ``start`` and ``end``, with its subject when it has one."""
    tokens = _tokens(body, start, end)
    cues = []
    for index, (word, begin, stop) in enumerate(tokens):
        lower = word.lower()
        if lower == "according" and index + 1 < len(tokens) and tokens[index + 1][0] == "to":
            subject = _subject_after(body, tokens, index + 2)
            cues.append(_Cue(begin, subject[2] if subject else tokens[index + 1][2], subject and subject[0], subject[1] if subject else begin, "according"))
        elif lower in REPORTING_PARTICIPLES:
            cues.append(_Cue(begin, stop, None, begin, "participle"))
        elif lower in REPORTING_VERBS or lower in DESCRIBING_VERBS:
            kind = "finite" if lower in REPORTING_VERBS else "describing"
            subject = _subject_before(body, tokens, index)
            if subject:
                cues.append(_Cue(subject[1], stop, subject[0], subject[1], kind))
                continue
            subject = _subject_after(body, tokens, index + 1)
            if subject and kind == "finite":
                cues.append(_Cue(begin, subject[2], subject[0], subject[1], "finite"))
    for match in _OPINION.finditer(body, start, end):
        cues.append(_Cue(match.start(), match.end(), match.group(1), match.start(1), "opinion"))
    return sorted(cues, key=lambda cue: cue.start)


def _np_like(word: str) -> bool:
    lower = word.lower()
    if lower in _SUBJECT_STOPS:
        return False
    return lower in _PRONOUNS or lower in _DETERMINERS or word[:1].isupper() or word[:1].isdigit()


def _subject_before(
    body: str, tokens: list[tuple[str, int, int]], verb: int
) -> tuple[str, int, int] | None:
    """The noun phrase right before a verb, back to a comma ("In a statement, the ministry said")."""
    stop = verb
    while stop > 0 and tokens[stop - 1][0].lower() in _TRAILING:
        stop -= 1
    first = stop
    while first > 0 and stop - first < _MAX_SUBJECT and tokens[first - 1][0] not in _BOUNDARY:
        first -= 1
    if first == stop or (first > 0 and tokens[first - 1][0] not in _BOUNDARY):
        return None
    words = [w for w, _, _ in tokens[first:stop]]
    cut = next((i for i, w in enumerate(words) if w.lower() in _SUBJECT_STOPS and i), len(words))
    if not _np_like(words[0]) or cut == 0:
        return None
    return body[tokens[first][1] : tokens[first + cut - 1][2]], tokens[first][1], tokens[first + cut - 1][2]


def _subject_after(
    body: str, tokens: list[tuple[str, int, int]], start: int
) -> tuple[str, int, int] | None:
    """The noun phrase after an inverted verb or "according to" ("said the president")."""
    stop = start
    while (
        stop < len(tokens)
        and stop - start < _MAX_SUBJECT
        and tokens[stop][0] not in _BOUNDARY
        and (stop == start or tokens[stop][0].lower() not in _SUBJECT_STOPS)
    ):
        stop += 1
    if stop == start or not _np_like(tokens[start][0]):
        return None
    return body[tokens[start][1] : tokens[stop - 1][2]], tokens[start][1], tokens[stop - 1][2]


def _cue_after(body: str, close: int, limit: int) -> _Cue | None:
    """A cue that starts right after the closing mark: "...,” he said" or "...,” said X"."""
    start = close + 1
    while start < limit and (body[start].isspace() or body[start] in ",—–-"):
        start += 1
    end = min(limit, start + 160)
    for index in range(start, end):
        if body[index] in _END:
            end = index
            break
    for cue in _cues(body, start, end):
        if cue.start == start and cue.kind in ("finite", "according") and cue.subject:
            return cue
        return None
    return None


def _cue_before(body: str, open_: int, floor: int) -> _Cue | None:
    """The last cue before the opening mark, with only its complement between them."""
    cues = [c for c in _cues(body, floor, open_) if c.kind != "describing"]
    if not cues:
        return None
    cue = cues[-1]
    between = body[cue.end : open_]
    if any(c in ".!?;" for c in between) or len(between.split()) > 10:
        return None
    if cue.kind == "participle":
        finite = [c for c in cues[:-1] if c.kind == "finite" and c.subject]
        return _Cue(cue.start, cue.end, finite[-1].subject, finite[-1].subject_start, "participle") if finite else None
    return cue if cue.subject else None


def _sentence_cue(body: str, start: int, end: int, offset: int) -> _Cue | None:
    """The cue of a sentence nearest before ``offset`` ("according to X" first), else after it."""
    cues = [c for c in _cues(body, max(start, offset - _WINDOW), min(end, offset + _WINDOW)) if c.subject]
    according = [c for c in cues if c.kind == "according"]
    if according:
        return according[0]
    before = [c for c in cues if c.start < offset]
    if before:
        return before[-1]
    return cues[0] if cues else None


def _attribute(body, article, speakers: SpeakerIndex, drafts) -> list[Quote]:
    """Speakers for every quote, in reading order, so that "he" follows the story."""
    found: list[tuple[_Cue | None, str | None, str | None]] = []
    for number, (span, sentence, kind) in enumerate(drafts):
        cue = _direct_cue(body, article, drafts, number)
        if cue is None and kind == "full":
            cue = _neighbour_cue(body, article, drafts, number, found)
        if cue is None and kind == "partial":
            s = article.sentences[sentence]
            cue = _sentence_cue(body, s.start, s.end, span.open)
        if isinstance(cue, tuple):
            found.append(cue)
            continue
        speaker, role = speakers.resolve(cue.subject, cue.subject_start) if cue and cue.subject else (None, None)
        if speaker and kind == "full":
            speakers.note(speaker, span.open)
        found.append((cue, speaker, role))
    found = _share_across_paragraphs(drafts, found)
    quotes = []
    for (span, sentence, kind), (cue, speaker, role) in zip(drafts, found):
        quotes.append(
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
        )
    return quotes


def _direct_cue(body, article, drafts, number) -> _Cue | None:
    span, sentence, kind = drafts[number]
    paragraph = article.paragraphs[span.paragraph]
    limit = paragraph.end
    if number + 1 < len(drafts) and drafts[number + 1][0].paragraph == span.paragraph:
        limit = drafts[number + 1][0].open
    cue = _cue_after(body, span.close, limit) if span.close < paragraph.end else None
    if cue:
        return cue
    floor = max(article.sentences[sentence].start, span.open - _WINDOW, paragraph.start)
    if number and drafts[number - 1][0].close >= floor:
        floor = drafts[number - 1][0].close + 1
    return _cue_before(body, span.open, floor) if floor < span.open else None


def _neighbour_cue(body, article, drafts, number, found):
    """A full quote with no cue of its own: the quotes and sentences around it in its paragraph."""
    span, sentence, _ = drafts[number]
    if number and drafts[number - 1][0].paragraph == span.paragraph and found[number - 1][1]:
        return found[number - 1]
    later = number + 1
    if later < len(drafts) and drafts[later][0].paragraph == span.paragraph and drafts[later][2] == "full":
        cue = _direct_cue(body, article, drafts, later)
        if cue:
            return cue
    paragraph = article.paragraphs[span.paragraph]
    for index in (sentence - 1, sentence + 1):
        if 0 <= index < len(article.sentences):
            other = article.sentences[index]
            if other.paragraph == paragraph.number and not _holds_quote(drafts, other):
                cue = _sentence_cue(body, other.start, other.end, other.start)
                if cue and cue.kind in ("finite", "according"):
                    return cue
    if span.open <= paragraph.start and number and drafts[number - 1][0].paragraph == span.paragraph - 1:
        previous = found[number - 1]
        if previous[1] and drafts[number - 1][0].close >= article.paragraphs[span.paragraph - 1].end - 40:
            return previous
    return None


def _holds_quote(drafts, sentence) -> bool:
    return any(sentence.start <= span.open < sentence.end for span, _, _ in drafts)


def _share_across_paragraphs(drafts, found):
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
