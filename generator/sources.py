"""Where the story comes from: credited agencies and the bodies and people it cites.

Two kinds of source, kept apart because they mean different things to a reader:

- **agency**: the wire services and outlets the story credits for its copy, found in the
  credit line: "With information from EFE, AFP and Europa Press", a "LONDON (Reuters) -",
  "NEW YORK/LONDON, May 14 (Reuters) -" or "(AFP) -" dateline opening the story (after any
  "By Jane Doe" byline lines; "Korvalle (Mabenga) (AFP) -" with its region in brackets; South
  Asian wires' "New Delhi, Dec 3 (PTI) The ..." with no dash, or "(APP):", read only after a
  place and a date), the outlet a byline names after a bar ("By Jane Doe | News24"), a closing
  "— AFP" or "(AP)" or a last line that is only the agency's name ("The Canadian Press"), "Compiled by Reuters", "Sources: AFP",
  and the outlet a story is translated or republished from ("Translated from Le Monde", "This
  article first appeared in The Conversation"; "Translated from the Spanish by Ana Ruiz" names
  a language and a translator, no outlet).
- **attribution**: every body or person the story attributes facts to (see
  :mod:`generator.attribution`), with what each is cited for: quotes, figures, statements.

Journalists named in "Reporting by Jane Doe; Editing by John Roe" or "Additional reporting by"
wrote the copy; they are not where its facts come from, so they are not sources. The line is
still the story's credit, and an agency named in it ("Additional reporting by Reuters") is one.

Variants of one source are merged under its fullest name: "the Interior Ministry",
"Interior Ministry" and a later "the ministry" are one source; "Agence France-Presse" is "AFP";
a figure claimed by a quote's speaker as written ("Cal Fire") goes to the source that speaker
resolved to.
Knowingly missed: a dateline with no dash and no date ("SEOUL (Yonhap) The ..."), too like an
ordinary opening ("The Democratic Party (DP) said"); an outlet after a comma in a byline unless
it is a known agency ("By Jane Doe, News24": a comma also lists journalists); credits only in
front matter, and outlets named as the place a quote first
appeared ("told the BBC"), which are not where the fact comes from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from itertools import chain
from dataclasses import dataclass
from functools import lru_cache

from generator.attribution import (
    Attribution,
    find_attributions,
    source_key,
    untitled,
)
from generator.lexicon import ROLE_NOUNS
from generator.model import Article, Citation, Figure, Person, Quote, Sentence, Source

#: Short names of wire services and the long forms that mean them.
AGENCY_NAMES = {
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "associated press": "AP",
    "the associated press": "AP",
    "agencia efe": "EFE",
    "deutsche presse-agentur": "dpa",
    "thomson reuters": "Reuters",
    "reuters staff": "Reuters",
    "press association": "PA",
    "pa media": "PA",
    "agenzia nazionale stampa associata": "ANSA",
    "xinhua news agency": "Xinhua",
    "kyodo news": "Kyodo",
    "united press international": "UPI",
    "australian associated press": "AAP",
    "anadolu agency": "Anadolu",
    "press trust of india": "PTI",
}

#: Names that are a wire service or outlet even in a journalists' credit line.
AGENCIES = frozenset(
    """
    afp ap reuters efe dpa ansa xinhua tass interfax kyodo bloomberg upi pa anp belga apa
    yonhap pti ians ani anadolu aap lusa irna bernama antara sputnik notimex télam telam
    europa press servimedia agencies ria novosti cnn bbc ntb tt ritzau stt ctk pap mti
    """.split()
) | frozenset(AGENCY_NAMES) | frozenset({"europa press", "ria novosti", "canadian press"})

# "LONDON (Reuters) -", "WASHINGTON, Jan 5 (AP) —", "(AFP) -", "MADRID, 3 Jun (EFE).-": a short
# dateline (its region in brackets: "Korvalle (Mabenga) (AFP) -"), then a dash.
_DATELINE = re.compile(
    r"(?:[A-Z][^\n()]{0,50}?(?:\([A-Z][^()\n]{1,30}\)[^\n()]{0,20}?)?)?\((?P<who>[^()\n]{2,40})\)\.?\s*[-–—]+\s"
)
# "New Delhi, Dec 3 (PTI) The ruling ...", "ISLAMABAD, Dec 3 (APP): ...", "New Delhi [India],
# December 3 (ANI): ...": South Asian wires put no dash after the bracket (or a colon), so the
# place must be followed by a date, which an ordinary opening ("The Democratic Party (DP) said",
# "Seoul (Yonhap) reported") never has.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATED = re.compile(
    r"[A-Z][^\n()\[\],]{0,40}(?:\s?[(\[][A-Z][^()\[\]\n]{1,30}[)\]])?,\s{0,2}"
    r"(?:" + _MONTH + r"\s{1,2}\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s{1,2}" + _MONTH + r")"
    r"(?:,?\s{1,2}\d{4})?\s{0,2}\((?P<who>[^()\n]{2,40})\)(?::|\s+(?=[A-Z\"“‘']))"
)
# Both datelines close a bracket within their first 160 characters: a story opening without one
# is not read by either.
_DATELINE_REACH = 160
# "With information from EFE, AFP and Europa Press", "With reporting from Reuters".
_WITH = re.compile(
    r"(?:with|con) (?:additional )?(?:information|reporting|info|inputs?|información|informaciones)"
    r"(?: from| by| de)?\s+(?P<who>.+?)\.?$",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(r"(?P<who>.+?) contributed to this (?:report|story|article)\.?$", re.IGNORECASE)
# "Translated from Le Monde", "This article first appeared in The Conversation": the outlet
# the copy comes from; "Translated from the French by Jane Doe" names a language and a translator.
_REPUBLISHED = re.compile(
    r"(?:(?:translated|adapted|republished|reprinted|excerpted)(?: and \w+)? (?:from|by)"
    r"|(?:this (?:article|story|piece|interview|column|report) )?(?:was |is )?"
    r"(?:first |originally )(?:published|appeared|ran)(?: (?:in|by|on))?)"
    r"(?: the \w+ edition of)? (?P<who>.+?)\.?$",
    re.IGNORECASE,
)
#: Languages a translation is made from: "Translated from the Spanish" names no outlet.
LANGUAGES = frozenset(
    """
    french spanish german italian portuguese arabic russian chinese mandarin japanese korean
    turkish persian farsi dutch polish ukrainian greek hebrew hindi urdu swedish catalan
    """.split()
)
_SOURCE_LINE = re.compile(r"(?:sources?|fuentes?|agencies)\s*:\s*(?P<who>.+?)\.?$", re.IGNORECASE)
# "Reporting by Jane Doe in London; Editing by John Roe", "Compiled by Reuters".
_BYLINE = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|compilation|research|"
    r"production|graphics|text)(?: and \w+)* by\b",
    re.IGNORECASE,
)
_BY = re.compile(r"By\s+(?P<who>[A-Z][^.!?\n]{0,80}?)\.?")
_TRAILER = re.compile(
    r"(?:^|\s)[-–—]+\s*(?P<who>[A-Z][\w.&' -]{0,30}(?:\s*/\s*[A-Z][\w.&' -]{0,30})*)\.?$"
)
_PAREN_END = re.compile(r"\((?P<who>[^()\n]{2,30})\)\.?$")
# Every credit pattern above but _CONTRIBUTED is anchored at the line's start: a paragraph opening
# with none of their first words (and not crediting contributors) is story, read no further.
_CREDIT_OPENING = re.compile(
    r"(?i:with |con |sources?\s*:|fuentes?\s*:|agencies\s*:|\(|additional |reporting|writing|editing|"
    r"compiled|compilation|research|production|graphics|text|translated|adapted|republished|"
    r"reprinted|excerpted|this (?:article|story|piece|interview|column|report) |first |originally )|By\s|[-–—]"
)
# The same test on a paragraph still in the body, its leading white space skipped as
# ``str.strip`` does: the paragraphs that cannot credit are passed over without a copy.
_CREDIT_START = re.compile(r"\s*(?:" + _CREDIT_OPENING.pattern + ")")
_CONTRIBUTED_CUE = " contributed to this "
# Finds all the cue's lower-casings find, and a few more ("thiſ"), which the cue then rules out.
_CONTRIBUTED_ANY_CASE = re.compile(_CONTRIBUTED_CUE, re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|\by\b|&)\s*")
_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z].*$")


@dataclass(frozen=True)
class Credit:
    """A credit line: where it stands, the agencies it names and the journalists it thanks."""

    sentence: Sentence
    """The credit's text; a dateline is the slice of the first sentence before the dash."""
    agencies: tuple[str, ...]
    journalists: tuple[str, ...] = ()
    cue: str = "credit line"


