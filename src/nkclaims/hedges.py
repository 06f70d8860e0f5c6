"""Is the figure framed as belief, estimate, expectation or unconfirmed report? (CLAIMS.md section 6)

Cues come from ``hedges.json``. A cue frames the figures of its clause (clauses end
at ``, ; : – —`` and at ``that``, ``which``, ``while``, ``but``; a clause opened by
``, with`` continues the one before it):

- it hedges the figures to its right in the clause (``has reportedly shipped about
  10.000 containers``), and the figures to its left only when none lie to its right
  (``At least 10,000 ... are believed to be headed``; but in ``a decision to send
  3-4 brigades is estimated to be worth $115 million`` only the $115 million);
- a cue followed by ``that`` extends over the clause it introduces (``Shin claiming
  that factories ... to 30%``).

An approximate number or an attribution alone is not a hedge: ``reported`` as a
verb with a subject (``The NIS reported that``) is not a cue, ``reportedly`` and ``a
reported 15,000`` are.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.extensions import ClaimDraft, drafts_of, text_of
from nkclaims.resources import load_json

_BOUNDARY = re.compile(
    r"[,;:–—()“”]|(?<![\w])(?:that|which|while|whereas|but|because|although)(?![\w])"
)
_WITH = re.compile(r",\s*with(?![\w])")


@dataclass(frozen=True)
class HedgeCue:
    start: int
    end: int
    text: str


def _capitalisable(pattern: str) -> str:
    """A cue also matches with a capital first letter when it opens a sentence
    (``Reportedly,``, ``Unconfirmed reports``); not ``may`` (the month)."""
    first = pattern[:1]
    if first.isascii() and first.islower() and pattern not in ("may", "might"):
        return f"[{first}{first.upper()}]{pattern[1:]}"
    return pattern


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = load_json("hedges.json")
    cues = sorted(d["cues"], key=len, reverse=True)
    alts = "|".join(f"(?:{_capitalisable(c)})" for c in cues)
    cue_re = re.compile(r"(?<![\w])(?:" + alts + r")(?![\w])")
    comp = "|".join(re.escape(c) for c in d["complementizers"])
    return cue_re, re.compile(rf"\s+(?:{comp})(?![\w])")


def find_cues(text: str, start: int, end: int) -> list[HedgeCue]:
    """Hedge cues in ``text[start:end]``."""
    cue_re, _ = _patterns()
    return [HedgeCue(m.start(), m.end(), m.group(0)) for m in cue_re.finditer(text, start, end)]


_REACH = 400  # characters a clause search looks back or ahead: long sentences stay linear


def clause_bounds(
    text: str, start: int, end: int, pos: int, pos_end: int | None = None
) -> tuple[int, int]:
    """The clause around ``text[pos:pos_end]`` within the sentence ``text[start:end]``."""
    if pos_end is None:
        pos_end = pos
    start = max(start, pos - _REACH)
    end = min(end, pos_end + _REACH)
    c_start = start
    for m in _BOUNDARY.finditer(text, start, pos):
        if _WITH.match(text, m.start()):
            continue  # ", with ..." continues the clause before it
        c_start = m.end()
    after = _BOUNDARY.search(text, pos_end, end)
    c_end = after.start() if after else end
    if after is not None and _WITH.match(text, after.start()):
        nxt = _BOUNDARY.search(text, after.end(), end)
        c_end = nxt.start() if nxt else end
    return c_start, c_end


def hedge_for(
    text: str,
    sent: tuple[int, int],
    d: ClaimDraft,
    figures: list[ClaimDraft],
    cues: list[HedgeCue] | None = None,
    starts: list[int] | None = None,
) -> HedgeCue | None:
    """The cue that frames figure ``d`` in its sentence, or None.

    ``figures`` are the sentence's figures in text order; ``cues`` its hedge cues in
    text order (found here when not given); ``starts`` the figures' start offsets, built
    once per sentence by the caller (rebuilding them per figure made a sentence with many
    figures quadratic)."""
    s, e = sent
    _, comp_re = _patterns()
    c_start, c_end = clause_bounds(text, s, e, d.start, d.end)
    if cues is None:
        cues = find_cues(text, s, e)
    if starts is None:
        starts = [f.start for f in figures]
    first = bisect.bisect_left(cues, max(s, d.start - _REACH), key=lambda c: c.start)
    last = bisect.bisect_left(cues, c_end, key=lambda c: c.start)
    for cue in cues[first:last]:
        inside = c_start <= cue.start < c_end
        extends = cue.end <= d.start and comp_re.match(text, cue.end) is not None
        if not inside and not extends:
            continue
        if extends and not inside:
            return cue
        if cue.end <= d.start:
            return cue  # the figure is to the cue's right
        # the figure is to the cue's left: only when no other figure lies to its right
        k = bisect.bisect_left(starts, cue.end)
        while k < len(figures) and figures[k] is d:
            k += 1
        if k >= len(figures) or starts[k] >= c_end:
            return cue
    return None


@cache
def _sentence_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    d = load_json("hedges.json")
    verbs = "|".join(sorted(map(re.escape, d["trailing_verbs"]), key=len, reverse=True))
    trailing = re.compile(
        rf",[ \t]+(?:[\w’'.-]+[ \t]+){{0,5}}?(?P<cue>{verbs})(?:[ \t]+[\w’'.-]+){{0,6}}"
        r"[ \t]*[.!?]?[”\"’']?[ \t]*$"
    )
    disclaimers = "|".join(f"(?:{c})" for c in d["disclaimers"])
    disclaimer = re.compile(rf"(?<![\w])(?:{disclaimers})(?![\w])", re.IGNORECASE)
    return trailing, disclaimer, frozenset(d["back_openers"])


_OPENING_ADVERB = re.compile(
    r"[\s“\"]*(Reportedly|Allegedly|Purportedly|Supposedly|Apparently|Presumably|Probably"
    r"|Possibly|Reports suggest|Reports indicate|Unconfirmed reports say),"
)


def sentence_hedge(text: str, sent: tuple[int, int]) -> HedgeCue | None:
    """A cue that frames every figure of the sentence: an opening sentence adverb
    (``Reportedly, ...``), a trailing attribution with a hedge
    verb (``..., Ukrainian intelligence estimates.``) or a verification disclaimer (``a
    figure that could not be independently verified``). The trailing clause is looked
    for only in the sentence's last 120 characters."""
    trailing, disclaimer, _ = _sentence_patterns()
    s, e = sent
    m = _OPENING_ADVERB.match(text, s, e)
    if m is not None:
        return HedgeCue(m.start(1), m.end(1), m.group(1))
    comma = text.rfind(",", max(s, e - 120), e)
    if comma >= 0:
        m = trailing.match(text, comma, e)
        if m is not None:
            return HedgeCue(m.start("cue"), m.end("cue"), m.group("cue"))
    m = disclaimer.search(text, s, e)
    if m is not None:
        return HedgeCue(m.start(), m.end(), m.group(0))
    return None


