"""extract_many: every input form, per-document dates, failed documents, killed workers,
and worker processes that start in any context (threads, spawn, no main guard)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import nkclaims
from nkclaims import parallel
from nkclaims.parallel import WorkerStartError

from .conftest import read_article

SRC = Path(nkclaims.__file__).resolve().parent.parent
STEMS = ("000_72dce47520b3db1e", "002_b494b937aa9e54f3", "003_4562ce3b92ba1bea")
LAST_WEEK = "Russia paid $5 million last week."


def dumps(results: Any) -> list[list[dict[str, Any]]]:
    return [[c.model_dump(mode="json") for c in r] for r in results]


def articles() -> list[str]:
    return [read_article(s) for s in STEMS]


# --------------------------------------------------------------------------- input forms


def test_every_input_form_in_one_stream() -> None:
    docs: list[Any] = [
        LAST_WEEK,
        ("pair", LAST_WEEK),
        ("triple", LAST_WEEK, "2024-01-10"),
        {"doc_id": "map", "text": LAST_WEEK, "published": dt.date(2024, 3, 20)},
        {"text": LAST_WEEK},
        ("none", LAST_WEEK, None),
    ]
    out = list(nkclaims.extract_many(docs, published="2024-06-05"))
    assert [r.doc_id for r in out] == [None, "pair", "triple", "map", None, "none"]
    assert [r[0].published for r in out] == [
        dt.date(2024, 6, 5),
        dt.date(2024, 6, 5),
        dt.date(2024, 1, 10),
        dt.date(2024, 3, 20),
        dt.date(2024, 6, 5),
        None,  # the document says it has no date: no default is forced on it
    ]
    assert [(r[0].date_start, r[0].date_end) for r in out[2:4]] == [
        (dt.date(2024, 1, 1), dt.date(2024, 1, 7)),
        (dt.date(2024, 3, 11), dt.date(2024, 3, 17)),
    ]
    assert out[5][0].date_start is None
    assert all(r.error is None and r.text == LAST_WEEK for r in out)


def test_every_input_form_in_two_processes_equals_one() -> None:
    docs: list[Any] = [
        ("a", articles()[0]),
        ("b", articles()[1], "2024-11-01"),
        {"doc_id": "c", "text": articles()[2], "published": "2024-10-31"},
        articles()[1],
    ]
    one = list(nkclaims.extract_many(docs))
    two = list(nkclaims.extract_many(docs, n_process=2, batch_size=1))
    assert dumps(one) == dumps(two)
    assert [r.doc_id for r in two] == ["a", "b", "c", None]
    assert {c.published for c in two[1]} == {dt.date(2024, 11, 1)}


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (("id", "text", None, "extra"), "got a tuple of 4"),
        ({"doc_id": "x", "txt": "a"}, "unknown keys txt"),
        ({"doc_id": "x"}, "needs a 'text' key"),
        (("id", b"bytes"), "the text must be a str, got bytes"),
        (42, "got int"),
    ],
)
def test_malformed_items_raise_type_error(item: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        list(nkclaims.extract_many(["ok", item]))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_process": 0}, "n_process"),
        ({"batch_size": 0}, "batch_size"),
        ({"errors": "ignore"}, "errors"),
        ({"date_order": "YMD"}, "date_order"),
        ({"n_process": 2, "start_method": "forkserver"}, "start_method"),
    ],
)
def test_bad_arguments_raise_at_once(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        nkclaims.extract_many(["x"], **kwargs).__next__()


# --------------------------------------------------------------------------- dates


def test_ambiguous_slash_dates_name_both_readings() -> None:
    with pytest.raises(nkclaims.AmbiguousDateError) as info:
        nkclaims.extract(LAST_WEEK, published="12/11/2024")
    assert str(info.value) == (
        "published date '12/11/2024' is ambiguous: 12 November 2024 (day first) or "
        "11 December 2024 (month first); give date_order='DMY' or 'MDY' "
        "(--date-order on the command line)"
    )
    read = nkclaims.read_published
    assert read("12/11/2024", "DMY") == dt.date(2024, 11, 12)
    assert read("12/11/2024", "MDY") == dt.date(2024, 12, 11)
    assert read("13/11/2024") == dt.date(2024, 11, 13)
    assert read("11/13/2024") == dt.date(2024, 11, 13)
    assert read("05.05.24") == dt.date(2024, 5, 5)  # both readings are the same day
    assert read("2024-11-12") == dt.date(2024, 11, 12)
    with pytest.raises(ValueError, match="as MDY"):
        read("13/11/2024", "MDY")
    with pytest.raises(ValueError, match="no such day"):
        read("31/31/2024")
    claims = nkclaims.extract(LAST_WEEK, published="12/11/2024", date_order="MDY")
    assert claims[0].published == dt.date(2024, 12, 11)


def test_a_byte_order_mark_does_not_hide_the_dateline() -> None:
    body = "SEOUL, Oct. 31, 2024 (Yonhap) -- North Korea sent 10,000 troops last week."
    plain, marked = nkclaims.extract(body), nkclaims.extract("\ufeff" + body)
    assert plain[0].published == marked[0].published == dt.date(2024, 10, 31)
    assert (marked[0].date_start, marked[0].date_end) == (plain[0].date_start, plain[0].date_end)
    assert (marked[0].start, marked[0].end) == (plain[0].start + 1, plain[0].end + 1)
    assert ("\ufeff" + body)[marked[0].start : marked[0].end] == "10,000"
    assert marked[0].sentence == plain[0].sentence  # the mark is outside every sentence


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failed_document_is_recorded_and_the_batch_goes_on(n_process: int) -> None:
    docs = [("a", LAST_WEEK), ("bad", LAST_WEEK, "nope"), ("c", LAST_WEEK, "2024-01-10")]
    out = list(nkclaims.extract_many(docs, n_process=n_process))
    assert [len(r) for r in out] == [1, 0, 1]
    assert out[0].error is None and out[2].error is None
    error = out[1].error
    assert isinstance(error, nkclaims.DocumentError)
    assert (error.index, error.doc_id) == (1, "bad")
    assert error.reason.startswith("ValueError: cannot parse published date 'nope'")
    assert str(error).startswith("document 1 ('bad'): ValueError")
    assert out[1].doc_id == "bad" and out[1].text == LAST_WEEK


def test_errors_raise_stops_at_the_failed_document() -> None:
    seen: list[str | None] = []
    with pytest.raises(nkclaims.DocumentError) as info:
        for claims in nkclaims.extract_many(
            [("a", LAST_WEEK), ("bad", LAST_WEEK, "nope"), ("c", LAST_WEEK)], errors="raise"
        ):
            seen.append(claims.doc_id)
    assert seen == ["a"] and info.value.doc_id == "bad"


def _children() -> list[int]:
    me = os.getpid()
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == me and fields[0] != "Z":
            out.append(int(entry))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("method", ["auto", "spawn"])
def test_a_killed_worker_is_reported_and_the_rest_still_come(method: str) -> None:
    small = articles()
    huge = "\n\n".join(small * 60)  # about 1.5 MB: several seconds for one worker
    docs = [("s0", small[0]), ("huge", huge)] + [(f"s{i}", t) for i, t in enumerate(small, 2)]
    expected = dumps(nkclaims.extract_many(docs[2:]))
    stream = nkclaims.extract_many(docs, n_process=2, start_method=method)  # type: ignore[arg-type]
    first = next(stream)
    assert first.doc_id == "s0" and first.error is None
    time.sleep(1.5)  # the other worker is still inside `huge`
    for pid in _children():
        os.kill(pid, signal.SIGKILL)
    rest = list(stream)
    assert [r.doc_id for r in rest] == ["huge", "s2", "s3", "s4"]
    error = rest[0].error
    assert error is not None and error.doc_id == "huge" and error.index == 1
    assert error.reason == (
        "the worker process was killed by SIGKILL (the out-of-memory killer sends this)"
    )
    assert dumps(rest[1:]) == expected
    assert _children() == []


def test_a_worker_that_cannot_start_raises_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    false = shutil.which("false")
    if false is None:
        pytest.skip("no `false` command")
    monkeypatch.setattr(parallel, "PYTHON", false)
    started = time.monotonic()
    with pytest.raises(WorkerStartError, match=r"died while starting: .*exited with code 1"):
        list(nkclaims.extract_many(["a", "b"], n_process=2, start_method="spawn"))
    assert time.monotonic() - started < 30


# --------------------------------------------------------------------------- contexts


def test_a_live_thread_like_a_notebook_kernel_still_works() -> None:
    stop = threading.Event()
    kernel = threading.Thread(target=stop.wait, daemon=True)
    kernel.start()
    try:
        assert parallel.choose_method("auto") == "spawn"
        with pytest.raises(RuntimeError, match=r"runs \d+ threads"):
            parallel.choose_method("fork")
        texts = articles()
        two = list(nkclaims.extract_many(texts, n_process=2))
    finally:
        stop.set()
        kernel.join()
    assert dumps(two) == dumps(nkclaims.extract_many(texts))


SCRIPT = """\
import json, multiprocessing, sys
multiprocessing.set_start_method(sys.argv[1], force=True)
print("top level ran", file=sys.stderr)
import nkclaims
texts = [open(p, encoding="utf-8").read() for p in sys.argv[3:]]
one = [[c.model_dump(mode="json") for c in r] for r in nkclaims.extract_many(texts)]
two = [
    [c.model_dump(mode="json") for c in r]
    for r in nkclaims.extract_many(texts, n_process=2, start_method=sys.argv[2], batch_size=1)
]
print(json.dumps({"same": one == two, "claims": sum(map(len, two))}))
"""


@pytest.mark.parametrize(
    ("global_method", "start_method"),
    [("spawn", "spawn"), ("spawn", "auto"), ("forkserver", "auto"), ("fork", "auto")],
)
def test_a_script_without_a_main_guard_finishes(
    tmp_path: Path, global_method: str, start_method: str
) -> None:
    script = tmp_path / "no_guard.py"
    script.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    paths = [str(Path(__file__).parent.parent / "data" / "raw" / f"{s}.txt") for s in STEMS]
    env = dict(os.environ, PYTHONPATH=str(SRC))
    done = subprocess.run(
        [sys.executable, str(script), global_method, start_method, *paths],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"same": True, "claims": 25}
    assert done.stderr.count("top level ran") == 1  # no worker ran the script again
