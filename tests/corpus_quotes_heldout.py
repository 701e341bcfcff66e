"""Held-out quote cases: written after the rules were settled and scored once, never tuned on.

The main corpus (``tests.corpus_quotes``) was written alongside the extractor, so its scores
flatter it; these cases estimate how it does on copy it has not seen. Same conventions. After
the one scoring, two labels were corrected where a careful reading showed the label wrong ("Her
advice? “Ten slides, max.”" is hers; a group that "calls itself" something is quoted). A third
was corrected when the fourth batch labelled "Veltrix said in a statement ... “...,” the
statement said" Veltrix's: the documented rules make a written statement its issuer's ("according
to a statement from the Foreign Ministry" is the ministry's), so "Police said in a statement ...
“...,” the statement added" is Police's; "the statement said" with no issuer cited stays None.

``ARTICLES`` holds the twelve whole articles of :mod:`tests.corpus_articles` (96 quotes, 69 of
them full), written and labelled before the extractor was run on them, and scored once before
any tuning: full quotes precision 1.000, recall 1.000, F1 1.000; every expected partial found
and of the right kind; speakers 0.896 (86/96). No label was changed after the scoring.
After one round of fixes (double surnames, coordinated cue verbs, relative clauses without
"that", names in apposition after an inverted verb, given names before pronoun votes, titles
and post-nominals): full quotes precision 1.000, recall 1.000, F1 1.000; speakers 1.000
(96/96); the batch is no longer blind.

``ARTICLES_2`` holds the second batch (:data:`tests.corpus_articles.SECOND_BATCH`, 85 quotes, 67
of them full), written and labelled independently of the first, before the extractor was run on
it, and scored once before any tuning: full quotes precision 1.000, recall 1.000, F1 1.000; every
expected partial found and of the right kind; speakers 0.812 (69/85). No label was changed after
the scoring. After one round of fixes (a name closing a body-title-name chain, "I" and time
words as no names, object pronouns out of the gender votes, abbreviations inside an apposition,
a "she" after an unnamed person, "it" and "the group" as the body last cited, a participle
after a pronoun subject): full quotes precision 1.000, recall 1.000, F1 1.000; speakers 1.000
(85/85); the batch is no longer blind.

``ARTICLES_3`` holds the third batch (:data:`tests.corpus_articles.THIRD_BATCH`, 76 quotes, 57 of
them full), written and labelled independently of the first two, before the extractor was run on
it, and scored once before any tuning: full quotes precision 1.000, recall 1.000, F1 1.000; every
expected partial found and of the right kind; speakers 0.789 (60/76). No label was changed after
the scoring.

``ARTICLES_4`` holds the fourth batch (:data:`tests.corpus_articles.FOURTH_BATCH`, 106 quotes, 70 of
them full), written and labelled independently of the first three, which had all been tuned on,
before the extractor was run on it, and scored once before any tuning: full quotes precision
1.000, recall 1.000, F1 1.000; every expected partial found and of the right kind; no film title
taken for a quote; speakers 0.858 (91/106). No label was changed after the scoring.
After one round of fixes (an Arabic article inside a name, Korean names and "whose" relatives
out of the gender guess, bodies' names holding no surnames and standing in roles as no "she",
relatives sharing a surname, "the statement said" as its issuer's, a body's named apposition,
a description before a body's name, a clause reported without "that", ", while she called", a
participle after an opening body, a "he" introduced with his role after a subject of unknown
gender): full quotes precision 1.000, recall 1.000, F1 1.000; speakers 1.000 (106/106); the
batch is no longer blind.

``ARTICLES_5`` holds the fifth batch (:data:`tests.corpus_articles.FIFTH_BATCH`, 108 quotes, 82 of
them full), written and labelled independently of the first four, which had all been tuned on,
before the extractor was run on it, and scored once before any tuning: full quotes precision
1.000, recall 0.988, F1 0.994 (one full quote, opening its sentence after "in a post on X.", read
as partial); every expected partial found and of the right kind; speakers 0.898 (97/108). After
the scoring, four labels were corrected to the documented rule that someone described but not
named is speaker ``None`` ("a police spokesman said"), which the first batch follows ("A
spokesperson for the Ministry of Housing ... said" is ``None``): "A Downing Street spokesperson
said" and "the spokesperson said" after it (three quotes) and "forecasters at the National
Oceanic and Atmospheric Administration had predicted" (one). After one round of fixes (a
"center" or "exchange" as a body, a lone capital after a lower-case word ending a sentence
before a quote, "she added" as the last speaker going on, ", and said" after a series taking
the sentence's subject, "the exchange" as the name written before it, names written with
their initials' and suffixes' full stops): full quotes precision 1.000, recall 1.000, F1 1.000;
speakers 1.000 (108/108); the batch is no longer blind.

``ARTICLES_6`` holds the sixth batch (:data:`tests.corpus_articles.SIXTH_BATCH`, 93 quotes, 69 of
them full), written and labelled independently of the first five, which had all been tuned on,
before the extractor was run on it, and scored once before any tuning: full quotes precision
1.000, recall 1.000, F1 1.000; every expected partial found and of the right kind; speakers 0.860
(80/93). No label was changed after the scoring. After one round of fixes (ranks written
without a full stop and sports roles before a name, a role noun after a given name as a
surname, a colon introducing the next speaker of a paragraph, a "what" clause after a partial
as no cue, "spoke of", a participle taking on the quoted phrase, a role before a title or
ending with "of the" and a noun): full quotes precision 1.000, recall 1.000, F1 1.000;
speakers 0.978 (91/93); the batch is no longer blind. Left: "the court in Karlsruhe" and "the
trust" as the body the story named before (bodies named only outside a cue are not noted).

``ARTICLES_7`` holds the seventh batch (:data:`tests.corpus_articles.SEVENTH_BATCH`, 56 quotes, 46
of them full), written and labelled independently of the first six, which had all been tuned on,
before the extractor was run on it, and scored once before any tuning: full quotes precision
1.000, recall 1.000, F1 1.000; every expected partial found and of the right kind; speakers 0.857
(48/56). No label was changed after the scoring. After one round of fixes (Irish and court
titles "Taoiseach", "Tánaiste", "Coroner" as role nouns, a portfolio after "Minister for" as
part of the role, a two-word body qualifying a role noun before a name as no person, "credited"
and "cited" as verbs of a partial): full quotes precision 1.000, recall 1.000, F1 1.000;
speakers 1.000 (56/56); the batch is no longer blind.

``ARTICLES_8`` holds the eighth batch (:data:`tests.corpus_articles.EIGHTH_BATCH`, 53 quotes, 40
of them full), written and labelled independently of the first seven, which had all been tuned
on, before the extractor was run on it, and scored once before any tuning: full quotes precision
1.000, recall 1.000, F1 1.000; every expected partial found and of the right kind; speakers 0.887
(47/53). No label was changed after the scoring. After one round of fixes (an "and" inside a
party's name before a role and a name, a nation's adjective or a country's possessive before a
name left out of it, a roman numeral numbering a role, "<group> at <body>" citing the body):
full quotes precision 1.000, recall 1.000, F1 1.000; speakers 1.000 (53/53); the batch is no
longer blind.

``ARTICLES_9`` holds the ninth batch (:data:`tests.corpus_articles.NINTH_BATCH`, 53 quotes, 35 of
them full), written and labelled independently of the first eight, which had all been tuned on,
before the extractor was run on it, and scored once before any tuning: full quotes precision
0.972, recall 1.000, F1 0.986 (a clause continuing the reporter's sentence, "“which sounds
generous until you realise you can never farm again”", read as a full quote); every other
expected partial found and of the right kind; speakers 0.849 (45/53). One label was corrected after the scoring, to the documented
rule that a body is a speaker as written (the first batch's "the UDR ... rejected" is "UDR"): "The
NDRRMC said it had confirmed ... and was “validating the reports”" is "NDRRMC", not the council's
name spelt out.
After one round of fixes (an "it" opening a clause reported without "that" as the reporting body,
a lower-case relative clause quoted after a comma as partial, "put ... at" an estimate as a cue,
pilgrims' honorifics as titles, a storm's name as no person, a Vietnamese name opening with
"Le"): full quotes precision 1.000, recall 1.000, F1 1.000; speakers 0.981 (52/53); the batch is
no longer blind. Left: "The company said" meaning the company named as a clause's subject a
paragraph up ("while Minera Andina del Norte has offered") rather than the outlet cited since
("documents seen by La Tercera"): no cue names the company, and no word list tells an outlet.
"""

from __future__ import annotations

from tests.corpus_articles import (
    EIGHTH_BATCH, FIFTH_BATCH, FOURTH_BATCH, NINTH_BATCH, SECOND_BATCH, SEVENTH_BATCH, SIXTH_BATCH, TEXTS,
    THIRD_BATCH,
)
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
        (full("Inquiries are ongoing", "Police"),),
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