def disclaims_previous(text: str, sent: tuple[int, int]) -> HedgeCue | None:
    """A sentence opening with a word pointing back and disclaiming verification (``The
    claim could not be independently verified.``) frames the figures before it."""
    _, disclaimer, openers = _sentence_patterns()
    s, e = sent
    first = text[s : min(e, s + 20)].split(maxsplit=1)
    if not first or first[0].lower() not in openers:
        return None
    m = disclaimer.search(text, s, min(e, s + 200))
    return HedgeCue(m.start(), m.end(), m.group(0)) if m else None


@Language.component("nkclaims_hedges")
def hedges_component(doc: Doc) -> Doc:
    """Set ``hedged`` and ``hedge_cue`` on every figure."""
    text = text_of(doc)
    sentences = doc._.nk_sentences or [(0, len(text))]
    by_sentence: dict[int, list[ClaimDraft]] = {}
    for draft in drafts_of(doc):
        by_sentence.setdefault(draft.sentence_index, []).append(draft)
    for index, drafts in by_sentence.items():
        s, e = sentences[index]
        cues = find_cues(text, s, e)
        starts = [d.start for d in drafts]
        whole = sentence_hedge(text, (s, e))
        if whole is None and index + 1 < len(sentences):
            whole = disclaims_previous(text, sentences[index + 1])
        for d in drafts:
            cue = hedge_for(text, (s, e), d, drafts, cues, starts) if cues else None
            if cue is None and whole is not None and d.end <= max(whole.start, e):
                cue = whole
            d.hedged = cue is not None
            d.hedge_cue = cue.text if cue else None
    return doc


extensions.register()
