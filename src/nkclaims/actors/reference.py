"""Sieve steps for figures that point back: partitives, relative clauses and pairs."""

from __future__ import annotations

from nkclaims.actors.context import CARRY, Figure
from nkclaims.actors.lexicon import cue_set


def _phrase_before(fig: Figure, n: int) -> str:
    t = fig.tokens
    words: list[str] = []
    k = fig.start
    while len(words) < n:
        k = t.prev_index(k)
        if k < fig.sent_start or k < 0:
            break
        words.append(t.lower[k])
    return " ".join(reversed(words))


def _phrase_after(fig: Figure, n: int) -> str:
    t = fig.tokens
    words: list[str] = []
    k = fig.end
    while len(words) < n:
        k = t.next_index(k)
        if k >= fig.sent_end:
            break
        words.append(t.lower[k])
        k += 1
    return " ".join(words)


def partitive(fig: Figure) -> str | None:
    """Part of an earlier figure (``Of these, 1,500 ...``, ``Of the 4,000, ...``,
    ``about 10,000 of them``) has that figure's actor."""
    before = _phrase_before(fig, 3)
    if any(before.endswith(p) or before.endswith(p + " ,") for p in cue_set("partitive_before")):
        return CARRY
    after = _phrase_after(fig, 2)
    if after in cue_set("partitive_after"):
        return CARRY
    return None


def relative(fig: Figure) -> str | None:
    """A ``whose`` clause (``soldiers from the DPRK, whose losses came to 4,000``) speaks
    of the party named right before it. (A ``who`` clause names a person, mostly a
    speaker: ``an official who put the casualties at several hundred``.)"""
    t = fig.tokens
    first = t.next_index(fig.clause_start)
    if first >= fig.start or t.lower[first] != "whose":
        return None
    before = [m for m in fig.in_sentence if m.end <= first]
    if before and first - before[-1].end <= 3:
        return str(before[-1].label_)
    return None


def joint(fig: Figure) -> str | None:
    """A joint amount goes to the party named first (R8): ``trade between Russia and
    North Korea`` -> Russia; ``trade between the two nations``, ``bilateral trade``
    -> the first party of the pair named before."""
    t = fig.tokens
    lo = fig.clause_start
    hi = max(fig.clause_end, fig.end)
    for m in fig.in_sentence:
        k = t.prev_index(m.start, frozenset(("the",)))
        if lo <= m.start < hi and k >= 0 and t.lower[k] == "between":
            return str(m.label_)
    text = " ".join(t.lower[k] for k in range(lo, hi) if not t.space[k])
    if fig.pair_before is not None and any(p in text for p in cue_set("pair_words")):
        return fig.pair_before
    return None
