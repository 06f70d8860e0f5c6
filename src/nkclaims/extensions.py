"""The spaCy extensions the stages share: what each stage reads and writes on the Doc.

Stages communicate only through these attributes, so each can be read, tested and
replaced on its own:

- ``doc._.nk_text`` (``str``): the document text, computed once (spaCy rebuilds
  ``doc.text`` from the tokens on every access); read it through `text_of`.
- ``doc._.nk_published`` (``datetime.date | None``): the publication date given to
  ``extract`` or found in the dateline by the dates stage.
- ``doc._.nk_paragraphs`` (``list[tuple[int, int]]``): character ranges of the
  paragraphs (text between line breaks), set by the sentence stage.
- ``doc._.nk_sentences`` (``list[tuple[int, int]]``): character ranges of the
  sentences, stripped of surrounding white space, set by the sentence stage.
- ``doc.spans["nk_figures"]``: one span per figure, in text order, set by the
  figure stage; each carries a mutable `ClaimDraft` in ``span._.nk`` that the
  later stages fill in. The span is the token-aligned cover of the figure; the
  exact character range is ``span._.nk.start`` / ``span._.nk.end``.
- ``doc.spans["nk_actors"]``: gazetteer mentions of parties, ``span.label_`` the
  canonical name, set by the actor stage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from nkclaims.models import Qualifier

FIGURES = "nk_figures"
ACTORS = "nk_actors"


@dataclass
class ClaimDraft:
    """A claim under construction: the figure stage fills the number, later stages the rest."""

    start: int
    end: int
    sentence_index: int
    qualifier: Qualifier
    unit: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    per: str | None = None
    item: str | None = None
    item_start: int | None = None
    item_end: int | None = None
    actor: str | None = None
    source: str | None = None
    source_cue: str | None = None
    hedged: bool = False
    hedge_cue: str | None = None
    date_text: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None


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


def register() -> None:
    """Register the extensions once; safe to call many times."""
    if not Doc.has_extension("nk_text"):
        Doc.set_extension("nk_text", default=None)
    if not Doc.has_extension("nk_tokens"):
        Doc.set_extension("nk_tokens", default=None)
    if not Doc.has_extension("nk_words"):
        Doc.set_extension("nk_words", default=None)
    if not Doc.has_extension("nk_published"):
        Doc.set_extension("nk_published", default=None)
    if not Doc.has_extension("nk_paragraphs"):
        Doc.set_extension("nk_paragraphs", default=None)
    if not Doc.has_extension("nk_sentences"):
        Doc.set_extension("nk_sentences", default=None)
    if not Span.has_extension("nk"):
        Span.set_extension("nk", default=None)


register()
