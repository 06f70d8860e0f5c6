#!/usr/bin/env python
"""Benchmark the extraction hot path: ``nkclaims.extract`` against quantulum3 and spaCy's tokenizer.

Run from the repository root::

    python benchmarks/bench_extract.py              # full run (>= 1 MiB corpus, a few minutes)
    python benchmarks/bench_extract.py --quick      # CI smoke run (~100 KB corpus, < 60 s)
    python benchmarks/bench_extract.py --profile    # also cProfile the hot path
    python benchmarks/bench_extract.py --json out.json

What it measures (see benchmarks/README.md for the method and the latest numbers):

- throughput (chars/s, sentences/s, claims/s) of ``nkclaims.extract``, of
  ``quantulum3.parser.parse`` and of the bare ``spacy.blank("en").tokenizer``, timed in
  this one process in alternating rounds after a warm-up. quantulum3 is timed on a fixed
  subset of the corpus (it runs at a few KB/s); its ratio is computed from throughputs
  (chars/s), and nkclaims is also timed on that same subset as a same-text cross-check;
- peak RSS and the tracemalloc peak of nkclaims alone, in a fresh child process;
- import plus first ``extract`` in a fresh interpreter (the exact one-liner of issue 4);
- growth: one document made of the corpus concatenated 8 times against one pass over the
  corpus documents, in a child process that is stopped once it is over the target anyway;
- the speed-up of ``extract_many(n_process=2)`` over ``n_process=1``, checking the claims
  are identical (``model_dump`` of every claim).

It prints one PASS/FAIL line per target and exits 0 whatever the timings are: it measures,
it does not gate. It exits non-zero when something crashes or when ``n_process=2`` gives
different claims from ``n_process=1``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import pstats
import queue
import random
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Only the standard library is imported at module level: ``extract_many(n_process=2)``
# may spawn workers (when this process has threads) that re-import this file as
# ``__mp_main__``; they must stay light.

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "data" / "raw"

IMPORT_SNIPPET = (
    "import time; t=time.perf_counter(); import nkclaims; "
    "nkclaims.extract('North Korea sent 10,000 troops.'); print(time.perf_counter()-t)"
)
SPLIT_IMPORT_SNIPPET = (
    "import time, json; t0=time.perf_counter(); import nkclaims; t1=time.perf_counter(); "
    "nkclaims.extract('North Korea sent 10,000 troops.'); t2=time.perf_counter(); "
    "nkclaims.extract('Russia paid $200 million a year, officials said.'); t3=time.perf_counter(); "
    "print(json.dumps({'import_s': t1-t0, 'first_extract_s': t2-t1, 'second_extract_s': t3-t2}))"
)
GROWTH_FACTOR = 8
MB = 1024 * 1024

# ---------------------------------------------------------------------------------------------
# settings and targets


@dataclass(frozen=True)
class Settings:
    """Sizes of everything the run builds; ``--quick`` shrinks them to a CI smoke run."""

    quick: bool
    seed: int
    data_dir: Path
    corpus_bytes: int  # UTF-8 bytes of the generated corpus (at least)
    subset_chars: int  # chars of corpus documents given to quantulum3 (at least)
    subset_max_doc_chars: int | None  # cut longer subset documents (quick mode only)
    rounds: int  # alternating timing rounds (>= 3)
    min_timing_s: float  # fast passes (tokenizer, subset) are repeated to last this long
    import_runs: int  # fresh interpreters for the import + first call time
    growth_base_chars: int | None  # None: the whole corpus is the growth base
    growth_timeout_factor: float  # stop the 8x document after this many base times
    scaling_unit_chars: int  # single-document scaling probe: 1, 2, 4, 8 of this
    scaling_budget_s: float  # the child stops growing the probe beyond this
    parallel_docs: int | None  # None: extract_many runs over the whole corpus
    parallel_max_doc_chars: int | None  # cut longer documents (quick mode only)
    parallel_batch_size: int  # extract_many's batch_size
    child_timeout_s: float  # last-resort limit on the nkclaims-alone child
    child_mem_limit_mb: int  # address-space limit of that child (the 8x document)

    @classmethod
    def make(cls, args: argparse.Namespace) -> Settings:
        quick = bool(args.quick)
        rounds = args.rounds if args.rounds is not None else (3 if quick else 5)
        if rounds < 3:
            raise SystemExit("--rounds must be at least 3 (ratios are medians of >= 3 pairs)")
        return cls(
            quick=quick,
            seed=args.seed,
            data_dir=Path(args.data_dir),
            corpus_bytes=int((args.corpus_kb or (100 if quick else 1024)) * 1024),
            subset_chars=6_000 if quick else 45_000,
            subset_max_doc_chars=6_000 if quick else None,
            rounds=rounds,
            min_timing_s=0.2 if quick else 1.0,
            import_runs=1 if quick else 3,
            growth_base_chars=3_000 if quick else None,
            growth_timeout_factor=args.growth_timeout_factor,
            scaling_unit_chars=2_000 if quick else 16_000,
            scaling_budget_s=4.0 if quick else 90.0,
            parallel_docs=10 if quick else None,
            parallel_max_doc_chars=2_000 if quick else None,
            parallel_batch_size=2 if quick else 16,
            child_timeout_s=120.0 if quick else 1800.0,
            child_mem_limit_mb=args.child_mem_limit_mb,
        )


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    op: str  # ">=" or "<="
    threshold: float
    unit: str


TARGETS: tuple[Target, ...] = (
    Target("ratio_quantulum3", "nkclaims throughput >= 30x quantulum3", ">=", 30.0, "x"),
    Target("ratio_tokenizer", "nkclaims throughput >= 0.5x bare spaCy tokenizer", ">=", 0.5, "x"),
    Target("growth_8x", "8x input (one document) takes <= 10x time", "<=", 10.0, "x"),
    Target("peak_rss_mb", "peak RSS of nkclaims over the corpus <= 300 MB", "<=", 300.0, "MB"),
    Target("import_first_call_s", "import + first extract <= 2 s", "<=", 2.0, "s"),
)

# ---------------------------------------------------------------------------------------------
# machine


def machine_info() -> dict[str, Any]:
    cpu_model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        nproc = os.cpu_count() or 1
    mem_total_mb: int | None = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_total_mb = int(line.split()[1]) // 1024
    except OSError:
        pass

    def version(dist: str) -> str:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    return {
        "nproc": nproc,
        "cpu_model": cpu_model,
        "mem_total_mb": mem_total_mb,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "versions": {d: version(d) for d in ("nkclaims", "spacy", "quantulum3", "pydantic")},
        "loadavg_start": list(os.getloadavg()),
    }


def source_fingerprint() -> dict[str, str]:
    """Where nkclaims is imported from and a hash of its files (code and data).

    Taken at the start and the end of a run: if the package changed meanwhile (someone
    editing ``src/``), the numbers mix two versions and the report says so.
    """
    spec = importlib.util.find_spec("nkclaims")
    if spec is None or not spec.submodule_search_locations:
        return {"path": "not found", "sha256": ""}
    root = Path(next(iter(spec.submodule_search_locations)))
    h = hashlib.sha256()
    for f in sorted(root.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    return {"path": str(root), "sha256": h.hexdigest()}


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (``ru_maxrss`` is KB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss / 1024


def current_rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


# ---------------------------------------------------------------------------------------------
# corpus


@dataclass(frozen=True)
class Corpus:
    """Documents rebuilt from the shipped articles' paragraphs, shuffled with a fixed seed."""

    docs: tuple[tuple[str, str], ...]  # (doc_id, text)
    sources: tuple[str, ...]
    source_chars: int
    paragraphs: int
    seed: int

    @property
    def texts(self) -> list[str]:
        return [t for _, t in self.docs]

    @property
    def chars(self) -> int:
        return sum(len(t) for _, t in self.docs)

    @property
    def utf8_bytes(self) -> int:
        return sum(len(t.encode("utf-8")) for _, t in self.docs)

    def head(
        self, min_chars: int | None = None, max_doc_chars: int | None = None
    ) -> list[tuple[str, str]]:
        """The first documents holding at least ``min_chars`` characters (all: None).

        With ``max_doc_chars`` longer documents are cut at a paragraph break.
        """
        out: list[tuple[str, str]] = []
        n = 0
        for doc_id, text in self.docs:
            if min_chars is not None and n >= min_chars:
                break
            if max_doc_chars is not None:
                text = prefix_at_paragraph(text, max_doc_chars)
            out.append((doc_id, text))
            n += len(text)
        return out


