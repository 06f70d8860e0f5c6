"""Finding figures in text and normalising them (CLAIMS.md sections 2 and 3).

The scan has three steps, each small:

1. one compiled pattern finds number *cores* (digits with separators, number words,
   fractions, multipliers, vague magnitudes); it runs in C over the text;
2. each core is *extended* outward with anchored patterns built from the data files:
   currency marks and bound words on the left, scale words, range partners, unit
   words, trailing bounds and attached rates on the right;
3. *non-claims* are dropped: dates, years, clock times, durations, calibres naming
   weapons, numbers inside names, ``one`` as a pronoun, ranks.

`find_figures` is a pure function over a string; the spaCy component
``nkclaims_figures`` runs it per sentence and stores one `ClaimDraft` per figure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.extensions import ClaimDraft
from nkclaims.models import Qualifier
from nkclaims.numbers import (
    DIGITS,
    NumberParseError,
    is_dot_thousands,
    number_words,
    parse_digits,
    parse_words,
)
from nkclaims.resources import alternation, lines, load_json, table, word_set
from nkclaims.units import currency_prefixes, unit_after_pattern

_SP = r"[ \u00a0]"  # a space inside a figure (never a line break)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’-]*)[ \u00a0]*\Z")
_WORD_AFTER = re.compile(r"[ \u00a0]*([A-Za-z][A-Za-z'’-]*)")
_DATE_WORD_AFTER = re.compile(r"\.?[ \u00a0]*([A-Za-zäöüÄÖÜ]+)")


@dataclass(frozen=True)
class Figure:
    """A figure as found: the span and its normalised reading."""

    start: int
    end: int
    text: str
    qualifier: Qualifier
    unit: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    per: str | None = None


@dataclass
class _Core:
    """The number itself before extension: where it is and what it reads."""

    start: int
    end: int
    kind: str  # digits | words | frac | mult | vague
    value: float | None
    low: float | None = None
    high: float | None = None
    scaled: bool = False
    unit: str | None = None
    bare_int: bool = False  # digits only, no separators: a candidate year
    base: float | None = None  # the value before a scale word multiplied it


class _Lexicon:
    """Every pattern the scan needs, compiled once from the data files."""

    def __init__(self) -> None:
        w = number_words()
        self.words = w
        vague = load_json("vague.json")["magnitudes"]
        self.vague: dict[str, tuple[float, float]] = {
            k.lower(): (float(v[0]), float(v[1])) for k, v in vague.items()
        }
        cardinal = alternation(w.cardinal_words, fold_case=True)
        scale_words = alternation(w.scale_words | set(w.hundred), fold_case=True)
        numerator = alternation(set(w.units) | {"a"}, fold_case=True)
        self.core = re.compile(
            rf"(?P<halfscale>(?<![\w-])half[ \u00a0-]an?[ \u00a0-](?:{scale_words}|dozen)(?![\w-]))"
            rf"|(?P<vague>(?<![\w-])(?:{alternation(self.vague, fold_case=True)})(?![\w-]))"
            rf"|(?P<frac>(?<![\w-])(?:(?:{numerator})[ \u00a0-])?(?:{alternation(w.fractions, fold_case=True)})(?![\w-]))"
            rf"|(?P<mult>(?<![\w-])(?:{alternation(w.multipliers, fold_case=True)})(?![\w-]))"
            rf"|(?P<words>(?<![\w-])(?:{cardinal}|{scale_words})"
            rf"(?:(?:{_SP}|-)(?:{cardinal}|{scale_words})|{_SP}+and{_SP}+(?:a{_SP}+half|{cardinal}))*"
            rf"(?![\w-]))"
            rf"|(?P<digits>(?<![\w.,:/])(?<![A-Za-z]-)(?:{DIGITS})(?P<glued>[A-Za-z%]{{1,4}})?(?![\w]))",
            re.IGNORECASE,
        )
        # Every word a word-type core can begin with (see `candidate_starts`).
        starters = (
            set(w.cardinal_words)
            | set(w.scale_words)
            | set(w.hundred)
            | set(w.units)
            | set(w.fractions)
            | set(w.multipliers)
            | set(self.vague)
            | {"a", "half"}
        )
        self.first_words = frozenset(re.split(r"[ \u00a0-]", x.lower())[0] for x in starters)
        self.first_hashes = numpy.array(
            sorted(get_string_id(x) for x in self.first_words), dtype=numpy.uint64
        )
        self.scale_after = re.compile(
            rf"{_SP}*(?:-{_SP}*)?(?P<scale>{alternation(w.scale_words | set(w.hundred) | set(w.scales), fold_case=True)})(?![\w])",
            re.IGNORECASE,
        )
        quals = {row[0].lower(): Qualifier(row[1]) for row in table("qualifiers.tsv")}
        self.qualifiers = quals
        self.qual_before = re.compile(
            rf"(?<![\w])(?P<q>{alternation(quals, fold_case=True)}){_SP}+\Z", re.IGNORECASE
        )
        self.range_start = re.compile(rf"(?<![\w])(?P<w>between|from){_SP}+\Z", re.IGNORECASE)
        self.article_before = re.compile(rf"(?<![\w])(?P<a>an?){_SP}+\Z", re.IGNORECASE)
        post = {row[0].lower(): Qualifier(row[1]) for row in table("post_qualifiers.tsv")}
        self.post_qualifiers = post
        self.post_qual = re.compile(
            rf"{_SP}+(?P<q>{alternation(post, fold_case=True)})(?![\w])", re.IGNORECASE
        )
        self.range_conn = re.compile(rf"{_SP}*(?P<c>-|–|—|to|and|or){_SP}*(?=\S)", re.IGNORECASE)
        self.currency_before = re.compile(
            rf"(?:(?<![A-Za-z])(?P<code>{alternation([p for p in currency_prefixes() if p.isalpha()])}){_SP}"
            rf"|(?P<sym>{alternation([p for p in currency_prefixes() if not p.isalpha()])}){_SP}?)\Z"
        )
        self.currency_at = re.compile(
            rf"(?:(?<![A-Za-z])(?P<code>{alternation([p for p in currency_prefixes() if p.isalpha()])}){_SP}"
            rf"|(?P<sym>{alternation([p for p in currency_prefixes() if not p.isalpha()])}){_SP}?)"
        )
        self.unit_after = unit_after_pattern()
        self.of_unit = re.compile(rf"{_SP}+of(?={_SP})")
        periods = "day|week|month|year|quarter|annum|hour"
        self.rate_adverbs: dict[str, str | None] = load_json("grammar.json")["rate_adverbs"]
        adverbs = "|".join(
            re.escape(a).replace(r"\ ", f"{_SP}+")
            for a in sorted(self.rate_adverbs, key=len, reverse=True)
        )
        self.rate = re.compile(
            rf"{_SP}+(?:(?:a|an|per|each|every){_SP}+(?P<period>{periods})"
            rf"|(?P<adv>{adverbs}))"
            rf"(?![\w-])(?!{_SP}+(?:ago|earlier|later|before|after|prior)\b)",
            re.IGNORECASE,
        )
        self.per_noun = re.compile(
            rf"{_SP}+per{_SP}+(?P<noun>[A-Za-z][\w-]*(?:{_SP}+[A-Za-z][\w-]*){{0,3}})"
        )
        self.months = frozenset(m.lower().rstrip(".") for m in lines("months.txt"))
        self.time_units = frozenset(t.lower() for t in lines("time_units.txt"))
        self.time_singulars = frozenset(_singular(t) for t in self.time_units)
        cal = load_json("calibre.json")
        self.mm = tuple(cal["mm_suffixes"])
        self.calibres = frozenset(float(c) for c in cal["calibres"])
        self.weapon_nouns = frozenset(cal["weapon_nouns"])
        self.designations = frozenset(lines("designations.txt"))
        self.change_words = frozenset(w.lower() for w in lines("change_words.txt"))
        self.verb_bounds = {row[0].lower(): Qualifier(row[1]) for row in table("verb_bounds.tsv")}
        self.clock_after = re.compile(
            r"[ \u00a0]*(?:[ap]\.m\.|[ap]m(?![\w])|o[’']clock|GMT|UTC|KST)", re.IGNORECASE
        )
        self.year_tail = re.compile(r"(?:[-–/]\d{1,4}){1,2}(?![\w])")
        self.definite = word_set("definite_words")


@cache
def lexicon() -> _Lexicon:
    return _Lexicon()


def _singular(word: str) -> str:
    """``years`` -> ``year``, ``days'`` -> ``day`` (enough for time words)."""
    word = word.rstrip("'’")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _round2(x: float) -> float:
    return round(x, 2)


