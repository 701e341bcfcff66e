"""The subject before a figure (generator/label_subjects.py), read from the words before it."""

from __future__ import annotations

import pytest

from generator.label_subjects import subject_before


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The death toll rose to 50.", "death toll"),
        ("Revenue grew 3.2% to 9.6 billion crowns.", "Revenue"),
        ("They raised the number of injured agents to 63.", "injured agents"),
        ("The club agreed a release clause set at 500 million euros.", "release clause"),
        ("Shares in listed subsidiary X fell 2%.", "Shares"),
        # should find nothing: a verb with no object before "to"
        ("The price returned to 50 after the announcement.", ""),
    ],
)
def test_subject_before(sentence, label):
    figure = next(index for index, char in enumerate(sentence) if char.isdigit())
    assert subject_before(sentence, 0, figure) == label