#: Whole articles (:mod:`tests.corpus_articles`): ``body`` is the whole text, headline first,
#: and every quotation a careful reader would mark in the paragraphs after the headline.
ARTICLES: tuple[Case, ...] = (
    Case(
        "ap-politics",
        TEXTS["ap-politics"],
        (
            partial("older than most of the people in this room.", "Rosalind Achebe"),
            full("Families in Harlan have been boiling their water for two summers now", "Rosalind Achebe"),
            full("That is not a rural problem. That is a state problem.", "Rosalind Achebe"),
            partial("a blank check", "Douglas Pruitt"),
            full("Nobody here is against clean water", "Douglas Pruitt"),
            full("We are against borrowing money we don't have.", "Douglas Pruitt"),
            partial("has been clear from day one.", "Mark Oyelaran"),
            full("I taught school for 31 years", "Elena Brisco"),
            full("I never thought I'd be buying water like it was gasoline.", "Elena Brisco"),
            full("Harlan is the canary in the coal mine", "Beth Amundsen"),
            full("If it doesn't, I'll be back here in January with the same bill", "Rosalind Achebe"),
        ),
    ),
    Case(
        "reuters-markets",
        TEXTS["reuters-markets"],
        (
            full("The minutes were more dovish than the market expected", "Karen Oduya"),
            full("There is a clear majority that wants to move before the autumn.", "Karen Oduya"),
            full("It's not a slam dunk for July, but the door is open", "Tomas Reyes"),
            partial("would seal it.", "Tomas Reyes"),
        ),
    ),
    Case(
        "afp-guinea",
        TEXTS["afp-guinea"],
        (
            full("He walked out of the central prison at around 10 am. He is tired but in good spirits",
                 "Fatou Camara"),
            partial("undermining state security", "junta"),
            partial("political", "UDR"),
            partial("a gesture of appeasement", "Ousmane Diallo"),
            full("The head of state wishes to open a new page", "Ousmane Diallo"),
            full("This release must not be the tree that hides the forest", "Samira Touré"),
            full("We are not asking for revenge, we are asking for elections", "Aminata Sow"),
            partial("answer to the courts like any other citizen", "Fodé Kaba Condé"),
        ),
    ),
    Case(
        "efe-peru",
        TEXTS["efe-peru"],
        (
            partial("responds to the clamor of the citizens", "Alejandro Soto Rivas"),
            partial("lift the blockades", "Alejandro Soto Rivas"),
            full("We have listened to the streets. Now it is the turn of the streets to listen to the institutions",
                 "Alejandro Soto Rivas"),
            full("no one can say that this Parliament has not acted.", "Alejandro Soto Rivas"),
            full("There is no dialogue possible with those who attack police stations and airports", "Víctor Rojas"),
            partial("the disproportionate use of force", "Coordinator of Human Rights"),
            partial("restraint on all sides.", "United Nations"),
            full("The country cannot afford another month like this", "Rosa Ugarte"),
        ),
    ),
    Case(
        "dpa-rail",
        TEXTS["dpa-rail"],
        (
            full("We have to become leaner, faster and more reliable", "Katrin Vollmer"),
            full("Cutting jobs is not a strategy, it is an admission of failure", "Martin Brehm"),
            partial("resist with all means", "Martin Brehm"),
            full("The passengers expect results, and they expect them now", "Julia Hartwig"),
            partial("overdue", "Pro Bahn"),
        ),
    ),
    Case(
        "bbc-potholes",
        TEXTS["bbc-potholes"],
        (
            partial("crumbling beneath our wheels", "Rick Green"),
            full("Councils are doing their best with the money they have, but they are fighting a losing battle",
                 "Rick Green"),
            full("Every winter makes the problem worse.", "Rick Green"),
            full("We are determined to end the pothole plague that blights drivers across the country.", None),
            partial("well short", "Local Government Association"),
            full("A one-off cash injection is welcome, but what we need is long-term certainty so that we can "
                 "plan repairs properly.", "Adam Hug"),
            full("Drivers are paying twice: once in tax and again at the garage", "Jack Cousens"),
        ),
    ),
    Case(
        "guardian-cladding",
        TEXTS["guardian-cladding"],
        (
            full("We were told it was safe. We were told that again and again", "Nadia Rahman"),
            full("Now they give us four weeks to pack up our lives.", "Nadia Rahman"),
            partial("absolute priority", "Calloway Housing Trust"),
            partial("a scandal that should shame every one of us", "Sarah Okafor"),
            full("Building owners are responsible for making their buildings safe, and we expect them to act "
                 "quickly.", None),
            partial("stood by its work", "Brandt & Lowe"),
            partial("in limbo", "Daniel Osei"),
            full("People have children in local schools, elderly parents nearby, jobs", "Daniel Osei"),
            full("You can't just move that to Croydon.", "Daniel Osei"),
            full("These families did nothing wrong", "Sarah Okafor"),
        ),
    ),
    Case(
        "court-fraud",
        TEXTS["court-fraud"],
        (
            full("This was not a moment of madness", "Helen Marsh"),
            full("It was a careful, patient and deliberate deception, repeated hundreds of times.", "Helen Marsh"),
            full("I worked for that council for 30 years. He took my security in old age", "Margaret Ellery"),
            partial("deeply ashamed", "Simon Achterberg"),
            partial("a grotesque breach of trust", "Rachel Okonjo"),
            full("You were trusted by your colleagues and by the people of this town", "Rachel Okonjo"),
            full("You repaid that trust with lies.", "Rachel Okonjo"),
            partial("changed every one of its financial controls", "Kettleby Town Council"),
            full("We will keep going until every penny that can be recovered is returned", "Paul Reeve"),
        ),
    ),
    Case(
        "reuters-floods",
        TEXTS["reuters-floods"],
        (
            full("We are still pulling bodies out of the mud", "Esteban Lugo"),
            full("The real number will be much higher than what they say in the capital.", "Esteban Lugo"),
            full("No family will be left alone", "Hugo Benavides"),
            full("We will rebuild every house, every bridge, every school.", "Hugo Benavides"),
            full("The needs are enormous and the roads are gone", "Ana Belen Ruiz"),
        ),
    ),
    Case(
        "sport-cup",
        TEXTS["sport-cup"],
        (
            full("I didn't even know about the record until this week", "Daniel Okoye"),
            full("To do it in a semi-final, in front of our own fans, is something I'll never forget.",
                 "Daniel Okoye"),
            partial("earned the right to dream", "Lena Hartmann"),
            full("People wrote us off before the first round", "Lena Hartmann"),
            full("We have beaten three Premier Division teams to get here. Nobody can say that was luck.",
                 "Lena Hartmann"),
            full("They wanted it more than us, simple as that", "Craig Nolan"),
            full("We had 64% of the ball and did nothing with it.", "Craig Nolan"),
            full("I have a group that never stops running", "Lena Hartmann"),
            full("That is all I ask.", "Lena Hartmann"),
        ),
    ),
    Case(
        "health-walking",
        TEXTS["health-walking"],
        (
            full("The benefit starts much earlier than most people think", "Priya Nandakumar"),
            full("You don't need to run marathons. Even a brisk walk to the shops counts.", "Priya Nandakumar"),
            full("People who walk more may also be healthier in other ways", "Priya Nandakumar"),
            partial("encouraging but not a magic bullet", "Tom Achebe"),
            full("What is good for the heart is good for the brain", "Tom Achebe"),
            full("But genetics, age and education all play a part too.", "Tom Achebe"),
            full("This is a simple message that people can act on today.", "Helen Brody"),
        ),
    ),
    Case(
        "ap-port-strike",
        TEXTS["ap-port-strike"],
        (
            full("It was a long night", "Ingrid Vos"),
            full("But it was worth it.", "Ingrid Vos"),
            full("We are ready", "Joost Aerts"),
            full("But not yet for a party. First we vote.", "Joost Aerts"),
            partial("expensive but fair", "Marieke de Bruin"),
            full("Nobody wins a strike", "Marieke de Bruin"),
            full("Our customers lost 14 days, our workers lost two weeks of wages, and the port lost some of its "
                 "reputation.", "Marieke de Bruin"),
            partial("at least a month", "Marieke de Bruin"),
            full("Not a single euro of public money is in this deal", "Ingrid Vos"),
            full("What about the next contract?", None),
            full("We will start talking earlier next time", "Joost Aerts"),
            full("Much earlier.", "Joost Aerts"),
            full("And we will not wait for ships to pile up in the North Sea before we sit down.", "Joost Aerts"),
        ),
    ),
)

