"""Who the article says each sentence's facts come from ("according to X", "X said").

The figures take their ``claimed_by`` from here, and the sources page is built from it.

The method is a handful of cue rules over the words of one sentence, each with a bounded
look to the left or right, so a sentence costs time in proportion to its length:

- a cue before the source: "according to X", "figures from X", "data released by X",
  "a statement from X", "as reported by X";
- a claim verb with its subject: "X said (in a statement / on Friday)", "X told Reuters",
  "X reported", "X estimates", "X, who..., said", "the spokeswoman, Jane Doe, said";
- the same verb inverted after a quote or a comma: "..., said the ministry";
- "the official version" and "official figures", credited to the authorities: the article
  reports what the authorities say without naming the office, and naming them is what lets
  a reader weigh the claim;
- the speaker of a quotation, for the sentence where it opens.

"X told Reuters": X is the source; the outlet that was told is not (it is credited, if at all,
in the credit line). Names are made as full as the article allows: the people list first
(``Person.name``, surname, aliases), then names already attributed ("Psaki" after "Jen Psaki",
"the ministry" after "the Interior Ministry", "the president" after "President ... Tokayev"),
then runs of capitalised words in the body. Pronouns resolve to the speaker of a quote around
them, then ("he", "she") to the person of that gender most recently cited, then ("it") to the
last body cited; otherwise the sentence stays unattributed rather than guessed.

Knowingly missed: attribution carried over several sentences without a cue ("The ministry
said... It added nothing..." is caught, "The figures also show..." is not), sources only in a
headline, and nested reported speech (the innermost speaker wins the sentence).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

from generator.lexicon import REPORTING_VERBS
from generator.model import Article, Person, Quote, Sentence

#: Verbs that attribute a fact; beyond the quoting verbs, those that rarely open a quote.
CLAIM_VERBS = REPORTING_VERBS | frozenset(
    """
    expressed informed recognized recognised reiterated revealed disclosed alleged calculated
    counted specified detailed clarified assured signalled signaled emphasized emphasised
    forecast projected tallied estimate reckons reckoned believes believed accused accuses
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

#: Documents a source issues: "figures from X", "a statement by X", "according to data from X".
DOCUMENTS = frozenset(
    """
    figures data statistics statement statements report reports estimates estimate survey poll
    sources
    study tally count census analysis document documents records numbers communique
    calculations projections
    communiqué release bulletin update
    """.split()
)

#: What a source "puts at" a number: "put the death toll at 30".
TALLIES = frozenset("figure number toll count total tally cost estimate".split())

#: The verbs that link a document to its author: "data released by X".
ISSUED = frozenset("released published issued compiled provided collected gathered posted filed".split())

#: Nouns that can head a source phrase without a capital letter ("police said").
SOURCE_NOUNS = frozenset(
    """
    police authorities officials official ministry government army military company firm
    spokesman spokeswoman spokesperson spokespeople witnesses witness residents prosecutors
    prosecutor court agency department office council commission committee organisation
    organization embassy mission union group analysts analyst experts expert doctors hospital
    media television tv newspaper broadcaster channel cabinet presidency parliament regulator
    bank authority service services institute observatory monitor officers officer
    investigators researchers scientists activists organisers organizers protesters
    demonstrators rebels militants lawmakers diplomats aides campaigners lawyers lawyer family
    relatives president minister secretary governor mayor leader chief director ambassador
    premier chancellor king queen prince pope commander coroner medics rescuers firefighters
    forces troops kremlin palace junta regime administration diplomat activist resident
    researcher scientist investigator organiser organizer protester demonstrator medic
    volunteer utility airport publisher developer network force club team league charity
    foundation party campaign startup operator insurer retailer manufacturer carmaker
    automaker producer guard guards coastguard ombudsman airline carrier opposition farmers
    unions
    workers teachers villagers survivors neighbours neighbors brigade
    """.split()
)

#: Words that name a role rather than a person; a name right after one is a person.
TITLE_WORDS = frozenset(
    """
    president minister secretary spokesman spokeswoman spokesperson chancellor governor mayor
    senator general director chief ambassador king queen prince princess premier leader
    chairman chairwoman chair ceo commissioner prosecutor judge envoy head deputy sheriff
    commander colonel captain lieutenant sergeant inspector superintendent mr mrs ms dr
    constable pope rep sen gov gen lt col capt sgt prof professor officer official
    representative congressman congresswoman lawmaker mp economist analyst researcher lawyer
    attorney founder executive manager coach adviser advisor aide vice mr. mrs. ms. dr.
    gen. sen. rep. gov. lt. col. capt. sgt. prof.
    """.split()
)

