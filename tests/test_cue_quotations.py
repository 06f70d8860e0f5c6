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
    # any short subject speaks right after a closing quotation mark
    (
        "“Four lifts serve the resort. Altogether there are ten trails,” the operator says.",
        "ten",
        ("operator", "says"),
    ),
    # whatever follows the verb, the quotation is the speaker's
    (
        "“We took soldiers prisoner. Two of them were wounded,” Zelensky said Saturday in a"
        " post on X that carried several pictures.",
        "Two",
        ("Zelensky", "said"),
    ),
    # a cue opening the next paragraph is no quotation's speaker
    (
        "“Pyongyang can afford a lot more than 500,000 tons of rice.”\n\nThe NIS said"
        " exports were falling.",
        "a lot more than 500,000 tons",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_quotations(text: str, figure: str, expected: tuple[str | None, str | None]) -> None:
    assert attribution(text, figure) == expected
