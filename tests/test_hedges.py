"""Hedge stage: belief, estimate and unconfirmed report (CLAIMS.md section 6)."""

from __future__ import annotations

import pytest

import nkclaims
from nkclaims.models import Claim

from .conftest import claim_by_text


def one(text: str, figure: str, nth: int = 0) -> Claim:
    return claim_by_text(nkclaims.extract(text), figure, nth)


HEDGES = [
    (
        "At least 10,000 North Korean soldiers are believed to be headed for Ukraine.",
        "At least 10,000",
        True,
    ),
    ("Pyongyang has reportedly shipped about 10.000 containers to Russia.", "about 10.000", True),
    (
        "North Korea could receive between $320 million and $1.3 billion annually.",
        "between $320 million and $1.3 billion annually",
        True,
    ),
    ("A reported 15,000 Nepalese have been recruited.", "15,000", True),
    ("Shin claiming that factories are reducing operating capacity to 30%.", "30%", True),
    # approximation or attribution alone is not a hedge
    ("About 4,000 North Korean workers are in Russia, according to the NIS.", "About 4,000", False),
    (
        "The NIS reported that each soldier would be paid a monthly wage of around $2,000.",
        "around $2,000",
        False,
    ),
    # a hedge frames the figure whose clause it governs, not a participle clause after it
    (
        "At least 10,000 soldiers are believed to be headed there, translating to revenue of well over $200 million.",
        "well over $200 million",
        False,
    ),
    # the cue frames the figure to its right, not the one before it
    ("The decision to send 3-4 brigades is estimated to be worth $115 million.", "3-4", False),
    (
        "The decision to send 3-4 brigades is estimated to be worth $115 million.",
        "$115 million",
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "hedged"), HEDGES)
def test_hedges(sentence: str, figure: str, hedged: bool) -> None:
    assert one(sentence, figure).hedged is hedged