#: Lower-case words that may modify a source noun ("local media", "two senior officials").
MODIFIERS = frozenset(
    """
    local state national federal regional provincial municipal city health interior foreign
    defence defense security senior top military police government official independent
    opposition rights human humanitarian public private western international emergency
    justice economy finance education transport energy environment agriculture trade labour
    labor news press medical hospital rescue fire border coast customs tax election electoral
    central supreme high district county prison army navy air water gas electricity weather
    meteorological statistics statistical planning housing immigration consumer competition
    food drug safety highway civil fire
    """.split()
)

#: Words that open a noun phrase and are dropped from a source's name.
DETERMINERS = frozenset("the a an his her their its our this that these those".split())

#: Leading counts and quantities, dropped from a name ("two officials" -> "officials").
QUANTIFIERS = frozenset("one two three four five six several many some most few other all both".split())

#: Small words inside an organisation's name ("Ministry of the Interior").
CONNECTORS = frozenset("of for to the de del la le des du on & in at".split())

#: Capitalised words that open a sentence or a clause, never a source's name.
STOP_CAPS = frozenset(
    """
    The A An But And Or So Yet However Meanwhile Also In On At For From With After Before
    During Since While When Then Now Still Later Earlier This That These Those It He She They
    We I You His Her Their Its Our My Your According Last Next Yesterday Today Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Asked As If Although Though Because Despite By
    Under Over Until Unlike Like Instead Nevertheless Moreover Furthermore Separately Nor
    Neither Even Some Many Most Other Both All Several There Here What Who Why How Where
    """.split()
)

#: Phrases after "according to" that are not sources ("according to plan").
NOT_SOURCES = frozenset(
    """
    plan schedule law tradition custom rules constitution legend protocol script programme
    program reports media reports sources estimates figures data forecasts expectations
    polls surveys the agreement agreement contract terms regulations guidelines
    """.split("\n")[0].split()
) | frozenset(
    {"media reports", "local reports", "some reports", "press reports", "unconfirmed reports"}
)

#: What "the official version" and its kin are credited to.
AUTHORITIES = "Authorities"
OFFICIAL_ACCOUNTS = frozenset(
    "version figures data count toll tally statistics account sources numbers estimates".split()
)

#: Names whose last word is one of these are organisations, never a person's name.
ORG_HEADS = frozenset(
    """
    ministry nations fund house council office department agency organization organisation
    commission committee bank police army court government party union embassy mission
    service institute university company group corp inc ltd association federation
    authority administration forces guard kremlin network times post press news agency
    """.split()
)

#: Bodies a story names once, then calls by their kind: "the company said".
GENERIC_BODIES = frozenset(
    """
    company firm bank group airline carrier club utility airport startup retailer insurer
    operator manufacturer carmaker automaker publisher developer network broadcaster team
    """.split()
)

#: Kinds a story calls a body it has just named: "the agency said" after naming it.
REFERRING_BODIES = frozenset(
    """
    agency regulator department commission authority ministry office organisation
    organization service council committee institute watchdog body
    """.split()
)

#: The last word of an institution's name: "National Highway Traffic Safety Administration".
INSTITUTIONS = REFERRING_BODIES | frozenset("administration bureau board survey centre center".split())

#: Capitalised words a story opens on that are not a name: "More than 200 homes...".
COMMON_OPENERS = frozenset("More Most Nearly About Almost Over Up Just Around Roughly Only Every".split())

#: Titles whose holder speaks for a body: "a spokesman for X" cites X.
BODY_TITLES = frozenset("spokesman spokeswoman spokesperson official officer representative".split())

#: Words that may follow a complete source phrase ("police | said", "the army | in Almaty").
FOLLOWERS = frozenset(
    """
    that who which whose in on at as and or but with was were is are has have had to for of
    from by than would will could may might also after before while when since during over
    about there says said say told reported added while whom until if because not
    """.split()
)

#: Modifiers that cannot end a source phrase: "the official | version" is not "official".
CUT_WORDS = (MODIFIERS - SOURCE_NOUNS) | {"official"}

