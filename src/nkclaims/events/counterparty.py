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
   $2,000 a month``: the payer);
4. a party governed by one of the event's prepositions earlier in the sentence, across
   a coordination, nearest the figure (``sent 3,000 troops to Russia and pledged that
   10,000 will be sent``; not ``the decision to send troops to Ukraine is a far cry from
   the deployment of 200,000``).

Places that name their country count as its mentions (``troops in Kursk``: Russia).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from nkclaims.events.classify import Choice
from nkclaims.events.lexicon import lexicon
from nkclaims.events.words import WINDOW, Words
from nkclaims.extensions import ACTORS
from nkclaims.resources import word_set

_PREPOSITIONS = word_set("prepositions")
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her"))
_POSSESSIVE = frozenset(("'s", "’s"))
_OF_HEADS = frozenset(("support", "side", "behalf"))
_HYPHENS = frozenset(("-", "\u2010", "\u2011"))
_PLACE_PREPOSITIONS = frozenset(("in", "inside", "on"))  # not read beyond the clause
_LINKS = frozenset(("and", "with", ",", "as", "while", "(", ")"))


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
    if (
        text[i] in _HYPHENS
        and i > 0
        and words.ends[i - 1] == words.starts[i] == words.starts[start] - 1
        and text[i - 1][:1].isupper()
    ):
        return "between"  # "North Korea-Russia trade": a pair
    if lower[i] == "of" and i > 0 and lower[i - 1] in _OF_HEADS:
        return f"{lower[i - 1]} of"  # "in support of Russia", "on the side of Russia"
    return lower[i]


def party_mentions(doc: Doc, words: Words) -> list[Mention]:
    """The document's party mentions as word ranges, in text order: the actor stage's
    gazetteer matches, and places that name their country (``Kursk`` -> Russia,
    ``events.json`` ``places``). A demonym glued to a hyphen (``Russian-occupied``)
    describes a place, not a party."""
    out: list[tuple[int, int, str]] = []
    for span in doc.spans.get(ACTORS, ()):
        start, end = words.position(span.start), words.position(span.end)
        if (
            end + 1 < len(words)
            and words.text[end] in _HYPHENS
            and words.starts[end] == words.ends[end - 1]
            and words.text[end + 1][:1].islower()
        ):
            continue  # "Russian-occupied areas"
        out.append((start, end, str(span.label_)))
    places = lexicon().places
    taken = {k for start, end, _ in out for k in range(start, end)}
    for k, word in enumerate(words.text):
        country = places.get(word)
        if country is not None and k not in taken:
            out.append((k, k + 1, country))
    out.sort()
    return [Mention(start, end, name, _governor(words, start)) for start, end, name in out]


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
    if cue is not None and cue.cue.kind != "verb":
        # a noun cue: its modifiers count ("North Korea-China trade"), and the item's own
        # noun ("49 cargo shipments") leaves the clause's predicate to govern
        first = c0 if cue.start >= f0 else max(c0, cue.start - 1)
    near = [m for m in mentions[lo:hi] if m.end <= c1]
    if choice.event == "deployed":
        # "to take on Ukrainian soldiers": people of a nationality are not where troops go
        people = lexicon().force_nouns
        near = [m for m in near if m.end >= len(words) or words.lower[m.end] not in people]
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
    if rule.subject and cue is not None and (cue.cue.kind != "noun" or cue.finite):
        for m in near:
            if m.end <= cue.start and m.governor not in _PREPOSITIONS and m.name != actor:
                return m.name
    # 4. beyond the clause, across a coordination in the sentence: "sent 3,000 troops to
    #    Russia and has pledged that 10,000 will be sent"
    s0, s1 = choice.sentence
    lo = bisect.bisect_left(starts, max(s0, f0 - WINDOW))
    hi = bisect.bisect_left(starts, min(s1, f1 + WINDOW))
    wide = [
        m
        for m in mentions[lo:hi]
        if m.end <= s1
        and m.governor in rule.prepositions
        and m.governor not in _PLACE_PREPOSITIONS
        and m.governor != "between"
        and m.name != actor
        and _linked(words, m, f0, f1)
    ]
    if wide:
        return min(wide, key=lambda m: f0 - m.end if m.end <= f0 else m.start - f1).name
    return None


def _linked(words: Words, m: Mention, f0: int, f1: int) -> bool:
    """Is a coordination (``and``, ``with``, a comma ...) between the mention and the
    figure? Without one the party belongs to another predicate of the same clause
    chain (``the decision to send troops to Ukraine is a far cry from the deployment of
    200,000``)."""
    between = range(m.end, f0) if m.end <= f0 else range(f1, m.start)
    return any(words.lower[k] in _LINKS for k in between)
