"""The actor sieve (nkclaims.actors), one table per step: each row is a sentence, a
figure in it and the actor that step gives."""

from __future__ import annotations

import pytest

import nkclaims

from .conftest import claim_by_text


def actor_of(text: str, figure: str, nth: int = 0) -> str | None:
    return claim_by_text(nkclaims.extract(text), figure, nth).actor


Row = tuple[str, str, str | None]

# People of a nationality, or groups of them, belong to that country.
NATIONALITY: list[Row] = [
    ("Belarus sent troops enough to form three Russian battalions.", "three", "Russia"),
    ("A 2021 survey found that 8 million North Koreans lacked food.", "8 million", "North Korea"),
    (
        "A drone strike on a depot in Belgorod left dozens of Iranian and Russian advisers dead.",
        "dozens",
        "Iran",
    ),
]

# People named with their country after them: "citizens of X", "troops from X".
PEOPLE_OF: list[Row] = [
    ("In 2023, 8,500 citizens of Nepal entered Russia, a record.", "8,500", "Nepal"),
    (
        "At least 240 troops from North Korea sent to Russia have been wounded.",
        "At least 240",
        "North Korea",
    ),
]

# A partitive carries the actor of the figure it is part of.
PARTITIVE: list[Row] = [
    (
        "North Korea has sent 12,000 troops to Russia. Of these, 3,000 are in Kursk.",
        "3,000",
        "North Korea",
    ),
    (
        "Russia has bought 6,000 drones from Iran, and about 2,000 of them have been used.",
        "about 2,000",
        "Russia",
    ),
]

# R8: a joint amount goes to the first party of the pair.
JOINT: list[Row] = [
    ("Trade between China and North Korea rose 12 percent last year.", "12 percent", "China"),
    (
        "Commerce between Russia and North Korea grew after 2022. "
        "Trade between the two countries reached $90 million in May.",
        "$90 million",
        "Russia",
    ),
    (
        "Trade between Iran and Russia grew fast. Bilateral trade hit $4 billion in 2023.",
        "$4 billion",
        "Iran",
    ),
]

# R9: things with no stated owner belong to nobody unless their noun phrase names one.
OWNERLESS: list[Row] = [
    (
        "North Korea sent 5,000 workers to Russia.\n\nSatellite images show 14 ships at the pier.",
        "14",
        None,
    ),
    ("Pyongyang also counted 6 Russian ships at the pier.", "6", "Russia"),
    # rail cars and vehicles counted at a yard or a crossing have no owner either
    (
        "North Korea sent 5,000 workers to Russia.\n\n"
        "Imagery of the yard at Najin showed about 90 freight cars and 4 locomotives.",
        "about 90",
        None,
    ),
    (
        "Russia sent 5,000 tons of coal to North Korea.\n\n"
        "Near the bridge, analysts counted 4 locomotives.",
        "4",
        None,
    ),
    (
        "China bought 3,000 tons of ore from North Korea.\n\n"
        "A week later 120 trucks were seen queuing at the border post.",
        "120",
        None,
    ),
    (
        "Russia shipped shells to North Korea.\n\n"
        "The crossing count came to 52 boxcars, with 11 flatcars.",
        "11",
        None,
    ),
    ("The analysts found 18 Russian wagons at the station.", "18", "Russia"),
    # the subject that sends or buys them still owns them
    ("Russia sent 40 freight cars of grain to North Korea.", "40", "Russia"),
    # part of a whole: the whole's owner, not nobody
    (
        "A Russian rail operator dispatched two trains of 60 wagons each to Rajin.",
        "60",
        "Russia",
    ),
]

# A share stated of the figure just named has that figure's actor.
SHARE: list[Row] = [
    (
        "China sent 60,000 barrels to North Korea, equal to a quarter of the annual cap.",
        "a quarter",
        "China",
    ),
    (
        "Iran is said to have supplied Russia with thousands of drones, thought to account "
        "for half of the drones launched by Russia.",
        "half",
        "Iran",
    ),
]

# A "whose" clause speaks of the party named right before it.
RELATIVE: list[Row] = [
    (
        "Moscow brought in fighters from Belarus, whose losses reached 500 men.",
        "500",
        "Belarus",
    ),
]

# The agent of a verb of sending and an origin beat the clause's subject, except after a
# verb of buying or receiving (R7).
AGENT_OR_ORIGIN: list[Row] = [
    ("Cuba has taken delivery of 30,000 tonnes of rice sent by China.", "30,000 tonnes", "China"),
    ("Iran is counting on 2 million more shells from North Korea.", "2 million", "North Korea"),
    ("Cuba could receive $40 million a year from Russia.", "$40 million a year", "Cuba"),
    ("Minsk bought 900 trucks from China last year.", "900", "Belarus"),
    # a distance's reference point is not an origin
    ("The Russian port of Dunay lies 90 miles from North Korea.", "90 miles", "Russia"),
    # "out of" is an origin too
    (
        "Analysts said the fuel shipped out of Russia could reach 90,000 barrels by June.",
        "90,000 barrels",
        "Russia",
    ),
    ("Grain trucked out of China topped 40,000 tonnes in May.", "40,000 tonnes", "China"),
    ("Oil moved out of Vostochny came to 60,000 barrels in March.", "60,000 barrels", "Russia"),
    # the figure's own party beats an origin
    (
        "At least six Chinese freighters were seen sailing out of Nampo this week.",
        "At least six",
        "China",
    ),
    (
        "Some 20 North Korean tankers have loaded fuel from Russia since March.",
        "Some 20",
        "North Korea",
    ),
]

