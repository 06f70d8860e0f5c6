"""The other party of a transfer (``Claim.counterparty``).

Party mentions are the actor stage's gazetteer matches (``doc.spans["nk_actors"]``). For
a figure whose event has a party rule (``events.json``, ``counterparty``), in the
figure's clause, the first that is not the actor of:

1. a party governed by one of the event's prepositions, nearest the figure (``sent
   10,000 troops to Russia``, ``received from Russia``, ``trade with Russia``); of a
   pair after ``between`` the one that is not the actor (the second when there is none);
2. for events that take one, the indirect object right after the cue verb (``Russia
   sent North Korea 50,000 tons``, ``sold Russia $28 million``);
3. for events that take one, the clause subject (``Russia pays North Korean soldiers
   $2,000 a month``: the payer).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from nkclaims.events.classify import Choice
from nkclaims.events.lexicon import lexicon
from nkclaims.events.words import Words
from nkclaims.extensions import ACTORS
from nkclaims.resources import word_set

_PREPOSITIONS = word_set("prepositions")
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her"))
_POSSESSIVE = frozenset(("'s", "’s"))


@dataclass(frozen=True)
class Mention:
    """A party mention at words ``[start, end)`` with its canonical name and the word that
    governs it (a preposition, or what precedes it)."""

    start: int
    end: int
    name: str
    governor: str


def _governor(words: Words, start: int) -> str:
    """The word governing the mention at word ``start``: determiners are skipped, and a
    coordination is walked back (``between Russia and North Korea`` -> ``between``)."""
    lower, text = words.lower, words.text
    i = start - 1
    while i >= 0 and start - i <= 3 and lower[i] in _DETERMINERS:
        i -= 1
    if i < 0:
        return ""
    if lower[i] in ("and", "or", "&"):
        j = i - 1
        while j >= 0 and i - j < 6 and (text[j][:1].isupper() or lower[j] in _POSSESSIVE):
            j -= 1
        while j >= 0 and i - j < 8 and lower[j] in _DETERMINERS:
            j -= 1
        if 0 <= j < i - 1 and lower[j] in _PREPOSITIONS:
            return lower[j]
    return lower[i]


def party_mentions(doc: Doc, words: Words) -> list[Mention]:
    """The document's party mentions as word ranges, in text order."""
    out = []
    for span in doc.spans.get(ACTORS, ()):
        start = words.position(span.start)
        out.append(Mention(start, words.position(span.end), str(span.label_), ""))
    return [Mention(m.start, m.end, m.name, _governor(words, m.start)) for m in out]


def choose_counterparty(
    words: Words,
    mentions: list[Mention],
    starts: list[int],
    choice: Choice,
    actor: str | None,
) -> str | None:
    """The counterparty of a figure whose event is ``choice`` and actor ``actor``."""
    if choice.event is None:
        return None
    rule = lexicon().parties.get(choice.event)
    if rule is None:
        return None
    c0, c1 = choice.clause
    f0, f1 = choice.figure
    lo, hi = bisect.bisect_left(starts, c0), bisect.bisect_left(starts, c1)
    cue = choice.cue
    # a party before the cue belongs to another predicate ("the decision to send units to
    # Ukraine is a far cry from Mao's deployment of 200,000 ...")
    first = f0 if cue is None else min(cue.start, f0)
    near = [m for m in mentions[lo:hi] if m.end <= c1]
    after = [m for m in near if m.start >= first]
    governed = sorted(
        (m for m in after if m.governor in rule.prepositions and m.governor != "between"),
        key=lambda m: f0 - m.end if m.end <= f0 else m.start - f1,
    )
    for m in governed:
        if m.name != actor:
            return m.name
    if "between" in rule.prepositions:
        pair = [m for m in after if m.governor == "between"]
        others = [m.name for m in pair if m.name != actor]
        if others:
            return others[-1] if actor is None else others[0]
    if rule.object and cue is not None and cue.end <= f0:
        for m in near:
            if (
                cue.end <= m.start
                and m.end <= f0
                and m.governor == words.lower[cue.end - 1]
                and m.name != actor
            ):
                return m.name
    if rule.subject and cue is not None:
        for m in near:
            if m.end <= cue.start and m.governor not in _PREPOSITIONS and m.name != actor:
                return m.name
    return None
