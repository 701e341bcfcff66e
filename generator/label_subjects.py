"""The subject before a figure, read when no noun after the number says what it counts (the
third rule of :func:`generator.figure_labels.read_label`):

3. the subject of a change verb when the number is its complement ("the toll rose to 50" ->
   "toll", "a fine of $5 million" -> "fine"), read past "a record", a clause between commas
   ("Core inflation, which ..., was 3.1%") and adverbs ("had already climbed"), and, when the
   sentence or the clause after a reporting or showing verb (:data:`CLAUSE_VERBS`: "Figures show
   knife crime in the county rose" -> "knife crime"; the noun before the verb is read inside
   that clause: "The figures show completions fell" -> "completions") opens with it, the phrases after its head
   ("Shares in listed subsidiary X fell 2%" -> "Shares", "Trade between the two sides was worth"
   -> "Trade"; "the number of" gives what it counts), past the figure of a change before "to"
   ("Revenue grew 3.2% to 9.6 billion crowns" -> "Revenue" for both; "rose 8 basis points to
   12.41%"), a particle ("imports edged up 0.9 percent"), the relative pronoun of a clause ("the
   minimum wage, which rose to" -> "minimum wage"), a phrase after the head ("rail-sea shipments
   through the port grew"), a compound adjective ("heat-related deaths") or an "-ing" modifier
   opening the sentence ("Operating profit"), a participle and its phrase ("The original budget
   approved in 2019 was" -> "original budget"), "excluding" and "including" ("Consumer prices
   excluding fresh food rose" -> "Consumer prices"), a year or a period inside the subject ("Yields
   on futures maturing in January 2027", "Ticket sales for the year to date"), a subject of four
   words opening the sentence whole ("Average household water bills will rise", "the surveyed urban
   unemployment rate stood at": an "-ed" word after the determiner is an adjective), past an
   adverb set off by commas ("Property investment, however, fell"), the same subject for the
   earlier level of "to X from Y" ("rose to 46.8 per cent from 41.2 per cent"), and without a verb
   of forecast after a name or a comma ("Li, a researcher, forecast growth of" -> "growth",
   "Analysts at X estimate annual sales could reach" -> "annual sales"); the
   noun before "of" keeps an "-ed"
   adjective after a determiner ("a combined funding gap of") and drops a verb after a modal
   ("will impose tariffs of" -> "tariffs", "would also offer tax credits of" -> "tax credits"), a
   plural before it that is an object of its own ("charged app developers commissions of" ->
   "commissions", but "sales tax"), a participle after a perfect auxiliary ("have seen drawdowns
   of" -> "drawdowns"), but keeps an "-ed" adjective inside a phrase a preposition opens ("with
   maximum sustained winds of"), and a forecast verb inside it ("the government forecasts
   growth of" -> "growth"); a noun before "of" that is itself a determiner's "X of Y" keeps it
   ("a margin of error of" -> "margin of error"); a comparative after the figure reads the
   subject ("The risk of dementia was 28% higher among" -> "risk"); verbs that set a level count
   as change verbs ("closed down 1.2% at", "are running at", "held ... at", a base form after a
   modal or "to": "would reach", "expected to top"); or the object a figure after "to"/"at" sets
   ("raised the number of injured agents to 63" -> "injured agents", "put the toll in the region at
   212" -> "toll", "put the cost of the deployment at" -> "cost", "The Fed kept rates at" ->
   "rates", "cut its growth forecast for Germany this year to" -> "growth forecast"), or the noun a
   participle of :data:`_SETTING_PARTICIPLES` sets "at" ("a release clause set at 500 million euros"
   -> "release clause"; after an auxiliary the participle is passive and its subject is read: "the
   tax, which has been frozen at 53.8 yen" -> "tax"), with up to four words after a determiner
   ("held its benchmark Selic interest rate at" -> "benchmark Selic interest rate").

A figure after a comparative hedge with no label of its own takes the noun phrase before the
hedge ("would not accept a transit fee higher than $2.10" -> "transit fee"). "Little changed",
"unchanged" and "steady" set a level ("Sterling was little changed at $1.2712" -> "Sterling").
"""

from __future__ import annotations

import re

from generator.label_words import (
    BEFORE_WORDS, DETERMINERS, LABEL_STOPS, MODALS, PARTICIPLES, RAISING_VERBS, UP_VERBS, VERB_FORMS, is_plural,
    is_verb_form,
)

