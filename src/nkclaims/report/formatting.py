"""Text for a claim in the views: its number, unit and tooltip, escaped for HTML."""

from __future__ import annotations

import html

from nkclaims.models import Claim, Qualifier

DASH = "—"

_QUALIFIER_SIGNS: dict[Qualifier, str] = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATELY: "≈",
    Qualifier.AT_LEAST: "≥",
    Qualifier.MORE_THAN: ">",
    Qualifier.AT_MOST: "≤",
    Qualifier.LESS_THAN: "<",
    Qualifier.RANGE: "",
    Qualifier.VAGUE: "~",
}

#: The stylesheet of every view, scoped under ``.nkc`` so that a notebook page is untouched.


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def format_number(number: float) -> str:
    """A number for reading: thousands separators, no trailing ``.0`` (``2,000``, ``39.5``)."""
    if number != number or number in (float("inf"), float("-inf")):
        return str(number)
    if number == int(number) and abs(number) < 1e16:
        return f"{int(number):,}"
    return f"{number:,.15g}"


def format_amount(claim: Claim) -> str:
    """The claim's number: its value, or ``low–high`` for a range or vague magnitude.

    A bound word before a vague magnitude keeps both (``1,000 (1,000–9,999)``).
    """
    span = ""
    if claim.low is not None or claim.high is not None:
        low = DASH if claim.low is None else format_number(claim.low)
        high = DASH if claim.high is None else format_number(claim.high)
        span = f"{low}–{high}"
    if claim.value is not None:
        number = format_number(claim.value)
        return f"{number} ({span})" if span else number
    return span or DASH


def signed_amount(claim: Claim) -> str:
    sign = _QUALIFIER_SIGNS.get(claim.qualifier, "")
    return f"{sign}{format_amount(claim)}"


def unit_per(claim: Claim) -> str:
    return f"{claim.unit} per {claim.per}" if claim.per else claim.unit


def tooltip(claim: Claim) -> str:
    """The highlight's tooltip: ``value · unit · item · actor · source``, then details.

    The first line is e.g. ``≈2,000 · USD per month · monthly wage · North Korea ·
    National Intelligence Service`` (``—`` for a missing field); the second gives the
    qualifier, the event (with its counterparty), whether the figure is hedged and its
    sentence.
    """
    first = " · ".join(
        [
            signed_amount(claim),
            unit_per(claim),
            claim.item or DASH,
            claim.actor or DASH,
            claim.source or DASH,
        ]
    )
    details = [claim.qualifier.value]
    if claim.event:
        details.append(
            f"{claim.event} ({claim.counterparty})" if claim.counterparty else claim.event
        )
    if claim.hedged:
        details.append(f"hedged ({claim.hedge_cue})" if claim.hedge_cue else "hedged")
    if claim.date_text:
        details.append(f"when: {claim.date_text}")
    details.append(f"sentence {claim.sentence_index}")
    return first + "\n" + "; ".join(details)


# --------------------------------------------------------------------------- locating
