"""The event lexicon (``data/events.json``), read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, cast

from nkclaims.items import item_words
from nkclaims.models import EVENTS, Event
from nkclaims.resources import load_json

Kind = Literal["verb", "noun", "both"]
What = Literal["people", "goods", "money"]

PEOPLE_EVENTS: frozenset[str] = frozenset(
    ("deployed", "killed", "wounded", "casualties", "captured")
)
"""Classes that count people: a cue of one never governs money, a measure or goods."""


@dataclass(frozen=True)
class CueWord:
    """One cue phrase: its words, whether a predicate, a noun or both (``pay``,
    ``trade``), and its class.

    ``by_what`` holds the class for people, goods and money when it depends on what the
    figure counts (``sent`` troops are deployed, ``sent`` shells shipped); ``event`` is
    the class otherwise."""

    words: tuple[str, ...]
    kind: Kind
    event: Event | None
    by_what: tuple[tuple[What, Event | None], ...] = ()
    after_only: bool = False

    def event_for(self, what: What) -> Event | None:
        for key, event in self.by_what:
            if key == what:
                return event
        return self.event


@dataclass(frozen=True)
class PartyRule:
    """How an event's other party is named: governing prepositions, indirect object,
    clause subject."""

    prepositions: frozenset[str]
    object: bool
    subject: bool


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, tuple[CueWord, ...]]  # first word -> phrases, longest first
    force_nouns: frozenset[str]
    money_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    parties: dict[str, PartyRule]
    back_references: frozenset[str]
    link_words: frozenset[str]
    lengths: frozenset[str]
    new_before: frozenset[str]
    new_after: frozenset[str]
    places: dict[str, str]
    not_places: frozenset[str]
    non_event_heads: frozenset[str]
    name_words: frozenset[str]
    before_figure: frozenset[tuple[str, ...]]


def _event(name: object) -> Event | None:
    if name is None:
        return None
    if name not in EVENTS:
        raise ValueError(f"events.json: unknown event class {name!r}")
    return cast(Event, name)


@cache
def lexicon() -> Lexicon:
    """The lexicon; every phrase maps to one class (a phrase listed twice must agree)."""
    data = load_json("events.json")
    phrases: dict[tuple[str, ...], CueWord] = {}

    def add(cue: CueWord) -> None:
        seen = phrases.get(cue.words)
        if seen is not None and (seen.event, seen.by_what, seen.after_only) != (
            cue.event,
            cue.by_what,
            cue.after_only,
        ):
            raise ValueError(f"events.json: cue {' '.join(cue.words)!r} is in two classes")
        if seen is not None and seen.kind != cue.kind:
            cue = CueWord(cue.words, "both", cue.event, cue.by_what, cue.after_only)
        phrases[cue.words] = cue

    for name, entry in data["classes"].items():
        event = _event(name)
        for kind in ("verbs", "nouns"):
            for phrase in entry[kind]:
                add(CueWord(tuple(phrase.split()), "verb" if kind == "verbs" else "noun", event))
    for phrase, table in data["by_what"].items():
        by_what = tuple((cast(What, k), _event(v)) for k, v in sorted(table.items()))
        if {k for k, _ in by_what} != {"people", "goods", "money"}:
            raise ValueError(f"events.json: by_what {phrase!r} needs people, goods and money")
        add(CueWord(tuple(phrase.split()), "verb", None, by_what))
    for name, words in data["after_figure"].items():
        for phrase in words:
            add(CueWord(tuple(phrase.split()), "verb", _event(name), after_only=True))
    by_first: dict[str, list[CueWord]] = {}
    for cue in phrases.values():
        by_first.setdefault(cue.words[0], []).append(cue)
    parties: dict[str, PartyRule] = {
        str(_event(name)): PartyRule(
            frozenset(rule["prepositions"]), bool(rule["object"]), bool(rule["subject"])
        )
        for name, rule in data["counterparty"].items()
    }
    return Lexicon(
        cues={w: tuple(sorted(cs, key=lambda c: -len(c.words))) for w, cs in by_first.items()},
        force_nouns=frozenset(data["force_nouns"]) | item_words().people,
        money_nouns=frozenset(data["money_nouns"]),
        auxiliaries=frozenset(data["auxiliaries"]),
        parties=parties,
        back_references=frozenset(data["back_references"]),
        link_words=frozenset(data["link_words"]),
        lengths=frozenset(data["lengths"]),
        new_before=frozenset(data["new_quantity_before"]),
        new_after=frozenset(data["new_quantity_after"]),
        places=dict(data["places"]),
        not_places=frozenset(data["not_places"]),
        non_event_heads=frozenset(data["non_event_heads"]),
        name_words=frozenset(data["name_words"]),
        before_figure=frozenset(tuple(p.split()) for p in data["before_figure"]),
    )
