"""How the label of a figure is read: what a number counts, in the words of its sentence.

What is counted (``label``) is read from the words of the sentence, never invented, by the first
rule that gives something (see :func:`read_label`):

1. the noun phrase right after the number ("some 20,000 men" -> "men"), or after "of" ("45% of
   voters" -> "voters", past a possessive: "37% of last year's request"), or after the
   determiner of a "half" ("half the population" -> "population"), extended with the predicate
   when the counted noun is the subject of a passive or perfect verb, because "people" alone
   says little ("18 people have been injured" -> "people injured"; "3,000 “criminals” have been
   arrested" -> "criminals arrested"), or by an event verb with no object (:data:`EVENT_VERBS`:
   "47 migrants drowned off the coast" -> "migrants drowned", but "300 delegates attended"; an
   active perfect with its object adds nothing: "the two delegations had held talks" ->
   "delegations"; nor does a verb in its base form after a modal, whatever its ending: "eight
   universities will open" -> "universities"), or by a participle of a poll
   (:data:`POLL_PARTICIPLES`: "38 economists polled by Reuters" -> "economists polled"),
   with a state after it ("had been reported missing" -> "people reported missing"), or shared
   with a second count joined by "and" ("37 soldiers and 12 civilians were killed" -> "soldiers
   killed"; but "are expected to use", a verb of :data:`_RAISING_VERBS` before "to", adds
   nothing), and, when
   the figure opens its sentence or a reported clause, past up to two clauses set off by commas
   ("Two other men, aged 20 and 22, who ..., have been released" -> "other men released"); an
   "-ed" word alone after the number is a verb, and a verb right after a measure that follows
   "of" sends the reading to rule 3 ("gusts of up to 50 mph pushed flames" -> "gusts");
2. the predicate alone when no noun follows ("two of whom were found beheaded" -> "found
   beheaded", "3,000 were arrested" -> "arrested"), or the verb alone that ends a share's clause
   ("while 27.9 percent approved." -> "approved");
3. the subject of a change verb when the number is its complement ("the toll rose to 50" ->
   "toll", "a fine of $5 million" -> "fine"), read past "a record", a clause between commas
   ("Core inflation, which ..., was 3.1%") and adverbs ("had already climbed"), and, when the
   sentence or the clause after a reporting or showing verb (:data:`CLAUSE_VERBS`: "Figures show
   knife crime in the county rose" -> "knife crime") opens with it, the phrases after its head
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
   words opening the sentence whole ("Average household water bills will rise"), and without a verb
   of forecast after a name or a comma ("Li, a researcher, forecast growth of" -> "growth"); the
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
"unchanged" and "steady" set a level ("Sterling was little changed at $1.2712" -> "Sterling"). An
active perfect keeps no verb past an adverb ("18 Labour MPs have publicly criticised the plan" ->
"Labour MPs"), and a predicate after a count that "with" opens is the head noun's ("farmers with
less than two hectares were hit" -> "hectares").

Otherwise the label is empty.

The figures themselves, and what is knowingly missed, are described in :mod:`generator.figures`
and :mod:`generator.non_figures`.
"""

from __future__ import annotations

import re

