"""Precision, recall and F1 of full quotes, speaker accuracy and timing over the quotes corpus.

Run ``python -m tests.report_quotes`` (``-v`` lists every miss). Texts are compared after
trimming spaces and the punctuation at their ends, so "We won." and "We won" match.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Article, Quote
from generator.people import find_people
from generator.quotes import extract_quotes
from generator.seed import parse_article
from tests import scoring
from tests.corpus_quotes import CASES, Case
from tests.corpus_quotes_heldout import ARTICLES, ARTICLES_2, ARTICLES_3, ARTICLES_4, ARTICLES_5, ARTICLES_6, ARTICLES_7, ARTICLES_8, ARTICLES_9
from tests.corpus_quotes_heldout import CASES as HELDOUT

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "kazakhstan-shoot-to-kill.txt"
_EDGES = " \t\n.,;:!?…"


@dataclass
class Scores:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    speakers_right: int = 0
    speakers_checked: int = 0
    verbatim: bool = True
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return scoring.precision(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return scoring.recall(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        return scoring.f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_checked if self.speakers_checked else 1.0


def article_of(case: Case) -> Article:
    return parse_article(f"{case.name}.txt", f"Headline of {case.name}\n\n{case.body}")


def whole_article(case: Case) -> Article:
    """A case whose body is a whole article, headline first, read as a seed is."""
    return parse_article(f"{case.name}.txt", case.body)


def extract(article: Article) -> tuple[Quote, ...]:
    return extract_quotes(article, find_people(article))


def normalise(text: str) -> str:
    return " ".join(text.strip(_EDGES).split())


def score(cases: tuple[Case, ...] = CASES, *, parse: Callable[[Case], Article] = article_of) -> Scores:
    """Full quotes are scored as a set per case; speakers over every expected quote found."""
    scores = Scores()
    for case in cases:
        article = parse(case)
        found = extract(article)
        scores.verbatim &= all(article.body[q.start : q.end] == q.text for q in found)
        by_text = {normalise(q.text): q for q in found}
        expected_full = {normalise(e.text) for e in case.quotes if e.kind == "full"}
        found_full = {normalise(q.text) for q in found if q.kind == "full"}
        scores.true_positives += len(expected_full & found_full)
        scores.false_positives += len(found_full - expected_full)
        scores.false_negatives += len(expected_full - found_full)
        for text in sorted(found_full - expected_full):
            scores.misses.append(f"{case.name}: extra full quote {text!r}")
        for expected in case.quotes:
            quote = by_text.get(normalise(expected.text))
            if quote is None:
                if expected.kind == "full":
                    scores.misses.append(f"{case.name}: missed {expected.text!r}")
                continue
            if quote.kind != expected.kind and expected.kind == "partial":
                scores.misses.append(f"{case.name}: {expected.text!r} is {quote.kind}, expected partial")
            scores.speakers_checked += 1
            if quote.speaker == expected.speaker:
                scores.speakers_right += 1
            else:
                scores.misses.append(
                    f"{case.name}: speaker of {expected.text!r} is {quote.speaker!r}, expected {expected.speaker!r}"
                )
    return scores


def milliseconds_per_article(articles: list[Article], *, rounds: int = 20) -> float:
    """CPU time (not wall time, so that a busy machine does not inflate it), best of 5."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        for _ in range(rounds):
            for article in articles:
                extract(article)
        best = min(best, time.process_time() - started)
    return best * 1000 / (rounds * len(articles))


def main(argv: list[str]) -> int:
    scores = score()
    sample = parse_article("seeds/kazakhstan-shoot-to-kill.txt", SAMPLE.read_text("utf-8"))
    corpus_ms = milliseconds_per_article([article_of(case) for case in CASES])
    sample_ms = milliseconds_per_article([sample])
    print(f"quotes corpus: {len(CASES)} cases, {sum(len(c.quotes) for c in CASES)} expected quotes")
    print(f"full quotes   precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}")
    print(f"speakers      accuracy {scores.speaker_accuracy:.3f} ({scores.speakers_right}/{scores.speakers_checked})")
    print(f"verbatim      {'every quote' if scores.verbatim else 'NOT ALL QUOTES'}")
    print(f"timing        {corpus_ms:.3f} ms per corpus case, {sample_ms:.3f} ms on the sample seed ({len(sample.body)} chars)")
    heldout = score(HELDOUT)
    print(
        f"held out      {len(HELDOUT)} cases never tuned on: precision {heldout.precision:.3f}  "
        f"recall {heldout.recall:.3f}  F1 {heldout.f1:.3f}  speakers {heldout.speaker_accuracy:.3f}"
    )
    scores.misses += heldout.misses
    for label, batch in (
        ("whole articles", ARTICLES),
        ("whole articles, second batch", ARTICLES_2),
        ("whole articles, third batch", ARTICLES_3),
        ("whole articles, fourth batch", ARTICLES_4),
        ("whole articles, fifth batch", ARTICLES_5),
        ("whole articles, sixth batch", ARTICLES_6),
        ("whole articles, seventh batch", ARTICLES_7),
        ("whole articles, eighth batch", ARTICLES_8),
        ("whole articles, ninth batch", ARTICLES_9),
    ):
        articles = score(batch, parse=whole_article)
        print(
            f"{label} {len(batch)} articles, {sum(len(c.quotes) for c in batch)} quotes: "
            f"precision {articles.precision:.3f}  recall {articles.recall:.3f}  F1 {articles.f1:.3f}  "
            f"speakers {articles.speaker_accuracy:.3f} ({articles.speakers_right}/{articles.speakers_checked})"
        )
        scores.misses += articles.misses
    if "-v" in argv:
        print("\n".join(scores.misses))
    else:
        print(f"{len(scores.misses)} misses (run with -v to list them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
