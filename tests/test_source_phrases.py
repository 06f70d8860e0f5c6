"""Unnamed sources keep one short phrase from the text (CLAIMS.md section 5, R13): with
the complement that completes them (``familiar with the matter``), without a count
(``two officials``), with party abbreviations written one way (``U.S.`` -> ``US``)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    (
        "Officials familiar with the matter said 3,000 troops had arrived.",
        "3,000",
        ("officials familiar with the matter", "said"),
    ),
    (
        "About 3,000 troops arrived, a person familiar with the matter told Reuters.",
        "About 3,000",
        ("person familiar with the matter", "told"),
    ),
    (
        "About 3,000 troops arrived, according to people familiar with the matter.",
        "About 3,000",
        ("people familiar with the matter", "according to"),
    ),
    (
        "About 3,000 troops arrived, according to a source close to the Kremlin.",
        "About 3,000",
        ("source close to the Kremlin", "according to"),
    ),
    (
        "Two U.S. officials with knowledge of the matter said 3,000 troops had arrived.",
        "3,000",
        ("US officials with knowledge of the matter", "said"),
    ),
    (
        "About 3,000 troops arrived, said three people familiar with the plans.",
        "About 3,000",
        ("people familiar with the plans", "said"),
    ),
    ("About 3,000 troops arrived, two officials said.", "About 3,000", ("officials", "said")),
    (
        "About 3,000 troops arrived, S. Korean officials said.",
        "About 3,000",
        ("South Korean officials", "said"),
    ),
    # a rank stays in the phrase
    (
        "About 3,000 troops arrived, a senior South Korean official said.",
        "About 3,000",
        ("senior South Korean official", "said"),
    ),
    # an inverted speaker with a short place of work after it still closes the sentence
    (
        "About 3,000 troops arrived, said an official at the ministry.",
        "About 3,000",
        ("official", "said"),
    ),
    # a count before a named body is no count of sources
    (
        "About 3,000 troops arrived, the NIS told two lawmakers.",
        "About 3,000",
        ("National Intelligence Service", "told"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_unnamed_source_phrase(text: str, figure: str, expected: tuple[str, str]) -> None:
    assert attribution(text, figure) == expected
