"""What a figure counts (generator/figure_labels.py, and the subject before it that
generator/label_subjects.py reads), read through the figures of a passage."""

from __future__ import annotations

import pytest

from generator.figures import extract_figures
from tests.report_figures import article_of


def labels_of(passage: str) -> list[str]:
    return [figure.label for figure in extract_figures(article_of(passage))]


@pytest.mark.parametrize(
    ("passage", "label"),
    [
        ("Borrowing climbed 4.1% in June.", "Borrowing"),
        ("Japan's factory output slid 1.3% in May.", "Japan's factory output"),
        ("Data showed manufacturing output grew 2.2% in the quarter.", "manufacturing output"),
        ("U.K. house prices fell 0.4% in March.", "U.K. house prices"),
        ("Headline inflation, which includes fuel costs, was 4.6%.", "Headline inflation"),
        ("Visitor numbers climbed to a record 3.2 million last year.", "Visitor numbers"),
        ("The bill for repairing schools and hospitals in Scotland has grown to £2.1bn.", "bill"),
        ("Shares in French carmaker Renault fell 3.4% in Paris.", "Shares"),
        ("The number of confirmed deaths rose to 41.", "confirmed deaths"),
        ("Officials later raised the number of missing fishermen to 19.", "missing fishermen"),
        ("The ministry put the death toll in the province at 212.", "death toll"),
        ("The estimate was slightly above forecasts of 1.8%.", "forecasts"),
        ("The storm caused losses of about $40 million.", "losses"),
        ("Police said 17 police officers were hurt in the clashes.", "police officers hurt"),
        ("About 2,000 homes flooded or damaged, the council said.", "homes flooded"),
        ("He broke the record of 14 set by his father.", "record"),
        # a part of a whole with its determiner, a possessive after "of"
        ("Almost half the country's wheat is exported.", "country's wheat exported"),
        ("Half its staff were furloughed.", "staff furloughed"),
        ("About a quarter of the workforce unable to travel stayed home.", "workforce"),
        ("The fund covered 62% of this year's appeal.", "this year's appeal"),
        ("Farmers sold 30% of the region's cattle.", "region's cattle"),
        # the predicate past clauses set off by commas, for a subject that opens its clause
        ("Five men, all in their twenties, have been charged.", "men charged"),
        ("Officials said 11 miners, trapped since Monday, were rescued.", "miners rescued"),
        ("The firm shed 200 jobs, its chief said, and closed.", "jobs"),
        ("Nine people had been reported missing by nightfall.", "people reported missing"),
        ("Four climbers are feared dead.", "climbers feared dead"),
        ("We sent 30 police officers patrolling the park.", "police officers"),
        # the subject of a reported or shown clause
        ("Data from the statistics office show retail sales in Germany fell 1.2% in May.", "retail sales"),
        ("Analysts said yields on ten-year bonds had already risen to 4.4%.", "yields"),
        ("Reports of burglaries rose 6% last year.", "Reports"),
        # more change verbs and subjects with their phrases
        ("The zloty weakened by about 0.5% against the euro.", "zloty"),
        ("Inflation slowed to 2.3% in April.", "Inflation"),
        ("Trade between the neighbours was worth $12 billion in 2022.", "Trade"),
        ("Exports to Japan rose 7% in March.", "Exports"),
        # an object after a modal verb, an adjective after a determiner, a verb after a measure
        ("Brussels could impose duties of up to 35% on the cars.", "duties"),
        ("Hospitals face a combined shortfall of £2bn.", "combined shortfall"),
        ("Gales of 70 mph toppled trees.", "Gales"),
        ("Crowds of 5,000 gathered outside.", "Crowds"),
        # a verb alone after the number is no noun
        ("Crowds over 5,000 gathered outside.", ""),
        # nothing the rule may read
        ("Data showed exports rose 5%.", "exports"),
        ("One in four children leaves school without a qualification.", "children"),
        ("The price returned to 50 after the announcement.", ""),
    ],
)
def test_labels_read_around_the_number(passage, label):
    assert labels_of(passage)[:1] == [label]


