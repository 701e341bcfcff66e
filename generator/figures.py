"""Numeric facts (counts, money, percentages) and the dates kept apart from them.

A figure is a number the article states as a fact: "more than 3,000 arrested", "$3.2 billion",
"45 per cent of voters". Each is a number or a range as :mod:`generator.numbers` finds and reads
it, with the hedge written before it (looked up in :data:`HEDGES`, past an opening quotation
mark or bracket: 'killed "more than 120 fighters"', "(about $2 billion)") or after it ("or
more"). A name several countries give their currency ("9.6 billion crowns") takes the country
the article named earlier ("Norwegian crowns": NOK), else stays out of the figure, which then
counts "crowns"; a bare amount set against money in the same sentence takes its currency when
both write the same scale and only a word of comparison stands between ("1.12 billion crowns,
against 1.05 billion a year earlier"; "up from", "compared with", "versus"). It is then refused when it is
something else written with digits or number words:

- a date, a year or a time ("January 19", "since 1990", "10:30", "0800 GMT"): dates and years go
  to :func:`extract_dates`, times are dropped;
- a time frame rather than a quantity ("two years ago", "the past five years", "within five
  years", "Over nine years, he ..." or "rose 12% over two years", "the first half of the year";
  "ago", "earlier" and "later" however hedged or scaled: "about 4.6 billion years ago"; a span
  after "after" or "within", hedged or not: "after six hours of fighting"; after "in" only
  following a verb of a countdown, :data:`_COUNTDOWN_VERBS`: "the recess begins in just under
  10 weeks"; after "over" and the noun it times: "added to the fleet over two years"); a span
  that is itself the fact stays ("jailed for seven years", "for over 20 years", "sold out in
  under two hours", "its lowest level in three weeks", "doubled in two years");
- an age ("aged 34", every one of "aged 20 and 22", "34-year-old", "John Smith, 34,", a bare
  number said of a person: "She was 91.", "when he was 12,"), a bracket of the plural noun
  before "under"/"over" with nothing counted after it ("children under five are", "people over
  65 living alone") or with a number too small for a crowd whatever verb follows ("children
  under 5 accounted for"; "teams under 10 players" counts players), a compound modifier ("a two-day visit", "a 10-point plan": it describes a
  thing rather than counting anything; money and "-strong" compounds stay figures: "a
  £1.5bn-a-year deal", "a 5,000-strong force");
- part of a name ("G7", "Covid-19", "Boeing 737", "iPhone 16", "Article 5", "No. 10", "the Group
  of Seven"), a phone number or line ("call police on 101"), a reference ("log 1187"), a code
  with a leading zero, a street number, a list marker ("1.", "(3)"), a score or a vote ("won
  3-1", "a 6-3 ruling");
- "one" used as a pronoun, an idiom or a source ("one of the largest", "no one", "one day", "one
  person familiar with the talks said", "Two of the people said", "three of them told
  Reuters"). "One" followed by "of" is never a figure, since "one of
  the biggest" is far more common in copy than "one of the dead"; other numbers followed by "of
  whom"/"of them" are ("two of whom were found beheaded").

What is counted (``label``) is read from the words of the sentence, never invented, by the first
rule that gives something (see :func:`_label`):

1. the noun phrase right after the number ("some 20,000 men" -> "men"), or after "of" ("45% of
   voters" -> "voters", past a possessive: "37% of last year's request"), or after the
   determiner of a "half" ("half the population" -> "population"), extended with the predicate
   when the counted noun is the subject of a passive or perfect verb, because "people" alone
   says little ("18 people have been injured" -> "people injured"; "3,000 “criminals” have been
   arrested" -> "criminals arrested"), or by an event verb with no object (:data:`EVENT_VERBS`:
   "47 migrants drowned off the coast" -> "migrants drowned", but "300 delegates attended"),
   with a state after it ("had been reported missing" -> "people reported missing"), or shared
   with a second count joined by "and" ("37 soldiers and 12 civilians were killed" -> "soldiers
   killed"; but "are expected to use", a verb of :data:`_RAISING_VERBS` before "to", adds
   nothing), and, when
   the figure opens its sentence or a reported clause, past up to two clauses set off by commas
   ("Two other men, aged 20 and 22, who ..., have been released" -> "other men released"); an
   "-ed" word alone after the number is a verb, and a verb right after a measure that follows
   "of" sends the reading to rule 3 ("gusts of up to 50 mph pushed flames" -> "gusts");
2. the predicate alone when no noun follows ("two of whom were found beheaded" -> "found
   beheaded", "3,000 were arrested" -> "arrested");
3. the subject of a change verb when the number is its complement ("the toll rose to 50" ->
   "toll", "a fine of $5 million" -> "fine"), read past "a record", a clause between commas
   ("Core inflation, which ..., was 3.1%") and adverbs ("had already climbed"), and, when the
   sentence or the clause after a reporting or showing verb (:data:`CLAUSE_VERBS`: "Figures show
   knife crime in the county rose" -> "knife crime") opens with it, the phrases after its head
   ("Shares in listed subsidiary X fell 2%" -> "Shares", "Trade between the two sides was worth"
   -> "Trade"; "the number of" gives what it counts), past the figure of a change before "to"
   ("Revenue grew 3.2% to 9.6 billion crowns" -> "Revenue" for both), a particle ("imports
   edged up 0.9 percent"), the relative pronoun of a clause ("the minimum wage, which rose to"
   -> "minimum wage"), a phrase after the head ("rail-sea shipments through the port grew"), a
   compound adjective ("heat-related deaths") or an "-ing" modifier opening the sentence
   ("Operating profit"), and without a verb of forecast after a name or a comma ("Li, a
   researcher, forecast growth of" -> "growth"); the noun before "of" keeps an "-ed"
   adjective after a determiner ("a combined funding gap of") and drops a verb after a modal
   ("will impose tariffs of" -> "tariffs"); or the object a figure after "to"/"at" sets ("raised
   the number of injured agents to 63" -> "injured agents", "put the toll in the region at 212"
   -> "toll", "put the cost of the deployment at" -> "cost", "cut its growth forecast for
   Germany this year to" -> "growth forecast"), or the noun a participle of :data:`_SETTING_PARTICIPLES`
   sets "at" ("a release clause set at 500 million euros" -> "release clause").

Otherwise the label is empty. The hedge is kept verbatim in ``text`` and alone in ``qualifier``;
a range keeps "between" as its qualifier, and a vague plural ("hundreds") is its own qualifier,
because the word itself says the number is rough. "From 13.8% to 15%" gives two figures, a
before and an after, not a range.

Knowingly missed: years written as counts without a noun ("1500 died" reads as a year), counts
right after a capitalised word that is not a name ("Tuesday's 40 deaths" is kept, "in Kabul 40
died" is not), labels that need a parser ("the leaders of 27 countries" -> "countries" is right,
"rates rose for a 10th month" has no figure at all), a noun after the number that follows an
adjective ("half the population short of food" is cut at the adjectives of :data:`PREDICATIVES`
only), a letter alone after a number (read as an abbreviation, "6.5 cents U.S.", so "Plan B"
gives no label), "over" and a span after a noun that names the span's own fact ("ruled the
country over 30 years" is dropped), a measure written as a word ("waves of up to 8 metres battered" reads "metres"), a
predicate past inserted clauses when the figure is an object ("cut 300 jobs, its chief said, and
closed" keeps "jobs"), "pounds of" (money or a weight: "5 pounds of sugar" keeps no unit), an
age said of "they" ("They were 40" stays a count), a countdown after a verb outside
:data:`_COUNTDOWN_VERBS` ("will open to the public in six weeks" is kept), an "-ing" word opening
a sentence that is a verb ("Beating forecasts of 200,000" reads "Beating forecasts"), nouns in "-ing" outside :data:`ING_NOUNS` before
a change verb's subject, and a figure a sentence repeats is listed each time.

Scores of the third batch of whole articles (:mod:`tests.corpus_figures_heldout`, ``ARTICLES_3``):
blind, precision 0.851, recall 0.874, F1 0.862, label 0.900; after one round of fixes,
precision 0.982, recall 1.000, F1 0.991, label 1.000 against its expectations as first written,
and 1.000 throughout once four spans after "in" the batch had left out were added (see that
module); the batch is no longer blind."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from generator.lexicon import REPORTING_VERBS
from generator.model import Article, DateMention, Figure, Quote, Sentence
from generator.numbers import CARDINALS, SHARED_CURRENCY_WORDS, Amount, find_numbers, named_currency, read_amount

#: Hedges written before a number, kept verbatim as the figure's qualifier. Words that stress a
#: number without making it rough ("only 15", "just 40", "a record 3,000") are not hedges.
HEDGES = (
    "more than", "less than", "fewer than", "greater than", "higher than", "lower than",
    "upwards of", "in excess of", "as many as", "as much as", "as few as", "as little as",
    "as high as", "as low as", "no more than", "no fewer than", "no less than", "not more than",
    "at least", "at most", "up to", "close to", "nearly", "almost", "about", "around", "roughly",
    "approximately", "an estimated", "estimated", "some", "over", "under", "below", "above",
    "circa", "more or less", "an average of", "a maximum of", "a minimum of", "the best part of",
    "nigh on",
)
#: Words that strengthen a hedge ("just over", "well over", "slightly more than").
INTENSIFIERS = ("just", "well", "slightly", "far", "much", "a little", "substantially", "significantly")
#: Hedges written after the number ("3,000 or more", "50-odd").
TRAILING_HEDGES = r"\s+or\s+(?:more|so|fewer|less)\b|[-‐]?plus\b|[-‐]odd\b"

#: Lower-case words after which a number names something instead of counting it.
NAMING_WORDS = frozenset(
    """
    no no. nos. number page pages room article section chapter flight route highway platform gate
    level phase category grade version model size channel line paragraph clause rule season
    episode stage round act verse psalm track lane exit terminal bus tram call dial top day week
    game match leg heat log reference ref ref. extension ext. #
    """.split()
)
#: Capitalised words that may precede a count mid-sentence without making it a name.
CAPITALISED_OK = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December I
    """.split()
)
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

