"""The subject of a reporting cue: who "said", "told" or is "according to".

A cue is a reporting verb and its subject. The subject is read from the words right before the
verb, back to a comma ("In a statement, the ministry said") or past an apposition ("Fatima
Zahra, 52, told"), or, for an inverted verb and for "according to", from the words right after
it ("said the president", "according to a statement from the Foreign Ministry"), with a name in
apposition to a described subject ("said its coordinator, Ana Ruiz"). A verb after "and" or
"but" shares a subject: the noun phrase opening its clause ("while the United Nations expressed
concern and called for"), else the subject of the cue before it in the same clause ("X denounced
“...” and demanded"), else, for ", and said" closing a series, the subject the sentence's
clause opens with ("He lost six matches, his most since 2019, and said"). In a relative clause without "that" the subject follows the noun ("a charge
the party rejected as"). Participles ("adding") and describing verbs ("described as",
"denounced", "spoke of") are cues of their own kinds, and so are participles that take on a
phrase when the quote follows them ("resigned, taking “full responsibility”"). The object of "told" ("told Reuters") is a
listener, never a speaker, and "warned of" or "called for" opens no inverted subject, nor a
pronoun opening the reported clause ("said she saw"). A described subject stops at its relative
pronoun ("A woman who works at a bar, and who asked not to be named, said"), and the periods of
"U.N." or "Mr." end no clause, nor that of "said Dr. Paul Okello"; a capitalised pronoun
after one ("U.S. He said") opens a sentence. A spaced hyphen or "--" is a dash (the dateline's
"(AFP) - The ministry said"), an acronym opening a subject is a name ("WHO Director-General X
told"), and a subject before its verb starts after a clause's "that" ("documents show that the
finance chief told") or after a reporting verb without it ("the complaint says he told") and may run to twelve words with its affiliation.
An "it" opening such a clause is the reporting subject itself ("The ministry said it had
confirmed": the ministry confirmed). "Put" is a cue before "it" ("as he put it") and before an
estimate ("put the toll at 23", "put the number at “more than 5,000”"), not in "put jobs at risk".
An "and" between capitalised words before a role noun and a name belongs to a body's name
("Law and Justice leader Jan Wrobel said", "Trade and Industry Minister Ann Lee told"): the
subject is the whole phrase, not a coordination.
Subjects are kept as written; :class:`generator.people.SpeakerIndex` says whom they name.
:mod:`generator.cues` finds the cue words and says which cue a quote has.

Knowingly missed: a coordinated verb whose clause opens with a common noun ("prices fell and
...") or lies beyond the cue reach finds no subject; a relative clause without "that" whose
subject is a bare name ("the claims Smith denied") keeps the noun before it. Abbreviated titles
the lexicon does not list end a subject; those it lists ("said Lt. Gen. Mark Hollis", "Rep. Ann
Lowe told") end none when a capitalised word follows.
Runs in linear time: every subject search reads a window of fixed size.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from generator.lexicon import (
    ABBREVIATED_TITLES,
    BODY_NOUNS,
    DESCRIBING_VERBS,
    DOCUMENT_NOUNS,
    NAME_PARTICLES,
    REPORTING_PARTICIPLES,
    ROLE_NOUNS,
    TITLES,
)

#: Every quotation mark, apostrophes included: a subject never runs across one.
MARKS = "\"“”„‟«»‹›'‘’‚‛"
_TOKEN = re.compile(r"[\w'’\-]+|[^\w\s]")
#: A spaced hyphen or double hyphen is a dash ("KORVALLE (AFP) - The ministry said", "-- The port").
_BOUNDARY = frozenset(",;:.!?()[]" + MARKS) | {"—", "–", "-", "--"}
_DETERMINERS = frozenset("the a an one two three several some many his her its their our".split())
_SUBJECT_STOPS = frozenset(
    """
    in on at during after before to from with while when as who which whose that via through
    for since because but and adding saying late early last this yesterday today
    """.split()
)
_TRAILING = frozenset(
    """
    also later then has had have was is would will previously once earlier further again
    recently repeatedly reportedly quickly however simply just later always publicly
    """.split()
)
#: Words that make a would-be subject a clause ("who must be destroyed", "it was").
_NOT_SUBJECTS = frozenset(
    """
    and but or so then if is was were are be been being has have had will would can could
    must should may might do does did not no never who which where there here
    """.split()
)
_MAX_SUBJECT = 9
#: A subject before its verb may carry an affiliation: "political scientist Ursula Brenner of
#: the Free University of Berlin told".
_MAX_SUBJECT_BEFORE = 12
CUE_REACH = 120
_SHORT_REACH = 56
_TINY_REACH = 32
_MAX_APPOSITION = 14
_MAX_CLAUSE = 30
_HARD_BOUNDARY = _BOUNDARY - {","}
_ADDRESSING = frozenset("told tells tell urged urges".split())
_PRONOUN_WORDS = frozenset("he she it they we i you his her their its".split())
_CONJUNCTIONS = frozenset("and but so yet then also".split())
_CLAUSE_LINKS = _CONJUNCTIONS | frozenset("while whereas although though".split())
#: Words a coordinated verb's clause may open with before its subject ("while", "but").
_CLAUSE_LEADS = _SUBJECT_STOPS | _CONJUNCTIONS
_CLAUSE_OPENERS = frozenset("the his her its their".split())
_PREPOSITIONS = frozenset("of for about against over".split())
_RELATIVES = frozenset(("who", "whose", "which"))
#: Verbs that report a clause whose own subject then speaks ("the complaint says he told").
_TEXT_VERBS = frozenset("says say said shows show showed alleges allege alleged states stated".split())
_CLAUSE_SUBJECTS = frozenset("he she they the it".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
_OPENING_PRONOUNS = frozenset("He She It They We".split())
_FOLLOWING = re.compile(r"\s+(\w+)")
#: What ends the clause of a cue before a coordinated verb: the cue is another clause's.
CLAUSE_BREAK = re.compile(r"[.!?;]|,\s+(?:while|whereas|but|as|which|who)\b")
#: Words that are cues only with the word after them.
PARTICLE = {"according": "to", "put": "it", "pointed": "out", "spoke": "of", "speaks": "of"}
#: "put the toll at 23", "put the number at “more than 5,000”": an estimate is reported speech;
#: "put jobs at risk" is none.
_ESTIMATE = re.compile(r"(?: [\w'’\-]+){1,4}? at (?:[\d\"“«]|about |around |more |nearly |roughly |over |some |least |up )")
#: Cues that only describe ("spoke of “a great day”"): they attribute a partial quote in their sentence.
_DESCRIBING = DESCRIBING_VERBS | frozenset(("spoke", "speaks"))
#: Participles that take on a phrase rather than report speech ("resigned, taking “full
#: responsibility”"): cues of a partial quote for the sentence's subject, like "adding".
PHRASE_PARTICIPLES = frozenset(("taking", "accepting", "voicing", "expressing"))
_OPENING_MARKS = "\"“„«‘'"


class Cue(NamedTuple):
    """A reporting cue: "he said", "said the president", "according to the ministry"
    (a named tuple, like :class:`generator.quote_marks.Span`: every cue word of a paragraph read builds one)."""

    start: int
    end: int
    subject: str | None
    subject_start: int
    kind: str
    """"finite", "participle", "according", "describing" or "opinion"."""


def _tokens(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(body, start, end)]


def _tokens_widened(
    body: str, start: int, end: int, narrower: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The tokens between ``start`` and ``end``, given those of a narrower window ending there:
    only the words the wider window adds are read. The narrower window's first token may be a
    word cut in two; it is read again whole, and every token after it is the same."""
    if not narrower:
        return _tokens(body, start, end)
    return _tokens(body, start, narrower[0][2]) + narrower[1:]


