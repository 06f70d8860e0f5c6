"""Claims for the ledger tests, built from sentences written for them (not from data/dev).

`doc` turns a list of ``(sentence, figure, fields)`` into one document's claims with real
offsets: the sentences are joined with spaces and each figure is found in its sentence."""

from __future__ import annotations

import datetime as dt
from typing import Any

from nkclaims.models import Claim

Spec = tuple[str, str, dict[str, Any]]


def doc(doc_id: str, published: str | None, specs: list[Spec]) -> list[Claim]:
    claims: list[Claim] = []
    offset = 0
    for index, (sentence, figure, fields) in enumerate(specs):
        at = sentence.index(figure)
        values: dict[str, Any] = {
            "doc_id": doc_id,
            "text": figure,
            "start": offset + at,
            "end": offset + at + len(figure),
            "sentence_index": index,
            "sentence": sentence,
            "unit": "count",
            "qualifier": "exact",
            "published": dt.date.fromisoformat(published) if published else None,
        }
        values.update(fields)
        claims.append(Claim(**values))
        offset += len(sentence) + 1
    return claims


def members(group: Any) -> list[tuple[str | None, str]]:
    """A group's members as (doc_id, text), in the group's (date) order."""
    return [(c.doc_id, c.text) for c in group.claims]
