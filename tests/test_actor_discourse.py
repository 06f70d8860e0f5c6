"""The actor's discourse fallback (nkclaims.actors.discourse): figures whose sentence
names no party."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nkclaims
from nkclaims.actors.discourse import dominant

from .conftest import claim_by_text


def actor_of(text: str, figure: str, nth: int = 0) -> str | None:
    return claim_by_text(nkclaims.extract(text), figure, nth).actor


def test_the_same_item_head_elsewhere_in_the_document_decides() -> None:
    text = (
        "Russia shipped 5,000 tons of wheat to North Korea in May.\n\n"
        "North Korea exported 300 tons of coal, officials said.\n\n"
        "A further 2,000 tons of wheat arrived in June."
    )
    assert actor_of(text, "2,000 tons") == "Russia"


def test_the_previous_figure_in_the_paragraph_carries() -> None:
    text = (
        "About 4,000 North Korean workers are in Russia, the agency said. "
        "Their average wage is thought to be about $800 a month."
    )
    assert actor_of(text, "about $800 a month") == "North Korea"


def test_the_documents_main_party_fills_a_sentence_without_one() -> None:
    text = (
        "North Korea has sent 10,000 troops to Russia, Seoul says.\n\n"
        "About 1,200 of them have been wounded, an official told reporters."
    )
    assert actor_of(text, "About 1,200") == "North Korea"


def test_no_party_anywhere_gives_none() -> None:
    assert actor_of("The ship was 105 meters long.", "105 meters") is None


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({}, None),
        ({"Russia": 2}, "Russia"),
        ({"Russia": 2, "North Korea": 3}, "North Korea"),
        ({"Russia": 2, "North Korea": 2}, None),
    ],
)
def test_dominant(counts: dict[str, int], expected: str | None) -> None:
    assert dominant(Counter(counts)) == expected


@given(st.lists(st.sampled_from(["A", "B", "C"]), max_size=30))
def test_dominant_is_a_strict_mode(names: list[str]) -> None:
    counts = Counter(names)
    top = dominant(counts)
    if top is not None:
        assert all(counts[top] > v for k, v in counts.items() if k != top)
    else:
        assert not names or sorted(counts.values())[-1] == sorted(counts.values())[-2]
