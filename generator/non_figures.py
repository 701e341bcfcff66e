"""The rules that decide which numbers are not figures: time frames, ages, dates, brackets, codes.

:func:`is_figure` judges each number :mod:`generator.figures` finds, with the hedges written
around it (a :class:`Found`), and refuses it when it is something else written with digits or
number words:

- a date, a year or a time ("January 19", "since 1990", "10:30", "0800 GMT"): dates and years go
  to :func:`generator.figures.extract_dates`, times are dropped;
- a time frame rather than a quantity ("two years ago", "the past five years", "within five
  years", "Over nine years, he ..." or "rose 12% over two years", "the first half of the year";
  "ago", "earlier" and "later" however hedged or scaled: "about 4.6 billion years ago"; a span
  after "after" or "within", hedged or not: "after six hours of fighting", and the second of
  two joined by "and" ("after a nine-day trial and roughly six hours of deliberations"); after "in" only
  following a verb of a countdown, :data:`_COUNTDOWN_VERBS`: "the recess begins in just under
  10 weeks", "a report is expected in 12 to 18 months"; after "over" and the noun it times:
  "added to the fleet over two years", after a bracketed figure ("18 billion euros ($19.5
  billion) over five years") and before an average span ("Over a median of 3.4 years, ...",
  "followed nurses over an average of 11 years"); the period a statistic covers, named by the month it
  ends with: "rose 4.9% in the 12 months to August", "the three months through June"; weekends,
  nights and fortnights are spans too: "after two weekends"; "last" is a verb, not "the last",
  after "not", "to" or a modal: "does not last two weeks" counts); hours, minutes and seconds
  written together, a race time or a gap, as a clock writes them ("in 4 hours 21 minutes 33
  seconds", "1 minute 29 seconds down": no part of it counts; "5 hours and 30 minutes" does); a span
  that is itself the fact stays ("jailed for seven years", "for over 20 years", "sold out in
  under two hours", "its lowest level in three weeks", "doubled in two years");
- an age ("aged 34", "at the age of 34", but not "an average age of 26 years", a statistic; every one of "aged 20 and 22", "34-year-old", "John Smith, 34,", "behind Tobias Reiner, 28." ending the sentence, a bare
  number said of a person: "She was 91.", "when he was 12,"), a bracket of the plural noun
  before "under"/"over" with nothing counted after it ("children under five are", "people over
  65 living alone") or with a number too small for a crowd whatever verb follows ("children
  under 5 accounted for"; "teams under 10 players" counts players), a bracket said of a share
  of a group ("Nearly half of the audience was over 35", but "the death toll was over 35"
  counts), a bare number after "at" and a verb of a life's events with nothing counted after it
  ("nominated for an Oscar at 24 for", "died at 91", "left school at 15"; "the index closed at
  24" counts), a compound modifier ("a two-day visit", "a 10-point plan": it describes a
  thing rather than counting anything; money and "-strong" compounds stay figures: "a
  £1.5bn-a-year deal", "a 5,000-strong force");
- part of a name, a code, a phone number, a street number or a list marker, by the rules of
  :mod:`generator.number_names`;
- a cricket score, runs for wickets: "487 for six declared", "were 232 for 4 at stumps" (the
  runs in digits, the wickets at most ten, nothing counted after them: "40 for two pounds" counts);
- the level of a statistical interval ("34.2% (95% confidence interval 32.8% to 35.6%)", "95%
  CI") and a calibre in millimetres before a weapon or its rounds ("a 9 mm pistol", "155mm
  shells"; "40 mm of rain" is a depth and counts);
- a multiple of a measure the sentence names: "about four times the size of Paris", "three times
  the national average" (a comparison, not a count; but "three times the past year" counts
  occasions, and "1.4 times as likely" stays, a ratio the copy reports);
- a capitalised number word inside a sentence, part of a name ("the Group of Seven"), but not
  right after a lower-case abbreviation whose point ends the sentence too ("shortly after 3 a.m.
  Two coast guard boats");
- "one" used as a pronoun, an idiom or a source, and "the two" for people named before, by the
  rules of :mod:`generator.number_pronouns`.

Knowingly missed: years written as counts without a noun ("1500 died" reads as a year), "over"
and a span after a noun that names the span's own fact ("ruled the country over 30 years" is
dropped), an age said of "they" ("They were 40" stays a count), a countdown after a verb outside
:data:`_COUNTDOWN_VERBS` ("will open to the public in six weeks" is kept), an age after "at" and a
verb outside the life's events of :data:`_LIFE_EVENT_AT` ("scored at 19 in his first season"
stays a count), a bracket of ages said of a group that is not a share ("The audience was mostly
over 35" keeps "over 35"), a calibre before a name rather than a weapon's noun ("a 9 mm Glock"
keeps "9 mm"), the end of a period written as a day or a year ("the 12 months to 2024" keeps
"12"), money written as a compound modifier with a hyphen before the currency word ("a
5.8-billion-peso aqueduct"), a span after "in" that no countdown verb opens ("will there be
rice farmers in ten years" is kept), and a span after "for" that sets a threshold rather than
saying how long something lasted ("people missing for more than 48 hours" is kept, as "jailed for
seven years" is), and the seat counts of a gapped clause after a party's name ("won 162 seats
and Law and Justice 148": read as part of a name, as "Boeing 737" is)."""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.figure_labels import starts_clause
from generator.label_words import LABEL_STOPS, NOUN_STOPS, VERB_FORMS, is_plural, is_verb_form
from generator.model import Sentence
from generator.number_names import (
    CALL_ON, NAMING_WORDS, TIME_PHONE_OR_STREET, is_code_or_marker, is_name_before, previous_token, top_counts,
)
from generator.number_pronouns import PRONOUN_VERBS, describes_a_source, is_one_a_count
from generator.numbers import Amount

