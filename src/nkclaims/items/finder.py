"""The item rules, by the kind of figure (see the package docstring)."""

from __future__ import annotations

import re

from nkclaims.extensions import ClaimDraft
from nkclaims.items.clues import Clues
from nkclaims.items.phrases import Found

_PARTITIVE_PRONOUNS = frozenset({"them", "those", "these", "which", "whom", "us"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_OTHERS = frozenset({"others", "more", "other"})


def _verb_like(word: str) -> bool:
    return word.endswith(("ed", "ing"))


class _Nothing:
    """A rule's answer that the figure has no item, and no later rule may give one."""


_NOTHING = _Nothing()


class ItemFinder(Clues):
    """Finds the item of each figure of one sentence."""

    # -- the rules ----------------------------------------------------------------------
    def item_for(self, d: ClaimDraft, previous: Found | None = None) -> Found | None:
        """The item of figure ``d``; ``previous`` is the item of the sentence's figure before
        it, which a comparison (``31.9 percent more``, ``against $56 million``), a further
        amount (``another $8 million``) or a conversion in brackets (``(344 feet)``) shares."""
        after = self.first_after(d.end)
        before = self.last_before(d.start)
        kind = kind_of(d)
        if kind == "vague" and d.unit != "count":
            kind = "money" if len(d.unit) == 3 and d.unit.isupper() else "measure"
        placed = self._placed_item(before)
        if placed is not None:
            return placed
        if kind == "times" and self._is_verb_figure(d):
            # R1: "Its volumes have doubled", "the tallies ... have more than tripled"
            k = before
            while k >= 0 and self.iw.isa("auxiliaries", self.words[k].lower):
                k -= 1
            return self.phrase(self.subject_before(k + 1))
        prev = self._word(before)
        if (
            prev is not None
            and prev.lower == "worth"
            and before >= 1
            and self.words[before - 1].text == ","
            and previous is not None
        ):
            return previous  # "imported 22 million tonnes in 2016, worth nearly $1.2 billion"
        if (
            prev is not None
            and prev.lower == "worth"
            and before >= 2
            and self.words[before - 1].text == ","
            and self._next_is_comma(d)
        ):
            return self.phrase(self.np_left(before - 2))  # "The contract, worth $2 million,"
        if (
            kind == "money"
            and prev is not None
            and prev.lower == "worth"
            and before >= 1
            and self.words[before - 1].text != ","
        ):
            found_left = self.phrase(self.np_left(before - 1))
            if found_left is not None:
                return found_left  # "flour worth $3 million in second place"
        nxt_word = self._word(after)
        if kind == "count" and nxt_word is not None and nxt_word.lower == "strong":
            # "The North Korean contingent, some 11,000 strong,": the body's strength
            k = before - 1 if prev is not None and prev.text == "," else before
            return self.phrase(self.np_left(k)) if k >= 0 else None
        if kind in ("count", "vague"):
            found = self._count_item(after)
            others = isinstance(found, tuple) and found[0].lower() in _OTHERS
            if others and previous is not None and isinstance(found, tuple):
                # "killed 24 people and injured 115 others": the people, at "others"
                return (previous[0], found[1], found[2])
        elif kind == "measure":
            found = self._measure_item(d, after, before)
        else:
            found = self._amount_item(kind, after, before)
        if found is not None:
            return None if isinstance(found, _Nothing) else found
        if self._compares(kind, after, before):
            if previous is not None:
                return previous
            if self._class_phrase_at(after, "comparatives"):
                return self.phrase(self.subject(before)) if before >= 0 else None
        found = self._verb_item(before, after)
        if found is not None:
            return None if isinstance(found, _Nothing) else found
        if kind == "money" and prev is not None and prev.lower == "to" and previous is not None:
            return previous  # the end of a change: "fell 2.4 percent ... to $6.39 billion"
        if kind in ("money", "share", "times"):
            return self._amount_before(kind, before)
        return None

    def _present_verb(self, i: int) -> bool:
        """Is word ``i`` a present-tense verb after a name or pronoun (``Pyongyang pockets``,
        ``it earns``)? Lower case, ending in a single ``s``, after a capitalised word."""
        w, before = self.words[i], self._word(i - 1)
        return (
            w.text[:1].islower()
            and w.lower.endswith("s")
            and not w.lower.endswith("ss")
            and before is not None
            and (before.text[:1].isupper() or before.lower in _PRONOUNS)
            and before.lower not in self.iw.determiners
            and w.lower not in self.iw.people
            and w.lower not in self.iw.counters
            and not self.iw.isa("plural_nouns", w.lower)
        )

    def _next_is_comma(self, d: ClaimDraft) -> bool:
        w = self._word(self.first_after(d.end))
        return w is not None and w.text == ","

    def _is_verb_figure(self, d: ClaimDraft) -> bool:
        """Is the figure a multiplying verb (``doubled``, ``more than tripled``)?"""
        words = self.text[d.start : d.end].split()
        return any(self.iw.isa("multiplier_verbs", w.lower()) for w in words)

    def _count_item(self, after: int) -> Found | _Nothing | None:
        """``10,000 containers``, ``3,000 more troops``, the partitive ``About 3,000 of the
        11,000 troops`` (troops, never ``of``) and ``600 of them deaths``."""
        nxt = self._word(after)
        if nxt is not None and nxt.lower == "of":
            k = self._skip_determiners(after + 1)
            if k < len(self.words) and self.words[k].lower in _PARTITIVE_PRONOUNS:
                k += 1
            while k < len(self.words) and self.words[k].text[:1].isdigit():
                k += 1
            return self.phrase(self.np_right(k, skip_determiners=False))
        if nxt is not None and nxt.lower in ("more", "fewer", "extra", "additional"):
            more = self.np_right(after + 1, skip_determiners=False)
            if more is not None and more[0] == more[1] and _verb_like(self.words[more[0]].lower):
                return None  # "thousands more anticipated to join": a verb, not a noun
            return self.phrase(more)
        found = self.phrase(self.np_right(after, skip_determiners=False))
        if found is None:
            k = after
            while k < len(self.words) and self.iw.isa("auxiliaries", self.words[k].lower):
                k += 1
            if self._class_phrase_at(k, "predicate_verbs"):
                return self.phrase(self.np_right(k + 1))  # "4,000 had become battle casualties"
        return found

    def _measure_item(self, d: ClaimDraft, after: int, before: int) -> Found | _Nothing | None:
        """``700,000 tons of rice``; a compound adjective (``eight-day tours``, ``115m ship``);
        the noun a dimension describes (``a ship 105 meters long``, ``7,000 miles away``);
        the dimension named before (``a speed of 5km``)."""
        nxt = self._word(after)
        if nxt is not None and nxt.lower == "of":
            return self.phrase(self.np_right(after + 1))
        if " " not in self.text[d.start : d.end].strip():
            found = self.phrase(self.np_right(after, skip_determiners=False))
            if found is not None:
                return found
        if self._dimension_at(after) and before >= 0:
            if self.iw.isa("change_verbs", self.words[before].lower):
                return self.phrase(self.subject_before(before))  # "The vessel ... measured"
            return self.phrase(self.np_left(before))
        prev = self._word(before)
        if prev is not None and prev.lower == "of" and before >= 1:
            return self.phrase(self.np_left(before - 1))
        return None

    def _amount_item(self, kind: str, after: int, before: int) -> Found | _Nothing | None:
        """Money, shares and multipliers by what follows them: ``$10 billion of North Korean
        debt``, ``$250,000 worth of cars``, ``a 70% stake``, ``a 46.2 percent share of all
        exports``, ``$2 billion in aid``."""
        nxt = self._word(after)
        if nxt is None:
            return None
        if nxt.lower == "of":
            found = self.phrase(self.np_right(self._skip_numbers(after + 1)))
            if found:
                return found
        following = self._word(after + 1)
        if nxt.lower == "worth" and following is not None and following.lower == "of":
            return self.phrase(self.np_right(after + 2)) or _NOTHING
        if (
            kind in ("share", "times")
            and nxt.lower in ("more", "less", "fewer")
            and following is not None
            and not self._stop(following)
        ):
            return self.phrase(self.np_right(after + 1, skip_determiners=False))  # "25% more coal"
        if kind == "share" and self.iw.isa("share_nouns", nxt.lower):
            if following is not None and following.lower == "of":
                return self.phrase(self.np_right(after + 2))
            return self.phrase((after, after))
        if (
            kind == "money"
            and nxt.text[:1].islower()
            and not self._stop(nxt)
            and nxt.lower not in self.iw.verbs
            and not nxt.lower.endswith("ly")
            and not self.iw.isa("change_verbs", nxt.lower)
            and not self.iw.isa("time_nouns", nxt.lower)
        ):
            return self.phrase(self.np_right(after, skip_determiners=False))  # "$11 billion debt"
        if (
            kind == "money"
            and nxt.lower == "in"
            and following is not None
            and following.text[:1].islower()
            and not self._stop(following)
            and not self.iw.isa("anaphoric", following.lower)
            and not self.iw.isa("time_nouns", following.lower)
        ):
            return self.phrase(self.np_right(after + 1, skip_determiners=False))
        return None

    def _verb_item(self, before: int, after: int) -> Found | _Nothing | None:
        """The subject of a verb of change or amount before the figure (``exports jumped nearly
        32 percent``, ``trade came to just $34 million``, ``the number of wounded is
        approaching 1,000``, ``were worth``), the object of a placing verb (``put the
        casualties at several hundred``), the subject of the clause before ``, at $27.2
        million``, or after an opening participle (``Numbering 1.2 million, the armed forces``)."""
        chain = self._verb_chain(before)
        if chain is not None:
            nxt = self._word(after)
            verb = self.words[chain].lower
            if chain >= 1 and verb.endswith("ing") and not self._stop(self.words[chain - 1]):
                noun = self.phrase(self.np_left(chain - 1))
                if noun is not None:
                    return noun  # "Russian and North Korean soldiers numbering about 50,000"
            if chain == 0 and nxt is not None and nxt.text == ",":
                found = self.phrase(self.np_right(after + 1))
            else:
                subject = self.subject_before(chain)
                if subject is not None and self._action_noun(subject[1]):
                    return _NOTHING  # "the decision to send 3-4 brigades is worth $115 million"
                found = self.phrase(subject)
            if found is not None and self.iw.isa("anaphoric", found[0].split()[-1].lower()):
                return _NOTHING  # "the figure can slip to $800": it names nothing
            return found
        prev = self._word(before)
        if prev is None or prev.lower != "at":
            return None
        if before >= 1 and self.words[before - 1].text == ",":
            return self.phrase(self.subject(before - 1))
        return None

    def _placed_item(self, before: int) -> Found | None:
        """The object of a placing verb before ``at`` (``put the casualties at several
        hundred``, ``capping annual exports at 500,000 barrels``)."""
        prev = self._word(before)
        if prev is None or prev.lower != "at":
            return None
        start = self.clause_start(before)
        for k in range(before - 1, start - 1, -1):
            if self.iw.isa("placing_verbs", self.words[k].lower):
                obj = self.np_right(k + 1)
                if obj is not None and obj[1] < before:
                    return self.phrase(obj)
                break
        return None

    def _amount_before(self, kind: str, before: int) -> Found | None:
        """Money, shares and multipliers by what comes before them: ``monthly wage of $2,000``,
        ``crude petroleum worth $2 billion``, ``cars ($894 million)``, ``Iron $602 million``,
        ``Their average wage is thought to be about $800``."""
        prev = self._word(before)
        if prev is None:
            return None
        if prev.lower == "of" and before >= 2 and self._change_noun_at(before - 1):
            start = self.clause_start(before - 1)
            return self.phrase(self.subject_before(start - 1)) if start >= 2 else None
        if prev.lower == "of" and before >= 1:
            left = self.np_left(before - 1)
            if left is not None:
                head = self.words[left[1]].lower
                if head in self.iw.measure_heads or self.iw.isa("change_nouns", head):
                    return self.phrase(self.subject(left[0]))
                return self.phrase(left)
        if prev.lower in ("worth", "(", "at") and before >= 1:
            found = self.phrase(self.np_left(before - 1))
            if found or prev.lower != "at":
                return found
        if prev.lower in ("to", "by") and before >= 1 and kind == "share":
            w = self.words[before - 1]
            if not self._stop(w) and w.lower not in self.iw.verbs:
                return self.phrase(self.np_left(before - 1))
            return self.phrase(self.subject(before))
        if self._ends_link(before):
            # "Their average wage is thought to be", "he estimated their salary will be"
            link_start = before
            while link_start > 0 and (self.words[link_start].lower in self.iw.link_words):
                link_start -= 1
            found = self.phrase(self.subject(before))
            if found is None or self.words[self.clause_start(before)].lower in _PRONOUNS:
                found = self.phrase(self.np_left(link_start)) or found
            return found
        if prev.lower in ("from", "to") and kind == "money":
            # a change: "exports ... increased ... from $1.42 billion in 2017 to $7.4 billion"
            return self.phrase(self.subject(before))
        if (
            kind == "money"
            and prev.is_word
            and not self._stop(prev)
            and prev.lower not in self.iw.verbs
            and not prev.lower.endswith("ed")
        ):
            if self._present_verb(before):
                return None  # "Russia charges $50 per ton": a verb after its subject
            found = self.phrase(self.np_left(before))
            if found is not None and _is_party(found[0]):
                return None  # the recipient of a payment: "Russia has paid North Korea $20 billion"
            return found
        return None

    def per_for(
        self, d: ClaimDraft, item_end: int | None, prev_end: int, next_start: int
    ) -> str | None:
        """A rate given outside the span: a rate adjective on the noun the figure belongs to
        (``monthly wage of``), a rate phrase after the figure in its clause (``on an annual
        basis``), or an adverbial one before it with no other figure between (``every year``).
        ``prev_end``/``next_start`` bound the search at the neighbouring figures."""
        before = self.last_before(d.start)
        for w in self.words[max(0, before - 3) : before + 1]:
            if w.lower in self.iw.rate_adjectives:
                return self.iw.rate_adjectives[w.lower]
        if d.item:
            for token in d.item.split():
                if token.lower() in self.iw.rate_adjectives:
                    return self.iw.rate_adjectives[token.lower()]
        start = max(d.end, item_end or d.end)
        comma = self.text.find(",", start, next_start)
        m = self.iw.rate_phrase_re.search(self.text, start, comma if comma >= 0 else next_start)
        if m:
            return self.iw.rate_phrases[re.sub(r"\s+", " ", m.group(0).lower())]
        for m in self.iw.rate_phrase_re.finditer(self.text, prev_end, d.start):
            phrase = re.sub(r"\s+", " ", m.group(0).lower())
            if phrase.startswith(("every ", "each ", "on ")) or phrase in ("annually", "per annum"):
                return self.iw.rate_phrases[phrase]
        return None


def _is_party(phrase: str) -> bool:
    """Is the phrase a party's name (``North Korea``)? Imported late: actors reads items."""
    from nkclaims.actors import canonical_actor

    return canonical_actor(phrase) is not None


def kind_of(d: ClaimDraft) -> str:
    if d.unit == "count":
        return (
            "vague"
            if d.low is not None
            and d.high is not None
            and d.value in (None, d.low)
            and d.qualifier.value != "range"
            else "count"
        )
    if d.unit in ("percent", "percentage point"):
        return "share"
    if d.unit == "times":
        return "times"
    if len(d.unit) == 3 and d.unit.isupper():
        return "money"
    return "measure"
