"""Who speaks each quote: step 3 of :func:`generator.quotes.extract_quotes`.

The cue right after the quote ("...,” he said", "...,” said X"), then the cue right before it
("X said: “...”", "According to X, “...”"); then, for a full quote, the quote before or after
it in the same paragraph (unless a person introduces it in its own sentence with a colon: "“...,”
said X. Y disagreed: “...”" is Y's), a cue in the previous or next sentence of the paragraph, and the last
speaker of the previous paragraph when the quote opens its paragraph. A partial quote takes the
cue of its own sentence only: "according to X" first, unless it follows the quote in another
clause ("..., which according to the regulator affect 120 points"), then the nearest cue before
it, describing verbs included ("a charge the UDR rejected as “political”"). Cue subjects resolve through
:class:`generator.people.SpeakerIndex` (names, "he", "the president"); bodies are kept as
written without "the" ("Interior Ministry"). Someone described but not named ("a police
spokesman said") is speaker ``None`` with that description as role. After a quote ending in a
full stop, the words that follow start a new sentence and are not its cue. Unresolved speakers
stay ``None``: a quote with a cue that resolves to nobody never borrows a neighbour's speaker.
A quote running over several paragraphs has one speaker, the one any of its parts names. A
participle with no cue of its own speaks for the sentence's first person or subject pronoun,
whichever comes first ("she turned the post down, saying she had “...”"), or for the body the
sentence opens with, past a dateline ("BRASILIA (Reuters) - Brazil's central bank held rates,
saying ..."). "The statement said" is the statement's issuer's, as "according to a statement
from the ministry" is the ministry's: the speaker cited next to the "a statement" before it
("Veltrix said in a statement ... “...,” the statement said"); with no issuer cited, ``None``.
Cue subjects of the paragraphs read so far are noted as the story goes: named people for "he"
and "she", people described but not named for the same, named bodies for "it" and "the group".
A speaker going on ("she added", "he continued") is the last speaker of that gender, even when
another woman or man was named since ("Pruitt said ... Her friend Joan Maddox sat beside her.
“...,” she added" is Pruitt's).

Knowingly missed: speakers named only in a later paragraph; "the court in Karlsruhe said" or
"the trust said" when the story named that body only outside a cue ("Germany's Federal
Constitutional Court has struck down", "the Westmoor health trust").
"""

from __future__ import annotations

import functools
import re

from generator.lexicon import BODY_NOUNS, ROLE_NOUNS
from generator.cue_subjects import Cue
from generator.cues import WINDOW, CueIndex, cue_after, cue_before, sentence_cues
from generator.model import Article, Person
from generator.speakers import SpeakerIndex
from generator.quote_marks import Span

_NOTED_PARAGRAPHS = 3
#: Cue verbs of a speaker going on: their "she" is the last speaker, not the last woman named.
_CONTINUING = re.compile(r"\b(?:added|adds|continued|continues|went on)\b")
_PRONOUNS = frozenset(("he", "she", "He", "She"))
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: "BRASILIA, Sept 18 (Reuters) - ", "WASHINGTON (AP) — ": what a story's first sentence opens with.
_DATELINE = re.compile(r"[A-Z][A-Z .'’\-]*(?:,[^()\n]{0,40})?(?: \([^()\n]{1,40}\))? (?:-|--|—|–) ")
_BODY_NOUN = "|".join(sorted(n for noun in BODY_NOUNS - ROLE_NOUNS for n in (noun, noun.title()) if noun.isalpha()))
#: A sentence opening with a body: "Brazil's central bank", "The Treasury Department", "The
#: central bank"; capitalised words, then at most one lower-case word before the body noun.
#: A body in the possessive ("The Lok Ekta Party's state president, ...") is not the subject.
_OPENING_BODY = re.compile(
    rf"(?:The )?(?:[A-Z][\w\-]*(?:['’]s)? ){{0,4}}(?:[a-z]+ )?(?:{_BODY_NOUN})\b(?! of\b)(?!['’]s\b)"
)

Found = tuple[Cue | None, str | None, str | None]
"""A quote's cue, speaker and role."""


class _Story(SpeakerIndex):
    """The speaker index of one story, noting its cue subjects as the quotes are read.

    The notes are deferred (:meth:`SpeakerIndex.defer`): most quotes name their speaker.
    """

    def __init__(self, cues: CueIndex, article: Article, people: tuple[Person, ...]) -> None:
        super().__init__(article, people)
        self._cues = cues
        self._noted: set[int] = set()
        self._last_noted = -1

    def note_reported_speech(self, paragraph: int) -> None:
        """ "X said the talks failed" makes X the one a later "he" means: note the paragraphs before."""
        if paragraph == self._last_noted:
            return  # quotes come in reading order: the paragraphs before were noted with it
        self._last_noted = paragraph
        for number in range(max(0, paragraph - _NOTED_PARAGRAPHS), paragraph + 1):
            if number not in self._noted:
                self._noted.add(number)
                self.defer(functools.partial(self._note_paragraph, number))

    def note_speaker(self, speaker: str, offset: int) -> None:
        """A quote's speaker, noted in turn with the reported speech before it."""
        self.defer(functools.partial(self.note, speaker, offset))

    def _note_paragraph(self, number: int) -> None:
        for subject, offset in self._cues.named_subjects(number):
            speaker, _ = self.resolve(subject, offset)
            if speaker:
                self.note(speaker, offset)
                self.note_body(speaker, offset)
            else:
                self.note_unnamed(subject, offset)


