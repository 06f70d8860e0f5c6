"""Time expressions: find them, pick the one that governs a figure, resolve it to a period.

A figure in the news belongs to a time (``in 2022``, ``last week``, ``since August``).
This stage finds the time expressions in the text, picks for each figure the one
that governs it, and turns that expression into a period (``date_start`` ..
``date_end``) against the article's publication date.

Division of labour (issue 5):

- *Finding* is ours: regular expressions compiled once from ``data/time_words.json``.
  Every quantifier in them is bounded, so each match attempt costs a bounded number
  of steps and a scan is linear in the text. Money and counts are not times:
  ``$2,000 a month`` and ``3-4 units`` hold no time expression, and a bare year
  (``2022 World Cup``) is one only after a cue (``in 2022``) or a part modifier
  (``mid-2024``).
- *Parsing* dates is dateparser's: ``Oct. 28``, ``June 19``, ``August``, ``2022``,
  ``Friday``, ``last week``, ``this year``, ``5 years ago`` are read by a
  ``DateDataParser`` with ``RELATIVE_BASE`` = the publication date and
  ``PREFER_DATES_FROM = "past"``, so a date without a year falls in the latest year
  that puts it on or before publication. ``RETURN_TIME_AS_PERIOD`` makes dateparser
  report a clock-time reading as period ``time``, which we refuse (it is how
  dateparser misreads ``the 1980s``). Datelines use ``REQUIRE_PARTS`` (day, month and
  year), so ``SEOUL, Oct. 31 (Yonhap)`` gives no date rather than an invented year.
  Decades, ranges, quarters and seasons, which dateparser does not read, are plain
  arithmetic on the years written.
- *Periods* are ours: dateparser's granularity (``period``: day, week, month,
  quarter, year) becomes a first and last day; cues (``since``, ``by``) and part
  modifiers (``late``, ``earlier``) reshape it. See :func:`resolve`.

Anything that cannot be resolved (``within a week of Putin's visit``, ``in recent
years``, a relative expression without a publication date) gives ``None``, never a
guess presented as a fact; the expression is still reported as ``date_text``.

The spaCy component ``nkclaims_dates`` reads ``doc._.nk_published`` (or finds a
dateline), ``doc._.nk_sentences`` and ``doc._.nk_drafts``, and fills
``date_text`` / ``date_start`` / ``date_end`` of each figure's ``ClaimDraft``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import _CacheInfo, cache, lru_cache
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:  # dateparser is imported on first use: it costs a quarter second
    from dateparser.date import DateDataParser

from nkclaims import extensions
from nkclaims.extensions import ClaimDraft, drafts_of, text_of
from nkclaims.resources import load_json

__all__ = [
    "TimeExpression",
    "clear_caches",
    "dates_component",
    "find_dateline",
    "find_time_expressions",
    "governing_expression",
    "parse_published",
    "resolve",
    "resolve_cache_info",
]

Period = tuple[dt.date, dt.date]

_DATA_FILE = "time_words.json"
_LANGUAGES = ["en"]  # body expressions are English; datelines use the data file's list
# Granularities dateparser reports that we turn into a period; "time" and
# "part_of_day" mean a clock reading, never what an article's date phrase means.
_GRAINS = frozenset({"day", "week", "month", "quarter", "year"})
# Base for expressions that carry their own year: the result does not depend on it,
# but a fixed value keeps dateparser's output deterministic.
_NEUTRAL_BASE = dt.date(2000, 1, 1)
# Bounded white space inside an expression: never a line break.
_W = r"[^\S\r\n]{1,3}"
_APOSTROPHES = "'’"
_MAX_EXPRESSION_CHARS = 200


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text: ``text == source[start:end]``.

    ``kind`` names the form (``year``, ``month_day``, ``relative``, ``past_span``, ...)
    and ``cue`` the leading word that sets how it is read (``since``, ``in``), if any.
    """

    start: int
    end: int
    text: str
    kind: str
    cue: str | None = None


# --------------------------------------------------------------------------- grammar


def _atoms(phrase: str) -> list[str]:
    """A literal phrase as regex atoms: bounded white space between words, either apostrophe."""
    atoms: list[str] = []
    for i, part in enumerate(phrase.split()):
        if i:
            atoms.append(_W)
        atoms.extend(f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else re.escape(ch) for ch in part)
    return atoms