def _read_core(text: str, m: re.Match[str], lex: _Lexicon) -> _Core | None:
    """Turn a core match into a value, or None when it is not a number after all."""
    s, e = m.span()
    kind = m.lastgroup or ""
    if kind == "glued":
        kind = "digits"
    raw = m.group(0)
    if m.group("halfscale"):
        word = re.split(r"[ \u00a0-]+", raw.lower())[-1]
        factor = 12.0 if word == "dozen" else 100.0 if word == "hundred" else lex.words.scales[word]
        return _Core(s, e, "words", 0.5 * factor, scaled=True)
    if m.group("vague"):
        low, high = lex.vague[re.sub(r"\s+", " ", raw.lower())]
        return _Core(s, e, "vague", None, low, high, scaled=True)
    if m.group("frac"):
        parts = re.split(r"[ \u00a0-]+", raw.lower())
        den = lex.words.fractions[parts[-1]]
        num = 1.0
        if len(parts) == 2 and parts[0] != "a":
            num = float(lex.words.units[parts[0]])
        return _Core(s, e, "frac", _round2(100.0 * num / den), unit="percent")
    if m.group("mult"):
        return _Core(s, e, "mult", float(lex.words.multipliers[raw.lower()]), unit="times")
    if m.group("words"):
        try:
            value = parse_words(raw)
        except NumberParseError:
            return None
        lowered = raw.lower()
        scaled = any(w in lowered for w in ("thousand", "million", "billion", "trillion"))
        return _Core(s, e, "words", value, scaled=scaled)
    digits = m.group("digits")
    glued = m.group("glued")
    if sum(c.isdigit() for c in digits) > 18:
        return None  # an identifier or a run of digits, not an amount
    number = digits[: len(digits) - len(glued)] if glued else digits
    core = _Core(s, e, "digits", None)
    if glued:
        g = glued
        if g in lex.words.suffixes or g.lower() in ("bn", "mn", "mln", "bln", "tn", "trn"):
            factor = lex.words.suffixes.get(g) or lex.words.scales[g.lower()]
            core.base = parse_digits(number, decimal_dot=True)
            core.value = core.base * factor
            core.scaled = True
            return core
        if g == "%":
            core.value = parse_digits(number)
            core.unit = "percent"
            return core
        unit = _glued_unit(g)
        if unit is None:
            return None  # ordinals (19th), decades (1990s), codes (3D), calibres (152mm)
        core.value = parse_digits(number)
        core.unit = unit
        return core
    scale_m = lex.scale_after.match(text, e)
    core.value = parse_digits(number, decimal_dot=bool(scale_m) and is_dot_thousands(number))
    core.bare_int = number.isdigit()
    return core


