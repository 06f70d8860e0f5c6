"""Claims for a corpus on Dask: a bag of documents in, Parquet files out.

Dask is the optional extra ``nkclaims[dask]`` (dask, distributed, pyarrow). The glue is
thin on purpose: Dask schedules, nkclaims extracts::

    from nkclaims.dask import extract_to_parquet
    summary = extract_to_parquet(sorted(Path("corpus").rglob("*.txt")), "claims/")
    summary.documents, summary.claims, summary.failures

Without a ``client`` a `distributed.LocalCluster` of worker *processes* is started (one
thread each) and closed afterwards; pass any `distributed.Client` — for example
``Client("tcp://scheduler:8786")`` — and the same code runs on that cluster.

- Each worker process builds its pipeline once (the default one, or the one a
  ``nlp`` name or factory describes) and keeps it for every partition it runs; nothing
  heavier than the pipeline's description travels with a task.
- Each partition runs inside ``nlp.memory_zone()``, so a worker's string store does not
  grow over a long corpus; results are identical to `nkclaims.extract`.
- Each partition is written as one Parquet file ``part-NNNNN.parquet`` with
  `nkclaims.arrow.schema`; only a small summary travels back. Documents that fail (an
  unreadable file, an input error) are recorded with their ``doc_id`` and error in
  ``_failures.parquet`` and in the returned summary; they never end the job.

Documents are ``pathlib.Path`` objects (read in the worker as UTF-8; ``doc_id`` is the
file stem), texts, ``(doc_id, text)`` or ``(doc_id, text, published)`` tuples, or
mappings with ``doc_id``, ``text`` and optionally ``published``.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from nkclaims.api import PublishedLike, extract
from nkclaims.dataset import (
    DocumentFailure,
    ParquetSummary,
    partition_name,
    prepare_out_dir,
    write_failures,
)
from nkclaims.pipeline import default_pipeline
from nkclaims.results import Claims

if TYPE_CHECKING:
    import dask.bag as db
    from distributed import Client
    from spacy.language import Language

__all__ = [
    "DocumentFailure",
    "DocumentResult",
    "ParquetSummary",
    "extract_bag",
    "extract_to_parquet",
]

DASK_EXTRA_MESSAGE = (
    "nkclaims.dask needs dask, distributed and pyarrow: the optional extra 'nkclaims[dask]'; "
    "install it with: pip install 'nkclaims[dask]'"
)

#: A spaCy pipeline for the workers: None (ours), a package name for `spacy.load`, or a
#: zero-argument factory. A `Language` object itself is not accepted: it would be
#: pickled into every task and leak a pipeline per task.
NlpSpec = str | Callable[[], "Language"] | None


class DocumentResult(NamedTuple):
    """One document's outcome: its claims, or the error that stopped it."""

    doc_id: str | None
    claims: Claims | None
    error: str | None


class _PartitionSummary(NamedTuple):
    file: str
    documents: int
    claims: int
    failures: list[tuple[str | None, str]]


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ImportError(DASK_EXTRA_MESSAGE, name=exc.name) from exc


# --------------------------------------------------------------------- per worker process

_worker_pipelines: dict[tuple[str, ...], Language] = {}


def _spec_key(spec: NlpSpec) -> tuple[str, ...]:
    if spec is None:
        return ("default",)
    if isinstance(spec, str):
        return ("name", spec)
    module = getattr(spec, "__module__", "") or ""
    qualname = getattr(spec, "__qualname__", "") or ""
    if not qualname or "<lambda>" in qualname or "<locals>" in qualname:
        # cloudpickle rebuilds such functions per task: key them by their code instead
        code = getattr(spec, "__code__", None)
        return ("factory", module, qualname, repr(code.co_code if code else spec))
    return ("factory", module, qualname)


def worker_pipeline(spec: NlpSpec = None) -> Language:
    """This process's pipeline for ``spec``, built on first use and kept for later tasks."""
    key = _spec_key(spec)
    nlp = _worker_pipelines.get(key)
    if nlp is None:
        if spec is None:
            nlp = default_pipeline()
        elif isinstance(spec, str):
            import spacy

            nlp = spacy.load(spec)
        elif callable(spec):
            nlp = spec()
        else:  # pragma: no cover - guarded by _check_spec
            raise TypeError(f"nlp must be a name, a factory or None, got {type(spec).__name__}")
        _worker_pipelines[key] = nlp
    return nlp


def _check_spec(spec: object) -> None:
    from spacy.language import Language

    if isinstance(spec, Language):
        raise TypeError(
            "pass a spaCy pipeline to the Dask path by name ('en_core_web_sm') or as a "
            "zero-argument factory, not as a Language object (it would be pickled into "
            "every task)"
        )
    if spec is not None and not isinstance(spec, str) and not callable(spec):
        raise TypeError(f"nlp must be a name, a factory or None, got {type(spec).__name__}")


_documents_seen = 0
WARMUP_DOCUMENTS = 64


def _memory_zone(nlp: Language) -> contextlib.AbstractContextManager[Any]:
    # spaCy does not fill its tokenizer cache inside a zone: a worker's first documents
    # run outside one to warm it (see nkclaims.pipeline.MemoryZones)
    zone = getattr(nlp, "memory_zone", None)
    if zone is None or _documents_seen < WARMUP_DOCUMENTS:
        return contextlib.nullcontext()
    return zone()  # type: ignore[no-any-return]


