"""A second batch of short articles, written after the rules and scored before any tuning.

Its first score is the honest estimate of how the sources step does on unseen copy: precision
0.90, recall 0.87, F1 0.88 against the expectations as first written. Two were then corrected
(Marina Silva is quoted, so she is a source; "the Bank of England had forecast" cites it), and
the batch joined the corpus. Same format as :mod:`tests.corpus_sources`.

``LONGER`` holds whole articles of four to six paragraphs, written and scored the same way
later: precision 0.84, recall 0.84, F1 0.84 on first run, before the rules it showed missing
(unlisted adjectives, "residents of <place>", "the agency" for an institution just named).

``ARTICLES`` holds the sources of the twelve whole articles of :mod:`tests.corpus_articles`
(98 sources), written before the pipeline was run on them and scored once before any tuning:
precision 0.872, recall 0.837, F1 0.854. One label was then corrected by the documented
fullest-name rule: the party written "Union for Democratic Renewal (UDR)" and later "The UDR"
is one source under its full name (precision 0.883, recall 0.847, F1 0.865 after that).
After one round of fixes (datelines after a byline, coordinated and passive verbs, tallies
revised "to", documents that "showed", names with lists, stop words, plural possessives and
unlisted adjectives, "the company" from the headline): precision 0.960, recall 0.969, F1
0.964; the batch is no longer blind.

``ARTICLES_2`` holds the sources of the second batch (:data:`tests.corpus_articles.SECOND_BATCH`,
77 sources), written independently of the first before the pipeline was run on it, and scored
once before any tuning: precision 0.735, recall 0.792, F1 0.762. One label was then corrected by
the documented fullest-name rule: in the Karsa story "the UN says" follows "The United Nations
humanitarian office", so the source is the United Nations, as the same story's "U.N." is in the
appeal story (the first score counted the pipeline's "UN" a hit; against the corrected label
it is a miss and an extra). After one round of fixes (initialisms and "known as" short forms
merged into the name the body spells out, a body's kind taking the name apposed to it or the
one body of that kind the story named, "the group" after a sentence opening on a body, plural
groups and their places, nouns after prepositions, translated-from credits, unnamed single
people): precision 0.963, recall 1.000, F1 0.981; the batch is no longer blind. The three
extras left ("Danube Songs", "Hungarian Academy", "Today I") are quote speakers as the quote
extractor reads them. The whole-article first batch scores precision 0.990, recall 0.990, F1
0.990 after the same round.

``ARTICLES_3`` holds the sources of the third batch (:data:`tests.corpus_articles.THIRD_BATCH`, 97
sources), written independently of the first two before the pipeline was run on it, and scored
once before any tuning: precision 0.768, recall 0.784, F1 0.776. No label was changed after the
scoring. Round two of fixes brought it to precision 0.800, recall 0.825, F1 0.812. After one round
of fixes aimed at it (a dateline's bracketed region, a closing line naming only the agency, short
forms kept from the body's language, a person "of" a body, a lone first word of a listed name, a
company's first word, "the Spanish club", an adjective before a document): precision 0.904,
recall 0.876, F1 0.890; the batch is no longer blind.

``ARTICLES_4`` holds the sources of the fourth batch (:data:`tests.corpus_articles.FOURTH_BATCH`,
103 sources as first written), labelled independently of the first three, which had all been
tuned on, before the pipeline was run on it, and scored once before any tuning: precision 0.807,
recall 0.854, F1 0.830. Six labels were then added where the batch had broken the corpus's own
convention that an unnamed group cited for a claim is a source ("Analysts", "Immigration
attorneys" in the third batch): "Opposition lawmakers" and "Some economists" in the Kyodo story,
the "Economists" of the Brazilian central bank's survey, "Aid agencies", "federal investigators"
and "investigators" (109 sources; precision 0.853, recall 0.853, F1 0.853 after that).
After one round of fixes (a body apposed after its kind, "the board"/"the union" as the one the
story named, a company's first word after a business kind, findings, forecasts and ", saying"
hung on the clause's subject, bylines passed over for the lead, phrase edges): precision 0.903,
recall 0.936, F1 0.919; the batch is no longer blind. Left: the quote speakers' errors, "their
union" before Unite is named, "the firm"/"the company" with no body of that kind named, the
short ministry names ("industry ministry", "Qatari foreign ministry") beside the full ones, an
agency's own poll ("A Kyodo News poll found") merged into the credited agency, "Court records".

``ARTICLES_5`` holds the sources of the fifth batch (:data:`tests.corpus_articles.FIFTH_BATCH`, 115
sources), labelled independently of the first four, which had all been tuned on, before the
pipeline was run on it, and scored once before any tuning: precision 0.904, recall 0.904, F1
0.904. Two labels were then corrected where they broke the corpus's conventions: "some
analysts" is "analysts" (a count opens no name: "Some economists" is "Economists" in the
fourth batch), and the lead's "officials" of the Mexico City story is "City officials", the
fullest name the story gives them, under which variants of one source are merged.
After one round of fixes (a name before its verb ending a participle's subject, counts kept
"recorded 1,130", any measure "put" at a number, things written or promised as acts, trustees
and prefectures, "Moscow-based" dropped, one family member citing no one, a U.N. body by its
initials, a short name written as a word in brackets, a kind the story wrote after a name in
lower case): precision 0.974, recall 0.991, F1 0.983; the batch is no longer blind. Left: the
quote speakers' errors (Joan Maddox, "Ramon Villareal Jr"), and "Official figures" credited to
the authorities, as the attribution rules document.

``ARTICLES_6`` holds the sources of the sixth batch (:data:`tests.corpus_articles.SIXTH_BATCH`, 110
sources), labelled independently of the first five, which had all been tuned on, before the
pipeline was run on it, and scored once before any tuning: precision 0.785, recall 0.764, F1
0.774. No label was changed after the scoring. After one round of fixes to the credit reading
(a dateline with no dash, "By Jane Doe | News24"): precision 0.798, recall 0.791, F1 0.795; the
batch is no longer blind. After one round of fixes to the attribution rules (bracketed short
forms before a clause, bodies by their kind, lower-case body names, groups by their place or
pollster, lists of authors): precision 0.944, recall 0.918, F1 0.931; no longer blind. Two
labels follow conventions the earlier corpora do not share and stay missed: "Analysts polled by
LSEG had expected" (a past expectation, no claim in the earlier batches) and "according to
government data" (a source in the unit rules, none here).

``ARTICLES_7`` holds the sources of the seventh batch (:data:`tests.corpus_articles.SEVENTH_BATCH`,
64 sources), labelled independently of the first six, which had all been tuned on, before the
pipeline was run on it, and scored once before any tuning: precision 0.803, recall 0.891, F1
0.844. One label was then corrected where it broke the corpus's conventions: "according to the
MapBiomas network" is "MapBiomas network", the name as written with its kind in lower case, as
"Drenthe police" and "Westmoor health trust" are in the sixth batch (precision 0.817, recall
0.906, F1 0.859 after that).

``ARTICLES_8`` holds the sources of the eighth batch (:data:`tests.corpus_articles.EIGHTH_BATCH`,
84 sources as first written), labelled independently of the first seven, which had all been
tuned on, before the pipeline was run on it, and scored once before any tuning: precision 0.857,
recall 0.857, F1 0.857. Two labels were then added where a careful re-reading showed a body cited
for a fact: "according to government figures" in the Sinaloa story and "The government expects
growth of ..." in the ringgit story both cite the government (86 sources; precision 0.881,
recall 0.860, F1 0.871 after that). After one round of fixes to the attribution rules (a bare
plural opening its clause, a polled group, "it" after a named body, a team after its member's
possessive, "the company" apposed to its kind, conditions and acts that claim nothing): precision
0.942, recall 0.942, F1 0.942; with the people list's fixes of the same round (a nation's
adjective and a country's possessive before a name, a party's name holding "and", a group at a
named body) precision 0.988, recall 0.977, F1 0.982; no longer blind. Left: "the state secretariat for economic affairs (SECO)"
(a lower-case name whose short form spells another language's words), "the organisers" beside
"race organiser ASO" (read as two sources) and the IMF behind "an IMF spokeswoman, Julie
Kozack" (the person is the source).

``ARTICLES_9`` holds the sources of the ninth batch (:data:`tests.corpus_articles.NINTH_BATCH`, 77
sources), labelled independently of the first eight, which had all been tuned on, before the
pipeline was run on it, and scored once before any tuning: precision 0.850, recall 0.883, F1
0.866. No label was changed after the scoring. After one round of fixes (a web address or a
bare agency name after a dateline's date, "said X, a spokesman for Y" citing Y, a body's name
with commas read whole before its initials, a short form cut from a body's name, the first part
of a name joined by "and", initials before a members' body's description, a nation's adjective
alone before a noun): precision 0.912, recall 0.948, F1 0.930; with the quotes round's fixes of the same people
and cues (a typhoon's name, "X said it", "put ... at") precision 0.962, recall 0.974, F1 0.968; no
longer blind. One label of
the eighth batch was added by this batch's "spokesman for" convention (see ``ARTICLES_8``).
Left (the people list's errors were mended by the quotes round): "The company said" resolved to an outlet rather than the
company named, "Lawyers for the investors" (a group with a "for" phrase), and the arguable
"Workers disputed that" and "documents seen by La Tercera".
"""

