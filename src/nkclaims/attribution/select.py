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
_FIRST_WORD = re.compile(r"[\s“\"‘']*([A-Za-z]+)")


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
    """Does the sentence ``text[start:end]`` open with a word pointing back (``Their``)?"""
    m = _FIRST_WORD.match(text, start, end)
    return bool(m and m.group(1).lower() in lexicon().back_pointers)