def _glued_unit(glued: str) -> str | None:
    from nkclaims.units import measure_unit

    if glued.lower() in ("mm",):
        return None
    return measure_unit(glued)


def _apply_scale(text: str, core: _Core, lex: _Lexicon) -> None:
    """Multiply by a scale word that follows (``200 million``, ``27-hundred``)."""
    if core.scaled or core.kind not in ("digits", "words") or core.value is None:
        return
    m = lex.scale_after.match(text, core.end)
    if not m:
        return
    word = m.group("scale")
    factor = (
        100.0
        if word.lower() in lex.words.hundred
        else lex.words.scales.get(word.lower(), lex.words.suffixes.get(word, 0.0))
    )
    if not factor:
        return
    if core.kind == "words" and word.lower() in lex.words.hundred:
        return  # "two hundred" is already read by parse_words
    core.base = core.value
    core.value *= factor
    core.end = m.end()
    core.scaled = True


def _core_at(text: str, pos: int, limit: int, lex: _Lexicon) -> tuple[_Core, int] | None:
    """A second core starting at ``pos`` (for a range), with an optional currency mark."""
    cur = lex.currency_at.match(text, pos, limit)
    start = cur.end() if cur else pos
    m = lex.core.match(text, start, limit)
    if not m or not (m.group("digits") or m.group("words")):
        return None
    core = _read_core(text, m, lex)
    if core is None:
        return None
    _apply_scale(text, core, lex)
    return core, (cur.start() if cur else start)


