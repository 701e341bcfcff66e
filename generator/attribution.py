"""Who the article says each sentence's facts come from ("according to X", "X said").

The figures take their ``claimed_by`` from here, and the sources page is built from it.

The method is a handful of cue rules over the words of one sentence, each with a bounded
look to the left or right, so a sentence costs time in proportion to its length:

- a cue before the source: "according to X", "figures from X", "data released by X",
  "a statement from X", "as reported by X";
- a claim verb with its subject: "X said (in a statement / on Friday)", "X told Reuters",
  "X reported", "X estimates", "X denounced", "X, who..., said", "the spokeswoman, Jane Doe,
  said", and a saying verb joined to the clause's first one ("X welcomed the release but said");
- a source moving its own tally ("X raised the number of injured to 63", "X put the toll at
  30", any measure "put" at a number: "X put its magnitude at 6.7"), keeping count ("X
  recorded 1,130 kidnappings": a number straight after the verb) and a document its owner
  speaks through ("Government figures published in March showed");
- the same verb inverted after a quote or a comma: "..., said the ministry";
- a finding: a document's ("a poll conducted in May found"), or its subject's when "that"
  follows ("the Court of Auditors found last year that"; "police found a body" is an act);
  forecasts ("the government forecasts", "economists expect");
- a participle after a comma, hung on the body opening the sentence ("Brazil's central bank
  held rates ..., saying"; not a lone name, which may be a country's: "Kestria raised tariffs,
  saying");
- a body apposed after its kind with its article: "His union, the Brotherhood of ..., said";
- a body named with its short form in brackets, then a clause or an apposition, then its verb:
  "The Central Bank of X (CBX), which has held rates ..., expects"; "(CPM), a private research
  group, put inflation at 61%"; "(WF) disputed the count" ("disputed" is a claim when it takes
  an object: "a figure the government disputes." is not);
- a court's ruling with "that": "the European Court of Justice ruled that ...";
- a document described by one word, then its author: "according to an initial estimate by X";
  and a list of authors closed by "and": "a joint assessment by the government, the World Bank
  and the United Nations" cites all three;
- "the official version" and "official figures", credited to the authorities: the article
  reports what the authorities say without naming the office, and naming them is what lets
  a reader weigh the claim (to the statistics office, once the story has cited one: "official
  data showed" after "the National Bureau of Statistics said"); not when a verb disputes them
  ("the opposition disputed the official figures" cites the opposition);
- the speaker of a quotation, for the sentence where it opens;
- a body's name holding commas, read whole when its initials follow in brackets ("according to
  the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)");
- the body a named speaker speaks for: "said Jane Doe, a spokeswoman for the Dairy Farmers
  Union" cites the union too (a capitalised name only: "a spokesperson for the opposition
  coalition" describes her; "a lawyer for the family" is no spokesperson).

The words a cue points at (the subject before its verb, the phrase after "according to") are
read by :mod:`generator.source_subjects`, made a phrase by :mod:`generator.source_phrases`, and
a full name by :mod:`generator.source_resolver`.

A noun that is also a claim verb, after a verb, is its object: "beat Wall Street estimates". A
polled group hung on a preposition is cited wherever it stands ("expected by 27 of the 31
economists polled by Reuters"). A claim verb that also takes a thing ("wrote", "promised",
"pledged") before a count or an article is an act ("Vance wrote 212 checks", "the government
promised 400 million euros", "posted a surplus", "declared an emergency"; "promised to cut
taxes" is a claim); "the official count" inside what a speaker said ("Lugo said ... and that
the official count left out...") is the speaker's claim, not the authorities'.

Knowingly missed: a past expectation ("Economists polled by Reuters had expected 4.2%": the
earlier corpora label it no claim, the sixth batch a claim; "expect" in the present is one);
verbs of reaction ("The opposition Greens welcomed the ruling"); attribution carried over
several sentences without a cue ("The ministry said... It added nothing..." is caught, "The
figures also show..." is not), sources only in a headline, and nested reported speech (the
innermost speaker wins the sentence).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import NamedTuple

from generator.currencies import CURRENCY_SIGNS
from generator.model import Article, Person, Quote, Sentence
from generator.sentence_tokens import sentence_tokens
from generator.source_names import DETERMINERS, MAX_PHRASE, source_key, untitled
from generator.source_phrases import DOCUMENTS, SOURCE_NOUNS, Words, phrase_before, tokens_of
from generator.source_resolver import AUTHORITIES, OFFICIAL_ACCOUNTS, Resolver
from generator.source_subjects import (
    CLAIM_VERBS,
    COORDINATORS,
    ISSUED,
    RELATIVES,
    SKIPPED,
    after_preposition,
    conditional,
    governor,
    named_body,
    opening_subject,
    phrases_after,
    shown_by,
    subjects,
)

# The sources page compares the names it is given through the same key: re-exported for it.
__all__ = ["Attribution", "attribute_sentences", "find_attributions", "source_key", "untitled"]


#: What a source "puts at" a number: "put the death toll at 30".
TALLIES = frozenset("figure number toll count total tally cost estimate".split())

#: Verbs that move a source's own tally: "raised the number of injured to 63".
REVISED = frozenset("raised lowered revised updated increased reduced".split())

#: Verbs a document speaks with: "Government figures published in March showed".
SHOWING = frozenset("show shows showed shown suggest suggests suggested".split())

#: Verbs of a finding: a document's ("a poll conducted in May found"), or a claim of its
#: subject when "that" follows ("the Court of Auditors found last year that"); "police found
#: a body" is an act.
FINDING = frozenset("found finds ruled".split())  # "the court ruled that ..."

#: Verbs by which a source keeps count: "SBM Intelligence recorded 1,130 kidnappings" (only
#: with a number straight after: "the band recorded an album" is an act).
RECORDED = frozenset("recorded records counted counts registered registers logged logs tallied".split())
#: Claim verbs that also take a thing as object: "Vance wrote 212 checks", "the government
#: promised 400 million euros", "the government posted a surplus", "declared a 60-day
#: emergency" are acts; "wrote that...", "promised to...", "posted on X that..." are claims.
THING_VERBS = frozenset(
    "wrote writes write promised promises pledged pledges posted posts declared declares".split()
)
#: What opens a thing as object: a count, an amount, an article or an owner.
OBJECT_OPENERS = DETERMINERS - {"that", "this"}
#: Participles by which a group answered a poll: "economists polled by Reuters" cites them.
POLLS = frozenset("polled surveyed".split())
#: A speaker's title that makes the body after "for" a source too: "said Jane Doe, a spokeswoman
#: for the Farmers Union": she speaks for it (a description, "a lawyer for the family", does not).
SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson".split())
CUE_WORDS = (
    CLAIM_VERBS | DOCUMENTS | ISSUED | REVISED | SHOWING | FINDING | RECORDED | POLLS
    | {"according", "official", "put", "saying"}
)
#: The words read once a sentence has a cue: a spokesperson's title alone cites nobody (a
#: sentence naming one has its saying verb), so it does not make a sentence worth reading.
READ_WORDS = CUE_WORDS | SPEAKS_FOR


class Attribution(NamedTuple):
    """One source cited in one sentence, with the cue that cites it (a named tuple: every
    cue and quote of a story makes one)."""

    sentence: str
    name: str
    cue: str
    """The cue as a short keyword: "according to", "official version", "quote", "from", or the verb."""
    start: int
    """Offset in ``Article.body`` of the cue, for reading order within a sentence."""


def attribute_sentences(
    article: Article, quotes: tuple[Quote, ...] = (), people: tuple[Person, ...] = ()
) -> Mapping[str, str]:
    """Sentence id -> the body or person the sentence attributes its facts to.

    When a sentence cites several, the explicit fact cue wins ("according to X" over "Y said"),
    then the first in reading order; :func:`find_attributions` keeps them all.
    """
    claims: dict[str, tuple[int, int, str]] = {}
    for found in find_attributions(article, quotes, people):
        rank = (_CUE_RANK.get(found.cue, 1), found.start)
        if found.sentence not in claims or rank < claims[found.sentence][:2]:
            claims[found.sentence] = (*rank, found.name)
    return {sentence: value[2] for sentence, value in claims.items()}


_CUE_RANK = {"according to": 0, "official version": 0, "from": 0, "quote": 2}


def find_attributions(
    article: Article, quotes: tuple[Quote, ...] = (), people: tuple[Person, ...] = ()
) -> tuple[Attribution, ...]:
    """Every source cited in the story, in reading order, names made as full as possible.

    Memoised (it is pure): the pipeline asks twice, for the claims and for the sources page,
    with the very same objects. They are matched by identity because an ``lru_cache`` key
    would hash the whole article, every sentence and quote, on each call; an equal copy is
    simply worked out again.
    """
    for (seen, seen_quotes, seen_people), found in _RECENT:
        if seen is article and seen_quotes is quotes and seen_people is people:
            return found
    found = _attributions(article, quotes, people)
    _RECENT.appendleft(((article, quotes, people), found))
    return found


_RECENT: deque[tuple[tuple[Article, tuple[Quote, ...], tuple[Person, ...]], tuple[Attribution, ...]]]
_RECENT = deque(maxlen=8)
find_attributions.cache_clear = _RECENT.clear  # type: ignore[attr-defined]  # as with lru_cache


def _attributions(
    article: Article, quotes: tuple[Quote, ...], people: tuple[Person, ...]
) -> tuple[Attribution, ...]:
    resolver = Resolver(article, quotes, people)
    found: list[Attribution] = []
    for sentence in article.sentences:
        for phrase, cue, start in _cues(sentence, resolver.in_quote):
            name = resolver.resolve(phrase, sentence, start)
            if name:
                found.append(Attribution(sentence.id, name, cue, start))
                resolver.cited(name, start)
        for quote in resolver.quotes_opening.get(sentence.id, ()):
            speaker = resolver.speaker(quote.speaker, sentence, quote.start) if quote.speaker else None
            if speaker:  # one per quote: the sources page counts them
                found.append(Attribution(sentence.id, speaker, "quote", quote.start))
                resolver.cited(speaker, quote.start)
    return tuple(found)


# --- cues: where a sentence names a source -------------------------------------------------


def _cues(sentence: Sentence, in_quote) -> list[tuple[list[str], str, int]]:
    """(words naming the source, cue, offset) for every cue of one sentence."""
    text = sentence_tokens(sentence.text)  # as TOKEN reads them
    lower = list(map(str.lower, text))
    if CUE_WORDS.isdisjoint(lower):
        return []  # most sentences cite nobody
    possessives = tokens_of(sentence.text)  # "the hauliers' federation", read only where cited
    if possessives:
        text, lower = possessives, list(map(str.lower, possessives))
    tokens = Words(text, lower, sentence.text, sentence.start)
    found: list[tuple[list[str], str, int]] = []

    def add(phrases: list[range], cue: str, start: int) -> None:
        for phrase in phrases:
            found.append((text[phrase.start : phrase.stop], cue, start))

    for i, word in enumerate(lower):
        if word not in READ_WORDS:
            continue
        start = tokens.start(i)
        if in_quote(start):
            continue
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if word == "according" and after == "to":
            add(phrases_after(tokens, i + 2), "according to", start)
        elif word == "official" and after in OFFICIAL_ACCOUNTS and not _reported(lower, i) and not _disputed(lower, i):
            found.append(([AUTHORITIES], "official version", start))
        elif word in DOCUMENTS and after in ("from", "by") and not _after_according(lower, i):
            add(phrases_after(tokens, i + 2), "from", start)
        elif word in DOCUMENTS and after == "," and _authored(lower, i + 2):
            add(phrases_after(tokens, _authored(lower, i + 2)), "from", start)
        elif word in ISSUED and after == "by" and i > 0 and lower[i - 1] in DOCUMENTS:
            if not _after_according(lower, i - 1):
                add(phrases_after(tokens, i + 2), "from", start)
        elif word == "put" and _puts_a_figure(lower, i, "at"):
            add(subjects(tokens, i), word, start)
        elif word in REVISED and _puts_a_figure(lower, i, "to"):
            add(subjects(tokens, i), word, start)
        elif word in RECORDED and _number(text, i + 1):
            add(subjects(tokens, i), word, start)
        elif word in SHOWING:
            add(shown_by(tokens, i), word, start)
        elif word in FINDING:
            document = shown_by(tokens, i)
            add(document or (subjects(tokens, i) if "that" in lower[i + 1 : i + 5] else []), word, start)
        elif word in POLLS and after == "by" and i and lower[i - 1].endswith("s") and lower[i - 1] in SOURCE_NOUNS:
            # "expected by 27 of the 31 economists polled by Reuters": the group answered, not the
            # pollster; a group opening its clause is its verb's subject, cited (or not) by it
            group = phrase_before(tokens, i)
            if group and after_preposition(lower, group.start):
                add([group], "polled", start)
        elif word == "saying":
            if i and lower[i - 1] == ",":  # "X held rates on Wednesday, saying ...": the clause's subject
                add(opening_subject(tokens, i - 1), "said", start)
        elif word in CLAIM_VERBS and tokens.text[i].islower():
            if word in THING_VERBS and (after in OBJECT_OPENERS or _number(text, i + 1)):
                continue  # "wrote 212 checks", "promised a review": an act
            if word in DISPUTING and not after.isalpha():
                continue  # "a figure the government disputes.": the figure is its object, not a claim
            if found and lower[i - 1] in COORDINATORS:
                continue  # "X recognised ... and said": the first verb's cue already names X
            cited = subjects(tokens, i)
            if word in DOCUMENTS and cited and _object(tokens, cited[0]):
                continue  # "beat Wall Street estimates": a noun, the object of a verb
            if cited and conditional(lower, cited[0].start):
                continue  # "if the Federal Reserve continued to cut": a condition, not a claim
            add(cited, word, start)
        elif word in SPEAKS_FOR and after == "for" and i > 1 and lower[i - 1] in ("a", "an") and text[i - 2] == ",":
            body = named_body(tokens, i + 2)  # "Jane Doe, a spokeswoman for the Farmers Union"
            if body:
                add([body], "spokesperson for", start)
    return found


#: Words that open a clause, after which a name may be the subject of a verb ("as the IMF estimates").
CLAUSE_WORDS = RELATIVES | COORDINATORS | frozenset("as while because since if when whereas although though".split())


def _object(tokens: Words, phrase: range) -> bool:
    """Whether a phrase follows a lower-case word that is no clause's opening: in "beat Wall
    Street estimates" the name and its noun are the verb's object."""
    k = governor(tokens, phrase)
    word = tokens.text[k] if k >= 0 else ""
    return word.isalpha() and word.islower() and word not in CLAUSE_WORDS and word not in SKIPPED