def _tokens_after(body: str, stop: int, ceiling: int, count: int) -> list[tuple[str, int, int]]:
    """The first ``count`` tokens of the words after a verb, within reach: all that
    :func:`_subject_after` reads (a subject has at most ``_MAX_SUBJECT`` words)."""
    found = islice(_TOKEN.finditer(body, stop, min(ceiling, stop + CUE_REACH)), count)
    return [(m[0], m.start(), m.end()) for m in found]


def cue_at(body: str, verb: int, floor: int, ceiling: int) -> Cue | None:
    """The cue whose verb starts at ``verb``, read within its paragraph."""
    match = _TOKEN.match(body, verb)
    assert match is not None, "a cue verb is found where a word starts"
    word, stop = match.group(), match.end()
    lower = word.lower()
    if lower in REPORTING_PARTICIPLES or (lower in PHRASE_PARTICIPLES and body[stop + 1 : stop + 2] in _OPENING_MARKS):
        return Cue(verb, stop, None, verb, "participle")
    if lower in PHRASE_PARTICIPLES:
        return None  # "since taking office": a phrase participle is a cue only of the quote it takes on
    if lower in PARTICLE:
        following = _FOLLOWING.match(body, stop, ceiling)
        if (following.group(1).lower() if following else "") != PARTICLE[lower] and not (
            lower == "put" and _ESTIMATE.match(body, stop, ceiling)
        ):
            return None  # "according" without "to", "put" without "it", "pointed" without "out"
    if lower == "according":  # its subject always follows: the words before are never read
        tokens = [(word, verb, stop)] + _tokens_after(body, stop, ceiling, _MAX_SUBJECT + 1)
        subject = _subject_after(body, tokens, 2)
        return Cue(verb, subject[2], subject[0], subject[1], "according") if subject else None
    kind = "describing" if lower in _DESCRIBING else "finite"
    read: list[tuple[str, int, int]] = []
    for reach in (_TINY_REACH, _SHORT_REACH, CUE_REACH):  # most subjects sit within a few words
        start = max(floor, verb - reach)
        read = _tokens_widened(body, start, verb, read)
        tokens = [(".", start, start)] + read if start == floor else read[:]  # the paragraph start is a boundary
        index = len(tokens)
        tokens.append((word, verb, stop))
        before, first = _read_back(tokens, index)
        settled = start != floor and first >= 3  # a longer reach would read the same words
        if reach == _TINY_REACH and start != floor and not settled:
            continue  # a subject found here might read on in a longer window: only a settled one is kept
        subject = _chunk_before(body, tokens, before, first) if first >= 0 else _subject_before(body, tokens, index)
        if subject or start == floor or settled:
            break
    if subject:
        return Cue(subject[1], stop, subject[0], subject[1], kind)
    if _coordinated(tokens, index):  # "... and called for": the subject is the clause's, read later
        return Cue(verb, stop, None, verb, "coordinated " + kind)
    if kind == "describing" or lower in _ADDRESSING:
        return None  # "told Reuters": whoever follows is the listener, not the speaker
    tokens += _tokens_after(body, stop, ceiling, _MAX_SUBJECT)
    subject = _subject_after(body, tokens, index + 1)
    return Cue(verb, subject[2], subject[0], subject[1], "finite") if subject else None


