"""Reading a number as written: digits with separators, number words, scale words.

One narrow job, in the manner of price-parser: given the core of a figure as it
appears in text (``10,000``, ``10.000``, ``10 000``, ``7.48``, ``ten-thousand``,
``one and a half``, ``27-hundred``), return its value. Finding figures in text is
`nkclaims.figures`; this module only reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from nkclaims.resources import alternation, load_json

if TYPE_CHECKING:
    from nkclaims.models import Change


class NumberParseError(ValueError):
    """The string is not a number this module can read."""


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    tens: dict[str, int]
    hundred: dict[str, int]
    scales: dict[str, float]
    suffixes: dict[str, float]
    fractions: dict[str, float]
    multipliers: dict[str, float]
    multiplier_needs_context: frozenset[str]
    multiplier_not_before: frozenset[str]
    multiplier_change: dict[str, Change]
    dozen: dict[str, int]
    no_scale_after_groups: frozenset[str]

    @property
    def cardinal_words(self) -> set[str]:
        return set(self.units) | set(self.tens) | set(self.hundred) | set(self.dozen)

    @property
    def scale_words(self) -> set[str]:
        return {w for w in self.scales if w.isalpha() and len(w) > 3}


@cache
def number_words() -> NumberWords:
    d = load_json("numbers.json")
    return NumberWords(
        units=d["units"],
        tens=d["tens"],
        hundred=d["hundred"],
        scales={k: float(v) for k, v in d["scales"].items()},
        suffixes={k: float(v) for k, v in d["suffixes"].items()},
        fractions={k: float(v) for k, v in d["fractions"].items()},
        multipliers={k: float(v) for k, v in d["multiplier_words"].items()},
        multiplier_needs_context=frozenset(d.get("multiplier_needs_context", [])),
        multiplier_not_before=frozenset(d.get("multiplier_not_before", [])),
        multiplier_change=d.get("multiplier_change", {}),
        dozen=d["dozen"],
        no_scale_after_groups=frozenset(d.get("no_scale_after_groups", [])),
    )


# A digit group. The alternatives are tried in order and none can backtrack into
# another's digits more than a bounded amount, so matching is linear.
DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 10,000 / 1,234.5
    r"|\d{1,3}(?:\.\d{3})+(?!\d)"  # European 10.000 / 1.234.567
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"  # 10 000 (space, nbsp, narrow nbsp)
    r"|\d+(?:\.\d+)?"  # 2022 / 7.48 / 39.5
    r"|\.\d+"  # .5
)
_DIGITS_RE = re.compile(rf"(?:{DIGITS})\Z")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+\Z")


def parse_digits(s: str, *, decimal_dot: bool = False) -> float:
    """Read a digit string with thousands separators.

    ``10,000`` and ``10 000`` are 10000; ``10.000`` (a dot followed by exactly three
    digits and no more) is 10000 unless ``decimal_dot`` says the dot is a decimal
    point (the caller sets it when a scale word follows: ``1.500 billion``).
    """
    s = s.strip()
    if not _DIGITS_RE.match(s):
        raise NumberParseError(f"not a digit number: {s!r}")
    if _DOT_THOUSANDS.match(s) and not decimal_dot:
        s = s.replace(".", "")
    s = s.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    return float(s)


def is_dot_thousands(s: str) -> bool:
    """True for the European form ``10.000`` whose dot groups thousands."""
    return bool(_DOT_THOUSANDS.match(s.strip()))


@cache
def _word_re() -> re.Pattern[str]:
    w = number_words()
    words = w.cardinal_words | set(w.scales) | {"and", "a", "half", "quarter", "quarters", "third"}
    return re.compile(rf"(?:{alternation(words, fold_case=True)})", re.IGNORECASE)


def parse_words(s: str) -> float:
    """Read a number written in words: ``ten-thousand``, ``twenty-five``, ``one hundred and
    fifty``, ``one and a half million``, ``a dozen``, ``two dozen``, ``27-hundred``.

    Raises `NumberParseError` when any part is not a number word.
    """
    w = number_words()
    tokens = [t for t in re.split(r"[\s\-\u2010\u2011]+", s.strip().lower()) if t]
    if not tokens:
        raise NumberParseError(f"empty number: {s!r}")
    total = 0.0  # completed groups (above the current scale)
    current = 0.0  # the group being read
    seen = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "and":
            # "one and a half": add a half to the current group.
            part = {("a", "half"): 0.5, ("a", "quarter"): 0.25, ("a", "third"): 1 / 3}
            pair = tuple(tokens[i + 1 : i + 3])
            if pair in part or pair == ("three", "quarters"):
                current += part.get(pair, 0.75)
                i += 3
                continue
            i += 1
            continue
        if tok == "half" and tokens[i + 1 : i + 2] == ["a"] and i + 2 < len(tokens):
            current = (current or 1.0) * 0.5  # half a million
            seen = True
            i += 2
            continue
        if tok == "a" and i + 1 < len(tokens):
            current = current or 1.0
            seen = True
            i += 1
            continue
        if tok in w.units:
            if i > 0 and tokens[i - 1] in w.units:
                raise NumberParseError(f"two number words in a row: {s!r}")  # "one two"
            current += w.units[tok]
        elif tok in w.tens:
            current += w.tens[tok]
        elif re.fullmatch(r"\d+(?:\.\d+)?", tok):
            # digits only before a scale word: "27-hundred", "3 million"; "1 23" is no number
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if seen or (nxt not in w.hundred and nxt not in w.scales and nxt not in w.dozen):
                raise NumberParseError(f"digits inside a number in words: {s!r}")
            current += float(tok)
        elif tok in w.hundred:
            current = (current or 1.0) * 100
        elif tok in w.dozen:
            current = (current or 1.0) * 12
        elif tok in w.scales:
            total += (current or 1.0) * w.scales[tok]
            current = 0.0
        else:
            raise NumberParseError(f"not a number word: {tok!r} in {s!r}")
        seen = True
        i += 1
    if not seen:
        raise NumberParseError(f"no number in {s!r}")
    return total + current


def parse_number(s: str) -> float:
    """Read digits or words (``12,345``, ``12.345``, ``12 thousand``, ``twelve``)."""
    s = s.strip()
    m = re.fullmatch(rf"({DIGITS})\s*(?:-\s*)?([A-Za-z]+)?", s)
    if m:
        value = parse_digits(m.group(1), decimal_dot=bool(m.group(2)))
        if m.group(2):
            word = m.group(2)
            w = number_words()
            if word in w.suffixes:
                return value * w.suffixes[word]
            if word.lower() in w.scales:
                return value * w.scales[word.lower()]
            if word.lower() in w.hundred:
                return value * 100
            raise NumberParseError(f"unknown scale {word!r} in {s!r}")
        return value
    return parse_words(s)
