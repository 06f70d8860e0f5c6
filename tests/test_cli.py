"""The nkclaims command: formats, stdin, unreadable files, missing paths, eval, schema."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nkclaims import __version__
from nkclaims.cli import main

from .conftest import GOLD, RAW


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_table_on_the_bundled_articles(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(RAW), "--format", "table"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["doc", "#", "text", "value"]
    row = next(line for line in lines if "around $2,000" in line)
    assert "monthly wage" in row and "National Intelligence Service" in row and "USD" in row


def test_jsonl_lines_are_claims(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out.jsonl"
    code, _, _ = run(
        ["extract", str(RAW / "003_4562ce3b92ba1bea.txt"), "--out", str(out_file)], capsys
    )
    assert code == 0
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == [
        "over 70",
        "approximately 11,000",
        "between $320 million and $1.3 billion annually",
    ]
    assert all(r["doc_id"] == "003_4562ce3b92ba1bea" for r in rows)


def test_csv_has_one_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out.csv"
    code, _, _ = run(["extract", str(RAW), "--format", "csv", "--out", str(out_file)], capsys)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert rows[0][:3] == ["doc_id", "text", "start"]
    assert sum(1 for r in rows if r[:1] == ["doc_id"]) == 1
    assert len(rows) > 60


def test_html_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "report.html"
    code, _, _ = run(["extract", str(RAW), "--format", "html", "--out", str(out_file)], capsys)
    assert code == 0
    html = out_file.read_text(encoding="utf-8")
    assert "<mark" in html and "000_72dce47520b3db1e" in html and "004_d7c515d055b72e34" in html
    assert "<title>nkclaims report: 5 documents</title>" in html


def test_html_report_of_one_document_is_titled_by_its_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "report.html"
    one = RAW / "003_4562ce3b92ba1bea.txt"
    code, _, _ = run(["extract", str(one), "--format", "html", "--out", str(out_file)], capsys)
    assert code == 0
    assert "<title>003_4562ce3b92ba1bea</title>" in out_file.read_text(encoding="utf-8")


def test_stdin_and_an_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Russia sent 5,000 tons of rice."))
    )
    code, out, err = run(["extract", "-", str(bad)], capsys)
    assert code == 1
    assert json.loads(out.splitlines()[0])["text"] == "5,000 tons"
    assert str(bad) in err and "decode" in err


def test_missing_path_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "no/such/file.txt"], capsys)
    assert code == 2 and "no such file or directory: no/such/file.txt" in err


def test_schema_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    assert code == 0 and json.loads(out)["title"] == "Claim"
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_eval_prints_the_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["eval", "--gold", str(GOLD), "--raw", str(RAW), "--show-errors"], capsys)
    assert code == 0
    assert "span_f1" in out and "complete_f1" in out and "source accuracy" in out


def test_console_script_runs_as_a_module() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "nkclaims", "--help"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and "extract" in proc.stdout