def find_credit(article: Article) -> Sentence | None:
    """The credit line ("With information from EFE, AFP and Europa Press"), if the article has one.

    An article may credit twice (a dateline and a closing line); the first one naming an agency
    is the credit, else the first naming journalists.
    """
    credits = find_credits(article)
    ranked = [c for c in credits if c.agencies] + [c for c in credits if not c.agencies]
    return ranked[0].sentence if ranked else None


def find_credits(article: Article) -> tuple[Credit, ...]:
    """Every credit line of the article, in reading order.

    The pipeline asks twice per article (the credit, then the sources): the last answer is
    kept, keyed on the article object itself (articles are frozen).
    """
    global _last_credits
    last = _last_credits
    if last[0] is article:
        return last[1]
    credits = _read_credits(article)
    _last_credits = (article, credits)
    return credits


_last_credits: tuple[Article | None, tuple[Credit, ...]] = (None, ())


def _read_credits(article: Article) -> tuple[Credit, ...]:
    credits: list[Credit] = []
    body = article.body
    # a paragraph may credit contributors anywhere in it: one search of the whole body says
    # whether any does (the lower case of a paragraph is a slice of the body's); the search
    # ignoring case skips lower-casing a whole body of curly quotes, slow, when none does
    contributed = bool(_CONTRIBUTED_ANY_CASE.search(body)) and _CONTRIBUTED_CUE in body.lower()
    story = False  # the dateline opens the story: the first paragraph after any byline lines
    for paragraph in article.paragraphs:
        credit = None
        # a credit is one short line opening on a credit's word; a long paragraph is story
        if paragraph.end - paragraph.start <= 300 and (
            _CREDIT_START.match(body, paragraph.start, paragraph.end)
            or (contributed and _CONTRIBUTED_CUE in body[paragraph.start : paragraph.end].lower())
        ):
            first = article.sentence_at(paragraph.start)
            text = body[paragraph.start : paragraph.end]
            credit = _credit_line(Sentence(first.id, paragraph.number, text, paragraph.start, paragraph.end))
        if not story and not credit:
            story = True
            credit = _dateline(body, article.sentence_at(paragraph.start))
        if credit:
            credits.append(credit)
    if article.sentences and not any(c.sentence.end == len(article.body.rstrip()) for c in credits):
        trailer = _trailer(article.sentences[-1])
        if trailer:
            credits.append(trailer)
    return tuple(credits)


