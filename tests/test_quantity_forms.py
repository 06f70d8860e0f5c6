"""Hypothesis properties: one quantity written glued, spaced, with a symbol or a code
parses to one value and unit (issue 13, item 7)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkclaims.figures import find_figures

# (glued form, spaced form, unit)
UNITS = [
    ("{}GB", "{} GB", "gigabyte"),
    ("{}kW", "{} kW", "kilowatt"),
    ("{}kWh", "{} kWh", "kilowatt hour"),
    ("{}mph", "{} mph", "mile per hour"),
    ("{}km", "{} km", "kilometer"),
    ("{}kg", "{} kg", "kilogram"),
    ("{}ml", "{} ml", "milliliter"),
    ("{}°C", "{} °C", "degree Celsius"),
]
# (symbol form, prefixed code, suffixed code, ISO code)
MONEY = [
    ("${}", "USD{}", "{} USD", "USD"),
    ("€{}", "EUR {}", "{} EUR", "EUR"),
    ("£{}", "GBP{}", "{} GBP", "GBP"),
    ("A${}", "AUD {}", "{} AUD", "AUD"),
    ("HK${}", "HKD{}", "{} HKD", "HKD"),
    ("₹{}", "INR {}", "{} INR", "INR"),
    ("RM{}", "MYR{}", "{} MYR", "MYR"),
]
NUMBERS = st.one_of(
    st.integers(min_value=2, max_value=999),
    st.decimals(min_value=1, max_value=999, places=1).map(float),
)


def _one(text: str) -> tuple[float | None, str]:
    figs = find_figures(f"It reached {text} on Monday.")
    assert len(figs) == 1, (text, figs)
    return figs[0].value, figs[0].unit


@settings(max_examples=150, deadline=None)
@given(n=NUMBERS, form=st.sampled_from(UNITS))
def test_glued_and_spaced_units_agree(n: float, form: tuple[str, str, str]) -> None:
    glued, spaced, unit = form
    number = f"{n:g}"
    assert _one(glued.format(number)) == _one(spaced.format(number)) == (pytest.approx(n), unit)


@settings(max_examples=150, deadline=None)
@given(n=NUMBERS, form=st.sampled_from(MONEY), scale=st.sampled_from(["", " million", "bn"]))
def test_symbol_and_codes_agree(n: float, form: tuple[str, str, str, str], scale: str) -> None:
    symbol, prefixed, suffixed, code = form
    number = f"{n:g}"
    factor = {"": 1.0, " million": 1e6, "bn": 1e9}[scale]
    expected = (pytest.approx(n * factor), code)
    assert _one(symbol.format(number + scale)) == expected
    assert _one(prefixed.format(number + scale)) == expected
    if not scale:
        assert _one(suffixed.format(number)) == expected


@settings(max_examples=100, deadline=None)
@given(n=NUMBERS)
def test_a_written_sign_negates(n: float) -> None:
    number = f"{n:g}"
    assert _one(f"-{number}%") == (pytest.approx(-n), "percent")
    assert _one(f"minus {number}%") == (pytest.approx(-n), "percent")
    assert _one(f"{number}%") == (pytest.approx(n), "percent")


# (unit name written out, symbol form, unit): the name and the symbol agree
NAMED = [
    ("{} degrees Celsius", "{}°C", "degree Celsius"),
    ("{} degrees Fahrenheit", "{}°F", "degree Fahrenheit"),
    ("{} parts per million", "{}ppm", "part per million"),
    ("{} terabits per second", "{} Tbps", "terabit per second"),
    ("{} megabits per second", "{}Mbps", "megabit per second"),
    ("{} kilowatt hours", "{}kWh", "kilowatt hour"),
]


@settings(max_examples=150, deadline=None)
@given(n=NUMBERS, form=st.sampled_from(NAMED))
def test_unit_names_and_symbols_agree(n: float, form: tuple[str, str, str]) -> None:
    named, symbol, unit = form
    number = f"{n:g}"
    assert _one(named.format(number)) == _one(symbol.format(number)) == (pytest.approx(n), unit)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=1_000, max_value=999_999_999), small=st.integers(1, 999))
def test_a_glued_b_scales_only_an_ungrouped_number(n: int, small: int) -> None:
    assert _one(f"${n:,}b") == (pytest.approx(n), "USD")
    assert _one(f"{n:,}b") == (pytest.approx(n), "count")
    assert _one(f"${small}b") == (pytest.approx(small * 1e9), "USD")


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=2, max_value=999))
def test_times_counts_occasions_unless_it_compares(n: int) -> None:
    figs = find_figures(f"The line was used {n} times last year.")
    assert [(f.text, f.value, f.unit) for f in figs] == [(str(n), n, "count")]
    for comparison in ("as much as before", "more than in 2020", "larger than the last"):
        figs = find_figures(f"Trade was {n} times {comparison}.")
        assert [(f.text, f.value, f.unit) for f in figs] == [(f"{n} times", n, "times")]
    figs = find_figures(f"Trade rose {n} times.")
    assert [(f.text, f.value, f.unit, f.change) for f in figs] == [(f"{n} times", n, "times", "up")]


VERBS = [("doubled", 2.0, "up"), ("tripled", 3.0, "up"), ("quadrupled", 4.0, "up")]
VERBS += [("halved", 0.5, "down")]
BOUNDS = [("", "exact"), ("more than ", "more_than"), ("nearly ", "approximately")]
BOUNDS += [("almost ", "approximately"), ("at least ", "at_least")]


@settings(max_examples=60, deadline=None)
@given(verb=st.sampled_from(VERBS), bound=st.sampled_from(BOUNDS))
def test_verb_multipliers_take_their_bound(
    verb: tuple[str, float, str], bound: tuple[str, str]
) -> None:
    word, value, change = verb
    before, qualifier = bound
    figs = find_figures(f"Exports have {before}{word} since 2020.")
    got = [(f.text, f.value, f.unit, f.qualifier.value, f.change) for f in figs]
    assert got == [(before + word, value, "times", qualifier, change)]


CARRIED = [("{} mpg", "mile per gallon"), ("{} horsepower", "horsepower")]
CARRIED += [("{}%", "percent"), ("{} kg", "kilogram"), ("${}", "USD")]


@settings(max_examples=100, deadline=None)
@given(a=NUMBERS, b=NUMBERS, form=st.sampled_from(CARRIED), unit_first=st.booleans())
def test_from_to_carries_the_unit_written_once(
    a: float, b: float, form: tuple[str, str], unit_first: bool
) -> None:
    written, unit = form
    first, second = f"{a:g}", f"{b:g}"
    if unit_first:
        first = written.format(first)
    else:
        second = written.format(second)
    figs = find_figures(f"It climbed from {first} to {second}.")
    assert [(f.value, f.unit) for f in figs] == [(pytest.approx(a), unit), (pytest.approx(b), unit)]


@pytest.mark.parametrize(
    ("word", "unit"),
    [("mile", "mile"), ("percentage point", "percentage point"), ("kilogram", "kilogram")],
)
def test_half_a_unit_is_half_the_unit(word: str, unit: str) -> None:
    assert _one(f"half a {word}") == _one(f"0.5 {word}s") == (0.5, unit)
