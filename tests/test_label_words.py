"""The words the label rules know (generator/label_words.py): plurals and verb forms."""

from __future__ import annotations

import pytest

from generator.label_words import is_plural, is_verb_form


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("voters", True),
        ("people", True),
        ("police", True),
        # should find nothing: a singular in "-ss", "-us", "-is", a possessive
        ("business", False),
        ("virus", False),
        ("crisis", False),
        ("year's", False),
    ],
)
def test_is_plural(word, expected):
    assert is_plural(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("caused", True),
        ("beating", True),
        # should find nothing: a noun in "-ing" or "-eed", a compound adjective
        ("mining", False),
        ("speed", False),
        ("heat-related", False),
        ("profit", False),
    ],
)
def test_is_verb_form(word, expected):
    assert is_verb_form(word) is expected