#: The second batch of whole articles (:data:`tests.corpus_articles.SECOND_BATCH`), labelled
#: independently of the first before the extractor was run on it.
ARTICLES_2: tuple[Case, ...] = (
    Case(
        "election-results",
        SECOND_BATCH["election-results"],
        (
            full("Voters have given us a clear mandate for change", "Petra Lindqvist"),
            full("Now we have to earn it.", "Petra Lindqvist"),
            partial("an earthquake", "Anton Brekke"),
            partial("ready to govern.", "Anton Brekke"),
            full("The arithmetic is difficult but not impossible", "Henrik Saal"),
            full("Lindqvist has done deals like this before, as mayor. The question is what the Greens will ask for.",
                 "Henrik Saal"),
            full("The voters have spoken and we respect their choice", "Markus Ostrand"),
            partial("for the time being.", "Markus Ostrand"),
        ),
    ),
    Case(
        "tech-layoffs",
        SECOND_BATCH["tech-layoffs"],
        (
            full("This is the hardest decision I have made since we founded Lumora", "Dana Whitfield"),
            full("We grew too fast, and we built teams for a world that did not arrive.", "Dana Whitfield"),
            partial("double down", "Dana Whitfield"),
            full("Wall Street likes the cost savings, but this doesn't fix the product problem", "Mira Castellanos"),
            full("Their cameras are a generation behind.", "Mira Castellanos"),
            full("I own this", "Dana Whitfield"),
            full("The people leaving did nothing wrong.", "Dana Whitfield"),
        ),
    ),
    Case(
        "conflict-karsa",
        SECOND_BATCH["conflict-karsa"],
        (
            partial("more than 120 terrorists", "army"),
            partial("all of Karsa except the airport", "Northern Front"),
            full("We have received 85 bodies since Wednesday, most of them women and children", "Samira Haddad"),
            full("We have no electricity and only two surgeons left.", "Samira Haddad"),
            full("Families are arriving with nothing", "Omar Fayed"),
            full("Yesterday alone, we registered 3,000 new arrivals.", "Omar Fayed"),
            full("Whoever holds Karsa holds the north", "Leila Nasser"),
        ),
    ),
    Case(
        "un-appeal",
        SECOND_BATCH["un-appeal"],
        (
            full("We are asking for more because the needs are greater, not because we expect more",
                 "Tomasz Wielgus"),
            full("Frankly, we expect less.", "Tomasz Wielgus"),
            full("It is realistic if governments decide it is", "Tomasz Wielgus"),
            full("The money exists.", "Tomasz Wielgus"),
            partial("doing what it can with what it has.", "Yusuf Demba"),
            full("An appeal is a list of needs, not a cheque", "Grace Otieno"),
            full("Last year, we closed 14 clinics because the money never came.", "Grace Otieno"),
        ),
    ),
    Case(
        "police-stabbing",
        SECOND_BATCH["police-stabbing"],
        (
            full("This was a shocking attack on a busy street on a Saturday night, and I understand why people "
                 "are worried.", "Rachel Tenby"),
            full("I want to reassure the community that we believe this was an isolated incident between people "
                 "known to each other.", "Rachel Tenby"),
            partial("a group of lads shouting", None),
            full("It was over in seconds", None),
            full("There was blood on the pavement and people screaming.", None),
            partial("within a couple of minutes", None),
            full("We had 12 police officers covering the town centre ten years ago. Now there are four",
                 "Hamid Rauf"),
        ),
    ),
    Case(
        "central-bank",
        SECOND_BATCH["central-bank"],
        (
            full("Inflation is proving more persistent than we expected in the spring", "Lenka Dvorak"),
            full("We will do what is necessary to bring it back to target, and we are not there yet.",
                 "Lenka Dvorak"),
            partial("look at every meeting on its own merits.", "Lenka Dvorak"),
            full("I am not going to promise the markets anything", "Lenka Dvorak"),
            full("The data will decide.", "Lenka Dvorak"),
            full("It is the right call, if a little late", "Pavel Sedlak"),
            full("Households are already paying enough", "Ondrej Hruby"),
        ),
    ),
    Case(
        "space-probe",
        SECOND_BATCH["space-probe"],
        (
            full("Seeing Kallisto up close for the first time is breathtaking", "Ingrid Solheim"),
            full("It is more battered than any of our models predicted.", "Ingrid Solheim"),
            partial("in perfect health", "Paolo Ferri"),
            full("We have margin to do more science than we ever dared to hope", "Paolo Ferri"),
            full("That is very rare for a mission like this.", "Paolo Ferri"),
            full("This is a beautiful result", "Marcus Webb"),
        ),
    ),
    Case(
        "obituary-composer",
        SECOND_BATCH["obituary-composer"],
        (
            full("I did not want to improve them", "Anneliese Korda"),
            full("I wanted to give them a bigger room to sing in.", "Anneliese Korda"),
            partial("too many songs left to write.", "Anneliese Korda"),
            partial("the most honest composer I ever worked with.", "Felix Aubrecht"),
            full("She never wrote a note she did not mean", "Felix Aubrecht"),
            full("Orchestras loved her because she loved them.", "Felix Aubrecht"),
        ),
    ),
    Case(
        "wildfire-canyon",
        SECOND_BATCH["wildfire-canyon"],
        (
            full("This fire is moving faster than anything I've seen in 20 years on the job", "Luis Ortega"),
            full("When the wind picks up like this, all we can do is get people out of the way.", "Luis Ortega"),
            full("I grabbed the dog and my husband's medicine and that was it", "Maria Delgado"),
            full("I don't know if we have a house.", "Maria Delgado"),
            full("We are hopeful they are with friends or family and just haven't checked in", "Dan Whitcomb"),
        ),
    ),
    Case(
        "trade-tariffs",
        SECOND_BATCH["trade-tariffs"],
        (
            full("We did not want this fight, but we will not be pushed around", "Henrike Baas"),
            full("Our door remains open. Our patience does not.", "Henrike Baas"),
            partial("illegal and disproportionate", "Kestria's trade ministry"),
            partial("ready to respond in kind.", "Kestria's trade ministry"),
            full("Nobody wins a tariff war", "Sofia Lindahl"),
            full("Our members are already cutting shifts.", "Sofia Lindahl"),
            full("There is always time, if there is will.", "Henrike Baas"),
        ),
    ),
    Case(
        "council-budget",
        SECOND_BATCH["council-budget"],
        (
            partial("no good options left", "Sandra Okoro"),
            full("We have cut everything we can cut without putting people at risk", "Sandra Okoro"),
            full("What is left are choices between bad and worse.", "Sandra Okoro"),
            partial("short-sighted", "Graham Pike"),
            full("Ellesby library had 41,000 visits last year. You don't save money by shutting the one warm "
                 "place people can go", "Graham Pike"),
            full("Staff have carried this council through a decade of cuts. They deserve better than this.",
                 "Kevin Marsh"),
        ),
    ),
    Case(
        "interview-writer",
        SECOND_BATCH["interview-writer"],
        (
            full("Four publishers turned it down", "Malik Benhadj"),
            full("The fifth said yes because his daughter had read it. I owe that girl a great deal.",
                 "Malik Benhadj"),
            full("At home we spoke Arabic. At school, French. In my head, both at once", "Malik Benhadj"),
            full("For a long time I thought that was a handicap.", "Malik Benhadj"),
            full("Today I know it is the only thing I have that nobody else has.", "Malik Benhadj"),
            full("The computer is too fast", "Malik Benhadj"),
            full("It lets you write sentences you have not thought.", "Malik Benhadj"),
            full("He is the most stubborn author I have ever worked with", "Claire Vautrin"),
            full("and the most generous.", "Claire Vautrin"),
            partial("a novel of enormous patience", "Hélène Marchal"),
            full("Pay the electricity bill", "Malik Benhadj"),
            full("And perhaps go back to Sfax. I have not been there in nine years.", "Malik Benhadj"),
        ),
    ),
)

#: The third batch of whole articles (:data:`tests.corpus_articles.THIRD_BATCH`), labelled
#: independently of the first two before the extractor was run on it.
ARTICLES_3: tuple[Case, ...] = (
    Case(
        "ap-immigration",
        THIRD_BATCH["ap-immigration"],
        (
            full("We cannot ask judges to carry caseloads like this and call it justice", "Maria Delgado"),
            full("Washington has left our border communities on their own.", "Maria Delgado"),
            full("My clients have been waiting since 2021 for a first hearing", "Luis Ortega"),
            full("Soldiers at the border don't change that.", "Luis Ortega"),
            partial("long overdue", "Warren Hale"),
            partial("a year ago, not in an election year.", "Warren Hale"),
            full("This is not a partisan problem", "Maria Delgado"),
            full("It's a math problem.", "Maria Delgado"),
            partial("look at the request carefully", "Tom Brandt"),
        ),
    ),
    Case(
        "reuters-earnings",
        THIRD_BATCH["reuters-earnings"],
        (
            full("Consumers are still trading down to private labels, and we do not expect that to reverse quickly",
                 "Ingrid Solvang"),
            full("We are choosing margin over volume.", "Ingrid Solvang"),
            full("We look at the portfolio all the time. That is our job", "Ingrid Solvang"),
            partial("prudent rather than alarming", "Jonas Berg"),
            full("We are sad to lose good colleagues, but the plant runs at 55% of capacity", "Ingrid Solvang"),
        ),
    ),
    Case(
        "afp-rebels",
        THIRD_BATCH["afp-rebels"],
        (
            partial("a lie to hide a rout", "Patriotic Liberation Front"),
            partial("repelled the terrorists", "Mabenga's defence ministry"),
            partial("more than 150 assailants", "Mabenga's defence ministry"),
            full("Korvalle is ours. The army ran, leaving its weapons and its dead", "Adama Keita"),
            full("We have no interest in civilians.", "Adama Keita"),
            partial("dozens more", None),
            full("Families are arriving with nothing, many of them children on their own", "Fatou Ndiaye"),
            full("We are running out of water.", "Fatou Ndiaye"),
            partial("an act of cowardice", "Ibrahim Sangare"),
            full("The army will retake every metre of our land", "Ibrahim Sangare"),
            full("If the FPL holds the town, it controls the main road to the border and the gold mines around it",
                 "Moussa Diarra"),
        ),
    ),
    Case(
        "xinhua-port",
        THIRD_BATCH["xinhua-port"],
        (
            full("The new terminal will raise our efficiency by about 30 percent and cut carbon emissions per "
                 "container by a fifth", "Wang Lihua"),
            full("Zhenhai is not only a port for Zhejiang, it is a gateway for the whole Yangtze River Delta",
                 "Chen Ming"),
            partial("uncertain external demand.", "Li Qiang"),
            full("Every container we put on a train instead of a truck is a win for the environment", "Wang Lihua"),
        ),
    ),
    Case(
        "dw-coalition",
        THIRD_BATCH["dw-coalition"],
        (
            full("We are not going to sign a coalition agreement that mortgages our children's future",
                 "Friedrich Albers"),
            full("But we are not leaving the table either.", "Friedrich Albers"),
            full("Our voters did not elect us to balance the budget on the backs of retirees", "Sabine Roth"),
            full("Every week without a government is a gift to the AfD", "Ursula Brenner"),
            partial("tired of watching the same people argue about the same money.", "Ursula Brenner"),
            full("Investors want to know who will govern the largest economy in Europe", "Jens Kohler"),
        ),
    ),
    Case(
        "bloomberg-commodities",
        THIRD_BATCH["bloomberg-commodities"],
        (
            full("The market was positioned for a build, and it got a sizeable draw instead", "Helen Marsh"),
            full("That forces some short-covering.", "Helen Marsh"),
            full("Physical demand in Asia is strong, but the metal needs a clear signal from the Fed to break out",
                 "Rajiv Menon"),
            full("Nobody is worried about supply this winter any more", "Helen Marsh"),
            full("The question is next winter.", "Helen Marsh"),
        ),
    ),
    Case(
        "cp-hydro",
        THIRD_BATCH["cp-hydro"],
        (
            partial("the biggest export deal in our history.", "Luc Thibodeau"),
            full("This is clean energy that is produced here, by Quebecers, and sold at a good price", "Luc Thibodeau"),
            full("Every dollar we earn goes back into our schools and our hospitals.", "Luc Thibodeau"),
            full("We have been at the table from the start, and that is new", "Robert Wapachee"),
            full("For once, we are partners and not an afterthought.", "Robert Wapachee"),
            full("Who pays for the line if the Americans walk away?", "Nadia Caron"),
            full("He did not answer that question.", "Nadia Caron"),
            partial("commercially sensitive", "Luc Thibodeau"),
        ),
    ),
    Case(
        "india-infrastructure",
        THIRD_BATCH["india-infrastructure"],
        (
            full("Mumbai cannot wait another decade for infrastructure that it needed yesterday", "Vikram Deshpande"),
            full("We will finish these projects in this government's term.", "Vikram Deshpande"),
            full("These are the same projects they announced in 2019. Only the cost has gone up", "Asha Pawar"),
            partial("a model for other states.", "Rakesh Joshi"),
        ),
    ),
    Case(
        "sport-transfer",
        THIRD_BATCH["sport-transfer"],
        (
            full("I have dreamt of playing in this league since I was a boy in Enugu", "Emeka Okafor"),
            full("I am here to win trophies, not to sit on the bench.", "Emeka Okafor"),
            full("He is fast, he is strong, and he finishes with both feet", "Javier Ferrer"),
            full("But he is young. We will be patient with him.", "Javier Ferrer"),
            full("We have waited years for a striker like this", "Pablo Navarro"),
            full("Now we can dream.", "Pablo Navarro"),
            partial("bittersweet", "Marc de Wit"),
        ),
    ),
    Case(
        "heatwave-iberia",
        THIRD_BATCH["heatwave-iberia"],
        (
            full("We are seeing temperatures that our models said we would see in the 2050s", "Carla Fontes"),
            full("This is not an anomaly any more.", "Carla Fontes"),
            full("The wind changed direction three times in one afternoon", "Joao Tavares"),
            full("We have never seen a fire move like this.", "Joao Tavares"),
            full("We have lost in one week what we grew in six months", "Miguel Ruiz"),
        ),
    ),
    Case(
        "health-cholera",
        THIRD_BATCH["health-cholera"],
        (
            partial("deeply concerned", "Tedros Adhanom Ghebreyesus"),
            full("Cholera is preventable and treatable. No one should be dying of it in 2025",
                 "Tedros Adhanom Ghebreyesus"),
            full("But people are dying, and most of them are dying at home, before they ever reach a clinic.",
                 "Tedros Adhanom Ghebreyesus"),
            full("We need at least twice that", "Grace Mwale"),
            full("Some arrive so dehydrated that we cannot find a vein", "Paul Okello"),
            full("We are treating people on the floor.", "Paul Okello"),
        ),
    ),
    Case(
        "investigation-drones",
        THIRD_BATCH["investigation-drones"],
        (
            partial("does not comment on market rumours", "Kevin Ames"),
            partial("fully committed", "Kevin Ames"),
            full("Selling the drone business would raise cash quickly, but it is the crown jewel", "Amy Koenig"),
            full("It would leave Brightwell smaller and weaker.", "Amy Koenig"),
            partial("at least $3 billion within 18 months", "Daniel Reyes"),
            full("This is exactly the kind of deal CFIUS exists for", "Ruth Calloway"),
        ),
    ),
)