#: Words that end the counted noun phrase.
LABEL_STOPS = frozenset(
    """
    the a an of in on at to from by for with without and or but nor as than that which who whom
    whose this these those it its their his her our your my we they he she i you there here them
    us him me
    was were is are be been being have has had will would could should may might can must do
    does did not no so if then when where while after before since until about into onto over
    under between during against among amid across through per each every some any all both
    more most such only also just even still yet already again ago according said says
    say told tells reported while aged year month week day yesterday today tonight tomorrow last next this monday tuesday
    wednesday thursday friday saturday sunday including like near outside inside around within
    via upon toward towards despite beyond below above behind ahead another
    """.split()
)
#: Plurals without a final "s".
PLURALS = frozenset("people men women children police personnel staff cattle sheep fish aircraft feet teeth mice".split())
#: Past participles that do not end in "-ed" or "-en".
PARTICIPLES = frozenset(
    """
    found held hurt shot left kept lost caught sent brought put cut hit made paid sold told won
    shut struck stuck spent built burnt burned sent led fled felt met bought fought thought stole
    stolen broke broken took gave given rose fell set
    """.split()
)
#: Verbs in "-s" that follow a singular noun and would pass for a plural ("the population lives").
S_VERBS = frozenset(
    "lives goes remains says has is was needs faces lacks gets makes takes comes holds works pays owns stands wants".split()
)
#: Verbs that say what happened to the people counted, added to the label even with no auxiliary
#: ("47 migrants drowned off the coast" -> "migrants drowned").
EVENT_VERBS = frozenset(
    """
    died killed injured wounded hurt drowned arrested detained displaced evacuated missing dead
    fled rescued infected hospitalised hospitalized affected trapped stranded abducted kidnapped
    executed deported jailed sentenced charged convicted released freed damaged destroyed flooded
    """.split()
)
#: Words after which a verb has no object ("drowned off the coast", "died in hospital").
PREPOSITIONS = frozenset(
    """
    in on at to from by for with without into onto off out up down away back near after before
    during since until over under across through around outside inside amid among and but or as
    when while overnight yesterday today last this
    """.split()
)
#: Adjectives that say something of the noun before them rather than qualify one after
#: ("half the population short of food", "a third of the workforce unable to work").
PREDICATIVES = frozenset("short unable able likely unlikely eligible dependent reliant aware afraid ready due".split())
#: States a participle may take after it: "two people had been reported missing", "found dead".
STATES = frozenset("missing dead alive safe".split())
#: Auxiliaries before a predicate ("have been arrested").
AUXILIARIES = frozenset("have has had were was are is been being be will would get got reportedly also".split())
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
    dived plummeted spiked shed improved worsened
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
#: Words in "-ing" that name a thing or a trade, not an action, in the noun before a figure:
#: "mining output jumped 4.5%", "housing starts fell" (but "beating forecasts of 200,000").
ING_NOUNS = frozenset(
    """
    mining manufacturing housing lending borrowing spending building shipping banking farming
    trading funding pricing retailing clothing heating engineering advertising gaming betting
    polling nursing schooling catering processing refining fishing hiring sterling
    """.split()
)
#: Nouns that count what follows their "of": "the number of injured agents rose to 63" is about
#: the agents.
QUANTITY_HEADS = frozenset("number total tally count".split())
#: Nouns that make a bare four-digit number a count rather than a year ("1500 people").
COUNT_NOUNS = frozenset(
    "people persons men women children troops soldiers protesters residents workers officers police".split()
)

