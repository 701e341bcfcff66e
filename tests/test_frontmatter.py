"""Front matter: a declared schema, cleaned values, one-line errors naming the file and the key."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.brief import build_brief
from generator.contract import brief_to_dict
from generator.errors import NewsbriefError
from generator.frontmatter import _Loader, _plain_lines, split_front_matter

BODY = "Headline here\n\nFirst sentence of the story. Second one.\n"


@pytest.mark.parametrize(
    ("yaml_lines", "expected"),
    [
        ("title: A better title", {"title": "A better title"}),
        ("date: 2024-01-31", {"date": dt.date(2024, 1, 31)}),
        ("date: '2024-01-31'", {"date": dt.date(2024, 1, 31)}),
        ("date: 2024-01-31T10:20:00Z", {"date": dt.date(2024, 1, 31)}),
        ("source_url: https://example.org/a?b=1", {"source_url": "https://example.org/a?b=1"}),
        ("language: pt-BR", {"language": "pt-BR"}),
        ("tags: [politics, asia]", {"tags": ["politics", "asia"]}),
        ("tags: politics", {"tags": ["politics"]}),
        ("tags:\n  - Central Asia\n  - 2024\n  - Central Asia", {"tags": ["Central Asia", "2024"]}),
        ("", {}),
        ("# only a comment", {}),
    ],
)
def test_valid_front_matter_is_cleaned(yaml_lines, expected):
    meta, rest = split_front_matter("seeds/x.txt", f"---\n{yaml_lines}\n---\n{BODY}")
    assert meta == expected
    assert rest == BODY


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "--- not a fence\n\nbody text here.\n",
        "Headline\n---\ntitle: x\n---\n",
        "",
    ],
)
def test_no_front_matter_leaves_text_alone(text):
    assert split_front_matter("seeds/x.txt", text) == ({}, text)


@pytest.mark.parametrize(
    ("yaml_lines", "message"),
    [
        ("date: yesterday", "seeds/x.txt: front matter 'date': expected a date like 2024-01-31, got 'yesterday'"),
        ("date: 2024-02-30", "seeds/x.txt: front matter 'date': expected a date like 2024-01-31, got '2024-02-30'"),
        ("author: Jane", "seeds/x.txt: front matter 'author': unknown key (expected one of: title, date, source_url, language, tags)"),
        ("title: 42", "seeds/x.txt: front matter 'title': expected a non-empty string, got int 42"),
        ("title:", "seeds/x.txt: front matter 'title': expected a non-empty string, got nothing"),
        ("source_url: javascript:alert(1)", "seeds/x.txt: front matter 'source_url': expected an http(s) address like https://example.org/story, got 'javascript:alert(1)'"),
        ("language: English please", "seeds/x.txt: front matter 'language': expected a language code like en or pt-BR, got 'English please'"),
        ("tags: {a: 1}", "seeds/x.txt: front matter 'tags': expected a list of tags like [politics, asia], got dict {'a': 1}"),
        ("tags: [[nested]]", "seeds/x.txt: front matter 'tags': expected a list of tags like [politics, asia], got list [['nested']]"),
        ("- just\n- a list", "seeds/x.txt: front matter: expected 'key: value' lines, got list"),
    ],
)
def test_invalid_front_matter_names_file_and_key(yaml_lines, message):
    with pytest.raises(NewsbriefError) as caught:
        split_front_matter("seeds/x.txt", f"---\n{yaml_lines}\n---\n{BODY}")
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_broken_yaml_is_refused_with_its_line():
    with pytest.raises(NewsbriefError, match=r"^seeds/x.txt: front matter: invalid YAML on line \d+: "):
        split_front_matter("seeds/x.txt", f"---\ntitle: x\ntags: [unclosed\n---\n{BODY}")


def test_unclosed_front_matter_is_refused():
    with pytest.raises(NewsbriefError, match="never closed"):
        split_front_matter("seeds/x.txt", "---\ntitle: x\n" + BODY)


def test_meta_reaches_the_brief_and_the_contract():
    text = f"---\ntitle: Better title\ndate: 2024-01-31\ntags: [asia]\n---\n{BODY}"
    brief = build_brief("seeds/x.txt", text)
    assert brief.title == "Better title"
    assert brief.article.title == "Headline here"
    assert brief.sentences[0].text == "First sentence of the story."
    assert brief_to_dict(brief)["meta"] == {"date": "2024-01-31", "tags": ["asia"], "title": "Better title"}


def test_offsets_index_the_body_after_front_matter():
    brief = build_brief("seeds/x.txt", f"---\ndate: 2024-01-31\n---\n{BODY}")
    body = brief.article.body
    assert all(body[s.start : s.end] == s.text for s in brief.sentences)


def test_sample_seed_has_no_front_matter(sample_text):
    assert split_front_matter("seeds/sample.txt", sample_text) == ({}, sample_text)


#: Values that YAML reads as something else than the text they show, or that are no plain
#: one-line scalars at all, next to ordinary ones.
TRICKY_VALUES = [
    "2024-01-31", "2024-01-31T10:20:00Z", "2024-1-5", "yes", "No", "ON", "off", "y", "n", "True",
    "false", "~", "null", "Null", "NULL", "42", "-7", "+3", "007", "0o17", "0x1F", "0b101", "1_000",
    "1:30", "190:20:30", "1.5", "1e5", "1.0e+5", ".5", ".inf", "-.INF", ".nan", "<<", "=",
    "'quoted'", '"double"', "'it''s'", "a: b", "a:b", "a:", "a #c", "a#b", "#c", "https://example.org/a?b=1",
    "[a, b]", "[]", "[ ]", "[a,b]", "[a ,b]", "[a, b,]", "[yes, 2024, x]", "[human rights, asia]",
    "[a: b]", "[[a]]", "{a: b}", "human rights", "Brasília", "Tokayev’s speech", "it's", "a  b",
    "a ", "-x", "- x", "?x", "? x", "!tag x", "&a x", "*a", "|", ">", "%x", "@x", "`x", "a, b",
    "a [b]", "x\ty", "x\xa0y", "x\u2028y", "x\x85y", "x\u3000y", "ÿ", "_x", "x_y", "Ünïcode",
    "", " ", "  x",
]
_KEYS = ["title", "date", "source_url", "language", "tags", "author", "yes", "Title", "1"]


@pytest.mark.parametrize("value", TRICKY_VALUES)
@pytest.mark.parametrize("key", ["title", "tags"])
def test_plain_lines_read_what_yaml_reads(key, value):
    """The fast reading of "key: value" lines gives what YAML gives, or leaves it to YAML."""
    source = f"{key}: {value}\n"
    fast = _plain_lines(source)
    if fast is not None:
        assert repr(fast) == repr(yaml.load(source, Loader=_Loader))  # noqa: S506 - a safe loader


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("date: 2021-07-20\ntags: [energy, human rights]\n",
         {"date": "2021-07-20", "tags": ["energy", "human rights"]}),
        ("title: Riots in Almaty, day two\nlanguage: en\n", {"title": "Riots in Almaty, day two", "language": "en"}),
        ("source_url: https://example.org/a?b=1\n", {"source_url": "https://example.org/a?b=1"}),
        ("tags: []\n", {"tags": []}),
    ],
)
def test_plain_lines_take_the_lines_seeds_write(source, expected):
    assert _plain_lines(source) == expected


@pytest.mark.parametrize(
    "source", ["date: yes\n", "title: 42\n", "tags: [a, 2024]\n", "title: 'x'\n", "# note\n", "author: x\n", "\n", ""]
)
def test_plain_lines_leave_the_rest_to_yaml(source):
    assert _plain_lines(source) is None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_KEYS),
            st.sampled_from([": ", ":  ", ":", " : "]),
            st.lists(st.sampled_from(TRICKY_VALUES), min_size=1, max_size=3),
        ),
        max_size=4,
    )
)
def test_plain_lines_agree_with_yaml_on_any_lines(lines):
    source = "".join(f"{key}{colon}{''.join(parts)}\n" for key, colon, parts in lines)
    fast = _plain_lines(source)
    if fast is not None:
        assert repr(fast) == repr(yaml.load(source, Loader=_Loader))  # noqa: S506 - a safe loader
