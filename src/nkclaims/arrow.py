"""The record as Apache Arrow: a schema derived from `Claim`, tables, and Parquet files.

pyarrow is the optional extra ``nkclaims[dask]`` (it is also part of ``test``)::

    from nkclaims import arrow
    table = arrow.claims_to_arrow(claims)          # one row per claim
    arrow.write_parquet(claims, "claims.parquet")
    same = arrow.read_parquet("claims.parquet")    # identical Claim objects back

The schema follows the model field by field, so a field added to `Claim` is a column
here without any change: text as ``string``, offsets as ``int64``, numbers as
``float64``, ``hedged`` as ``bool``, dates as ``date32``, and the low-cardinality
``qualifier`` and ``unit`` as dictionary-encoded strings. A field is nullable exactly
when the model admits ``None``.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from nkclaims.models import Claim
from nkclaims.results import Claims, field_kinds

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["DICTIONARY_FIELDS", "claims_to_arrow", "read_parquet", "schema", "write_parquet"]

PathLike = str | os.PathLike[str]

#: String fields stored dictionary-encoded: few distinct values over many rows.
DICTIONARY_FIELDS: frozenset[str] = frozenset({"qualifier", "unit"})

ARROW_EXTRA_MESSAGE = (
    "nkclaims.arrow needs pyarrow, which is part of the optional extra 'nkclaims[dask]'; "
    "install it with: pip install 'nkclaims[dask]'"
)


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise ImportError(ARROW_EXTRA_MESSAGE, name="pyarrow") from exc
    return pyarrow


def _arrow_type(name: str, kind: str) -> pa.DataType:
    pa = _pyarrow()
    if name in DICTIONARY_FIELDS:
        return pa.dictionary(pa.int32(), pa.string())
    types = {
        "bool": pa.bool_(),
        "int": pa.int64(),
        "float": pa.float64(),
        "str": pa.string(),
        "enum": pa.string(),
        "date": pa.date32(),
    }
    if kind not in types:
        raise TypeError(f"Claim.{name} has no Arrow column type (kind {kind!r})")
    return types[kind]


def schema() -> pa.Schema:
    """The Arrow schema of `Claim`: one field per model field, in model order."""
    pa = _pyarrow()
    return pa.schema(
        [
            pa.field(name, _arrow_type(name, kind), nullable=nullable)
            for name, (kind, nullable) in field_kinds().items()
        ]
    )


def _cell(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def claims_to_arrow(claims: Iterable[Claim]) -> pa.Table:
    """One Arrow row per claim, with exactly `schema`'s columns and types."""
    pa = _pyarrow()
    rows = list(claims)
    target = schema()
    arrays = []
    for field in target:
        values = [_cell(getattr(claim, field.name)) for claim in rows]
        if pa.types.is_dictionary(field.type):
            arrays.append(pa.array(values, type=pa.string()).dictionary_encode())
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=target)


def write_parquet(claims: Iterable[Claim], path: PathLike) -> int:
    """Write the claims as one Parquet file with `schema`; return the row count."""
    import pyarrow.parquet as pq

    table = claims_to_arrow(claims)
    pq.write_table(table, os.fspath(path))
    return int(table.num_rows)


def table_to_claims(table: pa.Table) -> Claims:
    """`Claim` objects back from a table with `schema`'s columns (extra columns are refused)."""
    unknown = set(table.column_names) - set(Claim.model_fields)
    if unknown:
        raise ValueError(f"columns that are not Claim fields: {sorted(unknown)}")
    return Claims(Claim.model_validate(row) for row in table.to_pylist())


def read_parquet(path: PathLike) -> Claims:
    """Read a Parquet file, or a directory of them (a dataset), back into `Claims`.

    A dataset written by `nkclaims.dask.extract_to_parquet` holds one file per partition;
    they are read in file-name order, so claims come back grouped by partition. Sort by
    ``(doc_id, start)`` when the order across documents matters.
    """
    import pyarrow.parquet as pq

    _pyarrow()
    target = os.fspath(path)
    if os.path.isdir(target):
        names = sorted(
            n for n in os.listdir(target) if n.startswith("part-") and n.endswith(".parquet")
        )
        claims = Claims()
        for name in names:
            claims.extend(
                table_to_claims(pq.read_table(os.path.join(target, name), schema=schema()))
            )
        return Claims(claims)
    return table_to_claims(pq.read_table(target, schema=schema()))
