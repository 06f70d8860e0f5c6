"""nkclaims extract loses nothing: hostile paths, outputs that survive, encodings, dates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from nkclaims.cli import main

from .conftest import RAW

TEXT = "SEOUL -- Russia paid $5 million last week."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_fifo_on_the_command_line_is_reported_not_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    result: list[tuple[int, str, str]] = []
    worker = threading.Thread(
        target=lambda: result.append(run(["extract", str(fifo), str(good)], capsys)), daemon=True
    )
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "the command blocked on the FIFO"
    code, out, err = result[0]
    assert code == 1
    assert f"cannot read {fifo}: a named pipe (FIFO), not a regular file" in err
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["$5 million"]


def test_dev_zero_is_an_error_not_a_memory_exhaustion(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "/dev/zero"], capsys)
    assert code == 1 and "cannot read /dev/zero: a device, not a regular file" in err


def test_a_file_over_the_size_limit_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 10, encoding="utf-8")
    code, _, err = run(["extract", str(big), "--max-bytes", "100"], capsys)
    assert code == 1 and f"cannot read {big}: larger than --max-bytes (100 bytes)" in err


def test_broken_symlinks_are_reported_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    code, out, err = run(["extract", str(tmp_path)], capsys)
    assert code == 1
    assert f"cannot read {tmp_path / 'b.txt'}: broken symbolic link" in err
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["a"]
    code, out, err = run(["extract", str(tmp_path / "b.txt"), str(tmp_path / "a.txt")], capsys)
    assert code == 1 and "broken symbolic link" in err and len(out.splitlines()) == 1


def test_a_bad_argument_leaves_an_existing_output_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "existing.jsonl"
    out_file.write_text("precious\n", encoding="utf-8")
    for bad in (["--published", "nope"], ["--published", "12/11/2024"]):
        code, _, err = run(["extract", str(RAW), *bad, "--out", str(out_file)], capsys)
        assert code == 2 and "nkclaims: error:" in err
        assert out_file.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.jsonl"]


def test_output_is_replaced_only_on_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out.jsonl"
    out_file.write_text("old\n", encoding="utf-8")
    code, _, _ = run(
        ["extract", str(RAW / "003_4562ce3b92ba1bea.txt"), "--out", str(out_file)], capsys
    )
    assert code == 0 and len(rows(out_file)) == 3
    assert oct(out_file.stat().st_mode & 0o777) != oct(0o600)


def test_an_output_in_a_missing_directory_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing" / "dir" / "f.jsonl"
    code, out, err = run(["extract", str(RAW), "--out", str(missing)], capsys)
    assert code == 2 and out == ""
    assert (
        err
        == f"nkclaims: error: cannot write --out {missing}: no such directory {missing.parent}\n"
    )


def test_published_from_a_table_and_ambiguous_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    table = tmp_path / "dates.csv"
    table.write_text("doc_id,published\na,2024-01-10\nb,12/11/2024\n", encoding="utf-8")
    code, _, err = run(["extract", str(tmp_path), "--published-from", str(table)], capsys)
    assert code == 2 and "b: published date '12/11/2024' is ambiguous" in err
    out_file = tmp_path / "out.jsonl"
    code, _, _ = run(
        ["extract", str(tmp_path), "--published-from", str(table), "--date-order", "DMY",
         "--published", "2024-06-05", "--out", str(out_file)],
        capsys,
    )  # fmt: skip
    assert code == 0
    got = {r["doc_id"]: (r["published"], r["date_start"]) for r in rows(out_file)}
    assert got == {
        "a": ("2024-01-10", "2024-01-01"),
        "b": ("2024-11-12", "2024-11-04"),
        "c": ("2024-06-05", "2024-05-27"),
    }
    tsv = tmp_path / "dates.tsv"
    tsv.write_text("a\t2024-01-10\nbroken line\n", encoding="utf-8")
    code, _, err = run(["extract", str(tmp_path), "--published-from", str(tsv)], capsys)
    assert code == 2 and "line 2: expected doc_id\tpublished" in err


def test_a_published_front_matter_line_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "fm.txt"
    doc.write_text("published: 2024-01-10\n\n" + TEXT, encoding="utf-8")
    code, out, _ = run(["extract", str(doc)], capsys)
    record = json.loads(out)
    assert code == 0 and (record["published"], record["date_start"]) == ("2024-01-10", "2024-01-01")


def test_encodings_and_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "SEOUL, Oct. 31, 2024 -- “Société Générale’s analysts said Russia paid €5 million "
        "last week,” the café’s owner noted. Naïve rôle, déjà vu. "
    )
    (tmp_path / "w.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    code, _, err = run(["extract", str(tmp_path / "w.txt")], capsys)
    assert code == 1 and "cannot read" in err and "utf-8" in err
    for encoding in ("cp1252", "auto"):
        code, out, err = run(["extract", str(tmp_path), "--encoding", encoding], capsys)
        records = {json.loads(line)["doc_id"]: json.loads(line) for line in out.splitlines()}
        if encoding == "auto":
            assert code == 0
            # a detector names one of the single-byte families that decode these bytes alike
            assert f"{tmp_path / 'w.txt'}: encoding cp125" in err
            assert f"{tmp_path / 'bom.txt'}: encoding utf-8" in err
            assert records["bom"]["published"] == "2024-10-31"
            assert records["bom"]["start"] == records["w"]["start"] + 1
        assert records["w"]["text"] == "€5 million" and records["w"]["published"] == "2024-10-31"


@pytest.mark.parametrize(("flag", "shown"), [("--progress", True), ("--no-progress", False)])
def test_progress_flags(tmp_path: Path, flag: str, shown: bool) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nkclaims", "extract", str(RAW), "--format", "table", flag],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).parent.parent / "src")),
    )
    assert done.returncode == 0
    assert ("doc/s" in done.stderr or "5/5" in done.stderr) is shown
