"""What happened to a figure, with whom, and which earlier figure it repeats (issue 16).

- `lexicon`: the event classes with their cue verbs and nouns, read once from
  ``nkclaims/data/events.json``;
- `words`: the document's words as plain lists, and the clause around a figure;
- `classify`: the cues of a document and the event of one figure (the nearest cue in
  its clause);
- `counterparty`: the other party of a transfer;
- `mentions`: ``mention_of``, repeats of one estimate inside a document;
- `component`: the ``nkclaims_events`` spaCy component.
"""

from nkclaims.events.component import events_component

__all__ = ["events_component"]
