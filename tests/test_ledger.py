"""The ledger groups constructed multi-document corpora into the groups written here by hand."""

from __future__ import annotations

import pytest

from nkclaims import ledger
from nkclaims.ledger import item_head
from nkclaims.ledger.grouping import SynonymError, _synonyms, canonical_head
from nkclaims.resources import load_json
from tests.ledger_helpers import doc, members

NK = "North Korea"
NIS = "National Intelligence Service"
HUR = "Main Intelligence Directorate"
TROOPS = {"actor": NK, "event": "deployed", "counterparty": "Russia"}


def _by_item(result: object) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for g in result.groups:  # type: ignore[attr-defined]
        out.setdefault(g.item, []).append(g)
    return out


@pytest.mark.parametrize(
    ("item", "head"),
    [
        ("North Korean soldiers", "troops"),
        ("troops from North Korea", "troops"),
        ("DPRK servicemen", "troops"),
        ("North Korean military personnel", "troops"),
        ("rounds of artillery shells", "shells"),
        ("152mm artillery shells", "shells"),
        ("ballistic missiles", "missiles"),
        ("the number of North Korean laborers", "workers"),
        ("monthly wage", "wage"),
        ("bilateral trade volume", "trade"),
        ("trade turnover", "trade"),
        ("casualties among North Korean troops", "casualties"),
        ("containers of military equipment", "containers"),
        ("freight cars", "car"),
        ("rice", "rice"),
        ("", None),
        (None, None),
        ("of", None),
    ],
)
def test_item_heads(item: str | None, head: str | None) -> None:
    assert item_head(item) == head


def test_the_synonym_data_never_joins_shells_and_missiles() -> None:
    syn = _synonyms()
    for a, b in load_json("item_synonyms.json")["never"]:
        assert canonical_head(syn.heads, a) != canonical_head(syn.heads, b)
    assert canonical_head(syn.heads, "shells") == "shells"
    assert canonical_head(syn.heads, "missiles") == "missiles"
    assert issubclass(SynonymError, ValueError)


def test_agreement_across_three_outlets() -> None:
    corpus = [
        *doc("wire1", "2024-11-04", [
            ("Some 11,000 North Korean soldiers are now in Kursk, the NIS told lawmakers.",
             "Some 11,000", {**TROOPS, "item": "North Korean soldiers", "source": NIS,
                             "qualifier": "approximately", "value": 11000}),
        ]),
        *doc("paper2", "2024-11-06", [
            ("The Pentagon put the number of troops from North Korea in Russia at 11,500.",
             "11,500", {**TROOPS, "item": "troops from North Korea", "source": "Pentagon",
                        "value": 11500}),
        ]),
        *doc("tv3", "2024-11-08", [
            ("About 12,000 DPRK servicemen have arrived, Kyiv said.",
             "About 12,000", {**TROOPS, "item": "DPRK servicemen", "source": "Ukraine",
                              "qualifier": "approximately", "value": 12000}),
        ]),
    ]  # fmt: skip
    result = ledger(corpus)
    assert len(result.groups) == 1
    g = result.groups[0]
    assert (g.event, g.actor, g.unit, g.item, g.status, g.note) == (
        "deployed",
        NK,
        "count",
        "troops",
        "agree",
        None,
    )
    assert g.sources == [NIS, "Pentagon", "Ukraine"]
    assert members(g) == [("wire1", "Some 11,000"), ("paper2", "11,500"), ("tv3", "About 12,000")]
    assert (str(g.first_date), str(g.last_date)) == ("2024-11-04", "2024-11-08")


def test_disagreement_names_the_extremes() -> None:
    corpus = [
        *doc("seoul", "2024-12-19", [
            ("Roughly 3,000 North Korean troops have been killed or wounded, the NIS said.",
             "Roughly 3,000", {"actor": NK, "event": "casualties", "item": "North Korean troops",
                               "source": NIS, "qualifier": "approximately", "value": 3000}),
        ]),
        *doc("kyiv", "2024-12-23", [
            ("Ukrainian military intelligence counted 12,000 casualties among the troops.",
             "12,000", {"actor": NK, "event": "casualties", "item": "troops", "source": HUR,
                        "value": 12000}),
        ]),
        *doc("wire", "2024-12-21", [
            ("A US official estimated that about 5,000 soldiers were dead or hurt.",
             "about 5,000", {"actor": NK, "event": "casualties", "item": "soldiers",
                             "source": "US official", "qualifier": "approximately",
                             "value": 5000, "hedged": True}),
        ]),
    ]  # fmt: skip
    (g,) = ledger(corpus).groups
    assert g.status == "disagree"
    assert g.note == (
        "National Intelligence Service: Roughly 3,000 (2024-12-19) vs "
        "Main Intelligence Directorate: 12,000 (2024-12-23)"
    )
    assert members(g) == [("seoul", "Roughly 3,000"), ("wire", "about 5,000"), ("kyiv", "12,000")]