PRONOUNS = {"he": "m", "she": "f", "it": "org", "they": None, "we": None, "i": None}
#: People who speak as a group, named by where they are: "residents of X".
GROUPS = frozenset(
    """
    residents witnesses villagers survivors protesters demonstrators farmers workers families
    relatives neighbours neighbors citizens people locals
    """.split()
)
#: Verbs whose object is the listener: in "..., told Reuters." Reuters is not the source.
LISTENING = frozenset("told tells informed asked urged".split())
PLACES = frozenset("in at across near outside inside around".split())
RELATIVES = frozenset("who that which whose".split())
CLAUSE_OPENERS = RELATIVES | {"(", ","}
QUOTE_MARKS = frozenset("\"'“”‘’«»„")
# Unions of the lists above, made once: the rules test every word of a phrase against them.
PHRASE_WORDS = DETERMINERS | QUANTIFIERS | MODIFIERS | SOURCE_NOUNS | TITLE_WORDS | DOCUMENTS
LEADING_WORDS = DETERMINERS | QUANTIFIERS | CONNECTORS
TRAILING_WORDS = CONNECTORS | DETERMINERS | {"and"}
HEAD_NOUNS = SOURCE_NOUNS | DOCUMENTS
GROUP_WORDS = SOURCE_NOUNS | MODIFIERS | QUANTIFIERS
CUE_WORDS = CLAIM_VERBS | DOCUMENTS | ISSUED | {"according", "official", "put"}
MAX_PHRASE = 12
"""No source's name is longer than this many words: it bounds every look-around."""

_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
# The capitalised name a story opens on, before a verb or a possessive: "HSBC's profit rose".
_LEAD_SUBJECT = re.compile(
    r"(?:[A-Z][^()\n]{0,50}?\([^()\n]{2,40}\)\s*[-–—]+\s*)?"  # a dateline, "LONDON (Reuters) -"
    r"((?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*){0,3})(?:['’]s)?\s+[a-z]"
)

# Every non-space character starts a token, so leading white space is all a match skips: the
# group is the token, and matching the space inside the pattern spares a failed try per space.
# The first two branches take most tokens at once: words that cannot open an initialism or a
# title, and punctuation. Nothing follows the group, so giving characters back never helps a
# match: where the regex engine knows possessive quantifiers (Python 3.11) it does not try.
_P = "+" if sys.version_info >= (3, 11) else ""
_TOKEN = re.compile(
    rf"\s*{_P}((?![A-Z])\w+{_P}(?:['’&.-]\w+)*{_P}|[^\w\s]"
    r"|(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|St|Jr)\."
    r"|\w+(?:['’&.-]\w+)*)"
)


@dataclass(frozen=True)
class Attribution:
    """One source cited in one sentence, with the cue that cites it."""

    sentence: str
    name: str
    cue: str
    """The cue as a short keyword: "according to", "official version", "quote", "from", or the verb."""
    start: int
    """Offset in ``Article.body`` of the cue, for reading order within a sentence."""


class _Words:
    """One sentence's tokens as parallel lists of texts and lower-case forms.

    Every sentence is tokenised, so no object is made per word: the lists come from C-speed
    calls, and the offsets are found only up to the last cue word that needs one.
    A phrase is a ``range`` of token indexes.
    """

    __slots__ = ("text", "lower", "_source", "_base", "_found", "_end")

    def __init__(self, text: list[str], lower: list[str], source: str, base: int):
        self.text = text
        self.lower = lower
        self._source = source
        self._base = base
        self._found = 0  # how many tokens have been found in ``_source``; the last ends at ``_end``
        self._end = 0

    def start(self, i: int) -> int:
        """Offset of token ``i`` in the body; asked in reading order, so each token is found once.

        Only white space lies between two tokens, so a token starts at the first occurrence of
        its text after the end of the one before.
        """
        if i < self._found:
            self._found = self._end = 0
        text, find, end = self.text, self._source.find, self._end
        for k in range(self._found, i + 1):
            end = find(text[k], end) + len(text[k])
        self._found, self._end = i + 1, end
        return self._base + end - len(text[i])

    def words(self, phrase: range) -> list[str]:
        return self.text[phrase.start : phrase.stop]


_NONE = range(0)
"""The empty phrase."""


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
    resolver = _Resolver(article, quotes, people)
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


def is_title(word: str) -> bool:
    """A role word, also with a prefix: "president", "Co-CEO", "vice-president"."""
    word = word.lower()
    return word in TITLE_WORDS or word.partition("-")[2] in TITLE_WORDS


