"""The public entry points: `extract` one document, `extract_many` a stream of them."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims.dates import parse_published
from nkclaims.extensions import drafts_of, text_of
from nkclaims.inputs import ExtractionError, valid_unicode, working_text
from nkclaims.models import Claim
from nkclaims.pipeline import make_doc, pipeline_for
from nkclaims.results import Claims
from nkclaims.sentences import MAX_SENTENCE_CHARS

PublishedLike = dt.date | dt.datetime | str | None
DocInput = str | tuple[str | None, str]


class InputTooLongError(ValueError):
    """The text is longer than the user-supplied spaCy pipeline accepts (its ``max_length``)."""


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"nkclaims.extract() needs a str, got {type(text).__name__}")
    return text


def process(text: str, *, published: PublishedLike = None, nlp: Language | None = None) -> Doc:
    """Run the pipeline and return the spaCy Doc with every stage's annotations."""
    text = _check_text(text)
    pub = parse_published(published)
    pipe = pipeline_for(nlp)
    if len(text) > pipe.max_length:
        raise InputTooLongError(
            f"text of {len(text)} characters exceeds this pipeline's max_length ({pipe.max_length})"
        )
    work = working_text(text)
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
    out = []
    shared: tuple[int, str] = (-1, "")
    for d in drafts_of(doc):
        s, e = sentences[d.sentence_index]
        if shared[0] != d.sentence_index:
            shared = (d.sentence_index, valid_unicode(text[s : min(e, s + MAX_SENTENCE_CHARS)]))
        out.append(
            Claim(
                doc_id=doc_id,
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
                actor=d.actor,
                source=d.source,
                hedged=d.hedged,
                source_cue=d.source_cue,
                hedge_cue=d.hedge_cue,
                date_text=d.date_text,
                date_start=d.date_start,
                date_end=d.date_end,
            )
        )
    return out


def extract(
    text: str,
    doc_id: str | None = None,
    published: PublishedLike = None,
    *,
    nlp: Language | None = None,
) -> Claims:
    """Every figure in ``text`` as a `Claim`, in text order.

    ``published`` (a date, datetime or ISO string) resolves relative time expressions;
    without it the document's own dateline is used when it has one. ``nlp`` is an
    optional spaCy pipeline of your own (for example ``en_core_web_sm``); by default
    a blank English tokenizer with our components is used.

    Any str is valid input (see `nkclaims.inputs`). Raises `TypeError` when ``text`` is
    not a str, `ValueError` when ``published`` cannot be read, `InputTooLongError` when
    ``nlp`` does not take a text this long, and `ExtractionError` (a `ValueError`
    carrying ``doc_id``, the cause chained) when a stage fails on the text.
    """
    text = _check_text(text)
    pub = parse_published(published)
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


def _normalise(item: DocInput, index: int) -> tuple[str | None, str]:
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(
                f"document {index}: expected (doc_id, text), got a tuple of {len(item)}"
            )
        doc_id, text = item
        return (None if doc_id is None else str(doc_id)), _check_text(text)
    return None, _check_text(item)


def _work(job: tuple[str | None, str, PublishedLike]) -> Claims:
    doc_id, text, published = job
    return extract(text, doc_id=doc_id, published=published)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe, so workers start with this process's loaded pipeline.

    A spawned worker imports spaCy and builds the pipeline again (about 3 s on the
    benchmark machine, as long as extracting 1 MB); a forked one starts at once. Fork is
    used only on platforms that offer it and while this process runs a single thread
    (forking a threaded process can deadlock); otherwise spawn."""
    import threading

    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        extract("North Korea sent 10,000 troops.")  # load every lexicon before forking
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def extract_many(
    docs: Iterable[DocInput],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    published: PublishedLike = None,
    nlp: Language | None = None,
) -> Iterator[Claims]:
    """Yield each document's claims, in input order, streaming.

    ``docs`` holds texts or ``(doc_id, text)`` pairs. With ``n_process > 1`` the
    documents are spread over worker processes in bounded batches (never the whole
    corpus in memory); the results are identical to a single process. A user
    ``nlp`` runs in this process only.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    iterator = (_normalise(item, i) for i, item in enumerate(docs))
    if n_process == 1 or nlp is not None:
        for doc_id, text in iterator:
            yield extract(text, doc_id=doc_id, published=published, nlp=nlp)
        return
    with _pool_context().Pool(n_process) as pool:
        while True:
            batch = [(d, t, published) for d, t in islice(iterator, batch_size * n_process)]
            if not batch:
                break
            yield from pool.imap(_work, batch, chunksize=max(1, batch_size // 2))