#: The fourth batch of whole articles (:data:`tests.corpus_articles.FOURTH_BATCH`), labelled
#: independently of the first three before the extractor was run on it. An unnamed speaker (an
#: official on condition of anonymity, an engineer, "the researchers") is None; a written
#: statement is its issuer's; a quote inside a quote is one quote, its outer speaker's; film
#: titles in quotation marks are no quotes.
ARTICLES_4: tuple[Case, ...] = (
    Case(
        "ansa-metro",
        FOURTH_BATCH["ansa-metro"],
        (
            partial("unforeseeable archaeological finds", "Giulia Ferrante"),
            full("We found a Roman bathhouse where the plans said there would be sand,", "Giulia Ferrante"),
            full("Nobody can bulldoze that, and nobody should.", "Giulia Ferrante"),
            full("The numbers are a scandal,", "Marco Esposito"),
            full("Every year they announce a new date and a bigger bill, and every year the people of Scampia "
                 "wait.", "Marco Esposito"),
            partial("requested by the client", "Metrocampania"),
            partial("fully committed", "Metrocampania"),
            partial("cannot afford to lose this line", "Antonio Guarino"),
            full("A bit more time, yes. A bit less ambition, never.", "Antonio Guarino"),
            full("I was 40 when they started talking about it, now I am 52,", "Rosaria De Luca"),
            full("My son will use it, maybe.", "Rosaria De Luca"),
        ),
    ),
    Case(
        "aljazeera-truce",
        FOURTH_BATCH["aljazeera-truce"],
        (
            partial("serious and constructive", "Qatar's Ministry of Foreign Affairs"),
            partial("closer than at any point since January", "Majed bin Rashid al-Khalidi"),
            partial("gaps remain", "Majed bin Rashid al-Khalidi"),
            full("We have given the mediators our answer, and the ball is in the other court,", None),
            full("They are asking us to empty our prisons in return for a pause they have broken twice before,",
                 "Salma Abu Hamdan"),
            full("We want a ceasefire that lasts, not a photo.", "Salma Abu Hamdan"),
            partial("cold but useful", "Khaled bin Yousef al-Amiri"),
            partial("a waste of an afternoon", "Salma Abu Hamdan"),
            full("I told them, 'Bring us a list of names and we will bring you a date,' and we are still waiting "
                 "for the list,", "Ahmad al-Tamimi"),
            full("People are eating grass,", "Layla Haddad"),
            full("That is not a figure of speech.", "Layla Haddad"),
        ),
    ),
    Case(
        "kyodo-subsidies",
        FOURTH_BATCH["kyodo-subsidies"],
        (
            full("Prices are rising faster than wages in many regions, and we cannot leave people alone with that,",
                 "Takeda Hiroshi"),
            full("We will also look at support for small businesses.", "Takeda Hiroshi"),
            partial("with a high sense of urgency", "Kobayashi Emi"),
            partial("take appropriate action", "Kobayashi Emi"),
            full("Subsidies are a painkiller, not a cure,", "Noda Kenji"),
            full("Every month the government buys time, and every month the bill is sent to our children.",
                 "Noda Kenji"),
            partial("by the end of November.", "Takeda Hiroshi"),
            full("Nothing is decided yet,", "Takeda Hiroshi"),
            partial("will help keep the lights on in factories that run on thin margins.", "Sato Michiko"),
            full("The government is paying people to keep using what it says is too expensive,", "Ishii Taro"),
        ),
    ),
    Case(
        "yonhap-chips",
        FOURTH_BATCH["yonhap-chips"],
        (
            full("The talent gap is now a bigger risk to our industry than any tariff,", "Park Ji-won"),
            full("You can build a fab with money. You cannot build an engineer with money.", "Park Ji-won"),
            full("This cannot be the government's job alone,", "Park Ji-won"),
            partial("a good start", "Lee Sang-ho"),
            full("We are competing with Taiwan and the United States for the same 25-year-olds,", "Lee Sang-ho"),
            full("Money helps, but so do immigration rules.", "Lee Sang-ho"),
            full("About one in four engineers we train leaves for another industry within three years,",
                 "Kim Hye-jin"),
            partial("too little, too late", "United People's Party"),
        ),
    ),
    Case(
        "reuters-brazil",
        FOURTH_BATCH["reuters-brazil"],
        (
            partial("unanchored", "Brazil's central bank"),
            partial("demands caution", "Monetary Policy Committee"),
            partial("tilted to the upside", "Monetary Policy Committee"),
            partial("a mistake that the productive sector will pay for", "Rafael Couto"),
            full("With real rates near 9%, Brazil has one of the highest borrowing costs in the world,",
                 "Rafael Couto"),
            full("No country grows like this.", "Rafael Couto"),
            full("Our job is not to be popular. Our job is to bring inflation to the target,", "Helena Bastos"),
            partial("do whatever is necessary", "Helena Bastos"),
            full("The message is clear: no cuts in 2025,", "Thiago Menezes"),
            full("They want to see services inflation break first.", "Thiago Menezes"),
        ),
    ),
    Case(
        "aap-water",
        FOURTH_BATCH["aap-water"],
        (
            full("We are not going to wait for the next drought to start the next drought plan,",
                 "Claire Whitfield"),
            full("Sydney has grown by a million people in 15 years and the dams have not.", "Claire Whitfield"),
            full("This time we are doing the planning while it is still raining,", "Tom Brennan"),
            partial("a monument to bad planning", "Opposition"),
            full("The premier is building a A$3.8 billion plant to fix a problem she made worse,", "Rebecca Tan"),
            partial("bigger than the town", "Gail Morrison"),
            full("We were told about it on the news, like everyone else,", "Gail Morrison"),
            full("If it runs on coal power, it is a climate problem disguised as a water solution,", "Anika Shah"),
        ),
    ),
    Case(
        "ntsb-derailment",
        FOURTH_BATCH["ntsb-derailment"],
        (
            full("We have found no evidence so far of a track defect,", "Jennifer Holloway"),
            full("But we are not ruling anything out, and I would caution against anyone drawing conclusions.",
                 "Jennifer Holloway"),
            partial("a drag", None),
            partial("routinely scheduled to the legal limit and beyond.",
                    "Brotherhood of Locomotive Engineers and Trainmen"),
            full("Safety is at the core of everything we do,", "Dana Whitcomb"),
            full("They knew these cars had problems,", "Carla Ruiz"),
            full("They knew, and they kept running them.", "Carla Ruiz"),
            partial("what happens when profits set the schedule.", "Mark Dettweiler"),
        ),
    ),
    Case(
        "strike-buses",
        FOURTH_BATCH["strike-buses"],
        (
            full("Our members are not greedy, they are skint,", "Sharon Maddox"),
            full("They drive the city to work every morning and then cannot afford to live in it.", "Sharon Maddox"),
            partial("fair and affordable", "Northway Buses"),
            full("We have made a good offer in a difficult year,", "Priya Raman"),
            full("A strike will only hurt the passengers and the drivers.", "Priya Raman"),
            partial("not moved a penny", "Dave Kerrigan"),
            partial("ready to help", "Acas"),
            full("I'll have to get taxis to work, and that's £20 a day I don't have,", "Megan Doyle"),
            full("Nobody wins a 10-day strike,", "Colin Ashworth"),
            full("Least of all the people who rely on these buses to get to work, to school and to hospital.",
                 "Colin Ashworth"),
            partial("a matter for the group", "Priya Raman"),
        ),
    ),
    Case(
        "eu-fine",
        FOURTH_BATCH["eu-fine"],
        (
            full("For almost six years, Veltrix told developers they could reach European users only on its terms,",
                 "Marta Lindqvist"),
            full("That ends today.", "Marta Lindqvist"),
            full("The Commission has ignored the facts and punished a company that protects users from fraud,",
                 "Veltrix"),
            full("Today's decision makes European consumers less safe, not more.", "Veltrix"),
            partial("a gift to scammers", "Brian Kowalczyk"),
            partial("a turning point", "Elise Marchand"),
            full("We waited four years for this, and it was worth it,", "Elise Marchand"),
            full("Fines go to Brussels. The money was taken from consumers,", "Ursula Pichler"),
            partial("before the summer", "Marta Lindqvist"),
        ),
    ),
    Case(
        "science-hearing",
        FOURTH_BATCH["science-hearing"],
        (
            full("Hearing loss is often treated as a normal part of getting older, so people simply don't ask,",
                 "Ines Kovac"),
            full("But it is one of the biggest risk factors for dementia that we can actually do something about.",
                 "Ines Kovac"),
            full("Our findings suggest that routine hearing checks from the age of 60 could identify millions of "
                 "people who would benefit from hearing aids,", None),
            partial("a careful piece of work", "Tomasz Wieczorek"),
            full("We should be careful about saying hearing aids prevent dementia,", "Tomasz Wieczorek"),
            full("This study does not show that, and the authors do not claim it.", "Tomasz Wieczorek"),
            full("Someone who is told to wait 40 weeks for a hearing test is someone who stops going out,",
                 "Rachel Dunmore"),
        ),
    ),
    Case(
        "police-chase",
        FOURTH_BATCH["police-chase"],
        (
            full("Our deputy did exactly what he was trained to do. He backed off, called it in, and kept the "
                 "public safe,", "Darlene Voss"),
            full("The man in that truck was not trying to get away. He was trying to kill somebody.",
                 "Darlene Voss"),
            full("He's not a monster. He needed help, and nobody gave it to him,", "Linda Dunham"),
            partial("panicked.", "Travis Lee Dunham"),
            full("That is three times too many.", "Darlene Voss"),
        ),
    ),
    Case(
        "box-office",
        FOURTH_BATCH["box-office"],
        (
            full("We were told nobody goes to the movies for grown-ups anymore,", "Walter Brandt"),
            full("I am very happy to have been told wrong.", "Walter Brandt"),
            full("Thank you for showing up for a story about people,", "Mira Sandoval"),
            full("This is a movie that will play for weeks,", "Dana Okafor"),
            full("Word of mouth on a film like this is worth more than any trailer.", "Dana Okafor"),
            partial("there is money in the middle,", "Dana Okafor"),
            partial("something in the $50 million range.", "Jerome Alcott"),
            full("When my assistant called me Saturday morning, I told her, 'Read that number again.'",
                 "Jerome Alcott"),
        ),
    ),
)

