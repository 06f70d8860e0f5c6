"""``nkclaims extract --format parquet``: both engines write the same dataset, nothing is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyarrow", reason="parquet output needs the extra nkclaims[dask]")

import pyarrow.parquet as pq

import nkclaims
from nkclaims.arrow import read_parquet
from nkclaims.cli import main
from nkclaims.dataset import DocumentFailure, write_local
from nkclaims.models import Claim

from .conftest import RAW


def _key(c: Claim) -> tuple[str, int]:
    return (c.doc_id or "", c.start)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    shutil.copytree(RAW, src)
    (src / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    return src


def _expected() -> list[Claim]:
    out = []
    for p in sorted(RAW.glob("*.txt")):
        with open(p, encoding="utf-8", newline="") as fh:
            out.extend(nkclaims.extract(fh.read(), doc_id=p.stem))
    return sorted(out, key=_key)


@pytest.mark.parametrize("workers", [1, 2])
def test_the_local_engine_writes_every_claim_and_records_the_unreadable(
    corpus: Path, tmp_path: Path, workers: int, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "claims"
    code = main(["extract", str(corpus), "--format", "parquet", "--out", str(out),
                 "--workers", str(workers)])  # fmt: skip
    assert code == 1
    assert "cannot read" in capsys.readouterr().err
    assert sorted(read_parquet(out), key=_key) == _expected()
    failures = pq.read_table(out / "_failures.parquet").to_pylist()
    assert [r["doc_id"] for r in failures] == ["broken"]


def test_the_dask_engine_writes_the_same_dataset(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    out = tmp_path / "claims"
    code = main(["extract", str(corpus), "--format", "parquet", "--out", str(out),
                 "--engine", "dask", "--workers", "2"])  # fmt: skip
    assert code == 1
    assert sorted(read_parquet(out), key=_key) == _expected()
    assert [r["doc_id"] for r in pq.read_table(out / "_failures.parquet").to_pylist()] == ["broken"]


def test_an_existing_output_directory_survives_and_nothing_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "claims"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert main(["extract", str(RAW), "--format", "parquet", "--out", str(out)]) == 2
    assert "new or empty directory" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert main(["extract", str(RAW), "--format", "parquet"]) == 2
    assert main(["extract", str(RAW), "--engine", "dask"]) == 2


def test_write_local_partitions_and_counts(tmp_path: Path) -> None:
    docs: list[object] = [
        ("a", "Russia sent 500 troops."),
        DocumentFailure(doc_id="x", error="cannot read x"),
        ("b", "North Korea paid $5 million."),
        ("c", "Ukraine captured 2 soldiers."),
    ]
    summary = write_local(docs, tmp_path / "d", partition_size=2)
    assert (summary.documents, summary.claims) == (4, 3)
    assert summary.files == ["part-00000.parquet", "part-00001.parquet"]
    assert [f.doc_id for f in summary.failures] == ["x"]
    assert [c.value for c in read_parquet(tmp_path / "d")] == [500.0, 5e6, 2.0]
