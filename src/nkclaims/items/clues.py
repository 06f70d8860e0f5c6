"""Small readings of the words around a figure that the item rules share: verb chains of
change or amount, comparisons, dimensions, conversions and noun classes."""

from __future__ import annotations

from nkclaims.items.phrases import NounPhrases
from nkclaims.items.words import Word


class Clues(NounPhrases):
    """Word-level clues around a figure in one sentence."""

    def _verb_chain(self, before: int) -> int | None:
        """First word of a verb chain of change or amount ending right before the figure, over
        adverbs, one preposition and a figure between (``rose by``, ``has now climbed to``,
        ``contracted 14.9 percent to``), or None."""
        j = before
        while j >= 0 and before - j < 8 and self._skippable(self.words[j]):
            j -= 1
        k = j
        seen = False
        while k >= 0 and j - k < 6:
            w = self.words[k].lower
            if self.iw.isa("change_verbs", w) or self.iw.isa("copulas", w):
                seen = True
            elif not self.iw.isa("auxiliaries", w):
                break
            k -= 1
        return k + 1 if seen else None

    def _skippable(self, w: Word) -> bool:
        return (
            self.iw.isa("pre_figure_skips", w.lower)
            or self.iw.isa("figure_words", w.lower)
            or w.text[:1].isdigit()
            or w.text in ("$", "US$", "%")
        )

    # -- helpers ------------------------------------------------------------------------
    def _change_noun_at(self, i: int) -> bool:
        """Is word ``i`` a noun of change after an article (``a gain of``, ``an increase of``)?"""
        w, det = self.words[i], self._word(i - 1)
        return self.iw.isa("change_nouns", w.lower) and det is not None and det.lower in ("a", "an")

    def _action_noun(self, head: int) -> bool:
        """Is the noun at ``head`` followed by an infinitive (``decision to send``, ``plan to
        build``)? Such a subject names an action, not what the amount counts or pays."""
        to, verb = self._word(head + 1), self._word(head + 2)
        return (
            to is not None
            and to.lower == "to"
            and verb is not None
            and verb.text[:1].islower()
            and not self._stop(verb)
        )

    def _word(self, i: int) -> Word | None:
        return self.words[i] if 0 <= i < len(self.words) else None

    def _skip_numbers(self, i: int) -> int:
        """Past determiners and numbers: ``half of those 4,100 wounded`` -> wounded."""
        k = self._skip_determiners(i)
        while k < len(self.words) and (
            self.words[k].text[:1].isdigit()
            or self.words[k].text in ("$", "US$", "€", "£")
            or (k > i and self.iw.isa("figure_words", self.words[k].lower))
        ):
            k += 1  # "90% of Pyongyang's $11 billion debt"
        if k > i and k < len(self.words):
            w = self.words[k]
            if not self._stop(w) or self.iw.isa("casualty_words", w.lower):
                return k
        return i

    def _dimension_at(self, i: int) -> bool:
        """Does a dimension word (``long``, ``away``, ``in length``) follow at ``i``, perhaps
        after a conversion in brackets (``105 meters (344 feet) long``)?"""
        w = self._word(i)
        if w is not None and w.text == "(":
            k = i + 1
            while k < len(self.words) and k - i < 6 and self.words[k].text != ")":
                k += 1
            i = k + 1
        return self._class_phrase_at(i, "dimensions")

    def _class_phrase_at(self, i: int, cls: str) -> bool:
        """Does a one- or two-word phrase of word class ``cls`` start at word ``i``?"""
        w = self._word(i)
        if w is None:
            return False
        if self.iw.isa(cls, w.lower):
            return True
        w2 = self._word(i + 1)
        return w2 is not None and self.iw.isa(cls, f"{w.lower} {w2.lower}")

    def _compares(self, kind: str, after: int, before: int) -> bool:
        """Is the figure compared with, or added to, the amount before it (``31.9 percent
        more``, ``2.3 times as much``, ``against $56 million``, ``another $8 million``, a
        conversion in brackets)?"""
        nxt = self._word(after)
        if self._class_phrase_at(after, "comparatives"):
            k = after + (1 if nxt is not None and nxt.lower != "as" else 2)
            if self.np_right(k, skip_determiners=False) is None:
                return True
        prev = self._word(before)
        if prev is None:
            return False
        if prev.lower in ("another", "further") or (prev.text == "(" and kind == "measure"):
            return True
        if self.iw.isa("comparisons", prev.lower):
            return True
        pp = self._word(before - 1)
        return pp is not None and self.iw.isa("comparisons", f"{pp.lower} {prev.lower}")

    def _ends_link(self, i: int) -> bool:
        """Do the words ending at ``i`` form a linking verb chain (is thought to be, amounted to)?"""
        tail = " ".join(w.lower for w in self.words[max(0, i - 4) : i + 1])
        return any(tail == link or tail.endswith(" " + link) for link in self.iw.link_phrases)
