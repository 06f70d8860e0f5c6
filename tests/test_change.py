"""``Claim.change``: a rise or fall framed by the words next to a figure (issue 13, item 5)."""

from __future__ import annotations

import pytest

import nkclaims

CASES = [
    ("Shares rose 0.2% on Monday.", "0.2%", 0.2, "up"),
    ("Revenue fell by $1.2 billion in the quarter.", "$1.2 billion", 1.2e9, "down"),
    ("Sales were up 20 percent from a year earlier.", "20 percent", 20.0, "up"),
    ("The chain reported a 30% drop in sales.", "30%", 30.0, "down"),
    ("Output fell 2.5 percent.", "2.5 percent", 2.5, "down"),
    ("The index closed 2% higher.", "2%", 2.0, "up"),
    ("There was a drop of 30% in bookings.", "30%", 30.0, "down"),
    ("Exports declined by more than 4%.", "more than 4%", 4.0, "down"),
    ("The yen was down 0.4 percent.", "0.4 percent", 0.4, "down"),
    ("Home prices posted a 7% increase.", "7%", 7.0, "up"),
    ("Unemployment edged up 0.1 percent.", "0.1 percent", 0.1, "up"),
    ("The factory employs 500 people.", "500", 500.0, None),
]


@pytest.mark.parametrize(("sentence", "span", "value", "change"), CASES)
def test_change(sentence: str, span: str, value: float, change: str | None) -> None:
    claims = [c for c in nkclaims.extract(sentence) if c.text == span]
    assert len(claims) == 1
    assert claims[0].value == pytest.approx(value)
    assert claims[0].change == change


def test_a_level_after_to_or_from_has_no_change() -> None:
    claims = nkclaims.extract("Profits increased from $5 million to $7 million.")
    assert [(c.text, c.change) for c in claims] == [("$5 million", None), ("$7 million", None)]


def test_a_noun_after_a_count_is_what_is_counted() -> None:
    # "10 cuts" counts cuts; it is no fall
    assert [c.change for c in nkclaims.extract("The surgeon made 10 cuts.")] == [None]
