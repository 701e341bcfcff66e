"""Decoding seed bytes and splitting the headline from the body."""

from __future__ import annotations

import pytest

from generator.brief import build_brief
from generator.errors import NewsbriefError
from generator.seed import decode_seed, parse_article

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"Title\n\nBody.\n", "Title\n\nBody.\n"),
        ("Caf\u00e9 \u201cquoted\u201d\n".encode("utf-8"), "Caf\u00e9 \u201cquoted\u201d\n"),
        (b"\xef\xbb\xbfTitle\n\nBody.", "Title\n\nBody."),
        (b"Title\r\n\r\nBody.\r\n", "Title\n\nBody.\n"),
        (b"Title\r\rBody.\r", "Title\n\nBody.\n"),
        (b"Title\r\n\rBody.", "Title\n\nBody."),
        # Windows-1252: smart quotes, dash, euro, ellipsis
        (b"He said \x93no\x94 \x96 \x80100\x85", "He said \u201cno\u201d \u2013 \u20ac100\u2026"),
        # Latin-1 letters read the same in both
        (b"Caf\xe9 cr\xe8me, Z\xfcrich", "Caf\u00e9 cr\u00e8me, Z\u00fcrich"),
        # bytes Windows-1252 leaves undefined are dropped rather than shown as controls
        (b"Caf\xe9\x81 ok", "Caf\u00e9 ok"),
        ("Title\n\nBody \u201cx\u201d".encode("utf-16"), "Title\n\nBody \u201cx\u201d"),
        (b"Title\x0cPage two\x1b[0m.", "Title\nPage two[0m."),
        ("Line\u2028next\u2029para".encode("utf-8"), "Line\nnext\n\npara"),
    ],
)
def test_decode_seed(raw, expected):
    assert decode_seed("seeds/x.txt", raw) == expected


@pytest.mark.parametrize(
    "raw, reason",
    [
        (PNG_HEADER + b"\x00" * 40, "found a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "found a JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "found a PDF document"),
        (b"PK\x03\x04\x14\x00", "found a ZIP archive"),
        (b"Title\n\nBody\x00with a NUL.", "found binary data (NUL bytes)"),
        (bytes(range(1, 32)) * 20, "found binary data (520 control characters)"),
    ],
)
def test_binary_files_are_refused_with_what_they_are(raw, reason):
    with pytest.raises(NewsbriefError) as caught:
        decode_seed("seeds/x.txt", raw)
    assert str(caught.value).startswith("seeds/x.txt: expected a plain-text article, ")
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "expected an article, found an empty file"),
        ("   \n\n\t \n", "expected an article, found only blank space"),
        ("Just a headline", "expected the article's text after the headline 'Just a headline', found none"),
        ("\n\nJust a headline\n\n   \n", "found none"),
        ("x" * 500, "headline 'xxxxxxxxx"),
        ("---\ntitle: Only meta\n---\n\n", "expected an article, found only front matter"),
        ("---\nNo closing fence\n\nA body.", "front matter opened with '---' on line 1 is never closed"),
    ],
)
def test_what_is_not_an_article_is_refused(text, reason):
    with pytest.raises(NewsbriefError) as caught:
        parse_article("seeds/x.txt", text)
    message = str(caught.value)
    assert message.startswith("seeds/x.txt: ") and reason in message
    assert "\n" not in message and len(message) < 200


@pytest.mark.parametrize(
    "text, title, first_sentence",
    [
        ("Title\n\nBody.", "Title", "Body."),
        ("\n\n  Title  \nBody right below.", "Title", "Body right below."),
        ("Title\n\nA line.\n\n---\n\nAfter a rule.", "Title", "A line."),
        ("Title\n---\nBody under a setext underline.", "Title", "---\nBody under a setext underline."),
        ("---\ntitle: From meta\n---\nHeadline\n\n---\n\nBody.", "Headline", "---"),
        ("Title\n\n---\ntitle: not meta\n---\n", "Title", "---\ntitle: not meta\n---"),
    ],
)
def test_headline_and_body(text, title, first_sentence):
    article = parse_article("seeds/x.txt", text)
    assert article.title == title
    assert article.sentences[0].text == first_sentence


def test_a_dashed_line_inside_the_body_stays_text():
    text = "Title\n\nBefore.\n\n---\n\nAfter: key: value\n---\n"
    brief = build_brief("seeds/x.txt", decode_seed("seeds/x.txt", text.encode()))
    assert [s.text for s in brief.sentences] == ["Before.", "---", "After: key: value\n---"]


def test_cp1252_seed_keeps_its_quotes_verbatim():
    raw = b"Headline\r\n\r\n\x93We will win,\x94 said the minister, John Smith.\r\n"
    text = decode_seed("seeds/x.txt", raw)
    brief = build_brief("seeds/x.txt", text)
    assert brief.sentences[0].text == "\u201cWe will win,\u201d said the minister, John Smith."
    assert all(q.text in text for q in brief.quotes)