from __future__ import annotations

from tests.corpus_articles import (
    EIGHTH_BATCH, FIFTH_BATCH, FOURTH_BATCH, NINTH_BATCH, SECOND_BATCH, SEVENTH_BATCH, SIXTH_BATCH, TEXTS,
    THIRD_BATCH,
)
from tests.corpus_sources import A, T, Case, _case

HELD_OUT: tuple[Case, ...] = (
    _case(
        "wire",
        "Drone attack\n\nKYIV (Reuters) - Russia launched 40 drones overnight, Ukraine's air force "
        "said on Telegram. Moscow's defence ministry said it had downed 12 Ukrainian drones.",
        ("Reuters", A), ("Ukraine's air force", T), ("Moscow's defence ministry", T),
    ),
    _case(
        "wire",
        "Gaza toll\n\nGAZA (AP) — At least 30 people were killed in strikes overnight, the "
        "Health Ministry in Gaza said. The Israeli military said it targeted militants.",
        ("AP", A), ("Health Ministry in Gaza", T), ("Israeli military", T),
    ),
    _case(
        "wire",
        "Peskov comments\n\nMOSCOW (Reuters) - The Kremlin's spokesman, Dmitry Peskov, told "
        "reporters that no talks were planned. Reuters could not independently verify the "
        "claim.",
        ("Reuters", A), ("Dmitry Peskov", T),
    ),
    _case(
        "wire",
        "Blinken visit\n\nWASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken said on "
        "Tuesday he would travel to Beijing. A senior State Department official told reporters "
        "the trip aimed to “stabilize” ties.",
        ("Reuters", A), ("Antony Blinken", T), ("State Department", T),
    ),
    _case(
        "wire",
        "Refugees\n\nGENEVA (AFP) - More than 100,000 people have fled, the UN refugee agency "
        "UNHCR said on Friday.",
        ("AFP", A), ("UNHCR", T),
    ),
    _case(
        "wire",
        "Macron speech\n\nPARIS (Reuters) - French President Emmanuel Macron said on Monday that "
        "France would raise defence spending. “We must be ready,” Macron told troops.",
        ("Reuters", A), ("Emmanuel Macron", T),
    ),
    _case(
        "wire",
        "Floods in Pakistan\n\nISLAMABAD (AP) — Floods have killed 1,100 people since June, "
        "according to the National Disaster Management Authority. Prime Minister Shehbaz Sharif "
        "appealed for aid.",
        ("AP", A), ("National Disaster Management Authority", T),
    ),
    _case(
        "wire",
        "Bank profits\n\nLONDON (Reuters) - HSBC's profit rose 20%, the bank said on Tuesday, "
        "beating analysts' forecasts compiled by the company.\n\nReporting by Lawrence White; "
        "Editing by Jason Neely",
        ("Reuters", A), ("HSBC", T),
    ),
    _case(
        "wire",
        "Volcano\n\nREYKJAVIK (AP) — A volcano erupted near Grindavik, the Icelandic "
        "Meteorological Office said. Residents had been evacuated earlier, police said.",
        ("AP", A), ("Icelandic Meteorological Office", T), ("Police", T),
    ),
    _case(
        "wire",
        "Sanctions\n\nBRUSSELS (Reuters) - The European Union agreed new sanctions on Friday, "
        "diplomats said. “This is a strong signal,” EU foreign policy chief Josep Borrell said.",
        ("Reuters", A), ("Diplomats", T), ("Josep Borrell", T),
    ),
    _case(
        "broadsheet",
        "Johnson evidence\n\nBoris Johnson told the inquiry that he had not misled parliament. "
        "Mr Johnson said the rules had been followed “at all times”.",
        ("Boris Johnson", T),
    ),
    _case(
        "broadsheet",
        "Musk post\n\nElon Musk said the company would cut prices. In a post on X, Musk said "
        "demand remained strong.",
        ("Elon Musk", T),
    ),
    _case(
        "broadsheet",
        "Mayor's plan\n\nThe city will hire 1,000 teachers, said the mayor, Eric Adams. The "
        "teachers' union welcomed the plan.",
        ("Eric Adams", T),
    ),
    _case(
        "broadsheet",
        "Wall Street Journal report\n\nThe company plans to cut 10,000 jobs, as first reported by "
        "The Wall Street Journal. The company declined to comment.",
        ("Wall Street Journal", T),
    ),
    _case(
        "broadsheet",
        "Baerbock\n\nGermany's foreign minister, Annalena Baerbock, said Berlin would send more "
        "aid. Her ministry said the package was worth €500m.",
        ("Annalena Baerbock", T), ("Ministry", T),
    ),
    _case(
        "broadsheet",
        "Hospital strike\n\nJunior doctors will strike for five days, the British Medical "
        "Association said. NHS England said the walkout would disrupt 300,000 appointments.",
        ("British Medical Association", T), ("NHS England", T),
    ),
    _case(
        "broadsheet",
        "Inflation falls\n\nInflation fell to 3.9%, the lowest in two years, the Office for "
        "National Statistics said. The Bank of England had forecast 4.3%.",
        ("Office for National Statistics", T), ("Bank of England", T),
    ),
    _case(
        "broadsheet",
        "Prison escape\n\nThe prisoner escaped on Wednesday, the Ministry of Justice confirmed. "
        "A spokesperson said an investigation had been launched.",
        ("Ministry of Justice", T),
    ),
    _case(
        "broadsheet",
        "Deforestation\n\nDeforestation in the Amazon fell 22%, according to preliminary data "
        "from Brazil's space research agency INPE. Environment minister Marina Silva called "
        "the result “a victory”.",
        ("INPE", T), ("Marina Silva", T),
    ),
    _case(
        "broadsheet",
        "Train delays\n\nPassengers faced delays of up to three hours. The operator apologised "
        "and promised refunds.",
    ),
    _case(
        "web",
        "Netflix subscribers\n\nNetflix added 13 million subscribers in the quarter, the company "
        "said in its earnings report. Co-CEO Ted Sarandos told analysts the crackdown on "
        "password sharing had worked.",
        ("Netflix", T), ("Ted Sarandos", T),
    ),
    _case(
        "web",
        "Cases rise\n\nHealth officials in the state reported 300 new cases on Monday. The CDC "
        "estimates that 5% of adults have been infected.",
        ("Health officials", T), ("CDC", T),
    ),
    _case(
        "web",
        "Game sales\n\nThe game sold 10 million copies in its first week, publisher Nintendo "
        "announced. According to Circana, it was the best-selling game of the month.",
        ("Nintendo", T), ("Circana", T),
    ),
    _case(
        "web",
        "Storm damage\n\nMore than 200,000 homes lost power, according to PowerOutage.us. The "
        "utility said crews were working around the clock.",
        ("PowerOutage.us", T), ("Utility", T),
    ),
    _case(
        "web",
        "Lawsuit filed\n\nThe lawsuit, filed in federal court on Monday, claims the app harmed "
        "children. Meta said it would fight the case.",
        ("Meta", T),
    ),
    _case(
        "web",
        "Survey\n\nSeven in ten adults use AI tools at work, a survey by Pew Research Center "
        "found.",
        ("Pew Research Center", T),
    ),
    _case(
        "web",
        "Bridge closed\n\nThe bridge will stay closed until May according to the timetable. "
        "Drivers should plan ahead.",
    ),
    _case(
        "web",
        "Airport chaos\n\nMore than 500 flights were cancelled at the airport, data from "
        "FlightAware showed. The airport said the IT failure had been fixed.",
        ("FlightAware", T), ("Airport", T),
    ),
    _case(
        "web",
        "Retail sales\n\nRetail sales rose 0.5% in May, the Commerce Department said Thursday. "
        "Economists surveyed by Bloomberg had expected a 0.2% gain.\n\n"
        "The Associated Press contributed to this report.",
        ("AP", A), ("Commerce Department", T),
    ),
    _case(
        "web",
        "Strike vote\n\nUnion members voted 92% in favour of a strike, the union said. “Our "
        "members have had enough,” said general secretary Sharon Graham.",
        ("Union", T), ("Sharon Graham", T),
    ),
)

