"""Item stage: what each figure counts, measured on real phrases and new sentences."""

from __future__ import annotations

import pytest

import nkclaims
from nkclaims.models import Claim

from .conftest import claim_by_text


def one(text: str, figure: str, nth: int = 0) -> Claim:
    return claim_by_text(nkclaims.extract(text), figure, nth)


# (sentence, figure text, expected item)
ITEMS = [
    # a partitive names what it is part of, never "of"
    ("About 3,000 of the 11,000 troops were killed.", "About 3,000", "troops"),
    ("North Korea sent 3,000 more troops to Russia.", "3,000", "troops"),
    # the recipient of a payment is not what is paid
    ("Russia has paid North Korea an estimated $20 billion.", "an estimated $20 billion", None),
    (
        "The NIS said each soldier would be paid a monthly wage of around $2,000.",
        "around $2,000",
        "monthly wage",
    ),
    (
        "At least 10,000 North Korean soldiers are believed to be headed for Ukraine.",
        "At least 10,000",
        "North Korean soldiers",
    ),
    (
        "If Russia is offering 600,000 to 700,000 tons of rice, that is enough.",
        "600,000 to 700,000 tons",
        "rice",
    ),
    (
        "Their average wage is thought to be about $800 a month.",
        "about $800 a month",
        "average wage",
    ),
    (
        "Moscow lost over 2,400 pieces of specialized equipment, and more.",
        "over 2,400",
        "pieces of specialized equipment",
    ),
    (
        "It could accommodate more than 3 million rounds of 152mm artillery shells.",
        "more than 3 million",
        "rounds of 152mm artillery shells",
    ),
    (
        "North Korea is believed to have dispatched thousands of soldiers to Russia.",
        "thousands",
        "soldiers",
    ),
    (
        "Russia forgave $10 billion of North Korean debt in 2012.",
        "$10 billion",
        "North Korean debt",
    ),
    (
        "Its main products exported were cars ($894 million), Iron $602 million, and parts.",
        "$894 million",
        "cars",
    ),
    (
        "Its main products exported were cars ($894 million), Iron $602 million, and parts.",
        "$602 million",
        "Iron",
    ),
    ("Exports included crude petroleum worth $2 billion.", "$2 billion", "crude petroleum"),
    ("In 2022, South Korea exported $7.48 billion to Russia.", "$7.48 billion", None),
    (
        "This would amount to 30-40 percent of its existing military engineering capabilities.",
        "30-40 percent",
        "existing military engineering capabilities",
    ),
    ("Factories are currently reducing operating capacity to 30%.", "30%", "operating capacity"),
    (
        "South Korean exports to Russia increased at an annual rate of 39.5 percent.",
        "39.5 percent",
        "South Korean exports",
    ),
    # ellipsis: the second figure reuses the first figure's item
    (
        "Pyongyang sent 700 engineering troops to Kuwait, and another 1,000 to Qatar.",
        "1,000",
        "engineering troops",
    ),
    # constructed: same rules, new words
    ("Iran delivered 1,500 drones to Russia last year.", "1,500", "drones"),
    ("Moscow shipped 20,000 barrels of oil to Pyongyang.", "20,000 barrels", "oil"),
    ("The average salary was estimated at $450 a month.", "$450 a month", "average salary"),
]


@pytest.mark.parametrize(("sentence", "figure", "item"), ITEMS)
def test_items(sentence: str, figure: str, item: str | None) -> None:
    assert one(sentence, figure).item == item


def test_issue_example_on_the_real_article(extracted: dict[str, list[Claim]]) -> None:
    c = extracted["000_72dce47520b3db1e"][4]
    assert (c.text, c.value, c.unit, c.per, c.item, c.actor, c.source) == (
        "around $2,000",
        2000.0,
        "USD",
        "month",
        "monthly wage",
        "North Korea",
        "National Intelligence Service",
    )
