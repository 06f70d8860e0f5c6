"""`nkclaims.resources.alternation`: the trie must match exactly what the flat list does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkclaims.resources import alternation


def flat(words: set[str]) -> str:
    """The reference: a flat alternation, longest word first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w])(?:{pattern})(?![\w])", text, flags)]


def test_trie_shape_and_longest_match() -> None:
    assert alternation(["ten", "tenfold", "two"]) == "t(?:en(?:fold)?|wo)"
    assert re.fullmatch(alternation(["a", "a few", "a few million"]), "a few million")
    assert re.match(alternation(["ten", "tenfold"]), "tenfold").group(0) == "tenfold"  # type: ignore[union-attr]


def test_metacharacters_are_literal() -> None:
    pattern = alternation(["$", "US$", "C$", "a.b", "(x)"])
    assert [m.group(0) for m in re.finditer(pattern, "US$ 5, C$, a.b, axb, (x)")] == [
        "US$",
        "C$",
        "a.b",
        "(x)",
    ]


def test_fold_case_merges_case_variants() -> None:
    assert alternation(["NIS", "nis", "Said"], fold_case=True) == "nis|said"
    assert alternation(["NIS", "nis"]) == "NIS|nis"


def test_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        alternation(["a", ""])


WORDS = st.sets(st.text(alphabet="abAB -.$", min_size=1, max_size=6), min_size=1, max_size=12)
TEXT = st.text(alphabet="abAB -.$x,\n", max_size=60)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_same_matches_as_flat_alternation(words: set[str], text: str) -> None:
    assert spans(alternation(words), text) == spans(flat(words), text)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_fold_case_same_matches_under_ignorecase(words: set[str], text: str) -> None:
    got = spans(alternation(words, fold_case=True), text, re.IGNORECASE)
    assert got == spans(flat(words), text, re.IGNORECASE)
