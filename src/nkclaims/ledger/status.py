"""Whether a group's sources agree, disagree or revise (figures read as in
`nkclaims.ledger.reading`: intervals widened by a 5% tolerance, 10% for rounded figures).

Per source (a canonical name; a figure without one speaks for its own document), the figures
of its latest date are its current ones; an earlier figure that does not agree with them has
been *revised*. A group then has status

- ``disagree`` when the current figures of its sources do not all agree (the note names the
  lowest and highest: ``National Intelligence Service: about 3,000 (2024-12-19) vs Main
  Intelligence Directorate: 12,000 (2024-12-23)``);
- ``revise`` when they agree and a source revised an earlier figure (the note names it:
  ``National Intelligence Service: 10,000 (2024-10-18) -> 11,000 (2024-11-13)``);
- ``agree`` when two or more estimates agree (from several sources, or one source stating it
  again in another document);
- ``single`` when the group holds one estimate (its repeats in one document aside).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from nkclaims.ledger.reading import agree, claim_date, describe, interval, midpoint, source_label
from nkclaims.models import Claim

Status = Literal["agree", "disagree", "revise", "single"]


def _order(claim: Claim) -> tuple[dt.date, str, int]:
    return (claim_date(claim) or dt.date.min, claim.doc_id or "", claim.start)


def _revision(claims: Sequence[Claim], now: Sequence[Claim]) -> str | None:
    """``earlier -> current`` for the first of a source's earlier figures its current ones
    do not agree with."""
    now_spans = [s for c in now if (s := interval(c)) is not None]
    for earlier in claims[: len(claims) - len(now)]:
        span = interval(earlier)
        if span is not None and not agree([*now_spans, span]):
            day = claim_date(now[0])
            return f"{describe(earlier)} -> {now[0].text}" + (f" ({day})" if day else "")
    return None


def group_status(estimates: Sequence[Claim]) -> tuple[Status, str | None]:
    """The status of a group's distinct estimates (repeated mentions left out) and its note."""
    by_source: dict[str, list[Claim]] = {}
    for claim in sorted(estimates, key=_order):
        if interval(claim) is not None:
            by_source.setdefault(source_label(claim), []).append(claim)
    current: list[Claim] = []
    revision: str | None = None
    for claims in by_source.values():
        latest = claim_date(claims[-1])
        now = [c for c in claims if claim_date(c) == latest]
        current.extend(now)
        if revision is None:
            revision = _revision(claims, now)
    spans = [s for c in current if (s := interval(c)) is not None]
    if not agree(spans):
        low = min(current, key=midpoint)
        high = max(current, key=midpoint)
        return "disagree", f"{describe(low)} vs {describe(high)}"
    if revision is not None:
        return "revise", revision
    if sum(len(claims) for claims in by_source.values()) > 1:
        return "agree", None
    return "single", None
