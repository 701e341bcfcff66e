"""How the label of a figure is read: what a number counts, in the words of its sentence.

What is counted (``label``) is read from the words of the sentence, never invented, by the first
rule that gives something (see :func:`read_label`):

1. the noun phrase right after the number ("some 20,000 men" -> "men"), or after "of" ("45% of
   voters" -> "voters", past a possessive: "37% of last year's request", and past an adjective
   and a count: "four of their remaining six Tests" -> "Tests"), or after the
   determiner of a "half" ("half the population" -> "population"), extended with the predicate
   when the counted noun is the subject of a passive or perfect verb, because "people" alone
   says little ("18 people have been injured" -> "people injured"; "3,000 “criminals” have been
   arrested" -> "criminals arrested"), or by an event verb with no object (:data:`generator.label_words.EVENT_VERBS`:
   "47 migrants drowned off the coast" -> "migrants drowned", but "300 delegates attended"; an
   active perfect with its object adds nothing: "the two delegations had held talks" ->
   "delegations"; nor does a verb in its base form after a modal, whatever its ending: "eight
   universities will open" -> "universities"), or by a participle of a poll
   (:data:`POLL_PARTICIPLES`: "38 economists polled by Reuters" -> "economists polled"),
   with a state after it ("had been reported missing" -> "people reported missing"), or shared
   with a second count joined by "and" ("37 soldiers and 12 civilians were killed" -> "soldiers
   killed"; but "are expected to use", a verb of :data:`generator.label_words.RAISING_VERBS` before "to", adds
   nothing), and, when
   the figure opens its sentence or a reported clause, past up to two clauses set off by commas
   ("Two other men, aged 20 and 22, who ..., have been released" -> "other men released"), or past
   a short phrase of place before an auxiliary ("23 workers in the section were evacuated" ->
   "workers evacuated"; a second participle negated by "un-" is a state, left out: "evacuated
   unharmed" -> "evacuated"); an
   "-ed" word alone after the number is a verb, and a verb right after a measure that follows
   "of" sends the reading to rule 3 ("gusts of up to 50 mph pushed flames" -> "gusts");
2. the predicate alone when no noun follows ("two of whom were found beheaded" -> "found
   beheaded", "3,000 were arrested" -> "arrested"), a plural after "were" or "are" ending the
   clause ("of whom 74 were women" -> "women"), or the verb alone that ends a share's clause
   ("while 27.9 percent approved." -> "approved");
3. the subject before the figure, by the rules of :mod:`generator.label_subjects` (a change
   verb's subject, "the toll rose to 50" -> "toll"; the object a figure after "to" or "at" sets).

An active perfect keeps no verb past an adverb ("18 Labour MPs have publicly criticised the plan"
-> "Labour MPs"), a plural before a plural is a modifier ("three civil liberties groups said"),
an adverb of comparison is no noun ("rose 29.4% year-on-year" reads the subject), and a predicate after a count that "with" opens is the head noun's ("farmers
with less than two hectares were hit" -> "hectares").

A share "of GDP" (or of gross domestic product, national product or income) is measured against
the economy, not a count of it: its label is read by rule 3 ("net debt is forecast to peak at
43.5 percent of GDP" -> "net debt"). "Later" and "earlier" end a noun phrase, never open one
("peak at 5.3 percent later this year" reads the subject).

After "with", "remaining" and "left" are no part of the label ("with one round remaining" ->
"round"), while other participles are read ("with 200 people killed" -> "people killed").

Otherwise the label is empty.

A possessive after "of" is passed only before the counted noun ("37% of last year's request"),
not past a preposition after it ("34.6% of the vote in Sunday's election" -> "vote"), and an adverb
of place ends the noun it follows (:data:`PLACE_ADVERBS`: "half of their revenue abroad" ->
"revenue").

Knowingly missed: a count before a noun that is itself a compound modifier without a hyphen
("each 10 sen gain" -> "sen gain"), the active verb of a relative clause whose object is relativised ("the $100
billion that 134 developing countries had demanded" -> "developing countries demanded"), an
"un-" adjective before the object a figure sets ("bringing unplanned outages to 17,850MW" ->
"outages"), the noun before a hedge of place whose verb is no change verb ("get net debt below
40 percent of GDP" has no label), and a predicate shared by two counts beyond the ten words read after the first.

The figures themselves, and what is knowingly missed, are described in :mod:`generator.figures`
and :mod:`generator.non_figures`.
"""

