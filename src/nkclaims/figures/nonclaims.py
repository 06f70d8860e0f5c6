"""Numbers that are not claims (CLAIMS.md section 2), decided from a core and its neighbours."""

from __future__ import annotations

from nkclaims.figures.core import Core
from nkclaims.figures.lexicon import DATE_WORD_AFTER, WORD_AFTER, WORD_BEFORE, Lexicon


def is_non_claim(text: str, core: Core, unit: str | None, lo: int, hi: int, lex: Lexicon) -> bool:
    """Dates, years, clock times, calibres, designations, pronoun ``one``, definite pairs."""
    before = WORD_BEFORE.search(text, max(lo, core.start - 30), core.start)
    prev_word = before.group(1) if before else ""
    after = WORD_AFTER.match(text, core.end, hi)
    next_word = after.group(1) if after else ""
    raw = text[core.start : core.end]
    nxt_char = text[core.end : core.end + 1]

    if core.kind == "digits" and core.unit is None and unit is None:
        v = core.value or 0.0
        # Clock times and slashed dates: 10:30, 10/28/2024, 3 p.m. (a number with a
        # thousands group before a slash is one of a list: 1,234/5,678)
        if (
            nxt_char in (":", "/")
            and text[core.end + 1 : core.end + 2].isdigit()
            and not (nxt_char == "/" and "," in raw)
        ):
            return True
        if lex.clock_after.match(text, core.end, hi):
            return True
        # Dates: Oct. 28, June 19, 12. Februar 2024, 28 October.
        date_after = DATE_WORD_AFTER.match(text, core.end, hi)
        if (
            v <= 31
            and core.bare_int
            and (
                prev_word.lower().rstrip(".") in lex.months
                or (date_after is not None and date_after.group(1).lower() in lex.months)
            )
        ):
            return True
        # Years: a bare four-digit integer, unless a plural noun follows (2000 troops).
        if core.bare_int and 1800 <= v <= 2100 and len(raw) == 4:
            counted = (
                next_word[:1].islower()
                and next_word.endswith("s")
                and next_word.lower() not in lex.time_units
                and not lex.scale_after.match(text, core.end, hi)
            )
            qual = lex.qual_before.search(text, max(lo, core.start - 24), core.start)
            if not counted and not qual:
                return True
        # Calibres: "155 ammunition" (155-mm, 122 mm: see `is_calibre`).
        if v in lex.calibres and next_word.lower() in lex.weapon_nouns and core.bare_int:
            return True
        # Numbers inside names: Resolution 2270, No. 1, Unit 8200.
        if prev_word in lex.designations or prev_word.rstrip(".") + "." in lex.designations:
            return True
        if prev_word[:1].isupper() and prev_word in lex.designations:
            return True
    if core.kind in ("words", "frac", "mult", "vague"):
        first = raw[:1]
        if first.isupper() and not at_sentence_start(text, core.start, lo):
            return True  # Group of Seven, Air Force One, The Two Koreas
    if core.kind == "words":
        low = raw.lower()
        if prev_word.lower() in lex.definite and not core.scaled:
            return True  # the two countries
        bounded_one = prev_word.lower() in ("only", "just", "exactly", "merely") or bool(
            lex.qual_before.search(text, max(lo, core.start - 24), core.start)
        )
        if low == "one" and unit is None and not bounded_one:
            scale = lex.scale_after.match(text, core.end, hi)
            unit_m = lex.unit_after.match(text, core.end, hi)
            if not scale and not unit_m:
                return True  # one of the most, for one thing, one correspondent
        if prev_word.lower() in ("top", "bottom") and not core.scaled:
            return True  # ranks: top three
    return core.kind == "digits" and prev_word.lower() in ("top", "bottom", "no", "number", "#")


def at_sentence_start(text: str, pos: int, lo: int) -> bool:
    window_start = max(lo, pos - 40)
    head = text[window_start:pos].rstrip(" \u00a0\"“‘'(")
    if head == "":
        return window_start == lo
    return head[-1:] in ".!?:\n"


def is_calibre(text: str, core: Core, end: int, hi: int, lex: Lexicon) -> bool:
    """A millimetre figure naming a weapon type (``152mm``, ``155-mm howitzer``, ``122 mm
    ammunition``): a known calibre, or any size right before a weapon noun. ``1.5mm of
    rain`` is a measure."""
    after = WORD_AFTER.match(text, end, hi)
    return (core.value is not None and abs(core.value) in lex.calibres) or bool(
        after and after.group(1).lower() in lex.weapon_nouns
    )
