"""The attribution stage's word lists, read once from ``nkclaims/data``.

- ``reporting_verbs.json``: verbs of speech, estimate and stance, lemma -> forms;
- ``speakers.json``: titles, role nouns, communication nouns, time and setting words,
  pronouns, and the words that make a candidate speaker a clause;
- ``organisations.json``: the organisation gazetteer (canonical name -> aliases), the
  demonyms and institution nouns of the canonical-form rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nkclaims.resources import alternation, load_json


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]  # single-word forms
    verb_phrases: dict[str, str]  # first word -> two-word form ("pointed out")
    lemma_of: dict[str, str]
    hearer_forms: frozenset[str]  # told, informed, briefed
    quote_forms: frozenset[str]  # quoted, cited
    denial_forms: frozenset[str]  # denied, disputes
    prepositions: tuple[str, ...]  # longest first
    titles: frozenset[str]
    roles: dict[str, str]  # role word (as written and lower-cased) -> role
    role_nouns: frozenset[str]
    communication_nouns: frozenset[str]
    owner_cue_nouns: frozenset[str]
    evidence_kind: dict[str, str]  # evidence noun -> its kind (report | data)
    evidence_verbs: tuple[str, ...]
    time_words: frozenset[str]
    setting_prepositions: frozenset[str]
    setting_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    back_pointers: frozenset[str]
    generic: frozenset[str]
    non_sources: frozenset[str]
    clause_words: frozenset[str]
    max_speaker_words: int
    orgs: dict[str, str]  # alias -> canonical organisation
    demonyms: dict[str, str]  # country -> adjective
    institutions: dict[str, str]  # institution noun (lower) -> canonical spelling
    ministry_topics: dict[str, str]
    org_re: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    rv = load_json("reporting_verbs.json")
    sp = load_json("speakers.json")
    og = load_json("organisations.json")
    lemma_of: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for lemma, forms in rv["verbs"].items():
        for form in forms:
            lemma_of[form] = lemma
            if " " in form:
                phrases[form.split()[0]] = form
    single = frozenset(f for f in lemma_of if " " not in f)
    roles: dict[str, str] = {}
    for role, words in sp["roles"].items():
        for w in words:
            roles.setdefault(w, role)
            roles.setdefault(w.lower(), role)
    orgs: dict[str, str] = {}
    for canonical, aliases in og["organisations"].items():
        orgs[canonical] = canonical
        for alias in aliases:
            orgs[alias] = canonical
    return Lexicon(
        verbs=single,
        verb_phrases=phrases,
        lemma_of=lemma_of,
        hearer_forms=frozenset(f for f, lem in lemma_of.items() if lem in rv["hearer_verbs"]),
        quote_forms=frozenset(f for f, lem in lemma_of.items() if lem in rv["quote_verbs"]),
        denial_forms=frozenset(f for f, lem in lemma_of.items() if lem in rv["denial_verbs"]),
        prepositions=tuple(sorted(rv["prepositions"], key=len, reverse=True)),
        titles=frozenset(sp["titles"]),
        roles=roles,
        role_nouns=frozenset(sp["role_nouns"]),
        communication_nouns=frozenset(sp["communication_nouns"]),
        owner_cue_nouns=frozenset(sp["owner_cue_nouns"]),
        evidence_kind={n: kind for kind, ns in sp["evidence_kinds"].items() for n in ns},
        evidence_verbs=tuple(sp["evidence_verbs"]),
        time_words=frozenset(sp["time_words"]),
        setting_prepositions=frozenset(sp["setting_prepositions"]),
        setting_nouns=frozenset(sp["setting_nouns"]),
        person_pronouns=frozenset(sp["person_pronouns"]),
        org_pronouns=frozenset(sp["org_pronouns"]),
        back_pointers=frozenset(sp["back_pointers"]),
        generic=frozenset(sp["generic_sources"]),
        non_sources=frozenset(sp["non_sources"]),
        clause_words=frozenset(sp["clause_words"]),
        max_speaker_words=int(sp["max_speaker_words"]),
        orgs=orgs,
        demonyms=dict(og["demonyms"]),
        institutions=dict(og["institutions"]),
        ministry_topics=dict(og["ministry_topics"]),
        org_re=re.compile(rf"(?<![\w])(?:{alternation(orgs)})(?![\w])"),
    )
