"""Which time expression governs a figure: the nearest attached expression in the
figure's clause, among at most `_NEAREST` on each side (`governing_expression`)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from nkclaims.extensions import ClaimDraft

if TYPE_CHECKING:  # dateparser is imported on first use: it costs a quarter second
    pass

from nkclaims.dates.grammar import TimeExpression, _grammar

_NEAREST = 8
"""How many expressions on each side of a figure `governing_expression` looks at."""


def _clause(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``pos``: between clause separators (data file)."""
    return _Clauses(text, sentence).around(pos)


class _Clauses:
    """The clause separators of one sentence, found once; `around` bisects them."""

    def __init__(self, text: str, sentence: tuple[int, int]) -> None:
        self.sentence = sentence
        spans = [m.span() for m in _grammar().clause_re.finditer(text, *sentence)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def around(self, pos: int) -> tuple[int, int]:
        """From the end of the last separator ending by ``pos`` to the start of the first
        separator starting at or after it (separators do not overlap)."""
        k = bisect.bisect_right(self.ends, pos)
        lo = self.ends[k - 1] if k else self.sentence[0]
        j = bisect.bisect_left(self.starts, pos)
        hi = self.starts[j] if j < len(self.starts) else self.sentence[1]
        return lo, hi


def _attached(expr: TimeExpression, fig_end: int, text: str) -> bool:
    """The expression directly follows a figure (``$1.42 billion in 2017``)."""
    return (
        fig_end <= expr.start
        and expr.start - fig_end <= 3
        and not text[fig_end : expr.start].strip()
    )


class _Governor:
    """`governing_expression` for every figure of one sentence, each in bounded work.

    ``spans`` are the figures' (start, end), ``reaches`` their extents for attachment
    (see `_reach`). Which figures each expression directly follows is found once, by
    looking up the few figure ends that can precede it; each figure then looks at no
    more than `_NEAREST` expressions on each side."""

    def __init__(
        self,
        expressions: Sequence[TimeExpression],
        sentence: tuple[int, int],
        text: str,
        spans: Sequence[tuple[int, int]],
        reaches: Sequence[tuple[int, int]],
    ) -> None:
        s_start, s_end = sentence
        self.exprs = sorted(
            (e for e in expressions if s_start <= e.start and e.end <= s_end),
            key=lambda e: e.start,
        )
        self.starts = [e.start for e in self.exprs]
        self.spans = spans
        self.clauses = _Clauses(text, sentence)
        by_end: dict[int, list[int]] = {}
        for k, (_, end) in enumerate(reaches):
            by_end.setdefault(end, []).append(k)
        # per expression: how many figures it directly follows, and one of them
        self.attached: list[tuple[int, int]] = []
        for e in self.exprs:
            count, one = 0, -1
            for end in range(e.start - 3, e.start + 1):
                figs = by_end.get(end)
                if figs and _attached(e, end, text):
                    count += len(figs)
                    one = figs[0]
            self.attached.append((count, one))

    def _free(self, j: int, figure: int) -> bool:
        """Expression ``j`` follows no figure other than ``figure``."""
        count, one = self.attached[j]
        return count == 0 or (count == 1 and one == figure)

    def govern(self, figure: int) -> TimeExpression | None:
        f_start, f_end = self.spans[figure]
        p = bisect.bisect_left(self.starts, f_start)
        left: TimeExpression | None = None
        for j in range(p - 1, max(-1, p - 1 - _NEAREST), -1):
            if self.exprs[j].end <= f_start and self._free(j, figure):
                left = self.exprs[j]  # ends are ordered too: the first found is nearest
                break
        right: TimeExpression | None = None
        for j in range(p, min(len(self.exprs), p + _NEAREST)):
            if self.exprs[j].start >= f_end and self._free(j, figure):
                right = self.exprs[j]
                break
        found = [e for e in (left, right) if e is not None]
        if not found:
            return None
        c_start, c_end = self.clauses.around(f_start)
        in_clause = [e for e in found if e.start < c_end and e.end > c_start]

        def distance(e: TimeExpression) -> tuple[int, int]:
            gap = f_start - e.end if e.end <= f_start else e.start - f_end
            return gap, e.start

        return min(in_clause or found, key=distance)


def governing_expression(
    expressions: Sequence[TimeExpression],
    sentence: tuple[int, int],
    figure: tuple[int, int],
    text: str,
    other_figures: Sequence[tuple[int, int]] = (),
) -> TimeExpression | None:
    """The time expression that governs the figure at ``figure`` (start, end), or None.

    A simple heuristic:

    1. candidates are the expressions inside ``sentence`` that do not overlap the
       figure and do not directly follow *another* figure (in ``$1.42 billion in
       2017 to $7.4 billion in 2022``, ``in 2017`` belongs to $1.42 billion and
       ``in 2022`` to $7.4 billion); ``other_figures`` are their (start, end);
    2. the figure's clause runs between clause separators (``;``, ``: ``, dashes,
       `` that `` between a report and what it reports, and ``, `` before a
       conjunction or relative word such as ``and``, ``which``, ``with``; data file
       ``clause_separators`` / ``clause_openers``);
    3. the nearest candidate in that clause wins (distance in characters between
       the two spans; a tie goes to the earlier one); else the nearest in the
       sentence; else None. Only the `_NEAREST` expressions on each side of the
       figure are looked at, so the work per figure is bounded.

    ``expressions`` come from `find_time_expressions` (ordered, not overlapping).
    """
    spans = [figure, *other_figures]
    return _Governor(expressions, sentence, text, spans, spans).govern(0)


# --------------------------------------------------------------------------- spaCy component


def _reach(draft: ClaimDraft) -> tuple[int, int]:
    """A figure's extent for attachment: its span, and its item when that follows it."""
    end = draft.end
    if (
        draft.item_start is not None
        and draft.item_end is not None
        and draft.item_start >= draft.end
    ):
        end = max(end, draft.item_end)
    return draft.start, end


def _sentence_of(draft: ClaimDraft, sentences: Sequence[tuple[int, int]], starts: list[int]) -> int:
    i = draft.sentence_index
    if 0 <= i < len(sentences) and sentences[i][0] <= draft.start < sentences[i][1]:
        return i
    return max(0, bisect.bisect_right(starts, draft.start) - 1)
