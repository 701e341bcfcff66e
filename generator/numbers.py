"""Reading the numbers of news copy: digits, number words, scales, currencies and ranges.

This module knows how a number is *written* ("3,000", "eighteen", "$3.2 billion", "45 per cent",
"between 20 and 30") and what it is worth; whether a number is a fact worth listing (and not a
year, an age or the 737 of a Boeing) is decided in :mod:`generator.non_figures`.

``NUMBER`` is one regular expression (no nested quantifiers, so it runs in linear time) whose
groups :func:`read_amount` turns into an :class:`Amount`. Conventions, chosen so a figure can be
compared and sorted:

- money is kept in units of its currency ("$3.2 billion" -> 3200000000, ``unit="USD"``); which
  currency a sign, a code or a word means is told by :mod:`generator.currencies`;
- percentages keep their number ("45 per cent" -> 45, ``unit="%"``), and a fraction of a
  whole is a percentage too ("half of", "two-thirds of" -> 50, 66.67, ``unit="%"``);
- a change in a rate keeps its points ("3 percentage points", "25 basis points", "25bps");
- a range is worth its lower bound ("between 20 and 30" -> 20), the scale and unit of its upper
  end carrying over to the lower ("$20-30 million" -> 20000000 USD); two ends of different
  kinds are two numbers ("rose 3% to $150", "fell 1.2% to 41.05"), and so are "from 13.8% to 15%";
- a ratio is a part of its whole ("one in five", "nine out of 10" -> 20, 90, ``unit="%"``), never
  a part larger than it: "aged 60 to 84 in five countries" is a range, then a count;
- a part of a whole needs what it is part of ("a third of voters") or, for a change, a "by"
  before it ("fell by almost a fifth since 2022"), since "a third term" is an ordinal; a closing
  quotation mark may stand before its whole ('was "less than half" of it'), and "an estimated"
  holds the article of the part it hedges ("an estimated third of it");
- a scale letter needs money or a plural after it ("£40m", "3.5m euros", "1m meals"), so that
  "a 2m wall" and "the 100m final" are not millions;
- Indian scales multiply as the other scales do ("Rs 45,000 crore" -> 450000000000, "2.7 lakh"
  -> 270000, "Rs 7.82 lakh crore" -> a trillion times 7.82);
- cents are hundredths of a dollar, as a bare "$" is read ("11 cents" -> 0.11 USD), or of a euro
  ("40 euro cents"), and "11 cents to $5.87" is a change then a level, two numbers;
- a temperature in words keeps its scale ("47.3 degrees Celsius", "117.1 Fahrenheit" -> "°F");
  a "minus" before it is read in :mod:`generator.figures`, which sees the words before a number;
- a higher level then a lower one, each with its unit, is two numbers ("at 24 percent to 22
  percent", a poll), not a range; without units ("3-1") it stays a score, no figure;
- a vague plural is worth the least it can mean ("hundreds" -> 200, "tens of thousands" -> 20000,
  "several hundred" -> 300), and its word is kept as ``vague`` so the figure says it is rough.

Knowingly missed: European decimal commas ("3,5 millions"),
spelled numbers past the hundreds ("two thousand three hundred"), written-out decimals, "pounds of" (a
weight as often as money: "5 pounds of sugar"; other currency words keep what the money bought,
"11 billion euros of steel"), "cut by half"
(read as "halved", no figure), "cents" of a currency other than the dollar or the euro ("50
cents" in Canadian copy is read as US cents), and "degrees" alone (an angle as often as heat).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from generator.currencies import (
    COUNTRY_CURRENCIES, CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_COUNTRIES, GLUED_CODES,
)
from generator.number_words import (
    CARDINALS, FRACTIONS, SCALES, TENS, VAGUE_MULTIPLIERS, VAGUE_PLURALS, fraction_value, words_value,
)

#: Signs that are also the end of a word ("wash", "Rs"): read only glued to the digits ("Sh312
#: million", "R18.92", "N1,030", "RM1.9 billion"), or with one space for "Rs" and "KSh" ("Rs 45,000 crore", "KSh 5 billion").
_GLUED_SIGNS = r"|rs\.?(?=\s?\d)|ksh(?=\s?\d)|tk\.?(?=\s?\d)|sh(?=\d)|rm(?=\d)|r(?=\d)|n(?=\d)|p(?=\d)|¢(?=\d)"
#: Words after the number that give a temperature ("47.3 degrees Celsius", "117 Fahrenheit").
TEMPERATURES = {"celsius": "°C", "centigrade": "°C", "fahrenheit": "°F"}
#: Measurement abbreviations kept as the unit ("5km", "300 MW"); temperatures ("40C") too.
UNIT_ABBREVIATIONS = ("km/h", "km", "kg", "mph", "kph", "cm", "mm", "MW", "GW", "kWh", "TWh", "bpd")


def _words(words) -> str:
    """An alternation of lower-case words, longest first so that "seventeen" wins over "seven"."""
    return "|".join(re.escape(w.lower()).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_ONES = _words(w for w, v in CARDINALS.items() if 1 <= v <= 9)
_CARDINAL = rf"(?:(?:{_words(TENS)})(?:[-‐\s](?:{_ONES})\b)?|{_words(CARDINALS)})\b"
_SCALE_WORD = _words(k for k in SCALES if len(k) > 3)
# A closing quotation mark may stand between the part and its whole: 'was "less than half" of it'.
_OF_A_WHOLE = r"(?=[\"”’']?\s+(?:of|the|their|its|his|her|our|all|these|those|were|are|was|is|have|had|said)\b)"
# "fell by almost a fifth since 2022": a part with nothing counted after it, a change when "by"
# stands before (checked by :func:`find_numbers`); "a fifth day", "a third term" are ordinals.
_BY_A_PART = (
    r"(?P<{tag}_part>)(?=\s*[,.;:)]|\s*$|\s+(?:since|in|on|from|over|between|after|compared|against|last|this"
    r"|to|and|but|while|a\s+year|the\s+previous)\b)"
)
# "an estimated third of it": the hedge holds the article a part is written with.
_FRACTION = (
    rf"(?:(?:a|one|{_ONES})[-‐\s](?:{_words(FRACTIONS)})s?\b(?:{_OF_A_WHOLE}|{_BY_A_PART})|half\b{_OF_A_WHOLE}"
    rf"|(?<=an\sestimated\s)(?:{_words(FRACTIONS)})\b{_OF_A_WHOLE})"
)


def _trie(words) -> str:
    """An alternation shaped as a trie: the regex engine then skips most positions at once,
    which a flat list of forty words does not (it made the scan ten times slower)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return emit(tree)