#: Nouns that make a bare four-digit number a count rather than a year ("1500 people").
COUNT_NOUNS = frozenset(
    "people persons men women children troops soldiers protesters residents workers officers police".split()
)
#: A month's name or its abbreviation, for the days next to one here and the dates of
#: :func:`generator.figures.extract_dates`; grouped by first letter (full names first), so that a
#: scan for a month tests each character against eight letters, not twenty names.
MONTH = (
    r"(?:J(?:anuary|une|uly|an|un|ul)|F(?:ebruary|eb)|M(?:arch|ay|ar)|A(?:pril|ugust|pr|ug)|S(?:eptember|ept|ep)"
    r"|O(?:ctober|ct)|N(?:ovember|ov)|D(?:ecember|ec))\b\.?"
)
#: A year from 1500 to 2099.
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_MONTH_BEFORE = re.compile(rf"{MONTH}\s+$")
#: The letters a month or the "of" before it opens with, after the space that follows a day.
_MONTH_OR_OF_INITIALS = frozenset("JFMASONDo")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}")
_YEARS = re.compile(rf"{YEAR}(?:[-–/](?:{YEAR}|\d\d))?")
# "aged 34", "aged over 65", and the others of "aged 20 and 22", "aged 15, 16 and 17".
_AGED = re.compile(
    r"\b(?:aged|age|ages)\s+(?:of\s+|over\s+|under\s+)?(?:\d{1,3}(?:,\s+|\s+(?:and|or)\s+))*$", re.IGNORECASE
)
#: Words that make "age of" a statistic of a group, not one's age: "an average age of 26 years".
_AVERAGES = ("average", "median", "mean")
# "She was 91.", "when he was 12,": a bare number said of a person, with nothing counted after it.
_PERSON_WAS = re.compile(r"\b(?:he|she|i|who)\s+(?:was|is|am|turned|turns)\s+$", re.IGNORECASE)
_PERSON_VERBS = ("was ", "is ", "am ", "turned ", "turns ")
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)!?”\"]|$|\s(?:when|and|but|at|in|on|as|while)\b)")
# "nominated for an Oscar at 24 for", "died at 91.": an age, after a verb of a life's events and
# with nothing counted after it.
_LIFE_EVENT_AT = re.compile(
    r"\b(?:died|retired|married|debuted|nominated|elected|crowned|diagnosed|widowed|orphaned|emigrated|enlisted"
    r"|graduated|became|joined|signed|started|began|debut|professional|school|home)\b(?:\s+\S+){0,5}?\s+at\s+$",
    re.IGNORECASE,
)
_AGE_OPENERS = (" at ", "over ", "under ", "above ", "below ")  # one look spares most numbers both searches
_NOTHING_COUNTED_AFTER_AGE = re.compile(
    r"\s*(?:[,.;:)!?”\"]|$|\s(?:for|when|and|but|in|on|as|while|after|before|with|from|to|because)\b)"
)
# "Nearly half of the audience was over 35", "most of the victims were under 18": a bracket of
# ages said of a share of a group.
_SHARE_WAS = re.compile(
    r"(?:\b(?:half|thirds?|quarters?|fifths?|most|majority|many|all|none)|%|\bper\s?cent)\s+(?:of\s+)?"
    r"(?:the\s+|those\s+|its\s+|their\s+)?[a-z]+\s+(?:was|were|is|are)\s+(?:over|under|above|below)\s+$",
    re.IGNORECASE,
)
#: Hedges that, right after a plural noun, set a bracket of it ("children under five",
#: "people over 65") rather than count anything.
_BRACKET_HEDGES = frozenset("under over above below".split())
#: Below this, a number after "under"/"over" and a plural is an age or a size, never a crowd:
#: "children under 5 accounted for", "people over 65 make up" (but "crowds over 10,000 gathered",
#: and "teams under 10 players" counts the players).
_BRACKET_LIMIT = 120
_YEARS_OLD = re.compile(r"\s?[-‐]?\s?(?:years?|yrs?|months?)[-‐\s]old\b|\s+years\s+of\s+age\b")
# "John Smith, 34, said" and "John Smith (34)": a bare number set off after a name.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:,\s+|\s+\()$")
_NAME_AFTER = re.compile(r"[,)]")
_GLUED_AFTER = re.compile(r"[-‐][A-Za-z]|/\d|:\d|[.,]\d")
#: The characters a match of :data:`_GLUED_AFTER` opens with: one look spares most numbers the match.
_GLUE_MARKS = frozenset("-‐/:.,")
#: "four times the size of": a multiple of a measure, not a count of times (but "three times the
#: past year", "twice the same day" count occasions).
_MULTIPLE = re.compile(r" times the (?!(?:past|last|previous|next|same|following|first|year|week|month|day)\b)[a-z]")
_COUNT_COMPOUND = re.compile(r"[-‐](?:strong|plus)\b")
_TIME_UNITS = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|fortnights?|months?|years?|decades?|centuries|century)"
)
_TIME_UNIT = re.compile(rf"\s+{_TIME_UNITS}\b")
#: Prepositions that make a span after them a time frame, however hedged: "after six hours of
#: fighting", "within about five years". "In" does only after a verb of :data:`_COUNTDOWN_VERBS`:
#: "sold out in under two hours", "the lowest in three weeks", "fell in 24 hours" say how long.
_WHEN_PREPOSITIONS = frozenset("within after".split())
#: "after" or "within" and up to four words then "and", ending the text before a span: the
#: preposition covers both halves ("after a nine-day trial and six hours of deliberations").
_WHEN_COORDINATED = re.compile(r"\b(?:[Aa]fter|[Ww]ithin)\s+(?:[\w'’-]+\s+){1,4}and$")
#: Verbs whose "in" and a span say when from now: "the recess begins in just under 10 weeks".
_COUNTDOWN_VERBS = frozenset(
    """
    begins begin starts start ends end expires expire opens open closes close resumes resume due expected
    scheduled slated planned
    """.split()
)
#: Verbs in the present whose span is the fact ("they serve over 20 years"), for the "over" rule.
_SPAN_VERBS = frozenset("serve serves last lasts take takes spend spends span spans wait waits".split())
#: After a score's runs: " for six declared", " for 4 at stumps", " for three," (the wickets, at most ten).
_WICKET_COUNT = r"(?:[0-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)"
_NOTHING_COUNTED_AFTER_WICKETS = re.compile(r"(?:\s+(?:declared|dec|at|in|when|after|before|and|but|with|on|off|by)\b|\s*[,.;:)]|\s*$)")
_WICKETS_AFTER = re.compile(rf"\s+for\s+{_WICKET_COUNT}\b{_NOTHING_COUNTED_AFTER_WICKETS.pattern}", re.IGNORECASE)
#: Before a score's wickets: the runs, in digits, and "for".
_RUNS_BEFORE = re.compile(r"(?:^|\s)\d{1,3}\s+for\s+$")
# "over a median of 3.4 years", "over an average of five years": "over" before an average span.
_OVER_AVERAGE = re.compile(r"\b[Oo]ver(?:\s+an?\s+(?:median|average|mean)\s+of)?$")
_RELATIVE_TIME_AFTER = re.compile(rf"\s+{_TIME_UNITS}\s+(?:ago|earlier|later|before|after|from\s+now)\b")
_AGO = re.compile(rf"\s+{_TIME_UNITS}\s+(?:ago|earlier|later|from\s+now)\b")
# "the 12 months to August", "the three months through June", "the year ended March 31": a period
# a statistic covers, named by the month it ends with.
_PERIOD_TO = re.compile(rf"\s+{_TIME_UNITS}\s+(?:to|through|ending|ended|until)\s+(?:(?:the\s+)?end\s+of\s+)?{MONTH}")
_RELATIVE_TIME_BEFORE = re.compile(r"\b(?:past|last|next|previous|coming|first|final|recent|within)\s+$", re.IGNORECASE)
#: Words after which "last" is the verb ("does not last two weeks", "will last 10 days"), not "the last".
_LAST_AS_VERB = frozenset("not never to will would can could may might should must does do did".split())
#: A duration written in hours, minutes and seconds together ("4 hours 21 minutes 33 seconds",
#: "1 minute 29 seconds down"): a time on a clock written out, a race time or a gap, no count of
#: any of its parts, as "4:21:33" is none.
_CLOCK_NEXT = re.compile(r"\s+(?:hours?|minutes?)\s+\d{1,2}\s+(?:minutes?|seconds?)\b")
_CLOCK_INITIALS = frozenset("hm")
_CLOCK_ENDS = ("hours ", "hour ", "minutes ", "minute ")
_CLOCK_PREVIOUS = re.compile(r"\d\s+(?:hours?|minutes?)\s+$")
# "the first half of the year", "the second half of the match": a part of a period, not of a whole.
_PERIOD_PART_BEFORE = re.compile(r"\b(?:first|second|last|latter|final|opening|closing|back|front)\s+$", re.IGNORECASE)
#: What a percentage names when it is the level of a statistical interval, not a share: "34.2%
#: (95% confidence interval 32.8% to 35.6%)", "95% CI".
_INTERVAL_LEVEL = re.compile(r"\s+(?:(?:confidence|credible|prediction)\s+(?:intervals?|levels?|limits?)|CIs?\b)", re.IGNORECASE)
_INTERVAL_INITIALS = frozenset("cCpP")  # what an interval's word opens with, after the space
#: Weapons and ammunition a calibre in millimetres describes: "a 9 mm pistol", "155mm shells".
_CALIBRE_NOUNS = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:pistols?|handguns?|guns?|rifles?|revolvers?|shotguns?|carbines?|cannons?|howitzers?"
    r"|mortars?|artillery|shells?|rounds?|bullets?|cartridges?|ammunition|munitions|calibre|caliber|weapons?)\b",
    re.IGNORECASE,
)


