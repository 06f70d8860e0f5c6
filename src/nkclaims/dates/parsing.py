"""Reading dates with dateparser: relative dates against the publication date, full
dates of datelines, and `parse_published` / `find_dateline` for the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # dateparser is imported on first use: it costs a quarter second
    from dateparser.date import DateDataParser

from nkclaims.dates.grammar import _GRAINS, _LANGUAGES, _alt, _grammar

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
