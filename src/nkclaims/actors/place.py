"""Sieve step for distances: a distance describing a place goes to the place's owner."""

from __future__ import annotations

from nkclaims.actors.context import NOBODY, Figure
from nkclaims.actors.lexicon import cue_set


def distance(fig: Figure) -> str | None:
    """A distance (``110 miles from North Korea``, ``6,000 miles away in the Russian far
    east``) belongs to the owner of the place it describes (gold README 12, R9): the
    party in the place phrase after ``away in``, else in the noun phrase the distance
    stands in apposition to (``the Russian port of Dunay, 110 miles from ...``), which
    ends at a verb. A place in apposition with no named owner gives nobody; the
    reference point after ``from`` never counts; a distance that is its clause's
    predicate (``Dunay lies 90 miles from ...``) is left to the clause steps."""
    d = fig.draft
    if d.unit not in cue_set("distance_units"):
        return None
    t = fig.tokens
    after = t.next_index(fig.end)
    if after >= fig.sent_end or t.lower[after] not in cue_set("distance_words"):
        return None
    if t.lower[after] != "from":
        k = t.next_index(after + 1)
        if k < fig.sent_end and t.lower[k] in ("in", "inside", "within"):
            for m in fig.in_sentence:
                if k < m.start <= k + 4:
                    return str(m.label_)
    comma = t.prev_index(fig.start)
    if comma < fig.sent_start or t.text[comma] != ",":
        return None  # "The Russian port of Dunay lies 90 miles from ...": the subject's
    verbs = cue_set("object_verbs")
    lo = comma
    while lo > fig.sent_start and comma - lo < 12 and t.text[lo - 1] not in (",", ";", ":"):
        w = t.lower[lo - 1]
        if w in verbs or (len(w) > 4 and w.endswith("ed") and w not in cue_set("not_verbs")):
            break  # the phrase in apposition ends at a verb: "sent a train across a river"
        lo -= 1
    owners = [m for m in fig.in_sentence if lo <= m.start and m.end <= comma]
    return str(owners[-1].label_) if owners else NOBODY
