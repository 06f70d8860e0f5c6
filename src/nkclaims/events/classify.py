"""The event of a figure: the nearest cue verb or noun in its clause.

A document's cues are found in one pass over its words (`find_cues`, longest phrase
first; a word inside a hyphenated compound such as ``Moscow-recruited`` or ``man-made``
is no cue). For one figure (`choose_event`) every cue in its clause is a candidate, at
its distance in words from the figure:

- a bare participle after the figure (no auxiliary before it: ``troops sent to Russia
  have died``) counts as farther, and so does a cue before the figure across a
  conjunction (``100 have died and another 1,000 have been wounded``);
- a cue noun in the item's head phrase (``monthly wage``, ``troop casualties``) counts
  as next to it; another noun after the figure counts only right after it (``those
  4,100 wounded``, ``600 of them deaths``);
- presence cues count only after the figure (``8,000 troops are in Kursk``), and
  carrying only before it (``ships carried nine million rounds``, not ``five tankers
  carrying petroleum``);
- a class that counts people never governs money, goods or a measure, and a length or
  area has no event but a capacity.

When the clause holds no cue and only link words stand before the figure (``..., at
$1.6 million``, ``..., rising from $1.74 billion to $12.7 billion``), the clause before
it is read too.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from nkclaims.events.lexicon import PEOPLE_EVENTS, CueWord, What, lexicon
from nkclaims.events.words import Words, clause, previous_clause_start
from nkclaims.extensions import ClaimDraft
from nkclaims.items import head_noun
from nkclaims.models import Event
from nkclaims.resources import word_set

_BARE_PARTICIPLE = 6  # extra distance of a participle after the figure with no auxiliary
_ACROSS_CONJUNCTION = 3  # extra distance of a cue before the figure across "and", "but"
_NOUN_AFTER = 2  # a cue noun after the figure (outside the item) counts this close at most
_NOUN_AFTER_BARE = 4  # ... or this close with no preposition between
_PRESENCE_AFTER = 6  # a presence cue counts this close after the figure at most
_PLACE_PREPOSITIONS = frozenset(("in", "inside", "into", "on"))
_CONJUNCTIONS = frozenset(("and", "but", "or", "while", "whereas"))
_HYPHENS = frozenset(("-", "\u2010", "\u2011"))
_PREPOSITIONS = word_set("prepositions")
_COPULAR_PRICE = frozenset(("is worth", "are worth", "was worth", "were worth", "be worth"))


@dataclass(frozen=True)
class FoundCue:
    """A cue phrase at words ``[start, end)``; ``finite`` when an auxiliary precedes it."""

    start: int
    end: int
    cue: CueWord
    finite: bool


@dataclass(frozen=True)
class Choice:
    """The event of one figure, the cue that gave it (None when no cue governs), and the
    figure's clause, the figure itself and its sentence as word ranges. ``bare`` when no
    cue at all stood in the clause: the figure may continue a list."""

    event: Event | None
    cue: FoundCue | None
    clause: tuple[int, int]
    figure: tuple[int, int]
    sentence: tuple[int, int]
    bare: bool = False


def find_cues(words: Words) -> list[FoundCue]:
    """Every cue phrase in the document, in text order, longest match first."""
    lex = lexicon()
    lower = words.lower
    out: list[FoundCue] = []
    i, n = 0, len(lower)
    while i < n:
        hit = None
        for cue in lex.cues.get(lower[i], ()):
            k = len(cue.words)
            if tuple(lower[i : i + k]) == cue.words:
                hit = cue
                break
        if hit is None:
            i += 1
            continue
        end = i + len(hit.words)
        glued = (
            i > 1
            and lower[i - 1] in _HYPHENS
            and words.starts[i] == words.ends[i - 1]
            and not words.text[i - 2][:1].isupper()  # "Moscow-recruited" keeps its cue
        ) or (end < n and lower[end] in _HYPHENS and words.starts[end] == words.ends[end - 1])
        named = (
            words.text[i][:1].isupper()
            and not words.text[i].isupper()
            and any(words.text[k] in lex.name_words for k in range(end, min(n, end + 2)))
        )
        if not glued and not named:
            finite = any(lower[k] in lex.auxiliaries for k in range(max(0, i - 2), i))
            out.append(FoundCue(i, end, hit, finite))
        i = end
    return out


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def what_of(d: ClaimDraft) -> What | None:
    """What the figure counts: people, goods or money (None when the text does not say)."""
    lex = lexicon()
    if d.item:
        words = [w.strip(".,;:()\"'“”’‘").lower() for w in d.item.split()]
        if _is_currency(d.unit):
            return "goods" if head_noun(d.item) not in lex.money_nouns else "money"
        return "people" if any(w in lex.force_nouns for w in words) else "goods"
    if _is_currency(d.unit):
        return "money"
    if d.unit in ("count", "percent", "times"):
        return None
    return "goods"


def _in_item_head(words: Words, found: FoundCue, d: ClaimDraft) -> bool:
    """Is the cue inside the item, before any preposition in it (``troop casualties``,
    not ``pipes for water supply``)?"""
    if d.item_start is None or d.item_end is None:
        return False
    if not (d.item_start <= words.starts[found.start] and words.ends[found.end - 1] <= d.item_end):
        return False
    k = found.start - 1
    while k >= 0 and words.starts[k] >= d.item_start:
        if words.lower[k] in _PREPOSITIONS:
            return False
        k -= 1
    return True


def _distance(words: Words, found: FoundCue, d: ClaimDraft, f0: int, f1: int) -> int | None:
    """The cue's distance from the figure in words, weighted; None when it cannot govern."""
    in_head = found.cue.kind != "verb" and _in_item_head(words, found, d)
    if found.end <= f0:
        if found.cue.after_only:
            return None
        distance = f0 - found.end
        if any(words.lower[j] in _CONJUNCTIONS for j in range(found.end, f0)):
            distance += _ACROSS_CONJUNCTION
        return min(distance, 1) if in_head else distance
    distance = found.start - f1
    if found.cue.words in lexicon().before_figure:
        return None  # "five tankers carrying petroleum": what the counted things hold
    if in_head:
        return min(distance, 1)
    if found.cue.after_only and not _presence(words, found, d, distance):
        return None
    if found.cue.kind == "noun":
        if distance <= _NOUN_AFTER:
            return distance
        between = range(f1, found.start)
        if distance <= _NOUN_AFTER_BARE and not any(
            words.lower[j] in _PREPOSITIONS for j in between
        ):
            return distance  # "4,000 had become battle casualties"
        return None
    return distance if found.finite else distance + _BARE_PARTICIPLE