def _alt(words: Iterable[str]) -> str:
    """Literal phrases as one prefix-tree regex (``in(?:to)?``), longest first.

    A tree fails on the first character that no phrase continues with, where a flat
    alternation would try every phrase in turn: this keeps the scan fast.
    """
    root: dict[str, Any] = {}
    for phrase in set(words):
        node = root
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    alts = [atom + _emit(child) for atom, child in sorted(node.items()) if atom]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer phrase first


def _first_words(phrases: Iterable[str]) -> set[str]:
    """The leading letters of each phrase: what the scan's gate looks for."""
    out = set()
    for p in phrases:
        m = re.match(r"[^\W\d_]+", p.strip().lower())
        if m:
            out.add(m.group())
    return out


def _words(words: Iterable[str], tail: str = r"(?!\w)") -> str:
    """Case-insensitive whole words or phrases, followed by ``tail`` (a lookahead)."""
    return rf"(?i:\b(?:{_alt(words)}){tail})"


def _names(names: Iterable[str], dotted: bool = False) -> str:
    """Capitalised or upper-case names (months, weekdays); optional trailing dot."""
    variants: set[str] = set()
    for n in names:
        variants.update({n, n.upper()})
    dot = r"\.?" if dotted else ""
    return rf"\b(?:{_alt(variants)}){dot}(?!\w)"


def _norm_key(words: str) -> str:
    """Lookup key for a matched phrase: lower case, single spaces, straight apostrophes."""
    out = " ".join(words.split()).lower()
    for a in _APOSTROPHES[1:]:
        out = out.replace(a, "'")
    return out


@dataclass(frozen=True)
class _Grammar:
    find_re: re.Pattern[str]
    resolve_re: re.Pattern[str]
    clause_re: re.Pattern[str]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    number_words: Mapping[str, int]
    vague: frozenset[str]
    units: Mapping[str, str]
    relative: Mapping[str, str]
    offsets: Mapping[str, str]
    modifiers: Mapping[str, str]
    parts: Mapping[str, Mapping[str, tuple[int, int]]]
    end_phrases: Mapping[str, str]
    now_words: Mapping[str, str]
    seasons: Mapping[str, tuple[int, int] | None]
    quarters: Mapping[str, int]
    cues: Mapping[str, str]
    quantity_cues: frozenset[str]
    n_ranges: int
    year_followers: frozenset[str]
    year_min: int
    year_max: int
    dateline: Mapping[str, Any]


_KINDS = (
    "range",
    "year_range",
    "within",
    "iso",
    "past_span",
    "past",
    "recent",
    "offset",
    "end",
    "relative",
    "now",
    "month_day",
    "day_month",
    "month_year",
    "month",
    "season",
    "quarter",
    "decade",
    "year",
    "weekday",
)