def candidate_starts(doc: Doc) -> list[int]:
    """Every offset where a number core may begin, read from the Doc's tokens.

    Searching the whole text with the core pattern costs as much as all other figure work
    together, so the component only tries the pattern where a core can start: at a token
    that is one of `_Lexicon.first_words`, and at each letter, digit or dot of a token that
    is neither plain ASCII letters nor pure punctuation (``10,000``, ``$200m``, ``U.S.``,
    ``ſeven``). That covers every match: a core starts after a character that is not a
    word character, so a start inside a token sits in a token with such a character; and a
    core's first word is followed by a non-letter, so a plain-letter token where one starts
    is that word."""
    if not len(doc):
        return []
    lex = lexicon()
    arr = doc.to_array(["IDX", "LENGTH", "LOWER", "IS_ALPHA", "IS_ASCII", "IS_PUNCT", "IS_SPACE"])
    plain = (arr[:, 3] == 1) & (arr[:, 4] == 1)
    starts: list[int] = arr[plain & numpy.isin(arr[:, 2], lex.first_hashes), 0].tolist()
    other = ~plain & (arr[:, 5] == 0) & (arr[:, 6] == 0)
    if other.any():
        text = extensions.text_of(doc)
        for s, n in arr[other][:, :2].tolist():
            starts.extend(p for p in range(s, s + n) if text[p].isalnum() or text[p] == ".")
        starts.sort()
    return starts


def find_figures(
    text: str, start: int = 0, end: int | None = None, starts: Sequence[int] | None = None
) -> list[Figure]:
    """All figures in ``text[start:end]``, in text order, with offsets into ``text``.

    ``starts`` (sorted offsets, from `candidate_starts`) limits where a number core is
    tried; without it the whole range is searched. Both give the same figures.

    Figures never overlap. When a word could belong to two figures (``RUB`` in
    ``10,000 RUB 500``), the earlier figure keeps it and the later one is read without
    it: ``10,000 RUB`` (RUB) and ``500`` (a count). The scan goes left to right and a
    figure's left extensions (currency mark, bound words, ``a``, ``between``) stop at
    the end of the figure before it."""
    if end is None:
        end = len(text)
    lex = lexicon()
    out: list[Figure] = []
    pos = floor = start
    k = 0 if starts is None else bisect.bisect_left(starts, start)
    while pos < end:
        m: re.Match[str] | None = None
        if starts is None:
            m = lex.core.search(text, pos, end)
        else:
            while k < len(starts) and starts[k] < end:
                if starts[k] >= pos:
                    m = lex.core.match(text, starts[k], end)
                    if m:
                        break
                k += 1
        if not m:
            break
        fig = _extend(text, m, start, end, lex, floor)
        if fig is None:
            pos = m.end()
            if m.group("digits") and len(m.group("digits")) == 4:
                # a year span or an ISO date is one non-claim: 1950-53, 2018-2019, 2024-02-12
                tail = lex.year_tail.match(text, pos, end)
                if tail:
                    pos = tail.end()
            continue
        out.append(fig)
        pos = floor = max(fig.end, m.end())
    return out


