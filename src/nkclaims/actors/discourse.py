"""The bounded discourse fallback, for figures the sieve left without an actor.

In order: the actor the document's sieve most often gave figures about the same item
head (``soldiers``, ``exports``); the actor of the nearest earlier figure in the same
paragraph; the party the document is most about (the sieve's answers and the party
mentions counted together). Counts come from the sieve's own answers, never from the
fallback, so one guess cannot feed the next; a tie names nobody."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from nkclaims.actors.context import CARRY, NOBODY
from nkclaims.extensions import ClaimDraft
from nkclaims.items import head_noun
from nkclaims.sentences import index_of


def dominant(counts: Counter[str]) -> str | None:
    """The most frequent name, when it leads the runner-up (a tie names nobody)."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def fill(
    drafts: Sequence[ClaimDraft],
    found: Sequence[str | None],
    paragraphs: list[tuple[int, int]],
    mentions: Sequence[Span],
) -> list[str | None]:
    """Each draft's actor: the sieve's (``found``) or the discourse fallback."""
    by_head: dict[str, Counter[str]] = {}
    overall: Counter[str] = Counter(str(m.label_) for m in mentions)
    for d, a in zip(drafts, found, strict=True):
        if a is None or a in (CARRY, NOBODY):
            continue
        overall[a] += 1
        if d.item:
            by_head.setdefault(head_noun(d.item), Counter())[a] += 1
    doc_actor = dominant(overall)
    out: list[str | None] = []
    last: dict[int, str] = {}
    for d, a in zip(drafts, found, strict=True):
        para = index_of(paragraphs, d.start)
        if a == NOBODY:
            out.append(None)
            continue
        if a == CARRY:
            a = out[-1] if out else None
        if a is None and d.item:
            a = dominant(by_head.get(head_noun(d.item), Counter()))
        if a is None:
            a = last.get(para)
        if a is None:
            a = doc_actor
        out.append(a)
        if a is not None:
            last[para] = a
    return out
