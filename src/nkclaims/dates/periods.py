"""Periods: a time expression resolved to its first and last day (`resolve`), with cues
(``since``, ``by``) and part modifiers (``late``, ``earlier``) reshaping dateparser's
granularity; decades, ranges, quarters and seasons by arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import _CacheInfo, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dateparser is imported on first use: it costs a quarter second
    pass

from nkclaims.dates.grammar import (
    _CUT_MODS,
    _MAX_EXPRESSION_CHARS,
    _NEUTRAL_BASE,
    Period,
    _Grammar,
    _grammar,
    _kind,
    _norm_key,
)
from nkclaims.dates.parsing import _dateparse


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_period(year: int, month: int) -> Period:
    return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))


def _year_period(year: int) -> Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _grain_period(d: dt.date, grain: str) -> Period:
    """The calendar period of granularity ``grain`` containing ``d``."""
    if grain == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return monday, monday + dt.timedelta(days=6)
    if grain == "month":
        return _month_period(d.year, d.month)
    if grain == "quarter":
        first = 3 * ((d.month - 1) // 3) + 1
        return dt.date(d.year, first, 1), _month_period(d.year, first + 2)[1]
    if grain == "year":
        return _year_period(d.year)
    return d, d


def _apply_part(period: Period, grain: str, part: str, published: dt.date | None) -> Period | None:
    """Narrow a month/year/decade to a part (``late October``), or cut it at publication."""
    start, end = period
    if part == "before_published":
        if published is None or published < start:
            return None
        return start, min(end, published)
    if part == "after_published":
        if published is None or published > end:
            return None
        return max(start, published), end
    bounds = _grammar().parts.get(grain, {}).get(part)
    if bounds is None:
        return None
    lo, hi = bounds
    if grain == "month":
        last = _last_day(start.year, start.month)
        return start.replace(day=min(lo, last)), start.replace(day=min(hi, last))
    if grain == "year":
        return dt.date(start.year, lo, 1), _month_period(start.year, hi)[1]
    if grain == "decade":
        return dt.date(start.year + lo, 1, 1), dt.date(start.year + hi, 12, 31)
    return None


def _count(num: str | None, g: _Grammar) -> int | None:
    """The number in a duration: digits, a digit range (its larger end) or a word; None if vague."""
    if num is None:
        return 1
    key = _norm_key(num)
    if key in g.vague:
        return None
    if key in g.number_words:
        return g.number_words[key]
    digits = re.findall(r"\d{1,3}", key)
    return max(int(x) for x in digits) if digits else None


def _ago(n: int, unit: str, base: dt.date) -> tuple[dt.date, str] | None:
    """dateparser's ``N units ago`` from ``base`` (decades as ten years)."""
    if unit == "decade":
        n, unit = 10 * n, "year"
    return _dateparse(f"{n} {unit}s ago", base, "past", "current")


def _mod(m: re.Match[str], group: str, g: _Grammar) -> str | None:
    text = m.group(group)
    if text is None:
        return None
    return g.modifiers.get(_norm_key(text.rstrip("-")))