LONGER: tuple[Case, ...] = (
    _case("wire", """Chile wildfires kill at least 112

VIÑA DEL MAR, Chile, Feb 4 (Reuters) - Wildfires raging in central Chile have killed at least 112 people, the country's forensic service said on Sunday, as firefighters battled to contain the blazes.

President Gabriel Boric declared two days of national mourning and said the death toll was likely to rise. "We are facing a tragedy of very great magnitude," Boric said in a televised address.

Interior Minister Carolina Toha said some 1,600 homes had been destroyed. According to the national forestry agency CONAF, 92 fires were burning across the country on Sunday.

Residents of Viña del Mar said the flames arrived within minutes. "We lost everything," said Maria Gonzalez, 54, standing outside her burned house.

Reporting by Natalia Ramos and Alexander Villegas; Writing by Kylie Madry; Editing by Diane Craft""",
      ("Reuters", A), ("Forensic service", T), ("Gabriel Boric", T), ("Carolina Toha", T), ("CONAF", T), ("Residents", T), ("Maria Gonzalez", T)),
    _case("broadsheet", """Water bills to rise by average of 21% over five years

Household water bills in England and Wales will rise by an average of 21% over the next five years, the regulator has announced.

Ofwat said the increase, which amounts to £94 a year, would fund £104bn of investment to cut sewage spills. David Black, Ofwat's chief executive, said the settlement was "a game-changer".

But campaigners said customers were being asked to pay for the industry's failures. Feargal Sharkey, a former punk singer turned clean water activist, told the Guardian that the rise was "outrageous".

Water UK, which represents the companies, said firms had asked for more. The Consumer Council for Water estimates that one in five households already struggle to pay.

The government said it would set out further reforms next year.""",
      ("Ofwat", T), ("David Black", T), ("Campaigners", T), ("Feargal Sharkey", T), ("Water UK", T), ("Consumer Council for Water", T), ("Government", T)),
    _case("web", """Tesla recalls 2 million cars over Autopilot

Tesla is recalling more than 2 million vehicles in the US to fix a defective system meant to ensure drivers pay attention when using Autopilot, according to documents posted by the National Highway Traffic Safety Administration.

The company said in a statement that it would roll out a software update. Tesla shares fell 1% in premarket trading.

The agency said its investigation found that Autopilot's controls "may not be sufficient to prevent driver misuse." Safety advocates have long called for stronger rules.

Elon Musk, Tesla's chief executive, did not respond to a request for comment.

With reporting from the Associated Press""",
      ("AP", A), ("National Highway Traffic Safety Administration", T), ("Tesla", T)),
    _case("wire", """Sudan fighting displaces thousands

KHARTOUM, June 12 (AFP) - Fresh fighting in Sudan's capital has forced thousands more to flee, the UN said on Monday, as a ceasefire brokered by Saudi Arabia and the United States collapsed.

"The situation is catastrophic," said Clementine Nkweta-Salami, the UN's humanitarian coordinator in Sudan. The World Health Organization said only a third of hospitals in conflict zones were functioning.

The paramilitary Rapid Support Forces accused the army of violating the truce, while the army said the RSF had attacked its positions. Neither claim could be independently verified.

More than 1,800 people have been killed since April, according to the Armed Conflict Location and Event Data Project.""",
      ("AFP", A), ("UN", T), ("Clementine Nkweta-Salami", T), ("World Health Organization", T), ("Rapid Support Forces", T), ("Army", T), ("Armed Conflict Location and Event Data Project", T)),
    _case("broadsheet", """Heathrow passenger numbers hit record

Heathrow handled a record 83.9 million passengers last year, the airport said on Thursday.

Chief executive Thomas Woldbye said demand had been driven by travel to North America. He said the airport would invest £10bn in a new terminal.

Analysts said the figures reflected a strong recovery. Passenger numbers at Gatwick rose 5%, according to figures published by the Civil Aviation Authority.

The plans were criticised by environmental groups. Greenpeace said expansion was "incompatible" with climate targets.""",
      ("Heathrow", T), ("Thomas Woldbye", T), ("Analysts", T), ("Civil Aviation Authority", T), ("Greenpeace", T)),
    _case("web", """Report: streaming prices rising faster than inflation

Streaming subscription prices have risen 25% in a year, far faster than inflation, according to a new analysis.

The analysis, by research firm Ampere Analysis, found that the average price of an ad-free plan was now $15.70 a month. Ampere's research director, Guy Bisson, said price rises were likely to continue.

Netflix, Disney+ and Max all raised prices last year. A Disney spokesperson declined to comment.

Consumers appear undeterred: cancellations fell in the fourth quarter, data from Antenna showed.""",
      ("Ampere Analysis", T), ("Guy Bisson", T), ("Antenna", T)),
    _case("wire", """Earthquake in Morocco

MARRAKECH (AP) — A powerful earthquake struck Morocco late Friday, killing more than 2,000 people, the Interior Ministry said.

The quake had a preliminary magnitude of 6.8, the U.S. Geological Survey said. Its epicenter was in the High Atlas mountains, about 70 kilometers southwest of Marrakech.

"Everyone was screaming," said Abdelhak El Amrani, a 33-year-old resident of Marrakech. "The walls were shaking."

King Mohammed VI ordered the armed forces to help with rescue efforts, the royal palace said in a statement. The ministry said 2,059 people were injured, 1,404 of them critically.""",
      ("AP", A), ("Interior Ministry", T), ("U.S. Geological Survey", T), ("Abdelhak El Amrani", T), ("Royal palace", T)),
    _case("broadsheet", """Spanish government approves amnesty law

The Spanish government approved the amnesty law on Tuesday, always according to the official version, after weeks of negotiations with Catalan separatists.

Prime Minister Pedro Sánchez defended the measure in parliament. "It is the best way to heal wounds," Sánchez said.

The opposition Popular Party said the law was "a humiliation" and announced appeals. According to a poll by the CIS, 52% of Spaniards oppose the amnesty.

With information from EFE and Europa Press""",
      ("EFE", A), ("Europa Press", A), ("Authorities", T), ("Pedro Sánchez", T), ("Popular Party", T), ("CIS", T)),
)