from __future__ import annotations

import re

from generator.label_subjects import object_before, subject_before
from generator.label_words import (
    BEFORE_WORDS, DETERMINERS, EVENT_VERBS, LABEL_STOPS, MODALS, NOUN_STOPS, PARTICIPLES, PLURALS, RAISING_VERBS,
    VERB_FORMS, is_plural, is_verb_form,
)
from generator.lexicon import REPORTING_VERBS
from generator.model import Sentence
from generator.number_words import CARDINALS

#: Words after which a verb has no object ("drowned off the coast", "died in hospital").
PREPOSITIONS = frozenset(
    """
    in on at to from by for with without into onto off out up down away back near after before
    during since until over under across through around outside inside amid among and but or as
    when while overnight yesterday today last this
    """.split()
)
#: Prepositions that end the noun after "of" before a possessive further on ("the vote in Sunday's
#: election" counts the vote), unlike words opening the owner itself ("last year's request").
_OWNER_BREAKS = PREPOSITIONS - frozenset("last this overnight yesterday today".split())
#: Participles that say the people counted were asked, the usual way a poll's sample is
#: written: "38 economists polled by Reuters" ("breakdowns caused by potholes" stays "breakdowns").
POLL_PARTICIPLES = frozenset("polled surveyed questioned interviewed sampled canvassed".split())
#: Adjectives that say something of the noun before them rather than qualify one after
#: ("half the population short of food", "a third of the workforce unable to work").
PREDICATIVES = frozenset("short unable able likely unlikely eligible dependent reliant aware afraid ready due".split())
#: Adverbs of place that end the noun phrase they follow ("earn half of their revenue abroad"),
#: when nothing or a function word comes next; before a noun they qualify it ("40% of overseas
#: sales", "5% of its average daily worldwide turnover") and are read as its words.
PLACE_ADVERBS = frozenset("abroad overseas nationwide worldwide domestically locally offshore onshore ashore".split())
#: States a participle may take after it: "two people had been reported missing", "found dead".
STATES = frozenset("missing dead alive safe".split())
#: Auxiliaries before a predicate ("have been arrested").
AUXILIARIES = frozenset("have has had were was are is been being be will would get got reportedly also".split())
#: Comparatives that, right after a figure, say how it changed the subject: "the risk was 28%
#: higher among smokers" is about the risk.
COMPARATIVES = frozenset(
    "higher lower greater smaller bigger larger faster slower cheaper dearer stronger weaker longer shorter".split()
)
#: A hedge that compares the figure with the noun before it: "would not accept a transit fee higher than $2.10".
_COMPARED_HEDGE = re.compile(r"(?:higher|lower|greater|more|less|fewer|larger|smaller)\s+than\s", re.IGNORECASE)
#: Auxiliaries of an active perfect: "had held", unlike the passive "had been held".
_PERFECT = frozenset("have has had reportedly also".split())
#: Prepositions of a short phrase of place between a counted noun and its predicate, as lists
#: (the next word of a run is compared as a one-word slice).
_PLACE_PHRASE_OPENERS = (["in"], ["at"], ["on"], ["inside"], ["near"], ["across"])
#: Auxiliaries that open a passive or perfect predicate after such a phrase.
_FINITE_AUXILIARIES = frozenset("were was are is have has had".split())
#: Copulas after a bare count, before the plural that says what it counts: "74 were women".
_PLURAL_COPULAS = frozenset("were are".split())
#: Adjectives between the determiner of a partitive "of" and its noun, passed with a count after
#: them: "four of their remaining six Tests" -> "Tests".
_PARTITIVE_ADJECTIVES = frozenset("remaining other first last next final".split())
#: What ends a count after "with" without being its predicate: an auxiliary (the verb is the head
#: noun's, "farmers with two hectares were hit") or what is left ("with one round remaining",
#: "with two minutes left": what remains is counted, not that it remains).
_WITH_DROPPED = AUXILIARIES | {"remaining", "left"}
#: What a share of the economy is measured against, not what it counts: "a deficit of 3.3% of
#: gross domestic product" is the deficit's (as lists: the next words are compared as a slice).
_NATIONAL_ACCOUNTS = (["gdp"], ["gnp"], ["gni"], ["gross", "domestic", "product"], ["gross", "national", "product"],
                      ["gross", "national", "income"])
