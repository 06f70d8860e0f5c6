"""Which claims state the same quantity: the keys and the compatibility rules of the ledger.

Two claims are candidates for one group when they share a *key*: the event, the actor, the
unit, the rate's ``per``, whether the figure is a change, and the *item head*
(`item_head`: ``North Korean soldiers`` and ``troops from North Korea`` both have head
``troops``; synonyms are data in ``data/item_synonyms.json``, where ``event_heads`` also makes
a casualty count's ``casualties``, ``deaths``, ``North Koreans`` or unstated item the troops
it counts). Inside a key's bucket, claims join a group when their *periods* overlap
(`claim_period`): the figure's own ``date_start``/``date_end`` when it spans at least
`FLOW_DAYS` (a month, a year: the period a flow is counted over, so 2023 trade never meets
2024 trade), else the `window_days` that end on its date or publication date (a stock such as
a troop count stays current for a while). A period that ends on the publication date
(``since September 2023``) is a running total as of that day and is read like that day.

Two figures of one document that disagree (`nkclaims.ledger.reading.agree`) are two
quantities (``1,500 arrived so far ... 12,000 in all``; a document reports a disagreement far
less often than it reports two counts) and never share a group. When a claim fits several open
groups, it joins the one holding the figure nearest its own (ratio in log scale; vague
magnitudes such as ``thousands`` fit anything and do not steer): an estimate most likely
restates the figure it is closest to. Figures from different documents that disagree still
share a group when nothing else fits: that is a disagreement.

Grouping is linear apart from one sort: claims are hashed on their key, each bucket is sorted
by period start and swept once; a group keeps the intersection of its members' periods and
closes when a claim's period starts after it; at most `MAX_OPEN` groups are open, and a claim
is compared with at most `MAX_SAID` recent figures of each.
Claims that say less — no period at all, or no item head — are not swept: once the others are
grouped, each joins the group whose figure it agrees with (`nkclaims.ledger.attach`), and only
those that agree with none are grouped among themselves.
A claim whose ``mention_of`` points at an earlier claim of its document repeats that estimate
and joins the group of the first mention, whatever its own fields say.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from nkclaims.ledger.attach import Loose, attach
from nkclaims.ledger.reading import agree, interval, midpoint
from nkclaims.models import Claim, Qualifier
from nkclaims.resources import load_json

FLOW_DAYS = 28
"""An explicit period at least this long is the period the figure is counted over."""
WINDOW_DAYS = 90
"""How long a figure with only a day (its date or publication date) stays current."""

MAX_OPEN = 8
"""How many groups of one bucket a claim is compared with at most."""
MAX_SAID = 16
"""How many figures of its own document, and how many recent ones, a claim is compared with
in a group."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class _Synonyms:
    heads: dict[tuple[str, ...], str]  # phrase (lower-case words) -> canonical head
    longest: int
    wrappers: frozenset[str]
    cut_words: frozenset[str]
    event_heads: dict[str, dict[str, str]]  # event -> head ("null": no item) -> head


class SynonymError(ValueError):
    """``item_synonyms.json`` joins two heads its ``never`` list keeps apart."""


@cache
def _synonyms() -> _Synonyms:
    data = load_json("item_synonyms.json")
    heads: dict[tuple[str, ...], str] = {}
    for group in data["groups"]:
        canonical = str(group[0]).lower()
        for phrase in group:
            heads[tuple(str(phrase).lower().split())] = canonical
    for a, b in data["never"]:
        if canonical_head(heads, a) == canonical_head(heads, b):
            raise SynonymError(f"item_synonyms.json puts {a!r} and {b!r} in one group")
    return _Synonyms(
        heads=heads,
        longest=max(len(k) for k in heads),
        wrappers=frozenset(w.lower() for w in data["wrappers"]),
        cut_words=frozenset(w.lower() for w in data["cut_words"]),
        event_heads={e: dict(m) for e, m in data["event_heads"].items()},
    )


