"""Quotations and transcript labels (nkclaims.attribution.cues.quotations)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    (
        '"North Korea sent 3,000 troops," Mr. Alexander said in an interview.',
        "3,000",
        ("Alexander", "said"),
    ),
    ('He said: "They sent 3,000 troops."', "3,000", (None, None)),
    (
        'John Kirby spoke on Monday. He said: "They sent 3,000 troops."',
        "3,000",
        ("John Kirby", "said"),
    ),
    (
        'The New York Times reports:\n"North Korea sent 3,000 troops."',
        "3,000",
        ("New York Times", "reports"),
    ),
    (
        "John Kirby, the White House spokesman, briefed reporters.\nKIRBY: We think 3,000 troops were sent.",
        "3,000",
        ("John Kirby", "KIRBY:"),
    ),
    (
        "Budanov spoke to reporters. “They lost 4,000,” he said.\n“Another 1,000 are wounded.",
        "1,000",
        ("Budanov", "said"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_quotations(text: str, figure: str, expected: tuple[str | None, str | None]) -> None:
    assert attribution(text, figure) == expected
