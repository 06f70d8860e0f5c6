"""What a figure counts, measures or pays: the item (CLAIMS.md section 1), and a rate's ``per``
when the text gives it outside the figure's span.

Without a tagger, a noun phrase is a run of words that are not in the stop list of
``items.json``. The rules, by the kind of figure:

- counts: the phrase right after the figure (``10,000 containers``), keeping an
  ``of`` phrase after a counting noun (``3 million rounds of artillery shells``);
  an empty one (``another 1,000 to Qatar``) takes the item of the sentence's
  previous count;
- measures and vague magnitudes: the phrase after ``of`` (``700,000 tons of rice``,
  ``thousands of soldiers``);
- money, shares and multipliers: ``of`` after the figure (``$10 billion of North
  Korean debt``), else the noun it is linked to before it: ``monthly wage of $2,000``,
  ``crude petroleum worth $2 billion``, ``cars ($894 million)``, ``Iron $602 million``,
  or the clause subject across a linking verb (``Their average wage is thought to be
  about $800``). A rate or share noun (``an annual rate of 39.5 percent``) defers to
  the clause subject (``South Korean exports``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.extensions import ClaimDraft, drafts_of, text_of, tokens_of
from nkclaims.resources import load_json, word_set

_MAX_CLAUSE_WORDS = 60  # clause searches look this far at most, so long sentences stay linear
_CLAUSE_WORDS = word_set("clause_words")


class Word(NamedTuple):
    """A word of a sentence: hyphenated pieces joined (``Russian-occupied``), offsets into the text.

    A tuple rather than a dataclass: a document has hundreds of thousands of words and
    building them is on the hot path."""

    text: str
    start: int
    end: int
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(frozen=True)
class _ItemWords:
    stops: frozenset[str]
    counters: frozenset[str]
    people: frozenset[str]
    determiners: frozenset[str]
    verbs: frozenset[str]
    measure_heads: frozenset[str]
    rate_adjectives: dict[str, str]
    rate_phrases: dict[str, str]
    rate_phrase_re: re.Pattern[str]
    link_words: frozenset[str]
    link_phrases: tuple[str, ...]


@cache
def item_words() -> _ItemWords:
    d = load_json("items.json")
    phrases: dict[str, str] = d["rate_phrases"]
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return _ItemWords(
        stops=frozenset(w.lower() for w in d["stops"]),
        counters=frozenset(d["counters"]),
        people=frozenset(d["people"]),
        determiners=frozenset(d["determiners"]),
        verbs=frozenset(d["verbs"]),
        measure_heads=frozenset(d["measure_heads"]),
        rate_adjectives=d["rate_adjectives"],
        rate_phrases=phrases,
        rate_phrase_re=re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE),
        link_words=frozenset(
            w
            for phrase in d["link_verbs"]
            for w in phrase.split()
            if w not in ("of", "at", "worth")
        )
        | {"will", "would", "could", "may", "might", "also", "actually", "now", "still"},
        link_phrases=tuple(p for p in d["link_verbs"] if p not in ("of", "at", "worth")),
    )


def is_stop_word(word: str) -> bool:
    """True for a word that cannot belong to a noun phrase (function words, common verbs)."""
    return word.lower() in item_words().stops


def is_people_noun(word: str) -> bool:
    """True for a noun naming people (soldiers, workers): their nationality names the actor."""
    return word.lower() in item_words().people


def head_noun(phrase: str) -> str:
    """The head of an item: the last word before a preposition (``rounds of shells`` -> rounds)."""
    words = phrase.split()
    kept: list[str] = []
    for w in words:
        if (
            w.lower() in ("of", "to", "in", "for", "from", "with", "by", "on", "at", "such")
            and kept
        ):
            break
        kept.append(w)
    kept = [w.strip(".,;:()\"'“”’‘") for w in kept]
    kept = [w for w in kept if w]
    return kept[-1].lower() if kept else ""


def sentence_words(doc: Doc, start: int, end: int) -> list[Word]:
    """The words of the text's ``[start:end]`` from spaCy's tokens, hyphenated pieces joined
    (built once per sentence and shared by the stages that read words)."""
    cache: dict[tuple[int, int], list[Word]] | None = doc._.nk_words
    if cache is None:
        cache = doc._.nk_words = {}
    found = cache.get((start, end))
    if found is None:
        found = cache[(start, end)] = _words(doc, start, end)
    return found


_HYPHENS = ("-", "\u2010", "\u2011")


def _words(doc: Doc, start: int, end: int) -> list[Word]:
    table = tokens_of(doc)
    text = table.text
    first = bisect.bisect_right(table.ends, start)
    last = bisect.bisect_left(table.starts, end)
    out: list[Word] = []
    for s, e in zip(table.starts[first:last], table.ends[first:last], strict=True):
        word = text[s:e]
        if word.isspace():
            continue
        if out:
            prev = out[-1]
            if (
                prev.end == s
                and (word in _HYPHENS or prev.text.endswith(_HYPHENS))
                and prev.text[:1].isalnum()
            ):
                joined = text[prev.start : e]
                out[-1] = Word(joined, prev.start, e, joined.lower())
                continue
        out.append(Word(word, s, e, word.lower()))
    return out


class ItemFinder:
    """Finds the item of each figure of one sentence."""

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

    # -- the rules ----------------------------------------------------------------------
    def item_for(self, d: ClaimDraft) -> tuple[str, int, int] | None:
        after = self.first_after(d.end)
        before = self.last_before(d.start)
        nxt = self.words[after] if after < len(self.words) else None
        prev = self.words[before] if before >= 0 else None
        kind = _kind(d)
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


def _kind(d: ClaimDraft) -> str:
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


@Language.component("nkclaims_items")
def items_component(doc: Doc) -> Doc:
    """Fill ``item`` (and ``per`` when the rate sits outside the span) for every figure."""
    text = text_of(doc)
    sentences = doc._.nk_sentences or [(0, len(text))]
    finders: dict[int, ItemFinder] = {}
    last_item: dict[tuple[int, str], tuple[str, int, int]] = {}
    drafts = drafts_of(doc)
    for k, d in enumerate(drafts):
        s, e = sentences[d.sentence_index]
        finder = finders.get(d.sentence_index)
        if finder is None:
            finder = finders[d.sentence_index] = ItemFinder(text, sentence_words(doc, s, e))
        found = finder.item_for(d)
        kind = _kind(d)
        # Ellipsis: "700 engineering troops ... and another 1,000 to Qatar", "about 1 million
        # tons short" after "4 million tons of grains": the sentence's last item of that unit.
        key = (d.sentence_index, d.unit)
        if found is None and kind in ("count", "vague", "measure"):
            found = last_item.get(key)
        if found is not None:
            d.item, d.item_start, d.item_end = found
            if kind in ("count", "vague", "measure"):
                last_item[key] = found
        if d.per is None:
            prev_end = s
            if k > 0 and drafts[k - 1].sentence_index == d.sentence_index:
                prev_end = drafts[k - 1].end
            next_start = e
            if k + 1 < len(drafts) and drafts[k + 1].sentence_index == d.sentence_index:
                next_start = drafts[k + 1].start
            d.per = finder.per_for(d, d.item_end, prev_end, next_start)
    return doc


extensions.register()