def canonical_head(heads: dict[tuple[str, ...], str], phrase: str) -> str:
    words = tuple(phrase.lower().split())
    return heads.get(words, _singular(words[-1]) if words else "")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _head_of(words: Sequence[str], syn: _Synonyms) -> str | None:
    for n in range(min(syn.longest, len(words)), 0, -1):
        found = syn.heads.get(tuple(words[-n:]))
        if found is not None:
            return found
    return _singular(words[-1]) if words else None


def item_head(item: str | None) -> str | None:
    """The canonical head noun of an item phrase: what it counts, without its modifiers.

    The phrase is cut at its first preposition (``soldiers from North Korea`` -> ``soldiers``)
    unless the part before it is a wrapper (``the number of workers`` -> ``workers``); the head
    is the longest trailing phrase of the synonym table (``artillery shells`` -> ``shells``),
    else the last word in the singular (``containers`` -> ``container``)."""
    if not item:
        return None
    syn = _synonyms()
    words = [w.lower().replace("’", "'") for w in _WORD.findall(item)]
    while words:
        cut = next((i for i, w in enumerate(words) if w in syn.cut_words), len(words))
        before = words[:cut]
        rest = words[cut + 1 :]
        if before and _head_of(before, syn) in syn.wrappers and rest and words[cut] == "of":
            words = rest
            continue
        if not before:  # a phrase that opens with a preposition
            words = rest
            continue
        return _head_of(before, syn)
    return None


class Key(NamedTuple):
    """What must be equal for two claims to state the same quantity."""

    event: str | None
    actor: str | None
    unit: str
    per: str | None
    is_change: bool
    item: str | None


def event_head(event: str | None, head: str | None) -> str | None:
    """The head under an event: a casualty count's ``casualties``, ``deaths``, ``North
    Koreans`` or unstated item are the troops it counts (``event_heads`` of the data)."""
    heads = _synonyms().event_heads.get(event or "")
    if heads is None:
        return head
    return heads.get("null" if head is None else head, head)


def claim_key(claim: Claim) -> Key:
    return Key(
        claim.event,
        claim.actor,
        claim.unit,
        claim.per,
        claim.change is not None,
        event_head(claim.event, item_head(claim.item)),
    )


def claim_period(claim: Claim, window_days: int = WINDOW_DAYS) -> tuple[dt.date, dt.date] | None:
    """The days the figure may refer to, or None when nothing dates it (see the module doc)."""
    start = claim.date_start or claim.date_end
    end = claim.date_end or claim.date_start
    if start is not None and end is not None:
        if start > end:
            start, end = end, start
        if end == claim.published:  # a running total as of the day it is reported
            start = end
        if (end - start).days + 1 >= FLOW_DAYS:
            return start, end
        return min(start, end - dt.timedelta(days=window_days)), end
    if claim.published is not None:
        return claim.published - dt.timedelta(days=window_days), claim.published
    return None


def first_mentions(claims: Sequence[Claim]) -> list[int]:
    """For each claim, the index of the first mention of its estimate (itself when none).

    ``mention_of`` counts the claims of one document in input order; an index that does not
    point at an earlier claim of the same document is ignored."""
    by_doc: dict[str | None, list[int]] = {}
    root = list(range(len(claims)))
    for i, claim in enumerate(claims):
        seen = by_doc.setdefault(claim.doc_id, [])
        target = claim.mention_of
        if target is not None and 0 <= target < len(seen):
            root[i] = root[seen[target]]
        seen.append(i)
    return root


class _Open:
    """A group being filled: its members, the end of their common period, per document the
    intervals it stated there, and the recent figures' sizes (to find the nearest group)."""

    __slots__ = ("end", "members", "recent", "said", "spans", "start")

    def __init__(self, start: dt.date, end: dt.date, first: int) -> None:
        self.start = start
        self.end = end
        self.members = [first]
        self.said: dict[str | None, list[tuple[float, float]]] = {}
        self.recent: list[float] = []
        self.spans: list[tuple[float, float]] = []


