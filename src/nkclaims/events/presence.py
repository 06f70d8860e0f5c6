"""Two readings of people the cue words alone miss.

- People present abroad are ``deployed`` (R27): a figure that counts people, with no cue
  governing it, whose clause places them ``in`` or ``inside`` another party's country or a
  place in it (``North Korean military personnel in Russia projected to reach 5,000``,
  ``the count of service members in Russia might be 11,000 to 12,000``). A party's people
  at home, or people with no known party, are no deployment: an inventory (``South Korea
  has 500,000 troops``) keeps no event (R32).
- What people earn is their pay (R28): ``North Korean laborers earn about $800 a month``
  is ``paid``; ``earned`` stays a party's revenue (``the country earned $500 million``).
"""

from __future__ import annotations

import bisect

from nkclaims.events.classify import Choice, what_of
from nkclaims.events.counterparty import Mention
from nkclaims.events.words import Words
from nkclaims.extensions import ClaimDraft
from nkclaims.items import is_people_noun

_PLACED_BY = frozenset(("in", "inside", "within"))


def present_abroad(
    mentions: list[Mention], starts: list[int], choice: Choice, d: ClaimDraft
) -> str | None:
    """The party in whose territory the clause places the people the figure counts (the
    deployment's counterparty), or None."""
    if d.actor is None or what_of(d) != "people":
        return None
    c0, c1 = choice.clause
    k = bisect.bisect_left(starts, c0)
    while k < len(mentions) and mentions[k].start < c1:
        m = mentions[k]
        if m.governor in _PLACED_BY and m.name != d.actor:
            return m.name
        k += 1
    return None


_BEFORE_VERB = 5  # words between the earners and "earn" at most ("fighting for Russia can")


def earners_pay(words: Words, choice: Choice) -> bool:
    """Is an ``earned`` figure the pay of people named right before its verb (R28)?"""
    if choice.event != "earned" or choice.cue is None or choice.cue.cue.kind != "verb":
        return False
    start = choice.cue.start
    for k in range(start - 1, max(choice.clause[0], start - 1 - _BEFORE_VERB) - 1, -1):
        if is_people_noun(words.lower[k]):
            return True
    return False
