"""HTML views of claims: the document with every figure highlighted, and a summary table.

One module per concern: `formatting` (a claim's number, unit and tooltip as text),
`marks` (figures located and highlighted in their text), `page` (tables, sections and the
self-contained page), `assets` (the CSS and the one inline script).
"""

from __future__ import annotations

from nkclaims.report.assets import REPORT_CSS
from nkclaims.report.formatting import format_amount, format_number, tooltip
from nkclaims.report.page import (
    Context,
    render_claims_html,
    render_document_html,
    render_report_html,
    write_report_html,
)

__all__ = [
    "REPORT_CSS",
    "Context",
    "format_amount",
    "format_number",
    "render_claims_html",
    "render_document_html",
    "render_report_html",
    "tooltip",
    "write_report_html",
]
