"""The ledger's records: a `Group` per quantity, and the `Ledger` that holds them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from nkclaims.ledger.grouping import WINDOW_DAYS, claim_key, first_mentions, group_indexes
from nkclaims.ledger.reading import claim_date
from nkclaims.ledger.status import Status, group_status
from nkclaims.models import Claim

if TYPE_CHECKING:
    import pandas as pd


class Group(BaseModel):
    """Claims that state one quantity: the same event, actor, unit and item head, over one
    period, from one or more sources and documents."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int = Field(ge=0, description="0-based position of the group in its ledger.")
    event: str | None = Field(description="The claims' event class (`Claim.event`).")
    actor: str | None = Field(description="The claims' actor.")
    unit: str = Field(description="The claims' unit.")
    per: str | None = Field(description="The claims' rate denominator.")
    item: str | None = Field(description="The group's head phrase (`troops`, `shells`, `trade`).")
    sources: list[str] = Field(
        description="The canonical sources that state the figure, in order of first date."
    )
    status: Status = Field(description="`agree`, `disagree`, `revise` or `single`.")
    note: str | None = Field(
        description="For `disagree` the extremes, for `revise` the revised figure and its "
        "replacement, each as `source: figure (date)`; else None."
    )
    first_date: dt.date | None = Field(description="The earliest date a member is stated as of.")
    last_date: dt.date | None = Field(description="The latest date a member is stated as of.")
    claims: list[Claim] = Field(description="The members in date order, repeats included.")

    @property
    def estimates(self) -> list[Claim]:
        """The members without repeated mentions of an estimate in one document."""
        return [c for c in self.claims if c.mention_of is None]

    @property
    def documents(self) -> list[str]:
        """The members' document ids, each once, in date order."""
        return list(dict.fromkeys(c.doc_id for c in self.claims if c.doc_id is not None))


def _date_order(claim: Claim) -> tuple[dt.date, str, int]:
    return (claim_date(claim) or dt.date.max, claim.doc_id or "", claim.start)


def build_group(index: int, members: list[Claim], estimates: list[Claim]) -> Group:
    """A group of ``members``; ``estimates`` are its first mentions, each with the source its
    mentions name (a headline's figure takes the source the body gives it)."""
    key = claim_key(members[0])
    ordered = sorted(members, key=_date_order)
    status, note = group_status(estimates)
    sources = list(dict.fromkeys(c.source for c in ordered if c.source))
    dates = [d for c in ordered if (d := claim_date(c)) is not None]
    return Group(
        id=index,
        event=key.event,
        actor=key.actor,
        unit=key.unit,
        per=key.per,
        item=key.item,
        sources=sources,
        status=status,
        note=note,
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        claims=ordered,
    )


class Ledger(BaseModel):
    """Every quantity of a corpus with who says how many, as of when (`nkclaims.ledger`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    groups: list[Group] = Field(description="The groups, most-stated quantity first.")

    def __len__(self) -> int:
        return len(self.groups)

    def to_frame(self) -> pd.DataFrame:
        """One row per member claim with its group's fields (needs pandas)."""
        from nkclaims.ledger.render import ledger_frame

        return ledger_frame(self)

    def table(self) -> str:
        """An aligned text table, one row per group."""
        from nkclaims.ledger.render import ledger_table

        return ledger_table(self)

    def _repr_html_(self) -> str:
        from nkclaims.ledger.render import ledger_html

        return ledger_html(self, plots=None)


def ledger(claims: Iterable[Claim], *, window_days: int = WINDOW_DAYS) -> Ledger:
    """Group claims that state the same quantity and compare their sources.

    ``claims`` is any iterable of `Claim` (one document's or a corpus's, e.g. the `Claims`
    of `extract_many` chained); each document's claims must come in document order, as
    ``extract`` returns them, because ``mention_of`` counts them so. ``window_days`` is how
    long a figure dated by a single day stays current (`nkclaims.ledger.grouping`).
    Groups come most-stated first (then by first date)."""
    if window_days < 0:
        raise ValueError(f"window_days must not be negative, got {window_days}")
    items: list[Claim] = []
    for claim in claims:
        if not isinstance(claim, Claim):
            raise TypeError(f"ledger() takes Claim records, got {type(claim).__name__}")
        items.append(claim)
    roots = first_mentions(items)
    sourced: dict[int, str] = {}
    for i, claim in enumerate(items):
        if claim.source and roots[i] not in sourced:
            sourced[roots[i]] = claim.source
    parts: list[tuple[list[Claim], list[Claim]]] = []
    for indexes in group_indexes(items, window_days):
        estimates = [
            items[i] if items[i].source or i not in sourced
            else items[i].model_copy(update={"source": sourced[i]})
            for i in indexes
            if roots[i] == i
        ]  # fmt: skip
        parts.append(([items[i] for i in indexes], estimates))
    parts.sort(key=lambda p: (-len(p[0]), min((claim_date(c) or dt.date.max) for c in p[0])))
    return Ledger(groups=[build_group(n, *part) for n, part in enumerate(parts)])