#: The fifth batch of whole articles (:data:`tests.corpus_articles.FIFTH_BATCH`), labelled
#: independently of the first four before the extractor was run on it. A body's statement,
#: advisory or post is the body's ("the center said in its 4 p.m. advisory", "it wrote"); a
#: spokesperson of a named body is that body (corrected to None, see the module docstring); an
#: anonymous source or MP is None; "she added"
#: after two women named is the one already speaking; a quote inside a quote is one quote; a
#: clause after "that" of five words or more running to the end of its sentence is full.
ARTICLES_5: tuple[Case, ...] = (
    Case(
        "nhc-hurricane",
        FIFTH_BATCH["nhc-hurricane"],
        (
            full("This is a life-threatening situation,", "National Hurricane Center"),
            full("Residents in the warning area should complete preparations now.", "National Hurricane Center"),
            full("If you have been told to leave, leave,", "Carla Whitfield"),
            full("We can rebuild a house. We cannot rebuild you.", "Carla Whitfield"),
            full("People think of the coast, but most hurricane deaths come from fresh water,", "Travis Keel"),
            full("Six inches of moving water can knock you off your feet.", "Travis Keel"),
            full("I rode out Ivan and I rode out Sally,", "Dennis Okafor"),
            full("My wife says this is the one that gets me.", "Dennis Okafor"),
            partial("days, not hours.", "Alabama Coastal Power"),
            partial("above normal,", None),
        ),
    ),
    Case(
        "jury-verdict",
        FIFTH_BATCH["jury-verdict"],
        (
            full("Mr. Vance treated the retirement savings of first responders like his own checking account,",
                 "Melissa Dorn"),
            partial("bookkeeping scapegoat", "Robert Castellano"),
            full("We respect the jury's work, but we believe the judge should never have allowed the jury to hear "
                 "the recorded calls,", "Robert Castellano"),
            full("Some of these men and women put in 30 years,", "Linda Pruitt"),
            full("He took that from them.", "Linda Pruitt"),
            full("I wanted him to see our faces,", "Linda Pruitt"),
            full("Nobody was checking,", "Denise Harlan"),
            full("Not once.", "Denise Harlan"),
        ),
    ),
    Case(
        "interfax-pipeline",
        FIFTH_BATCH["interfax-pipeline"],
        (
            full("We are not in a hurry. The contract terms must suit us, not only our partners,", "Pavel Zhirkov"),
            partial("any volumes the market requires", "Oleg Tarasenko"),
            partial("a commercial matter", "Yuri Belov"),
            full("The president is informed about the course of the negotiations,", "Yuri Belov"),
            partial("fully in line with European practice.", "QazTransit"),
            full("The eastern route is growing faster than anyone expected,", "Sergei Kovrov"),
            partial("nobody expects miracles.", None),
            full("Turkey is a reliable partner,", "Pavel Zhirkov"),
            partial("in principle", "Pavel Zhirkov"),
        ),
    ),
    Case(
        "nigeria-kidnapping",
        FIFTH_BATCH["nigeria-kidnapping"],
        (
            full("Our tactical teams have been deployed and are combing the forest in collaboration with the "
                 "military,", "Yakubu Garba"),
            full("We urge the public to remain calm.", "Yakubu Garba"),
            full("They were shooting in the air and shouting at us to lie down,", "Abdullahi Yusuf"),
            full("I saw them take women and children into the bush.", "Abdullahi Yusuf"),
            partial("rescue every victim alive.", "Musa Danjuma"),
            partial("bandits", "Nigeria's military"),
            full("We don't trust the government to bring him back,", "Amina Bello"),
            full("Every ransom paid buys more rifles,", "Bulama Bukarti"),
            full("The state is funding its own enemies.", "Bulama Bukarti"),
        ),
    ),
    Case(
        "philippine-rice",
        FIFTH_BATCH["philippine-rice"],
        (
            full("Our farmers are selling palay at 17 pesos a kilo and consumers are buying rice at 52 pesos. "
                 "Somebody in the middle is getting rich,", "Raffy Dela Cruz"),
            partial("cartel-like behavior", "Raffy Dela Cruz"),
            full("If we cut imports now, prices will go up, not down,", "Ramon Villareal Jr."),
            full("We need to raise yields first.", "Ramon Villareal Jr."),
            full("Many of them are now planting vegetables or leaving for the city,", "Teodoro Bautista"),
            full("We are not asking for charity. We are asking for a fair price,", "Teodoro Bautista"),
            full("all options are on the table.", "Mariel Ocampo"),
            full("This is not politics,", "Raffy Dela Cruz"),
            full("This is about whether there will still be Filipino rice farmers in ten years.", "Raffy Dela Cruz"),
        ),
    ),
    Case(
        "mexico-water",
        FIFTH_BATCH["mexico-water"],
        (
            full("We are facing the worst drought in seven decades, and we have to act before the taps run dry,",
                 "Lucía Ferrer"),
            full("No one will be left without water,", "Elena Carranza"),
            full("That is our commitment.", "Elena Carranza"),
            full("For three weeks I have carried buckets from the pipa,", "María Guadalupe Torres"),
            full("They say «ration», but here we have been rationed for years.", "María Guadalupe Torres"),
            full("They knew since 2021,", "Luis Mendoza"),
            full("The rains will come back, but the city keeps growing,", "Ricardo Sánchez"),
            partial("at least until the rainy season,", "Lucía Ferrer"),
        ),
    ),
    Case(
        "france-farmers",
        FIFTH_BATCH["france-farmers"],
        (
            full("We will stay as long as it takes,", "Jérôme Vidal"),
            full("Farmers cannot compete with beef produced with rules that would be illegal here.", "Jérôme Vidal"),
            partial("in its current form", "Hélène Marchal"),
            full("The right to protest is not the right to block an entire region,", "Hélène Marchal"),
            full("Paris sold us to Brazil,", "Sophie Lenaerts"),
            partial("less than the minimum wage", "Marie Castaing"),
            full("My father did this, my grandfather did this,", "Marie Castaing"),
            full("I don't know if my children will.", "Marie Castaing"),
            full("We will listen, but we will not reopen the whole deal,", "François Delorme"),
            full("France alone cannot block an agreement signed by 27 countries.", "François Delorme"),
        ),
    ),
    Case(
        "uk-resignation",
        FIFTH_BATCH["uk-resignation"],
        (
            full("I came into politics to get homes built. I cannot defend a policy that will leave another "
                 "generation renting into their forties.", "Tom Ashworth"),
            partial("a retreat dressed up as realism.", "Tom Ashworth"),
            partial("disappointed", None),
            partial("fully committed to the biggest building programme in a generation.", None),
            full("Tom has been a brilliant minister and we thank him for his service,", None),
            partial("grim.", None),
            full("Without a serious skills plan, any target is a number on a press release.", "Neil Hartigan"),
            partial("in chaos", "Graham Whitlow"),
            full("It is a principled decision and I respect it,", "Angela Rayner-Holt"),
            partial("at the earliest opportunity.", "Angela Rayner-Holt"),
        ),
    ),
    Case(
        "quake-turkey",
        FIFTH_BATCH["quake-turkey"],
        (
            full("The search and rescue work continues in 27 locations. We will not stop until we reach every "
                 "citizen under the rubble,", "Mehmet Arslan"),
            full("No one will be left in the cold,", "Cemal Toprak"),
            full("My mother and my sister are still inside,", "Serkan Demir"),
            full("We heard my sister's voice at dawn. Since then, nothing.", "Serkan Demir"),
            partial("quiet for at least 150 years.", "Hasan Yildiz"),
            partial("shelter, heating, and hot food.", "Kerem Ozturk"),
            partial("baseless.", "Murat Sezer"),
        ),
    ),
    Case(
        "crypto-slump",
        FIFTH_BATCH["crypto-slump"],
        (
            full("This is a classic leverage flush,", "Katrin Sommer"),
            full("People borrowed to buy the top, and now they are being forced to sell.", "Katrin Sommer"),
            full("Risk management is not optional,", "Hyperion"),
            full("We have seen drawdowns of 20% to 30% in every bull market,", "Michael Novak"),
            full("Long-term holders are not selling.", "Michael Novak"),
            partial("if the equity selloff continues.", "Geoffrey Lindqvist"),
            full("A lot of the froth had to come out,", "Katrin Sommer"),
            full("I would rather see it now than at $100,000.", "Katrin Sommer"),
        ),
    ),
    Case(
        "unhcr-sudan",
        FIFTH_BATCH["unhcr-sudan"],
        (
            full("Many arrive with nothing, after walking for days, and many have seen family members killed,",
                 "Olga Serrano"),
            full("We are at breaking point,", "Dominique Hardy"),
            full("Children are dying of hunger at a rate we have not seen in years,", "Claire Nicolet"),
            full("Without new funding, our pipeline breaks in December,", "World Food Programme"),
            full("We walked for five days. My youngest was sick the whole way,", "Fatima Adam"),
            full("Every day I ask the new ones if they have seen my brothers,", "Hawa Ibrahim"),
            full("We have land. We do not have water points, latrines or schools,", "Olga Serrano"),
        ),
    ),
    Case(
        "tennis-final",
        FIFTH_BATCH["tennis-final"],
        (
            full("I think today I served as well as I have all year,", "Luca Marchetti"),
            full("Against Diego, you need that, because he doesn't give you anything from the baseline.",
                 "Luca Marchetti"),
            full("When you are 3-5 in a tiebreak against him, you just hit and hope,", "Luca Marchetti"),
            full("Today it worked.", "Luca Marchetti"),
            full("He was better in the important moments,", "Diego Ferrán"),
            full("That's the difference at this level, two or three points.", "Diego Ferrán"),
            full("He told me on Thursday it was about 80 per cent,", "Darren Holt"),
            full("You wouldn't have known it.", "Darren Holt"),
            partial("rest a few days and then think about Turin.", "Diego Ferrán"),
            full("I'm tired, honestly,", "Diego Ferrán"),
            full("But it's a good tired.", "Diego Ferrán"),
            partial("bothering me since Shanghai.", "Diego Ferrán"),
            full("I need to be honest with myself,", "Diego Ferrán"),
        ),
    ),
)

