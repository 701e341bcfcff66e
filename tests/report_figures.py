"""How well the figures extractor does on the corpus: ``python -m tests.report_figures``.

A figure found is right when its text span is exactly an expected one (hedge included); value,
qualifier, unit and label are then scored apart on the figures whose span matched. A label
expected as None is not scored. A text a passage repeats ("two" twice) is matched in order: the
first found with the first expected, and so on; one found more often than expected is an extra.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.figures import extract_dates, extract_figures
from generator.model import Article, Figure
from generator.seed import parse_article
from tests import scoring
from tests.corpus_figures import CASES, Case, F
from tests.corpus_figures_heldout import ARTICLES, ARTICLES_2, ARTICLES_3, ARTICLES_4, ARTICLES_5, ARTICLES_6, ARTICLES_7, ARTICLES_8, ARTICLES_9, HELD_OUT


@dataclass(frozen=True)
class Score:
    found: int
    expected: int
    matched: int
    values: int
    qualifiers: int
    units: int
    labels: int
    labelled: int
    ms_per_article: float
    misses: tuple[str, ...]

    @property
    def precision(self) -> float:
        return scoring.precision(self.matched, self.found)

    @property
    def recall(self) -> float:
        return scoring.recall(self.matched, self.expected)

    @property
    def f1(self) -> float:
        return scoring.f1(self.precision, self.recall)


def article_of(passage: str) -> Article:
    return parse_article("case", "Case\n\n" + passage)


def whole_article(passage: str) -> Article:
    """A passage that is a whole article, headline first, read as a seed is."""
    return parse_article("article", passage)


def _where(passage: str) -> str:
    """The passage itself, or only the headline of a whole article, for the list of misses."""
    headline, newline, _ = passage.partition("\n")
    return f"article {headline!r}" if newline else repr(passage)


def score(cases: tuple[Case, ...] = CASES, *, parse: Callable[[str], Article] = article_of) -> Score:
    """Precision, recall and field accuracy over every case, plus the mean time per passage."""
    found = expected = matched = values = qualifiers = units = labels = labelled = 0
    misses: list[str] = []
    elapsed = 0.0
    for case in cases:
        article = parse(case.passage)
        began = time.process_time()
        figures = extract_figures(article)
        elapsed += time.process_time() - began
        by_text: dict[str, list[Figure]] = {}
        for figure in figures:
            by_text.setdefault(figure.text, []).append(figure)
        found += len(figures)
        expected += len(case.figures)
        for want in case.figures:
            same = by_text.get(want.text)
            got = same.pop(0) if same else None
            if got is None:
                misses.append(f"missed {want.text!r} in {_where(case.passage)}")
                continue
            matched += 1
            values += _same_value(got, want)
            qualifiers += got.qualifier == want.qualifier
            units += got.unit == want.unit
            if want.label is not None:
                labelled += 1
                labels += got.label == want.label
                if got.label != want.label:
                    misses.append(f"label {got.label!r} for {want.text!r}, expected {want.label!r}")
            misses += _field_misses(got, want)
        misses += [f"extra {f.text!r} in {_where(case.passage)}" for left in by_text.values() for f in left]
    return Score(found, expected, matched, values, qualifiers, units, labels, labelled,
                 1000 * elapsed / len(cases), tuple(misses))


def _field_misses(got: Figure, want: F) -> list[str]:
    """The value, qualifier and unit of a matched figure that differ from the expected ones."""
    wrong = [] if _same_value(got, want) else [("value", got.value, want.value)]
    wrong += [(name, getattr(got, name), getattr(want, name)) for name in ("qualifier", "unit")
              if getattr(got, name) != getattr(want, name)]
    return [f"{name} {found!r} for {want.text!r}, expected {wanted!r}" for name, found, wanted in wrong]


def _same_value(got: Figure, want: F) -> bool:
    return abs(got.value - want.value) <= 0.01 * max(1.0, abs(want.value)) / 100


def seed_timings(*, repeat: int = 50) -> dict[str, tuple[int, float]]:
    """Characters and best CPU milliseconds of figures plus dates, for every seed of the project."""
    timings = {}
    for path in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")):
        article = parse_article(path.name, path.read_text("utf-8"))
        best = float("inf")
        for _ in range(repeat):
            began = time.process_time()
            extract_figures(article)
            extract_dates(article)
            best = min(best, time.process_time() - began)
        timings[path.name] = (len(article.body), 1000 * best)
    return timings


def main() -> None:
    for name, cases, parse in (
        ("corpus", CASES, article_of),
        ("held out", HELD_OUT, article_of),
        ("whole articles", ARTICLES, whole_article),
        ("whole articles, second batch", ARTICLES_2, whole_article),
        ("whole articles, third batch", ARTICLES_3, whole_article),
        ("whole articles, fourth batch", ARTICLES_4, whole_article),
        ("whole articles, fifth batch", ARTICLES_5, whole_article),
        ("whole articles, sixth batch", ARTICLES_6, whole_article),
        ("whole articles, seventh batch", ARTICLES_7, whole_article),
        ("whole articles, eighth batch", ARTICLES_8, whole_article),
        ("whole articles, ninth batch", ARTICLES_9, whole_article),
    ):
        result = score(cases, parse=parse)
        print(f"{name}: cases {len(cases)}, figures expected {result.expected}, found {result.found}")
        print(f"  precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}")
        matched = result.matched or 1
        print(f"  value {result.values / matched:.3f}  qualifier {result.qualifiers / matched:.3f}  "
              f"unit {result.units / matched:.3f}  label {result.labels / (result.labelled or 1):.3f}")
        print(f"  {result.ms_per_article:.3f} ms per passage")
        for miss in result.misses:
            print("  " + miss)
    for name, (size, ms) in seed_timings().items():
        print(f"{ms:.3f} ms for {name} ({size} characters), figures and dates")


if __name__ == "__main__":
    main()
