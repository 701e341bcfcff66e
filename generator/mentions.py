"""Where the article names a person again, and the words they answer to.

A person answers to their surname, the last word of their name; to the word before the last
of a name of three words or more, as Spanish and Portuguese names carry two surnames and copy
refers back to the first ("Alejandro Soto Rivas" ... "Soto said"); and to "the" and their role
noun when only they hold it ("the governor"). A name word is a whole word that starts with a
capital, or an Arabic name part with its article ("al-Khalidi", "el-Sayed").

Knowingly missed: a surname two relatives share goes to the first named, a middle name that is
also someone else's surname to the one whose surname it is, and a role noun two people hold to
neither.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple, TypeVar

from generator.lexicon import NAME_PARTICLES
from generator.model import Person
from generator.roles import role_head

#: The capitals a name word opens with, in Latin and Cyrillic scripts.
CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽА-Я"
_CAPITALISED_WORD = re.compile(rf"[{CAPITAL}][\w'’\-]*")
#: "the president"; the look-behind stands for a leading \b, which would slow the scan for "T"/"t".
_THE_ROLE = re.compile(r"[Tt](?<!\w[Tt])he ([a-z][a-z\-]+)\b")
_FEW_HEADS = 4


class Found(NamedTuple):
    """A person as a name run gives them, before the article is read for their gender.

    A tuple, not yet a :class:`Person`: a frozen dataclass costs several times as much to
    build, and each name is met a few times before it is kept.
    """

    name: str
    role: str | None
    first_offset: int


#: A person before or after their gender is read: :func:`mentions` serves both steps.
_Someone = TypeVar("_Someone", Person, Found)


def surname(person: Person | Found) -> str:
    """The last word of the name, the usual way a story refers back to someone."""
    return person.name.split()[-1]


def second_surname(name: str) -> str | None:
    """The word before the last of a name of three words or more ("Soto" in "Alejandro Soto
    Rivas", "García" in "María José García Pérez"): Spanish and Portuguese names carry two
    surnames and copy refers back to the first. For other names it is a middle name, which a
    story seldom writes alone: harmless as an alias."""
    words = name.split()
    if len(words) < 3:
        return None
    word = words[-2]
    return word if len(word) > 1 and is_capital(word) and word.lower() not in NAME_PARTICLES else None


def is_capital(word: str) -> bool:
    return word[0].isupper() and not (len(word) > 1 and word.isupper()) or with_article(word)


def with_article(word: str) -> bool:
    """An Arabic name part with its article ("al-Khalidi", "el-Sayed"): a capitalised word."""
    return word[:3] in _ARTICLES and word[3:4].isupper()


_ARTICLES = ("al-", "el-")


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


def is_name_char(char: str) -> bool:
    """A character a name word holds: a letter, a digit, "_", an apostrophe or a hyphen."""
    return char.isalnum() or char in _NAME_MARKS


_NAME_MARKS = frozenset("_'’-")