#: Whole articles (:mod:`tests.corpus_articles`), eight to thirteen paragraphs each, with every
#: source a careful reader would list, written before the pipeline was run on them.
ARTICLES: tuple[Case, ...] = (
    _case("wire", TEXTS["ap-politics"],
          ("AP", A), ("Rosalind Achebe", T), ("Republicans", T), ("Douglas Pruitt", T), ("Health Authority", T),
          ("Teresa Valdez", T), ("Mark Oyelaran", T), ("Elena Brisco", T), ("Oregon Rural Water Coalition", T),
          ("Beth Amundsen", T)),
    _case("wire", TEXTS["reuters-markets"],
          ("Reuters", A), ("LSEG", T), ("Karen Oduya", T), ("Japan's finance ministry", T),
          ("Labor Department", T), ("Tomas Reyes", T)),
    _case("wire", TEXTS["afp-guinea"],
          ("AFP", A), ("Fatou Camara", T), ("Junta", T), ("Union for Democratic Renewal", T), ("Ousmane Diallo", T),
          ("Amnesty International", T), ("Samira Touré", T), ("Opposition", T), ("Aminata Sow", T),
          ("Fodé Kaba Condé", T)),
    _case("wire", TEXTS["efe-peru"],
          ("EFE", A), ("Europa Press", A), ("Alejandro Soto Rivas", T), ("Superintendency of Land Transport", T),
          ("Ombudsman's Office", T), ("Interior Ministry", T), ("Víctor Rojas", T),
          ("Coordinator of Human Rights", T), ("United Nations", T), ("Rosa Ugarte", T), ("Corpac", T)),
    _case("wire", TEXTS["dpa-rail"],
          ("dpa", A), ("Deutsche Fernbahn", T), ("Katrin Vollmer", T), ("Martin Brehm", T), ("Julia Hartwig", T),
          ("Pro Bahn", T), ("Transport ministry", T)),
    _case("broadsheet", TEXTS["bbc-potholes"],
          ("Asphalt Industry Alliance", T), ("Rick Green", T), ("Department for Transport", T),
          ("Local Government Association", T), ("Adam Hug", T), ("RAC", T), ("Cycling UK", T),
          ("Welsh Government", T), ("AA", T), ("Jack Cousens", T)),
    _case("broadsheet", TEXTS["guardian-cladding"],
          ("Nadia Rahman", T), ("Calloway Housing Trust", T), ("Sarah Okafor", T),
          ("Ministry of Housing, Communities and Local Government", T), ("Brandt & Lowe", T), ("Daniel Osei", T),
          ("End Our Cladding Scandal", T), ("Government", T)),
    _case("broadsheet", TEXTS["court-fraud"],
          ("Helen Marsh", T), ("Margaret Ellery", T), ("Simon Achterberg", T), ("Rachel Okonjo", T),
          ("Kettleby Town Council", T), ("Paul Reeve", T)),
    _case("wire", TEXTS["reuters-floods"],
          ("Reuters", A), ("National civil protection agency", T), ("Rosa Elvira Quintana", T), ("Esteban Lugo", T),
          ("Red Cross", T), ("National weather service", T), ("Hugo Benavides", T), ("UNICEF", T),
          ("Forecasters", T), ("Medicos del Sur", T), ("Ana Belen Ruiz", T)),
    _case("web", TEXTS["sport-cup"],
          ("Daniel Okoye", T), ("Ferrol City", T), ("Lena Hartmann", T), ("Craig Nolan", T),
          ("Football Finance Review", T)),
    _case("web", TEXTS["health-walking"],
          ("Researchers", T), ("Priya Nandakumar", T), ("World Health Organization", T), ("Tom Achebe", T),
          ("Memory Matters UK", T), ("Helen Brody", T)),
    _case("wire", TEXTS["ap-port-strike"],
          ("AP", A), ("Officials", T), ("Ingrid Vos", T), ("Joost Aerts", T), ("Marieke de Bruin", T),
          ("Port authority", T), ("Central Planning Office", T), ("National hauliers' federation", T)),
)

#: The second batch of whole articles (:data:`tests.corpus_articles.SECOND_BATCH`), labelled
#: independently of the first before the pipeline was run on it.
ARTICLES_2: tuple[Case, ...] = (
    _case("wire", SECOND_BATCH["election-results"],
          ("Reuters", A), ("National Election Commission", T), ("Petra Lindqvist", T), ("Anton Brekke", T),
          ("Henrik Saal", T), ("Markus Ostrand", T)),
    _case("web", SECOND_BATCH["tech-layoffs"],
          ("Dana Whitfield", T), ("Lumora", T), ("Mira Castellanos", T)),
    _case("web", SECOND_BATCH["conflict-karsa"],
          ("Army", T), ("Idris Mahmud", T), ("Northern Front", T), ("Health Ministry", T), ("Samira Haddad", T),
          ("OCHA", T), ("Omar Fayed", T), ("United Nations", T), ("Analysts", T), ("Leila Nasser", T)),
    _case("wire", SECOND_BATCH["un-appeal"],
          ("AP", A), ("United Nations", T), ("U.N. Office for the Coordination of Humanitarian Affairs", T),
          ("Tomasz Wielgus", T), ("World Food Programme", T), ("Aurelie Mbeki", T), ("UNICEF", T),
          ("Halvar's government", T), ("Yusuf Demba", T), ("Aid groups", T), ("Grace Otieno", T)),
    _case("broadsheet", SECOND_BATCH["police-stabbing"],
          ("Rachel Tenby", T), ("Office for National Statistics", T), ("Hamid Rauf", T)),
    _case("wire", SECOND_BATCH["central-bank"],
          ("AFP", A), ("Moravia's central bank", T), ("National statistics office", T), ("Lenka Dvorak", T),
          ("Pavel Sedlak", T), ("Ondrej Hruby", T), ("Mortgage lenders", T)),
    _case("web", SECOND_BATCH["space-probe"],
          ("European Space Agency", T), ("Ingrid Solheim", T), ("Paolo Ferri", T), ("Marcus Webb", T)),
    _case("broadsheet", SECOND_BATCH["obituary-composer"],
          ("Edition Marlow", T), ("Anneliese Korda", T), ("Felix Aubrecht", T)),
    _case("wire", SECOND_BATCH["wildfire-canyon"],
          ("AP", A), ("Fire officials", T), ("California Department of Forestry and Fire Protection", T),
          ("Luis Ortega", T), ("Sheriff's office", T), ("Maria Delgado", T), ("Pacific Gas & Electric", T),
          ("Dan Whitcomb", T)),
    _case("wire", SECOND_BATCH["trade-tariffs"],
          ("Bloomberg", A), ("European Commission", T), ("Henrike Baas", T), ("Eurostat", T),
          ("Kestria's trade ministry", T), ("European carmakers", T),
          ("European Automobile Manufacturers' Association", T), ("Sofia Lindahl", T), ("ING", T)),
    _case("broadsheet", SECOND_BATCH["council-budget"],
          ("Sandra Okoro", T), ("Wexford Borough Council", T), ("Graham Pike", T), ("Friends of Ellesby Library", T),
          ("Local Government Association", T), ("Ministry of Housing, Communities and Local Government", T),
          ("Unison", T), ("Kevin Marsh", T)),
    _case("broadsheet", SECOND_BATCH["interview-writer"],
          ("Le Monde", A), ("Malik Benhadj", T), ("Éditions du Quai", T), ("Claire Vautrin", T),
          ("Hélène Marchal", T)),
)

