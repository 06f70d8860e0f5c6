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


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest match wins."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