# A word with the quotation marks around it: neither the marks nor the word hold a space.
_TOKEN = r"[“\"‘'«]?(?:[A-Za-z][\w’'-]*|\d[\d,.]*\d|\d)[”\"’'»]?"
# Up to ten words after a number (enough for a predicate two counts share: "1,100 planned operations
# and 3,400 outpatient appointments have been cancelled"), set apart by spaces ("people, and" ends at the comma).
_TOKEN_RUN = re.compile(rf" *{_TOKEN}(?: +{_TOKEN}){{0,9}}")
_CLOSING_MARKS = frozenset("”\"’'")
#: Any mark :func:`read_label` strips from a word: a run without one is read as written.
_ANY_MARK = re.compile("[“\"‘'«”»’]")
_QUOTE_MARKS = frozenset("“\"‘'«")
_OPENING_QUOTES = frozenset("“\"‘«")


def read_label(body: str, sentence: Sentence, start: int, end: int, unit: str | None) -> str:
    """What the figure from ``start`` (its hedge) to ``end`` counts, in the sentence's own words
    (rules in the module docstring); ``unit`` is the figure's."""
    # past a quotation closed right after the number: 'killed "at least 40" civilians'
    closed = body[end : end + 1] in _CLOSING_MARKS and body[end + 1 : end + 2] == " "
    run = _TOKEN_RUN.match(body, end + closed, sentence.end)  # up to ten words, split once: no match per word
    text = run.group() if run else ""
    marked = text.split()
    if _ANY_MARK.search(text):
        words = [(token[1:] if token[0] in _QUOTE_MARKS else token).rstrip("”\"»’'") for token in marked]
        lower = " ".join(words).lower().split()  # once here, in one call: the rules read each word several times
    else:  # most runs hold no quotation mark or apostrophe: their words are the tokens as written
        words, lower = marked, text.lower().split()
    first = lower[0] if lower else ""
    position = 0
    if first == "of":
        position = 1
        if unit == "%" and (lower[1:2] in _NATIONAL_ACCOUNTS or lower[1:4] in _NATIONAL_ACCOUNTS):
            return subject_before(body, sentence.start, start)  # "net debt ... 43.5 percent of GDP": debt is measured
        if lower[1:2] and lower[1] in ("whom", "which", "them", "those", "these", "us"):
            return " ".join(_predicate(words, lower, 2))
        while position < len(lower) and (
            lower[position] in DETERMINERS or lower[position][:1].isdigit() or lower[position] in CARDINALS
            or lower[position] in _PARTITIVE_ADJECTIVES and position + 1 < len(lower) and lower[position + 1] in CARDINALS
        ):
            position += 1
        owner = _possessor_end(lower, position) if "'s" in text or "’s" in text else 0  # "37% of last year's request"
        noun = _noun_phrase(words, lower, marked, owner) if owner else []
        if noun:
            return " ".join(words[position : owner + len(noun)])
    elif first == "more":
        position = 1
    elif first in DETERMINERS and body[end - 4 : end].lower() == "half":
        position = 1  # "half the population", "half its staff"
    elif first in COMPARATIVES and (len(lower) == 1 or lower[1] in LABEL_STOPS):
        return subject_before(body, sentence.start, start)  # "the risk was 28% higher among": the risk's change
    elif first[-2:] == "ed" and unit and is_verb_form(first) and body[start - 4 : start] == " of ":
        return subject_before(body, sentence.start, start)  # "gusts of up to 50 mph pushed flames": a verb
    noun = _noun_phrase(words, lower, marked, position)
    if len(noun) > 1 and noun[-1].lower() in _WITH_DROPPED and body[start - 5 : start] == "with ":
        noun = noun[:-1]  # "with one round remaining": what remains is counted
    if noun:
        predicate = _predicate(words, lower, position + len(noun))
        if predicate and body[start - 5 : start] == "with " and lower[position + len(noun)] in _WITH_DROPPED:
            predicate = []  # "farmers with less than two hectares were hit": the verb is the farmers'; "with one round remaining"
        if not predicate and lower[position + len(noun) : position + len(noun) + 1] in _PLACE_PHRASE_OPENERS:
            predicate = _predicate_after_phrase(words, lower, position + len(noun))
        if not predicate and lower[position + len(noun) : position + len(noun) + 1] == ["and"]:
            predicate = _shared_predicate(words, lower, marked, position + len(noun))
        if (
            not predicate and position + len(noun) == len(marked) and run and body[run.end() : run.end() + 1] == ","
            and _opens_clause(body[sentence.start : start])
        ):
            predicate = _predicate_after_insert(body, run.end(), sentence.end)
        return " ".join(words[position : position + len(noun)] + predicate)
    if position == 0:
        predicate = _predicate(words, lower, 0)
        if not predicate and unit == "%" and len(lower) == 1 and lower[0].endswith("ed") and is_verb_form(lower[0]):
            predicate = words[:1]  # "while 27.9 percent approved.": a verb alone ends the clause
        if predicate:
            return " ".join(predicate)
        if len(lower) == 2 and lower[0] in _PLURAL_COPULAS and is_plural(lower[1]) and lower[1] not in NOUN_STOPS:
            return words[1]  # "of whom 74 were women.": what they were, ending the clause
    subject = subject_before(body, sentence.start, start)
    if subject or not _COMPARED_HEDGE.match(body, start):
        return subject
    words = BEFORE_WORDS.findall(body, max(sentence.start, start - 60), start)
    return " ".join(object_before(words, len(words), hop=False))  # "a transit fee higher than $2.10"