def _read_document(item: Any, published: PublishedLike) -> tuple[str | None, str, PublishedLike]:
    if isinstance(item, os.PathLike):
        path = Path(item)
        with open(path, encoding="utf-8", newline="") as fh:
            return path.stem, fh.read(), published
    if isinstance(item, str):
        return None, item, published
    if isinstance(item, Mapping):
        doc_id = item.get("doc_id")
        return (
            None if doc_id is None else str(doc_id),
            item["text"],
            item.get("published", published),
        )
    if isinstance(item, tuple) and len(item) in (2, 3):
        doc_id = None if item[0] is None else str(item[0])
        return doc_id, item[1], item[2] if len(item) == 3 else published
    raise TypeError(
        f"a document is a Path, a text, (doc_id, text[, published]) or a mapping; "
        f"got {type(item).__name__}"
    )


def _doc_id_of(item: Any) -> str | None:
    if isinstance(item, os.PathLike):
        return Path(item).stem
    if isinstance(item, Mapping):
        value = item.get("doc_id")
    elif isinstance(item, tuple) and item:
        value = item[0]
    else:
        return None
    return None if value is None else str(value)


def _extract_documents(
    docs: Iterable[Any], published: PublishedLike, spec: NlpSpec
) -> Iterator[DocumentResult]:
    nlp = worker_pipeline(spec)
    user_nlp = None if spec is None else nlp
    global _documents_seen
    with _memory_zone(nlp):
        for item in docs:
            _documents_seen += 1
            try:
                doc_id, text, pub = _read_document(item, published)
                claims = extract(text, doc_id=doc_id, published=pub, nlp=user_nlp)
            except Exception as exc:
                yield DocumentResult(_doc_id_of(item), None, _describe(exc))
            else:
                # detach from spaCy: claims are plain records, the text is ours
                yield DocumentResult(doc_id, claims, None)


def _describe(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def _extract_partition(
    docs: Iterable[Any], published: PublishedLike, spec: NlpSpec
) -> list[DocumentResult]:
    return list(_extract_documents(docs, published, spec))


def _write_partition(
    docs: Iterable[Any], out_dir: str, index: int, published: PublishedLike, spec: NlpSpec
) -> _PartitionSummary:
    from nkclaims.arrow import write_parquet

    claims: list[Any] = []
    failures: list[tuple[str | None, str]] = []
    n_docs = 0
    for result in _extract_documents(docs, published, spec):
        n_docs += 1
        if result.claims is None:
            failures.append((result.doc_id, result.error or "unknown error"))
        else:
            claims.extend(result.claims)
    name = partition_name(index)
    target = os.path.join(out_dir, name)
    tmp = target + ".tmp"
    write_parquet(claims, tmp)
    os.replace(tmp, target)
    return _PartitionSummary(name, n_docs, len(claims), failures)


# --------------------------------------------------------------------------- public API


def extract_bag(docs: db.Bag, *, published: PublishedLike = None, nlp: NlpSpec = None) -> db.Bag:
    """A bag of `DocumentResult`, one per document of ``docs``, in the bag's order.

    ``docs`` holds documents in any of the module's forms. A document that fails gives a
    result with ``claims=None`` and its ``error``; ``.filter(lambda r: r.error)`` lists
    them. ``.map(lambda r: r.claims or []).flatten()`` is a bag of `Claim`.
    """
    _require_dask()
    _check_spec(nlp)
    result: db.Bag = docs.map_partitions(_extract_partition, published, nlp)
    return result


def extract_to_parquet(
    docs: db.Bag | Iterable[Any],
    out_dir: str | os.PathLike[str],
    *,
    client: Client | None = None,
    partition_size: int = 50,
    n_workers: int | None = None,
    published: PublishedLike = None,
    nlp: NlpSpec = None,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ParquetSummary:
    """Extract every document and write one Parquet file per partition into ``out_dir``.

    ``docs`` is a dask bag or any iterable of documents (paths are best: they are read in
    the workers). ``partition_size`` documents make one partition and one file. Without a
    ``client``, a `LocalCluster` of ``n_workers`` processes (default: the CPU count) is
    started and closed. ``progress(done, total)`` is called as partitions complete.

    ``out_dir`` must be new or empty (``overwrite=True`` replaces a previous run's files).
    Returns the counts, the files written and every failed document; the failures are
    also written to ``out_dir/_failures.parquet`` (columns ``doc_id``, ``error``).
    """
    _require_dask()
    _check_spec(nlp)
    import dask.bag as dbag
    from dask.delayed import delayed
    from distributed import Client, LocalCluster, as_completed

    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size}")
    if n_workers is not None and n_workers < 1:
        raise ValueError(f"n_workers must be at least 1, got {n_workers}")
    target = Path(out_dir)
    prepare_out_dir(target, overwrite)
    bag = (
        docs
        if isinstance(docs, dbag.Bag)
        else dbag.from_sequence(list(docs), partition_size=partition_size)
    )
    parts = bag.to_delayed(optimize_graph=True)
    tasks = [
        delayed(_write_partition)(part, os.fspath(target), i, published, nlp)
        for i, part in enumerate(parts)
    ]
    owned: list[Any] = []
    if client is None:
        cluster = LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
        owned = [client, cluster]
    try:
        futures = client.compute(tasks)
        summaries: list[_PartitionSummary] = []
        for done, future in enumerate(as_completed(futures), 1):
            summaries.append(future.result())
            if progress is not None:
                progress(done, len(tasks))
    finally:
        for thing in owned:
            thing.close()
    summaries.sort(key=lambda s: s.file)
    failures = [DocumentFailure(doc_id=d, error=e) for s in summaries for d, e in s.failures]
    write_failures(target, failures)
    return ParquetSummary(
        out_dir=os.fspath(target),
        documents=sum(s.documents for s in summaries),
        claims=sum(s.claims for s in summaries),
        files=[s.file for s in summaries],
        failures=failures,
    )
