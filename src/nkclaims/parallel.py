"""The worker processes behind ``extract_many(n_process > 1)``.

Each worker is a process that reads one job at a time from a pipe and writes back its
claims (or the reason it failed) as length-prefixed pickles. The parent keeps at most
one job in flight per worker, so when a worker dies (the out-of-memory killer, a
``SIGKILL``) the document it was working on is known exactly: it is reported as failed,
a replacement worker is started, and the batch goes on. Nothing waits without also
watching every worker, so a dead worker can never leave the caller hanging.

Workers are started in one of two ways, never by `multiprocessing`'s spawn or
forkserver (both import the caller's ``__main__`` again in every worker, which runs a
script without an ``if __name__ == "__main__":`` guard once per worker):

- ``fork`` - a copy of this process with the pipeline already loaded; starts at once.
  Used only where the platform has ``fork`` and this process runs a single thread
  (forking a threaded process can deadlock in the child).
- ``spawn`` - a fresh interpreter running ``python -m nkclaims._worker``; it imports
  nothing of the caller's, so it works in notebooks, under threads and without a main
  guard. It pays the start-up (import and pipeline build, about 2 s) once per worker.

The global `multiprocessing` start method is not consulted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import pickle
import selectors
import signal
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from nkclaims.models import Claim

StartMethod = Literal["auto", "fork", "spawn"]
PublishedLike = dt.date | dt.datetime | str | None
DateOrder = Literal["DMY", "MDY"]

#: One document's work: (index, doc_id, text, published, date_order).
Job = tuple[int, str | None, str, PublishedLike, DateOrder | None]
#: What a worker sends back: (index, claims, None) or (index, None, reason).
Reply = tuple[int, list[Claim] | None, str | None]

_HEADER = struct.Struct(">Q")
_READY = "ready"

#: The interpreter that spawned workers run (a module attribute so tests can break it).
PYTHON = sys.executable


class WorkerStartError(RuntimeError):
    """A worker process died before it could take any work (it could not import nkclaims)."""


# --------------------------------------------------------------------------- framing


def send_frame(fp: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fp.write(_HEADER.pack(len(data)))
    fp.write(data)
    fp.flush()


def _read_exactly(fp: IO[bytes], size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = fp.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def recv_frame(fp: IO[bytes]) -> Any:
    """The next object on ``fp``; raises `EOFError` when the other end is gone."""
    head = _read_exactly(fp, _HEADER.size)
    if head is None:
        raise EOFError
    body = _read_exactly(fp, _HEADER.unpack(head)[0])
    if body is None:
        raise EOFError
    return pickle.loads(body)


# --------------------------------------------------------------------------- worker side


def serve(jobs: IO[bytes], replies: IO[bytes]) -> None:
    """The worker loop: announce readiness, then answer jobs until the pipe closes."""
    from nkclaims.api import extract
    from nkclaims.pipeline import MemoryZones, default_pipeline

    send_frame(replies, _READY)
    with MemoryZones(default_pipeline()) as zones:
        while True:
            try:
                job: Job = recv_frame(jobs)
            except EOFError:
                return
            index, doc_id, text, published, date_order = job
            send_frame(replies, index)  # taken: from here on a death is this document's
            try:
                reply: Reply = (
                    index,
                    list(extract(text, doc_id, published, date_order=date_order)),
                    None,
                )
            except Exception as exc:  # reported as this document's error; the worker goes on
                reply = (index, None, f"{type(exc).__name__}: {exc}")
            zones.tick()
            send_frame(replies, reply)


def _serve_forked(job_fd: int, reply_fd: int, close: list[int]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and closes us
    for fd in close:  # other workers' pipe ends, so their EOFs still reach the parent
        with contextlib.suppress(OSError):
            os.close(fd)
    with os.fdopen(job_fd, "rb") as jobs, os.fdopen(reply_fd, "wb") as replies:
        serve(jobs, replies)


# --------------------------------------------------------------------------- parent side


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "the worker process closed its pipe"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (the out-of-memory killer sends this)" if -code == signal.SIGKILL else ""
        return f"the worker process was killed by {name}{hint}"
    return f"the worker process exited with code {code}"


class _Worker:
    def __init__(self, method: Literal["fork", "spawn"], open_fds: set[int]) -> None:
        self.job: Job | None = None
        self.taken = False  # the worker has acknowledged `job`
        self.ready = False
        self._proc: Any
        if method == "fork":
            job_r, job_w = os.pipe()
            reply_r, reply_w = os.pipe()
            ctx = multiprocessing.get_context("fork")
            close = sorted(open_fds | {job_w, reply_r})
            self._proc = ctx.Process(
                target=_serve_forked, args=(job_r, reply_w, close), daemon=True
            )
            self._proc.start()
            os.close(job_r)
            os.close(reply_w)
            self.jobs: IO[bytes] = os.fdopen(job_w, "wb")
            # unbuffered: a buffer could hold a reply the selector then never reports
            self.replies: IO[bytes] = os.fdopen(reply_r, "rb", buffering=0)
        else:
            env = dict(os.environ)
            root = str(Path(__file__).resolve().parent.parent)
            env["PYTHONPATH"] = os.pathsep.join(
                [root] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
            )
            self._proc = subprocess.Popen(
                [PYTHON, "-m", "nkclaims._worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                bufsize=0,
                env=env,
            )
            assert self._proc.stdin is not None and self._proc.stdout is not None
            self.jobs = self._proc.stdin
            self.replies = self._proc.stdout
        open_fds.update((self.jobs.fileno(), self.replies.fileno()))

    def fileno(self) -> int:
        return self.replies.fileno()

    def exit_reason(self) -> str:
        if isinstance(self._proc, subprocess.Popen):
            try:
                code = self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
        else:
            self._proc.join(timeout=5)
            code = self._proc.exitcode
        return _describe_exit(code)

    def close(self, open_fds: set[int]) -> None:
        open_fds.discard(self.jobs.fileno())
        open_fds.discard(self.replies.fileno())
        for fp in (self.jobs, self.replies):
            with contextlib.suppress(OSError):
                fp.close()
        if isinstance(self._proc, subprocess.Popen):
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        else:
            self._proc.join(timeout=5)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join()


def choose_method(method: StartMethod) -> Literal["fork", "spawn"]:
    """The way workers will start; raises at once when ``method`` cannot work here."""
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    threads = threading.active_count()
    if method == "auto":
        return "fork" if can_fork and threads == 1 else "spawn"
    if method == "fork":
        if not can_fork:
            raise ValueError("start_method='fork' is not available on this platform")
        if threads > 1:
            raise RuntimeError(
                f"start_method='fork' refused: this process runs {threads} threads (a "
                "notebook kernel always does), and a forked copy of a threaded process can "
                "deadlock; use start_method='spawn' or 'auto'"
            )
        return "fork"
    if method == "spawn":
        return "spawn"
    raise ValueError(f"start_method must be 'auto', 'fork' or 'spawn', got {method!r}")


def run(
    jobs: Iterator[Job], n_process: int, method: Literal["fork", "spawn"], window: int
) -> Iterator[Reply]:
    """Every job's reply, in job order, using ``n_process`` workers.

    At most ``window`` jobs are taken from ``jobs`` ahead of the next reply to yield, so
    memory stays bounded however long the stream. Each worker acknowledges a job before
    working on it: a worker that dies after that turns its job into a failure reply, one
    that dies before gives the job to its replacement (once); one that dies before it is
    ready raises `WorkerStartError`.
    """
    if method == "fork":
        from nkclaims.api import extract

        extract("North Korea sent 10,000 troops last week.")  # load every lexicon first
    open_fds: set[int] = set()
    selector = selectors.DefaultSelector()
    workers: list[_Worker] = []
    retry: list[Job] = []
    resent: set[int] = set()  # jobs already given a second worker once
    done: dict[int, Reply] = {}
    taken = 0  # jobs taken from the iterator so far
    next_out = 0
    exhausted = False

    def start() -> _Worker:
        worker = _Worker(method, open_fds)
        selector.register(worker.replies, selectors.EVENT_READ, worker)
        workers.append(worker)
        return worker

    def retire(worker: _Worker) -> None:
        selector.unregister(worker.replies)
        workers.remove(worker)
        worker.close(open_fds)

    def next_job() -> Job | None:
        nonlocal taken, exhausted
        if retry:
            return retry.pop()
        if exhausted or taken >= next_out + window:
            return None
        try:
            job = next(jobs)
        except StopIteration:
            exhausted = True
            return None
        taken += 1
        return job

    try:
        for _ in range(n_process):
            start()
        while True:
            for worker in list(workers):
                if worker.job is None:
                    job = next_job()
                    if job is None:
                        break
                    worker.job = job
                    with contextlib.suppress(OSError):  # a dead worker: EOF is seen below
                        send_frame(worker.jobs, job)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in workers if w.job is not None]
            if not busy:
                if exhausted and not retry:
                    return
                continue
            for key, _ in selector.select():
                worker = key.data
                try:
                    reply = recv_frame(worker.replies)
                except EOFError:
                    reason = worker.exit_reason()
                    job, was_ready, taken = worker.job, worker.ready, worker.taken
                    retire(worker)
                    if not was_ready:
                        raise WorkerStartError(
                            f"an nkclaims worker process died while starting: {reason}"
                        ) from None
                    if job is not None and (taken or job[0] in resent):
                        done[job[0]] = (job[0], None, reason)
                    elif job is not None:  # it died before reading the job: not its fault
                        resent.add(job[0])
                        retry.append(job)
                    if not exhausted or retry:
                        start()
                    continue
                if reply == _READY:
                    worker.ready = True
                    continue
                if isinstance(reply, int):
                    worker.taken = True
                    continue
                done[reply[0]] = reply
                worker.job, worker.taken = None, False
    finally:
        for worker in list(workers):
            retire(worker)
        selector.close()
