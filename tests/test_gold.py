"""The gold set is valid, the evaluator catches what it should, and quality does not regress."""

from __future__ import annotations

import json

import pytest

from nkclaims.evaluate import (
    LABELLED_PER_CLAIM,
    GoldClaim,
    evaluate,
    evaluate_dirs,
    match,
    read_gold,
    read_raw,
)
from nkclaims.models import Claim, Qualifier

from .conftest import GOLD, RAW
from .gold_checks import check_event_labels

GOLD_FILES = sorted(GOLD.glob("*.jsonl"))
EVENT_FIELDS = set(LABELLED_PER_CLAIM)
ACTORS = {
    "North Korea",
    "Russia",
    "South Korea",
    "United States",
    "Ukraine",
    "China",
    "Nepal",
    "Qatar",
    "Soviet Union",
}


def test_every_article_has_a_gold_file() -> None:
    assert {p.stem for p in GOLD_FILES} == {p.stem for p in RAW.glob("*.txt")}


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_file_is_valid(path) -> None:  # type: ignore[no-untyped-def]
    raw = read_raw(RAW / f"{path.stem}.txt")
    claims = read_gold(path)
    assert claims, "empty gold file"
    last = -1
    for g in claims:
        assert raw[g.start : g.end] == g.text, g
        assert g.start >= last, "gold lines are in text order"
        last = g.start
        if g.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
            assert g.low is not None and g.high is not None and g.low < g.high
        if g.qualifier is Qualifier.RANGE:
            assert g.value is None
        else:
            assert g.value is not None or g.qualifier is Qualifier.VAGUE
        assert (
            g.unit == "count"
            or g.unit in ("percent", "times")
            or g.unit.isupper()
            or g.unit.islower()
        )
        assert g.actor is None or g.actor in ACTORS
    # every line has exactly the contract's fields
    for line in path.read_text(encoding="utf-8").splitlines():
        keys = set(json.loads(line))
        assert keys in (set(GoldClaim.model_fields), set(GoldClaim.model_fields) - EVENT_FIELDS)
    check_event_labels(path, claims)
    for g in claims:
        assert g.counterparty is None or g.counterparty in ACTORS | {"Kuwait"}, g.counterparty


def gold(text: str, start: int, **kw: object) -> GoldClaim:
    base = dict(
        text=text,
        start=start,
        end=start + len(text),
        value=None,
        low=None,
        high=None,
        qualifier=Qualifier.EXACT,
        unit="count",
        per=None,
        item=None,
        actor=None,
        source=None,
        hedged=False,
    )
    base.update(kw)
    return GoldClaim(**base)  # type: ignore[arg-type]


def pred(text: str, start: int, **kw: object) -> Claim:
    base = dict(
        text=text,
        start=start,
        end=start + len(text),
        sentence_index=0,
        sentence=text,
        qualifier=Qualifier.EXACT,
        unit="count",
    )
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


DOC = (
    "About 4,000 North Korean workers are in Russia, according to the NIS. Wages are $800 a month."
)
LABELS_1 = dict(
    value=4000.0,
    qualifier=Qualifier.APPROXIMATELY,
    item="North Korean workers",
    actor="North Korea",
    source="National Intelligence Service",
)
LABELS_2 = dict(value=800.0, unit="USD", per="month", actor="North Korea")
G1 = gold("About 4,000", 0, **LABELS_1)
G2 = gold("$800 a month", 82, item="Wages", **LABELS_2)
P1 = pred("About 4,000", 0, **LABELS_1)
P2 = pred("$800 a month", 82, item="wages", **LABELS_2)


def test_perfect_prediction_scores_one() -> None:
    r = evaluate([("d", DOC, [G1, G2], [P1, P2])])
    assert r.span_f1 == 1.0 and r.complete_f1 == 1.0
    assert all(s.correct == s.total for s in r.fields.values())


def test_a_wrong_value_is_caught() -> None:
    wrong = P1.model_copy(update={"value": 4100.0})
    r = evaluate([("d", DOC, [G1, G2], [wrong, P2])])
    assert r.fields["number"].correct == 1 and r.complete == 1
    assert any(e.field == "number" for e in r.errors)
    # within 0.5% is right
    close = P1.model_copy(update={"value": 4019.0})
    assert evaluate([("d", DOC, [G1], [close])]).fields["number"].correct == 1


def test_a_missed_claim_is_caught() -> None:
    r = evaluate([("d", DOC, [G1, G2], [P1])])
    assert r.span_recall == 0.5 and r.span_precision == 1.0
    assert [e.kind for e in r.errors] == ["miss"]


def test_an_extra_claim_is_caught() -> None:
    extra = pred("Russia", 40)
    r = evaluate([("d", DOC, [G1, G2], [P1, P2, extra])])
    assert r.span_precision == pytest.approx(2 / 3) and r.span_recall == 1.0
    assert [e.kind for e in r.errors] == ["extra"]


def test_a_wrong_source_is_caught_and_breaks_completeness() -> None:
    wrong = P1.model_copy(update={"source": "Wi Sung-lac"})
    r = evaluate([("d", DOC, [G1, G2], [wrong, P2])])
    assert r.fields["source"].correct == 1 and r.complete == 1
    err = next(e for e in r.errors if e.field == "source")
    assert (err.gold, err.predicted) == ("National Intelligence Service", "Wi Sung-lac")


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    g = [gold("600,000 to 700,000 tons", 0)]
    p = [pred("600,000", 0), pred("600,000 to 700,000 tons", 0)]
    assert match(g, p) == [(0, 1)]


def test_item_matches_on_the_gold_head_noun() -> None:
    g = gold("3 million", 0, item="rounds of artillery shells")
    assert (
        evaluate([("d", "3 million", [g], [pred("3 million", 0, item="rounds")])])
        .fields["item"]
        .correct
        == 1
    )
    assert (
        evaluate([("d", "3 million", [g], [pred("3 million", 0, item="shells")])])
        .fields["item"]
        .correct
        == 0
    )


FLOORS = json.loads((GOLD.parent.parent / "tests" / "gold_floors.json").read_text())["data/gold"]


def test_quality_on_the_gold_set_does_not_regress() -> None:
    metrics = evaluate_dirs(GOLD, RAW).metrics()
    below = {k: (round(metrics[k], 4), floor) for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not below, f"metrics below their floors (measured, floor): {below}"