def _extend(
    text: str, m: re.Match[str], lo: int, hi: int, lex: _Lexicon, floor: int
) -> Figure | None:
    """Grow a core into a whole figure, or return None for a non-claim.

    The figure never extends to the left of ``floor`` (the end of the previous figure):
    see `find_figures` on overlaps. Words before ``floor`` still count as context."""
    core = _read_core(text, m, lex)
    if core is None or (core.value is None and core.low is None):
        return None
    _apply_scale(text, core, lex)
    left = core.start
    right = core.end
    unit: str | None = core.unit
    qualifier = Qualifier.VAGUE if core.kind == "vague" else Qualifier.EXACT
    value, low, high = core.value, core.low, core.high

    # Left: currency mark, then bound words.
    cur = lex.currency_before.search(text, max(floor, left - 6), left)
    if cur:
        unit = _currency_code(cur.group("code") or cur.group("sym"))
        left = cur.start()

    # Non-claims that depend only on the core and its neighbours.
    if _is_non_claim(text, core, unit, lo, hi, lex):
        return None

    # Right: a range partner.
    conn = lex.range_conn.match(text, right, hi)
    range_start = lex.range_start.search(text, max(floor, left - 12), left)
    if (
        range_start
        and range_start.group("w").lower() == "from"
        and _changes(text, range_start.start(), lo, lex)
    ):
        conn = None  # "rising from $1.74 billion to $12.7 billion": two amounts, not a range
    if conn and core.kind in ("digits", "words") and core.unit is None:
        c = conn.group("c").lower()
        if c != "and" or (range_start and range_start.group("w").lower() == "between"):
            unit_first = lex.unit_after.match(text, right, hi)
            second = _core_at(text, conn.end(), hi, lex)
            if second is not None and value is not None and second[0].value is not None:
                core2, _ = second
                lo_v, hi_v = value, core2.value
                assert hi_v is not None
                if core2.scaled and not core.scaled and core2.base:
                    factor = hi_v / core2.base
                    if lo_v * factor <= hi_v:
                        lo_v = lo_v * factor
                if lo_v < hi_v and (unit_first is None or c in ("-", "–", "—", "to")):
                    cur2 = lex.currency_at.match(text, conn.end(), hi)
                    if cur2 and unit is None:
                        unit = _currency_code(cur2.group("code") or cur2.group("sym"))
                    value, low, high = None, lo_v, hi_v
                    qualifier = Qualifier.RANGE
                    right = core2.end
                    if core2.unit:
                        unit = core2.unit
    # A range inside a single token: "3-4" is matched as core "3" then "-4" above.

    # Right: "of" + unit after a vague magnitude (hundreds of thousands of tons).
    if core.kind == "vague":
        of = lex.of_unit.match(text, right, hi)
        if of:
            u = lex.unit_after.match(text, of.end(), hi)
            if u:
                unit = _unit_from_match(u) or unit
                right = u.end()
    # Right: unit word.
    if unit is None:
        u = lex.unit_after.match(text, right, hi)
        if u:
            unit = _unit_from_match(u)
            right = u.end()
    # Durations are not claims: "20-30 years", "three years ago", a "30-day" truce.
    nxt = _WORD_AFTER.match(text, right, hi)
    if unit is None and nxt and _singular(nxt.group(1).lower()) in lex.time_singulars:
        return None
    if (
        nxt
        and unit is None
        and text[right : right + 1] == "-"
        and nxt.group(1).lower() in lex.time_units
    ):
        return None

    # Right: trailing bound (or less, or more).
    pq = lex.post_qual.match(text, right, hi)
    if pq and qualifier is Qualifier.EXACT:
        qualifier = lex.post_qualifiers[pq.group("q").lower()]
        right = pq.end()

    # Right: attached rate.
    per: str | None = None
    r = lex.rate.match(text, right, hi)
    if r and unit is not None and unit not in ("percent", "times"):
        per = (
            r.group("period").lower()
            if r.group("period")
            else lex.rate_adverbs[re.sub(r"\s+", " ", r.group("adv").lower())]
        )
        if per == "annum":
            per = "year"
        right = r.end()
    elif unit is not None and unit not in ("percent", "times"):
        pn = lex.per_noun.match(text, right, hi)
        if pn:
            noun = _trim_phrase(pn.group("noun"))
            if noun:
                per = noun
                right = pn.start("noun") + len(noun)

    # Left: "a" before a bare scale word or a dozen (a million rounds, a dozen).
    if core.kind == "words" and re.match(
        r"(?i)(?:hundred|thousand|million|billion|trillion|dozen)", text[core.start :]
    ):
        a = lex.article_before.search(text, max(floor, left - 4), left)
        if a:
            left = a.start()
    # Left: bound words (not carried over from an earlier figure).
    q = lex.qual_before.search(text, max(floor, left - 24), left)
    if q:
        word = q.group("q").lower()
        if qualifier is Qualifier.RANGE:
            if word in ("anywhere from",) or lex.qualifiers[word] is Qualifier.APPROXIMATELY:
                left = q.start()
        elif qualifier is Qualifier.VAGUE:
            qualifier = lex.qualifiers[word]
            value = low
            left = q.start()
        elif qualifier is Qualifier.EXACT:
            qualifier = lex.qualifiers[word]
            left = q.start()
    if qualifier is Qualifier.EXACT and not q:
        # a bound carried by a finite verb: "has surpassed 3,000" (outside the span)
        vb = _WORD_BEFORE.search(text, max(lo, left - 16), left)
        if vb and vb.group(1).lower() in lex.verb_bounds:
            qualifier = lex.verb_bounds[vb.group(1).lower()]
    if qualifier is Qualifier.RANGE and range_start:
        rs = lex.range_start.search(text, max(floor, left - 12), left)
        if rs:
            left = rs.start()

    if unit is None:
        unit = "count"
    if core.kind == "frac" and not _fraction_is_share(text, core, left, lex, qualifier):
        return None
    return Figure(
        start=left,
        end=right,
        text=text[left:right],
        qualifier=qualifier,
        unit=unit,
        value=value,
        low=low,
        high=high,
        per=per,
    )


def _changes(text: str, pos: int, lo: int, lex: _Lexicon) -> bool:
    """Is the word before ``from`` at ``pos`` a verb of change (rising, increased)?"""
    m = _WORD_BEFORE.search(text, max(lo, pos - 30), pos)
    return bool(m and m.group(1).lower() in lex.change_words)


