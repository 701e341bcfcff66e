"""The words of numbers: number words, scales, rough plurals and parts of a whole, with their worth.

:mod:`generator.numbers` builds its expression from these lists and reads what it matched with
them; they are kept apart because the same words serve other readers (the number words that
open a label in :mod:`generator.figure_labels`). A vague word is worth the least it can mean
("hundreds" -> 200, "several" -> 3), a part of a whole is a percentage ("a third" -> 33.33).

Knowingly missed: spelled numbers past the hundreds ("two thousand three hundred") and
written-out decimals ("three point five").
"""

from __future__ import annotations

import re

#: Number words and their values.
CARDINALS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

#: Words that multiply the number before them; abbreviations as wire copy writes them.
SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
    # Indian scales: a lakh is 100,000, a crore ten million, "lakh crore" a trillion.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
}

#: Plurals that stand for a rough number, worth the least they can mean.
VAGUE_PLURALS = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2e3, "millions": 2e6, "billions": 2e9,
    "tens of thousands": 2e4, "hundreds of thousands": 2e5, "tens of millions": 2e7,
    "hundreds of millions": 2e8, "tens of billions": 2e10, "hundreds of billions": 2e11,
}
#: Vague multipliers before a bare scale ("several hundred", "a few thousand").
VAGUE_MULTIPLIERS = {"several": 3, "a few": 2, "a couple of": 2, "many": 2}

#: Parts of a whole, as percentages.
FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}


def words_value(text: str) -> float:
    """The value of a spelled number: "eighteen", "twenty-five", "two hundred and fifty"."""
    total = 0.0
    current = 0.0
    for word in re.split(r"[-‐\s]+", text.lower()):
        if word in CARDINALS:
            current += CARDINALS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
    return total + current


def fraction_value(text: str) -> float:
    """A part of a whole as a percentage: "half" -> 50, "two-thirds" -> 66.67, "third" -> 33.33."""
    words = re.split(r"[-‐\s]+", text.lower())
    if words == ["half"]:
        return 50.0
    if len(words) == 1:
        return FRACTIONS[words[0]]  # "third" after "an estimated"
    count = 1 if words[0] in ("a", "one") else CARDINALS[words[0]]
    return count * FRACTIONS[words[-1].rstrip("s")]

