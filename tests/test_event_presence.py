"""People present abroad are ``deployed`` (R27) when no cue governs them
(nkclaims.events.presence)."""

from __future__ import annotations

import pytest

import nkclaims

from .conftest import claim_by_text

TABLE = [
    (
        "The number of North Korean military personnel in Russia is projected to reach 5,000.",
        "5,000",
        "deployed",
        "Russia",
    ),
    (
        "The total count of North Korean service members in Russia might be 11,000.",
        "11,000",
        "deployed",
        "Russia",
    ),
    (
        "Some 1,000 North Korean sappers are now inside Kursk.",
        "Some 1,000",
        "deployed",
        "Russia",
    ),
    # at home, or with no party, there is no deployment: an inventory
    ("North Korea has 1.2 million troops.", "1.2 million", None, None),
]


@pytest.mark.parametrize(("text", "figure", "event", "counterparty"), TABLE)
def test_people_present_abroad(
    text: str, figure: str, event: str | None, counterparty: str | None
) -> None:
    c = claim_by_text(nkclaims.extract(text), figure)
    assert (c.event, c.counterparty) == (event, counterparty)
