"""The forms of one source's name, so that "the Interior Ministry", "Interior Ministry" and
"Chief Constable Sarah Lee" compare, display and merge as the names they are.

Attribution uses them to make a cue's words into a name and to remember who was cited; the
sources page uses the same key to merge the variants of one source under its fullest name.
Each form is a pure function of the name, memoised where the same few names come again and
again: the key two names of one source share (:func:`source_key`), the name without the title
before it (:func:`untitled`), every word-suffix of the key (:func:`name_suffixes`), the form
shown to a reader (:func:`display_name`), and the full names the body gives for a lone surname
(:func:`full_names_in`).

Knowingly missed: a title no list knows stays part of the name; a title is dropped only when a
name of two capitalised words or more remains, free of "of" ("Secretary of State" stays); a
surname takes only the first run of two or three capitalised words that ends with it.
"""

from __future__ import annotations

import re
from functools import lru_cache

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

#: Letters after a name, no part of it: "Helen Marsh KC", "Sarah Okafor MP".
POST_NOMINALS = frozenset("KC QC MP MEP MSP OBE CBE MBE DBE KBE".split())

#: Words that open a noun phrase and are dropped from a source's name.
DETERMINERS = frozenset("the a an his her their its our this that these those".split())

#: Leading counts and quantities, dropped from a name ("two officials" -> "officials").
QUANTIFIERS = frozenset(
    "one two three four five six several many some most few other others another all both".split()
)

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
    Neither Even Some Many Most Other Others Another Both All Several There Here What Who Why
    How Where
    """.split()
)

#: Names whose last word is one of these are organisations, never a person's name.
ORG_HEADS = frozenset(
    """
    ministry nations fund house council office department agency organization organisation
    commission committee bank police army court government party union embassy mission
    service institute university company group corp inc ltd association federation
    authority administration forces guard kremlin network times post press news agency
    front movement alliance coalition league brigade brigades chamber bureau trust
    """.split()
)

# A union of the lists above, made once: the rules test every word of a name against it.
LEADING_WORDS = DETERMINERS | QUANTIFIERS | CONNECTORS
MAX_PHRASE = 12
"""No source's name is longer than this many words: it bounds every look-around."""


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
    if len(words) > 2 and words[-1] in POST_NOMINALS:  # "Helen Marsh KC"
        words = words[:-1]
        name = " ".join(words)
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
def name_suffixes(name: str) -> tuple[str, ...]:
    """Every word-suffix of a name's key, the last word last: "interior ministry", "ministry"."""
    words = source_key(name).split()
    return tuple(" ".join(words[i:]) for i in range(max(0, len(words) - MAX_PHRASE), len(words)))


def without_possessive(text: str) -> str:
    """A name or word without its possessive ending, straight or curly: "Board's" -> "Board"."""
    return text.removesuffix("'s").removesuffix("’s")


def display_name(name: str) -> str:
    """A source's name without its determiner, capitalised: "the authorities" -> "Authorities"."""
    words = name.split()
    while words and words[0].lower() in LEADING_WORDS:
        words.pop(0)
    text = without_possessive(" ".join(words))
    return text[:1].upper() + text[1:]


#: A company's last word, which its short form drops: "Brightwell" for "Brightwell Industries",
#: "Meridian" for "Meridian Pictures".
COMPANY_WORDS = frozenset(
    """
    industries holdings group capital corp corporation inc ltd plc partners pictures studios
    buses airlines airways lines shipping motors foods brewing mining resources energy systems
    technologies
    pharmaceuticals entertainment logistics telecom therapeutics sa ag nv asa spa gmbh llc
    """.split()
)


def full_names_in(body: str) -> dict[str, str]:
    """Surname -> the first run of two or three capitalised words that ends with it; a company's
    first word -> its two-word name ("Brightwell" -> "Brightwell Industries")."""
    names: dict[str, str] = {}
    for match in _CAPITAL_RUN.finditer(body):
        run: list[str] = []
        for word in [*match.group().split(), "."]:  # a title or "The" breaks a run
            if word in STOP_CAPS or word.lower() in TITLE_WORDS or word == ".":
                if len(run) >= 2 and run[-1] not in names and run[-1].lower() not in ORG_HEADS:
                    names[run[-1]] = " ".join(run[-3:])
                if len(run) == 2 and run[1].lower() in COMPANY_WORDS:
                    names.setdefault(run[0], " ".join(run))
                run = []
            else:
                run.append(word)
    return names


_CAPITAL_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
