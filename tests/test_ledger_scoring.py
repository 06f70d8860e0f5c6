"""Scoring a ledger against expected groups: pairwise precision/recall and status."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from nkclaims import ledger
from nkclaims.ledger.scoring import (
    ExpectedGroup,
    claims_from_gold,
    manifest_dates,
    match_extracted,
    read_expected,
    score_ledger,
)
from tests.ledger_helpers import doc

NK = "North Korea"


def _claims() -> list:  # type: ignore[type-arg]
    t = {"actor": NK, "event": "deployed", "item": "troops"}
    k = {"actor": NK, "event": "killed", "item": "troops"}
    return doc("a", "2024-11-01", [
        ("Some 10,000 troops went.", "10,000", {**t, "value": 10000}),
        ("At least 100 troops died.", "100", {**k, "value": 100}),
    ]) + doc("b", "2024-11-03", [
        ("About 11,000 troops are there.", "11,000", {**t, "value": 11000}),
        ("Roughly 200 troops were killed.", "200", {**k, "value": 200}),
    ])  # fmt: skip


def test_pairwise_scores_and_status() -> None:
    claims = _claims()
    a10, a100, b11, b200 = ((c.doc_id, c.start, c.end) for c in claims)
    expected = [
        ExpectedGroup("troops", "agree", (a10, b11), {}),
        ExpectedGroup("killed", "agree", (a100, b200, ("test_doc", 1, 5)), {}),
    ]
    score = score_ledger(ledger(claims), expected)
    assert (score.expected_pairs, score.predicted_pairs, score.common_pairs) == (2, 2, 2)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert (score.groups, score.status_right) == (2, 1)  # the ledger reads 100 vs 200 as disagree
    merged = score_ledger(ledger(claims), [ExpectedGroup("all", None, (a10, a100, b11, b200), {})])
    assert (merged.precision, merged.recall) == (1.0, pytest.approx(2 / 6))
    assert merged.line().startswith("pairwise P 1.000 R 0.333 F1 0.500 (2/2 predicted, 2/6")


def test_extracted_claims_are_scored_through_their_gold_names() -> None:
    gold = _claims()
    shifted = [c.model_copy(update={"start": c.start - 5}) for c in gold[:3]]  # "Some 10,000"
    names = match_extracted(shifted, gold)
    assert sorted(names.values()) == sorted((c.doc_id, c.start, c.end) for c in gold[:3])
    expected = [ExpectedGroup("troops", "agree", tuple((c.doc_id, c.start, c.end) for c in (gold[0], gold[2])), {})]  # fmt: skip
    score = score_ledger(ledger(shifted), expected, names=names)
    assert (score.common_pairs, score.expected_pairs, score.predicted_pairs) == (1, 1, 1)


def test_files(tmp_path: Path) -> None:
    (tmp_path / "S.tsv").write_text(
        "id\toutlet\turl\tdate\tnotes\nx\tA\tu\t2025-04\tn\ny\tB\tu\t2015\tn\n"
        "z\tC\tu\tunknown\tn\nw\tD\tu\t2024-12-20\tn\n",
        "utf-8",
    )
    assert manifest_dates(tmp_path / "S.tsv") == {
        "x": dt.date(2025, 4, 15),
        "y": dt.date(2015, 7, 1),
        "w": dt.date(2024, 12, 20),
    }
    raw = tmp_path / "r.txt"
    raw.write_text("SEOUL, Dec. 20, 2024 (Yonhap)\nAbout 1,000 soldiers died.\n", "utf-8")
    gold = tmp_path / "r.jsonl"
    line = {"text": "About 1,000", "start": 30, "end": 41, "value": 1000, "low": None,
            "high": None, "qualifier": "approximately", "unit": "count", "per": None,
            "item": "soldiers", "actor": NK, "source": None, "hedged": False,
            "event": "killed", "counterparty": None}  # fmt: skip
    gold.write_text(json.dumps(line) + "\n\n", "utf-8")
    (c,) = claims_from_gold(gold, raw)
    assert (c.doc_id, c.text, c.event, c.published) == (
        "r",
        "About 1,000",
        "killed",
        dt.date(2024, 12, 20),
    )
    (c,) = claims_from_gold(gold, raw, dt.date(2024, 12, 21))
    assert c.published == dt.date(2024, 12, 21)
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g", "status": "agree", "members": [["r", 30, 41]]}) + "\n")
    (g,) = read_expected(groups)
    assert (g.id, g.status, g.members) == ("g", "agree", (("r", 30, 41),))
    groups.write_text(json.dumps({"id": "g", "members": [["r", 30]]}) + "\n")
    with pytest.raises(ValueError, match="line 1: bad members"):
        read_expected(groups)
