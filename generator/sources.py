"""Where the story comes from: credited agencies and the bodies and people it cites.

Two kinds of source, kept apart because they mean different things to a reader:

- **agency**: the wire services and outlets the story credits for its copy, found in the
  credit line (see :mod:`generator.credits`).
- **attribution**: every body or person the story attributes facts to (see
  :mod:`generator.attribution`), with what each is cited for: quotes, figures, statements.

Journalists named in a credit line wrote the copy; they are not where its facts come from, so
they are not sources.

Variants of one source are merged under its fullest name: "the Interior Ministry",
"Interior Ministry" and a later "the ministry" are one source; "Agence France-Presse" is "AFP";
a figure claimed by a quote's speaker as written ("Cal Fire") goes to the source that speaker
resolved to.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from itertools import chain
from functools import lru_cache

from generator.attribution import (
    Attribution,
    find_attributions,
    source_key,
    untitled,
)
from generator.credits import AGENCY_NAMES, find_credit, find_credits
from generator.model import Article, Citation, Figure, Person, Quote, Sentence, Source

# The pipeline asks this module for the credit line too: re-exported for it.
__all__ = ["extract_sources", "find_credit"]


def extract_sources(
    article: Article,
    quotes: tuple[Quote, ...] = (),
    figures: tuple[Figure, ...] = (),
    people: tuple[Person, ...] = (),
    claims: Mapping[str, str] | None = None,
) -> tuple[Source, ...]:
    """Agencies from the credit line, then every body or person the article attributes facts to.

    Attribution sources come in order of first appearance, each with the sentences that cite it
    and what it is cited for ("2 quotes", "figure: more than 3,000 arrested", "statement").
    """
    return _ledger(article, quotes, figures, people, claims or {}).sources()


def _ledger(
    article: Article,
    quotes: tuple[Quote, ...],
    figures: tuple[Figure, ...],
    people: tuple[Person, ...],
    claims: Mapping[str, str],
) -> _Ledger:
    """Every source with its notes, gathered in reading order."""
    credits = find_credits(article)
    order = _Order(zip([s.id for s in article.sentences], range(len(article.sentences))))
    book = _Ledger(order)
    for credit in credits:
        for agency in credit.agencies:
            book.add(agency, "agency", credit.sentence.id, credit.cue)
    in_credit = {s.id for c in credits if c.cue != "dateline" for s in _within(article, c.sentence)}
    speakers, quote_sentences, statements = _read_attributions(
        find_attributions(article, quotes, people), in_credit, claims, order
    )
    noted: set[tuple[str, str]] = set()
    for *_, place, name, note in sorted(statements):
        # one note per source and sentence, the most telling: "official account" over "statement"
        book.add(name, "attribution", place[0], None if place in quote_sentences or place in noted else note)
        noted.add(place)
    renamed: list[tuple[Quote, str]] = []
    for quote in quotes:
        speaker = speakers.get(quote.start, quote.speaker)
        if speaker:
            book.add(speaker, "attribution", quote.sentence, QUOTES)
            if quote.speaker and speaker != quote.speaker:
                renamed.append((quote, speaker))
    resolved = _resolved_speakers(quotes, renamed) if renamed else {}
    for figure in figures:
        who = figure.claimed_by or claims.get(figure.sentence)
        who = resolved.get(who, who) if who else who
        if who:
            note = f"figure: {figure.text} {figure.label}".strip()
            book.add(who, "attribution", figure.sentence, note, label=figure.label)
    return book


_Statement = tuple[int, int, int, int, tuple[str, str], str, str]


def _read_attributions(
    attributions: tuple[Attribution, ...], in_credit: set[str], claims: Mapping[str, str], order: Mapping[str, int]
) -> tuple[dict[int, str], set[tuple[str, str]], list[_Statement]]:
    """Quote offset -> speaker, the (sentence, source key) places quoted, and every other
    citation (claims no cue found included) as a sort key in reading order, its rank and
    its place, name and note: one pass over the attributions, each source's key taken once."""
    speakers: dict[int, str] = {}
    quoted: set[tuple[str, str]] = set()
    cited: set[tuple[str, str]] = set()
    statements: list[_Statement] = []
    for found in attributions:
        if found.sentence in in_credit:
            continue
        place = (found.sentence, source_key(found.name))
        cited.add(place)
        if found.cue == "quote":
            speakers[found.start] = found.name
            quoted.add(place)
        else:
            note = CUE_NOTES.get(found.cue) or "statement"
            rank = _NOTE_ORDER[note]
            statements.append((order[found.sentence], rank, found.start, len(statements), place, found.name, note))
    for sentence, name in claims.items():
        place = (sentence, source_key(name))
        if place not in cited:  # what the claims add: a source no cue of the sentence found
            statements.append((order[sentence], _NOTE_ORDER["claim"], 0, len(statements), place, name, "claim"))
    return speakers, quoted, statements


