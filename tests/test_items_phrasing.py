"""Items that survive new phrasing (issue 12, Must-have 5): one row per rule, sentences written
for these tests in the constructions news copy uses."""

from __future__ import annotations

import pytest

import nkclaims

from .conftest import claim_by_text


def item_of(text: str, figure: str, nth: int = 0) -> str | None:
    return claim_by_text(nkclaims.extract(text), figure, nth).item


# (rule, sentence, figure text, expected item)
ROWS = [
    # the subject of a verb of change or amount
    (
        "change verb",
        "Chinese trade with Laos rose by about 15 percent in 2021.",
        "about 15 percent",
        "Chinese trade",
    ),
    (
        "change verb, dateline",
        "TOKYO, May 2 (Kyodo) -- Japanese rice exports to Vietnam fell 12 percent last year.",
        "12 percent",
        "Japanese rice exports",
    ),
    (
        "change verb, possessor dropped",
        "Mongolia's exports to China jumped nearly 20 percent on-year in 2016.",
        "nearly 20 percent",
        "exports",
    ),
    (
        "change verb, prepositional subject",
        "Trade between Iran and Syria dropped 8 percent over the first half.",
        "8 percent",
        "Trade",
    ),
    (
        "headline, present tense",
        "Laos-Vietnam trade falls 9 percent in first quarter",
        "9 percent",
        "Laos-Vietnam trade",
    ),
    (
        "amount verb, adverb before the figure",
        "Bilateral turnover came to just $51 mln last year, the aide said.",
        "$51 mln",
        "Bilateral turnover",
    ),
    (
        "a change after another figure",
        "Belarus's imports from China contracted 6.1 percent to $41.5 million.",
        "$41.5 million",
        "imports",
    ),
    (
        "a parenthetical adverb between subject and verb",
        "Vietnam's trade with Japan, however, slid 3.3 percent in 2018.",
        "3.3 percent",
        "trade",
    ),
    (
        "a clause opened by 'as'",
        "Output rose sharply, as the country's coal exports climbed 14 percent.",
        "14 percent",
        "coal exports",
    ),
    (
        "auxiliaries in the chain",
        "Syrian refugee arrivals in Jordan have now climbed to about 2,000, officials said.",
        "about 2,000",
        "Syrian refugee arrivals",
    ),
    (
        "projected to reach",
        "Chinese construction workers in Angola projected to reach 7,000",
        "7,000",
        "Chinese construction workers",
    ),
    (
        "could reach, subject after 'that'",
        "The monitor found that the next deliveries could reach 80,000 barrels.",
        "80,000 barrels",
        "deliveries",
    ),
    (
        "copula with worth",
        "By sector, furniture exports were worth $2.9 million.",
        "$2.9 million",
        "furniture exports",
    ),
    (
        "the number of X",
        "Officials said the number of wounded is approaching 600.",
        "600",
        "number of wounded",
    ),
    (
        "estimated at, subject after a comma",
        "So far, the losses among Syrian units are estimated at around 1,900, he said.",
        "around 1,900",
        "losses",
    ),
    (
        "apposition",
        "Gross domestic product, the value of all output, came to 12.5 trillion won.",
        "12.5 trillion won",
        "Gross domestic product",
    ),
    (
        "an anaphoric subject names nothing",
        "Farm jobs pay 500 USD, though the figure can slip closer to 300 USD in winter.",
        "300 USD",
        None,
    ),
    (
        "an action noun is not what the amount pays",
        "Iran's plan to lease two tankers is estimated to be worth $40 million.",
        "$40 million",
        None,
    ),
    (
        "a limited amount in brackets",
        "The rules cap petrol sales (with diesel limited to 2 million barrels).",
        "2 million barrels",
        "diesel",
    ),
    (
        "a participle clause between subject and verb",
        "These transfers, wired to Iran through banks, amount to about 400 USD per month.",
        "about 400 USD per month",
        "transfers",
    ),
    (
        "the subject after 'and' in its clause",
        "He said at least 40 have died and the number of injured is approaching 300.",
        "300",
        "number of injured",
    ),
    (
        "an adverbial clause passes to the clause before",
        "Turnover shrank sharply, by more than 30%, and came to only $12 mln.",
        "$12 mln",
        "Turnover",
    ),
    (
        "the end of a change takes the start's item",
        "Laos's trade with Japan fell 1.9 percent in 2015 to $4.1 billion.",
        "$4.1 billion",
        "trade",
    ),
    (
        "an opening participle",
        "Numbering 300,000, the Syrian armed forces are large.",
        "300,000",
        "Syrian armed forces",
    ),
    ("a verb is no item", "The group tried to steal nearly $1 billion.", "nearly $1 billion", None),
    (
        "a predicate noun after the count",
        "Of the 9,000 troops sent, 2,000 had become battle casualties.",
        "2,000",
        "battle casualties",
    ),
    ("a noun that is also a verb", "A 120m ship docked at the pier.", "120m", "ship"),
    (
        "a multiplying verb is the figure",
        "Its shipments have doubled since the port opened.",
        "doubled",
        "shipments",
    ),
    (
        "a multiplying verb with a bound",
        "Syria's imports of Iranian fuel more than tripled last year.",
        "more than tripled",
        "imports of Iranian fuel",
    ),
    (
        "', worth N' after a clause",
        "Iran received 2 million barrels of crude, worth $150 million.",
        "$150 million",
        "crude",
    ),
    ("money as a modifier", "Beijing agreed to forgive a $4 billion loan.", "$4 billion", "loan"),
    (
        "a share of a possessor's amount",
        "Moscow wrote off 85% of Havana's $30 billion debt.",
        "85%",
        "debt",
    ),
    (
        "another figure ends a phrase read leftwards",
        "Investigators traced 41 hacks worth an estimated $2 billion.",
        "an estimated $2 billion",
        "hacks",
    ),
    (
        "a list of counts is not one phrase",
        "The army has lost 300 tanks, 900 armored vehicles and 40 artillery systems.",
        "900",
        "armored vehicles",
    ),
    (
        "an article makes a verb a noun",
        "The cost of the bridge is estimated at $2 billion.",
        "$2 billion",
        "cost",
    ),
    (
        "the number of a participle noun",
        "The ministry put the number of dead at about 120.",
        "about 120",
        "number of dead",
    ),
    (
        "', worth N,' in apposition",
        "The lease, worth $40 million, was signed in June.",
        "$40 million",
        "lease",
    ),
    (
        "an adverb before money",
        "The laborers send home roughly $900 each month.",
        "roughly $900 each month",
        None,
    ),
    (
        "a present-tense verb after a name",
        "Tehran pockets about $200 million annually.",
        "about $200 million annually",
        None,
    ),
    ("a share of more of a noun", "Syria imported 15% more wheat from Iran.", "15%", "wheat"),
    (
        "a possessive determiner makes a verb-list word a noun",
        "Its budget for the year is 3.4 trillion won.",
        "3.4 trillion won",
        "budget",
    ),
    (
        "a past-tense verb before a name ends the phrase",
        "Nearly 900 Syrian citizens entered Iran in May.",
        "Nearly 900",
        "Syrian citizens",
    ),
    ("a headline 'up N'", "Chinese tourists to Laos up 4-fold", "4-fold", "Chinese tourists"),
    # placing verbs and trailing amounts
    (
        "put X at N",
        "An American officer who put the casualties at several hundred was cited.",
        "several hundred",
        "casualties",
    ),
    (
        "capping X at N",
        "It broke the rules capping yearly diesel imports to Syria at 300,000 barrels.",
        "300,000 barrels",
        "yearly diesel imports",
    ),
    (
        "put the value of X at N",
        "One state put the value of the gold Iran sold at $90.5 million.",
        "$90.5 million",
        "value of the gold Iran",
    ),
    (
        "a trailing ', at N'",
        "Wheat topped the list of goods the country bought from Kazakhstan, at $3.4 million.",
        "$3.4 million",
        "Wheat",
    ),
    # partitives and people named by a participle
    (
        "partitive of a pronoun",
        "The toll reached 2,300, approximately 400 of them deaths, the ministry said.",
        "approximately 400",
        "deaths",
    ),
    (
        "partitive with a number",
        "He said roughly a third of those 2,700 wounded had been flown home.",
        "roughly a third",
        "wounded",
    ),
    ("a participle noun", "Of those, 1,200 wounded were taken by train.", "1,200", "wounded"),
    # modifiers joined by 'and'
    (
        "coordinated modifiers",
        "The strike left dozens of Syrian and Iranian officers dead.",
        "dozens",
        "Syrian and Iranian officers",
    ),
    (
        "coordinated nouns as modifiers",
        "Last year around four million mortar and tank shells went to the front.",
        "around four million",
        "mortar and tank shells",
    ),
    (
        "vague count with more",
        "Iran may send several thousand more drones.",
        "several thousand",
        "drones",
    ),
    # measures
    (
        "compound adjective",
        "Tourists will set off on six-day tours of the coast.",
        "six-day",
        "tours",
    ),
    ("metric compound", "It found a big 95m tanker taking on fuel there.", "95m", "tanker"),
    (
        "dimension after the measure",
        "The new pier is open to vessels up to 150 metres long.",
        "up to 150 metres",
        "vessels",
    ),
    (
        "dimension after a conversion in brackets",
        "The photo showed a tanker about 90 meters (295 feet) long at the pier.",
        "295 feet",
        "tanker",
    ),
    (
        "distance away",
        "They flew to an unrecognised enclave 4,000 miles away.",
        "4,000 miles",
        "unrecognised enclave",
    ),
    ("dimension named before", "It crept along at a speed of 8km.", "8km", "speed"),
    # shares and comparisons
    ("a share noun", "In the venture, the railway holds a 60% stake.", "60%", "stake"),
    (
        "share of X",
        "Steel exports were worth $2.1 million, or a 31.5 percent share of all exports.",
        "31.5 percent",
        "exports",
    ),
    (
        "a comparison after the figure",
        "Belarus also sold Syria $120,000 worth of tractors, 1.8 times as much as before.",
        "1.8 times",
        "tractors",
    ),
    (
        "a comparison before the figure",
        "Trade between the two came to $12 million, against $19 million a year before.",
        "$19 million",
        "Trade",
    ),
    (
        "another amount",
        "Iran shipped $30 mln worth of goods in 2019, while another $5 mln were pledged.",
        "$5 mln",
        "goods",
    ),
    (
        "money in a noun",
        "The bill gives Kyiv billions of dollars in aid.",
        "billions of dollars",
        "aid",
    ),
    (
        "a gain of N after the subject's clause",
        "Commerce between the pair totaled $21.4 million, a gain of 12.2 percent on the year.",
        "12.2 percent",
        "Commerce",
    ),
    # money worth: the noun before "worth", whatever follows the figure
    (
        "worth, no comma",
        "Russia sent sugar worth $4 million in third place.",
        "$4 million",
        "sugar",
    ),
    (
        "worth, headline",
        "Shipments worth nearly $2M lift Chinese fruit sales to the DPRK",
        "nearly $2M",
        "Shipments",
    ),
    # a participle of amount right after its noun names it, not the clause subject
    (
        "numbering",
        "Kyiv said Moscow had massed Russian and North Korean troops numbering about 45,000 near"
        " Kursk.",
        "about 45,000",
        "Russian and North Korean troops",
    ),
    # a verb of measure before a dimension: its subject
    (
        "measured ... in length",
        "The tanker photographed on May 3 measured about 110 meters in length.",
        "about 110 meters",
        "tanker",
    ),
    # "N strong" after a body: the body's strength
    (
        "strong",
        "The North Korean contingent, some 11,000 strong, is in Kursk.",
        "some 11,000",
        "North Korean contingent",
    ),
    # "others" shares the item of the sentence's previous count
    (
        "others",
        "The strike killed 12 civilians and wounded 40 others.",
        "40",
        "civilians",
    ),
]


@pytest.mark.parametrize(("rule", "sentence", "figure", "item"), ROWS, ids=[r[0] for r in ROWS])
def test_item_phrasing(rule: str, sentence: str, figure: str, item: str | None) -> None:
    assert item_of(sentence, figure) == item, rule
