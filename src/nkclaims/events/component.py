"""The ``nkclaims_events`` spaCy component: sets ``event``, ``counterparty`` and
``mention_of`` on every figure.

It runs after the actor and source stages: it reads the figure drafts (number, unit,
item and its offsets, actor), the sentence ranges and the party mentions the actor stage
marked (`nkclaims.extensions`). One pass finds the document's cues; each figure then
looks only at its own clause, and the mentions pass is one dictionary look-up per figure.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.events.classify import choose_event, find_cues
from nkclaims.events.counterparty import choose_counterparty, party_mentions
from nkclaims.events.mentions import link_mentions
from nkclaims.events.words import Words
from nkclaims.extensions import drafts_of, text_of


@Language.component("nkclaims_events")
def events_component(doc: Doc) -> Doc:
    """Set ``event``, ``counterparty`` and ``mention_of`` on every figure."""
    drafts = drafts_of(doc)
    if not drafts:
        return doc
    text = text_of(doc)
    sentences = doc._.nk_sentences or [(0, len(text))]
    words = Words(doc)
    cues = find_cues(words)
    cue_starts = [c.start for c in cues]
    mentions = party_mentions(doc, words)
    mention_starts = [m.start for m in mentions]
    for d in drafts:
        s, e = sentences[d.sentence_index]
        choice = choose_event(words, cues, cue_starts, d, (words.at_char(s), words.at_char(e)))
        d.event = choice.event
        d.counterparty = choose_counterparty(words, mentions, mention_starts, choice, d.actor)
    link_mentions(drafts, words)
    return doc


extensions.register()
