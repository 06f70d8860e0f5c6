"""Who asserts a figure: the source (CLAIMS.md section 5).

Three parts, each small:

- **cue recognizers** find attributions in a sentence and the range of text each one
  covers (its *scope*): ``according to X`` (covering the clause before it, or the
  rest of the sentence when it opens it), ``X said/estimated/claims ... (that)``
  (covering what follows, or the sentence before it when it closes it: ``..., the
  lawmaker said.``), ``X's report/revelation``, ``a statement/analysis by X``, and
  quotations attributed by a cue just before or after them (``“...,” he said.``);
- an **entity registry** names each source canonically within the document:
  organisations from ``sources.json`` and ``Full Name (ACR)`` definitions, a
  government speaking through its capital as its country, people by the fullest
  name given (``Wi`` -> ``Wi Sung-lac``), pronouns (``he said``) as the person last
  named as a speaker, and role words (``the lawmaker``, ``the think tank``, ``the
  report``) as the last entity introduced with that role;
- **selection**: a figure takes the innermost cue whose scope holds it (so ``Wi said
  North Korea produces ..., according to its own announcement`` gives North Korea);
  with no cue, the continuation rule may carry the previous sentence's source.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.actors import canonical_actor
from nkclaims.extensions import ClaimDraft, drafts_of, text_of
from nkclaims.items import Word, sentence_words
from nkclaims.resources import alternation, load_json, word_set
from nkclaims.sentences import index_of

_BE = word_set("be_forms")
_BREAK_PUNCT = word_set("break_punctuation")
_RELATIVE = word_set("relative_words")
_DETERMINERS = tuple(
    form
    for w in load_json("grammar.json")["determiners"]
    for form in (f"{w} ", f"{w.capitalize()} ")
)
_NEAREST = 16  # cues considered on each side of a figure: long sentences stay linear
_QUOTE_RE = re.compile(r"[“\"][^“”\"\n]{1,5000}[”\"]")
_QUOTE_TAIL_RE = re.compile(r"[\s,]*[\w .’'-]{0,80}")
_QUOTE_HEAD_RE = re.compile(r"[\s,:]*(?:that)?[\s,:]*")
_ADVERBS_BEFORE_CUE = word_set("adverbs_before_cue")
_NAME_RE = re.compile(
    r"(?<![\w’'.-])[A-Z][a-z]+(?:[-\u2010][A-Za-z][a-z]+)?(?:[ \u00a0][A-Z][a-z]+(?:[-\u2010][A-Za-z][a-z]+)?){1,2}(?![\w-])"
)


@dataclass(frozen=True)
class _SourceWords:
    verbs: frozenset[str]
    nouns: frozenset[str]
    prepositions: tuple[str, ...]
    preposition_heads: frozenset[str]
    pronouns: frozenset[str]
    back_pointers: frozenset[str]
    orgs: dict[str, str]
    roles: dict[str, str]  # role word -> role
    titles: frozenset[str]
    generic: frozenset[str]
    non_sources: frozenset[str]
    cue_re: re.Pattern[str]


@cache
def source_words() -> _SourceWords:
    a = load_json("attribution.json")
    s = load_json("sources.json")
    orgs: dict[str, str] = {}
    for canonical, aliases in s["organisations"].items():
        orgs[canonical] = canonical
        for alias in aliases:
            orgs[alias] = canonical
    roles: dict[str, str] = {}
    for role, words in s["roles"].items():
        for w in words:
            roles[w] = role
            roles[w.lower()] = role
    verbs = frozenset(v for v in a["verbs"] if " " not in v)
    cue_words = set(verbs) | set(a["nouns"]) | set(a["prepositions"]) | {"“", "”", '"'}
    return _SourceWords(
        verbs=verbs,
        nouns=frozenset(a["nouns"]),
        prepositions=tuple(sorted(a["prepositions"], key=len, reverse=True)),
        preposition_heads=frozenset(p.split()[0] for p in a["prepositions"]),
        pronouns=frozenset(w.lower() for w in a["speaker_pronouns"]),
        back_pointers=frozenset(a["back_pointers"]),
        orgs=orgs,
        roles=roles,
        titles=frozenset(s["titles"]),
        generic=frozenset(a["generic_sources"]),
        non_sources=frozenset(a["non_sources"]),
        cue_re=re.compile(
            rf"(?<![\w])(?:{alternation(cue_words, fold_case=True)})(?![\w])|[“”\"]", re.IGNORECASE
        ),
    )


@dataclass
class _Entity:
    name: str
    kind: str  # person | org | party | phrase
    roles: set[str] = field(default_factory=set)
    last_seen: int = 0
    first_seen: int = 0


class Registry:
    """The sources named in one document, with their aliases and roles."""

    def __init__(self) -> None:
        self.aliases: dict[str, list[tuple[int, _Entity]]] = {}
        self.entities: list[_Entity] = []
        self.by_name: dict[tuple[str, str], _Entity] = {}
        self.last_person: _Entity | None = None
        self.last_source: _Entity | None = None

    def lookup(self, alias: str, pos: int) -> _Entity | None:
        """The entity an alias names at ``pos``: the latest one introduced before it."""
        found = self.aliases.get(alias)
        if not found:
            return None
        k = bisect.bisect_right(found, pos, key=lambda pe: pe[0])
        return found[k - 1][1] if k else found[0][1]

    def _add(self, name: str, kind: str, pos: int, aliases: list[str]) -> _Entity:
        ent = self.by_name.get((name, kind))
        if ent is None:
            ent = _Entity(name, kind, first_seen=pos)
            self.entities.append(ent)
            self.by_name[(name, kind)] = ent
        ent.last_seen = max(ent.last_seen, pos)
        for alias in [name, *aliases]:
            entries = self.aliases.setdefault(alias, [])
            if not entries or all(e is not ent for _, e in entries[-4:]):
                bisect.insort(entries, (pos, ent), key=lambda pe: pe[0])
        return ent

    def person(self, words: list[str], pos: int) -> _Entity:
        name = " ".join(words)
        if len(words) == 1:
            known = self.lookup(name, pos)
            if known is not None and known.kind == "person":
                known.last_seen = max(known.last_seen, pos)
                return known
            return self._add(name, "person", pos, [])
        # Surname and given name both point to the full name: "Wi", "Stangarone".
        return self._add(name, "person", pos, [words[0], words[-1]])

    def person_before(self, pos: int) -> _Entity | None:
        """The person named last before ``pos`` (when nobody has spoken yet)."""
        people = [e for e in self.entities if e.kind == "person" and e.first_seen <= pos]
        return max(people, key=lambda e: e.first_seen) if people else None

    def with_role(self, role: str) -> _Entity | None:
        found = [e for e in self.entities if role in e.roles]
        return max(found, key=lambda e: e.last_seen) if found else None


@dataclass
class Cue:
    """An attribution found in a sentence: who, and the text range it covers."""

    source: str
    scope_start: int
    scope_end: int
    cue: str
    position: int

    @property
    def width(self) -> int:
        return self.scope_end - self.scope_start


class SourceFinder:
    """Finds the cues of one document, sentence by sentence, in text order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.sw = source_words()
        self.registry = Registry()
        self.orgs = _org_pattern()
        self._actor_keys: list[int] | None = None
        self._reporty = False
        self._register_people()

    def _register_people(self) -> None:
        """Register people introduced with a role or title (``Ukrainian military expert
        Oleksandr Kovalenko``, ``Kim Byeong-yeon, an economics professor``) so a later
        surname (``According to Kovalenko``) resolves to the full name."""
        text = self.text
        for m in _NAME_RE.finditer(text):
            words = m.group(0).split()
            if any(w in self.sw.titles or canonical_actor(w) or w in self.sw.orgs for w in words):
                continue
            if canonical_actor(m.group(0)) or self._org_in(m.group(0)):
                continue
            before = text[max(0, m.start() - 40) : m.start()].split()
            after = text[m.end() : m.end() + 60]
            titled = bool(before) and (
                before[-1] in self.sw.titles or self.sw.roles.get(before[-1].lower()) is not None
            )
            appositive = re.match(r",\s+([^,.;]{1,80})", after)
            described = appositive is not None and bool(self._roles_in(appositive.group(1)))
            if titled or described:
                ent = self.registry.person(words, m.start())
                ent.roles |= self._roles_in(" ".join(before[-3:])) | (
                    self._roles_in(after) if described else set()
                )

    # -- naming ---------------------------------------------------------------------------
    def resolve(self, phrase: str, pos: int, actor: str | None = None) -> _Entity | None:
        """Name the party a cue's noun phrase refers to (see module docstring)."""
        phrase = phrase.strip(" ,.;:“”\"'’‘()")
        if not phrase:
            return None
        reg = self.registry
        bare = phrase
        for det in _DETERMINERS:
            if bare.startswith(det):
                bare = bare[len(det) :]
        low = bare.lower()
        if low in self.sw.non_sources or low.split()[-1] in self.sw.non_sources:
            return None
        if low in self.sw.pronouns or phrase.lower() in self.sw.pronouns:
            return reg.last_person or reg.person_before(pos)
        if low in ("it", "they", "its", "their"):
            if actor is not None:
                return reg._add(actor, "party", pos, [])
            return reg.last_source
        if low.startswith(("its own", "their own", "its ", "their ")) and actor is not None:
            return reg._add(actor, "party", pos, [])
        # Organisations we know, anywhere in the phrase (the longest, latest one).
        org = self._org_in(phrase)
        if org is not None:
            ent = reg._add(org, "org", pos, [])
            ent.roles |= self._roles_in(phrase) | self._roles_in(org)
            return ent
        known = reg.lookup(bare, pos)
        if known is not None:
            known.last_seen = max(known.last_seen, pos)
            return known
        first = bare.split()[0]
        if first[:1].isupper() and first.lower() in self.sw.generic:
            return reg._add(bare[:1].lower() + bare[1:], "phrase", pos, [])
        # A government through its capital, or a country: Washington's revelation.
        party = canonical_actor(bare)
        if party is not None:
            return reg._add(party, "party", pos, [])
        # A role word pointing back: the lawmaker, the think tank, the North Korean defector.
        role = self._role_reference(bare)
        if role is not None:
            referent = reg.with_role(role)
            if referent is not None:
                referent.last_seen = pos
                return referent
        name = self._person_name(phrase)
        if name:
            ent = reg.person(name, pos)
            ent.roles |= self._roles_in(phrase)
            return ent
        # An unnamed source keeps a short phrase; a common noun opening a sentence is lowered.
        first = bare.split()[0]
        text = bare
        if first[:1].isupper() and first.lower() in self.sw.generic:
            text = bare[:1].lower() + bare[1:]
        return reg._add(text, "phrase", pos, [])

    def _org_in(self, phrase: str) -> str | None:
        best: tuple[int, str] | None = None
        for m in self.orgs.finditer(phrase):
            canonical = self.sw.orgs.get(m.group(0))
            if canonical is None:
                continue
            if best is None or m.end() >= best[0]:
                best = (m.end(), canonical)
        if best is None:
            return None
        # Only when the organisation ends the phrase or is its possessor/agent.
        return best[1]

    def _roles_in(self, phrase: str) -> set[str]:
        roles = set()
        for word in re.findall(r"[A-Za-z.]+(?: [a-z]+ of the National Assembly| tank)?", phrase):
            role = self.sw.roles.get(word) or self.sw.roles.get(word.lower())
            if role:
                roles.add(role)
        return roles

    def _role_reference(self, bare: str) -> str | None:
        words = bare.split()
        # drop demonyms and adjectives before the role noun: "North Korean defector"
        for k in range(len(words)):
            tail = " ".join(words[k:])
            role = self.sw.roles.get(tail) or self.sw.roles.get(tail.lower())
            if role and (k == 0 or all(w[:1].isupper() or w.islower() for w in words[:k])):
                if tail[:1].isupper() and k == 0 and len(words) == 1 and tail not in ("Reports",):
                    return None  # a capitalised single word is a name, not a role
                return role
        return None

    def _person_name(self, phrase: str) -> list[str]:
        """The name at the end of a phrase, titles and nationality words removed."""
        tokens = re.findall(r"[A-Z][\w.’'-]*|[a-z][\w.’'-]*|\S", phrase)
        run: list[str] = []
        for tok in reversed(tokens):
            if tok[:1].isupper() and tok not in self.sw.titles and tok not in ("’s", "'s"):
                run.append(tok)
            elif run:
                break
        run.reverse()
        # strip nationality words and titles from the front: "South Korean Defense Minister"
        while run and (run[0] in self.sw.titles or canonical_actor(run[0]) is not None):
            run = run[1:]
        while len(run) >= 2 and canonical_actor(" ".join(run[:2])) is not None:
            run = run[2:]
        while run and (run[0] in self.sw.titles or canonical_actor(run[0]) is not None):
            run = run[1:]
        if not run or any(not re.match(r"[A-Z][a-zA-Z’'-]*\.?$", t) for t in run):
            return []
        return run

    # -- cue recognizers ----------------------------------------------------------------
    def cues(self, words: list[Word], sent: tuple[int, int], actor_at: dict[int, str]) -> list[Cue]:
        """All attributions in one sentence."""
        out: list[Cue] = []
        n = len(words)
        s_start, s_end = sent
        self._reporty = any(w.lower in ("report", "analysis", "reports") for w in words)
        i = 0
        while i < n:
            w = words[i]
            lw = w.lower
            # according to X / as reported by X
            prep = self._preposition_at(words, i)
            if prep is not None:
                k = i + len(prep.split())
                np_end = self._np_end(words, k)
                if np_end > k:
                    phrase = self.text[words[k].start : words[np_end - 1].end]
                    ent = self.resolve(phrase, words[k].start, self._actor_near(actor_at, w.start))
                    if ent is not None:
                        self._appositive_roles(words, np_end, ent)
                        if self._opens_clause(words, i):
                            scope = (words[np_end - 1].end, self._clause_end(words, np_end, s_end))
                        else:
                            scope = (self._scope_start_before(words, i, out, s_start), w.start)
                        out.append(Cue(ent.name, scope[0], scope[1], prep, w.start))
                        if np_end < n and re.match(
                            r",\s*with(?![\w])",
                            self.text[words[np_end - 1].end : words[np_end - 1].end + 8],
                        ):
                            # "..., according to X, with the capacity to ...": the phrase continues the clause
                            out.append(Cue(ent.name, words[np_end - 1].end, s_end, prep, w.start))
                        self._note(ent)
                    i = np_end
                    continue
            if lw in self.sw.verbs and w.text.islower() and not self._passive(words, i):
                cue = self._verb_cue(words, i, sent, out, actor_at)
                if cue is not None:
                    out.append(cue)
            elif lw in self.sw.nouns:
                cue = self._noun_cue(words, i, sent, actor_at)
                if cue is not None:
                    out.append(cue)
            i += 1
        return out

    def _preposition_at(self, words: list[Word], i: int) -> str | None:
        if words[i].lower not in self.sw.preposition_heads:
            return None
        for prep in self.sw.prepositions:
            parts = prep.split()
            if len(parts) == 1 and parts[0] == "per":
                continue
            if [w.lower for w in words[i : i + len(parts)]] == parts:
                return prep
        return None

    def _np_end(self, words: list[Word], k: int) -> int:
        """End (exclusive) of a source noun phrase starting at ``k``: up to punctuation or a
        clause word; ``and`` joins (intelligence and military officials)."""
        n = len(words)
        j = k
        while j < n and j - k < 12:
            w = words[j]
            if (
                w.text in _BREAK_PUNCT
                or w.lower in _RELATIVE
                or w.lower
                in (
                    "in",
                    "on",
                    "with",
                    "after",
                    "before",
                    "as",
                    "last",
                    "this",
                    "earlier",
                    "later",
                    "when",
                    "while",
                    "since",
                    "during",
                )
            ):
                break
            if w.lower in self.sw.verbs and j > k:
                break
            j += 1
        return j

    def _opens_clause(self, words: list[Word], i: int) -> bool:
        return (
            i == 0
            or words[i - 1].text in ("“", '"', "(")
            or (i == 1 and words[0].lower in ("but", "and", "so", "yet"))
        )

    def _clause_end(self, words: list[Word], k: int, s_end: int) -> int:
        return s_end

    def _scope_start_before(
        self, words: list[Word], i: int, earlier: list[Cue], s_start: int
    ) -> int:
        """Where a cue that closes its clause starts covering: after the previous cue in the
        sentence (so a nested ``according to`` is narrower than an outer ``said``)."""
        start = s_start
        for c in reversed(earlier):
            if c.position < words[i].start:
                return max(start, c.position + len(c.cue))
        return start

    def _passive(self, words: list[Word], i: int) -> bool:
        """``is estimated``, ``are believed``, ``was reported``: not an attribution."""
        j = i - 1
        while j >= 0 and words[j].lower in (
            "also",
            "widely",
            "not",
            "still",
            "now",
            "already",
            "being",
        ):
            j -= 1
        return j >= 0 and words[j].lower in _BE | {"a", "an", "the"}

    def _actor_near(self, actor_at: dict[int, str], pos: int) -> str | None:
        """The actor of the nearest figure at or before ``pos`` (for "its own announcement")."""
        if self._actor_keys is None or len(self._actor_keys) != len(actor_at):
            self._actor_keys = sorted(actor_at)
        k = bisect.bisect_right(self._actor_keys, pos)
        return actor_at[self._actor_keys[k - 1]] if k else None

    def _verb_cue(
        self,
        words: list[Word],
        i: int,
        sent: tuple[int, int],
        earlier: list[Cue],
        actor_at: dict[int, str],
    ) -> Cue | None:
        s_start, s_end = sent
        verb = words[i]
        subject = self._subject_before(words, i)
        inverted = False
        if subject is None:
            # "said Wi", "said the lawmaker"
            j = i + 1
            end = self._np_end(words, j)
            if (end > j and words[j].text[:1].isupper()) or (end > j and words[j].lower == "the"):
                subject = (j, end)
                inverted = True
            else:
                return None
        a, b = subject
        phrase = self.text[words[a].start : words[b - 1].end]
        ent = self.resolve(phrase, words[a].start, self._actor_near(actor_at, words[a].start))
        if ent is None:
            return None
        self._appositive_roles(words, b, ent)
        if self._reporty:
            ent.roles.add("report")
        self._note(ent)
        first = min(a, i)
        after_end = max(b, i + 1) if inverted else i + 1
        rest_start = words[after_end - 1].end if after_end - 1 < len(words) else s_end
        rest = self.text[rest_start : min(s_end, rest_start + 240)]
        rest_cut = s_end > rest_start + 240
        closes = not rest_cut and _closes_sentence(rest)
        rel = a > 0 and words[a - 1].lower in ("that", "which") and not closes
        if rel:
            # a relative clause on the figure's noun: "4 million tons ... that North Korea says it produces"
            start = self._scope_start_before(words, a - 1, earlier, s_start)
            end = self._relative_end(words, i + 1, s_end)
            return Cue(ent.name, start, end, verb.text, verb.start)
        if closes:
            start = self._scope_start_before(words, first, earlier, s_start)
            return Cue(ent.name, start, words[first].start, verb.text, verb.start)
        return Cue(ent.name, verb.end, s_end, verb.text, verb.start)

    def _follows_that(self, words: list[Word], i: int) -> bool:
        return i + 1 < len(words) and words[i + 1].lower in ("that", "in", "on", "to")

    def _relative_end(self, words: list[Word], j: int, s_end: int) -> int:
        while j < len(words):
            if words[j].lower in (
                "is",
                "are",
                "was",
                "were",
                "has",
                "have",
                "had",
                "will",
                "would",
            ) or words[j].text in (",", ";"):
                return words[j].start
            j += 1
        return s_end

    def _subject_before(self, words: list[Word], i: int) -> tuple[int, int] | None:
        """The subject of a cue verb at ``i``: the phrase right before it, skipping an
        appositive between commas or a parenthesis (``Kim, an economics professor, said``)."""
        j = i - 1
        while j >= 0 and words[j].lower in _ADVERBS_BEFORE_CUE:
            j -= 1
        if j < 0:
            return None
        if words[j].text == ")":
            k = j
            while k >= 0 and words[k].text != "(":
                k -= 1
            j = k - 1
        elif words[j].text == ",":
            # find the comma opening the appositive
            k = j - 1
            while k >= 0 and words[k].text not in (",", "“", "”", '"') and j - k < 25:
                k -= 1
            if k >= 0 and words[k].text == ",":
                j = k - 1
            else:
                return None
        if j >= 0 and words[j].lower in ("who", "which"):
            j -= 1
        end = j + 1
        k = j
        while k >= 0 and j - k < 8:
            w = words[k]
            if (
                w.text in _BREAK_PUNCT
                or w.lower in _RELATIVE
                or w.lower
                in (
                    "and",
                    "but",
                    "while",
                    "if",
                    "with",
                    "namely",
                    "because",
                    "since",
                    "although",
                    "said",
                    "says",
                )
            ):
                break
            if w.lower in self.sw.verbs and k < j:
                break
            if (
                not w.text[:1].isupper()
                and w.lower not in ("’s", "'s", "the", "a", "an", "of", "for", "by")
                and not _inside_name(words, k)
                and any(x.text[:1].isupper() for x in words[k + 1 : j + 1])
            ):
                break  # a lower-case word before a name ends it: "researcher Cho Han-beom"
            k -= 1
        start = k + 1
        if start >= end:
            return None
        # "The NIS" / "the lawmaker" / "Kim" / "he"; drop leading lower-case prepositions
        while start < end and words[start].lower in ("of", "for", "by", "on", "in"):
            start += 1
        return (start, end) if start < end else None

    def _noun_cue(
        self, words: list[Word], i: int, sent: tuple[int, int], actor_at: dict[int, str]
    ) -> Cue | None:
        """``Washington's revelation that ...``, ``a recent analysis by Lim Soo-ho``."""
        s_end = sent[1]
        noun = words[i]
        ent = None
        if i >= 2 and words[i - 1].lower in ("’s", "'s"):
            k = i - 2
            while (
                k > 0 and words[k - 1].text[:1].isupper() and words[k - 1].text not in _BREAK_PUNCT
            ):
                k -= 1
            phrase = self.text[words[k].start : words[i - 2].end]
            ent = self.resolve(phrase, words[k].start, self._actor_near(actor_at, words[k].start))
        elif i + 2 < len(words) and words[i + 1].lower == "by":
            end = self._np_end(words, i + 2)
            if end > i + 2:
                phrase = self.text[words[i + 2].start : words[end - 1].end]
                ent = self.resolve(phrase, words[i + 2].start, None)
                if ent is not None:
                    self._appositive_roles(words, end, ent)
        if ent is None:
            return None
        self._note(ent)
        return Cue(ent.name, noun.end, s_end, noun.text, noun.start)

    def _appositive_roles(self, words: list[Word], j: int, ent: _Entity) -> None:
        """Roles from ``, a think tank affiliated with ...,`` or ``, who was ... ambassador``."""
        if j < len(words) and words[j].text in (",", "("):
            k = j + 1
            phrase = []
            while k < len(words) and words[k].text not in (",", ")", ".", ";") and k - j < 20:
                phrase.append(words[k].text)
                k += 1
            ent.roles |= self._roles_in(" ".join(phrase))

    def _note(self, ent: _Entity) -> None:
        self.registry.last_source = ent
        if ent.kind == "person":
            self.registry.last_person = ent

    # -- quotations ---------------------------------------------------------------------
    def quote_cues(self, para: tuple[int, int], cues: list[Cue], positions: list[int]) -> list[Cue]:
        """Quotations in a paragraph attributed by a cue right after or before them; a
        quotation with none that opens a sentence continues the previous speaker.
        ``cues`` are the document's sentence cues sorted by position, ``positions`` theirs."""
        text = self.text
        out: list[Cue] = []
        previous: str | None = None
        for m in _QUOTE_RE.finditer(text, para[0], para[1]):
            qs, qe = m.start(), m.end()
            speaker = None
            k = bisect.bisect_left(positions, qe)
            if k < len(cues):
                c = cues[k]
                if c.scope_end <= qe + 1 and _QUOTE_TAIL_RE.fullmatch(text, qe, c.position):
                    speaker = c.source  # “...,” he said.
            k = bisect.bisect_left(positions, qs) - 1
            if speaker is None and k >= 0:
                c = cues[k]
                if c.position + len(c.cue) <= qs and _QUOTE_HEAD_RE.fullmatch(
                    text, c.position + len(c.cue), qs
                ):
                    speaker = c.source  # he said: “...”
            if speaker is None and previous is not None:
                head = text[max(para[0], qs - 4) : qs].rstrip()
                if not head or head[-1] in '.!?”"':
                    speaker = previous
            if speaker is not None:
                out.append(Cue(speaker, qs, qe, "“”", qs))
                previous = speaker
        return out


