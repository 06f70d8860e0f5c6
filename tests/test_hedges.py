"""Hedge stage: belief, estimate and unconfirmed report (CLAIMS.md section 6)."""

from __future__ import annotations

import pytest

import nkclaims
from nkclaims.models import Claim

from .conftest import claim_by_text


def one(text: str, figure: str, nth: int = 0) -> Claim:
    return claim_by_text(nkclaims.extract(text), figure, nth)


HEDGES = [
    # presuming, open uncertainty and evidence that suggests a figure are hedges
    ("The NIS presumes 10,000 troops were sent.", "10,000", True),
    ("It remains unclear how many of the 3,000 were killed.", "3,000", True),
    ("It is unclear whether 10,000 troops were sent.", "10,000", True),
    ("Satellite images suggest that about 40 tankers docked.", "about 40", True),
    # fear, perhaps and stated possibility frame a figure as belief
    ("Around 3,000 troops are feared dead.", "Around 3,000", True),
    ("Officials fear that 3,000 troops have died.", "3,000", True),
    ("The shells, numbering perhaps 3 million, arrived by rail.", "3 million", True),
    ("It is possible that 3,000 troops died.", "3,000", True),
    ("We fear no one, Kim said of his 3,000 troops.", "3,000", False),
    # "suggest" with no figure after it is a proposal, not a hedge
    ("He suggested a meeting of 40 people.", "40", False),
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


# (text, figure, hedge_cue as written, or None)
HEDGE_CUES = [
    # R15, R17, R18: accusations, denials, hearsay, expectations and assessments
    ("Western capitals have accused Iran of sending thousands of drones.", "thousands", "accused"),
    ("At the UN, Russia denied that it had sent roughly 5,000 troops.", "roughly 5,000", "denied"),
    ("Of these, 900 are said already to be in Vladivostok.", "900", "are said already to"),
    ("Moscow is counting on 2 million more shells next year.", "2 million", "counting on"),
    ("Seoul and Tokyo assess that the number has climbed to 11,000.", "11,000", "assess"),
    (
        "Washington had received information indicating that 7,000 troops are in Kursk.",
        "7,000",
        "information indicating",
    ),
    # trailing attributions with a hedge verb frame the whole sentence before them
    (
        "Russia pays $2 billion a year, Ukrainian intelligence estimates.",
        "$2 billion a year",
        "estimates",
    ),
    ("North Korea lost 3,000 troops, Kyiv claimed.", "3,000", "claimed"),
    ("North Korea has sent 10,000 troops, officials estimate.", "10,000", "estimate"),
    ("North Korea lost 3,000 troops, Kyiv claimed on Telegram.", "3,000", "claimed"),
    # a trailing "said" is an attribution, not a hedge
    ("North Korea has sent 10,000 troops, officials said.", "10,000", None),
    # verification disclaimers, in the sentence or opening the next one
    (
        "North Korea lost 3,000 troops, a figure that could not be independently verified.",
        "3,000",
        "could not be independently verified",
    ),
    (
        "Kyiv says 3,000 North Korean troops were killed. The claim could not be verified.",
        "3,000",
        "could not be verified",
    ),
    ("Unconfirmed reports say 3,000 troops were killed.", "3,000", "Unconfirmed"),
    ("Reportedly, 3,000 troops were killed.", "3,000", "Reportedly"),
    # the hedge cue is always the text as written
    ("About 12,000 troops are believed to be in Kursk.", "About 12,000", "are believed to"),
]


@pytest.mark.parametrize(("text", "figure", "cue"), HEDGE_CUES)
def test_hedge_cues_in_both_directions(text: str, figure: str, cue: str | None) -> None:
    c = one(text, figure)
    assert (c.hedged, c.hedge_cue) == (cue is not None, cue)
    if cue is not None:
        assert cue in text
