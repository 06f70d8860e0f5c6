"""Claims compose: filtering, slicing, concatenation and corpus tables keep the type."""

from __future__ import annotations

from pathlib import Path

import pytest

import nkclaims
from nkclaims import Claims

from .conftest import read_article

STEMS = ("000_72dce47520b3db1e", "003_4562ce3b92ba1bea")


def corpus() -> list[Claims]:
    return list(nkclaims.extract_many((s, read_article(s)) for s in STEMS))


def test_filter_by_fields_and_predicate_keeps_claims() -> None:
    claims = corpus()[1]
    nis = claims.filter(source="National Intelligence Service")
    assert isinstance(nis, Claims) and nis.text == claims.text and nis.doc_id == claims.doc_id
    assert [c.text for c in nis] == ["approximately 11,000"]
    assert [c.text for c in claims.filter(hedged=True, unit="USD")] == [
        "between $320 million and $1.3 billion annually"
    ]
    assert [c.text for c in claims.filter(unit={"USD", "percent"})] == [
        "between $320 million and $1.3 billion annually"
    ]
    assert [c.text for c in claims.filter(lambda c: (c.low or c.value or 0) > 1000)] == [
        "approximately 11,000",
        "between $320 million and $1.3 billion annually",
    ]
    assert (
        claims.filter(actor="Russia", hedged=True)
        .summary()
        .startswith("1 claim in 003_4562ce3b92ba1bea")
    )
    assert claims.filter(item=None, unit="count") == []
    with pytest.raises(TypeError, match="unknown Claim fields: sorce"):
        claims.filter(sorce="NIS")
    with pytest.raises(TypeError, match="callable predicate"):
        claims.filter("NIS")  # type: ignore[arg-type]


def test_slices_and_sums_are_claims() -> None:
    a, b = corpus()
    part = a[2:5]
    assert isinstance(part, Claims) and len(part) == 3 and part.text == a.text
    both = a + b
    assert isinstance(both, Claims) and len(both) == len(a) + len(b)
    assert both.doc_id is None and both.text is None
    assert isinstance(a + a[:1], Claims) and (a + a[:1]).text == a.text


def test_concat_and_to_frame_build_one_table_for_a_corpus() -> None:
    parts = corpus()
    everything = Claims.concat(parts)
    assert len(everything) == sum(map(len, parts))
    assert [c.doc_id for c in everything] == [p.doc_id for p in parts for _ in p]
    frame = nkclaims.to_frame(nkclaims.extract_many((s, read_article(s)) for s in STEMS))
    assert list(frame["doc_id"].unique()) == list(STEMS)
    assert len(frame) == len(everything)
    assert frame.equals(everything.to_frame())
    single = Claims.concat([parts[0]])
    assert single.text == parts[0].text and single.doc_id == STEMS[0]
    loose = Claims.concat([parts[0][0], parts[0][1]])
    assert loose.doc_id == STEMS[0] and loose.text is None
    assert nkclaims.to_frame([]).shape == (0, len(nkclaims.Claim.model_fields))


def test_a_saved_corpus_reads_back(tmp_path: Path) -> None:
    everything = Claims.concat(corpus())
    everything.to_jsonl(tmp_path / "c.jsonl")
    everything.to_csv(tmp_path / "c.csv")
    for back in (nkclaims.read_jsonl(tmp_path / "c.jsonl"), nkclaims.read_csv(tmp_path / "c.csv")):
        assert isinstance(back, Claims)
        assert back == everything
        assert back.filter(doc_id=STEMS[1]) == everything.filter(doc_id=STEMS[1])
        assert back.to_frame().equals(everything.to_frame())
