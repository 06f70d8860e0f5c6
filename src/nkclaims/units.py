"""Unit knowledge: currencies, shares, multipliers and physical measures.

Currencies and shares come from our data files (``currencies.tsv``,
``percent.tsv``). Physical measures come from quantulum3's unit lexicon (its JSON
package data, read once; its loader imports inflect, which costs seconds) and are
restricted to the entities in ``quantulum_entities.txt``, minus the
ordinary words in ``measure_exclusions.txt``; ``measures.tsv`` adds and overrides
names. Unit names are singular and American-spelt (``kilometer``, ``ton``).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from nkclaims.resources import alternation, lines, load_json, table

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
def currency_factors() -> dict[str, float]:
    """Suffix words worth a fraction of their currency (``pence``, ``cents``, ``sen``: 0.01)."""
    return {
        row[1].lower(): float(row[3])
        for row in table("currencies.tsv")
        if row[0] == "suffix" and len(row) > 3
    }


@cache
def shared_signs() -> dict[str, tuple[str, dict[str, str]]]:
    """A sign two currencies share -> its default code and {context word: code}."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for sign, spec in load_json("currency_context.json").items():
        words = {w.lower(): code for code, ws in spec.items() if code != "default" for w in ws}
        out[sign] = (spec["default"], words)
    return out


@cache
def share_words() -> dict[str, str]:
    """``%``, ``percent``, ``times``, ``fold`` -> unit."""
    return {row[0]: row[1] for row in table("percent.tsv")}


def _americanise(name: str) -> str:
    return name.replace("metre", "meter").replace("litre", "liter").replace("tonne", "ton")


def _plural(word: str) -> str:
    """English plural of a unit word (quantulum3 uses inflect, which is slow to import)."""
    if " per " in word:  # mile per hour -> miles per hour
        head, _, rate = word.partition(" per ")
        return f"{_plural(head)} per {rate}"
    first, _, rest = word.partition(" ")
    if rest[:1].isupper():  # degree Celsius -> degrees Celsius: a name after the noun
        return f"{_plural(first)} {rest}"
    head, _, tail = word.rpartition(" ")
    last = tail or word
    if last.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last == "foot":
        plural = "feet"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _quantulum_lexicon() -> dict[str, dict[str, Any]]:
    """quantulum3's unit lexicon, read from its package data (general units overlaid with
    the English ones) and expanded with SI prefixes the way quantulum3 does (``kilometre``
    from ``metre``, ``km`` from ``m``)."""
    from quantulum3.load import METRIC_PREFIXES

    root = files("quantulum3")
    general: dict[str, dict[str, Any]] = json.loads((root / "units.json").read_text("utf-8"))
    english: dict[str, dict[str, Any]] = json.loads(
        (root / "_lang" / "en_US" / "units.json").read_text("utf-8")
    )
    merged = {name: dict(unit) for name, unit in general.items()}
    for name, unit in english.items():
        merged.setdefault(name, {}).update(unit)
    out: dict[str, dict[str, Any]] = {}
    for name, unit in merged.items():
        out.setdefault(name, unit)
        for prefix in unit.get("prefixes", []):
            word = METRIC_PREFIXES[prefix]
            prefixed = out.setdefault(word + name, {"surfaces": [], "symbols": []})
            prefixed.setdefault("surfaces", []).extend(word + sf for sf in unit.get("surfaces", []))
            prefixed.setdefault("symbols", []).extend(prefix + sy for sy in unit.get("symbols", []))
            prefixed["entity"] = unit.get("entity")
    return out


@cache
def _unit_names() -> dict[str, str]:
    """quantulum3's unit name -> the record's name, where they differ beyond spelling."""
    return {row[0]: row[1] for row in table("unit_names.tsv")}


def _record_name(name: str) -> str:
    return _unit_names().get(name) or _americanise(name)


@cache
def measure_units() -> dict[str, str]:
    """Unit *words* (lower case, singular and plural) -> singular unit name."""
    entities = set(lines("quantulum_entities.txt"))
    excluded = {w.lower() for w in lines("measure_exclusions.txt")}
    out: dict[str, str] = {}
    for name, unit in _quantulum_lexicon().items():
        if unit.get("entity") not in entities:
            continue
        for surface in unit.get("surfaces", []):
            for form in (surface, _plural(surface)):
                low = form.lower()
                if len(low) < 3 or low in excluded or not re.fullmatch(r"[a-z][a-z -]*", low):
                    continue
                out.setdefault(low, _record_name(name))
    for surface, name in table("measures.tsv"):
        key = surface if any(c.isupper() for c in surface) else surface.lower()
        out[key] = name
    return out


_SYMBOL = re.compile(r"[A-Za-z°µμΩ][A-Za-z°µμΩ/²³]{0,6}")


@cache
def measure_symbols() -> dict[str, str]:
    """Unit *symbols*, case as written (``kW``, ``GB``, ``m``, ``°C``) -> singular unit name.

    From quantulum3's symbols of the entities in ``quantulum_entities.txt`` (SI prefixes
    included), minus ``symbol_exclusions.txt``; ``measure_symbols.tsv`` adds and overrides.
    The first entity listed wins a symbol two of them share."""
    entities = list(lines("quantulum_entities.txt"))
    rank = {e: i for i, e in enumerate(entities)}
    excluded = set(lines("symbol_exclusions.txt"))
    found: dict[str, tuple[int, str]] = {}
    for name, unit in _quantulum_lexicon().items():
        entity = unit.get("entity")
        if entity not in rank:
            continue
        for symbol in unit.get("symbols", []):
            if symbol in excluded or not _SYMBOL.fullmatch(symbol):
                continue
            if symbol not in found or rank[entity] < found[symbol][0]:
                found[symbol] = (rank[entity], _record_name(name))
    out = {symbol: name for symbol, (_, name) in found.items()}
    for symbol, name in table("measure_symbols.tsv"):
        out[symbol] = name
    return out


@cache
def spaced_symbols() -> frozenset[str]:
    """Symbols that name a unit also when a space separates them from the number (``6 kW``).

    Single letters (``m``, ``K``, ``C``) and the symbols in ``symbol_exclusions.txt`` that
    spell English words count only glued to digits."""
    spaced_excluded = set(lines("spaced_symbol_exclusions.txt"))
    return frozenset(s for s in measure_symbols() if len(s) >= 2 and s not in spaced_excluded)


def measure_unit(surface: str) -> str | None:
    """The unit a measure word or symbol names, or None."""
    symbol = measure_symbols().get(surface)
    if symbol:
        return symbol
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
    exact |= spaced_symbols()
    # a trie, like every word list (a flat alternation of ~900 words was the slowest
    # pattern of the scan); a space inside a unit name matches any run of spaces
    spaced = alternation(words).replace("\\ ", r"\s+")
    symbols = alternation(exact)
    return re.compile(rf"{_SP}*-?(?P<u>(?i:{spaced})|{symbols})(?![\w])")