#: Verbs whose complement is a figure of their subject ("the toll rose to 50").
CHANGE_VERBS = frozenset(
    """
    rose risen rise rises climbed climbs fell fallen falls dropped drops jumped jumps increased
    increases decreased decreases declined declines reached reaches hit hits stood stands stand
    totalled totaled totals topped tops exceeded exceeds surpassed passed grew grown grows soared
    plunged doubled tripled was is were are worth cost costs valued numbered numbers amounted
    amounts came comes reaching standing totalling totaling held holds remained remains stayed
    edged slipped slid dipped eased gained added lost rebounded surged tumbled sank shrank
    expanded contracted strengthened weakened firmed softened appreciated depreciated advanced
    retreated rallied recovered widened narrowed accelerated slowed cooled quickened slumped
    dived plummeted spiked shed improved worsened closed opened ended finished settled traded hovered
    peaked bottomed running trading hovering sitting sat changed unchanged steady
    """.split()
)
#: Change verbs in their base form, read as such only after a modal or "to": "pay would reach
#: £31,400", "is expected to top $2 billion" (alone, "a fall", "the top" and "the total" are nouns).
BASE_CHANGE_VERBS = frozenset(
    """
    reach rise fall climb drop jump increase decrease decline hit top exceed surpass pass grow soar
    plunge double triple total remain stay ease slip dip edge gain shrink expand contract slow peak
    """.split()
)
#: Verbs after which a clause opens with its own subject: "Figures show knife crime rose 9%",
#: "lenders said average rates had climbed to 7.1%".
CLAUSE_VERBS = frozenset(
    """
    said says say told show shows showed suggest suggests suggested indicate indicates indicated
    found finds revealed reveals believe believes think thinks that
    """.split()
)
#: Nouns that count what follows their "of": "the number of injured agents rose to 63" is about
#: the agents.
QUANTITY_HEADS = frozenset("number total tally count".split())
_PHRASE_PREPOSITIONS = frozenset("in from at for on across through via".split())
_VERB_HELPERS = frozenset(
    "has have had been will would could may might is was are were be already also now just still further little".split()
)
#: Words between "to" and "record" that stress a level ("to a new record").
_RECORD_OPENERS = frozenset("a an new fresh all-time".split())
#: How far from the opening of its sentence a figure may stand for its subject to be read there.
_OPENING_REACH = 160
#: Periods a phrase of time names between an object and the "to" of its figure ("this year").
_PERIODS = frozenset("year month week quarter".split())
_PERIOD_OPENERS = frozenset("this next last".split())
#: Words of time that may stand inside a subject: "Ticket sales for the year to date".
_PERIOD_WORDS = _PERIODS | _PERIOD_OPENERS | frozenset(("day",))
#: Prepositions of a phrase between an object and the "to" of its figure.
_OBJECT_PHRASES = _PHRASE_PREPOSITIONS | frozenset(("since",))
#: A change verb, its figure and "to" before a figure: "grew 3.2% to", "rose by 14 percent to".
_CHANGE_THEN_TO = re.compile(
    r"([A-Za-z]+)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|less\s+than)\s+)?[$£€]?\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b|(?:percentage|basis)\s+points?\b|points?\b|bps\b)?\s+to\s+$"
)
#: A level after "to", then "from" before a figure: "rose to 46.8 per cent from".
_TO_THEN_FROM = re.compile(
    r"\bto\s+((?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|less\s+than)\s+)?[$£€]?\d[\d.,]*"
    r"\s?(?:%|percent\b|per\s+cent\b|(?:percentage|basis)\s+points?\b|points?\b|bps\b|[a-z]+\b)?)\s+from\s+$"
)
#: Particles after a change verb: "edged up 0.9 percent", "was down 3%".
_PARTICLES = frozenset("up down".split())
#: Adjectives of a likelihood before "to" and a change verb: "prices are likely to rise".
_LIKELY = frozenset("likely unlikely poised going certain".split())
#: Verbs of a forecast that a noun phrase after a name or a comma may open: "Li, a researcher,
#: forecast growth of 3%", "Analyst Jane Doe expects margins of" (but "its forecast growth").
_FORECAST_VERBS = frozenset(
    "forecast forecasts predict predicts predicted project projects expect expects see sees saw estimate".split()
)
#: Participles that set a figure "at" for the noun before them: "a release clause set at".
_SETTING_PARTICIPLES = frozenset(
    "set fixed capped pegged priced valued put estimated pitched frozen held kept maintained locked".split()
)
#: Words after a participle that make it a modifier of the noun before it ("approved in 2019").
_PARTICIPLE_FOLLOWERS = frozenset("in by for on at last this since under until during".split())
#: Plurals that qualify the noun after them ("sales tax", "arms deal"): a plural before the head
#: noun is otherwise an object of its own ("charged developers commissions of").
_PLURAL_MODIFIERS = frozenset(
    "sales savings earnings arms goods news services parts works sports jobs customs communications "
    "electronics economics politics means series species resources rights affairs securities systems".split()
)
#: Auxiliaries of a perfect: the word after one is a participle, a verb ("have seen drawdowns of").
_PERFECT_AUXILIARIES = frozenset("have has had having".split())
#: Prepositions that open a noun phrase whose adjectives may include an "-ed" word ("with maximum sustained winds").
_MODIFIER_PREPOSITIONS = frozenset("with of in at for on from".split())
#: Words that open a clause between commas after a subject.
_RELATIVE_OPENERS = frozenset("which who whose where".split())
#: Function words that may stand inside a subject, after its head ("the cost of fixing every pothole").
_SUBJECT_LINKS = DETERMINERS | _PHRASE_PREPOSITIONS | frozenset(
    "of and every each between with among against to excluding including ex".split()
)