def _atom(m: re.Match[str], kind: str, published: dt.date | None) -> Period | None:
    """The period of the time itself, before its cue is applied."""
    g = _grammar()
    base = published or _NEUTRAL_BASE

    if kind == "range":
        for i in range(g.n_ranges):
            a_text, b_text = m.group(f"ra{i}"), m.group(f"rb{i}")
            if a_text is not None and b_text is not None:
                b = _resolve_normalised(_norm_key(b_text), published)
                if b is None:
                    return None
                # The first end without a year falls in the latest such time before the second.
                a = _resolve_normalised(_norm_key(a_text), b[1])
                if a is None or a[0] > b[1]:
                    return None
                return a[0], b[1]
        return None
    if kind == "year_range":
        y1 = int(m.group("yr_a"))
        b_text = m.group("yr_b")
        y2 = int(b_text) if len(b_text) == 4 else 100 * (y1 // 100) + int(b_text)
        if not (g.year_min <= y1 <= y2 <= g.year_max):
            return None
        return dt.date(y1, 1, 1), dt.date(y2, 12, 31)
    if kind == "iso":
        got = _dateparse(m.group("k_iso"), _NEUTRAL_BASE)
        return None if got is None else (got[0], got[0])
    if kind == "past_span":
        n = _count(m.group("ps_num"), g)
        unit = g.units[_norm_key(m.group("ps_unit"))]
        if published is None or n is None or n == 0:
            return None
        got = _ago(n, unit, published)
        return None if got is None else (got[0], published)
    if kind in ("within", "past", "recent"):
        return None  # relative to an event, or with no length: found, not resolved
    if kind == "offset":
        if g.offsets[_norm_key(m.group("of_dir"))] != "ago" or published is None:
            return None
        n = _count(m.group("of_num"), g)
        if n is None:
            return None
        got = _ago(n, g.units[_norm_key(m.group("of_unit"))], published)
        return None if got is None else _grain_period(got[0], got[1])
    if kind == "end":
        if published is None:
            return None
        grain = g.end_phrases[_norm_key(m.group("end_phrase"))]
        if grain == "year":
            return _month_period(published.year, 12)
        return _apply_part(_month_period(published.year, published.month), "month", "end", None)
    if kind == "relative":
        return _relative(m, published, g)
    if kind == "now":
        if published is None:
            return None
        if g.now_words[_norm_key(m.group("now"))] == "yesterday":
            got = _dateparse("yesterday", published)
            return None if got is None else (got[0], got[0])
        return published, published
    if kind in ("month_day", "day_month"):
        pre = "md" if kind == "month_day" else "dm"
        if m.group(f"{pre}_year") is None and published is None:
            return None
        got = _dateparse(_norm_key(m.group(f"k_{kind}")), base)
        if got is None or got[1] != "day":
            return None
        return got[0], got[0]
    if kind == "month_year":
        core = f"{_norm_key(m.group('my_month'))} {m.group('my_year')}"
        got = _dateparse(core, _NEUTRAL_BASE)
        if got is None or got[1] != "month":
            return None
        return _with_part(_grain_period(got[0], "month"), "month", _mod(m, "my_mod", g), published)
    if kind == "month":
        if published is None:
            return None
        got = _dateparse(_norm_key(m.group("mo_month")), published)
        if got is None or got[1] != "month":
            return None
        part = _mod(m, "mo_mod", g)
        period = _with_part(_grain_period(got[0], "month"), "month", part, published)
        if period is not None and period[0] > published and part not in _CUT_MODS:
            # "late February" in an article of Feb. 12: the latest late February that
            # had begun by publication is the previous year's.
            d = got[0]
            earlier = _grain_period(d.replace(year=d.year - 1, day=1), "month")
            period = _with_part(earlier, "month", part, published)
        return period
    if kind == "season":
        months = g.seasons.get(_norm_key(m.group("se")))
        y = int(m.group("se_year"))
        if months is None:
            return None  # winter straddles two years: which one is meant is a guess
        return dt.date(y, months[0], 1), _month_period(y, months[1])[1]
    if kind == "quarter":
        if m.group("q_ord") is not None:
            q, y = g.quarters[_norm_key(m.group("q_ord"))], int(m.group("q_year"))
        else:
            q, y = int(m.group("q_num")), int(m.group("q_year2"))
        return dt.date(y, 3 * q - 2, 1), _month_period(y, 3 * q)[1]
    if kind == "decade":
        digits = re.sub(r"\D", "", m.group("dc"))
        if len(digits) == 2:
            return None  # "the '80s": the century is a guess
        y0 = int(digits)
        period = (dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31))
        return _with_part(period, "decade", _mod(m, "dc_mod", g), published)
    if kind == "year":
        y = int(m.group("y"))
        if not g.year_min <= y <= g.year_max:
            return None
        got = _dateparse(m.group("y"), _NEUTRAL_BASE)
        if got is None or got[1] != "year":
            return None
        return _with_part(_grain_period(got[0], "year"), "year", _mod(m, "y_mod", g), published)
    if kind == "weekday":
        if published is None:
            return None
        return _weekday(m.group("wd"), published, "this")
    return None  # pragma: no cover


def _with_part(
    period: Period, grain: str, part: str | None, published: dt.date | None
) -> Period | None:
    return period if part is None else _apply_part(period, grain, part, published)


def _weekday(name: str, published: dt.date, rel: str) -> Period | None:
    """The latest such weekday on or before publication (``next``: the first after it)."""
    if rel == "next":
        got = _dateparse(_norm_key(name), published, "future")
    else:
        # dateparser's past weekday is strictly before its base: base on the next day
        # so that "on Wednesday" in a Wednesday article is that Wednesday.
        got = _dateparse(_norm_key(name), published + dt.timedelta(days=1))
    return None if got is None else (got[0], got[0])


