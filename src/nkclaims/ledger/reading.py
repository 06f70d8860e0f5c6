"""How the ledger reads one claim: the day it is stated as of, its interval, who states it.

A figure is read as an interval: an exact or approximate value is a point, a range or vague
magnitude its bounds, ``at least``/``more than`` open upwards, ``at most``/``less than``
downwards. The interval is widened by `TOLERANCE` of its magnitude on each side (5%), or by
`APPROX_TOLERANCE` (10%) for a figure the text itself rounds (``about``, ``some``, vague
magnitudes). Figures *agree* when their widened intervals share a point: ``about 3,000`` and
``3,200`` agree, ``10,000`` and ``12,000`` do not, ``at least 10,000`` and ``12,000`` do.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from nkclaims.models import Claim, Qualifier

TOLERANCE = 0.05
APPROX_TOLERANCE = 0.10
_ROUNDED = (Qualifier.APPROXIMATELY, Qualifier.VAGUE)


def claim_date(claim: Claim) -> dt.date | None:
    """The day a figure is stated as of: its publication date, else the end of its period."""
    return claim.published or claim.date_end or claim.date_start


def interval(claim: Claim) -> tuple[float, float] | None:
    """The figure's widened interval, or None when the claim carries no number."""
    q = claim.qualifier
    if q in (Qualifier.RANGE, Qualifier.VAGUE) and (
        claim.low is not None or claim.high is not None
    ):
        low = claim.low if claim.low is not None else -math.inf
        high = claim.high if claim.high is not None else math.inf
    elif claim.value is None:
        return None
    elif q in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        low, high = claim.value, math.inf
    elif q in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        low, high = -math.inf, claim.value
    else:
        low = high = claim.value
    t = APPROX_TOLERANCE if q in _ROUNDED else TOLERANCE
    return low - t * abs(low), high + t * abs(high)


def agree(intervals: Sequence[tuple[float, float]]) -> bool:
    """Whether the intervals share a point (for intervals on a line: pairwise overlap)."""
    return not intervals or max(lo for lo, _ in intervals) <= min(hi for _, hi in intervals)


def midpoint(claim: Claim) -> float:
    """Where a figure sits, to order a group's figures: its value, or its bounds' midpoint."""
    if claim.value is not None:
        return claim.value
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return claim.low if claim.low is not None else claim.high if claim.high is not None else 0.0


def source_label(claim: Claim) -> str:
    """Who states the figure: its source, else ``(doc_id)`` for the document's own voice."""
    if claim.source:
        return claim.source
    return f"({claim.doc_id})" if claim.doc_id else "(unattributed)"


def describe(claim: Claim) -> str:
    """``National Intelligence Service: about 3,000 (2024-12-19)``."""
    day = claim_date(claim)
    when = f" ({day.isoformat()})" if day else ""
    return f"{source_label(claim)}: {claim.text}{when}"