# Tries: tried after every number, a flat list of fifty words would slow the whole scan.
_CURRENCY_WORDS = _trie(CURRENCY_WORDS)
_CURRENCY_NAMES = _trie(COUNTRY_CURRENCIES).replace(r"\ ", r"\s+")


#: The first three letters of every word a suffix may open with, past its spaces: one look spares most
#: numbers (followed by a word that opens no suffix) the trial of every suffix.
_SUFFIX_OPENINGS = {
    word.lower()[:3]
    for words in (
        ("per", "pct", "pc", "percentage", "basis", "bps", "dollars", "euro", "us", "cents", "won", "degree"),
        DOLLAR_COUNTRIES, COUNTRY_CURRENCIES, CURRENCY_WORDS, CURRENCY_CODES, UNIT_ABBREVIATIONS, TEMPERATURES,
    )
    for word in words
}
_SUFFIX_GUARD = rf"(?=[cf%°]|\s*(?:[%°]|{_trie(_SUFFIX_OPENINGS)}))"


def quantity(tag: str) -> str:
    """One quantity with its currency, scale and unit; group names are prefixed with ``tag``."""
    signs = _words(s for s in CURRENCY_SIGNS if s[:1] not in "rksnpt¢" or s in ("r$", "s$", "nz$")) + _GLUED_SIGNS
    codes = _words(CURRENCY_CODES)
    number = (
        rf"(?P<{tag}_ratio>(?:{_words(CARDINALS)}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_words(CARDINALS)}|{_words(TENS)}|\d{{1,3}}(?![\d,.]\d?)))\b"
        rf"|(?P<{tag}_digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|\d{{1,3}}(?:[\u00a0\u202f\u2009 ]\d{{3}})+(?![\d,.]?\d)|\d+(?:\.\d+)?)"
        rf"|(?P<{tag}_vague>{_words(v for v in VAGUE_PLURALS if v != 'scores')}|scores(?=\s+of\b))\b"
        r"(?!\s+of\s+(?:thousands|millions|billions))"
        rf"|(?P<{tag}_several>{_words(VAGUE_MULTIPLIERS)})\s+(?=(?:hundred|thousand|million|billion)\b)"
        rf"|(?P<{tag}_quarter>(?:a\s+)?quarter\s+of\s+an?)\s+(?=(?:million|billion)\b)"
        rf"|(?P<{tag}_fraction>{_FRACTION.replace('{tag}', tag)})"
        rf"|(?P<{tag}_half>half\s+an?)\s+(?=(?:dozen|million|billion)\b)|(?P<{tag}_halfpoint>half\s+a)(?=\s+percentage\s+point)"
        rf"|(?P<{tag}_a>an?|one)\s+(?=(?:{_SCALE_WORD})\b)"
        rf"|(?P<{tag}_words>{_CARDINAL}(?:\s+hundred\b(?:\s+(?:and\s+)?{_CARDINAL})?)?)"
    )
    return (
        rf"(?:(?P<{tag}_cur>{signs})\s?|(?P<{tag}_code>(?:{codes})\s?|{_words(GLUED_CODES)})(?=\d))?"
        rf"(?P<{tag}_number>{number})"
        rf"(?:\s?(?P<{tag}_scale>{_SCALE_WORD}|mln|mn|bn|tn|trn|(?({tag}_cur)[mkb]|[mk](?=\s+(?:[a-z]+s|more|fewer|people|men|women|children)\b)))(?!\w))?"
        rf"(?:{_SUFFIX_GUARD}(?P<{tag}_suffix>\s?%|\s?(?:per\s?cent|percent|pct|pc)\b|\s+(?:percentage|basis)\s+points?\b|\s?bps\b"
        rf"|\s+(?:(?:{_words(DOLLAR_COUNTRIES)})\s+)?dollars\b|\s+(?:euro\s+|us\s+)?cents\b|\s+(?:{_CURRENCY_NAMES})\b"
        rf"|\s+(?:{_CURRENCY_WORDS}|(?({tag}_scale)won|(?!)))\b(?<!pounds(?=\s+of\b))"
        rf"|\s+(?:{codes})\b|\s?(?:{_words(UNIT_ABBREVIATIONS)})(?![\w/])|\s?°\s?[cf]\b|[cf](?![\w/])"
        rf"|\s+(?:degrees?\s+)?(?:{_words(TEMPERATURES)})\b))?"
        r"(?![\w$£€])"
    )