class Found(NamedTuple):
    """A number with the hedges written around it, before it is judged a figure (a named tuple:
    one is built for every number, and a frozen dataclass costs three times as much to build)."""

    number: re.Match[str]
    amount: Amount
    start: int
    """Where the hedge opens (the number's start when there is none)."""
    end: int
    """Where a trailing hedge ends ("or more")."""
    hedge: str | None
    before: str
    """Up to 40 characters of the sentence before the number, read by most rules."""


def is_counted_year(body: str, sentence: Sentence, start: int, end: int) -> bool:
    """"1500 people" counts people; "in 1500" is a year."""
    if not body[start:end].isdigit():
        return False
    following = body[end : min(end + 30, sentence.end)].split(maxsplit=1)
    return bool(following) and following[0].lower().strip(",.;:") in COUNT_NOUNS


def is_figure(body: str, sentence: Sentence, found: Found) -> bool:
    """Refuse numbers that date, name or describe something instead of counting it."""
    number, amount = found.number, found.amount
    start = number.start()
    first = body[start]
    before = found.before
    after = body[found.end : min(sentence.end, found.end + 40)]
    plain = not amount.scaled and not found.hedge
    if after[:1] in _GLUE_MARKS and _GLUED_AFTER.match(after) and not (amount.unit or _COUNT_COMPOUND.match(after)):
        return False  # "two-day visit", "24/7", "3:1" (but "£1.5bn-a-year", "a 5,000-strong force")
    if after[:11] == " times the " and _MULTIPLE.match(after):
        return False  # "four times the size of": a multiple, no count
    if body[start - 1 : start] == "+" or is_code_or_marker(body, sentence, number, before, after):
        return False
    if not amount.unit and _TIME_UNIT.match(after) and _is_time_frame(body, sentence, found, after):
        return False  # "two years ago", "within five years": when, not how many
    if first in "hH" and amount.unit == "%" and _PERIOD_PART_BEFORE.search(before):
        return False  # "the first half of the year"
    unit = amount.unit
    if unit == "%" and after[1:2] in _INTERVAL_INITIALS and _INTERVAL_LEVEL.match(after):
        return False  # "95% confidence interval": how sure a range is, not a share
    if unit == "mm" and _CALIBRE_NOUNS.match(after):
        return False  # "a 9 mm pistol": a calibre names the weapon, counts nothing
    if first.isdigit() and TIME_PHONE_OR_STREET.match(body, start, sentence.end):
        return False
    if (after[:5] == " for " or before.endswith(" for ")) and _is_innings_score(body, sentence, found, before, after):
        return False  # "487 for six declared": a cricket score, runs for wickets
    if _is_date_part(body, sentence, found, before):
        return False
    if _is_age(before, after, found, plain):
        return False
    previous = previous_token(before)
    if previous.lower() in NAMING_WORDS and not (previous == "top" and top_counts(before, after, amount)):
        return False  # "Article 5", "log 1187", "in the top 10" (but "the top 10 films" counts films)
    if previous == "#" or previous == "on" and plain and CALL_ON.search(before):
        return False  # "#1", "call police on 101"
    bracket = found.hedge and found.hedge.lower() in _BRACKET_HEDGES and not amount.unit
    if bracket and _is_bracket(body, sentence, found, after):
        return False  # "children under five": who, not how many
    if plain and not first.islower() and not previous.islower() and is_name_before(previous, before):
        return False  # "Boeing 737", "Windows 11", "iPhone 16" (a name writes digits: "put Labour two points ahead")
    spelled = first.isupper() and not any(number.group("a_digits", "a_cur", "a_code"))  # a number word
    if spelled and found.start == start and not starts_clause(before) and not _ends_sentence(before):
        return False  # "the Group of Seven", "Ocean's Eleven"
    if (number.group("a_words") or "").lower() == "one" and not amount.scaled:
        return is_one_a_count(previous, _source_window(body, sentence, found, after), bool(found.hedge))
    if previous.lower() == "the" and number.group("a_words") and after.split(None, 1)[:1]:
        if after.split(None, 1)[0].lower() in PRONOUN_VERBS:
            return False  # "The two have split their meetings", "the three met in Geneva": who, not how many
    if plain and describes_a_source(_source_window(body, sentence, found, after), few=amount.value <= 3):
        return False
    return True


