"""The public API: types, bad input, offsets, streaming, processes, a user's spaCy pipeline."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nkclaims
from nkclaims import Claim, Claims, Qualifier

from .conftest import read_article


def test_claim_is_frozen_and_documented() -> None:
    c = nkclaims.extract("Russia sent 5,000 tons of rice.")[0]
    with pytest.raises(ValueError):
        c.value = 1.0  # type: ignore[misc]
    schema = Claim.model_json_schema()
    for name in Claim.model_fields:
        assert schema["properties"][name].get("description"), name
    assert {q.value for q in Qualifier} == {
        "exact",
        "approximately",
        "at_least",
        "more_than",
        "at_most",
        "less_than",
        "range",
        "vague",
    }


@pytest.mark.parametrize("bad", [None, b"5 tons", 42, ["5 tons"], 3.5])
def test_non_str_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        nkclaims.extract(bad)  # type: ignore[arg-type]


def test_empty_string_gives_empty_claims() -> None:
    out = nkclaims.extract("")
    assert out == [] and isinstance(out, Claims)


def test_bad_published_raises_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="not a date"):
        nkclaims.extract("Russia sent 5 tons last week.", published="not a date")


def test_published_resolves_relative_dates() -> None:
    c = nkclaims.extract(
        "The NIS reported last week that 4,000 workers are in Russia.",
        published=dt.date(2024, 11, 1),
    )[0]
    assert c.date_text == "last week"
    assert c.date_start is not None and c.date_end is not None
    assert c.date_start < dt.date(2024, 11, 1) and c.date_end < dt.date(2024, 11, 1)


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02 5 tons \u202e 10 % 😀 ١٢٣",
        "שלום 5,000 חיילים",
        "1" * 200_000,
        "$5 and " * 2_000,
        "“" * 5_000 + " 5 tons",
        "he said " * 2_000,
        "5. " * 2_000,
        "\n" * 10_000 + "5 tons",
    ],
    ids=["control", "rtl", "digits", "dense-money", "quotes", "cues", "periods", "newlines"],
)
def test_hostile_input_never_raises(text: str) -> None:
    for c in nkclaims.extract(text):
        assert text[c.start : c.end] == c.text
        assert c.text in c.sentence


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gives_claims_whose_offsets_reproduce_it(text: str) -> None:
    for c in nkclaims.extract(text):
        assert text[c.start : c.end] == c.text
        assert c.text in c.sentence
        assert c.start < c.end


NUMBERISH = st.sampled_from(
    [
        "$2,000 a month",
        "10.000",
        "600,000 to 700,000 tons",
        "thousands",
        "at least 5",
        "30-40 percent",
        "between $320 million and $1.3 billion annually",
        "Oct. 28",
        "in 2022",
        "K9",
        "3-4",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(NUMBERISH, st.text(max_size=20)), max_size=12))
def test_offsets_hold_in_number_dense_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for c in nkclaims.extract(text):
        assert text[c.start : c.end] == c.text


def test_claims_are_in_text_order_with_sentence_indexes() -> None:
    text = read_article("001_6058a03b7cfd326a")
    claims = nkclaims.extract(text, doc_id="001")
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert all(c.doc_id == "001" for c in claims)
    assert [c.sentence_index for c in claims] == sorted(c.sentence_index for c in claims)


def test_extract_many_streams_in_order_with_ids() -> None:
    docs = [("a", "Russia sent 5 tons."), ("b", ""), ("c", "About 4,000 workers, the NIS said.")]
    results = list(nkclaims.extract_many(docs))
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert [len(r) for r in results] == [1, 0, 1]


def test_extract_many_accepts_a_generator_lazily() -> None:
    seen: list[int] = []

    def gen():  # type: ignore[no-untyped-def]
        for i in range(3):
            seen.append(i)
            yield f"Russia sent {i + 1} tons."

    it = nkclaims.extract_many(gen())
    first = next(it)
    assert first[0].value == 1.0 and seen == [0]


def test_a_users_spacy_pipeline_can_be_plugged_in() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = read_article("003_4562ce3b92ba1bea")
    mine = nkclaims.extract(text, nlp=nlp)
    default = nkclaims.extract(text)
    assert nlp.pipe_names[0] == "nkclaims_sentences"
    assert "sentencizer" in nlp.pipe_names
    assert [c.model_dump() for c in mine] == [c.model_dump() for c in default]


def test_too_long_for_a_users_pipeline_is_a_typed_error() -> None:
    nlp = spacy.blank("en")
    nlp.max_length = 100
    with pytest.raises(nkclaims.InputTooLongError):
        nkclaims.extract("Russia sent 5 tons. " * 10, nlp=nlp)


def test_json_round_trip() -> None:
    c = nkclaims.extract("Russia sent between 20.000 to 50.000 workers.")[0]
    back = Claim.model_validate_json(c.model_dump_json())
    assert back == c
    assert json.loads(c.model_dump_json())["qualifier"] == "range"
