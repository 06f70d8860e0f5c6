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
    "hosted_people": HOSTED_PEOPLE,
    "compared": COMPARED,
    "counted_parties": COUNTED_PARTIES,
    "loss": LOSS,
    "places": PLACES,
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