#: The third batch of whole articles (:data:`tests.corpus_articles.THIRD_BATCH`), labelled
#: independently of the first two before the pipeline was run on it. Anonymous people ("two
#: people familiar with the matter", "a person briefed on the talks", "people close to the
#: negotiations") are not listed, as in the first corpus; an anonymous official of a named body
#: is that body; the outlet that was told ("told DW", "reviewed by the Ledger") is not a source.
ARTICLES_3: tuple[Case, ...] = (
    _case("wire", THIRD_BATCH["ap-immigration"],
          ("AP", A), ("Maria Delgado", T), ("Executive Office for Immigration Review", T), ("Governor's office", T),
          ("Immigration attorneys", T), ("Transactional Records Access Clearinghouse", T), ("Luis Ortega", T),
          ("Warren Hale", T), ("U.S. Customs and Border Protection", T), ("Ana Whitlock", T), ("Tom Brandt", T)),
    _case("wire", THIRD_BATCH["reuters-earnings"],
          ("Reuters", A), ("Halvorsen Foods", T), ("Ingrid Solvang", T), ("LSEG", T), ("Jonas Berg", T)),
    _case("wire", THIRD_BATCH["afp-rebels"],
          ("AFP", A), ("Mabenga's defence ministry", T), ("Patriotic Liberation Front", T), ("Adama Keita", T),
          ("Local official", T), ("UNHCR", T), ("Fatou Ndiaye", T), ("World Food Programme", T),
          ("Ibrahim Sangare", T), ("Analysts", T), ("Moussa Diarra", T),
          ("Armed Conflict Location and Event Data project", T)),
    _case("wire", THIRD_BATCH["xinhua-port"],
          ("Xinhua", A), ("Port authority", T), ("Zhenhai Port Group", T), ("Wang Lihua", T),
          ("General Administration of Customs", T), ("Chen Ming", T), ("Industry analysts", T), ("Li Qiang", T)),
    _case("broadsheet", THIRD_BATCH["dw-coalition"],
          ("Friedrich Albers", T), ("Sabine Roth", T), ("Forsa institute", T), ("Ursula Brenner", T),
          ("Jens Kohler", T), ("Ifo institute", T)),
    _case("wire", THIRD_BATCH["bloomberg-commodities"],
          ("Energy Information Administration", T), ("Helen Marsh", T), ("Bloomberg", T),
          ("US Department of Agriculture", T), ("Rajiv Menon", T), ("ICE Futures Europe", T),
          ("Gas Infrastructure Europe", T)),
    _case("wire", THIRD_BATCH["cp-hydro"],
          ("The Canadian Press", A), ("Luc Thibodeau", T), ("Hydro-Quebec", T), ("Sophie Gagne", T),
          ("Robert Wapachee", T), ("Sierra Club", T), ("Opposition Liberals", T), ("Nadia Caron", T),
          ("Marc-Andre Poirier", T)),
    _case("web", THIRD_BATCH["india-infrastructure"],
          ("Vikram Deshpande", T), ("Officials", T), ("Mumbai Metropolitan Region Development Authority", T),
          ("Urban development department", T), ("Asha Pawar", T), ("Vanashakti", T), ("Stalin Fernandes", T),
          ("Rakesh Joshi", T)),
    _case("web", THIRD_BATCH["sport-transfer"],
          ("Vallmont", T), ("Emeka Okafor", T), ("Javier Ferrer", T), ("Marca", T), ("Pablo Navarro", T),
          ("Marc de Wit", T)),
    _case("wire", THIRD_BATCH["heatwave-iberia"],
          ("Reuters", A), ("Portuguese Institute for Sea and Atmosphere", T), ("Carla Fontes", T), ("AEMET", T),
          ("National civil protection authority", T), ("Joao Tavares", T), ("Spain's health ministry", T),
          ("Portugal's health authority", T), ("COAG", T), ("Miguel Ruiz", T), ("Red Electrica", T)),
    _case("wire", THIRD_BATCH["health-cholera"],
          ("AP", A), ("World Health Organization", T), ("Tedros Adhanom Ghebreyesus", T),
          ("Lunara's Health Ministry", T), ("Grace Mwale", T), ("Doctors Without Borders", T), ("Paul Okello", T),
          ("UNICEF", T), ("Zarendi's health ministry", T)),
    _case("broadsheet", THIRD_BATCH["investigation-drones"],
          ("Kevin Ames", T), ("Brightwell Industries", T), ("Amy Koenig", T), ("Daniel Reyes", T),
          ("Ruth Calloway", T)),
)

#: The fourth batch of whole articles (:data:`tests.corpus_articles.FOURTH_BATCH`), labelled
#: independently of the first three before the pipeline was run on it. As before, anonymous
#: people are not listed, but unnamed groups cited for a claim are ("Aid agencies",
#: "Investigators"); an anonymous official of a named body is that body; the outlet that was
#: told ("told Al Jazeera", "told WPHF News") is not a source; records with no owner ("jail
#: records show", "the complaint says") name none. The researchers of a study are their
#: university; the journal that published it is not cited for anything.
ARTICLES_4: tuple[Case, ...] = (
    _case("wire", FOURTH_BATCH["ansa-metro"],
          ("ANSA", A), ("Campania's regional government", T), ("Giulia Ferrante", T), ("Marco Esposito", T),
          ("Metrocampania", T), ("Antonio Guarino", T), ("regional transport agency", T), ("Court of Auditors", T),
          ("Rosaria De Luca", T)),
    _case("web", FOURTH_BATCH["aljazeera-truce"],
          ("Qatar's Ministry of Foreign Affairs", T), ("Majed bin Rashid al-Khalidi", T), ("Liwa al-Fajr", T),
          ("Salma Abu Hamdan", T), ("Sahran health ministry", T), ("United Nations", T),
          ("Khaled bin Yousef al-Amiri", T), ("Ahmad al-Tamimi", T), ("Layla Haddad", T), ("Sahran army", T),
          ("Aid agencies", T)),
    _case("wire", FOURTH_BATCH["kyodo-subsidies"],
          ("Kyodo", A), ("Takeda Hiroshi", T), ("Ministry of Economy, Trade and Industry", T), ("Kobayashi Emi", T),
          ("Noda Kenji", T), ("internal affairs ministry", T), ("Kyodo News", T), ("Sato Michiko", T),
          ("Ishii Taro", T), ("Opposition lawmakers", T), ("Economists", T)),
    _case("wire", FOURTH_BATCH["yonhap-chips"],
          ("Yonhap", A), ("Ministry of Trade, Industry and Energy", T), ("Korea International Trade Association", T),
          ("Park Ji-won", T), ("Korea Semiconductor Industry Association", T), ("Lee Sang-ho", T),
          ("Kim Hye-jin", T), ("United People's Party", T)),
    _case("wire", FOURTH_BATCH["reuters-brazil"],
          ("Reuters", A), ("Brazil's central bank", T), ("Monetary Policy Committee", T), ("government", T),
          ("Rafael Couto", T), ("Helena Bastos", T), ("Thiago Menezes", T), ("Treasury", T),
          ("Federal Revenue Service", T), ("Economists", T)),
    _case("wire", FOURTH_BATCH["aap-water"],
          ("AAP", A), ("Claire Whitfield", T), ("NSW Government", T), ("Tom Brennan", T), ("WaterNSW", T),
          ("Opposition", T), ("Rebecca Tan", T), ("Central Coast Council", T), ("Jason Kiely", T),
          ("Gail Morrison", T), ("Coastwatch", T), ("Anika Shah", T),
          ("Independent Pricing and Regulatory Tribunal", T)),
    _case("wire", FOURTH_BATCH["ntsb-derailment"],
          ("AP", A), ("National Transportation Safety Board", T), ("Jennifer Holloway", T),
          ("Brotherhood of Locomotive Engineers and Trainmen", T), ("Dana Whitcomb", T), ("Norfolk Central", T),
          ("Carla Ruiz", T), ("Mark Dettweiler", T), ("Ohio Environmental Protection Agency", T),
          ("Federal Railroad Administration", T), ("Federal investigators", T)),
    _case("broadsheet", FOURTH_BATCH["strike-buses"],
          ("Unite", T), ("Sharon Maddox", T), ("Northway Buses", T), ("Priya Raman", T), ("Dave Kerrigan", T),
          ("Acas", T), ("Transport for Greater Manchester", T), ("Megan Doyle", T), ("Colin Ashworth", T)),
    _case("wire", FOURTH_BATCH["eu-fine"],
          ("Reuters", A), ("European Commission", T), ("Marta Lindqvist", T), ("Veltrix", T),
          ("Brian Kowalczyk", T), ("Elise Marchand", T), ("BEUC", T), ("Ursula Pichler", T),
          ("Halden Securities", T)),
    _case("broadsheet", FOURTH_BATCH["science-hearing"],
          ("University of Carrowmore", T), ("Ines Kovac", T), ("Tomasz Wieczorek", T), ("Hear Today", T),
          ("Rachel Dunmore", T)),
    _case("web", FOURTH_BATCH["police-chase"],
          ("Harlow County Sheriff's Office", T), ("Darlene Voss", T), ("Linda Dunham", T),
          ("Travis Lee Dunham", T), ("Renee Kaplan", T), ("Investigators", T)),
    _case("wire", FOURTH_BATCH["box-office"],
          ("AP", A), ("Meridian Pictures", T), ("Walter Brandt", T), ("Mira Sandoval", T), ("Dana Okafor", T),
          ("Exhibitor Data", T), ("Jerome Alcott", T)),
)

