"""The actor sieve's steps on whose a figure is (nkclaims.actors): losses, hosted
people, counted parties, places and comparisons; each row is a sentence, a figure in
it and the actor that step gives."""

from __future__ import annotations

import pytest

from .test_actor_sieve import Row, actor_of

# R9: a count of countries or nations has no owner, whatever the clause's subject;
# a party on the item still names it, and a count describing people is left alone.
COUNTED_PARTIES: list[Row] = [
    ("Led by Tokyo and joined by 9 countries in all, the panel met in May.", "9", None),
    (
        "Envoys from Japan and another 30 nations signed the declaration on Friday.",
        "30",
        None,
    ),
    ("Russia has signed arms deals with 14 countries since 2020.", "14", None),
    ("North Korea now trades with fewer than 20 nations.", "fewer than 20", None),
    ("Seoul said 45 states backed the resolution.", "45", None),
    ("Kyiv said 6 NATO countries have sent instructors.", "6", "NATO"),
    (
        "Moscow has recruited fighters from 25 countries for the war.",
        "25",
        "Russia",
    ),
]


# People a party takes in, hosts or employs are not its own: the nearest other party
# before the verb, else the discourse.
HOSTED_PEOPLE: list[Row] = [
    (
        "Pyongyang sends labourers abroad. China, which had taken in up to 100,000 workers "
        "by 2017, wants more.",
        "up to 100,000",
        "North Korea",
    ),
    (
        "North Korea sent 10,000 troops to Russia.\n\nRussia has since taken in another "
        "3,000 troops.",
        "3,000",
        "North Korea",
    ),
    (
        "Nepal's government tracks its citizens abroad. Qatar now employs about 400,000 "
        "workers, officials said.",
        "about 400,000",
        "Nepal",
    ),
    (
        "Syria's civil war drove millions out. Turkey hosted some 3.5 million refugees "
        "at the peak.",
        "some 3.5 million",
        "Syria",
    ),
    (
        "North Korea sends labourers abroad.\n\nChina had taken in up to 100,000 workers by 2017.",
        "up to 100,000",
        "North Korea",
    ),
    # a nationality on the people still names them
    ("Russian firms employ 15,000 North Korean workers.", "15,000", "North Korea"),
    # the host's own people are not hosted
    ("Russia has sent 2,000 engineers to Laos.", "2,000", "Russia"),
]


# Places take the country they are in (places.json) where they stand as the clause's
# subject or the origin; as a destination or a setting they name nobody.
PLACES: list[Row] = [
    ("Khasan station lies 3 km from the bridge over the Tumen River.", "3 km", "Russia"),
    ("Vladivostok handled 4 million tonnes of cargo last year.", "4 million tonnes", "Russia"),
    ("Nampo received 12 shipments of oil in March.", "12", "North Korea"),
    ("The port of Rajin loaded 20,000 tonnes of coal in May.", "20,000 tonnes", "North Korea"),
    ("Shipments from Vostochny reached 80,000 barrels in April.", "80,000 barrels", "Russia"),
    # a destination is not the actor: the sender is
    ("North Korea sent 3,000 workers to Vladivostok last year.", "3,000", "North Korea"),
    ("Russia shipped 50,000 tons of wheat to Nampo in June.", "50,000 tons", "Russia"),
    # a place the actor moves into is a setting, not a subject
    (
        "Ukrainian forces pushed into Kursk, seizing 1,000 square kilometers.",
        "1,000 square kilometers",
        "Ukraine",
    ),
    (
        "China's trade with North Korea rose, with Dandong handling 70 percent of it.",
        "70 percent",
        "China",
    ),
]