def _shared_predicate(words: list[str], lower: list[str], marked: list[str], at: int) -> list[str]:
    """The predicate two counts joined by "and" share: "37 soldiers and 12 civilians were killed"
    -> "killed" for the soldiers too. Only a number right after "and" makes the second count."""
    if at + 2 >= len(lower) or lower[at] != "and" or not (lower[at + 1][:1].isdigit() or lower[at + 1] in CARDINALS):
        return []
    other = _noun_phrase(words, lower, marked, at + 2)
    return _predicate(words, lower, at + 2 + len(other)) if other else []


def _opens_clause(before: str) -> bool:
    """Whether a figure after ``before`` opens its sentence or the clause a reporting verb opens
    ("Police said 14 people, ..."): its noun is then the subject of the verb that follows."""
    if starts_clause(before):
        return True
    last = before.rsplit(None, 1)[-1:]
    return bool(last) and (last[0] in REPORTING_VERBS or last[0] == "that")


def _possessor_end(lower: list[str], position: int) -> int:
    """Where the owner a possessive names ends, when one opens the words at ``position``:
    "last year's request", "the party's members" (the determiner already passed); else 0."""
    for index in range(position, min(position + 3, len(lower))):
        word = lower[index]
        if word.endswith(("'s", "’s")) and len(word) > 2:
            return index + 1
        if not word.isalpha() or word in _OWNER_BREAKS:
            break  # "34.6% of the vote in Sunday's election": the owner is past the noun, the election's
    return 0


def _predicate_after_phrase(words: list[str], lower: list[str], at: int) -> list[str]:
    """The passive or perfect predicate of a counted noun past the short phrase of place after
    it: "23 other workers in the section were evacuated" -> "evacuated". The phrase is at most
    three words and the predicate must open with an auxiliary ("12 people in the town said" and
    "40 homes in the village destroyed by" add nothing)."""
    for index in range(at + 2, min(at + 5, len(lower))):
        if lower[index] in _FINITE_AUXILIARIES:
            return _predicate(words, lower, index)
        if lower[index] in NOUN_STOPS:
            break
    return []


def _predicate_after_insert(body: str, at: int, stop: int) -> list[str]:
    """The predicate of a counted subject that opens its sentence, past the clauses set off by
    commas after it: "Two other men, aged 20 and 22, who were arrested on Sunday, have been
    released on bail" -> "released". Only a predicate that opens with an auxiliary or an event
    verb counts, and at most two clauses are passed over."""
    text = body[at : min(stop, at + 160)]  # opens with the comma after the subject
    for part in text.split(",", 4)[2:4]:  # the first part is empty, the second the first clause passed over
        tokens = [token.strip(".;:“”\"") for token in part.split()[:6]]
        lower = [token.lower() for token in tokens]
        if lower and (lower[0] in AUXILIARIES or lower[0] in EVENT_VERBS):
            return _predicate(tokens, lower, 0)
    return []


