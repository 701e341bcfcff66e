"""Precision, recall and F1 of the sources step on the written corpus, and its speed.

Run ``python -m tests.report_sources`` (``-v`` lists every miss and every extra source).
Sources are compared as (name, kind) through :func:`generator.attribution.source_key`, so
"the Interior Ministry" matches "Interior Ministry"; each case runs through the whole pipeline.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from generator.attribution import attribute_sentences, find_attributions, source_key
from generator.brief import build_brief
from generator.sources import extract_sources, find_credit
from tests import scoring
from tests.corpus_sources import CASES, Case
from tests.corpus_sources_heldout import ARTICLES, ARTICLES_2, ARTICLES_3, ARTICLES_4, ARTICLES_5, ARTICLES_6, ARTICLES_7, ARTICLES_8, ARTICLES_9, HELD_OUT, LONGER

ALL_CASES = CASES + HELD_OUT + LONGER


@dataclass(frozen=True)
class Score:
    true_positives: int
    found: int
    expected: int
    ms_per_article: float

    @property
    def precision(self) -> float:
        return scoring.precision(self.true_positives, self.found)

    @property
    def recall(self) -> float:
        return scoring.recall(self.true_positives, self.expected)

    @property
    def f1(self) -> float:
        return scoring.f1(self.precision, self.recall)


def found_sources(case: Case) -> set[tuple[str, str]]:
    brief = build_brief("seeds/case.txt", case.text)
    return {(source_key(s.name), s.kind) for s in brief.sources}


def expected_sources(case: Case) -> set[tuple[str, str]]:
    return {(source_key(name), kind) for name, kind in case.expected}


def score(cases: tuple[Case, ...] = ALL_CASES, *, verbose: bool = False) -> Score:
    hits = found = expected = 0
    start = time.perf_counter()
    results = [(case, found_sources(case)) for case in cases]
    elapsed = time.perf_counter() - start
    for case, got in results:
        want = expected_sources(case)
        hits, found, expected = hits + len(got & want), found + len(got), expected + len(want)
        if verbose and got != want:
            print(f"[{case.style}] {case.text.splitlines()[0]}")
            for miss in sorted(want - got):
                print(f"    missed {miss}")
            for extra in sorted(got - want):
                print(f"    extra  {extra}")
    return Score(hits, found, expected, 1000 * elapsed / max(1, len(cases)))


def step_ms(cases: tuple[Case, ...] = ALL_CASES) -> float:
    """Milliseconds per article of the sources step alone (attribution, credit, sources)."""
    inputs = []
    for case in cases:
        brief = build_brief("seeds/case.txt", case.text)
        inputs.append((brief.article, brief.quotes, brief.figures, brief.people))
    find_attributions.cache_clear()
    start = time.perf_counter()
    for article, quotes, figures, people in inputs:
        claims = attribute_sentences(article, quotes, people)
        find_credit(article)
        extract_sources(article, quotes, figures, people, claims)
    return 1000 * (time.perf_counter() - start) / max(1, len(inputs))


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    batches = (
        ("first corpus", CASES),
        ("held-out batch", HELD_OUT),
        ("longer articles", LONGER),
        ("all", ALL_CASES),
        ("whole articles", ARTICLES),
        ("whole articles, second batch", ARTICLES_2),
        ("whole articles, third batch", ARTICLES_3),
        ("whole articles, fourth batch", ARTICLES_4),
        ("whole articles, fifth batch", ARTICLES_5),
        ("whole articles, sixth batch", ARTICLES_6),
        ("whole articles, seventh batch", ARTICLES_7),
        ("whole articles, eighth batch", ARTICLES_8),
        ("whole articles, ninth batch", ARTICLES_9),
    )
    for label, cases in batches:
        result = score(cases, verbose=verbose and (label == "all" or label.startswith("whole articles")))
        print(
            f"sources, {label}: {len(cases)} articles, precision {result.precision:.3f}, "
            f"recall {result.recall:.3f}, F1 {result.f1:.3f}, "
            f"{result.ms_per_article:.2f} ms/article (whole pipeline)"
        )
    print(f"sources step alone: {step_ms():.3f} ms/article")


if __name__ == "__main__":
    main()
