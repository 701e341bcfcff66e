"""Numbers that name, label or time something instead of counting it.

A number written with digits often stands in a name or a code rather than for a quantity; these
rules, asked by :func:`generator.non_figures.is_figure`, refuse:

- part of a name ("G7", "Covid-19", "Boeing 737", "iPhone 16", "Article 5", "No. 10"), a phone
  number or line ("call police on 101"), a reference ("log 1187"), a code with a leading zero, a
  street number, a time of day ("10:30", "0800 GMT"), a list marker ("1.", "(3)"), a ranking after
  "top" ("reached the top 10"; but "the top 10 films" counts films and "could top $5 billion" is a
  verb).

Knowingly missed: counts right after a capitalised word that is not a name ("Tuesday's 40 deaths"
is kept, "in Kabul 40 died" is not)."""

from __future__ import annotations

import re

from generator.figure_labels import starts_clause
from generator.label_words import LABEL_STOPS, NOUN_STOPS, is_plural
from generator.model import Sentence
from generator.numbers import Amount

#: Lower-case words after which a number names something instead of counting it.
NAMING_WORDS = frozenset(
    """
    no no. nos. number page pages room article section chapter flight route highway platform gate
    level phase category grade version model size channel line paragraph clause rule season
    episode stage round act verse psalm track lane exit terminal bus tram call dial top day week
    game match leg heat log reference ref ref. extension ext. #
    """.split()
)
#: Capitalised words that may precede a count mid-sentence without making it a name.
CAPITALISED_OK = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December I
    """.split()
)
_TIME = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?!\w)|\d{1,2}:\d\d"
    r"|\d{4}\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local\s+time)\b|\d{1,2}\s+o['’]clock\b",
    re.IGNORECASE,
)
_PHONE = re.compile(r"\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}\b|\d{3}[.-]\d{4}\b")
_STREET = re.compile(
    r"\d+[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Square|Place|Way|Court|Terrace|Crescent|Highway)\b"
)
TIME_PHONE_OR_STREET = re.compile(f"(?i:{_TIME.pattern})|{_PHONE.pattern}|{_STREET.pattern}")
# "call police on 101", "ring the hotline on 111": a phone line, not a count.
CALL_ON = re.compile(
    r"\b(?:call|ring|phone|contact|text|dial)\s+(?:the\s+)?(?!for\b|on\b)[a-z]+\s+on\s+$", re.IGNORECASE
)
_WORDS = re.compile(r"[A-Za-z#][\w’'.-]*|[^\sA-Za-z]")


def top_counts(before: str, after: str, amount: Amount) -> bool:
    """Whether a number after "top" is a figure: after the verb ("sales could top $5 billion",
    "is expected to top 1,000") or before a plural it counts ("the top 10 films")."""
    verb = amount.unit or before[:-4].rsplit(None, 1)[-1:] in (["to"], *([modal] for modal in _MODALS))
    return bool(verb) or _counts_a_plural(after)


#: Modals before a verb ("could top $5 billion").
_MODALS = ("will", "would", "could", "may", "might", "should", "can", "must")


def _counts_a_plural(after: str) -> bool:
    """Whether a plural noun follows the number, two words at most past adjectives: "the top 10
    films", "the top five oil exporters" (not "the top 10 nationally", "top 10 in the world")."""
    for word in after.split(None, 3)[:3]:
        lower = word.lower().rstrip(",.;:")
        if not lower.isalpha() or lower in NOUN_STOPS or lower.endswith("ly"):
            return False
        if is_plural(lower):
            return True
    return False


def is_name_before(previous: str, before: str) -> bool:
    """Whether the capitalised word before a number makes it part of a name ("Boeing 737")."""
    possessive = previous.endswith(("'s", "’s"))  # "Apple's 3,000 employees" counts
    return (
        not possessive
        and any(c.isupper() for c in previous)
        and previous not in CAPITALISED_OK
        and previous.lower() not in LABEL_STOPS
        and not starts_clause(before)
    )


def previous_token(before: str) -> str:
    """The last word or punctuation mark before a number ("Boeing", "No.", "(", ",")."""
    tail = before.rsplit(None, 1)[-1:]
    if tail and tail[0].isalpha() and tail[0].isascii():
        return tail[0]  # a plain word, the usual case, is one token
    tokens = _WORDS.findall(tail[0]) if tail else []
    return tokens[-1] if tokens else ""


def is_code_or_marker(body: str, sentence: Sentence, number: re.Match[str], before: str, after: str) -> bool:
    """"0800 123 456", a list marker ("1." opening a sentence) or a bare "(3)" or "alert(1)"."""
    text = body[number.start() : number.end()]
    if text[:1] == "0" and text[1:2].isdigit() or text[:1].isdigit() and before[-2:-1].isdigit() and before[-1:] == " ":
        return True  # "0800 123 456": a phone number or a code, digits in groups
    if after[:1] not in ".)":  # most numbers: neither a marker's point nor a closing bracket follows
        return False
    if (not before or before.isspace()) and text.isdigit():
        return True
    return before.endswith("(") and after.startswith(")") and text.isdigit()