def subject_before(body: str, sentence_start: int, start: int) -> str:
    """The noun a change verb or "of" puts the figure at ``start`` on: "the death toll rose to"
    -> "death toll". Most rules read the last few words; the subject of a short enough sentence
    is read from its first words (:func:`_opening_subject`)."""
    if body[start - 6 : start] == " from ":
        level = _TO_THEN_FROM.search(body, max(sentence_start, start - 60), start)
        if level:
            start = level.start(1)  # "rose to 46.8 per cent from 41.2 per cent": the earlier level is the same subject's
    hop = _CHANGE_THEN_TO.search(body, max(sentence_start, start - 60), start) if body[start - 4 : start] == " to " else None
    if hop and hop.group(1).lower() in CHANGE_VERBS:
        start = hop.end(1)  # "Revenue grew 3.2% to 9.6 billion crowns": the level reached is the subject's too
    words = BEFORE_WORDS.findall(body, max(sentence_start, start - 80), start)  # lowered one at a time
    index = len(words)
    if index and words[index - 1].lower() == "record":  # "rose to a record 151 million"
        index -= 1
        while index and words[index - 1].lower() in _RECORD_OPENERS:
            index -= 1
    if index >= 2 and words[index - 1].lower() in _PARTICLES and words[index - 2].lower() in CHANGE_VERBS:
        index -= 1  # "imports edged up 0.9 percent"
    passive = False
    if index >= 3 and words[index - 2] == "up" and words[index - 1] in ("to", "by") and words[index - 3].lower() in UP_VERBS:
        index -= 2  # "inflation ticked up to 3.1 percent": the verb's subject
        passive = True
    elif index >= 2 and words[index - 1] == "up" and words[index - 2].lower() in UP_VERBS:
        index -= 1  # "growth picked up 0.4 percent"
        passive = True
    if index and words[index - 1].lower() in ("to", "at", "by", "of"):
        index -= 1
        if words[index].lower() == "of":
            return " ".join(_of_phrase(words, index))
        if words[index].lower() == "at" and index >= 2 and words[index - 1].lower() in _SETTING_PARTICIPLES:
            passive = words[index - 2].lower() in _VERB_HELPERS  # "the tax, which has been frozen at 53.8 yen"
            set_object = [] if passive else object_before(words, index - 1)  # "a release clause set at 500 million euros"
            if set_object or not passive and not _is_change_verb(words, index - 1):
                return " ".join(set_object)
            passive = True  # "Unemployment held at 4.1%": the verb's subject
        elif index and words[index].lower() != "by" and not _is_change_verb(words, index - 1):
            return " ".join(object_before(words, index))
    if index and (passive or _is_change_verb(words, index - 1)):
        index -= 1
        while index and words[index - 1].lower() in _VERB_HELPERS:
            index -= 1
        if index >= 2 and words[index - 1] == "to" and words[index - 2].lower() in RAISING_VERBS | _LIKELY:
            index -= 2  # "Spending is expected to top", "prices are likely to rise"
            while index and words[index - 1].lower() in _VERB_HELPERS:
                index -= 1
        if index >= 2 and words[index - 1].lower() in _RELATIVE_OPENERS and words[index - 2] == ",":
            return " ".join(_head_noun(words, index - 2))  # "the minimum wage, which rose to 13.50 euros"
        index = _before_relative_clause(words, index)
        subject: list[str] = []
        clause = _reported_clause(words, index)
        if clause:  # "Figures show knife crime in the county rose": the subject opens the clause
            clause_words = words[clause:]  # the noun before the verb is read inside the clause: not "show sales"
            subject = _opening_subject(clause_words, index - clause) or _head_noun(clause_words, index - clause)
        elif start - sentence_start <= _OPENING_REACH:
            if start - sentence_start > 80 and _is_subject_run(words, 1, index):  # the sentence opens earlier
                behind = len(words) - index
                words = BEFORE_WORDS.findall(body, sentence_start, start)
                index = len(words) - behind
            subject = _opening_subject(words, index)
        return " ".join(subject or _head_noun(words, index))
    return ""