@lru_cache(maxsize=4096)  # pure, and asked for the same few names again and again
def untitled(name: str) -> str:
    """A person's name without the title before it: "Chief Constable Sarah Lee" -> "Sarah Lee".

    Only when a name of two words or more remains, free of "of": "Secretary of State" stays.
    """
    words = name.split()
    start = 0
    while start < len(words) - 2 and is_title(words[start]):
        start += 1
    rest = words[start:]
    if start and not any(w.lower() in CONNECTORS for w in rest) and all(w[:1].isupper() for w in rest):
        return " ".join(rest)
    return name


@lru_cache(maxsize=4096)  # pure, and asked for the same few names again and again
def source_key(name: str) -> str:
    """The form two names of one source share ("the Interior Ministry" = "Interior Ministry")."""
    words = untitled(name).lower().replace("’", "'").split()
    while words and words[0] in DETERMINERS:
        words.pop(0)
    return " ".join(words).removesuffix("'s")


@lru_cache(maxsize=4096)  # pure, and a story cites the same few names again and again
def _suffixes(name: str) -> tuple[str, ...]:
    """Every word-suffix of a name's key, the last word last: "interior ministry", "ministry"."""
    words = source_key(name).split()
    return tuple(" ".join(words[i:]) for i in range(max(0, len(words) - MAX_PHRASE), len(words)))


# --- cues: where a sentence names a source -------------------------------------------------


def _cues(sentence: Sentence, in_quote) -> list[tuple[list[str], str, int]]:
    """(words naming the source, cue, offset) for every cue of one sentence."""
    text = _TOKEN.findall(sentence.text)
    lower = list(map(str.lower, text))
    if CUE_WORDS.isdisjoint(lower):
        return []  # most sentences cite nobody
    tokens = _Words(text, lower, sentence.text, sentence.start)
    found: list[tuple[list[str], str, int]] = []

    def add(phrases: list[range], cue: str, start: int) -> None:
        for phrase in phrases:
            found.append((text[phrase.start : phrase.stop], cue, start))

    for i, word in enumerate(lower):
        if word not in CUE_WORDS:
            continue
        start = tokens.start(i)
        if in_quote(start):
            continue
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if word == "according" and after == "to":
            add(_phrases_after(tokens, i + 2), "according to", start)
        elif word == "official" and after in OFFICIAL_ACCOUNTS:
            found.append(([AUTHORITIES], "official version", start))
        elif word in DOCUMENTS and after in ("from", "by") and not _after_according(lower, i):
            add(_phrases_after(tokens, i + 2), "from", start)
        elif word in DOCUMENTS and after == "," and _authored(lower, i + 2):
            add(_phrases_after(tokens, _authored(lower, i + 2)), "from", start)
        elif word in ISSUED and after == "by" and i > 0 and lower[i - 1] in DOCUMENTS:
            if not _after_according(lower, i - 1):
                add(_phrases_after(tokens, i + 2), "from", start)
        elif word == "put" and _puts_a_figure(lower, i):
            add(_subjects(tokens, i), word, start)
        elif word in CLAIM_VERBS and tokens.text[i].islower():
            add(_subjects(tokens, i), word, start)
    return found


def _puts_a_figure(lower: list[str], i: int) -> bool:
    """ "the ministry put the number of injured at 30": a source giving a figure."""
    window = lower[i + 1 : i + 7]
    return "at" in window and any(w in TALLIES for w in window)


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


def _subjects(tokens: _Words, verb: int) -> list[range]:
    """The source of a claim verb: its subject, or the phrase after it when inverted."""
    text, lower = tokens.text, tokens.lower
    if verb + 1 < len(lower) and lower[verb + 1] == "by":
        return _phrases_after(tokens, verb + 2) if lower[verb] in PASSIVE_BY_VERBS else []
    j = verb
    while j > 0 and lower[j - 1] in SKIPPED:
        j -= 1
    before = text[j - 1] if j > 0 else None
    after_clause = before is None or before in QUOTE_MARKS or before in ",:"
    if after_clause and lower[verb] not in LISTENING:
        # "..., said the ministry." but not "..., said the agency would": the phrase must end there
        inverted, end = _phrase_at(tokens, verb + 1)
        closed = end >= len(text) or not text[end][:1].isalnum()
        if inverted and closed and lower[inverted[-1]] not in DOCUMENTS:
            return [inverted]
    if before is not None and lower[j - 1] in PRONOUNS:
        return [range(j - 1, j)]
    if before == ",":
        return _apposed(tokens, j - 1)
    if before == ")":  # "Human Rights Watch (HRW) said"
        opening = next((k for k in range(j - 2, max(0, j - 6), -1) if text[k] == "("), 0)
        j = opening or j
    phrase = _phrase_before(tokens, j)
    if not phrase:  # "health officials in the state reported": step over the place
        place = next((k for k in range(j - 1, max(0, j - 5), -1) if lower[k] in PLACES), 0)
        phrase = _phrase_before(tokens, place) if place else _NONE
    return [phrase] if phrase else []


