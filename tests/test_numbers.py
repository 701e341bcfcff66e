"""How numbers are written and what they are worth (generator/numbers.py)."""

from __future__ import annotations

import pytest

from generator.numbers import find_numbers, read_amount


def amounts(text: str) -> list[tuple[str, float, str | None]]:
    found = []
    for match in find_numbers(text):
        amount = read_amount(match)
        if amount:
            found.append((text[match.start() : match.end()], round(amount.value, 2), amount.unit))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,000 people", [("3,000", 3000, None)]),
        ("3 000 people", [("3 000", 3000, None)]),
        ("12.5 tonnes", [("12.5", 12.5, None)]),
        ("eighteen people", [("eighteen", 18, None)]),
        ("twenty-five people", [("twenty-five", 25, None)]),
        ("two hundred and fifty people", [("two hundred and fifty", 250, None)]),
        ("a dozen eggs", [("a dozen", 12, None)]),
        ("two dozen eggs", [("two dozen", 24, None)]),
        ("1.5 million people", [("1.5 million", 1.5e6, None)]),
        ("2bn people", [("2bn", 2e9, None)]),
        ("$3.2 billion", [("$3.2 billion", 3.2e9, "USD")]),
        ("£40m", [("£40m", 4e7, "GBP")]),
        ("€5 mln", [("€5 mln", 5e6, "EUR")]),
        ("US$1.2bn", [("US$1.2bn", 1.2e9, "USD")]),
        ("C$300", [("C$300", 300, "CAD")]),
        ("USD 40 million", [("USD 40 million", 4e7, "USD")]),
        ("40 million dollars", [("40 million dollars", 4e7, "USD")]),
        ("40 million Canadian dollars", [("40 million Canadian dollars", 4e7, "CAD")]),
        ("3 billion roubles", [("3 billion roubles", 3e9, "RUB")]),
        ("$50k", [("$50k", 5e4, "USD")]),
        ("45 pct", [("45 pct", 45, "%")]),
        ("45%", [("45%", 45, "%")]),
        ("45 per cent", [("45 per cent", 45, "%")]),
        ("45 percent", [("45 percent", 45, "%")]),
        ("3 percentage points", [("3 percentage points", 3, "percentage points")]),
        ("5km away", [("5km", 5, "km")]),
        ("300 MW plant", [("300 MW", 300, "MW")]),
        ("between 20 and 30", [("between 20 and 30", 20, None)]),
        ("20-30 people", [("20-30", 20, None)]),
        ("20 to 30 per cent", [("20 to 30 per cent", 20, "%")]),
        ("$20-30 million", [("$20-30 million", 2e7, "USD")]),
        ("two or three", [("two or three", 2, None)]),
        ("hundreds of people", [("hundreds", 200, None)]),
        ("tens of thousands of people", [("tens of thousands", 2e4, None)]),
        ("several hundred people", [("several hundred", 300, None)]),
        ("a few thousand people", [("a few thousand", 2000, None)]),
        ("half of the voters", [("half", 50, "%")]),
        ("a third of the budget", [("a third", 33.33, "%")]),
        ("two-thirds of voters", [("two-thirds", 66.67, "%")]),
        ("three quarters of the staff", [("three quarters", 75, "%")]),
        ("half a million", [("half a million", 5e5, None)]),
        ("a million people", [("a million", 1e6, None)]),
        ("a quarter of a million people", [("a quarter of a million", 250000, None)]),
        ("nine out of 10 voters", [("nine out of 10", 90, "%")]),
        ("one in every five", [("one in every five", 20, "%")]),
        ("1m meals", [("1m", 1e6, None)]),
        ("10k users", [("10k", 1e4, None)]),
        ("40C", [("40C", 40, "°C")]),
    ],
)
def test_reads_the_number_as_written(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "G7 leaders", "Covid-19", "MH17", "the 19th", "4G network", "A320", "F-16 jets",
        "someone", "often", "a third term", "half-brother", "cut by half", "tone", "the 1990s",
        "the 100m final", "a 2m wall", "test scores",
    ],
)
def test_finds_no_number_inside_words_or_names(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aged 60 to 84 in five countries", [("60 to 84", 60, None), ("five", 5, None)]),
        ("12 in four villages", [("12", 12, None), ("four", 4, None)]),
        ("three in 10 homes", [("three in 10", 30, "%")]),
        ("between 1 in 5 and 1 in 4 adults", [("between 1 in 5 and 1 in 4", 20, "%")]),
    ],
)
def test_a_part_larger_than_its_whole_is_no_ratio(text, expected):
    assert amounts(text) == expected


