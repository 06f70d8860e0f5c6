"""``nkclaims extract ... --format parquet --out DIR [--engine local|dask] [--workers N]``.

Writes the dataset layout of `nkclaims.dataset` (one Parquet file per partition, and
``_failures.parquet``) with either engine; unreadable documents are reported on stderr
with their path, recorded in the failures table, and make the exit code 1, as for the
other formats.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nkclaims.cli import Source
    from nkclaims.dataset import ParquetSummary

PARTITION_SIZE = 100


def _usage(message: str) -> Exception:
    from nkclaims.cli import UsageError

    return UsageError(message)


@dataclass(frozen=True)
class _Job:
    """What both engines are given: the documents, where to write, and how."""

    sources: Sequence[Source]
    out: Path
    workers: int
    published: Any
    read: Callable[[Source], str]
    bar: Any


def extract_parquet(
    sources: Sequence[Source], args: argparse.Namespace, read: Callable[[Source], str]
) -> int:
    if not args.out:
        raise _usage("--format parquet needs --out DIR (a new or empty directory)")
    if args.workers < 1:
        raise _usage(f"--workers must be at least 1, got {args.workers}")
    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise _usage(f"--out {out} must be a new or empty directory")
    from nkclaims.dates import parse_published

    published = parse_published(args.published)  # a bad date fails before any work
    bar = _bar(len(sources))
    try:
        job = _Job(sources, out, args.workers, published, read, bar)
        summary = _dask(job) if args.engine == "dask" else _local(job)
    finally:
        if bar is not None:
            bar.close()
    for failure in summary.failures:
        print(f"nkclaims: {failure.doc_id}: {failure.error}", file=sys.stderr)
    print(
        f"nkclaims: {summary.documents} documents, {summary.claims} claims, "
        f"{len(summary.files)} files in {summary.out_dir}",
        file=sys.stderr,
    )
    return 1 if summary.failures else 0


def _bar(total: int) -> Any:
    if total <= 1:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, leave=False, disable=None)


def _unreadable(source: Source, exc: Exception) -> Any:
    from nkclaims.dataset import DocumentFailure

    where = source.path if source.path is not None else "<stdin>"
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return DocumentFailure(doc_id=source.doc_id, error=f"cannot read {where}: {reason}")


def _local(job: _Job) -> ParquetSummary:
    from nkclaims.dataset import write_local

    def docs() -> Iterator[Any]:
        for source in job.sources:
            try:
                yield (source.doc_id, job.read(source))
            except (OSError, UnicodeDecodeError) as exc:
                yield _unreadable(source, exc)

    return write_local(
        docs(),
        job.out,
        n_process=job.workers,
        partition_size=PARTITION_SIZE,
        published=job.published,
        progress=None if job.bar is None else job.bar.update,
    )


def _dask(job: _Job) -> ParquetSummary:
    try:
        from nkclaims.dask import extract_to_parquet
    except ImportError as exc:  # pragma: no cover - the extra is part of the test install
        raise _usage(str(exc)) from exc
    docs: list[Any] = []
    for source in job.sources:
        if source.path is not None:
            docs.append(source.path)  # read in the workers
        else:
            docs.append((source.doc_id, job.read(source)))
    bar = job.bar

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.total = total
            bar.n = done
            bar.refresh()

    return extract_to_parquet(
        docs,
        job.out,
        n_workers=job.workers,
        partition_size=PARTITION_SIZE,
        published=job.published,
        progress=progress,
    )
