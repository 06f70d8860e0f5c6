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

from nkclaims.dates.component import dates_component
from nkclaims.dates.governor import governing_expression
from nkclaims.dates.grammar import TimeExpression, find_time_expressions
from nkclaims.dates.parsing import find_dateline, parse_published
from nkclaims.dates.periods import clear_caches, resolve, resolve_cache_info

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