# Losses belong to the side that lost them: the party on the victims, else, when the
# attacker is the subject, the other party the sentence names; a subject that "lost"
# them owns them.
LOSS: list[Row] = [
    ("Ukraine says it destroyed 50 Russian tanks near Pokrovsk.", "50", "Russia"),
    (
        "Russian glide bombs dropped on Ukrainian towns killed 31 civilians last week.",
        "31",
        "Ukraine",
    ),
    (
        "North Korean shells fired at Ukrainian positions wounded 12 soldiers on Sunday.",
        "12",
        "Ukraine",
    ),
    (
        "Iranian-designed drones launched by Russia at Ukraine injured 40 people overnight.",
        "40",
        "Ukraine",
    ),
    (
        "A barrage of Chinese-made rockets fired at Indian lines killed 17 people and "
        "injured 60 others.",
        "60",
        "India",
    ),
    ("Ukrainian drones killed 30 North Korean soldiers in Kursk.", "30", "North Korea"),
    # no other party named: the country of the place struck
    ("Russian strikes killed 14 people in Kharkiv on Monday.", "14", "Ukraine"),
    ("A Russian drone wounded 7 civilians in Sumy overnight.", "7", "Ukraine"),
    ("Ukrainian shelling killed 5 people in Belgorod, the governor said.", "5", "Russia"),
    (
        "The Russians have lost as many as 20,000 troops near Bakhmut.",
        "as many as 20,000",
        "Russia",
    ),
    ("Russia suffered 1,200 casualties in a single day, Kyiv said.", "1,200", "Russia"),
]


# Speakers and estimators are not actors; neither are parties inside a parenthesis
# that closed, or adjectives inside another counted phrase.
# The standard of a comparison, a possessive with its noun left out, is not the actor
# nor a party the document is about.
COMPARED: list[Row] = [
    (
        "Cuba has little to sell abroad.\n\nNational output came to $30 billion last "
        "year, about a fifth of Iran's.",
        "$30 billion",
        "Cuba",
    ),
    ("Output came to $30 billion last year, about a fifth of Iran's.", "$30 billion", None),
    ("North Korea's exports reached $2 billion, twice Cuba's.", "$2 billion", "North Korea"),
    ("Mongolia's coal sales rose 12 percent, faster than China's.", "12 percent", "Mongolia"),
    (
        "The country's budget is 9 trillion won, a tiny share of Japan's.",
        "9 trillion won",
        None,
    ),
    ("Belarus spent $1.2 billion on arms, less than Poland's.", "$1.2 billion", "Belarus"),
    # a possessive with its noun is the owner as before
    ("Trade reached $5 billion, most of it China's exports.", "$5 billion", "China"),
]


# What a vehicle carries or pulls belongs to the party on the vehicle.
CARRIER: list[Row] = [
    (
        "North Korea says trade is rising.\n\nSet against a Russian train pulling more "
        "than 30 cars, the engine looked small.",
        "more than 30",
        "Russia",
    ),
    ("A Chinese freighter carrying 3,000 tonnes of coal docked at Nampo.", "3,000 tonnes", "China"),
    # a finite verb of carrying too, over an origin in another country
    (
        "A North Korean tanker carried 10,000 barrels of oil from Vostochny.",
        "10,000 barrels",
        "North Korea",
    ),
    (
        "North Korea buys grain.\n\nThey watched a Russian convoy hauling 40 trucks of grain.",
        "40",
        "Russia",
    ),
    (
        "Analysts saw a North Korean vessel laden with 2,000 tonnes of coal off Vostochny.",
        "2,000 tonnes",
        "North Korea",
    ),
    (
        "Russia buys little abroad.\n\nA Chinese barge loaded with 800 tonnes of rice "
        "reached Nampo.",
        "800 tonnes",
        "China",
    ),
    (
        "Iran denies it.\n\nInspectors found a Belarusian lorry transporting 12 drones.",
        "12",
        "Belarus",
    ),
]

TABLES: dict[str, list[Row]] = {
    "carrier": CARRIER,
    "loss": LOSS,
    "counted_parties": COUNTED_PARTIES,
    "hosted_people": HOSTED_PEOPLE,
    "places": PLACES,
    "compared": COMPARED,
}


@pytest.mark.parametrize(
    ("text", "figure", "actor"),
    [
        pytest.param(*row, id=f"{name}-{i}")
        for name, rows in TABLES.items()
        for i, row in enumerate(rows)
    ],
)
def test_owner_step(text: str, figure: str, actor: str | None) -> None:
    assert actor_of(text, figure) == actor