def _currency_code(mark: str) -> str:
    from nkclaims.units import currency_prefixes

    return currency_prefixes()[mark]


def _unit_from_match(m: re.Match[str]) -> str | None:
    from nkclaims.units import unit_for_surface

    return unit_for_surface(m.group("u"))


def _trim_phrase(phrase: str) -> str:
    """Cut a ``per`` phrase at the first word that cannot belong to a noun phrase."""
    from nkclaims.items import is_stop_word

    words = phrase.split()
    kept: list[str] = []
    for word in words:
        if is_stop_word(word):
            break
        kept.append(word)
    return " ".join(kept)


def _fraction_is_share(
    text: str, core: _Core, left: int, lex: _Lexicon, qualifier: Qualifier
) -> bool:
    """``a third of the total`` is a share; ``a third time`` and ``third`` are not."""
    raw = text[core.start : core.end].lower()
    followed_by_of = re.match(rf"{_SP}+of(?![\w])", text[core.end : core.end + 6]) is not None
    if not (followed_by_of or qualifier is not Qualifier.EXACT):
        return False
    parts = re.split(r"[ \u00a0-]+", raw)
    return not (len(parts) == 1 and parts[0] not in ("half", "halves"))


def _is_non_claim(
    text: str, core: _Core, unit: str | None, lo: int, hi: int, lex: _Lexicon
) -> bool:
    """Dates, years, clock times, calibres, designations, pronoun ``one``, definite pairs."""
    before = _WORD_BEFORE.search(text, max(lo, core.start - 30), core.start)
    prev_word = before.group(1) if before else ""
    after = _WORD_AFTER.match(text, core.end, hi)
    next_word = after.group(1) if after else ""
    raw = text[core.start : core.end]
    nxt_char = text[core.end : core.end + 1]

    if core.kind == "digits" and core.unit is None and unit is None:
        v = core.value or 0.0
        # Clock times and slashed dates: 10:30, 10/28/2024, 3 p.m.
        if nxt_char in (":", "/") and text[core.end + 1 : core.end + 2].isdigit():
            return True
        if lex.clock_after.match(text, core.end, hi):
            return True
        # Dates: Oct. 28, June 19, 12. Februar 2024, 28 October.
        date_after = _DATE_WORD_AFTER.match(text, core.end, hi)
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
        # Calibres: 155-mm, 122 mm, "155 ammunition".
        tail = text[core.end : core.end + 14].lower().lstrip(" \u00a0")
        if any(tail.startswith(s) for s in lex.mm) and not tail.startswith("mm2"):
            return True
        if v in lex.calibres and next_word.lower() in lex.weapon_nouns and core.bare_int:
            return True
        # Numbers inside names: Resolution 2270, No. 1, Unit 8200.
        if prev_word in lex.designations or prev_word.rstrip(".") + "." in lex.designations:
            return True
        if prev_word[:1].isupper() and prev_word in lex.designations:
            return True
    if core.kind in ("words", "frac", "mult", "vague"):
        first = raw[:1]
        if first.isupper() and not _at_sentence_start(text, core.start, lo):
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


def _at_sentence_start(text: str, pos: int, lo: int) -> bool:
    window_start = max(lo, pos - 40)
    head = text[window_start:pos].rstrip(" \u00a0\"“‘'(")
    if head == "":
        return window_start == lo
    return head[-1:] in ".!?:\n"


@Language.component("nkclaims_figures")
def figures_component(doc: Doc) -> Doc:
    """Find the figures of every sentence and store their drafts (``doc._.nk_drafts``)."""
    text = extensions.text_of(doc)
    starts = candidate_starts(doc)
    token_starts = extensions.tokens_of(doc).starts
    drafts = []
    for index, (s, e) in enumerate(doc._.nk_sentences or [(0, len(text))]):
        for fig in find_figures(text, s, e, starts):
            # the tokens covering the figure: from the one holding its first character
            # to the one holding its last
            t_start = bisect.bisect_right(token_starts, fig.start) - 1
            t_end = bisect.bisect_left(token_starts, fig.end)
            drafts.append(
                ClaimDraft(
                    start=fig.start,
                    end=fig.end,
                    sentence_index=index,
                    qualifier=fig.qualifier,
                    unit=fig.unit,
                    token_start=max(0, t_start),
                    token_end=max(t_end, t_start + 1),
                    value=fig.value,
                    low=fig.low,
                    high=fig.high,
                    per=fig.per,
                )
            )
    extensions.set_drafts(doc, drafts)
    return doc


extensions.register()
