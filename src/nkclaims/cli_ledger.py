"""``nkclaims ledger PATH... [--published-from FILE] [--published DATE] [--format table|html|csv]
[--out FILE]``: the ledger of a corpus.

Every document is extracted as ``nkclaims extract`` would (same inputs, same publication
dates: ``--published-from`` wins over ``--published``, which wins over the dateline), and all
claims go into one `nkclaims.ledger`. ``table`` prints one row per group, ``csv`` one row per
member claim with its group, ``html`` a page with every group's members and its plot inlined
(``--plots png|svg``; needs ``nkclaims[plot]``, else the page has no plots and a warning).
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any

from nkclaims.cli_io import DEFAULT_MAX_BYTES, ENCODINGS, AtomicOutput, UsageError, read
from nkclaims.ledger.grouping import WINDOW_DAYS
from nkclaims.models import Claim

FORMATS = ("table", "html", "csv")


def add_parser(sub: Any) -> None:
    """Register the ``ledger`` subcommand on the main parser's subparsers."""
    p = sub.add_parser("ledger", help="group claims across documents: who says how many, when")
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .txt file, a directory, or - for stdin"
    )
    p.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument(
        "--published", metavar="DATE", help="publication date (ISO) of documents without one"
    )
    p.add_argument(
        "--published-from",
        metavar="FILE",
        help="TSV or CSV of doc_id,published: each document's own date (wins over --published)",
    )
    p.add_argument(
        "--date-order", choices=("DMY", "MDY"), help="how to read a numeric date like 12/11/2024"
    )
    p.add_argument("--encoding", choices=ENCODINGS, default="utf-8", help="how files are decoded")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="refuse a document larger than N bytes",
    )
    p.add_argument(
        "--plots", choices=("png", "svg"), default="png", help="html only: plot image format"
    )
    p.add_argument(
        "--window-days",
        type=int,
        default=WINDOW_DAYS,
        metavar="N",
        help=f"how long a figure dated by one day stays current (default: {WINDOW_DAYS})",
    )
    p.set_defaults(func=cmd_ledger, progress=False)


def _claims(args: argparse.Namespace) -> tuple[list[Claim], int]:
    from nkclaims.api import extract
    from nkclaims.cli import _validate

    sources, dates = _validate(args)
    claims: list[Claim] = []
    failures = 0
    for source in sources:
        where = source.path if source.path is not None else "<stdin>"
        try:
            text, _ = read(source, encoding=args.encoding, max_bytes=args.max_bytes)
            published = dates.get(source.doc_id, args.published)
            claims.extend(
                extract(text, doc_id=source.doc_id, published=published, date_order=args.date_order)
            )
        except (OSError, UnicodeDecodeError, LookupError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"nkclaims: cannot read {where}: {reason}", file=sys.stderr)
            failures += 1
    return claims, failures


def _write(args: argparse.Namespace, claims: list[Claim], out: IO[str]) -> None:
    from nkclaims.ledger import ledger
    from nkclaims.ledger.render import ledger_html, write_ledger_csv

    result = ledger(claims, window_days=args.window_days)
    if args.format == "table":
        out.write(result.table() + "\n")
    elif args.format == "csv":
        write_ledger_csv(result, out)
    else:
        plots = args.plots
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            print(
                "nkclaims: no plots: matplotlib is not installed (nkclaims[plot])", file=sys.stderr
            )
            plots = None
        out.write(ledger_html(result, plots=plots, title="nkclaims ledger"))


def cmd_ledger(args: argparse.Namespace) -> int:
    if args.window_days < 0:
        raise UsageError(f"--window-days must not be negative, got {args.window_days}")
    claims, failures = _claims(args)
    if args.out:
        output = AtomicOutput(args.out, newline="" if args.format == "csv" else None)
        try:
            _write(args, claims, output.file)
        except BaseException:
            output.discard()
            raise
        output.commit()
    else:
        _write(args, claims, sys.stdout)
    return 1 if failures else 0
