"""The public entry points: `extract` one document, `extract_many` a stream of them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims.dates import parse_published
from nkclaims.extensions import drafts_of, text_of
from nkclaims.inputs import ExtractionError, valid_unicode, working_text
from nkclaims.models import Claim
from nkclaims.parallel import DateOrder, Job, StartMethod, choose_method, run
from nkclaims.pipeline import MemoryZones, default_pipeline, make_doc, pipeline_for
from nkclaims.results import Claims, DocumentError
from nkclaims.sentences import MAX_SENTENCE_CHARS

PublishedLike = dt.date | dt.datetime | str | None
DocInput = (
    str
    | tuple[str | None, str]
    | tuple[str | None, str, PublishedLike]
    | Mapping[str, str | PublishedLike]
)


class AmbiguousDateError(ValueError):
    """A published date such as ``12/11/2024`` that reads two ways; give ``date_order``."""


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\s*")


def _check_date_order(date_order: object) -> None:
    if date_order is not None and date_order not in ("DMY", "MDY"):
        raise ValueError(f"date_order must be 'DMY' or 'MDY', got {date_order!r}")


def read_published(published: PublishedLike, date_order: DateOrder | None = None) -> dt.date | None:
    """The publication date as a ``date`` (``None`` stays ``None``).

    Takes what `extract` takes. A numeric date with the year last (``12/11/2024``,
    ``12.11.24``) is read by ``date_order`` (``"DMY"`` or ``"MDY"``); without one it
    must have a single valid reading (``13/11/2024``), otherwise `AmbiguousDateError`
    names both. Raises `ValueError` for anything unreadable.
    """
    _check_date_order(date_order)
    if isinstance(published, str):
        m = _NUMERIC_DATE.fullmatch(published)
        if m:
            first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if len(m.group(4)) == 2:
                year += 2000
            readings: dict[str, dt.date] = {}
            for order, (day, month) in (("DMY", (first, second)), ("MDY", (second, first))):
                try:
                    readings[order] = dt.date(year, month, day)
                except ValueError:
                    continue
            if date_order is not None:
                if date_order not in readings:
                    raise ValueError(f"cannot read published date {published!r} as {date_order}")
                return readings[date_order]
            distinct = set(readings.values())
            if len(distinct) > 1:
                raise AmbiguousDateError(
                    f"published date {published!r} is ambiguous: {readings['DMY']:%d %B %Y} "
                    f"(day first) or {readings['MDY']:%d %B %Y} (month first); "
                    "give date_order='DMY' or 'MDY' (--date-order on the command line)"
                )
            if distinct:
                return distinct.pop()
            raise ValueError(f"cannot read published date {published!r}: no such day")
    return parse_published(published)


class InputTooLongError(ValueError):
    """The text is longer than the user-supplied spaCy pipeline accepts (its ``max_length``)."""


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"nkclaims.extract() needs a str, got {type(text).__name__}")
    return text


_BOM = "\ufeff"


def process(
    text: str,
    *,
    published: PublishedLike = None,
    date_order: DateOrder | None = None,
    nlp: Language | None = None,
) -> Doc:
    """Run the pipeline and return the spaCy Doc with every stage's annotations.

    A byte-order mark at the start of ``text`` is read as a space, so a dateline behind
    it still counts; it stays one character of the text, and offsets index ``text``
    exactly as given.
    """
    text = _check_text(text)
    pub = read_published(published, date_order)
    pipe = pipeline_for(nlp)
    if len(text) > pipe.max_length:
        raise InputTooLongError(
            f"text of {len(text)} characters exceeds this pipeline's max_length ({pipe.max_length})"
        )
    work = working_text(text)
    if work.startswith(_BOM):
        work = " " + work[1:]
    doc = make_doc(pipe, work)
    doc._.nk_text = work  # spaCy would rebuild it from the tokens on every access
    doc._.nk_input = None if work is text else text
    doc._.nk_published = pub
    for _, component in pipe.pipeline:
        doc = component(doc)
    return doc


def claims_from_doc(doc: Doc, doc_id: str | None = None) -> list[Claim]:
    """Turn the drafts a processed Doc carries into frozen `Claim` records, in text order.

    The claims of one sentence share one ``sentence`` string (memory per claim is
    bounded); the record's sentence is at most `MAX_SENTENCE_CHARS` long."""
    given: str | None = doc._.nk_input
    text = text_of(doc) if given is None else given
    sentences = doc._.nk_sentences or [(0, len(text))]
    published = doc._.nk_published
    out = []
    shared: tuple[int, str] = (-1, "")
    for d in drafts_of(doc):
        s, e = sentences[d.sentence_index]
        if shared[0] != d.sentence_index:
            shared = (d.sentence_index, valid_unicode(text[s : min(e, s + MAX_SENTENCE_CHARS)]))
        out.append(
            Claim(
                doc_id=doc_id,
                published=published,
                text=text[d.start : d.end],
                start=d.start,
                end=d.end,
                sentence_index=d.sentence_index,
                sentence=shared[1],
                sentence_start=s,
                sentence_end=e,
                value=d.value,
                low=d.low,
                high=d.high,
                qualifier=d.qualifier,
                unit=d.unit,
                per=d.per,
                change=d.change,
                item=d.item,
                event=d.event,
                actor=d.actor,
                counterparty=d.counterparty,
                source=d.source,
                hedged=d.hedged,
                source_cue=d.source_cue,
                hedge_cue=d.hedge_cue,
                date_text=d.date_text,
                date_start=d.date_start,
                date_end=d.date_end,
                mention_of=d.mention_of,
            )
        )
    return out


