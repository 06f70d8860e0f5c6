"""Table tests for `nkclaims.numbers`: reading a number as written (CLAIMS.md section 3).

In the style of price-parser's test buckets: each bucket is a list of
``(input, expected)`` pairs fed to ``pytest.mark.parametrize``. Expected values come
from CLAIMS.md, not from the code. Where the contract is silent the choice is what a
careful analyst expects, with a one-line comment.

Cases that fail because the code is wrong are kept, marked ``xfail(strict=True)`` with
what the code does instead, so the suite stays green while the failure is recorded.
"""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkclaims.numbers import NumberParseError, parse_digits, parse_number, parse_words

HAS_NUM2WORDS = importlib.util.find_spec("num2words") is not None


def xfail(*values: object, reason: str) -> object:
    """A case the code gets wrong today: recorded, strict, with what it does instead."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


# --------------------------------------------------------------------------- digits

# parse_digits(s) with the default decimal_dot=False.
DIGITS_CASES = [
    # comma thousands (CLAIMS.md 3: `10,000` is 10000)
    ("10,000", 10000),
    ("1,000", 1000),
    ("700,000", 700000),
    ("1,234,567", 1234567),
    ("1,234.5", 1234.5),
    ("12,345.67", 12345.67),
    ("1,000,000,000", 1e9),
    # European dot thousands: a dot followed by exactly three digits and no more
    ("10.000", 10000),
    ("20.000", 20000),
    ("500.000", 500000),
    ("1.234.567", 1234567),
    ("1.000.000.000", 1e9),
    # a dot followed by one, two or four digits is a decimal point
    ("7.48", 7.48),
    ("39.5", 39.5),
    ("10.5", 10.5),
    ("10.25", 10.25),
    ("10.0000", 10.0),
    ("0.5", 0.5),
    (".5", 0.5),
    # space thousands (CLAIMS.md 3: `10 000` is 10000), also no-break spaces
    ("10 000", 10000),
    ("1 000 000", 1e6),
    ("10\u00a0000", 10000),
    ("10\u202f000", 10000),
    # plain integers; surrounding whitespace is not part of the number
    ("2022", 2022),
    ("0", 0),
    ("110", 110),
    ("9000", 9000),
    (" 10,000 ", 10000),
]

# decimal_dot=True: the caller says the dot is a decimal point (`1.500 billion`).
DIGITS_DECIMAL_DOT_CASES = [
    ("10.000", 10.0),
    ("1.500", 1.5),
    ("7.48", 7.48),
    ("10,000", 10000),
]

DIGITS_ERRORS = [
    "",
    "   ",
    "ten",
    "6K",
    "1,00",  # a comma group must have exactly three digits
    "1,0000",
    "12,34,567",  # Indian lakh grouping is not a thousands grouping
    "1 23",  # a space group must have exactly three digits
    "10 0000",
    "1..2",
    "$100",
    "10%",
    "-",
    "nan",
    "inf",
]


@pytest.mark.parametrize(("s", "expected"), DIGITS_CASES)
def test_parse_digits(s: str, expected: float) -> None:
    assert parse_digits(s) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(("s", "expected"), DIGITS_DECIMAL_DOT_CASES)
def test_parse_digits_decimal_dot(s: str, expected: float) -> None:
    assert parse_digits(s, decimal_dot=True) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("s", DIGITS_ERRORS)
def test_parse_digits_errors(s: str) -> None:
    with pytest.raises(NumberParseError):
        parse_digits(s)


# --------------------------------------------------------------------------- words

WORDS_CASES = [
    ("zero", 0),
    ("one", 1),
    ("three", 3),
    ("twelve", 12),
    ("nineteen", 19),
    ("twenty", 20),
    ("twenty-five", 25),
    ("twenty five", 25),
    ("ninety-nine", 99),
    ("Twenty-Five", 25),  # case does not matter
    ("TEN", 10),
    ("one hundred", 100),
    ("a hundred", 100),
    ("one hundred and fifty", 150),
    ("a hundred and fifty", 150),
    ("five hundred and sixty-seven", 567),
    ("three hundred", 300),
    ("twenty-seven hundred", 2700),
    ("27-hundred", 2700),  # CLAIMS.md 3: `27-hundred` is 2700
    ("ten-thousand", 10000),  # CLAIMS.md 3: `ten-thousand`
    ("ten thousand", 10000),
    ("a thousand", 1000),
    ("seven thousand", 7000),
    ("forty thousand", 40000),
    ("three hundred thousand", 300000),
    ("two thousand five hundred", 2500),
    ("one million", 1e6),
    ("a million", 1e6),
    ("five million", 5e6),
    ("one million two hundred thousand", 1.2e6),
    ("one and a half", 1.5),
    ("one and a half million", 1.5e6),  # CLAIMS.md 3
    ("two and a half billion", 2.5e9),
    ("a dozen", 12),
    ("two dozen", 24),
    ("three dozen", 36),
    ("one billion", 1e9),
    ("three trillion", 3e12),
    # contract silent; an analyst reads `half a million` as 500,000
    ("half a million", 5e5),
]

WORDS_ERRORS = [
    "",
    "   ",
    "apples",
    "five apples",
    "ten-ish",
    "and",
    "a",  # an article alone is no number
    "hello world",
]


@pytest.mark.parametrize(("s", "expected"), WORDS_CASES)
def test_parse_words(s: str, expected: float) -> None:
    assert parse_words(s) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("s", WORDS_ERRORS)
def test_parse_words_errors(s: str) -> None:
    with pytest.raises(NumberParseError):
        parse_words(s)


# --------------------------------------------------------------------------- parse_number

NUMBER_CASES = [
    # digits with separators (CLAIMS.md 3)
    ("10,000", 10000),
    ("10.000", 10000),
    ("1.234.567", 1234567),
    ("10 000", 10000),
    ("7.48", 7.48),
    ("39.5", 39.5),
    ("600,000", 600000),
    ("500.000", 500000),
    ("1 000 000", 1e6),
    # scale words multiply (CLAIMS.md 3)
    ("1.3 billion", 1.3e9),
    ("7.48 billion", 7.48e9),
    ("3 million", 3e6),
    ("12 thousand", 12000),
    ("200 million", 2e8),
    ("1.5 million", 1.5e6),
    ("4.62 billion", 4.62e9),
    ("2 trillion", 2e12),
    ("27 hundred", 2700),
    ("27-hundred", 2700),  # CLAIMS.md 3
    ("12 Thousand", 12000),
    ("3 Million", 3e6),
    # glued scale letters (CLAIMS.md 3: `$200m`, `6K`)
    ("6K", 6000),
    ("6k", 6000),
    ("200m", 2e8),
    ("200M", 2e8),
    ("5bn", 5e9),
    ("1.2bn", 1.2e9),
    ("2.5 mln", 2.5e6),
    ("5 bn", 5e9),
    # words (CLAIMS.md 3)
    ("twenty-five", 25),
    ("ten-thousand", 10000),
    ("one hundred and fifty", 150),
    ("one and a half million", 1.5e6),
    ("a dozen", 12),
    ("two dozen", 24),
    ("three", 3),
    ("  twelve  ", 12),
]

NUMBER_ERRORS = [
    "",
    "   ",
    "abc",
    "ten apples",
    "10 apples",
    "5 dollars",  # the currency is not part of the number
    "1,00",
    "12.34.56",  # dot groups of two digits are neither thousands nor a decimal
    "1..2",
    "nan",
    "inf",
    "Infinity",
    "12xyz",
    "--",
    # two numbers side by side are not one number (contract silent: an analyst would not
    # read `1 23` as 24); the code sums the digit tokens in parse_words
    "1 23",
    "10 0000",
    "10 5",
    "one two",
]


@pytest.mark.parametrize(("s", "expected"), NUMBER_CASES)
def test_parse_number(s: str, expected: float) -> None:
    assert parse_number(s) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("s", NUMBER_ERRORS)
def test_parse_number_errors(s: str) -> None:
    with pytest.raises(NumberParseError):
        parse_number(s)


def test_number_parse_error_is_a_value_error() -> None:
    assert issubclass(NumberParseError, ValueError)


# --------------------------------------------------------------------------- properties

INTS = st.integers(min_value=0, max_value=10**9)
THOUSANDS = st.integers(min_value=1, max_value=999_999).map(lambda k: k * 1000)
PROP = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROP
@given(INTS)
def test_comma_thousands_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_digits(f"{n:,}") == n


@PROP
@given(INTS)
def test_dot_thousands_round_trip(n: int) -> None:
    # `{n:,}` groups by exactly three digits, which is where the contract's rule applies
    s = f"{n:,}".replace(",", ".")
    assert parse_number(s) == n
    assert parse_digits(s) == n


@PROP
@given(INTS, st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_space_thousands_round_trip(n: int, sep: str) -> None:
    s = f"{n:,}".replace(",", sep)
    assert parse_number(s) == n


@PROP
@given(THOUSANDS)
def test_thousand_word_equals_digits(n: int) -> None:
    assert parse_number(f"{n // 1000} thousand") == parse_number(f"{n:,}") == n


@pytest.mark.skipif(not HAS_NUM2WORDS, reason="num2words not installed")
@PROP
@given(THOUSANDS)
def test_num2words_thousands(n: int) -> None:
    from num2words import num2words

    # num2words writes `one million, two hundred thousand`; the commas are list
    # punctuation, not part of a number as it appears in news prose
    words = num2words(n).replace(",", "")
    assert parse_words(words) == n
    assert parse_number(words) == n


@pytest.mark.skipif(not HAS_NUM2WORDS, reason="num2words not installed")
@PROP
@given(st.integers(min_value=0, max_value=10**6))
def test_num2words_any_int(n: int) -> None:
    from num2words import num2words

    assert parse_words(num2words(n).replace(",", "")) == n


@PROP
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([1, 2]))
def test_decimals_round_trip(m: int, places: int) -> None:
    x = m / 10**places
    plain = f"{x:.{places}f}"
    grouped = f"{x:,.{places}f}"
    assert parse_number(plain) == pytest.approx(float(plain), rel=1e-12)
    assert parse_number(grouped) == pytest.approx(float(plain), rel=1e-12)


@PROP
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([1, 2]),
    st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]),
)
def test_decimal_with_scale_word(m: int, places: int, scale: tuple[str, float]) -> None:
    word, factor = scale
    x = m / 10**places
    s = f"{x:.{places}f} {word}"
    assert parse_number(s) == pytest.approx(x * factor, rel=1e-9)
