"""Score the ledger against the expected groups written by hand.

``python scripts/ledger_score.py [ROOT]`` reads ``data/dev/ledger_groups.jsonl`` and scores
two ledgers over the five articles and the development corpus's tune half (the test half is
never read): one built from the gold claims (the grouping alone), one from the claims
``nkclaims.extract`` finds in the raw texts (the whole pipeline). It prints pairwise
precision/recall of "same group" and how many expected groups get their status.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nkclaims import extract, ledger
from nkclaims.ledger.scoring import (
    claims_from_gold,
    match_extracted,
    read_expected,
    score_ledger,
    scored_documents,
)


def main(root: Path) -> int:
    expected = read_expected(root / "data" / "dev" / "ledger_groups.jsonl")
    docs = scored_documents(root)
    gold = [c for d in docs for c in claims_from_gold(d.gold, d.raw, d.published)]
    print("gold claims:     ", score_ledger(ledger(gold), expected).line())
    extracted = []
    for d in docs:
        with open(d.raw, encoding="utf-8", newline="") as fh:
            text = fh.read()
        extracted.extend(extract(text, doc_id=d.doc_id, published=d.published))
    names = match_extracted(extracted, gold)
    print("extracted claims:", score_ledger(ledger(extracted), expected, names=names).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")))
