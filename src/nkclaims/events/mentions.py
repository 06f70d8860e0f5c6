"""Repeats of one estimate inside a document (``Claim.mention_of``).

A figure repeats an earlier one when their number (value, or bounds) and unit are equal
and either their item heads are equal (``10,000 troops`` ... ``10,000 troops``), or, with
no item head, their events are (``casualties reach 3,000`` ... ``casualties have climbed
to about 3,000``), or the later figure is a definite back-reference (``the 10,000
troops``, ``those 4,100 wounded``). A figure that adds to another (``another 1,000``,
``thousands more``) repeats one only as a definite back-reference. It then carries the index of the first claim stating
the estimate; two figures of different actors are never one estimate. Each figure is one
dictionary look-up per rule.
"""

from __future__ import annotations

from nkclaims.events.lexicon import lexicon
from nkclaims.events.words import Words
from nkclaims.extensions import ClaimDraft
from nkclaims.items import head_noun

Number = tuple[float | None, float | None, float | None, str]


def _head(d: ClaimDraft) -> str | None:
    if not d.item:
        return None
    head = head_noun(d.item)
    if len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return head or None


def _back_reference(words: Words, d: ClaimDraft) -> bool:
    f0 = words.position(d.token_start)
    return f0 > 0 and words.lower[f0 - 1] in lexicon().back_references


def _new_quantity(words: Words, d: ClaimDraft) -> bool:
    """``another 1,000``, ``thousands more``: a figure that adds to an earlier one."""
    lex = lexicon()
    f0, f1 = words.position(d.token_start), words.position(d.token_end)
    return (f0 > 0 and words.lower[f0 - 1] in lex.new_before) or (
        f1 < len(words) and words.lower[f1] in lex.new_after
    )


def link_mentions(drafts: list[ClaimDraft], words: Words) -> None:
    """Set ``mention_of`` on every draft (drafts in document order)."""
    by_head: dict[tuple[Number, str], int] = {}
    by_event: dict[tuple[Number, str], int] = {}
    by_number: dict[Number, int] = {}
    for i, d in enumerate(drafts):
        number: Number = (d.value, d.low, d.high, d.unit)
        head = _head(d)
        first: int | None = None
        loose = not _new_quantity(words, d)
        if loose and head is not None:
            first = by_head.get((number, head))
        if first is None and loose and d.event is not None and head is None:
            first = by_event.get((number, d.event))
        if first is None and _back_reference(words, d):
            first = by_number.get(number)
        if first is not None:
            other = drafts[first].actor
            if other is not None and d.actor is not None and other != d.actor:
                first = None
        d.mention_of = first
        root = i if first is None else first
        if head is not None:
            by_head.setdefault((number, head), root)
        if d.event is not None:
            by_event.setdefault((number, d.event), root)
        by_number.setdefault(number, root)