def _ends_sentence(before: str) -> bool:
    """Whether a lower-case abbreviation ends ``before`` ("shortly after 3 a.m. "): a capitalised
    number word after it opens a sentence the abbreviation's point also ended, which a name's
    titles ("Mr.", "No.") never do."""
    if before[-2:] != ". ":
        return False
    last = before.rsplit(None, 1)[-1]
    return last[0].islower() and last.count(".") > 1


def _is_innings_score(body: str, sentence: Sentence, found: Found, before: str, after: str) -> bool:
    """"487 for six declared", "were 232 for 4 at stumps": runs for wickets, a score written as two
    bare numbers joined by "for", the second at most ten and nothing counted after it."""
    if found.hedge or found.amount.scaled:
        return False
    if after[:5] == " for ":
        return bool(_WICKETS_AFTER.match(after))
    return bool(_RUNS_BEFORE.search(before)) and bool(_NOTHING_COUNTED_AFTER_WICKETS.match(after)) and found.amount.value <= 10


def _source_window(body: str, sentence: Sentence, found: Found, after: str) -> str:
    """The words after a number read for a source: past an inserted clause when one opens after
    the noun ("One backbench MP, who asked not to be named, told Reuters")."""
    if ", who" not in after:
        return after
    return body[found.end : min(sentence.end, found.end + 120)]


