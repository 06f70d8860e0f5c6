"""Selection: which attribution a figure takes.

A figure takes the innermost cue whose scope holds it, among the cues nearest to it
(so ``Wi said North Korea produces ..., according to its own announcement`` gives North
Korea, and a sentence with many cues stays linear). With no covering cue, the
continuation rule (CLAIMS.md section 5) may carry the previous sentence's source: same
paragraph, that sentence attributed, and this one opens with a word pointing back.
"""

from __future__ import annotations

import bisect
import re

from nkclaims.attribution.cues import Cue
from nkclaims.attribution.lexicon import lexicon

NEAREST = 16  # cues considered on each side of a figure
_FIRST_WORD = re.compile(r"[\s“\"‘']*([A-Za-z]+)(?:[\s,]+([A-Za-z]+))?")
_LEAD_PREPOSITIONS = frozenset(("of", "among", "from", "besides", "beyond", "including", "for"))


class SentenceCues:
    """The cues that may cover figures of one sentence, sorted by position once."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = sorted(cues, key=lambda c: c.position)
        self.positions = [c.position for c in self.cues]

    def covering(self, start: int, end: int) -> Cue | None:
        """The innermost cue near ``start`` whose scope holds ``[start, end)``."""
        mid = bisect.bisect_left(self.positions, start)
        window = self.cues[max(0, mid - NEAREST) : mid + NEAREST]
        covering = [c for c in window if c.scope_start <= start and end <= c.scope_end]
        if not covering:
            return None
        return min(covering, key=lambda c: (c.width, -c.position))


def points_back(text: str, start: int, end: int) -> bool:
    """Does the sentence ``text[start:end]`` open with a word pointing back (``Their``,
    ``Of these``, ``Among them``)?"""
    m = _FIRST_WORD.match(text, start, end)
    if m is None:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    pointers = lexicon().back_pointers
    # "Their losses ...", and "Of these, 1,000 ...", "Among them, ..."
    return first in pointers or (first in _LEAD_PREPOSITIONS and second in pointers | {"them"})
