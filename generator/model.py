"""The records a brief is made of.

Every extractor takes these small frozen records in and gives new ones out, so that each step
can be tested with a string in and a value out. Offsets (``start``/``end``) always index
``Article.body``; that is what lets every page prove a fact is verbatim from the seed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, TypeVar

QuoteKind = Literal["full", "partial"]
SourceKind = Literal["agency", "attribution"]
_Record = TypeVar("_Record")


def filled(record: type[_Record], **fields: object) -> _Record:
    """The record ``record(**fields)``, made at half the cost, for the records an article
    yields by the dozen (sentences, paragraphs, figures, people).

    A frozen dataclass's ``__init__`` sets each field through a guarded ``object.__setattr__``,
    which costs more than finding a sentence; filling the new record's ``__dict__`` in one call
    gives an equal record that still refuses assignment. Every field must be given: defaults
    are not filled in (tests check each caller against the dataclass's own ``__init__``).
    """
    made = object.__new__(record)
    made.__dict__.update(fields)
    return made


@dataclass(frozen=True, init=False)
class Sentence:
    """One sentence of the story, the unit every other page links to.

    A story holds dozens: its ``__init__`` fills the record's ``__dict__`` as :func:`filled`
    does, without the call that gathers the fields by keyword, still checked by type.
    """

    id: str
    """Stable anchor, ``s1``, ``s2``... in reading order."""
    paragraph: int
    """1-based paragraph number."""
    text: str
    """Verbatim slice ``body[start:end]``."""
    start: int
    end: int

    def __init__(self, id: str, paragraph: int, text: str, start: int, end: int) -> None:
        fields = self.__dict__
        fields["id"], fields["paragraph"], fields["text"], fields["start"], fields["end"] = id, paragraph, text, start, end


@dataclass(frozen=True, init=False)
class Paragraph:
    """A block of text separated from the next by a blank line (made as a :class:`Sentence` is)."""

    number: int
    start: int
    end: int

    def __init__(self, number: int, start: int, end: int) -> None:
        fields = self.__dict__
        fields["number"], fields["start"], fields["end"] = number, start, end


@dataclass(frozen=True)
class Article:
    """A decoded seed: headline, body and the optional front matter."""

    title: str
    body: str
    """The text after the headline (line endings normalised to ``\\n``)."""
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    meta: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    """Front matter: date, source_url, language, tags (all optional)."""

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds ``offset`` (or the nearest one before it).

        A binary search: extractors ask once per match, and a linear scan made that quadratic.
        """
        index = bisect.bisect_right(self.sentences, offset, key=lambda sentence: sentence.start)
        return self.sentences[max(index - 1, 0)]


Gender = Literal["m", "f"]
"""How the article refers to someone: "he" or "she", from roles, titles, pronouns and first names."""


@dataclass(frozen=True)
class Person:
    """Someone the article names, with every way it refers to them."""

    name: str
    """The fullest name the article gives ("Kassym Jomart Tokayev")."""
    role: str | None
    """The role as the article gives it ("President of Kazakhstan"), if any."""
    aliases: tuple[str, ...] = ()
    """Other strings that mean this person: surname, role nouns ("president")."""
    gender: Gender | None = None
    first_offset: int = 0
    """Where the article first mentions them."""


@dataclass(frozen=True)
class Quote:
    """A quotation, word for word, with who said it."""

    text: str
    """Verbatim, without the quotation marks."""
    speaker: str | None
    """The fullest name of the speaker, or None when the article does not say."""
    kind: QuoteKind
    attribution: str | None
    """The cue as written ("added the president", "he explained")."""
    sentence: str
    """Id of the sentence where the quote opens."""
    role: str | None = None
    """The speaker's role as the article gives it."""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Figure:
    """A numeric fact, with its hedge kept apart and verbatim."""

    value: float
    """The plain number a journalist means ($3.2 billion -> 3200000000)."""
    text: str
    """Verbatim span, hedge included ("more than 3,000")."""
    qualifier: str | None
    """The hedge alone ("more than"), or None."""
    label: str
    """What is counted ("arrested", "men")."""
    claimed_by: str | None
    sentence: str
    unit: str | None = None
    """Currency or unit ("USD", "%"), or None for a plain count."""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class DateMention:
    """A calendar date or year: not a figure, kept for a timeline."""

    text: str
    sentence: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True, init=False)
class Citation:
    """One thing a source is cited for, where, and whether it alone says so.

    Built by the dozen per article: its ``__init__`` fills the record's ``__dict__`` as
    :func:`filled` does, at half the frozen ``__init__``'s cost, still checked by type.
    """

    note: str
    """As in ``Source.cited_for``: "2 quotes", "figure: more than 3,000 arrested", "statement"."""
    sentences: tuple[str, ...]
    single_party: bool = False
    """A claim no other source in the story backs: no other source is cited in its sentences,
    and no other source gives a figure counting the same thing. Quotes are opinions, not claims,
    and an agency carries the story rather than taking a side: neither is ever marked."""

    def __init__(self, note: str, sentences: tuple[str, ...], single_party: bool = False) -> None:
        fields = self.__dict__
        fields["note"], fields["sentences"], fields["single_party"] = note, sentences, single_party


@dataclass(frozen=True, init=False)
class Source:
    """Where a fact comes from: a credited agency or a body/person the article cites.

    Its ``__init__`` fills the record's ``__dict__``, as :class:`Citation`'s does.
    """

    name: str
    kind: SourceKind
    sentences: tuple[str, ...]
    cited_for: tuple[str, ...] = ()
    """Short notes of what the source is cited for (quotes, figures...)."""
    citations: tuple[Citation, ...] = ()
    """The notes of ``cited_for`` with the sentences of each, as the sources page links them.
    Worked out with the sources, from the same reading of the story, so that rendering never
    reads the story a second time."""

    def __init__(
        self,
        name: str,
        kind: SourceKind,
        sentences: tuple[str, ...],
        cited_for: tuple[str, ...] = (),
        citations: tuple[Citation, ...] = (),
    ) -> None:
        fields = self.__dict__
        fields["name"], fields["kind"], fields["sentences"] = name, kind, sentences
        fields["cited_for"], fields["citations"] = cited_for, citations


@dataclass(frozen=True)
class Brief:
    """Everything the pages of one seed are rendered from."""

    slug: str
    title: str
    seed: str
    """``seeds/<file>``."""
    credit: str | None
    article: Article
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    sources: tuple[Source, ...]
    dates: tuple[DateMention, ...] = ()
    people: tuple[Person, ...] = ()

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.article.sentences

    @property
    def lead(self) -> str:
        """The first sentence of the story, used as its description."""
        return self.article.sentences[0].text if self.article.sentences else ""
