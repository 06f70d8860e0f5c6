"""Loose claims (no date, no item head) join the group whose figure they restate."""

from __future__ import annotations

from nkclaims import ledger
from nkclaims.ledger.attach import NEAR
from tests.ledger_helpers import doc, members

NK = "North Korea"
TROOPS = {"actor": NK, "event": "deployed", "counterparty": "Russia"}
SHELLS = {"actor": NK, "event": "shipped", "counterparty": "Russia"}


def _dated() -> list[object]:
    return [
        *doc("wire", "2024-11-04", [
            ("About 11,000 North Korean soldiers are now in Russia, the NIS said.",
             "About 11,000", {**TROOPS, "item": "North Korean soldiers", "source": "NIS",
                              "qualifier": "approximately", "value": 11000}),
        ]),
        *doc("daily", "2025-09-20", [
            ("Pyongyang has shipped 3,000 North Korean troops to the front in a second wave.",
             "3,000", {**TROOPS, "item": "North Korean troops", "value": 3000}),
        ]),
        *doc("weekly", "2024-06-10", [
            ("North Korea has sent more than 5 million artillery shells, Seoul estimates.",
             "more than 5 million", {**SHELLS, "item": "artillery shells",
                                     "qualifier": "more_than", "value": 5e6}),
        ]),
    ]  # fmt: skip


def test_an_undated_figure_joins_the_dated_estimate_it_agrees_with() -> None:
    undated = doc("analysis", None, [
        ("Analysts believe roughly 11,500 troops from the North were dispatched.",
         "roughly 11,500", {**TROOPS, "item": "troops from the North",
                            "qualifier": "approximately", "value": 11500}),
        ("The North has also shipped over 5 million rounds.",
         "over 5 million", {**SHELLS, "item": "rounds", "qualifier": "more_than",
                            "value": 5e6}),
    ])  # fmt: skip
    groups = {g.item: members(g) for g in ledger([*_dated(), *undated]).groups if len(g.claims) > 1}
    assert sorted(groups) == ["shells", "troops"]
    assert groups["troops"] == [("wire", "About 11,000"), ("analysis", "roughly 11,500")]
    assert groups["shells"] == [("weekly", "more than 5 million"), ("analysis", "over 5 million")]


def test_an_undated_figure_that_agrees_with_nothing_stays_apart() -> None:
    undated = doc("analysis", None, [
        ("Some 700 engineering troops are to follow.",
         "Some 700", {**TROOPS, "item": "engineering troops", "qualifier": "approximately",
                      "value": 700}),
    ])  # fmt: skip
    result = ledger([*_dated(), *undated])
    (alone,) = [g for g in result.groups if ("analysis", "Some 700") in members(g)]
    assert members(alone) == [("analysis", "Some 700")]
    assert alone.status == "single"


def test_a_figure_with_no_item_joins_the_group_of_its_event_and_actor() -> None:
    bare = doc("tv", "2024-11-06", [
        ("Kyiv put the figure at 11,000, the same as Seoul.",
         "11,000", {**TROOPS, "source": "Ukraine", "value": 11000}),
    ])  # fmt: skip
    result = ledger([*_dated(), *bare])
    (g,) = [g for g in result.groups if ("tv", "11,000") in members(g)]
    assert members(g) == [("wire", "About 11,000"), ("tv", "11,000")]
    assert g.status == "agree"


def test_a_figure_with_no_item_outside_the_period_stays_apart() -> None:
    bare = doc("tv", "2026-03-01", [
        ("Kyiv put the figure at 11,000.", "11,000", {**TROOPS, "source": "Ukraine",
                                                     "value": 11000}),
    ])  # fmt: skip
    result = ledger([*_dated(), *bare])
    (g,) = [g for g in result.groups if ("tv", "11,000") in members(g)]
    assert members(g) == [("tv", "11,000")]


def test_an_undated_figure_never_joins_a_group_its_own_document_contradicts() -> None:
    both = doc("wire", "2024-11-04", [
        ("About 11,000 North Korean soldiers are now in Russia, the NIS said.",
         "About 11,000", {**TROOPS, "item": "North Korean soldiers", "source": "NIS",
                          "qualifier": "approximately", "value": 11000}),
    ])  # fmt: skip
    undated = doc("memo", None, [
        ("At least 10,000 North Korean soldiers went, and 12,000 by one count.",
         "At least 10,000", {**TROOPS, "item": "North Korean soldiers", "qualifier": "at_least",
                             "value": 10000}),
        ("Only 3,000 soldiers went first.", "3,000",
         {**TROOPS, "item": "soldiers", "value": 3000}),
    ])  # fmt: skip
    result = ledger([*both, *undated])
    (g,) = [g for g in result.groups if ("wire", "About 11,000") in members(g)]
    assert members(g) == [("wire", "About 11,000"), ("memo", "At least 10,000")]
    (alone,) = [x for x in result.groups if ("memo", "3,000") in members(x)]
    assert members(alone) == [("memo", "3,000")]


def test_each_loose_claim_looks_at_a_bounded_number_of_groups() -> None:
    assert 1 <= NEAR <= 16