from generator.lexicon import REPORTING_VERBS
from generator.model import Sentence
from generator.numbers import CARDINALS

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
    stolen broke broken took gave given rose fell set dug hung swept sought taught bound spun dealt
    lent drawn shown thrown blown known sworn torn flown withdrawn begun sunk upheld withheld
    rebuilt
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
#: Participles that say the people counted were asked, the usual way a poll's sample is
#: written: "38 economists polled by Reuters" ("breakdowns caused by potholes" stays "breakdowns").
POLL_PARTICIPLES = frozenset("polled surveyed questioned interviewed sampled canvassed".split())
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
    dived plummeted spiked shed improved worsened closed opened ended finished settled traded hovered
    peaked bottomed running trading hovering sitting sat changed unchanged steady
    """.split()
)
#: Change verbs in their base form, read as such only after a modal or "to": "pay would reach
#: £31,400", "is expected to top $2 billion" (alone, "a fall", "the top" and "the total" are nouns).
BASE_CHANGE_VERBS = frozenset(
    """
    reach rise fall climb drop jump increase decrease decline hit top exceed surpass pass grow soar
    plunge double triple total remain stay ease slip dip edge gain shrink expand contract slow
    """.split()
)
#: Comparatives that, right after a figure, say how it changed the subject: "the risk was 28%
#: higher among smokers" is about the risk.
COMPARATIVES = frozenset(
    "higher lower greater smaller bigger larger faster slower cheaper dearer stronger weaker longer shorter".split()
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

_PHRASE_PREPOSITIONS = frozenset("in from at for on across through via".split())
_DETERMINERS = frozenset("the a an his her its their our all these those".split())
_MODALS = frozenset("will would could should may might must can shall".split())
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
#: Particles after a change verb: "edged up 0.9 percent", "was down 3%".
_PARTICLES = frozenset("up down".split())
#: Participles that, before "to", announce what the counted will do, not what happened to them:
#: "2.7 lakh commuters are expected to use the line", "200 flights are set to be cancelled".
_RAISING_VERBS = frozenset("expected set due scheduled slated projected forecast thought believed poised tipped".split())
#: Adjectives of a likelihood before "to" and a change verb: "prices are likely to rise".
_LIKELY = frozenset("likely unlikely poised going certain".split())
#: Verbs of a forecast that a noun phrase after a name or a comma may open: "Li, a researcher,
#: forecast growth of 3%", "Analyst Jane Doe expects margins of" (but "its forecast growth").
_FORECAST_VERBS = frozenset("forecast forecasts predict predicts predicted project projects expect expects see sees saw".split())
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
#: Auxiliaries of an active perfect: "had held", unlike the passive "had been held".
#: A hedge that compares the figure with the noun before it: "would not accept a transit fee higher than $2.10".
_COMPARED_HEDGE = re.compile(r"(?:higher|lower|greater|more|less|fewer|larger|smaller)\s+than\s", re.IGNORECASE)
#: Auxiliaries of a perfect: the word after one is a participle, a verb ("have seen drawdowns of").
_PERFECT_AUXILIARIES = frozenset("have has had having".split())
#: Prepositions that open a noun phrase whose adjectives may include an "-ed" word ("with maximum sustained winds").
_MODIFIER_PREPOSITIONS = frozenset("with of in at for on from".split())
_PERFECT = frozenset("have has had reportedly also".split())
#: Words that open a clause between commas after a subject.
_RELATIVE_OPENERS = frozenset("which who whose where".split())
#: Function words that may stand inside a subject, after its head ("the cost of fixing every pothole").
_SUBJECT_LINKS = _DETERMINERS | _PHRASE_PREPOSITIONS | frozenset(
    "of and every each between with among against to excluding including ex".split()
)

NOUN_STOPS = LABEL_STOPS | S_VERBS
VERB_FORMS = PARTICIPLES | EVENT_VERBS

# A word with the quotation marks around it: neither the marks nor the word hold a space.
_TOKEN = r"[“\"‘'«]?(?:[A-Za-z][\w’'-]*|\d[\d,.]*\d|\d)[”\"’'»]?"
# Up to eight words after a number, set apart by spaces ("people, and" ends at the comma).
_TOKEN_RUN = re.compile(rf" *{_TOKEN}(?: +{_TOKEN}){{0,7}}")
_CLOSING_MARKS = frozenset("”\"’'")
#: Any mark :func:`read_label` strips from a word: a run without one is read as written.
_ANY_MARK = re.compile("[“\"‘'«”»’]")
_QUOTE_MARKS = frozenset("“\"‘'«")
_OPENING_QUOTES = frozenset("“\"‘«")

# A word ("U.S." whole, with its points: inside a sentence, a point ends no other word) or a mark.
_BEFORE_WORDS = re.compile(r"[A-Za-z][\w’'.-]*|[^\sA-Za-z]")

def read_label(body: str, sentence: Sentence, start: int, end: int, unit: str | None) -> str:
    """What the figure from ``start`` (its hedge) to ``end`` counts, in the sentence's own words
    (rules in the module docstring); ``unit`` is the figure's."""
    # past a quotation closed right after the number: 'killed "at least 40" civilians'
    closed = body[end : end + 1] in _CLOSING_MARKS and body[end + 1 : end + 2] == " "
    run = _TOKEN_RUN.match(body, end + closed, sentence.end)  # up to eight words, split once: no match per word
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
    elif first in COMPARATIVES and (len(lower) == 1 or lower[1] in LABEL_STOPS):
        return _subject_before(body, sentence.start, start)  # "the risk was 28% higher among": the risk's change
    elif first[-2:] == "ed" and unit and is_verb_form(first) and body[start - 4 : start] == " of ":
        return _subject_before(body, sentence.start, start)  # "gusts of up to 50 mph pushed flames": a verb
    noun = _noun_phrase(words, lower, marked, position)
    if noun:
        predicate = _predicate(words, lower, position + len(noun))
        if predicate and lower[position + len(noun)] in AUXILIARIES and body[start - 5 : start] == "with ":
            predicate = []  # "farmers with less than two hectares were hit": the verb is the farmers'
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
    subject = _subject_before(body, sentence.start, start)
    if subject or not _COMPARED_HEDGE.match(body, start):
        return subject
    words = _BEFORE_WORDS.findall(body, max(sentence.start, start - 60), start)
    return " ".join(_object_before(words, len(words), hop=False))  # "a transit fee higher than $2.10"


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
        if word in NOUN_STOPS or word[:1].isdigit() or len(word) == 1:
            break  # a letter alone opens an abbreviation ("6.5 cents U.S."), no noun
        if noun and (
            marked[index][0] in _OPENING_QUOTES or word.endswith("ed") or word in VERB_FORMS or word in PREDICATIVES
        ):
            break
        if not noun and index + 1 < len(lower) and lower[index + 1] == "by" and _is_participle(word):
            break  # "the record of 26 set by Wrenshaw": a passive verb, not what is counted
        noun.append(words[index])
        if is_plural(word) and not (word in PLURALS and _is_noun_after(lower, index + 1)):
            break  # but "police officers", "people smugglers": the irregular plural is a modifier
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