#: A number, or a range of two: "between 20 and 30", "20-30", "20 to 30", "two or three".
NUMBER = (
    rf"(?P<between>between\s+)?{quantity('a')}"
    rf"(?:(?(between)\s+and\s+|(?:\s?[-–—‐]\s?|\s+to\s+|\s+or\s+)){quantity('b')})?"
)
# The same groups with the range made impossible: for "rose 3 percent to $150", not a range.
_SINGLE = NUMBER.replace("(?:(?(between)", "(?:(?!)(?(between)", 1)


# The expression is written in lower case and run on a lower-cased copy of the text: an
# IGNORECASE expression is twice as slow. ``_NUMBER_ANY_CASE`` serves the rare text whose
# lower-casing changes its length (and so its offsets).
_NUMBER = re.compile(NUMBER)
_NUMBER_ANY_CASE = re.compile(NUMBER, re.IGNORECASE)
_SINGLE_NUMBER = re.compile(_SINGLE)
_SINGLE_NUMBER_ANY_CASE = re.compile(_SINGLE, re.IGNORECASE)
# The same groups with no ratio: for "aged 60 to 84 in five countries", where "84 in five" is none.
_NO_RATIO = NUMBER.replace("(?P<a_ratio>", "(?P<a_ratio>(?!)").replace("(?P<b_ratio>", "(?P<b_ratio>(?!)")
_RATIO_GROUPS = (_NUMBER.groupindex["a_ratio"], _NUMBER.groupindex["b_ratio"])
_NO_RATIOS = (None, None)


