"""The archive benchmark runs end to end on a tiny archive and prints its table (no timings checked)."""

from __future__ import annotations

from generator.brief import build_brief
from tests import benchmark


def test_articles_are_varied_and_deterministic():
    first, again = list(benchmark.articles(5, seed=7)), list(benchmark.articles(5, seed=7))
    assert first == again
    assert len(set(first)) == 5
    assert len({text.split("\n")[4] for text in first}) == 5  # titles differ


def test_articles_are_valid_seeds_with_front_matter():
    for number, text in enumerate(benchmark.articles(5), 1):
        brief = build_brief(f"seeds/article-{number}.txt", text)
        assert brief.article.meta["date"] and brief.article.meta["tags"]
        assert len(brief.sentences) > 10


def test_benchmark_prints_its_table(capsys):
    assert benchmark.main(["--sizes", "3"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("| briefs | extraction")
    assert "\n| 3 | " in table
