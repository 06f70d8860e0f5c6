"""Every row of issue 13's table, as `find_figures` reads it.

Each case is a phrase and the figures expected in it, in text order, as ``(text, value,
low, high, qualifier, unit)``; ``[]`` means no claim (CLAIMS.md section 2)."""

from __future__ import annotations

import pytest

from nkclaims.figures import find_figures

Row = tuple[str, "float | None", "float | None", "float | None", str, str]


def fig(text: str, value: float, unit: str = "count", q: str = "exact") -> Row:
    return (text, value, None, None, q, unit)


def rng(text: str, low: float, high: float, unit: str = "count") -> Row:
    return (text, None, low, high, "range", unit)


UNITS = [
    ("The phone has 256GB of storage.", [fig("256GB", 256, "gigabyte")]),
    ("50mph winds hit the coast.", [fig("50mph", 50, "mile per hour")]),
    ("a 6kW motor", [fig("6kW", 6, "kilowatt")]),
    ("a 5.5kWh battery", [fig("5.5kWh", 5.5, "kilowatt hour")]),
    ("250ml bottles", [fig("250ml", 250, "milliliter")]),
    ("the 37m skeleton", [fig("37m", 37, "meter")]),
    ("the 37m (121ft) skeleton", [fig("37m", 37, "meter"), fig("121ft", 121, "foot")]),
    ("a $200m deal", [fig("$200m", 2e8, "USD")]),
    ("37m people live there", [fig("37m", 3.7e7)]),
    ("1.5mm of rain fell", [fig("1.5mm", 1.5, "millimeter")]),
    ("sub-7 nanometer chips", [fig("sub-7 nanometer", 7, "nanometer", "less_than")]),
    ("It was 2.14degF warmer.", [fig("2.14degF", 2.14, "degree Fahrenheit")]),
    ("a 6 kW motor", [fig("6 kW", 6, "kilowatt")]),
    ("256 GB of storage", [fig("256 GB", 256, "gigabyte")]),
    ("a top speed of 120 km/h", [fig("120 km/h", 120, "kilometer per hour")]),
    ("It reached 25°C on Monday.", [fig("25°C", 25, "degree Celsius")]),
    ("The car does 40 miles per gallon.", [fig("40 miles per gallon", 40, "mile per gallon")]),
    (
        "2.998×10^8 meters per second",
        [fig("2.998×10^8 meters per second", 2.998e8, "meter per second")],
    ),
]

CURRENCIES = [
    ("RM79 a month", [("RM79 a month", 79.0, None, None, "exact", "MYR")]),
    ("USD1,700 each", [fig("USD1,700", 1700, "USD")]),
    ("a fee of 1,700 USD", [fig("1,700 USD", 1700, "USD")]),
    ("$A82.6 million", [fig("$A82.6 million", 8.26e7, "AUD")]),
    ("AU$5", [fig("AU$5", 5, "AUD")]),
    ("HK $216,925", [fig("HK $216,925", 216925, "HKD")]),
    ("S$40", [fig("S$40", 40, "SGD")]),
    ("C$12", [fig("C$12", 12, "CAD")]),
    ("NZ$3", [fig("NZ$3", 3, "NZD")]),
    ("Rs 500", [fig("Rs 500", 500, "INR")]),
    ("₹500", [fig("₹500", 500, "INR")]),
    ("¥1,000 in Tokyo", [fig("¥1,000", 1000, "JPY")]),
    ("¥1,000 in Beijing", [fig("¥1,000", 1000, "CNY")]),
    ("£2.7m", [fig("£2.7m", 2.7e6, "GBP")]),
    ("€4bn", [fig("€4bn", 4e9, "EUR")]),
    ("118.5p", [fig("118.5p", 1.185, "GBP")]),
    ("18 sen", [fig("18 sen", 0.18, "MYR")]),
    ("50 cents", [fig("50 cents", 0.5, "USD")]),
]

SIGNS = [
    ("lost minus 5 yards", [fig("minus 5 yards", -5, "yard")]),
    ("fell -1.3%", [fig("-1.3%", -1.3, "percent")]),
    ("a loss of $-50.8bn", [fig("$-50.8bn", -5.08e10, "USD")]),
    ("a loss of -$5 million", [fig("-$5 million", -5e6, "USD")]),
    ("minus 233 Celsius", [fig("minus 233 Celsius", -233, "degree Celsius")]),
    ("shares fell 2.5 percent", [fig("2.5 percent", 2.5, "percent")]),
    ("1.99E-29", [fig("1.99E-29", 1.99e-29)]),
    ("3.2 x 10⁶", [fig("3.2 x 10⁶", 3.2e6)]),
    ("about 10^8 cells", [fig("about 10^8", 1e8, q="approximately")]),
]

DURATIONS = [
    ("sentenced to 15 years", [fig("15 years", 15, "year")]),
    ("a three-year contract", [fig("three-year", 3, "year")]),
    (
        "charging in fewer than 20 minutes",
        [fig("fewer than 20 minutes", 20, "minute", "less_than")],
    ),
    ("a 4.3 second dash", [fig("4.3 second", 4.3, "second")]),
    ("over the past 5 years", []),
    ("three years ago", []),
    ("in two weeks", []),
    ("the past 20-30 years", []),
    ("a 40-year-old man", []),
]

