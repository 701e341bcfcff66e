"""Held-out quote cases: written after the rules were settled and scored once, never tuned on.

The main corpus (``tests.corpus_quotes``) was written alongside the extractor, so its scores
flatter it; these cases estimate how it does on copy it has not seen. Same conventions. After
the one scoring, two labels were corrected where a careful reading showed the label wrong ("Her
advice? “Ten slides, max.”" is hers; a group that "calls itself" something is quoted).
"""

from __future__ import annotations

from tests.corpus_quotes import Case, full, partial

CASES: tuple[Case, ...] = (
    Case(
        "heldout-ap-governor",
        'ATLANTA (AP) — Georgia Gov. Brian Kemp signed the measure Wednesday. "This is a great day '
        'for our state," Kemp said during a signing ceremony at the Capitol.',
        (full("This is a great day for our state", "Brian Kemp"),),
    ),
    Case(
        "heldout-reuters-ceo",
        "Tesla Chief Executive Elon Musk told analysts on a call that demand remained strong. "
        "\"We're seeing record orders,\" Musk said, adding that prices would stay \"competitive.\"",
        (full("We're seeing record orders", "Elon Musk"), partial("competitive.", "Elon Musk")),
    ),
    Case(
        "heldout-guardian-minister",
        "The health secretary, Wes Streeting, said the figures were 'a wake-up call'. He added: "
        "'We cannot go on like this. The NHS needs reform, not just money.'",
        (
            partial("a wake-up call", "Wes Streeting"),
            full("We cannot go on like this. The NHS needs reform, not just money.", "Wes Streeting"),
        ),
    ),
    Case(
        "heldout-afp-witness",
        "\"I heard a huge explosion and then everything went dark,\" said Ahmed Karim, a shopkeeper "
        "near the blast site. \"People were screaming.\"",
        (
            full("I heard a huge explosion and then everything went dark", "Ahmed Karim"),
            full("People were screaming.", "Ahmed Karim"),
        ),
    ),
    Case(
        "heldout-efe-president",
        "Argentine President Javier Milei assured that “the worst is over” and asked for “a little "
        "more patience”. “We are going to get out of this,” he stressed.",
        (
            partial("the worst is over", "Javier Milei"),
            partial("a little more patience", "Javier Milei"),
            full("We are going to get out of this", "Javier Milei"),
        ),
    ),
    Case(
        "heldout-web-founder",
        "Startup founder Priya Shah doesn't mince words: \"Most pitch decks are too long.\" Her advice? "
        "\"Ten slides, max.\"",
        (full("Most pitch decks are too long.", "Priya Shah"), full("Ten slides, max.", "Priya Shah")),
    ),
    Case(
        "heldout-police-statement",
        "Police said in a statement that a 34-year-old man had been arrested. \"Inquiries are "
        "ongoing,\" the statement added.",
        (full("Inquiries are ongoing", None),),
    ),
    Case(
        "heldout-two-women",
        "Senator Maria Cantwell questioned Transportation Secretary Jane Hale for an hour. "
        "\"Where is the money going?\" Cantwell asked. \"To the states, as the law requires,\" Hale replied.",
        (
            full("Where is the money going?", "Maria Cantwell"),
            full("To the states, as the law requires", "Jane Hale"),
        ),
    ),
    Case(
        "heldout-nyt-book",
        "In her memoir, “Becoming,” Michelle Obama writes about her childhood in Chicago. "
        "“I was always a box-checker,” she writes.",
        (full("I was always a box-checker", "Michelle Obama"),),
    ),
    Case(
        "heldout-unnamed-official",
        "“We are looking at all options,” a senior administration official told reporters on "
        "condition of anonymity.",
        (full("We are looking at all options", None),),
    ),
    Case(
        "heldout-multi-paragraph-straight",
        'Judge Amy Berman said in her ruling:\n\n"The defendant showed no remorse.\n\n'
        '"The sentence must reflect the harm done."',
        (
            full("The defendant showed no remorse.", "Amy Berman"),
            full("The sentence must reflect the harm done.", "Amy Berman"),
        ),
    ),
    Case(
        "heldout-scare-quotes-only",
        "The group calls itself a \"peaceful movement\", but critics say its \"protests\" often turn violent.",
        (partial("peaceful movement", "group"), partial("protests", None)),
    ),
)
