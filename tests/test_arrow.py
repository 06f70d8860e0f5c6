"""The Arrow schema follows `Claim`; Parquet files round-trip to identical claims."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow", reason="the Arrow view needs the extra nkclaims[dask]")

import nkclaims  # noqa: E402
from nkclaims import arrow  # noqa: E402
from nkclaims.models import Claim, Qualifier  # noqa: E402


def test_the_schema_covers_every_model_field_in_order() -> None:
    assert arrow.schema().names == list(Claim.model_fields)


def test_types_and_nullability_are_exact() -> None:
    s = arrow.schema()
    assert s.field("start").type == pa.int64() and not s.field("start").nullable
    assert s.field("value").type == pa.float64() and s.field("value").nullable
    assert s.field("hedged").type == pa.bool_() and not s.field("hedged").nullable
    assert s.field("date_start").type == pa.date32() and s.field("date_start").nullable
    assert s.field("text").type == pa.string() and not s.field("text").nullable
    assert s.field("doc_id").nullable
    for name in ("qualifier", "unit"):
        assert s.field(name).type == pa.dictionary(pa.int32(), pa.string())
        assert not s.field(name).nullable
    for name, info in Claim.model_fields.items():
        admits_none = not info.is_required() and info.default is None
        assert s.field(name).nullable == admits_none, name


def _claim(**kw: object) -> Claim:
    base: dict[str, object] = dict(
        doc_id="d",
        text="about $2 billion",
        start=4,
        end=20,
        sentence_index=0,
        sentence="Pay about $2 billion a year.",
        value=2e9,
        qualifier=Qualifier.APPROXIMATELY,
        unit="USD",
    )
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def test_a_table_holds_the_values_as_written() -> None:
    c = _claim(date_start=dt.date(2024, 1, 1), date_end=dt.date(2024, 12, 31), hedged=True)
    t = arrow.claims_to_arrow([c])
    row = t.to_pylist()[0]
    assert row["value"] == 2e9 and row["qualifier"] == "approximately" and row["unit"] == "USD"
    assert row["date_start"] == dt.date(2024, 1, 1) and row["hedged"] is True
    assert row["low"] is None and row["source"] is None
    assert t.schema == arrow.schema()


def test_an_empty_table_still_has_the_schema(tmp_path: Path) -> None:
    assert arrow.claims_to_arrow([]).schema == arrow.schema()
    assert arrow.write_parquet([], tmp_path / "e.parquet") == 0
    assert list(arrow.read_parquet(tmp_path / "e.parquet")) == []


def test_parquet_round_trips_the_articles_to_identical_claims(
    tmp_path: Path, extracted: dict[str, list[Claim]]
) -> None:
    every = [c for stem in sorted(extracted) for c in extracted[stem]]
    assert arrow.write_parquet(every, tmp_path / "all.parquet") == len(every) > 50
    back = arrow.read_parquet(tmp_path / "all.parquet")
    assert isinstance(back, nkclaims.Claims)
    assert list(back) == every


def test_a_table_with_foreign_columns_is_refused() -> None:
    t = arrow.claims_to_arrow([_claim()]).append_column("extra", pa.array([1]))
    with pytest.raises(ValueError, match="extra"):
        arrow.table_to_claims(t)