#: Every hedge with and without an intensifier, lower-cased, for a lookup by the words before a number.
_HEDGE_PHRASES = frozenset(
    [h for h in HEDGES] + [f"{i} {h}" for i in INTENSIFIERS for h in HEDGES if i != h]
)
_LONGEST_HEDGE = max(len(h.split()) for h in _HEDGE_PHRASES)
_PHRASE_PREPOSITIONS = frozenset("in from at for on across through via".split())
_DETERMINERS = frozenset("the a an his her its their our all these those".split())
_MODALS = frozenset("will would could should may might must can shall".split())
_VERB_HELPERS = frozenset(
    "has have had been will would could may might is was are were be already also now just still further".split()
)
#: Words between "to" and "record" that stress a level ("to a new record").
_RECORD_OPENERS = frozenset("a an new fresh all-time".split())
#: How far from the opening of its sentence a figure may stand for its subject to be read there.
_OPENING_REACH = 160
#: Periods a phrase of time names between an object and the "to" of its figure ("this year").
_PERIODS = frozenset("year month week quarter".split())
_PERIOD_OPENERS = frozenset("this next last".split())
#: Prepositions of a phrase between an object and the "to" of its figure.
_OBJECT_PHRASES = _PHRASE_PREPOSITIONS | frozenset(("since",))
#: A change verb, its figure and "to" before a figure: "grew 3.2% to", "rose by 14 percent to".
_CHANGE_THEN_TO = re.compile(
    r"([A-Za-z]+)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|less\s+than)\s+)?[$£€]?\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)?\s+to\s+$"
)
#: Particles after a change verb: "edged up 0.9 percent", "was down 3%".
_PARTICLES = frozenset("up down".split())
#: Participles that, before "to", announce what the counted will do, not what happened to them:
#: "2.7 lakh commuters are expected to use the line", "200 flights are set to be cancelled".
_RAISING_VERBS = frozenset("expected set due scheduled slated projected forecast thought believed poised tipped".split())
#: Verbs of a forecast that a noun phrase after a name or a comma may open: "Li, a researcher,
#: forecast growth of 3%", "Analyst Jane Doe expects margins of" (but "its forecast growth").
_FORECAST_VERBS = frozenset("forecast forecasts predict predicts predicted project projects expect expects see sees saw".split())
#: Participles that set a figure "at" for the noun before them: "a release clause set at".
_SETTING_PARTICIPLES = frozenset("set fixed capped pegged priced valued put estimated pitched".split())
#: Words that open a clause between commas after a subject.
_RELATIVE_OPENERS = frozenset("which who whose where".split())
#: Function words that may stand inside a subject, after its head ("the cost of fixing every pothole").
_SUBJECT_LINKS = _DETERMINERS | _PHRASE_PREPOSITIONS | frozenset(
    "of and every each between with among against to".split()
)
#: For each last word of a hedge, the lengths in words of the hedges it ends, longest first.
_HEDGE_LENGTHS = {
    end: sorted({len(h.split()) for h in _HEDGE_PHRASES if h.split()[-1] == end}, reverse=True)
    for end in {h.split()[-1] for h in _HEDGE_PHRASES}
}
_NOUN_STOPS = LABEL_STOPS | S_VERBS
_VERB_FORMS = PARTICIPLES | EVENT_VERBS
_TRAILING = re.compile(TRAILING_HEDGES, re.IGNORECASE)
#: What stands between an amount of money and a bare one it is compared with.
_COMPARED = re.compile(
    r"(?:\)\s*)?,?\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)\s+from|from|after)\s+(?:a\s+|an\s+)?"
    r"(?:(?:previous|prior|revised|year-earlier)\s+)?(?:(?:estimate|forecast|figure|total)\s+of\s+)?",
    re.IGNORECASE,
)
#: A name several countries give their currency, right after a number ("9.6 billion crowns").
_SHARED_OPENINGS = frozenset(word[:2] for word in SHARED_CURRENCY_WORDS)  # one look spares most numbers the match
_SHARED_CURRENCY = re.compile(rf"\s+({'|'.join(sorted(SHARED_CURRENCY_WORDS))})\b", re.IGNORECASE)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# Month first, then day first: each pattern opens with one character class, which the regex
# engine scans for quickly.
_MONTH_DATE = re.compile(rf"{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?!\d|,\d{{3}})(?:,?\s+{_YEAR}(?!\d))?|(?:of\s+)?{_YEAR}(?!\d))")
_DAY_DATE = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}(?!\d))?"
    rf"|{_YEAR}-\d\d-\d\d\b|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d\d)\b"
    rf"|{_YEAR}(?:s|[-–/](?:{_YEAR}|\d\d)(?!\d))?(?![\w%$£€]|[.,]\d)"
)
_DIGIT_RUN = re.compile(r"\d\d*")  # as "\d+", found faster by the regex engine
_MONTH_BEFORE = re.compile(rf"{_MONTH}\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}")
_YEARS = re.compile(rf"{_YEAR}(?:[-–/](?:{_YEAR}|\d\d))?")
_TIME = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?!\w)|\d{1,2}:\d\d"
    r"|\d{4}\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local\s+time)\b|\d{1,2}\s+o['’]clock\b",
    re.IGNORECASE,
)
_PHONE = re.compile(r"\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}\b|\d{3}[.-]\d{4}\b")
_STREET = re.compile(
    r"\d+[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Square|Place|Way|Court|Terrace|Crescent|Highway)\b"
)
_TIME_PHONE_OR_STREET = re.compile(f"(?i:{_TIME.pattern})|{_PHONE.pattern}|{_STREET.pattern}")
# "aged 34", "aged over 65", and the others of "aged 20 and 22", "aged 15, 16 and 17".
_AGED = re.compile(
    r"\b(?:aged|age|ages)\s+(?:of\s+|over\s+|under\s+)?(?:\d{1,3}(?:,\s+|\s+(?:and|or)\s+))*$", re.IGNORECASE
)
# "She was 91.", "when he was 12,": a bare number said of a person, with nothing counted after it.
_PERSON_WAS = re.compile(r"\b(?:he|she|i|who)\s+(?:was|is|am|turned|turns)\s+$", re.IGNORECASE)
_PERSON_VERBS = ("was ", "is ", "am ", "turned ", "turns ")
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)!?”\"]|$|\s(?:when|and|but|at|in|on|as|while)\b)")
# "call police on 101", "ring the hotline on 111": a phone line, not a count.
_CALL_ON = re.compile(
    r"\b(?:call|ring|phone|contact|text|dial)\s+(?:the\s+)?(?!for\b|on\b)[a-z]+\s+on\s+$", re.IGNORECASE
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
_COUNT_COMPOUND = re.compile(r"[-‐](?:strong|plus)\b")
_TIME_UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)"
_TIME_UNIT = re.compile(rf"\s+{_TIME_UNITS}\b")
#: Prepositions that make a span after them a time frame, however hedged: "after six hours of
#: fighting", "within about five years". "In" does only after a verb of :data:`_COUNTDOWN_VERBS`:
#: "sold out in under two hours", "the lowest in three weeks", "fell in 24 hours" say how long.
_WHEN_PREPOSITIONS = frozenset("within after".split())
#: Verbs whose "in" and a span say when from now: "the recess begins in just under 10 weeks".
_COUNTDOWN_VERBS = frozenset(
    "begins begin starts start ends end expires expire opens open closes close resumes resume due".split()
)
#: Verbs in the present whose span is the fact ("they serve over 20 years"), for the "over" rule.
_SPAN_VERBS = frozenset("serve serves last lasts take takes spend spends span spans wait waits".split())
_RELATIVE_TIME_AFTER = re.compile(rf"\s+{_TIME_UNITS}\s+(?:ago|earlier|later|before|after|from\s+now)\b")
_AGO = re.compile(rf"\s+{_TIME_UNITS}\s+(?:ago|earlier|later|from\s+now)\b")
_RELATIVE_TIME_BEFORE = re.compile(r"\b(?:past|last|next|previous|coming|first|final|recent|within)\s+$", re.IGNORECASE)
# "the first half of the year", "the second half of the match": a part of a period, not of a whole.
_PERIOD_PART_BEFORE = re.compile(r"\b(?:first|second|last|latter|final|opening|closing|back|front)\s+$", re.IGNORECASE)
# A word with the quotation marks around it: neither the marks nor the word hold a space.
_TOKEN = r"[“\"‘'«]?(?:[A-Za-z][\w’'-]*|\d[\d,.]*\d|\d)[”\"’'»]?"
# Up to eight words after a number, set apart by spaces ("people, and" ends at the comma).
_TOKEN_RUN = re.compile(rf" *{_TOKEN}(?: +{_TOKEN}){{0,7}}")
_CLOSING_MARKS = frozenset("”\"’'")
_QUOTE_MARKS = frozenset("“\"‘'«")
_OPENING_QUOTES = frozenset("“\"‘«")
_QUOTE_OPENERS = "“\"‘«'"  # what an opening quotation mark may be written with, for str.lstrip
_HEDGE_OPENERS = _QUOTE_OPENERS + "("  # what may stand glued before a hedge
_WORDS = re.compile(r"[A-Za-z#][\w’'.-]*|[^\sA-Za-z]")
_SPACE = re.compile(r"\s+")
# A word ("U.S." whole, with its points: inside a sentence, a point ends no other word) or a mark.
_BEFORE_WORDS = re.compile(r"[A-Za-z][\w’'.-]*|[^\sA-Za-z]")