def _resolved_speakers(quotes: tuple[Quote, ...], renamed: list[tuple[Quote, str]]) -> dict[str, str]:
    """A quote's speaker as written -> the source it resolved to ("Cal Fire" -> "California
    Department of ..."), where only that quote opens at its offset (the speakers are matched
    by offset)."""
    starts = Counter(quote.start for quote in quotes)
    resolved: dict[str, str] = {}
    for quote, speaker in renamed:
        if starts[quote.start] == 1 and quote.speaker:
            resolved.setdefault(quote.speaker, speaker)
    return resolved


def _within(article: Article, span: Sentence) -> list[Sentence]:
    """The sentences inside a credit's span (a credit paragraph may hold several)."""
    starts = [s.start for s in article.sentences]
    first = bisect_left(starts, span.start)
    last = bisect_right(starts, span.end)
    return [s for s in article.sentences[first:last] if s.end <= span.end]


#: What a cue says a source is cited for; a verb not listed is a statement.
CUE_NOTES = {
    "according to": "account",
    "official version": "official account",
    "from": "data",
    "reported": "report",
    "reports": "report",
    "estimates": "estimate",
    "estimated": "estimate",
    "estimate": "estimate",
    "claim": "claim",
}


#: Notes from the most to the least telling, when one sentence cites a source twice.
NOTE_RANK = ("official account", "account", "data", "report", "estimate", "claim", "statement")


_NOTE_ORDER = {note: rank for rank, note in enumerate(NOTE_RANK)}


@lru_cache(maxsize=4096)  # pure, and a story names the same few sources again and again
def _shown_and_key(name: str) -> tuple[str, str]:
    """The name a source is listed under (no title, no description before it), and its key,
    an agency's long name read as its short one ("afp")."""
    shown = _proper(untitled(name))
    return shown, source_key(AGENCY_NAMES.get(source_key(shown), shown))


def _proper(name: str) -> str:
    """A name without the description before it: "opposition Popular Party" -> "Popular Party"."""
    words = name.split()
    start = next((i for i, w in enumerate(words) if not w.islower()), 0)
    if start and all(w[:1].isupper() or w in ("of", "for", "and", "the", "de") for w in words[start:]):
        return " ".join(words[start:])
    return name


QUOTES = "quote"
"""The note quotes are gathered under; it is written as "2 quotes" once they are counted."""


def _counted(quotes: int) -> str:
    """The note of a source's quotes once counted: "1 quote", "2 quotes"."""
    return f"{quotes} quote{'s' if quotes > 1 else ''}"


class _Order(dict[str, int]):
    """Sentence id -> place in reading order; an id the article lacks reads as the first, so
    that ``sorted(..., key=order.__getitem__)`` needs no Python key function."""

    def __missing__(self, key: str) -> int:
        return 0


