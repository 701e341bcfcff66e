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

"X told Reuters": X is the source; the outlet that was told is not (it is credited, if at all,
in the credit line). The phrase a cue points at is read by :mod:`generator.source_phrases`,
and made a full name by :mod:`generator.source_resolver`.

A cue word after a preposition or an article is a noun ("called to reports of a fight"), and
a phrase after a preposition is an object, never the subject of a verb after it ("reporting
from the town of Dilam, ..., said"); a place after "in" or "outside" is no subject either ("Party
workers outside his residence in X shouted"), and a group says which by its place or pollster:
"Residents of the village of X said" cites the residents, "Analysts polled by LSEG expect" the
analysts; a polled group hung on a preposition is cited wherever it stands ("expected by 27 of
the 31 economists polled by Reuters"). A plural noun nobody listed, opening its clause before a
saying verb, speaks as a group ("..., commuters said", "However, exporters warned"); an act's
subject does not ("In 2010, judges declared the law void"). The subject of a condition claims
nothing ("if the Federal Reserve continued to cut rates"). A noun that is also a claim verb, after a verb, is its object: "beat Wall Street
estimates". A body that gives its name ("A criminal group calling itself ShadowVault claimed
..., saying") is cited by the name, not its kind. A passive ("tenants were informed") names the listener,
not a source; a claim verb that also takes a thing ("wrote", "promised", "pledged") before a
count or an article is an act ("Vance wrote 212 checks", "the government promised 400
million euros", "posted a surplus", "declared an emergency"; "promised to cut taxes" is a claim); "the official count"
inside what a speaker said ("Lugo said ... and that the official count left out...") is the
speaker's claim, not the authorities'.

Knowingly missed: a past expectation ("Economists polled by Reuters had expected 4.2%": the
earlier corpora label it no claim, the sixth batch a claim; "expect" in the present is one);
verbs of reaction ("The opposition Greens welcomed the ruling"); a two-member list after a cue
("according to the police and the army" cites the first); attribution carried over several sentences without a cue ("The ministry
said... It added nothing..." is caught, "The figures also show..." is not), sources only in a
headline, and nested reported speech (the innermost speaker wins the sentence); a verb joined
by "and" keeps the first verb's subject only for saying verbs ("... and promised refunds" is
an act, not a claim); a bare plural after an unlisted word ("Bus drivers said": "Bus" may be
a name).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import NamedTuple

from generator.currencies import CURRENCY_SIGNS
from generator.lexicon import REPORTING_VERBS
from generator.model import Article, Person, Quote, Sentence
from generator.source_names import CONNECTORS, DETERMINERS, MAX_PHRASE, QUANTIFIERS, source_key, untitled
from generator.source_phrases import (
    DOCUMENTS,
    FOLLOWERS,
    GROUP_PLACES,
    GROUPS,
    MODIFIERS,
    NO_PHRASE,
    PHRASE_WORDS,
    SOURCE_NOUNS,
    Words,
    name_end,
    phrase_at,
    phrase_before,
    tokens_of,
)
from generator.sentence_tokens import sentence_tokens
from generator.source_resolver import AUTHORITIES, BODY_JOINS, BODY_KINDS, OFFICIAL_ACCOUNTS, PRONOUNS, Resolver

# The sources page compares the names it is given through the same key: re-exported for it.
__all__ = ["Attribution", "attribute_sentences", "find_attributions", "source_key", "untitled"]

#: Verbs that attribute a fact; beyond the quoting verbs, those that rarely open a quote.
CLAIM_VERBS = REPORTING_VERBS | frozenset(
    """
    expressed informed recognized recognised reiterated revealed disclosed alleged calculated
    counted specified detailed clarified assured signalled signaled emphasized emphasised
    forecast forecasts projected tallied estimate reckons reckoned believes believed accused accuses
    expect expects disputed disputes
    denounced denounces condemned condemns criticised criticises criticized criticizes
    """.split()
)

#: Verbs whose "-s" form is more often a noun ("the claims", "local reports"); they only count
#: with a proper-name or source-noun subject, which the subject rule demands anyway.
PASSIVE_BY_VERBS = frozenset(
    "reported announced released published issued compiled provided confirmed denied stated "
    "claimed estimated disputed rejected".split()
)

#: Words that may stand between a subject and its verb ("police also said").
SKIPPED = frozenset(
    """
    also previously later earlier further again separately then recently repeatedly initially
    subsequently has have had already first however yesterday today had still
    """.split()
)

#: What a source "puts at" a number: "put the death toll at 30".
TALLIES = frozenset("figure number toll count total tally cost estimate".split())

#: Verbs that move a source's own tally: "raised the number of injured to 63".
REVISED = frozenset("raised lowered revised updated increased reduced".split())

#: Verbs a document speaks with: "Government figures published in March showed".
SHOWING = frozenset("show shows showed shown suggest suggests suggested".split())

#: Auxiliaries of a passive: in "tenants were informed" the subject is told, not telling.
PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split())

#: Words that join a second verb to the subject of the first: "X welcomed it but said".
COORDINATORS = frozenset("and but".split())
#: The verbs whose subject a coordinator hands on: saying, not acting ("... and promised refunds").
COORDINATED_VERBS = frozenset("said says told added warned noted stated insisted argued found".split())

#: Verbs of a finding: a document's ("a poll conducted in May found"), or a claim of its
#: subject when "that" follows ("the Court of Auditors found last year that"); "police found
#: a body" is an act.
FINDING = frozenset("found finds ruled".split())  # "the court ruled that ..."

#: The verbs that link a document to its author: "data released by X".
ISSUED = frozenset("released published issued compiled provided collected gathered posted filed".split())

#: Verbs whose object is the listener: in "..., told Reuters." Reuters is not the source.
LISTENING = frozenset("told tells informed asked urged".split())
PLACES = frozenset("in at across near outside inside around".split())
#: Words after which a phrase is an object, not a subject: "reporting from the town of X".
PREPOSITIONS = PLACES | frozenset(
    "from to of for with by on into towards toward following amid after despite over about against".split()
)
#: Words after which a cue word is a noun: "called to reports of a fight", "the estimate".
NOUN_MARKERS = PREPOSITIONS | {"the", "a", "an"}
RELATIVES = frozenset("who that which whose".split())
CLAUSE_OPENERS = RELATIVES | {"(", ","}
#: Lower-case words inside an apposed name: "the Brotherhood of Locomotive Engineers and Trainmen".
NAME_WORDS = CONNECTORS | {"and"}
QUOTE_MARKS = frozenset("\"'“”‘’«»„")
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
            add(_phrases_after(tokens, i + 2), "according to", start)
        elif word == "official" and after in OFFICIAL_ACCOUNTS and not _reported(lower, i) and not _disputed(lower, i):
            found.append(([AUTHORITIES], "official version", start))
        elif word in DOCUMENTS and after in ("from", "by") and not _after_according(lower, i):
            add(_phrases_after(tokens, i + 2), "from", start)
        elif word in DOCUMENTS and after == "," and _authored(lower, i + 2):
            add(_phrases_after(tokens, _authored(lower, i + 2)), "from", start)
        elif word in ISSUED and after == "by" and i > 0 and lower[i - 1] in DOCUMENTS:
            if not _after_according(lower, i - 1):
                add(_phrases_after(tokens, i + 2), "from", start)
        elif word == "put" and _puts_a_figure(lower, i, "at"):
            add(_subjects(tokens, i), word, start)
        elif word in REVISED and _puts_a_figure(lower, i, "to"):
            add(_subjects(tokens, i), word, start)
        elif word in RECORDED and _number(text, i + 1):
            add(_subjects(tokens, i), word, start)
        elif word in SHOWING:
            add(_shown_by(tokens, i), word, start)
        elif word in FINDING:
            document = _shown_by(tokens, i)
            add(document or (_subjects(tokens, i) if "that" in lower[i + 1 : i + 5] else []), word, start)
        elif word in POLLS and after == "by" and i and lower[i - 1].endswith("s") and lower[i - 1] in SOURCE_NOUNS:
            # "expected by 27 of the 31 economists polled by Reuters": the group answered, not the
            # pollster; a group opening its clause is its verb's subject, cited (or not) by it
            group = phrase_before(tokens, i)
            if group and _after_preposition(lower, group.start):
                add([group], "polled", start)
        elif word == "saying":
            if i and lower[i - 1] == ",":  # "X held rates on Wednesday, saying ...": the clause's subject
                add(_opening_subject(tokens, i - 1), "said", start)
        elif word in CLAIM_VERBS and tokens.text[i].islower():
            if word in THING_VERBS and (after in OBJECT_OPENERS or _number(text, i + 1)):
                continue  # "wrote 212 checks", "promised a review": an act
            if word in DISPUTING and not after.isalpha():
                continue  # "a figure the government disputes.": the figure is its object, not a claim
            if found and lower[i - 1] in COORDINATORS:
                continue  # "X recognised ... and said": the first verb's cue already names X
            subjects = _subjects(tokens, i)
            if word in DOCUMENTS and subjects and _object(tokens, subjects[0]):
                continue  # "beat Wall Street estimates": a noun, the object of a verb
            if subjects and _conditional(lower, subjects[0].start):
                continue  # "if the Federal Reserve continued to cut": a condition, not a claim
            add(subjects, word, start)
        elif word in SPEAKS_FOR and after == "for" and i > 1 and lower[i - 1] in ("a", "an") and text[i - 2] == ",":
            body = _named_body(tokens, i + 2)  # "Jane Doe, a spokeswoman for the Farmers Union"
            if body:
                add([body], "spokesperson for", start)
    return found


#: Words opening a condition: its subject claims nothing ("if the Federal Reserve continued to cut").
CONDITIONS = frozenset("if unless whether".split())
#: Words that open a clause, after which a name may be the subject of a verb ("as the IMF estimates").
CLAUSE_WORDS = RELATIVES | COORDINATORS | frozenset("as while because since if when whereas although though".split())


def _object(tokens: Words, phrase: range) -> bool:
    """Whether a phrase follows a lower-case word that is no clause's opening: in "beat Wall
    Street estimates" the name and its noun are the verb's object."""
    k = _governor(tokens, phrase)
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


def _shown_by(tokens: Words, verb: int) -> list[range]:
    """The author of a document that "shows": "Government figures (published in March) showed".

    Only a document with an owner named before it: "the figures showed" cites no one.
    """
    lower = tokens.lower
    for k in range(verb - 1, max(-1, verb - MAX_PHRASE), -1):
        if lower[k] in DOCUMENTS:
            phrase = phrase_before(tokens, k + 1)
            return [phrase] if len(phrase) > 1 else []
        if lower[k] in (";", ":") or (lower[k] in CLAIM_VERBS and lower[k] not in ISSUED):
            break
    return []


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


def _subjects(tokens: Words, verb: int) -> list[range]:
    """The source of a claim verb: its subject, or the phrase after it when inverted."""
    text, lower = tokens.text, tokens.lower
    if verb + 1 < len(lower) and lower[verb + 1] == "by":
        return _phrases_after(tokens, verb + 2) if lower[verb] in PASSIVE_BY_VERBS else []
    j = verb
    while j > 0 and lower[j - 1] in SKIPPED and not name_end(text, j - 1):  # not "Hear Today"
        j -= 1
    if j > 0 and lower[j - 1] in PASSIVE_AUXILIARIES:
        return []  # "tenants were informed": they were told
    if j > 0 and lower[j - 1] in NOUN_MARKERS:
        return []  # "called to reports of a fight", "the estimate": a noun, not a verb
    if j > 0 and lower[j - 1] in COORDINATORS:
        return _coordinated(tokens, j - 1) if lower[verb] in COORDINATED_VERBS else []
    before = text[j - 1] if j > 0 else None
    after_clause = before is None or before in QUOTE_MARKS or before in ",:"
    if after_clause and lower[verb] not in LISTENING:
        # "..., said the ministry." but not "..., said the agency would": the phrase must end there
        inverted, end = phrase_at(tokens, verb + 1)
        closed = end >= len(text) or not text[end][:1].isalnum()
        if inverted and closed and lower[inverted[-1]] not in DOCUMENTS:
            return [inverted]
    if before is not None and lower[j - 1] in PRONOUNS:
        return [range(j - 1, j)]
    if before == ",":
        return _apposed(tokens, j - 1)
    phrase = phrase_before(tokens, _bracketed(text, j) if before == ")" else j)  # "Human Rights Watch (HRW) said"
    if not phrase:  # "health officials in the state reported": step over the place
        place = next((k for k in range(j - 1, max(0, j - 5), -1) if lower[k] in PLACES), 0)
        phrase = phrase_before(tokens, place) if place else _bare_group(tokens, j)
    elif phrase.start > 2 and _governed(tokens, phrase):  # "Residents of the village of X said"
        # (not a place opening the sentence: "In Kabul police said"); a body "of" or "at"
        # speaks ("the Quebec chapter of the Sierra Club said", "forecasters at NOAA said")
        group = _group_before(tokens, phrase.start)
        if group or _preposition(tokens, phrase) in WHERE:
            return group
    return [phrase] if phrase else []


#: Words in "-s" that are no plural noun: "..., sometimes said", "..., he has said".
NOT_PLURALS = FOLLOWERS | DETERMINERS | QUANTIFIERS | DOCUMENTS | frozenset(
    "always perhaps sometimes nevertheless thus besides news this its his hers ours yours theirs".split()
)


def _conditional(lower: list[str], start: int) -> bool:
    """Whether the phrase at ``start`` opens a condition: "if (the) | Federal Reserve"."""
    k = start - 1
    if k > 0 and lower[k] in DETERMINERS:
        k -= 1
    return k >= 0 and lower[k] in CONDITIONS


def _after_preposition(lower: list[str], start: int) -> bool:
    """Whether a phrase hangs on a preposition, counts and determiners passed over:
    "by 27 of the 31 | economists", "the forecast of | economists"."""
    k = start - 1
    while k >= 0 and (lower[k] in DETERMINERS or lower[k] in QUANTIFIERS or lower[k].isdigit()):
        k -= 1
    return k >= 0 and lower[k] in PREPOSITIONS


#: The saying verbs a bare group opening its clause is cited by: "..., commuters said"; not
#: acts ("In 2010, judges declared the law void").
GROUP_VERBS = frozenset(
    "said says say told tell warned warn warns added noted argued argue argues insisted insist insists "
    "claimed claim claims complained complain complains".split()
)


def _bare_group(tokens: Words, verb: int) -> range:
    """A plural noun nobody listed as the subject opening its clause, with any listed
    modifiers: "..., commuters said", "However, exporters warned", "Local traders say". People
    named by what they do speak as a group; the clause's opening is what makes the noun its
    subject (in "fares for commuters rose" it is an object, and "said" has no subject here)."""
    text, lower = tokens.text, tokens.lower
    k = verb - 1
    word = lower[k] if k >= 0 and lower[verb] in GROUP_VERBS else ""
    if len(word) < 4 or not word.isalpha() or not text[k].islower() or word in NOT_PLURALS:
        return NO_PHRASE
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return NO_PHRASE
    start = k
    while start > 0 and lower[start - 1] in MODIFIERS and verb - start < MAX_PHRASE:
        start -= 1
    if start == 0 or text[start - 1] in ",;" or lower[start - 1] in COORDINATORS:
        return range(start, verb)
    return NO_PHRASE


#: Prepositions of a place, never of a body that speaks: "workers outside his home in X shouted".
WHERE = PLACES - {"at"}


def _governor(tokens: Words, phrase: range) -> int:
    """Where the word governing a phrase stands, determiners passed over (-1 at the sentence's start)."""
    k = phrase.start - 1
    while k >= 0 and tokens.lower[k] in DETERMINERS:
        k -= 1
    return k


def _preposition(tokens: Words, phrase: range) -> str:
    """The word governing a phrase, in lower case ("" at the sentence's start)."""
    k = _governor(tokens, phrase)
    return tokens.lower[k] if k >= 0 else ""


def _bracketed(text: list[str], j: int) -> int:
    """Where the name before a short form in brackets ends: "Human Rights Watch (HRW)" read
    back from after the bracket; ``j`` itself when no bracket closes before it."""
    if j > 0 and text[j - 1] == ")":
        return next((k for k in range(j - 2, max(0, j - 6), -1) if text[k] == "("), 0) or j
    return j


#: Participles that hand a group to the one who asked it: "analysts polled by LSEG".
POLLED = frozenset("polled surveyed questioned interviewed asked consulted".split())


def _group_before(tokens: Words, start: int) -> list[range]:
    """The group a place or pollster governed by a preposition says which of: "Residents of
    the village of X said" -> residents, "Analysts polled by LSEG expect" -> analysts; nothing
    for a place after any other word ("Party workers outside his residence in X shouted")."""
    text, lower = tokens.text, tokens.lower
    for k in range(start - 1, max(-1, start - 8), -1):
        if lower[k] in GROUP_PLACES and k and lower[k - 1] in GROUPS:
            return [range(k - 1, k)]
        if lower[k] == "by" and k > 1 and lower[k - 1] in POLLED:
            phrase = phrase_before(tokens, k - 1)
            return [phrase] if phrase else []
        if not text[k].isalpha() or lower[k] in CLAIM_VERBS:
            break
    return []


def _opening_subject(tokens: Words, comma: int) -> list[range]:
    """The subject of the clause a participle hangs on: "Brazil's central bank held rates ...,
    saying" -> the central bank; the phrase opening the sentence (after any dateline's dash)
    followed by a lower-case verb."""
    text = tokens.text
    dash = next((k + 1 for k in range(min(comma, 24)) if text[k] in DASHES), 0)
    phrase, end = phrase_at(tokens, dash)
    lower = tokens.lower
    for k in phrase:  # "the central bank held its benchmark Selic": the verb after the head ends it
        if lower[k] in SOURCE_NOUNS and k + 1 < end and text[k + 1].islower() and lower[k + 1] not in PHRASE_WORDS:
            phrase, end = range(phrase.start, k + 1), k + 1
            break
    if phrase and end + 2 < comma and lower[end] in NAMING:  # "A group calling itself ShadowVault claimed"
        return []  # the name it gives itself is the subject its verb cites
    if phrase and phrase.start <= dash + 1 and end < comma and text[end].isalpha() and text[end].islower():
        # a body, not a lone name that may be a country's ("Kestria imposed tariffs, saying")
        body = len(phrase) > 1 or lower[phrase[-1]] in SOURCE_NOUNS
        return [phrase] if body and lower[end] not in FOLLOWERS else []
    return []


DASHES = frozenset("-–—")
#: Participles by which a body gives its name after its kind: "a group calling itself X".
NAMING = frozenset("calling called named known".split())


def _coordinated(tokens: Words, conjunction: int) -> list[range]:
    """The subject of the first verb before "and said" / "but said": the phrase opening the
    clause, followed by its verb ("Amnesty International welcomed the release but said")."""
    text = tokens.text
    starts = [0] + [k + 1 for k in range(max(0, conjunction - 3 * MAX_PHRASE), conjunction) if text[k] == ","]
    for start in starts:
        phrase, end = phrase_at(tokens, start)
        if phrase and end < conjunction and text[end].isalpha() and text[end].islower():
            return [phrase] if tokens.lower[end] not in FOLLOWERS else []
    return []


def _apposed(tokens: Words, comma: int) -> list[range]:
    """The subject before "..., VERB": a name between commas, or the phrase before a clause.

    "the spokeswoman, Jen Psaki, said" -> Jen Psaki; "Smith, a spokesman, said" -> Smith;
    "Tokayev, who governs..., said" -> Tokayev; "Tokayev that governs ... , indicated" -> Tokayev.
    """
    text, lower = tokens.text, tokens.lower
    k = comma - 1
    while k >= 0 and text[k] != "," and comma - k <= 2 * MAX_PHRASE:
        k -= 1
    segment = text[k + 1 : comma]
    if len(segment) > 2 and segment[0].lower() == "the":  # "His union, the Brotherhood of ..., said"
        segment = segment[1:]  # ("Brandt, a Republican, said" is a description of Brandt)
    if (
        segment
        and segment[-1][:1].isupper()
        and all(t[:1].isupper() or t.lower() in NAME_WORDS for t in segment)
    ):
        phrase = phrase_before(tokens, comma)
        if phrase and len(phrase) == len(segment):
            kind = phrase_before(tokens, k) if k >= 0 else NO_PHRASE
            if kind and lower[kind[-1]] in BODY_KINDS and text[kind[-1]].islower():
                return [range(kind.stop - 1, comma)]  # "her publisher, Edition Marlow, said"
            return [phrase]
    if k >= 0 and text[k] == ",":
        phrase = phrase_before(tokens, _bracketed(text, k))  # "(CBRT), which has held ..., expects"
        return [phrase] if phrase and not _governed(tokens, phrase) else []
    phrase = phrase_at(tokens, 0)[0]
    if phrase and len(phrase) < len(lower) and lower[len(phrase)] in CLAUSE_OPENERS:
        return [phrase]
    return []


def _named_body(tokens: Words, i: int) -> range | None:
    """The body a spokesperson speaks for, if the story names it ("the Farmers Union", "the NLC",
    "the Drenthe police"); a kind alone ("the opposition coalition") names none."""
    phrase = phrase_at(tokens, i)[0]
    if not phrase:
        return None
    first = phrase.start + 1 if tokens.lower[phrase.start] in DETERMINERS else phrase.start
    return phrase if first < phrase.stop and tokens.text[first][:1].isupper() else None


def _named_after(tokens: Words, phrase: range, end: int) -> range | None:
    """ "according to his publisher, Éditions du Quai, which ...": the kind and the name after
    it, as one phrase the resolver reads as the name that kind now means (``None``: none)."""
    text, lower = tokens.text, tokens.lower
    head = phrase[-1]
    if end >= len(text) or text[end] != "," or lower[head] not in BODY_KINDS or not text[head].islower():
        return None
    name, after = phrase_at(tokens, end + 1)
    if not name or name.start != end + 1:
        return None
    if not all(text[k][:1].isupper() or lower[k] in CONNECTORS for k in name):
        return None
    if after < len(text) and text[after] not in (",", ".", ";") and lower[after] not in RELATIVES:
        return None  # "according to the police, Smith was arrested": a new clause
    return range(head, name.stop)


def _initialled(tokens: Words, phrase: range, end: int) -> range | None:
    """A body's name with commas in it, read whole because its initials follow in brackets:
    "the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)"
    (``None`` unless the capitals of the whole stretch spell the initials)."""
    text, lower = tokens.text, tokens.lower
    if end >= len(text) or text[end] != ",":
        return None
    k = end
    while k < len(text) and k - end < 3 * MAX_PHRASE and text[k] != "(":
        if text[k] != "," and not text[k][:1].isupper() and lower[k] not in BODY_JOINS:
            return None
        k += 1
    if k + 2 >= len(text) or text[k] != "(" or text[k + 2] != ")" or not text[k + 1].isupper():
        return None
    initials = "".join(text[j][0] for j in range(phrase.start, k) if text[j][:1].isupper() and lower[j] not in DETERMINERS)
    return range(phrase.start, k) if initials == text[k + 1] else None


def _governed(tokens: Words, phrase: range) -> bool:
    """Whether a phrase is the object of a preposition ("reporting from the town of Dilam"),
    so it cannot be the subject of a verb after it."""
    return _preposition(tokens, phrase) in PREPOSITIONS


def _phrases_after(tokens: Words, i: int) -> list[range]:
    """The source after a cue; a document in between passes to its author ("figures from X")."""
    phrase, end = phrase_at(tokens, i)
    lower = tokens.lower
    if not phrase:  # "according to an initial estimate by X": a described document, then its author
        k = i + 1 if i < len(lower) and lower[i] in DETERMINERS else i
        if k + 2 < len(lower) and lower[k + 1] in DOCUMENTS and lower[k + 2] in ("by", "from"):
            return _phrases_after(tokens, k + 3) if tokens.text[k].isalpha() else []
        return []
    named = _named_after(tokens, phrase, end) or _initialled(tokens, phrase, end)
    if named:
        return [named]
    if lower[phrase[-1]] in DOCUMENTS and end < len(lower):
        link = lower[end]
        if link in ("from", "by", "of", "in"):
            return _phrases_after(tokens, end + 1)
        if link in ISSUED and end + 1 < len(lower) and lower[end + 1] == "by":
            return _phrases_after(tokens, end + 2)
    return [phrase, *_listed(tokens, end)]


def _listed(tokens: Words, end: int) -> list[range]:
    """The other members of a list of sources after a cue: "a joint assessment by the
    government, the World Bank and the United Nations"; none unless an "and" closes it and
    the clause ends there ("according to the ministry, 3,000 were arrested" is no list)."""
    text, lower = tokens.text, tokens.lower
    if end >= len(text) or text[end] != "," or "and" not in lower[end : end + 3 * MAX_PHRASE]:
        return []
    members: list[range] = []
    while end < len(text) and text[end] == "," and len(members) < 6:
        member, end = phrase_at(tokens, end + 1)
        if not member or member.start > end:
            return []
        members.append(member)
    if not members or end + 1 >= len(text) or lower[end] != "and":
        return []
    member, end = phrase_at(tokens, end + 1)
    closed = end >= len(text) or text[end] in (".", ",", ";")
    return [*members, member] if member and closed else []
