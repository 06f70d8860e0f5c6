"""Figures highlighted in their text: locate each claim, merge overlaps, render the marks.

A claim is located by its offsets, or by its text nearest to them; a claim that cannot be
found is returned in ``missing`` so the table can say so. Overlapping figures (the
extractor never emits them) share one highlight that carries all their numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from nkclaims.models import Claim
from nkclaims.report.formatting import esc as _esc
from nkclaims.report.formatting import tooltip


@dataclass
class _Cluster:
    """One highlight: a character range and the (number, claim) pairs it shows."""

    start: int
    end: int
    members: list[tuple[int, Claim]] = field(default_factory=list)


def _nearest(haystack: str, needle: str, near: int) -> int | None:
    """The occurrence of ``needle`` in ``haystack`` that starts nearest to ``near``."""
    if not needle:
        return None
    best: int | None = None
    position = haystack.find(needle)
    while position != -1:
        if best is None or abs(position - near) < abs(best - near):
            best = position
        elif position > near:
            break
        position = haystack.find(needle, position + 1)
    return best


def _locate(text: str, claim: Claim) -> tuple[int, int] | None:
    """The claim's character range in ``text``: its offsets, or its text nearest to them."""
    if 0 <= claim.start < claim.end <= len(text) and text[claim.start : claim.end] == claim.text:
        return claim.start, claim.end
    found = _nearest(text, claim.text, claim.start)
    return None if found is None else (found, found + len(claim.text))


def _clusters(spans: Iterable[tuple[int, int, int, Claim]]) -> list[_Cluster]:
    """Merge (start, end, number, claim) ranges into non-overlapping highlights."""
    clusters: list[_Cluster] = []
    for start, end, number, claim in sorted(spans, key=lambda s: (s[0], s[1], s[2])):
        if clusters and start < clusters[-1].end:
            clusters[-1].end = max(clusters[-1].end, end)
            clusters[-1].members.append((number, claim))
        else:
            clusters.append(_Cluster(start, end, [(number, claim)]))
    return clusters


def number_claims(claims: Sequence[Claim]) -> list[tuple[int, Claim]]:
    """Claims in text order, numbered from 1 (the badge and table numbers)."""
    ordered = sorted(claims, key=lambda c: (c.start, c.end))
    return list(enumerate(ordered, 1))


# --------------------------------------------------------------------------- rendering


def _mark(text: str, cluster: _Cluster, prefix: str, *, first: bool, last: bool) -> str:
    """One highlight piece: ``<mark>`` around exactly ``text``, the badges after the last."""
    claims = [claim for _, claim in cluster.members]
    classes = "nkc-fig nkc-hedged" if any(c.hedged for c in claims) else "nkc-fig"
    title = "\n\n".join(f"#{n}: {tooltip(c)}" for n, c in cluster.members)
    ident = f' id="{prefix}-f{cluster.members[0][0]}"' if first else ""
    out = f'<mark class="{classes}"{ident} title="{_esc(title)}">{_esc(text)}</mark>'
    if last:
        out += "".join(
            f'<a class="nkc-badge" href="#{prefix}-r{n}" title="row {n} of the table">{n}</a>'
            for n, _ in cluster.members
        )
    return out


def _render_range(
    text: str, begin: int, stop: int, clusters: Sequence[_Cluster], prefix: str
) -> str:
    """``text[begin:stop]`` as HTML, highlighting the parts of ``clusters`` inside it."""
    parts: list[str] = []
    cursor = begin
    for cluster in clusters:
        lo, hi = max(cluster.start, begin), min(cluster.end, stop)
        if lo >= hi:
            continue
        parts.append(_esc(text[cursor:lo]))
        parts.append(
            _mark(
                text[lo:hi],
                cluster,
                prefix,
                first=lo == cluster.start,
                last=hi == cluster.end,
            )
        )
        cursor = hi
    parts.append(_esc(text[cursor:stop]))
    return "".join(parts)


def _lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text's lines (without the line break)."""
    ranges: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        stop = text.find("\n", start)
        if stop == -1:
            stop = len(text)
        end = stop - 1 if stop > start and text[stop - 1] == "\r" else stop
        ranges.append((start, end))
        start = stop + 1
    return ranges


def document_body(
    text: str, numbered: Sequence[tuple[int, Claim]], prefix: str
) -> tuple[str, set[int]]:
    """The whole text, one ``<p>`` per non-blank line, figures highlighted by offset."""
    located: list[tuple[int, int, int, Claim]] = []
    missing: set[int] = set()
    for number, claim in numbered:
        span = _locate(text, claim)
        if span is None:
            missing.add(number)
        else:
            located.append((span[0], span[1], number, claim))
    clusters = _clusters(located)
    paragraphs: list[str] = []
    index = 0
    for begin, stop in _lines(text):
        while index < len(clusters) and clusters[index].end <= begin:
            index += 1
        here: list[_Cluster] = []
        k = index  # no slice of the remaining clusters: a long table has a line per row
        while k < len(clusters) and clusters[k].start < stop:
            here.append(clusters[k])
            k += 1
        if not text[begin:stop].strip() and not here:
            continue
        paragraphs.append(f"<p>{_render_range(text, begin, stop, here, prefix)}</p>")
    return "\n".join(paragraphs), missing


def _sentence_offset(text: str | None, claim: Claim) -> int | None:
    """Where the claim's sentence starts in ``text``, if the text and offsets agree."""
    if text is None or not claim.sentence:
        return None
    if text[claim.start : claim.end] != claim.text:
        return None
    at = claim.sentence_start
    if at is not None and text[at : at + len(claim.sentence)] == claim.sentence:
        return at
    lowest = max(0, claim.end - len(claim.sentence))
    position = text.find(claim.sentence, lowest, claim.start + len(claim.sentence))
    if position != -1 and position <= claim.start:
        return position
    return None


def sentences_body(
    text: str | None, numbered: Sequence[tuple[int, Claim]], prefix: str
) -> tuple[str, set[int]]:
    """Only the sentences that hold figures, in order, each with its index."""
    groups: dict[tuple[int, str], list[tuple[int, Claim]]] = {}
    for number, claim in numbered:
        groups.setdefault((claim.sentence_index, claim.sentence), []).append((number, claim))
    missing: set[int] = set()
    paragraphs: list[str] = []
    for (sentence_index, sentence), members in sorted(groups.items(), key=lambda g: g[0][0]):
        located: list[tuple[int, int, int, Claim]] = []
        cursor = 0
        for number, claim in members:
            offset = _sentence_offset(text, claim)
            if offset is not None:
                start = claim.start - offset
                if sentence[start : start + len(claim.text)] != claim.text:
                    offset = None
            if offset is None:
                found = sentence.find(claim.text, cursor) if claim.text else -1
                if found == -1 and claim.text:
                    found = sentence.find(claim.text)
                if found == -1:
                    missing.add(number)
                    continue
                start = found
            located.append((start, start + len(claim.text), number, claim))
            cursor = start + len(claim.text)
        body = _render_range(sentence, 0, len(sentence), _clusters(located), prefix)
        label = f'<span class="nkc-sidx" title="sentence index">S{sentence_index}</span>'
        paragraphs.append(f"<p>{label} {body}</p>")
    return "\n".join(paragraphs), missing
