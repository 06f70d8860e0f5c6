"""The spaCy extensions the stages share: what each stage reads and writes on the Doc.

Stages communicate only through these attributes, so each can be read, tested and
replaced on its own:

- ``doc._.nk_text`` (``str``): the text the stages read, computed once (spaCy rebuilds
  ``doc.text`` from the tokens on every access); read it through `text_of`.
- ``doc._.nk_input`` (``str | None``): the input as given, when it differs from
  ``nk_text`` (`nkclaims.inputs.working_text`: same length, one character for one).
- ``doc._.nk_published`` (``datetime.date | None``): the publication date given to
  ``extract`` or found in the dateline by the dates stage.
- ``doc._.nk_paragraphs`` (``list[tuple[int, int]]``): character ranges of the
  paragraphs (text between line breaks), set by the sentence stage.
- ``doc._.nk_sentences`` (``list[tuple[int, int]]``): character ranges of the
  sentences, stripped of surrounding white space, set by the sentence stage.
- ``doc._.nk_drafts`` (``list[ClaimDraft]``): one mutable draft per figure, in text
  order, set by the figure stage and filled in by the later stages; read it through
  `drafts_of`. A draft holds its exact character range (``start`` / ``end``) and the
  token range that covers it (``token_start`` / ``token_end``). Drafts live in this
  list, not in ``Span._`` data: spaCy keys span extension data by token offsets, so
  several figures inside one token (``1,234|5,678``) would overwrite each other.
- ``doc.spans["nk_figures"]``: the token-aligned cover of every draft, in the same
  order, for display and for users of `nkclaims.process`; no stage reads it.
- ``doc.spans["nk_actors"]``: gazetteer mentions of parties, ``span.label_`` the
  canonical name, set by the actor stage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, SpanGroup

from nkclaims.models import Change, Event, Qualifier

FIGURES = "nk_figures"
ACTORS = "nk_actors"


@dataclass
class ClaimDraft:
    """A claim under construction: the figure stage fills the number, later stages the rest.

    ``start`` / ``end`` are character offsets of the figure; ``token_start`` /
    ``token_end`` the Doc's token range covering it (several drafts may share one)."""

    start: int
    end: int
    sentence_index: int
    qualifier: Qualifier
    unit: str
    token_start: int
    token_end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    per: str | None = None
    change: Change | None = None
    item: str | None = None
    item_start: int | None = None
    item_end: int | None = None
    event: Event | None = None
    actor: str | None = None
    counterparty: str | None = None
    source: str | None = None
    source_cue: str | None = None
    hedged: bool = False
    hedge_cue: str | None = None
    date_text: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    mention_of: int | None = None


class TokenTable:
    """Token offsets and strings of a Doc as plain lists, built once from ``doc.to_array``.

    Iterating a Doc creates a spaCy ``Token`` object per token, which dominated the
    hot path; the stages read token strings through this table instead."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, doc: Doc) -> None:
        self.text = text_of(doc)
        if len(doc):
            arr = doc.to_array(["IDX", "LENGTH"])
            self.starts: list[int] = arr[:, 0].tolist()
            lengths: list[int] = arr[:, 1].tolist()
        else:
            self.starts, lengths = [], []
        self.ends: list[int] = [s + n for s, n in zip(self.starts, lengths, strict=True)]

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def lower(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]].lower()

    def is_space(self, i: int) -> bool:
        return self.text[self.starts[i] : self.ends[i]].isspace()


def tokens_of(doc: Doc) -> TokenTable:
    """The Doc's `TokenTable`, built on first use and kept on the Doc."""
    table: TokenTable | None = doc._.nk_tokens
    if table is None or len(table) != len(doc):
        table = TokenTable(doc)
        doc._.nk_tokens = table
    return table


def text_of(doc: Doc) -> str:
    """The document's text, computed once and kept on the Doc."""
    text: str | None = doc._.nk_text
    if text is None:
        text = doc.text
        doc._.nk_text = text
    return text


def drafts_of(doc: Doc) -> list[ClaimDraft]:
    """The Doc's claim drafts, in text order (empty before the figure stage ran)."""
    drafts: list[ClaimDraft] | None = doc._.nk_drafts
    return [] if drafts is None else drafts


def set_drafts(doc: Doc, drafts: list[ClaimDraft]) -> None:
    """Store the figure stage's drafts (in text order) and their token covers."""
    doc._.nk_drafts = drafts
    doc.spans[FIGURES] = SpanGroup(
        doc, name=FIGURES, spans=[doc[d.token_start : d.token_end] for d in drafts]
    )


def register() -> None:
    """Register the extensions once; safe to call many times."""
    if not Doc.has_extension("nk_text"):
        Doc.set_extension("nk_text", default=None)
    if not Doc.has_extension("nk_input"):
        Doc.set_extension("nk_input", default=None)
    if not Doc.has_extension("nk_tokens"):
        Doc.set_extension("nk_tokens", default=None)
    if not Doc.has_extension("nk_words"):
        Doc.set_extension("nk_words", default=None)
    if not Doc.has_extension("nk_published"):
        Doc.set_extension("nk_published", default=None)
    if not Doc.has_extension("nk_paragraphs"):
        Doc.set_extension("nk_paragraphs", default=None)
    if not Doc.has_extension("nk_drafts"):
        Doc.set_extension("nk_drafts", default=None)
    if not Doc.has_extension("nk_sentences"):
        Doc.set_extension("nk_sentences", default=None)


register()
