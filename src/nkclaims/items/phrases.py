"""Noun phrases without a tagger: a run of words that are not in the stop list of
``items.json``, read right or left from a word, and the clause a word belongs to."""

from __future__ import annotations

import bisect

from nkclaims.items.words import Word, item_words
from nkclaims.resources import word_set

_MAX_CLAUSE_WORDS = 60  # clause searches look this far at most, so long sentences stay linear
_CLAUSE_WORDS = word_set("clause_words")

Span = tuple[int, int]
Found = tuple[str, int, int]


class NounPhrases:
    """Noun phrases and clauses of one sentence's words."""

    def __init__(self, text: str, words: list[Word]) -> None:
        self.text = text
        self.words = words
        self.iw = item_words()
        self._starts = [w.start for w in words]
        self._ends = [w.end for w in words]

    # -- word positions ---------------------------------------------------------------
    def first_after(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def last_before(self, offset: int) -> int:
        """Index of the last word ending at or before ``offset`` (-1 if none)."""
        return bisect.bisect_right(self._ends, offset) - 1

    def _stop(self, w: Word) -> bool:
        return not w.is_word or w.lower in self.iw.stops

    # -- phrases --------------------------------------------------------------------------
    def np_right(self, i: int, *, skip_determiners: bool = True) -> tuple[int, int] | None:
        """The noun phrase starting at word ``i``: (first, last) word indexes, or None."""
        n = len(self.words)
        if skip_determiners:
            i = self._skip_determiners(i)
        j = i
        last = -1
        while j < n and j - i < 8:
            w = self.words[j]
            if (w.text in ("“", "”", '"') and last >= 0) or (w.text in ("“", '"') and j == i):
                j += 1  # scare quotes inside a phrase: Chinese “volunteers”
                continue
            if w.lower in self.iw.verbs and j == i:
                return None
            if w.lower == "of" and last >= 0 and self.words[last].lower in self.iw.counters:
                if j + 1 < n and not self._stop(self.words[j + 1]):
                    j += 1
                    continue
                break
            if self._stop(w) and not (w.text[:1].isdigit() and last >= 0):
                break
            if w.lower in self.iw.verbs and last >= 0:
                break
            last = j
            j += 1
        if last < i:
            return None
        return i, last

    def _skip_determiners(self, i: int) -> int:
        """Skip ``the``, ``its``, and a possessor (``North Korea's``) at the phrase start."""
        n = len(self.words)
        while i < n and self.words[i].lower in self.iw.determiners:
            i += 1
        for k in range(i, min(n, i + 4)):
            if self.words[k].lower in ("'s", "’s", "'", "’"):
                return k + 1
            if self._stop(self.words[k]):
                break
        return i

    def np_left(self, i: int) -> tuple[int, int] | None:
        """The noun phrase ending at word ``i`` (walking left)."""
        j = i
        while j >= 0 and j > i - 6:
            w = self.words[j]
            if self._stop(w) or w.lower in ("'s", "’s"):
                break
            if w.lower in self.iw.verbs and j == i:
                return None
            if w.lower in self.iw.verbs and j < i:
                break
            if (
                j < i
                and w.lower.endswith(("ed", "ing"))
                and j >= 1
                and not self._stop(self.words[j - 1])
                and self.words[j - 1].lower not in self.iw.determiners
                and self.words[j - 1].lower not in self.iw.verbs
            ):
                break  # "Exports included crude petroleum": a verb after its subject
            j -= 1
        first = j + 1
        if first > i:
            return None
        # Skip one prepositional phrase: "services to Russia worth $465 million".
        proper = all(w.text[:1].isupper() for w in self.words[first : i + 1])
        if (
            proper
            and j >= 1
            and self.words[j].lower in ("to", "from", "for", "in")
            and not self._stop(self.words[j - 1])
        ):
            inner = self.np_left(j - 1)
            if inner is not None:
                return inner
        return first, i

    def clause_start(self, i: int) -> int:
        """Index of the first word of the clause holding word ``i``."""
        j = i - 1
        while j >= 0 and i - j <= _MAX_CLAUSE_WORDS:
            w = self.words[j]
            if w.text in (",", ";", ":", "—", "–", "(", "“", '"') or w.lower in _CLAUSE_WORDS:
                return j + 1
            j -= 1
        return max(0, j + 1)

    def subject(self, i: int) -> tuple[int, int] | None:
        """The first noun phrase of the clause holding word ``i``, or of the clauses before
        it when that clause opens with a verb (``..., rising from $1.74 billion``)."""
        end = i
        for _ in range(4):  # at most a few clauses back
            if end <= 0:
                break
            start = self.clause_start(end)
            while start < end and self.words[start].lower in (
                "but",
                "and",
                "so",
                "still",
                "yet",
                "however",
            ):
                start += 1
            found = self.np_right(start)
            if found is not None:
                return found
            if start == 0:
                return None
            end = start - 1
        return None

    def phrase(self, span: tuple[int, int] | None) -> tuple[str, int, int] | None:
        if span is None:
            return None
        a, b = self.words[span[0]], self.words[span[1]]
        text = self.text[a.start : b.end].strip(" .,;:\"'“”‘’")
        if not text or not any(c.isalpha() for c in text):
            return None
        return text, a.start, a.start + len(text)