@cache
def _no_ratio(any_case: bool) -> re.Pattern[str]:
    """:data:`NUMBER` without ratios, compiled when a text first needs it (few do)."""
    return re.compile(_NO_RATIO, re.IGNORECASE if any_case else 0)

#: What may stand right before a number without it being part of a word or a name ("G7",
#: "Covid-19", "3.5", "24/7").
_GLUED = frozenset(".,/:#@&-‐–_")
#: The last letters of the parts of a whole ("fifth", "third", "quarter", "fifths"): one look spares most matches a group lookup.
_PART_ENDS = frozenset(word[-1] for word in FRACTIONS) | {"s"}
#: "by", then up to three words of a hedge ("by almost", "by more than"), before a part of a whole.
_BY_BEFORE = re.compile(r"\bby\s+(?:(?!the\b|a\b)[a-z]+\s+){0,3}$")


_START_WORDS = [
    *CARDINALS, *TENS, *(k for k in SCALES if len(k) > 3), *(k.split()[0] for k in VAGUE_PLURALS),
    *FRACTIONS, *(f + "s" for f in FRACTIONS),
]
_WORD_TRIE = _trie(set(_START_WORDS))
_WORD_START = re.compile(_WORD_TRIE + r"\b")
# Where a number may begin, in two scans that each open with a character the regex engine looks
# for quickly: a number word after a space (the usual case), and a digit run or a number word
# after another mark ("(two", "\ntwo"). One scan of the number words alone tries the trie at most
# letters of the text and costs more than both. Written "\d*" after the first digit: "\d\d*".
_WORD_AFTER_SPACE = re.compile(rf" (?:{_WORD_TRIE})\b")
_DIGITS_OR_WORD_AFTER_MARK = re.compile(rf"[^ a-z](?:(?<=\d)\d*|(?<=[\W_])(?:{_WORD_TRIE})\b)")
#: Signs and codes that open a number, longest first ("us$" before "$").
_SIGNS = tuple(sorted([*CURRENCY_SIGNS, *(c.lower() + " " for c in CURRENCY_CODES), *(c.lower() for c in CURRENCY_CODES | GLUED_CODES), "rs ", "rs. ", "ksh ", "tk ", "tk. "], key=len, reverse=True))
_SIGN_SET = frozenset(_SIGNS)
#: For each last character of a sign, the lengths of the signs it ends, longest first.
_SIGN_LENGTHS = {
    end: sorted({len(sign) for sign in _SIGNS if sign[-1] == end}, reverse=True) for end in {sign[-1] for sign in _SIGNS}
}
#: Words that open a number written before its first number word or digit ("a few thousand").
_OPENING_WORDS = {("a",): 1, ("an",): 1, ("several",): 1, ("many",): 1, ("a", "few"): 2, ("a", "couple", "of"): 3}
_OPENING_LAST = frozenset(words[-1] for words in _OPENING_WORDS)


