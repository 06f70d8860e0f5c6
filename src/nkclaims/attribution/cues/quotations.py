"""Quotations and transcripts: who speaks inside quotation marks.

- a quotation with a speech cue right after it (``“...,” he said.``, ``“...,” Mr.
  Alexander said in an interview.``) or right before it (``he said: “...”``, ``The New
  York Times reports:`` and a quoted block) is that cue's speaker's;
- a quotation with no cue of its own that opens a sentence continues the paragraph's
  last speaker, and a quotation left open at a paragraph's end (the convention for a
  quote running over several paragraphs) carries into the next paragraph;
- a transcript speaker label (``KIRBY:``, ``MR. KIRBY:``) gives its paragraph to that
  speaker, by the fullest name the document gives.

A quotation's ``source_cue`` is the speech cue that attributed it, as written (``said``),
a label's the label (``KIRBY:``). Cues here are built after the sentence cues, from them: every search is a bisection
into the sorted cue positions, so a paragraph costs its length.
"""

from __future__ import annotations

import bisect
import re

from nkclaims.actors import canonical_actor
from nkclaims.attribution.cues.base import Cue
from nkclaims.attribution.naming import Namer
from nkclaims.resources import load_json

_QUOTE_RE = re.compile(r"[“\"][^“”\"\n]{1,5000}(?:[”\"]|(?=\n)|$)")
_QUOTE_TAIL_RE = re.compile(r"[\s,]*[\w .’'-]{0,80}")
_QUOTE_HEAD_RE = re.compile(r"[\s,:]*(?:that)?[\s,:]*")
_LABEL_RE = re.compile(
    r"[ \t]*((?:(?:MR|MS|MRS|DR|GEN|SEN|REP)\.? )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):[ \t]"
)

_NOT_SPEAKERS = frozenset(load_json("speakers.json")["not_speaker_labels"])

_LABEL_TITLES = frozenset(("Mr", "Ms", "Mrs", "Dr", "Gen", "Sen", "Rep"))


def quote_cues(
    text: str, paragraphs: list[tuple[int, int]], cues: list[Cue], namer: Namer
) -> list[Cue]:
    """Quotation and transcript cues of a document. ``cues`` are its sentence cues sorted
    by position."""
    positions = [c.position for c in cues]
    out: list[Cue] = []
    carried: tuple[str, str] | None = None  # (speaker, cue) running into the next paragraph
    for p_start, p_end in paragraphs:
        label = _LABEL_RE.match(text, p_start, p_end)
        if label is not None:
            name = _label_speaker(label.group(1), p_start, namer)
            if name is not None:
                out.append(Cue(name, label.end(), p_end, label.group(1) + ":", p_start))
                carried = None
                continue
        if "“" not in text[p_start:p_end] and '"' not in text[p_start:p_end]:
            carried = None
            continue
        # a carried speaker only continues a quotation that opens the paragraph
        opens = text[p_start : p_start + 4].lstrip()[:1] in ("“", '"')
        previous: tuple[str, str] | None = carried if opens else None
        carried = None
        for m in _QUOTE_RE.finditer(text, p_start, p_end):
            qs, qe = m.start(), m.end()
            cue = _after(text, qe, cues, positions) or _before(text, qs, cues, positions)
            speaker = (cue.source, cue.cue) if cue is not None else None
            if speaker is None and previous is not None:
                head = text[max(p_start, qs - 4) : qs].rstrip()
                if not head or head[-1] in '.!?”":':
                    speaker = previous
            if speaker is not None:
                out.append(Cue(speaker[0], qs, qe, speaker[1], qs))
                previous = speaker
                if text[qe - 1 : qe] not in ("”", '"') or _ends_paragraph(text, qe, p_end):
                    carried = speaker  # left open, or closing its paragraph: may run on
    return out


def _ends_paragraph(text: str, qe: int, p_end: int) -> bool:
    """Does the quotation (with a short ``he said.``) end its paragraph?"""
    return p_end - qe <= 40 and text.find("“", qe, p_end) < 0 and text.find('"', qe, p_end) < 0


def _after(text: str, qe: int, cues: list[Cue], positions: list[int]) -> Cue | None:
    """A speech cue right after the quotation: ``“...,” he said``, ``“...,” Zelensky said
    in a post on X that carried several pictures`` (whatever follows the verb, the
    quotation is the speaker's)."""
    k = bisect.bisect_left(positions, qe)
    if k < len(cues):
        c = cues[k]
        if not _QUOTE_TAIL_RE.fullmatch(text, qe, c.position):
            return None
        if c.scope_end <= c.position:
            return c  # a closing cue: "..., he said."
        if c.scope_start >= c.position and "\n" not in text[qe : c.position]:
            return c  # a cue reading on, in the same paragraph: "..., he said in a post that ..."
    return None


def _before(text: str, qs: int, cues: list[Cue], positions: list[int]) -> Cue | None:
    """A cue right before the quotation: ``he said: “...”``."""
    k = bisect.bisect_left(positions, qs) - 1
    if k >= 0:
        c = cues[k]
        end = c.position + len(c.cue)
        if end <= qs and _QUOTE_HEAD_RE.fullmatch(text, end, qs):
            return c
    return None


def _label_speaker(label: str, pos: int, namer: Namer) -> str | None:
    words = [w.capitalize() for w in label.replace(".", ". ").split()]
    words = [
        w for w in words if w.rstrip(".") not in ("Mr", "Ms", "Mrs", "Dr", "Gen", "Sen", "Rep")
    ]
    name = " ".join(words)
    if not words or label in _NOT_SPEAKERS or canonical_actor(name) is not None:
        return None
    known = namer.registry.lookup(name, pos)
    if known is not None and known.kind == "person":
        namer.registry.note(known)
        return known.name
    ent = namer.registry.person(words, pos)
    namer.registry.note(ent)
    return ent.name
