"""``docs/claim.schema.json`` is the JSON Schema of `Claim`, kept in sync with the model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nkclaims.models import Claim
from nkclaims.results import claim_json_schema

SCHEMA_DOC = Path(__file__).resolve().parent.parent / "docs" / "claim.schema.json"
REGENERATE = (
    "docs/claim.schema.json is out of date with Claim; regenerate it with\n"
    "  .venv/bin/python -c 'from nkclaims.results import claim_json_schema as s; "
    "import sys; sys.stdout.write(s())' > docs/claim.schema.json"
)


def expected_text() -> str:
    return json.dumps(Claim.model_json_schema(), indent=2, sort_keys=True) + "\n"


def test_schema_doc_matches_the_model() -> None:
    on_disk = SCHEMA_DOC.read_text(encoding="utf-8")
    assert on_disk == expected_text(), REGENERATE


def test_claim_json_schema_is_the_doc_text() -> None:
    # What `nkclaims schema` prints is exactly the checked-in file.
    assert claim_json_schema() == expected_text()


def test_schema_doc_is_valid_json_with_one_trailing_newline() -> None:
    raw = SCHEMA_DOC.read_bytes()
    assert raw.endswith(b"}\n") and not raw.endswith(b"\n\n")
    assert b"\r" not in raw
    json.loads(raw)


def test_every_property_has_a_description() -> None:
    schema: dict[str, Any] = json.loads(SCHEMA_DOC.read_text(encoding="utf-8"))
    properties: dict[str, dict[str, Any]] = schema["properties"]
    assert set(properties) == set(Claim.model_fields)
    undocumented = [
        name for name, spec in properties.items() if not str(spec.get("description", "")).strip()
    ]
    assert undocumented == []
    assert schema.get("description")


def test_schema_names_the_required_fields_and_qualifier_words() -> None:
    schema: dict[str, Any] = json.loads(SCHEMA_DOC.read_text(encoding="utf-8"))
    assert set(schema["required"]) == {
        name for name, info in Claim.model_fields.items() if info.is_required()
    }
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Qualifier"]["enum"] == [
        "exact",
        "approximately",
        "at_least",
        "more_than",
        "at_most",
        "less_than",
        "range",
        "vague",
    ]
