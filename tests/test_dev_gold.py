"""The development corpus (data/dev): every gold file valid, both halves guarded by floors.

A labelling slip (offsets that do not reproduce the text, a word outside the contract, a
value that disagrees with its qualifier) fails here rather than skewing a score.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from nkclaims.evaluate import GoldClaim, evaluate_dirs, read_gold, read_raw
from nkclaims.models import Qualifier

from .conftest import ROOT
from .gold_checks import check_event_labels

DEV = ROOT / "data" / "dev"
HALVES = ("tune", "test", "fresh", "fresh2")
LABELLED = HALVES
DATE_FIELDS = {"date_start", "date_end"}
EVENT_FIELDS = {"event", "counterparty"}
FILES = [p for half in LABELLED for p in sorted((DEV / half / "gold").glob("*.jsonl"))]

# CLAIMS.md section 4: an actor is written canonically, never as one of these aliases.
ALIASES = {
    "Pyongyang", "DPRK", "N. Korea", "the North", "North Korean", "Moscow", "the Kremlin",
    "Kremlin", "Russian", "Seoul", "South Korean", "US", "U.S.", "USA", "Washington",
    "American", "the Pentagon", "Kyiv", "Ukrainian", "Beijing", "Chinese",
}  # fmt: skip
DETERMINERS = ("the ", "a ", "an ", "its ", "their ", "his ", "her ", "this ", "these ")
PLURAL_UNITS_OK = {"celsius", "gas", "times", "us"}


def _unit_ok(unit: str) -> bool:
    if unit in ("count", "percent", "times") or re.fullmatch(r"[A-Z]{3}", unit):
        return True
    last = unit.split()[-1]
    return unit == unit.lower() and (not last.endswith("s") or last in PLURAL_UNITS_OK)


def test_the_corpus_has_its_size_and_two_halves() -> None:
    tune = list((DEV / "tune" / "gold").glob("*.jsonl"))
    test = list((DEV / "test" / "gold").glob("*.jsonl"))
    assert len(tune) >= 40 and len(test) >= 20
    assert not {p.stem for p in tune} & {p.stem for p in test}
    claims = sum(len(read_gold(p)) for p in tune + test)
    assert claims >= 450


def test_every_document_has_its_raw_text_and_a_manifest_row() -> None:
    with open(DEV / "SOURCES.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    by_id = {r["id"]: r for r in rows}
    assert len(by_id) == len(rows), "ids repeat in SOURCES.tsv"
    ids = set()
    for half in LABELLED:
        raws = {p.stem for p in (DEV / half / "raw").glob("*.txt")}
        golds = {p.stem for p in (DEV / half / "gold").glob("*.jsonl")}
        assert raws == golds, half
        ids |= raws
    assert ids == set(by_id)
    for r in rows:
        assert r["outlet"].strip() and r["url"].startswith("http"), r
        assert re.fullmatch(r"\d{4}(-\d{2}){0,2}|unknown", r["date"]), r
    assert len({r["outlet"] for r in rows}) >= 30


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gold_file_is_valid(path: Path) -> None:
    raw = read_raw(path.parent.parent / "raw" / f"{path.stem}.txt")
    claims = read_gold(path)
    assert claims, "empty gold file"
    last = (-1, -1)
    for g in claims:
        assert raw[g.start : g.end] == g.text, g
        assert g.text == g.text.strip() and g.text, g
        assert (g.start, g.end) > last, "gold lines are in text order, none repeated"
        last = (g.start, g.end)
        if g.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
            assert g.low is not None and g.high is not None and g.low < g.high, g
        else:
            assert g.low is None and g.high is None, g
        if g.qualifier is Qualifier.RANGE:
            assert g.value is None, g
        elif g.qualifier is Qualifier.VAGUE:
            assert g.value is None or g.value == g.low, g
        else:
            assert g.value is not None, g
        assert _unit_ok(g.unit), g.unit
        assert g.per is None or (g.per == g.per.lower() and g.per.strip()), g.per
        assert g.actor is None or (g.actor.strip() and g.actor not in ALIASES), g.actor
        for name in ("item", "source"):
            v = getattr(g, name)
            assert v is None or (v.strip() == v and v and not v.lower().startswith(DETERMINERS)), (
                name,
                v,
            )
    for line in path.read_text(encoding="utf-8").splitlines():
        keys = set(json.loads(line))
        full = set(GoldClaim.model_fields)
        assert keys in (
            full,
            full - DATE_FIELDS,
            full - EVENT_FIELDS,
            full - DATE_FIELDS - EVENT_FIELDS,
        )
    check_event_labels(path, claims)


FLOORS = json.loads((ROOT / "tests" / "gold_floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("half", HALVES)
def test_quality_on_the_development_corpus_does_not_regress(half: str) -> None:
    floors = FLOORS[f"data/dev/{half}"]
    metrics = evaluate_dirs(DEV / half / "gold", DEV / half / "raw").metrics()
    below = {
        k: (round(metrics[k], 4), floor)
        for k, floor in floors.items()
        if not k.startswith("_") and metrics[k] < floor
    }
    assert not below, f"metrics below their floors (measured, floor): {below}"


AGREEMENT = sorted((DEV / "agreement" / "second").glob("*.jsonl"))


@pytest.mark.parametrize("path", AGREEMENT, ids=[p.stem for p in AGREEMENT])
def test_both_independent_labellings_index_the_text(path: Path) -> None:
    half = next(h for h in HALVES if (DEV / h / "raw" / f"{path.stem}.txt").exists())
    raw = read_raw(DEV / half / "raw" / f"{path.stem}.txt")
    for labels in (path, DEV / "agreement" / "first" / path.name):
        for g in read_gold(labels):
            assert raw[g.start : g.end] == g.text, (labels, g)


def test_a_dozen_documents_are_labelled_twice() -> None:
    assert len(AGREEMENT) >= 12
