"""A second batch of short articles, written after the rules and scored before any tuning.

Its first score is the honest estimate of how the sources step does on unseen copy: precision
0.90, recall 0.87, F1 0.88 against the expectations as first written. Two were then corrected
(Marina Silva is quoted, so she is a source; "the Bank of England had forecast" cites it), and
the batch joined the corpus. Same format as :mod:`tests.corpus_sources`.
"""

from __future__ import annotations

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
