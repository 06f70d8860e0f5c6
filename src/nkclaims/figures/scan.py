"""The scan: find number cores, extend each into a whole figure, drop non-claims."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.figures.change import change_of
from nkclaims.figures.context import (
    continues_duration,
    counts_occasions,
    is_level_bound,
    is_tenor,
    is_up_particle,
)
from nkclaims.figures.core import Core, apply_scale, core_at, read_core
from nkclaims.figures.lexicon import SP, Lexicon, lexicon, singular, word_before
from nkclaims.figures.nonclaims import (
    general_non_claim_end,
    is_calibre,
    is_general_non_claim,
    is_non_claim,
)
from nkclaims.items import is_stop_word
from nkclaims.models import Change, Qualifier
from nkclaims.units import currency_factors, currency_prefixes, shared_signs, unit_for_surface


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
    change: Change | None = None


def candidate_starts(doc: Doc) -> list[int]:
    """Every offset where a number core may begin, read from the Doc's tokens.

    Searching the whole text with the core pattern costs as much as all other figure work
    together, so the component only tries the pattern where a core can start: at a token
    that is one of `Lexicon.first_words`, and at each letter, digit or dot of a token that
    is neither plain ASCII letters nor pure punctuation (``10,000``, ``$200m``, ``U.S.``,
    ``ſeven``). That covers every match: a core starts after a character that is not a
    word character, so a start inside a token sits in a token with such a character; and a
    core's first word is followed by a non-letter, so a plain-letter token where one starts
    is that word. No core starts right after a digit, nor with a decimal digit or dot right
    after ``.``, ``,`` or ``:`` (every branch's lookbehind forbids it; a vulgar fraction
    such as ``0:¼`` may), so those positions inside a number are skipped: they were most of
    the tries."""
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
            starts.extend(
                p
                for p in range(s, s + n)
                if (text[p].isalnum() or text[p] == ".")
                and not (
                    p > s
                    and (
                        text[p - 1].isdigit()
                        or (text[p - 1] in ".,:" and (text[p].isdecimal() or text[p] == "."))
                    )
                )
            )
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
        if isinstance(fig, int):  # a non-claim longer than its core: over the past 20-30 years
            pos = max(fig, m.end())
            continue
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
    return _carry_units(text, out, start, end)


_FROM_BEFORE = re.compile(rf"(?<![\w])from{SP}+\Z", re.IGNORECASE)
_TO_BETWEEN = re.compile(rf"{SP}+to{SP}+\Z", re.IGNORECASE)
_NEXT_WORD = re.compile(rf"{SP}*([A-Za-z]+)")


def _carry_units(text: str, figs: list[Figure], lo: int, hi: int) -> list[Figure]:
    """``from 240 to 273 horsepower``, ``from 21 mpg to 23``: two levels of one quantity
    with the unit written once; the bare end takes the other's unit (its span stays as
    written). Only when the text between is exactly ``to`` and a bare second number is not
    followed by a noun of its own (``from 21 mpg to 23 cars`` counts cars)."""
    for i in range(len(figs) - 1):
        a, b = figs[i], figs[i + 1]
        if (a.unit == "count") == (b.unit == "count") or a.value is None or b.value is None:
            continue
        if not _TO_BETWEEN.match(text[a.end : b.start]) or "\n" in text[a.end : b.start]:
            continue
        if not _FROM_BEFORE.search(text, max(lo, a.start - 6), a.start):
            continue
        if a.unit == "count" and a.per is None:
            figs[i] = replace(a, unit=b.unit)
        elif b.unit == "count" and b.per is None:
            nxt = _NEXT_WORD.match(text, b.end, hi)
            if nxt is None or is_stop_word(nxt.group(1)):
                figs[i + 1] = replace(b, unit=a.unit)
    return figs


def _extend(
    text: str, m: re.Match[str], lo: int, hi: int, lex: Lexicon, floor: int
) -> Figure | int | None:
    """Grow a core into a whole figure, or return None for a non-claim (or, for a non-claim
    that spans more than its core, the offset where it ends).

    The figure never extends to the left of ``floor`` (the end of the previous figure):
    see `find_figures` on overlaps. Words before ``floor`` still count as context."""
    core = read_core(text, m, lex)
    if core is None or (core.value is None and core.low is None):
        return None
    apply_scale(text, core, lex)
    left = core.start
    right = core.end
    unit: str | None = core.unit
    qualifier = Qualifier.VAGUE if core.kind == "vague" else Qualifier.EXACT
    value: float | None = core.value
    low: float | None = core.low
    high: float | None = core.high

    # Left: a written sign (-1.3%, $-50.8bn, -$5, minus 233), a currency mark between.
    negative = core.kind == "digits" and _sign_before(text, left, floor)
    if negative:
        left -= 1
    cur = None
    if _mark_may_end(text, max(floor, left - 8), left, lex):
        cur = lex.currency_before.search(text, max(floor, left - 8), left)
    if cur:
        unit = _currency_code(cur.group("code") or cur.group("sym"), text, lo, hi)
        left = cur.start()
    if not negative and core.kind == "digits" and cur and _sign_before(text, left, floor):
        negative, left = True, left - 1
    if not negative and core.kind in ("digits", "words"):
        minus = None
        if word_before(text, max(floor, left - 10), left).lower() in ("minus", "negative"):
            minus = lex.minus_before.search(text, max(floor, left - 10), left)
        if minus:
            negative, left = True, minus.start()
    if negative and core.value is not None:
        core.value = value = -core.value

    # Non-claims that depend only on the core and its neighbours.
    if is_non_claim(text, core, unit, lo, hi, lex):
        return None
    if core.kind == "digits" and unit is None:
        skip = general_non_claim_end(text, core.start, lo, hi, lex)
        if skip is not None:
            return skip
        if core.unit is None and is_general_non_claim(text, core, lo, hi):
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
    by = word_before(text, max(lo, left - 4), left)
    if by.lower() == "by" and _changes(text, text.rindex(by, lo, left), lo, lex):
        conn = None  # "fell by $1.2 billion to $8.4 billion": a change and a level
    if conn and core.kind in ("digits", "words") and core.unit in (None, "percent"):
        c = conn.group("c").lower()
        if c != "and" or (range_start and range_start.group("w").lower() == "between"):
            unit_first = lex.unit_after.match(text, right, hi)
            second = core_at(text, conn.end(), hi, lex)
            if (
                second is not None
                and value is not None
                and second[0].value is not None
                and (core.unit is None or second[0].unit == core.unit)  # between 5% and 6%
            ):
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
                        unit = _currency_code(cur2.group("code") or cur2.group("sym"), text, lo, hi)
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
    times_at: tuple[int, int] | None = None  # where a unit word "times" starts and ends
    if unit is None:
        u = lex.unit_after.match(text, right, hi)
        if u:
            unit = _unit_from_match(u)
            if unit == "times" and u.group("u").lower() == "times":
                times_at = (right, u.end())
            right = u.end()
            worth = currency_factors().get(re.sub(r"\s+", " ", u.group("u").lower()))
            if worth:  # 18 sen, 50 cents: a fraction of the currency
                value, low, high = _times(value, worth), _times(low, worth), _times(high, worth)
    if unit == "millimeter" and core.kind == "digits" and is_calibre(text, core, right, hi, lex):
        return None
    # Durations: a claim with a time unit when they measure something (sentenced to 15
    # years, a three-year contract, a 4.3 second dash); not a claim when they only place
    # events in time (over the past 5 years, three years ago, in two weeks).
    nxt = lex.time_word_after.match(text, right, hi)
    if unit is None and nxt and singular(nxt.group(1).lower()) in lex.time_singulars:
        if _places_in_time(text, core.start, nxt.end(), lo, hi, lex):
            return nxt.end()
        if is_tenor(text, nxt.group(0).startswith("-"), nxt.end(), hi):
            return nxt.end()  # the 10-year Treasury note: a bond's name
        unit = singular(nxt.group(1).lower())
        right = nxt.end()

    # Right: trailing bound (or less, or more).
    pq = lex.post_qual.match(text, right, hi)
    if pq and qualifier is Qualifier.EXACT:
        qualifier = lex.post_qualifiers[pq.group("q").lower()]
        right = pq.end()

    # Right: attached rate.
    per: str | None = None
    r = lex.rate.match(text, right, hi)
    if r and unit is not None and unit != "percent":  # doubled every year: a rate
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
    if q and q.group("q").lower() == "up to" and is_up_particle(text, q.start(), lo):
        q = None  # went up to $15.49: a level, no bound
    level = False  # slipped below $70: the figure is a level, not the change
    if q:
        word = q.group("q").lower()
        level = is_level_bound(word)
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
        sub = None
        if text[max(floor, left - 4) : left].lower() == "sub-":
            sub = lex.sub_before.search(text, max(floor, left - 4), left)
        if sub:  # sub-7 nanometer chips
            qualifier, left = Qualifier.LESS_THAN, sub.start()
    if qualifier is Qualifier.EXACT and not q:
        # a bound carried by a finite verb: "has surpassed 3,000" (outside the span)
        vb = word_before(text, max(lo, left - 16), left).lower()
        if vb in lex.verb_bounds:
            qualifier = lex.verb_bounds[vb]
    if qualifier is Qualifier.RANGE and range_start:
        rs = lex.range_start.search(text, max(floor, left - 12), left)
        if rs:
            left = rs.start()

    if (
        core.kind == "mult"
        and text[core.start : core.end].lower() in lex.words.multiplier_needs_context
        and qualifier is Qualifier.EXACT
        and not lex.determiner_after.match(text, core.end, hi)
    ):
        return None  # a double murder, triple-A: not a multiplier
    if core.kind == "mult":
        after = _NEXT_WORD.match(text, core.end, hi)
        if after and after.group(1).lower() in lex.words.multiplier_not_before:
            return None  # doubled as a shelter, doubled down on
    if unit is None:
        unit = "count"
    if core.kind == "frac" and not _fraction_is_share(text, core, left, lex, qualifier):
        return None
    said: Change | None = None  # doubled, halved: the verb says the direction itself
    if core.kind == "mult":
        said = lex.words.multiplier_change.get(text[core.start : core.end].lower())
    if (
        times_at is not None
        and right == times_at[1]
        and per is None
        and counts_occasions(text, left, times_at[1], lo, hi, lex)
    ):
        unit, right = "count", times_at[0]  # used 16 times: occasions (dev README R2)
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
        change=said or (None if level else change_of(text, left, right, lo, hi, unit)),
    )


def _mark_may_end(text: str, lo: int, pos: int, lex: Lexicon) -> bool:
    """Can a currency mark end right before ``pos`` (with one space at most)? Checked
    before the mark search, which most figures (counts) would run in vain."""
    last = text[pos - 1 : pos] if pos > lo else ""
    if last in (" ", "\u00a0"):
        last = text[pos - 2 : pos - 1] if pos - 1 > lo else ""
    return last != "" and last in lex.mark_last_chars


def _changes(text: str, pos: int, lo: int, lex: Lexicon) -> bool:
    """Is the word before ``from`` at ``pos`` a verb of change (rising, increased)?"""
    return word_before(text, max(lo, pos - 30), pos).lower() in lex.change_words


def _currency_code(mark: str, text: str, lo: int, hi: int) -> str:
    """The ISO code of a mark; a sign two currencies share (``¥``) reads the sentence."""
    code = currency_prefixes()[mark]
    shared = shared_signs().get(mark)
    if shared:
        default, words = shared
        found = {w.lower() for w in re.findall(r"[A-Za-z]+", text[lo:hi])}
        code = next(
            (c for w, c in words.items() if w in found or (" " in w and w in text[lo:hi].lower())),
            default,
        )
    return code


def _times(x: float | None, factor: float) -> float | None:
    return None if x is None else round(x * factor, 6)


def _sign_before(text: str, pos: int, floor: int) -> bool:
    """Is there a minus sign right before ``pos`` that is not a dash between two figures?"""
    if pos <= floor or text[pos - 1] not in "-\u2212":
        return False
    prev = text[pos - 2 : pos - 1]
    return pos - 1 == floor or not (prev.isalnum() or prev in "-–—.,:/%")


def _places_in_time(text: str, start: int, end: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """Does the duration ``text[start:end]`` only place events in time (CLAIMS.md 2)?"""
    if lex.time_after.match(text, end, hi):
        return True  # three years ago, two weeks later, a 40-year-old, 5 years old
    if continues_duration(text, end, hi):
        return False  # in 2 hours and 5 minutes: a time measured
    q = lex.qual_before.search(text, max(lo, start - 24), start)
    pos = q.start() if q else start
    if lex.time_before.search(text, max(lo, pos - 30), pos):
        return True  # over the past 5 years, the next three months, since two years
    if re.search(r"[.,]\d|seconds?\Z", text[start:end]):
        return False  # in 10.8 seconds: a time measured, not a point in time
    return not q and lex.time_before_bare.search(text, max(lo, start - 12), start) is not None


def _unit_from_match(m: re.Match[str]) -> str | None:
    return unit_for_surface(m.group("u"))


def _trim_phrase(phrase: str) -> str:
    """Cut a ``per`` phrase at the first word that cannot belong to a noun phrase."""
    words = phrase.split()
    kept: list[str] = []
    for word in words:
        if is_stop_word(word):
            break
        kept.append(word)
    return " ".join(kept)


def _fraction_is_share(
    text: str, core: Core, left: int, lex: Lexicon, qualifier: Qualifier
) -> bool:
    """``a third of the total`` is a share; ``a third time`` and ``third`` are not."""
    raw = text[core.start : core.end].lower()
    followed_by_of = re.match(rf"{SP}+of(?![\w])", text[core.end : core.end + 6]) is not None
    by_share = word_before(text, max(0, left - 4), left).lower() == "by"  # fell by a third
    if not (followed_by_of or by_share or qualifier is not Qualifier.EXACT):
        return False
    parts = re.split(r"[ \u00a0-]+", raw)
    return not (len(parts) == 1 and parts[0] not in ("half", "halves"))
