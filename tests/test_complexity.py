"""A quadratic regression fails CI: every shape of issue 11 grows linearly from n to 8n.

CI-sized version of ``benchmarks/bench_robust.py`` (which runs 100k and 800k characters,
each in its own process, and reports peak RSS as well). Time on a shared machine is
noisy, so this test compares *growth ratios*, takes the best of several runs at each
size and allows a generous bound: linear work gives a ratio near 8 (less where fixed
costs dominate), quadratic work 64 (cubic 512). The bound `MAX_RATIO` sits between.
The shapes are shared with the benchmark (``benchmarks/robust_shapes.py``).
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from robust_shapes import SHAPES, Shape, run_shape

N = 5_000
FACTOR = 8
MAX_RATIO = 20.0
RUNS = 3  # at n; at 8n one run fewer (each is 8 times as long)


def best_time(shape: Shape, text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        run_shape(shape, text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_shape_grows_linearly(shape: Shape) -> None:
    small, large = shape.build(N), shape.build(FACTOR * N)
    assert len(small) == N and len(large) == FACTOR * N
    run_shape(shape, small)  # warm-up: lexicons, caches
    t_small = best_time(shape, small, RUNS)
    t_large = best_time(shape, large, RUNS - 1)
    # a floor on the small time keeps timer resolution from inflating the ratio
    ratio = t_large / max(t_small, 0.002)
    assert ratio <= MAX_RATIO, (
        f"{shape.name}: {FACTOR * N} characters took {t_large:.3f} s, "
        f"{ratio:.1f}x the {t_small:.3f} s of {N} (owner: {shape.owner})"
    )
