"""Print the README's quality table: every gold set's scores side by side, in Markdown.

``python scripts/quality_table.py`` scores the five articles (data/gold), the development
corpus's tune half, its never-read test half and the fresh sets with `nkclaims.evaluate_dirs`.
"""

from __future__ import annotations

import sys

from nkclaims.evaluate import evaluate_dirs

SETS = (
    ("five articles", "data/gold", "data/raw"),
    ("dev tune", "data/dev/tune/gold", "data/dev/tune/raw"),
    ("dev test", "data/dev/test/gold", "data/dev/test/raw"),
    ("dev fresh", "data/dev/fresh/gold", "data/dev/fresh/raw"),
    ("dev fresh2", "data/dev/fresh2/gold", "data/dev/fresh2/raw"),
)
ROWS = (
    ("documents / gold claims", None),
    ("span F1", "span_f1"),
    ("complete F1 (exact span, number, unit, actor, source)", "complete_f1"),
    ("number (within 0.5%)", "number_accuracy"),
    ("qualifier", "qualifier_accuracy"),
    ("unit", "unit_accuracy"),
    ("per", "per_accuracy"),
    ("item (gold head noun in the predicted item)", "item_accuracy"),
    ("actor", "actor_accuracy"),
    ("source", "source_accuracy"),
    ("hedged", "hedged_accuracy"),
    ("exact span", "exact_span_accuracy"),
    ("event", "event_accuracy"),
    ("counterparty", "counterparty_accuracy"),
)


def main() -> int:
    reports = [evaluate_dirs(gold, raw) for _, gold, raw in SETS]
    print("| metric | " + " | ".join(name for name, _, _ in SETS) + " |")
    print("|---|" + "---|" * len(SETS))
    for label, key in ROWS:
        if key is None:
            cells = [f"{r.documents} / {r.gold}" for r in reports]
        else:
            cells = [f"{r.metrics()[key]:.3f}" for r in reports]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
