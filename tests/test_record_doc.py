"""docs/record.md describes exactly the fields of `Claim`, with real examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nkclaims
from nkclaims import Claim

from .conftest import read_article

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")


def described_fields() -> list[str]:
    table = DOC.split("## Fields", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.M)


def test_every_field_is_described_once_and_nothing_else() -> None:
    names = described_fields()
    assert len(names) == len(set(names))
    assert names == list(Claim.model_fields)


def test_the_example_is_real_output() -> None:
    block = DOC.split("```json\n", 1)[1].split("```", 1)[0]
    example = json.loads(block)
    claims = nkclaims.extract(read_article("003_4562ce3b92ba1bea"), doc_id="003")
    real = next(c for c in claims if c.text == example["text"]).model_dump(mode="json")
    assert {k: real[k] for k in example} == example
    nis = next(c for c in claims if c.text == "approximately 11,000")
    assert (nis.value, nis.qualifier.value, nis.unit, nis.item, nis.actor, nis.source) == (
        11000.0,
        "approximately",
        "count",
        "North Korean troops",
        "North Korea",
        "National Intelligence Service",
    )
    assert nis.hedged is False


def test_the_readme_links_the_record_and_not_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/record.md)" in readme
    assert "../shared" not in readme
