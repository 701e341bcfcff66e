"""Which words a source cue points at: the subject before a claim verb ("X said", "..., said
X", "the spokeswoman, Jane Doe, said"), or the phrase after "according to" / "figures from".

A module of its own because it answers a question of its own: :mod:`generator.attribution`
finds the cues of a sentence (which word cites, and for what); reading back from a cue to the
words that name its source is a grammar of subjects, appositions, clauses and prepositions,
with its own word lists and its own misses. Each reader looks a bounded number of words away,
so a sentence still costs time in proportion to its length. The words found are made a phrase
by :mod:`generator.source_phrases` and a full name by :mod:`generator.source_resolver`.

"X told Reuters": X is the source; the outlet that was told is not (it is credited, if at all,
in the credit line).

A cue word after a preposition or an article is a noun ("called to reports of a fight"), and
a phrase after a preposition is an object, never the subject of a verb after it ("reporting
from the town of Dilam, ..., said"); a place after "in" or "outside" is no subject either ("Party
workers outside his residence in X shouted"), and a group says which by its place or pollster:
"Residents of the village of X said" cites the residents, "Analysts polled by LSEG expect" the
analysts. A plural noun nobody listed, opening its clause before a saying verb, speaks as a
group ("..., commuters said", "However, exporters warned"); an act's subject does not ("In
2010, judges declared the law void"). The subject of a condition claims nothing ("if the
Federal Reserve continued to cut rates"). A body that gives its name ("A criminal group calling
itself ShadowVault claimed ..., saying") is cited by the name, not its kind. A passive
("tenants were informed") names the listener, not a source.

Knowingly missed: a two-member list after a cue ("according to the police and the army" cites
the first); a verb joined by "and" keeps the first verb's subject only for saying verbs ("...
and promised refunds" is an act, not a claim); a bare plural after an unlisted word ("Bus
drivers said": "Bus" may be a name).
"""

from __future__ import annotations

from generator.lexicon import REPORTING_VERBS
from generator.source_names import CONNECTORS, DETERMINERS, MAX_PHRASE, QUANTIFIERS
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
)
from generator.source_resolver import BODY_JOINS, BODY_KINDS, PRONOUNS


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

#: Auxiliaries of a passive: in "tenants were informed" the subject is told, not telling.
PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split())

#: Words that join a second verb to the subject of the first: "X welcomed it but said".
COORDINATORS = frozenset("and but".split())
#: The verbs whose subject a coordinator hands on: saying, not acting ("... and promised refunds").
COORDINATED_VERBS = frozenset("said says told added warned noted stated insisted argued found".split())

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

#: Words opening a condition: its subject claims nothing ("if the Federal Reserve continued to cut").
CONDITIONS = frozenset("if unless whether".split())


def shown_by(tokens: Words, verb: int) -> list[range]:
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


def subjects(tokens: Words, verb: int) -> list[range]:
    """The source of a claim verb: its subject, or the phrase after it when inverted."""
    text, lower = tokens.text, tokens.lower
    if verb + 1 < len(lower) and lower[verb + 1] == "by":
        return phrases_after(tokens, verb + 2) if lower[verb] in PASSIVE_BY_VERBS else []
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


def conditional(lower: list[str], start: int) -> bool:
    """Whether the phrase at ``start`` opens a condition: "if (the) | Federal Reserve"."""
    k = start - 1
    if k > 0 and lower[k] in DETERMINERS:
        k -= 1
    return k >= 0 and lower[k] in CONDITIONS


def after_preposition(lower: list[str], start: int) -> bool:
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


def governor(tokens: Words, phrase: range) -> int:
    """Where the word governing a phrase stands, determiners passed over (-1 at the sentence's start)."""
    k = phrase.start - 1
    while k >= 0 and tokens.lower[k] in DETERMINERS:
        k -= 1
    return k


def _preposition(tokens: Words, phrase: range) -> str:
    """The word governing a phrase, in lower case ("" at the sentence's start)."""
    k = governor(tokens, phrase)
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


def opening_subject(tokens: Words, comma: int) -> list[range]:
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


def named_body(tokens: Words, i: int) -> range | None:
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


def phrases_after(tokens: Words, i: int) -> list[range]:
    """The source after a cue; a document in between passes to its author ("figures from X")."""
    phrase, end = phrase_at(tokens, i)
    lower = tokens.lower
    if not phrase:  # "according to an initial estimate by X": a described document, then its author
        k = i + 1 if i < len(lower) and lower[i] in DETERMINERS else i
        if k + 2 < len(lower) and lower[k + 1] in DOCUMENTS and lower[k + 2] in ("by", "from"):
            return phrases_after(tokens, k + 3) if tokens.text[k].isalpha() else []
        return []
    named = _named_after(tokens, phrase, end) or _initialled(tokens, phrase, end)
    if named:
        return [named]
    if lower[phrase[-1]] in DOCUMENTS and end < len(lower):
        link = lower[end]
        if link in ("from", "by", "of", "in"):
            return phrases_after(tokens, end + 1)
        if link in ISSUED and end + 1 < len(lower) and lower[end + 1] == "by":
            return phrases_after(tokens, end + 2)
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
