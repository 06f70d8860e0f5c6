"""Items, actors, sources and hedges on real phrases from the articles (and constructed
sentences that exercise the same rules on text the gold set has never seen)."""

from __future__ import annotations

import pytest

import nkclaims
from nkclaims.models import Claim

from .conftest import claim_by_text


def one(text: str, figure: str, nth: int = 0) -> Claim:
    return claim_by_text(nkclaims.extract(text), figure, nth)


# (sentence, figure text, expected item)
ITEMS = [
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


# (sentence, figure text, expected actor)
ACTORS = [
    (
        "At least 10,000 North Korean soldiers are believed to be headed for Ukraine.",
        "At least 10,000",
        "North Korea",
    ),
    (
        "The lawmaker said Russia had sent North Korea 50,000 to 100,000 tons of rice at a time.",
        "50,000 to 100,000 tons",
        "Russia",
    ),
    (
        "Pyongyang had sent more than 1,000 containers of military equipment to Moscow.",
        "more than 1,000",
        "North Korea",
    ),
    (
        "Mao's deployment of over 200,000 Chinese volunteers across the Yalu River.",
        "over 200,000",
        "China",
    ),
    ("A reported 15,000 Nepalese have been recruited by Putin.", "15,000", "Nepal"),
    ("In 2022, South Korea exported $7.48 billion to Russia.", "$7.48 billion", "South Korea"),
    # a pronoun subject points back to the subject before its clause
    (
        "North Korea has announced that it is sending 3-4 units to occupied areas of Ukraine.",
        "3-4",
        "North Korea",
    ),
    # coordination: "to Kuwait and the UAE" are both recipients
    (
        "North Korea sent 700 troops to Kuwait and the United Arab Emirates, and another 1,000 to Qatar.",
        "1,000",
        "North Korea",
    ),
    # a demonym describing a speaker is not the figure's party
    (
        "Senior South Korean researcher Cho Han-beom said North Korean troops will earn $800 a month.",
        "$800 a month",
        "North Korea",
    ),
    # passive with an origin: "from X"
    (
        "As many as 10,000 shipping containers were sent to Russia from North Korea.",
        "As many as 10,000",
        "North Korea",
    ),
    # leaders act for their country
    ("Putin has recruited as many as 40 different countries' fighters.", "as many as 40", "Russia"),
]


@pytest.mark.parametrize(("sentence", "figure", "actor"), ACTORS)
def test_actors(sentence: str, figure: str, actor: str) -> None:
    assert one(sentence, figure).actor == actor


def test_actor_carries_to_a_pronoun_sentence_in_the_paragraph() -> None:
    text = (
        "In addition to troops, about 4,000 North Korean workers are currently in Russia, "
        "according to the NIS. Their average wage is thought to be about $800 a month."
    )
    assert one(text, "about $800 a month").actor == "North Korea"


SOURCES = [
    # according to X, by its canonical name
    (
        "About 4,000 North Korean workers are in Russia, according to the NIS.",
        "About 4,000",
        "National Intelligence Service",
    ),
    (
        "Pyongyang has reportedly shipped about 10.000 containers to Russia according to the US State Department",
        "about 10.000",
        "US State Department",
    ),
    # a government through its capital is the country
    (
        "The assessment followed Washington’s revelation that Pyongyang had sent more than 1,000 containers.",
        "more than 1,000",
        "United States",
    ),
    # an unnamed source keeps a short phrase
    (
        "North Korea has dispatched thousands of soldiers, according to South Korean intelligence and military officials.",
        "thousands",
        "South Korean intelligence and military officials",
    ),
    # titles stripped; "who said"
    (
        "This was reflected in a statement by South Korean Defense Minister Shin Won-sik who said as many as 10,000 shipping containers were sent.",
        "as many as 10,000",
        "Shin Won-sik",
    ),
    # analysis by X, with an appositive
    (
        "A recent analysis by Lim Soo-ho, a South Korean expert at a think tank, estimated that North Korea could receive between $320 million and $1.3 billion annually.",
        "between $320 million and $1.3 billion annually",
        "Lim Soo-ho",
    ),
    # the verb cue closes the sentence
    (
        "At least 10,000 soldiers are headed for Ukraine, the spokesman said.",
        "At least 10,000",
        "spokesman",
    ),
    # no cue: the article's own voice
    ("North Korea sent 3 million rounds of ammunition.", "3 million", None),
]


@pytest.mark.parametrize(("sentence", "figure", "source"), SOURCES)
def test_sources(sentence: str, figure: str, source: str | None) -> None:
    assert one(sentence, figure).source == source


def test_source_aliases_resolve_to_the_fullest_name() -> None:
    text = (
        "Rep. Wi Sung-lac, who was Seoul’s ambassador to Russia, spoke to reporters.\n"
        "At least 10,000 soldiers are believed to be headed for Ukraine, the lawmaker said.\n"
        "Wi said North Korea produces around 4 million tons of grain.\n"
    )
    claims = nkclaims.extract(text)
    assert claim_by_text(claims, "At least 10,000").source == "Wi Sung-lac"
    # nesting: "Wi said X produces ..." is Wi's unless an inner party states it
    assert claim_by_text(claims, "around 4 million tons").source == "Wi Sung-lac"


def test_nested_attribution_takes_the_innermost_party() -> None:
    text = (
        "Wi said every year on average, North Korea produces around 4 million tons of grain, "
        "according to its own announcement."
    )
    c = one(text, "around 4 million tons")
    assert (c.source, c.actor, c.per) == ("North Korea", "North Korea", "year")


def test_quotation_then_he_said_names_the_last_speaker() -> None:
    text = (
        "Troy Stangarone, senior director at the Korea Economic Institute, spoke at the forum.\n"
        "“So they made 8 million shells last year,” he said. “They will sell 2 million more.”"
    )
    claims = nkclaims.extract(text)
    assert claim_by_text(claims, "8 million").source == "Troy Stangarone"
    # a following quotation with no cue continues the same speaker
    assert claim_by_text(claims, "2 million").source == "Troy Stangarone"


def test_continuation_rule_needs_a_pointing_back_word_in_the_same_paragraph() -> None:
    attributed = "About 4,000 workers are in Russia, according to the NIS."
    back = attributed + " Their wage is about $800 a month."
    not_back = attributed + " Workers earn about $800 a month."
    other_para = attributed + "\nTheir wage is about $800 a month."
    assert one(back, "about $800 a month").source == "National Intelligence Service"
    assert one(not_back, "about $800 a month").source is None
    assert one(other_para, "about $800 a month").source is None


HEDGES = [
    (
        "At least 10,000 North Korean soldiers are believed to be headed for Ukraine.",
        "At least 10,000",
        True,
    ),
    ("Pyongyang has reportedly shipped about 10.000 containers to Russia.", "about 10.000", True),
    (
        "North Korea could receive between $320 million and $1.3 billion annually.",
        "between $320 million and $1.3 billion annually",
        True,
    ),
    ("A reported 15,000 Nepalese have been recruited.", "15,000", True),
    ("Shin claiming that factories are reducing operating capacity to 30%.", "30%", True),
    # approximation or attribution alone is not a hedge
    ("About 4,000 North Korean workers are in Russia, according to the NIS.", "About 4,000", False),
    (
        "The NIS reported that each soldier would be paid a monthly wage of around $2,000.",
        "around $2,000",
        False,
    ),
    # a hedge frames the figure whose clause it governs, not a participle clause after it
    (
        "At least 10,000 soldiers are believed to be headed there, translating to revenue of well over $200 million.",
        "well over $200 million",
        False,
    ),
    # the cue frames the figure to its right, not the one before it
    ("The decision to send 3-4 brigades is estimated to be worth $115 million.", "3-4", False),
    (
        "The decision to send 3-4 brigades is estimated to be worth $115 million.",
        "$115 million",
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "hedged"), HEDGES)
def test_hedges(sentence: str, figure: str, hedged: bool) -> None:
    assert one(sentence, figure).hedged is hedged


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