def build_corpus(data_dir: Path, min_bytes: int, seed: int) -> Corpus:
    """Deal the articles' paragraphs, shuffled, into documents sized like the articles.

    Every paragraph (non-blank line) of every ``*.txt`` is dealt from a shuffled deck
    (reshuffled when it runs out) into documents whose target lengths are drawn from the
    real articles' lengths, until the corpus holds at least ``min_bytes`` UTF-8 bytes.
    """
    paths = sorted(data_dir.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no *.txt files in {data_dir}")
    articles = [p.read_text(encoding="utf-8") for p in paths]
    pool = [line.strip() for text in articles for line in text.splitlines() if line.strip()]
    lengths = [len(a) for a in articles]
    rng = random.Random(seed)
    deck: list[str] = []
    docs: list[tuple[str, str]] = []
    total = 0
    while total < min_bytes:
        target = rng.choice(lengths)
        paras: list[str] = []
        size = 0
        while size < target:
            if not deck:
                deck = pool[:]
                rng.shuffle(deck)
            p = deck.pop()
            paras.append(p)
            size += len(p) + 2
        text = "\n\n".join(paras) + "\n"
        docs.append((f"bench-{len(docs):05d}", text))
        total += len(text.encode("utf-8"))
    return Corpus(
        docs=tuple(docs),
        sources=tuple(p.name for p in paths),
        source_chars=sum(lengths),
        paragraphs=len(pool),
        seed=seed,
    )


def concatenated(docs: Sequence[tuple[str, str]], times: int) -> str:
    """One document: the given documents joined, the whole repeated ``times`` times."""
    once = "\n\n".join(t.strip("\n") for _, t in docs)
    return "\n\n".join([once] * times) + "\n"


def prefix_at_paragraph(text: str, chars: int) -> str:
    """The longest prefix of ``text`` ending at a paragraph break with at most ``chars``."""
    if len(text) <= chars:
        return text
    cut = text.rfind("\n\n", 0, chars)
    return text[: cut if cut > 0 else chars] + "\n"


# ---------------------------------------------------------------------------------------------
# timing helpers


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    """Run ``fn`` once after a full collection; return (seconds, what it counted)."""
    gc.collect()
    t0 = time.perf_counter()
    n = fn()
    return time.perf_counter() - t0, n


def timed_cpu(fn: Callable[[], int]) -> tuple[float, float, int]:
    """Like `timed`, also returning this process's CPU time (all its threads)."""
    gc.collect()
    c0 = time.process_time()
    t0 = time.perf_counter()
    n = fn()
    t1 = time.perf_counter()
    return t1 - t0, time.process_time() - c0, n


def fmt_num(x: float | None, digits: int = 0) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    return f"{x:,.{digits}f}"


def fmt_ratio(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.3g}x" if x < 10 else f"{x:,.1f}x"


@dataclass
class Engine:
    """One timed workload: a name, the text it runs over and what its counter counts."""

    key: str
    label: str
    text_label: str
    docs: list[tuple[str, str]]
    run: Callable[[], int]
    counts: str  # what ``run`` returns: "claims", "quantities" or "tokens"
    sentences: int = 0
    calibrate: bool = False  # a fast pass: repeat it within a round to time >= min_timing_s
    repeats: int = 1  # passes per round; times and counts are reported per pass
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)  # process CPU time per round
    count_values: list[int] = field(default_factory=list)

    @property
    def chars(self) -> int:
        return sum(len(t) for _, t in self.docs)

    def throughput(self, seconds: float) -> float:
        return self.chars / seconds

    def summary(self) -> dict[str, Any]:
        med = statistics.median(self.seconds)
        count = self.count_values[0] if self.count_values else 0
        chars_ps = [self.chars / s for s in self.seconds]
        return {
            "label": self.label,
            "text": self.text_label,
            "docs": len(self.docs),
            "chars": self.chars,
            "sentences": self.sentences,
            "counts": self.counts,
            "count": count,
            "count_stable": len(set(self.count_values)) <= 1,
            "repeats_per_round": self.repeats,
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
            "cpu_over_wall": sum(self.cpu_seconds) / sum(self.seconds),
            "median_s": med,
            "chars_per_s": self.chars / med,
            "sentences_per_s": self.sentences / med,
            "count_per_s": count / med,
            "spread_pct": 100 * (max(chars_ps) - min(chars_ps)) / statistics.median(chars_ps),
        }