def _apposed(tokens: _Words, comma: int) -> list[range]:
    """The subject before "..., VERB": a name between commas, or the phrase before a clause.

    "the spokeswoman, Jen Psaki, said" -> Jen Psaki; "Smith, a spokesman, said" -> Smith;
    "Tokayev, who governs..., said" -> Tokayev; "Tokayev that governs ... , indicated" -> Tokayev.
    """
    text, lower = tokens.text, tokens.lower
    k = comma - 1
    while k >= 0 and text[k] != "," and comma - k <= 2 * MAX_PHRASE:
        k -= 1
    segment = text[k + 1 : comma]
    if (
        segment
        and segment[-1][:1].isupper()
        and all(t[:1].isupper() or t.lower() in CONNECTORS for t in segment)
    ):
        phrase = _phrase_before(tokens, comma)
        if phrase and len(phrase) == len(segment):
            return [phrase]
    if k >= 0 and text[k] == ",":
        phrase = _phrase_before(tokens, k)
        return [phrase] if phrase else []
    phrase = _phrase_at(tokens, 0)[0]
    if phrase and len(phrase) < len(lower) and lower[len(phrase)] in CLAUSE_OPENERS:
        return [phrase]
    return []


def _phrases_after(tokens: _Words, i: int) -> list[range]:
    """The source after a cue; a document in between passes to its author ("figures from X")."""
    phrase, end = _phrase_at(tokens, i)
    if not phrase:
        return []
    lower = tokens.lower
    if lower[phrase[-1]] in DOCUMENTS and end < len(lower):
        link = lower[end]
        if link in ("from", "by", "of", "in"):
            return _phrases_after(tokens, end + 1)
        if link in ISSUED and end + 1 < len(lower) and lower[end + 1] == "by":
            return _phrases_after(tokens, end + 2)
    return [phrase]


def _span(tokens: _Words, i: int) -> int:
    """How many tokens the phrase at ``i`` covers, determiners included."""
    lower = tokens.lower
    n = 0
    while i + n < len(lower) and n < MAX_PHRASE and _phrase_word(tokens, i + n, forward=True):
        n += 1
    while n and lower[i + n - 1] in TRAILING_WORDS:
        n -= 1
    return n


def _phrase_at(tokens: _Words, i: int) -> tuple[range, int]:
    """The noun phrase starting at ``i`` ("the Interior Ministry", "police", "Jane Doe"), and
    the end of its span (determiners and all), which the callers read on from.

    A phrase that ends on a lower-case word followed by another content word was cut inside a
    longer phrase ("the official | version") and is not a source.
    """
    text = tokens.text
    end = i + _span(tokens, i)
    if end > i and end < len(text) and text[end - 1] in CUT_WORDS:
        after = text[end]
        if after.isalpha() and after.islower() and after not in FOLLOWERS:
            return _NONE, end
    return _clean(tokens, i, end), end


def _phrase_before(tokens: _Words, end: int) -> range:
    """The noun phrase ending just before ``end``."""
    text, lower = tokens.text, tokens.lower
    i = end
    while i > 0 and end - i < MAX_PHRASE and _phrase_word(tokens, i - 1, forward=False):
        i -= 1
    # one adjective nobody listed before a listed noun: "the royal palace", "forensic service"
    if 1 < i < end and lower[i] in SOURCE_NOUNS and text[i - 1].isalpha():
        before = lower[i - 2]
        if text[i - 1].islower() and (before in DETERMINERS or before.endswith("'s")):
            i -= 1
    phrase = _clean(tokens, i, end)
    # "Residents of Viña del Mar said": the group speaks, the place only says which
    if len(phrase) > 2 and lower[phrase[0]] in GROUPS and lower[phrase[1]] in ("of", "in", "from"):
        phrase = phrase[:1]
    return phrase


