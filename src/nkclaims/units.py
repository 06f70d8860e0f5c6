"""Unit knowledge: currencies, shares, multipliers and physical measures.

Currencies and shares come from our data files (``currencies.tsv``,
``percent.tsv``). Physical measures come from quantulum3's unit lexicon, loaded
once and restricted to the entities in ``quantulum_entities.txt``, minus the
ordinary words in ``measure_exclusions.txt``; ``measures.tsv`` adds and overrides
names. Unit names are singular and American-spelt (``kilometer``, ``ton``).
"""

from __future__ import annotations

import re
import warnings
from functools import cache

from nkclaims.resources import alternation, lines, table

_SP = r"[ \u00a0]"


@cache
def currency_prefixes() -> dict[str, str]:
    """Marks written before a number (``$``, ``US$``, ``KRW``) -> ISO 4217 code."""
    return {row[1]: row[2] for row in table("currencies.tsv") if row[0] == "prefix"}


@cache
def currency_suffixes() -> dict[str, str]:
    """Words written after a number (``won``, ``rubles``, ``US dollars``) -> ISO 4217 code."""
    return {row[1]: row[2] for row in table("currencies.tsv") if row[0] == "suffix"}


@cache
def share_words() -> dict[str, str]:
    """``%``, ``percent``, ``times``, ``fold`` -> unit."""
    return {row[0]: row[1] for row in table("percent.tsv")}


def _americanise(name: str) -> str:
    return name.replace("metre", "meter").replace("litre", "liter").replace("tonne", "ton")


@cache
def measure_units() -> dict[str, str]:
    """Surface (lower case unless it is a case-sensitive symbol) -> singular unit name."""
    entities = set(lines("quantulum_entities.txt"))
    excluded = {w.lower() for w in lines("measure_exclusions.txt")}
    out: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        units = load.units("en")
    for surface, found in units.surfaces.items():
        if (
            len(surface) < 3
            or surface.lower() in excluded
            or not re.fullmatch(r"[A-Za-z][A-Za-z -]*", surface)
        ):
            continue
        for unit in found:
            if unit.entity.name in entities:
                out[surface.lower()] = _americanise(unit.name)
                break
    for surface, name in table("measures.tsv"):
        key = surface if any(c.isupper() for c in surface) else surface.lower()
        out[key] = name
    return out


def measure_unit(surface: str) -> str | None:
    """The unit a measure word or symbol names, or None."""
    units = measure_units()
    return units.get(surface) or units.get(surface.lower())


def unit_for_surface(surface: str) -> str | None:
    """The unit any unit word after a number names: currency, share, multiplier or measure."""
    s = re.sub(r"\s+", " ", surface)
    for table_ in (currency_suffixes(), share_words()):
        if s in table_:
            return table_[s]
        low = s.lower()
        for k, v in table_.items():
            if k.lower() == low and not k.isupper():
                return v
    return measure_unit(s)


@cache
def unit_after_pattern() -> re.Pattern[str]:
    """Anchored pattern for a unit word right after a number; the unit is group ``u``."""
    words: set[str] = set()
    exact: set[str] = set()
    for surface in list(currency_suffixes()) + list(share_words()) + list(measure_units()):
        if surface.isupper() or any(c.isupper() for c in surface) or len(surface) <= 2:
            exact.add(surface)
        else:
            words.add(surface)
    spaced = "|".join(w.replace(" ", "\\s+") for w in sorted(words, key=lambda w: (-len(w), w)))
    symbols = alternation(exact)
    return re.compile(rf"{_SP}*-?(?P<u>(?i:{spaced})|{symbols})(?![\w])")
