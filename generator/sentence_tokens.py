"""A sentence's tokens as :data:`generator.source_phrases.TOKEN` reads them, read faster.

Attribution tokenises every sentence of a story to look for its cue words, and a regex match
costs far more per token than the few characters it reads. No token holds white space, so the
tokens of a sentence are those of its white-space-separated chunks, and most chunks need no
regex at all: a plain word is one token ("said"), and so is a word with one mark before or
after it ("“The", "police,") followed or preceded by that mark. Any other chunk ("U.S.",
"Mr.", "co-chair", "7,777") is read by the pattern itself, so the result is always the same.
"""

from __future__ import annotations

from generator.source_phrases import TOKEN

#: Capitals that may open an initialism or a title kept whole with its full stop ("Mr.", "U.S."):
#: a capitalised word before a full stop is left to the pattern.
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def sentence_tokens(text: str) -> list[str]:
    """``TOKEN.findall(text)``: plain chunks split by hand, the rest by the pattern."""
    tokens: list[str] = []
    append, extend, findall = tokens.append, tokens.extend, TOKEN.findall
    for chunk in text.split():
        if chunk.isalnum():
            append(chunk)
            continue
        head, last = chunk[:-1], chunk[-1]
        if head.isalnum() and not last.isalnum() and last != "_" and (last != "." or chunk[0] not in _CAPITALS):
            append(head)  # "police," "said." (not "Mr.", which the pattern keeps whole)
            append(last)
            continue
        first, tail = chunk[0], chunk[1:]
        if tail.isalnum() and not first.isalnum() and first != "_":
            append(first)  # "“The"
            append(tail)
            continue
        extend(findall(chunk))
    return tokens

