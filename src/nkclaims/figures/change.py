"""Direction: does the text frame a figure as a rise or a fall (``Claim.change``)?

Cues come from ``change_cues.json``: a verb or adverb right before the figure (``rose
0.2%``, ``fell by $1.2 billion``, ``up 20 percent``), a noun and ``of`` before it (``a
drop of 30%``), or a noun or adverb right after it (``a 30% drop``, ``closed 2%
higher``). The value is never changed: a fall of 2.5 percent keeps 2.5.
"""

from __future__ import annotations

import re
from functools import cache

from nkclaims.figures.lexicon import SP
from nkclaims.models import Change
from nkclaims.resources import alternation, load_json


class ChangeCues:
    """The three cue patterns, compiled once, and the direction of every cue word."""

    def __init__(self) -> None:
        data = load_json("change_cues.json")
        self.direction: dict[str, dict[str, Change]] = {"before": {}, "of_before": {}, "after": {}}
        for direction in ("up", "down"):
            for kind, words in data[direction].items():
                for word in words:
                    self.direction[kind][word.lower()] = "up" if direction == "up" else "down"
        before = alternation(self.direction["before"], fold_case=True)
        of_before = alternation(self.direction["of_before"], fold_case=True)
        after = alternation(self.direction["after"], fold_case=True)
        self.before = re.compile(rf"(?<![\w-])(?P<w>{before})(?:{SP}+by)?{SP}+\Z", re.IGNORECASE)
        self.of_before = re.compile(rf"(?<![\w-])(?P<w>{of_before}){SP}+of{SP}+\Z", re.IGNORECASE)
        self.after = re.compile(rf"(?:{SP}+|-)(?P<w>{after})(?![\w-])", re.IGNORECASE)
        # the last word of every cue written before a figure, and the words a before-cue
        # may be followed by: a figure whose previous word is none of these has no
        # before-cue, and the two searches are skipped (most figures)
        self.last_words = frozenset(
            w.split()[-1] for kind in ("before", "of_before") for w in self.direction[kind]
        ) | {"by", "of"}
        # single-word verb cues that reach over an object to a later "by" (cut rates by)
        adverbs = {"up", "down", "higher", "lower"}
        self.verbs = frozenset(
            w for w in self.direction["before"] if " " not in w and w not in adverbs
        )


@cache
def change_cues() -> ChangeCues:
    return ChangeCues()


def change_of(text: str, start: int, end: int, lo: int, hi: int, unit: str) -> Change | None:
    """The direction the words around ``text[start:end]`` give the figure, or None.

    ``lo`` / ``hi`` bound the sentence; ``unit`` is the figure's unit (a noun after a
    count names the things counted: ``10 cuts`` is no fall)."""
    cues = change_cues()
    window = max(lo, start - 32)
    if last_word(text, window, start) in cues.last_words:
        m = cues.before.search(text, window, start)
        if m:
            return cues.direction["before"][re.sub(r"\s+", " ", m.group("w").lower())]
        m = cues.of_before.search(text, window, start)
        if m:
            return cues.direction["of_before"][m.group("w").lower()]
        if last_word(text, window, start) == "by":
            verb = _verb_before_object(text, max(lo, start - 60), start, cues)
            if verb:
                return verb
    if unit != "count":
        m = cues.after.match(text, end, hi)
        if m:
            return cues.direction["after"][m.group("w").lower()]
    return None


_OBJECT_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")


def _verb_before_object(text: str, lo: int, pos: int, cues: ChangeCues) -> Change | None:
    """``cut rates by 0.25 points``, ``raised its key rate by half a point``: a verb of
    change up to four words before the ``by`` that ends at ``pos``, its object between
    (no punctuation, no adverb cue such as ``up``, which only counts right before)."""
    tokens = _OBJECT_WORDS.findall(text, lo, pos)
    if len(tokens) < 2 or tokens[-1].lower() != "by":
        return None
    for token in reversed(tokens[-6:-1]):
        word = token.lower()
        if not token[:1].isalpha():
            return None  # a comma, a number, a quotation mark: another clause
        if word in cues.verbs:
            return cues.direction["before"][word]
    return None


def last_word(text: str, lo: int, pos: int) -> str:
    """The letters right before ``pos`` and the spaces after them, lower-cased (``rose``
    in ``rose 2%``); empty when a non-letter comes first. Never looks before ``lo``."""
    j = pos
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    i = j
    while i > lo and text[i - 1].isalpha():
        i -= 1
    return text[i:j].lower()