def _inside_name(words: list[Word], k: int) -> bool:
    return (
        k > 0 and words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper()
        if k + 1 < len(words)
        else False
    )


def _closes_sentence(rest: str) -> bool:
    """Is what follows a cue only trailing matter (``in a report Friday.``)?"""
    rest = rest.strip()
    if not rest or rest in (".", "!", "?"):
        return True
    if rest.startswith(("that", "what", "“", '"')) or rest[:1] in ("“", '"'):
        return False
    if rest[0] in ".!?":
        return True
    if rest[0] == ",":
        return True
    m = re.match(
        r"(?:in|on|at|to|during|last|this|on|with|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday|The|the|a|an|its|their|his|her|[A-Z][\w.’'-]*|\s)+",
        rest,
    )
    return bool(m and m.end() >= len(rest.rstrip(".")) - 1 and "that" not in rest.split())


@cache
def _org_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(source_words().orgs)})(?![\w])")


def _back_pointing(text: str, sent: tuple[int, int]) -> bool:
    m = re.match(r"[\s“\"‘']*([A-Za-z]+)", text[sent[0] : sent[1]])
    return bool(m and m.group(1).lower() in source_words().back_pointers)


@Language.component("nkclaims_sources")
def sources_component(doc: Doc) -> Doc:
    """Set ``source`` (and ``source_cue``) on every figure."""
    text = text_of(doc)
    sentences = doc._.nk_sentences or [(0, len(text))]
    paragraphs = doc._.nk_paragraphs or [(0, len(text))]
    by_sentence: dict[int, list[ClaimDraft]] = {}
    actor_at: dict[int, str] = {}
    for d in drafts_of(doc):
        by_sentence.setdefault(d.sentence_index, []).append(d)
        if d.actor:
            actor_at[d.start] = d.actor
    finder = SourceFinder(doc)
    sw = source_words()
    per_sentence: list[list[Cue]] = []
    for s, e in sentences:
        if sw.cue_re.search(text, s, e):
            per_sentence.append(finder.cues(sentence_words(doc, s, e), (s, e), actor_at))
        else:
            per_sentence.append([])
    all_cues = sorted((c for cs in per_sentence for c in cs), key=lambda c: c.position)
    # Quotations, paragraph by paragraph.
    quotes: list[Cue] = []
    cue_positions = [c.position for c in all_cues]
    for p in paragraphs:
        if "“" in text[p[0] : p[1]] or '"' in text[p[0] : p[1]]:
            quotes.extend(finder.quote_cues(p, all_cues, cue_positions))
    quote_starts = [q.scope_start for q in quotes]
    for index, drafts in by_sentence.items():
        s, e = sentences[index]
        own = per_sentence[index]
        k = max(0, bisect.bisect_right(quote_starts, s) - 1)
        near_quotes = []
        while k < len(quotes) and quotes[k].scope_start < e:
            if s < quotes[k].scope_end:
                near_quotes.append(quotes[k])
            k += 1
        cues = own + near_quotes
        positions = sorted(range(len(cues)), key=lambda n: cues[n].position)
        ordered = [cues[n] for n in positions]
        pos_keys = [c.position for c in ordered]
        for d in drafts:
            # the innermost covering cue among those nearest the figure
            mid = bisect.bisect_left(pos_keys, d.start)
            window = ordered[max(0, mid - _NEAREST) : mid + _NEAREST]
            covering = [c for c in window if c.scope_start <= d.start and d.end <= c.scope_end]
            if covering:
                best = min(covering, key=lambda c: (c.width, -c.position))
                d.source, d.source_cue = best.source, best.cue
                continue
            # Continuation: previous sentence, same paragraph, attributed, and this one points back.
            if (
                index > 0
                and per_sentence[index - 1]
                and _back_pointing(text, (s, e))
                and index_of(paragraphs, s) == index_of(paragraphs, sentences[index - 1][0])
            ):
                last = per_sentence[index - 1][-1]
                d.source, d.source_cue = last.source, last.cue
    return doc


extensions.register()
