"""Grouping is linear apart from one sort: each claim is compared with a bounded number of
groups, whatever the corpus size (counted, not timed)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkclaims.ledger import grouping, ledger
from nkclaims.models import Claim


def _corpus(n: int, per_doc: int = 1) -> list[Claim]:
    """``n`` claims in documents of ``per_doc`` claims over two years: troop counts, shells and trade of varying
    actors and figures, so that buckets hold many claims and groups open and close."""
    out = []
    for i in range(n):
        kind = i % 3
        out.append(
            Claim(
                doc_id=f"d{i // per_doc}",
                text=str(1000 + 37 * i),
                start=0,
                end=len(str(1000 + 37 * i)),
                sentence_index=0,
                sentence="",
                value=1000 + 37 * (i % 50),
                qualifier="exact",
                unit="USD" if kind == 2 else "count",
                item=("troops", "artillery shells", "trade")[kind],
                actor=("North Korea", "Russia")[i % 2],
                event=("deployed", "shipped", "traded")[kind],
                source=f"source {i % 7}",
                published=dt.date(2024, 1, 1) + dt.timedelta(days=(i * 5) % 730),
            )
        )
    return out


def _comparisons(monkeypatch: pytest.MonkeyPatch, n: int, per_doc: int = 1) -> int:
    count = 0
    real = grouping._fits

    def counted(group: grouping._Open, claim: Claim) -> bool:
        nonlocal count
        said = group.said.get(grouping._said_key(claim), [])
        count += 1 + len(said[-grouping.MAX_SAID :])
        return real(group, claim)

    monkeypatch.setattr(grouping, "_fits", counted)
    ledger(_corpus(n, per_doc))
    return count


def test_comparisons_grow_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _comparisons(monkeypatch, 300)
    large = _comparisons(monkeypatch, 2400)
    assert small > 0
    assert large / small < 8 * 1.5  # linear: 8x the claims, about 8x the comparisons
    assert large <= 2400 * (1 + grouping.MAX_SAID) * grouping.MAX_OPEN


def test_a_long_document_is_compared_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one document with thousands of figures of one kind: each claim still meets at most
    # MAX_OPEN groups and MAX_SAID of its own document's figures in each
    for n in (300, 2400):
        assert _comparisons(monkeypatch, n, per_doc=n) <= n * grouping.MAX_OPEN * (
            1 + grouping.MAX_SAID
        )


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400), min_size=0, max_size=40))
def test_every_claim_lands_in_exactly_one_group(days: list[int]) -> None:
    claims = [
        c.model_copy(update={"published": dt.date(2024, 1, 1) + dt.timedelta(days=d)})
        for c, d in zip(_corpus(len(days)), days, strict=True)
    ]
    groups = ledger(claims).groups
    seen = sorted(c.doc_id or "" for g in groups for c in g.claims)
    assert seen == sorted(c.doc_id or "" for c in claims)
    for g in groups:
        dates = [c.published for c in g.claims if c.published]
        assert dates == sorted(dates)
        assert max(dates) - min(dates) <= dt.timedelta(days=grouping.WINDOW_DAYS)
