"""Distinct documents for tests and benchmarks of corpus-sized runs.

Repeating one text flatters spaCy (its tokenizer caches every chunk it has seen) and hides
growth of the string store, so corpus tests use documents that differ in words and
figures: sentences of the bundled articles, recombined, with their numbers redrawn and a
few invented names (new vocabulary in every document) put in.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
_NUMBER = re.compile(r"\d[\d,]*")
_SYLLABLES = ("ka", "lo", "mi", "run", "se", "tav", "no", "bek", "ir", "sol", "dan", "yu")


def _sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(RAW.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(s.strip() for s in _SENTENCE.findall(text) if any(ch.isdigit() for ch in s))
    return out


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def distinct_documents(n: int, *, seed: int = 0, sentences: int = 6) -> list[tuple[str, str]]:
    """``n`` ``(doc_id, text)`` pairs, each with its own figures and invented names."""
    rng = random.Random(seed)
    pool = _sentences()
    docs = []
    for i in range(n):
        picked = rng.sample(pool, k=min(sentences, len(pool)))
        body = []
        for s in picked:
            s = _NUMBER.sub(lambda m: f"{rng.randint(2, 99_999):,}", s)
            body.append(
                f"{s} {_name(rng)} {_name(rng)} said {rng.randint(2, 900):,} more were sent."
            )
        docs.append((f"doc{i:05d}", "\n\n".join(body)))
    return docs
