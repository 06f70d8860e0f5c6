"""Shared fixtures: the bundled articles, read as the gold offsets index them."""

from __future__ import annotations

from pathlib import Path

import pytest

import nkclaims
from nkclaims.models import Claim

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "data" / "gold"


def read_article(stem: str) -> str:
    with open(RAW / f"{stem}.txt", encoding="utf-8", newline="") as fh:
        return fh.read()


ARTICLES = sorted(p.stem for p in RAW.glob("*.txt"))


@pytest.fixture(scope="session")
def articles() -> dict[str, str]:
    return {stem: read_article(stem) for stem in ARTICLES}


@pytest.fixture(scope="session")
def extracted(articles: dict[str, str]) -> dict[str, list[Claim]]:
    return {stem: nkclaims.extract(text, doc_id=stem) for stem, text in articles.items()}


def claim_by_text(claims: list[Claim], text: str, nth: int = 0) -> Claim:
    found = [c for c in claims if c.text == text]
    assert len(found) > nth, f"no claim {text!r} (#{nth}) among {[c.text for c in claims]}"
    return found[nth]
