"""Who the article names: people with their roles, so that "he" and "the president" resolve.

A person is a run of two or more capitalised words ("Jen Psaki", "Kassym Jomart Tokayev") that
holds no organisation word ("White House", "Interior Ministry") and does not start like a place
("New York"), or one capitalised word after a title ("Mr. Smith", "President Tokayev"). The role
is read from the words around the first mention that carry a role noun: before the name ("the
White House spokeswoman, Jen Psaki", "The President of Kazakhstan Kassym Jomart Tokayev") or
in an apposition after it ("Sergei Lavrov, Russia's foreign minister,"). Titles ("Mr.", "Cllr")
are not kept in the name, nor post-nominals in capitals ("Helen Marsh KC", "Sarah Okafor MP").
Abbreviated titles and ranks with their full stop ("Arizona Gov. Maria Delgado", "Lt. Gen. Mark
Hollis", "U.S. Rep. Ann Lowe") are the role as written, like "President" before a name, and their
head is the noun they stand for ("Gov." -> "governor"), so that "the governor" finds her. A run
never ends with a lone letter without a full stop ("Gen Z", "Plan B"): initials carry one. A
name is written as in the text, initials and a generational suffix with their full stops
("John F. Moss", "Ramon Villareal Jr.").
Two capitalised words after a capitalised word and "of" or "for" end a body's name ("the
Superintendency of Land Transport"). A name of three words or more also answers to its word
before the last: Spanish and Portuguese names carry two surnames and copy refers back to the
first ("Alejandro Soto Rivas" ... "Soto said"), so "Mr. Soto" or "Alejandro Soto" later is the
same person. A name's first word alone names them when no other name opens with it: names
written surname first ("Vice Governor Chen Ming" ... "Chen said") and names referred back to by
their first word ("Tedros Adhanom Ghebreyesus" ... "Tedros said"). A hyphenated title holding a
role noun is a role ("Director-General"). The pronouns ("I", "He", "She"...) and time words
opening a sentence ("Today I know", "U.S. He said") are no name words. Two full names sharing a surname but not a given name are two people ("Travis Lee Dunham",
his mother "Linda Dunham"). Gender comes from the role or title (not from a relative in
"whose husband ..."), else a common given name (not the first word of a Korean name written
surname first, "Kim Hye-jin"), else the "he",
"she", "his" and "hers" that follow the name: "her" and "him" are often objects, someone else
("The conductor X, who recorded her works, called her").

Knowingly missed: one-word names without a title ("Madonna"), names ending with a lone letter
("Malcolm X"), abbreviated titles without a full stop (British "Gen Sir Nick Carter"), names written in lower case (an Arabic article joined to a name, "al-Khalidi", "el-Sayed", is
a capitalised word),
and two-word places not in the lexicon, which pass for people (harmless unless a pronoun
resolves to them: speakers come from reporting cues, never from a bare mention). A middle
name that is also someone else's surname goes to the one whose surname it is; a first word two
names share is kept as written.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple, TypeVar

from generator.lexicon import (
    ABBREVIATED_TITLES,
    BODY_NOUNS,
    COUNTRIES,
    FEMALE_NAMES,
    FEMALE_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    ORG_WORDS,
    PLACE_FIRST_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from generator.model import Article, Gender, Person

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
TOKEN = re.compile(r"[\w'’\-]+")
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽА-Я"
#: A word's letters never hold the "." or " " that must follow them: giving letters back
#: cannot help a match, so where the regex engine knows possessive quantifiers (Python 3.11)
#: the run does not try. Most capitalised words open a sentence and fail that way.
_WHOLE = "*+" if sys.version_info >= (3, 11) else "*"
#: Two or more capitalised words spaced apart, particles allowed inside ("Ursula von der Leyen").
_RUN = re.compile(  # starts with a character class, which the regex engine scans for fast
    rf"[{_CAPITAL}][\w'’\-]{_WHOLE}(?:\.? (?:(?:{'|'.join(sorted(NAME_PARTICLES))}) )*(?:[ae]l-)?[{_CAPITAL}][\w'’\-]{_WHOLE})+"
)
_CAPITALISED_WORD = re.compile(rf"[{_CAPITAL}][\w'’\-]*")
_LEADING_STOPWORDS = NAME_STOPWORDS - TITLES  # words a name run may open with but not keep
BODIES_ONLY = BODY_NOUNS - ROLE_NOUNS  # nouns naming a body, never one person
#: "the president"; the look-behind stands for a leading \b, which would slow the scan for "T"/"t".
_THE_ROLE = re.compile(r"[Tt](?<!\w[Tt])he ([a-z][a-z\-]+)\b")
#: A sentence end, or "he", "him", "his", "she", "her", "hers" as whole words in any case, as
#: re.IGNORECASE would match them ("ı"/"İ" for "i", "ſ" for "s"). The scan looks for the "h"
#: every pronoun holds, which the regex engine does fast; a match of "she" starts at its "h".
_PRONOUN_OR_END = re.compile(  # one leading character class: the engine skips to its members
    r"[.!?Hh](?:(?<=[.!?])|(?<!\w.)(?:[Ee](?:[Rr][Ssſ]?)?|[Iiİı][MmSsſ])\b|(?<=[Ssſ].)(?<!\w..)[Ee]\b)", re.S
)
_MAX_ROLE_WORDS = 10
#: How many words at the start of a run may hold the role that leads a name.
_ROLE_WORDS_READ = 6
#: Pronouns are no name words, whatever stands before them ("... 6.5 cents U.S. He said").
_PRONOUNS = frozenset("He She It We They You His Her Its Their".split())
_LINKS = ("of", "for")
_LOOK_BACK = 56
_FEW_HEADS = 4
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’\-]*),? $")


def find_people(article: Article) -> tuple[Person, ...]:
    """People the article introduces, in order of first mention, fullest name kept."""
    body = article.body
    people: dict[str, _Found] = {}
    for match in _RUN.finditer(body):
        start, end = match.span()
        if start and _is_name_char(body[start - 1]):
            continue  # a capital inside a word ("iPhone")
        run = _run_words(match[0], start)
        runs = [(begin, stop) for begin, stop in _capital_runs(body, run) if not _names_nobody(run, begin, stop)]
        if not runs:
            continue
        words = _words_before(body, start) + run
        first = len(words) - len(run)
        for begin, stop in runs:
            person = _person_from_run(body, words, (begin + first, stop + first), people)
            if person:
                _merge(people, person)
    found = sorted(_joined_surnames(people).values(), key=lambda person: person.first_offset)
    return tuple(_with_gender(body, found))


class _Found(NamedTuple):
    """A person as a name run gives them, before the article is read for their gender.

    A tuple, not yet a :class:`Person`: a frozen dataclass costs several times as much to
    build, and each name is met a few times before it is kept.
    """

    name: str
    role: str | None
    first_offset: int


#: A person before or after their gender is read: :func:`mentions` serves both steps.
_Someone = TypeVar("_Someone", Person, _Found)


def _words_before(body: str, start: int) -> list[tuple[str, int, int]]:
    """The words of the look-back before a name, when the word just before may be part of a role.

    A role may lead to the name ("the Interior Minister, Ana López", "President of Chile
    Sofia Ramírez"), an organisation's name may hold the run ("the Superintendency of Land
    Transport"): read the words before only after a role noun, "of", "for" or a capital.
    """
    word = _word_before(body, start)
    if word.lower() in ROLE_NOUNS or word in _LINKS or word[:1].isupper():
        return [(m[0], m.start(), m.end()) for m in _WORD.finditer(body, max(0, start - _LOOK_BACK), start)]
    return []


def _word_before(body: str, start: int) -> str:
    """The word just before ``start`` behind a space, a comma and a space, or " \\n" ("" if none).

    Most names follow a full stop or open a paragraph: two character tests tell so before
    any regex runs.
    """
    space = start - 2 if body[start - 1 : start] == "\n" else start - 1
    if space < 1 or body[space] != " " or not (body[space - 1] == "," or _is_name_char(body[space - 1])):
        return ""
    begin = _last_space(body, start)
    word = body[begin : space - 1 if body[space - 1] == "," else space]
    if word.isalpha():
        return word  # letters only, from a space: what the regex would find
    before = _WORD_BEFORE.search(body, begin, start)
    return before.group(1) if before else ""


def _last_space(body: str, start: int) -> int:
    """Where the word before ``start`` can begin at the earliest, within the look-back.

    No word holds a space, so the search for the word before a name may start after the
    last space that precedes the ", " or " " (or " \n") before ``start``: searching the
    whole look-back tried every one of its positions.
    """
    look_back = max(0, start - _LOOK_BACK)
    return body.rfind(" ", look_back, max(look_back, start - 2)) + 1 or look_back


def mentions(body: str, people: Sequence[_Someone]) -> list[tuple[int, _Someone]]:
    """Every place a person's surname (or "the" + their role noun, when only they hold it) appears."""
    if not people:
        return []
    found = _mention_indexes(body, tuple((surname(p), second_surname(p.name), role_head(p.role)) for p in people))
    return [(offset, people[index]) for offset, index in found]


@functools.lru_cache(maxsize=4)
def _mention_indexes(
    body: str, keys: tuple[tuple[str, str | None, str | None], ...]
) -> tuple[tuple[int, int], ...]:
    """Mentions as (offset, index of the person), from each person's (surname, second
    surname, role head).

    Kept for the last few bodies: the people step (gender votes) and the quotes step ask
    about the same names in the same body.
    """
    by_surname: dict[str, int] = {}
    for index, (name, _, _) in enumerate(keys):  # a surname two relatives share: the first named
        by_surname.setdefault(name, index)
    for index, (_, second, _) in enumerate(keys):
        if second:
            by_surname.setdefault(second, index)
    by_role: dict[str, list[int]] = {}
    for index, (_, _, head) in enumerate(keys):
        if head:
            by_role.setdefault(head, []).append(index)
    found = [
        (offset, index) for name, index in by_surname.items() if _CAPITALISED_WORD.fullmatch(name)
        for offset in _whole_word_offsets(body, name)
    ]
    unique = [head for head, holders in by_role.items() if len(holders) == 1 and head in body]
    found += [(offset, by_role[head][0]) for offset, head in _the_role_offsets(body, unique)]
    # Two surnames never stand at one offset; a surname and "the <role>" may ("The" as a
    # surname): the stable sort keeps the surname first.
    found.sort(key=itemgetter(0))
    return tuple(found)


def _the_role_offsets(body: str, heads: list[str]) -> list[tuple[int, str]]:
    """Where "the <head>" stands, for each head, as one ``_THE_ROLE`` scan would find it.

    Looks for each of a few heads with str.find rather than matching every "the" in the
    body. Only after "the the" or a hyphen (as in "co-the") could an earlier match swallow
    this one: there, and for many heads, the scan of the whole body decides.
    """
    if len(heads) > _FEW_HEADS:
        return _scan_the_role(body, heads)
    found: list[tuple[int, str]] = []
    for head in heads:
        at = body.find("he " + head, 1)
        while at != -1:
            match = _THE_ROLE.match(body, at - 1)
            if match and match.group(1) == head:
                if body[at - 2 : at - 1] == "-" or body[max(0, at - 5) : at - 1].lower() == "the ":
                    return _scan_the_role(body, heads)
                found.append((at - 1, head))
            at = body.find("he " + head, at + 1)
    return found


def _scan_the_role(body: str, heads: list[str]) -> list[tuple[int, str]]:
    wanted = set(heads)
    return [(m.start(), m.group(1)) for m in _THE_ROLE.finditer(body) if m.group(1) in wanted]


def _whole_word_offsets(body: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole name word; str.find beats a regex over every capital."""
    found = []
    offset = body.find(word)
    while offset != -1:
        end = offset + len(word)
        before = body[offset - 1 : offset]  # "" at the start, like the end's "" below
        after = body[end : end + 1]
        if not (before.isalnum() or before in _NAME_MARKS) and not (after.isalnum() or after in _NAME_MARKS):
            found.append(offset)
        offset = body.find(word, offset + 1)
    return found


def _is_name_char(char: str) -> bool:
    """A character a name word holds: a letter, a digit, "_", an apostrophe or a hyphen."""
    return char.isalnum() or char in _NAME_MARKS


_NAME_MARKS = frozenset("_'’-")


def surname(person: Person | _Found) -> str:
    """The last word of the name, the usual way a story refers back to someone."""
    return person.name.split()[-1]


@functools.lru_cache(maxsize=1024)
def role_head(role: str | None) -> str | None:
    """The role noun at the head of a role ("President of Kazakhstan" -> "president")."""
    if not role:
        return None
    words = role.lower().replace("’", "'").split(" of ")[0].split()
    for word in reversed(words):
        if word in ROLE_NOUNS:
            return word
        if word[-1] == "." and word[:-1] in ABBREVIATED_TITLES:  # "Arizona Gov.": the governor
            return ABBREVIATED_TITLES[word[:-1]]
    for word in reversed(words):  # "Director-General": the role noun it holds
        head = next((part for part in word.split("-") if part in ROLE_NOUNS), None) if "-" in word else None
        if head:
            return head
    return None


def _run_words(text: str, start: int) -> list[tuple[str, int, int]]:
    """The words of a name run found at ``start``, as ``_WORD`` would find them there.

    A run's words are spaced by " " or ". " and hold no full stop themselves: a split reads
    them without a match object per word."""
    words = []
    for token in text.split(" "):
        word = token[:-1] if token[-1] == "." else token
        words.append((word, start, start + len(word)))
        start += len(token) + 1
    return words


def _names_nobody(words: list[tuple[str, int, int]], start: int, stop: int) -> bool:
    """Whether a capital run surely names nobody, as :func:`_person_from_run` would find.

    A run ending with an organisation word ("Interior Ministry", "White House") keeps it in
    the name, which refuses it; one ending with a role noun within its first words ("The
    President", "Foreign Minister") leaves no name after the role. Both are common, and
    telling so before the words around the run are read saves all the rest.
    """
    last = words[stop - 1][0].lower()
    return last in ORG_WORDS or (last in ROLE_NOUNS and stop - start <= _ROLE_WORDS_READ)


def _capital_runs(body: str, words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Index ranges of words that are capitalised (or name particles) and only spaced apart:
    a space, or a full stop and a space after an initial or a title ("J. R. Smith", "Dr. Ng").

    The pronoun "I" is no name word (« Today I know... »); an "I." is an initial. The test of
    :func:`_is_capital` is written out here: this loop reads every word of every run."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, (word, begin, end) in enumerate(words):
        capital = (
            word[0].isupper()
            and not (word.isupper() and (len(word) > 1 or (word == "I" and body[end : end + 1] != ".")))
            and word not in _PRONOUNS
        ) or _with_article(word)
        if start is not None:
            previous, _, previous_end = words[index - 1]
            gap = body[previous_end:begin]
            if (gap == " " or (gap == ". " and _stops_short(previous.lower()))) and (
                capital or word.lower() in NAME_PARTICLES
            ):
                continue
            runs.append(_trim_particles(words, start, index))
        start = index if capital else None
    if start is not None:
        runs.append(_trim_particles(words, start, len(words)))
    return runs


def _is_capital(word: str) -> bool:
    return word[0].isupper() and not (len(word) > 1 and word.isupper()) or _with_article(word)


def with_article(word: str) -> bool:
    """An Arabic name part with its article ("al-Khalidi", "el-Sayed"): a capitalised word."""
    return word[:3] in _ARTICLES and word[3:4].isupper()


_with_article = with_article
_ARTICLES = ("al-", "el-")


def _stops_short(lower: str) -> bool:
    """An initial or a title, whose full stop does not end the name ("J. R. Smith")."""
    return len(lower) == 1 or lower in TITLES or lower in ABBREVIATED_TITLES


def _trim_particles(words: list[tuple[str, int, int]], start: int, stop: int) -> tuple[int, int]:
    while stop > start and not _is_capital(words[stop - 1][0]):
        stop -= 1
    return start, stop


def _person_from_run(
    body: str, words: list[tuple[str, int, int]], run: tuple[int, int], known: dict[str, _Found]
) -> _Found | None:
    """The person a capital run names, if any; ``known``: the people found so far, by surname.

    A person met again whose role is known keeps it (see :func:`_merge`): the words around
    the name are not read for one again.
    """
    start, stop = run
    while start < stop and words[start][0].lower() in _LEADING_STOPWORDS:
        start += 1
    role = None
    roles = [i for i in range(start, min(stop, start + _ROLE_WORDS_READ)) if _is_role(body, words[i])]
    if roles:  # "Foreign Minister Sergei Lavrov", "Arizona Gov. Maria Delgado": the role leads the run
        last = words[roles[-1]]
        role = body[_acronym_start(body, words[start][1]) : last[2] + _is_abbreviated(body, last)]
        start = roles[-1] + 1
    titled = start < stop and words[start][0].lower() in TITLES
    start += titled
    if stop - start > 1 and len(words[stop - 1][0]) == 1 and body[words[stop - 1][2] : words[stop - 1][2] + 1] != ".":
        stop -= 1  # "Gen Z voters", "Plan B": an initial carries a full stop, a name ends with no lone letter
    names = [w for w, _, _ in words[start:stop]]
    spaced = " ".join(names) + " "  # one lowering, one look-up for every word
    if not names or not ORG_WORDS.isdisjoint(spaced.lower().split()) or "'s " in spaced or "’s " in spaced:
        return None
    if not role:
        role, names = _role_of_place(body, words, start, names)
        if not role and not titled and _ends_organisation(body, words, start, stop):
            return None
    if len(names) < 2 and not (titled or role):
        return None
    opening = names[0].lower()
    if opening in PLACE_FIRST_WORDS or opening in COUNTRIES:
        return None
    first = words[stop - len(names)][1]
    end = words[stop - 1][2]
    met = known.get(names[-1])  # their surname
    if not role and not (met and met.role):
        role = _role_before(body, words, stop - len(names)) or _role_after(body, end)
    if names[-1] in _GENERATIONS and body[end : end + 1] == ".":
        end += 1  # "Ramon Villareal Jr.": the suffix's full stop is the name's, as written
    return _Found(body[first:end], role, first)


#: Generational suffixes, abbreviated with a full stop that belongs to the name.
_GENERATIONS = frozenset(("Jr", "Sr"))


def _is_role(body: str, word: tuple[str, int, int]) -> bool:
    """A role word or an abbreviated title with its full stop: one lowered look-up for both."""
    lower = word[0].lower()
    if lower in ROLE_NOUNS:
        return True
    if lower in ABBREVIATED_TITLES:
        return body[word[2] : word[2] + 1] == "." or ("-" in lower and _is_role_word(lower))
    return "-" in lower and _is_role_word(lower)


def _is_role_word(word: str) -> bool:
    """A role noun, or a hyphenated title holding one ("Director-General", "Secretary-General")."""
    lower = word.lower()
    return lower in ROLE_NOUNS or ("-" in lower and any(part in ROLE_NOUNS for part in lower.split("-")))


def _is_abbreviated(body: str, word: tuple[str, int, int]) -> bool:
    """An abbreviated title with its full stop ("Gov.", "Lt."), which is a role, not a name."""
    return word[0].lower() in ABBREVIATED_TITLES and body[word[2] : word[2] + 1] == "."


def _acronym_start(body: str, offset: int) -> int:
    """Where the initials before a role's first letter begin: "U.S. Rep." is read from "S",
    the run of capitals the name search finds starting after "U."."""
    while offset >= 2 and body[offset - 1] == "." and body[offset - 2].isupper() and not (
        offset > 2 and _is_name_char(body[offset - 3])
    ):
        offset -= 2
    return offset


def _ends_organisation(body: str, words: list[tuple[str, int, int]], start: int, stop: int) -> bool:
    """ "the Superintendency of Land Transport", "Union for Democratic Renewal": two capitalised
    words after a capitalised word and "of" or "for" end the name of a body, not a person's.

    Longer runs may be a place and a name ("the Bank of England Andrew Bailey" is rare, but
    "Bank of England Governor Andrew Bailey" holds a role and never gets here).
    """
    if stop - start != 2 or start < 2 or words[start - 1][0] not in _LINKS:
        return False
    before = words[start - 2]
    return before[0][:1].isupper() and body[before[2] : words[start][1]] == f" {words[start - 1][0]} "


def _role_of_place(
    body: str, words: list[tuple[str, int, int]], start: int, names: list[str]
) -> tuple[str | None, list[str]]:
    """ "President of Kazakhstan Kassym Jomart Tokayev": the country belongs to the role."""
    if start < 2 or words[start - 1][0] != "of" or words[start - 2][0].lower() not in ROLE_NOUNS:
        return None, names
    taken = 1
    for size in (3, 2, 1):
        if " ".join(names[:size]).lower() in COUNTRIES:
            taken = size
            break
    if len(names) - taken < 1:
        return None, names
    head = _role_before(body, words, start - 1) or words[start - 2][0]
    place_end = words[start + taken - 1][2]
    return head + body[words[start - 2][2] : place_end], names[taken:]


def _role_before(body: str, words: list[tuple[str, int, int]], index: int) -> str | None:
    """The role written just before word ``index``: "the White House spokeswoman, Jen Psaki"."""
    head = index - 1
    if head < 0 or body[words[head][2] : words[index][1]] not in (" ", ", ", " of "):
        return None
    last = head
    if words[head][0].lower() not in ROLE_NOUNS:  # "the Minister of Transport, Raquel Sánchez"
        holder = _role_of_before(body, words, head)
        if holder is None:
            return None
        head = holder
    first = head
    while first > 0 and head - first < _MAX_ROLE_WORDS and _modifies_role(body, words, first - 1):
        first -= 1
    article = _determiner_before(body, words, head)
    if article is not None and article < first:
        first = article  # "the White House press secretary": everything after "the" qualifies
    return body[words[first][1] : words[last][2]]


def _role_of_before(body: str, words: list[tuple[str, int, int]], end: int) -> int | None:
    """Index of the role noun in "Minister of Transport" ending at word ``end``, if any."""
    index = end
    while index > 0 and end - index < 3 and words[index][0][:1].isupper():
        index -= 1
        if words[index][0] == "the" and index > 0:  # "The president of the Congress, Alejandro Soto"
            index -= 1
        if words[index][0] == "of" and index > 0 and words[index - 1][0].lower() in ROLE_NOUNS:
            return index - 1
    return None


def _determiner_before(body: str, words: list[tuple[str, int, int]], head: int) -> int | None:
    """Index of the word after "the"/"a"/"an" when only spaced words lead back to it."""
    for index in range(head - 1, max(-1, head - _MAX_ROLE_WORDS), -1):
        if body[words[index][2] : words[index + 1][1]] != " ":
            return None
        if words[index][0].lower() in ("the", "a", "an"):
            return index + 1
    return None


def _modifies_role(body: str, words: list[tuple[str, int, int]], index: int) -> bool:
    """Capitalised words, possessives and role nouns may qualify a role; "the" ends it."""
    word, _, end = words[index]
    if body[end : words[index + 1][1]] != " " or word.lower() in NAME_STOPWORDS:
        return False
    return word[0].isupper() or word.lower() in ROLE_NOUNS or word.endswith(_ROLE_ADJECTIVE_ENDINGS)


_ROLE_ADJECTIVE_ENDINGS = ("al", "an", "ese", "ish", "ian", "ern", "ior", "eign", "uty", "mer", "ief", "'s", "’s")


#: An apposition runs to a comma or a sentence end, past the periods of "U.N." and "U.S.".
_APPOSITION = re.compile(
    r",\s+(?:\d+,\s+)?(?:the |a |an )?((?:[^,.;:()“”\"]|\.(?=\w)|(?<=\b[A-Z])\.){2,80}?)(?=,|(?<!\b[A-Z])\.(?!\w)|;|\s+\(|\s+(?:said|told|who|which|that)\b|$)"
)


def _role_after(body: str, end: int) -> str | None:
    """The role in an apposition: "Sergei Lavrov, Russia's foreign minister, said"."""
    match = _APPOSITION.match(body, end, min(len(body), end + 90))
    if not match:
        return None
    phrase = match.group(1).strip()
    words = phrase.lower().replace("’", "'").split()
    if not words or len(words) > _MAX_ROLE_WORDS:
        return None
    if role_head(phrase) is None or words[0] in ("who", "which", "that", "said", "told"):
        return None
    return phrase


def _merge(people: dict[str, _Found], new: _Found) -> None:
    """One person per surname: keep the fullest name, the first role and the first offset.
    Two full names that share a surname but open with different given names are two people
    when the later one comes with a role, as a relative is introduced ("Travis Lee Dunham" ...
    "his mother, Linda Dunham"); it is kept under its full name. Without one, two runs ending
    alike are more often one body's names ("Gas Infrastructure Europe" ... "Futures Europe")."""
    key = surname(new)
    known = people.get(key)
    if known is not None and new.role and _relatives(known.name, new.name):
        key = new.name
        known = people.get(key)
    if known is None:
        people[key] = new
        return
    name = new.name if len(new.name) > len(known.name) else known.name
    role = known.role or new.role
    if name != known.name or role != known.role:
        people[key] = _Found(name, role, known.first_offset)


def _relatives(known: str, new: str) -> bool:
    """Two names for two people of one family: both full, their given names different, and
    neither holding all the other's words ("Lee Dunham" is "Travis Lee Dunham"); an initial
    ("T. Dunham") may stand for any given name."""
    old, fresh = known.split(), new.split()
    if len(old) < 2 or len(fresh) < 2 or old[0] == fresh[0] or len(old[0]) < 3 or len(fresh[0]) < 3:
        return False
    return not (set(fresh) <= set(old) or set(old) <= set(fresh))


def second_surname(name: str) -> str | None:
    """The word before the last of a name of three words or more ("Soto" in "Alejandro Soto
    Rivas", "García" in "María José García Pérez"): Spanish and Portuguese names carry two
    surnames and copy refers back to the first. For other names it is a middle name, which a
    story seldom writes alone: harmless as an alias."""
    words = name.split()
    if len(words) < 3:
        return None
    word = words[-2]
    return word if len(word) > 1 and _is_capital(word) and word.lower() not in NAME_PARTICLES else None


def _joined_surnames(people: dict[str, _Found]) -> dict[str, _Found]:
    """ "Alejandro Soto Rivas" and a later "Mr. Soto" or "Alejandro Soto" are one person: a name
    ending with another's first surname, and holding no word that other name lacks, joins it."""
    seconds: dict[str, str] = {}
    for key, person in people.items():
        second = second_surname(person.name)
        if second:
            seconds.setdefault(second, key)
    joined = [s for s in seconds if s in people and s != seconds[s]]
    if not joined:
        return people
    people = dict(people)
    for second in joined:
        part, whole = people[second], people[seconds[second]]
        if set(part.name.split()) <= set(whole.name.split()):
            del people[second]
            people[seconds[second]] = _Found(whole.name, whole.role or part.role, min(whole.first_offset, part.first_offset))
    return people


def _with_gender(body: str, people: list[_Found]) -> list[Person]:
    """Gender from the role or title, else from a common given name, else from the pronouns
    that follow the name.

    A given name of the lists is surer than the pronouns near a name: "his" and "her" after
    "Judge Rachel Okonjo said" may well be the defendant's. Pronouns are counted only for
    people whose role, title and given name leave the gender open: counting them is the
    costly part.
    """
    written = [
        gender_of_words(_own_role(person.role))
        or gender_of_words(body[max(0, person.first_offset - 6) : person.first_offset])
        or _gender_of_name(person.name)
        for person in people
    ]
    open_names = {person.name for person, gender in zip(people, written) if not gender}
    votes = _pronoun_votes(body, people, open_names) if open_names else {}
    result = []
    for person, gender in zip(people, written):
        gender = gender or votes.get(person.name)
        head = role_head(person.role)
        second = second_surname(person.name)
        aliases = (surname(person),) + ((second,) if second else ()) + ((head,) if head else ())
        result.append(
            Person(name=person.name, role=person.role, aliases=aliases, gender=gender, first_offset=person.first_offset)
        )
    return result


def _own_role(role: str | None) -> str | None:
    """The words of a role that describe the person: in "whose husband was killed" the
    husband is someone else, and tells nothing of her."""
    return role.partition("whose ")[0] if role and "whose " in role else role


def _gender_of_name(name: str) -> Gender | None:
    """The gender of a common given name opening the name. A name ending with a given name
    in two syllables joined by a hyphen ("Kim Hye-jin", "Park Ji-won") is Korean, written
    surname first: its first word is a surname ("Kim", "Moon"), which tells nothing."""
    words = name.split()
    if len(words) > 1 and _SURNAME_FIRST.fullmatch(words[-1]):
        return None
    first = words[0].lower()
    return "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None


_SURNAME_FIRST = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{1,4}")


def _pronoun_votes(body: str, people: list[_Found], names: set[str]) -> dict[str, Gender]:
    """Each "he"/"she" votes for the person named last before it, in the same sentence.

    Only the mentions of ``names`` are read, each up to the next mention, the end of its
    sentence or ``_PRONOUN_WINDOW`` characters, whichever comes first: the text a pronoun
    must stand in to vote for that mention, and a small part of the body.
    """
    found = mentions(body, people)
    votes: dict[str, list[int]] = {}
    for index, (offset, person) in enumerate(found):
        if person.name not in names:
            continue
        stop = min(offset + _PRONOUN_WINDOW, found[index + 1][0] if index + 1 < len(found) else len(body))
        for female in _pronouns(body, offset, stop):
            tally = votes.setdefault(person.name, [0, 0])
            tally[female] += 1
    return {name: "f" if f > m else "m" for name, (m, f) in votes.items() if m != f}


def _pronouns(body: str, after: int, stop: int) -> list[bool]:
    """Whether each pronoun is female, for those after ``after`` up to ``stop`` in its sentence.

    One scan finds the pronouns and the sentence end ("." "!" "?") that closes the window.
    """
    found = []
    # endpos past the longest pronoun, so that "her" in "herself" is no whole word
    for match in _PRONOUN_OR_END.finditer(body, after, stop + 5):
        start = match.start()
        if match.end() - start == 1:
            break  # the end of the sentence: pronouns match two letters or more
        if start and body[start - 1] in "Ssſ":  # "she", whose match starts at the "h"
            start -= 1
        if start > stop:
            break
        word = body[start : match.end()].lower()
        if start > after and word not in _OBJECT_FORMS:
            found.append(word in ("she", "hers"))
    return found


@functools.lru_cache(maxsize=1024)
def gender_of_words(text: str | None) -> Gender | None:
    if not text:
        return None
    words = set(re.findall(r"[a-z]+", text.lower()))
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    return "f" if female and not male else "m" if male and not female else None


_PRONOUN_WINDOW = 120
#: "called her", "told him": an object is seldom the subject named before it, and "her" may be one.
_OBJECT_FORMS = frozenset(("her", "him"))
