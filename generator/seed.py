"""From the bytes of a seed file to an :class:`Article`.

This is the only place that decodes text: everything after it works on ``str``. A seed is a
plain-text article: the headline on its first non-empty line, then paragraphs separated by
blank lines. Anything that is not an article at all is refused with a :class:`NewsbriefError`
naming the file; oddities inside an article are the extractors' business, never fatal here.
"""

from __future__ import annotations

import codecs
import re

from generator.errors import NewsbriefError
from generator.frontmatter import split_front_matter
from generator.model import Article
from generator.sentences import split_paragraphs, split_sentences

#: File signatures of formats people save or rename as ``.txt`` by mistake, so that the error
#: can say what was found. Any other binary file is still refused for its control characters.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)

#: UTF-16 and UTF-32 files carry a byte order mark; without one they are refused as binary.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Windows-1252 gives printable characters (smart quotes, dashes, the euro sign) to the bytes
#: 0x80-0x9F, where Latin-1 has invisible C1 controls nobody types. Decoding as Latin-1 (which
#: never fails) and then mapping that range through Windows-1252 reads both encodings right;
#: the five bytes Windows-1252 leaves undefined keep their Latin-1 meaning and are dropped below.
_CP1252_RANGE = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if bytes([byte]).decode("cp1252", errors="ignore")
}

#: Control characters that have no place in an article (tab and newline are kept, carriage
#: returns are line endings, form feeds and vertical tabs become line breaks).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: A few stray control characters (a pasted escape code) are dropped; beyond this share of the
#: text the file is binary, not text with a stray byte.
STRAY_CONTROLS = 3
MAX_CONTROL_SHARE = 0.01
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})
#: ``str.translate`` with a table looks up every character in Python; most seeds have none of
#: these, and one regex scan to find out costs a tenth of that.
_ODD_LINE_BREAK = re.compile("[\x0b\x0c\x85\u2028\u2029]")
#: Either of the above, in one scan: most seeds hold neither, and then are done.
_UNUSUAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def decode_seed(name: str, raw: bytes) -> str:
    """The text of a seed, with ``\\n`` line endings, or an error saying why it is not text.

    UTF-8 (with or without a byte order mark) is tried first; a file that is not valid UTF-8
    is read as Windows-1252/Latin-1, the encodings of older Windows and Mac editors. UTF-16
    with a byte order mark is read too. Knowingly missed: other legacy encodings (Cyrillic,
    Japanese...) come out as Latin letters; there is no reliable way to tell them apart.
    """
    found = _binary_format(raw)
    if found:
        raise NewsbriefError(name, f"expected a plain-text article, found {found}")
    text = _decode(raw)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _printable(text) or not _UNUSUAL.search(text):
        return text
    if _ODD_LINE_BREAK.search(text):
        text = text.translate(_LINE_BREAKS)
    if not _CONTROL.search(text):
        return text
    controls = len(_CONTROL.findall(text))
    if controls > STRAY_CONTROLS + MAX_CONTROL_SHARE * len(text):
        raise NewsbriefError(
            name, f"expected a plain-text article, found binary data ({controls} control characters)"
        )
    return _CONTROL.sub("", text)


def _printable(text: str) -> bool:
    """Whether every character but line breaks and tabs is printable: then none is unusual.

    Every unusual character is a control or a line or paragraph separator, none printable;
    ``str.isprintable`` reads a seed faster than the regex, which remains for the others
    (a no-break space is not printable either)."""
    return text.replace("\n", "").replace("\t", "").isprintable()


def _binary_format(raw: bytes) -> str | None:
    """What a binary file is, from its signature or its NUL bytes; None for text."""
    for signature, name in SIGNATURES:
        if raw.startswith(signature):
            return name
    if b"\x00" in raw and not raw.startswith(tuple(bom for bom, _ in _BOMS)):
        return "binary data (NUL bytes)"
    return None


def _decode(raw: bytes) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    try:  # as "utf-8-sig" would, whose decoder is written in Python
        return raw[3:].decode("utf-8") if raw.startswith(codecs.BOM_UTF8) else raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1").translate(_CP1252_RANGE)


def parse_article(name: str, text: str) -> Article:
    """Split the front matter, the headline from the body, the body into paragraphs and sentences."""
    meta, after = split_front_matter(name, text)
    stripped = after.strip()
    if not stripped:
        found = "an empty file" if not text else "only blank space" if after == text else "only front matter"
        raise NewsbriefError(name, f"expected an article, found {found}")
    text = after
    title, _, rest = stripped.partition("\n")
    offset = len(text) - len(text.lstrip()) + len(title) + 1
    body = text[offset:] if rest else ""
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise NewsbriefError(
            name, f"expected the article's text after the headline {_shorten(title.strip())!r}, found none"
        )
    return Article(
        title=title.strip(),
        body=body,
        paragraphs=paragraphs,
        sentences=split_sentences(body, paragraphs),
        meta=meta,
    )


def _shorten(value: str, *, limit: int = 60) -> str:
    """A value short enough for a one-line message."""
    return value if len(value) <= limit else value[: limit - 1] + "…"