def test_a_sources_later_figure_revises_its_earlier_one() -> None:
    corpus = [
        *doc("oct", "2024-10-18", [
            ("The spy agency said 1,500 soldiers had been sent so far.",
             "1,500", {**TROOPS, "item": "soldiers", "source": NIS, "value": 1500}),
        ]),
        *doc("nov", "2024-11-13", [
            ("The NIS now says more than 10,000 North Korean troops are in Russia.",
             "more than 10,000", {**TROOPS, "item": "North Korean troops", "source": NIS,
                                  "qualifier": "more_than", "value": 10000}),
        ]),
        *doc("nov2", "2024-11-15", [
            ("Around 11,000 soldiers from the North are deployed, a Pentagon spokesman said.",
             "Around 11,000", {**TROOPS, "item": "soldiers from the North", "source": "Pentagon",
                               "qualifier": "approximately", "value": 11000}),
        ]),
    ]  # fmt: skip
    (g,) = ledger(corpus).groups
    assert g.status == "revise"
    assert (
        g.note
        == "National Intelligence Service: 1,500 (2024-10-18) -> more than 10,000 (2024-11-13)"
    )
    assert g.sources == [NIS, "Pentagon"]


def test_a_revision_that_others_contradict_is_a_disagreement() -> None:
    corpus = [
        *doc("a", "2024-10-18", [("Seoul's spies counted 1,500 soldiers.", "1,500",
                                  {**TROOPS, "item": "soldiers", "source": NIS, "value": 1500})]),
        *doc("b", "2024-11-13", [("Spies now count 3,000 soldiers.", "3,000",
                                  {**TROOPS, "item": "soldiers", "source": NIS, "value": 3000})]),
        *doc("c", "2024-11-14", [("Kyiv counts 12,000 soldiers.", "12,000",
                                  {**TROOPS, "item": "soldiers", "source": "Ukraine",
                                   "value": 12000})]),
    ]  # fmt: skip
    (g,) = ledger(corpus).groups
    assert g.status == "disagree"
    assert (
        g.note
        == "National Intelligence Service: 3,000 (2024-11-13) vs Ukraine: 12,000 (2024-11-14)"
    )


def test_repeated_mentions_collapse_within_a_document() -> None:
    one = doc("story", "2024-11-01", [
        ("Pyongyang sends 8,000 troops to Kursk", "8,000",
         {**TROOPS, "item": "troops", "value": 8000}),
        ("Kyiv says 8,000 North Korean soldiers have reached the Kursk region.", "8,000",
         {**TROOPS, "item": "North Korean soldiers", "source": "Ukraine", "value": 8000,
          "mention_of": 0}),
        ("The 8,000 troops were moved by train, the ministry added.", "8,000",
         {**TROOPS, "item": "troops", "source": "Ukraine", "value": 8000, "mention_of": 0}),
        ("It said a further 2,000 sappers would follow.", "2,000",
         {**TROOPS, "item": "sappers", "source": "Ukraine", "value": 2000}),
    ])  # fmt: skip
    other = doc("follow", "2024-11-03", [
        ("About 8,000 North Korean troops are in Kursk, Kyiv said.", "About 8,000",
         {**TROOPS, "item": "North Korean troops", "source": "Ukraine", "value": 8000,
          "qualifier": "approximately"}),
    ])  # fmt: skip
    result = ledger(one + other)
    troops = _by_item(result)["troops"]
    assert len(troops) == 1
    g = troops[0]
    assert [c.start for c in g.claims if c.doc_id == "story"] == [
        one[0].start,
        one[1].start,
        one[2].start,
    ]
    assert len(g.estimates) == 2  # the story's first mention and the follow-up
    assert g.status == "agree"  # Ukraine again in a second document; the headline repeats it
    assert [x.item for x in result.groups] == ["troops", "sappers"]


def test_a_mention_joins_its_first_mentions_group_whatever_its_fields() -> None:
    one = doc("story", "2024-11-01", [
        ("North Korea sends 8,000 troops", "8,000", {**TROOPS, "item": "troops", "value": 8000}),
        ("Of the 8,000, most are special forces.", "8,000",
         {"actor": NK, "value": 8000, "mention_of": 0}),
    ])  # fmt: skip
    (g,) = ledger(one).groups
    assert g.item == "troops" and len(g.claims) == 2 and len(g.estimates) == 1


