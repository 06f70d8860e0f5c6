"""The events stage: ``event``, ``counterparty`` and ``mention_of`` on every figure (issue 16).

The sentences are written for these tests (real-style news constructions with other names
and numbers), one block per class of the taxonomy and several rows each.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nkclaims
from nkclaims.events import classify
from nkclaims.events.lexicon import PEOPLE_EVENTS, lexicon
from nkclaims.models import EVENTS
from nkclaims.pipeline import STAGES
from nkclaims.resources import load_json

# (sentence, figure as written, event, counterparty)
CUES: list[tuple[str, str, str | None, str | None]] = [
    ('Pyongyang has dispatched about 7,000 soldiers to Russia, officials said.', 'about 7,000', 'deployed', 'Russia'),
    ("Seoul said roughly 2,500 North Korean troops were moved to Russia's Belgorod region last month.", 'roughly 2,500', 'deployed', 'Russia'),
    ('At least 9,000 North Korean soldiers are now stationed near the border, the ministry said.', 'At least 9,000', 'deployed', None),
    ('Some 6,000 North Korean workers are currently in Russia, according to the agency.', 'Some 6,000', 'deployed', 'Russia'),
    ('The North plans to dispatch 4,000 more engineers to Russia this year.', '4,000', 'deployed', 'Russia'),
    ('About 3,000 troops from North Korea have reached the Kursk region.', 'About 3,000', 'deployed', None),
    ('At least 250 North Korean soldiers have died in the fighting, the agency said.', 'At least 250', 'killed', None),
    ('Some 80 Russian officers were killed in the strike on the command post.', 'Some 80', 'killed', None),
    ('About 900 soldiers from North Korea have lost their lives since January.', 'About 900', 'killed', None),
    ('Another 1,200 have been wounded, the lawmaker told reporters.', '1,200', 'wounded', None),
    ('Roughly 350 North Korean troops were injured in the drone attack.', 'Roughly 350', 'wounded', None),
    ('The army said 40 soldiers were wounded and evacuated by train.', '40', 'wounded', None),
    ('North Korean casualties have climbed to about 2,000, the spy agency said.', 'about 2,000', 'casualties', None),
    ('Officials estimate that 5,500 North Korean soldiers have been killed or wounded.', '5,500', 'casualties', None),
    ('The unit suffered losses of nearly 1,100 men in two weeks.', 'nearly 1,100', 'casualties', None),
    ('Ukrainian forces have captured two North Korean soldiers in the region.', 'two', 'captured', None),
    ('Kyiv said it was holding 12 prisoners of war from North Korea.', '12', 'captured', None),
    ('Some 30 North Korean fighters were taken prisoner during the offensive.', 'Some 30', 'captured', None),
    ('North Korea has shipped more than 4 million artillery shells to Russia since last year.', 'more than 4 million', 'shipped', 'Russia'),
    ('Moscow delivered 300,000 tons of fuel to Pyongyang in the first half.', '300,000 tons', 'shipped', 'North Korea'),
    ('Russia sent North Korea 20,000 tons of flour last winter.', '20,000 tons', 'shipped', 'North Korea'),
    ('North Korea supplied about 60 ballistic missiles to Moscow, the report said.', 'about 60', 'shipped', 'Russia'),
    ('Pyongyang received some 900,000 barrels of oil from Russia, the panel found.', 'some 900,000 barrels', 'received', 'Russia'),
    ('North Korea could obtain up to $500 million from Moscow each year.', 'up to $500 million', 'received', 'Russia'),
    ('The North got 15 fighter jets from Russia in return, the official said.', '15', 'received', 'Russia'),
    ('Russia pays North Korean soldiers $2,500 a month, the lawmaker said.', '$2,500 a month', 'paid', 'Russia'),
    ('Each worker is paid about $700 a month by the Russian company.', 'about $700 a month', 'paid', None),
    ('Their monthly salary of around $1,200 is sent home through brokers.', 'around $1,200', 'paid', None),
    ('The deployment could earn the regime $600 million a year, analysts said.', '$600 million a year', 'earned', None),
    ("Pyongyang's annual revenue from the arms deals is put at $3 billion.", '$3 billion', 'earned', None),
    ('The workers generated income of about $90 million for the state last year.', 'about $90 million', 'earned', None),
    ('North Korea produces roughly 2 million artillery shells a year, officials said.', 'roughly 2 million', 'produced', None),
    ('The factory manufactured about 150 missiles in 2024.', 'about 150', 'produced', None),
    ('Annual output of coal reached 20 million tons, the ministry said.', '20 million tons', 'produced', None),
    ('Russian forces fired about 10,000 shells a day at Ukrainian positions.', 'about 10,000', 'fired', None),
    ('The North launched 7 ballistic missiles into the sea on Sunday.', '7', 'fired', None),
    ('Troops expended some 40,000 rounds in a single week of fighting.', 'some 40,000', 'fired', None),
    ('Trade between Russia and North Korea rose 35 percent last year, the data showed.', '35 percent', 'traded', 'North Korea'),
    ("North Korea's exports to Russia totaled $12 million in 2021.", '$12 million', 'traded', 'Russia'),
    ("Russia's imports from the North fell to $2.3 million, customs data showed.", '$2.3 million', 'traded', 'North Korea'),
    ('Pyongyang sold Moscow $8 million worth of seafood last year.', '$8 million', 'traded', 'Russia'),
    ('Each artillery shell costs about $1,500 to produce, experts said.', 'about $1,500', 'priced', None),
    ('The deal is worth $4 billion, according to the report.', '$4 billion', 'priced', None),
    ('A ton of rice sells for $600 in the Pyongyang market.', '$600', 'priced', None),
    ('Each container can hold about 2,500 rounds of artillery ammunition.', 'about 2,500', 'capacity', None),
    ('The missile has a range of 5,000 kilometers, experts said.', '5,000 kilometers', 'capacity', None),
    ('The port is able to berth ships up to 200 meters long.', 'up to 200 meters', 'capacity', None),
    ('The economy grew 2.4% in 2023, the central bank said.', '2.4%', None, None),
    ('The station lies 120 km from Vladivostok.', '120 km', None, None),
    ("Half of the country's electricity comes from coal.", 'Half', None, None),
]  # fmt: skip


def claim_of(text: str, figure: str) -> nkclaims.Claim:
    found = [c for c in nkclaims.extract(text) if c.text == figure]
    assert len(found) == 1, [c.text for c in nkclaims.extract(text)]
    return found[0]


@pytest.mark.parametrize(("text", "figure", "event", "counterparty"), CUES)
def test_cue_table(text: str, figure: str, event: str | None, counterparty: str | None) -> None:
    claim = claim_of(text, figure)
    assert (claim.event, claim.counterparty) == (event, counterparty)


def test_the_table_covers_every_class_several_times() -> None:
    counts = {e: sum(1 for row in CUES if row[2] == e) for e in (*EVENTS, None)}
    assert min(counts.values()) >= 3, counts


# (sentence, [(figure, event)]): the nearest cue in the figure's own clause wins
CLAUSES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "At least 70 soldiers from North Korea sent to Russia have died and another 400 have "
        "been wounded.",
        [("At least 70", "killed"), ("400", "wounded")],
    ),
    (
        "Officials say 800 North Korean troops have been killed or injured, about 200 of them "
        "deaths.",
        [("800", "casualties"), ("about 200", "killed")],
    ),
    (
        "The missiles shipped to Moscow were worth $300 million, or 20 percent of the North's "
        "exports.",
        [("$300 million", "priced"), ("20 percent", "traded")],
    ),
    (
        "North Korean exports of coal reached $15 million, up 12 percent from a year earlier.",
        [("$15 million", "traded"), ("12 percent", "traded")],
    ),
    (
        "Around 45 percent of the shells fired by Russia were supplied by North Korea.",
        [("Around 45 percent", "shipped")],
    ),
    (
        "Russia's trade with the North came to $30 million last year, against $25 million a "
        "year before.",
        [("$30 million", "traded"), ("$25 million", "traded")],
    ),
    (
        "The regime has sent 4,000 troops to Russia and 2 million shells.",
        [("4,000", "deployed"), ("2 million", "shipped")],
    ),
    (
        "Moscow lost over 1,900 pieces of armor, and it lost 3,000 men in the same month.",
        [("over 1,900", None), ("3,000", "casualties")],
    ),
    (
        "The consortium's cross-border freight rose 6 percent, and a man-made canal of 40 km "
        "was opened.",
        [("6 percent", None), ("40 km", None)],
    ),
    (
        "Trade with China fell 3 percent in 2022 to $1.5 billion, and 2,000 workers are in China.",
        [("3 percent", "traded"), ("$1.5 billion", "traded"), ("2,000", "deployed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_the_nearest_cue_in_the_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(f, claim_of(text, f).event) for f, _ in expected] == expected


# (sentence, [(figure, event, counterparty)]): places, lists, coordinations, names
CONTEXT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Up to 6,000 North Korean troops are now in Kursk, the ministry said.",
        [("Up to 6,000", "deployed", "Russia")],  # a place names its country
    ),
    (
        "Pyongyang has dispatched 2,000 troops to Russia and has promised that 5,000 will "
        "be sent by spring.",
        [("2,000", "deployed", "Russia"), ("5,000", "deployed", "Russia")],
    ),
    (
        "Exports were led by textiles at $3.1 million, machinery at $1.4 million and seafood "
        "at $900,000.",
        [("$3.1 million", "traded", None), ("$1.4 million", "traded", None),
         ("$900,000", "traded", None)],
    ),
    (
        "Hackers from the North stole nearly $600 million in crypto assets last year.",
        [("nearly $600 million", "received", None)],
    ),
    (
        "About 1.2 million shells went from North Korea to Russia this year, officials said.",
        [("About 1.2 million", "shipped", "Russia")],
    ),
    (
        "Explosives moved from three ports in the Far East to 12 depots near the border.",
        [("three", None, None), ("12", None, None)],  # places, not what moved
    ),
    (
        "The OJSC Trading House holds a 60% stake in the venture.",
        [("60%", None, None)],  # a cue word inside a name
    ),
    (
        "Textile exports were worth $2.2 million last year.",
        [("$2.2 million", "traded", None)],  # the value of a quantity keeps its class
    ),
    (
        "Russia gave North Korea jets enough to equip two squadrons.",
        [("two", None, None)],
    ),
    (
        "Of the 9,000 soldiers sent to Russia last year, about 2,500 may have been killed, "
        "wounded or captured.",
        [("about 2,500", "casualties", None)],
    ),
    (
        "At least four North Korean tankers carrying diesel docked at the port.",
        [("At least four", None, None)],  # what the counted things hold
    ),
    (
        "Pyongyang has sent 5,000 troops to fight Ukrainian forces in Russia's Belgorod region.",
        [("5,000", "deployed", "Russia")],  # not the people fought against
    ),
    ("N. Korea-China trade rises 12 percent in May", [("12 percent", "traded", "China")]),
    (
        "China's trade with the North, however, fell 6 percent in 2021.",
        [("6 percent", "traded", "North Korea")],  # a change keeps the quantity's class
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_context_rules(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(f, claim_of(text, f).event, claim_of(text, f).counterparty) for f, _, _ in expected]
    assert got == expected


def test_a_repeat_without_a_cue_takes_its_estimates_event() -> None:
    text = "Of the 5,000 soldiers sent, 1,400 have become battle casualties. Of the 1,400, about 300 are dead."
    got = [(c.text, c.event, c.mention_of) for c in nkclaims.extract(text)]
    assert got == [
        ("5,000", "deployed", None),
        ("1,400", "casualties", None),
        ("1,400", "casualties", 1),
        ("about 300", "killed", None),
    ]


# (sentence, figure, actor, counterparty)
PARTIES: list[tuple[str, str, str | None, str | None]] = [
    ("Russia sent North Korea 20,000 tons of flour last winter.", "20,000 tons", "Russia", "North Korea"),
    ("Moscow agreed to pay the North $4,000 for each soldier killed.", "$4,000", "North Korea", "Russia"),
    ("Trade between Russia and North Korea rose 35 percent.", "35 percent", "Russia", "North Korea"),
    ("North Korea's exports to Russia totaled $12 million in 2021.", "$12 million", "North Korea", "Russia"),
    ("Pyongyang sent 700 laborers to Kuwait and the United Arab Emirates.", "700", "North Korea", "Kuwait"),
    ("Seoul says the North has moved 1,200 special forces troops to Russia.", "1,200", "North Korea", "Russia"),
    ("North Korea's decision to send troops to Russia recalls the deployment of 200,000 Chinese volunteers in 1950.", "200,000", "China", None),
    ("The North has shipped 3 million shells, while 2,000 of its troops were killed.", "2,000", "North Korea", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "actor", "counterparty"), PARTIES)
def test_counterparty(text: str, figure: str, actor: str | None, counterparty: str | None) -> None:
    claim = claim_of(text, figure)
    assert (claim.actor, claim.counterparty) == (actor, counterparty)


MENTIONS = (
    "Up to 9,000 North Korean troops in Kursk, Kyiv says\n"
    "KYIV -- As many as 9,000 North Korean troops are now in the Kursk region, Ukraine said. "
    "About 300 of them have been killed and another 900 wounded. "
    "Of the 9,000, about 300 have died, officials said, and those 900 wounded were flown home. "
    "Separately, 9,000 tons of grain were shipped, and Russia sent thousands of workers, with "
    "thousands more expected."
)


def test_mention_of_points_to_the_first_claim_of_the_estimate() -> None:
    claims = nkclaims.extract(MENTIONS)
    got = [(c.text, c.mention_of) for c in claims]
    assert got == [
        ("Up to 9,000", None),
        ("As many as 9,000", 0),  # same number, unit and item head
        ("About 300", None),
        ("900", None),
        ("9,000", 0),  # "Of the 9,000": a definite back-reference
        ("about 300", 2),  # no item; same number and event (killed)
        ("900", 3),  # "those 900 wounded"
        ("9,000 tons", None),  # another unit
        ("thousands", None),
        ("thousands", None),  # "thousands more": a new quantity
    ]
    for i, c in enumerate(claims):
        assert c.mention_of is None or c.mention_of < i
        assert c.mention_of is None or claims[c.mention_of].mention_of is None


def test_different_actors_are_never_one_estimate() -> None:
    text = "Russia sent 5,000 troops to Syria. Turkey sent 5,000 troops to Syria."
    assert [c.mention_of for c in nkclaims.extract(text)] == [None, None]


def test_the_stage_runs_last_after_actors_and_sources() -> None:
    assert STAGES[-1] == "nkclaims_events"
    assert STAGES.index("nkclaims_events") > STAGES.index("nkclaims_sources")


def test_the_data_file_names_every_class_and_no_other() -> None:
    data = load_json("events.json")
    assert set(data["classes"]) == set(EVENTS)
    assert all(data["classes"][e]["verbs"] or data["classes"][e]["nouns"] for e in EVENTS)
    assert set(data["counterparty"]) <= set(EVENTS)
    lex = lexicon()  # every phrase has one class: the loader refuses a phrase in two
    assert all(c.words[0] == w for w, cs in lex.cues.items() for c in cs)
    assert set(EVENTS) >= PEOPLE_EVENTS


def test_a_document_without_figures_or_cues() -> None:
    assert nkclaims.extract("Nothing was sent.") == []
    (claim,) = nkclaims.extract("The ship was 120 meters long.")
    assert (claim.event, claim.counterparty, claim.mention_of) == (None, None, None)


def _sentence(i: int) -> str:
    return f"Pyongyang sent {1000 + i:,} troops to Russia and shipped {i + 1} shells and "


def _asides(i: int) -> str:
    # every figure after an aside reads the clause before it (the fallback path)
    return (
        f"Russia shipped {i + 2} shells to Moscow (now {i + 3} of what it fires), at {i + 4} tons, "
    )


@pytest.mark.parametrize("piece", [_sentence, _asides])
def test_work_per_figure_is_bounded(
    monkeypatch: pytest.MonkeyPatch, piece: Callable[[int], str]
) -> None:
    # One sentence without punctuation, full of cues: the cues a figure weighs stay
    # bounded by the clause window, so the work grows linearly with the text.
    calls = 0
    original = classify._distance

    def counting(*args: object) -> int | None:
        nonlocal calls
        calls += 1
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(classify, "_distance", counting)
    counts = []
    for n in (100, 800):
        calls = 0
        claims = nkclaims.extract("".join(piece(i) for i in range(n)) + "more.")
        assert len(claims) >= n
        counts.append(calls)
    assert counts[1] <= 10 * counts[0], counts


VOCABULARY = (
    "Russia North Korea sent shipped 5,000 troops killed wounded $200 million trade with to "
    "from the those 300 exports paid wage about . , and were have been in Kursk"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_every_record_is_well_formed(words: list[str]) -> None:
    claims = nkclaims.extract(" ".join(words))
    parties = set(lexicon().parties)
    for i, c in enumerate(claims):
        assert c.event is None or c.event in EVENTS
        assert c.counterparty is None or (c.event in parties and c.counterparty != c.actor)
        assert c.mention_of is None or 0 <= c.mention_of < i
