"""Memory per claim is bounded: shared, capped sentences with their offsets in the input."""

from __future__ import annotations

import io

import nkclaims
from nkclaims.results import write_csv, write_jsonl
from nkclaims.sentences import MAX_SENTENCE_CHARS


def test_sentence_offsets_index_the_input() -> None:
    text = "Intro line\nNorth Korea sent 10,000 troops. Russia paid $200 million."
    claims = nkclaims.extract(text)
    assert [(c.text, c.sentence_start, c.sentence_end) for c in claims] == [
        ("10,000", 11, 42),
        ("$200 million", 43, 68),
    ]
    for c in claims:
        assert c.sentence_start is not None and c.sentence_end is not None
        assert text[c.sentence_start : c.sentence_end] == c.sentence


def test_claims_of_one_sentence_share_one_string() -> None:
    claims = nkclaims.extract("Exports were 1,234, 5,678 and 9,012 tons. Imports were 77 tons.")
    assert [c.sentence_index for c in claims] == [0, 0, 0, 1]
    assert claims[0].sentence is claims[1].sentence is claims[2].sentence
    assert claims[3].sentence == "Imports were 77 tons."


def test_dense_figures_give_capped_sentences_and_proportional_exports() -> None:
    text = "1,234,567 " * 10_000  # 100 KB: the JSONL was 1.0 GB, every line a 100 KB sentence
    claims = nkclaims.extract(text)
    assert len(claims) == 10_000
    assert all(len(c.sentence) <= MAX_SENTENCE_CHARS for c in claims)
    assert all(c.value == 1234567.0 for c in claims)
    assert len({id(c.sentence) for c in claims}) == len({c.sentence_index for c in claims})
    jsonl, csv = io.StringIO(), io.StringIO()
    write_jsonl(claims, jsonl)
    write_csv(claims, csv)
    for out in (jsonl, csv):
        per_claim = len(out.getvalue()) / len(claims)
        assert per_claim < MAX_SENTENCE_CHARS + 600
