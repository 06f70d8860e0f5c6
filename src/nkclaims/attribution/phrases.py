"""Phrases for sources that are not a registered name: an unnamed source's short phrase
(R13) and the forms a name may take in it.

- `placed_phrase`: ``officials in the West`` -> ``Western officials``;
- `uncounted`, `one_way`: ``two U.S. officials`` -> ``US officials`` (counts and dotted
  party abbreviations as data);
- `speaking_office`: ``the ministry's press service`` -> ``the ministry``;
- `outlet_source`: ``Daily NK source in Russia`` keeps its phrase;
- `org_run`: the whole capitalised name ending a phrase (``the Korea International Trade
  Association``).
"""

from __future__ import annotations

import re
from functools import cache

from nkclaims.actors import canonical_actor
from nkclaims.attribution import speaker
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.registry import org_in
from nkclaims.resources import load_json


@cache
def _spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = load_json("speakers.json")["phrase_spellings"]
    alt = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alt})(?![\w])"), table


_ORG_RUN = re.compile(r"(?:[A-Z][\w.’'&-]*(?: (?:of|for|and|on|the) | ))*[A-Z][\w.’'&-]*$")


def org_run(bare: str) -> str | None:
    """The capitalised run ending a phrase (``the Korea International Trade Association``
    -> ``Korea International Trade Association``), without a leading article."""
    m = _ORG_RUN.search(bare)
    if m is None:
        return None
    run = m.group(0)
    for article in ("The ", "A "):
        run = run.removeprefix(article)
    return run


def speaking_office(bare: str) -> str | None:
    """The body a speaking office belongs to: ``the ministry's press service`` -> ``the
    ministry``, ``the Kremlin press office`` -> ``the Kremlin`` (``speaking_offices``)."""
    low = bare.lower()
    for office in _offices():
        if low.startswith(office + " of "):
            return bare[len(office) + 4 :] or None  # "the press service of the ministry"
        if low.endswith(" " + office):
            owner = bare[: -len(office) - 1].rstrip()
            for mark in ("’s", "'s"):
                owner = owner.removesuffix(mark)
            return owner or None
    return None


def outlet_source(bare: str, org: tuple[str, int, int] | None) -> bool:
    """``Daily NK source in Russia``, ``RFA's sources``: an organisation's unnamed source."""
    if org is None:
        org = org_in(bare)
    if org is None or org[1] > 2:
        return False
    rest = bare[org[2] :].removeprefix("’s").removeprefix("'s").split()
    if not rest:
        return False
    heads = _outlet_heads()
    return rest[0].lower() in heads and (len(rest) == 1 or rest[1] in ("in", "from", "inside"))


@cache
def _offices() -> tuple[str, ...]:
    return tuple(load_json("speakers.json")["speaking_offices"])


@cache
def _outlet_heads() -> frozenset[str]:
    return frozenset(load_json("speakers.json")["outlet_source_heads"])


@cache
def source_counts() -> frozenset[str]:
    """Counting words before an unnamed source (``speakers.json``: ``source_counts``)."""
    return frozenset(load_json("speakers.json")["source_counts"])


def uncounted(phrase: str) -> str:
    """``two US officials`` -> ``US officials``: an unnamed source without its count."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in source_counts():
        return " ".join(words[1:])
    return phrase


def one_way(phrase: str) -> str:
    """``U.S. military official`` -> ``US military official`` (``phrase_spellings``)."""
    pattern, table = _spellings()
    return pattern.sub(lambda m: table[m.group(0)], phrase)


def placed_phrase(bare: str) -> str | None:
    """``officials in the West`` -> ``Western officials``, ``a senior military official
    from the US`` -> ``senior US military official``, ``officials from the U.S. and South
    Korea`` -> ``US and South Korean officials``: an unnamed source by its party."""
    m = re.match(r"(.+?) (?:in|from) (?:the )?(.+)$", bare)
    if m is None:
        return None
    demonyms = lexicon().demonyms
    adjectives: list[str] = []
    for place in re.split(r" and (?:the )?", m.group(2)):
        if place == "West":
            adjectives.append("Western")
            continue
        party = canonical_actor(place)
        if party is None or party not in demonyms:
            return None
        adjectives.append(demonyms[party])
    lex = lexicon()
    words = m.group(1).split()
    if words[-1].lower() not in lex.role_nouns | lex.generic:
        return None
    if words[0].lower() in lex.role_nouns | lex.generic | speaker.RANK_WORDS:
        words[0] = words[0].lower()  # "Officials in the West" opening a sentence
    k = 0
    while k < len(words) - 1 and words[k].lower() in speaker.RANK_WORDS:
        k += 1
    return " ".join([*words[:k], " and ".join(adjectives), *words[k:]])
