"""The ``nkclaims_dates`` spaCy component: fills each figure draft's ``date_text``,
``date_start`` and ``date_end`` against the publication date (or the dateline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.extensions import ClaimDraft, drafts_of, text_of

if TYPE_CHECKING:  # dateparser is imported on first use: it costs a quarter second
    pass

from nkclaims.dates.governor import _Governor, _reach, _sentence_of
from nkclaims.dates.grammar import find_time_expressions
from nkclaims.dates.parsing import find_dateline, parse_published
from nkclaims.dates.periods import resolve


@Language.component("nkclaims_dates")
def dates_component(doc: Doc) -> Doc:
    """Fill ``date_text`` / ``date_start`` / ``date_end`` of every figure's draft.

    The publication date is ``doc._.nk_published`` (normalised with
    :func:`parse_published`); when that is None, the document's dateline
    (:func:`find_dateline`), which is stored back on the Doc.
    """
    published = parse_published(doc._.nk_published)
    if published is None:
        published = find_dateline(text_of(doc))
    doc._.nk_published = published
    drafts = drafts_of(doc)
    if not drafts:
        return doc
    text = text_of(doc)
    sentences: list[tuple[int, int]] = list(doc._.nk_sentences or [(0, len(text))])
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[ClaimDraft]] = {}
    for draft in drafts:
        by_sentence.setdefault(_sentence_of(draft, sentences, starts), []).append(draft)
    for si, group in by_sentence.items():
        sentence = sentences[si]
        exprs = find_time_expressions(text, sentence[0], sentence[1])
        spans = [(d.start, d.end) for d in group]
        governor = _Governor(exprs, sentence, text, spans, [_reach(d) for d in group])
        for i, draft in enumerate(group):
            expr = governor.govern(i) if exprs else None
            period = None if expr is None else resolve(expr.text, published)
            draft.date_text = None if expr is None else expr.text
            draft.date_start, draft.date_end = period if period is not None else (None, None)
    return doc


extensions.register()
