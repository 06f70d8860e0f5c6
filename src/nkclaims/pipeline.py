"""The spaCy pipeline: a tokenizer plus our components, registered by name.

The default is ``spacy.blank("en")`` (no model download). A user's own `Language`
(``spacy.load("en_core_web_sm")``) may be passed instead: our components are added
to it, the sentence stage first so a parser respects its boundaries.
"""

from __future__ import annotations

import contextlib
import re
import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the stage modules registers their components with spaCy.
from nkclaims import (  # noqa: F401
    actors,
    attribution,
    dates,
    events,
    figures,
    hedges,
    items,
    sentences,
)

STAGES: tuple[str, ...] = (
    "nkclaims_sentences",
    "nkclaims_figures",
    "nkclaims_items",
    "nkclaims_actors",
    "nkclaims_hedges",
    "nkclaims_sources",
    "nkclaims_dates",
    "nkclaims_events",
)
"""Our components, in the order they run. Each reads and writes only the Doc
extensions documented in `nkclaims.extensions`."""

_lock = threading.Lock()
_default: Language | None = None


_LONG_RUN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{_LONG_RUN_CHARS},}}")
_PIECE = 64


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` with ``nlp``'s tokenizer, safely.

    spaCy's affix splitting is quadratic in the length of a run without white space
    (10,000 quotation marks take seconds), so such runs (200+ characters) are cut into
    fixed pieces of their own and the parts joined with `Doc.from_docs`; the Doc's
    text is always exactly ``text``."""
    if max(map(len, text.split()), default=0) < _LONG_RUN_CHARS:  # half the cost of the regex
        return nlp.make_doc(text)
    parts: list[Doc] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        if m.start() > pos:
            parts.append(nlp.make_doc(text[pos : m.start()]))
        run = m.group(0)
        words = [run[i : i + _PIECE] for i in range(0, len(run), _PIECE)]
        parts.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        pos = m.end()
    if pos < len(text):
        parts.append(nlp.make_doc(text[pos:]))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    assert doc.text == text
    return doc


def add_stages(nlp: Language) -> Language:
    """Add our stages to ``nlp`` (in place) and return it."""
    for name in STAGES:
        if name in nlp.pipe_names:
            continue
        if name == "nkclaims_sentences":
            nlp.add_pipe(name, first=True)
        else:
            nlp.add_pipe(name, last=True)
    return nlp


def default_pipeline() -> Language:
    """The shared default pipeline, built on first use."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                nlp = spacy.blank("en")
                # Our stages are linear in the text; spaCy's limit guards parsers we don't run.
                nlp.max_length = 2**31 - 1
                _default = add_stages(nlp)
    return _default


def pipeline_for(nlp: Language | None) -> Language:
    """Our stages on ``nlp`` (added in place the first time), or the default pipeline.

    Nothing keeps a reference to a user's pipeline: one that already carries every stage
    is used as it is, so a pipeline unpickled per task is freed with the task."""
    if nlp is None:
        return default_pipeline()
    if all(name in nlp.pipe_names for name in STAGES):
        return nlp
    with _lock:
        return add_stages(nlp)


class MemoryZones:
    """Run a long stream of documents in a series of ``nlp.memory_zone()`` blocks.

    spaCy's string store keeps every new word it sees, so a process that extracts a corpus
    grows without bound. ``tick()`` after each document closes the current zone every
    ``every`` documents and opens the next, evicting the words the finished block added;
    our records hold no spaCy objects, so results are unchanged. Pipelines without
    ``memory_zone`` (spaCy before 3.8) run as before."""

    def __init__(self, nlp: Language | None, every: int = 64, warmup: int = 64) -> None:
        self._factory = None if nlp is None else getattr(nlp, "memory_zone", None)
        self._every = every
        self._warmup = warmup
        self._count = 0
        self._zone: contextlib.AbstractContextManager[object] | None = None

    def __enter__(self) -> MemoryZones:
        if self._warmup <= 0:
            self._open()
        return self

    def _open(self) -> None:
        if self._factory is not None:
            self._zone = self._factory()
            self._zone.__enter__()

    def _close(self) -> None:
        if self._zone is not None:
            zone, self._zone = self._zone, None
            zone.__exit__(None, None, None)

    def tick(self) -> None:
        self._count += 1
        if self._count >= self._warmup and (self._count - self._warmup) % self._every == 0:
            self._close()
            self._open()

    def __exit__(self, *exc: object) -> None:
        self._close()
