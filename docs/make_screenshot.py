"""Render the HTML report for two real articles and screenshot it with headless Chromium.

    .venv/bin/python docs/make_screenshot.py            # writes /tmp/report.html, docs/report.png
    .venv/bin/python docs/make_screenshot.py --no-shot  # only the HTML

The claims are built by hand from the articles (labelled as ``CLAIMS.md`` says), not by
the extractor, so the picture does not change when the pipeline does; swap `documents()`
for ``extract()`` output to show the real thing. Chromium comes from the system's packages
(``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from nkclaims.models import Claim, Qualifier
from nkclaims.report import write_report_html

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
DOCS = (("000_72dce47520b3db1e", "000"), ("003_4562ce3b92ba1bea", "003"))
_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“\"$])")

A = Qualifier.APPROXIMATELY

# (document, marked context "... [[figure]] ...", labels) - CLAIMS.md sections 3-6.
CLAIMS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "000": [
        (
            "[[$200m a year]], 700,000",
            dict(value=2e8, unit="USD", per="year", actor="North Korea"),
        ),
        (
            "a year, [[700,000 tons]] of rice",
            dict(value=7e5, unit="ton", item="rice", actor="Russia"),
        ),
        (
            "dispatched [[thousands]] of soldiers",
            dict(
                low=1000,
                high=9999,
                qualifier=Qualifier.VAGUE,
                unit="count",
                item="soldiers",
                actor="North Korea",
                source="South Korean intelligence and military officials",
                hedged=True,
                hedge_cue="is believed to",
            ),
        ),
        (
            "with [[thousands]] more anticipated",
            dict(
                low=1000,
                high=9999,
                qualifier=Qualifier.VAGUE,
                unit="count",
                item="soldiers",
                actor="North Korea",
                source="South Korean intelligence and military officials",
                hedged=True,
                hedge_cue="anticipated",
            ),
        ),
        (
            "a monthly wage of [[around $2,000]].",
            dict(
                value=2000,
                qualifier=A,
                unit="USD",
                per="month",
                item="monthly wage",
                actor="North Korea",
                source="National Intelligence Service",
            ),
        ),
        (
            "[[At least 10,000]] North Korean soldiers",
            dict(
                value=10000,
                qualifier=Qualifier.AT_LEAST,
                unit="count",
                item="North Korean soldiers",
                actor="North Korea",
                source="Wi Sung-lac",
                hedged=True,
                hedge_cue="are believed to",
            ),
        ),
        (
            "revenue of [[well over $200 million]]",
            dict(
                value=2e8,
                qualifier=Qualifier.MORE_THAN,
                unit="USD",
                per="year",
                item="yearly revenue",
                actor="North Korea",
                source="Wi Sung-lac",
            ),
        ),
        (
            "[[about 4,000]] North Korean workers",
            dict(
                value=4000,
                qualifier=A,
                unit="count",
                item="North Korean workers",
                actor="North Korea",
                source="National Intelligence Service",
            ),
        ),
    ],
    "003": [
        (
            "a donation of [[over 70]] animals",
            dict(
                value=70,
                qualifier=Qualifier.MORE_THAN,
                unit="count",
                item="animals",
                actor="Russia",
                hedged=True,
                hedge_cue="Reports indicate",
            ),
        ),
        (
            "[[approximately 11,000]] North Korean troops",
            dict(
                value=11000,
                qualifier=A,
                unit="count",
                item="North Korean troops",
                actor="North Korea",
                source="National Intelligence Service",
            ),
        ),
        (
            "receive [[between $320 million and $1.3 billion annually]] from",
            dict(
                low=3.2e8,
                high=1.3e9,
                qualifier=Qualifier.RANGE,
                unit="USD",
                per="year",
                actor="North Korea",
                source="Lim Soo-ho",
                hedged=True,
                hedge_cue="could",
            ),
        ),
    ],
}


def sentences(text: str) -> list[tuple[int, int]]:
    """A naive sentence split (lines, then sentence ends), good enough for a picture."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        cursor = 0
        for match in [*_SENTENCE_END.finditer(line), None]:
            stop = len(line) if match is None else match.start()
            piece = line[cursor:stop]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((offset + cursor + lead, offset + cursor + len(piece.rstrip())))
            if match is not None:
                cursor = match.end()
        offset += len(line) + 1
    return spans


def build(doc_id: str, text: str) -> list[Claim]:
    spans = sentences(text)
    claims = []
    for mark, labels in CLAIMS[doc_id]:
        left, rest = mark.split("[[")
        figure, right = rest.split("]]")
        at = text.find(left + figure + right)
        if at < 0 or text.find(left + figure + right, at + 1) >= 0:
            raise SystemExit(f"{doc_id}: mark not found once: {mark!r}")
        start = at + len(left)
        end = start + len(figure)
        index = next(i for i, (s, e) in enumerate(spans) if s <= start and end <= e)
        fields: dict[str, Any] = {"qualifier": Qualifier.EXACT, **labels}
        claims.append(
            Claim(
                doc_id=doc_id,
                text=figure,
                start=start,
                end=end,
                sentence_index=index,
                sentence=text[spans[index][0] : spans[index][1]],
                **fields,
            )
        )
    return claims


def documents() -> list[tuple[str | None, str | None, list[Claim]]]:
    out: list[tuple[str | None, str | None, list[Claim]]] = []
    for stem, short in DOCS:
        with open(RAW / f"{stem}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        out.append(
            (stem, text, [c.model_copy(update={"doc_id": stem}) for c in build(short, text)])
        )
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
    parser.add_argument("--size", default="1280,1800", help="browser window WIDTH,HEIGHT")
    parser.add_argument("--no-shot", action="store_true", help="write the HTML only")
    args = parser.parse_args(argv)
    write_report_html(documents(), args.html, title="nkclaims report: two articles")
    print(f"wrote {args.html}")
    if not args.no_shot:
        screenshot(args.html, args.png, args.size)
        print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
