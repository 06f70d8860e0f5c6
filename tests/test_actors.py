"""Actor stage: whose figure it is (CLAIMS.md section 4)."""

from __future__ import annotations

import pytest

import nkclaims
from nkclaims.models import Claim

from .conftest import claim_by_text


def one(text: str, figure: str, nth: int = 0) -> Claim:
    return claim_by_text(nkclaims.extract(text), figure, nth)


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
    # the speaker's country is not the actor
    ("Seoul said Pyongyang sent 10,000 troops.", "10,000", "North Korea"),
    ("Kyiv has claimed Russia lost 3,000 soldiers in Kursk.", "3,000", "Russia"),
    ("A senior U.S. official said 1,000 North Korean troops were killed.", "1,000", "North Korea"),
    # losses belong to the side that lost them
    ("Ukraine says it destroyed 50 Russian tanks near Kursk.", "50", "Russia"),
    ('"The number is about 600," a South Korean government official told AFP.', "about 600", None),
    # "the North" is a CLAIMS.md alias, capitalised or not
    ("The North has sent 10,000 troops.", "10,000", "North Korea"),
    # people of a nationality, whoever acts on them
    ("Ukrainian forces killed 300 North Korean soldiers.", "300", "North Korea"),
    # the clause subject receives
    ("Russia imported 1.2 million barrels from North Korea.", "1.2 million barrels", "Russia"),
    # a possessive in the figure's noun phrase
    ("Russia's exports of 3,000 tons of oil rose.", "3,000 tons", "Russia"),
]


@pytest.mark.parametrize(("sentence", "figure", "actor"), ACTORS)
def test_actors(sentence: str, figure: str, actor: str | None) -> None:
    assert one(sentence, figure).actor == actor


def test_actor_carries_to_a_pronoun_sentence_in_the_paragraph() -> None:
    text = (
        "In addition to troops, about 4,000 North Korean workers are currently in Russia, "
        "according to the NIS. Their average wage is thought to be about $800 a month."
    )
    assert one(text, "about $800 a month").actor == "North Korea"


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("The deal is worth 300 million US dollars to Pyongyang.", ["North Korea"]),
        ("Wages reached 90,000 South Korean won a month in Pyongyang.", ["North Korea"]),
        ("Seoul paid 5 million U.S. dollars.", ["South Korea"]),
    ],
)
def test_a_currency_is_not_a_party(sentence: str, parties: list[str]) -> None:
    doc = nkclaims.process(sentence)
    assert [m.label_ for m in doc.spans["nk_actors"]] == parties
