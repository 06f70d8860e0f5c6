"""People and organisations named in one document, with canonical names and aliases.

- organisations by their gazetteer name (``organisations.json``), and by one canonical
  form for ``Country's X ministry/agency/military`` and ``the X Ministry of Country``
  (``Russia's defense ministry`` -> ``Russian Defense Ministry``);
- people by the fullest name the document gives: a surname or given name points to the
  full name (``Wi`` -> ``Wi Sung-lac``); leaders are people, never their country;
- role references (``the lawmaker``, ``the ministry``, ``the spy agency``) resolve to
  the latest entity introduced with that role; pronouns to the last person (``he``,
  ``she``) or organisation (``it``, ``they``) named as a speaker.

Every look-up is a dictionary access or a bisection: the document's size never enters a
per-cue cost.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from nkclaims.actors import canonical_actor, leaders
from nkclaims.attribution import speaker
from nkclaims.attribution.lexicon import lexicon
from nkclaims.resources import load_json


@dataclass(eq=False)
class Entity:
    name: str
    kind: str  # person | org | party | phrase
    roles: set[str] = field(default_factory=set)
    last_seen: int = 0
    first_seen: int = 0


class Registry:
    """The sources named in one document."""

    def __init__(self) -> None:
        self.aliases: dict[str, list[tuple[int, Entity]]] = {}
        self.by_name: dict[tuple[str, str], Entity] = {}
        self._roles: dict[str, list[tuple[int, Entity]]] = {}  # role -> (pos, entity), by pos
        self._people: list[tuple[int, Entity]] = []  # by first_seen
        self.last_person: Entity | None = None
        self.last_org: Entity | None = None
        self.last_source: Entity | None = None

    def lookup(self, alias: str, pos: int) -> Entity | None:
        """The entity an alias names at ``pos``: the latest one introduced before it."""
        found = self.aliases.get(alias)
        if not found:
            return None
        k = bisect.bisect_right(found, pos, key=lambda pe: pe[0])
        return found[k - 1][1] if k else found[0][1]

    def add(self, name: str, kind: str, pos: int, aliases: tuple[str, ...] = ()) -> Entity:
        ent = self.by_name.get((name, kind))
        if ent is None:
            ent = Entity(name, kind, first_seen=pos, last_seen=pos)
            self.by_name[(name, kind)] = ent
            if kind == "person":
                bisect.insort(self._people, (pos, ent), key=lambda pe: pe[0])
        self.touch(ent, pos)
        for alias in (name, *aliases):
            entries = self.aliases.setdefault(alias, [])
            if not entries or all(e is not ent for _, e in entries[-4:]):
                bisect.insort(entries, (pos, ent), key=lambda pe: pe[0])
        return ent

    def touch(self, ent: Entity, pos: int) -> None:
        """Mark ``ent`` as named at ``pos`` (role references find the latest one)."""
        ent.last_seen = max(ent.last_seen, pos)
        for role in ent.roles:
            self._claim_role(role, ent, pos)

    def add_roles(self, ent: Entity, roles: set[str]) -> None:
        new = roles - ent.roles
        ent.roles |= roles
        for role in new:
            self._claim_role(role, ent, ent.last_seen)

    def _claim_role(self, role: str, ent: Entity, pos: int) -> None:
        entries = self._roles.setdefault(role, [])
        if entries and entries[-1][1] is ent and entries[-1][0] >= pos:
            return
        bisect.insort(entries, (pos, ent), key=lambda pe: pe[0])

    def person(self, words: list[str], pos: int) -> Entity:
        name = " ".join(words)
        spelled = self.lookup(_one_spelling(name), pos) if name != _one_spelling(name) else None
        if spelled is None:
            spelled = self.lookup(name + "y", pos) if name.endswith("y") else None
        if spelled is not None and spelled.kind == "person":
            self.touch(spelled, pos)  # "Zelensky" and "Zelenskyy" in one document
            return spelled
        if len(words) == 1:
            known = self.lookup(name, pos)
            if known is not None and known.kind == "person":
                self.touch(known, pos)
                return known
            return self.add(name, "person", pos)
        # Surname and given name both point to the full name: "Wi", "Stangarone"; a
        # transliteration's variant spelling too ("Zelensky" for "Zelenskyy").
        variants = {_one_spelling(name), _one_spelling(words[-1])} - {name, words[-1]}
        return self.add(name, "person", pos, (words[0], words[-1], *sorted(variants)))

    def person_before(self, pos: int) -> Entity | None:
        """The person named last before ``pos`` (when nobody has spoken yet)."""
        k = bisect.bisect_right(self._people, pos, key=lambda pe: pe[0])
        return self._people[k - 1][1] if k else None

    def with_role(self, role: str, pos: int | None = None) -> Entity | None:
        """The entity named with ``role`` last before ``pos`` (or last of all)."""
        entries = self._roles.get(role)
        if not entries:
            return None
        if pos is None:
            return entries[-1][1]
        k = bisect.bisect_right(entries, pos, key=lambda pe: pe[0])
        return entries[k - 1][1] if k else None

    def with_role_anywhere(self, role: str, pos: int) -> Entity | None:
        """The entity named with ``role`` last before ``pos``, else the first one named
        after it: a title that fits one party of the document names it wherever it is
        introduced (R11, R13: ``data showed`` ... ``data made public by X``)."""
        entries = self._roles.get(role)
        if not entries:
            return None
        k = bisect.bisect_right(entries, pos, key=lambda pe: pe[0])
        # a named party wins over an unnamed phrase with the same title ("S. Korean
        # minister" in the headline, "Defense Minister Shin Won-sik" in the body)
        for _, ent in reversed(entries[:k]):
            if ent.kind != "phrase":
                return ent
        for _, ent in entries[k:]:
            if ent.kind != "phrase":
                return ent
        return entries[k - 1][1] if k else entries[0][1]

    def note(self, ent: Entity) -> None:
        """``ent`` spoke: later pronouns and quotations may point to it."""
        self.last_source = ent
        if ent.kind == "person":
            self.last_person = ent
        elif ent.kind in ("org", "party"):
            self.last_org = ent


def _one_spelling(name: str) -> str:
    """A transliterated name with a doubled final ``yy`` written once (``Zelenskyy``)."""
    return re.sub(r"yy\b", "y", name)


def roles_in(phrase: str) -> set[str]:
    lex = lexicon()
    roles = set()
    for word in re.findall(
        r"[A-Za-z.]+(?: [a-z]+ of the National Assembly| tank| agency| Staff| Chiefs| of State)?",
        phrase,
    ):
        role = lex.roles.get(word) or lex.roles.get(word.lower())
        if role:
            roles.add(role)
    return roles


def org_in(phrase: str) -> tuple[str, int, int] | None:
    """The gazetteer organisation in a phrase (the one ending last), with its offsets."""
    lex = lexicon()
    best: tuple[str, int, int] | None = None
    for m in lex.org_re.finditer(phrase):
        canonical = lex.orgs.get(m.group(0))
        if canonical is not None and (best is None or m.end() >= best[2]):
            best = (canonical, m.start(), m.end())
    return best


@cache
def _topic_re() -> re.Pattern[str]:
    topics = "|".join(
        re.escape(t) for t in sorted(lexicon().ministry_topics, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:the )?(?:(?P<t1>{topics}) ministry|ministry of (?P<t2>{topics}))(?: of (?P<c>.+))?$",
        re.IGNORECASE,
    )


def institution(phrase: str) -> str | None:
    """One canonical form for a country's institution: ``Russia's defense ministry``,
    ``the Russian Defense Ministry``, ``the Defense Ministry of Russia``, ``Russia's
    Ministry of Defense`` -> ``Russian Defense Ministry``; ``Ukraine's military`` ->
    ``Ukrainian military``. None when the phrase is not one."""
    lex = lexicon()
    phrase = speaker.clean(phrase)
    words = phrase.split()
    for p in range(1, min(len(words), 4)):
        head = " ".join(words[:p])
        for pos in ("’s", "'s"):
            head = head.removesuffix(pos)
        country = canonical_actor(head)
        if country is None or country not in lex.demonyms:
            continue
        name = _institution_tail(" ".join(words[p:]))
        if name is not None:
            return _canonical_org(f"{lex.demonyms[country]} {name}")
    m = _topic_re().match(phrase)
    if m and m.group("c"):
        country = canonical_actor(m.group("c"))
        if country in lex.demonyms:
            topic = lex.ministry_topics[(m.group("t1") or m.group("t2")).lower()]
            return _canonical_org(f"{lex.demonyms[country]} {topic} Ministry")
    return None


def _institution_tail(tail: str) -> str | None:
    lex = lexicon()
    low = tail.lower()
    if low in lex.institutions:
        return lex.institutions[low]
    m = _topic_re().match(tail)
    if m and not m.group("c"):
        return f"{lex.ministry_topics[(m.group('t1') or m.group('t2')).lower()]} Ministry"
    return None


def _canonical_org(name: str) -> str:
    """A built canonical form that the gazetteer knows under another name keeps that one."""
    return lexicon().orgs.get(name, name)


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(load_json("speakers.json")["org_heads"])


def is_leader(name: str) -> bool:
    return name in leaders()


def looks_like_org(words: list[str]) -> bool:
    """A capitalised run ending in an organisation word (``Korea Development Institute``)."""
    return bool(words) and (words[-1] in _org_heads() or (words[-1].isupper() and len(words) == 1))
