"""Helpers shared by the attribution tests: one figure's source, cue and hedge."""

from __future__ import annotations

import nkclaims
from nkclaims.models import Claim

from .conftest import claim_by_text


def one(text: str, figure: str, nth: int = 0) -> Claim:
    return claim_by_text(nkclaims.extract(text), figure, nth)


def attribution(text: str, figure: str) -> tuple[str | None, str | None]:
    c = one(text, figure)
    return c.source, c.source_cue