def find_numbers(text: str) -> Iterator[re.Match[str]]:
    """Every :data:`NUMBER` of ``text``, in order, none inside a word or another number.

    Two cheap scans find where a number may begin (a digit, or a number word); the full
    expression is then tried there, and a little before for what a number may open with
    ("$", "US$", "a", "several", "between"). Matches are made on a lower-cased copy of ``text``:
    read their offsets, not their text.
    """
    lowered = text.lower()
    pattern, single = _NUMBER, _SINGLE_NUMBER
    if len(lowered) != len(text):
        lowered, pattern, single = text, _NUMBER_ANY_CASE, _SINGLE_NUMBER_ANY_CASE
    anchors = _anchors(lowered)
    position = 0
    for anchor in anchors:
        if anchor >= position:
            match = _number_at(lowered, anchor, position, pattern, single)
            if match:
                position = match.end()
                yield match


def _anchors(lowered: str) -> list[int]:
    """Where a number may begin, in order: every digit run, and every number word that opens a
    word (not "one" in "money")."""
    anchors = [m.start() if lowered[m.start()].isdecimal() else m.start() + 1 for m in _DIGITS_OR_WORD_AFTER_MARK.finditer(lowered)]
    if _WORD_START.match(lowered):
        anchors.insert(0, 0)
    # "lakh crore" is one word of the trie: its "crore" opens no number of its own
    after_space = [m.start() + 1 for m in _WORD_AFTER_SPACE.finditer(lowered) if lowered[max(0, m.start() - 4) : m.end()] != "lakh crore"]
    return sorted(anchors + after_space) if after_space else anchors


def _number_at(lowered: str, anchor: int, position: int, pattern: re.Pattern[str], single: re.Pattern[str]) -> re.Match[str] | None:
    """The number whose first digit or number word is at ``anchor``, tried with its opening
    ("$", "a few", "between") and then bare; ``position`` is where the previous number ended."""
    opening = _opening(lowered, anchor, position)
    for first in (opening, anchor) if opening != anchor else (anchor,):
        if first > 0 and (lowered[first - 1] in _GLUED or lowered[first - 1].isalnum()):
            continue
        match = pattern.match(lowered, first)
        if match is None:
            continue
        if match.end() - first > 5 and match.group(*_RATIO_GROUPS) != _NO_RATIOS and _is_false_ratio(match):
            match = _no_ratio(pattern is _NUMBER_ANY_CASE).match(lowered, first)
            if match is None:
                continue
        if match.group("b_number") is not None and (_is_mixed_range(match) or _is_change(lowered, first, match) or _is_two_levels(match)):
            match = single.match(lowered, first)  # most numbers are no range: one look spares the three rules
        if match and lowered[match.end() - 1] in _PART_ENDS and match.group("a_part") is not None and not _BY_BEFORE.search(lowered, max(0, first - 30), first):
            match = None  # "a fifth" with nothing counted after it is a change only after "by"
        if match and match.end() > anchor:
            return match
    return None


def _is_false_ratio(match: re.Match[str]) -> bool:
    """"84 in five" is no ratio: a part is never larger than its whole ("aged 60 to 84 in five
    countries" is a range of ages, then a count of countries)."""
    for ratio in match.group(*_RATIO_GROUPS):
        if ratio:
            parts = ratio.split()
            if _plain_value(parts[0]) > _plain_value(parts[-1]):
                return True
    return False


def _is_range(match: re.Match[str]) -> bool:
    """Whether the match holds a second number ("20-30"): what both range rules check first."""
    return match.group("b_number") is not None


def _is_mixed_range(match: re.Match[str]) -> bool:
    """Two numbers of different kinds are not a range: "rose 3 percent to $150", and a change
    then the level it reached, "weakened 1.2% to 41.05" (a range of percentages writes its sign
    last, "2-3%", or twice, "2% to 3%", never first alone)."""
    if not _is_range(match):
        return False
    low = _unit(match.group("a_cur"), match.group("a_code"), match.group("a_suffix"))
    high = _unit(match.group("b_cur"), match.group("b_code"), match.group("b_suffix"))
    if high is None:
        return low in _RATE_UNITS
    cents = [(suffix or "").lower().endswith("cents") for suffix in match.group("a_suffix", "b_suffix")]
    return low is not None and (low != high or cents[0] != cents[1])  # "fell 11 cents to $5.87"


