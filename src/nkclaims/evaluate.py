"""Scoring predicted claims against the hand-labelled gold set (``data/gold``).

Matching is by span overlap, one to one, largest overlap first. On the matched
pairs each field is scored: the number (``value``, or ``low`` and ``high``, within
0.5%), ``qualifier``, ``unit``, ``per``, ``item`` (the gold item's head noun appears
in the predicted item; a gold ``null`` wants a predicted ``null``), ``actor``,
``source``, ``hedged`` and, for gold files that carry them, ``date_start``/``date_end`` (a gold
``null`` wants a predicted ``null``: an unresolvable period must not be guessed). ``event``
and ``counterparty`` are scored on each gold claim whose line carries the key (``null``
wants ``null``); a line without the key is not scored on it. They are not part of
*complete*.
A gold claim is *completely* found when its span matches exactly and its number,
unit, actor and source are all right; complete precision, recall and F1 count those.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from nkclaims.items import head_noun
from nkclaims.models import Claim, Event, Qualifier

FIELDS: tuple[str, ...] = (
    "number",
    "qualifier",
    "unit",
    "per",
    "item",
    "actor",
    "source",
    "hedged",
    "exact_span",
    "date",
    "event",
    "counterparty",
)

LABELLED_PER_CLAIM: tuple[str, ...] = ("event", "counterparty")
"""Fields scored only on the gold claims whose line carries the key."""


class GoldClaim(BaseModel):
    """One line of a gold file (CLAIMS.md section 7)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: str
    per: str | None
    item: str | None
    actor: str | None
    source: str | None
    hedged: bool
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    event: Event | None = None
    counterparty: str | None = None


class FieldScore(BaseModel):
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


class ErrorCase(BaseModel):
    """A miss, an extra, or a wrong field, with its context."""

    doc_id: str
    kind: str  # miss | extra | field
    field: str | None = None
    text: str
    gold: str | None = None
    predicted: str | None = None
    context: str


class Report(BaseModel):
    """Scores over a set of documents."""

    documents: int
    gold: int
    predicted: int
    matched: int
    complete: int
    fields: dict[str, FieldScore]
    errors: list[ErrorCase] = Field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def span_precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def span_recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def span_f1(self) -> float:
        return self._f1(self.span_precision, self.span_recall)

    @property
    def complete_precision(self) -> float:
        return self.complete / self.predicted if self.predicted else 1.0

    @property
    def complete_recall(self) -> float:
        return self.complete / self.gold if self.gold else 1.0

    @property
    def complete_f1(self) -> float:
        return self._f1(self.complete_precision, self.complete_recall)

    def metrics(self) -> dict[str, float]:
        """Every headline number, flat: span P/R/F1, complete P/R/F1, field accuracies."""
        out = {
            "span_precision": self.span_precision,
            "span_recall": self.span_recall,
            "span_f1": self.span_f1,
            "complete_precision": self.complete_precision,
            "complete_recall": self.complete_recall,
            "complete_f1": self.complete_f1,
        }
        for name, score in self.fields.items():
            if score.total or name not in LABELLED_PER_CLAIM:
                out[f"{name}_accuracy"] = score.accuracy
        return out

    def table(self) -> str:
        """The metrics as an aligned text table."""
        rows = [("metric", "value", "n")]
        rows.append(("documents", str(self.documents), ""))
        rows.append(("gold claims", str(self.gold), ""))
        rows.append(("predicted claims", str(self.predicted), ""))
        for name in (
            "span_precision",
            "span_recall",
            "span_f1",
            "complete_precision",
            "complete_recall",
            "complete_f1",
        ):
            rows.append((name, f"{getattr(self, name):.3f}", ""))
        for name, score in self.fields.items():
            shown = f"{score.accuracy:.3f}" if score.total else "n/a"
            rows.append((f"{name} accuracy", shown, f"{score.correct}/{score.total}"))
        w0 = max(len(r[0]) for r in rows)
        w1 = max(len(r[1]) for r in rows)
        return "\n".join(f"{a:<{w0}}  {b:>{w1}}  {c}".rstrip() for a, b, c in rows)


def read_gold(path: Path) -> list[GoldClaim]:
    """A gold file's claims, validated."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(GoldClaim.model_validate_json(line))
                except ValueError as exc:
                    raise ValueError(f"{path}:{n}: {exc}") from exc
    return out


def read_raw(path: Path) -> str:
    """An article as the gold offsets index it: UTF-8, no newline translation."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def match(gold: Sequence[GoldClaim | Claim], predicted: Sequence[Claim]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) by span overlap, largest first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((overlap, -abs(g.start - p.start), gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def number_ok(g: GoldClaim, p: Claim) -> bool:
    """Value, or low and high, within 0.5%."""
    if g.value is not None and not _close(g.value, p.value):
        return False
    if g.low is not None or g.high is not None:
        return _close(g.low, p.low) and _close(g.high, p.high)
    return g.value is not None or p.value is None


def _words(s: str) -> set[str]:
    out = set()
    for w in re.findall(r"[\w-]+", s.lower()):
        out.add(w)
        out.add(w[:-1] if w.endswith("s") else w + "s")
    return out


def item_ok(g: GoldClaim, p: Claim) -> bool:
    """The gold item's head noun appears in the predicted item; null wants null."""
    if g.item is None:
        return p.item is None
    if p.item is None:
        return False
    return head_noun(g.item) in _words(p.item)


