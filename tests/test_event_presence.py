"""Events the cue verbs alone miss: people present abroad are ``deployed`` (R27), a figure
ending a list takes the list's cue, casualty nouns count people
(nkclaims.events.presence)."""

from __future__ import annotations

import pytest

import nkclaims

from .conftest import claim_by_text

TABLE = [
    (
        "The number of North Korean military personnel in Russia is projected to reach 5,000.",
        "5,000",
        "deployed",
        "Russia",
    ),
    (
        "The total count of North Korean service members in Russia might be 11,000.",
        "11,000",
        "deployed",
        "Russia",
    ),
    (
        "Some 1,000 North Korean sappers are now inside Kursk.",
        "Some 1,000",
        "deployed",
        "Russia",
    ),
    # at home, or with no party, there is no deployment: an inventory
    ("North Korea has 1.2 million troops.", "1.2 million", None, None),
]


@pytest.mark.parametrize(("text", "figure", "event", "counterparty"), TABLE)
def test_people_present_abroad(
    text: str, figure: str, event: str | None, counterparty: str | None
) -> None:
    c = claim_by_text(nkclaims.extract(text), figure)
    assert (c.event, c.counterparty) == (event, counterparty)


LISTS = [
    # a figure ending a list after a comma takes the cue that governs the list
    (
        "North Korea is believed to have been supplying Russia with missiles, rockets and"
        " millions of artillery shells.",
        "millions",
        "shipped",
    ),
    ("Russia sent rice, wheat and 50,000 tons of flour to the North.", "50,000 tons", "shipped"),
    # a cue of its own in the list keeps its own event
    ("Officials said 3,000 died, and 500 were wounded.", "500", "wounded"),
]


@pytest.mark.parametrize(("text", "figure", "event"), LISTS)
def test_a_figure_ending_a_list_takes_the_lists_cue(text: str, figure: str, event: str) -> None:
    assert claim_by_text(nkclaims.extract(text), figure).event == event


def test_a_death_toll_counts_people_killed() -> None:
    assert claim_by_text(nkclaims.extract("The death toll rose to 300."), "300").event == "killed"


EARNINGS = [
    # what people earn is their pay (R28); a party's earnings stay earned
    ("North Korean laborers earn about $800 a month.", "about $800 a month", "paid"),
    ("Mercenaries fighting for Russia can earn $2,000 per month.", "$2,000 per month", "paid"),
    ("The country earned $500 million from arms sales.", "$500 million", "earned"),
]


@pytest.mark.parametrize(("text", "figure", "event"), EARNINGS)
def test_what_people_earn_is_their_pay(text: str, figure: str, event: str) -> None:
    assert claim_by_text(nkclaims.extract(text), figure).event == event


def test_a_weapon_noun_in_the_plural_after_a_calibre_number_is_counted() -> None:
    claims = nkclaims.extract("North Korea fired 30 artillery shells into the sea.")
    assert [(c.text, c.event) for c in claims] == [("30", "fired")]


def test_then_ends_the_clause_a_counterparty_is_read_in() -> None:
    text = (
        "Given that mercenaries fighting for Russia earn $2,000 per month then the lower pay"
        " for the North Koreans stands out."
    )
    c = claim_by_text(nkclaims.extract(text), "$2,000 per month")
    assert (c.event, c.actor, c.counterparty) == ("paid", "Russia", None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 2,000 soldiers have been brought back to North Korea.", "Some 2,000"),
        ("About 1,500 troops are being trained in eastern Russia.", "About 1,500"),
        ("Around 3,000 workers returned home.", "Around 3,000"),
    ],
)
def test_people_brought_home_or_training_are_deployed(text: str, figure: str) -> None:
    # R27: units training ahead of deployment and people brought back home are deployed
    assert claim_by_text(nkclaims.extract(text), figure).event == "deployed"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("North Korea pockets $500 million a year.", "$500 million a year", "earned"),
        ("Engineers rebuilt 18 bridges.", "18", "produced"),  # R35: rebuilt structures
        ("The train brings 30 wagons to Rajin.", "30", None),  # bringing is no earning
    ],
)
def test_earning_and_rebuilding_verbs(text: str, figure: str, event: str | None) -> None:
    assert claim_by_text(nkclaims.extract(text), figure).event == event