@cache
def _grammar() -> _Grammar:
    d = load_json(_DATA_FILE)
    months: dict[str, int] = {}
    for table in (d["month_names"], d["month_abbreviations"]):
        months.update({k.lower(): int(v) for k, v in table.items()})
    weekdays = {k.lower(): int(v) for k, v in d["weekdays"].items()}
    year_min, year_max = int(d["year_min"]), int(d["year_max"])
    centuries = "|".join(str(c) for c in range(year_min // 100, year_max // 100 + 1))

    month_full = _names(d["month_names"])
    month_abbr = _names(d["month_abbreviations"], dotted=True)
    month_any = f"(?:{month_full}|{month_abbr})"
    weekday = _names(d["weekdays"])
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,:]\d|\w)"
    year = rf"(?<![\w$€£¥₩])(?<!\d[.,])(?:{centuries})\d\d(?![\w%]|[.,]\d)"
    year2 = r"\d\d(?![\w%]|[.,]\d)"
    no_date_after = r"(?!-\d)"  # "2024-10" of "2024-10-30" is not a year range
    decade = rf"(?:(?:{centuries})\d0s|[{_APOSTROPHES}]\d0s)(?!\w)"
    numwords = [*d["number_words"], *d["vague_counts"]]
    num = rf"(?:\d{{1,3}}(?:[^\S\r\n]?[-–][^\S\r\n]?\d{{1,3}})?(?![\d,.]\d|\w)|{_words(numwords)})"
    unit = _words(d["units"], r"(?![\w-])")
    part_mods = [k for k, v in d["part_modifiers"].items() if v not in _CUT_MODS]
    pmod = rf"{_words(part_mods)}(?:{_W}|-)"
    amod = rf"{_words(d['part_modifiers'])}(?:{_W}|-)"
    rel = _words(d["relative_words"])
    rel_unit = _words(d["relative_units"], r"(?![\w-])")
    the = rf"(?i:\bthe){_W}"
    cue = rf"(?P<cue>{_words(d['cues'])}){_W}"

    endpoint = (
        rf"(?:{month_any}{_W}{day}(?:,?{_W}{year})?|{month_any}{_W}(?i:of{_W})?{year}"
        rf"|{month_full}|{year})"
    )
    openers = d["range_openers"]
    range_alts = []
    for i, (opener, joins) in enumerate(openers.items()):
        range_alts.append(
            rf"{_words([opener])}{_W}(?P<ra{i}>{endpoint}){_W}{_words(joins)}{_W}(?P<rb{i}>{endpoint})"
        )
    forms = {
        "range": "|".join(range_alts),
        "year_range": rf"(?P<yr_a>{year})[-–](?P<yr_b>{year}|{year2}){no_date_after}",
        "within": rf"{_words(d['within_words'])}{_W}{num}{_W}{unit}(?:{_W}(?i:of\b))?",
        "iso": rf"(?:{centuries})\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])",
        "past_span": (
            rf"{the}(?P<ps_word>{_words(d['span_words'])}){_W}(?:(?P<ps_num>{num}){_W})?"
            rf"(?P<ps_unit>{unit})"
        ),
        "past": rf"{the}(?i:past)(?![\w-])",
        "recent": rf"(?:{the})?{_words(d['recent_words'])}{_W}(?:{num}{_W})?{unit}",
        "offset": (
            rf"(?P<of_num>{num}){_W}(?P<of_unit>{unit}){_W}"
            rf"(?P<of_dir>{_words(d['offset_words'])})"
        ),
        "end": rf"(?P<end_phrase>{_words(d['end_phrases'])})",
        "relative": (
            rf"(?:(?P<rl_mod>{amod}))?(?P<rl_rel>{rel}){_W}"
            rf"(?:(?P<rl_unit>{rel_unit})|(?P<rl_month>{month_full})|(?P<rl_wd>{weekday}))"
        ),
        "now": rf"(?P<now>{_words(d['now_words'])})",
        "month_day": (
            rf"(?P<md_month>{month_any}){_W}(?P<md_day>{day})(?:,?{_W}(?P<md_year>{year}))?"
        ),
        "day_month": (
            rf"(?P<dm_day>{day})\.?{_W}(?i:of{_W})?(?P<dm_month>{month_any})"
            rf"(?:,?{_W}(?P<dm_year>{year}))?"
        ),
        "month_year": (
            rf"(?:(?P<my_mod>{pmod}))?(?P<my_month>{month_any}){_W}(?i:of{_W})?(?P<my_year>{year})"
        ),
        "month": rf"(?:(?P<mo_mod>{pmod}))?(?P<mo_month>{month_full})",
        "season": rf"(?:{the})?(?P<se>{_words(d['seasons'])}){_W}(?i:of{_W})?(?P<se_year>{year})",
        "quarter": (
            rf"(?:{the})?(?P<q_ord>{_words(d['quarter_words'])}){_W}(?i:quarter){_W}(?i:of{_W})?"
            rf"(?P<q_year>{year})|\bQ(?P<q_num>[1-4]){_W}?(?P<q_year2>{year})"
        ),
        "decade": rf"(?:{the})?(?:(?P<dc_mod>{pmod}))?(?P<dc>{decade})",
        "year": rf"(?:(?P<y_mod>{pmod}))?(?P<y>{year})",
        "weekday": rf"(?P<wd>{weekday})",
    }
    assert tuple(forms) == _KINDS
    top = ("range", "year_range", "within")
    head = "|".join(f"(?P<k_{k}>{forms[k]})" for k in top)
    rest = "|".join(f"(?P<k_{k}>{forms[k]})" for k in _KINDS if k not in top)
    # Gates: lookaheads for the first word a form (or a cue) can start with. Most word
    # starts fail there at once instead of trying every form in turn.
    rest_words = _first_words(
        [
            "the",
            "q",
            *d["part_modifiers"],
            *d["relative_words"],
            *d["recent_words"],
            *numwords,
            *d["now_words"],
            *d["end_phrases"],
            *d["seasons"],
            *d["quarter_words"],
            *d["month_names"],
            *d["month_abbreviations"],
            *d["weekdays"],
        ]
    )
    all_words = rest_words | _first_words([*d["cues"], *openers, *d["within_words"]])
    digit_or_quote = rf"[\d{_APOSTROPHES}]"
    gate_rest = rf"(?=(?i:{_alt(rest_words)})(?![^\W\d_])|{digit_or_quote})"
    gate_all = rf"(?=(?i:{_alt(all_words)})(?![^\W\d_])|{digit_or_quote})"
    pattern = rf"(?<![\w$€£¥₩]){gate_all}(?:{head}|(?:{cue})?{gate_rest}(?:{rest}))"

    seps = [re.escape(s) for s in d["clause_separators"]]
    clause = rf"{'|'.join(seps)}|,{_W}(?={_words(d['clause_openers'])})"

    def pairs(table: Mapping[str, list[int]]) -> dict[str, tuple[int, int]]:
        return {k: (int(v[0]), int(v[1])) for k, v in table.items()}

    return _Grammar(
        find_re=re.compile(pattern),
        resolve_re=re.compile(pattern, re.IGNORECASE),
        clause_re=re.compile(clause),
        months=months,
        weekdays=weekdays,
        number_words={k.lower(): int(v) for k, v in d["number_words"].items()},
        vague=frozenset(_norm_key(v) for v in d["vague_counts"]),
        units={k.lower(): v for k, v in d["units"].items()},
        relative={k.lower(): v for k, v in d["relative_words"].items()},
        offsets={k.lower(): v for k, v in d["offset_words"].items()},
        modifiers={_norm_key(k): v for k, v in d["part_modifiers"].items()},
        parts={g: pairs(t) for g, t in d["parts"].items()},
        end_phrases={_norm_key(k): v for k, v in d["end_phrases"].items()},
        now_words={_norm_key(k): v for k, v in d["now_words"].items()},
        seasons={
            k.lower(): (None if v is None else (int(v[0]), int(v[1])))
            for k, v in d["seasons"].items()
        },
        quarters={k.lower(): int(v) for k, v in d["quarter_words"].items()},
        cues={_norm_key(k): v for k, v in d["cues"].items()},
        quantity_cues=frozenset(_norm_key(c) for c in d["quantity_cues"]),
        n_ranges=len(openers),
        year_followers=frozenset(w.lower() for w in d["year_followers"]),
        year_min=year_min,
        year_max=year_max,
        dateline=d["dateline"],
    )