def _dateline(body: str, first: Sentence) -> Credit | None:
    """"LONDON (Reuters) -" opening the story (read on the body: "5 Ene." may end a sentence)."""
    if body.find(")", first.start, first.start + _DATELINE_REACH) < 0:
        return None
    match = _DATELINE.match(body, first.start) or _DATED.match(body, first.start)
    if not match:
        return None
    who = match.group("who")
    names = _names(who)
    if not names or len(names) != len(_LIST_SPLIT.split(who.strip())):
        return None
    if not all(_looks_like_agency(n) for n in names):
        return None
    text = match.group().rstrip()
    span = Sentence(first.id, first.paragraph, text, first.start, first.start + len(text))
    return Credit(span, tuple(_agency_name(n) for n in names), cue="dateline")


def _credit_line(line: Sentence) -> Credit | None:
    text = line.text.strip()
    if not _CREDIT_OPENING.match(text) and _CONTRIBUTED_CUE not in text.lower():
        return None
    for pattern in (_WITH, _SOURCE_LINE, _CONTRIBUTED):
        match = pattern.fullmatch(text)
        if match:
            names = _names(match.group("who"))
            if pattern is _CONTRIBUTED:  # "Jane Doe contributed to this report" is a journalist
                return _split_credit(line, names)
            return Credit(line, tuple(_agency_name(n) for n in names)) if names else None
    republished = _REPUBLISHED.fullmatch(text)
    if republished:
        return _republished(line, republished.group("who"), text)
    byline = _BY.fullmatch(text)
    if byline:  # "By Jane Doe, Associated Press": every part a short name, or it is story
        who, _, outlet = byline.group("who").partition("|")
        parts = _LIST_SPLIT.split(who.strip(" ."))
        names = _names(who)
        if names and len(names) == len([p for p in parts if p]):
            return _split_credit(line, names, _outlet(outlet))
    if _BYLINE.match(text):
        parts = re.split(r"[;|]|\.\s", text)
        names = [n for p in parts for n in _names(_BYLINE.sub("", p.strip(" ()."), count=1))]
        return _split_credit(line, names)
    for pattern in (_TRAILER, _PAREN_END):
        match = pattern.fullmatch(text) if pattern is _PAREN_END else pattern.match(text)
        if match and match.start("who") <= 4:
            names = _names(match.group("who"))
            if names and all(_looks_like_agency(n) for n in names):
                return Credit(line, tuple(_agency_name(n) for n in names))
    return None


