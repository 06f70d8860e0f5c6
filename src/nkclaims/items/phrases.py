"""Noun phrases without a tagger: a run of words that are not in the stop list of
``items.json``, read right or left from a word, and the clause a word belongs to."""

from __future__ import annotations

import bisect

from nkclaims.items.words import Word, item_words
from nkclaims.resources import word_set

_MAX_CLAUSE_WORDS = 60  # clause searches look this far at most, so long sentences stay linear
_CLAUSE_WORDS = word_set("clause_words")

_OPEN_QUOTES = ("“", '"', "'", "‘", "’")
_DASHES = frozenset("-–—")

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
            if (w.text in ("“", "”", '"') and last >= 0) or (w.text in _OPEN_QUOTES and j == i):
                j += 1  # scare quotes inside a phrase: Chinese “volunteers”
                continue
            if w.lower in self.iw.verbs and j == i and not self._after_article(i):
                return None  # a verb, unless an article makes it a noun: "the cost of"
            if j == i and self.iw.isa("casualty_words", w.lower):
                return j, j  # people named by a participle: "4,100 wounded"
            if j > i and self.iw.isa("casualty_words", w.lower) and self.words[j - 1].lower != "of":
                break  # a predicate after its noun: "officers dead"
            if w.lower == "of" and last >= 0 and self._counts_through(self.words[last].lower):
                k = j + 1
                if self.iw.isa("quantity_nouns", self.words[last].lower):
                    while k < n and self.words[k].lower in self.iw.determiners:
                        k += 1  # "the value of the virtual assets"
                if k < n and not self._stop(self.words[k]):
                    j = k
                    continue
                if (
                    j + 1 < n
                    and self.iw.isa("quantity_nouns", self.words[last].lower)
                    and self.iw.isa("casualty_words", self.words[j + 1].lower)
                ):
                    return i, j + 1  # "the number of wounded"
                break
            if w.lower == "and" and last >= 0 and self._joins_modifiers(j):
                j += 1  # "artillery and rocket shells": two modifiers of one head
                continue
            if w.lower == "of" and (j + 1 >= n or self._stop(self.words[j + 1])):
                break  # never end on "of": "tours of the coast"
            if self._stop(w) and not (w.text[:1].isdigit() and last >= 0):
                break
            if w.lower in self.iw.verbs and last >= 0:
                break
            if (
                w.lower.endswith(("ing", "ed") if last >= 0 else ("ing",))
                and j + 1 < n
                and (
                    self._stop(self.words[j + 1])
                    or (last >= 0 and self.words[j + 1].text[:1].isupper())
                )
            ):
                break  # a participle after its noun: "a ship taking on containers"
            last = j
            j += 1
        if last < i:
            return None
        return i, last

    def _after_article(self, i: int) -> bool:
        return i > 0 and (
            self.words[i - 1].lower in self.iw.determiners
            or self.words[i - 1].lower in ("'s", "’s")
        )

    def _counts_through(self, word: str) -> bool:
        """Does the noun keep its ``of`` phrase (``rounds of shells``, ``number of workers``)?"""
        return word in self.iw.counters or self.iw.isa("quantity_nouns", word)

    def _joins_modifiers(self, j: int) -> bool:
        """Does the ``and`` at ``j`` join two modifiers of one head (``Russian and North Korean
        officers``)? Only when at least two noun-phrase words follow it."""
        n = len(self.words)
        for k in (j + 1, j + 2):
            if k >= n:
                return False
            w = self.words[k]
            if (
                self._stop(w)
                or w.lower in self.iw.verbs
                or w.text[:1].isdigit()
                or self.iw.isa("number_words", w.lower)
            ):
                return False  # "19,800 armored vehicles and 20,000 artillery systems"
        return True

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
            if self._stop(w) or w.lower in ("'s", "’s") or (j < i and w.text[:1].isdigit()):
                break  # another figure ends it: "found 58 cyberattacks worth ..."
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
        if (
            first >= 2
            and self.words[first - 1].lower == "and"
            and self.words[first].text[:1].isupper()
            and self.words[first - 2].text[:1].isupper()
            and not self._stop(self.words[first - 2])
        ):
            first -= 2  # "Russian and North Korean soldiers"
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
            if (
                w.text in (",", ";", ":", "(", "“", '"')
                or w.lower in _CLAUSE_WORDS
                or set(w.text) <= _DASHES
            ):
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

    def subject_before(self, v: int) -> Span | None:
        """The subject of the verb at word ``v``: the first noun phrase of its clause after
        opening words (``as``, ``however``), or the noun phrase right before the verb when the
        clause opens otherwise (``In 2019 exports rose``). A clause of adverbs only
        (``..., however, fell``) passes to the clause before; an apposition (``Gross national
        income, the country's total earnings, came to``) gives the first of the two phrases."""
        end = v
        for _ in range(4):  # at most a few clauses back
            start = self.clause_start(end)
            for k in range(end - 1, start - 1, -1):
                if self.iw.isa("speech_verbs", self.words[k].lower):
                    start = k + 1  # "officials said the number of wounded is"
                    break
            while start < end and self.iw.isa("lead_skips", self.words[start].lower):
                start += 1
            if start < end and not (end != v and self._participle_clause(start)):
                found = self._clause_subject(start, end, v)
                if found is not None or not self.iw.isa("prepositions", self.words[start].lower):
                    return found
            if start <= 1:
                return None
            end = start - 1
        return None

    def _clause_subject(self, start: int, end: int, v: int) -> Span | None:
        """The subject in the clause ``[start, end)`` of the verb at ``v``: its first noun
        phrase, else the one after its last ``and`` (``at least 100 have died and the number of
        wounded is``), else the one right before the verb."""
        found = self.np_right(start)
        if found is not None and found[1] < v:
            if found[1] == end - 1 and start >= 2:
                first = self._apposition_head(start - 1)
                if first is not None:
                    return first
            return found
        for k in range(end - 1, start, -1):
            if self.words[k].lower in ("and", "but"):
                found = self.np_right(k + 1)
                if found is not None and found[1] < v:
                    return found
                break
        return self.np_left(end - 1)

    def _participle_clause(self, start: int) -> bool:
        """Does the clause open with a participle and a preposition (``, routed into North
        Korea through brokers,``)? It describes the subject before it."""
        w, nxt = self.words[start], (self.words[start + 1] if start + 1 < len(self.words) else None)
        return (
            w.text[:1].islower()
            and w.lower.endswith(("ed", "ing"))
            and nxt is not None
            and self.iw.isa("prepositions", nxt.lower)
        )

    def _apposition_head(self, comma: int) -> Span | None:
        """The phrase before ``, <apposition>,`` when the clause before the comma is one bare
        noun phrase that opens its sentence."""
        if self.words[comma].text != ",":
            return None
        start = self.clause_start(comma)
        if start != 0:
            return None
        found = self.np_right(start)
        if found is not None and found[1] == comma - 1:
            return found
        return None

    def phrase(self, span: tuple[int, int] | None) -> tuple[str, int, int] | None:
        if span is None:
            return None
        a, b = self.words[span[0]], self.words[span[1]]
        text = self.text[a.start : b.end].strip(" .,;:\"'“”‘’")
        if not text or not any(c.isalpha() for c in text):
            return None
        return text, a.start, a.start + len(text)