def _said_key(claim: Claim) -> str | None:
    return claim.doc_id


def _fits(group: _Open, claim: Claim) -> bool:
    span = interval(claim)
    if span is None:
        return True
    said = group.said.get(_said_key(claim), ())
    return all(agree([span, other]) for other in said[-MAX_SAID:])


def _note(group: _Open, claim: Claim) -> None:
    span = interval(claim)
    if span is not None:
        group.said.setdefault(_said_key(claim), []).append(span)
        group.spans.append(span)
        del group.spans[:-MAX_SAID]
        if claim.qualifier is not Qualifier.VAGUE:
            group.recent.append(midpoint(claim))
            del group.recent[:-MAX_SAID]


def _distance(group: _Open, claim: Claim) -> float:
    """How far the claim's figure is from the nearest of the group's recent figures, as the
    ratio of the two in log scale (0 when equal; infinite when either has no positive size)."""
    here = midpoint(claim)
    if here <= 0 or claim.qualifier is Qualifier.VAGUE:
        return 0.0
    return min((abs(math.log(here / other)) for other in group.recent if other > 0), default=0.0)


def _sweep(claims: Sequence[Claim], dated: list[tuple[dt.date, dt.date, int]]) -> list[_Open]:
    """One bucket's claims, sorted by period start, into groups (see the module doc).

    At most `MAX_OPEN` groups are open at a time (a new one past that closes the oldest), so
    each claim is compared with a bounded number of groups and members."""
    done: list[_Open] = []
    open_: list[_Open] = []
    for start, end, i in dated:
        still = [g for g in open_ if g.end >= start]
        done.extend(g for g in open_ if g.end < start)
        open_ = still
        claim = claims[i]
        fitting = [g for g in open_ if _fits(g, claim)]
        target = min(fitting, key=lambda g: _distance(g, claim)) if fitting else None
        if target is None:
            target = _Open(start, end, i)
            if len(open_) >= MAX_OPEN:
                done.append(open_.pop(0))
            open_.append(target)
        else:
            target.members.append(i)
            target.start = max(target.start, start)
            target.end = min(target.end, end)
        _note(target, claim)
    done.extend(open_)
    return done


def group_indexes(claims: Sequence[Claim], window_days: int = WINDOW_DAYS) -> list[list[int]]:
    """Partition the claims into groups of one quantity, as lists of input indexes.

    Each group lists its members in input order; groups come in the order of their first
    member."""
    root = first_mentions(claims)
    buckets: dict[Key, list[tuple[dt.date, dt.date, int]]] = {}
    loose: list[Loose] = []
    for i, claim in enumerate(claims):
        if root[i] != i:
            continue
        key = claim_key(claim)
        period = claim_period(claim, window_days)
        if period is None or key.item is None:
            loose.append((i, key[:-1], key.item, period))
        else:
            buckets.setdefault(key, []).append((period[0], period[1], i))
    made: list[tuple[tuple[object, ...], str | None, _Open]] = []
    for key, dated in buckets.items():
        dated.sort()
        made.extend((key[:-1], key.item, g) for g in _sweep(claims, dated))
    joined = attach(claims, loose, made, _fits, _note)
    for i, g in joined.items():
        made[g][2].members.append(i)
    rest: dict[tuple[object, ...], list[tuple[dt.date, dt.date, int]]] = {}
    for i, key_rest, head, period in loose:
        if i not in joined:
            low, high = period or (dt.date.min, dt.date.max)
            rest.setdefault((*key_rest, head, period is None), []).append((low, high, i))
    for dated in rest.values():
        dated.sort()
        made.extend(((), None, g) for g in _sweep(claims, dated))
    groups = [g.members for _, _, g in made]
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    for i in range(len(claims)):
        if root[i] != i:
            groups[group_of[root[i]]].append(i)
    for members in groups:
        members.sort()
    groups.sort(key=lambda members: members[0])
    return groups
