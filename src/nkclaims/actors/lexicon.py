"""Word lists the actor sieve reads (``actor_cues.json``, ``grammar.json``,
``speakers.json``, ``reporting_verbs.json``), each loaded once."""

from __future__ import annotations

from functools import cache

from nkclaims.resources import load_json, word_set


@cache
def cues() -> dict[str, list[str]]:
    return {k: v for k, v in load_json("actor_cues.json").items() if not k.startswith("_")}


@cache
def cue_set(name: str) -> frozenset[str]:
    """One list of ``actor_cues.json`` as a set of lower-case words."""
    return frozenset(w.lower() for w in cues()[name])


PREPOSITIONS = word_set("prepositions")
CLAUSE_END_WORDS = word_set("clause_end_words")
PRONOUN_SUBJECTS = word_set("pronoun_subjects")
CLAUSE_BREAKS = word_set("clause_breaks")


@cache
def speaker_words() -> frozenset[str]:
    """Role and title words: a demonym right before one describes a person, not a party."""
    s = load_json("speakers.json")
    words = {w for ws in s["roles"].values() for w in ws if " " not in w} | set(s["titles"])
    return frozenset(
        words
        - {"report", "agency", "Agency", "ministry", "Ministry", "institute", "Institute"}
        - {"department", "Department", "military", "army", "Staff", "service", "deputy"}
        - {"newspaper", "daily", "outlet", "broadcaster", "network", "general", "General"}
    )


@cache
def currency_words() -> frozenset[str]:
    return cue_set("currency_words")


@cache
def role_nouns() -> frozenset[str]:
    return frozenset(load_json("speakers.json")["role_nouns"]) | {"military", "intelligence"}


@cache
def reporting_verbs() -> frozenset[str]:
    """Single-word forms of the verbs of speech and estimate (``reporting_verbs.json``)."""
    forms = load_json("reporting_verbs.json")["verbs"].values()
    return frozenset(f for fs in forms for f in fs if " " not in f)