#: The sixth batch of whole articles (:data:`tests.corpus_articles.SIXTH_BATCH`), labelled
#: independently of the first five before the extractor was run on it, by the same rules: a body's
#: statement or ruling is the body's ("the court in Karlsruhe said"); a scare quote or a draft
#: text's words with no speaker are None; a quote running over two paragraphs is one quote per
#: paragraph, both the speaker's; a split quote is two full quotes; headline quotes are not in the
#: body and are not listed.
ARTICLES_6: tuple[Case, ...] = (
    Case(
        "pti-election",
        SIXTH_BATCH["pti-election"],
        (
            full("The people have chosen stability over slogans. This mandate is for the farmers and the youth of "
                 "Dakshinpur,", "Raghavendra Kulkarni"),
            full("We made a promise and we will keep it,", "Raghavendra Kulkarni"),
            partial("misusing state machinery", "Sunanda Pawar"),
            full("We accept the verdict with humility,", "Sunanda Pawar"),
            full("But the fight for jobs does not end today.", "Sunanda Pawar"),
            full("It is a personal loss, not a political one,", "Anil Deshmane"),
            full("I will sit in the opposition benches if I have to.", "Anil Deshmane"),
            partial("full moral responsibility", "Vinod Shetty"),
        ),
    ),
    Case(
        "dawn-floods",
        SIXTH_BATCH["dawn-floods"],
        (
            full("The water has not receded in several districts, and we are moving tents and food by boat,",
                 "Imran Shafiq"),
            full("Our priority is Dadu and Jacobabad.", "Imran Shafiq"),
            full("No family will be left on its own,", "Asad Memon"),
            partial("heavy to very heavy", "Pakistan Meteorological Department"),
            full("We had no time to take anything. My cattle drowned in front of my eyes,", "Ghulam Rasool"),
            partial("every possible help", "Shahbaz Khan"),
            full("We have 40 doctors for more than 20 camps,", "Sadia Baloch"),
            full("We need at least twice as many, and we need them now.", "Sadia Baloch"),
        ),
    ),
    Case(
        "news24-power",
        SIXTH_BATCH["news24-power"],
        (
            full("We regret having to escalate load shedding at such short notice. Teams are working around the "
                 "clock to return the units to service,", "Daphne Mahlangu"),
            partial("serious but under control", "Sipho Ndaba"),
            full("We are not going back to the dark days of 2023,", "Sipho Ndaba"),
            full("The plan is working, but old plants break.", "Sipho Ndaba"),
            full("Every hour without power is an hour without sales,", "Nomsa Khumalo"),
            full("Small businesses cannot afford diesel generators.", "Nomsa Khumalo"),
            full("South Africans deserve to know why the maintenance plan failed,", "Kevin Mileham"),
        ),
    ),
    Case(
        "anadolu-inflation",
        SIXTH_BATCH["anadolu-inflation"],
        (
            full("The decline in annual inflation will become more visible in the coming months,", "Kemal Yavuz"),
            partial("as long as necessary", "Hakan Ersoy"),
            full("We will not take our foot off the brake until we see a permanent improvement in the underlying "
                 "trend,", "Hakan Ersoy"),
            full("Price stability is not negotiable.", "Hakan Ersoy"),
            full("October's figure confirms a slow but steady path,", "Ayse Korkmaz"),
            full("We expect the first rate cut in December, of 250 basis points.", "Ayse Korkmaz"),
            partial("at least twice", "Ali Riza Tekin"),
        ),
    ),
    Case(
        "airline-results",
        SIXTH_BATCH["airline-results"],
        (
            full("This was the best summer in our 40-year history,", "Marisa Kent"),
            full("People are still choosing travel over almost anything else.", "Marisa Kent"),
            full("We see no sign of that changing in the bookings for the holidays.", "Marisa Kent"),
            full("The guidance raise is the surprise here,", "Owen Hartley"),
            full("Nobody expected them to lift the top end this far.", "Owen Hartley"),
            full("We want a balance sheet that can take a shock,", "Raj Menon"),
            full("This contract finally pays flight attendants for the time they spend boarding passengers,",
                 "Lauren Diaz"),
        ),
    ),
    Case(
        "dpa-karlsruhe",
        SIXTH_BATCH["dpa-karlsruhe"],
        (
            partial("a disproportionate interference with the secrecy of telecommunications",
                    "Federal Constitutional Court"),
            partial("a great day for the constitution", "Katrin Albers"),
            full("The state cannot treat every citizen as a suspect", "Katrin Albers"),
            full("This ruling makes that clear once and for all.", "Katrin Albers"),
            full("We respect the court’s decision", "Jens Rohwedder"),
            full("but the police need tools to fight serious crime.", "Jens Rohwedder"),
            full("That money is now lost", "Bernhard Rohleder"),
            partial("not to try again by the back door", "Lena Vogt"),
            partial("go blind", "Dirk Peglow"),
        ),
    ),
    Case(
        "fda-trial",
        SIXTH_BATCH["fda-trial"],
        (
            partial("bad", None),
            full("These are the kind of numbers we usually only see with injections,", "Helen Marsh"),
            full("A pill changes who can be treated.", "Helen Marsh"),
            partial("very rare", "Helen Marsh"),
            partial("impressive but not yet the full picture.", "Samuel Okoye"),
            full("We need to know what happens after five or ten years, and we need to know the price,",
                 "Samuel Okoye"),
            full("We intend to price it so that it is accessible,", "Paul Brenner"),
            full("A medicine nobody can afford helps nobody.", "Paul Brenner"),
        ),
    ),
    Case(
        "climate-summit",
        SIXTH_BATCH["climate-summit"],
        (
            full("This is not the end of the road, it is a down payment,", "Grace Wanjiru"),
            full("We will be back next year to ask for more.", "Grace Wanjiru"),
            full("We have heard the call from the most vulnerable countries,", "Anders Holm"),
            full("Europe is answering it.", "Anders Holm"),
            full("Our islands are going under water while we argue about commas,", "Tevita Fifita"),
            full("1.5C is not a slogan for us. It is survival.", "Tevita Fifita"),
            partial("transition away from unabated coal", None),
            full("A deal that does not mention oil and gas is not a climate deal,", "Maria Lindqvist"),
            full("Some text is better than no text.", "Paulo Ribeiro"),
            partial("close the gap, not widen it.", "António Guterres"),
            partial("welcome but a fraction of what is needed.", "António Guterres"),
        ),
    ),
    Case(
        "xinhua-data",
        SIXTH_BATCH["xinhua-data"],
        (
            full("The national economy maintained a stable recovery in August, with production and demand both "
                 "improving,", "Liu Aihua"),
            full("The real estate sector is still in a period of adjustment, but the pace of decline is narrowing,",
                 "Liu Aihua"),
            partial("likely and necessary.", "Wen Bin"),
            partial("ample room", "Zhang Ming"),
        ),
    ),
    Case(
        "ransomware",
        SIXTH_BATCH["ransomware"],
        (
            partial("serious cyber incident", "Westmoor health trust"),
            full("We will not pay a ransom to criminals,", "Fiona Gallagher"),
            full("Our priority is to keep patients safe.", "Fiona Gallagher"),
            partial("several weeks", "Fiona Gallagher"),
            full("This is a reminder that the health sector is a prime target,", "Ollie Whitmore"),
            full("They rang me an hour before I was due to leave home,", "Margaret Lowe"),
            full("I just sat down and cried.", "Margaret Lowe"),
            full("Hospitals pay because lives are at stake, and the gangs know it,", "Priya Nair"),
            partial("whatever support it needs", "Tom Ashby"),
        ),
    ),
    Case(
        "pti-cricket",
        SIXTH_BATCH["pti-cricket"],
        (
            full("I just wanted to hit the deck hard and let the pitch do the rest,", "Harshit Rana"),
            full("The seniors told me to be patient.", "Harshit Rana"),
            full("To come here and win after being bowled out for 150 in the first innings says a lot about this "
                 "group,", "Jasprit Bumrah"),
            full("We are not getting carried away. There are four more Tests to go.", "Jasprit Bumrah"),
            full("They bowled better than us and batted better than us,", "Pat Cummins"),
            full("It's as simple as that.", "Pat Cummins"),
            full("We have been here before,", "Travis Head"),
            full("We know how to come back in a series.", "Travis Head"),
        ),
    ),
    Case(
        "nos-heist",
        SIXTH_BATCH["nos-heist"],
        (
            full("This is a dark day for the museum and for the Netherlands,", "Harry Tupan"),
            full("These objects are part of the heritage of another country, and they were entrusted to us.",
                 "Harry Tupan"),
            partial("tens of millions of euros", "Harry Tupan"),
            full("The thieves knew exactly what they were looking for,", "Arthur Brand"),
            full("Gold like this is often melted down within days, and then it is lost for ever.", "Arthur Brand"),
            full("We are using every means we have,", "Bert Visser"),
            partial("the full truth", "Natalia Intotero"),
        ),
    ),
)

