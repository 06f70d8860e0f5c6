"""Compute gold offsets from marked context, so nobody counts characters by hand.

A draft line names its span by a snippet of the article with the span in double
brackets, unique in the document::

    {"mark": "a monthly wage of [[around $2,000]].", "value": 2000, ...}

``python scripts/gold_offsets.py build DRAFT.jsonl data/raw/DOC.txt OUT.jsonl``
locates every mark, checks that it occurs exactly once, and writes the gold
lines (``text``, ``start``, ``end`` and the labelled fields) in text order.

``python scripts/gold_offsets.py check data/gold/DOC.jsonl data/raw/DOC.txt``
verifies that every gold line's offsets reproduce its ``text``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIELDS = (
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "per",
    "item",
    "actor",
    "source",
    "hedged",
)
OPTIONAL = ("date_start", "date_end")


def read_raw(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def locate(raw: str, mark: str) -> tuple[int, int]:
    """Return (start, end) of the bracketed span of ``mark`` inside ``raw``."""
    if mark.count("[[") != 1 or mark.count("]]") != 1:
        raise ValueError(f"mark needs exactly one [[...]]: {mark!r}")
    left, rest = mark.split("[[", 1)
    span, right = rest.split("]]", 1)
    context = left + span + right
    first = raw.find(context)
    if first < 0:
        raise ValueError(f"mark not found in the article: {mark!r}")
    if raw.find(context, first + 1) >= 0:
        raise ValueError(f"mark occurs more than once, give more context: {mark!r}")
    start = first + len(left)
    return start, start + len(span)


def build(draft: Path, raw_path: Path, out: Path) -> int:
    raw = read_raw(raw_path)
    rows = []
    for n, line in enumerate(draft.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        start, end = locate(raw, rec.pop("mark"))
        rec.pop("note", None)
        rec.update(text=raw[start:end], start=start, end=end)
        missing = [f for f in FIELDS if f not in rec]
        if missing:
            raise ValueError(f"{draft}:{n} lacks fields {missing}")
        ordered = {f: rec[f] for f in FIELDS}
        ordered.update({f: rec[f] for f in OPTIONAL if f in rec})
        rows.append(ordered)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def check(gold: Path, raw_path: Path) -> int:
    raw = read_raw(raw_path)
    bad = 0
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        if raw[rec["start"] : rec["end"]] != rec["text"]:
            print(
                f"{gold}:{n}: offsets give {raw[rec['start'] : rec['end']]!r}, text is {rec['text']!r}"
            )
            bad += 1
    return bad


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "build":
        n = build(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        print(f"wrote {n} gold claims to {argv[3]}")
        return 0
    if len(argv) == 3 and argv[0] == "check":
        return 1 if check(Path(argv[1]), Path(argv[2])) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
