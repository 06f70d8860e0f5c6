"""Source naming across the document: a speaker phrase resolves to the fullest name the
document gives (CLAIMS.md section 5), even when the fuller name comes later, as in a
headline or deck written above the body that introduces the person with a title."""

from __future__ import annotations

import pytest

import nkclaims

from .conftest import claim_by_text

FORWARD = [
    # a deck's role phrase before the body's "Title Given Surname"
    (
        "Two-way trade fell to just $41 mln last year, said the Russian presidential aide\n\n"
        "MOSCOW, May 2. The trade dropped sharply because of sanctions, Presidential Aide "
        "Yuri Ushakov said Tuesday.\n",
        "$41 mln",
        "Yuri Ushakov",
    ),
    # a headline surname before the body's full name after a long title
    (
        "Kyiv holds three North Korean prisoners, Zelensky says\n\n"
        "Three wounded soldiers were brought to Kyiv, Ukrainian President Volodymyr "
        "Zelensky said on Sunday.\n",
        "three",
        "Volodymyr Zelensky",
    ),
    # a role label after a headline colon, the minister named below with country and title
    (
        "North sent 4 mln shells to Russia: S. Korean minister\n\n"
        "SEOUL, Aug. 2 (Yonhap) -- The shipments went by sea, South Korean Defense "
        "Minister Shin Won-sik told reporters.\n",
        "4 mln",
        "Shin Won-sik",
    ),
    # a title of five capitalised words before the name
    (
        "Deputy Chief of the General Staff Lt. Gen. Kim Myung-soo said 1,500 troops had arrived.\n",
        "1,500",
        "Kim Myung-soo",
    ),
]


@pytest.mark.parametrize(("text", "figure", "source"), FORWARD)
def test_a_speaker_phrase_takes_the_fullest_name_in_the_document(
    text: str, figure: str, source: str
) -> None:
    assert claim_by_text(nkclaims.extract(text), figure).source == source


def test_a_run_of_capitalised_heading_words_is_not_a_person() -> None:
    text = (
        "North Korean Troops Enter Kursk Region In Large Numbers\n\n"
        "About 3,000 soldiers arrived, the ministry said.\n"
    )
    claim = claim_by_text(nkclaims.extract(text), "About 3,000")
    assert claim.source == "ministry"


DESCRIBED = [
    # a definite common noun names the party introduced with it before its name
    (
        "Under the offer of the tour operator Vostok Intour, a tour costs $750. “Four lifts"
        " serve the resort,” the operator says.",
        "Four",
        "Vostok Intour",
    ),
    (
        "The shipping company Sovfracht chartered the vessel. The company said 12 voyages"
        " were made.",
        "12",
        "Sovfracht",
    ),
    # no such noun before a name: the phrase stays
    ("“There were 12 voyages,” the operator said.", "12", "operator"),
]


@pytest.mark.parametrize(("text", "figure", "source"), DESCRIBED)
def test_a_definite_noun_names_the_party_it_described(text: str, figure: str, source: str) -> None:
    assert claim_by_text(nkclaims.extract(text), figure).source == source