def _phrase_word(tokens: _Words, i: int, *, forward: bool) -> bool:
    texts = tokens.text
    text = texts[i]
    if text[:1].isupper():
        return text not in STOP_CAPS or text in ("The", "A", "An")
    word = tokens.lower[i].removesuffix("'s").removesuffix("’s")
    if word in CONNECTORS and word != "the":
        return _joins(tokens, i)
    if word == "and":  # inside a name only between capitals: "Fire and Rescue Service"
        return 0 < i < len(texts) - 1 and texts[i - 1][:1].isupper() and texts[i + 1][:1].isupper()
    if word in PHRASE_WORDS:
        return True
    if forward and word.isalpha():  # a descriptor before a name: "the property site Rightmove"
        return any(t[:1].isupper() and t not in STOP_CAPS for t in texts[i + 1 : i + 4])
    return word.isdigit() and not forward


def _joins(tokens: _Words, i: int) -> bool:
    """Whether the connector at ``i`` joins two parts of one name: "Ministry of Health",
    "spokesman for the army", but not "officials in the state"."""
    text, lower = tokens.text, tokens.lower
    j = i + 1
    if j < len(lower) and lower[j] in DETERMINERS:
        j += 1
    return (
        i > 0
        and j < len(lower)
        and (text[i - 1][:1].isupper() or lower[i - 1] in SOURCE_NOUNS)
        and (text[j][:1].isupper() or lower[j] in SOURCE_NOUNS or lower[j] in MODIFIERS)
    )


def _clean(tokens: _Words, i: int, end: int) -> range:
    """Drop leading determiners, counts and connectors; keep only a phrase with a real head."""
    text, lower = tokens.text, tokens.lower
    while i < end and (lower[i] in LEADING_WORDS or text[i] in STOP_CAPS or text[i].isdigit()):
        i += 1
    while i < end and lower[end - 1] in TRAILING_WORDS:
        end -= 1
    if i == end:
        return _NONE
    head = end - 1
    owned = end - i > 2 and lower[head - 1] in ("of", "for") and lower[head - 2] in SOURCE_NOUNS
    if not (text[head][:1].isupper() or lower[head].removesuffix("'s") in HEAD_NOUNS or owned):
        return _NONE  # "the ministry of health" is owned by its noun; "the state" heads nothing
    if " ".join(lower[i:end]) in NOT_SOURCES:
        return _NONE
    return range(i, end)


# --- names: making the phrase as full as the article allows ---------------------------------


