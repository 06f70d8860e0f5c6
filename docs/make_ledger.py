"""Make the README's ledger picture and table from the bundled data.

    python docs/make_ledger.py   # writes docs/ledger.png, prints the table for the README

The ledger is built from what ``nkclaims.extract`` finds in the five articles (``data/raw``)
and the development corpus's tune half (``data/dev/tune/raw``), with each document's
publication date from ``data/dev/SOURCES.tsv`` (a month or year alone stands for its middle),
else its dateline. The picture is the plot of the largest disagreeing group with three sources or more.
"""

from __future__ import annotations

from pathlib import Path

import nkclaims
from nkclaims.ledger.plot import save_plot
from nkclaims.ledger.scoring import manifest_dates
from nkclaims.models import Claim

ROOT = Path(__file__).resolve().parent.parent


def corpus_claims() -> list[Claim]:
    dates = manifest_dates(ROOT / "data" / "dev" / "SOURCES.tsv")
    claims: list[Claim] = []
    for folder in (ROOT / "data" / "raw", ROOT / "data" / "dev" / "tune" / "raw"):
        for path in sorted(folder.glob("*.txt")):
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
            claims.extend(nkclaims.extract(text, doc_id=path.stem, published=dates.get(path.stem)))
    return claims


def main() -> None:
    book = nkclaims.ledger(corpus_claims())
    shown = [g for g in book.groups if g.event is not None and len(g.estimates) > 1]
    pictured = next(g for g in shown if g.status == "disagree" and len(g.sources) >= 3)
    save_plot(pictured, ROOT / "docs" / "ledger.png")
    print(f"pictured: group {pictured.id}")
    print(nkclaims.Ledger(groups=shown[:12]).table())


if __name__ == "__main__":
    main()
