"""The attribution and hedge stages stay linear on the shapes issue 11 found quadratic:
many hedged figures in one sentence, many relative-clause cues, many distinct people
before a role reference. CI-sized and robust on a noisy machine: the best of several
runs at n and 8n, with a bound far below the 64x a quadratic stage would take."""

from __future__ import annotations

import itertools
import string
import time
from collections.abc import Callable

import pytest

import nkclaims


def _people(k: int) -> str:
    out = []
    for a, b in itertools.islice(itertools.product(string.ascii_uppercase, repeat=2), k):
        out.append(f"Analyst {a}{b.lower()}kim Lee{a.lower()}{b.lower()} said 5 troops left.")
    return " ".join(out) + " The analyst said 500 troops left."


SHAPES: dict[str, Callable[[int], str]] = {
    "hedged figures": lambda k: "reportedly 500 troops " * k,
    "relative cues": lambda k: "500 troops that Kim says " * k,
    "distinct people": _people,
    "quotations": lambda k: '"500 troops," he said. ' * k,
    "according to": lambda k: "500 troops, according to the NIS, " * k,
}


def _best(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        nkclaims.extract(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_attribution_is_linear(shape: str) -> None:
    make = SHAPES[shape]
    nkclaims.extract(make(10))
    small, large = _best(make(60)), _best(make(480))
    assert large / max(small, 1e-3) < 24, (shape, small, large)