_CHECKS: dict[str, Callable[[GoldClaim, Claim], bool]] = {
    "number": number_ok,
    "qualifier": lambda g, p: g.qualifier == p.qualifier,
    "unit": lambda g, p: g.unit == p.unit,
    "per": lambda g, p: g.per == p.per,
    "item": item_ok,
    "actor": lambda g, p: g.actor == p.actor,
    "source": lambda g, p: g.source == p.source,
    "hedged": lambda g, p: g.hedged == p.hedged,
    "exact_span": lambda g, p: (g.start, g.end) == (p.start, p.end),
    "date": lambda g, p: (g.date_start, g.date_end) == (p.date_start, p.date_end),
    "event": lambda g, p: g.event == p.event,
    "counterparty": lambda g, p: g.counterparty == p.counterparty,
}


def _shown(g: GoldClaim, p: Claim, name: str) -> tuple[str, str]:
    if name == "number":
        return (
            f"{g.value} [{g.low}, {g.high}]",
            f"{p.value} [{p.low}, {p.high}]",
        )
    if name == "exact_span":
        return repr(g.text), repr(p.text)
    if name == "date":
        return f"{g.date_start}..{g.date_end}", f"{p.date_start}..{p.date_end}"
    gv, pv = getattr(g, name), getattr(p, name)
    return str(gv.value if isinstance(gv, Qualifier) else gv), str(
        pv.value if isinstance(pv, Qualifier) else pv
    )


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def evaluate(
    documents: Iterable[tuple[str, str, Sequence[GoldClaim], Sequence[Claim]]],
) -> Report:
    """Score ``(doc_id, text, gold, predicted)`` tuples."""
    fields = {name: FieldScore(correct=0, total=0) for name in FIELDS}
    n_docs = n_gold = n_pred = n_match = n_complete = 0
    errors: list[ErrorCase] = []
    for doc_id, text, gold, predicted in documents:
        n_docs += 1
        # a document's dates are scored when any of its gold claims carries the date fields
        dated = any("date_start" in g.model_fields_set for g in gold)
        n_gold += len(gold)
        n_pred += len(predicted)
        pairs = match(gold, predicted)
        n_match += len(pairs)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            results = {}
            for name, check in _CHECKS.items():
                if name == "date" and not dated:
                    continue  # gold without date labels: dates not scored
                if name in LABELLED_PER_CLAIM and name not in g.model_fields_set:
                    continue  # this gold line does not label the field
                ok = check(g, p)
                results[name] = ok
                score = fields[name]
                fields[name] = FieldScore(correct=score.correct + ok, total=score.total + 1)
                if not ok:
                    gs, ps = _shown(g, p, name)
                    errors.append(
                        ErrorCase(
                            doc_id=doc_id,
                            kind="field",
                            field=name,
                            text=g.text,
                            gold=gs,
                            predicted=ps,
                            context=_context(text, g.start, g.end),
                        )
                    )
            if results["exact_span"] and all(
                results[k] for k in ("number", "unit", "actor", "source")
            ):
                n_complete += 1
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                errors.append(
                    ErrorCase(
                        doc_id=doc_id,
                        kind="miss",
                        text=g.text,
                        context=_context(text, g.start, g.end),
                    )
                )
        for pi, p in enumerate(predicted):
            if pi not in matched_p:
                errors.append(
                    ErrorCase(
                        doc_id=doc_id,
                        kind="extra",
                        text=p.text,
                        context=_context(text, p.start, p.end),
                    )
                )
    fields = {k: v for k, v in fields.items() if v.total or k != "date"}
    return Report(
        documents=n_docs,
        gold=n_gold,
        predicted=n_pred,
        matched=n_match,
        complete=n_complete,
        fields=fields,
        errors=errors,
    )


def evaluate_dirs(gold_dir: Path | str = "data/gold", raw_dir: Path | str = "data/raw") -> Report:
    """Run `nkclaims.extract` on every raw article that has a gold file, and score it."""
    from nkclaims.api import extract

    gold_dir, raw_dir = Path(gold_dir), Path(raw_dir)
    gold_files = sorted(gold_dir.glob("*.jsonl"))
    if not gold_files:
        raise FileNotFoundError(f"no gold files (*.jsonl) in {gold_dir}")

    def docs() -> Iterable[tuple[str, str, Sequence[GoldClaim], Sequence[Claim]]]:
        for gf in gold_files:
            raw_path = raw_dir / f"{gf.stem}.txt"
            if not raw_path.exists():
                raise FileNotFoundError(f"gold file {gf} has no article {raw_path}")
            text = read_raw(raw_path)
            yield gf.stem, text, read_gold(gf), extract(text, doc_id=gf.stem)

    return evaluate(docs())


def errors_table(report: Report) -> str:
    """Each miss, extra and wrong field, one per line, with context."""
    lines = []
    for e in report.errors:
        if e.kind == "field":
            lines.append(
                f"{e.doc_id}  {e.field:<12} gold={e.gold!s:<40} pred={e.predicted!s:<40} {e.context}"
            )
        else:
            lines.append(f"{e.doc_id}  {e.kind.upper():<10} {e.context}")
    return "\n".join(lines)


def gold_json_line(claim: GoldClaim) -> str:
    """One gold line, with exactly the keys the claim was read with (an absent optional key
    stays absent: it means "not labelled", not null)."""
    return json.dumps(claim.model_dump(mode="json", exclude_unset=True), ensure_ascii=False)