def _is_time_frame(body: str, sentence: Sentence, found: Found, after: str) -> bool:
    """"two years ago", "the past five years", "within a decade", "Over nine years, he stole":
    when something happened or the span it took, not a count.

    "Over" is a hedge ("over 30 years of service") but for a span opening the clause ("Over
    nine years, he ...") or following the figure it spans ("rose 20% over five years").
    """
    if _AGO.match(after) or _PERIOD_TO.match(after):
        return True  # "about 4.6 billion years ago", "in the 12 months to August": hedged or not
    if after[1:2] in _CLOCK_INITIALS and _CLOCK_NEXT.match(after) or found.before.endswith(_CLOCK_ENDS) and _CLOCK_PREVIOUS.search(found.before):
        return True  # "in 4 hours 21 minutes 33 seconds": a time on the clock, each part of it
    if found.amount.scaled:
        return False
    before = body[max(sentence.start, found.start - 40) : found.start].rstrip()
    last = before.rsplit(None, 1)[-1:]
    if last and (last[0].lower() in _WHEN_PREPOSITIONS or last[0].lower() == "in" and _is_countdown(before)):
        return True  # "after six hours of fighting", "the recess begins in just under 10 weeks"
    if last == ["and"] and _WHEN_COORDINATED.search(before):
        return True  # "after a nine-day trial and roughly six hours of deliberations": "after" covers both
    if found.hedge is None or found.hedge.lower() != "over":
        over = _OVER_AVERAGE.search(before) if "ver" in before[-24:] else None
        if over:
            return _times_over(before[: over.start()].rstrip())  # "Over a median of 3.4 years, ..."
        return not found.hedge and bool(_RELATIVE_TIME_AFTER.match(after) or _is_relative_before(found.before))
    return _times_over(before)


