import pytest

from generator.sentence_tokens import sentence_tokens
from generator.source_phrases import TOKEN


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "The police said.",
        "“We won,” said Mr. Smith of the U.S. Senate.",
        "Prices rose 2.8% to $7,777 in the co-chair's town.",
        "Astana. Li Wei. Capt. Prof. St. Street.",
        "the hauliers' federation, ‘quoted’ (HRW) said_so -- A. B.",
        "ΟΔΟΣ İstanbul naïve café: x_y, _z",
    ],
)
def test_sentence_tokens_read_as_the_pattern(text):
    assert sentence_tokens(text) == TOKEN.findall(text)
