"""The words the rules of a figure's label know: what ends a noun phrase, which words are
plurals, participles or verbs, shared by the reading after the number (:mod:`generator.figure_labels`)
and the reading of the subject before it (:mod:`generator.label_subjects`), and by the rules that
tell a figure from other numbers (:mod:`generator.non_figures`, :mod:`generator.number_names`).
"""

from __future__ import annotations

import re

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
    via upon toward towards despite beyond below above behind ahead another later earlier
    year-on-year month-on-month quarter-on-quarter week-on-week year-over-year month-over-month
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
#: Words in "-ing" that name a thing or a trade, not an action, in the noun before a figure:
#: "mining output jumped 4.5%", "housing starts fell" (but "beating forecasts of 200,000").
ING_NOUNS = frozenset(
    """
    mining manufacturing housing lending borrowing spending building shipping banking farming
    trading funding pricing retailing clothing heating engineering advertising gaming betting
    polling nursing schooling catering processing refining fishing hiring sterling
    """.split()
)
DETERMINERS = frozenset("the a an his her its their our all these those".split())
MODALS = frozenset("will would could should may might must can shall".split())
#: Participles that, before "to", announce what the counted will do, not what happened to them:
#: "2.7 lakh commuters are expected to use the line", "200 flights are set to be cancelled".
RAISING_VERBS = frozenset("expected set due scheduled slated projected forecast thought believed poised tipped".split())
#: Verbs that say a change only with their particle ("inflation ticked up to 3.1 percent", "growth
#: picked up 0.4 percent"): the "up" of "picked up to" is the verb's, no "up to" hedge, and the
#: figure is the subject's, as after a change verb.
UP_VERBS = frozenset(
    f"{stem}{ending}" for stem, endings in (
        ("pick", ("", "s", "ed", "ing")), ("tick", ("", "s", "ed", "ing")), ("ramp", ("", "s", "ed", "ing")),
        ("perk", ("", "s", "ed", "ing")), ("speed", ("", "s", "ed", "ing")), ("step", ("", "s", "ped", "ping")),
    ) for ending in endings
) | {"sped"}
NOUN_STOPS = LABEL_STOPS | S_VERBS
VERB_FORMS = PARTICIPLES | EVENT_VERBS
# A word ("U.S." whole, with its points: inside a sentence, a point ends no other word) or a mark.
BEFORE_WORDS = re.compile(r"[A-Za-z][\w’'.-]*|[^\sA-Za-z]")


def is_plural(word: str) -> bool:
    return word in PLURALS or word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def is_verb_form(word: str) -> bool:
    """An "-ing" or "-ed" word that is not a noun ("beating", "caused"; not "mining", "speed")."""
    if "-" in word:
        return False  # "heat-related", "state-owned", "debt-laden": a compound adjective
    return word.endswith("ing") and word not in ING_NOUNS or word.endswith("ed") and not word.endswith("eed")