def _is_relative_before(before: str) -> bool:
    """"the past five years", "within a decade": a word setting the span from now ends ``before``;
    not "last" as a verb ("does not last two weeks")."""
    if not _RELATIVE_TIME_BEFORE.search(before):
        return False
    words = before.lower().replace("’", "'").split()[-2:]
    return not (len(words) == 2 and words[1] == "last" and (words[0] in _LAST_AS_VERB or words[0].endswith("n't")))


def _times_over(before: str) -> bool:
    """Whether "over" and a span, after ``before``, time something: opening the clause ("Over nine
    years, he ..."), after a comma, or after the figure or noun they time ("rose 20% over five
    years", "18 billion euros ($19.5 billion) over five years")."""
    last = before.rsplit(None, 1)[-1:]
    word = last[0].rstrip(")") if last else ""
    return starts_clause(before) or before.endswith(",") or bool(word) and (
        any(c.isdigit() for c in word) or _is_noun_before_span(word.lower())
    )


def _is_countdown(before: str) -> bool:
    """Whether the words before "in" (which ends ``before``) are a verb of :data:`_COUNTDOWN_VERBS`,
    past an adverb: "begins in", "is due in", "expires early in"."""
    words = before.rsplit(None, 3)[-3:-1]
    return any(word.lower() in _COUNTDOWN_VERBS for word in words)


def _is_noun_before_span(word: str) -> bool:
    """Whether ``word``, right before "over" and a span, is a noun the span times ("added to the
    fleet over two years", "create 1,200 jobs over five years"), not a verb or an adverb whose
    span is the fact ("served over 20 years", "lasted over two hours", "there over 20 years")."""
    return (
        word.isalpha() and word not in LABEL_STOPS and word not in VERB_FORMS and not is_verb_form(word)
        and not word.endswith("ly") and word not in _SPAN_VERBS
    )