def test_deployed_and_killed_troops_never_merge() -> None:
    corpus = doc("k", "2024-12-10", [
        ("About 11,000 North Korean troops are fighting in Kursk.", "About 11,000",
         {**TROOPS, "item": "North Korean troops", "value": 11000, "qualifier": "approximately"}),
        ("At least 100 North Korean troops have been killed.", "At least 100",
         {"actor": NK, "event": "killed", "item": "North Korean troops", "value": 100,
          "qualifier": "at_least"}),
    ]) + doc("k2", "2024-12-12", [
        ("Some 200 soldiers from the North died in the fighting.", "Some 200",
         {"actor": NK, "event": "killed", "item": "soldiers from the North", "value": 200,
          "qualifier": "approximately"}),
    ])  # fmt: skip
    groups = ledger(corpus).groups
    assert sorted((g.event, [c.text for c in g.claims]) for g in groups) == [
        ("deployed", ["About 11,000"]),
        ("killed", ["At least 100", "Some 200"]),
    ]
    killed = next(g for g in groups if g.event == "killed")
    assert killed.status == "agree"


def test_shells_and_missiles_never_merge() -> None:
    ship = {"actor": NK, "event": "shipped", "counterparty": "Russia"}
    corpus = doc("m", "2024-06-01", [
        ("The North has shipped 3 million artillery shells to Russia.", "3 million",
         {**ship, "item": "artillery shells", "value": 3e6}),
        ("It also supplied 50 ballistic missiles.", "50",
         {**ship, "item": "ballistic missiles", "value": 50}),
    ]) + doc("m2", "2024-06-05", [
        ("Analysts say 3 million rounds have crossed the border.", "3 million",
         {**ship, "item": "rounds", "value": 3e6, "source": "analysts"}),
        ("Up to 60 missiles were also handed over.", "Up to 60",
         {**ship, "item": "missiles", "value": 60, "qualifier": "at_most"}),
    ])  # fmt: skip
    got = {g.item: (members(g), g.status) for g in ledger(corpus).groups}
    assert got == {
        "shells": ([("m", "3 million"), ("m2", "3 million")], "agree"),
        "missiles": ([("m", "50"), ("m2", "Up to 60")], "agree"),
    }


def test_trade_of_2023_and_2024_never_merge() -> None:
    trade = {"actor": "Russia", "event": "traded", "counterparty": NK, "unit": "USD",
             "item": "bilateral trade"}  # fmt: skip
    y23 = {"date_start": "2023-01-01", "date_end": "2023-12-31", "date_text": "2023"}
    y24 = {"date_start": "2024-01-01", "date_end": "2024-12-31", "date_text": "2024"}
    corpus = doc("t1", "2025-02-10", [
        ("Bilateral trade reached $34 million in 2023.", "$34 million",
         {**trade, **y23, "value": 3.4e7}),
        ("In 2024 bilateral trade rose to $52 million.", "$52 million",
         {**trade, **y24, "value": 5.2e7}),
    ]) + doc("t2", "2025-02-20", [
        ("Customs data put 2024 bilateral trade at $50 million.", "$50 million",
         {**trade, **y24, "value": 5.0e7, "source": "customs data"}),
    ])  # fmt: skip
    groups = ledger(corpus).groups
    assert [(members(g), g.status) for g in groups] == [
        ([("t1", "$52 million"), ("t2", "$50 million")], "agree"),
        ([("t1", "$34 million")], "single"),
    ]


def test_figures_far_apart_in_time_are_separate_groups() -> None:
    corpus = doc("a", "2024-01-10", [
        ("About 4,000 North Korean workers are in Russia.", "About 4,000",
         {"actor": NK, "event": "deployed", "item": "North Korean workers", "value": 4000,
          "qualifier": "approximately"}),
    ]) + doc("b", "2025-03-01", [
        ("Some 15,000 North Korean laborers arrived last year.", "Some 15,000",
         {"actor": NK, "event": "deployed", "item": "North Korean laborers", "value": 15000,
          "qualifier": "approximately"}),
    ])  # fmt: skip
    assert [members(g) for g in ledger(corpus).groups] == [
        [("a", "About 4,000")],
        [("b", "Some 15,000")],
    ]
    assert len(ledger(corpus, window_days=500).groups) == 1


def test_one_document_does_not_contradict_its_own_source() -> None:
    corpus = doc("d", "2024-12-01", [
        ("Russia has massed 50,000 troops near Kursk, including North Koreans.", "50,000",
         {"actor": "Russia", "event": "deployed", "item": "troops", "value": 50000}),
        ("Another 4,000 Russian troops arrived this week.", "4,000",
         {"actor": "Russia", "event": "deployed", "item": "Russian troops", "value": 4000}),
    ])  # fmt: skip
    assert [members(g) for g in ledger(corpus).groups] == [[("d", "50,000")], [("d", "4,000")]]