def _is_change_verb(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a verb of :data:`CHANGE_VERBS`, or of
    :data:`BASE_CHANGE_VERBS` after a modal or "to" ("would reach", "expected to top")."""
    word = words[index].lower()
    if word in CHANGE_VERBS:
        return True
    return word in BASE_CHANGE_VERBS and index > 0 and (words[index - 1].lower() in MODALS or words[index - 1] == "to")


def _of_phrase(words: list[str], end: int) -> list[str]:
    """The noun before the "of" of a figure at ``end``, with the phrase it heads when that is
    itself "X of Y": "a margin of error of 3 points" -> "margin of error", "a loss of revenue of"."""
    noun = _trailing_noun(words, end)
    start = end - len(noun)
    if not noun or start < 2 or words[start - 1].lower() != "of":
        return noun
    head = _trailing_noun(words, start - 1)
    if len(head) != 1 or head[0].lower() in QUANTITY_HEADS or start - 2 < 1 or words[start - 3].lower() not in DETERMINERS:
        return noun  # only a determiner's single noun: "the number of", "the cost of the deployment" stay apart
    return [*head, "of", *noun]


def _reported_clause(words: list[str], end: int) -> int:
    """Where the clause whose verb is at ``end`` opens, after a verb that reports or shows it
    ("said", "show", "found", "that"), within twelve words; 0 when none stands there.

    A word of :data:`CLAUSE_VERBS` that opens the sentence or follows a determiner is a noun
    ("Reports of attacks rose", "the findings show"), and one right before the verb is the subject.
    """
    for index in range(end - 2, max(0, end - 12), -1):
        word = words[index].lower()
        if word in CLAUSE_VERBS and words[index - 1].lower() not in DETERMINERS and words[index - 1][:1].isalpha():
            return index + 1
        if not word[:1].isalpha():
            return 0  # a comma or a mark: another clause
    return 0


def object_before(words: list[str], end: int, *, hop: bool = True) -> list[str]:
    """The object a figure after "to" or "at" sets: "raised its forecast to 3%" -> "forecast",
    "raised the number of injured agents to 63" -> "injured agents".

    Only a noun phrase opened by a determiner counts, so that a verb ("returned to 50") does not;
    one phrase after it is passed over ("raised the toll in the region to 64").
    """
    if end >= 2 and words[end - 1].lower() in _PERIODS and words[end - 2].lower() in _PERIOD_OPENERS:
        end -= 2  # "cut its forecast this year to 0.3 percent"
    start = end
    while start and end - start < 3 and words[start - 1][:1].isalpha() and words[start - 1].lower() not in LABEL_STOPS:
        if start < end and _is_verb_after(words, start - 1):
            break  # "The Fed kept rates at 5.25%": the object opens after its verb
        start -= 1
    if start == end or not start or _is_verb(words[end - 1].lower()):
        return []  # "returned to 50": a verb, no object
    opener = words[start - 1].lower()
    if start < end and _is_verb_after(words, start - 1):
        return words[start:end]
    if start >= 2 and opener not in LABEL_STOPS and opener.isalpha() and words[start - 2].lower() in DETERMINERS:
        start -= 1  # a fourth word after the determiner: "held its benchmark Selic interest rate at"
        opener = words[start - 1].lower()
    if opener in DETERMINERS and start >= 3 and words[start - 2].lower() == "of" and hop:
        head = object_before(words, start - 2, hop=False)  # "put the cost of the deployment at"
        if head and head[-1].lower() not in QUANTITY_HEADS:
            return head
    if opener in DETERMINERS and start >= 2 and words[start - 2].lower() in _OBJECT_PHRASES and hop:
        return object_before(words, start - 2, hop=False) or words[start:end]  # "the toll in the region to"
    if opener in DETERMINERS:
        return words[start:end]
    if opener in _OBJECT_PHRASES and hop:  # "brought the toll since October to"
        return object_before(words, start - 1, hop=False)
    quantity = start >= 2 and opener == "of" and words[start - 2].lower() in QUANTITY_HEADS
    return words[start:end] if quantity else []


def _is_verb(word: str) -> bool:
    """Whether a lower-cased word is a verb form: a participle, an "-ed" or "-ing" verb."""
    return word in VERB_FORMS or is_verb_form(word)


def _is_verb_after(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a verb after its subject ("The Fed kept rates"), not an
    adjective after a determiner or "of" ("the number of injured agents")."""
    return _is_verb(words[index].lower()) and index > 0 and words[index - 1].lower() not in _SUBJECT_LINKS


def _before_relative_clause(words: list[str], end: int) -> int:
    """Where the subject ends when a clause between commas stands before its verb:
    "Core inflation, which strips out food and energy, was 3.1%" -> after "inflation"."""
    if not end or words[end - 1] != ",":
        return end
    for index in range(end - 2, max(-1, end - 20), -1):
        if words[index] == ",":
            opener = words[index + 1].lower()
            if opener in _RELATIVE_OPENERS or end - index <= 4 and all(word.isalpha() and word.islower() for word in words[index + 1 : end - 1]):
                return index  # "Property investment, however, fell": an adverb set off between commas
            return end
    return end


def _opening_subject(words: list[str], end: int) -> list[str]:
    """The first noun phrase of a sentence whose words up to its verb at ``end`` all make one
    subject, past the phrases that follow its head: "The cost of fixing every pothole and damaged
    road in England and Wales has risen" -> "cost"; "Shares in listed subsidiary X fell" -> "Shares".

    Any other function word, a punctuation mark or an "-ed" verb after a noun ("Data showed
    exports rose") means the sentence does not open with the subject, and nothing is read.
    """
    start = 0
    while start < end and words[start].lower() in DETERMINERS:
        start += 1
    if end - start == 4 and all(
        word[:1].isalpha() and word.lower() not in LABEL_STOPS and (not _is_verb(word.lower()) or index == 0 < start)
        for index, word in enumerate(words[start:end])
    ):  # an "-ed" word right after the determiner is an adjective: "the surveyed urban unemployment rate"
        return words[start:end]  # "Average household water bills will rise": four words, all of them the subject
    participle = _participle_phrase(words, start, end)
    if participle:
        return words[start:participle]  # "The original budget approved in 2019 was"
    head = start
    while head < end and head - start < 3 and words[head].lower() not in _SUBJECT_LINKS:
        head += 1
    link = words[head].lower() if head < end else ""
    if head == start or link not in _SUBJECT_LINKS or link in DETERMINERS or not _is_subject_run(words, start + 1, end):
        return []  # no phrase after the head (the noun before the verb is read as before), or a verb
    if words[start].lower() in QUANTITY_HEADS and head - start == 1 and words[head].lower() == "of":
        return words[head + 1 : min(_next_link(words, head + 1, end), head + 4)]  # "The number of confirmed cases"
    return words[start:head]


def _participle_phrase(words: list[str], start: int, end: int) -> int:
    """Where a participle that modifies the subject opens, one to three words after ``start``
    and followed by a preposition or a time ("The budget approved in 2019 was", "Shares sold
    last week were"), with only words, years and links up to the verb at ``end``; else 0."""
    for index in range(start + 1, min(start + 4, end - 1)):
        word = words[index].lower()
        if not word[:1].isalpha() or word in LABEL_STOPS:
            return 0
        if word.endswith("ed") and is_verb_form(word) or word in PARTICIPLES:
            following = words[index + 1].lower()
            if following in _PARTICIPLE_FOLLOWERS and _is_subject_run(words, index + 1, end):
                return index
            return 0
    return 0


def _is_subject_run(words: list[str], begin: int, end: int) -> bool:
    """Whether the words from ``begin`` to ``end`` may all belong to one subject: no mark, no
    function word but those of :data:`_SUBJECT_LINKS`, no "-ed" verb after a noun."""
    for index in range(end - 1, begin - 1, -1):  # from the verb back: a break is found sooner
        word = words[index]
        lower = word.lower()
        mark = not word[:1].isalpha() and not word.isdigit() and word not in "-."
        if mark or lower in LABEL_STOPS and lower not in _SUBJECT_LINKS:
            if lower not in _PERIOD_WORDS:  # "Yields on 10-year notes maturing in January 2027", "sales for the year to date"
                return False
        if lower.endswith("ed") and index and words[index - 1].lower() not in _SUBJECT_LINKS:
            return False
    return True


def _next_link(words: list[str], start: int, end: int) -> int:
    """The first function word of :data:`_SUBJECT_LINKS` at or after ``start``, else ``end``."""
    return next((index for index in range(start, end) if words[index].lower() in _SUBJECT_LINKS), end)


def _head_noun(words: list[str], end: int) -> list[str]:
    """The subject before a verb, past its prepositional phrases: "Waiting lists in England"."""
    noun = _trailing_noun(words, end)
    for _ in range(3):
        start = end - len(noun)
        if start and words[start - 1].lower() in DETERMINERS:
            start -= 1
        if not noun or not start or words[start - 1].lower() not in _PHRASE_PREPOSITIONS:
            break
        head = _trailing_noun(words, start - 1)
        if not head:
            break
        noun, end = head, start - 1
    return noun


def _trailing_noun(words: list[str], end: int) -> list[str]:
    """The noun phrase that ends at ``end``, up to three words, without the verb before it."""
    start = end
    while start > 0 and end - start < 3 and words[start - 1][:1].isalpha() and words[start - 1].lower() not in LABEL_STOPS:
        word = words[start - 1].lower()
        ahead = words[start - 2].lower() if start >= 2 else ""
        if start < end and ahead in _PERFECT_AUXILIARIES:
            break  # "we have seen drawdowns of": the participle of a perfect is a verb
        if start < end and (word in VERB_FORMS or is_verb_form(word)) and ahead not in DETERMINERS and not _is_modifier_run(words, start - 2):
            # "stole jewels worth", "caused losses of": a verb ends the noun (but "a combined funding gap")
            if not (start == 1 and word.endswith("ing") and words[0][:1].isupper()):
                break  # but "Operating profit rose", "Selling prices fell": a modifier opening the sentence
        if start < end and (ahead in MODALS or ahead in _VERB_HELPERS and start >= 3 and words[start - 3].lower() in MODALS):
            break  # "will impose tariffs of", "would also offer tax credits of": a verb after a modal
        if start < end and word[-1:] == "s" and is_plural(word) and word not in _PLURAL_MODIFIERS and word.isalpha():
            break  # "charged app developers commissions of": a plural before the head is another object
        start -= 1
    if end - start > 1 and words[start].lower() in _FORECAST_VERBS and (
        not start or not words[start - 1][:1].islower()
    ):
        start += 1  # "Li Qiang, a researcher, forecast growth of": a verb after its subject
    for index in range(end - 2, start, -1):
        if words[index].lower() in _FORECAST_VERBS:
            return words[index + 1 : end]  # "the government forecasts growth of", "economists expect inflation of"
    return words[start:end]


def _is_modifier_run(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is an adjective opening a phrase after a preposition, so that
    an "-ed" word after it is a modifier too: "with maximum sustained winds of", "from an
    estimated ... " (but "police seized weapons of" keeps the verb apart)."""
    return index >= 1 and words[index][:1].isalpha() and words[index].lower() not in LABEL_STOPS and (
        words[index - 1].lower() in _MODIFIER_PREPOSITIONS and not _is_verb(words[index].lower())
    )