def extract(
    text: str,
    doc_id: str | None = None,
    published: PublishedLike = None,
    *,
    date_order: DateOrder | None = None,
    nlp: Language | None = None,
) -> Claims:
    """Every figure in ``text`` as a `Claim`, in text order.

    ``published`` (a date, datetime or ISO string) resolves relative time expressions;
    without it the document's own dateline is used when it has one (each claim's
    ``published`` says which date was used). A numeric ``12/11/2024`` needs
    ``date_order`` (``"DMY"`` or ``"MDY"``) when both readings are dates. ``nlp`` is an
    optional spaCy pipeline of your own (for example ``en_core_web_sm``); by default
    a blank English tokenizer with our components is used.

    Any str is valid input (see `nkclaims.inputs`). Raises `TypeError` when ``text`` is
    not a str, `ValueError` when ``published`` cannot be read (`AmbiguousDateError` when
    it reads two ways), `InputTooLongError` when
    ``nlp`` does not take a text this long, and `ExtractionError` (a `ValueError`
    carrying ``doc_id``, the cause chained) when a stage fails on the text.
    """
    text = _check_text(text)
    pub = read_published(published, date_order)
    if not text:
        return Claims([], text=text, doc_id=doc_id)
    pipe = pipeline_for(nlp)
    if len(text) > pipe.max_length:
        raise InputTooLongError(
            f"text of {len(text)} characters exceeds this pipeline's max_length ({pipe.max_length})"
        )
    try:
        doc = process(text, published=pub, nlp=nlp)
        claims = claims_from_doc(doc, doc_id)
    except MemoryError:
        raise
    except Exception as exc:
        where = "" if doc_id is None else f" in document {doc_id!r}"
        raise ExtractionError(
            f"extraction failed{where}: {type(exc).__name__}: {exc}", doc_id
        ) from exc
    return Claims(claims, text=text, doc_id=doc_id)


_DOC_KEYS = frozenset({"doc_id", "text", "published"})


def _normalise(item: object, index: int) -> tuple[str | None, str, PublishedLike, bool]:
    """(doc_id, text, published, has_own_published) from any accepted document form."""
    if isinstance(item, str):
        return None, item, None, False
    if isinstance(item, tuple):
        if len(item) == 2:
            doc_id, text = item
            return _doc_id(doc_id), _text_of(text, index), None, False
        if len(item) == 3:
            doc_id, text, published = item
            return _doc_id(doc_id), _text_of(text, index), published, True
        raise TypeError(
            f"document {index}: expected (doc_id, text) or (doc_id, text, published), "
            f"got a tuple of {len(item)}"
        )
    if isinstance(item, Mapping):
        unknown = sorted(str(k) for k in set(item) - _DOC_KEYS)
        if unknown:
            raise TypeError(
                f"document {index}: unknown keys {', '.join(unknown)} "
                "(a document mapping has 'text' and optionally 'doc_id' and 'published')"
            )
        if "text" not in item:
            raise TypeError(f"document {index}: a document mapping needs a 'text' key")
        return (
            _doc_id(item.get("doc_id")),
            _text_of(item["text"], index),
            item.get("published"),
            "published" in item,
        )
    raise TypeError(
        f"document {index}: expected a str, a (doc_id, text[, published]) tuple or a "
        f"mapping, got {type(item).__name__}"
    )