class Attributor:
    """Finds every quote's speaker in reading order, so that "he" follows the story."""

    def __init__(self, cues: CueIndex, article: Article, people: tuple[Person, ...], drafts) -> None:
        self.cues, self.body, self.article, self.drafts = cues, cues.body, article, drafts
        self.speakers = _Story(cues, article, people)
        self.found: list[Found] = []

    def run(self) -> list[Found]:
        for number, (span, sentence, kind) in enumerate(self.drafts):
            self.speakers.note_reported_speech(span.paragraph)
            found = self._resolved(self._direct_cue(number))
            if found[0] and found[0].kind == "participle" and not found[1]:
                found = self._main_subject(found[0], sentence)
            if found[0] is None and kind == "full":  # an unresolved "he said" borrows nobody
                found = self._neighbour(number) or found
            if not found[1] and kind == "partial":
                s = self.article.sentences[sentence]
                found = self._first_resolved(sentence_cues(self.cues, s.start, s.end, span.open)) or found
            if found[1] and kind == "full":
                self.speakers.note_speaker(found[1], span.open)
            self.found.append(found)
        return _share_across_paragraphs(self.drafts, self.found)

    def _main_subject(self, cue: Cue, sentence: int) -> Found:
        """ "Tokayev spoke for an hour, adding that “...”": the person the sentence opens with;
        "she turned the post down, saying she had “...”": the pronoun, when it comes first;
        "Brazil's central bank held rates, saying “...”": the body the sentence opens with."""
        start = self.article.sentences[sentence].start
        mention = self.speakers.first_mention(start, cue.start)
        pronoun = _SUBJECT_PRONOUN.search(self.body, start, cue.start)
        dateline = _DATELINE.match(self.body, start, cue.start)
        body = _OPENING_BODY.match(self.body, dateline.end() if dateline else start, cue.start)
        if body and (mention is None or body.end() <= mention[0]) and (pronoun is None or body.end() <= pronoun.start()):
            speaker, role = self.speakers.resolve(body.group(), start)
            return cue, speaker, role
        if pronoun and (mention is None or pronoun.start() < mention[0]):
            speaker, role = self.speakers.resolve(pronoun.group(), pronoun.start())
            return cue, speaker, role
        return (cue, mention[1].name, mention[1].role) if mention else (cue, None, None)

    def _resolved(self, cue: Cue | None) -> Found:
        if cue is None or cue.subject is None:
            return cue, None, None
        continuing = cue.subject in _PRONOUNS and _CONTINUING.search(self.body, cue.start, cue.end) is not None
        speaker, role = self.speakers.resolve(cue.subject, cue.subject_start, continuing=continuing)
        return cue, speaker, role

    def _first_resolved(self, cues: list[Cue]) -> Found | None:
        for cue in cues:
            found = self._resolved(cue)
            if found[1]:
                return found
        return None

    def _direct_cue(self, number: int) -> Cue | None:
        """The cue right after the quote, else right before it, in its own sentence."""
        article = self.article
        span, sentence, _ = self.drafts[number]
        paragraph = article.paragraphs[span.paragraph]
        limit = paragraph.end
        if number + 1 < len(self.drafts) and self.drafts[number + 1][0].paragraph == span.paragraph:
            limit = self.drafts[number + 1][0].open
        ended = self.body[span.text_start : span.close].rstrip()[-1:] == "."
        cue = cue_after(self.cues, span.close, limit) if span.close < paragraph.end and not ended else None
        if cue:  # "“We won.” Smith said." is two sentences: the cue belongs to the next one
            return cue
        floor = max(article.sentences[sentence].start, span.open - WINDOW, paragraph.start)
        if number and self.drafts[number - 1][0].close >= floor:
            floor = self.drafts[number - 1][0].close + 1
        return cue_before(self.cues, span.open, floor) if floor < span.open else None

    def _neighbour(self, number: int) -> Found | None:
        """A full quote with no cue of its own: what stands around it in its paragraph."""
        article, drafts, found = self.article, self.drafts, self.found
        span, sentence, _ = drafts[number]
        paragraph = article.paragraphs[span.paragraph]
        same = [i for i in (number - 1, number + 1) if 0 <= i < len(drafts) and drafts[i][0].paragraph == span.paragraph]
        # "“...,” said X. Y disagreed: “...”": a person introducing the quote in its own
        # sentence, after the quote before it, speaks it rather than that quote's speaker.
        own = number - 1 not in same or drafts[number - 1][0].close < article.sentences[sentence].start
        colon = self._colon_speaker(span, sentence, paragraph) if own else None
        if colon:
            return colon
        if number - 1 in same and (found[number - 1][0] or found[number - 1][1]):
            return found[number - 1]
        if number + 1 in same and drafts[number + 1][2] == "full":
            later = self._resolved(self._direct_cue(number + 1))
            if later[1]:
                return later
        for index in (sentence - 1, sentence + 1):
            if 0 <= index < len(article.sentences):
                other = article.sentences[index]
                if other.paragraph == paragraph.number and not _holds_quote(drafts, other):
                    cues = [c for c in sentence_cues(self.cues, other.start, other.end, other.start) if c.kind in ("finite", "according")]
                    result = self._first_resolved(cues)
                    if result:
                        return result
        if span.open <= paragraph.start and span.paragraph:
            if number and drafts[number - 1][0].paragraph == span.paragraph - 1 and found[number - 1][1]:
                return found[number - 1]
            last = article.sentence_at(article.paragraphs[span.paragraph - 1].end - 1)
            if not _holds_quote(drafts, last):
                cues = [c for c in sentence_cues(self.cues, last.start, last.end, last.end) if c.kind == "finite"]
                return self._first_resolved(cues)
        return None

    def _colon_speaker(self, span: Span, sentence: int, paragraph) -> Found | None:
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
        if not span.continues and len(chain) > 1:
            known = next((found[i] for i in reversed(chain) if found[i][1]), None)
            if known:
                for i in chain:
                    if not found[i][1]:
                        found[i] = known
    return found
