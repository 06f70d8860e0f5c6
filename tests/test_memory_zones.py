"""Long streams stay flat: extract_many runs in spaCy memory zones, results unchanged."""

from __future__ import annotations

import spacy

import nkclaims
from nkclaims.pipeline import MemoryZones, default_pipeline

from .corpus_gen import distinct_documents


def test_extract_many_keeps_the_string_store_flat_and_results_identical() -> None:
    docs = distinct_documents(900, seed=21)
    strings = default_pipeline().vocab.strings
    sizes = []
    results = []
    for i, claims in enumerate(nkclaims.extract_many(docs)):
        results.append(list(claims))
        if i + 1 in (300, 900):
            sizes.append(len(strings))
    # 600 more documents of new vocabulary add (almost) nothing once zones cycle
    assert sizes[1] - sizes[0] < 200, sizes
    one_by_one = [list(nkclaims.extract(text, doc_id=d)) for d, text in docs[:40]]
    assert results[:40] == one_by_one


def test_zones_open_after_the_warm_up_and_cycle() -> None:
    nlp = spacy.blank("en")
    zones = MemoryZones(nlp, every=3, warmup=2)
    with zones:
        nlp("warm up words alpha")
        zones.tick()
        zones.tick()  # second document: the first zone opens now
        before = len(nlp.vocab.strings)
        nlp("zzqx ywvu tsrq")
        zones.tick()
        zones.tick()
        zones.tick()  # the block ends: its new words are evicted
        assert len(nlp.vocab.strings) == before


def test_a_pipeline_without_zones_is_left_alone() -> None:
    with MemoryZones(None) as zones:
        zones.tick()
