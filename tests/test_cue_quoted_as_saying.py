"""Recognizer `X quoted Y as saying` (nkclaims.attribution.cues.quoted_as_saying)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    (
        "Yonhap quoted Shin Won-sik as saying 3,000 troops were sent.",
        "3,000",
        ("Shin Won-sik", "as saying"),
    ),
    (
        "Tass quoted a Russian defense official as saying 500 drones had been delivered.",
        "500",
        ("Russian defense official", "as saying"),
    ),
    (
        "Budanov was quoted as saying 11,000 North Korean soldiers were in Kursk.",
        "11,000",
        ("Budanov", "as saying"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_quoted_as_saying(text: str, figure: str, expected: tuple[str, str]) -> None:
    assert attribution(text, figure) == expected
