"""A person's gender, read from their role or title, their given name, or the pronouns that follow.

Gender comes from the role or title (not from a relative in "whose husband ..."), else a common
given name (not the first word of a Korean name written surname first, "Kim Hye-jin"), else the
"he", "she", "his" and "hers" that follow the name in its sentence: "her" and "him" are often
objects, someone else ("The conductor X, who recorded her works, called her").

Knowingly missed: a person called only "her" or "him" after their name, or by pronouns only in
sentences that do not name them, gets no gender from them; a given name not in the lists is no clue.
"""

from __future__ import annotations

import functools
import re

from generator.lexicon import FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS
from generator.mentions import Found, mentions, second_surname, surname
from generator.model import Gender, Person, filled
from generator.roles import role_head

#: A sentence end, or "he", "him", "his", "she", "her", "hers" as whole words in any case, as
#: re.IGNORECASE would match them ("ı"/"İ" for "i", "ſ" for "s"). The scan looks for the "h"
#: every pronoun holds, which the regex engine does fast; a match of "she" starts at its "h".
_PRONOUN_OR_END = re.compile(  # one leading character class: the engine skips to its members
    r"[.!?Hh](?:(?<=[.!?])|(?<!\w.)(?:[Ee](?:[Rr][Ssſ]?)?|[Iiİı][MmSsſ])\b|(?<=[Ssſ].)(?<!\w..)[Ee]\b)", re.S
)


def with_gender(body: str, people: list[Found]) -> list[Person]:
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
            filled(Person, name=person.name, role=person.role, aliases=aliases, gender=gender, first_offset=person.first_offset)
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


def _pronoun_votes(body: str, people: list[Found], names: set[str]) -> dict[str, Gender]:
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
