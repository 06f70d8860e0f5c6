"""Readings decided by the words around a figure's unit: occasions or a multiplier
(``used 16 times`` / ``2.3 times as much``), bond tenors (``the 10-year Treasury note``),
compound durations (``2 hours and 5 minutes``), ``half a percentage point``, levels after
a verb of change (``slipped below $70``, ``went up to $15.49``)."""

from __future__ import annotations

import re
from functools import cache

from nkclaims.figures.lexicon import SP, WORD_AFTER, Lexicon, word_before
from nkclaims.numbers import number_words
from nkclaims.resources import alternation, lines, load_json


class Context:
    """The word lists and patterns of this module, read once."""

    def __init__(self) -> None:
        words = number_words()
        nums = load_json("numbers.json")
        self.times_after = frozenset(w.lower() for w in nums["times_comparison_after"])
        cues = load_json("change_cues.json")
        self.level_bounds = frozenset(w.lower() for w in cues["level_bounds"])
        self.up_particle_verbs = frozenset(w.lower() for w in cues["up_particle_verbs"])
        self.change_before = frozenset(
            w.lower() for d in ("up", "down") for w in cues[d]["before"] if " " not in w
        )
        self.tenor_nouns = frozenset(w.lower() for w in load_json("durations.json")["tenor_nouns"])
        time_units = alternation({t.lower() for t in lines("time_units.txt")}, fold_case=True)
        number = alternation(set(words.units) | set(words.tens), fold_case=True)
        self.compound_time = re.compile(
            rf",?(?:{SP}+and)?{SP}+(?:\d+(?:\.\d+)?|{number})(?:-{number})?{SP}+(?:{time_units})(?![\w])",
            re.IGNORECASE,
        )
        self.article_after = re.compile(rf"{SP}+an?{SP}+(?=\w)", re.IGNORECASE)
        self.than_after = re.compile(rf"{SP}+[A-Za-z]+er{SP}+than(?![\w])", re.IGNORECASE)


@cache
def context() -> Context:
    return Context()


def counts_occasions(text: str, left: int, times_end: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """Is ``N times`` (``times`` ending at ``times_end``, the figure starting at ``left``
    with its bound words) a count of occasions rather than a multiplier?"""
    ctx = context()
    after = WORD_AFTER.match(text, times_end, hi)
    if after and after.group(1).lower() in ctx.times_after:
        return False  # 2.3 times as much, four times faster, 12 times more
    if ctx.than_after.match(text, times_end, hi):
        return False  # six times bigger than
    if text[times_end : times_end + 1] == "-":
        return False  # a 3-times-larger, 10 times-over
    word = word_before(text, max(lo, left - 30), left).lower()
    return not (word == "by" or word in ctx.change_before or word in lex.change_words)


def is_tenor(text: str, hyphen: bool, end: int, hi: int) -> bool:
    """A hyphenated duration naming a bond or rate: ``the 10-year Treasury note``."""
    if not hyphen:
        return False
    after = WORD_AFTER.match(text, end, hi)
    return bool(after and after.group(1).lower() in context().tenor_nouns)


def continues_duration(text: str, end: int, hi: int) -> bool:
    """``2 hours and 5 minutes``, ``1 hour 20 minutes``: a measured time of several units."""
    return context().compound_time.match(text, end, hi) is not None


def half_a_unit(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """``half a percentage point``, ``half a mile``: where the unit ends and its name, for
    the word ``half`` ending at ``end``; None before a time unit (``half an hour`` may
    place events in time and is read by the duration rules) or anything else."""
    from nkclaims.units import unit_for_surface

    art = context().article_after.match(text, end)
    if art is None:
        return None
    u = lex.unit_after.match(text, art.end())
    if u is None:
        return None
    unit = unit_for_surface(u.group("u"))
    if unit is None or unit in lex.time_singulars or unit in ("times", "count"):
        return None
    return u.end(), unit


def is_level_bound(word: str) -> bool:
    """A bound that makes the figure after a verb of change a level (``slipped below``)."""
    return word in context().level_bounds


def is_up_particle(text: str, start: int, lo: int) -> bool:
    """Is ``up to`` at ``start`` the particle of ``went up to`` (a level, no bound)?"""
    return word_before(text, max(lo, start - 16), start).lower() in context().up_particle_verbs