#: The seventh batch of whole articles (:data:`tests.corpus_articles.SEVENTH_BATCH`), labelled
#: independently of the first six before the extractor was run on it, by the same rules: a body's
#: words are the body's ("The Federation of Codelsa Workers said ... “sacrificed for tonnage”"); a
#: quote running over two paragraphs is one quote per paragraph, both the speaker's; a split quote
#: is two full quotes; a speaker named only by title later ("the chief executive said") is the
#: person the story named with that title; headline quotes are not in the body and are not listed.
ARTICLES_7: tuple[Case, ...] = (
    Case(
        "reuters-mine",
        SEVENTH_BATCH["reuters-mine"],
        (
            full("Our absolute priority is to reach our colleagues and bring them home alive,", "Ruben Aravena"),
            full("We have not lost hope,", "Aurora Vidal"),
            full("But every hour counts.", "Aurora Vidal"),
            partial("sacrificed for tonnage", "Federation of Codelsa Workers"),
            full("We warned management in January that the supports in that tunnel were cracking,",
                 "Pedro Quilodran"),
            full("Nobody listened.", "Pedro Quilodran"),
            full("Every report we received was acted on,", "Ruben Aravena"),
        ),
    ),
    Case(
        "wam-budget",
        SEVENTH_BATCH["wam-budget"],
        (
            full("The budget reflects our commitment to the wellbeing of citizens and to a diversified economy,",
                 "Younis Al Khoori"),
            full("We expect a balanced budget for the third consecutive year,", "Younis Al Khoori"),
            full("Oil revenue is only part of the story now,", "Maryam Haddad"),
            full("Non-oil activity is doing the heavy lifting.", "Maryam Haddad"),
        ),
    ),
    Case(
        "nation-iebc",
        SEVENTH_BATCH["nation-iebc"],
        (
            full("What happened in Kakamega was not an election. It was a coronation written in advance,",
                 "Peter Shikuku"),
            full("We have forms from our agents that show different numbers from what was announced at the "
                 "tallying centre. We will take them to court.", "Peter Shikuku"),
            full("And we will ask the judges to open the ballot boxes,", "Peter Shikuku"),
            full("Every form is available online for anyone to check,", "Erastus Ethekon"),
            partial("nothing to hide", "Erastus Ethekon"),
            full("The campaign is over,", "Grace Wekesa"),
            full("Now we serve.", "Grace Wekesa"),
            full("We will file well before the deadline,", "Ruth Nyambura"),
        ),
    ),
    Case(
        "abc-bushfire",
        SEVENTH_BATCH["abc-bushfire"],
        (
            full("Residents of Bellbrook were left to make life-and-death decisions with information that was "
                 "already out of date,", "Teresa O'Brien"),
            full("The system worked as designed,", "Teresa O'Brien"),
            full("The problem is that it was designed for a different kind of fire.", "Teresa O'Brien"),
            full("We will study every recommendation carefully,", "Trent Curtin"),
            full("We owe that to the families.", "Trent Curtin"),
            partial("a start, not an end", "Lena Marsh"),
            full("Dad waited for a text that never came,", "Lena Marsh"),
        ),
    ),
    Case(
        "kyodo-recall",
        SEVENTH_BATCH["kyodo-recall"],
        (
            full("We deeply apologize for the great worry and inconvenience caused to our customers,",
                 "Kenji Morimoto"),
            full("A recall of this size is painful but manageable,", "Hiroshi Nakane"),
            full("The bigger risk is to the brand.", "Hiroshi Nakane"),
        ),
    ),
    Case(
        "cnbc-layoffs",
        SEVENTH_BATCH["cnbc-layoffs"],
        (
            full("These are hard decisions, and they affect people who have done great work,", "Dana Whitlock"),
            full("We are not cutting because we are struggling. We are cutting because the market is changing "
                 "faster than our structure,", "Dana Whitlock"),
            full("Every company says AI now when it means cost cutting,", "Priya Raman"),
            partial("in a 10-minute call", "Marcus Lee"),
        ),
    ),
    Case(
        "inpe-amazon",
        SEVENTH_BATCH["inpe-amazon"],
        (
            full("This is the result of a government that decided to enforce the law again,", "Helena Barros"),
            partial("more inspectors on the ground", "Helena Barros"),
            full("The Cerrado is paying the price for the Amazon's progress,", "Marcio Astrini"),
            full("Farmers are simply moving south.", "Marcio Astrini"),
            partial("legal, productive farming", "agriculture ministry"),
            partial("within reach", "Helena Barros"),
        ),
    ),
    Case(
        "rte-housing",
        SEVENTH_BATCH["rte-housing"],
        (
            partial("disappointing but not surprising", "Cathal Dwyer"),
            full("We are not where we need to be, and I am not going to pretend otherwise,", "Cathal Dwyer"),
            partial("lost control", "Eoin O Broin"),
            full("Every year we hear the same excuses,", "Eoin O Broin"),
            full("We have more homes under construction now than at any point in 15 years.", "James Browne"),
            partial("starts are not homes", "Eoin O Broin"),
            full("Until we build at least 50,000 homes a year, rents will keep rising,", "Ronan Lyons"),
        ),
    ),
    Case(
        "who-outbreak",
        SEVENTH_BATCH["who-outbreak"],
        (
            full("The next few weeks are critical,", "Tedros Adhanom Ghebreyesus"),
            full("If we do not contain it now, we will be fighting it for years.", "Tedros Adhanom Ghebreyesus"),
            full("Testing is our blind spot,", "Anne Ancia"),
            full("We cannot let this become another forgotten emergency,", "Jean Kaseya"),
        ),
    ),
    Case(
        "seriea-match",
        SEVENTH_BATCH["seriea-match"],
        (
            full("We suffered, but this team knows how to suffer,", "Raffaele Palladino"),
            full("Top of the table in December means nothing. Ask me again in May.", "Raffaele Palladino"),
            full("He won them the game,", "Antonio Conte"),
            full("We created enough to win twice.", "Antonio Conte"),
            full("I'm responsible,", "Antonio Conte"),
            full("Always.", "Antonio Conte"),
        ),
    ),
)