class _Resolver:
    """Turns a cue's phrase into a source's name, remembering who has been cited so far."""

    def __init__(self, article: Article, quotes: tuple[Quote, ...], people: tuple[Person, ...]):
        # every lookup is a dict or a bisect, so that a long article costs linear time
        self.people = _PeopleIndex(people)
        self.quotes = sorted((q for q in quotes if q.end > q.start), key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.quotes_opening: dict[str, list[Quote]] = {}
        for quote in quotes:
            self.quotes_opening.setdefault(quote.sentence, []).append(quote)
        self.body = article.body
        self.lead = article.sentences[0].text if article.sentences else ""
        self.roles: dict[str, str] = {}
        self.by_suffix: dict[str, str] = {}  # every word-suffix of a cited name -> that name
        self.last_of_kind: dict[str, str] = {}  # "m", "f", "org" -> the last cited of that kind

    @cached_property
    def lead_subject(self) -> str | None:
        """The body the story opens on ("HSBC's profit rose..."), unless it is a person."""
        match = _LEAD_SUBJECT.match(self.lead)
        if not match or match.group(1).split()[0] in STOP_CAPS:
            return None
        name = match.group(1)
        if name.lower() in self.people.names or name.split()[-1].lower() in self.people.surnames:
            return None
        # a proper name, not "More than...", "Prices rose": it looks like one or recurs as one
        looks = " " in name or match.group().count("'s") or name[1:] != name[1:].lower()
        single = not name.endswith("s") and name not in COMMON_OPENERS  # "Tesla", not "Prices"
        return name if looks or single or f" {name}" in self.body[len(self.lead) :] else None

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """"HRW" -> "Human Rights Watch", from "Human Rights Watch (HRW)" in the body."""
        found: dict[str, str] = {}
        for match in _ACRONYM.finditer(self.body):
            window = _TOKEN.findall(self.body[max(0, match.start() - 80) : match.start()])
            tokens = _Words(window, list(map(str.lower, window)), "", 0)
            name = tokens.words(_phrase_before(tokens, len(tokens.text)))
            initials = "".join(w[0] for w in name if w[:1].isupper())
            if initials == match.group(1) or initials.endswith(match.group(1)):
                found.setdefault(match.group(1), " ".join(name[-2 * len(match.group(1)) :]))
        return found

    @cached_property
    def full_names(self) -> dict[str, str]:
        """Read from the body only when a lone surname needs it."""
        return _full_names(self.body)

    def in_quote(self, offset: int) -> bool:
        i = bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and self.quotes[i].start < offset < self.quotes[i].end

    def cited(self, name: str, offset: int) -> None:
        suffixes = _suffixes(name)
        for suffix in suffixes:
            self.by_suffix[suffix] = name
        genders = self.people.genders
        self.last_of_kind[genders.get(name) or ("person" if name in genders else "org")] = name
        if name not in genders and len(suffixes) > 1 and suffixes[-1] in INSTITUTIONS:
            self.last_of_kind["institution"] = name  # "the agency" may now mean it

    def resolve(self, words: list[str], sentence: Sentence, offset: int) -> str | None:
        lower = [w.lower() for w in words]
        if len(words) == 1 and lower[0] in PRONOUNS:
            return self.pronoun(lower[0], sentence, offset)
        if words == [AUTHORITIES]:
            return AUTHORITIES
        if len(lower) >= 2 and lower[-2] == "official" and lower[-1] in OFFICIAL_ACCOUNTS:
            return AUTHORITIES
        person = self.person(words, lower)
        if person:
            return person
        titles = [i for i, w in enumerate(lower) if is_title(w)]
        if titles:
            return self.titled(words, titles[-1])
        while len(words) > 1 and words[-1] in DOCUMENTS:  # "a Reuters tally" -> Reuters
            words, lower = words[:-1], lower[:-1]
        if words[-1] in DOCUMENTS:
            return None
        if "at" in lower and set(lower[: lower.index("at")]) <= GROUP_WORDS:
            words = words[lower.index("at") + 1 :]  # "analysts at JPMorgan" -> JPMorgan
        return self.expand(_undescribed(_unpossessed(words)))

    def speaker(self, speaker: str, sentence: Sentence, offset: int) -> str | None:
        """A quote's speaker as a source: "agency" or "the president" resolved like a cue's."""
        if speaker[:1].isupper():
            return untitled(speaker)
        return self.resolve(speaker.split(), sentence, offset) or speaker

    def person(self, words: list[str], lower: list[str]) -> str | None:
        """The person of the people list the phrase names (by name, surname or alias)."""
        for i in range(max(0, len(lower) - 5), len(lower) - 1):
            # the name must end the phrase, and not follow "of": "Office for National Statistics"
            if i and lower[i - 1] in TRAILING_WORDS:
                continue
            name = self.people.names.get(" ".join(lower[i:]))
            if name:
                return name
        if len(words) == 1 and words[0][:1].isupper() and lower[0] in self.people.surnames:
            return self.people.surnames[lower[0]]
        text = " ".join(lower)
        return self.people.aliases.get(text) or self.people.aliases.get(source_key(text))

    def titled(self, words: list[str], title: int) -> str | None:
        """"President of Kazakhstan Kassym Jomart Tokayev", "White House spokeswoman", "Mr. Smith"."""
        rest = words[title + 1 :]
        run = rest
        if rest and rest[0].lower() in CONNECTORS:
            last = max(i for i, w in enumerate(rest) if w.lower() in CONNECTORS)
            run = rest[last + 1 :]
            if len(run) >= 3 and run[-1].lower() not in ORG_HEADS:
                run = run[1:][-3:]  # "of Kazakhstan Kassym Jomart Tokayev": the place comes first
            elif words[title].lower() in BODY_TITLES:
                return self.expand(rest[1:])  # "a spokesman for the Interior Ministry"
            else:
                run = []
        if run and all(w[:1].isupper() for w in run):
            name = self.expand(run)
            for word in words[: title + 1]:
                if is_title(word):
                    self.roles[word.lower()] = name
            return name
        role = words[title].lower()
        if role in self.roles:
            return self.roles[role]
        body = [
            i for i, w in enumerate(words[:title]) if w[:1].isupper() or w.lower() in SOURCE_NOUNS
        ]
        if role in BODY_TITLES and body:  # "a White House spokeswoman", "a ministry spokesman"
            return self.expand(words[body[0] : title])
        if body and words[title - 1].lower() in SOURCE_NOUNS:  # "the police chief"
            return self.expand(words[body[0] : title])
        return None  # a role nobody in the story holds: unattributed, not guessed

    def expand(self, words: list[str]) -> str:
        """The fullest name for a phrase: a cited name or a body name it ends, else itself."""
        name = " ".join(words)
        key = source_key(name)
        if not key:
            return name
        if key in self.by_suffix:  # "Psaki" after "Jen Psaki", "the ministry" after "Interior Ministry"
            return self.by_suffix[key]
        if len(words) == 1 and words[0][:1].isupper() and key in self.people.surnames:
            return self.people.surnames[key]
        if len(words) == 1 and words[0] in self.acronyms:  # "HRW" after "Human Rights Watch (HRW)"
            return self.expand(self.acronyms[words[0]].split())
        if key in GENERIC_BODIES and self.lead_subject:  # "the company" in a story about Netflix
            return self.lead_subject
        if key in REFERRING_BODIES and "institution" in self.last_of_kind:  # "the agency said"
            return self.last_of_kind["institution"]
        if len(words) == 1 and words[0][:1].isupper() and words[0] in self.full_names:
            return self.full_names[words[0]]
        return _display(name)

    def pronoun(self, word: str, sentence: Sentence, offset: int) -> str | None:
        """The speaker of a quote around the pronoun, else the last cited of that kind."""
        if word != "it":
            first = bisect_right(self.quote_starts, sentence.end - 1)
            around = [
                q for q in self.quotes[max(0, first - 8) : first]
                if q.speaker and q.end >= sentence.start - 2
            ]
            if around:
                return min(around, key=lambda q: abs(q.end - offset)).speaker
        kind = PRONOUNS[word]
        return self.last_of_kind.get(kind) if kind else None


class _PeopleIndex:
    """The people list as lookups: full name, surname and alias (lower case) -> full name."""

    def __init__(self, people: tuple[Person, ...]):
        self.names: dict[str, str] = {}
        self.surnames: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        self.genders: dict[str, str | None] = {}
        for person in people:
            if not person.name[:1].isupper():  # not a person's name ("del Mar")
                continue
            name = untitled(person.name)  # "Constable Sarah Lee" -> "Sarah Lee"
            words = name.split()
            self.names.setdefault(name.lower(), name)
            self.surnames.setdefault(words[-1].lower(), name)
            self.genders[name] = person.gender
            for alias in person.aliases:
                self.aliases.setdefault(source_key(alias), name)


def _unpossessed(words: list[str]) -> list[str]:
    """The person named after a body's possessive: "Amnesty International's Agnès Callamard"."""
    owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
    rest = words[owner + 1 :]
    if owner >= 0 and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
        return rest
    return words


def _undescribed(words: list[str]) -> list[str]:
    """A name without the description before it: "the regulator Ofgem" -> "Ofgem"."""
    if not words[-1][:1].isupper():
        return words
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1].lower() in TRAILING_WORDS):
        start -= 1
    if 0 < start and words[start - 1].lower() not in DETERMINERS:
        return words[start:]
    return words


def _display(name: str) -> str:
    """A source's name without its determiner, capitalised: "the authorities" -> "Authorities"."""
    words = name.split()
    while words and words[0].lower() in LEADING_WORDS:
        words.pop(0)
    text = " ".join(words).removesuffix("'s").removesuffix("’s")
    return text[:1].upper() + text[1:]


def _full_names(body: str) -> dict[str, str]:
    """Surname -> the first run of two or three capitalised words that ends with it."""
    names: dict[str, str] = {}
    for match in _CAPITAL_RUN.finditer(body):
        run: list[str] = []
        for word in [*match.group().split(), "."]:  # a title or "The" breaks a run
            if word in STOP_CAPS or word.lower() in TITLE_WORDS or word == ".":
                if len(run) >= 2 and run[-1] not in names and run[-1].lower() not in ORG_HEADS:
                    names[run[-1]] = " ".join(run[-3:])
                run = []
            else:
                run.append(word)
    return names


_CAPITAL_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
