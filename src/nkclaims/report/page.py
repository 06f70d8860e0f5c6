"""The HTML views of claims: a document with its figures highlighted, a table, a page.

- `render_document_html` - one document as an HTML fragment (with its own scoped
  ``<style>`` and table script), what `Claims._repr_html_` shows in a notebook;
- `render_claims_html` - claims without their text, their sentences highlighted;
- `render_report_html` - one self-contained page for one or many documents (inline CSS
  and script from `nkclaims.report.assets`, no external assets), what
  ``nkclaims extract --format html`` writes;
- `write_report_html` - the same, written to a file.

Every piece of text (article, figures, fields, ids, title) goes through `html.escape`,
so an article containing ``<``, ``&`` or quotes can never inject markup.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from typing import Literal

from nkclaims.models import Claim
from nkclaims.report.assets import PAGE_CSS, REPORT_CSS, TABLE_SCRIPT
from nkclaims.report.formatting import DASH as _DASH
from nkclaims.report.formatting import esc as _esc
from nkclaims.report.formatting import format_amount
from nkclaims.report.marks import document_body, number_claims, sentences_body

Context = Literal["auto", "document", "sentences"]


def _cell(value: str | None, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    if value is None or value == "":
        return f'<td{attr}><span class="nkc-none">{_DASH}</span></td>'
    return f"<td{attr}>{_esc(value)}</td>"


_COLUMNS = (
    "#", "text", "value", "qualifier", "unit", "per", "item", "event", "actor",
    "counterparty", "source", "source cue", "hedged", "hedge cue", "date",
)  # fmt: skip

_TABLE_HEAD = (
    '<thead><tr class="nkc-sorts">'
    + "".join(f'<th title="sort by {name}">{name}</th>' for name in _COLUMNS)
    + '</tr><tr class="nkc-filters">'
    + "".join(
        f'<td><input class="nkc-filter" type="search" aria-label="filter by {name}"></td>'
        for name in _COLUMNS
    )
    + "</tr></thead>"
)


def _date_cell(claim: Claim) -> str:
    start, end = claim.date_start, claim.date_end
    if start is None and end is None:
        return _cell(None, "nkc-date")
    shown = [d.isoformat() for d in (start, end) if d is not None]
    text = shown[0] if len(set(shown)) == 1 else f"{shown[0]}\u2009\u2013\u2009{shown[1]}"
    title = f' title="{_esc(claim.date_text)}"' if claim.date_text else ""
    return f'<td class="nkc-date" data-sort="{shown[0]}"{title}>{_esc(text)}</td>'


def _sort_value(claim: Claim) -> str:
    number = next((v for v in (claim.value, claim.low, claim.high) if v is not None), None)
    return "" if number is None else repr(float(number))


def _table(numbered: Sequence[tuple[int, Claim]], prefix: str, missing: set[int]) -> str:
    rows: list[str] = []
    for number, claim in numbered:
        if number in missing:
            row_attr = ' class="nkc-unlocated" title="its offsets and text are not in the text"'
            anchor = _esc(str(number))
        else:
            row_attr = ""
            anchor = f'<a href="#{prefix}-f{number}">{number}</a>'
        rows.append(
            f'<tr id="{prefix}-r{number}"{row_attr}>'
            f'<td class="nkc-num">{anchor}</td>'
            + _cell(claim.text, "nkc-fig")
            + _cell(format_amount(claim), "nkc-num").replace(
                "<td", f'<td data-sort="{_sort_value(claim)}"', 1
            )
            + _cell(claim.qualifier.value)
            + _cell(claim.unit)
            + _cell(claim.per)
            + _cell(claim.item)
            + _cell(claim.event)
            + _cell(claim.actor)
            + _cell(claim.counterparty)
            + _cell(claim.source)
            + _cell(claim.source_cue, "nkc-cue")
            + f"<td>{'yes' if claim.hedged else 'no'}</td>"
            + _cell(claim.hedge_cue, "nkc-cue")
            + _date_cell(claim)
            + "</tr>"
        )
    return f'<table class="nkc-table">{_TABLE_HEAD}<tbody>{"".join(rows)}</tbody></table>'


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _meta(claims: Sequence[Claim]) -> str:
    hedged = sum(1 for c in claims if c.hedged)
    sourced = sum(1 for c in claims if c.source)
    return (
        f'<p class="nkc-meta">{_plural(len(claims), "figure")} · {hedged} hedged · '
        f"{sourced} with a source · "
        '<span class="nkc-legend"><mark>figure</mark> '
        '<mark class="nkc-hedged">hedged</mark></span> · '
        "hover a figure for value · unit · item · actor · source</p>"
    )


def _default_prefix(doc_id: str | None, text: str | None, claims: Sequence[Claim]) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update((doc_id or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update((text or "").encode("utf-8", "surrogatepass"))
    digest.update(str(len(claims)).encode())
    return "nkc-" + digest.hexdigest()[:10]


def _document_section(
    text: str | None,
    claims: Sequence[Claim],
    doc_id: str | None,
    *,
    prefix: str,
    context: Context = "auto",
    scroll: bool = False,
    note: str | None = None,
) -> str:
    if context == "auto":
        context = "sentences" if text is None else "document"
    if context == "document" and text is None:
        raise ValueError("context='document' needs the document's text")
    numbered = number_claims(claims)
    if context == "document":
        assert text is not None
        body, missing = document_body(text, numbered, prefix)
    else:
        body, missing = sentences_body(text, numbered, prefix)
    heading = _esc(doc_id) if doc_id is not None else '<span class="nkc-none">(no id)</span>'
    text_class = "nkc-text nkc-scroll" if scroll else "nkc-text"
    parts = [
        f'<section class="nkc-doc" id="{prefix}">',
        f'<h2 class="nkc-doc-id">{heading}</h2>',
        _meta(claims),
    ]
    if note:
        parts.append(f'<p class="nkc-note">{_esc(note)}</p>')
    parts.append('<div class="nkc-body">')
    if body:
        parts.append(f'<div class="{text_class}">\n{body}\n</div>')
    if numbered:
        parts.append(f'<div class="nkc-side">{_table(numbered, prefix, missing)}</div>')
    else:
        parts.append('<p class="nkc-note">No figures in this document.</p>')
    parts.append("</div>")
    parts.append("</section>")
    return "\n".join(parts)


def render_document_html(
    text: str | None,
    claims: Sequence[Claim],
    doc_id: str | None = None,
    *,
    context: Context = "auto",
    anchor_prefix: str | None = None,
    include_style: bool = True,
    scroll: bool = False,
) -> str:
    """One document as an HTML fragment: its text with figures highlighted, then a table.

    Args:
        text: the document the claims' offsets index into; ``None`` shows only the
            sentences that hold figures (from ``claim.sentence``).
        claims: the document's claims, in any order; they are numbered in text order.
        doc_id: the heading of the section (``(no id)`` when ``None``).
        context: ``"document"`` shows every line of the text, ``"sentences"`` only the
            sentences with figures, ``"auto"`` the first when ``text`` is given.
        anchor_prefix: prefix of the element ids (links between badges and table rows);
            by default derived from the document, so two documents do not clash.
        include_style: prepend the scoped ``<style>`` and wrap in ``<div class="nkc">``.
        scroll: cap the height of the text box and let it scroll (for notebooks).

    Each figure is a ``<mark>`` around exactly its text, with a tooltip ``value · unit ·
    item · actor · source`` and a numbered badge that links to its table row.
    """
    prefix = anchor_prefix or _default_prefix(doc_id, text, claims)
    section = _document_section(text, claims, doc_id, prefix=prefix, context=context, scroll=scroll)
    if not include_style:
        return section
    return (
        f'<div class="nkc">\n<style>\n{REPORT_CSS}\n</style>\n{section}\n'
        f"<script>\n{TABLE_SCRIPT}\n</script>\n</div>"
    )


def render_claims_html(
    claims: Sequence[Claim],
    *,
    text: str | None = None,
    doc_id: str | None = None,
    max_claims: int | None = None,
) -> str:
    """The notebook view of a `Claims`: one section, or one per ``doc_id`` without text.

    With ``text`` the claims are one document shown whole; without it they are grouped
    by ``claim.doc_id`` (a corpus read back from a file) and each group shows its
    sentences. At most ``max_claims`` claims are shown, with a note saying so.
    """
    total = len(claims)
    shown = list(claims if max_claims is None else claims[:max_claims])
    note = None
    if max_claims is not None and total > max_claims:
        note = f"Showing the first {max_claims} of {total} claims; use .to_frame() for all."
    if text is not None:
        groups: list[tuple[str | None, list[Claim]]] = [(doc_id, shown)]
    else:
        by_id: dict[str | None, list[Claim]] = {}
        for claim in shown:
            by_id.setdefault(claim.doc_id, []).append(claim)
        groups = list(by_id.items()) or [(doc_id, [])]
        if len(groups) == 1:
            groups = [(doc_id if doc_id is not None else groups[0][0], groups[0][1])]
    sections = []
    for position, (group_id, group) in enumerate(groups):
        prefix = _default_prefix(group_id, text, group) + f"-{position}"
        sections.append(
            _document_section(
                text,
                group,
                group_id,
                prefix=prefix,
                scroll=True,
                note=note if position == 0 else None,
            )
        )
    body = "\n".join(sections)
    return (
        f'<div class="nkc">\n<style>\n{REPORT_CSS}\n</style>\n{body}\n'
        f"<script>\n{TABLE_SCRIPT}\n</script>\n</div>"
    )


def _title(document: tuple[str | None, str | None] | None, count: int) -> str:
    if document is None:
        return f"nkclaims report: {_plural(count, 'document')}"
    doc_id, text = document
    if doc_id:
        return doc_id
    headline = next((line.strip() for line in (text or "").splitlines() if line.strip()), "")
    return headline[:120] or "nkclaims report"


def render_report_html(
    documents: Iterable[tuple[str | None, str | None, Sequence[Claim]]],
    title: str | None = None,
) -> str:
    """One self-contained HTML page for one or many ``(doc_id, text, claims)`` documents.

    The page has inline CSS and one inline script (no external assets, no network): a
    title, an index with each document's counts when there is more than one document,
    and per document a section headed by its id with the text (figures highlighted)
    beside a table that can be sorted and filtered by any column. Without ``title`` a
    single document's id (else its first line) is the title, and a corpus is
    ``nkclaims report: N documents``.
    """
    sections: list[str] = []
    toc: list[str] = []
    total = 0
    first: tuple[str | None, str | None] = (None, None)
    for number, (doc_id, text, claims) in enumerate(documents, 1):
        prefix = f"nkc-d{number}"
        sections.append(_document_section(text, claims, doc_id, prefix=prefix))
        total += len(claims)
        name = _esc(doc_id) if doc_id is not None else f"document {number}"
        hedged = sum(1 for c in claims if c.hedged)
        sourced = sum(1 for c in claims if c.source)
        toc.append(
            f'<tr><td><a href="#{prefix}">{name}</a></td><td class="nkc-num">{len(claims)}</td>'
            f'<td class="nkc-num">{hedged}</td><td class="nkc-num">{sourced}</td></tr>'
        )
        if number == 1:
            first = (doc_id, text)
    if title is None:
        title = _title(first if len(sections) == 1 else None, len(sections))
    summary = f"{_plural(len(sections), 'document')} · {_plural(total, 'figure')}"
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="nkclaims">',
        f"<title>{_esc(title)}</title>",
        f"<style>\n{REPORT_CSS}\n{PAGE_CSS}\n</style>",
        "</head>",
        '<body class="nkc">',
        "<header>",
        f"<h1>{_esc(title)}</h1>",
        f'<p class="nkc-meta">{summary}</p>',
    ]
    if len(sections) > 1:
        head.append(
            '<nav class="nkc-toc"><strong>Index</strong><table class="nkc-index"><thead><tr>'
            "<th>document</th><th>figures</th><th>hedged</th><th>with a source</th></tr>"
            f"</thead><tbody>{''.join(toc)}</tbody></table></nav>"
        )
    head.append("</header>")
    if not sections:
        sections.append('<p class="nkc-note">No documents.</p>')
    tail = [
        "<footer>Generated by nkclaims. Figures are highlighted by their character offsets; "
        "hover one for its value, unit, item, actor and source.</footer>",
        f"<script>\n{TABLE_SCRIPT}\n</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join([*head, "<main>", *sections, "</main>", *tail])


def write_report_html(
    documents: Iterable[tuple[str | None, str | None, Sequence[Claim]]],
    path: str | os.PathLike[str],
    title: str | None = None,
) -> None:
    """Write `render_report_html` to ``path`` as UTF-8."""
    page = render_report_html(documents, title=title)
    with open(path, "w", encoding="utf-8", newline="\n") as fp:
        fp.write(page)