# Modifiers that cut a period at the publication date rather than naming a part of it.
_CUT_MODS = frozenset({"before_published", "after_published"})


def _kind(m: re.Match[str]) -> str:
    for k in _KINDS:
        if m.group(f"k_{k}") is not None:
            return k
    raise AssertionError("a match always has a kind")  # pragma: no cover


# --------------------------------------------------------------------------- finding

_NEXT_WORD_RE = re.compile(r"[^\S\r\n]{1,3}([A-Za-z]{1,20})")


def _keep(m: re.Match[str], kind: str, g: _Grammar) -> bool:
    """Filter matches that are not times: bare months and years need a cue or modifier."""
    cue = m.group("cue")
    if kind == "month":
        return cue is not None or m.group("mo_mod") is not None
    if kind == "past":
        return cue is not None
    if kind == "year":
        if not g.year_min <= int(m.group("y")) <= g.year_max:
            return False
        if m.group("y_mod") is not None:
            return True
        if cue is None:
            return False
        if _norm_key(cue) in g.quantity_cues:
            nxt = _NEXT_WORD_RE.match(m.string, m.end())
            if nxt and nxt.group(1).islower() and nxt.group(1) not in g.year_followers:
                return False  # "increased by 2000 soldiers": an amount, not a year
    return True


def find_time_expressions(
    text: str, start: int = 0, end: int | None = None
) -> list[TimeExpression]:
    """The time expressions in ``text[start:end]``, in order, with offsets into ``text``.

    Linear in the length scanned: one pass of a regex whose quantifiers are all
    bounded. Cues are part of the expression (``since August``, ``in the past year``).
    """
    g = _grammar()
    stop = len(text) if end is None else min(end, len(text))
    out: list[TimeExpression] = []
    for m in g.find_re.finditer(text, max(0, start), stop):
        kind = _kind(m)
        if not _keep(m, kind, g):
            continue
        cue = m.group("cue")
        out.append(
            TimeExpression(
                m.start(), m.end(), m.group(), kind, None if cue is None else _norm_key(cue)
            )
        )
    return out


