"""Numbers that stand for people instead of counting them: "one" as a pronoun, the sources described.

These rules, asked by :func:`generator.non_figures.is_figure`, refuse "one" used as a pronoun, an
idiom or a source ("one of the largest", "no one", "one day", "one person familiar with the talks
said", "Two of the people said", "three of them told Reuters", past an adjective or a clause
opened by "who": "one senior official said", "One backbench MP, who asked not to be named, told
Reuters", or past a name set off by commas, with the age after it: "One patient, Margaret Lowe,
71, said"; and "the two", "the three" before a verb, a pronoun for people named earlier: "The two
have split their 14 meetings", while "the two sides agreed" counts sides). "One" followed by "of"
is never a figure, since "one of the biggest" is far more common in copy than "one of the dead";
other numbers followed by "of whom"/"of them" are ("two of whom were found beheaded").

Knowingly missed: a count of one followed by "of" ("one of the dead" is no figure)."""

from __future__ import annotations

from generator.lexicon import REPORTING_VERBS
#: Words after "one" that show it is a pronoun or an idiom, not a count.
ONE_IDIOMS = frozenset(
    """
    of another day night time way thing side hand more or and another's another, who which that
    point stage moment morning evening afternoon week year month word if in on at to by for as is was
    has had will would can could may might should must does did
    """.split()
)
#: Words before "one" that make it a pronoun ("no one", "the one").
ONE_PRONOUN_BEFORE = frozenset("no the any every each this that which anyone someone".split())


def is_one_a_count(previous: str, after: str, hedged: bool) -> bool:
    """"One" counts only when a noun follows it: "one person died", not "one of the largest"."""
    if hedged:
        return True
    if previous.lower() in ONE_PRONOUN_BEFORE:
        return False
    following = after.split()[:4]
    if not following or not after[:1].isspace() or following[0].lower() in ONE_IDIOMS or following[0][0].isupper():
        return False
    return not describes_a_source(after, few=True)


#: Verbs right after "the two", "the three" that make the number a pronoun for people named
#: before ("The two have split their meetings", "the three met in Geneva"), not a count.
PRONOUN_VERBS = frozenset(
    "have had are were will would could can may might must should did do met meet agreed spoke shook face faced".split()
) | REPORTING_VERBS

#: Words after "of" in a part of a group of sources: "two of the officials said", "two of them said".
_SOURCE_GROUPS = frozenset("the those these them".split())


def describes_a_source(after: str, *, few: bool) -> bool:
    """"two people familiar with the matter", "one official said": who speaks, not a count.

    A reporting verb right after the noun marks a source only for small numbers: "three
    witnesses told Reuters" names sources, "3,000 protesters said" reports a crowd.
    """
    if not few and "familiar" not in after.lower():
        return False  # the usual case, without splitting the words
    words = after.split()[:16]
    following = [word.lower().strip(",") for word in words[:5]]
    if following[:1] == ["of"] and following[1:2] and following[1] in _SOURCE_GROUPS:
        skip = 1 if following[1] == "them" else 2  # "Two of the people said", "two of them told"
        words, following = words[skip:], following[skip:]
    if "familiar" in following[1:4]:
        return True
    if not few or len(following) < 2:
        return False
    if following[1] in REPORTING_VERBS:
        return True  # "one official said"
    if following[2:3] and following[2] in REPORTING_VERBS and following[0].isalpha() and not any(word.endswith((",", ".")) for word in words[:2]):
        return True  # "two senior officials told"
    return _verb_past_clause(words) in REPORTING_VERBS


def _verb_past_clause(words: list[str]) -> str:
    """The word after an inserted clause that follows the noun: "MP, who asked not to be named,
    told" gives "told"; "" when no clause opens with "who" right after the first or second word."""
    for index in (0, 1):
        if words[index : index + 1] and words[index].endswith(",") and words[index + 1 : index + 2] == ["who"]:
            closing = next((i for i in range(index + 2, len(words)) if words[i].endswith(",")), None)
            return words[closing + 1].lower() if closing is not None and closing + 1 < len(words) else ""
        if words[index : index + 1] and words[index].endswith(",") and words[index + 1 : index + 2] and words[index + 1][0].isupper():
            return _verb_past_name(words, index + 1)  # "One patient, Margaret Lowe, 71, said"
    return ""


def _verb_past_name(words: list[str], first: int) -> str:
    """The word after a name set off by commas from ``first`` ("Margaret Lowe, 71, said" gives
    "said"): up to three capitalised words, then an age if one follows; "" otherwise."""
    for i in range(first, min(first + 3, len(words))):
        if not words[i][0].isupper():
            return ""
        if words[i].endswith(","):
            following = i + 1
            if following < len(words) and words[following].rstrip(",").isdigit() and words[following].endswith(","):
                following += 1  # the person's age
            return words[following].lower() if following < len(words) else ""
    return ""
