"""The README's Python examples, run as written so they cannot drift.

The runnable blocks are executed in order in one namespace (a reader's session:
the opening example defines ``text`` for the later ones) in a fresh interpreter
whose working directory holds ``data`` from the repository, so relative paths
resolve as from the repo root while the files the examples write land in a
temporary directory. A line ``expr`` followed by a comment ``# <literal>`` is a
documented output and is asserted; the notebook block's printed frame is
compared cell by cell with ``claims.to_frame()``.
"""

from __future__ import annotations

import ast
import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

# A block is skipped when it contains the key; the value is the reason.
SKIPPED = {
    'spacy.load("en_core_web_sm")': "needs the en_core_web_sm model, not a dependency",
    "extract_to_parquet(paths": "needs a corpus/ directory and starts a Dask cluster",
    'read_parquet("claims/")': "reads the claims/ dataset the skipped Dask example writes",
}

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks() -> list[tuple[str, str]]:
    """Every fenced block of the README as (language, body), in order."""
    return [(m.group(1), m.group(2)) for m in _FENCE.finditer(README.read_text("utf-8"))]


def _python_blocks() -> list[str]:
    return [body for lang, body in _blocks() if lang == "python"]


def _skip_reason(block: str) -> str | None:
    return next((why for key, why in SKIPPED.items() if key in block), None)


def _documented_outputs(block: str) -> list[tuple[str, object]]:
    """(expression, expected value) for each ``expr`` line followed by ``# literal``."""
    lines = block.splitlines()
    found: list[tuple[str, object]] = []
    for line, following in itertools.pairwise(lines):
        comment = following.strip()
        if not comment.startswith("# ") or line.lstrip().startswith("#"):
            continue
        try:
            expected = ast.literal_eval(comment[2:])
            ast.parse(line.strip(), mode="eval")
        except (ValueError, SyntaxError):
            continue
        found.append((line.strip(), expected))
    return found


def _frame_after(block: str) -> list[list[str]]:
    """The plain output block printed right after ``block`` in the README, as rows of cells."""
    blocks = _blocks()
    index = next(i for i, (lang, body) in enumerate(blocks) if body == block)
    lang, body = blocks[index + 1]
    assert lang == "", "the notebook example is followed by its printed frame"
    return [re.split(r"\s{2,}", line.strip()) for line in body.splitlines() if line.strip()]


def test_readme_blocks_are_classified() -> None:
    blocks = _python_blocks()
    skipped = [b for b in blocks if _skip_reason(b) is not None]
    assert len(blocks) == 8
    assert len(skipped) == len(SKIPPED) == 3
    assert all(any(key in b for b in blocks) for key in SKIPPED), "a skip key matches no block"
    assert _documented_outputs(blocks[0]) == [
        (
            "c.text, c.value, c.unit, c.per, c.item, c.actor, c.source",
            (
                "around $2,000",
                2000.0,
                "USD",
                "month",
                "monthly wage",
                "North Korea",
                "National Intelligence Service",
            ),
        )
    ]


def _script(blocks: list[str], result: Path) -> str:
    parts = ["import json as _json", "_checks = []"]
    for number, block in enumerate(blocks):
        parts.append(block)
        for expr, _ in _documented_outputs(block):
            parts.append(f"_checks.append([{number}, {expr!r}, repr(({expr}))])")
        if "claims.to_frame()" in block:
            parts.append(
                "_frame = df.astype(object).where(df.notna(), '<NA>')\n"
                "_checks.append([-1, 'frame', _json.dumps("
                "{str(i): [str(v) for v in row] for i, row in "
                "zip(_frame.index, _frame[['text', 'value', 'unit', 'item', 'actor', "
                "'source', 'hedged']].itertuples(index=False))})])"
            )
        if "read_jsonl(" in block:
            parts.append("_checks.append([-2, 'again == corpus', repr(again == corpus)])")
    parts.append(f"open({str(result)!r}, 'w').write(_json.dumps(_checks))")
    return "\n".join(parts) + "\n"


def test_readme_python_examples_run(tmp_path: Path) -> None:
    runnable = [b for b in _python_blocks() if _skip_reason(b) is None]
    assert len(runnable) == 5
    (tmp_path / "data").symlink_to(ROOT / "data")
    result = tmp_path / "checks.json"
    script = tmp_path / "readme_examples.py"
    script.write_text(_script(runnable, result), "utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    checks = json.loads(result.read_text("utf-8"))

    expected = [(n, e, v) for n, b in enumerate(runnable) for e, v in _documented_outputs(b)]
    outputs = [c for c in checks if c[0] >= 0]
    assert [(n, e) for n, e, _ in outputs] == [(n, e) for n, e, _ in expected]
    for (_, expr, got), (_, _, want) in zip(outputs, expected, strict=True):
        assert ast.literal_eval(got) == want, expr

    assert [c for c in checks if c[0] == -2] == [[-2, "again == corpus", "True"]]
    assert (tmp_path / "corpus.jsonl").is_file()
    assert (tmp_path / "000.jsonl").is_file() and (tmp_path / "000.csv").is_file()

    (frame_json,) = [c[2] for c in checks if c[0] == -1]
    frame = json.loads(frame_json)
    notebook = next(b for b in runnable if "claims.to_frame()" in b)
    header, *rows = _frame_after(notebook)
    assert header == ["text", "value", "unit", "item", "actor", "source", "hedged"]
    assert len(rows) == 5
    for index, *cells in rows:
        assert frame[index] == cells, f"row {index} of the notebook frame"


@pytest.mark.parametrize("key", sorted(SKIPPED))
def test_skipped_blocks_are_still_python(key: str) -> None:
    (block,) = [b for b in _python_blocks() if key in b]
    compile(block, f"README block with {key}", "exec")