def _republished(line: Sentence, who: str, text: str) -> Credit | None:
    """The outlet a translated or republished story comes from; a translator is a journalist."""
    outlet, _, translator = who.partition(" by ")
    outlet = outlet.split(",")[0]  # "Adapted from The Conversation, a news site"
    if text.lower().startswith(("translated by", "adapted by")):
        outlet, translator = "", who
    words = outlet.lower().split()
    if words[-1:] and words[-1] in LANGUAGES and len(words) <= 2:
        outlet = ""  # "from the French": a language, not an outlet
    names = [n for n in _names(outlet) if n[:1].isupper()] if outlet else []
    journalists = _names(translator) if translator else []
    if not names and not journalists:
        return None
    agencies = tuple(_agency_name(n) for n in names)
    return Credit(line, agencies, tuple(journalists))


def _split_credit(line: Sentence, names: list[str], outlets: tuple[str, ...] = ()) -> Credit | None:
    """A journalists' credit: the agencies it names are sources, the people are not."""
    if not names:
        return None
    agencies = tuple(_agency_name(n) for n in names if n.lower() in AGENCIES)
    return Credit(line, agencies + outlets, tuple(n for n in names if n.lower() not in AGENCIES))


#: Words that make the part of a byline after a bar something other than an outlet:
#: "By Jane Doe | Staff Writer", "By Jane Doe | Updated Dec 3".
NOT_OUTLET_WORDS = ROLE_NOUNS | frozenset(
    """
    writer staff columnist contributor updated published posted min read
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def _outlet(text: str) -> tuple[str, ...]:
    """The outlet a byline names after a bar ("By Jane Doe | News24"): one short capitalised
    name, not a role, a date or a time ("| Staff Writer", "| Updated 14:05")."""
    name = text.strip(" .")
    words = name.split()
    if not name[:1].isupper() or len(words) > 4 or "|" in name or ":" in name:
        return ()
    if any(w.isdigit() or w.lower() in NOT_OUTLET_WORDS for w in words):
        return ()
    return (_agency_name(name),)


def _trailer(last: Sentence) -> Credit | None:
    """A credit closing the last sentence: "... on Friday. — AFP" or "... (AP)", or a closing line
    that is only an agency's name: "The Canadian Press", "Associated Press"."""
    alone = last.text.strip(" .")
    if alone.lower().removeprefix("the ") in AGENCIES and alone[:1].isupper():
        return Credit(last, (_agency_name(alone.removeprefix("The ")),))
    for pattern in (_TRAILER, _PAREN_END):
        match = pattern.search(last.text)
        if match:
            names = _names(match.group("who"))
            if names and all(n.lower() in AGENCIES for n in names):
                start = last.start + match.start() + len(match.group()) - len(match.group().lstrip())
                span = Sentence(last.id, last.paragraph, last.text[start - last.start :], start, last.end)
                return Credit(span, tuple(_agency_name(n) for n in names))
    return None


def _names(text: str) -> list[str]:
    """The names of a credit list, places and trailing words dropped ("Jane Doe in London")."""
    names = []
    for part in _LIST_SPLIT.split(text.strip(" .")):
        part = _PLACE.sub("", part.strip(" .()")).strip()
        if part and (part[:1].isupper() or part.lower() in AGENCIES) and len(part.split()) <= 5:
            names.append(part)
    return names


def _looks_like_agency(name: str) -> bool:
    """A known agency, or a short all-capitals name ("ANP", "EUROPA PRESS")."""
    return name.lower() in AGENCIES or (name.replace(" ", "").isupper() and len(name) <= 20)


def _agency_name(name: str) -> str:
    """The usual short name of an agency: "Agence France-Presse" -> "AFP"; "EUROPA PRESS" kept."""
    return AGENCY_NAMES.get(name.lower(), name)


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
    order = _Order((s.id, i) for i, s in enumerate(article.sentences))
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
        place = self.order.__getitem__
        for key, name in self.names.items():
            kind = self.kinds[key]
            citations = self._citations(key, kind == "attribution", shared, claimants)
            sentences = self.sentences[key]
            ordered = tuple(sentences) if len(sentences) == 1 else tuple(sorted(sentences, key=place))
            source = Source(name, kind, ordered, tuple(c.note for c in citations), citations)  # type: ignore[arg-type]
            (agencies if kind == "agency" else others).append(source)
        return tuple(agencies + others)

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
        place = self.order.__getitem__
        figure_notes = self.figure_notes.get(key, {})
        for note, sentences in self.notes[key].items():
            ordered = tuple(sentences) if len(sentences) == 1 else tuple(sorted(sentences, key=place))
            if note == QUOTES:
                citations.insert(0, Citation(_counted(self.quotes[key]), ordered, False))
                continue
            alone = cited and not note.endswith(("quote", "quotes"))  # a figure of quotes too
            alone = alone and (not shared or shared.isdisjoint(ordered))
            if alone and note in figure_notes:
                alone = claimants[figure_notes[note]] == 1
            citations.append(Citation(note, ordered, alone))
        return tuple(citations)