@pytest.mark.parametrize(
    ("passage", "label"),
    [
        ("The council put the cost of the repairs at $4 million.", "cost"),
        ("Pre-tax profit fell 5% to £3 million.", "Pre-tax profit"),
        ("Officials said heat-related deaths rose to 300.", "heat-related deaths"),
        ("Exports through the port rose 8% last year.", "Exports"),
        ("Jan Novak, an economist at Kappa Bank, forecast growth of 2% next year.", "growth"),
        ("Police said 40 officers and 12 firefighters were injured.", "officers injured"),
        ("Imports edged up 0.9 percent in May.", "Imports"),
        ("Sales were down 3% in the quarter.", "Sales"),
        ("She defended the state pension, which rose to 900 euros a month.", "state pension"),
        ("The central bank cut its inflation forecast this year to 2.1 percent.", "inflation forecast"),
        ("He signed a deal with a buyout clause set at 60 million euros.", "buyout clause"),
        ("It bought a stake valued at $3 billion.", "stake"),
        ("Prices have a floor of 4.5 cents U.S. per kilowatt-hour.", "floor"),
        ("About 9,000 passengers are expected to use the line each day.", "passengers"),
        ("About 20 flights are set to be cancelled.", "flights"),
        ("Some 2,000 people were forced to flee.", "people forced"),
    ],
)
def test_labels_of_the_third_round(passage, label):
    assert labels_of(passage)[0] == label


@pytest.mark.parametrize(
    ("passage", "label"),
    [
        # verbs that set a level, with the object or the subject they set
        ("The central bank held its key overnight lending rate at 4.25% on Thursday.", "key overnight lending rate"),
        ("The Bank of Canada kept its policy rate at 2.75%.", "policy rate"),
        ("The Fed kept rates at 5.25%.", "rates"),  # an object right after its verb
        ("Unemployment held at 4.1% in March.", "Unemployment"),  # no object: the verb's subject
        ("The levy, which has been capped at 2 euros since 2015, will rise.", "levy"),
        ("Japan's Nikkei share average closed down 0.8% at 38,210 points.", "Japan's Nikkei share average"),
        ("Gold ended 1.1% higher.", "Gold"),
        ("Exports are running at $2 billion a month.", "Exports"),
        ("Officials said the deficit would reach 4.1% this year.", "deficit"),
        ("Spending is expected to top $900 billion.", "Spending"),
        ("Yields on 10-year Treasury notes rose 6 basis points to 4.31%.", "Yields"),
        ("Average weekly earnings excluding bonuses rose 5.2%.", "Average weekly earnings"),
        ("Retail sales including fuel fell 0.4%.", "Retail sales"),
        # a subject with a participle after it, or four words long
        ("The original estimate published in 2021 was $3 billion.", "original estimate"),
        ("Shares sold last week were worth 80 million euros.", "Shares"),
        ("Median household disposable income rose 2% last year.", "Median household disposable income"),
        # the noun before "of", past a verb, a second object or a forecast verb
        ("The survey had a margin of error of 2.5 percentage points.", "margin of error"),
        ("The country recorded a loss of revenue of $40 million.", "loss of revenue"),
        ("He said the state would also provide grants of up to $5,000.", "grants"),
        ("The regulator said the firm charged customers fees of up to 15%.", "fees"),
        ("The treasury forecasts growth of 1.8% next year.", "growth"),
        ("Analysts polled by the agency expect inflation of 3.2%.", "inflation"),
        ("The company raised its sales forecast of $4 billion.", "sales forecast"),  # a plural modifier kept
        # the predicate: a poll's sample, an active perfect, a base verb after a modal, a verb alone
        ("The forecast was backed by 41 analysts surveyed by the bank.", "analysts surveyed"),
        ("Of 2,000 adults questioned, most agreed.", "adults questioned"),
        ("The three sides had signed a truce on Friday.", "sides"),
        ("Five people have died.", "people died"),
        ("Six new schools will open next year.", "new schools"),
        ("Some 44 percent of voters backed him, while 39 percent disagreed.", "voters"),
        ("Tunnelling is behind schedule and only 40 percent of the shafts have been sunk.", "shafts sunk"),
        # a comparative after the figure: the subject's change
        ("The risk of stroke was 19% lower among those who exercised.", "risk"),
        ("Costs were 12% higher than planned.", "Costs"),
    ],
)
def test_labels_of_the_fourth_round(passage, label):
    assert labels_of(passage)[0] == label


def test_a_verb_alone_after_a_share_ends_its_clause():
    assert labels_of("About 58 percent approved, and 31 percent disapproved.")[1] == "disapproved"


