"""Source stage: who asserts the figure (CLAIMS.md section 5): cues, aliases, nesting,
quotations and the continuation rule."""

from __future__ import annotations

import pytest

import nkclaims
from nkclaims.models import Claim

from .conftest import claim_by_text


def one(text: str, figure: str, nth: int = 0) -> Claim:
    return claim_by_text(nkclaims.extract(text), figure, nth)


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
    # a think tank's programme that publishes under its own name keeps it (as 38 North)
    (
        "About 160 ore cars stood at Tumangang, according to Beyond Parallel, a CSIS project.",
        "About 160",
        "Beyond Parallel",
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


def test_an_organisation_name_with_title_words_is_read_whole() -> None:
    text = (
        "Data compiled by the Korea International Trade Association showed exports of $3 million."
    )
    assert one(text, "$3 million").source == "Korea International Trade Association"


def test_the_general_staff_under_its_ukrainian_abbreviation() -> None:
    text = "The AFU General Staff claimed that some 4,000 were already dead or wounded."
    assert one(text, "some 4,000").source == "General Staff of the Armed Forces of Ukraine"


@pytest.mark.parametrize(
    "text",
    [
        "According to the NIS, 3,000 troops died. Of these, 1,000 were officers.",
        "According to the NIS, 3,000 troops died. Among them were 1,000 officers.",
    ],
)
def test_a_preposition_before_a_pointing_back_word_continues_the_report(text: str) -> None:
    assert one(text, "1,000").source == "National Intelligence Service"


def test_a_preposition_before_a_plain_noun_does_not_continue() -> None:
    text = "According to the NIS, 3,000 troops died. Of the dead, 1,000 were officers."
    assert one(text, "1,000").source is None