class _Found(NamedTuple):
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


def extract_figures(
    article: Article, quotes: tuple[Quote, ...] = (), claims: Mapping[str, str] | None = None
) -> tuple[Figure, ...]:
    """Every numeric fact in reading order, with its hedge kept verbatim."""
    claims = claims or {}
    body = article.body
    figures = []
    previous: _Found | None = None
    for sentence, number in _by_sentence(article, find_numbers(body)):
        found = _found(body, sentence, number)
        if found and previous and found.amount.unit is None and previous.amount.unit and previous.start >= sentence.start:
            found = _continued_money(body, previous, found)
        if found and _is_figure(body, sentence, found):
            figures.append(_figure(body, sentence, found, _claimant(found.start, sentence, quotes, claims)))
            previous = found
    return tuple(figures)


def _continued_money(body: str, previous: _Found, found: _Found) -> _Found:
    """A bare amount that the sentence sets against the money just before it takes its currency:
    "1.12 billion crowns, against 1.05 billion a year earlier", "$4.1 billion, up from 3.8
    billion". Only when both write the same scale and a word of comparison alone stands between
    them, so that the reading is certain ("$5 million and 300 jobs" stays a count)."""
    unit = previous.amount.unit or ""
    if len(unit) != 3 or not unit.isupper() or found.start <= previous.end:
        return found
    scale = found.number.group("a_scale")
    if not scale or (previous.number.group("b_scale") or previous.number.group("a_scale") or "").lower() != scale.lower():
        return found
    if not _COMPARED.fullmatch(body, previous.end, found.start):
        return found
    return found._replace(amount=found.amount._replace(unit=unit))


