"""Sieve steps that read the figure's own noun phrase."""

from __future__ import annotations

from nkclaims.actors.context import NOBODY, Figure
from nkclaims.actors.lexicon import cue_set
from nkclaims.items import head_noun, is_people_noun


def nationality(fig: Figure) -> str | None:
    """People of a nationality belong to that country: a party named inside an item whose
    head names people (``North Korean soldiers``, ``15,000 Nepalese``)."""
    d = fig.draft
    if not d.item or not is_people_noun(head_noun(d.item)):
        return None
    for m in fig.in_item():
        return str(m.label_)
    return None


def loss(fig: Figure) -> str | None:
    """Losses belong to the side that lost them: a verb of loss at most three words before
    the figure and a party on the item (``Ukraine says it destroyed 50 Russian tanks``)."""
    losses = cue_set("loss_verbs")
    t = fig.tokens
    k = fig.start - 1
    seen = 0
    found = False
    while k >= 0 and seen < 3:
        if not t.space[k]:
            if t.lower[k] in losses:
                found = True
                break
            seen += 1
        k -= 1
    if not found:
        return None
    for m in fig.in_item():
        return str(m.label_)
    return None


def item_party(fig: Figure) -> str | None:
    """A party named on an item that is not people (``Russian oil``): a weaker signal
    than the clause's subject."""
    for m in fig.in_item():
        return str(m.label_)
    return None


def people_of(fig: Figure) -> str | None:
    """People named with their country after them: ``citizens of North Korea``,
    ``troops from North Korea``, ``soldiers from the DPRK``, in the figure's item or
    right after the figure."""
    t = fig.tokens
    for m in fig.mentions:
        if not (fig.clause_start <= m.start < fig.clause_end):
            continue
        k = t.prev_index(m.start, frozenset(("the",)))
        if k < 0 or t.lower[k] not in ("of", "from"):
            continue
        j = t.prev_index(k)
        if j < 0 or not is_people_noun(t.lower[j]):
            continue
        # the people noun is the figure's own: right after it, or its item's head
        if fig.end <= j <= fig.end + 3 or (
            fig.draft.item and head_noun(fig.draft.item) == t.lower[j]
        ):
            return str(m.label_)
    return None


def ownerless(fig: Figure) -> str | None:
    """Things with no stated owner (R9: ships of unknown flag, member countries of a
    body) belong to the party their own noun phrase names, else to nobody."""
    d = fig.draft
    if not d.item or head_noun(d.item) not in cue_set("ownerless"):
        return None
    for m in fig.in_item():
        return str(m.label_)
    return NOBODY
