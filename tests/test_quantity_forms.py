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