#: The fifth batch of whole articles (:data:`tests.corpus_articles.FIFTH_BATCH`), labelled
#: independently of the first four before the pipeline was run on it, by the same conventions:
#: anonymous people ("a source familiar with the talks", "one backbench MP", "a family member")
#: are not listed, unnamed groups cited for a claim are ("Forecasters", "Prosecutors", "legal
#: experts", "some analysts"); a spokesperson of a named body is that body ("A Downing Street
#: spokesperson"); the outlet that was told or quoted to ("told TASS", "told broadcaster NTV",
#: "in a radio interview with DZBB") is not a source, but the credited agency that quotes
#: ("was quoted by Interfax") is the agency; figures and polls with no owner name none.
ARTICLES_5: tuple[Case, ...] = (
    _case("wire", FIFTH_BATCH["nhc-hurricane"],
          ("AP", A), ("National Hurricane Center", T), ("Forecasters", T), ("Carla Whitfield", T),
          ("Travis Keel", T), ("Dennis Okafor", T), ("Alabama Coastal Power", T),
          ("National Oceanic and Atmospheric Administration", T), ("Veritas Catastrophe Analytics", T)),
    _case("wire", FIFTH_BATCH["jury-verdict"],
          ("AP", A), ("Prosecutors", T), ("Melissa Dorn", T), ("Robert Castellano", T), ("Anita Morales", T),
          ("trustees", T), ("Linda Pruitt", T), ("Denise Harlan", T), ("legal experts", T)),
    _case("wire", FIFTH_BATCH["interfax-pipeline"],
          ("Interfax", A), ("Pavel Zhirkov", T), ("Oleg Tarasenko", T), ("Yuri Belov", T), ("QazTransit", T),
          ("Sergei Kovrov", T), ("Arkada Capital", T), ("Sevgaz", T)),
    _case("wire", FIFTH_BATCH["nigeria-kidnapping"],
          ("AFP", A), ("police", T), ("Yakubu Garba", T), ("Abdullahi Yusuf", T), ("Musa Danjuma", T),
          ("Nigeria's military", T), ("SBM Intelligence", T), ("Amina Bello", T), ("Bulama Bukarti", T),
          ("federal government", T)),
    _case("web", FIFTH_BATCH["philippine-rice"],
          ("Raffy Dela Cruz", T), ("Philippine Statistics Authority", T), ("Ramon Villareal Jr.", T),
          ("U.S. Department of Agriculture", T), ("Federation of Free Farmers", T), ("Teodoro Bautista", T),
          ("Mariel Ocampo", T)),
    _case("wire", FIFTH_BATCH["mexico-water"],
          ("EFE", A), ("City officials", T), ("Lucía Ferrer", T), ("National Water Commission", T), ("Elena Carranza", T),
          ("María Guadalupe Torres", T), ("Efraín Robles", T), ("National Action Party", T), ("Luis Mendoza", T),
          ("National Meteorological Service", T), ("National Autonomous University of Mexico", T),
          ("Ricardo Sánchez", T)),
    _case("wire", FIFTH_BATCH["france-farmers"],
          ("AFP", A), ("Police", T), ("FNSEA", T), ("Sytadin", T), ("Jérôme Vidal", T), ("European Commission", T),
          ("Hélène Marchal", T), ("Patrick Lemoine", T), ("Paris police prefecture", T), ("Sophie Lenaerts", T),
          ("INSEE", T), ("Marie Castaing", T), ("François Delorme", T)),
    _case("wire", FIFTH_BATCH["uk-resignation"],
          ("Reuters", A), ("Tom Ashworth", T), ("Downing Street", T), ("Home Builders Federation", T),
          ("Neil Hartigan", T), ("Graham Whitlow", T), ("Angela Rayner-Holt", T), ("Shelter", T)),
    _case("wire", FIFTH_BATCH["quake-turkey"],
          ("Reuters", A), ("AFAD", T), ("European-Mediterranean Seismological Centre", T),
          ("U.S. Geological Survey", T), ("health ministry", T), ("Mehmet Arslan", T), ("Cemal Toprak", T),
          ("Serkan Demir", T), ("Hasan Yildiz", T), ("Turkish Red Crescent", T), ("Kerem Ozturk", T),
          ("education ministry", T), ("World Bank", T), ("Turkish Medical Association", T), ("Murat Sezer", T)),
    _case("wire", FIFTH_BATCH["crypto-slump"],
          ("Bloomberg", A), ("CoinGecko", T), ("Katrin Sommer", T), ("CoinGlass", T), ("Hyperion", T),
          ("Michael Novak", T), ("analysts", T), ("Geoffrey Lindqvist", T), ("Kaiko", T)),
    _case("wire", FIFTH_BATCH["unhcr-sudan"],
          ("Reuters", A), ("UNHCR", T), ("Olga Serrano", T), ("Dominique Hardy", T),
          ("International Organization for Migration", T), ("Médecins Sans Frontières", T), ("Claire Nicolet", T),
          ("World Food Programme", T), ("Fatima Adam", T), ("Hawa Ibrahim", T), ("Tom Castellan", T)),
    _case("wire", FIFTH_BATCH["tennis-final"],
          ("AP", A), ("Luca Marchetti", T), ("Diego Ferrán", T), ("Darren Holt", T)),
)