def _relative(m: re.Match[str], published: dt.date | None, g: _Grammar) -> Period | None:
    """``last week``, ``earlier this year``, ``last September``, ``next Friday``."""
    if published is None:
        return None
    rel = g.relative[_norm_key(m.group("rl_rel"))]
    part = _mod(m, "rl_mod", g)
    if m.group("rl_wd") is not None:
        return _weekday(m.group("rl_wd"), published, rel)
    if m.group("rl_month") is not None:
        month = _norm_key(m.group("rl_month"))
        first = published.replace(day=1)
        if rel == "last":  # the latest such month before the current one
            got = _dateparse(month, first - dt.timedelta(days=1))
        elif rel == "next":  # the first such month after the current one
            nxt = first + dt.timedelta(days=_last_day(first.year, first.month))
            got = _dateparse(month, nxt, "future")
        else:
            got = _dateparse(month, published, "current_period")
        if got is None or got[1] != "month":
            return None
        return _with_part(_grain_period(got[0], "month"), "month", part, published)
    unit = _norm_key(m.group("rl_unit"))
    if unit == "decade":
        y0 = 10 * (published.year // 10) + {"last": -10, "this": 0, "next": 10}[rel]
        return _with_part((dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31)), "decade", part, published)
    got = _dateparse(f"{rel} {unit}", published)
    if got is None or got[1] != unit:
        return None
    return _with_part(_grain_period(got[0], unit), unit, part, published)


def _normalise(expr_text: str) -> str:
    return _norm_key(expr_text.replace("\u2013", "-").replace("\u2014", "-"))


@lru_cache(maxsize=16384)
def _resolve_normalised(norm: str, published: dt.date | None) -> Period | None:
    try:
        return _resolve_unguarded(norm, published)
    except (OverflowError, ValueError):
        # date arithmetic beyond date.min / date.max ("next week" in an article
        # published on date.max): the period is not a date, so it is unresolved
        return None


def _resolve_unguarded(norm: str, published: dt.date | None) -> Period | None:
    m = _grammar().resolve_re.fullmatch(norm)
    if m is None:
        return None
    kind = _kind(m)
    period = _atom(m, kind, published)
    if period is None:
        return None
    cue = m.group("cue")
    mode = "point" if cue is None else _grammar().cues.get(_norm_key(cue), "point")
    if mode == "point":
        return period
    if mode == "since":
        if published is None or period[0] > published:
            return None
        return period[0], published
    if mode == "by":
        if published is None or period[1] < published:
            return None
        return published, period[1]
    return None  # "until", "before", "after": one end is unknown


def resolve(expr_text: str, published: dt.date | None) -> Period | None:
    """The period (first day, last day) a time expression refers to, or None.

    ``published`` is the base for relative expressions; without it only
    expressions that carry their own year resolve. Periods:

    - a day (``Oct. 22``, ``July 27, 2023``, ``on Wednesday``, ``Friday``): that day;
      without a year, the latest such day on or before ``published``;
    - a month (``August``, ``April 2024``) or year (``in 2022``): all of it; a month
      without a year is the latest such month not after ``published``;
      ``last September`` is the latest September before the published month;
    - ``last week`` / ``this week``: Monday to Sunday of the week before / of
      ``published``; ``this year``, ``last year``, ``last month`` likewise;
    - ``earlier this year``: January 1 to ``published``; ``later this year``:
      ``published`` to December 31;
    - part modifiers: ``late October`` is Oct. 21-31, ``early 2024`` January-April,
      ``mid-2024`` May-August, ``late 2024`` September-December, ``the early
      1990s`` 1990-1993 (data file ``parts``);
    - ``in the 1980s``: 1980-01-01 .. 1989-12-31; ``between 2017 and 2021``,
      ``2017-21``: 2017-01-01 .. 2021-12-31;
    - ``in the past year``, ``over the past 5 years``, ``the past 20-30 years`` (the
      larger end): from that long before ``published`` up to ``published``;
    - ``three years ago``: the calendar year (month, week) dateparser places it in;
    - cues: ``since X`` runs from the start of X to ``published``; ``by X`` from
      ``published`` to the end of X (``by the year's end``: to December 31);
      ``until``/``before``/``after`` leave one end unknown and give None;
    - unresolvable: ``within a week of ...``, ``a week prior``, ``in the past``,
      ``in recent years``, ``the past several years``, ``winter 2023``, ``the '80s``.

    Cached on the normalised text and ``published``; see :func:`resolve_cache_info`.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if len(expr_text) > _MAX_EXPRESSION_CHARS:
        return None  # no time expression is this long; keep such text out of the cache
    return _resolve_normalised(_normalise(expr_text), published)


def resolve_cache_info() -> _CacheInfo:
    """``functools`` cache statistics of :func:`resolve` (hits, misses, currsize)."""
    return _resolve_normalised.cache_info()


def clear_caches() -> None:
    """Empty the resolution and dateparser caches (for tests and benchmarks)."""
    _resolve_normalised.cache_clear()
    _dateparse.cache_clear()
