"""Render the HTML report for two real articles and screenshot it with headless Chromium.

    python docs/make_screenshot.py            # writes /tmp/report.html and docs/report.png
    python docs/make_screenshot.py --no-shot  # only the HTML

The claims are the extractor's own output (``nkclaims.extract``), so the picture shows
what a user sees. Chromium comes from the system's packages (``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nkclaims
from nkclaims.models import Claim
from nkclaims.report import write_report_html

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
DOCS = ("000_72dce47520b3db1e", "003_4562ce3b92ba1bea")


def documents() -> list[tuple[str | None, str | None, list[Claim]]]:
    out: list[tuple[str | None, str | None, list[Claim]]] = []
    for stem in DOCS:
        with open(RAW / f"{stem}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        out.append((stem, text, list(nkclaims.extract(text, doc_id=stem))))
    return out


def screenshot(html: Path, png: Path, size: str) -> None:
    browser = next(
        (
            shutil.which(n)
            for n in ("chromium", "chromium-browser", "google-chrome")
            if shutil.which(n)
        ),
        None,
    )
    if browser is None:
        raise SystemExit("no Chromium found: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={size}",
                f"--screenshot={png}",
                html.resolve().as_uri(),
            ],
            check=True,
            timeout=120,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, default=Path("/tmp/report.html"))
    parser.add_argument("--png", type=Path, default=ROOT / "docs" / "report.png")
    parser.add_argument("--size", default="1700,1500", help="browser window WIDTH,HEIGHT")
    parser.add_argument("--no-shot", action="store_true", help="write the HTML only")
    args = parser.parse_args(argv)
    write_report_html(documents(), args.html)
    print(f"wrote {args.html}")
    if not args.no_shot:
        screenshot(args.html, args.png, args.size)
        print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