def is_plural(word: str) -> bool:
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
    if index and lower[index - 1] in _MODALS:
        return []  # "will open new departments": a verb in its base form, whatever its ending
    if lower[index] in POLL_PARTICIPLES:
        return [rest[index]]  # "38 economists polled by Reuters", "2,000 adults surveyed": who was asked
    has_object = index + 1 < len(rest) and lower[index + 1] not in PREPOSITIONS
    if index and has_object and lower[index] not in EVENT_VERBS and all(word in _PERFECT or word.endswith("ly") for word in lower[:index]):
        return []  # "the two delegations had held talks": an active verb with its object
    if index == 0 and (lower[0] not in EVENT_VERBS or has_object):
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
    passive = False
    if index and words[index - 1].lower() in ("to", "at", "by", "of"):
        index -= 1
        if words[index].lower() == "of":
            return " ".join(_of_phrase(words, index))
        if words[index].lower() == "at" and index >= 2 and words[index - 1].lower() in _SETTING_PARTICIPLES:
            passive = words[index - 2].lower() in _VERB_HELPERS  # "the tax, which has been frozen at 53.8 yen"
            set_object = [] if passive else _object_before(words, index - 1)  # "a release clause set at 500 million euros"
            if set_object or not passive and not _is_change_verb(words, index - 1):
                return " ".join(set_object)
            passive = True  # "Unemployment held at 4.1%": the verb's subject
        elif index and words[index].lower() != "by" and not _is_change_verb(words, index - 1):
            return " ".join(_object_before(words, index))
    if index and (passive or _is_change_verb(words, index - 1)):
        index -= 1
        while index and words[index - 1].lower() in _VERB_HELPERS:
            index -= 1
        if index >= 2 and words[index - 1] == "to" and words[index - 2].lower() in _RAISING_VERBS | _LIKELY:
            index -= 2  # "Spending is expected to top", "prices are likely to rise"
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


