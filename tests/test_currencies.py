"""Which currency a word of money means in a story (generator/currencies.py)."""

from __future__ import annotations

import pytest

from generator.currencies import named_currency, story_dollar, unnamed_country


@pytest.mark.parametrize(
    ("text", "end", "unit"),
    [
        ("It earned 2 billion Norwegian crowns. Costs were 1 billion crowns.", 60, "NOK"),
        ("Sales of 40 million Danish kroner. A loss of 3 million crowns.", 60, "DKK"),
        ("In Swedish crowns, then in Czech crowns; later 5 crowns.", 50, "CZK"),
        ("A fine of 5 million crowns.", 20, None),  # no country named before: unknown
        ("Paid 5 million crowns, not 5 million Norwegian crowns.", 15, None),  # named only after
        ("Paid 10 dinars after 2 Jordanian dinars.", 5, None),
    ],
)
def test_a_shared_currency_name_takes_the_country_named_before(text, end, unit):
    word = "dinars" if "dinars" in text else "crowns"
    assert named_currency(text, word, end) == unit


@pytest.mark.parametrize(
    ("sign", "unit", "text", "unnamed"),
    [
        ("r", "ZAR", "Eskom said tariffs would rise in South Africa.", False),
        ("r", "ZAR", "Drivers on the R5 road were stuck for hours.", True),
        ("rs", "PKR", "Sindh's budget is Rs5 billion.", False),  # no country needed
        ("", None, "Drivers on the R5 road were stuck for hours.", False),
    ],
)
def test_a_sign_that_needs_its_country_named(sign, unit, text, unnamed):
    assert unnamed_country(sign, unit, text) is unnamed


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Fire crews in Canada ... the Canadian Red Cross paid $500.", "CAD"),
        ("Singapore's port ... Singapore paid $5 million.", "SGD"),
        ("Canada paid $500.", "USD"),  # named once: a passing mention
        ("Canada, Canadian, and Washington paid $500.", "USD"),
        ("Canada's Canadian fund of C$500 ($370).", "USD"),
        ("Canada and Canadian and Australian $5.", "USD"),
        ("The fund paid $500.", "USD"),
    ],
)
def test_a_bare_dollar_is_the_one_of_the_only_dollar_country_a_story_is_about(text, unit):
    assert story_dollar(text) == unit
