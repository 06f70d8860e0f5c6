"""Finding time expressions: the grammar compiled once from ``data/time_words.json``
(bounded regular expressions, so a scan is linear) and `find_time_expressions`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from nkclaims.resources import load_json

if TYPE_CHECKING:  # dateparser is imported on first use: it costs a quarter second
    pass


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
