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


def share(fig: Figure) -> str | None:
    """A share stated of the figure just named (``125,000 barrels, equal to a quarter of
    the yearly allowance``; ``millions of shells, thought to account for half of the
    munitions ...``; ``$4.7 million, or a 46.2 percent share``) has that figure's actor."""
    if not fig.follows_figure:
        return None
    t = fig.tokens
    words = " ".join(t.lower[k] for k in range(fig.start, fig.end) if not t.space[k])
    after = _phrase_after(fig, 1)
    if not any(w in words.split() or w == after for w in cue_set("share_words")):
        return None
    before = _phrase_before(fig, 3)
    links = cue_set("share_links")
    if not any(before.endswith(" " + w) or before == w for w in links):
        return None
    return CARRY


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
    d = fig.draft
    for m in fig.in_sentence:
        k = t.prev_index(m.start, frozenset(("the",)))
        if k < 0 or t.lower[k] != "between" or not lo <= m.start < hi:
            continue
        # the pair names the amount's subject or item, not a place after it ("soldiers
        # stationed in border areas between Russia and Ukraine")
        i0, i1 = d.item_start, d.item_end
        in_item = i0 is not None and i1 is not None and i0 <= m.start_char < i1
        if m.end <= fig.start or in_item:
            return str(m.label_)
    text = " ".join(t.lower[k] for k in range(lo, hi) if not t.space[k])
    if fig.pair_before is not None and any(p in text for p in cue_set("pair_words")):
        return fig.pair_before
    return None


def sentence_pronoun(fig: Figure) -> str | None:
    """A sentence whose subject is ``It`` or ``They`` and which names no subject before
    the figure speaks of the previous sentence's subject (``North Korea ... . It shipped
    millions of shells to Moscow (...) and over 100 missiles``)."""
    t = fig.tokens
    first = t.next_index(fig.sent_start)
    if first >= fig.start or t.lower[first] not in ("it", "they"):
        return None
    verb = t.next_index(first + 1)
    if verb >= fig.start or not t.text[verb].islower():
        return None
    for m in fig.previous_sentence:
        if fig.free(m) and not fig.speaks(m, fig.sent_start):
            return str(m.label_)
    return None
