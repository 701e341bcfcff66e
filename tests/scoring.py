"""Precision, recall and F1, shared by the extractor reports so that all three score alike.

An empty denominator counts as perfect (nothing found, nothing wrong), and F1 of two zeros is 0.
"""

from __future__ import annotations


def precision(hits: int, found: int) -> float:
    """Share of what the extractor found that was expected."""
    return hits / found if found else 1.0


def recall(hits: int, expected: int) -> float:
    """Share of what was expected that the extractor found."""
    return hits / expected if expected else 1.0


def f1(precision_: float, recall_: float) -> float:
    """Harmonic mean of precision and recall."""
    total = precision_ + recall_
    return 2 * precision_ * recall_ / total if total else 0.0