# The owner inside the subject noun phrase.
SUBJECT_OWNER: list[Row] = [
    ("The government in Tehran has shipped 4,000 drones.", "4,000", "Iran"),
    ("Gross output in Iran grew 4.2% in 2022.", "4.2%", "Iran"),
    (
        "Tokyo said the total number of Chinese engineers in Iran could reach 2,500.",
        "2,500",
        "China",
    ),
]

# A verb's object is not its subject.
OBJECTS: list[Row] = [
    (
        "Minsk sold Moscow 400 trucks last year, 30 percent more than in 2022.",
        "30 percent",
        "Belarus",
    ),
    ("Pyongyang backed Moscow in the war, sending 9,000 troops.", "9,000", "North Korea"),
    (
        "North Korea has sent 11,000 troops to Russia. "
        "About 500 engineers have been wounded fighting Ukrainian forces.",
        "About 500",
        "North Korea",
    ),
]

# A pronoun opening a sentence points to the previous sentence's subject.
PRONOUN: list[Row] = [
    (
        "North Korea is the main supplier. It shipped 2 million shells to Moscow last year.",
        "2 million",
        "North Korea",
    ),
    ("Cuba has announced that it is sending 300 doctors to Russia.", "300", "Cuba"),
]

NOT_THE_ACTOR: list[Row] = [
    (
        "Tokyo and its allies assess that the number has risen to 9,000, while Kyiv puts it "
        "higher.",
        "9,000",
        None,
    ),
    (
        "One EU member state put the value of the coins North Korea stole at $90 million.",
        "$90 million",
        "North Korea",
    ),
    (
        "Iran shipped drones to Moscow (a third of the drones Russia uses) and over 50 missiles.",
        "over 50",
        "Iran",
    ),
    (
        "Belarus supplied enough trucks for two Russian divisions and sent 3,000 drivers.",
        "3,000",
        "Belarus",
    ),
    ("A ship about 140 meters long docked at the Russian port.", "about 140 meters", None),
]

# A distance belongs to the owner of the place it describes (gold README 12).
DISTANCE: list[Row] = [
    (
        "Cargo moves through the Chinese port of Dandong, 40 miles from Sinuiju.",
        "40 miles",
        "China",
    ),
    (
        "Far from Kursk, some 5,000 km away in the Russian far east, tankers load oil.",
        "some 5,000 km",
        "Russia",
    ),
    ("North Korea sent a train across a river, 90 km from the border.", "90 km", None),
]

# Verb multipliers take their clause's subject (issue 13 may switch them on).
MULTIPLIERS: list[Row] = [
    ("Iran's exports to Russia doubled last year.", "doubled", "Iran"),
    ("China's imports from North Korea more than tripled in 2023.", "more than tripled", "China"),
]

# A sentence opening with "It" speaks of the previous sentence's subject.
SENTENCE_PRONOUN: list[Row] = [
    (
        "Iran is a major backer of Moscow. It sent thousands of drones to Russia (about a "
        "third of what Russia launches) and over 40 missiles.",
        "over 40",
        "Iran",
    ),
]

# A participle clause after a comma shares the sentence's subject.
PARTICIPLE: list[Row] = [
    (
        "Iran remained Russia's main drone supplier, accounting for 80 percent of its drones.",
        "80 percent",
        "Iran",
    ),
]

# Parties beyond the story's six keep their own name (CLAIMS.md section 4).
OTHER_PARTIES: list[Row] = [
    ("Laos sent 50 engineers to Kursk.", "50", "Laos"),
    ("Some 300 Sri Lankan recruits have died fighting for Russia.", "Some 300", "Sri Lanka"),
    ("Beijing wrote off 80 percent of Laos's debt.", "80 percent", "China"),
    (
        "Poland's defense ministry said Belarusian and Russian jets flew 900 km along the border.",
        "900 km",
        "Belarus",
    ),
    # a possessive speaker is a speaker
    (
        "Belarus's military intelligence said Iran had sent about 900 drones to Russia.",
        "about 900",
        "Iran",
    ),
]

TABLES = {
    "participle": PARTICIPLE,
    "other_parties": OTHER_PARTIES,
    "sentence_pronoun": SENTENCE_PRONOUN,
    "distance": DISTANCE,
    "multipliers": MULTIPLIERS,
    "nationality": NATIONALITY,
    "share": SHARE,
    "not_the_actor": NOT_THE_ACTOR,
    "people_of": PEOPLE_OF,
    "partitive": PARTITIVE,
    "joint": JOINT,
    "ownerless": OWNERLESS,
    "relative": RELATIVE,
    "agent_or_origin": AGENT_OR_ORIGIN,
    "subject_owner": SUBJECT_OWNER,
    "objects": OBJECTS,
    "pronoun": PRONOUN,
}


@pytest.mark.parametrize(
    ("text", "figure", "actor"),
    [
        pytest.param(*row, id=f"{name}-{i}")
        for name, rows in TABLES.items()
        for i, row in enumerate(rows)
    ],
)
def test_sieve_step(text: str, figure: str, actor: str | None) -> None:
    assert actor_of(text, figure) == actor
