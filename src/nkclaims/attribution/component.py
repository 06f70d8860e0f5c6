"""The ``nkclaims_sources`` spaCy component: sets ``source`` and ``source_cue``.

It reads the sentence and paragraph ranges and the figure drafts the earlier stages
left on the Doc (`nkclaims.extensions`), finds the cues of every sentence that holds
one (`nkclaims.attribution.cues`), the quotation cues of every paragraph, and lets each
figure choose (`nkclaims.attribution.select`).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.attribution.cues import Cue, Sentence, quote_cues, sentence_cues
from nkclaims.attribution.cues.headline_source import DASHES as _DASHES
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.naming import Namer
from nkclaims.attribution.select import SentenceCues, points_back
from nkclaims.extensions import ClaimDraft, drafts_of, text_of
from nkclaims.items import sentence_words
from nkclaims.resources import alternation
from nkclaims.sentences import index_of


@cache
def _cue_re() -> re.Pattern[str]:
    """Any word a recognizer starts from, or a quotation mark: sentences without one are
    skipped without reading their words."""
    from nkclaims.attribution.cues import recognizers

    words = {t for r in recognizers() for t in r.triggers if t[:1].isalnum()}
    marks = {t for r in recognizers() for t in r.triggers if len(t) == 1} - set(_DASHES)
    chars = "".join(re.escape(t) for t in sorted(marks))
    dashes = "".join(re.escape(t) for t in _DASHES)
    return re.compile(
        rf"(?<![\w])(?:{alternation(words, fold_case=True)})(?![\w])|[“”\"{chars}]"
        rf"|\s[{dashes}]\s",  # a spaced dash (a label); a hyphen is no cue
        re.IGNORECASE,
    )


@Language.component("nkclaims_sources")
def sources_component(doc: Doc) -> Doc:
    """Set ``source`` (and ``source_cue``) on every figure."""
    text = text_of(doc)
    sentences = doc._.nk_sentences or [(0, len(text))]
    paragraphs = doc._.nk_paragraphs or [(0, len(text))]
    by_sentence: dict[int, list[ClaimDraft]] = {}
    actors: list[tuple[int, str]] = []
    for d in drafts_of(doc):
        by_sentence.setdefault(d.sentence_index, []).append(d)
        if d.actor:
            actors.append((d.start, d.actor))
    actors.sort()
    namer = Namer(text)
    cue_re = _cue_re()
    per_sentence: list[list[Cue]] = []
    for s, e in sentences:
        if cue_re.search(text, s, e):
            sent = Sentence(text, sentence_words(doc, s, e), s, e, namer, actors)
            per_sentence.append(sentence_cues(sent))
        else:
            per_sentence.append([])
    all_cues = sorted((c for cs in per_sentence for c in cs), key=lambda c: c.position)
    quotes = quote_cues(text, paragraphs, all_cues, namer)
    quote_starts = [q.scope_start for q in quotes]
    for index, drafts in by_sentence.items():
        s, e = sentences[index]
        k = max(0, bisect.bisect_right(quote_starts, s) - 1)
        near: list[Cue] = []
        while k < len(quotes) and quotes[k].scope_start < e:
            if s < quotes[k].scope_end:
                near.append(quotes[k])
            k += 1
        chooser = SentenceCues(per_sentence[index] + near)
        for d in drafts:
            best = chooser.covering(d.start, d.end)
            if best is not None:
                d.source, d.source_cue = best.source, best.cue
                continue
            if (
                index > 0
                and per_sentence[index - 1]
                and points_back(text, s, e)
                and index_of(paragraphs, s) == index_of(paragraphs, sentences[index - 1][0])
            ):
                last = per_sentence[index - 1][-1]
                d.source, d.source_cue = last.source, last.cue
    fullest = namer.fullest_phrases()
    if fullest:
        for d in drafts_of(doc):
            if d.source in fullest:
                d.source = fullest[d.source]
    return doc


__all__ = ["lexicon", "sources_component"]

extensions.register()
