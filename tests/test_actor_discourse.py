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


# R7: a destination is a recipient, not a party the document's figures belong to;
# the fallback counts the senders.
DESTINATIONS: list[tuple[str, str, str | None]] = [
    (
        "China sent fertiliser to North Korea in April.\n\n"
        "Customs data show 8,000 tonnes went in May.\n\n"
        "Trucks carried the sacks to North Korea via Dandong.",
        "8,000 tonnes",
        "China",
    ),
    (
        "Russia has kept shipping refined oil to the North.\n\n"
        "The heaviest month saw 30,000 barrels leave port.\n\n"
        "Tankers then sailed on to the North.",
        "30,000 barrels",
        "Russia",
    ),
    (
        "Iran delivered drones to Russia last year.\n\n"
        "By December the tally had reached 2,000.\n\n"
        "Most were flown into Russia by cargo plane.",
        "2,000",
        "Iran",
    ),
    (
        "Belarus exported potash to China through the spring.\n\n"
        "Some 120,000 tonnes moved by rail, traders said.\n\n"
        "More trains headed toward China in June.",
        "Some 120,000 tonnes",
        "Belarus",
    ),
    # a party that is only ever a destination is still nobody's actor by default
    (
        "Freight trains kept rolling to North Korea.\n\nAbout 40 wagons crossed on Monday.",
        "About 40",
        None,
    ),
]


@pytest.mark.parametrize(("text", "figure", "actor"), DESTINATIONS)
def test_a_destination_is_not_the_documents_party(
    text: str, figure: str, actor: str | None
) -> None:
    assert actor_of(text, figure) == actor


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
