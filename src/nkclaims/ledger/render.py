"""Views of a ledger: a text table, a CSV file, a pandas frame and an HTML page.

The table and the HTML page have one entry per group; the CSV file and the frame one row per
member claim with its group's fields, so that they can be filtered and pivoted. Every piece of
text in the HTML goes through `html.escape`.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, Literal

from nkclaims.ledger.reading import claim_date, midpoint, source_label

if TYPE_CHECKING:
    import pandas as pd

    from nkclaims.ledger.models import Group, Ledger

ImageFormat = Literal["png", "svg"]

FRAME_COLUMNS = (
    "group",
    "status",
    "event",
    "actor",
    "item_head",
    "unit",
    "per",
    "source",
    "date",
    "doc_id",
    "start",
    "end",
    "text",
    "value",
    "low",
    "high",
    "qualifier",
    "item",
    "mention_of",
    "note",
)

TABLE_COLUMNS = ("#", "status", "event", "actor", "item", "unit", "n", "figures", "sources", "note")
_WIDTHS = {
    "#": 3,
    "status": 8,
    "event": 10,
    "actor": 12,
    "item": 12,
    "unit": 12,
    "n": 3,
    "figures": 28,
    "sources": 40,
    "note": 90,
}


def _rows(ledger: Ledger) -> Iterator[dict[str, Any]]:
    for group in ledger.groups:
        for c in group.claims:
            day = claim_date(c)
            yield {
                "group": group.id,
                "status": group.status,
                "event": c.event,
                "actor": group.actor,
                "item_head": group.item,
                "unit": group.unit,
                "per": group.per,
                "source": c.source,
                "date": day.isoformat() if day else None,
                "doc_id": c.doc_id,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "value": c.value,
                "low": c.low,
                "high": c.high,
                "qualifier": c.qualifier.value,
                "item": c.item,
                "mention_of": c.mention_of,
                "note": group.note,
            }


def ledger_frame(ledger: Ledger) -> pd.DataFrame:
    import pandas as pd

    frame: pd.DataFrame = pd.DataFrame(list(_rows(ledger)), columns=list(FRAME_COLUMNS))
    return frame


def write_ledger_csv(ledger: Ledger, fp: IO[str]) -> int:
    """Write one row per member claim (with a header); returns the number of rows."""
    writer = csv.writer(fp, lineterminator="\n")
    writer.writerow(FRAME_COLUMNS)
    n = 0
    for row in _rows(ledger):
        writer.writerow(["" if row[k] is None else row[k] for k in FRAME_COLUMNS])
        n += 1
    return n


def _unit(group: Group) -> str:
    return f"{group.unit}/{group.per}" if group.per else group.unit


def figures(group: Group) -> str:
    """The group's lowest and highest estimates as written (``about 3,000 … 12,000``)."""
    estimates = group.estimates or group.claims
    low = min(estimates, key=midpoint)
    high = max(estimates, key=midpoint)
    return low.text if midpoint(low) == midpoint(high) else f"{low.text} … {high.text}"


def _cell(value: str, width: int) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "…"


def group_row(group: Group) -> tuple[str, ...]:
    return (
        str(group.id),
        group.status,
        group.event or "",
        group.actor or "",
        group.item or "",
        _unit(group),
        str(len(group.estimates)),
        figures(group),
        "; ".join(group.sources),
        group.note or "",
    )


def ledger_table(ledger: Ledger) -> str:
    rows = [group_row(g) for g in ledger.groups]
    widths = [
        min(_WIDTHS[name], max([len(name)] + [len(r[k]) for r in rows]))
        for k, name in enumerate(TABLE_COLUMNS)
    ]
    lines = ["  ".join(n.ljust(w) for n, w in zip(TABLE_COLUMNS, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        cells = (_cell(v, w).ljust(w) for v, w in zip(r, widths, strict=True))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


_CSS = """
.nkl{font-family:system-ui,sans-serif;font-size:14px;color:#222}
.nkl section{border-top:1px solid #ccc;padding:8px 0}
.nkl h3{margin:4px 0;font-size:15px}
.nkl table{border-collapse:collapse;margin:4px 0}
.nkl td,.nkl th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
.nkl .st{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px}
.nkl .agree{background:#2e7d32}.nkl .disagree{background:#c62828}
.nkl .revise{background:#ef6c00}.nkl .single{background:#757575}
.nkl .rep{color:#888}.nkl img,.nkl svg{max-width:640px;height:auto}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def group_html(group: Group, image: str | None = None) -> str:
    """One group as an HTML section; ``image`` is markup of its plot (an ``<img>`` or SVG)."""
    what = ", ".join(
        _e(v) for v in (group.event or "no event", group.actor or "no actor", _unit(group))
    )
    parts = [
        f'<section id="nkl-g{group.id}"><h3>#{group.id} {_e(group.item or "(no item)")} '
        f'<small>({what})</small> <span class="st {_e(group.status)}">{_e(group.status)}</span>'
        "</h3>"
    ]
    if group.note:
        parts.append(f"<p>{_e(group.note)}</p>")
    parts.append(
        "<table><tr><th>date</th><th>source</th><th>figure</th><th>document</th>"
        "<th>sentence</th></tr>"
    )
    for c in group.claims:
        day = claim_date(c)
        css = ' class="rep"' if c.mention_of is not None else ""
        parts.append(
            f"<tr{css}><td>{_e(day.isoformat() if day else '')}</td><td>{_e(source_label(c))}"
            f"</td><td>{_e(c.text)}</td><td>{_e(c.doc_id)}</td><td>{_e(c.sentence)}</td></tr>"
        )
    parts.append("</table>")
    if image:
        parts.append(image)
    parts.append("</section>")
    return "".join(parts)


def ledger_html(
    ledger: Ledger, *, plots: ImageFormat | None = None, title: str | None = None
) -> str:
    """An HTML fragment (``title`` None) or a whole page, with each group's plot inlined when
    ``plots`` names an image format (needs matplotlib: ``pip install nkclaims[plot]``)."""
    sections: list[str] = []
    for group in ledger.groups:
        image = None
        if plots is not None:
            from nkclaims.ledger.plot import inline_plot

            image = inline_plot(group, plots)
        sections.append(group_html(group, image))
    counts: dict[str, int] = {}
    for group in ledger.groups:
        counts[group.status] = counts.get(group.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    body = (
        f'<div class="nkl"><style>{_CSS}</style><p>{len(ledger.groups)} groups'
        f"{': ' + _e(summary) if summary else ''}</p>{''.join(sections)}</div>"
    )
    if title is None:
        return body
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
        f"</head><body><h1>{_e(title)}</h1>{body}</body></html>\n"
    )
