"""Recognizer `X's report`, `a report by X`, `data from X`, `a poll by X found`
(nkclaims.attribution.cues.communication_noun)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    (
        "The assessment followed Washington’s revelation that Pyongyang had sent more than 1,000 containers.",
        "more than 1,000",
        ("United States", "revelation"),
    ),
    (
        "A recent analysis by Lim Soo-ho, a South Korean expert at a think tank, estimated that North Korea could receive $1.3 billion annually.",
        "$1.3 billion annually",
        ("Lim Soo-ho", "estimated"),
    ),
    (
        "A report by the UN Panel of Experts found that 11,000 containers were shipped.",
        "11,000",
        ("UN Panel of Experts", "found"),
    ),
    (
        "Exports of 3,000 tons of coal were recorded, according to data from the Korea Customs Service.",
        "3,000 tons",
        ("Korea Customs Service", "according to"),
    ),
    (
        "A poll by Gallup Korea found that 60 percent oppose the deal.",
        "60 percent",
        ("Gallup Korea", "found"),
    ),
    (
        "The ISW's latest report puts North Korean losses at 3,000.",
        "3,000",
        ("Institute for the Study of War", "report"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_communication_noun(text: str, figure: str, expected: tuple[str, str]) -> None:
    assert attribution(text, figure) == expected
