"""The words of numbers and their worth (generator/number_words.py)."""

from __future__ import annotations

import pytest

from generator.number_words import fraction_value, words_value


@pytest.mark.parametrize(
    ("words", "value"),
    [("eighteen", 18), ("twenty one", 21), ("ninety-nine", 99), ("two hundred", 200), ("one hundred and five", 105)],
)
def test_words_value(words, value):
    assert words_value(words) == value


@pytest.mark.parametrize(("text", "value"), [("half", 50), ("a quarter", 25), ("two fifths", 40), ("one tenth", 10)])
def test_fraction_value(text, value):
    assert fraction_value(text) == value
