"""How close a ledger comes to groups written by hand: pairwise precision and recall of
"same group", and the status of each expected group.

Expected groups are JSON lines ``{"id", "event", "actor", "unit", "item_head", "members":
[[doc_id, start, end], ...], "status"}`` (``data/dev/ledger_groups.jsonl``), listing only
groups of two or more claims: a claim in no expected group is expected alone. Over a set of
claims (each named by ``(doc_id, start, end)``), a *pair* is two claims in one group;
precision is the share of the ledger's pairs that are expected, recall the share of expected
pairs the ledger makes. A member of an expected group that is not among the claims scored
(a document left out, a figure the extractor missed) is left out of both.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nkclaims.ledger.models import Ledger
from nkclaims.models import Claim

Member = tuple[str, int, int]


@dataclass(frozen=True)
class ExpectedGroup:
    id: str
    status: str | None
    members: tuple[Member, ...]
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class LedgerScore:
    """Pairwise agreement of a ledger with expected groups, and status agreement."""

    expected_pairs: int
    predicted_pairs: int
    common_pairs: int
    groups: int  # expected groups with two or more members among the claims scored
    status_right: int

    @property
    def precision(self) -> float:
        return self.common_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.common_pairs / self.expected_pairs if self.expected_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.groups if self.groups else 1.0

    def line(self) -> str:
        return (
            f"pairwise P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
            f"({self.common_pairs}/{self.predicted_pairs} predicted, "
            f"{self.common_pairs}/{self.expected_pairs} expected pairs); "
            f"status {self.status_right}/{self.groups}"
        )


def read_expected(path: str | Path) -> list[ExpectedGroup]:
    """The expected groups of a JSON-lines file (blank lines skipped)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            try:
                members = tuple((str(d), int(s), int(e)) for d, s, e in row["members"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}, line {number}: bad members: {exc}") from None
            fields = {k: v for k, v in row.items() if k not in ("members",)}
            out.append(
                ExpectedGroup(str(row.get("id", number)), row.get("status"), members, fields)
            )
    return out


def _pairs(groups: Iterable[Sequence[Member]]) -> set[tuple[Member, Member]]:
    pairs: set[tuple[Member, Member]] = set()
    for members in groups:
        for a, b in itertools.combinations(sorted(set(members)), 2):
            pairs.add((a, b))
    return pairs


def score_ledger(
    result: Ledger,
    expected: Sequence[ExpectedGroup],
    *,
    names: Mapping[Member, Member] | None = None,
) -> LedgerScore:
    """Score ``result`` against ``expected`` over the claims ``result`` holds.

    A claim is named by ``(doc_id, start, end)``; ``names`` renames claims first (an
    extracted claim to the gold claim it matches); a claim whose name is not in ``names``,
    when given, is left out."""
    predicted: list[list[Member]] = []
    group_of: dict[Member, int] = {}
    for group in result.groups:
        names_here = []
        for c in group.claims:
            own: Member = (c.doc_id or "", c.start, c.end)
            name = own if names is None else names.get(own)
            if name is not None:
                names_here.append(name)
                group_of[name] = group.id
        predicted.append(names_here)
    scored = set(group_of)
    kept = [[m for m in g.members if m in scored] for g in expected]
    expected_pairs = _pairs(kept)
    predicted_pairs = _pairs(predicted)
    statuses = {g.id: g.status for g in result.groups}
    right = total = 0
    for wanted, members in zip(expected, kept, strict=True):
        if len(members) < 2:
            continue
        total += 1
        best, _ = Counter(group_of[m] for m in members).most_common(1)[0]
        right += statuses[best] == wanted.status
    return LedgerScore(
        expected_pairs=len(expected_pairs),
        predicted_pairs=len(predicted_pairs),
        common_pairs=len(expected_pairs & predicted_pairs),
        groups=total,
        status_right=right,
    )


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def manifest_dates(path: str | Path) -> dict[str, dt.date]:
    """``id -> date`` from a TSV with ``id`` and ``date`` columns (``data/dev/SOURCES.tsv``).

    A partial date stands for the middle of its period (``2025-04`` -> 2025-04-15, ``2015``
    -> 2015-07-01); ``unknown`` or an unreadable cell leaves the document out."""
    out: dict[str, dt.date] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            m = _PARTIAL.match((row.get("date") or "").strip())
            if not m:
                continue
            year, month, day = m.group(1), m.group(2), m.group(3)
            try:
                out[row["id"]] = dt.date(
                    int(year), int(month or 7), int(day or (15 if month else 1))
                )
            except ValueError:
                continue
    return out


_GOLD_FIELDS = frozenset(Claim.model_fields) - {"doc_id", "sentence_index", "sentence"}


def claims_from_gold(
    gold: str | Path, raw: str | Path, published: dt.date | None = None
) -> list[Claim]:
    """A gold file's lines as `Claim` records of its document (doc_id = the file stem), in
    text order, with ``published`` (else the raw text's dateline) as their publication date.

    The sentence fields are left empty: the ledger does not read them."""
    from nkclaims.dates import find_dateline

    with open(raw, encoding="utf-8", newline="") as fh:
        text = fh.read()
    day = published or find_dateline(text)
    out = []
    with open(gold, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = {k: v for k, v in json.loads(line).items() if k in _GOLD_FIELDS}
            row.setdefault("published", day)
            out.append(Claim(doc_id=Path(gold).stem, sentence_index=0, sentence="", **row))
    out.sort(key=lambda c: (c.start, c.end))
    return out


@dataclass(frozen=True)
class Document:
    doc_id: str
    gold: Path
    raw: Path
    published: dt.date | None  # from the manifest; None: the dateline decides


def scored_documents(root: str | Path) -> list[Document]:
    """The documents whose gold may be read while developing: the five articles
    (``data/gold``, ``data/raw``) and the development corpus's tune half, with publication
    dates from ``data/dev/SOURCES.tsv``. The test half is never listed (it is only scored by
    ``nkclaims eval``)."""
    base = Path(root)
    dates = manifest_dates(base / "data" / "dev" / "SOURCES.tsv")
    out = []
    for gold_dir, raw_dir in (
        (base / "data" / "gold", base / "data" / "raw"),
        (base / "data" / "dev" / "tune" / "gold", base / "data" / "dev" / "tune" / "raw"),
    ):
        for gold in sorted(gold_dir.glob("*.jsonl")):
            raw = raw_dir / f"{gold.stem}.txt"
            if raw.exists():
                out.append(Document(gold.stem, gold, raw, dates.get(gold.stem)))
    return out


def match_extracted(extracted: Iterable[Claim], gold: Iterable[Claim]) -> dict[Member, Member]:
    """Each extracted claim's name -> the gold claim of its document with the same span, else
    the one its span overlaps most (an extracted claim that overlaps none is left out)."""
    by_doc: dict[str, list[Claim]] = {}
    for g in gold:
        by_doc.setdefault(g.doc_id or "", []).append(g)
    out: dict[Member, Member] = {}
    taken: set[Member] = set()
    for c in extracted:
        best: Claim | None = None
        best_overlap = 0
        for g in by_doc.get(c.doc_id or "", ()):
            overlap = min(c.end, g.end) - max(c.start, g.start)
            if (g.start, g.end) == (c.start, c.end):
                best, best_overlap = g, overlap + 10**9
                break
            if overlap > best_overlap:
                best, best_overlap = g, overlap
        if best is not None:
            name: Member = (best.doc_id or "", best.start, best.end)
            if name not in taken:
                taken.add(name)
                out[(c.doc_id or "", c.start, c.end)] = name
    return out