# ---------------------------------------------------------------------------------------------
# the nkclaims-alone child: peak RSS, tracemalloc peak, single-document scaling, growth


def child_main(settings: Settings) -> int:
    """Run nkclaims alone in this (fresh) process and report JSON lines on stdout."""

    def emit(event: str, **data: Any) -> None:
        print(json.dumps({"event": event, **data}), flush=True)

    limit = settings.child_mem_limit_mb * MB
    if limit > 0:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))

    import nkclaims

    corpus = build_corpus(settings.data_dir, settings.corpus_bytes, settings.seed)
    docs = list(corpus.docs)
    for doc_id, text in docs[:3]:  # warm-up: resources, compiled patterns, caches
        nkclaims.extract(text, doc_id=doc_id)

    def pass_over(ds: Sequence[tuple[str, str]]) -> int:
        return sum(len(nkclaims.extract(t, doc_id=i)) for i, t in ds)

    seconds, claims = timed(lambda: pass_over(docs))
    emit("corpus", seconds=seconds, chars=corpus.chars, claims=claims, maxrss_mb=maxrss_mb())

    subset = corpus.head(settings.subset_chars, settings.subset_max_doc_chars)
    tracemalloc.start()
    timed(lambda: pass_over(subset))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    largest = max(len(t) for _, t in subset)
    emit("tracemalloc", peak_mb=peak / MB, docs=len(subset), largest_doc_chars=largest)

    if settings.growth_base_chars is None:
        base_docs = docs
        base_s = seconds
    else:
        base_docs = corpus.head(settings.growth_base_chars, settings.growth_base_chars)
        base_s, _ = timed(lambda: pass_over(base_docs))
    base_chars = sum(len(t) for _, t in base_docs)
    emit("growth_base", seconds=base_s, chars=base_chars, docs=len(base_docs))

    big = concatenated(base_docs, GROWTH_FACTOR)
    # single-document scaling probe: the same text cut to 1, 2, 4, 8 units
    spent = 0.0
    last = 0.0
    size = settings.scaling_unit_chars
    for _ in range(4):
        if last and spent + 8 * last > settings.scaling_budget_s:
            emit("scaling_skipped", chars=size, reason="over the probe's time budget")
            break
        doc = prefix_at_paragraph(big, size)
        tries: list[float] = []
        while True:  # best of up to 3 while a try is short: the machine may be shared
            t, n_claims = timed(lambda d=doc: len(nkclaims.extract(d)))  # type: ignore[misc]
            tries.append(t)
            spent += t
            if len(tries) == 3 or t > 0.5:
                break
        last = min(tries)
        emit("scaling", chars=len(doc), seconds=last, claims=n_claims)
        size *= 2

    emit("big_start", chars=len(big), factor=GROWTH_FACTOR)
    try:
        big_s, big_claims = timed(lambda: len(nkclaims.extract(big, doc_id="big")))
    except MemoryError:
        emit("big_memory_error", limit_mb=settings.child_mem_limit_mb)
        return 0
    emit("big", seconds=big_s, chars=len(big), claims=big_claims, maxrss_mb=maxrss_mb())
    return 0


def _reader(stream: Any, out: queue.Queue[str | None]) -> None:
    for line in stream:
        out.put(line)
    out.put(None)


def run_child(settings: Settings, argv: list[str]) -> dict[str, Any]:
    """Start the nkclaims-alone child and collect its events, stopping the 8x document early.

    The 8x document is given ``growth_timeout_factor`` times the base pass: past that the
    target has failed anyway, and a superlinear stage could otherwise run for hours.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", *argv]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(REPO)
    )
    lines: queue.Queue[str | None] = queue.Queue()
    assert proc.stdout is not None and proc.stderr is not None
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    errors: list[str] = []
    threading.Thread(target=lambda: errors.extend(proc.stderr or []), daemon=True).start()

    events: dict[str, Any] = {"scaling": []}
    started = time.perf_counter()
    deadline = started + settings.child_timeout_s
    big_started: float | None = None
    stopped: str | None = None
    while True:
        if big_started is not None:
            base_s = events["growth_base"]["seconds"]
            deadline = min(deadline, big_started + settings.growth_timeout_factor * base_s)
        try:
            line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
        except queue.Empty:
            stopped = "growth" if big_started is not None else "child_timeout"
            proc.kill()
            break
        if line is None:
            break
        ev = json.loads(line)
        name = ev.pop("event")
        if name == "scaling":
            events["scaling"].append(ev)
        else:
            events[name] = ev
        if name == "big_start":
            big_started = time.perf_counter()
    rc = proc.wait()
    events["stopped"] = stopped
    events["stopped_after_s"] = (
        time.perf_counter() - big_started if stopped == "growth" and big_started else None
    )
    if stopped is None and rc != 0:
        raise RuntimeError(f"nkclaims child failed (exit {rc}):\n{''.join(errors)[-4000:]}")
    if "corpus" not in events or "growth_base" not in events:
        raise RuntimeError(f"nkclaims child stopped early ({stopped}):\n{''.join(errors)[-4000:]}")
    return events


# ---------------------------------------------------------------------------------------------
# import + first call


def run_python(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with ``args`` from the repository root; raise with its stderr."""
    out = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=str(REPO), timeout=timeout
    )
    if out.returncode != 0:
        raise RuntimeError(
            f"`python {' '.join(args)[:120]}` failed (exit {out.returncode}):\n{out.stderr[-4000:]}"
        )
    return out


def import_times(runs: int) -> dict[str, Any]:
    """The issue's one-liner in fresh interpreters (seconds for import + first extract)."""
    values: list[float] = []
    for _ in range(runs):
        out = run_python("-c", IMPORT_SNIPPET, timeout=300)
        values.append(float(out.stdout.strip().splitlines()[-1]))
    return {"runs": values, "median_s": statistics.median(values), "first_run_s": values[0]}