def _relative_clause(tokens: list[tuple[str, int, int]]) -> int:
    """How many words to skip to the subject of a relative clause without "that": "a charge
    the UDR rejected as", "the claims Smith denied": an article and a common noun, then
    "the" or a possessive. A role or a body is no such noun ("the party its founder left"
    stays whole), and a capitalised word after the noun may follow an adjective ("the local
    MP"): only a determiner opens the clause."""
    if len(tokens) < 3 or tokens[0][0].lower() not in ("a", "an", "the"):
        return 0
    noun, after = tokens[1][0], tokens[2][0]
    if not noun.islower() or noun in _DETERMINERS or noun in ROLE_NOUNS or noun in BODY_NOUNS:
        return 0
    return 2 if after.lower() in _CLAUSE_OPENERS else 0


def _reported_clause(tokens: list[tuple[str, int, int]]) -> int:
    """How many words to skip to the subject of a clause reported without "that": "The
    complaint says he told deputies", "Police said the suspect told officers". The clause
    opens with a subject pronoun or "the"; "a man who said he ..." is a relative clause, whole."""
    for index in range(len(tokens) - 2, 0, -1):
        if tokens[index][0] in _TEXT_VERBS:
            opener = tokens[index + 1][0].lower()
            if opener in _CLAUSE_SUBJECTS and tokens[index - 1][0].lower() not in _RELATIVES:
                return index + 1
            return 0
    return 0


def _coordinated(tokens: list[tuple[str, int, int]], verb: int) -> bool:
    """A verb right after "and" or "but" shares the subject of the verb before it."""
    stop = _before_trailing(tokens, verb)
    return stop > 0 and tokens[stop - 1][0].lower() in ("and", "but")