def _by_sentence(article: Article, matches: Iterable[re.Match[str]]) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Each match with the sentence it lies in; one that straddles two sentences is dropped."""
    starts = [sentence.start for sentence in article.sentences]
    for match in matches:
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= article.sentences[index].end:
            yield article.sentences[index], match


def extract_dates(article: Article) -> tuple[DateMention, ...]:
    """Calendar dates and years ("January 19", "19 January 2022", "since 1990"), not figures.

    A four-digit number from 1500 to 2099 is a year unless money, a scale, a hedge or a count
    noun says otherwise ("1500 people"); weekdays and relative dates ("this Friday") are left out.
    """
    body = article.body
    day_first = (_DAY_DATE.match(body, m.start()) for m in _DIGIT_RUN.finditer(body))
    found = sorted([*_MONTH_DATE.finditer(body), *(m for m in day_first if m)], key=lambda m: m.start())
    dates: list[DateMention] = []
    for sentence, match in _by_sentence(article, found):
        start, end = match.span()
        if dates and start < dates[-1].end or _inside_a_word(body, start, end):
            continue
        if not _is_counted_year(body, sentence, start, end):
            dates.append(DateMention(body[start:end], sentence.id, start, end))
    return tuple(dates)


def _inside_a_word(body: str, start: int, end: int) -> bool:
    return start > 0 and (body[start - 1].isalnum() or body[start - 1] in "$£€.,/-‐") or end < len(body) and body[end].isalnum()


def _is_counted_year(body: str, sentence: Sentence, start: int, end: int) -> bool:
    """"1500 people" counts people; "in 1500" is a year."""
    if not body[start:end].isdigit():
        return False
    following = body[end : min(end + 30, sentence.end)].split(maxsplit=1)
    return bool(following) and following[0].lower().strip(",.;:") in COUNT_NOUNS


def _found(body: str, sentence: Sentence, number: re.Match[str]) -> _Found | None:
    """A number with the hedge before and after it."""
    amount = read_amount(number)
    if amount is None:
        return None
    window_start = max(sentence.start, number.start() - 40)
    before = body[window_start : number.start()]
    start, hedge = _hedge_before(before, window_start, number.start())
    end = number.end()
    if amount.unit is None and body[end + 1 : end + 3] in _SHARED_OPENINGS:
        shared = _SHARED_CURRENCY.match(body, end, sentence.end)
        unit = named_currency(body, shared.group(1), number.start()) if shared else None
        if shared and unit:  # "9.6 billion crowns" after "Norwegian crowns": the country named earlier says which
            amount, end = Amount(amount.value, unit, amount.vague, True), shared.end()
    trailing = _TRAILING.match(body, end, sentence.end)
    if trailing:
        end = trailing.end()
        hedge = hedge or trailing.group()
    if not hedge:
        between, vague, several = number.group("between", "a_vague", "a_several")  # one call for three
        group = "between" if between else "a_vague" if vague else "a_several" if several else None
        if group:
            hedge = body[number.start(group) : number.end(group)]  # "Hundreds", as written
    return _Found(number, amount, start, end, _clean(hedge), before)


def _hedge_before(before: str, window_start: int, start: int) -> tuple[int, str | None]:
    """The longest hedge among the words of ``before`` (from ``window_start`` up to the number at
    ``start``), looked up in :data:`HEDGES`."""
    last = before.rsplit(None, 1)[-1:]  # most numbers follow no hedge: one look at the last word
    if not last or not before[-1:].isspace():
        return start, None
    counts = _HEDGE_LENGTHS.get(last[0].lower())
    if not counts:
        if last[0][0] not in _HEDGE_OPENERS:
            return start, None
        counts = _HEDGE_LENGTHS.get(last[0].lower().lstrip(_HEDGE_OPENERS))  # '"about 120"', "(about $2 billion)"
        if not counts:
            return start, None
    words = before.split()[-_LONGEST_HEDGE:]
    for count in counts:  # only the lengths of the hedges that end with this word, longest first
        # an opening quotation mark may stand before the hedge: 'killed "more than 120 fighters"'
        if count <= len(words) and " ".join(words[-count:]).lower().lstrip(_HEDGE_OPENERS) in _HEDGE_PHRASES:
            first = len(before)
            for word in reversed(words[-count:]):  # where the hedge opens: each word found backwards
                first = before.rindex(word, 0, first)
            first += len(words[-count]) - len(words[-count].lstrip(_HEDGE_OPENERS))
            return window_start + first, before[first:].rstrip()
    return start, None


def _clean(hedge: str | None) -> str | None:
    return _SPACE.sub(" ", hedge.strip(" -‐")) if hedge else None


def _is_figure(body: str, sentence: Sentence, found: _Found) -> bool:
    """Refuse numbers that date, name or describe something instead of counting it."""
    number, amount = found.number, found.amount
    start = number.start()
    first = body[start]
    before = found.before
    after = body[found.end : min(sentence.end, found.end + 40)]
    plain = not amount.scaled and not found.hedge
    if after[:1] in _GLUE_MARKS and _GLUED_AFTER.match(after) and not (amount.unit or _COUNT_COMPOUND.match(after)):
        return False  # "two-day visit", "24/7", "3:1" (but "£1.5bn-a-year", "a 5,000-strong force")
    if body[start - 1 : start] == "+" or _is_code_or_marker(body, sentence, number, before, after):
        return False
    if not amount.unit and _TIME_UNIT.match(after) and _is_time_frame(body, sentence, found, after):
        return False  # "two years ago", "within five years": when, not how many
    if first in "hH" and amount.unit == "%" and _PERIOD_PART_BEFORE.search(before):
        return False  # "the first half of the year"
    if first.isdigit() and _TIME_PHONE_OR_STREET.match(body, start, sentence.end):
        return False
    if _is_date_part(body, sentence, found, before):
        return False
    if _is_age(before, after, found, plain):
        return False
    previous = _previous_token(before)
    if previous.lower() in NAMING_WORDS or previous == "#" or previous == "on" and plain and _CALL_ON.search(before):
        return False  # "Article 5", "log 1187", "call police on 101"
    bracket = found.hedge and found.hedge.lower() in _BRACKET_HEDGES and not amount.unit
    if bracket and _is_bracket(body, sentence, found, after):
        return False  # "children under five": who, not how many
    if plain and not first.islower() and not previous.islower() and _is_name_before(previous, before):
        return False  # "Boeing 737", "Windows 11", "iPhone 16" (a name writes digits: "put Labour two points ahead")
    spelled = first.isupper() and not any(number.group("a_digits", "a_cur", "a_code"))  # a number word
    if spelled and found.start == start and not _starts_clause(before):
        return False  # "the Group of Seven", "Ocean's Eleven"
    if (number.group("a_words") or "").lower() == "one" and not amount.scaled:
        return _is_one_a_count(previous, after, bool(found.hedge))
    if plain and _describes_a_source(after, few=amount.value <= 3):
        return False
    return True


def _is_time_frame(body: str, sentence: Sentence, found: _Found, after: str) -> bool:
    """"two years ago", "the past five years", "within a decade", "Over nine years, he stole":
    when something happened or the span it took, not a count.

    "Over" is a hedge ("over 30 years of service") but for a span opening the clause ("Over
    nine years, he ...") or following the figure it spans ("rose 20% over five years").
    """
    if _AGO.match(after):
        return True  # "about 4.6 billion years ago", "more than two decades later": hedged or not
    if found.amount.scaled:
        return False
    before = body[max(sentence.start, found.start - 40) : found.start].rstrip()
    last = before.rsplit(None, 1)[-1:]
    if last and (last[0].lower() in _WHEN_PREPOSITIONS or last[0].lower() == "in" and _is_countdown(before)):
        return True  # "after six hours of fighting", "the recess begins in just under 10 weeks"
    if not found.hedge:
        return bool(_RELATIVE_TIME_AFTER.match(after) or _RELATIVE_TIME_BEFORE.search(found.before))
    if found.hedge.lower() != "over":
        return False
    return _starts_clause(before) or before.endswith(",") or bool(last) and (
        any(c.isdigit() for c in last[0]) or _is_noun_before_span(last[0].lower())
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
        word.isalpha() and word not in LABEL_STOPS and word not in _VERB_FORMS and not _is_verb_form(word)
        and not word.endswith("ly") and word not in _SPAN_VERBS
    )


def _is_bracket(body: str, sentence: Sentence, found: _Found, after: str) -> bool:
    """"children under five are", "people over 65 living alone": a bracket of the plural noun
    before the hedge, with nothing counted after the number (an age, a size, a threshold). A
    verb in "-ed" after it may have the noun as subject ("Crowds over 10,000 gathered"): a count."""
    noun = body[max(sentence.start, found.start - 24) : found.start].split()[-1:]
    if not noun or not noun[0].isalpha() or not _is_plural(noun[0].lower()) or noun[0].lower() in _NOUN_STOPS:
        return False
    following = after.split(None, 1)[:1]
    if not following or not following[0][:1].isalpha():
        return True
    word = following[0].lower()
    if found.amount.value < _BRACKET_LIMIT and not _is_plural(word):
        return True  # "children under 5 accounted for": an age, whatever verb follows
    return word in _NOUN_STOPS or word.endswith("ing")


def _is_name_before(previous: str, before: str) -> bool:
    """Whether the capitalised word before a number makes it part of a name ("Boeing 737")."""
    possessive = previous.endswith(("'s", "’s"))  # "Apple's 3,000 employees" counts
    return (
        not possessive
        and any(c.isupper() for c in previous)
        and previous not in CAPITALISED_OK
        and previous.lower() not in LABEL_STOPS
        and not _starts_clause(before)
    )


def _previous_token(before: str) -> str:
    """The last word or punctuation mark before a number ("Boeing", "No.", "(", ",")."""
    tail = before.rsplit(None, 1)[-1:]
    if tail and tail[0].isalpha() and tail[0].isascii():
        return tail[0]  # a plain word, the usual case, is one token
    tokens = _WORDS.findall(tail[0]) if tail else []
    return tokens[-1] if tokens else ""


def _is_code_or_marker(body: str, sentence: Sentence, number: re.Match[str], before: str, after: str) -> bool:
    """"0800 123 456", a list marker ("1." opening a sentence) or a bare "(3)" or "alert(1)"."""
    text = body[number.start() : number.end()]
    if text[:1] == "0" and text[1:2].isdigit() or text[:1].isdigit() and before[-2:-1].isdigit() and before[-1:] == " ":
        return True  # "0800 123 456": a phone number or a code, digits in groups
    if not before.strip() and after[:1] in ".)" and text.isdigit():
        return True
    return before.endswith("(") and after.startswith(")") and text.isdigit()


def _is_age(before: str, after: str, found: _Found, plain: bool) -> bool:
    """"aged 34", "aged between 18 and 30", "34-year-old", "Maria Lopez, 52,", "The suspect, 22,".

    Every match of :data:`_YEARS_OLD` holds "old" or "age": most texts after a number hold
    neither, and two substring tests cost less than the expression.
    """
    if found.amount.unit is not None:
        return False
    if "age" in before[-24:].lower() and _AGED.search(before):
        return True
    said_of_a_person = plain and before.endswith(_PERSON_VERBS) and _PERSON_WAS.search(before, max(0, len(before) - 12))
    if said_of_a_person and _NOTHING_COUNTED.match(after):
        return True  # "She was 91."
    if ("old" in after or "age" in after) and _YEARS_OLD.match(after):
        return True
    set_off = before.endswith((", ", " (")) and (_NAME_BEFORE.search(before) or _NAME_AFTER.match(after))
    return plain and bool(set_off) and bool(_NAME_AFTER.match(after)) and found.amount.value < 120


def _is_date_part(body: str, sentence: Sentence, found: _Found, before: str) -> bool:
    """A day next to a month, or a year (a four-digit number with no money, scale or hedge)."""
    number = found.number
    low, high, between = number.group("a_digits", "b_digits", "between")
    if low and (_ends_with_month(before) or _MONTH_AFTER.match(body, number.end(), sentence.end)):
        return True
    years = [digits for digits in (low, high) if digits]
    if found.amount.scaled or found.hedge and not between or not years:
        return False
    text = number.group()
    if text[:1] not in "12" and years[0][:1] not in "12":
        return False  # no year (1500 to 2099) begins otherwise: skips both expressions below
    if not (_YEARS.fullmatch(text) or all(_YEARS.fullmatch(y) for y in years)):
        return False
    return not _is_counted_year(body, sentence, number.start(), number.end())


def _ends_with_month(before: str) -> bool:
    """"August 19": a month name and a space end ``before``.

    A month opens with a capital, so a last word in lower case (the usual case) spares the search.
    """
    return before[-1:] == " " and not before.rstrip()[-10:].islower() and bool(_MONTH_BEFORE.search(before))


def _starts_clause(before: str) -> bool:
    """Whether nothing but an opening quote, a colon or a dash stands before, in the sentence."""
    stripped = before.rstrip()
    return not stripped or stripped[-1] in "“\"‘«(:—–" or stripped.endswith(" -")


def _is_one_a_count(previous: str, after: str, hedged: bool) -> bool:
    """"One" counts only when a noun follows it: "one person died", not "one of the largest"."""
    if hedged:
        return True
    if previous.lower() in ONE_PRONOUN_BEFORE:
        return False
    following = after.split()[:4]
    if not following or not after[:1].isspace() or following[0].lower() in ONE_IDIOMS or following[0][0].isupper():
        return False
    return not _describes_a_source(after, few=True)


#: Words after "of" in a part of a group of sources: "two of the officials said", "two of them said".
_SOURCE_GROUPS = frozenset("the those these them".split())


def _describes_a_source(after: str, *, few: bool) -> bool:
    """"two people familiar with the matter", "one official said": who speaks, not a count.

    A reporting verb right after the noun marks a source only for small numbers: "three
    witnesses told Reuters" names sources, "3,000 protesters said" reports a crowd.
    """
    if not few and "familiar" not in after.lower():
        return False  # the usual case, without splitting the words
    following = [word.lower().strip(",") for word in after.split()[:5]]
    if following[:1] == ["of"] and following[1:2] and following[1] in _SOURCE_GROUPS:
        following = following[1 if following[1] == "them" else 2 :]  # "Two of the people said", "two of them told"
    following = following[1:4]
    return "familiar" in following or few and bool(following) and following[0] in REPORTING_VERBS


def _figure(body: str, sentence: Sentence, found: _Found, claimant: str | None) -> Figure:
    return Figure(
        value=found.amount.value,
        text=body[found.start : found.end],
        qualifier=found.hedge,
        label=_label(body, sentence, found),
        claimed_by=claimant,
        sentence=sentence.id,
        unit=found.amount.unit,
        start=found.start,
        end=found.end,
    )


def _claimant(offset: int, sentence: Sentence, quotes: tuple[Quote, ...], claims: Mapping[str, str]) -> str | None:
    """The speaker of the quote the number sits in, else whoever the sentence is attributed to."""
    for quote in quotes:
        if quote.start <= offset < quote.end and quote.speaker:
            return quote.speaker
    return claims.get(sentence.id)


def _label(body: str, sentence: Sentence, found: _Found) -> str:
    """What the figure counts, in the sentence's own words (rules in the module docstring)."""
    start, end = found.start, found.end
    # past a quotation closed right after the number: 'killed "at least 40" civilians'
    closed = body[end : end + 1] in _CLOSING_MARKS and body[end + 1 : end + 2] == " "
    run = _TOKEN_RUN.match(body, end + closed, sentence.end)  # up to eight words, split once: no match per word
    text = run.group() if run else ""
    marked = text.split()
    words = [(token[1:] if token[0] in _QUOTE_MARKS else token).rstrip("”\"»’'") for token in marked]
    lower = " ".join(words).lower().split()  # once here, in one call: the rules read each word several times
    first = lower[0] if lower else ""
    position = 0
    if first == "of":
        position = 1
        if lower[1:2] and lower[1] in ("whom", "which", "them", "those", "these", "us"):
            return " ".join(_predicate(words, lower, 2))
        while position < len(lower) and (lower[position] in _DETERMINERS or lower[position][:1].isdigit()):
            position += 1
        owner = _possessor_end(lower, position) if "'s" in text or "’s" in text else 0  # "37% of last year's request"
        noun = _noun_phrase(words, lower, marked, owner) if owner else []
        if noun:
            return " ".join(words[position : owner + len(noun)])
    elif first == "more":
        position = 1
    elif first in _DETERMINERS and body[end - 4 : end].lower() == "half":
        position = 1  # "half the population", "half its staff"
    elif first[-2:] == "ed" and found.amount.unit and _is_verb_form(first) and body[start - 4 : start] == " of ":
        return _subject_before(body, sentence.start, start)  # "gusts of up to 50 mph pushed flames": a verb
    noun = _noun_phrase(words, lower, marked, position)
    if noun:
        predicate = _predicate(words, lower, position + len(noun))
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
        if predicate:
            return " ".join(predicate)
    return _subject_before(body, sentence.start, start)


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
    if _starts_clause(before):
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
        if not word.isalpha():
            break
    return 0


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
        if word in _NOUN_STOPS or word[:1].isdigit() or len(word) == 1:
            break  # a letter alone opens an abbreviation ("6.5 cents U.S."), no noun
        if noun and (
            marked[index][0] in _OPENING_QUOTES or word.endswith("ed") or word in _VERB_FORMS or word in PREDICATIVES
        ):
            break
        if not noun and index + 1 < len(lower) and lower[index + 1] == "by" and _is_participle(word):
            break  # "the record of 26 set by Wrenshaw": a passive verb, not what is counted
        noun.append(words[index])
        if _is_plural(word) and not (word in PLURALS and _is_noun_after(lower, index + 1)):
            break  # but "police officers", "people smugglers": the irregular plural is a modifier
    if len(noun) == 1 and lower[position].endswith("ed") and _is_verb_form(lower[position]):
        return []  # "Crowds of 10,000 gathered in the square": a verb alone is no noun
    return noun


def _is_noun_after(lower: list[str], index: int) -> bool:
    """Whether a plural noun follows at ``index``: "officers" in "police officers have been
    injured", not "leaves" in "one in four children leaves school", a verb with its object."""
    if index >= len(lower) or lower[index] in _NOUN_STOPS or not _is_plural(lower[index]):
        return False
    following = lower[index + 1 : index + 2]
    return (
        not following or following[0] in _NOUN_STOPS or following[0] in EVENT_VERBS or _is_participle(following[0])
        or following[0].endswith("ing")  # "12 police officers covering the town centre"
    )


def _is_plural(word: str) -> bool:
    return word in PLURALS or word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


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
    if not _is_participle(lower[index]) or lower[index] in _RAISING_VERBS and lower[index + 1 : index + 2] == ["to"]:
        return []  # "are expected to use": what is said of them comes after, not what happened
    if index == 0 and (lower[0] not in EVENT_VERBS or index + 1 < len(rest) and lower[1] not in PREPOSITIONS):
        return []  # an active verb ("met for talks", "signed the petition") says little of the count
    predicate = [rest[index]]
    if index + 1 < len(rest) and _is_participle(lower[index + 1]):
        predicate.append(rest[index + 1])  # "found beheaded"
    return predicate


def _is_participle(word: str) -> bool:
    return word not in LABEL_STOPS and word not in PLURALS and (word.endswith(("ed", "en")) or word in PARTICIPLES)


def _subject_before(body: str, sentence_start: int, start: int) -> str:
    """The noun a change verb or "of" puts the figure at ``start`` on: "the death toll rose to"
    -> "death toll". Most rules read the last few words; the subject of a short enough sentence
    is read from its first words (:func:`_opening_subject`)."""
    hop = _CHANGE_THEN_TO.search(body, max(sentence_start, start - 60), start) if body[start - 4 : start] == " to " else None
    if hop and hop.group(1).lower() in CHANGE_VERBS:
        start = hop.end(1)  # "Revenue grew 3.2% to 9.6 billion crowns": the level reached is the subject's too
    words = _BEFORE_WORDS.findall(body, max(sentence_start, start - 80), start)  # lowered one at a time
    index = len(words)
    if index and words[index - 1].lower() == "record":  # "rose to a record 151 million"
        index -= 1
        while index and words[index - 1].lower() in _RECORD_OPENERS:
            index -= 1
    if index >= 2 and words[index - 1].lower() in _PARTICLES and words[index - 2].lower() in CHANGE_VERBS:
        index -= 1  # "imports edged up 0.9 percent"
    if index and words[index - 1].lower() in ("to", "at", "by", "of"):
        index -= 1
        if words[index].lower() == "of":
            return " ".join(_trailing_noun(words, index))
        if words[index].lower() == "at" and index >= 2 and words[index - 1].lower() in _SETTING_PARTICIPLES:
            return " ".join(_object_before(words, index - 1))  # "a release clause set at 500 million euros"
        if index and words[index].lower() != "by" and words[index - 1].lower() not in CHANGE_VERBS:
            return " ".join(_object_before(words, index))
    if index and words[index - 1].lower() in CHANGE_VERBS:
        index -= 1
        while index and words[index - 1].lower() in _VERB_HELPERS:
            index -= 1
        if index >= 2 and words[index - 1].lower() in _RELATIVE_OPENERS and words[index - 2] == ",":
            return " ".join(_head_noun(words, index - 2))  # "the minimum wage, which rose to 13.50 euros"
        index = _before_relative_clause(words, index)
        subject: list[str] = []
        clause = _reported_clause(words, index)
        if clause:  # "Figures show knife crime in the county rose": the subject opens the clause
            subject = _opening_subject(words[clause:], index - clause)
        elif start - sentence_start <= _OPENING_REACH:
            if start - sentence_start > 80 and _is_subject_run(words, 1, index):  # the sentence opens earlier
                behind = len(words) - index
                words = _BEFORE_WORDS.findall(body, sentence_start, start)
                index = len(words) - behind
            subject = _opening_subject(words, index)
        return " ".join(subject or _head_noun(words, index))
    return ""


def _reported_clause(words: list[str], end: int) -> int:
    """Where the clause whose verb is at ``end`` opens, after a verb that reports or shows it
    ("said", "show", "found", "that"), within twelve words; 0 when none stands there.

    A word of :data:`CLAUSE_VERBS` that opens the sentence or follows a determiner is a noun
    ("Reports of attacks rose", "the findings show"), and one right before the verb is the subject.
    """
    for index in range(end - 2, max(0, end - 12), -1):
        word = words[index].lower()
        if word in CLAUSE_VERBS and words[index - 1].lower() not in _DETERMINERS and words[index - 1][:1].isalpha():
            return index + 1
        if not word[:1].isalpha():
            return 0  # a comma or a mark: another clause
    return 0


def _object_before(words: list[str], end: int, *, hop: bool = True) -> list[str]:
    """The object a figure after "to" or "at" sets: "raised its forecast to 3%" -> "forecast",
    "raised the number of injured agents to 63" -> "injured agents".

    Only a noun phrase opened by a determiner counts, so that a verb ("returned to 50") does not;
    one phrase after it is passed over ("raised the toll in the region to 64").
    """
    if end >= 2 and words[end - 1].lower() in _PERIODS and words[end - 2].lower() in _PERIOD_OPENERS:
        end -= 2  # "cut its forecast this year to 0.3 percent"
    start = end
    while start and end - start < 3 and words[start - 1][:1].isalpha() and words[start - 1].lower() not in LABEL_STOPS:
        start -= 1
    if start == end or not start or words[end - 1].lower() in _VERB_FORMS or _is_verb_form(words[end - 1].lower()):
        return []  # "returned to 50": a verb, no object
    opener = words[start - 1].lower()
    if opener in _DETERMINERS and start >= 3 and words[start - 2].lower() == "of" and hop:
        head = _object_before(words, start - 2, hop=False)  # "put the cost of the deployment at"
        if head and head[-1].lower() not in QUANTITY_HEADS:
            return head
    if opener in _DETERMINERS and start >= 2 and words[start - 2].lower() in _OBJECT_PHRASES and hop:
        return _object_before(words, start - 2, hop=False) or words[start:end]  # "the toll in the region to"
    if opener in _DETERMINERS:
        return words[start:end]
    if opener in _OBJECT_PHRASES and hop:  # "brought the toll since October to"
        return _object_before(words, start - 1, hop=False)
    quantity = start >= 2 and opener == "of" and words[start - 2].lower() in QUANTITY_HEADS
    return words[start:end] if quantity else []


def _before_relative_clause(words: list[str], end: int) -> int:
    """Where the subject ends when a clause between commas stands before its verb:
    "Core inflation, which strips out food and energy, was 3.1%" -> after "inflation"."""
    if not end or words[end - 1] != ",":
        return end
    for index in range(end - 2, max(-1, end - 20), -1):
        if words[index] == ",":
            opener = words[index + 1].lower()
            return index if opener in _RELATIVE_OPENERS else end
    return end


def _opening_subject(words: list[str], end: int) -> list[str]:
    """The first noun phrase of a sentence whose words up to its verb at ``end`` all make one
    subject, past the phrases that follow its head: "The cost of fixing every pothole and damaged
    road in England and Wales has risen" -> "cost"; "Shares in listed subsidiary X fell" -> "Shares".

    Any other function word, a punctuation mark or an "-ed" verb after a noun ("Data showed
    exports rose") means the sentence does not open with the subject, and nothing is read.
    """
    start = 0
    while start < end and words[start].lower() in _DETERMINERS:
        start += 1
    head = start
    while head < end and head - start < 3 and words[head].lower() not in _SUBJECT_LINKS:
        head += 1
    link = words[head].lower() if head < end else ""
    if head == start or link not in _SUBJECT_LINKS or link in _DETERMINERS or not _is_subject_run(words, start + 1, end):
        return []  # no phrase after the head (the noun before the verb is read as before), or a verb
    if words[start].lower() in QUANTITY_HEADS and head - start == 1 and words[head].lower() == "of":
        return words[head + 1 : min(_next_link(words, head + 1, end), head + 4)]  # "The number of confirmed cases"
    return words[start:head]


def _is_subject_run(words: list[str], begin: int, end: int) -> bool:
    """Whether the words from ``begin`` to ``end`` may all belong to one subject: no mark, no
    function word but those of :data:`_SUBJECT_LINKS`, no "-ed" verb after a noun."""
    for index in range(end - 1, begin - 1, -1):  # from the verb back: a break is found sooner
        word = words[index]
        lower = word.lower()
        if not word[:1].isalpha() or lower in LABEL_STOPS and lower not in _SUBJECT_LINKS:
            return False
        if lower.endswith("ed") and index and words[index - 1].lower() not in _SUBJECT_LINKS:
            return False
    return True


def _is_verb_form(word: str) -> bool:
    """An "-ing" or "-ed" word that is not a noun ("beating", "caused"; not "mining", "speed")."""
    if "-" in word:
        return False  # "heat-related", "state-owned", "debt-laden": a compound adjective
    return word.endswith("ing") and word not in ING_NOUNS or word.endswith("ed") and not word.endswith("eed")


def _next_link(words: list[str], start: int, end: int) -> int:
    """The first function word of :data:`_SUBJECT_LINKS` at or after ``start``, else ``end``."""
    return next((index for index in range(start, end) if words[index].lower() in _SUBJECT_LINKS), end)


def _head_noun(words: list[str], end: int) -> list[str]:
    """The subject before a verb, past its prepositional phrases: "Waiting lists in England"."""
    noun = _trailing_noun(words, end)
    for _ in range(3):
        start = end - len(noun)
        if start and words[start - 1].lower() in _DETERMINERS:
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
        if start < end and (word in _VERB_FORMS or _is_verb_form(word)) and ahead not in _DETERMINERS:
            if not (start == 1 and word.endswith("ing") and words[0][:1].isupper()):
                break  # but "Operating profit rose", "Selling prices fell": a modifier opening the sentence  # "stole jewels worth", "caused losses of": a verb ends the noun (but "a combined funding gap")
        if start < end and ahead in _MODALS:
            break  # "will impose tariffs of": a verb after a modal
        start -= 1
    if end - start > 1 and words[start].lower() in _FORECAST_VERBS and (
        not start or not words[start - 1][:1].islower()
    ):
        start += 1  # "Li Qiang, a researcher, forecast growth of": a verb after its subject
    return words[start:end]
