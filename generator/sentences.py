"""Split a story into paragraphs and sentences, keeping offsets into the body.

Sentences are the anchors of the whole site, so the splitter is conservative: it would rather
keep two sentences together than cut one in the middle of "Mr. Smith", "Brig. Gen. Dana Pike"
(every abbreviated title of the lexicon) or "3.5 million".
It splits on punctuation only and ignores quotation marks, because real copy has unbalanced
marks and a quote may run over several sentences (quotes are found per paragraph, not per
sentence, and mapped back to the sentence where they open).
"""

from __future__ import annotations

import re

from generator.lexicon import ABBREVIATED_TITLES
from generator.model import Paragraph, Sentence

#: Words that end with a period without ending the sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt rev gen lt col maj capt cmdr sgt cpl adm gov sen rep pres
    supt insp det hon amb fr sen messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vs etc inc ltd corp co bros dept est approx fig al
    u.s u.k u.n e.u a.m p.m i.e e.g
    """.split()
).union(ABBREVIATED_TITLES)  # "Brig. Gen. Mark Hollis", "Pvt. Ann Lowe"

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_STARTS_SENTENCE = re.compile(r"\s+[\"'“‘«„(\[]?\s?[A-Z0-9À-ÖØ-Þ¿¡]")


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Paragraphs are separated by blank lines; their offsets skip surrounding whitespace."""
    paragraphs: list[Paragraph] = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        start, stop = _strip_span(body, position, end)
        if stop > start:
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, stop))
        if match:
            position = match.end()
    return tuple(paragraphs)


def split_sentences(body: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    """Sentences of every paragraph, numbered ``s1``, ``s2``... across the whole story."""
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for start, end in _sentence_spans(body, paragraph.start, paragraph.end):
            sentence_id = f"s{len(sentences) + 1}"
            sentences.append(Sentence(sentence_id, paragraph.number, body[start:end], start, end))
    return tuple(sentences)


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    for match in _END.finditer(text, start, end):
        if not _is_boundary(text, match, end):
            continue
        spans.append((position, match.end()))
        position = match.end()
        while position < end and text[position].isspace():
            position += 1
    if position < end:
        spans.append((position, end))
    return [span for span in (_strip_span(text, a, b) for a, b in spans) if span[1] > span[0]]


def _is_boundary(text: str, match: re.Match[str], end: int) -> bool:
    """A period ends a sentence unless it closes an abbreviation or an initial."""
    if not _STARTS_SENTENCE.match(text, match.end(), end):
        return False
    punctuation = match.group()
    if punctuation.startswith(".") and len(punctuation.rstrip("\"'”’»)]")) == 1:
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
        if before:
            word = before.group(1).lower()
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                return False
    return True


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
