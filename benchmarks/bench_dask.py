"""Corpus-sized runs: `extract_many` with 1 and 2 processes against Dask with 1 and 2 workers.

Every run is timed from a fresh interpreter (start-up included: imports, pipeline, worker
pools or the LocalCluster) over the same distinct documents (see ``tests/corpus_gen.py``),
written to disk the way a corpus is, at two corpus sizes so the growth of the cost shows.

    python benchmarks/bench_dask.py                 # 2,000 and 4,000 documents
    python benchmarks/bench_dask.py --sizes 200     # quick
    python benchmarks/bench_dask.py --json out.json

Reports wall seconds per run, the speed-up of 2 over 1 for each engine, and the overhead
of Dask against `extract_many` at the same parallelism.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.corpus_gen import distinct_documents  # noqa: E402

RUN = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path


    def main():
        t0 = time.perf_counter()
        engine, workers, corpus, out = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
        paths = sorted(corpus.glob("*.txt"))
        if engine == "extract_many":
            import nkclaims

            docs = ((p.stem, p.read_text(encoding="utf-8")) for p in paths)
            n = sum(len(c) for c in nkclaims.extract_many(docs, n_process=workers))
        else:
            from nkclaims.dask import extract_to_parquet

            n = extract_to_parquet(paths, out, n_workers=workers, partition_size=100).claims
        print(n, time.perf_counter() - t0)


    if __name__ == "__main__":
        main()
    """
)


def run(engine: str, workers: int, corpus: Path, out: Path) -> tuple[int, float]:
    script = out.parent / "run.py"
    script.write_text(RUN)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(script), engine, str(workers), str(corpus), str(out)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    wall = time.perf_counter() - t0
    claims = int(proc.stdout.split()[0])
    return claims, wall


def bench(sizes: list[int]) -> dict[str, Any]:
    results: dict[str, Any] = {"cpus": os.cpu_count(), "sizes": {}}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            chars = 0
            for doc_id, text in distinct_documents(size, seed=size):
                (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
                chars += len(text)
            row: dict[str, Any] = {"documents": size, "chars": chars}
            for engine in ("extract_many", "dask"):
                for workers in (1, 2):
                    out = Path(tmp) / f"out-{engine}-{workers}"
                    claims, wall = run(engine, workers, corpus, out)
                    row[f"{engine}_{workers}"] = {"seconds": round(wall, 2), "claims": claims}
                    print(
                        f"{size:>6} docs  {engine:<12} x{workers}: {wall:6.2f} s  {claims} claims"
                    )
            em1, em2 = row["extract_many_1"]["seconds"], row["extract_many_2"]["seconds"]
            d1, d2 = row["dask_1"]["seconds"], row["dask_2"]["seconds"]
            row["speedup_extract_many"] = round(em1 / em2, 2)
            row["speedup_dask"] = round(d1 / d2, 2)
            row["dask_overhead_1"] = round(d1 / em1, 2)
            row["dask_overhead_2"] = round(d2 / em2, 2)
            print(
                f"{size:>6} docs  speed-up at 2: extract_many {row['speedup_extract_many']}x, "
                f"dask {row['speedup_dask']}x; dask/extract_many: {row['dask_overhead_1']}x (1), "
                f"{row['dask_overhead_2']}x (2)"
            )
            results["sizes"][str(size)] = row
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    results = bench(args.sizes)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
