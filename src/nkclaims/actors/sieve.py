"""The ordered sieve: each step either names the figure's actor or passes to the next.

The order is the rule (issue 12, CLAIMS.md section 4): what the figure's own noun
phrase says beats its clause, the clause beats the sentence, and only then does the
discourse (``discourse.py``) fill in."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Span

from nkclaims.actors import noun_phrase, place, reference, subject
from nkclaims.actors.context import DEFER, WINDOW, Figure, Tokens, clause_end, clause_start
from nkclaims.extensions import ClaimDraft

Step = Callable[[Figure], str | None]

STEPS: tuple[Step, ...] = (
    noun_phrase.nationality,
    noun_phrase.people_of,
    noun_phrase.loss,
    noun_phrase.carrier,
    noun_phrase.counted_parties,
    noun_phrase.hosted_people,
    reference.partitive,
    reference.share,
    reference.joint,
    place.distance,
    reference.relative,
    subject.agent_or_origin,
    subject.subject_owner,
    subject.clause_subject,
    subject.participle_subject,
    subject.after_figure,
    subject.earlier_subject,
    reference.sentence_pronoun,
    noun_phrase.item_party,
    noun_phrase.ownerless,
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
    previous: tuple[int, int] | None = None,
    pairs: list[tuple[int, str]] | None = None,
    follows_figure: bool = False,
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
    before: list[Span] = []
    if previous is not None:
        prev_span = doc.char_span(previous[0], previous[1], alignment_mode="expand")
        if prev_span is not None:
            p0 = prev_span.start
            before = [m for m in near if p0 <= m.start and m.end <= s_tok]
    pair = None
    if pairs:
        k = bisect.bisect_left(pairs, (s_tok, ""))
        if k > 0:
            pair = pairs[k - 1][1]
    return Figure(
        draft=d,
        tokens=tokens,
        mentions=near,
        sent_start=s_tok,
        sent_end=e_tok,
        clause_start=clause_start(tokens, d.token_start, s_tok),
        clause_end=clause_end(tokens, d.token_end, e_tok),
        in_sentence=[m for m in near if s_tok <= m.start and m.end <= e_tok],
        previous_sentence=before,
        pair_before=pair,
        follows_figure=follows_figure,
    )


def run_sieve(fig: Figure, steps: tuple[Step, ...] | None = None) -> tuple[str | None, str]:
    """The actor and the name of the step that gave it (``""`` when none did)."""
    for step in STEPS if steps is None else steps:
        actor = step(fig)
        if actor == DEFER:
            return None, step.__name__
        if actor is not None:
            return actor, step.__name__
    return None, ""