def _before_trailing(tokens: list[tuple[str, int, int]], verb: int) -> int:
    """Where the words before a verb end, past its adverbs and auxiliaries ("has also said")."""
    stop = verb
    while stop > 0 and tokens[stop - 1][0].lower() in _TRAILING:
        stop -= 1
    return stop


def with_shared_subjects(body: str, cues: list[Cue], floor: int) -> list[Cue]:
    """Coordinated cues take the subject of their clause ("while the United Nations expressed
    its concern and called for"), else of the cue they follow in the sentence ("X denounced
    “...” and demanded"); with neither, they are dropped."""
    shared: list[Cue] = []
    for cue in cues:
        if not cue.kind.startswith("coordinated"):
            shared.append(cue)
            continue
        kind = cue.kind.split()[1]
        subject = _clause_subject(body, floor, cue.start)
        if subject:
            shared.append(Cue(cue.start, cue.end, subject[0], subject[1], kind))
            continue
        before = next((c for c in reversed(shared) if c.subject and c.kind in ("finite", "describing")), None)
        if before and not CLAUSE_BREAK.search(body, before.end, cue.start):
            shared.append(Cue(cue.start, cue.end, before.subject, before.subject_start, kind))
            continue
        subject = _clause_subject(body, floor, cue.start, series=True)
        if subject:
            shared.append(Cue(cue.start, cue.end, subject[0], subject[1], kind))
    return shared


def _clause_subject(body: str, floor: int, verb: int, *, series: bool = False) -> tuple[str, int] | None:
    """The noun phrase opening the clause that ends with "and" before ``verb``: back to
    punctuation or a quotation mark, past a leading "while" or "but", then determiners,
    capitalised words and role or body nouns ("the United Nations", "Rights group Amnesty
    International"), or a lone pronoun. In a ``series`` (", and said" after no cue), the
    clause the sentence opens with: "He lost in May, his third defeat, and said"."""
    start = max(floor, verb - CUE_REACH)
    tokens = [(".", start, start)] if start == floor else []  # the paragraph start is a boundary
    tokens += _tokens(body, start, verb)
    first = len(tokens) - 1  # the "and" or the adverb after it
    while first > 0 and not _is_boundary(tokens, first - 1):
        first -= 1
    if first == 0:
        return None  # the clause starts beyond the reach
    lead = first
    while first < len(tokens) and tokens[first][0].lower() in _CLAUSE_LEADS:
        first += 1
    if series and first >= len(tokens) and tokens[lead - 1][0] == ",":
        # ", and said": the last of a series ("He lost in May, his third defeat, and said"):
        # the subject the sentence's clause opens with, back past the commas
        first = lead - 1
        while first > 0 and not (tokens[first - 1][0] in _HARD_BOUNDARY and _is_boundary(tokens, first - 1)):
            first -= 1
        if first == 0:
            return None
        while first < len(tokens) and tokens[first][0].lower() in _CLAUSE_LEADS:
            first += 1
    if first >= len(tokens):
        return None
    word = tokens[first][0]
    if word.lower() in _PRONOUN_WORDS:
        return (word, tokens[first][1]) if word.lower() in ("he", "she", "it", "they", "we") else None
    stop = first
    while stop < len(tokens) and (_in_noun_phrase(tokens[stop][0]) or _joins_a_name(tokens, stop)):
        stop += 1
    while stop > first and not _heads_phrase(tokens[stop - 1][0]):
        stop -= 1
    if stop == first or _DETERMINERS.issuperset(w.lower() for w, _, _ in tokens[first:stop]):
        return None
    return body[tokens[first][1] : tokens[stop - 1][2]], tokens[first][1]


