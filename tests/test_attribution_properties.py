"""Properties of the attribution and hedge stages on generated text: any mix of cue
words, names, quotation marks and figures gives claims (never an exception), and
``source_cue`` / ``hedge_cue`` are always text as written in the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import nkclaims

PIECES = [
    "said",
    "told",
    "according to",
    "the",
    "NIS",
    "Kim",
    "Won-sik",
    ",",
    ".",
    ":",
    "“",
    "”",
    '"',
    "3,000",
    "troops",
    "he",
    "it",
    "they",
    "quoted",
    "as saying",
    "citing",
    "report",
    "by",
    "from",
    "data",
    "show",
    "\n",
    "KIRBY:",
    "'s",
    "’s",
    "of",
    "Ministry",
    "Russia",
    "South Korea's",
    "reportedly",
    "could not be verified",
    "estimates",
    "The",
    "a",
    "official",
    "(",
    ")",
    "$2 billion",
    "Mr.",
    "said Monday",
    "in a statement",
    "38 North",
    "and",
    "that",
    "who",
    "which",
    "Kyiv claimed",
    "officials estimate",
    "Ukraine's",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40))
def test_cues_are_text_as_written(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for c in nkclaims.extract(text):
        if c.source_cue is not None:
            assert c.source_cue in text
        if c.hedge_cue is not None:
            assert c.hedge_cue in text
        assert c.hedged is (c.hedge_cue is not None)