#: The sixth batch of whole articles (:data:`tests.corpus_articles.SIXTH_BATCH`), labelled
#: independently of the first five before the pipeline was run on it, by the same conventions:
#: anonymous people ("two negotiators said", "a police spokesman") are not listed, unnamed groups
#: cited for a claim are ("officials", "Residents", "Business groups", "Scientists", "Analysts");
#: a named spokesperson is a source of their own; an outlet credited in a byline ("By ... |
#: News24") or a closing "— APP" is an agency; the outlet's own reporting ("the BBC understands")
#: and data with no owner ("government data", "customs data") name none.
ARTICLES_6: tuple[Case, ...] = (
    _case("wire", SIXTH_BATCH["pti-election"],
          ("PTI", A), ("Election Commission", T), ("Raghavendra Kulkarni", T), ("Sunanda Pawar", T),
          ("Anil Deshmane", T), ("Meera Iyer", T), ("officials", T), ("Vinod Shetty", T)),
    _case("wire", SIXTH_BATCH["dawn-floods"],
          ("APP", A), ("forecasters", T), ("National Disaster Management Authority", T),
          ("provincial disaster authority", T), ("Imran Shafiq", T), ("Asad Memon", T),
          ("Pakistan Meteorological Department", T), ("Residents", T), ("Ghulam Rasool", T),
          ("Sindh agriculture department", T), ("Shahbaz Khan", T), ("United Nations", T), ("Health officials", T),
          ("Sadia Baloch", T), ("World Bank", T)),
    _case("web", SIXTH_BATCH["news24-power"],
          ("News24", A), ("Eskom", T), ("Daphne Mahlangu", T), ("Sipho Ndaba", T), ("Business groups", T),
          ("Minerals Council", T), ("Nomsa Khumalo", T), ("Democratic Alliance", T), ("Kevin Mileham", T)),
    _case("wire", SIXTH_BATCH["anadolu-inflation"],
          ("AA", A), ("Turkish Statistical Institute", T), ("Kemal Yavuz", T),
          ("Central Bank of the Republic of Türkiye", T), ("Hakan Ersoy", T), ("Ayse Korkmaz", T),
          ("Istanbul Chamber of Commerce", T), ("Republican People's Party", T), ("Ali Riza Tekin", T),
          ("Inflation Research Group", T)),
    _case("wire", SIXTH_BATCH["airline-results"],
          ("Northwind Airways", T), ("Analysts", T), ("Marisa Kent", T), ("Owen Hartley", T), ("Raj Menon", T),
          ("Association of Flight Attendants", T), ("Lauren Diaz", T)),
    _case("wire", SIXTH_BATCH["dpa-karlsruhe"],
          ("dpa", A), ("Federal Constitutional Court", T), ("Bitkom", T), ("Katrin Albers", T),
          ("Jens Rohwedder", T), ("Federal Criminal Police Office", T), ("Bernhard Rohleder", T), ("Greens", T),
          ("Lena Vogt", T), ("European Court of Justice", T),
          ("Federal Association of German Criminal Investigators", T), ("Dirk Peglow", T)),
    _case("wire", SIXTH_BATCH["fda-trial"],
          ("Calder Therapeutics", T), ("Helen Marsh", T), ("Samuel Okoye", T), ("Hollis & Grant", T),
          ("Paul Brenner", T), ("Centers for Disease Control and Prevention", T)),
    _case("wire", SIXTH_BATCH["climate-summit"],
          ("Reuters", A), ("Grace Wanjiru", T), ("European Union", T), ("Anders Holm", T), ("Tevita Fifita", T),
          ("Scientists", T), ("Global Carbon Project", T), ("Maria Lindqvist", T), ("Paulo Ribeiro", T),
          ("U.N.", T), ("António Guterres", T), ("Overseas Development Institute", T)),
    _case("wire", SIXTH_BATCH["xinhua-data"],
          ("Xinhua", A), ("National Bureau of Statistics", T), ("Liu Aihua", T), ("Wen Bin", T), ("analysts", T),
          ("Zhang Ming", T)),
    _case("web", SIXTH_BATCH["ransomware"],
          ("Westmoor health trust", T), ("ShadowVault", T), ("Fiona Gallagher", T),
          ("National Cyber Security Centre", T), ("Ollie Whitmore", T), ("Margaret Lowe", T), ("Redline Labs", T),
          ("Priya Nair", T), ("Tom Ashby", T), ("Police", T)),
    _case("wire", SIXTH_BATCH["pti-cricket"],
          ("PTI", A), ("Harshit Rana", T), ("Jasprit Bumrah", T), ("Pat Cummins", T), ("Cricket Australia", T),
          ("Travis Head", T)),
    _case("wire", SIXTH_BATCH["nos-heist"],
          ("ANP", A), ("Drenthe police", T), ("Harry Tupan", T), ("Romanian culture ministry", T),
          ("Arthur Brand", T), ("Bert Visser", T), ("Natalia Intotero", T), ("Drents Museum", T), ("Adevarul", T)),
)

#: The seventh batch of whole articles (:data:`tests.corpus_articles.SEVENTH_BATCH`), labelled
#: independently of the first six before the pipeline was run on it, by the same conventions: an
#: agency credited in a dateline or a byline ("By ... | Nation") or named as the reporter ("ABC News
#: reports") is an agency; another outlet cited for a claim ("NHK reported", "the Saudi Press
#: Agency (SPA) reported") is a source; the outlet's own reporting ("a memo seen by CNBC") names
#: none; unnamed groups cited for a claim ("Economists", "Police") are listed.
ARTICLES_7: tuple[Case, ...] = (
    _case("wire", SEVENTH_BATCH["reuters-mine"],
          ("Reuters", A), ("Codelsa", T), ("Ruben Aravena", T), ("National Geology and Mining Service", T),
          ("Aurora Vidal", T), ("Federation of Codelsa Workers", T), ("Pedro Quilodran", T)),
    _case("wire", SEVENTH_BATCH["wam-budget"],
          ("WAM", A), ("Ministry of Finance", T), ("Younis Al Khoori", T), ("Saudi Press Agency", T),
          ("Economists", T), ("Maryam Haddad", T), ("International Monetary Fund", T)),
    _case("web", SEVENTH_BATCH["nation-iebc"],
          ("Nation", A), ("Independent Electoral and Boundaries Commission", T), ("Peter Shikuku", T),
          ("Erastus Ethekon", T), ("Grace Wekesa", T), ("Ruth Nyambura", T), ("Police", T)),
    _case("web", SEVENTH_BATCH["abc-bushfire"],
          ("ABC News", A), ("Teresa O'Brien", T), ("inquiry", T), ("NSW Rural Fire Service", T),
          ("Trent Curtin", T), ("Lena Marsh", T)),
    _case("wire", SEVENTH_BATCH["kyodo-recall"],
          ("Kyodo", A), ("Tamura Motor Corp.", T), ("Kenji Morimoto", T), ("Denkei Co.", T),
          ("Ministry of Land, Infrastructure, Transport and Tourism", T), ("Hiroshi Nakane", T), ("NHK", T)),
    _case("web", SEVENTH_BATCH["cnbc-layoffs"],
          ("Dana Whitlock", T), ("Cloudspan", T), ("Priya Raman", T), ("Marcus Lee", T), ("Layoffs.fyi", T)),
    _case("wire", SEVENTH_BATCH["inpe-amazon"],
          ("Reuters", A), ("INPE", T), ("Helena Barros", T), ("Marcio Astrini", T), ("Ibama", T),
          ("agriculture ministry", T), ("MapBiomas network", T)),
    _case("web", SEVENTH_BATCH["rte-housing"],
          ("Central Statistics Office", T), ("Daft.ie", T), ("Cathal Dwyer", T), ("Eoin O Broin", T),
          ("James Browne", T), ("Ronan Lyons", T), ("Department of Housing", T)),
    _case("wire", SEVENTH_BATCH["who-outbreak"],
          ("AP", A), ("World Health Organization", T), ("Tedros Adhanom Ghebreyesus", T), ("Anne Ancia", T),
          ("Congo's health ministry", T), ("Christian Lindmeier", T), ("Africa CDC", T), ("Jean Kaseya", T)),
    _case("wire", SEVENTH_BATCH["seriea-match"],
          ("AP", A), ("Raffaele Palladino", T), ("Antonio Conte", T)),
)