def import_split() -> dict[str, float]:
    out = run_python("-c", SPLIT_IMPORT_SNIPPET, timeout=300)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def import_profile(top: int = 12) -> dict[str, Any]:
    """Where ``import nkclaims`` spends its time (``python -X importtime``), by package.

    Self times are summed per top-level package (``spacy``, ``thinc``, ``pydantic``, ...).
    """
    out = run_python("-X", "importtime", "-c", "import nkclaims", timeout=300)
    by_package: dict[str, float] = {}
    total = 0.0
    for line in out.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            package = m.group(4).split(".")[0]
            self_s = int(m.group(1)) / 1e6
            by_package[package] = by_package.get(package, 0.0) + self_s
            total += self_s
    rows = sorted(by_package.items(), key=lambda kv: kv[1], reverse=True)[:top]
    return {"total_s": total, "by_package_s": dict(rows)}


FIRST_CALL_PROFILE_SNIPPET = """
import cProfile, json, pstats, sys
sys.path.insert(0, {bench_dir!r})
import bench_extract
import nkclaims
prof = cProfile.Profile()
prof.enable()
nkclaims.extract('North Korea sent 10,000 troops.')
prof.disable()
stats = pstats.Stats(prof)
rows = bench_extract.top_functions(stats, 'cumulative', 60)
print(json.dumps({{'total_s': stats.total_tt, 'rows': rows}}))
"""


def first_call_profile(top: int = 15) -> dict[str, Any]:
    """cProfile of the first ``extract`` after ``import nkclaims`` in a fresh interpreter.

    Only functions of nkclaims and the libraries it loads lazily are kept (not the
    import machinery), by cumulative time.
    """
    code = FIRST_CALL_PROFILE_SNIPPET.format(bench_dir=str(Path(__file__).resolve().parent))
    out = run_python("-c", code, timeout=600)
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    rows = [r for r in data["rows"] if not r["where"].startswith(("<frozen", "importlib"))]
    data["rows"] = rows[:top]
    return data


# ---------------------------------------------------------------------------------------------
# parallel


def compare_parallel(docs: Sequence[tuple[str, str]], batch_size: int) -> dict[str, Any]:
    """Time ``extract_many`` with 1 and 2 processes; the claims must be identical."""
    import nkclaims
    from nkclaims.parallel import choose_method  # how extract_many starts workers here

    results: dict[int, list[list[dict[str, Any]]]] = {}
    seconds: dict[int, float] = {}
    first: dict[int, float] = {}
    for n in (1, 2):
        gc.collect()
        t0 = time.perf_counter()
        out: list[list[dict[str, Any]]] = []
        for claims in nkclaims.extract_many(list(docs), n_process=n, batch_size=batch_size):
            if not out:
                first[n] = time.perf_counter() - t0
            out.append([c.model_dump() for c in claims])
        seconds[n] = time.perf_counter() - t0
        results[n] = out
    identical = results[1] == results[2]
    mismatches = []
    if not identical:
        if len(results[1]) != len(results[2]):
            mismatches.append(f"{len(results[1])} documents vs {len(results[2])}")
        for (doc_id, _), a, b in zip(docs, results[1], results[2], strict=False):
            if a != b:
                mismatches.append(f"{doc_id}: {len(a)} claims vs {len(b)}")
    chars = sum(len(t) for _, t in docs)
    return {
        "docs": len(docs),
        "batch_size": batch_size,
        "chars": chars,
        "claims": sum(len(r) for r in results[1]),
        "seconds_1": seconds[1],
        "seconds_2": seconds[2],
        "first_result_s_1": first.get(1),
        "first_result_s_2": first.get(2),
        "speedup": seconds[1] / seconds[2],
        "speedup_after_first_result": (seconds[1] - first[1]) / (seconds[2] - first[2])
        if 1 in first and 2 in first and seconds[2] > first[2]
        else None,
        "identical": identical,
        "start_method": choose_method("auto"),
        "mismatches": mismatches[:10],
        "children_peak_rss_mb": maxrss_mb(resource.RUSAGE_CHILDREN),
    }


# ---------------------------------------------------------------------------------------------
# profile


def _short_path(path: str) -> str:
    for prefix in (str(REPO / "src") + os.sep, str(REPO) + os.sep):
        if path.startswith(prefix):
            return path[len(prefix) :]
    m = re.search(r"site-packages[/\\](.*)", path)
    if m:
        return m.group(1)
    lib = re.search(r"python\d\.\d+[/\\](.*)", path)
    return lib.group(1) if lib else path


def top_functions(stats: pstats.Stats, key: str, n: int = 25) -> list[dict[str, Any]]:
    """Top ``n`` functions by ``"cumulative"`` or ``"tottime"``, with shares of the total."""
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]]
    raw = stats.stats  # type: ignore[attr-defined]
    total: float = stats.total_tt  # type: ignore[attr-defined]
    rows: list[dict[str, Any]] = []
    for (path, line, func), (cc, nc, tt, ct, _) in raw.items():
        rows.append(
            {
                "function": func,
                "where": f"{_short_path(path)}:{line}" if line else _short_path(path),
                "ncalls": nc,
                "primitive_calls": cc,
                "tottime_s": tt,
                "cumtime_s": ct,
                "tottime_pct": 100 * tt / total if total else 0.0,
                "cumtime_pct": 100 * ct / total if total else 0.0,
            }
        )
    sort_key = "cumtime_s" if key == "cumulative" else "tottime_s"
    rows.sort(key=lambda r: r[sort_key], reverse=True)
    return rows[:n]


