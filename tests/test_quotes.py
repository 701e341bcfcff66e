import pytest

from generator.people import find_people
from generator.quotes import extract_quotes
from generator.seed import parse_article

TOKAYEV = "Kassym Jomart Tokayev"


def quotes(text: str):
    article = parse_article("t.txt", "Title\n\n" + text)
    return extract_quotes(article, find_people(article))


def test_sample_full_quotes(sample_text):
    article = parse_article("s.txt", sample_text)
    found = extract_quotes(article, find_people(article))
    full = [q for q in found if q.kind == "full"]
    assert [q.text[:30] for q in full] == [
        "I have given the order to shoo",
        "terrorists continue to damage ",
        "From abroad there have been ca",
        "The enemies have not given up ",
    ]
    assert full[2].text.endswith("We will do it shortly")
    assert full[3].text.endswith("continue until the end")
    assert {q.speaker for q in full} == {TOKAYEV}
    assert [q.attribution for q in full] == ["Tokayev said", "adding", "added the president", "he explained"]
    assert {q.role for q in full} == {"President of Kazakhstan"}


def test_sample_partial_quotes(sample_text):
    article = parse_article("s.txt", sample_text)
    found = extract_quotes(article, find_people(article))
    partial = [(q.text, q.speaker) for q in found if q.kind == "partial"]
    assert partial == [
        ("without prior notice", TOKAYEV),
        ("bandits", TOKAYEV),
        ("both local and foreign", TOKAYEV),
        ("a clear plan.", TOKAYEV),
        ("sleeping militant cells", TOKAYEV),
        ("terrorist attacks.", TOKAYEV),
        ("criminals", "Interior Ministry"),
        ("armed", "Interior Ministry"),
    ]


def test_sample_quotes_are_verbatim_and_point_at_their_sentence(sample_text):
    article = parse_article("s.txt", sample_text)
    for quote in extract_quotes(article, find_people(article)):
        assert article.body[quote.start : quote.end] == quote.text
        sentence = next(s for s in article.sentences if s.id == quote.sentence)
        assert sentence.start <= quote.start - 1 <= sentence.end or sentence.start <= quote.start < sentence.end


def test_corpus_meets_the_thresholds():
    """Full-quote F1 >= 0.95 and speaker accuracy >= 0.90 over the hand-written corpus."""
    from tests.report_quotes import score

    scores = score()
    assert scores.verbatim
    assert scores.f1 >= 0.95, scores.misses
    assert scores.speaker_accuracy >= 0.90, scores.misses


def test_corpus_has_enough_cases():
    from tests.corpus_quotes import CASES

    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)