def _is_two_levels(match: re.Match[str]) -> bool:
    """"at 24 percent to 22 percent": a higher number then a lower one, each with its unit, is two
    levels set against each other (a poll, a score in percent), not a range; without units ("3-1",
    "10-4") it is a score or a vote, and no figure."""
    if not _is_range(match) or match.group("between") or not (match.group("a_suffix") and match.group("b_suffix")):
        return False
    low, high = _read_quantity(match.group(*_GROUPS["a"])), _read_quantity(match.group(*_GROUPS["b"]))
    return low is not None and high is not None and high.value <= low.value


_RATE_UNITS = frozenset(("%", "percentage points", "basis points"))


def _is_change(text: str, start: int, match: re.Match[str]) -> bool:
    """"rise from 13.8% to 15%" gives two numbers, a before and an after, not a range."""
    return _is_range(match) and text[max(0, start - 5) : start] == "from " and not match.group("between")


def _opening(text: str, anchor: int, start: int) -> int:
    """Where a number whose first digit or number word is at ``anchor`` may begin."""
    window = text[max(start, anchor - 24) : anchor]
    begin = anchor
    sign = _sign_before(window) if window[-1:] in _SIGN_LENGTHS else 0
    if sign:
        begin -= sign
    elif window[-1:].isspace():
        words = window.split()
        if words and words[-1] in _OPENING_LAST:  # most numbers follow a word that opens none
            begin -= _opening_words_length(window, words)
    before = text[max(start, begin - 9) : begin]
    if before.endswith(" ") and "between" in before and before.split()[-1:] == ["between"]:
        begin -= len(before) - before.rindex("between")
    return begin


def _sign_before(window: str) -> int:
    """The length of the longest currency sign or code that ends ``window``, 0 for none.

    A lookup per length of sign, not per sign: a space ends the words before most numbers and
    "USD " alike.
    """
    for size in _SIGN_LENGTHS[window[-1]]:
        if len(window) >= size and window[-size:] in _SIGN_SET:
            return size
    return 0


def _opening_words_length(window: str, words: list[str]) -> int:
    """How far back the words of :data:`_OPENING_WORDS` that end ``window`` reach ("a few ")."""
    for opening, count in _OPENING_WORDS.items():
        if len(words) >= count and tuple(words[-count:]) == opening:
            return len(window) - window.rindex(words[-count])
    return 0


class Amount(NamedTuple):
    """What a written number is worth (a named tuple: one is built for every number found, and a
    frozen dataclass costs three times as much to build)."""

    value: float
    unit: str | None
    """Currency code, "%", "percentage points", a measurement abbreviation, or None."""
    vague: str | None = None
    """The word that makes the number rough ("hundreds", "several"), if any."""
    scaled: bool = False
    """Whether a scale, currency or unit was written (a year never has one)."""


def read_amount(match: re.Match[str]) -> Amount | None:
    """The amount a :data:`NUMBER` match means: its lower bound for a range."""
    groups = match.groups()  # every group at once: cheaper than fourteen of them by number
    low = _read_quantity(_A_PICK(groups))
    if low is None or match.group(_B_NUMBER) is None:
        return low
    high = _read_quantity(_B_PICK(groups))
    if high is None:
        return low
    if not match.group("a_scale") and match.group("b_scale") and low.unit != "%":
        low = Amount(low.value * SCALES[" ".join(match.group("b_scale").lower().split())], low.unit, low.vague, True)
    if low.unit is None and high.unit:
        cents = (match.group("b_suffix") or "").lower().endswith("cents")  # "20-30 cents"
        low = Amount(low.value / 100 if cents else low.value, high.unit, low.vague, True)
    if high.value <= low.value and not match.group("between"):
        return None  # "3-1" is a score, "10-4" a vote, "50-50" odds: not a range
    return low