#: The eighth batch of whole articles (:data:`tests.corpus_articles.EIGHTH_BATCH`), labelled
#: independently of the first seven before the pipeline was run on it, by the same conventions: an
#: agency credited in a dateline or a byline is an agency; another outlet cited for a claim ("The
#: Canadian Press reported", "According to El Universal") is a source, the outlet that was told
#: ("told Kathimerini") is not; anonymous people ("a nurse who asked not to be named") are not
#: listed; unnamed groups cited for a claim ("commuters said", "Scientists say", "Critics say",
#: the economists of a poll) are; a body and its initials (PKW, BNPB, FGR) are one source under
#: the full name. One label was added in a later round, by the convention the ninth batch wrote
#: down ("said X, a spokesman for Y" cites both, as the sixth batch's Drenthe police and the
#: ninth's farmers' association): "said Benson Upah, a spokesman for the NLC" cites the Nigeria
#: Labour Congress too.
ARTICLES_8: tuple[Case, ...] = (
    _case("wire", EIGHTH_BATCH["pap-election"],
          ("PAP", A), ("National Electoral Commission", T), ("Marta Zielinska", T), ("Jan Wrobel", T),
          ("Michal Sadowski", T), ("Piotr Kaminski", T)),
    _case("web", EIGHTH_BATCH["punch-strike"],
          ("Punch", A), ("NNPC Ltd", T), ("Joe Ajaero", T), ("Mohammed Idris", T), ("Benson Upah", T),
          ("Nigeria Labour Congress", T),
          ("Federal Airports Authority of Nigeria", T), ("commuters", T), ("National Bureau of Statistics", T),
          ("Trade Union Congress", T)),
    _case("wire", EIGHTH_BATCH["antara-volcano"],
          ("Antara", A), ("National Disaster Mitigation Agency", T), ("Abdul Muhari", T),
          ("Centre for Volcanology and Geological Hazard Mitigation", T), ("Maria Goreti", T),
          ("Antonius Doni Dihen", T), ("transport ministry", T), ("Hadi Wijaya", T), ("Aid groups", T)),
    _case("wire", EIGHTH_BATCH["snb-rates"],
          ("Reuters", A), ("Swiss National Bank", T), ("Economists", T), ("Martin Schlegel", T),
          ("Karsten Junius", T), ("Swissmem", T), ("Stefan Brupbacher", T),
          ("state secretariat for economic affairs", T)),
    _case("web", EIGHTH_BATCH["cbc-wildfire"],
          ("BC Wildfire Service", T), ("David Eby", T), ("Rob Fraser", T), ("Cliff Chapman", T),
          ("regional district", T), ("The Canadian Press", T), ("Scientists", T), ("Environment Canada", T),
          ("Canadian Red Cross", T)),
    _case("web", EIGHTH_BATCH["universal-cartel"],
          ("Attorney General's Office", T), ("Omar García Harfuch", T), ("El Universal", T),
          ("Ernesto Villalobos", T), ("state authorities", T), ("Sinaloa state prosecutor's office", T),
          ("Rubén Rocha Moya", T), ("government", T), ("rights groups", T), ("Local business groups", T)),
    _case("wire", EIGHTH_BATCH["afp-cycling"],
          ("AFP", A), ("Tadej Pogačar", T), ("Remco Evenepoel", T), ("Egan Bernal", T), ("Andrej Hauptman", T),
          ("ASO", T), ("Soudal Quick-Step", T), ("Jurgen Foré", T)),
    _case("wire", EIGHTH_BATCH["bernama-ringgit"],
          ("Bernama", A), ("MIDF Research", T), ("Bank Negara Malaysia", T), ("Mohd Afzanizam Abdul Rashid", T),
          ("Amir Hamzah Azizan", T), ("exporters", T), ("Federation of Malaysian Manufacturers", T),
          ("Soh Thian Lai", T), ("government", T), ("Lee Heng Guie", T)),
    _case("web", EIGHTH_BATCH["kathimerini-ferry"],
          ("Hellenic Coast Guard", T), ("Nikos Alexiou", T), ("Eleni Markaki", T), ("Vassilis Kikilias", T),
          ("ministry", T), ("Minoan Aegean Lines", T), ("Union of Greek Shipowners", T)),
    _case("web", EIGHTH_BATCH["batimes-peso"],
          ("INDEC", T), ("Economists", T), ("Luis Caputo", T), ("economy ministry", T), ("Critics", T),
          ("Catholic University of Argentina", T), ("Hugo Yasky", T), ("International Monetary Fund", T),
          ("Julie Kozack", T), ("EcoGo", T)),
)

#: The ninth batch of whole articles (:data:`tests.corpus_articles.NINTH_BATCH`), labelled
#: independently of the first eight before the pipeline was run on it, by the same conventions: an
#: agency or outlet credited in a dateline is an agency; another outlet cited for a claim ("the
#: official Saudi Press Agency (SPA) reported", "according to a Reuters survey") is a source, the
#: outlet that was told ("told NOS", "told bdnews24.com", "farmers told GNA") is not; anonymous
#: people ("two European traders", "a police spokesperson") are not listed; unnamed groups cited
#: for a claim ("traders said", "Farmer groups ... said", "Economists said", "Irish police said")
#: are; "<group> at <body>" cites the body; "said X, a spokesman for Y" cites both; a body and its
#: initials (NDRRMC, BGMEA, COCOBOD, CBS) are one source under the full name.
ARTICLES_9: tuple[Case, ...] = (
    _case("web", NINTH_BATCH["bdnews-fire"],
          ("bdnews24.com", A), ("Fire Service and Civil Defence", T), ("Md Tajul Islam", T),
          ("Shaheed Tajuddin Ahmad Medical College Hospital", T), ("Anisur Rahman", T), ("Shirin Akter", T),
          ("Bangladesh Garment Manufacturers and Exporters Association", T), ("Mahmud Hasan Khan", T),
          ("Kalpona Sarker", T)),
    _case("web", NINTH_BATCH["latercera-strike"],
          ("Patricio Rojas", T), ("Minera Andina del Norte", T), ("Carolina Muñoz", T), ("Cochilco", T),
          ("Juan Carlos Fuentes", T)),
    _case("web", NINTH_BATCH["philstar-typhoon"],
          ("National Disaster Risk Reduction and Management Council", T),
          ("Philippine Atmospheric, Geophysical and Astronomical Services Administration", T), ("Diego Mariano", T),
          ("Melvin Vargas", T), ("Department of Agriculture", T), ("Rowena Dacanay", T), ("Leonardo Castillo", T),
          ("Department of Budget and Management", T), ("Civil Aviation Authority of the Philippines", T)),
    _case("web", NINTH_BATCH["ahram-wheat"],
          ("Supply Ministry", T), ("traders", T), ("Sherif Farouk", T), ("Ahmed Kamal", T),
          ("Federation of Egyptian Chambers of Commerce", T)),
    _case("wire", NINTH_BATCH["nos-farmers"],
          ("ANP", A), ("ANWB", T), ("police", T), ("Farmers Defence Force", T), ("Femke Jansma", T),
          ("Marco de Vries", T), ("Statistics Netherlands", T), ("NS", T)),
    _case("wire", NINTH_BATCH["spa-oil"],
          ("AFP", A), ("Energy Ministry", T), ("Saudi Press Agency", T), ("Faisal bin Turki", T),
          ("Laura Brenner", T), ("International Monetary Fund", T), ("finance ministry", T), ("Sergei Morozov", T),
          ("Saudi Aramco", T), ("Reuters", T), ("International Energy Agency", T)),
    _case("web", NINTH_BATCH["vnexpress-bond"],
          ("People's Court", T), ("Tran Thi Hoa", T), ("Nguyen Van Thanh", T), ("Pham Quoc Hung", T),
          ("Ministry of Public Security", T), ("Lawyers for the investors", T), ("Le Thi Mai", T),
          ("Vietnam Bond Market Association", T), ("State Bank of Vietnam", T)),
    _case("web", NINTH_BATCH["rnz-budget"],
          ("Rachel Hunt", T), ("Treasury", T), ("Tama Kereama", T), ("Grant Halvorsen", T), ("Greens", T),
          ("Economists", T), ("Mira Patel", T)),
    _case("wire", NINTH_BATCH["gna-cocoa"],
          ("GNA", A), ("Ghana Cocoa Board", T), ("Kwame Asante", T), ("Farmer groups", T), ("farmers", T),
          ("Ibrahim Sulemana", T), ("Cocoa Farmers Association of Ghana", T), ("Abena Owusu-Ansah", T),
          ("Bank of Ghana", T)),
    _case("wire", NINTH_BATCH["pa-rugby"],
          ("PA", A), ("Declan Murphy", T), ("Conor Dunne", T), ("Simon Ashworth", T), ("Irish police", T)),
)