def test_a_score_is_not_a_range():
    assert amounts("won 3-1") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a cut of 25 basis points", [("25 basis points", 25, "basis points")]),
        ("up 40bps on the week", [("40bps", 40, "basis points")]),
        ("between 25 and 50 basis points", [("between 25 and 50 basis points", 25, "basis points")]),
        ("losses of 3.4 billion soles", [("3.4 billion soles", 3.4e9, "PEN")]),
        ("a fine of 800,000 rand", [("800,000 rand", 8e5, "ZAR")]),
        ("2.5 million zlotys", [("2.5 million zlotys", 2.5e6, "PLN")]),
        ("12 billion Egyptian pounds", [("12 billion Egyptian pounds", 1.2e10, "EGP")]),
        ("300 million Argentine pesos", [("300 million Argentine pesos", 3e8, "ARS")]),
        ("4.1 trillion won", [("4.1 trillion won", 4.1e12, "KRW")]),
        ("slid 0.8% to 1,034.5", [("0.8%", 0.8, "%"), ("1,034.5", 1034.5, None)]),
        ("a 2-3% rise", [("2-3%", 2, "%")]),
        ("2% to 3%", [("2% to 3%", 2, "%")]),
        ("$20-30 a barrel", [("$20-30", 20, "USD")]),
        ("exports fell by nearly a third, to", [("a third", 33.33, "%")]),
        ("has grown by two-fifths since 2019", [("two-fifths", 40, "%"), ("2019", 2019, None)]),
        # a currency word keeps what the money bought after it; "pounds of" may be a weight
        ("shipped some 8 billion euros of machinery", [("8 billion euros", 8e9, "EUR")]),
        ("spent 40,000 dollars of public money", [("40,000 dollars", 4e4, "USD")]),
        ("seized 20 pounds of heroin", [("20", 20, None)]),
    ],
)
def test_reads_units_changes_and_parts(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["for a fifth time", "a third term in office", "won a third in the 80th minute", "Liverpool won 3 games",
     "the team won 2", "a quarter since"],
)
def test_no_part_or_currency_without_its_context(text):
    assert [found for found in amounts(text) if found[2] is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian scales, with and without the rupee sign
        ("approved Rs 12,500 crore for the dam", [("Rs 12,500 crore", 1.25e11, "INR")]),
        ("a debt of Rs 4.1 lakh crore", [("Rs 4.1 lakh crore", 4.1e12, "INR")]),
        ("paid Rs 8 lakh to each family", [("Rs 8 lakh", 8e5, "INR")]),
        ("₹900 crore in loans", [("₹900 crore", 9e9, "INR")]),
        ("nearly 3.4 lakh voters", [("3.4 lakh", 3.4e5, None)]),
        ("1,200 crores were spent", [("1,200 crores", 1.2e10, None)]),
        # cents: hundredths of a dollar, as a bare "$" is read, or of a euro
        ("rose 14 cents to $3.02", [("14 cents", 0.14, "USD"), ("$3.02", 3.02, "USD")]),
        ("a levy of 25 cents a litre", [("25 cents", 0.25, "USD")]),
        ("cost 40 euro cents more", [("40 euro cents", 0.4, "EUR")]),
        ("fell 20-30 cents", [("20-30 cents", 0.2, "USD")]),
        # temperatures in words
        ("reached 44.1 degrees Celsius", [("44.1 degrees Celsius", 44.1, "°C")]),
        ("a high of 109 degrees Fahrenheit", [("109 degrees Fahrenheit", 109, "°F")]),
        ("(111.4 Fahrenheit)", [("111.4 Fahrenheit", 111.4, "°F")]),
        ("2 degrees centigrade", [("2 degrees centigrade", 2, "°C")]),
        ("about 3 billion U.S. dollars", [("3 billion U.S. dollars", 3e9, "USD")]),
        # a higher level then a lower one, each with its unit: two levels, not a range
        ("led by 31 percent to 27 percent", [("31 percent", 31, "%"), ("27 percent", 27, "%")]),
        ("polled 48% to 45%", [("48%", 48, "%"), ("45%", 45, "%")]),
    ],
)
def test_reads_indian_scales_cents_temperatures_and_two_levels(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["per cent", "the 45 degrees of the slope", "won 3-1", "a 4-2 vote"],
)
def test_no_cents_temperature_or_level_without_its_word(text):
    assert [unit for _, _, unit in amounts(text)] in ([], [None])