def stage_breakdown(docs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Wall time per pipeline stage over ``docs``, without a profiler, as ``extract`` runs them.

    Mirrors ``nkclaims.api.extract``/``process``; if those internals change, the sum of the
    stages is printed next to a real ``extract`` pass so a mismatch is visible.
    """
    from nkclaims.api import claims_from_doc
    from nkclaims.dates import parse_published
    from nkclaims.pipeline import pipeline_for
    from nkclaims.results import Claims

    pipe = pipeline_for(None)
    times: dict[str, float] = {"tokenizer (make_doc)": 0.0}
    for name, _ in pipe.pipeline:
        times[name] = 0.0
    times["claims_from_doc + Claims"] = 0.0
    clock = time.perf_counter
    gc.collect()
    for doc_id, text in docs:
        t = clock()
        pub = parse_published(None)
        doc = pipe.make_doc(text)
        doc._.nk_published = pub
        times["tokenizer (make_doc)"] += clock() - t
        for name, component in pipe.pipeline:
            t = clock()
            doc = component(doc)
            times[name] += clock() - t
        t = clock()
        Claims(claims_from_doc(doc, doc_id), text=text, doc_id=doc_id)
        times["claims_from_doc + Claims"] += clock() - t
    return times


def run_profile(corpus: Corpus, single_doc: str, out_path: Path | None) -> dict[str, Any]:
    import nkclaims

    docs = list(corpus.docs)
    stages = stage_breakdown(docs)
    extract_s, _ = timed(lambda: sum(len(nkclaims.extract(t, doc_id=i)) for i, t in docs))

    prof = cProfile.Profile()
    gc.collect()
    prof.enable()
    for doc_id, text in docs:
        nkclaims.extract(text, doc_id=doc_id)
    prof.disable()
    if out_path is not None:
        prof.dump_stats(str(out_path))
    stats = pstats.Stats(prof)

    single = cProfile.Profile()
    single.enable()
    nkclaims.extract(single_doc)
    single.disable()
    single_stats = pstats.Stats(single)

    return {
        "stages_s": stages,
        "stages_total_s": sum(stages.values()),
        "extract_pass_s": extract_s,
        "profiled_s": stats.total_tt,  # type: ignore[attr-defined]
        "by_cumulative": top_functions(stats, "cumulative"),
        "by_tottime": top_functions(stats, "tottime"),
        "single_doc_chars": len(single_doc),
        "single_doc_profiled_s": single_stats.total_tt,  # type: ignore[attr-defined]
        "single_doc_by_tottime": top_functions(single_stats, "tottime", 15),
        "single_doc_by_cumulative": top_functions(single_stats, "cumulative", 15),
        "import_split": import_split(),
        "rss_after_profiling_mb": current_rss_mb(),
        "import_by_package": import_profile(),
        "first_call": first_call_profile(),
    }


# ---------------------------------------------------------------------------------------------
# report


def print_functions(title: str, rows: Iterable[dict[str, Any]]) -> None:
    print(f"\n{title}")
    print(f"  {'ncalls':>10} {'tottime':>8} {'tot%':>6} {'cumtime':>8} {'cum%':>6}  function")
    for r in rows:
        print(
            f"  {r['ncalls']:>10,} {r['tottime_s']:>8.3f} {r['tottime_pct']:>5.1f}% "
            f"{r['cumtime_s']:>8.3f} {r['cumtime_pct']:>5.1f}%  {r['function']} ({r['where']})"
        )


def evaluate_targets(values: dict[str, float | None], growth_stopped: bool) -> list[dict[str, Any]]:
    out = []
    for t in TARGETS:
        v = values.get(t.key)
        if v is None:
            ok = False
        elif t.op == ">=":
            ok = v >= t.threshold
        else:
            ok = v <= t.threshold and not (t.key == "growth_8x" and growth_stopped)
        out.append({**asdict(t), "value": v, "pass": ok})
    return out


def _target_value(t: dict[str, Any], growth_stopped: bool) -> str:
    v = t["value"]
    if v is None:
        return "not measured"
    if t["unit"] == "x":
        s = fmt_ratio(v)
        return f">= {s} (stopped)" if t["key"] == "growth_8x" and growth_stopped else s
    if t["unit"] == "MB":
        return f"{v:,.0f} MB"
    return f"{v:.2f} s"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="CI-sized smoke run (~100 KB, < 60 s)")
    ap.add_argument("--json", metavar="PATH", help="write a machine-readable summary here")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="also cProfile extract over the corpus (top 25 by cumulative and by total time)",
    )
    ap.add_argument("--profile-out", metavar="PATH", help="with --profile: dump raw pstats here")
    ap.add_argument("--seed", type=int, default=4, help="corpus shuffle seed (default 4)")
    ap.add_argument("--corpus-kb", type=float, help="corpus size in KiB (default 1024; quick 100)")
    ap.add_argument("--rounds", type=int, help="alternating rounds (default 5; quick 3; >= 3)")
    ap.add_argument("--data-dir", default=str(DEFAULT_DATA), help="articles (*.txt) to recombine")
    ap.add_argument(
        "--growth-timeout-factor",
        type=float,
        default=12.0,
        help="stop the 8x document after this many base-pass times (default 12)",
    )
    ap.add_argument(
        "--child-mem-limit-mb",
        type=int,
        default=6000,
        help="address-space limit of the child that runs the 8x document (0: none)",
    )
    ap.add_argument("--_child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    settings = Settings.make(args)
    child_argv = [
        *(["--quick"] if settings.quick else []),
        "--seed",
        str(settings.seed),
        "--data-dir",
        str(settings.data_dir),
        "--corpus-kb",
        str(settings.corpus_bytes / 1024),
        "--growth-timeout-factor",
        str(settings.growth_timeout_factor),
        "--child-mem-limit-mb",
        str(settings.child_mem_limit_mb),
    ]
    if args._child:
        return child_main(settings)

    wall0 = time.perf_counter()
    mode = "quick" if settings.quick else "full"
    machine = machine_info()
    source_start = source_fingerprint()
    print(f"nkclaims extraction benchmark ({mode} mode)")
    print(
        f"machine: {machine['cpu_model']}, nproc {machine['nproc']}, "
        f"{fmt_num(machine['mem_total_mb'])} MB RAM, {machine['implementation']} "
        f"{machine['python']}, {machine['platform']}"
    )
    v = machine["versions"]
    print(
        f"versions: nkclaims {v['nkclaims']}, spaCy {v['spacy']}, quantulum3 {v['quantulum3']}, "
        f"pydantic {v['pydantic']}; load average at start "
        + " ".join(f"{x:.2f}" for x in machine["loadavg_start"])
    )
    print(f"nkclaims source: {source_start['path']} (sha256 {source_start['sha256'][:12]})")

    # import + first call first, before this process warms the OS caches any further
    imports = import_times(settings.import_runs)

    corpus = build_corpus(settings.data_dir, settings.corpus_bytes, settings.seed)
    docs = list(corpus.docs)
    subset = corpus.head(settings.subset_chars, settings.subset_max_doc_chars)

    import spacy

    import nkclaims
    from nkclaims.sentences import split_sentences

    with warnings.catch_warnings():
        # quantulum3 warns that its optional classifier extra is not installed
        warnings.simplefilter("ignore")
        from quantulum3 import parser as q_parser

    def n_sentences(ds: Iterable[tuple[str, str]]) -> int:
        return sum(len(split_sentences(t)[1]) for _, t in ds)

    tokenizer = spacy.blank("en").tokenizer
    sentences_corpus = n_sentences(docs)
    sentences_subset = n_sentences(subset)
    print(
        f"corpus: {corpus.chars:,} chars ({corpus.utf8_bytes:,} UTF-8 bytes), "
        f"{len(docs)} documents, {sentences_corpus:,} sentences; dealt from the "
        f"{corpus.paragraphs} paragraphs of {len(corpus.sources)} articles in "
        f"{_short_path(str(settings.data_dir))} ({corpus.source_chars:,} chars), seed {corpus.seed}"
    )
    print(
        f"quantulum3 subset: the first {len(subset)} corpus documents"
        + (
            f" (cut to <= {settings.subset_max_doc_chars:,} chars)"
            if settings.subset_max_doc_chars
            else ""
        )
        + ", "
        f"{sum(len(t) for _, t in subset):,} chars, {sentences_subset:,} sentences "
        "(quantulum3 runs at a few KB/s, so it is timed on this subset only and compared "
        "by throughput per char)"
    )

    def nk_pass(ds: Sequence[tuple[str, str]]) -> Callable[[], int]:
        return lambda: sum(len(nkclaims.extract(t, doc_id=i)) for i, t in ds)

    def q_pass(ds: Sequence[tuple[str, str]]) -> Callable[[], int]:
        return lambda: sum(len(q_parser.parse(t)) for _, t in ds)

    def tok_pass(ds: Sequence[tuple[str, str]]) -> Callable[[], int]:
        return lambda: sum(len(tokenizer(t)) for _, t in ds)

    # A second, informational floor: a tokenizer that has never seen the text. spaCy
    # caches a chunk's tokens only while no special case has fired in the current
    # document (Tokenizer._save_cached checks has_special, which is never reset within a
    # Doc), so on real articles most chunks stay uncached; our shuffled corpus lets every
    # chunk reach the cache at some point, which flatters the warm reference above.
    fresh_tokenizers = [spacy.blank("en").tokenizer for _ in range(settings.rounds)]

    def fresh_tok_pass(ds: Sequence[tuple[str, str]]) -> Callable[[], int]:
        def run() -> int:
            fresh = fresh_tokenizers.pop()
            return sum(len(fresh(t)) for _, t in ds)

        return run

    engines = [
        Engine(
            "nkclaims",
            "nkclaims.extract",
            "corpus",
            docs,
            nk_pass(docs),
            "claims",
            sentences_corpus,
        ),
        Engine(
            "quantulum3",
            "quantulum3.parser.parse",
            "subset",
            subset,
            q_pass(subset),
            "quantities",
            sentences_subset,
        ),
        Engine(
            "nkclaims_subset",
            "nkclaims.extract",
            "subset",
            subset,
            nk_pass(subset),
            "claims",
            sentences_subset,
            calibrate=True,
        ),
        Engine(
            "tokenizer",
            'spacy.blank("en").tokenizer',
            "corpus",
            docs,
            tok_pass(docs),
            "tokens",
            sentences_corpus,
            calibrate=True,
        ),
        Engine(
            "tokenizer_fresh",
            'fresh spacy.blank("en") tok.',
            "corpus",
            docs,
            fresh_tok_pass(docs),
            "tokens",
            sentences_corpus,
        ),
    ]
    by_key = {e.key: e for e in engines}

    # warm-up: compiled patterns, resource files, dateparser, quantulum3's tables, lexemes
    for _, text in docs[:5]:
        nkclaims.extract(text)
        tokenizer(text)
    q_parser.parse(subset[0][1][:3000])
    # fast passes are repeated within each round so that one timing lasts min_timing_s
    for e in engines:
        if e.calibrate:
            once, _ = timed(e.run)
            e.repeats = max(1, min(100, math.ceil(settings.min_timing_s / max(once, 1e-6))))
    rss_after_warmup = current_rss_mb()

    ratio_q: list[float] = []
    ratio_q_same: list[float] = []
    ratio_tok: list[float] = []
    ratio_fresh: list[float] = []
    print(f"\ntiming {settings.rounds} alternating rounds ...", flush=True)
    for r in range(settings.rounds):
        order = engines[r % len(engines) :] + engines[: r % len(engines)]
        if r % 2:
            order.reverse()
        this: dict[str, float] = {}
        for e in order:
            seconds, cpu, count = timed_cpu(
                lambda e=e: sum(e.run() for _ in range(e.repeats))  # type: ignore[misc]
            )
            e.cpu_seconds.append(cpu / e.repeats)
            e.seconds.append(seconds / e.repeats)
            e.count_values.append(count // e.repeats)
            this[e.key] = e.throughput(e.seconds[-1])
        ratio_q.append(this["nkclaims"] / this["quantulum3"])
        ratio_q_same.append(this["nkclaims_subset"] / this["quantulum3"])
        ratio_tok.append(this["nkclaims"] / this["tokenizer"])
        ratio_fresh.append(this["nkclaims"] / this["tokenizer_fresh"])
        print(
            f"  round {r + 1}: "
            + ", ".join(
                f"{e.key} {e.seconds[-1]:.2f} s ({100 * e.cpu_seconds[-1] / e.seconds[-1]:.0f}% CPU)"
                for e in engines
            ),
            flush=True,
        )
    rss_after_rounds = current_rss_mb()
    bench_maxrss = maxrss_mb()

    summaries = {e.key: e.summary() for e in engines}
    print(
        f"\nthroughput (median of {settings.rounds} alternating rounds after a warm-up; "
        "spread = (max - min) / median of chars/s)"
    )
    repeated = [f"{e.label} on the {e.text_label} x{e.repeats}" for e in engines if e.repeats > 1]
    if repeated:
        print(
            f"  (fast passes repeated within each round to last >= {settings.min_timing_s:g} s, "
            "times per pass: " + ", ".join(repeated) + ")"
        )
    header = (
        f"  {'engine':<28} {'text':<7} {'chars':>10} {'chars/s':>11} {'sentences/s':>12} "
        f"{'claims/s':>10} {'claims':>7} {'spread':>7}"
    )
    print(header)
    for e in engines:
        s = summaries[e.key]
        claims_ps = fmt_num(s["count_per_s"], 1) if e.counts != "tokens" else "-"
        claims = fmt_num(s["count"]) if e.counts != "tokens" else "-"
        print(
            f"  {e.label:<28} {e.text_label:<7} {s['chars']:>10,} {s['chars_per_s']:>11,.0f} "
            f"{s['sentences_per_s']:>12,.1f} {claims_ps:>10} {claims:>7} {s['spread_pct']:>6.1f}%"
        )
    tok = summaries["tokenizer"]
    print(f"  (tokenizer: {tok['count']:,} tokens, {tok['count_per_s']:,.0f} tokens/s)")
    for key, s in summaries.items():
        if not s["count_stable"]:
            print(
                f"  WARNING: {key} returned different counts across rounds: "
                f"{by_key[key].count_values}"
            )

    med_q = statistics.median(ratio_q)
    med_q_same = statistics.median(ratio_q_same)
    med_tok = statistics.median(ratio_tok)
    med_fresh = statistics.median(ratio_fresh)
    print(f"\nratios (median of {settings.rounds} per-round ratios of chars/s)")
    print(
        f"  nkclaims / quantulum3: {fmt_ratio(med_q)}   "
        "(nkclaims on the corpus vs quantulum3 on its subset; per round "
        + ", ".join(fmt_ratio(x) for x in ratio_q)
        + ")"
    )
    print(
        f"  nkclaims / quantulum3, same subset text: {fmt_ratio(med_q_same)}   (per round "
        + ", ".join(fmt_ratio(x) for x in ratio_q_same)
        + ")"
    )
    print(
        f"  nkclaims / tokenizer: {fmt_ratio(med_tok)}   (per round "
        + ", ".join(fmt_ratio(x) for x in ratio_tok)
        + ")"
    )
    print(
        f"  nkclaims / fresh tokenizer (first pass of a new tokenizer; informational, the "
        f"target uses the warm one): {fmt_ratio(med_fresh)}   (per round "
        + ", ".join(fmt_ratio(x) for x in ratio_fresh)
        + ")"
    )

    print("\nparallel: extract_many with n_process=1 and n_process=2 ...", flush=True)
    par_docs = corpus.head(None, settings.parallel_max_doc_chars)[: settings.parallel_docs]
    par = compare_parallel(par_docs, settings.parallel_batch_size)
    print(
        f"parallel: extract_many n_process=2 speed-up {fmt_ratio(par['speedup'])} over "
        f"n_process=1 ({par['seconds_1']:.2f} s vs {par['seconds_2']:.2f} s for "
        f"{par['docs']} documents, {par['chars']:,} chars, {par['claims']:,} claims, "
        f"batch_size {par['batch_size']}; first result "
        f"after {par['first_result_s_1']:.2f} s vs {par['first_result_s_2']:.2f} s: worker "
        f"start-up ({par['start_method']}) is included; after the first "
        f"result {fmt_ratio(par['speedup_after_first_result'])}); results identical: "
        f"{'yes' if par['identical'] else 'NO'}; largest child process so far (the import "
        f"probes and the 2 workers) peaked at {par['children_peak_rss_mb']:,.0f} MB RSS"
    )
    if not par["identical"]:
        for m in par["mismatches"]:
            print(f"  mismatch: {m}")

    print(
        "\nnkclaims alone in a fresh process (peak RSS, tracemalloc, scaling, growth) ...",
        flush=True,
    )
    child = run_child(settings, child_argv)
    c_corpus = child["corpus"]
    tm = child.get("tracemalloc", {})
    print(
        f"peak RSS: {c_corpus['maxrss_mb']:,.0f} MB (ru_maxrss) for nkclaims alone after one pass "
        f"over the corpus ({c_corpus['chars'] / c_corpus['seconds']:,.0f} chars/s there); "
        f"tracemalloc peak {tm.get('peak_mb', float('nan')):,.1f} MB over the subset "
        f"(largest document {tm.get('largest_doc_chars', 0):,} chars); this benchmark process "
        f"{bench_maxrss:,.0f} MB (with quantulum3 and the corpus); current RSS "
        f"{fmt_num(rss_after_warmup)} MB after warm-up, {fmt_num(rss_after_rounds)} MB "
        "after the rounds"
    )
    runs = ", ".join(f"{x:.2f}" for x in imports["runs"])
    print(
        f"import + first extract: {imports['median_s']:.2f} s (median of "
        f"{len(imports['runs'])} fresh interpreters: {runs} s)"
    )

    gb = child["growth_base"]
    growth: float | None = None
    growth_stopped = child["stopped"] == "growth"
    if "big" in child:
        growth = child["big"]["seconds"] / gb["seconds"]
        big_desc = (
            f"{child['big']['seconds']:.2f} s, ratio {fmt_ratio(growth)} "
            f"(peak RSS {child['big']['maxrss_mb']:,.0f} MB)"
        )
    elif growth_stopped:
        growth = settings.growth_timeout_factor
        big_desc = (
            f"stopped after {child['stopped_after_s']:.1f} s = "
            f"{settings.growth_timeout_factor:g}x the base, so the ratio is > "
            f"{settings.growth_timeout_factor:g}x"
        )
    elif "big_memory_error" in child:
        big_desc = f"MemoryError under the child's {settings.child_mem_limit_mb} MB limit"
    else:
        big_desc = f"not measured ({child['stopped']})"
    big_chars = child.get("big_start", {}).get("chars", GROWTH_FACTOR * gb["chars"])
    print(
        f"growth: one document of {big_chars:,} chars (the {gb['docs']} base documents, "
        f"{gb['chars']:,} chars, concatenated {GROWTH_FACTOR}x) vs one pass over those "
        f"documents ({gb['seconds']:.2f} s): {big_desc}"
    )
    scaling = child["scaling"]
    if scaling:
        parts = []
        for i, s in enumerate(scaling):
            exp = ""
            if i:
                prev = scaling[i - 1]
                k = math.log(s["seconds"] / prev["seconds"]) / math.log(s["chars"] / prev["chars"])
                exp = f", exponent {k:.2f}"
            parts.append(
                f"{s['chars']:,} chars {s['seconds']:.3f} s "
                f"({s['chars'] / s['seconds']:,.0f} chars/s{exp})"
            )
        print("  single-document scaling: " + "; ".join(parts))
        if "scaling_skipped" in child:
            print(
                f"  (scaling stopped before {child['scaling_skipped']['chars']:,} chars: "
                "over the probe's time budget)"
            )

    values: dict[str, float | None] = {
        "ratio_quantulum3": med_q,
        "ratio_tokenizer": med_tok,
        "growth_8x": growth,
        "peak_rss_mb": c_corpus["maxrss_mb"],
        "import_first_call_s": imports["median_s"],
    }
    targets = evaluate_targets(values, growth_stopped)
    print("\ntargets (reported, not enforced: the exit status ignores them)")
    for t in targets:
        print(
            f"{'PASS' if t['pass'] else 'FAIL'}  {t['label']}: {_target_value(t, growth_stopped)}"
        )

    profile: dict[str, Any] | None = None
    if args.profile:
        print("\nprofiling (cProfile, after the timed runs) ...", flush=True)
        single = prefix_at_paragraph(concatenated(docs, 1), 4 * settings.scaling_unit_chars)
        profile = run_profile(corpus, single, Path(args.profile_out) if args.profile_out else None)
        total = profile["stages_total_s"]
        print(
            f"\nper-stage wall time over the corpus, no profiler (sum {total:.2f} s; a plain "
            f"extract pass took {profile['extract_pass_s']:.2f} s)"
        )
        for name, secs in sorted(profile["stages_s"].items(), key=lambda kv: -kv[1]):
            print(f"  {name:<28} {secs:>8.3f} s {100 * secs / total:>6.1f}%")
        print_functions(
            f"top 25 by cumulative time (cProfile, extract over the corpus, "
            f"{profile['profiled_s']:.2f} s profiled)",
            profile["by_cumulative"],
        )
        print_functions("top 25 by total (own) time", profile["by_tottime"])
        print_functions(
            f"one document of {profile['single_doc_chars']:,} chars: top 15 by total time "
            f"({profile['single_doc_profiled_s']:.2f} s profiled)",
            profile["single_doc_by_tottime"],
        )
        print(
            f"(RSS of this process after profiling: {fmt_num(profile['rss_after_profiling_mb'])} "
            "MB; cProfile's own bookkeeping grows with the number of profiled calls)"
        )
        split = profile["import_split"]
        print(
            f"\nimport vs first call (fresh interpreter): import {split['import_s']:.2f} s, "
            f"first extract {split['first_extract_s']:.2f} s, second extract "
            f"{split['second_extract_s'] * 1000:.1f} ms"
        )
        imp = profile["import_by_package"]
        print(
            f"import nkclaims by package (python -X importtime, self time summed; "
            f"{imp['total_s']:.2f} s in all, inflated by -X importtime): "
            + ", ".join(f"{k} {v:.2f} s" for k, v in imp["by_package_s"].items())
        )
        fc = profile["first_call"]
        print_functions(
            f"first extract in a fresh interpreter, after the import: top 15 by cumulative "
            f"time ({fc['total_s']:.2f} s profiled)",
            fc["rows"],
        )

    wall = time.perf_counter() - wall0
    machine["loadavg_end"] = list(os.getloadavg())
    print(
        f"\ndone in {wall:.1f} s; load average at end "
        + " ".join(f"{x:.2f}" for x in machine["loadavg_end"])
    )
    source_end = source_fingerprint()
    source_changed = source_end != source_start
    if source_changed:
        print(
            "WARNING: the nkclaims source changed during this run (sha256 "
            f"{source_start['sha256'][:12]} -> {source_end['sha256'][:12]}): the numbers "
            "mix two versions; rerun on a quiet tree or a copy (see benchmarks/README.md)"
        )

    if args.json:
        summary = {
            "mode": mode,
            "machine": machine,
            "nkclaims_source": {
                "start": source_start,
                "end": source_end,
                "changed_during_run": source_changed,
            },
            "settings": {
                k: str(v) if isinstance(v, Path) else v for k, v in asdict(settings).items()
            },
            "corpus": {
                "chars": corpus.chars,
                "utf8_bytes": corpus.utf8_bytes,
                "docs": len(docs),
                "sentences": sentences_corpus,
                "sources": list(corpus.sources),
                "paragraphs": corpus.paragraphs,
                "seed": corpus.seed,
            },
            "throughput": summaries,
            "ratios": {
                "nkclaims_over_quantulum3": med_q,
                "nkclaims_over_quantulum3_per_round": ratio_q,
                "nkclaims_over_quantulum3_same_subset": med_q_same,
                "nkclaims_over_quantulum3_same_subset_per_round": ratio_q_same,
                "nkclaims_over_tokenizer": med_tok,
                "nkclaims_over_tokenizer_per_round": ratio_tok,
                "nkclaims_over_fresh_tokenizer": med_fresh,
                "nkclaims_over_fresh_tokenizer_per_round": ratio_fresh,
                "method": "median of per-round chars/s ratios; quantulum3 on a subset",
            },
            "memory": {
                "nkclaims_peak_rss_mb": c_corpus["maxrss_mb"],
                "nkclaims_tracemalloc_peak_mb": tm.get("peak_mb"),
                "benchmark_peak_rss_mb": bench_maxrss,
                "rss_after_warmup_mb": rss_after_warmup,
                "rss_after_rounds_mb": rss_after_rounds,
            },
            "import_first_call": imports,
            "growth": {"ratio": growth, "stopped": growth_stopped, "child": child},
            "parallel": par,
            "targets": targets,
            "profile": profile,
            "wall_s": wall,
        }
        Path(args.json).write_text(json.dumps(summary, indent=2, default=str) + "\n")
        print(f"JSON summary written to {args.json}")

    if not par["identical"]:
        print(
            "ERROR: extract_many(n_process=2) returned different claims from n_process=1",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
