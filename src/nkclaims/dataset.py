"""A claims dataset on disk: one Parquet file per partition, and a failures table.

Both engines write the same layout, so a reader never needs to know which one ran:

- ``part-00000.parquet``, ``part-00001.parquet``, ...: the claims of consecutive groups of
  documents, with `nkclaims.arrow.schema`;
- ``_failures.parquet``: one row per document that could not be processed (``doc_id``,
  ``error``); the leading underscore makes pyarrow, pandas and DuckDB skip it when they
  read the directory as a dataset.

`write_local` is the one-machine engine (this process, or `nkclaims.extract_many`'s worker
processes); `nkclaims.dask.extract_to_parquet` is the distributed one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from nkclaims.api import PublishedLike

__all__ = [
    "DocumentFailure",
    "ParquetSummary",
    "partition_name",
    "prepare_out_dir",
    "write_failures",
    "write_local",
]

FAILURES_FILE = "_failures.parquet"


class DocumentFailure(BaseModel):
    """A document that could not be processed, and why."""

    model_config = ConfigDict(frozen=True)

    doc_id: str | None
    error: str


class ParquetSummary(BaseModel):
    """What a dataset writer wrote."""

    model_config = ConfigDict(frozen=True)

    out_dir: str
    documents: int
    claims: int
    files: list[str]
    failures: list[DocumentFailure]


def partition_name(index: int) -> str:
    """The file name of partition ``index``."""
    return f"part-{index:05d}.parquet"


def prepare_out_dir(out_dir: Path, overwrite: bool) -> None:
    """Make ``out_dir`` ready: new or empty, or (``overwrite``) holding only an earlier run's files.

    Files nkclaims did not write are never deleted."""
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir} exists and is not a directory")
    out_dir.mkdir(parents=True, exist_ok=True)
    ours = [p for p in out_dir.iterdir() if p.name.startswith("part-") or p.name == FAILURES_FILE]
    others = [p for p in out_dir.iterdir() if p not in ours]
    if (ours or others) and not overwrite:
        raise FileExistsError(
            f"{out_dir} is not empty; choose a new directory or pass overwrite=True"
        )
    if others:
        raise FileExistsError(
            f"{out_dir} holds files nkclaims did not write ({others[0].name}); not overwriting"
        )
    for p in ours:
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()


def write_failures(out_dir: Path, failures: list[DocumentFailure]) -> None:
    """Write the failures table (possibly empty) as ``out_dir/_failures.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "doc_id": pa.array([f.doc_id for f in failures], type=pa.string()),
            "error": pa.array([f.error for f in failures], type=pa.string()),
        }
    )
    pq.write_table(table, os.fspath(out_dir / FAILURES_FILE))


def _write_part(claims: list[Any], out_dir: Path, index: int) -> str:
    from nkclaims.arrow import write_parquet

    name = partition_name(index)
    tmp = out_dir / (name + ".tmp")
    write_parquet(claims, tmp)
    os.replace(tmp, out_dir / name)
    return name


def write_local(
    docs: Iterable[Any],
    out_dir: str | os.PathLike[str],
    *,
    n_process: int = 1,
    partition_size: int = 100,
    published: PublishedLike = None,
    overwrite: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ParquetSummary:
    """Extract ``docs`` on this machine and write the dataset layout into ``out_dir``.

    ``docs`` takes what `nkclaims.extract_many` takes, plus `DocumentFailure` items for
    documents the caller could not even read (they go straight to the failures table).
    With ``n_process > 1`` the work runs in `extract_many`'s worker processes. The string
    store stays flat over a long corpus (`extract_many` runs in memory zones). ``progress(n)`` is called after each document.
    """
    from nkclaims.api import extract_many

    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size}")
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    target = Path(out_dir)
    prepare_out_dir(target, overwrite)
    failures: list[DocumentFailure] = []
    files: list[str] = []
    counts = {"docs": 0, "claims": 0}

    def readable() -> Iterator[Any]:
        for item in docs:
            counts["docs"] += 1
            if isinstance(item, DocumentFailure):
                failures.append(item)
                if progress is not None:
                    progress(1)
                continue
            yield item

    def consume(claims: Any, pending: list[Any]) -> None:
        error = getattr(claims, "error", None)
        if error is not None:
            failures.append(DocumentFailure(doc_id=claims.doc_id, error=str(error)))
        else:
            pending.extend(claims)
            counts["claims"] += len(claims)
        if progress is not None:
            progress(1)

    pending: list[Any] = []
    in_part = 0
    # extract_many runs long streams in spaCy memory zones itself (nkclaims.pipeline.MemoryZones)
    for claims in extract_many(readable(), n_process=n_process, published=published):
        consume(claims, pending)
        in_part += 1
        if in_part == partition_size:
            files.append(_write_part(pending, target, len(files)))
            pending, in_part = [], 0
    if in_part or not files:
        files.append(_write_part(pending, target, len(files)))
    write_failures(target, failures)
    return ParquetSummary(
        out_dir=os.fspath(target),
        documents=counts["docs"],
        claims=counts["claims"],
        files=files,
        failures=failures,
    )