#: The eighth batch of whole articles (:data:`tests.corpus_articles.EIGHTH_BATCH`), labelled
#: independently of the first seven before the extractor was run on it, by the same rules: a quote
#: running over two paragraphs is one quote per paragraph, both the speaker's (the first has no
#: closing mark); a split quote is two full quotes; a speaker named later only by title ("the
#: minister said", "The coast guard spokesman") is the person the story named with that title; a
#: company's or a consultancy's words are the body's; a nickname ("known as “El Contador”") is no
#: quote, a scare-quoted name ("“blue” rate", the "Ring of Fire") is a partial with no speaker.
ARTICLES_8: tuple[Case, ...] = (
    Case(
        "pap-election",
        EIGHTH_BATCH["pap-election"],
        (
            full("Poles have chosen a government that talks to them rather than at them,", "Marta Zielinska"),
            full("We will begin talks with Third Way and the Left this week.", "Marta Zielinska"),
            full("Nobody should expect a coalition agreement by Friday. We want one that lasts four years, not "
                 "four months.", "Marta Zielinska"),
            partial("the largest single party", "Jan Wrobel"),
            partial("an alliance of convenience", "Jan Wrobel"),
            full("The arithmetic works, but the personalities may not,", "Michal Sadowski"),
        ),
    ),
    Case(
        "punch-strike",
        EIGHTH_BATCH["punch-strike"],
        (
            full("The Nigerian worker cannot carry this burden alone,", "Joe Ajaero"),
            full("When the price of fuel rises, the price of everything rises: food, transport, rent.", "Joe Ajaero"),
            full("The era of subsidy is over, but the era of support has just begun,", "Mohammed Idris"),
            full("Not one of our members has seen a kobo of these palliatives,", "Benson Upah"),
        ),
    ),
    Case(
        "antara-volcano",
        EIGHTH_BATCH["antara-volcano"],
        (
            full("The eruption occurred at 10:21 local time, and the ash column drifted to the north and northwest,",
                 "Abdul Muhari"),
            full("We heard a sound like thunder, then rocks started falling on the roofs,", "Maria Goreti"),
            full("We ran with only the clothes we were wearing.", "Maria Goreti"),
            full("Magma is still moving up. We cannot rule out a bigger eruption,", "Hadi Wijaya"),
            partial("Ring of Fire", None),
        ),
    ),
    Case(
        "snb-rates",
        EIGHTH_BATCH["snb-rates"],
        (
            full("Inflationary pressure has decreased again compared with the previous quarter,", "Martin Schlegel"),
            full("We will continue to monitor the situation closely and will adjust our monetary policy if "
                 "necessary.", "Martin Schlegel"),
            partial("willing to intervene in the foreign exchange market", "Martin Schlegel"),
            full("The door to a further cut in June is open, but it is not wide open,", "Karsten Junius"),
            full("Every tenth of a franc matters for our members,", "Stefan Brupbacher"),
        ),
    ),
    Case(
        "cbc-wildfire",
        EIGHTH_BATCH["cbc-wildfire"],
        (
            full("This is a dangerous and rapidly evolving situation,", "David Eby"),
            full("If you have been told to leave, leave now. Do not wait to see the smoke.", "David Eby"),
            full("Fill your tank, take your medication and check on your neighbours,", "Rob Fraser"),
            full("Crews are doing everything they can,", "Cliff Chapman"),
            full("But with these winds, we are not going to stop it today.", "Cliff Chapman"),
        ),
    ),
    Case(
        "universal-cartel",
        EIGHTH_BATCH["universal-cartel"],
        (
            full("This arrest strikes at the financial heart of a criminal organization that has caused enormous "
                 "pain,", "Omar García Harfuch"),
            partial("a businessman, not a criminal", "Ernesto Villalobos"),
            full("We will ask a federal judge to release him,", "Ernesto Villalobos"),
            full("The situation is under control, but we ask for caution,", "Rubén Rocha Moya"),
        ),
    ),
    Case(
        "afp-cycling",
        EIGHTH_BATCH["afp-cycling"],
        (
            full("I wanted to test my legs before the Alps in July,", "Tadej Pogačar"),
            full("The team did a perfect job.", "Tadej Pogačar"),
            partial("nothing to regret", "Remco Evenepoel"),
            full("Tadej was simply stronger today. But there are still two days, and anything can happen on the "
                 "roads around Nice,", "Remco Evenepoel"),
            partial("a small miracle", "Egan Bernal"),
            partial("at all costs", "Andrej Hauptman"),
            full("Our goal is July,", "Andrej Hauptman"),
            full("Without that, it would be closer,", "Jurgen Foré"),
        ),
    ),
    Case(
        "bernama-ringgit",
        EIGHTH_BATCH["bernama-ringgit"],
        (
            full("The ringgit is finally being priced for what the economy is, not for what the market feared it "
                 "might become,", "Mohd Afzanizam Abdul Rashid"),
            full("Our job is to get the fundamentals right. The market will do the rest,", "Amir Hamzah Azizan"),
            partial("hundreds of millions of ringgit", "Soh Thian Lai"),
            full("Foreign money that comes in fast can leave fast,", "Lee Heng Guie"),
        ),
    ),
    Case(
        "kathimerini-ferry",
        EIGHTH_BATCH["kathimerini-ferry"],
        (
            full("People stayed calm. The crew knew exactly what to do,", "Nikos Alexiou"),
            full("Within 40 minutes everyone was off the ship.", "Nikos Alexiou"),
            full("We woke up coughing. Nobody told us anything for 15 minutes,", "Eleni Markaki"),
            full("The alarm sounded within two minutes of the fire being detected,", "Nikos Alexiou"),
            partial("fully certified", "Minoan Aegean Lines"),
        ),
    ),
    Case(
        "batimes-peso",
        EIGHTH_BATCH["batimes-peso"],
        (
            full("Inflation is falling because we stopped printing money. It is that simple,", "Luis Caputo"),
            full("The numbers on inflation are good, but the numbers on the street are terrible,", "Hugo Yasky"),
            full("A pension of 300,000 pesos does not last two weeks.", "Hugo Yasky"),
            partial("a photograph of the past", "Luis Caputo"),
            full("Poverty is already falling, and the next survey will show it,", "Luis Caputo"),
            partial("blue", None),
            partial("too thin", "EcoGo"),
        ),
    ),
)

#: The ninth batch of whole articles (:data:`tests.corpus_articles.NINTH_BATCH`), labelled
#: independently of the first eight before the extractor was run on it, by the same rules: a quote
#: running over two paragraphs is one quote per paragraph, both the speaker's; a split quote is two
#: full quotes; a quote in « » marks ends where the mark closes, with no comma inside; a clause
#: continuing the reporter's sentence ("“which sounds generous ...”") is a partial; a speaker named
#: later only by title ("the minister said") is the person the story named with that title; a
#: company's, a council's or a ministry's words are the body's; an honorific ("Alhaji", "Prince",
#: "Mr", "Dr") is no part of the name.
ARTICLES_9: tuple[Case, ...] = (
    Case(
        "bdnews-fire",
        NINTH_BATCH["bdnews-fire"],
        (
            full("The main staircase was blocked by rolls of fabric, and the emergency exit on the fourth floor was "
                 "locked,", "Md Tajul Islam"),
            full("Many workers jumped from the windows.", "Md Tajul Islam"),
            partial("closed for repairs", "Anisur Rahman"),
            full("There was no inspection. We never saw anyone,", "Shirin Akter"),
            full("No worker should die for a shirt,", "Mahmud Hasan Khan"),
            full("We will find out who is responsible, and they will face the law.", "Mahmud Hasan Khan"),
            partial("their only income", "Kalpona Sarker"),
        ),
    ),
    Case(
        "latercera-strike",
        NINTH_BATCH["latercera-strike"],
        (
            full("We did not want to reach this point, but the company left us no choice", "Patricio Rojas"),
            full("The mine made record profits, and the workers who produced them deserve their share",
                 "Patricio Rojas"),
            partial("the best in the industry", "Minera Andina del Norte"),
            partial("less than half", "Patricio Rojas"),
            full("We are ready to stay out as long as it takes,", "Patricio Rojas"),
            full("Dialogue is the only path", "Carolina Muñoz"),
            full("A short strike is manageable. A long one would hurt the fiscal accounts,", "Juan Carlos Fuentes"),
        ),
    ),
    Case(
        "philstar-typhoon",
        NINTH_BATCH["philstar-typhoon"],
        (
            full("The numbers are still coming in. Several towns in Apayao remain cut off, so we expect the toll to "
                 "rise,", "Diego Mariano"),
            partial("two dozen", "Melvin Vargas"),
            partial("validating the reports", "NDRRMC"),
            full("We lost everything. The water came up to the roof in less than an hour,", "Rowena Dacanay"),
            full("Ofel is weakening, but its rain bands will stay over Luzon until Wednesday,", "Leonardo Castillo"),
        ),
    ),
    Case(
        "ahram-wheat",
        NINTH_BATCH["ahram-wheat"],
        (
            full("We have enough for the coming period, and the tender prices show that the market trusts Egypt,",
                 "Sherif Farouk"),
            full("Every supplier has been paid on time, without exception,", "Ahmed Kamal"),
        ),
    ),
    Case(
        "nos-farmers",
        NINTH_BATCH["nos-farmers"],
        (
            partial("more than 5,000", "Farmers Defence Force"),
            full("We are not against nature. We are against a plan that was written without us,", "Marco de Vries"),
            full("If they take our land, they take our future.", "Marco de Vries"),
            partial("which sounds generous until you realise you can never farm again", "Marco de Vries"),
            full("Nobody is being forced off their land,", "Femke Jansma"),
            full("But the court rulings are clear: without cuts, no new permits can be issued for housing or roads.",
                 "Femke Jansma"),
            full("We cannot build a single new home in large parts of the country until we fix this.", "Femke Jansma"),
        ),
    ),
    Case(
        "spa-oil",
        NINTH_BATCH["spa-oil"],
        (
            full("The extension is a precautionary measure to support the stability and balance of oil markets,",
                 "Energy Ministry"),
            partial("will always do what is needed", "Faisal bin Turki"),
            partial("get hurt", "Faisal bin Turki"),
            full("The market is oversupplied next year by as much as 1.2 million barrels a day if OPEC+ adds barrels,",
                 "Laura Brenner"),
            partial("unanimous", "Sergei Morozov"),
        ),
    ),
    Case(
        "vnexpress-bond",
        NINTH_BATCH["vnexpress-bond"],
        (
            full("The defendant's actions caused particularly serious consequences and shook public trust in the "
                 "corporate bond market,", "Tran Thi Hoa"),
            partial("never intended to cheat anyone", "Nguyen Van Thanh"),
            full("I put my savings of VND900 million into these bonds. My family has received nothing,", "Le Thi Mai"),
            full("We only want our money back.", "Le Thi Mai"),
        ),
    ),
    Case(
        "rnz-budget",
        NINTH_BATCH["rnz-budget"],
        (
            full("This is a no-nonsense budget. We are not going to borrow to pay the grocery bill,", "Rachel Hunt"),
            partial("who are already going without", "Tama Kereama"),
            full("This budget takes from those with the least and gives to landlords,", "Tama Kereama"),
            full("Every dollar we spend is borrowed or taxed. Someone has to pay,", "Rachel Hunt"),
            partial("without blinking", "Tama Kereama"),
            partial("a good start", "Grant Halvorsen"),
            full("The numbers are credible, which is more than you can say for a lot of budgets,", "Mira Patel"),
        ),
    ),
    Case(
        "gna-cocoa",
        NINTH_BATCH["gna-cocoa"],
        (
            full("Our farmers deserve a fair share of the world price. This increase puts more money in their pockets "
                 "than at any time in our history,", "Kwame Asante"),
            full("It is a step, but smugglers are still paying more across the border,", "Ibrahim Sulemana"),
            partial("on the spot", "Abena Owusu-Ansah"),
        ),
    ),
    Case(
        "pa-rugby",
        NINTH_BATCH["pa-rugby"],
        (
            partial("just ran", "Conor Dunne"),
            full("We showed a lot of character. At half-time we said we had 40 minutes to save our season, and the "
                 "lads responded,", "Declan Murphy"),
            partial("a lot of pain", "Declan Murphy"),
            full("He's a tough man, but we won't take risks with him,", "Declan Murphy"),
            full("You can't give a side like Ireland a 10-minute head start and expect to win,", "Simon Ashworth"),
            full("We'll learn from it.", "Simon Ashworth"),
        ),
    ),
)
