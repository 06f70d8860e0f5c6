"""The ``nkclaims_events`` spaCy component: sets ``event``, ``counterparty`` and
``mention_of`` on every figure.

It runs after the actor and source stages: it reads the figure drafts (number, unit,
item and its offsets, actor), the sentence ranges and the party mentions the actor stage
marked (`nkclaims.extensions`). One pass finds the document's cues; each figure then
looks only at its own clause; a figure with no cue in its clause continues a list and takes
the event of the figure before it in the sentence (same actor). The mentions pass is one
dictionary look-up per figure; a repeat with no event of its own takes its estimate's.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.events.classify import choose_event, find_cues
from nkclaims.events.counterparty import choose_counterparty, party_mentions
from nkclaims.events.mentions import link_mentions
from nkclaims.events.presence import earners_pay, present_abroad
from nkclaims.events.words import WINDOW, Words
from nkclaims.extensions import ClaimDraft, drafts_of, text_of


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
    previous: tuple[ClaimDraft, int] | None = None  # the last figure and its end word
    for d in drafts:
        s, e = sentences[d.sentence_index]
        choice = choose_event(words, cues, cue_starts, d, (words.at_char(s), words.at_char(e)))
        host = present_abroad(mentions, mention_starts, choice, d) if choice.event is None else None
        if host is not None:
            choice = dataclasses.replace(choice, event="deployed")  # "personnel in Russia"
        elif earners_pay(words, choice):
            choice = dataclasses.replace(choice, event="paid")  # "laborers earn $800 a month"
        d.event = choice.event
        d.counterparty = choose_counterparty(words, mentions, mention_starts, choice, d.actor)
        if host is not None and d.counterparty is None:
            d.counterparty = host
        if (
            choice.bare
            and previous is not None
            and previous[0].sentence_index == d.sentence_index
            and previous[0].actor == d.actor
            and choice.figure[0] - previous[1] <= WINDOW
        ):
            # a list: "machinery at $1.6 million, musical instruments at $1.37 million"
            d.event = previous[0].event
            listed = dataclasses.replace(choice, event=d.event)
            d.counterparty = choose_counterparty(
                words, mentions, mention_starts, listed, d.actor
            ) or (previous[0].counterparty if previous[0].counterparty != d.actor else None)
        previous = (d, choice.figure[1])
    link_mentions(drafts, words)
    for d in drafts:
        if d.mention_of is None:
            continue
        first = drafts[d.mention_of]
        if d.event is None:
            d.event = first.event  # "Of the 4,000, ...": the estimate's event
        if d.counterparty is None and d.event == first.event and first.counterparty != d.actor:
            d.counterparty = first.counterparty
    return doc


extensions.register()
