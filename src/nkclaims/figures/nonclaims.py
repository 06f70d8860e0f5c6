"""Numbers that are not claims (CLAIMS.md section 2), decided from a core and its neighbours."""

from __future__ import annotations

import re
from functools import cache

from nkclaims.figures.core import Core
from nkclaims.figures.lexicon import DATE_WORD_AFTER, SP, WORD_AFTER, Lexicon, word_before
from nkclaims.resources import alternation, load_json


def is_non_claim(text: str, core: Core, unit: str | None, lo: int, hi: int, lex: Lexicon) -> bool:
    """Dates, years, clock times, calibres, designations, pronoun ``one``, definite pairs."""
    prev_word = word_before(text, max(lo, core.start - 30), core.start)
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
            then = WORD_AFTER.match(text, after.end(), hi) if after else None
            counted = next_word.endswith("s") and next_word.lower() not in lex.mass_weapons
            if not counted and not (then and _counting_noun(then.group(1), lex)):
                return True  # "155 ammunition"; but "30 shells", "100 artillery systems" count
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


def _counting_noun(word: str, lex: Lexicon) -> bool:
    """Is the word after a weapon modifier a plural noun that is counted (``systems``,
    ``shells`` in ``30 artillery shells``)?"""
    low = word.lower()
    return low in lex.calibre_counted or (
        low.endswith("s") and low in lex.weapon_nouns and low not in lex.mass_weapons
    )


def is_calibre(text: str, core: Core, end: int, hi: int, lex: Lexicon) -> bool:
    """A millimetre figure naming a weapon type (``152mm``, ``155-mm howitzer``, ``122 mm
    ammunition``): a known calibre, or any size right before a weapon noun. ``1.5mm of
    rain`` is a measure."""
    after = WORD_AFTER.match(text, end, hi)
    return (core.value is not None and abs(core.value) in lex.calibres) or bool(
        after and after.group(1).lower() in lex.weapon_nouns
    )


class GeneralNonClaims:
    """Patterns for the non-claims of general news (``general_nonclaims.json``)."""

    def __init__(self) -> None:
        d = load_json("general_nonclaims.json")
        self.names = frozenset(d["names"])
        self.names_any_case = frozenset(w.lower() for w in d["names_any_case"])
        self.score_words = frozenset(w.lower() for w in d["score_words"])
        self.age_words = frozenset(w.lower() for w in d["age_words"])
        suffixes = alternation(d["street_suffixes"])
        self.street = re.compile(
            rf"{SP}+(?:[A-Z][\w'’.-]*{SP}+){{0,3}}(?:{suffixes})(?![\w])(?!{SP}+[a-z])"
        )
        # N-M with no space: a score or tally when a score word is near or M <= N
        self.pair = re.compile(r"(\d{1,3})[-–](\d{1,3})(?![\d,%\w-])(?!\.\d)")
        self.phone = re.compile(
            r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\d\w])"
            r"|\d{3}-\d{4}(?![\d\w-])"
        )
        self.version = re.compile(r"\d+(?:\.\d+){2,}(?![\d])")
        self.words = re.compile(r"[A-Za-z][A-Za-z-]*")
        orgs = load_json("organisations.json")["organisations"]
        numbered = set(d["numbered_names"]) | {
            alias
            for canonical, aliases in orgs.items()
            for alias in [canonical, *aliases]
            if re.search(r"\d", alias)
        }
        # the digit runs these names hold, to try the name pattern only on those numbers
        self.name_numbers = frozenset(n for name in numbered for n in re.findall(r"\d+", name))
        self.name_reach = max(len(name) for name in numbered)
        # a capitalised word after the name continues another one: 38 North Korean soldiers
        self.numbered_name = re.compile(
            rf"(?<![\w])(?:{alternation(numbered)})(?![\w])(?!{SP}+[A-Z])"
        )


@cache
def general() -> GeneralNonClaims:
    return GeneralNonClaims()


def general_non_claim_end(text: str, start: int, lo: int, hi: int, lex: Lexicon) -> int | None:
    """Where a score, tally, phone number or version number starting at ``start`` ends, or
    None: ``2-0``, ``89-89``, ``(212) 555-1234``, ``555-1234``, ``17.2.1``."""
    g = general()
    back = start - 1 if start > lo and text[start - 1] in "(+" else start
    run = start
    while run < hi and text[run].isdecimal():
        run += 1
    if back == start and text[run : run + 1] not in (" ", ".", "-", "–"):
        return None  # each pattern below needs one of these right after the first digits
    phone = g.phone.match(text, back, hi)
    if phone and not re.fullmatch(r"\d{1,3}(?:([ .,\u00a0])\d{3})(?:\1\d{3})*", phone.group(0)):
        return phone.end()  # 10 000 000 and 10.000.000 are thousands, not a phone number
    version = g.version.match(text, start, hi)
    if version and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", version.group(0)):
        return version.end()
    pair = g.pair.match(text, start, hi)
    if pair:
        first, second = int(pair.group(1)), int(pair.group(2))
        words = {
            w.lower() for w in g.words.findall(text, max(lo, start - 30), min(hi, pair.end() + 16))
        }
        nxt = WORD_AFTER.match(text, pair.end(), hi)
        word = nxt.group(1) if nxt else ""
        counted = (
            lex.scale_after.match(text, pair.end(), hi) is not None
            or lex.unit_after.match(text, pair.end(), hi) is not None
            or (word[:1].islower() and word.endswith("s") and word.lower() not in g.score_words)
        )  # lost 30-35 thousand, 3-4 brigades: a range of things, not a score
        if not counted and (second <= first or words & g.score_words):
            return pair.end()
    return None


def is_general_non_claim(text: str, core: Core, lo: int, hi: int) -> bool:
    """A number inside a name (``S&P 500``, ``iPhone 11``, ``Row 21``, ``page 12``, ``38
    North``), a
    house number (``358 El Brillo Way``) or an age in apposition (``Kim Jong Un, 40,``)."""
    g = general()
    token = _token_before(text, max(lo, core.start - 24), core.start)
    if token in g.names or token.lower() in g.names_any_case:
        return True
    if token.lower().rstrip(",") in g.age_words:
        return True
    if text[core.start : core.end] in g.name_numbers:
        window = g.numbered_name.finditer(
            text, max(lo, core.start - g.name_reach), min(hi, core.end + g.name_reach)
        )
        if any(n.start() <= core.start and core.end <= n.end() for n in window):
            return True  # 38 North, Group of 20, Area 51
    after = text[core.end : core.end + 2]
    if after[:1] in " \u00a0" and g.street.match(text, core.end, hi):
        return True
    value = core.value or 0.0
    tail = after[:1]
    if core.bare_int and 0 < value <= 120 and tail in (",", ")"):
        head = text[max(lo, core.start - 40) : core.start]
        if re.search(r"[A-Z][\w.'’-]*,[ \u00a0]*\Z", head):
            return True  # Kim Jong Un, 40, met Putin
        if re.search(r"[A-Z][\w.'’-]*[ \u00a0]+\(\Z", head) and tail == ")":
            return True  # Smith (40)
    return False


def _token_before(text: str, lo: int, pos: int) -> str:
    """The run of non-space characters before the spaces that end right at ``pos`` (``S&P``
    in ``S&P 500``), never reaching before ``lo``; empty when no space comes first."""
    head = text[lo:pos]
    stripped = head.rstrip(" \u00a0")
    if len(stripped) == len(head) or not stripped or stripped[-1].isspace():
        return ""
    return stripped.split()[-1]