# --------------------------------------------------------------------------- dateparser


@lru_cache(maxsize=512)
def _parser(base: dt.date, prefer: str, day_of_month: str) -> DateDataParser:
    settings: dict[str, Any] = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": day_of_month,
        "RETURN_TIME_AS_PERIOD": True,
    }
    from dateparser.date import DateDataParser

    return DateDataParser(languages=_LANGUAGES, settings=settings)


@lru_cache(maxsize=16384)
def _dateparse(
    core: str, base: dt.date, prefer: str = "past", day_of_month: str = "first"
) -> tuple[dt.date, str] | None:
    """dateparser's reading of ``core``: the date and its granularity, or None."""
    try:
        data = _parser(base, prefer, day_of_month).get_date_data(core)
    except (ValueError, OverflowError, TypeError):
        return None
    if data.date_obj is None or data.period not in _GRAINS:
        return None
    return data.date_obj.date(), str(data.period)


@cache
def _dateline_parser() -> DateDataParser:
    # Only absolute dates: "yesterday" or a bare timestamp is no publication date.
    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        "PARSERS": ["absolute-time"],
    }
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(_grammar().dateline["languages"]), settings=settings)


def _full_date(s: str) -> dt.date | None:
    """A complete date (day, month and year all written) in ``s``, or None."""
    if not _YEAR_IN_RE.search(s):
        return None
    iso = _iso_date(s)
    if iso is not None:
        return iso
    try:
        data = _dateline_parser().get_date_data(s)
    except (ValueError, OverflowError, TypeError):
        return None
    return None if data.date_obj is None else data.date_obj.date()


def _iso_date(s: str) -> dt.date | None:
    if not _ISO_RE.fullmatch(s):
        return None
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        return None


_ISO_RE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ][0-9:.]{1,15}(?:Z|[+-]\d\d:?\d\d)?)?")


# --------------------------------------------------------------------------- published / dateline