class _Ledger:
    """Sources being gathered: variants merged under the fullest name, notes kept in order."""

    def __init__(self, order: _Order) -> None:
        self.order = order
        self.names: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        # dicts as ordered sets: sentence ids per source, and per note of a source
        self.sentences: dict[str, dict[str, None]] = {}
        self.notes: dict[str, dict[str, dict[str, None]]] = {}
        self.quotes: dict[str, int] = {}
        self.figure_notes: dict[str, dict[str, str]] = {}  # figure note -> what it counts
        self.figure_labels: dict[str, set[str]] = {}
        self.suffixes: dict[str, str] = {}  # every word-suffix of a known key -> that key

    def key(self, key: str) -> str:
        """The key of the source ``key`` belongs to, merging a variant into an earlier one:
        "ministry" into "interior ministry", and "interior ministry" into an earlier "ministry"."""
        if key in self.suffixes:
            return self.suffixes[key]
        words = key.split()
        for i in range(1, len(words)):
            if " ".join(words[i:]) in self.names:
                return " ".join(words[i:])
        return key

    def add(self, name: str, kind: str, sentence: str, note: str | None, *, label: str = "") -> None:
        name, key = _shown_and_key(name)
        key = self.key(key)
        if key not in self.names:
            self.names[key], self.kinds[key] = name, kind
            self.sentences[key], self.notes[key] = {}, {}
            words = key.split()
            for i in range(len(words)):
                self.suffixes.setdefault(" ".join(words[i:]), key)
        elif self.kinds[key] == kind == "attribution" and len(name) > len(self.names[key]):
            self.names[key] = name  # the fullest name wins
        self.sentences[key][sentence] = None
        if note == QUOTES:
            self.quotes[key] = self.quotes.get(key, 0) + 1
        if note:
            self.notes[key].setdefault(note, {})[sentence] = None
        if label:
            self.figure_notes.setdefault(key, {})[note or ""] = label
            self.figure_labels.setdefault(key, set()).add(label)

    def sources(self) -> tuple[Source, ...]:
        """Agencies first, then the attributions, each in order of first appearance."""
        shared, claimants = self._shared()
        agencies: list[Source] = []
        others: list[Source] = []
        for key, name in self.names.items():
            kind = self.kinds[key]
            citations = self._citations(key, kind == "attribution", shared, claimants)
            ordered = self._in_order(self.sentences[key])
            source = Source(name, kind, ordered, tuple(c.note for c in citations), citations)  # type: ignore[arg-type]
            (agencies if kind == "agency" else others).append(source)
        return tuple(agencies + others)

    def _in_order(self, sentences: dict[str, None]) -> tuple[str, ...]:
        """Sentence ids in reading order; one needs no sorting, the common case."""
        if len(sentences) == 1:
            return tuple(sentences)
        return tuple(sorted(sentences, key=self.order.__getitem__))

    def _shared(self) -> tuple[set[str], dict[str, int]]:
        """The sentences that cite more than one attributed source, and how many attributed
        sources claim each figure label: a note is a source's alone only if neither is shared."""
        cited = [key for key in self.names if self.kinds[key] == "attribution"]
        counts = Counter(chain.from_iterable(self.sentences[key] for key in cited))
        shared = {sentence for sentence, count in counts.items() if count > 1}
        labels: dict[str, set[str]] = {}
        for key in cited:
            for label in self.figure_labels.get(key, ()):
                labels.setdefault(label, set()).add(key)
        return shared, {label: len(keys) for label, keys in labels.items()}

    def _citations(self, key: str, cited: bool, shared: set[str], claimants: dict[str, int]) -> tuple[Citation, ...]:
        """What one source is cited for, note by note, quotes counted and first."""
        citations: list[Citation] = []
        figure_notes = self.figure_notes.get(key, {})
        for note, sentences in self.notes[key].items():
            ordered = self._in_order(sentences)
            if note == QUOTES:
                citations.insert(0, Citation(_counted(self.quotes[key]), ordered, False))
                continue
            alone = cited and not note.endswith(("quote", "quotes"))  # a figure of quotes too
            alone = alone and (not shared or shared.isdisjoint(ordered))
            if alone and note in figure_notes:
                alone = claimants[figure_notes[note]] == 1
            citations.append(Citation(note, ordered, alone))
        return tuple(citations)