def test_bad_input() -> None:
    assert ledger([]).groups == []
    with pytest.raises(TypeError, match="takes Claim records"):
        ledger(["12,000 troops"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="window_days"):
        ledger([], window_days=-1)


def test_the_package_docstring_example_runs() -> None:
    import doctest
    import importlib

    module = importlib.import_module("nkclaims.ledger")
    result = doctest.testmod(module, raise_on_error=False)
    assert (result.attempted, result.failed) == (7, 0)


def test_a_casualty_counts_people_whatever_the_item_says() -> None:
    k = {"actor": NK, "event": "killed"}
    corpus = doc("x", "2025-01-10", [
        ("Around 400 North Koreans have died in Kursk, officials said.", "Around 400",
         {**k, "item": "North Koreans", "value": 400, "qualifier": "approximately",
          "source": "officials"}),
    ]) + doc("y", "2025-01-12", [
        ("Seoul counted 410 deaths among the troops.", "410",
         {**k, "item": "deaths", "value": 410, "source": "South Korea"}),
        ("Of those, 400 fell in one week.", "400", {**k, "item": None, "value": 400,
                                                     "mention_of": 0}),
    ]) + doc("z", "2025-01-13", [
        ("About 420 North Koreans are working at the port.", "About 420",
         {"actor": NK, "event": "deployed", "item": "North Koreans", "value": 420,
          "qualifier": "approximately"}),
    ])  # fmt: skip
    groups = ledger(corpus).groups
    assert [(g.event, g.item, [c.text for c in g.claims]) for g in groups] == [
        ("killed", "troops", ["Around 400", "410", "400"]),
        ("deployed", "korean", ["About 420"]),
    ]
    assert groups[0].status == "agree"


def test_a_figure_joins_the_group_whose_figures_are_nearest() -> None:
    corpus = doc("brief", "2024-10-24", [
        ("The first 1,500 soldiers have arrived, the spy agency said.", "1,500",
         {**TROOPS, "item": "soldiers", "value": 1500, "source": NIS}),
        ("In all 12,000 soldiers will be sent, it added.", "12,000",
         {**TROOPS, "item": "soldiers", "value": 12000, "source": NIS}),
    ]) + doc("later", "2024-10-30", [
        ("Around 11,500 troops are expected, a US official said.", "Around 11,500",
         {**TROOPS, "item": "troops", "value": 11500, "qualifier": "approximately",
          "source": "US official"}),
        ("The 1,600 soldiers already there are training.", "1,600",
         {**TROOPS, "item": "soldiers", "value": 1600, "source": "US official"}),
    ])  # fmt: skip
    got = sorted((members(g), g.status) for g in ledger(corpus).groups)
    assert got == [
        ([("brief", "1,500"), ("later", "1,600")], "agree"),
        ([("brief", "12,000"), ("later", "Around 11,500")], "agree"),
    ]


def test_two_disagreeing_figures_of_one_document_are_two_quantities() -> None:
    share = {"actor": NK, "event": "casualties", "unit": "percent", "item": "soldiers"}
    corpus = doc("nyt", "2025-01-15", [
        ("About a third of the soldiers have been hit, US officials said.", "About a third",
         {**share, "value": 33.33, "qualifier": "approximately", "source": "US officials"}),
        ("A Ukrainian general put the share at nearly half.", "nearly half",
         {**share, "value": 50, "qualifier": "approximately", "source": "Ukraine"}),
    ])  # fmt: skip
    assert [members(g) for g in ledger(corpus).groups] == [
        [("nyt", "About a third")],
        [("nyt", "nearly half")],
    ]


def test_a_running_total_since_a_date_is_read_as_of_its_publication() -> None:
    ship = {"actor": NK, "event": "shipped", "item": "containers"}
    corpus = doc("feb", "2024-02-12", [
        ("Since August, some 10,000 containers have crossed.", "some 10,000",
         {**ship, "value": 10000, "qualifier": "approximately", "date_text": "Since August",
          "date_start": "2023-08-01", "date_end": "2024-02-12"}),
    ]) + doc("may", "2025-05-30", [
        ("Over 20,000 containers have been shipped since August 2023.", "Over 20,000",
         {**ship, "value": 20000, "qualifier": "more_than", "date_text": "since August 2023",
          "date_start": "2023-08-01", "date_end": "2025-05-30"}),
    ])  # fmt: skip
    assert [members(g) for g in ledger(corpus).groups] == [
        [("feb", "some 10,000")],
        [("may", "Over 20,000")],
    ]


def test_one_estimate_is_single_and_its_repeats_do_not_make_it_agree() -> None:
    one = doc("s", "2024-11-01", [
        ("Pyongyang sends 3,000 troops", "3,000", {**TROOPS, "item": "troops", "value": 3000}),
        ("The 3,000 troops left by ship, the NIS said.", "3,000",
         {**TROOPS, "item": "troops", "value": 3000, "source": NIS, "mention_of": 0}),
    ])  # fmt: skip
    (g,) = ledger(one).groups
    assert (g.status, len(g.claims), len(g.estimates), g.sources) == ("single", 2, 1, [NIS])
