"""The item rules, by the kind of figure (see the package docstring)."""

from __future__ import annotations

import re

from nkclaims.extensions import ClaimDraft
from nkclaims.items.phrases import NounPhrases


class ItemFinder(NounPhrases):
    """Finds the item of each figure of one sentence."""

    # -- the rules ----------------------------------------------------------------------
    def item_for(self, d: ClaimDraft) -> tuple[str, int, int] | None:
        after = self.first_after(d.end)
        before = self.last_before(d.start)
        nxt = self.words[after] if after < len(self.words) else None
        prev = self.words[before] if before >= 0 else None
        kind = kind_of(d)
        if kind in ("measure", "vague"):
            if nxt is not None and nxt.lower == "of":
                return self.phrase(self.np_right(after + 1))
            if kind == "vague" and d.unit == "count":
                return self.phrase(self.np_right(after, skip_determiners=False))
            return None
        if kind == "count":
            if nxt is not None and nxt.lower == "of":
                # a partitive: "About 3,000 of the 11,000 troops" -> troops, never "of"
                k = self._skip_determiners(after + 1)
                while k < len(self.words) and self.words[k].text[:1].isdigit():
                    k += 1
                return self.phrase(self.np_right(k, skip_determiners=False))
            if nxt is not None and nxt.lower in ("more", "fewer", "extra", "additional"):
                found = self.phrase(self.np_right(after + 1, skip_determiners=False))
                if found is not None:
                    return found  # "3,000 more troops"
            return self.phrase(self.np_right(after, skip_determiners=False))
        # money, shares, multipliers
        if nxt is not None and nxt.lower == "of":
            found = self.phrase(self.np_right(after + 1))
            if found:
                return found
        if (
            nxt is not None
            and nxt.lower == "worth"
            and after + 1 < len(self.words)
            and self.words[after + 1].lower == "of"
        ):
            return self.phrase(self.np_right(after + 2))
        if prev is None:
            return None
        if prev.lower == "of" and before >= 1:
            left = self.np_left(before - 1)
            if left is not None:
                head = self.words[left[1]].lower
                if head in self.iw.measure_heads:
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
            if found is None or self.words[self.clause_start(before)].lower in (
                "he",
                "she",
                "they",
                "it",
                "we",
                "i",
                "you",
            ):
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
            found = self.phrase(self.np_left(before))
            if found is not None and _is_party(found[0]):
                return None  # the recipient of a payment: "Russia has paid North Korea $20 billion"
            return found
        return None

    def _ends_link(self, i: int) -> bool:
        """Do the words ending at ``i`` form a linking verb chain (is thought to be, amounted to)?"""
        tail = " ".join(w.lower for w in self.words[max(0, i - 4) : i + 1])
        return any(tail == link or tail.endswith(" " + link) for link in self.iw.link_phrases)

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