def _is_change_verb(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a verb of :data:`CHANGE_VERBS`, or of
    :data:`BASE_CHANGE_VERBS` after a modal or "to" ("would reach", "expected to top")."""
    word = words[index].lower()
    if word in CHANGE_VERBS:
        return True
    return word in BASE_CHANGE_VERBS and index > 0 and (words[index - 1].lower() in _MODALS or words[index - 1] == "to")


def _of_phrase(words: list[str], end: int) -> list[str]:
    """The noun before the "of" of a figure at ``end``, with the phrase it heads when that is
    itself "X of Y": "a margin of error of 3 points" -> "margin of error", "a loss of revenue of"."""
    noun = _trailing_noun(words, end)
    start = end - len(noun)
    if not noun or start < 2 or words[start - 1].lower() != "of":
        return noun
    head = _trailing_noun(words, start - 1)
    if len(head) != 1 or head[0].lower() in QUANTITY_HEADS or start - 2 < 1 or words[start - 3].lower() not in _DETERMINERS:
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
        if start < end and _is_verb_after(words, start - 1):
            break  # "The Fed kept rates at 5.25%": the object opens after its verb
        start -= 1
    if start == end or not start or _is_verb(words[end - 1].lower()):
        return []  # "returned to 50": a verb, no object
    opener = words[start - 1].lower()
    if start < end and _is_verb_after(words, start - 1):
        return words[start:end]
    if start >= 2 and opener not in LABEL_STOPS and opener.isalpha() and words[start - 2].lower() in _DETERMINERS:
        start -= 1  # a fourth word after the determiner: "held its benchmark Selic interest rate at"
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
    if end - start == 4 and all(
        word[:1].isalpha() and not _is_verb(word.lower()) and word.lower() not in LABEL_STOPS for word in words[start:end]
    ):
        return words[start:end]  # "Average household water bills will rise": four words, all of them the subject
    participle = _participle_phrase(words, start, end)
    if participle:
        return words[start:participle]  # "The original budget approved in 2019 was"
    head = start
    while head < end and head - start < 3 and words[head].lower() not in _SUBJECT_LINKS:
        head += 1
    link = words[head].lower() if head < end else ""
    if head == start or link not in _SUBJECT_LINKS or link in _DETERMINERS or not _is_subject_run(words, start + 1, end):
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


def is_verb_form(word: str) -> bool:
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
        if start < end and ahead in _PERFECT_AUXILIARIES:
            break  # "we have seen drawdowns of": the participle of a perfect is a verb
        if start < end and (word in VERB_FORMS or is_verb_form(word)) and ahead not in _DETERMINERS and not _is_modifier_run(words, start - 2):
            # "stole jewels worth", "caused losses of": a verb ends the noun (but "a combined funding gap")
            if not (start == 1 and word.endswith("ing") and words[0][:1].isupper()):
                break  # but "Operating profit rose", "Selling prices fell": a modifier opening the sentence
        if start < end and (ahead in _MODALS or ahead in _VERB_HELPERS and start >= 3 and words[start - 3].lower() in _MODALS):
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


def starts_clause(before: str) -> bool:
    """Whether nothing but an opening quote, a colon or a dash stands before, in the sentence."""
    stripped = before.rstrip()
    return not stripped or stripped[-1] in "“\"‘«(:—–" or stripped.endswith(" -")
