"""Claims that say less: a figure with no date, or with no item head, joins the group whose
figure it restates.

A figure the text does not date (an undated article, a manifest that leaves it out) or does not
name (``Ukraine put the figure at 11,000``: the item is implied) still states a quantity; a
careful reader files it with the estimate it agrees with. After the fully stated claims are
grouped (`nkclaims.ledger.grouping`), each such *loose* claim is compared with the groups of
its key — for a claim with no item head, the groups of any head under the same event, actor,
unit, rate and change — and joins the one whose recent figures it agrees with
(`nkclaims.ledger.reading.agree`), nearest in log scale, provided its own period (when it has
one) overlaps the group's and the group holds no figure of its document that it contradicts.
A loose claim that agrees with no group is grouped with the other loose claims as before.

Bounded: groups are indexed per key by the log of their first figure, and a claim looks at
most `NEAR` groups on each side of its own figure.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from nkclaims.ledger.reading import agree, interval, midpoint
from nkclaims.models import Claim

NEAR = 8
"""How many groups below and above its own figure a loose claim is compared with."""

Loose = tuple[int, tuple[object, ...], str | None, tuple[dt.date, dt.date] | None]
"""A loose claim: its index, its key without the item head, its head, its period."""


class Group(Protocol):
    start: dt.date
    end: dt.date
    spans: list[tuple[float, float]]
    recent: list[float]


G = TypeVar("G", bound=Group)


def _log_size(claim: Claim) -> float | None:
    size = midpoint(claim)
    return math.log(size) if size > 0 else None


def attach(
    claims: Sequence[Claim],
    loose: Sequence[Loose],
    groups: Sequence[tuple[tuple[object, ...], str | None, G]],
    fits: Callable[[G, Claim], bool],
    note: Callable[[G, Claim], None],
) -> dict[int, int]:
    """Which group (an index into ``groups``) each loose claim joins; claims that join none
    are left out of the answer. ``groups`` are ``(key without head, head, group)``."""
    index: dict[tuple[object, ...], list[tuple[float, int]]] = {}
    for g, (rest, _head, group) in enumerate(groups):
        size = next((math.log(r) for r in group.recent if r > 0), None)
        if size is not None:
            index.setdefault(rest, []).append((size, g))
    for entries in index.values():
        entries.sort()
    joined: dict[int, int] = {}
    for i, rest, head, period in loose:
        claim = claims[i]
        span = interval(claim)
        size = _log_size(claim)
        found = index.get(rest)
        if span is None or size is None or not found:
            continue
        at = bisect.bisect_left(found, (size, -1))
        best: tuple[float, int] | None = None
        for _, g in found[max(0, at - NEAR) : at + NEAR]:
            _, group_head, group = groups[g]
            if head is not None and group_head != head:
                continue
            if period is not None and (period[0] > group.end or period[1] < group.start):
                continue
            if not any(agree([span, other]) for other in group.spans) or not fits(group, claim):
                continue
            distance = min(
                (abs(size - math.log(r)) for r in group.recent if r > 0), default=math.inf
            )
            if best is None or distance < best[0]:
                best = (distance, g)
        if best is not None:
            joined[i] = best[1]
            note(groups[best[1]][2], claim)
    return joined