def _is_bracket(body: str, sentence: Sentence, found: Found, after: str) -> bool:
    """"children under five are", "people over 65 living alone": a bracket of the plural noun
    before the hedge, with nothing counted after the number (an age, a size, a threshold). A
    verb in "-ed" after it may have the noun as subject ("Crowds over 10,000 gathered"): a count."""
    noun = body[max(sentence.start, found.start - 24) : found.start].split()[-1:]
    if not noun or not noun[0].isalpha() or not is_plural(noun[0].lower()) or noun[0].lower() in NOUN_STOPS:
        return False
    following = after.split(None, 1)[:1]
    if not following or not following[0][:1].isalpha():
        return True
    word = following[0].lower()
    if found.amount.value < _BRACKET_LIMIT and not is_plural(word):
        return True  # "children under 5 accounted for": an age, whatever verb follows
    return word in NOUN_STOPS or word.endswith("ing")


def _is_age(before: str, after: str, found: Found, plain: bool) -> bool:
    """"aged 34", "aged between 18 and 30", "34-year-old", "Maria Lopez, 52,", "The suspect, 22,".

    Every match of :data:`_YEARS_OLD` holds "old" or "age": most texts after a number hold
    neither, and two substring tests cost less than the expression.
    """
    if found.amount.unit is not None:
        return False
    aged = _AGED.search(before) if "age" in before[-24:].lower() else None
    if aged and not before[: aged.start()].rstrip().lower().endswith(_AVERAGES):
        return True  # "aged 34", "at the age of 34" (but "an average age of 26 years" is a statistic)
    said_of_a_person = plain and before.endswith(_PERSON_VERBS) and _PERSON_WAS.search(before, max(0, len(before) - 12))
    if said_of_a_person and _NOTHING_COUNTED.match(after):
        return True  # "She was 91."
    if ("old" in after or "age" in after) and _YEARS_OLD.match(after):
        return True
    if before.endswith(_AGE_OPENERS) and found.amount.value < _BRACKET_LIMIT and not found.amount.scaled:
        bracket = found.hedge and found.hedge.lower() in _BRACKET_HEDGES
        if plain and before.endswith(" at ") and _LIFE_EVENT_AT.search(before) or bracket and _SHARE_WAS.search(before):
            return bool(_NOTHING_COUNTED_AFTER_AGE.match(after))
    if not plain or found.amount.value >= 120 or not before.endswith((", ", " (")):
        return False
    if _NAME_AFTER.match(after):
        return True  # "Maria Lopez, 52, said", "The suspect, 22,"
    return after[:1] == "." and after[1:2] in ("", " ", "\n") and bool(_NAME_BEFORE.search(before))  # "behind Tobias Reiner, 28."


def _is_date_part(body: str, sentence: Sentence, found: Found, before: str) -> bool:
    """A day next to a month, or a year (a four-digit number with no money, scale or hedge)."""
    number = found.number
    low, high, between = number.group("a_digits", "b_digits", "between")
    if low and (_ends_with_month(before) or _has_month_after(body, number.end(), sentence.end)):
        return True
    years = [digits for digits in (low, high) if digits]
    if found.amount.scaled or found.hedge and not between or not years:
        return False
    text = number.group()
    if text[:1] not in "12" and years[0][:1] not in "12":
        return False  # no year (1500 to 2099) begins otherwise: skips both expressions below
    if not (_YEARS.fullmatch(text) or all(_YEARS.fullmatch(y) for y in years)):
        return False
    return not is_counted_year(body, sentence, number.start(), number.end())


def _has_month_after(body: str, end: int, stop: int) -> bool:
    """"19 August", "19th of August": a month after the number that ends at ``end``.

    A month opens with a capital, so a space then a lower-case word or a digit (the usual case)
    spares the match.
    """
    if body[end : end + 1] == " " and body[end + 1 : end + 2].isalnum() and body[end + 1] not in _MONTH_OR_OF_INITIALS:
        return False
    return bool(_MONTH_AFTER.match(body, end, stop))


def _ends_with_month(before: str) -> bool:
    """"August 19": a month name and a space end ``before``.

    A month opens with a capital, so a last word in lower case (the usual case) spares the search.
    """
    return before[-1:] == " " and not before.rstrip()[-10:].islower() and bool(_MONTH_BEFORE.search(before))