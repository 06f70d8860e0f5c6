#!/usr/bin/env python
"""Robustness benchmark (issue 11): every hostile input shape at n and 8n characters.

Run from the repository root::

    python benchmarks/bench_robust.py                    # 100k and 800k chars, 20,000 fuzz examples
    python benchmarks/bench_robust.py --n 20000 --fuzz 0 # a quick look
    python benchmarks/bench_robust.py --shapes korean,dots --json out.json

Each shape (``benchmarks/robust_shapes.py``) runs in a fresh subprocess per size, so
the peak RSS reported is that shape's alone: the child imports nkclaims, warms it up
on one sentence, builds the text, and times the shape's job (``extract``, plus the
HTML report or the JSONL export for two shapes), best of ``--repeat`` runs at n and
one fewer at 8n (the machine is shared: single runs are noisy). The parent watches
the child's RSS and stops it above ``--rss-limit-mb`` or after its time limit (20x
the n time per run, at least 60 s). Targets (issue 11, "Done when"): at 8n each shape takes at most 12x its
n time and stays under 1 GB peak RSS; the dense-figure JSONL is proportional to its
claim count. Then the fuzz properties of ``tests/test_fuzz.py`` run ``--fuzz``
examples each.

It prints one PASS/FAIL line per target and exits 0 whatever the timings (it
measures, it does not gate); it exits 1 when a child crashes or a fuzz property fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from robust_shapes import BY_NAME, SHAPES  # noqa: E402

MAX_TIME_RATIO = 12.0
MAX_RSS_MB = 1024.0
MAX_JSONL_BYTES_PER_CLAIM = 4096.0


def child(name: str, n: int, repeat: int) -> int:
    """Run one shape at one size ``repeat`` times; print one JSON line (the best time)."""
    import gc

    import nkclaims
    from robust_shapes import run_shape

    nkclaims.extract("North Korea sent 10,000 troops in 2020, officials said.")
    shape = BY_NAME[name]
    text = shape.build(n)
    gc.collect()
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        claims, out_bytes = run_shape(shape, text)
        seconds = min(seconds, time.perf_counter() - t0)
        gc.collect()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "shape": name,
                "chars": len(text),
                "seconds": seconds,
                "claims": claims,
                "out_bytes": out_bytes,
                "peak_rss_mb": peak,
                "start_rss_mb": base_rss,
            }
        )
    )
    return 0


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_child(
    name: str, n: int, repeat: int, timeout: float, rss_limit_mb: float
) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "src"), env.get("PYTHONPATH", "")) if p
    )
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", name, str(n), str(repeat)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    start = time.monotonic()
    stopped = ""
    while proc.poll() is None:
        if time.monotonic() - start > timeout:
            stopped = f"stopped after {timeout:.0f} s"
        elif _rss_mb(proc.pid) > rss_limit_mb:
            stopped = f"stopped above {rss_limit_mb:.0f} MB"
        if stopped:
            proc.kill()
            break
        time.sleep(0.05)
    out, err = proc.communicate()
    if stopped:
        return {"shape": name, "chars": n, "stopped": stopped}
    if proc.returncode != 0:
        return {"shape": name, "chars": n, "error": err.strip().splitlines()[-1:] or ["?"]}
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def run_fuzz(examples: int) -> list[dict[str, Any]]:
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "src"))
    from tests.test_fuzz import PROPERTIES, property_test

    results = []
    for check, strategies in PROPERTIES:
        t0 = time.perf_counter()
        try:
            property_test(check, strategies, examples)()
            failure = None
        except Exception as exc:  # a falsifying example: report it
            failure = f"{type(exc).__name__}: {exc}"[:2000]
        results.append(
            {
                "property": check.__name__,
                "examples": examples,
                "seconds": time.perf_counter() - t0,
                "failure": failure,
            }
        )
        print(
            f"fuzz {check.__name__:40s} {examples} examples "
            f"{time.perf_counter() - t0:7.1f} s  {'ok' if failure is None else 'FAILED'}"
        )
        if failure:
            print(f"    {failure}")
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="the small size in characters")
    ap.add_argument("--factor", type=int, default=8)
    ap.add_argument("--shapes", default="", help="comma-separated names (default: all)")
    ap.add_argument("--fuzz", type=int, default=20_000, help="examples per fuzz property")
    ap.add_argument("--rss-limit-mb", type=float, default=3000.0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--repeat", type=int, default=3, help="runs at n (one fewer at 8n)")
    ap.add_argument("--child", nargs=3, metavar=("SHAPE", "N", "R"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child[0], int(args.child[1]), int(args.child[2]))

    names = [s.name for s in SHAPES] if not args.shapes else args.shapes.split(",")
    big = args.n * args.factor
    print("nkclaims robustness benchmark")
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"sizes: {args.n:,} and {big:,} characters; one subprocess per shape and size")
    print(f"time: best of {args.repeat} runs at n, {max(1, args.repeat - 1)} at 8n\n")
    header = (
        f"{'shape':22s} {'t(n) s':>8s} {'t(8n) s':>8s} {'ratio':>6s} "
        f"{'RSS(n)':>7s} {'RSS(8n)':>8s} {'ratio':>6s} {'claims(8n)':>10s}"
    )
    print(header)
    rows: list[dict[str, Any]] = []
    crashed = False
    for name in names:
        small = run_child(name, args.n, args.repeat, 600, args.rss_limit_mb)
        runs = max(1, args.repeat - 1)
        limit = max(60.0, 20 * runs * small.get("seconds", 30.0))
        large = run_child(name, big, runs, limit, args.rss_limit_mb)
        row: dict[str, Any] = {"shape": name, "owner": BY_NAME[name].owner, "n": small, "8n": large}
        for r in (small, large):
            if "error" in r:
                crashed = True
        if "seconds" in small and "seconds" in large:
            row["time_ratio"] = large["seconds"] / small["seconds"]
            row["rss_ratio"] = large["peak_rss_mb"] / small["peak_rss_mb"]
            row["pass"] = row["time_ratio"] <= MAX_TIME_RATIO and large["peak_rss_mb"] < MAX_RSS_MB
            print(
                f"{name:22s} {small['seconds']:8.2f} {large['seconds']:8.2f} "
                f"{row['time_ratio']:6.1f} {small['peak_rss_mb']:7.0f} "
                f"{large['peak_rss_mb']:8.0f} {row['rss_ratio']:6.2f} {large['claims']:10,d}"
            )
        else:
            row["pass"] = False
            print(
                f"{name:22s} {small.get('stopped') or small.get('error') or ''} / "
                f"{large.get('stopped') or large.get('error') or ''}"
            )
        rows.append(row)
    print()
    for row in rows:
        verdict = "PASS" if row["pass"] else "FAIL"
        ratio = row.get("time_ratio")
        rss = row["8n"].get("peak_rss_mb")
        detail = (
            f"time x{ratio:.1f} (<= {MAX_TIME_RATIO:.0f}), peak RSS {rss:.0f} MB (< {MAX_RSS_MB:.0f})"
            if ratio is not None
            else "did not finish"
        )
        print(f"{verdict}  {row['shape']}: {detail}")
    for row in rows:
        large = row["8n"]
        if row["shape"] == "dense_jsonl" and large.get("claims"):
            per_claim = large["out_bytes"] / large["claims"]
            small = row["n"]
            small_per = small["out_bytes"] / small["claims"]
            ok = per_claim <= MAX_JSONL_BYTES_PER_CLAIM
            print(
                f"{'PASS' if ok else 'FAIL'}  dense JSONL proportional to claims: "
                f"{small_per:,.0f} bytes/claim at n, {per_claim:,.0f} at 8n "
                f"({large['out_bytes'] / 1e6:,.1f} MB for {large['claims']:,} claims)"
            )
    fuzz = run_fuzz(args.fuzz) if args.fuzz else []
    if args.json:
        args.json.write_text(json.dumps({"shapes": rows, "fuzz": fuzz}, indent=2) + "\n")
    fuzz_failed = any(f["failure"] for f in fuzz)
    return 1 if crashed or fuzz_failed else 0


if __name__ == "__main__":
    sys.exit(main())
