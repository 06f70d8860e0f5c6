"""Smoke test of the benchmark: ``benchmarks/bench_extract.py --quick`` runs and reports.

It asserts nothing about time (CI machines vary): only that the script exits 0, prints
every report line, one PASS/FAIL line per target, and writes a well-formed JSON summary.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "benchmarks" / "bench_extract.py"
TIMEOUT_S = 600  # --quick takes well under a minute on an idle 2-core machine

REPORT_LINES = (
    "nkclaims extraction benchmark (quick mode)",
    "machine:",
    "corpus:",
    "quantulum3 subset:",
    "throughput (median of 3 alternating rounds",
    "nkclaims.extract",
    "quantulum3.parser.parse",
    'spacy.blank("en").tokenizer',
    "nkclaims / quantulum3:",
    "nkclaims / tokenizer:",
    "nkclaims / fresh tokenizer",
    "peak RSS:",
    "import + first extract:",
    "growth:",
    "single-document scaling:",
    "parallel: extract_many n_process=2 speed-up",
    "results identical: yes",
)
TARGET_LINE = re.compile(r"^(PASS|FAIL)  .+", re.MULTILINE)

QuickRun = tuple[subprocess.CompletedProcess[str], Path]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> QuickRun:
    out = tmp_path_factory.mktemp("bench") / "summary.json"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        cwd=str(REPO),
    )
    return proc, out


def test_quick_benchmark_exits_zero(quick_run: QuickRun) -> None:
    proc, _ = quick_run
    assert proc.returncode == 0, f"stdout:\n{proc.stdout[-3000:]}\nstderr:\n{proc.stderr[-3000:]}"


def test_quick_benchmark_prints_the_report(
    quick_run: QuickRun,
) -> None:
    proc, _ = quick_run
    missing = [line for line in REPORT_LINES if line not in proc.stdout]
    assert not missing, f"missing report lines {missing} in:\n{proc.stdout}"
    targets = TARGET_LINE.findall(proc.stdout)
    assert len(targets) == 5, proc.stdout


def test_quick_benchmark_writes_json(
    quick_run: QuickRun,
) -> None:
    _, path = quick_run
    summary = json.loads(path.read_text())
    assert summary["mode"] == "quick"
    assert summary["corpus"]["utf8_bytes"] >= 100 * 1024
    assert set(summary["throughput"]) == {
        "nkclaims",
        "quantulum3",
        "nkclaims_subset",
        "tokenizer",
        "tokenizer_fresh",
    }
    for row in summary["throughput"].values():
        assert row["chars_per_s"] > 0
        assert len(row["seconds"]) >= 3
    assert summary["ratios"]["nkclaims_over_quantulum3"] > 0
    assert summary["ratios"]["nkclaims_over_tokenizer"] > 0
    assert summary["ratios"]["nkclaims_over_fresh_tokenizer"] > 0
    assert summary["memory"]["nkclaims_peak_rss_mb"] > 0
    assert summary["import_first_call"]["median_s"] > 0
    assert summary["growth"]["ratio"] is None or summary["growth"]["ratio"] > 0
    assert summary["parallel"]["identical"] is True
    assert [t["key"] for t in summary["targets"]] == [
        "ratio_quantulum3",
        "ratio_tokenizer",
        "growth_8x",
        "peak_rss_mb",
        "import_first_call_s",
    ]
    assert all(isinstance(t["pass"], bool) for t in summary["targets"])
