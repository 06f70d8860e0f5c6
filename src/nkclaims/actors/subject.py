"""Sieve steps that read the figure's clause and sentence: who does the thing."""

from __future__ import annotations

from nkclaims.actors.context import WINDOW, Figure, prev_word
from nkclaims.actors.lexicon import PRONOUN_SUBJECTS


def clause_subject(fig: Figure) -> str | None:
    """The clause's subject before the figure: the first mention between the clause start
    and the figure that is not the object of a preposition and not the speaker of a
    reporting verb (``Seoul said Pyongyang sent 10,000 troops``). A pronoun subject
    (``that it is sending``) points to the nearest subject before the clause."""
    for m in fig.in_sentence:
        if (
            fig.clause_start <= m.start
            and m.end <= fig.start
            and not fig.governed(m)
            and not fig.speaks(m)
        ):
            return str(m.label_)
    t = fig.tokens
    if fig.clause_start < len(t) and t.lower[fig.clause_start] in PRONOUN_SUBJECTS:
        earlier = [m for m in fig.in_sentence if m.end <= fig.start and not fig.governed(m)]
        if earlier:
            return str(earlier[-1].label_)
    return None


def after_figure(fig: Figure) -> str | None:
    """After the figure in its clause: an agent or origin (``sent to Russia from North
    Korea``), then a mention governed by no preposition."""
    after = [m for m in fig.in_sentence if fig.end <= m.start and m.end <= fig.clause_end]
    for m in after:
        if prev_word(fig.tokens, m) in ("from", "by"):
            return str(m.label_)
    for m in after:
        if not fig.governed(m):
            return str(m.label_)
    return None


def earlier_subject(fig: Figure) -> str | None:
    """The nearest subject mention earlier in the sentence."""
    for m in reversed(fig.in_sentence):
        if m.end <= fig.start and not fig.governed(m) and not fig.speaks(m):
            return str(m.label_)
    return None


def _attributes_quote(fig: Figure, start: int, end: int) -> bool:
    """Does a quotation close between the figure and the mention (``“... 600,” a South
    Korean official said``)? The mention then names the speaker, not the actor."""
    text = fig.tokens.text
    return any(text[k] in ("”", '"') for k in range(start, min(end, start + WINDOW)))


def later_subject(fig: Figure) -> str | None:
    """A party named later in the sentence and governed by no preposition."""
    for m in fig.in_sentence:
        if (
            m.start >= fig.end
            and not fig.governed(m)
            and not _attributes_quote(fig, fig.end, m.start)
        ):
            return str(m.label_)
    return None


def beneficiary(fig: Figure) -> str | None:
    """A beneficiary or possessor: ``revenue ... for North Korea``, ``fighting for Russia``."""
    for m in fig.in_sentence:
        if prev_word(fig.tokens, m) in ("for", "of", "by"):
            return str(m.label_)
    return None
