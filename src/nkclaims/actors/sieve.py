"""The ordered sieve: each step either names the figure's actor or passes to the next.

The order is the rule (issue 12, CLAIMS.md section 4): what the figure's own noun
phrase says beats its clause, the clause beats the sentence, and only then does the
discourse (``discourse.py``) fill in."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Span

from nkclaims.actors import noun_phrase, subject
from nkclaims.actors.context import WINDOW, Figure, Tokens, clause_end, clause_start
from nkclaims.extensions import ClaimDraft

Step = Callable[[Figure], str | None]

STEPS: tuple[Step, ...] = (
    noun_phrase.nationality,
    noun_phrase.loss,
    subject.clause_subject,
    subject.after_figure,
    noun_phrase.item_party,
    subject.earlier_subject,
    subject.later_subject,
    subject.beneficiary,
)


def figure_context(
    doc: Doc,
    d: ClaimDraft,
    mentions: list[Span],
    sent: tuple[int, int],
    starts: list[int],
    tokens: Tokens,
) -> Figure | None:
    """The `Figure` the steps read; ``starts`` (the mentions' token starts, sorted)
    limits the search to the mentions near the figure."""
    lo = bisect.bisect_left(starts, d.token_start - WINDOW)
    hi = bisect.bisect_right(starts, d.token_end + WINDOW)
    near = mentions[lo:hi]
    sent_span = doc.char_span(sent[0], sent[1], alignment_mode="expand")
    if sent_span is None:
        return None
    s_tok, e_tok = sent_span.start, sent_span.end
    return Figure(
        draft=d,
        tokens=tokens,
        mentions=near,
        sent_start=s_tok,
        sent_end=e_tok,
        clause_start=clause_start(tokens, d.token_start, s_tok),
        clause_end=clause_end(tokens, d.token_end, e_tok),
        in_sentence=[m for m in near if s_tok <= m.start and m.end <= e_tok],
    )


def run_sieve(fig: Figure, steps: tuple[Step, ...] = STEPS) -> tuple[str | None, str]:
    """The actor and the name of the step that gave it (``""`` when none did)."""
    for step in steps:
        actor = step(fig)
        if actor is not None:
            return actor, step.__name__
    return None, ""