def _puts_a_figure(lower: list[str], i: int, link: str) -> bool:
    """ "the ministry put the number of injured at 30" ("raised ... to 63"): a source's figure;
    "put" takes any measure set at a number ("put its magnitude at 6.7"; not "put 300 jobs at
    risk")."""
    window = lower[i + 1 : i + 7]
    if link not in window:
        return False
    at = window.index(link)
    if any(w in TALLIES for w in window[:at]):
        return True
    if link != "at":
        return False
    number = at + 2 if at + 1 < len(window) and window[at + 1] in ESTIMATING else at + 1
    return _number(window, number)


#: Words that may come between "at" and its number: "put the damage at about $3 billion".
ESTIMATING = frozenset("about around roughly nearly some almost over least".split())


def _number(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` opens a number or an amount: "1,130", "6.7", "$" of "$3"."""
    return i < len(words) and (words[i][:1].isdigit() or words[i].lower() in CURRENCY_SIGNS)


#: Verbs that take "the official figures" as their object, not as a citation: "the opposition
#: disputed the official figures".
DISPUTING = frozenset(
    "disputed disputes rejected rejects questioned questions challenged challenges contested contests doubted doubts".split()
)


def _disputed(lower: list[str], i: int) -> bool:
    """Whether "the official figures" at ``i`` is what a verb disputes: "X disputed the official
    figures" cites X's doubt, not the authorities."""
    k = i - 1 if i and lower[i - 1] in ("the", "its", "their") else i
    return k > 0 and lower[k - 1] in DISPUTING


def _reported(lower: list[str], i: int) -> bool:
    """Whether "the official count" at ``i`` is what a speaker talks about, not a citation:
    "Lugo said ... and that the official count left out the hamlets"."""
    window = lower[max(0, i - 3 * MAX_PHRASE) : i]
    said = max((k for k, w in enumerate(window) if w in CLAIM_VERBS), default=-1)
    speech = window[said:]
    return said >= 0 and "that" in speech and not {"but", ";", "according"} & set(speech)


def _authored(lower: list[str], i: int) -> int:
    """Where the author starts in ", by X" or ", published by X" after a document (0: none)."""
    if i < len(lower) and lower[i] == "by":
        return i + 1
    if i + 1 < len(lower) and lower[i] in ISSUED and lower[i + 1] == "by":
        return i + 2
    return 0


def _after_according(lower: list[str], i: int) -> bool:
    """Whether the document at ``i`` is already inside an "according to" phrase."""
    return "according" in lower[max(0, i - 4) : i]