#: The groups of one quantity, in the order :func:`_read_quantity` unpacks them: fetched with one
#: ``match.group(*numbers)`` call, since a call per group by a formatted name cost more than the
#: reading itself. The four compiled expressions share the group numbers.
_KINDS = ("cur", "code", "suffix", "scale", "digits", "vague", "several", "fraction", "ratio", "half", "halfpoint", "quarter", "a", "words")
_GROUPS = {tag: tuple(_NUMBER.groupindex[f"{tag}_{kind}"] for kind in _KINDS) for tag in "ab"}
_A_PICK, _B_PICK = (itemgetter(*(index - 1 for index in _GROUPS[tag])) for tag in "ab")  # from ``match.groups()``
_B_NUMBER = _NUMBER.groupindex["b_number"]
#: What the digits group may hold besides digits and a decimal point: thousands separators.
_DIGIT_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009 ")


def _read_quantity(groups: tuple[str | None, ...]) -> Amount | None:
    """The amount of one quantity, from its groups in :data:`_KINDS` order."""
    cur, code, suffix, scale_word, digits, vague_word, several, fraction, ratio, half, halfpoint, quarter, a, words = groups
    if digits and not (cur or code or suffix or scale_word):  # a bare count, the usual number: nothing to scale
        return Amount(float(digits.translate(_DIGIT_SEPARATORS)), None, None, False)
    unit = _unit(cur, code, suffix) if cur or code or suffix else None
    scale_word = " ".join((scale_word or "").lower().split())  # "lakh  crore"
    scale = SCALES.get(scale_word, 1)
    if suffix and suffix[-1:] in "sS" and suffix.lower().endswith("cents"):
        scale /= 100  # "11 cents": money in hundredths of its currency
    vague = None
    if digits:
        value = float(digits.translate(_DIGIT_SEPARATORS))
    elif vague_word:
        vague = " ".join(vague_word.split())
        value = VAGUE_PLURALS[vague.lower()]
    elif several:
        vague = " ".join(several.split())
        value = VAGUE_MULTIPLIERS[vague.lower()]
    elif fraction:
        return Amount(round(fraction_value(fraction), 2), "%", None, True)
    elif ratio:
        parts = ratio.split()  # "one in five", "1 in every 10", "nine out of 10"
        return Amount(round(100 * _plain_value(parts[0]) / max(1.0, _plain_value(parts[-1])), 2), "%", None, True)
    elif half or halfpoint:
        value = 0.5
    elif quarter:
        value = 0.25
    elif a:
        value = 1
    elif words:
        value = words_value(words)
    else:
        return None
    scaled = bool(scale_word or unit)
    return Amount(value * scale, unit, vague, scaled)


def _unit(sign: str | None, code: str | None, suffix: str | None) -> str | None:
    if sign:
        return CURRENCY_SIGNS[sign.lower()]
    if code:
        return code.strip().upper()
    if not suffix:
        return None
    words = " ".join(suffix.split()).lower()
    if words.endswith("cents"):
        return "EUR" if words.startswith("euro") else "USD"  # "11 cents", as a bare "$" is read
    if words.endswith("%") or words.endswith("cent") or words in ("pct", "pc"):
        return "%"
    if words.startswith("percentage"):
        return "percentage points"
    if words.startswith(("basis", "bps")):
        return "basis points"  # a hundredth of a percentage point, the unit of rate moves
    if words.endswith("dollars"):
        return DOLLAR_COUNTRIES.get(words[: -len(" dollars")], "USD")
    if words in CURRENCY_WORDS:
        return CURRENCY_WORDS[words]
    if words in COUNTRY_CURRENCIES:
        return COUNTRY_CURRENCIES[words]
    if words == "won":
        return "KRW"
    if words.upper() in CURRENCY_CODES:
        return words.upper()
    if words.split()[-1] in TEMPERATURES:
        return TEMPERATURES[words.split()[-1]]
    if words.strip("° ") in ("c", "f"):
        return "°" + words.strip("° ").upper()  # "40C", "104 °F"
    return next(unit for unit in UNIT_ABBREVIATIONS if unit.lower() == words)


def _plain_value(text: str) -> float:
    return float(text) if text[:1].isdigit() else words_value(text)
