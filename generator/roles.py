"""The role a person holds, read from the words around their first mention.

The role is read from the words that carry a role noun: before the name ("the White House
spokeswoman, Jen Psaki", "the Minister of Transport, Raquel Sánchez", "The President of
Kazakhstan Kassym Jomart Tokayev", the country belonging to the role; "Minister for Housing
James Browne", the portfolio after "for" belonging to the role of a minister, secretary or
commissioner; a roman numeral numbering the role, "Finance Minister II Amir Hamzah Azizan")
or in an apposition after it ("Sergei Lavrov, Russia's foreign minister,"). A role's head is its role noun ("President of
Kazakhstan" -> "president"), the noun an abbreviated title stands for ("Arizona Gov." ->
"governor"), or the role noun a hyphenated title holds ("Director-General"), so that "the
governor" finds the person.

Knowingly missed: an apposition of more than ten words or 80 characters, and one opening with
"who", "which", "that", "said" or "told", is no role; a role written before a name is read back
over ten words at most.
"""

from __future__ import annotations

import functools
import re

from generator.lexicon import ABBREVIATED_TITLES, COUNTRIES, GIVEN_NAMES, NAME_STOPWORDS, ROLE_NOUNS, UNDOTTED_RANKS

_MAX_ROLE_WORDS = 10


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
        if word in UNDOTTED_RANKS and word is words[-1]:  # "Lt Col", a rank before a name ("Gen Z" is none)
            return ABBREVIATED_TITLES[word]
    for word in reversed(words):  # "Director-General": the role noun it holds
        head = next((part for part in word.split("-") if part in ROLE_NOUNS), None) if "-" in word else None
        if head:
            return head
    return None


def role_of_place(
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
    head = role_before(body, words, start - 1) or words[start - 2][0]
    place_end = words[start + taken - 1][2]
    return head + body[words[start - 2][2] : place_end], names[taken:]


#: Role nouns a portfolio follows after "for" ("Minister for Housing James Browne", "Secretary
#: of State for Northern Ireland Chris Heaton-Harris"): the portfolio's capitals lead the name.
_PORTFOLIO_HEADS = frozenset("minister secretary commissioner".split())


def role_of_portfolio(
    body: str, words: list[tuple[str, int, int]], start: int, names: list[str]
) -> tuple[str | None, list[str]]:
    """ "Minister for Housing James Browne": the portfolio belongs to the role, the name starts
    at its first given name the lexicon knows (or is the last two words of three or more)."""
    if start < 2 or words[start - 1][0] != "for" or len(names) < 3:
        return None, names
    head = start - 2
    if words[head][0] == "State" and head >= 2 and words[head - 1][0] == "of":
        head -= 2  # "Secretary of State for Health", "Minister of State for Housing"
    if words[head][0].lower() not in _PORTFOLIO_HEADS:
        return None, names
    taken = next((i for i in range(1, len(names) - 1) if names[i].lower() in GIVEN_NAMES), len(names) - 2)
    return body[words[head][1] : words[start + taken - 1][2]], names[taken:]


def role_before(body: str, words: list[tuple[str, int, int]], index: int) -> str | None:
    """The role written just before word ``index``: "the White House spokeswoman, Jen Psaki"."""
    head = index - 1
    if head < 0 or body[words[head][2] : words[index][1]] not in (" ", ", ", " of "):
        return None
    last = head
    if head > 0 and words[head][0] in _RANK_NUMERALS and words[head - 1][0].lower() in ROLE_NOUNS:
        head -= 1  # "Finance Minister II Amir Hamzah Azizan": the second of two such ministers
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


#: Roman numerals that number a role shared by two or three holders ("Finance Minister II").
_RANK_NUMERALS = frozenset(("II", "III", "IV"))


def _role_of_before(body: str, words: list[tuple[str, int, int]], end: int) -> int | None:
    """Index of the role noun in "Minister of Transport" or "chief executive of the trust"
    ending at word ``end``, if any."""
    if end >= 3 and words[end][0].islower() and words[end - 1][0] == "the" and words[end - 2][0] == "of":
        return end - 3 if words[end - 3][0].lower() in ROLE_NOUNS else None
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
    """Capitalised words, possessives and role nouns may qualify a role, and an "and" between
    capitalised words ("Law and Justice leader"); "the" ends it."""
    word, _, end = words[index]
    if body[end : words[index + 1][1]] != " ":
        return False
    if word == "and":  # "Law and Justice leader Jan Wrobel": an "and" inside a capitalised name
        return index > 0 and words[index - 1][0][:1].isupper() and words[index + 1][0][:1].isupper()
    if word.lower() in NAME_STOPWORDS:
        return False
    return word[0].isupper() or word.lower() in ROLE_NOUNS or word.endswith(_ROLE_ADJECTIVE_ENDINGS)


_ROLE_ADJECTIVE_ENDINGS = ("al", "an", "ese", "ish", "ian", "ern", "ior", "eign", "uty", "mer", "ief", "'s", "’s")
#: An apposition runs to a comma or a sentence end, past the periods of "U.N." and "U.S.".
_APPOSITION = re.compile(
    r",\s+(?:\d+,\s+)?(?:the |a |an )?((?:[^,.;:()“”\"]|\.(?=\w)|(?<=\b[A-Z])\.){2,80}?)(?=,|(?<!\b[A-Z])\.(?!\w)|;|\s+\(|\s+(?:said|told|who|which|that)\b|$)"
)


def role_after(body: str, end: int) -> str | None:
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
