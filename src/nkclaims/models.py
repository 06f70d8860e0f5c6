"""The public record: one `Claim` per figure, as ``docs/record.md`` describes it."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field


class Qualifier(str, Enum):
    """How the text bounds the number (docs/record.md, "Reading the number")."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"

    def __str__(self) -> str:
        return self.value


Change = Literal["up", "down"]
"""The direction of a figure the text frames as a rise or fall."""

Event = Literal[
    "deployed",
    "killed",
    "wounded",
    "casualties",
    "captured",
    "shipped",
    "received",
    "paid",
    "earned",
    "produced",
    "fired",
    "traded",
    "priced",
    "capacity",
]
"""What the text says happened to what the figure counts (docs/record.md, "Event")."""

EVENTS: tuple[str, ...] = get_args(Event)
"""Every `Event` word, in declaration order."""


class Claim(BaseModel):
    """One figure in a document, normalised, with what it counts, whose it is and who says so."""

    model_config = ConfigDict(frozen=True, use_enum_values=False, extra="forbid")

    doc_id: str | None = Field(None, description="The id given to `extract`.")
    text: str = Field(description="The figure as written; always exactly `input[start:end]`.")
    start: int = Field(ge=0, description="Start character offset into the input string.")
    end: int = Field(ge=0, description="End character offset (exclusive) into the input string.")
    sentence_index: int = Field(ge=0, description="0-based index of the figure's sentence.")
    sentence: str = Field(
        description="The text of the figure's sentence, at most 2,000 characters (a longer "
        "run without sentence punctuation is cut into pieces at the safest boundary; each "
        "piece is a sentence); lone surrogates in the input are U+FFFD here."
    )
    sentence_start: int | None = Field(
        None,
        ge=0,
        description="Start character offset of the sentence in the input string "
        "(None in records written before this field existed).",
    )
    sentence_end: int | None = Field(
        None,
        ge=0,
        description="End character offset (exclusive) of the sentence in the input string.",
    )
    value: float | None = Field(
        None,
        description="The number, fully scaled ($1.3 billion -> 1.3e9); None for ranges and "
        "vague magnitudes (a bound word before a vague magnitude keeps the lower bound here).",
    )
    low: float | None = Field(None, description="Lower bound of a range or vague magnitude.")
    high: float | None = Field(None, description="Upper bound of a range or vague magnitude.")
    qualifier: Qualifier = Field(description="How the text bounds the number.")
    unit: str = Field(
        description="ISO 4217 code for money (USD, KRW, RUB, EUR, CNY); 'percent' for shares; "
        "a singular English unit name for measures ('ton', 'mile'); 'times' for multipliers; "
        "'count' for counts of things or people."
    )
    per: str | None = Field(
        None,
        description="A rate's denominator: 'day', 'week', 'month', 'year', or a singular noun.",
    )
    change: Change | None = Field(
        None,
        description="'up' or 'down' when the text frames the figure as a rise or fall "
        "('rose 0.2%', 'a 30% drop', 'down 3 percent'); the value stays as written.",
    )
    item: str | None = Field(
        None, description="What is counted, measured or paid: a short noun phrase from the text."
    )
    event: Event | None = Field(
        None,
        description="What the text says happened to what the figure counts: 'deployed', "
        "'killed', 'wounded', 'casualties', 'captured', 'shipped', 'received', 'paid', "
        "'earned', 'produced', 'fired', 'traded', 'priced' or 'capacity'; None when no cue "
        "of these governs the figure (docs/record.md, 'Event').",
    )
    actor: str | None = Field(
        None,
        description="Canonical name of the party the figure belongs to (docs/record.md, 'Actor').",
    )
    counterparty: str | None = Field(
        None,
        description="Canonical name of the other party of a transfer or deployment: the "
        "receiver of a shipment, the sender of what is received, the payer of a wage, the "
        "trading partner, the country troops are sent to; None for other events and when "
        "the text names no other party.",
    )
    source: str | None = Field(
        None,
        description="Canonical name of who asserts the figure; None when the text gives none "
        "(the article's own voice).",
    )
    hedged: bool = Field(
        False, description="The text frames the figure as belief, estimate or unconfirmed report."
    )
    source_cue: str | None = Field(
        None, description="The attribution cue that gave the source, as written ('according to')."
    )
    hedge_cue: str | None = Field(
        None, description="The hedge cue that made the figure hedged, as written ('reportedly')."
    )
    date_text: str | None = Field(
        None, description="The time expression that governs the figure, as written, or None."
    )
    date_start: dt.date | None = Field(
        None, description="First day of the period the figure refers to, when it can be resolved."
    )
    date_end: dt.date | None = Field(
        None, description="Last day of the period the figure refers to, when it can be resolved."
    )
    published: dt.date | None = Field(
        None,
        description="The publication date relative dates were resolved against: the one given "
        "to `extract`, else the document's dateline; None when there is neither.",
    )
    mention_of: int | None = Field(
        None,
        ge=0,
        description="Index (0-based, in the document's claims) of the first claim in the same "
        "document stating the same estimate, when this figure repeats it (a headline figure "
        "in the body, 'the 10,000 troops'); None for a first mention.",
    )
