"""Recognizer: a source after a headline's colon (nkclaims.attribution.cues.headline_source)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    ("N. Korea sends 3,000 more troops to Russia: JCS\n", "3,000", ("Joint Chiefs of Staff", ":")),
    (
        "N. Korea earned $5 billion from arms sales: Seoul's spy agency\n",
        "$5 billion",
        ("National Intelligence Service", ":"),
    ),
    ("Russia lost 1,200 soldiers in a day: Zelensky\n", "1,200", ("Zelensky", ":")),
    # a label before figures, or a colon with no speaker after it, is no source
    ("Exports: 1,234 tons of coal\n", "1,234 tons", (None, None)),
    # R11/R14: evidence named in a headline is its owner in the body, else the noun
    ("Russia lost 500 tanks: report\n", "500", ("report", ":")),
    (
        "Exports to China rise 7 percent: data\n\nExports rose 7 percent, according to figures"
        " compiled by the International Trade Centre.",
        "7 percent",
        ("International Trade Centre", ":"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_headline_source(text: str, figure: str, expected: tuple[str | None, str | None]) -> None:
    assert attribution(text, figure) == expected