NON_CLAIMS = [
    ("2-0 down at halftime", []),
    ("tied Game 7 at 89-89", []),
    ("The Senate passed it in a 52-48 vote.", []),
    ("The team won 3-1 at home.", []),
    ("358 El Brillo Way", []),
    ("the S&P 500 fell 2%", [fig("2%", 2, "percent")]),
    ("the FTSE 100 closed higher", []),
    ("iPhone 11 Pro", []),
    ("Section 427 Row 21", []),
    ("Kim Jong Un, 40, met Putin", []),
    ("see page 12 of the report", []),
    ("in chapter 5 of the book", []),
    ("Call (212) 555-1234 now", []),
    ("Call 555-1234 now", []),
    ("dial +44 20 7946 0958", []),
    ("version 17.2.1 of the app", []),
    ("iOS 17 was released", []),
    ("3-4 units", [rng("3-4", 3, 4)]),
    ("Russia sent 10 000 000 shells.", [fig("10 000 000", 1e7)]),
    ("Analysts at 38 North said the site was busy.", []),
    ("The think tank 38 North counted 12 launches.", [fig("12", 12)]),
    ("38 North Korean workers arrived.", [fig("38", 38)]),
    ("The Group of 20 met in Rio.", []),
]

WORDS = [
    (
        "twenty-eight thousand six hundred forty-two students",
        [fig("twenty-eight thousand six hundred forty-two", 28642)],
    ),
    ("4 hundred million people", [fig("4 hundred million", 4e8)]),
    ("four to five thousand people", [rng("four to five thousand", 4000, 5000)]),
    ("$3 billion to $5 billion", [rng("$3 billion to $5 billion", 3e9, 5e9, "USD")]),
    ("between 5% and 6%", [rng("between 5% and 6%", 5, 6, "percent")]),
    ("a dozen eggs", [fig("a dozen", 12)]),
    ("a couple of hundred people", [("a couple of hundred", None, 200, 299, "vague", "count")]),
    ("one and a quarter million", [fig("one and a quarter million", 1.25e6)]),
    ("1/16 of a pint", [fig("1/16 of a pint", 0.0625, "pint")]),
    ("⅓ of the budget", [fig("⅓", 33.33, "percent")]),
    ("three-quarters of voters", [fig("three-quarters", 75, "percent")]),
    ("a quarter of exports", [fig("a quarter", 25, "percent")]),
    ("a 2½ mile walk", [fig("2½ mile", 2.5, "mile")]),
    ("profits more than double", [fig("more than double", 2, "times", "more_than")]),
    ("double the amount", [fig("double", 2, "times")]),
    ("a double murder", []),
    ("a fourfold rise", [fig("fourfold", 4, "times")]),
    ("output more than tripled", [fig("more than tripled", 3, "times", "more_than")]),
    ("the deficit halved", [fig("halved", 0.5, "times")]),
    ("sales have tripled since 2020", [fig("tripled", 3, "times")]),
    ("imports nearly quadrupled", [fig("nearly quadrupled", 4, "times", "approximately")]),
    ("the gym doubled as a shelter", []),
    ("he doubled down on the claim", []),
    (
        "power went from 240 to 273 horsepower",
        [fig("240", 240, "horsepower"), fig("273 horsepower", 273, "horsepower")],
    ),
    (
        "economy climbed from 21 mpg to 23.",
        [fig("21 mpg", 21, "mile per gallon"), fig("23", 23, "mile per gallon")],
    ),
    ("from 21 mpg to 23 cars", [fig("21 mpg", 21, "mile per gallon"), fig("23", 23)]),
    ("a bill of 10,000b", [fig("10,000", 10000)]),
    ("a bill of $10,000b", [fig("$10,000", 10000, "USD")]),
    ("a bill of $10b", [fig("$10b", 1e10, "USD")]),
    ("a bill of £1,500m", [fig("£1,500m", 1.5e9, "GBP")]),
    (
        "climbed from 21 mpg to 23 mpg",
        [fig("21 mpg", 21, "mile per gallon"), fig("23 mpg", 23, "mile per gallon")],
    ),
]

ALL = UNITS + CURRENCIES + SIGNS + DURATIONS + NON_CLAIMS + WORDS


def _row(f: object) -> Row:
    return (f.text, f.value, f.low, f.high, f.qualifier.value, f.unit)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("phrase", "expected"), ALL)
def test_issue_table(phrase: str, expected: list[Row]) -> None:
    got = [_row(f) for f in find_figures(phrase)]
    assert [(r[0], r[4], r[5]) for r in got] == [(r[0], r[4], r[5]) for r in expected]
    for g, e in zip(got, expected, strict=True):
        for a, b in zip(g[1:4], e[1:4], strict=True):
            assert (a is None and b is None) or a == pytest.approx(b, rel=1e-9), (g, e)
