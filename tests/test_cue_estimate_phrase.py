"""Recognizer ``X put the number at N`` / ``X raised its estimate to N``
(nkclaims.attribution.cues.estimate_phrase)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    (
        "Seoul's spy agency put the number at 3,000.",
        "3,000",
        ("National Intelligence Service", "put"),
    ),
    (
        "The estimate comes from a U.S. military official who put the casualties at several"
        " hundred.",
        "several hundred",
        ("US military official", "put"),
    ),
    (
        "Ukraine puts it higher still, at up to 12,000 troops.",
        "up to 12,000",
        ("Ukraine", "puts it"),
    ),
    (
        "The NIS has since raised this figure to around 3,000 soldiers.",
        "around 3,000",
        ("National Intelligence Service", "raised"),
    ),
    (
        "The Pentagon put the total at about 11,000 troops in Kursk.",
        "about 11,000",
        ("Pentagon", "put"),
    ),
    (
        "The ministry revised its casualty estimate to 4,000.",
        "4,000",
        ("ministry", "revised"),
    ),
    (
        "Kyiv puts the death toll at 4,000, far above Seoul's count.",
        "4,000",
        ("Ukraine", "puts"),
    ),
    # without an estimate noun the verb states no figure
    ("Russia put 3,000 troops on the border.", "3,000", (None, None)),
    ("Kim put 5,000 workers to work in Russia.", "5,000", (None, None)),
    ("The JCS raised 300 balloons.", "300", (None, None)),
    ("Moscow set up 40 camps for the workers.", "40", (None, None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_estimate_phrase(text: str, figure: str, expected: tuple[str | None, str | None]) -> None:
    assert attribution(text, figure) == expected