@pytest.mark.parametrize(
    ("passage", "label"),
    [
        # an "-ed" adjective inside a phrase after a preposition
        ("The storm made landfall with maximum sustained winds of 120 mph.", "maximum sustained winds"),
        ("The group reported an adjusted profit of $4 million.", "adjusted profit"),
        ("Officials reported losses of $3 million.", "losses"),
        # a participle after a perfect auxiliary is the verb, not part of the noun
        ("Traders have seen swings of 10% in a day.", "swings"),
        ("The bank has posted losses of $2 billion.", "losses"),
        # "little changed", "unchanged", "steady" set a level
        ("The euro was little changed at $1.0850.", "euro"),
        ("Benchmark yields were unchanged at 4.2%.", "Benchmark yields"),
        ("The jobless rate was steady at 3.9%.", "jobless rate"),
        # an active perfect keeps no verb, past an adverb
        ("At least 40 lawmakers have openly opposed the bill.", "lawmakers"),
        ("Some 300 people have been evacuated.", "people evacuated"),  # a passive keeps it
        # the verb after a noun that "with" opens is the head noun's
        ("Households with fewer than three rooms were worst affected.", "rooms"),
        ("The attack left a village with 12 people killed.", "people killed"),
        # a comparative hedge compares with the noun before it
        ("Kyiv rejected a gas price higher than $300 per thousand cubic metres.", "gas price"),
        ("He said he would not pay more than $50.", ""),
    ],
)
def test_labels_of_the_fifth_round(passage, label):
    assert labels_of(passage)[0] == label


@pytest.mark.parametrize(
    ("passage", "labels"),
    [
        # an adverb of comparison after the figure is no label: the subject is read instead
        ("Industrial output grew 6.1% year-on-year in March.", ["Industrial output"]),
        ("Retail sales fell 0.4% month-on-month.", ["Retail sales"]),
        # a plural before a plural is a modifier of the noun phrase
        ("Five human rights groups signed the letter.", ["human rights groups"]),
        ("The flood destroyed 40 homes and 12 schools.", ["homes", "schools"]),
        ("One in four children leaves school without a qualification.", ["children"]),
        # a forecast verb after its subject is no part of the label
        ("Brokers at Lane & Co estimate pre-tax profit could reach £1.2bn next year.", ["pre-tax profit"]),
        # an "-ed" adjective right after the determiner of a four-word subject
        ("Officials said the revised quarterly growth estimate stood at 2.3%.", ["revised quarterly growth estimate"]),
        # an adverb set off by commas between the subject and its verb
        ("Car sales, meanwhile, rose 8 percent in June.", ["Car sales"]),
        ("Imports, by contrast, fell 2.5%.", ["Imports"]),
        # the earlier level of "to X from Y" is the same subject's
        ("The jobless rate rose to 5.2% from 4.9% in May.", ["jobless rate", "jobless rate"]),
        ("Flights from 30 cities were cancelled.", ["cities cancelled"]),
        # a copula and a plural ending the clause say what a bare count is
        ("Of the 60 people arrested, 14 were minors.", ["people arrested", "minors"]),
        ("Of the victims, 12 were hospitalised.", ["hospitalised"]),
        # a partitive "of" past an adjective and a count
        ("The team must win three of their remaining five matches.", ["matches", "matches"]),
        ("Two of the other four suspects were charged.", ["suspects charged", "suspects charged"]),
    ],
)
def test_labels_of_the_sixth_round(passage, labels):
    assert labels_of(passage) == labels


def test_a_shared_predicate_is_read_past_two_long_noun_phrases():
    passage = "About 2,300 planned hip operations and 5,100 dental appointments have been postponed."
    assert labels_of(passage) == ["planned hip operations postponed", "dental appointments postponed"]


@pytest.mark.parametrize(
    ("passage", "labels"),
    [
        # a passive predicate past a short phrase of place after the counted noun
        ("Officials said 14 passengers on the ferry were rescued.", ["passengers rescued"]),
        ("Some 60 homes in the district have been flooded.", ["homes flooded"]),
        ("She said 9 miners at the site were evacuated unharmed.", ["miners evacuated"]),
        # no auxiliary after the phrase: nothing added
        ("About 30 residents in the town said they were afraid.", ["residents"]),
        ("The 11 players on the squad are all women.", ["players"]),
        # the subject of a clause after a showing verb, not the verb with it
        ("The figures show exports fell by 4.2% in the quarter.", ["exports"]),
        ("Data released on Monday showed that rents rose 3%.", ["rents"]),
    ],
)
def test_labels_of_the_seventh_round(passage, labels):
    assert labels_of(passage) == labels


@pytest.mark.parametrize(
    ("passage", "labels"),
    [
        # a possessive past a preposition belongs to what follows it, not to the counted noun
        ("The party won 41.2% of the vote in Sunday's runoff.", ["vote"]),
        ("Rebels hold 30% of the land near the army's base.", ["land"]),
        ("It asked for 37% of last year's budget.", ["last year's budget"]),
        # an adverb of place ends the noun it follows, but for a noun after it
        ("Firms make more than half of their sales abroad.", ["sales"]),
        ("About 2,000 workers nationwide walked out.", ["workers"]),
        ("Fines reach 4% of a firm's worldwide turnover.", ["firm's worldwide turnover"]),
    ],
)
def test_labels_of_the_eighth_round(passage, labels):
    assert labels_of(passage) == labels