def _doc_id(doc_id: object) -> str | None:
    return None if doc_id is None else str(doc_id)


def _text_of(text: object, index: int) -> str:
    if not isinstance(text, str):
        raise TypeError(f"document {index}: the text must be a str, got {type(text).__name__}")
    return text


def extract_many(
    docs: Iterable[DocInput],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    published: PublishedLike = None,
    date_order: DateOrder | None = None,
    errors: Literal["record", "raise"] = "record",
    start_method: StartMethod = "auto",
    nlp: Language | None = None,
) -> Iterator[Claims]:
    """Yield each document's claims, in input order, streaming.

    ``docs`` holds, in any mix: texts; ``(doc_id, text)`` pairs; ``(doc_id, text,
    published)`` triples; mappings with ``"text"`` and optionally ``"doc_id"`` and
    ``"published"``. A document's own ``published`` wins over the ``published``
    argument, which is the default for the others (``None`` in a triple or mapping means
    "no date: use the dateline"). A malformed item raises `TypeError` when it is reached.

    A document whose processing fails does not stop the batch: it comes back as an empty
    `Claims` whose ``error`` is a `DocumentError` carrying its index, ``doc_id`` and the
    reason (with ``errors="raise"`` that error is raised instead, ending the stream).

    With ``n_process > 1`` the documents go to worker processes, at most
    ``batch_size * n_process`` ahead of the one being yielded (never the whole corpus in
    memory); the results are identical to one process. Workers are forked where that is
    safe (``start_method="auto"``: the platform has fork and this process runs a single
    thread) and otherwise started as fresh interpreters that never import your
    ``__main__`` (``"spawn"``), so a notebook, a threaded program and a script without an
    ``if __name__ == "__main__":`` guard all work. ``"fork"`` forces forking and raises
    `RuntimeError` at once when threads are running. A worker that dies (out of memory,
    killed) is reported as its document's error and replaced; nothing hangs. A user
    ``nlp`` runs in this process only.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if errors not in ("record", "raise"):
        raise ValueError(f"errors must be 'record' or 'raise', got {errors!r}")
    _check_date_order(date_order)
    method = choose_method(start_method) if n_process > 1 and nlp is None else None

    def jobs() -> Iterator[Job]:
        for index, item in enumerate(docs):
            doc_id, text, own, has_own = _normalise(item, index)
            yield index, doc_id, text, own if has_own else published, date_order

    def result(job: Job, claims: list[Claim] | None, reason: str | None) -> Claims:
        index, doc_id, text = job[0], job[1], job[2]
        if reason is None:
            return Claims(claims or [], text=text, doc_id=doc_id)
        error = DocumentError(index, doc_id, reason)
        if errors == "raise":
            raise error
        return Claims([], text=text, doc_id=doc_id, error=error)

    if method is None:
        # a user's own pipeline may hold Docs of theirs: only ours runs in memory zones
        with MemoryZones(default_pipeline() if nlp is None else None) as zones:
            for job in jobs():
                index, doc_id, text, pub, order = job
                try:
                    claims = extract(text, doc_id, pub, date_order=order, nlp=nlp)
                except Exception as exc:
                    yield result(job, None, f"{type(exc).__name__}: {exc}")
                    continue
                finally:
                    zones.tick()
                yield claims
        return
    window = batch_size * n_process
    pending: dict[int, Job] = {}

    def tracked() -> Iterator[Job]:
        for job in jobs():
            pending[job[0]] = job
            yield job

    for index, found, reason in run(tracked(), n_process, method, window):
        yield result(pending.pop(index), found, reason)
