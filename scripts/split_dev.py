"""Split the development corpus into its two fixed halves, `tune` and `test`.

The corpus was written by outlet family: a (wire copy), b (Korean outlets), c (Ukrainian
and Russian outlets), d (think tanks and sanctions monitors), e (briefings and the
international press); a document's id starts with its family letter and its slot number
(``c07_tass``). The split is stratified by family so both halves have the same spread:
within each family a shuffle seeded by the family letter orders the 13 slots, and the
first four go to `test`. The slots were drawn before any document was written, so the
split cannot depend on the text.

``python scripts/split_dev.py SLOTS`` prints the test slots of each family;
``python scripts/split_dev.py MOVE POOL_DIR data/dev`` moves ``POOL_DIR/{raw,gold}/<id>.*``
into ``data/dev/{tune,test}/{raw,gold}/``.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

FAMILIES = "abcde"
SLOTS = 13
TEST_PER_FAMILY = 4
SEED = "nkclaims-dev-split-1"


def test_slots(family: str) -> set[int]:
    """The slot numbers of ``family`` that belong to the test half."""
    order = list(range(1, SLOTS + 1))
    random.Random(f"{SEED}-{family}").shuffle(order)
    return set(order[:TEST_PER_FAMILY])


def half_of(doc_id: str) -> str:
    """`tune` or `test` for a document id like ``c07_tass``."""
    family, slot = doc_id[0], int(doc_id[1:3])
    if family not in FAMILIES or not 1 <= slot <= SLOTS:
        raise ValueError(f"not a development-corpus id: {doc_id!r}")
    return "test" if slot in test_slots(family) else "tune"


def move(pool: Path, dest: Path) -> None:
    for raw in sorted((pool / "raw").glob("*.txt")):
        gold = pool / "gold" / f"{raw.stem}.jsonl"
        if not gold.exists():
            print(f"skip {raw.stem}: no gold file")
            continue
        half = half_of(raw.stem)
        for src, sub in ((raw, "raw"), (gold, "gold")):
            target = dest / half / sub / src.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
        print(f"{raw.stem} -> {half}")


def main(argv: list[str]) -> int:
    if argv == ["SLOTS"]:
        for f in FAMILIES:
            print(f, sorted(test_slots(f)))
        return 0
    if len(argv) == 3 and argv[0] == "MOVE":
        move(Path(argv[1]), Path(argv[2]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
