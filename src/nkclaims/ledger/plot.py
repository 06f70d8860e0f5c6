"""One matplotlib figure per group: each estimate against its date, one colour per source.

A point is an exact or approximate figure; a vertical bar with caps spans a range or vague
magnitude (``thousands``: 1,000 to 9,999); a triangle marks a bound (up for ``at least`` /
``more than``, down for ``at most`` / ``less than``). Repeated mentions in one document are
one mark. A group whose claims carry no date is plotted against the order of its figures.

matplotlib is an optional dependency: ``pip install nkclaims[plot]``. The figures are drawn
with the Agg/SVG backends directly (no ``pyplot``, no display, safe in threads).
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import TYPE_CHECKING

from nkclaims.ledger.reading import claim_date, source_label
from nkclaims.ledger.render import ImageFormat
from nkclaims.models import Claim, Qualifier

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from nkclaims.ledger.models import Group

_UP = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
_DOWN = (Qualifier.AT_MOST, Qualifier.LESS_THAN)
_MIME = {"png": "image/png", "svg": "image/svg+xml"}


class PlotUnavailableError(ImportError):
    """matplotlib is not installed."""


def _figure_class() -> type[Figure]:
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise PlotUnavailableError(
            "plotting needs matplotlib: pip install 'nkclaims[plot]'"
        ) from None
    return Figure


def _bounds(claim: Claim) -> tuple[float, float] | None:
    if claim.low is not None and claim.high is not None:
        return claim.low, claim.high
    if claim.value is not None:
        return claim.value, claim.value
    return None


def figure(group: Group) -> Figure:
    """The group's plot as a matplotlib `Figure`."""
    from matplotlib.dates import date2num

    fig = _figure_class()(figsize=(8.0, 4.0), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    estimates = group.estimates or group.claims
    dated = all(claim_date(c) is not None for c in estimates)
    colours: dict[str, str] = {}
    lows: list[float] = []
    for n, claim in enumerate(estimates):
        span = _bounds(claim)
        if span is None:
            continue
        day = claim_date(claim)
        x = float(date2num(day)) if dated and day is not None else float(n)
        label = source_label(claim)
        first = label not in colours
        if first:
            colours[label] = f"C{len(colours) % 10}"
        colour = colours[label]
        low, high = span
        lows.append(low)
        legend = label if first else None
        if low != high:
            ax.errorbar(
                [x], [(low + high) / 2], yerr=[[(high - low) / 2], [(high - low) / 2]],
                fmt="none", ecolor=colour, elinewidth=6, alpha=0.6, capsize=6, label=legend,
            )  # fmt: skip
        else:
            marker = "^" if claim.qualifier in _UP else "v" if claim.qualifier in _DOWN else "o"
            ax.plot([x], [low], marker=marker, color=colour, markersize=9, ls="", label=legend)
        ax.annotate(
            claim.text,
            (x, high),
            textcoords="offset points",
            xytext=(4, 4 + 8 * (n % 2)),
            fontsize=6,
        )
    positive = [v for v in lows if v > 0]
    if positive and len(positive) == len(lows) and max(positive) / min(positive) > 100:
        ax.set_yscale("log")
    unit = f"{group.unit} per {group.per}" if group.per else group.unit
    ax.set_ylabel(unit)
    ax.set_xlabel("date stated" if dated else "figure")
    title = f"#{group.id} {group.item or '(no item)'}: {group.event or 'no event'}, "
    ax.set_title(title + f"{group.actor or 'no actor'} ({group.status})", fontsize=10)
    if dated:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        xs = [float(date2num(d)) for c in estimates if (d := claim_date(c)) is not None]
        pad = max(7.0, (max(xs) - min(xs)) * 0.08) if xs else 7.0
        if xs:
            ax.set_xlim(min(xs) - pad, max(xs) + pad)
        locator = AutoDateLocator(minticks=3, maxticks=7)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    if colours:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    ax.grid(True, alpha=0.3)
    return fig


def render_plot(group: Group, fmt: ImageFormat = "png") -> bytes:
    """The group's plot as PNG or SVG bytes."""
    if fmt not in _MIME:
        raise ValueError(f"plot format must be png or svg, got {fmt!r}")
    fig = figure(group)
    buf = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(buf, format=fmt, metadata=metadata)
    return buf.getvalue()


def save_plot(group: Group, path: str | Path) -> Path:
    """Write the group's plot to ``path``; its suffix (``.png`` or ``.svg``) is the format."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"plot file must end in .png or .svg, got {target.name!r}")
    fmt: ImageFormat = "svg" if suffix == ".svg" else "png"
    target.write_bytes(render_plot(group, fmt))
    return target


def inline_plot(group: Group, fmt: ImageFormat = "png") -> str:
    """An ``<img>`` element with the plot inlined as a base64 data URL."""
    data = base64.b64encode(render_plot(group, fmt)).decode("ascii")
    alt = f"plot of group {group.id}"
    return f'<img alt="{alt}" src="data:{_MIME[fmt]};base64,{data}">'
