"""Key figures and dates (generator/figures.py): the corpus, the sample seed, the edge cases."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.brief import build_brief
from generator.errors import NewsbriefError
from generator.figures import extract_dates, extract_figures
from generator.model import Quote
from tests.corpus_figures import CASES
from tests.corpus_figures_heldout import HELD_OUT
from tests.linear import best_cpu_time
from tests.report_figures import article_of, score


def figures_of(passage: str, **kwargs) -> list[tuple]:
    return [(f.text, f.qualifier, f.unit, f.label) for f in extract_figures(article_of(passage), **kwargs)]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.passage[:50])
def test_corpus_case(case):
    found = extract_figures(article_of(case.passage))
    assert [f.text for f in found] == [want.text for want in case.figures]
    for got, want in zip(found, case.figures):
        assert got.value == pytest.approx(want.value, rel=1e-4)
        assert (got.qualifier, got.unit) == (want.qualifier, want.unit)
        if want.label is not None:
            assert got.label == want.label


def test_corpus_scores_above_thresholds():
    result = score()
    assert len(CASES) >= 60
    assert result.f1 >= 0.95, result.misses
    assert result.values / result.matched >= 0.95
    assert result.qualifiers / result.matched >= 0.95
    assert result.labels / result.labelled >= 0.9


def test_held_out_scores_above_thresholds():
    result = score(HELD_OUT)
    assert result.f1 >= 0.95, result.misses
    assert result.values / result.matched >= 0.95
    assert result.labels / result.labelled >= 0.8


@pytest.mark.parametrize("batch", ["ARTICLES", "ARTICLES_2", "ARTICLES_3", "ARTICLES_4", "ARTICLES_5", "ARTICLES_6", "ARTICLES_7", "ARTICLES_8", "ARTICLES_9"])
def test_whole_articles_are_scored_and_their_figures_are_in_the_text(batch):
    """The whole-article batches are an estimate, not a target: only their bookkeeping is asserted."""
    from tests import corpus_figures_heldout
    from tests.report_figures import whole_article

    articles = getattr(corpus_figures_heldout, batch)
    for case in articles:
        body = whole_article(case.passage).body
        assert all(want.text in body for want in case.figures)
    result = score(articles, parse=whole_article)
    assert result.expected == sum(len(case.figures) for case in articles) and result.found > 0


# The sample seed -----------------------------------------------------------------------------

SAMPLE = "seeds/kazakhstan-shoot-to-kill.txt"


@pytest.fixture(scope="module")
def sample_brief(sample_text):
    return build_brief(SAMPLE, sample_text)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "label"),
    [
        ("some 20,000", 20000, "some", "men"),
        ("more than 3,000", 3000, "more than", "criminals arrested"),
        ("18", 18, None, "armed people injured"),
        ("at least 18", 18, "at least", "law enforcement officers"),
        ("two", 2, None, "found beheaded"),
        ("five", 5, None, "other former Soviet republics"),
    ],
)
def test_sample_figures(sample_brief, text, value, qualifier, label):
    found = [f for f in sample_brief.figures if f.text == text]
    assert found, [f.text for f in sample_brief.figures]
    assert (found[0].value, found[0].qualifier, found[0].label) == (value, qualifier, label)
    body = sample_brief.article.body
    assert body[found[0].start : found[0].end] == text


def test_sample_has_no_years_or_dates_among_figures(sample_brief):
    texts = {f.text for f in sample_brief.figures}
    assert not texts & {"1990", "2019", "19", "January 19"}
    assert len(sample_brief.figures) == 6


def test_sample_dates(sample_brief):
    assert [d.text for d in sample_brief.dates] == ["1990", "2019", "1990", "January 19"]


def test_sample_claims(sample_brief):
    claimed = {f.text: f.claimed_by for f in sample_brief.figures}
    assert "Tokayev" in (claimed["some 20,000"] or "")
    assert "Interior Ministry" in (claimed["more than 3,000"] or "")


# Who claims a figure ----------------------------------------------------------------------------

PASSAGE = "Police said 40 people were held. “We saw 300 tanks,” Ms Diaz said."


def test_a_figure_inside_a_quote_is_claimed_by_its_speaker():
    article = article_of(PASSAGE)
    start = article.body.index("We saw")
    quote = Quote("We saw 300 tanks,", "Ana Diaz", "full", "said", "s2", start=start, end=start + 17)
    found = extract_figures(article, (quote,), {"s1": "Police", "s2": "Someone else"})
    assert [(f.text, f.claimed_by) for f in found] == [("40", "Police"), ("300", "Ana Diaz")]


def test_a_figure_outside_quotes_takes_the_sentence_claim():
    found = extract_figures(article_of(PASSAGE), (), {"s2": "Ana Diaz"})
    assert [(f.text, f.claimed_by) for f in found] == [("40", None), ("300", "Ana Diaz")]


# Time frames, changes and the subjects of change verbs ---------------------------------------------

@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a span or a part of a period says when, not how many
        ("The agency expects to rebuild the bridge within three years.", []),
        ("Over six years, the pair siphoned off funds from the charity.", []),
        ("Exports rose 12% over two years.", [("12%", None, "%", "Exports")]),
        ("The bank made a profit in the second half of the year.", []),
        # ...but a hedged count of years and half of a whole stay figures
        ("She served for over 20 years in the navy.", [("over 20", "over", None, "years")]),
        ("Half of the staff were laid off.", [("Half", None, "%", "staff")]),
        # "another" opens a count, it is no name
        ("Another 12 people were rescued on Sunday.", [("12", None, None, "people rescued")]),
        # a change then the level reached is two figures
        ("The rupee fell as much as 0.9% to 83.40 per dollar.",
         [("as much as 0.9%", "as much as", "%", "rupee"), ("83.40", None, None, "")]),
    ],
)
def test_time_frames_and_changes(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # ages said of a person, and every age of a list
        ("He was 67.", []),
        ("She was 23 when she joined the band, her sister said.", []),
        ("The driver, who was 58, died at the scene.", []),
        ("Three boys, aged 14, 15 and 16, were detained.", [("Three", None, None, "boys detained")]),
        ("Two sisters, aged 9 or 10, were missing.", [("Two", None, None, "sisters")]),
        # ...but not a count after "was", nor "they were"
        ("She was 4 points clear after the first round.", [("4", None, None, "points")]),
        ("They were 30 in all, the organisers said.", [("30", None, None, "")]),
        # phone lines and reference numbers
        ("Anyone with footage should ring detectives on 101.", []),
        ("Call the charity on 116 123 for support.", []),
        ("Officers asked witnesses to quote reference 5520 when calling.", []),
        ("The council called on 40 landlords to act.", [("40", None, None, "landlords")]),
        # a bracket of the plural before the hedge, not a count
        ("Adults over 70 will be offered a booster.", []),
        ("Pupils under 16 living in the district are eligible.", []),
        ("Teams under 10 players forfeit the match.", [("under 10", "under", None, "players")]),
        ("Rebels killed over 90 soldiers.", [("over 90", "over", None, "soldiers")]),
        # times ago, however hedged or scaled
        ("The crater formed roughly 50 million years ago.", []),
        ("The scheme began more than three decades ago.", []),
        # a hedge inside a quotation
        ('The militia said it had seized "more than 300 rifles" in the raid.',
         [("more than 300", "more than", None, "rifles")]),
        ('Police said "at least 12" officers had been hurt.', [("at least 12", "at least", None, "officers hurt")]),
    ],
)
def test_ages_lines_brackets_and_times_are_no_figures(passage, expected):
    assert figures_of(passage) == expected


# Dates --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("passage", "dates"),
    [
        ("The talks end on January 19, 2022 in Geneva.", ["January 19, 2022"]),
        ("The talks end on 19 January 2022.", ["19 January 2022"]),
        ("It has ruled since 1990 and since the 1990s.", ["1990", "1990s"]),
        ("Elections are due in May 2024.", ["May 2024"]),
        ("The 2014-2015 season was cancelled.", ["2014-2015"]),
        ("Police said 1500 people were detained.", []),
        ("It cost $2019.", []),
        ("Nothing happened this Friday.", []),
    ],
)
def test_extract_dates(passage, dates):
    assert [d.text for d in extract_dates(article_of(passage))] == dates


# Robustness ---------------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-$£€%abmnotwhuse\n“”\"'")) | st.characters(), max_size=300))
def test_figures_are_verbatim_and_extraction_never_raises(text):
    try:
        article = article_of(text)
    except NewsbriefError:
        assume(False)  # not an article at all: refused before extraction
    for figure in extract_figures(article):
        assert figure.text and article.body[figure.start : figure.end] == figure.text
        assert figure.text in article.body
    for date in extract_dates(article):
        assert article.body[date.start : date.end] == date.text


@pytest.mark.parametrize(
    "unit",
    ["1,000,", "1 000 ", "more than ", "between 1 and ", "$", "twenty-", "hundreds of ", "3.3.", "a ", "9" * 50 + " "],
)
def test_time_is_linear_on_pathological_input(unit):
    def seconds(repeat: int) -> float:
        article = article_of(unit * repeat)
        return best_cpu_time(lambda: (extract_figures(article), extract_dates(article)))

    # Ten times the input may take ten times as long; thirty leaves room for a busy machine,
    # while quadratic time would take a hundred.
    small, large = seconds(1_000), seconds(10_000)
    assert large < 30 * small + 0.05, (small, large)


# The Key figures page and the figures at a glance -------------------------------------------------

def test_headline_figures_prefer_labelled_counts_and_money():
    from generator.pages.story import headline_figures

    passage = "Turnout was 95%. Police held 40 people. The fund lost $2 billion. It rose 9,000. Officials counted 7,000 votes."
    chosen = headline_figures(extract_figures(article_of(passage)))
    assert [f.text for f in chosen] == ["40", "$2 billion", "7,000"]


def test_figures_page_has_cards_then_a_table_linking_to_the_story(sample_brief):
    from generator.pages import figures as page

    text = page.render(sample_brief)
    cards, table = text.split('<div class="grid cards', 1)[1].split("</div>", 1)
    assert "some 20,000" in cards and "more than 3,000" in cards
    assert "| Figure | What it counts | Claimed by | In the story |" in table
    assert "(index.md#s17)" in table and "at least 18" in table


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a currency name several countries share takes the country the article named earlier
        ("Operating profit rose 9% to 2.1 billion Swedish crowns in the quarter. Sales grew 2% to 14 billion crowns.",
         [("9%", None, "%", "Operating profit"), ("2.1 billion Swedish crowns", None, "SEK", "Operating profit"),
          ("2%", None, "%", "Sales"), ("14 billion crowns", None, "SEK", "Sales")]),
        ("The ministry said it would add around 1.5 billion crowns to the bill.",  # no country: unknown
         [("around 1.5 billion", "around", None, "crowns")]),
        # a bare amount set against money keeps its currency only when the reading is certain
        ("Net income was 3.4 billion euros, against 2.9 billion a year earlier.",
         [("3.4 billion euros", None, "EUR", "Net income"), ("2.9 billion", None, "EUR", "")]),
        ("Revenue rose to $4.1 billion, up from 3.8 billion in 2023.",
         [("$4.1 billion", None, "USD", "Revenue"), ("3.8 billion", None, "USD", "")]),
        ("The firm raised $40 million from 12 investors.", [("$40 million", None, "USD", ""), ("12", None, None, "investors")]),
        ("It sold $5 million of bonds and 300 million shares.",
         [("$5 million", None, "USD", "bonds"), ("300 million", None, None, "shares")]),
        ("The plant cost 9 billion yuan (about $1.2 billion) to build.",
         [("9 billion yuan", None, "CNY", "plant"), ("about $1.2 billion", "about", "USD", "")]),
        ("The state will borrow Rs 8,000 crore for the line. Around 1.5 lakh commuters use it.",
         [("Rs 8,000 crore", None, "INR", ""), ("Around 1.5 lakh", "Around", None, "commuters")]),
        ("Wheat fell 11 cents to $5.87 a bushel.", [("11 cents", None, "USD", "Wheat"), ("$5.87", None, "USD", "")]),
        ("Temperatures hit 46.2 degrees Celsius (115.2 Fahrenheit) on Sunday.",
         [("46.2 degrees Celsius", None, "°C", "Temperatures"), ("115.2 Fahrenheit", None, "°F", "")]),
        ("The poll put Labour three points clear of the Conservatives, at 31 percent to 28 percent.",
         [("three", None, None, "points"), ("31 percent", None, "%", ""), ("28 percent", None, "%", "")]),
    ],
)
def test_money_the_article_names_and_levels_set_against_each_other(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a span after "after"/"within", or after "in" and a verb of a countdown: when, not how many
        ("Talks resumed after nine hours of delay.", []),
        ("The licence expires in about six weeks.", []),
        ("The recess is due in just under 10 weeks.", []),
        ("Tickets sold out in under two hours.", [("under two", "under", None, "hours")]),  # how long: kept
        ("The yen hit its weakest level in three weeks.", [("three", None, None, "weeks")]),
        # "over" and a span after the noun it times
        ("The company will hire 500 staff over three years.", [("500", None, None, "staff")]),
        ("He served over 20 years in the navy.", [("over 20", "over", None, "years")]),
        # a small number after "under"/"over" and a plural is an age, whatever verb follows
        ("Children under 5 accounted for a third of the cases.", [("a third", None, "%", "cases")]),
        ("Adults over 80 make up most of the patients.", []),
        ("Crowds over 10,000 gathered in the square.", [("over 10,000", "over", None, "")]),
        # a part of a group of sources
        ("Two of the officials said the deal was close.", []),
        ("Three of them told Reuters the plan had stalled.", []),
        ("Two of the victims were children.", [("Two", None, None, "victims")]),
    ],
)
def test_time_frames_ages_and_sources_of_the_third_round(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # the period a statistic covers, named by the month it ends with
        ("Prices rose 6.1% in the 12 months to March.", [("6.1%", None, "%", "Prices")]),
        ("Sales fell in the three months through June, the company said.", []),
        ("Net profit in the six months to September was $4 million.", [("$4 million", None, "USD", "Net profit")]),
        ("The firm posted losses for 12 months to cut costs.", [("12", None, None, "months")]),  # no month: kept
        # a countdown after "expected", "scheduled" and "in"; weekends and nights are spans
        ("A ruling is expected in six to eight weeks.", []),
        ("The vote is scheduled in about two weeks.", []),
        ("Its global total reached $410 million after three weekends.", [("$410 million", None, "USD", "global total")]),
        ("Rescuers worked for three nights.", [("three", None, None, "nights")]),
        # the level of an interval, a calibre
        ("The rate was 12.5% (95% confidence interval 10.1% to 14.9%).",
         [("12.5%", None, "%", "rate"), ("10.1% to 14.9%", None, "%", "")]),
        ("The hazard ratio was 1.2 (95% CI 1.1 to 1.3).", [("1.2", None, None, "hazard ratio")]),
        ("Police found a 9mm handgun and two 7.62 mm rifles.", [("two", None, None, "")]),
        ("The army fired 155mm artillery shells at the town.", []),
        ("Up to 40 mm of rain fell overnight.", [("Up to 40 mm", "Up to", "mm", "rain")]),  # a depth: kept
        # an age after a verb of a life's events, with nothing counted after it
        ("She was nominated for a Grammy at 19 for her debut album.", []),
        ("He died at 91.", []),
        ("Okafor, who turned professional at 16, won the title.", []),
        ("The index closed at 24.", [("24", None, None, "index")]),
        ("He retired at 60 with 14 titles.", [("14", None, None, "titles")]),
        ("Doctors diagnosed the disease at 30 hospitals.", [("30", None, None, "hospitals")]),
        # a bracket of ages said of a share of a group
        ("Almost half of the viewers were over 50.", [("Almost half", "Almost", "%", "viewers")]),
        ("Most of the victims were under 18.", []),
        ("The death toll was over 35.", [("over 35", "over", None, "death toll")]),
        # a part larger than its whole is no ratio
        ("It studied adults aged 18 to 64 in seven regions.", [("seven", None, None, "regions")]),
        ("One in five adults smoke.", [("One in five", None, "%", "adults")]),
        ("They found 12 in four villages.", [("12", None, None, ""), ("four", None, None, "villages")]),
        # after "top", a number that a plural follows counts
        ("The top five oil exporters cut output.", [("five", None, None, "oil exporters")]),
        ("The top 10 films took in $95 million.",
         [("10", None, None, "films"), ("$95 million", None, "USD", "")]),
        ("The song reached the top 10 in Germany.", []),
        ("Attendance could top 40,000 on Saturday.", [("40,000", None, None, "Attendance")]),
    ],
)
def test_time_frames_ages_intervals_and_calibres_of_the_fourth_round(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a temperature below zero, its sign written as a word
        ("Temperatures in the capital dropped to minus 14 degrees Celsius on Sunday.",
         [("minus 14 degrees Celsius", None, "°C", "Temperatures")]),
        ("Overnight lows of minus 5C are forecast.", [("minus 5C", None, "°C", "Overnight lows")]),
        # "after" (or "within") covers a span joined by "and"
        ("He was convicted after a two-week trial and about four hours of deliberations.", []),
        ("The strike ended after a week of talks and nearly 20 hours of negotiations.", []),
        ("After the verdict, 40 relatives gathered outside.", [("40", None, None, "relatives")]),
        # an age set off after a name at the end of a sentence
        ("The seat went to newcomer Ana Ruiz, 31.", []),
        ("Officials said the toll in Kano rose to 31.", [("31", None, None, "toll")]),
        # "the two", "the three": a pronoun before a verb
        ("The two met briefly in Geneva last year.", []),
        ("The three have not spoken since.", []),
        ("The two sides agreed to talk again.", [("two", None, None, "sides")]),
        # a source: an adjective before the noun, a clause between the noun and the verb
        ("One senior official said talks would resume.", []),
        ("Two Western diplomats, who declined to be named, told Reuters the vote was close.", []),
        ("One protester, who was shot in the leg, died in hospital.", [("One", None, None, "protester died")]),
        ("Two of the 14 jurors asked to be excused.", [("Two", None, None, "jurors"), ("14", None, None, "jurors")]),
    ],
)
def test_signs_spans_ages_pronouns_and_sources_of_the_fifth_round(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "unit"),
    [
        ("The Philippine central bank said rice cost 48 pesos a kilo.", "PHP"),
        ("Rice cost 48 pesos a kilo, the Philippines' statistics office said.", "PHP"),  # named after it
        ("Colombia's central bank said a kilo of coffee cost 9,000 pesos.", "COP"),
        ("A ticket costs 500 pesos.", "MXN"),  # no country named: the default
        ("Argentina lent 200 million Uruguayan pesos.", "UYU"),  # the country written with the word wins
        ("Pakistan's budget sets aside 9 billion rupees for schools.", "PKR"),
        ("Uganda's farmers earn about 4,000 shillings a day.", "UGX"),
    ],
)
def test_a_shared_currency_word_takes_the_country_the_article_names(passage, unit):
    assert figures_of(passage)[0][2] == unit


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # ISO codes glued before the digits, as Gulf and African copy writes them
        ("The cabinet approved spending of AED64.2 billion for next year.", [("AED64.2 billion", None, "AED", "spending")]),
        ("Doha set aside QAR 3.1 billion for the stadiums.", [("QAR 3.1 billion", None, "QAR", "")]),
        ("The fund reported a profit of SAR2.6 billion in the quarter.", [("SAR2.6 billion", None, "SAR", "profit")]),
        ("Tickets sold for 450 EGP at the gate.", [("450 EGP", None, "EGP", "")]),
        # "SAR" apart from the digits is a region or a rescue team, not riyals
        ("The Hong Kong SAR 2030 plan was unveiled.", []),
        ("Officials sent 30 SAR teams to the coast.", [("30", None, None, "SAR teams")]),
        # shillings written "Sh" or "KSh" glued to the digits: Kenyan unless the story names another country
        ("The county spent Sh480 million on the road, about Sh60 million over budget.",
         [("Sh480 million", None, "KES", ""), ("about Sh60 million", "about", "KES", "")]),
        ("Uganda's revenue authority collected Sh2.1 trillion.", [("Sh2.1 trillion", None, "UGX", "")]),
        ("The board approved a KSh 5 billion loan.", [("KSh 5 billion", None, "KES", "loan")]),
        # "sh" ending a word is no sign
        ("Volunteers helped wash 300 cars.", [("300", None, None, "cars")]),
    ],
)
def test_currency_codes_and_shillings_glued_to_the_digits(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("The burned area is roughly three times the size of Luxembourg.", []),
        ("Rents in the capital are now twice the national average and 2.5 times the rate in 2015.", []),
        # occasions counted, and a ratio as the copy reports it, stay
        ("He was stopped by police four times the same week.", [("four", None, None, "times")]),
        ("Smokers were 2.1 times as likely to be admitted.", [("2.1", None, None, "times")]),
        ("The council met 12 times last year.", [("12", None, None, "times")]),
    ],
)
def test_a_multiple_of_a_measure_is_no_figure(passage, expected):
    assert figures_of(passage) == expected



@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # "over" and an average span, after a noun, a figure or opening the clause: a time frame
        ("Over a median of 4.2 years, fewer patients on the drug suffered a stroke.", []),
        ("The study followed nurses over an average of 11 years.", []),
        ("The fund will lend 2 billion euros ($2.2 billion) over three years.",
         [("2 billion euros", None, "EUR", ""), ("$2.2 billion", None, "USD", "")]),
        ("She served over 20 years on the board.", [("over 20", "over", None, "years")]),  # the span is the fact
        ("Patients were followed for an average of six years.", [("an average of six", "an average of", None, "years")]),
        # a cricket score: runs for wickets
        ("England were 214 for five at stumps on the second day.", []),
        ("Pakistan declared on 512 for 8, a lead of 130.", [("130", None, None, "lead")]),
        ("The club sold 40 for two pounds each.", [("40", None, None, ""), ("two pounds", None, "GBP", "")]),
        ("He was jailed for 12 years for three robberies.",
         [("12", None, None, "years"), ("three", None, None, "robberies")]),
        # a source named in apposition, an age after the name
        ("One passenger, Tomasz Nowak, 52, said the train braked hard.", []),
        ("One villager, Amina Bello, told AFP the well had dried up.", []),
        ("One guard, Peter Mwangi, was injured.", [("One", None, None, "guard injured")]),
    ],
)
def test_average_spans_innings_scores_and_named_sources_of_the_sixth_round(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("South Africa's Treasury set aside R2.4 billion for the repairs.", [("R2.4 billion", None, "ZAR", "")]),
        ("A litre of petrol in South Africa costs R23.15.", [("R23.15", None, "ZAR", "litre")]),
        ("The R34 road to Kroonstad was closed for 12 hours.", [("12", None, None, "hours")]),  # no rand outside South Africa
        ("Traffic on the R2 motorway was slow.", []),
    ],
)
def test_rand_is_read_only_in_a_south_african_story(passage, expected):
    assert figures_of(passage) == expected


def test_a_rupee_sign_takes_the_country_the_article_names():
    assert figures_of("Pakistan approved Rs12 billion for flood relief.")[0][2] == "PKR"
    assert figures_of("Sri Lanka's cabinet approved Rs 800 million for schools.")[0][2] == "LKR"
    assert figures_of("The firm paid Rs 40 crore for the land.")[0][2] == "INR"


@pytest.mark.parametrize(
    ("passage", "unit"),
    [
        ("The paintings are worth tens of millions of dollars, the museum said.", "USD"),
        ("The bank lost hundreds of millions of euros on the deal.", "EUR"),
        ("Thousands of pounds of fish were dumped.", None),  # a weight as often as money
        ("Millions of rupees went missing.", None),  # whose rupees, only a country says
        ("Hundreds of thousands of people marched.", None),
    ],
)
def test_a_vague_plural_before_of_and_a_currency_word_is_that_money(passage, unit):
    assert figures_of(passage)[0][2] == unit


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Nigeria's central bank said diesel rose to N1,250 a litre.", [("N1,250", None, "NGN", "diesel")]),
        ("Lagos traders in Nigeria paid about N2,000 more.", [("about N2,000", "about", "NGN", "")]),
        ("Nigeria budgeted N1.2 trillion for roads.", [("N1.2 trillion", None, "NGN", "")]),
        ("Workers wore N95 masks for 12 hours.", [("12", None, None, "hours")]),  # no naira outside Nigeria
        ("The N4 road near Dublin was shut.", []),
        ("Malaysia's government set aside RM4.5 billion for flood relief.", [("RM4.5 billion", None, "MYR", "")]),
        ("The RM5 module was delayed.", []),  # no ringgit outside Malaysia
    ],
)
def test_naira_and_ringgit_signs_are_read_only_in_a_story_naming_their_country(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Ash fell as far as 40 km from the crater.", [("as far as 40 km", "as far as", "km", "Ash")]),
        ("Turnout was barely 30% in the capital.", [("barely 30%", "barely", "%", "Turnout")]),
        ("The hall held scarcely 200 people.", [("scarcely 200", "scarcely", None, "people")]),
    ],
)
def test_as_far_as_and_barely_are_hedges(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # hours, minutes and seconds written together: a time on a clock, no count
        ("She won the marathon in 2 hours 18 minutes 4 seconds.", []),
        ("He finished 3 minutes 12 seconds behind the winner.", []),
        ("The Belgian is now 1 hour 2 minutes down overall.", []),
        # one unit alone, or two joined by "and", still counts
        ("He took the lead by 47 seconds.", [("47", None, None, "seconds")]),
        ("The talks lasted 5 hours and 30 minutes.", [("5", None, None, "hours"), ("30", None, None, "minutes")]),
    ],
)
def test_a_duration_in_hours_minutes_and_seconds_together_is_no_figure(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # "last" as a verb: how long, a count
        ("Supplies will not last three weeks, aid groups said.", [("three", None, None, "weeks")]),
        ("The ceasefire did not last 48 hours.", [("48", None, None, "hours")]),
        ("A salary doesn't last 10 days here.", [("10", None, None, "days")]),
        # "the last": a time frame
        ("Prices rose over the last three weeks.", []),
        ("Rain fell in the last 24 hours.", []),
    ],
)
def test_last_as_a_verb_is_no_time_frame(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("The fleet has an average age of 21 years.", [("21", None, None, "years")]),
        ("Farmers in the region have a median age of 58.", [("58", None, None, "median age")]),
        ("He died at the age of 34.", []),
        ("Children from the age of 12 may apply.", []),
    ],
)
def test_an_average_age_is_a_statistic_one_age_is_not(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("The alarm went off at 4 a.m. Three fire engines arrived within minutes.",
         [("Three", None, None, "fire engines")]),
        ("Polls closed at 8 p.m. Five candidates are standing.", [("Five", None, None, "candidates")]),
        ("The Group of Seven met in Rome.", []),
        ("He sang with Mr. Two and friends.", []),  # a title's point opens no sentence
    ],
)
def test_a_number_word_after_a_lower_case_abbreviation_opens_a_sentence(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "unit"),
    [
        # a story about one dollar country, named twice, without the United States
        ("Canada's government said the Canadian fund would pay $2,000 to each family.", "CAD"),
        ("Australia will spend $40 million, the Australian treasurer said.", "AUD"),
        # named once, or with the United States, or with a prefixed dollar: US dollars
        ("New Zealand's Hart won $40,000 in prize money.", "USD"),
        ("Canada and the United States agreed on $3 billion; Canadian officials said.", "USD"),
        ("Canada's fund of C$500 million ($370 million) is Canadian.", "USD"),
        ("Canada and Australia pledged $1 billion.", "USD"),  # two dollar countries: which one is unsaid
    ],
)
def test_a_bare_dollar_is_the_local_one_in_a_story_about_one_dollar_country(passage, unit):
    assert [figure[2] for figure in figures_of(passage) if "$" in figure[0]][-1] == unit


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # taka, peso and cedi signs: read only in a story that names their country
        ("Bangladesh's garment makers offered Tk 300,000 to each family.", [("Tk 300,000", None, "BDT", "")]),
        ("In Bangladesh, fuel rose to Tk130 a litre.", [("Tk130", None, "BDT", "fuel")]),
        ("Philippine officials put losses at P2.5 billion.", [("P2.5 billion", None, "PHP", "losses")]),
        ("Manila, Philippines - rice sold for about P45 a kilo.", [("about P45", "about", "PHP", "")]),
        ("Ghana's board paid ¢1,200 a bag.", [("¢1,200", None, "GHS", "")]),
        ("Traders in Kumasi paid GH¢2,500 a bag.", [("GH¢2,500", None, "GHS", "")]),
        ("Fares rose to GH₵12 in Accra.", [("GH₵12", None, "GHS", "Fares")]),
        ("The P5 members met for 3 hours.", [("3", None, None, "hours")]),  # no peso outside the Philippines
        ("The p53 gene was found in 40 patients.", [("40", None, None, "patients")]),
        ("Stamps cost 55¢ each.", [("55", None, None, "Stamps")]),  # cents after the number: no cedi
    ],
)
def test_taka_peso_and_cedi_signs_are_read_only_in_a_story_naming_their_country(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Jakarta set aside IDR45 trillion for the new capital.", [("IDR45 trillion", None, "IDR", "")]),
        ("The bank lent VND 2.5 trillion to the developer.", [("VND 2.5 trillion", None, "VND", "")]),
        ("Exports rose to THB850 billion.", [("THB850 billion", None, "THB", "Exports")]),
        ("Remittances reached 3.2 billion GHS.", [("3.2 billion GHS", None, "GHS", "Remittances")]),
        ("Manila's budget was PHP5.7 trillion.", [("PHP5.7 trillion", None, "PHP", "Manila's budget")]),
        ("The site runs on PHP 8 and 40 servers.", [("40", None, None, "servers")]),  # the language, apart
    ],
)
def test_an_iso_code_before_the_digits_is_the_currency(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "unit"),
    [
        ("Egypt's central bank let the pound fall to 47 pounds to the dollar.", "EGP"),
        ("Lebanon's lira... In Lebanon, bread costs 90,000 pounds.", "LBP"),
        ("A British tourist in Egypt was charged 40 pounds for a taxi.", "GBP"),  # Britain named: sterling
        ("Egypt's exports to London rose by 300 million pounds.", "GBP"),
        ("Fans paid 60 pounds for a ticket.", "GBP"),  # no country named: the default
    ],
)
def test_bare_pounds_are_the_money_of_the_only_pound_country_a_story_names(passage, unit):
    assert figures_of(passage)[0][2] == unit


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a part of a whole inside quotation marks, the hedge after the opening mark
        ('The union said the real cost was "less than half" of that.', [("less than half", "less than", "%", "")]),
        ("He said “more than half” of the staff had left.", [("more than half", "more than", "%", "staff left")]),
        ('Officials called it "half" of the problem.', [("half", None, "%", "problem")]),
        # a part after "an estimated", which holds the article
        ("An estimated third of the crop was lost.", [("An estimated third", "An estimated", "%", "crop lost")]),
        ("Rains destroyed an estimated quarter of the harvest.", [("an estimated quarter", "an estimated", "%", "harvest")]),
        ("She won an estimated third term in office.", []),  # no whole: an ordinal
        ("The third of the five trials opened.", [("five", None, None, "trials")]),
    ],
)
def test_a_part_of_a_whole_after_a_quotation_mark_or_an_estimated(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # the "up" of "picked up", "ticked up": the verb's particle, no "up to" hedge
        ("Growth picked up to 2.8% last year.", [("2.8%", None, "%", "Growth")]),
        ("Inflation ticked up to 3.1 percent in May.", [("3.1 percent", None, "%", "Inflation")]),
        ("Growth picked up 0.4 percent in the quarter.", [("0.4 percent", None, "%", "Growth")]),
        # "up to" after any other verb stays a hedge
        ("The plant will employ up to 300 workers.", [("up to 300", "up to", None, "workers")]),
        ("Up to 300 people were hurt.", [("Up to 300", "Up to", None, "people hurt")]),
        ("Rescuers picked 40 survivors from the water.", [("40", None, None, "survivors")]),
    ],
)
def test_up_to_after_a_verb_whose_particle_is_up_is_no_hedge(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a share of GDP is the share of what the sentence measures, not of GDP
        ("Net debt is forecast to peak at 43.5 percent of GDP.", [("43.5 percent", None, "%", "Net debt")]),
        ("The deficit was 3.3% of gross domestic product.", [("3.3%", None, "%", "deficit")]),
        ("Public debt stands at 90% of GDP.", [("90%", None, "%", "Public debt")]),
        ("Debt fell to 40% of the total.", [("40%", None, "%", "total")]),  # any other whole is counted
        # "later" and "earlier" are no counted nouns
        ("Unemployment is expected to peak at 5.3 percent later this year.", [("5.3 percent", None, "%", "Unemployment")]),
        ("Exports rose 4% earlier in the year.", [("4%", None, "%", "Exports")]),
    ],
)
def test_a_share_of_gdp_is_labelled_by_what_is_measured(passage, expected):
    assert figures_of(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Ireland lead the table with one round remaining.", [("one", None, None, "round")]),
        ("They scored with two minutes left in the game.", [("two", None, None, "minutes")]),
        ("The storm hit the coast with 200 people killed.", [("200", None, None, "people killed")]),
        ("Fans queued for three remaining tickets.", [("three", None, None, "remaining tickets")]),
    ],
)
def test_what_is_left_after_with_is_counted_without_remaining(passage, expected):
    assert figures_of(passage) == expected
