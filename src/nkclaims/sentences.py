"""Sentence and paragraph splitting that survives news text.

Paragraphs are the text between line breaks (CLAIMS.md section 5 uses them for the
continuation rule). Inside a paragraph a sentence ends at ``.``, ``!`` or ``?``
(with any closing quotes or brackets) followed by white space and a capital, digit
or opening quote, except after an abbreviation (``Oct.``, ``Rep.``, ``No.``), an
initial (``N. Korea``), or an ambiguous abbreviation (``U.S.``) not followed by a
common sentence opener. Headlines, captions and bylines have no final period; being
lines of their own, they are sentences of their own. All offsets index the input.

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
_END_RE = re.compile(r"([.!?]+)([\"'”’)\]]*)[ \t\u00a0]+(?=[\"“‘(\[]?[A-Z0-9])")
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
            if _is_boundary(text, m.end(1), m.end()):
                sentences.append((start, m.end(2)))
                start = m.end()
        if start < p_end:
            sentences.append((start, p_end))
    return paragraphs, sentences


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
