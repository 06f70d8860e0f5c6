"""Checks of the `event` and `counterparty` gold keys, shared by the two gold validators.

The keys are the issue-16 taxonomy (`data/dev/README.md`, "Event and counterparty"): a gold
file carries both on every line or on none; `event` is one of the taxonomy's words or null;
`counterparty` is a canonical party name or null, never the claim's own actor, and null for
the events that have no other party.
"""

from __future__ import annotations

import json
from pathlib import Path

from nkclaims.evaluate import LABELLED_PER_CLAIM, GoldClaim
from nkclaims.models import EVENTS

EVENT_FIELDS = set(LABELLED_PER_CLAIM)
# The events whose figure moves between two parties (the taxonomy's counterparty rules).
TRANSFERS = {"deployed", "shipped", "received", "paid", "earned", "traded"}
# CLAIMS.md section 4: a party is written canonically, never as one of these aliases.
ALIASES = {
    "Pyongyang", "DPRK", "N. Korea", "the North", "North Korean", "Moscow", "the Kremlin",
    "Kremlin", "Russian", "Seoul", "South Korean", "US", "U.S.", "USA", "Washington",
    "American", "the Pentagon", "Kyiv", "Ukrainian", "Beijing", "Chinese",
}  # fmt: skip


def check_event_labels(path: Path, claims: list[GoldClaim]) -> None:
    """Fail unless the file's event and counterparty labels keep the taxonomy's rules."""
    lines = [set(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]
    carried = {bool(keys & EVENT_FIELDS) for keys in lines}
    assert len(carried) == 1, "event and counterparty on every line of a file or on none"
    assert all(keys & EVENT_FIELDS in (set(), EVENT_FIELDS) for keys in lines), "both keys"
    if carried != {True}:
        return
    for g in claims:
        assert g.event is None or g.event in EVENTS, g
        cp = g.counterparty
        if cp is None:
            continue
        assert cp.strip() == cp and cp and cp not in ALIASES, g
        assert g.event in TRANSFERS, ("only a transfer has a counterparty", g)
        assert cp != g.actor, ("the counterparty is the other party, not the actor", g)
