"""The words of a sentence as the item stage reads them, and its word classes (``items.json``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc

from nkclaims.extensions import tokens_of
from nkclaims.resources import load_json


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
    classes: dict[str, frozenset[str]]

    def isa(self, cls: str, word: str) -> bool:
        """Is ``word`` (lower case) in the word class ``cls`` of ``items.json``'s ``classes``?"""
        return word in self.classes[cls]


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
        classes={k: frozenset(w.lower() for w in v) for k, v in d["classes"].items()}
        | {"number_words": _number_words()},
    )


def _number_words() -> frozenset[str]:
    """Number words from ``numbers.json`` (``three``, ``forty``, ``hundred``, ``million``)."""
    n = load_json("numbers.json")
    return frozenset(
        w.lower() for key in ("units", "tens", "hundred", "scales", "dozen") for w in n[key]
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
