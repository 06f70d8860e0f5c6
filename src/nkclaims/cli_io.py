"""What ``nkclaims extract`` reads and writes, so that it loses nothing.

- `collect` expands PATH arguments; an entry that is not a readable regular file (a
  FIFO, a device, a broken symlink) is kept as a `Source` with a ``problem``, reported
  with its path and skipped, never opened (opening a FIFO blocks forever).
- `read` reads at most ``max_bytes`` (so ``/dev/zero`` or a huge file is an error, not a
  memory exhaustion) and decodes with the chosen encoding or, for ``auto``, the one
  charset-normalizer detects.
- `read_published_table` reads a ``doc_id,published`` TSV or CSV file.
- `AtomicOutput` writes to a temporary file beside ``--out`` and moves it into place
  only when the command succeeds, so an existing output survives any failure.
"""

from __future__ import annotations

import csv
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

ENCODINGS = ("utf-8", "cp1252", "latin-1", "auto")
DEFAULT_MAX_BYTES = 50_000_000


class UsageError(Exception):
    """A command line that cannot run: a path that does not exist, a bad option value."""


@dataclass(frozen=True)
class Source:
    """One input document: where it comes from, its id, and why it cannot be read."""

    doc_id: str
    path: Path | None  # None for standard input
    problem: str | None = None


def _problem(p: Path) -> str | None:
    try:
        st = p.stat()
    except FileNotFoundError:
        return "broken symbolic link" if p.is_symlink() else "no such file"
    except OSError as exc:
        return exc.strerror or str(exc)
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISFIFO(st.st_mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        return "a device, not a regular file"
    if stat.S_ISSOCK(st.st_mode):
        return "a socket, not a regular file"
    return "not a regular file"


def collect(paths: list[str]) -> list[Source]:
    """Expand the PATH arguments into documents, in a stable order."""
    out: list[Source] = []
    for raw in paths:
        if raw == "-":
            out.append(Source("stdin", None))
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*.txt")):
                if f.is_dir():
                    continue
                out.append(Source(f.stem, f, _problem(f)))
        elif p.exists() or p.is_symlink():
            out.append(Source(p.stem, p, _problem(p)))
        else:
            raise UsageError(f"no such file or directory: {raw}")
    return out


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return "utf-8" if best is None else str(best.encoding).replace("_", "-")


def read(source: Source, *, encoding: str, max_bytes: int) -> tuple[str, str]:
    """The document's text and the encoding used; raises OSError / UnicodeDecodeError /
    ValueError (too large). Newlines are kept as written; a UTF-8 byte-order mark stays
    the text's first character (``extract`` reads it as a space)."""
    if source.problem is not None:
        raise OSError(source.problem)
    if source.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open(source.path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"larger than --max-bytes ({max_bytes:,} bytes)")
    used = _detect(data) if encoding == "auto" else encoding
    if used.lower().replace("_", "-") in ("utf-8", "utf8", "ascii"):
        used = "utf-8"
    return data.decode(used), used


def read_published_table(path: str) -> dict[str, str]:
    """``doc_id -> published`` from a TSV or CSV file (tab if the first line has one).

    A header line whose first cell is ``doc_id`` is skipped; blank lines are ignored.
    Raises `UsageError` naming the line for anything else malformed."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read --published-from {path}: {exc}") from None
    delimiter = "\t" if lines and "\t" in lines[0] else ","
    table: dict[str, str] = {}
    for number, row in enumerate(csv.reader(lines, delimiter=delimiter), 1):
        if not row or all(not cell.strip() for cell in row):
            continue
        if number == 1 and row[0].strip() == "doc_id":
            continue
        if len(row) != 2 or not row[0].strip():
            raise UsageError(
                f"--published-from {path}, line {number}: expected doc_id{delimiter}published"
            )
        table[row[0].strip()] = row[1].strip()
    return table


class AtomicOutput:
    """A text file written beside ``path`` and renamed onto it on success."""

    def __init__(self, path: str, *, newline: str | None) -> None:
        target = Path(path)
        parent = target.parent if str(target.parent) else Path(".")
        if not parent.is_dir():
            raise UsageError(f"cannot write --out {path}: no such directory {parent}")
        if target.is_dir():
            raise UsageError(f"cannot write --out {path}: it is a directory")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
        except OSError as exc:
            raise UsageError(f"cannot write --out {path}: {exc.strerror or exc}") from None
        self.target = target
        self.tmp = Path(tmp)
        self.file: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline=newline)

    def commit(self) -> None:
        self.file.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)  # mkstemp makes it private
        os.replace(self.tmp, self.target)

    def discard(self) -> None:
        self.file.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> IO[str]:
        return self.file

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()
