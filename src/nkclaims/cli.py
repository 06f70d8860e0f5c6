"""The ``nkclaims`` command: ``extract``, ``eval``, ``schema`` and ``ledger`` (`nkclaims.cli_ledger`).

``nkclaims extract PATH... [--format jsonl|csv|table|html] [--out FILE]`` reads files,
directories (every ``*.txt`` below them) or ``-`` for standard input; ``doc_id`` is
the file stem. A file that cannot be read or decoded is reported on stderr with its
path and reason, the others are still processed, and the exit code is 1 at the end.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from nkclaims import __version__
from nkclaims.cli_io import (
    DEFAULT_MAX_BYTES,
    ENCODINGS,
    AtomicOutput,
    Source,
    UsageError,
    collect,
    read,
    read_published_table,
)
from nkclaims.models import Claim

__all__ = ["Source", "UsageError", "build_parser", "collect", "main", "read"]

FORMATS = ("jsonl", "csv", "table", "html", "parquet")
ENGINES = ("local", "dask")
TABLE_COLUMNS = ("doc", "#", "text", "value", "unit", "per", "item", "actor", "source", "hedged")


def _cell(value: Any, width: int) -> str:
    s = "" if value is None else str(value)
    s = s.replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def _amount(c: Claim) -> str:
    from nkclaims.report import format_amount

    return format_amount(c)


def table_rows(doc_id: str, claims: Sequence[Claim]) -> Iterator[tuple[str, ...]]:
    for i, c in enumerate(claims):
        yield (
            doc_id,
            str(i),
            c.text,
            _amount(c),
            c.unit,
            c.per or "",
            c.item or "",
            c.actor or "",
            c.source or "",
            "yes" if c.hedged else "",
        )


_WIDTHS = {
    "doc": 24,
    "#": 3,
    "text": 34,
    "value": 22,
    "unit": 8,
    "per": 10,
    "item": 30,
    "actor": 14,
    "source": 30,
    "hedged": 6,
}


def format_table(rows: list[tuple[str, ...]]) -> str:
    """An aligned, readable table (long cells are cut with an ellipsis)."""
    cols = list(TABLE_COLUMNS)
    widths = []
    for k, name in enumerate(cols):
        longest = max([len(name)] + [len(r[k]) for r in rows])
        widths.append(min(_WIDTHS[name], longest))
    lines = ["  ".join(_cell(n, w).ljust(w) for n, w in zip(cols, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append(
            "  ".join(_cell(v, w).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
        )
    return "\n".join(lines)


def _progress(total: int, wanted: bool | None) -> Any:
    """A bar on stderr: with --progress always, --no-progress never, else on a terminal."""
    if total <= 1 or wanted is False:
        return None
    from tqdm import tqdm

    return tqdm(
        total=total,
        unit="doc",
        file=sys.stderr,
        leave=False,
        disable=None if wanted is None else False,
    )


def _validate(args: argparse.Namespace) -> tuple[list[Source], dict[str, str]]:
    """Everything that can fail before any output is opened."""
    from nkclaims.api import read_published

    if args.max_bytes < 1:
        raise UsageError(f"--max-bytes must be positive, got {args.max_bytes}")
    read_published(args.published, args.date_order)
    table = read_published_table(args.published_from) if args.published_from else {}
    for doc_id, value in table.items():
        try:
            read_published(value, args.date_order)
        except ValueError as exc:
            raise UsageError(f"--published-from {args.published_from}: {doc_id}: {exc}") from None
    sources = collect(args.paths)
    if not sources:
        raise UsageError("no documents found (directories are searched for *.txt)")
    return sources, table


def cmd_extract(args: argparse.Namespace) -> int:
    sources, dates = _validate(args)
    if args.format == "parquet":
        from nkclaims.cli_parquet import extract_parquet

        return extract_parquet(
            sources, args, lambda s: read(s, encoding=args.encoding, max_bytes=args.max_bytes)[0]
        )
    if args.engine != "local" or args.workers != 1:
        raise UsageError("--engine and --workers go with --format parquet")
    newline = "" if args.format == "csv" else None
    if args.out:
        output = AtomicOutput(args.out, newline=newline)
        try:
            failures = _run(args, sources, dates, output.file)
        except BaseException:
            output.discard()
            raise
        output.commit()
    else:
        failures = _run(args, sources, dates, sys.stdout)
    if failures:
        print(f"nkclaims: {failures} of {len(sources)} documents failed", file=sys.stderr)
        return 1
    return 0


def _run(
    args: argparse.Namespace, sources: list[Source], dates: dict[str, str], out: IO[str]
) -> int:
    from nkclaims.api import extract
    from nkclaims.report import render_report_html
    from nkclaims.results import write_csv, write_jsonl

    failures = 0
    bar = _progress(len(sources), args.progress)
    rows: list[tuple[str, ...]] = []
    html_docs: list[tuple[str | None, str, Sequence[Claim]]] = []
    first_csv = True
    for source in sources:
        where = source.path if source.path is not None else "<stdin>"
        try:
            text, used = read(source, encoding=args.encoding, max_bytes=args.max_bytes)
            if args.encoding == "auto":
                print(f"nkclaims: {where}: encoding {used}", file=sys.stderr)
            published = dates.get(source.doc_id, args.published)
            claims = extract(
                text, doc_id=source.doc_id, published=published, date_order=args.date_order
            )
        except (OSError, UnicodeDecodeError, LookupError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"nkclaims: cannot read {where}: {reason}", file=sys.stderr)
            failures += 1
            if bar is not None:
                bar.update(1)
            continue
        if args.format == "jsonl":
            write_jsonl(claims, out)
        elif args.format == "csv":
            write_csv(claims, out, header=first_csv)
            first_csv = False
        elif args.format == "table":
            rows.extend(table_rows(source.doc_id, claims))
        else:
            html_docs.append((source.doc_id, text, claims))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    if args.format == "table":
        out.write(format_table(rows) + "\n")
    elif args.format == "html":
        out.write(render_report_html(html_docs))  # one document's id, or "N documents"
    return failures


def cmd_eval(args: argparse.Namespace) -> int:
    from nkclaims.evaluate import errors_table, evaluate_dirs

    for p in (args.gold, args.raw):
        if not Path(p).is_dir():
            raise UsageError(f"no such directory: {p}")
    report = evaluate_dirs(args.gold, args.raw)
    print(report.table())
    if args.show_errors:
        print()
        print(errors_table(report) or "no errors")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from nkclaims.results import claim_json_schema

    sys.stdout.write(claim_json_schema())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nkclaims",
        description="Turn every figure in news about North Korea-Russia cooperation into a typed claim.",
    )
    parser.add_argument("--version", action="version", version=f"nkclaims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract claims from files, directories or stdin")
    ex.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .txt file, a directory (searched for *.txt), or - for stdin",
    )
    ex.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)"
    )
    ex.add_argument(
        "--out",
        metavar="FILE",
        help="write to FILE instead of standard output (a new or empty directory for parquet)",
    )
    ex.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="parquet only: 'local' (this machine) or 'dask' (a LocalCluster; needs nkclaims[dask])",
    )
    ex.add_argument(
        "--workers", type=int, default=1, metavar="N", help="parquet only: worker processes"
    )
    ex.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO) to resolve 'last week' and the like",
    )
    ex.add_argument(
        "--published-from",
        metavar="FILE",
        help="TSV or CSV of doc_id,published: each document's own date (wins over --published)",
    )
    ex.add_argument(
        "--date-order",
        choices=("DMY", "MDY"),
        help="how to read a numeric date such as 12/11/2024 (otherwise an error when ambiguous)",
    )
    ex.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default="utf-8",
        help="how files are decoded (default: utf-8; auto detects and reports each file's)",
    )
    ex.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse a document larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
    )
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: only when stderr is a terminal)",
    )
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score the extractor against the gold set")
    ev.add_argument(
        "--gold", default="data/gold", help="directory of gold *.jsonl (default: data/gold)"
    )
    ev.add_argument(
        "--raw", default="data/raw", help="directory of the articles (default: data/raw)"
    )
    ev.add_argument(
        "--show-errors", action="store_true", help="list every miss, extra and wrong field"
    )
    ev.set_defaults(func=cmd_eval)

    sc = sub.add_parser("schema", help="print the JSON Schema of a Claim")
    sc.set_defaults(func=cmd_schema)

    from nkclaims.cli_ledger import add_parser as add_ledger

    add_ledger(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        print(f"nkclaims: error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # a --published date that cannot be read
        print(f"nkclaims: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an output that cannot be written
        print(f"nkclaims: error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
