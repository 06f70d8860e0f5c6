"""Claims tables on Dask: identical to one process, failures recorded, memory flat."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the Dask path needs the extra nkclaims[dask]")
pytest.importorskip("distributed", reason="the Dask path needs the extra nkclaims[dask]")
pytest.importorskip("pyarrow", reason="the Dask path needs the extra nkclaims[dask]")

import dask.bag as db
import spacy
from distributed import Client, LocalCluster

import nkclaims
from nkclaims import pipeline
from nkclaims.arrow import read_parquet
from nkclaims.dask import (
    _extract_partition,
    extract_bag,
    extract_to_parquet,
    worker_pipeline,
)
from nkclaims.models import Claim

from .corpus_gen import distinct_documents

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, str]]:
    return distinct_documents(200, seed=7)


def _key(c: Claim) -> tuple[str, int]:
    return (c.doc_id or "", c.start)


def test_parquet_rows_equal_one_process_and_failures_are_recorded(
    client: Client, docs: list[tuple[str, str]], tmp_path: Path
) -> None:
    bad: list[object] = [("not-text", 12345), Path(tmp_path / "missing.txt")]
    summary = extract_to_parquet(
        [*docs[:100], *bad, *docs[100:]], tmp_path / "out", client=client, partition_size=25
    )
    expected = [c for doc_id, text in docs for c in nkclaims.extract(text, doc_id=doc_id)]
    assert summary.documents == 202 and summary.claims == len(expected) > 1000
    assert sorted(f.doc_id or "" for f in summary.failures) == ["missing", "not-text"]
    assert any("TypeError" in f.error for f in summary.failures)
    assert summary.files == [f"part-{i:05d}.parquet" for i in range(9)]
    back = read_parquet(tmp_path / "out")
    assert sorted(back, key=_key) == sorted(expected, key=_key)
    import pyarrow.parquet as pq

    failures = pq.read_table(tmp_path / "out" / "_failures.parquet").to_pylist()
    assert sorted(r["doc_id"] for r in failures) == ["missing", "not-text"]


def test_a_bag_gives_one_result_per_document_in_order(
    client: Client, docs: list[tuple[str, str]]
) -> None:
    sample = [*docs[:30], {"doc_id": "m", "text": "Russia paid $5 million.", "published": None}]
    results = extract_bag(db.from_sequence(sample, npartitions=4)).compute()
    assert [r.doc_id for r in results] == [d[0] for d in docs[:30]] + ["m"]
    assert all(r.error is None for r in results)
    assert list(results[0].claims or []) == list(nkclaims.extract(docs[0][1], doc_id=docs[0][0]))
    assert [c.value for c in results[-1].claims or []] == [5e6]


def test_paths_are_read_in_the_workers_with_their_stem_as_id(
    client: Client, tmp_path: Path
) -> None:
    paths = sorted((ROOT / "data" / "raw").glob("*.txt"))
    summary = extract_to_parquet(paths, tmp_path / "raw", client=client, partition_size=2)
    back = read_parquet(tmp_path / "raw")
    assert {c.doc_id for c in back} == {p.stem for p in paths}
    assert summary.failures == [] and summary.documents == len(paths)


def test_an_existing_output_is_never_mixed_with_a_new_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(FileExistsError, match="not empty"):
        extract_to_parquet([], out)
    with pytest.raises(FileExistsError, match="did not write"):
        extract_to_parquet([], out, overwrite=True)
    assert (out / "notes.txt").read_text() == "mine"


def test_a_pipeline_object_is_refused_a_factory_is_built_once_per_process() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(TypeError, match="factory"):
        extract_bag(db.from_sequence(["x"]), nlp=nlp)  # type: ignore[arg-type]
    assert worker_pipeline(_blank) is worker_pipeline(_blank)
    [result] = _extract_partition([("d", "North Korea sent 10,000 troops.")], None, _blank)
    assert [c.value for c in result.claims or []] == [10000.0]


def _blank() -> spacy.language.Language:
    return spacy.blank("en")


def test_unpickled_user_pipelines_are_not_kept_forever() -> None:
    import gc
    import weakref

    blob = pickle.dumps(spacy.blank("en"))
    refs = []
    for _ in range(5):
        nlp = pickle.loads(blob)
        nkclaims.extract("Russia sent 500 troops.", nlp=nlp)
        refs.append(weakref.ref(nlp))
        del nlp
    gc.collect()
    assert sum(r() is not None for r in refs) <= 1
    assert not hasattr(pipeline, "_configured")


MEMORY_PROBE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    from tests.corpus_gen import distinct_documents
    from nkclaims.dask import _extract_partition, worker_pipeline

    def rss_mb():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    docs = distinct_documents(2000, seed=11)
    strings, rss = [], []
    for start in range(0, len(docs), 100):
        _extract_partition(docs[start : start + 100], None, None)
        if start + 100 in (200, 2000):
            rss.append(rss_mb())
            strings.append(len(worker_pipeline(None).vocab.strings))
    print(json.dumps({{"rss": rss, "strings": strings}}))
    """
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads RSS from /proc")
def test_a_long_run_stays_flat_in_memory() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE.format(root=str(ROOT))],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    after_200, after_2000 = data["rss"]
    assert after_2000 <= 1.2 * after_200, data
    assert data["strings"][1] <= data["strings"][0] * 1.05, data


def test_pandas_reads_the_dataset_directory_without_the_failures_table(
    client: Client, tmp_path: Path
) -> None:
    import pandas as pd

    summary = extract_to_parquet(
        [("a", "Russia sent 500 troops."), ("b", 3)], tmp_path / "ds", client=client
    )
    assert len(summary.failures) == 1
    frame = pd.read_parquet(tmp_path / "ds")
    assert list(frame["value"]) == [500.0] and list(frame.columns) == list(Claim.model_fields)
