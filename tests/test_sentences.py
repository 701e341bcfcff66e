import pytest

from generator.sentences import split_paragraphs, split_sentences


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two.", ["One.", "Two."]),
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("The U.S. Army said so. It was late.", ["The U.S. Army said so.", "It was late."]),
        ("Prices rose 3.5 percent. Then fell.", ["Prices rose 3.5 percent.", "Then fell."]),
        ("“We will win.” The crowd cheered.", ["“We will win.”", "The crowd cheered."]),
        ("He said: \"Stop.\" Nobody did.", ["He said: \"Stop.\"", "Nobody did."]),
        ("What now? Nobody knows!", ["What now?", "Nobody knows!"]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("Sales hit 5 bn. in 2020.", ["Sales hit 5 bn. in 2020."]),
        ("Brig. Gen. Dana Pike and Pvt. Ann Lowe left. Nobody stayed.", ["Brig. Gen. Dana Pike and Pvt. Ann Lowe left.", "Nobody stayed."]),
        ("no final stop", ["no final stop"]),
        # a lone capital after a lower-case word, before a quote, pronoun or article, ends a sentence
        ("The firm said in a post on X. “We are safe,” it wrote.", ["The firm said in a post on X.", "“We are safe,” it wrote."]),
        ("Officials called it plan B. It was never used.", ["Officials called it plan B.", "It was never used."]),
        ("She wrote on X. \"Thank you,\" she added.", ["She wrote on X.", "\"Thank you,\" she added."]),
        # ...but an initial inside a name does not
        ("The ruling was written by Judge Ann B. Cole. It ran long.", ["The ruling was written by Judge Ann B. Cole.", "It ran long."]),
        ("The report was signed by J. Smith and others.", ["The report was signed by J. Smith and others."]),
        ("President John F. “Jack” Kennedy spoke.", ["President John F. “Jack” Kennedy spoke."]),
        ("He met Harry S. Truman there.", ["He met Harry S. Truman there."]),
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_paragraphs_and_ids_run_across_the_story():
    text = "First one. First two.\n\n  \nSecond.\n"
    result = split_sentences(text, split_paragraphs(text))
    assert [(s.id, s.paragraph) for s in result] == [("s1", 1), ("s2", 1), ("s3", 2)]
    assert all(text[s.start : s.end] == s.text for s in result)
