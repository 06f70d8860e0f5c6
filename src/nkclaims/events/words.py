"""The document's words as plain lists, and the clause around a figure."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from nkclaims.extensions import tokens_of
from nkclaims.resources import word_set

WINDOW = 40
"""Words a clause search walks at most on each side of a figure: every per-figure look-up
is bounded, so the stage is linear in the text."""

_STARTS = word_set("clause_breaks") | {"--", ")"}
_ENDS = word_set("clause_end_words") | {",", ";", ":", "—", "–", "(", ")", "--"}


class Words:
    """The Doc's non-space tokens: text, lower case and character offsets, read once.

    ``position(token)`` maps a Doc token index to the index of the first word at or
    after it, so figure and mention token ranges become word ranges."""

    __slots__ = ("_position", "ends", "lower", "starts", "text")

    def __init__(self, doc: Doc) -> None:
        table = tokens_of(doc)
        self.text: list[str] = []
        self.lower: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._position: list[int] = []
        for i in range(len(table)):
            self._position.append(len(self.text))
            if table.is_space(i):
                continue
            word = table.word(i)
            self.text.append(word)
            self.lower.append(word.lower())
            self.starts.append(table.starts[i])
            self.ends.append(table.ends[i])
        self._position.append(len(self.text))

    def __len__(self) -> int:
        return len(self.text)

    def position(self, token: int) -> int:
        return self._position[token]

    def at_char(self, offset: int) -> int:
        """Index of the first word starting at or after character ``offset``."""
        return bisect.bisect_left(self.starts, offset)


def clause(words: Words, f0: int, f1: int, s0: int, s1: int) -> tuple[int, int]:
    """The word range of the clause holding the figure at words ``[f0, f1)`` inside the
    sentence ``[s0, s1)``: left to the nearest clause break (``,``, ``that``, ``which``,
    ``(`` ...), right to the nearest clause end, at most `WINDOW` words each way."""
    i = f0 - 1
    floor = max(s0, f0 - WINDOW)
    while i >= floor and words.lower[i] not in _STARTS:
        i -= 1
    j = f1
    ceiling = min(s1, f1 + WINDOW)
    while j < ceiling and words.lower[j] not in _ENDS:
        j += 1
    return max(i + 1, floor), j


def previous_clause_start(words: Words, c0: int, s0: int) -> tuple[int, tuple[int, int]]:
    """Where the clause before the one starting at word ``c0`` starts (``c0`` itself at the
    sentence start), and the word range of a parenthesis that closed right before ``c0``
    (``It shipped shells to Moscow (now half of what Russia fires) and 100 missiles``):
    it is an aside, not the clause."""
    if c0 <= s0:
        return c0, (c0, c0)
    i = c0 - 2
    floor = max(s0, c0 - WINDOW)
    aside = (c0, c0)
    if words.lower[c0 - 1] == ")":
        k = c0 - 2
        while k >= floor and words.lower[k] != "(":
            k -= 1
        if k >= floor:
            aside = (k, c0)
            i = k - 1
    while i >= floor and words.lower[i] not in _STARTS:
        i -= 1
    return max(i + 1, floor), aside
