"""Split a story into paragraphs and sentences, keeping offsets into the body.

Sentences are the anchors of the whole site, so the splitter is conservative: it would rather
keep two sentences together than cut one in the middle of "Mr. Smith", "Brig. Gen. Dana Pike"
(every abbreviated title of the lexicon), "John F. Kennedy" or "3.5 million". A lone capital
after a lower-case word ends a sentence when a quotation mark, pronoun or article follows
("said in a post on X. “We ...”"); knowingly missed: the same before any other word ("on X.
Prices fell"), which is kept together as an initial.
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

#: A paragraph: from a non-space character, the lines that follow until a blank one (a line of
#: spaces and tabs only, or none) or the end; its lines are read by runs, not character by character.
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")
#: A sentence end: terminal punctuation (group 1: all but its first character), optional
#: closing quotes/brackets, then whitespace (group 2, up to the next sentence) and the capital
#: or digit a sentence opens with. The look-behind starts a match only where a run of
#: punctuation starts (no end can start inside one that its start could not), so a long run
#: is read once, not once per character.
_END_AFTER_FIRST = r"(?<![.!?…].)([.!?…]*)[\"'”’»)\]]*(?=(\s+)[\"'“‘«„(\[]?\s?[A-Z0-9À-ÖØ-Þ¿¡])"
#: The first character stands alone, not under "+": a leading character class lets the regex
#: engine skip to its members, and a leading full stop (in a story with no "!", "?" or "…",
#: the most common) to the next full stop faster still.
_END = re.compile("[.!?…]" + _END_AFTER_FIRST)
_FULL_STOP_END = re.compile(r"\." + _END_AFTER_FIRST)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
#: A lone capital after a lower-case word ("said in a post on X.", "called it plan B."), then
#: what only a new sentence opens with: a quotation mark or a pronoun or article. An initial
#: sits inside a name ("John F. Kennedy", "according to J. Smith"), before another name word.
_LETTER_AFTER_WORD = re.compile(r"\b[a-z]+,? [A-Z]$")
_SENTENCE_OPENING = re.compile(r"\s+(?:[\"“‘«„]|(?:The|A|An|It|He|She|They|We|Its|His|Her|Their|This|That|But|And)\b)")


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Paragraphs are separated by blank lines; their offsets skip surrounding whitespace.

    One scan finds each paragraph from its first non-space character to the end of its last
    line; only the white space ending that line is stepped back over here.
    """
    paragraphs: list[Paragraph] = []
    for match in _PARAGRAPH.finditer(body):
        start, stop = match.span()
        while body[stop - 1].isspace():
            stop -= 1
        paragraphs.append(Paragraph(len(paragraphs) + 1, start, stop))
    return tuple(paragraphs)


def split_sentences(body: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    """Sentences of every paragraph, numbered ``s1``, ``s2``... across the whole story.

    ``paragraphs`` are those :func:`split_paragraphs` gives, stripped, whitespace between
    them: one scan of the whole body finds every sentence end, and an end splits the
    paragraph it stands in unless it is the paragraph's own end.
    """
    sentences: list[Sentence] = []
    ends = _ends(body)
    index = 0
    for paragraph in paragraphs:
        position, end = paragraph.start, paragraph.end
        while index < len(ends) and ends[index][0] <= position:
            index += 1  # the end of the paragraph before, where no sentence starts
        while index < len(ends) and ends[index][0] < end:
            cut, after, full_stop = ends[index]
            index += 1
            if full_stop < 0 or not _after_abbreviation(body, full_stop):
                number = len(sentences) + 1
                sentences.append(Sentence(f"s{number}", paragraph.number, body[position:cut], position, cut))
                position = after
        if position < end:
            sentences.append(Sentence(f"s{len(sentences) + 1}", paragraph.number, body[position:end], position, end))
    return tuple(sentences)


def _ends(body: str) -> list[tuple[int, int, int]]:
    """Each place a sentence may end, as (where it ends, where the next one starts, where its
    full stop stands when that is its only punctuation, else -1).

    One scan of the body finds the punctuation and the capital that must follow it; whether
    a lone full stop closes an abbreviation is asked later, and only inside a paragraph: most
    full stops end one, where no abbreviation matters.
    """
    return [
        (match.end(), match.end(2), -1 if match[1] or body[match.start()] != "." else match.start())
        for match in (_END if "!" in body or "?" in body or "…" in body else _FULL_STOP_END).finditer(body)
    ]


def _after_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation ("Mr.", "U.S.") or an initial."""
    before = _WORD_BEFORE.search(text, max(0, stop - 20), stop + 1)
    if before:
        word = before.group(1).lower()
        if len(word) == 1:
            return not (_LETTER_AFTER_WORD.search(text, max(0, stop - 24), stop) and _SENTENCE_OPENING.match(text, stop + 1))
        return word in ABBREVIATIONS
    return False
