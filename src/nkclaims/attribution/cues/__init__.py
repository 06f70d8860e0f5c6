"""The cue recognizers, one small module each, and the registry that runs them.

`RECOGNIZERS` lists them; `sentence_cues` scans a sentence once, word by word, and hands
each word to the recognizers whose triggers hold its lower-case form (as Presidio's
recognizer registry dispatches to its recognizers). Quotations and transcript labels
(`quotations`) are read per paragraph, after the sentence cues they point to.
"""

from __future__ import annotations

from functools import cache

from nkclaims.attribution.cues.according_to import AccordingTo
from nkclaims.attribution.cues.base import Cue, Recognizer, Sentence
from nkclaims.attribution.cues.communication_noun import CommunicationNoun
from nkclaims.attribution.cues.estimate_phrase import EstimatePhrase
from nkclaims.attribution.cues.headline_source import HeadlineSource
from nkclaims.attribution.cues.quotations import quote_cues
from nkclaims.attribution.cues.quoted_as_saying import QuotedAsSaying
from nkclaims.attribution.cues.reporting_verb import ReportingVerb

__all__ = ["Cue", "Recognizer", "Sentence", "quote_cues", "recognizers", "sentence_cues"]

_REPORT_WORDS = frozenset(("report", "reports", "analysis"))


@cache
def recognizers() -> tuple[Recognizer, ...]:
    """The recognizers, in the order they see a word."""
    return (
        AccordingTo(),
        QuotedAsSaying(),
        ReportingVerb(),
        EstimatePhrase(),
        CommunicationNoun(),
        HeadlineSource(),
    )


@cache
def _dispatch() -> dict[str, tuple[Recognizer, ...]]:
    table: dict[str, list[Recognizer]] = {}
    for r in recognizers():
        for t in r.triggers:
            table.setdefault(t, []).append(r)
    return {t: tuple(rs) for t, rs in table.items()}


def sentence_cues(s: Sentence) -> list[Cue]:
    """All attributions in one sentence, in text order of their cue words."""
    dispatch = _dispatch()
    words = s.words
    s.reporty = any(w.lower in _REPORT_WORDS for w in words)
    i = 0
    while i < len(words):
        found = dispatch.get(words[i].lower)
        s.resume = -1
        if found:
            for r in found:
                cues = r.recognize(s, i)
                if cues:
                    s.found.extend(cues)
                    break
        i = s.resume if s.resume > i else i + 1
    return s.found