def parse_published(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    """The publication date as a ``date``; ``None`` stays ``None``.

    Accepts a ``date``, a ``datetime`` (its date is taken as written, no time-zone
    conversion), an ISO string (``2024-10-31``, ``2024-10-31T09:00:00+09:00``) or a
    full written date dateparser reads (``31 October 2024``, ``Montag, 12. Februar
    2024``). Raises ``ValueError`` naming the value when it is none of these.
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        s = published.strip()
        found = _full_date(s) if s and len(s) <= 100 else None
        if found is not None:
            return found
        raise ValueError(
            f"cannot parse published date {published!r}: expected an ISO date such as "
            "'2024-10-31' or a full written date"
        )
    raise ValueError(
        f"cannot parse published date {published!r}: expected a date, datetime or ISO string"
    )


_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]{1,2000}")
_PLACE_RE = re.compile(r"[A-Z][A-Z .'’-]{1,40},[^\S\r\n]{0,3}")
_YEAR_IN_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_GENERIC_LABEL_RE = re.compile(r"[^\W\d][^:\d\n]{0,30}:[^\S\r\n]{0,3}")


@cache
def _label_re() -> re.Pattern[str]:
    labels = _grammar().dateline["labels"]
    return re.compile(rf"(?i:(?:{_alt(labels)}))[^\S\r\n]{{0,3}}[:：]?[^\S\r\n]{{0,3}}")


def _dateline_candidates(line: str) -> Iterable[str]:
    conf = _grammar().dateline
    segments = [line]
    for sep in conf["segment_separators"]:
        segments = [part for s in segments for part in s.split(sep)]
    for seg in segments:
        seg = seg.strip()
        if not seg:
            continue
        yield seg
        for rx in (_label_re(), _GENERIC_LABEL_RE, _PLACE_RE):
            m = rx.match(seg)
            if m and m.end() < len(seg):
                yield seg[m.end() :]


def find_dateline(text: str) -> dt.date | None:
    """The publication date a dateline near the top of ``text`` gives, or None.

    Looks at the lines starting in the first ``head_chars`` characters (data file),
    at most ``max_lines`` of them. A candidate is a whole short line (``Montag, 12.
    Februar 2024``), the text after a label (``Written: 2024-10-30``, ``Published:
    Oct. 31, 2024``) or after an upper-case place name (``SEOUL, Oct. 31, 2024
    (Yonhap)``), cut at a bracket or dash. It must contain a year, and day, month
    and year must all be written: ``SEOUL, Oct. 31 (Yonhap)`` gives None rather
    than an invented year. The first candidate that reads as a full date wins.
    """
    conf = _grammar().dateline
    head_chars = int(conf["head_chars"])
    max_chars = int(conf["max_candidate_chars"])
    head = text[: head_chars + 2 * max_chars]
    for n, m in enumerate(_LINE_RE.finditer(head)):
        if n >= int(conf["max_lines"]) or m.start() >= head_chars:
            break
        for cand in _dateline_candidates(m.group()):
            for cut in conf["cut_at"]:
                i = cand.find(cut)
                if i > 0:
                    cand = cand[:i]
            cand = cand.strip(" \t,;:.-|")
            if not cand or len(cand) > max_chars or not _YEAR_IN_RE.search(cand):
                continue
            found = _full_date(cand)
            if found is not None:
                return found
    return None


# --------------------------------------------------------------------------- resolving


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


# --------------------------------------------------------------------------- governing


_NEAREST = 8
"""How many expressions on each side of a figure `governing_expression` looks at."""


def _clause(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``pos``: between clause separators (data file)."""
    return _Clauses(text, sentence).around(pos)


class _Clauses:
    """The clause separators of one sentence, found once; `around` bisects them."""

    def __init__(self, text: str, sentence: tuple[int, int]) -> None:
        self.sentence = sentence
        spans = [m.span() for m in _grammar().clause_re.finditer(text, *sentence)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def around(self, pos: int) -> tuple[int, int]:
        """From the end of the last separator ending by ``pos`` to the start of the first
        separator starting at or after it (separators do not overlap)."""
        k = bisect.bisect_right(self.ends, pos)
        lo = self.ends[k - 1] if k else self.sentence[0]
        j = bisect.bisect_left(self.starts, pos)
        hi = self.starts[j] if j < len(self.starts) else self.sentence[1]
        return lo, hi


def _attached(expr: TimeExpression, fig_end: int, text: str) -> bool:
    """The expression directly follows a figure (``$1.42 billion in 2017``)."""
    return (
        fig_end <= expr.start
        and expr.start - fig_end <= 3
        and not text[fig_end : expr.start].strip()
    )


class _Governor:
    """`governing_expression` for every figure of one sentence, each in bounded work.

    ``spans`` are the figures' (start, end), ``reaches`` their extents for attachment
    (see `_reach`). Which figures each expression directly follows is found once, by
    looking up the few figure ends that can precede it; each figure then looks at no
    more than `_NEAREST` expressions on each side."""

    def __init__(
        self,
        expressions: Sequence[TimeExpression],
        sentence: tuple[int, int],
        text: str,
        spans: Sequence[tuple[int, int]],
        reaches: Sequence[tuple[int, int]],
    ) -> None:
        s_start, s_end = sentence
        self.exprs = sorted(
            (e for e in expressions if s_start <= e.start and e.end <= s_end),
            key=lambda e: e.start,
        )
        self.starts = [e.start for e in self.exprs]
        self.spans = spans
        self.clauses = _Clauses(text, sentence)
        by_end: dict[int, list[int]] = {}
        for k, (_, end) in enumerate(reaches):
            by_end.setdefault(end, []).append(k)
        # per expression: how many figures it directly follows, and one of them
        self.attached: list[tuple[int, int]] = []
        for e in self.exprs:
            count, one = 0, -1
            for end in range(e.start - 3, e.start + 1):
                figs = by_end.get(end)
                if figs and _attached(e, end, text):
                    count += len(figs)
                    one = figs[0]
            self.attached.append((count, one))

    def _free(self, j: int, figure: int) -> bool:
        """Expression ``j`` follows no figure other than ``figure``."""
        count, one = self.attached[j]
        return count == 0 or (count == 1 and one == figure)

    def govern(self, figure: int) -> TimeExpression | None:
        f_start, f_end = self.spans[figure]
        p = bisect.bisect_left(self.starts, f_start)
        left: TimeExpression | None = None
        for j in range(p - 1, max(-1, p - 1 - _NEAREST), -1):
            if self.exprs[j].end <= f_start and self._free(j, figure):
                left = self.exprs[j]  # ends are ordered too: the first found is nearest
                break
        right: TimeExpression | None = None
        for j in range(p, min(len(self.exprs), p + _NEAREST)):
            if self.exprs[j].start >= f_end and self._free(j, figure):
                right = self.exprs[j]
                break
        found = [e for e in (left, right) if e is not None]
        if not found:
            return None
        c_start, c_end = self.clauses.around(f_start)
        in_clause = [e for e in found if e.start < c_end and e.end > c_start]

        def distance(e: TimeExpression) -> tuple[int, int]:
            gap = f_start - e.end if e.end <= f_start else e.start - f_end
            return gap, e.start

        return min(in_clause or found, key=distance)


def governing_expression(
    expressions: Sequence[TimeExpression],
    sentence: tuple[int, int],
    figure: tuple[int, int],
    text: str,
    other_figures: Sequence[tuple[int, int]] = (),
) -> TimeExpression | None:
    """The time expression that governs the figure at ``figure`` (start, end), or None.

    A simple heuristic:

    1. candidates are the expressions inside ``sentence`` that do not overlap the
       figure and do not directly follow *another* figure (in ``$1.42 billion in
       2017 to $7.4 billion in 2022``, ``in 2017`` belongs to $1.42 billion and
       ``in 2022`` to $7.4 billion); ``other_figures`` are their (start, end);
    2. the figure's clause runs between clause separators (``;``, ``: ``, dashes,
       `` that `` between a report and what it reports, and ``, `` before a
       conjunction or relative word such as ``and``, ``which``, ``with``; data file
       ``clause_separators`` / ``clause_openers``);
    3. the nearest candidate in that clause wins (distance in characters between
       the two spans; a tie goes to the earlier one); else the nearest in the
       sentence; else None. Only the `_NEAREST` expressions on each side of the
       figure are looked at, so the work per figure is bounded.

    ``expressions`` come from `find_time_expressions` (ordered, not overlapping).
    """
    spans = [figure, *other_figures]
    return _Governor(expressions, sentence, text, spans, spans).govern(0)


# --------------------------------------------------------------------------- spaCy component


def _reach(draft: ClaimDraft) -> tuple[int, int]:
    """A figure's extent for attachment: its span, and its item when that follows it."""
    end = draft.end
    if (
        draft.item_start is not None
        and draft.item_end is not None
        and draft.item_start >= draft.end
    ):
        end = max(end, draft.item_end)
    return draft.start, end


def _sentence_of(draft: ClaimDraft, sentences: Sequence[tuple[int, int]], starts: list[int]) -> int:
    i = draft.sentence_index
    if 0 <= i < len(sentences) and sentences[i][0] <= draft.start < sentences[i][1]:
        return i
    return max(0, bisect.bisect_right(starts, draft.start) - 1)


@Language.component("nkclaims_dates")
def dates_component(doc: Doc) -> Doc:
    """Fill ``date_text`` / ``date_start`` / ``date_end`` of every figure's draft.

    The publication date is ``doc._.nk_published`` (normalised with
    :func:`parse_published`); when that is None, the document's dateline
    (:func:`find_dateline`), which is stored back on the Doc.
    """
    published = parse_published(doc._.nk_published)
    if published is None:
        published = find_dateline(text_of(doc))
    doc._.nk_published = published
    drafts = drafts_of(doc)
    if not drafts:
        return doc
    text = text_of(doc)
    sentences: list[tuple[int, int]] = list(doc._.nk_sentences or [(0, len(text))])
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[ClaimDraft]] = {}
    for draft in drafts:
        by_sentence.setdefault(_sentence_of(draft, sentences, starts), []).append(draft)
    for si, group in by_sentence.items():
        sentence = sentences[si]
        exprs = find_time_expressions(text, sentence[0], sentence[1])
        spans = [(d.start, d.end) for d in group]
        governor = _Governor(exprs, sentence, text, spans, [_reach(d) for d in group])
        for i, draft in enumerate(group):
            expr = governor.govern(i) if exprs else None
            period = None if expr is None else resolve(expr.text, published)
            draft.date_text = None if expr is None else expr.text
            draft.date_start, draft.date_end = period if period is not None else (None, None)
    return doc


extensions.register()