def _presence(words: Words, found: FoundCue, d: ClaimDraft, distance: int) -> bool:
    """May a presence cue after the figure govern it? Only for people (or a bare count),
    close to the figure, and a place after ``in`` (``in Kursk``, ``in the Kursk region``,
    not ``in 2014`` or ``in total``)."""
    if distance > _PRESENCE_AFTER:
        return False
    what = what_of(d)
    if what != "people" and not (what is None and d.unit == "count"):
        return False
    if found.cue.words[-1] not in _PLACE_PREPOSITIONS:
        return True
    return is_place_after(words, found.end)


def is_place_after(words: Words, k: int) -> bool:
    """Does a place start at word ``k`` (``Kursk``, ``the Kursk region``; not ``2014``,
    ``total`` or ``Monday``)?"""
    if k >= len(words):
        return False
    if words.lower[k] == "the":
        return True
    return words.text[k][:1].isupper() and words.text[k] not in lexicon().not_places


def _best(
    words: Words,
    cues: list[FoundCue],
    starts: list[int],
    d: ClaimDraft,
    span: tuple[int, int],
    figure: tuple[int, int],
) -> tuple[Event | None, FoundCue] | None:
    lex = lexicon()
    what = what_of(d)
    unknown_people = what is None and d.unit in ("count", "percent")
    lookup: What = what or ("people" if d.unit == "count" else "goods")
    length = d.unit in lex.lengths
    f0, f1 = figure
    best: tuple[int, int, Event | None, FoundCue] | None = None
    k = bisect.bisect_left(starts, span[0])
    while k < len(cues) and cues[k].start < span[1]:
        found = cues[k]
        k += 1
        if found.start < f1 and found.end > f0:
            continue
        event = found.cue.event_for(lookup)
        if event in PEOPLE_EVENTS and what != "people" and not unknown_people:
            continue
        if length and event != "capacity":
            continue
        distance = _distance(words, found, d, f0, f1)
        if distance is None:
            continue
        side = 0 if found.end <= f0 else 1
        if best is None or (distance, side) < best[:2]:
            best = (distance, side, event, found)
    if best is None:
        return None
    event, chosen = best[2], best[3]
    if " ".join(chosen.cue.words) in _COPULAR_PRICE:
        # "textile exports were worth $4.7 million": the value of a quantity keeps its class
        k = bisect.bisect_left(starts, span[0])
        while k < len(cues) and cues[k].start < chosen.start:
            if cues[k].cue.kind != "verb" and cues[k].cue.event not in (None, "priced"):
                event = cues[k].cue.event
            k += 1
    return event, chosen


