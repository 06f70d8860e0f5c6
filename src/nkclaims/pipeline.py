"""The spaCy pipeline: a tokenizer plus our components, registered by name.

The default is ``spacy.blank("en")`` (no model download). A user's own `Language`
(``spacy.load("en_core_web_sm")``) may be passed instead: our components are added
to it, the sentence stage first so a parser respects its boundaries.
"""

from __future__ import annotations

import threading

import spacy
from spacy.language import Language

# Importing the stage modules registers their components with spaCy.
from nkclaims import actors, dates, figures, hedges, items, sentences, sources  # noqa: F401

STAGES: tuple[str, ...] = (
    "nkclaims_sentences",
    "nkclaims_figures",
    "nkclaims_items",
    "nkclaims_actors",
    "nkclaims_hedges",
    "nkclaims_sources",
    "nkclaims_dates",
)
"""Our components, in the order they run. Each reads and writes only the Doc
extensions documented in `nkclaims.extensions`."""

_lock = threading.Lock()
_default: Language | None = None
_configured: dict[int, Language] = {}


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
    """Our stages on ``nlp`` (added once per `Language` object), or the default pipeline."""
    if nlp is None:
        return default_pipeline()
    key = id(nlp)
    if key not in _configured:
        with _lock:
            if key not in _configured:
                _configured[key] = add_stages(nlp)
    return _configured[key]
