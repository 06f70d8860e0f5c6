"""Agreement between two independent labellings of the same development documents.

``python scripts/agreement.py [data/dev]`` reads every second labelling in
``data/dev/second/<id>.jsonl``, finds the first labelling of the same document in
``data/dev/{tune,test}/gold``, and scores one against the other with the evaluator's own
matching and field checks (the first labelling plays gold, the second plays prediction).
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
    for second in sorted((dev / "second").glob("*.jsonl")):
        for half in ("tune", "test"):
            first = dev / half / "gold" / second.name
            if first.exists():
                text = read_raw(dev / half / "raw" / f"{second.stem}.txt")
                out.append((second.stem, text, read_gold(first), read_gold(second)))
                break
        else:
            raise FileNotFoundError(f"{second} has no first labelling in {dev}/tune or test")
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
        print(f"no second labellings in {dev}/second")
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
