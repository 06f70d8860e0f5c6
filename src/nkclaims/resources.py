"""Readers for the data files under ``nkclaims/data``, each file read once per process.

Every stage keeps its words (units, aliases, cues) in a readable file there and
builds its own compiled patterns from them on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any


def _read(name: str) -> str:
    return (files("nkclaims") / "data" / name).read_text(encoding="utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-blank lines of a text file, without ``#`` comments."""
    out = []
    for raw in _read(name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, without ``#`` comments."""
    rows = []
    for raw in _read(name).splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in raw.split("\t")))
    return tuple(rows)


@cache
def load_json(name: str) -> dict[str, Any]:
    """A JSON data file; keys starting with ``_`` are documentation."""
    data: dict[str, Any] = json.loads(_read(name))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def word_set(key: str) -> frozenset[str]:
    """One word list of ``grammar.json`` (function words the stages' rules share)."""
    words: list[str] = load_json("grammar.json")[key]
    return frozenset(words)


def alternation(words: Iterable[str], *, fold_case: bool = False) -> str:
    """A regex alternation of literal words in which the longest match wins.

    The words are laid out as a trie (``t(?:en(?:fold)?|wo)``) rather than a flat list:
    Python's regex engine tries a flat alternation word by word at every position, which
    made our large word lists the slowest part of a scan, while a trie rejects a position
    after one character. The language and match priority are those of the flat
    alternation sorted longest first. ``fold_case`` lower-cases ASCII words first, for
    patterns compiled with ``re.IGNORECASE`` (two case variants of a word then share one
    branch)."""
    import re

    unique = {w.lower() if fold_case and w.isascii() else w for w in words}
    if "" in unique:
        raise ValueError("alternation() needs non-empty words")
    trie: dict[str, Any] = {}
    for word in unique:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = None  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter word ends here: try the longer ones first
            return f"(?:{body})?"
        return body

    return "|".join(re.escape(ch) + emit(trie[ch]) for ch in sorted(trie))