def _counts_places(item: str) -> bool:
    """Does the item name places, occasions or groups (``ports``, ``12 depots near the
    border``, ``phases``)? Its head, or one of its first two words, tells."""
    heads = lexicon().non_event_heads
    first = [w.lower() for w in item.split()[:2]]
    return head_noun(item) in heads or any(w in heads for w in first)


def _only_links(words: Words, start: int, end: int) -> bool:
    """Do only link words and number words stand at words ``[start, end)``?"""
    links = lexicon().link_words
    return all(
        words.lower[k] in links or any(ch.isdigit() for ch in words.lower[k])
        for k in range(start, end)
    )


_ENUMERATION_WORDS = 6  # items of a list before the figure in its clause, at most


def _enumeration(
    words: Words, cues: list[FoundCue], starts: list[int], start: int, end: int
) -> bool:
    """Do words ``[start, end)`` continue a list after a comma with no cue of their own
    (``supplying Russia with missiles, rockets and millions of shells``)?"""
    if start == 0 or words.lower[start - 1] != "," or end - start > _ENUMERATION_WORDS:
        return False
    span = words.lower[start:end]
    if not span or span[-1] not in ("and", "or"):
        return False
    k = bisect.bisect_left(starts, start)
    if k < len(cues) and cues[k].start < end:
        return False
    return all(w.isalpha() or w in ("and", "or", "-") for w in span)


def choose_event(
    words: Words,
    cues: list[FoundCue],
    starts: list[int],
    d: ClaimDraft,
    sentence: tuple[int, int],
) -> Choice:
    """The event of the figure ``d`` in the sentence at words ``sentence``.

    ``cues`` are the document's cues and ``starts`` their start words (sorted)."""
    figure = (words.position(d.token_start), words.position(d.token_end))
    s0, s1 = sentence
    c0, c1 = clause(words, figure[0], figure[1], s0, s1)
    if d.item and _counts_places(d.item):
        return Choice(None, None, (c0, c1), figure, sentence)
    best = _best(words, cues, starts, d, (c0, c1), figure)
    if best is None and (
        _only_links(words, c0, figure[0]) or _enumeration(words, cues, starts, c0, figure[0])
    ):
        earlier, aside = previous_clause_start(words, c0, s0)
        for _ in range(2):  # over an aside of link words only (", however,")
            if earlier < c0 and _only_links(words, earlier, c0 - 1):
                earlier, aside = previous_clause_start(words, earlier, s0)
        if earlier < c0:
            c0 = earlier
            # the cues of the clause before, without the aside: a bounded slice
            lo, hi = bisect.bisect_left(starts, c0), bisect.bisect_left(starts, figure[0])
            kept = [c for c in cues[lo:hi] if not (aside[0] <= c.start < aside[1])]
            best = _best(words, kept, [c.start for c in kept], d, (c0, figure[0]), figure)
    if best is None:
        return Choice(None, None, (c0, c1), figure, sentence, bare=True)
    return Choice(best[0], best[1], (c0, c1), figure, sentence)