def _noun_phrase(words: list[str], lower: list[str], marked: list[str], position: int) -> list[str]:
    """Words up to the counted noun: the first plural, else the last word before a function word.

    A word that opens a quotation after the phrase began ends it ("20,000 men “both local and
    foreign”"), and so does an "-ed" verb, which :func:`_predicate` may add back; an "-ed" word
    alone is a verb, not a noun.
    """
    noun: list[str] = []
    for index in range(position, min(position + 4, len(words))):
        word = lower[index]
        if word in NOUN_STOPS or word[:1].isdigit() or len(word) == 1:
            break  # a letter alone opens an abbreviation ("6.5 cents U.S."), no noun
        if noun and (
            marked[index][0] in _OPENING_QUOTES or word.endswith("ed") or word in VERB_FORMS or word in PREDICATIVES
            or word in PLACE_ADVERBS and (index + 1 == len(lower) or lower[index + 1] in LABEL_STOPS)  # "revenue abroad."
        ):
            break
        if not noun and index + 1 < len(lower) and lower[index + 1] == "by" and _is_participle(word):
            break  # "the record of 26 set by Wrenshaw": a passive verb, not what is counted
        noun.append(words[index])
        if is_plural(word) and not _is_noun_after(lower, index + 1):
            break  # but "police officers", "civil liberties groups": a plural before a plural is a modifier
    if len(noun) == 1 and lower[position].endswith("ed") and is_verb_form(lower[position]):
        return []  # "Crowds of 10,000 gathered in the square": a verb alone is no noun
    return noun


def _is_noun_after(lower: list[str], index: int) -> bool:
    """Whether a plural noun follows at ``index``: "officers" in "police officers have been
    injured", not "leaves" in "one in four children leaves school", a verb with its object."""
    if index >= len(lower) or lower[index] in NOUN_STOPS or not is_plural(lower[index]):
        return False
    following = lower[index + 1 : index + 2]
    return (
        not following or following[0] in NOUN_STOPS or following[0] in EVENT_VERBS or _is_participle(following[0])
        or following[0].endswith("ing")  # "12 police officers covering the town centre"
    )


def _predicate(words: list[str], lower_words: list[str], position: int) -> list[str]:
    """The participle of a passive or intransitive verb after the counted noun.

    "have been arrested" -> "arrested", "were found beheaded" -> "found beheaded", "drowned off
    the coast" -> "drowned", "had been reported missing" -> "reported missing", "feared dead";
    an active verb with an object ("signed the petition") is left out.
    """
    rest = words[position : position + 6]
    lower = lower_words[position : position + 6]
    index = 0
    while index < len(rest) and (lower[index] in AUXILIARIES or lower[index].endswith("ly") and index):
        index += 1
    if index >= len(rest):
        return []
    stated = index + 1 < len(rest) and lower[index + 1] in STATES and lower[index].endswith("ed")
    if stated:
        return rest[index : index + 2]  # "reported missing", "feared dead"
    if not _is_participle(lower[index]) or lower[index] in RAISING_VERBS and lower[index + 1 : index + 2] == ["to"]:
        return []  # "are expected to use": what is said of them comes after, not what happened
    if index and lower[index - 1] in MODALS:
        return []  # "will open new departments": a verb in its base form, whatever its ending
    if lower[index] in POLL_PARTICIPLES:
        return [rest[index]]  # "38 economists polled by Reuters", "2,000 adults surveyed": who was asked
    has_object = index + 1 < len(rest) and lower[index + 1] not in PREPOSITIONS
    if index and has_object and lower[index] not in EVENT_VERBS and all(word in _PERFECT or word.endswith("ly") for word in lower[:index]):
        return []  # "the two delegations had held talks": an active verb with its object
    if index == 0 and (lower[0] not in EVENT_VERBS or has_object):
        return []  # an active verb ("met for talks", "signed the petition") says little of the count
    predicate = [rest[index]]
    if index + 1 < len(rest) and _is_participle(lower[index + 1]) and lower[index + 1][:2] != "un":
        predicate.append(rest[index + 1])  # "found beheaded" (but "evacuated unharmed": how they came out, not what happened)
    return predicate


def _is_participle(word: str) -> bool:
    return word not in LABEL_STOPS and word not in PLURALS and (word.endswith(("ed", "en")) or word in PARTICIPLES)


def starts_clause(before: str) -> bool:
    """Whether nothing but an opening quote, a colon or a dash stands before, in the sentence."""
    stripped = before.rstrip()
    return not stripped or stripped[-1] in "“\"‘«(:—–" or stripped.endswith(" -")
