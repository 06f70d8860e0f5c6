"""The spaCy component ``nkclaims_figures``: one `ClaimDraft` per figure of every sentence."""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.extensions import ClaimDraft
from nkclaims.figures.scan import candidate_starts, find_figures


@Language.component("nkclaims_figures")
def figures_component(doc: Doc) -> Doc:
    """Find the figures of every sentence and store their drafts (``doc._.nk_drafts``)."""
    text = extensions.text_of(doc)
    starts = candidate_starts(doc)
    token_starts = extensions.tokens_of(doc).starts
    drafts = []
    for index, (s, e) in enumerate(doc._.nk_sentences or [(0, len(text))]):
        for fig in find_figures(text, s, e, starts):
            # the tokens covering the figure: from the one holding its first character
            # to the one holding its last
            t_start = bisect.bisect_right(token_starts, fig.start) - 1
            t_end = bisect.bisect_left(token_starts, fig.end)
            drafts.append(
                ClaimDraft(
                    start=fig.start,
                    end=fig.end,
                    sentence_index=index,
                    qualifier=fig.qualifier,
                    unit=fig.unit,
                    token_start=max(0, t_start),
                    token_end=max(t_end, t_start + 1),
                    value=fig.value,
                    low=fig.low,
                    high=fig.high,
                    per=fig.per,
                    change=fig.change,
                )
            )
    extensions.set_drafts(doc, drafts)
    return doc
