import pytest

from generator.credits import find_credit, find_credits
from generator.seed import parse_article
from generator.sources import extract_sources


def article(text: str):
    return parse_article("seeds/test.txt", "Headline\n\n" + text)


def credited(text: str) -> list[str]:
    return [a for c in find_credits(article(text)) for a in c.agencies]


@pytest.mark.parametrize(
    "text, agencies",
    [
        ("Story.\n\nWith information from EFE, AFP and Europa Press", ["EFE", "AFP", "Europa Press"]),
        ("LONDON (Reuters) - Prices rose on Monday.", ["Reuters"]),
        ("WASHINGTON, Jan 5 (AP) — The Senate voted.", ["AP"]),
        ("(AFP) - The vote was held.", ["AFP"]),
        ("The vote was held.\n\n— AFP", ["AFP"]),
        ("The vote was held on Sunday. — AFP", ["AFP"]),
        ("The vote was held.\n\n(AFP)", ["AFP"]),
        ("Story.\n\nCompiled by Reuters", ["Reuters"]),
        ("Story.\n\nAdditional reporting by Agence France-Presse", ["AFP"]),
        ("Story.\n\nSources: AFP, Reuters", ["AFP", "Reuters"]),
        ("By Jane Doe, Associated Press\n\nThe vote was held.", ["AP"]),
        ("By AFP\n\nThe vote was held.", ["AFP"]),
        ("By Omar Haddad\n\nBEIRUT/DUBAI, June 3 (Reuters) - Talks resumed.", ["Reuters"]),
        ("By Ana Ruiz\n\nMADRID, 3 Jun (EFE).- El paro bajó.", ["EFE"]),
        # a dateline opens the story: not one further down, after a story paragraph
        ("By Omar Haddad\n\nTalks resumed.\n\nBEIRUT (Reuters) - no", []),
        ("By Monday, 40 people had died.\n\nThe vote was held.", []),
        ("By the time police arrived, the crowd had gone.", []),
        # a translated or republished story credits the outlet it comes from
        ("A standfirst.\n\nTranslated from Die Zeit\n\nThe vote was held.", ["Die Zeit"]),
        ("Story.\n\nThis article was first published in The Conversation.", ["The Conversation"]),
        ("Story.\n\nOriginally published by El País", ["El País"]),
        # a language and a translator are no outlet
        ("Story.\n\nTranslated from the Spanish by Ana Ruiz", []),
        ("Story.\n\nTranslated by Ana Ruiz", []),
        ("First published in 1998, the novel sold well.\n\nIt was reprinted twice.", []),
        # journalists are credited, not sources
        ("Story.\n\nReporting by Jane Doe; Editing by John Roe", []),
        ("Story.\n\nAdditional reporting by Jane Doe in Paris", []),
        # a dateline whose place carries its region in brackets
        ("Korvalle (Mabenga) (AFP) - The town fell.", ["AFP"]),
        ("Springfield (Illinois), May 2 (AP) — The vote was held.", ["AP"]),
        # a closing line that is only the agency's name
        ("The vote was held.\n\nThe Canadian Press", ["Canadian Press"]),
        ("The vote was held.\n\nThe Associated Press", ["AP"]),
        ("The vote was held.\n\nReuters", ["Reuters"]),
        # South Asian wires: no dash after the bracket (or a colon), read only after a place and a date
        ("Lucknow, Mar 14 (PTI) The state cabinet approved the budget.", ["PTI"]),
        ("Chennai, 9 Aug (IANS) \"We will appeal,\" the minister said.", ["IANS"]),
        ("Srinagar [India], January 21 (ANI): Snow closed the highway.", ["ANI"]),
        ("LAHORE, Oct 2 (APP): Wheat prices fell.", ["APP"]),
        ("Jaipur (Rajasthan), Feb. 6, 2024 (PTI) Two men were held.", ["PTI"]),
        # an outlet known by its web address; a wire naming itself bare after the date
        ("Sylhet, Feb 4 (bdnews24.com) - Floods cut the highway.", ["bdnews24.com"]),
        ("Story.\n\nWith information from dawn.com", ["dawn.com"]),
        ("Kumasi, Jan. 12, GNA - The assembly met.", ["GNA"]),
        ("WASHINGTON, June 5, 2024, Reuters - The Senate voted.", ["Reuters"]),
        ("Tamale, 3 March, GNA – Traders protested.", ["GNA"]),
        ("Kumasi, Jan. 12, Mr Owusu - no", []),
        ("On Jan. 12, NATO - no", []),
        ("Kumasi, Jan. 12, GNA said - no", []),
        ("The talks (see bbc.co.uk) - failed.", []),
        # the outlet a byline names after a bar
        ("By Lerato Dube | News24\n\nThe vote was held.", ["News24"]),
        ("By Jane Doe and John Roe | Daily Maverick\n\nThe vote was held.", ["Daily Maverick"]),
        ("By Jane Doe | Agence France-Presse\n\nThe vote was held.", ["AFP"]),
        ("By Jane Doe, Reuters\n\nThe vote was held.", ["Reuters"]),
        # should find nothing
        ("By Jane Doe | Staff Writer\n\nThe vote was held.", []),
        ("By Jane Doe | Updated Dec 3\n\nThe vote was held.", []),
        ("By Jane Doe | 4 min read\n\nThe vote was held.", []),
        ("The Democratic Party (DP) said it would boycott the vote.", []),
        ("Seoul (Yonhap) reported that the talks had failed.", []),
        ("SEOUL, Dec 3 (Yonhap) reported that the talks had failed.", []),
        ("The ministry, Dec 3 (local time) Officials met.", []),
        ("Talks ended.\n\nLucknow, Mar 14 (PTI) The cabinet met.", []),
        ("The vote was held.\n\nThe Editors", []),
        ("The vote was held.\n\nthe canadian press", []),
        ("The talks (which lasted hours) - failed.", []),
        ("Korvalle (Mabenga) (which fell) - no", []),
        ("The vote was held with information from the ministry in hand, officials said.", []),
        ("PARIS (Reuters and local papers) - no", []),
    ],
)
def test_credit_lines(text, agencies):
    assert credited(text) == agencies


def test_a_journalists_line_is_the_credit_without_sources():
    text = "Story.\n\nReporting by Jane Doe; Editing by John Roe"
    assert find_credit(article(text)).text == "Reporting by Jane Doe; Editing by John Roe"
    assert find_credits(article(text))[0].journalists == ("Jane Doe", "John Roe")
    assert extract_sources(article(text)) == ()


def test_a_dateline_credit_is_the_slice_before_the_dash():
    credit = find_credit(article("LONDON (Reuters) - Prices rose on Monday."))
    assert credit.text == "LONDON (Reuters) -" and credit.id == "s1"


def test_a_dateline_without_a_dash_is_the_slice_up_to_the_bracket():
    credit = find_credit(article("Lucknow, Mar 14 (PTI) The state cabinet approved the budget."))
    assert credit.text == "Lucknow, Mar 14 (PTI)"


def test_a_byline_outlet_is_a_source_and_the_journalist_is_not():
    (credit,) = find_credits(article("By Lerato Dube | News24\n\nThe vote was held."))
    assert credit.agencies == ("News24",) and credit.journalists == ("Lerato Dube",)


def test_no_credit():
    assert find_credit(article("Prices rose on Monday.")) is None
