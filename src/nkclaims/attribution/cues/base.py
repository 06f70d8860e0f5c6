"""What every cue recognizer shares: the `Cue` it returns and the `Sentence` it reads.

A recognizer is a small object with the lower-case ``triggers`` it starts from and a
``recognize(sentence, i)`` method called on each word ``i`` whose lower-case form is a
trigger; it returns the cues it finds there (`nkclaims.attribution.cues` keeps the
registry of recognizers, in the manner of Presidio's recognizer registry).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Protocol

from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.naming import Namer
from nkclaims.attribution.registry import Entity, roles_in
from nkclaims.items import Word
from nkclaims.resources import word_set

_PARENTHETICAL_BREAKS = word_set("parenthetical_breaks")


@dataclass
class Cue:
    """An attribution: who, and the text range it covers (its scope)."""

    source: str
    scope_start: int
    scope_end: int
    cue: str  # as written in the input
    position: int

    @property
    def width(self) -> int:
        return self.scope_end - self.scope_start


@dataclass
class Sentence:
    """One sentence as the recognizers see it."""

    text: str  # the whole document
    words: list[Word]
    start: int
    end: int
    namer: Namer
    actors: list[tuple[int, str]]  # (figure start, actor), sorted, for the whole document
    found: list[Cue] = field(default_factory=list)  # cues found so far, in text order
    reporty: bool = False  # the sentence speaks of a report
    resume: int = -1  # a recognizer that read words up to here lets the scan go on from there

    def actor_near(self, pos: int) -> str | None:
        """The actor of the nearest figure at or before ``pos`` (for ``its own announcement``)."""
        k = bisect.bisect_right(self.actors, (pos, "\uffff"))
        return self.actors[k - 1][1] if k else None

    def phrase(self, a: int, b: int) -> str:
        """The text of words ``a`` to ``b`` (exclusive)."""
        return self.text[self.words[a].start : self.words[b - 1].end]

    def resolve(self, a: int, b: int) -> Entity | None:
        pos = self.words[a].start
        return self.namer.resolve(self.phrase(a, b), pos, self.actor_near(pos))

    def appositive_roles(self, j: int, ent: Entity) -> None:
        """Roles from an appositive at word ``j``: ``, a think tank affiliated with ...,``."""
        words = self.words
        if j < len(words) and words[j].text in (",", "("):
            k = j + 1
            while k < len(words) and words[k].text not in (",", ")", ".", ";") and k - j < 20:
                k += 1
            verbs = lexicon().verbs
            if k > j + 1 and not any(w.lower in verbs for w in words[j + 1 : k]):
                # a clause after the comma is no appositive: "..., the think tank said"
                self.namer.registry.add_roles(ent, roles_in(self.phrase(j + 1, k)))

    def parenthetical(self, first: int, j: int) -> bool:
        """Is the cue from word ``first`` to before word ``j`` set off by commas inside a
        clause that goes on after it (``Each year, according to X, Russia hands out``,
        ``The troops, he said, numbered 3,000``)? Then it covers the whole sentence."""
        words = self.words
        if first == 0 or words[first - 1].text != "," or j + 1 >= len(words):
            return False
        if words[j].text != ",":
            return False
        nxt = words[j + 1]
        return nxt.text[:1].isalnum() and nxt.lower not in _PARENTHETICAL_BREAKS

    def scope_start_before(self, i: int, source: str | None = None) -> int:
        """Where a cue that closes its clause starts covering: after the previous cue in
        the sentence (so a nested ``according to`` is narrower than an outer ``said``),
        unless that cue names the same ``source`` (``data from X ... X showed``)."""
        for c in reversed(self.found):
            if source is not None and c.source == source:
                continue
            if c.position < self.words[i].start:
                return max(self.start, c.position + len(c.cue))
        return self.start


class Recognizer(Protocol):
    name: str
    triggers: frozenset[str]

    def recognize(self, s: Sentence, i: int) -> list[Cue]: ...
