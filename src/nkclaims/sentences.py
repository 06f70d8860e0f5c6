"""Sentence and paragraph splitting that survives news text.

Paragraphs are the text between line breaks (CLAIMS.md section 5 uses them for the
continuation rule). Inside a paragraph a sentence ends at ``.``, ``!`` or ``?``
(with any closing quotes or brackets) followed by white space and a capital or a
caseless letter in any script (``Éric``, ``Северная``, ``북한``), a digit or an
opening quote, except after an abbreviation (``Oct.``, ``Rep.``, ``No.``), an
initial (``N. Korea``), or an ambiguous abbreviation (``U.S.``) not followed by a
common sentence opener. A CJK full stop, exclamation or question mark (``。！？``)
always ends a sentence, with or without white space after it. Headlines, captions
and bylines have no final period; being lines of their own, they are sentences of
their own. All offsets index the input.

No sentence is longer than `MAX_SENTENCE_CHARS`: a longer one (a table pasted as
text, a data dump without punctuation) is cut at the safest boundary in the last
half of the allowed length — a semicolon, a tab, a ``|``, a run of spaces, a single
space — else hard at the bound, so no later stage ever sees an unbounded sentence.

The component ``nkclaims_sentences`` stores the ranges on the Doc
(``doc._.nk_paragraphs``, ``doc._.nk_sentences``) and sets ``token.is_sent_start``
so ``doc.sents`` agrees and a parser added later respects the boundaries.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.resources import lines, table

_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
# A candidate end: terminal punctuation, closing quotes/brackets, white space, and a
# sentence-like start. Lookahead keeps the next sentence's first char out of the match.
# The run of terminal punctuation starts where the run does (the lookbehind) and is
# matched possessively: "." * n is then one failed attempt per run, not per character.
# The next character is checked in `_starts_sentence` (capitals of every script).
_END_RE = re.compile(
    r"(?<![.!?])([.!?]++)([\"'”’)\]]*+)[ \t\u00a0]++(?=[\"“‘(\[]?\w)"
    r"|(?<![。！？])([。！？]++)([」』”’）)\]]*+)[ \t\u00a0]*+"
)
MAX_SENTENCE_CHARS = 2000
"""The longest sentence the stages see; longer ones are cut (see `cap_sentences`)."""
# Where to cut an over-long sentence, safest first.
_CUTS = (";", "\t", "|", "  ", " ")
_WORD_BEFORE_RE = re.compile(r"(\S+)\Z")
_NEXT_WORD_RE = re.compile(r"[\"“‘(\[]?([A-Za-z]+)")


@cache
def _abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in table("abbreviations.tsv")}


@cache
def _months() -> frozenset[str]:
    return frozenset(m.lower().rstrip(".") for m in lines("months.txt"))


@cache
def _openers() -> frozenset[str]:
    return frozenset(lines("sentence_openers.txt"))


def _starts_sentence(text: str, pos: int) -> bool:
    """Can a sentence start at ``pos``: a digit, or a letter that is not lower case?

    ``str.isupper`` and ``str.islower`` know every script; letters without case
    (Hangul, CJK, Arabic) count as capitals."""
    c = text[pos : pos + 1]
    if c in ('"', "“", "‘", "(", "["):
        c = text[pos + 1 : pos + 2]
    return c.isdigit() or (c.isalpha() and not c.islower())


def _is_boundary(text: str, end_punct: int, next_start: int) -> bool:
    """Decide whether the terminal punctuation ending at ``end_punct`` ends a sentence."""
    window = text[max(0, end_punct - 40) : end_punct]
    m = _WORD_BEFORE_RE.search(window)
    word = m.group(1) if m else ""
    word = word.lstrip('"“‘([')
    if text[end_punct - 1] != ".":
        return True  # ! or ? (possibly followed by quotes)
    if word[:-1].isdigit():
        n = _NEXT_WORD_RE.match(text, next_start)
        if n and n.group(1).lower() in _months():
            return False  # a day written "12. Februar 2024"
    kind = _abbreviations().get(word)
    if kind is None and len(word) == 2 and word[0].isupper() and word[1] == ".":
        kind = "title"  # an initial: N. Korea, J. Smith
    if kind == "title":
        return False
    if kind == "ambiguous":
        n = _NEXT_WORD_RE.match(text, next_start)
        return bool(n and n.group(1) in _openers())
    return True


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank lines, stripped of surrounding white space."""
    out = []
    for m in _LINE_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_sentences(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return (paragraphs, sentences) as character ranges into ``text``."""
    paragraphs = split_paragraphs(text)
    sentences: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        start = p_start
        for m in _END_RE.finditer(text, p_start, p_end):
            if m.group(3) is not None:  # a CJK stop: always a boundary
                if m.end(4) < p_end:
                    cap_sentences(text, start, m.end(4), sentences)
                    start = m.end()
                continue
            if _starts_sentence(text, m.end()) and _is_boundary(text, m.end(1), m.end()):
                cap_sentences(text, start, m.end(2), sentences)
                start = m.end()
        if start < p_end:
            cap_sentences(text, start, p_end, sentences)
    return paragraphs, sentences


def cap_sentences(
    text: str, start: int, end: int, out: list[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS
) -> None:
    """Append ``text[start:end]`` to ``out`` as pieces of at most ``limit`` characters.

    A piece ends at the last safest boundary (`_CUTS`, in that order) in the second
    half of the allowed length, so every piece but the last holds at least half of
    ``limit`` and the work is linear; else it is cut hard at ``limit``. Pieces are
    stripped of surrounding white space."""
    while end - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = -1
        for sep in _CUTS:
            cut = text.rfind(sep, lo, hi)
            if cut != -1:
                cut += len(sep) if sep != "  " else 1
                break
        if cut == -1:
            cut = hi
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            out.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


def index_of(ranges: list[tuple[int, int]], offset: int) -> int:
    """Index of the range containing ``offset`` (or the last one starting before it)."""
    return max(0, bisect.bisect_right(ranges, offset, key=lambda r: r[0]) - 1)


@Language.component("nkclaims_sentences")
def sentences_component(doc: Doc) -> Doc:
    """Set paragraph and sentence ranges and the matching ``is_sent_start`` flags."""
    paragraphs, sentences = split_sentences(extensions.text_of(doc))
    doc._.nk_paragraphs = paragraphs
    doc._.nk_sentences = sentences
    # One array write: setting token.is_sent_start one by one re-checks the whole Doc
    # each time (quadratic on long texts).
    not_start = numpy.iinfo(numpy.uint64).max  # spaCy's -1 ("not a start") as uint64
    flags = numpy.full(len(doc), not_start, dtype=numpy.uint64)
    token_starts = extensions.tokens_of(doc).starts
    for s, _ in sentences:
        k = bisect.bisect_left(token_starts, s)
        if k < len(flags):
            flags[k] = 1
    if len(doc):
        flags[0] = 1
        doc.from_array(["SENT_START"], flags.reshape(-1, 1))  # type: ignore[arg-type]
    return doc


extensions.register()