def _joins_a_name(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """An "and" inside a body's name that qualifies a role and a name ("Law and Justice leader
    Jan Wrobel", "Trade and Industry Minister Ann Lee", "Smith and Nephew chief executive Ann
    Lee"): capitalised words on both sides, then at most two lower-case words ending with a role
    noun, then a capitalised word. "Britain and France agreed" coordinates."""
    if tokens[index][0] != "and" or index == 0 or not tokens[index - 1][0][:1].isupper():
        return False
    after = index + 1
    while after < len(tokens) and after - index <= 3 and tokens[after][0][:1].isupper():
        if _leads_a_name(tokens, after):
            break
        after += 1
    if after == index + 1:
        return False
    for at in range(after, min(after + 3, len(tokens) - 1)):
        if _leads_a_name(tokens, at):
            return True
        if not tokens[at][0].islower():
            return False
    return False


def _leads_a_name(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """A role noun right before a capitalised word ("leader Jan", "Minister Ann")."""
    return index + 1 < len(tokens) and tokens[index][0].lower() in ROLE_NOUNS and tokens[index + 1][0][:1].isupper()


def _in_noun_phrase(word: str) -> bool:
    lower = word.lower()
    return lower in _DETERMINERS or lower in ("of", "for") or _heads_phrase(word) or word.endswith(("'s", "’s"))


def _heads_phrase(word: str) -> bool:
    """A word a subject may end with: a capitalised word, a role or a body."""
    lower = word.lower()
    return (word[:1].isupper() and lower not in _DETERMINERS) or lower in ROLE_NOUNS or lower in BODY_NOUNS


def _np_like(words: list[str]) -> bool:
    """Could these words be the subject of a cue? Not a clause, not a bare determiner."""
    # an acronym is a name, not a function word: "WHO Director-General X told"
    lowered = [w if len(w) > 1 and w.isupper() else w.lower() for w in words]
    if not lowered or lowered[0] in _SUBJECT_STOPS or not _NOT_SUBJECTS.isdisjoint(lowered):
        return False
    return not _DETERMINERS.issuperset(lowered)


def _subject_before(
    body: str, tokens: list[tuple[str, int, int]], verb: int
) -> tuple[str, int, int] | None:
    """The noun phrase before a verb: the words right before it, back to a comma ("In a
    statement, the ministry said"); past an apposition ("Fatima Zahra, 52, told", "X, the
    leader, said"); else the first words of the clause ("one soldier, who gave only his first
    name, told").
    """
    stop = _before_trailing(tokens, verb)
    if stop > 0 and tokens[stop - 1][0] != ",":
        return _chunk_before(body, tokens, stop)
    reach = max(-1, stop - 2 - _MAX_APPOSITION)
    comma = next((i for i in range(stop - 2, reach, -1) if tokens[i][0] == ","), None)
    found = _chunk_before(body, tokens, comma) if comma is not None else None
    if found and not found[0].isdigit():  # keep the apposition: "The Minister of Health, Carolina Darias" names her
        return body[found[1] : tokens[stop - 2][2]], found[1], tokens[stop - 2][2]
    clause = next(
        (i for i in range(stop - 1, max(-1, stop - _MAX_CLAUSE), -1) if tokens[i][0] in _HARD_BOUNDARY and _is_boundary(tokens, i)),
        None,
    )  # the periods of "U.N." or "Mr." end no clause
    if clause is None:
        return None
    # "A woman who works at a bar, and who asked not to be named, said": the words before the
    # first comma or relative pronoun of the clause
    comma = next((i for i in range(clause + 2, stop) if tokens[i][0] == "," or tokens[i][0] in _RELATIVES), stop)
    return _chunk_before(body, tokens, comma)


def _read_back(tokens: list[tuple[str, int, int]], verb: int) -> tuple[int, int]:
    """Where the words before a verb end (past its adverbs) and, with no comma right before
    the verb, where :func:`_chunk_before` starts its subject (-1 after a comma), read once
    for both of :func:`cue_at`'s questions. A start past the window's first two tokens (the
    first may be a word cut in two, the second is read behind a period: "Mr.") settles the
    subject: a longer window reads the same tokens. Saves tokenising the longer reach for
    "...,” said X" and ", who added".
    """
    stop = _before_trailing(tokens, verb)
    if stop == 0 or tokens[stop - 1][0] == ",":
        return stop, -1
    return stop, _subject_first(tokens, stop)


def _is_boundary(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """Punctuation ends a subject, except the period of "Mr." or of an initial ("John F. Kennedy"),
    and that of an abbreviated title before a capitalised word ("said Lt. Gen. Mark Hollis")."""
    if tokens[index][0] != ".":
        return tokens[index][0] in _BOUNDARY
    before = tokens[index - 1][0].lower() if index else ""
    following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    if following in _OPENING_PRONOUNS:
        return True  # "... 6.5 cents U.S. He said": a capitalised pronoun opens a sentence
    if before in ABBREVIATED_TITLES:
        return not following[:1].isupper()
    return not (before in TITLES or (len(before) == 1 and before.isalpha() and tokens[index - 1][0].isupper()))


def _opens_subject(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """What a subject before its verb starts after: a boundary, or the "that" of a clause
    holding it ("documents show that the finance chief told the board")."""
    return tokens[index][0] == "that" or _is_boundary(tokens, index)


def _subject_first(tokens: list[tuple[str, int, int]], stop: int) -> int:
    """The first token of a subject ending before token ``stop``: after a boundary or a
    clause's "that", at most ``_MAX_SUBJECT_BEFORE`` words back."""
    first, floor = stop, max(0, stop - _MAX_SUBJECT_BEFORE)
    while first > floor:
        word = tokens[first - 1][0]
        # most tokens are plain words: only punctuation asks :func:`_is_boundary`
        if word == "that" or (word in _BOUNDARY and _is_boundary(tokens, first - 1)):
            break
        first -= 1
    return first


def _chunk_before(
    body: str, tokens: list[tuple[str, int, int]], stop: int, first: int | None = None
) -> tuple[str, int, int] | None:
    """The words before token ``stop`` back to a boundary, if they can be a subject (``first``:
    where :func:`_subject_first` starts them, when already read)."""
    first = _subject_first(tokens, stop) if first is None else first
    if first == stop or first == 0 or not _opens_subject(tokens, first - 1):
        return None
    while first < stop - 1 and tokens[first][0].lower() in _CLAUSE_LINKS:
        first += 1  # "But Jason Furman ... warned", "..., while she called it"
    first += _relative_clause(tokens[first:stop])
    skip = _reported_clause(tokens[first:stop])
    if skip and tokens[first + skip][0] == "it":
        stop = first + skip - 1  # "The ministry said it had confirmed": "it" is the ministry
    else:
        first += skip
    words = [w for w, _, _ in tokens[first:stop]]
    if "and" in words:  # "Trade and Industry Minister Ann Lee told": the "and" is the body's
        words = [w for i, w in enumerate(words, first) if w != "and" or not _joins_a_name(tokens[:stop], i)]
    if not _np_like(words):
        return None
    return body[tokens[first][1] : tokens[stop - 1][2]], tokens[first][1], tokens[stop - 1][2]


def _subject_after(
    body: str, tokens: list[tuple[str, int, int]], start: int
) -> tuple[str, int, int] | None:
    """The noun phrase after an inverted verb or "according to" ("said the president").

    "a statement from the Foreign Ministry" runs on past "from" to the body behind the text.
    """
    stop = start
    while stop < len(tokens) and stop - start < _MAX_SUBJECT:
        word = tokens[stop][0]
        if word in _BOUNDARY and _is_boundary(tokens, stop):  # only punctuation asks
            break
        word = word.lower()
        if stop > start and word in _SUBJECT_STOPS:
            if not (word in ("from", "by", "of") and tokens[stop - 1][0].lower() in DOCUMENT_NOUNS):
                break
        stop += 1
    words = [w for w, _, _ in tokens[start:stop]]
    if not _np_like(words) or words[0] in _PREPOSITIONS:  # "warned of delays", "called for calm"
        return None
    if len(words) > 1 and words[0].lower() in SUBJECT_PRONOUNS:
        return None  # "said she saw": the pronoun opens the reported clause
    stop += _apposed_name(tokens, stop)
    return body[tokens[start][1] : tokens[stop - 1][2]], tokens[start][1], tokens[stop - 1][2]


def _apposed_name(tokens: list[tuple[str, int, int]], stop: int) -> int:
    """How many tokens a name in apposition after a described subject adds ("said its
    coordinator, Ana Belen Ruiz"): a comma, then two capitalised words or more ending the
    clause. A subject that ends with a capital is a name already ("said Sergei Lavrov, Russia's
    foreign minister") and keeps its apposition out."""
    if stop >= len(tokens) or tokens[stop][0] != "," or not tokens[stop - 1][0].islower():
        return 0
    end = stop + 1
    while end < len(tokens) and (tokens[end][0][:1].isupper() or (end > stop + 1 and tokens[end][0] in NAME_PARTICLES)):
        end += 1
    while end > stop + 1 and not tokens[end - 1][0][:1].isupper():
        end -= 1
    names = end - stop - 1
    if names < 2 or (end < len(tokens) and tokens[end][0] not in _BOUNDARY):
        return 0
    return end - stop
