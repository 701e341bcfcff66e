"""The optional YAML front matter at the top of a seed: title, date, source_url, language, tags.

A seed may open with ``---`` on its first line, YAML lines, and a closing ``---``; the headline
and body follow as in any seed. Seeds without it are untouched. The schema is declared in one
table, :data:`FIELDS`, one small validator per key that returns the cleaned value, in the spirit
of MkDocs' config options: an unknown key or a value of the wrong kind stops the seed with one
line naming the file and the key, what was expected and what arrived, e.g.
``seeds/x.txt: front matter 'date': expected a date like 2024-01-31, got 'yesterday'``.

Knowingly missed: dates with a time zone keep the calendar day only; free-form dates
("Jan 5, 2024") are refused rather than guessed; nothing checks that ``source_url`` exists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import yaml

from generator.errors import NewsbriefError

FENCE = "---"

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[Tt ][0-9:.]+(?:[Zz]|[+-]\d{2}:?\d{2})?)?\Z")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (in C when available), reading dates as text so :func:`_date` explains them."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\Z")
_CLOSING = re.compile(r"^---[ \t]*(?:\n|\Z)", re.MULTILINE)
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*\Z", re.IGNORECASE)


def _title(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected a non-empty string, got {_shown(value)}")
    return " ".join(value.split())


def _date(value: object) -> dt.date:
    """A calendar day; a full timestamp keeps its day (as written, whatever its time zone)."""
    match = _DATE.match(value.strip()) if isinstance(value, str) else None
    if match:
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            pass
    raise ValueError(f"expected a date like 2024-01-31, got {_shown(value)}")


def _source_url(value: object) -> str:
    if isinstance(value, str) and _URL.match(value.strip()):
        return value.strip()
    raise ValueError(f"expected an http(s) address like https://example.org/story, got {_shown(value)}")


def _language(value: object) -> str:
    if isinstance(value, str) and _LANGUAGE.match(value.strip()):
        return value.strip()
    raise ValueError(f"expected a language code like en or pt-BR, got {_shown(value)}")


def _tags(value: object) -> list[str]:
    """A list of tags; a single word is taken as a list of one, numbers as their text."""
    items = value if isinstance(value, list) else [value]
    tags: list[str] = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (str, int)) or not str(item).strip():
            raise ValueError(f"expected a list of tags like [politics, asia], got {_shown(value)}")
        tag = " ".join(str(item).split())
        if tag not in tags:
            tags.append(tag)
    return tags


#: Every key the front matter may hold, with the validator that cleans its value.
FIELDS: dict[str, Callable[[object], object]] = {
    "title": _title,
    "date": _date,
    "source_url": _source_url,
    "language": _language,
    "tags": _tags,
}

#: The implicit resolvers the loader tries on a plain scalar, by its first character, then those
#: for any first character: a scalar none of them claims is a string.
_RESOLVERS = {
    first: tuple(regexp for _, regexp in resolvers + _Loader.yaml_implicit_resolvers.get(None, []))
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
    if first is not None
}
_ANY_FIRST = tuple(regexp for _, regexp in _Loader.yaml_implicit_resolvers.get(None, []))
#: Characters a one-line plain scalar may hold anywhere, in block or flow context: none of
#: them is blank, a line break, a comment sign, a colon or a character YAML refuses to read.
_PLAIN = r"[^\s#:\x00-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]"
#: A one-line plain scalar after "key: ": it opens with a letter or digit (no indicator),
#: holds no ": " nor " #", no double space, and ends with no blank.
_VALUE = rf"[^\W_](?:{_PLAIN}|:(?=\S)| (?=[^\s#]))*"
#: An item of a flow list: words of letters, digits and ".-'’", one space apart.
_ITEM = r"[^\W_][\w.'’-]*(?: [^\W_][\w.'’-]*)*"
#: A "key: value" line of the schema's keys whose value is a plain scalar or a flow list of them.
_PLAIN_LINE = re.compile(rf"({'|'.join(FIELDS)}): +(?:({_VALUE})|\[ *((?:{_ITEM}(?: *, *{_ITEM})*)?) *\])")
_ITEM_SEPARATOR = re.compile(" *, *")


def split_front_matter(name: str, text: str) -> tuple[dict[str, object], str]:
    """The validated front matter of a seed and the text after it (``text`` itself when none)."""
    first_line, newline, _ = text.partition("\n")
    if first_line.rstrip() != FENCE or not newline:
        return {}, text
    closing = _CLOSING.search(text, len(first_line) + 1)
    if closing is None:
        raise NewsbriefError(name, "front matter opened with '---' on line 1 is never closed by a '---' line")
    return parse_front_matter(name, text[len(first_line) + 1 : closing.start()]), text[closing.end() :]


def parse_front_matter(name: str, source: str) -> dict[str, object]:
    """YAML text -> validated meta; raises a one-line :class:`NewsbriefError` naming the key."""
    data = _plain_lines(source)
    try:
        if data is None:
            data = yaml.load(source, Loader=_Loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "cannot be parsed"
        raise NewsbriefError(name, f"front matter: invalid YAML{where}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise NewsbriefError(name, f"front matter: expected 'key: value' lines, got {type(data).__name__}")
    meta: dict[str, object] = {}
    for key, value in data.items():
        check = FIELDS.get(key) if isinstance(key, str) else None
        if check is None:
            expected = ", ".join(FIELDS)
            raise NewsbriefError(name, f"front matter {str(key)!r}: unknown key (expected one of: {expected})")
        try:
            meta[key] = check(value)
        except ValueError as error:
            raise NewsbriefError(name, f"front matter {key!r}: {error}") from None
    return meta


def _plain_lines(source: str) -> dict[str, object] | None:
    """The mapping YAML reads from ``source`` when every line is a schema key and a plain
    value or flow list of plain values that YAML reads as text; None for anything else.

    Seeds write "date: 2024-01-31" and "tags: [politics, asia]": read so, without building
    the loader's parser and node graph, such lines cost a tenth. A value YAML would read as
    a number, a boolean or nothing ("42", "yes", "~"), a quoted or multi-line value, a
    comment, a blank line or no line at all go to YAML itself, so the result is always what YAML gives.
    """
    lines = source.split("\n")
    if lines[-1] == "":
        lines.pop()
    if not lines:
        return None  # YAML reads no document: None, not an empty mapping
    data: dict[str, object] = {}
    for line in lines:
        match = _PLAIN_LINE.fullmatch(line)
        if match is None:
            return None
        key, value, items = match.groups()
        if value is not None:
            if not _is_text(value):
                return None
            data[key] = value
        else:
            listed = _ITEM_SEPARATOR.split(items) if items else []
            if not all(_is_text(item) for item in listed):
                return None
            data[key] = listed
    return data


def _is_text(scalar: str) -> bool:
    """Whether YAML reads a plain scalar as a string: none of the loader's resolvers claims it."""
    return not any(regexp.match(scalar) for regexp in _RESOLVERS.get(scalar[0], _ANY_FIRST))


def _shown(value: object) -> str:
    """A value as the message shows it: short, quoted like YAML would read it back."""
    if value is None:
        return "nothing"
    shown = repr(value) if isinstance(value, str) else f"{type(value).__name__} {value!r}"
    return shown if len(shown) <= 60 else shown[:57] + "..."
