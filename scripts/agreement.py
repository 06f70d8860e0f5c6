"""Agreement between two independent labellings of the same development documents.

``python scripts/agreement.py [data/dev]`` reads the two independent labellings of each
twice-labelled document, ``data/dev/agreement/first/<id>.jsonl`` (its writer's) and
``data/dev/agreement/second/<id>.jsonl`` (another writer's, made from the raw text alone),
both as they stood before the labels were harmonised, and scores one against the other
with the evaluator's own matching and field checks (the first plays gold, the second
plays prediction). The raw text comes from ``data/dev/{tune,test}/raw``.
It prints a Markdown table: span agreement as F1, then per-field agreement on the matched
pairs, overall and per document. That is the ceiling any extractor can be measured against.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nkclaims.evaluate import GoldClaim, Report, evaluate, read_gold, read_raw

FIELDS = ("exact_span", "number", "qualifier", "unit", "per", "item", "actor", "source", "hedged")


def pairs(dev: Path) -> list[tuple[str, str, list[GoldClaim], list[GoldClaim]]]:
    out = []
    for second in sorted((dev / "agreement" / "second").glob("*.jsonl")):
        first = dev / "agreement" / "first" / second.name
        raws = [dev / half / "raw" / f"{second.stem}.txt" for half in ("tune", "test")]
        raw = next((r for r in raws if r.exists()), None)
        if raw is None or not first.exists():
            raise FileNotFoundError(f"{second}: no first labelling or raw text in {dev}")
        out.append((second.stem, read_raw(raw), read_gold(first), read_gold(second)))
    return out


def score(docs: Sequence[tuple[str, str, list[GoldClaim], list[GoldClaim]]]) -> Report:
    # GoldClaim carries every field the checks read, so a labelling can play prediction.
    items: Any = docs
    return evaluate(items)


def row(name: str, r: Report) -> str:
    cells = [name, str(r.gold), str(r.predicted), f"{r.span_f1:.3f}"]
    cells += [f"{r.fields[f].accuracy:.3f}" for f in FIELDS]
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str]) -> int:
    dev = Path(argv[0]) if argv else Path("data/dev")
    docs = pairs(dev)
    if not docs:
        print(f"no second labellings in {dev}/agreement/second")
        return 1
    head = ["document", "first", "second", "span F1", *FIELDS]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    print(row(f"**all {len(docs)}**", score(docs)))
    for d in docs:
        print(row(d[0], score([d])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
