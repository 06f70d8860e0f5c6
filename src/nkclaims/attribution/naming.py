"""Naming: from a speaker phrase as written to the canonical party it refers to.

`Namer.resolve` reads a phrase (already cut by `nkclaims.attribution.speaker`) in this
order: generic pronouns and adverbs are nobody; ``he``/``she`` are the last person named
as a speaker; ``it``/``they`` the figure's own party (``its own announcement``) or the
last organisation; a communication noun (``report``, ``statement``) is never the source,
its owner is; a person named in a titled phrase wins over the title; then gazetteer
organisations and the canonical institution form; names already in the registry;
leaders as people; a country or capital as its country; a role reference (``the
lawmaker``) as the latest entity with that role; a name as a person; anything else as
a short phrase (``analysts``, ``Ukrainian military official``).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from nkclaims.actors import canonical_actor
from nkclaims.attribution import speaker
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.phrases import (
    one_way,
    org_run,
    outlet_source,
    placed_phrase,
    speaking_office,
    uncounted,
)
from nkclaims.attribution.registry import (
    Entity,
    Registry,
    institution,
    is_leader,
    looks_like_org,
    org_in,
    roles_in,
)
from nkclaims.resources import alternation

_NAME_RE = re.compile(
    r"(?<![\w’'.-])[A-Z][a-z]+(?:[-\u2010][A-Za-z][a-z]+)?"
    r"(?:[ \u00a0][A-Z][a-z]+(?:[-\u2010][A-Za-z][a-z]+)?){1,6}(?![\w-])"
)
_PRONOUN_REACH = 600  # characters back to the organisation an "it said" can point to
_MEMBER_OF = re.compile(r"([A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}) of (?:the )?(.+)$")
_PLACED = re.compile(r"(.+?) (?:in|from) (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)*)$")
_DESCRIPTOR_RE = re.compile(
    r"(?<![\w-])([a-z]{4,}) ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){0,3})(?![\w-])"
)
_SEEN_BY = re.compile(rf"(.+?) (?:{'|'.join(sorted(speaker.SEEN_VERBS))}) (?:by|with) .+$")
_FUNCTION_WORDS = frozenset(("to", "a", "an", "the", "of", "from", "by", "in", "on", "and"))
_APPOSITIVE = re.compile(r",\s+([^,.;]{1,80})")


@cache
def _EVIDENCE_BEFORE() -> re.Pattern[str]:
    nouns = alternation(lexicon().evidence_kind, fold_case=True)
    return re.compile(
        rf"(?<![\w])({nouns})(?![\w])[^.;:!?“”\"]{{0,50}}?\s(?:by|from|of)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


@cache
def _EVIDENCE_AFTER() -> re.Pattern[str]:
    lex = lexicon()
    nouns = alternation(lex.evidence_kind, fold_case=True)
    verbs = alternation(lex.evidence_verbs)
    return re.compile(
        rf"(?:\s*\([^()]{{1,15}}\))?(?:(?:’s|'s)\s+(?:[a-z-]+\s+){{0,2}}(?P<noun>{nouns})(?![\w])"
        rf"|,?\s+(?:has\s+|had\s+|also\s+)?(?:{verbs}|said\s+in\s+(?:a|an|its|the)\s+"
        rf"(?:[a-z-]+\s+){{0,2}}(?P<noun2>{nouns}))(?![\w]))",
        re.IGNORECASE,
    )


class Namer:
    """Resolves speaker phrases of one document against its `Registry`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = lexicon()
        self.registry = Registry()
        self._described_names: dict[str, list[tuple[int, str]]] | None = None
        self._register_organisations()
        self._register_people()

    def _register_organisations(self) -> None:
        """Register every gazetteer organisation where it is named, with its roles, so
        ``the think tank`` or ``the agency`` finds the last one named before it."""
        lex = self.lex
        for m in lex.org_re.finditer(self.text):
            canonical = lex.orgs.get(m.group(0))
            if canonical is not None:
                ent = self.registry.add(canonical, "org", m.start())
                roles = roles_in(m.group(0)) | roles_in(canonical) | self._evidence_of(m)
                self.registry.add_roles(ent, roles)

    def _evidence_of(self, m: re.Match[str]) -> set[str]:
        """The kinds of evidence the organisation named by ``m`` publishes there: ``data
        made public by X``, ``a report released Thursday by X``, ``X's report``, ``X
        reported``, ``X said in its first report``."""
        kinds: set[str] = set()
        before = _EVIDENCE_BEFORE().search(self.text, max(0, m.start() - 70), m.start())
        if before is not None:
            kinds.add(self.lex.evidence_kind[before.group(1).lower()])
        after = _EVIDENCE_AFTER().match(self.text, m.end(), m.end() + 70)
        if after is not None:
            noun = after.group("noun") or after.group("noun2")
            kinds.add(self.lex.evidence_kind[noun.lower()] if noun else "report")
        return kinds

    def _register_people(self) -> None:
        """Register people introduced with a role or title (``Ukrainian military expert
        Oleksandr Kovalenko``, ``Kim Byeong-yeon, an economics professor``) so a later
        surname (``According to Kovalenko``) resolves to the full name."""
        text, lex = self.text, self.lex
        for m in _NAME_RE.finditer(text):
            words = m.group(0).split()
            start = m.start()
            titles = [
                k
                for k, w in enumerate(words[:-2])
                if w in lex.titles or (canonical_actor(w) and not is_leader(w))
            ]
            if titles:
                # the name after the last title or party word: "South Korean Defense
                # Minister Shin Won-sik", "Presidential Aide Yuri Ushakov", "President of
                # Ukraine Volodymyr Zelenskyy"
                k = titles[-1] + 1
                start += sum(len(w) + 1 for w in words[:k])
                words = words[k:]
            if len(words) > 3:
                continue  # a run of capitalised words too long for a name
            name = " ".join(words)
            leader = is_leader(name) and len(words) > 1
            if any(
                w in lex.titles or (canonical_actor(w) and not is_leader(w)) or w in lex.orgs
                for w in words
            ):
                continue
            if (canonical_actor(name) and not leader) or org_in(name) or looks_like_org(words):
                continue
            before = text[max(0, start - 40) : start].split()
            titled = leader or (
                bool(before)
                and (before[-1] in lex.titles or lex.roles.get(before[-1].lower()) is not None)
            )
            appositive = _APPOSITIVE.match(text, m.end(), m.end() + 80)
            described = appositive is not None and bool(roles_in(appositive.group(1)))
            if titled or described:
                ent = self.registry.person(words, start)
                extra = roles_in(appositive.group(1)) if appositive and described else set()
                self.registry.add_roles(ent, roles_in(" ".join(before[-3:])) | extra)

    def resolve(self, phrase: str, pos: int, actor: str | None = None) -> Entity | None:
        """The party a speaker phrase names at ``pos`` (module docstring), or None."""
        raw = phrase.strip(" ,.;:“”\"'’‘()")
        bare = speaker.clean(raw)
        if not bare:
            return None
        reg, lex = self.registry, self.lex
        core, complement = speaker.split_complement(bare)
        if complement and core.split()[-1].lower() in lex.role_nouns | lex.generic | {"person"}:
            # "people familiar with the matter", "a source close to the Kremlin": unnamed
            core = uncounted(core)
            core = core if core.split()[0].isupper() else core[:1].lower() + core[1:]
            return reg.add(one_way(f"{core} {complement}"), "phrase", pos)
        low = bare.lower()
        last = low.split()[-1]
        if low in ("it", "they"):
            # the organisation last named as a speaker, when it is in reach
            spoke = reg.last_org
            near = spoke is not None and pos - spoke.last_seen <= _PRONOUN_REACH
            return spoke if near else None
        if bare.isupper() and len(bare) > 1:
            pass  # "US", "UN": an abbreviation, not the pronoun "us"
        elif low in lex.non_sources or (
            last in lex.non_sources and len(low.split()) > 1 and not bare.split()[-1].isupper()
        ):
            return None
        if low in lex.person_pronouns:
            return reg.last_person or reg.person_before(pos)
        if low in lex.org_pronouns:
            if actor is not None:
                return reg.add(actor, "party", pos)
            return reg.last_org or reg.last_source
        if low.startswith(("its own", "their own", "its ", "their ")) and actor is not None:
            return reg.add(actor, "party", pos)
        kind = self._bare_evidence(bare)
        if kind is not None:
            publisher = reg.with_role_anywhere(kind, pos)
            if publisher is None and kind == "data":
                publisher = reg.with_role_anywhere("report", pos)
            if publisher is not None:
                reg.touch(publisher, pos)
                return publisher
        first = bare.split()[0]
        if len(bare.split()) == 1 and low in lex.generic:
            return reg.add(low if first[:1].isupper() else bare, "phrase", pos)
        member = _MEMBER_OF.match(raw)
        member_name = speaker.person_in(member.group(1)) if member is not None else []
        if (
            member is not None
            and len(member_name) >= 2
            and (org_in(member.group(2)) or looks_like_org(member.group(2).split()))
        ):
            # "Rep. Lee Seong-kweun of the People Power Party": the person, not the party
            return self._person(member_name, raw, pos)
        seen = _SEEN_BY.match(bare)
        if seen is not None and seen.group(1).split()[-1].lower() in lex.communication_nouns:
            # "A UN report seen by AFP": the report's owner, when it has one, asserts it
            owned = self._owner_of_communication(seen.group(1), pos, actor)
            if isinstance(owned, Entity) and owned.kind != "phrase":
                return owned
        placed_text = placed_phrase(bare)
        whole = org_in(bare)
        if whole is not None and whole[2] == len(bare) and speaker.person_in(raw)[-1:] != [bare]:
            # a gazetteer name ending the phrase wins over a communication noun in it:
            # "The Washington Post", "Radio Free Asia"
            ent = reg.add(whole[0], "org", pos)
            reg.add_roles(ent, roles_in(raw) | roles_in(whole[0]))
            return ent
        office = speaking_office(bare)
        if office is not None:
            ent_office = self.resolve(office, pos, actor)  # "the ministry's press service"
            if ent_office is not None:
                return ent_office
        if outlet_source(bare, whole):
            return reg.add(bare[:1].lower() + bare[1:] if bare[:2] == "A " else bare, "phrase", pos)
        owner = self._owner_of_communication(bare, pos, actor)
        if owner is not False:
            return owner if isinstance(owner, Entity) else None
        # A person named at the end of a titled phrase wins over the title or agency:
        # "NIS Director Cho Tae-yong", "South Korea's defense minister Shin Won-sik".
        name = speaker.person_in(raw)
        org = org_in(raw)
        full = " ".join(name)
        if (
            len(name) >= 2
            and (org is None or org[2] <= raw.rfind(name[0]))
            and not looks_like_org(name)
            and org_in(full) is None
            and (canonical_actor(full) is None or is_leader(full))
        ):
            return self._person(name, raw, pos)
        if org is not None:
            ent = reg.add(org[0], "org", pos)
            reg.add_roles(ent, roles_in(raw) | roles_in(org[0]))
            return ent
        inst = institution(raw)
        if inst is not None:
            ent = reg.add(inst, "org", pos)
            reg.add_roles(ent, roles_in(inst))
            return ent
        known = reg.lookup(bare, pos)
        if known is not None:
            reg.touch(known, pos)
            return known
        if first[:1].isupper() and first.lower() in lex.generic:
            text = placed_text or bare[:1].lower() + bare[1:]
            return reg.add(one_way(text), "phrase", pos)
        if is_leader(bare):
            return self._person(bare.split(), raw, pos)
        party = canonical_actor(bare)
        if party is not None:
            return reg.add(party, "party", pos)
        indefinite = raw.lower().startswith(("a ", "an "))
        placed = _PLACED.match(bare)
        if placed is not None and canonical_actor(placed.group(2)) is not None:
            bare = raw = placed.group(1)  # "a lawmaker in Seoul": the role, wherever it sits
        role = self._role_reference(bare, raw.lower().startswith(("the ", "this ")))
        words = bare.split()
        if role is not None and words[-1].lower() in lex.generic and len(words) > 1:
            role = None  # "Western officials" describes its own source; "the officials" refers
        if role is not None:
            # R13: a title that fits one party names it, even when it is introduced
            # later (``a lawmaker in Seoul said`` ... ``MP Lee Seong-kweun``); an
            # indefinite one after a party with that role is someone else.
            if indefinite:
                referent = None if reg.with_role(role, pos) else reg.with_role_anywhere(role, pos)
            else:
                referent = reg.with_role_anywhere(role, pos)
            if referent is not None:
                reg.touch(referent, pos)
                return referent
        if name and (len(name) > 1 or name[0].lower() not in lex.communication_nouns):
            if looks_like_org(name):
                # the whole capitalised name, title-like words included: "the Korea
                # International Trade Association", not "Association"
                return reg.add(org_run(bare) or " ".join(name), "org", pos)
            return self._person(name, raw, pos)
        described = self._described(bare, raw, pos)
        if described is not None:
            return described
        text = placed_text or bare
        if not placed_text and first[:1].isupper() and first.lower() in lex.generic:
            text = text[:1].lower() + text[1:]
        text = one_way(uncounted(text))
        ent = reg.add(text, "phrase", pos)
        reg.add_roles(ent, roles_in(text))  # "the official" may point back to it
        return ent

    def _described(self, bare: str, raw: str, pos: int) -> Entity | None:
        """``the operator`` after ``the tour operator Vostok Intour``: a definite common
        noun names the last party the document introduced with that noun before its name
        (``the company``, ``the carrier``). Roles and generic sources never get here."""
        if not raw.lower().startswith("the ") or not bare.isalpha() or not bare.islower():
            return None
        if bare in self.lex.generic or bare in self.lex.non_sources:
            return None
        found = self._descriptors().get(bare)
        if not found:
            return None
        k = bisect.bisect_left(found, pos, key=lambda pn: pn[0])
        if k == 0:
            return None
        name = found[k - 1][1]
        ent = self.registry.add(name, "org", found[k - 1][0])
        self.registry.touch(ent, pos)
        return ent

    def _descriptors(self) -> dict[str, list[tuple[int, str]]]:
        """Every ``noun Name`` in the document (``operator Vostok Intour``), by noun and
        position: read once, in one pass."""
        if self._described_names is None:
            table: dict[str, list[tuple[int, str]]] = {}
            for m in _DESCRIPTOR_RE.finditer(self.text):
                name = m.group(2)
                for mark in ("’s", "'s"):
                    name = name.removesuffix(mark)
                words = name.split()
                if canonical_actor(name) is not None or any(w in self.lex.titles for w in words):
                    continue
                table.setdefault(m.group(1), []).append((m.start(2), name))
            self._described_names = table
        return self._described_names

    def fullest_phrases(self) -> dict[str, str]:
        """Unnamed sources by the fullest phrase the document gives them (R13): ``US
        official`` and ``the official`` -> ``senior US military official``; ``officials``
        -> ``Western officials``. Only when one fullest phrase holds all the words."""
        phrases = [e.name for (_, kind), e in self.registry.by_name.items() if kind == "phrase"]
        by_head: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for name in phrases:
            words = name.lower().split()
            if words[-1] in self.lex.evidence_kind or words[0] in _FUNCTION_WORDS:
                continue  # "report", "data": evidence, not a speaker
            by_head.setdefault(words[-1].rstrip("s"), []).append((name, frozenset(words)))
        out: dict[str, str] = {}
        for group in by_head.values():
            for name, held in group:
                wider = [(n, w) for n, w in group if len(w) > len(held) and held <= w]
                if not wider:
                    continue
                top = max(len(w) for _, w in wider)
                best = {n for n, w in wider if len(w) == top}
                widest = max(wider, key=lambda x: len(x[1]))[1]
                if len(best) == 1 and all(w <= widest for _, w in wider):
                    out[name] = best.pop()
        return out

    def _bare_evidence(self, bare: str) -> str | None:
        """The kind of a bare evidence phrase (``data``, ``the report``, ``a new report``,
        ``Report``): an evidence noun after nothing but lower-case modifiers."""
        words = bare.split()
        kind = self.lex.evidence_kind.get(words[-1].lower())
        if kind is None or len(words) > 4:
            return None
        if len(words) == 1 or all(w.islower() for w in words[:-1]):
            return kind
        return None

    def _person(self, name: list[str], phrase: str, pos: int) -> Entity:
        ent = self.registry.person(name, pos)
        self.registry.add_roles(ent, roles_in(phrase))
        return ent

    def _owner_of_communication(
        self, bare: str, pos: int, actor: str | None
    ) -> Entity | bool | None:
        """A phrase headed by a communication noun names its owner: ``FEC records`` ->
        FEC, ``Yonhap's report`` -> Yonhap, ``the report`` -> the report's author. False
        when the phrase is not headed by one."""
        words = bare.split()
        for k in range(min(len(words) - 2, 3)):
            if words[k].lower() in self.lex.communication_nouns and words[k + 1] in ("by", "from"):
                return self.resolve(" ".join(words[k + 2 :]), pos, actor)  # data from X
        head = words[-1].lower()
        if head not in self.lex.communication_nouns or (
            head in self.lex.generic and len(words) == 1
        ):
            return False
        inst = institution(" ".join(words[:-1])) if len(words) > 1 else None
        if inst is not None:
            # "Russian customs data", "South Korean military data": the institution
            body = self.registry.add(inst, "org", pos)
            self.registry.add_roles(body, roles_in(inst))
            return body
        owner_words = words[:-1]
        while (
            owner_words
            and not owner_words[-1].endswith(("’s", "'s"))  # "the panel's report": the panel
            and (
                owner_words[-1].islower() or owner_words[-1].lower() in self.lex.communication_nouns
            )
        ):
            owner_words = owner_words[:-1]  # "a recent analysis", "the annual report"
        if owner_words:
            owner = " ".join(owner_words)
            for pos_mark in ("’s", "'s"):
                owner = owner.removesuffix(pos_mark).rstrip()
            if len(owner_words) == 1 and speaker.adjective_like(owner):
                return self.registry.add(bare[:1].lower() + bare[1:], "phrase", pos)
            if owner and owner.lower() not in self.lex.non_sources:
                ent = self.resolve(owner, pos, actor)
                if ent is not None and ent.kind == "phrase" and head in self.lex.generic:
                    # "Unconfirmed reports", "Western estimates": an unnamed source
                    return self.registry.add(bare[:1].lower() + bare[1:], "phrase", pos)
                return ent
        referent = self.registry.with_role("report", pos)
        if head.startswith("report") and referent is not None:
            self.registry.touch(referent, pos)
            return referent
        if len(words) <= 3 and all(w.islower() for w in words[:-1]):
            # R11: evidence whose owner the document never names is its head noun
            return self.registry.add(words[-1].lower(), "phrase", pos)
        return None

    def _role_reference(self, bare: str, definite: bool = False) -> str | None:
        lex = self.lex
        words = bare.split()
        for k in range(len(words)):
            tail = " ".join(words[k:])
            role = lex.roles.get(tail) or lex.roles.get(tail.lower())
            if role and (k == 0 or all(w[:1].isupper() or w.islower() for w in words[:k])):
                if tail[:1].isupper() and k == 0 and len(words) == 1 and not definite:
                    return None  # a capitalised single word is a name, not a role
                return role
        return None
